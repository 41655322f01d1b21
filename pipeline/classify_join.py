"""A motion and the bare result printed after it are one decision.

US and Canadian minutes print a motion and its result apart: "Motion by Council Member Ortiz,
seconded by Council Member Hale, to approve the consent agenda as presented." / "Item was
approved by a vote of 7-0."; "Moved by Trustee A, Seconded by Trustee B" / "THAT the 2025-26
budget be adopted." / "CARRIED"; "Director X made the motion to amend …" / "Director Y seconded
the motion." / "RESULT: DEFEATED [3 TO 12]". Typed sentence by sentence, the decision on record
would be "CARRIED", keeping no word of what was decided. `motion_groups` finds, in one item's
sentences, each result that only reports a vote's result and the lines of the motion directly
before it (its opening, the lines that continue its text, its seconder; the lines of a roll call
between them); the classify stage exports each group as one decision whose text is the motion's
followed by the result's.

British and Markdown minutes do the same in other words: "Mr Guthrie proposed that £15,000 be
given to the village hall …, seconded by Mrs Petrie. This was agreed unanimously." (a member
proposing opens the motion; the result refers back with "this" or "the proposal"); "Moved by …,
seconded by …, that the Board accept the quotation … Vote: 3 in favour (…), 1 opposed (…). The
motion was carried." (a line of vote counts between them, skipped like a roll call);
"**Motion 2025-09-02:** Moved by …, that the Board approve … **Carried unanimously.**" (emphasis
around the result). "This was noted" is no result, and debate between a motion and its result
keeps them apart.

A result with words of its own ("The Board approved the budget") is no bare result; a motion
with no result after it stays a proposal; an amendment and its result are one group, and the main
motion it interrupts stays apart (the amendment's opening ends the walk back).

`motion_spans` is what the classify stage applies: every result read back to the motion it
decides, whether printed directly before it (`motion_groups`), parted from it by an amendment
(`parted_motions`, `amended_main_motions`) or by up to four lines of debate (`debated_motions`;
eight when the motion's seconder is printed on a line of its own, which is the motion's, not
debate: "Councilmember A moved approval of …" / "Vice Mayor B seconded the motion." / "Under
discussion, …" / "On the call for the question, the motion carried by the following roll call
vote: …"), as one list of spans in the order they are applied.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .classify_motion import CARRIES_THE_MOTION, is_bare_result, is_motion, motion_outcome
from .classify_tally import is_tally_only

__all__ = ["is_result_only", "is_vote_count", "motion_groups", "debated_motions", "mover_of",
           "labelled_result", "motion_words", "parted_motions", "to_text_outcome", "amended_main_motions",
           "MotionSpan", "motion_spans", "debated_seconders"]

# "Item was approved by a vote of 7-0", "CARRIED UNANIMOUSLY", "RESULT: DEFEATED [3 TO 12]",
# "The motion unanimously passed", "Main motion, as amended, carried 6-1", "Motion lost"
_RESULT_ONLY = re.compile(
    r"^\W*(?:(?:result|vote|action)\s*[:\-–]\s*)?"
    # "This was agreed unanimously", "The proposal was carried": the subject refers back
    r"(?:(?:this|it|which)\s+|(?:the\s+)?(?:main\s+|amended\s+|original\s+|substitute\s+)?"
    r"(?:motion|amendment|resolution|item|vote|recommendation|question|proposal|proposition)"
    r"(?:,?\s+as\s+amended,?)?\s+)?"
    r"(?:was\s+|has\s+been\s+|is\s+)?(?:(?:duly|then|unanimously)\s+)?"
    # ("… and the proposal was not approved": a result in the negative)
    r"(?:carried|carries|passed|passes|adopted|approved|agreed|prevailed|defeated|lost|failed|fails|fell|negatived|"
    r"not\s+(?:carried|passed|adopted|approved|agreed))\b"
    r"(?!\s+(?:the|a|an|that|to|this|its)\b)[^.;]*$", re.I)
# words naming what was decided after the verb ("… carried 5-0 to approve the budget")
_TO_VERB = re.compile(r"\bto\s+(?!\d|break\s+(?:the|a)\s+tie\b)[a-z]{3,}", re.I)
# "Seconded by Member Frank.", "Director Buzek seconded the motion.", "Second: Trustee Lee"
_SECONDER = re.compile(r"^\W*(?:(?:[\w.'’-]+\s+){0,5}seconded\b(?!\s+that\b|\s+by\s+[^,.;]{2,60}?,?\s+(?:to|that)\b)"
                       r"|seconde[rd]\s*(?:by)?\s*:|second\s*:)", re.I)
# a mover named on a seconder's line ("Moved by Smith seconded by Jones")
_MOVER = re.compile(r"\bmove[sd]?\b|\bmotion\s+(?:by|to|was\s+made)\b", re.I)
# the opening of a resolution's text printed on its own line ("THAT the budget be adopted.")
_THAT = re.compile(r"^\W*(?:\d{4}-\d{1,4}\s+)?(?:THAT|That|BE\s+IT\s+RESOLVED)\s")
# the body's decision in a motion's line ("On a motion by X, it was resolved that …")
_DECIDED = re.compile(r"\b(?:resolved|agreed|decided|adopted|approved|carried|passed)\b", re.I)
# where a motion's own words begin ("Moved by A, seconded by B, that the minutes be approved"):
# a decided word after it is the motion's, not the body's
_HEAD = re.compile(r"\b(?:that|to)\b", re.I)
# a member proposing, the usual opening of a motion in British minutes: "Mr Guthrie proposed that
# £15,000 be given to the village hall …, seconded by Mrs Petrie." / "This was agreed unanimously."
# ("It was proposed by Jean McAllister and seconded by Rev. David Okoro that …": the same, passive)
_PROPOSED = re.compile(r"^\W*(?:(?:[\w.'’-]+\s+){1,5}(?:proposed|moved)\s+(?:that|to)\s|"
                       r"it\s+was\s+(?:proposed|moved)\s+by\s+[^;]{2,100}?\s+that\s)", re.I)
# a result word in a motion's own line makes it a decision of its own
_OWN_RESULT = re.compile(r"\b(?:carried|passed|defeated|lost|failed|prevailed|negatived)\b", re.I)


_MOTION_TYPES = ("proposal", "information", "decision")
# sentences of a motion's text after its opening ("Director X made the motion to amend: …" /
# "It is requested to amend the bill …" / "Director Y seconded the motion.")
_MAX_MORE = 3
# a motion's text may read as a stance ("The Board opposes …"): part of the motion when its
# seconder's line follows it
_STANCE_TYPES = ("objection", "argument_for")


# how the vote was put, printed before its result: "The question being put, the Committee
# divided: Ayes 3, Noes 2. The motion was carried.", "The amendment was put to a vote and defeated",
# "On being put to the vote the proposal fell: For 3, Against 5" (Northern Irish committees)
# … and the chair announcing it ("The Chairman announced that the motion was negatived", as Hong
# Kong councils minute it), the count before it in words ("On being put to the vote, 4 members
# voted in favour and 7 against, and the recommendation was lost", English panels)
# … and how the vote was called ("On the call for the question, the motion carried …", as US
# city councils minute it; "Upon a vote, the motion carried", "Upon being put to the vote, …")
# … and the vote said to be taken ("A roll call vote was taken and the motion passed 7-0.", as
# US planning boards minute it)
_PUT = re.compile(r"^\W*(?:(?:a\s+)?(?:(?:roll[\s-]+call|voice|recorded|record|hand|standing)\s+)?vote\s+"
                  r"(?:was\s+)?taken\s*,?\s*and\s+|"
                  r"(?:up)?on\s+being\s+put\s+to\s+(?:the|a)\s+vote,?\s*|on\s+a\s+show\s+of\s+hands,?\s*|"
                  r"(?:up)?on\s+(?:the\s+)?call\s+(?:for|of)\s+the\s+question,?\s*|"
                  r"upon\s+(?:a|the)\s+vote(?:\s+being\s+(?:taken|called))?,?\s*|"
                  r"(?:the\s+)?(?:chair(?:man|woman|person)?|president|mayor|convener|presiding\s+officer)\s+"
                  r"(?:then\s+)?(?:announced|declared|ruled)\s+that\s+|"
                  r"\d{1,3}\s+(?:members?\s+)?voted\s+(?:in\s+favou?r|for)\s*(?:,|and)\s*\d{1,3}\s+(?:voted\s+)?"
                  r"against(?:\s*(?:,|and)\s*\d{1,3}\s+abstain\w*)?\s*,\s*(?:and\s+)?|"
                  r"(?:the\s+)?question\s+(?:being|was)\s+put,?\s*(?:and\s+)?"
                  r"(?:the\s+\w+\s+divided\s*:?\s*)?|(?:ayes|yeas|for)\s*:?\s*\d{1,3}\s*,?\s*"
                  r"(?:noes|nays|against)\s*:?\s*\d{1,3}\s*[.;,]\s*)", re.I)
# ("Motion called and passed.", as community boards minute the question called and its result)
_PUT_TO_VOTE = re.compile(r"\b(?:was\s+)?(?:then\s+)?(?:put(?:\s+to\s+(?:a|the)\s+vote)?|called)\s+and\s+",
                          re.I)
# a line saying only that a vote was put or asked for ("A recorded vote was requested on the main
# motion.", "The question being put, the Committee divided:"), printed between motion and result
_VOTE_TAKEN = re.compile(r"^\W*(?:(?:the\s+)?question\s+(?:being|was)\s+put\b[^.]*|"
                         r"(?:a\s+)?(?:recorded|record|roll[\s-]+call|division|standing)\s+vote\s+was\s+"
                         r"(?:taken|requested|called(?:\s+for)?|held)\b[^.]*|"
                         # "Council Member Pruitt requested a record vote on the main motion."
                         r"(?:[\w.'’-]+\s+){1,5}(?:requested|called\s+for|asked\s+for)\s+a\s+"
                         r"(?:recorded|record|roll[\s-]+call|standing)\s+vote\b[^.]*|"
                         # a heading over the result: "VOTE ON THE MOTION TO AMEND"
                         r"vote\s+on\s+the\s+(?:main\s+|amended\s+)?motion(?:\s+to\s+amend"
                         r"(?:\s+the\s+amendment)?)?|"
                         # a roll call's label, perhaps with its table's header row ("Roll call
                         # vote: Supervisor Aye No Absent")
                         r"(?:recorded|roll[\s-]+call)\s+vote\s*:(?:\s+(?:name|members?|supervisors?|"
                         r"councill?ors?|directors?|trustees?|commissioners?|ayes?|yes|no|noes|nays?|"
                         r"absent|abstain(?:ed)?|abstentions?|recused))*|"
                         # the chair putting the motion, perhaps with the count ("The Chairman put
                         # the motion to the vote: 2 Members voted for, 4 against …"), and the
                         # lists of names under it ("The voting results were as follows: For: …")
                         r"(?:the\s+)?(?:chair(?:man|woman|person)?|president|mayor|convener|presiding\s+officer)\s+"
                         r"put\s+the\s+(?:motion|amendment|question|recommendation)\s+to\s+(?:the\s+|a\s+)?vote\b[^.]*|"
                         r"the\s+voting\s+results?\s+(?:were|was)\s+as\s+follows\s*:.*)\W*$", re.I)


# Markdown emphasis around a result ("**Carried unanimously.**"), or around its words inside the
# sentence ("… and the proposal was **not approved**.")
_EMPHASIS = re.compile(r"^[\s*_]+|[\s*_]+$")
_BOLD = re.compile(r"\*\*|__")
# a line of vote counts only, printed between a motion and its result: "Vote: 3 in favour
# (Chaudhry, Ouellette, Haddad), 1 opposed (Bell).", "**Vote:** 4 in favour (…), 2 opposed (…);
# Cardinal did not vote.", "Votes for 5, against 2"
# ("3 voted for and 5 against", as British minutes count a show of hands)
_COUNT = (r"(?:(?:\d{1,3}|none|nil|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
          r"(?:(?:members?\s+)?vot(?:ed|ing)\s+)?(?:in\s+favou?r|for|against|opposed|abstain\w*|abstentions?|ayes?|yeas?|noes|nays?)|"
          r"(?:in\s+favou?r|for|against|opposed|abstentions?|abstain(?:ed|ing)?|ayes?|yeas?|noes|nays?)"
          r"\s*:?\s*\d{1,3})")
_NOT_VOTING = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:did\s+not\s+vote|abstained|was\s+absent)"
_VOTE_COUNT = re.compile(rf"^\W*(?:(?:recorded\s+|roll[\s-]+call\s+)?votes?\s*:?\W*)?{_COUNT}"
                         rf"(?:\s*(?:[,;]|\band\b)\s*(?:{_COUNT}|{_NOT_VOTING}))*\W*$", re.I)
# the counts as figures after a vote label: "VOTE: 6-0-0", "Vote: 4-2 (Nay: Bell)"
_DASHED_COUNT = re.compile(r"^\W*(?:recorded\s+|roll[\s-]+call\s+)?votes?\s*:?\s*"
                           r"\d{1,3}(?:\s*[-–—/]\s*\d{1,3}){1,3}\W*$", re.I)
_PARENS = re.compile(r"\s*\([^()]*\)")
# where a line of counts and the result printed after it (or before it) meet: "Vote: 4 in
# favour, 2 opposed. Carried.", "VOTE: 6-0-0. The motion carried.", "… 2 opposed – carried",
# "… 1 opposed (Moreau). **CARRIED**"
# ("3 voted for and 5 against, and the proposal was not approved")
_COUNT_CUT = re.compile(r"\s*,\s*and\s+|\s*[.;,]\s+|\s+[-–—]\s+")


def _vote_line(text: str) -> bool:
    """Whether `text` records a vote being taken rather than saying anything: a roll call's
    lists, a line of counts, the vote asked for or put, a roll-call table's rows."""
    return bool(is_tally_only(text) or _VOTE_TAKEN.match(text) or is_vote_count(text)
                or _MARKED_ROWS.match(text))


def is_vote_count(text: str) -> bool:
    """Whether `text` holds a vote's counts (and the names in brackets) only, no result."""
    t = _PARENS.sub("", text)
    return bool(_VOTE_COUNT.match(t) or _DASHED_COUNT.match(t))


def _bare(text: str) -> bool:
    """Whether `text` is a vote's result and nothing else ("Carried.", "The motion was carried",
    "Motion carried 5-2")."""
    # (the names voting each way in brackets are no words of what was decided: "The motion
    # failed 3-6-1 (Ayes: A, B; Noes: C, D; Abstain: E).")
    t = _PUT_TO_VOTE.sub("", _PARENS.sub("", _EMPHASIS.sub("", _BOLD.sub("", text))).strip().rstrip("."))
    t = _PUT.sub("", _PUT.sub("", t, count=1), count=1)
    if is_bare_result(t):
        return not _TO_VERB.search(t)
    return bool(_RESULT_ONLY.match(t)) and not _TO_VERB.search(t)


# a roll call printed after the result on its line ("… the motion carried by the following roll
# call vote: Councilmembers Daysog: Aye; Vella: No; … Ayes: 4. Noes: 1.")
_FOLLOWING_VOTE = re.compile(r"\s+by\s+the\s+following\s+(?:[\w-]+\s+){0,2}vote\s*:\s*", re.I)
_LIST_CUT = re.compile(r"(?<=[.])\s+")


def _roll_after(text: str) -> bool:
    """Whether `text` is a bare result followed by the roll call that gave it, the lists and
    counts only ("The motion carried by the following voice vote: Ayes: A, B. Noes: C.")."""
    m = _FOLLOWING_VOTE.search(text)
    if not m or not _bare(text[:m.start()]):
        return False
    parts = [p for p in _LIST_CUT.split(text[m.end():].strip()) if p.strip(" .")]
    return bool(parts) and all(is_tally_only(p) or is_vote_count(p) for p in parts)


def is_result_only(text: str) -> bool:
    """Whether `text` only reports a vote's result, naming nothing of what was decided: the
    result alone, or with the vote's counts printed on the same line before or after it ("Vote:
    4 in favour, 2 opposed. Carried." is the result of the motion above it, as "Motion carried
    4-2" is), or with the roll call that gave it ("On the call for the question, the motion
    carried by the following roll call vote: Councilmembers A: Aye; B: No; … Ayes: 4. Noes: 1.")."""
    if _bare(text) or _roll_after(text):
        return True
    # ("On a show of hands 3 voted for and 5 against, and the proposal was **not approved**.")
    t = _PUT.sub("", _EMPHASIS.sub("", _BOLD.sub("", text)).strip(), count=1)
    for m in _COUNT_CUT.finditer(t):
        head, tail = t[:m.start()], t[m.end():]
        if (is_vote_count(head) and _bare(tail)) or (_bare(head) and is_vote_count(tail)):
            return True
    return False


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z*])")
# "Director Ostrowski moved, seconded by Director Haines, " before the motion's "to …" / "that …"
_MOVER_CLAUSE = re.compile(r"^[^.;]*?\b(?:moved|motion\s+by|proposed|seconded)\b[^.;]*?(?=\b(?:to|that)\b)",
                           re.I)


def motion_words(text: str) -> str:
    """A decision's text without the record of its vote: the sentences of a joined motion and
    result that are roll calls, counts or the bare result ("Roll call vote: Ayes: Pennington,
    Bell … Nays: Haines.", "Motion carried 5-2.") are dropped, and so is the mover and seconder
    clause before the motion's "to …" / "that …", so that two decisions compare by what they
    decided and not by who moved or voted (the same members do on every motion)."""
    parts = [_MOVER_CLAUSE.sub("", p) for p in _SENTENCE.split(text)
             if not (is_result_only(p) or is_vote_count(p) or is_tally_only(p))]
    return " ".join(p for p in parts if p) or text


# a motion's words on a line of their own after its labelled mover and seconder ("Motion:
# Supervisor Pruitt." / "Second: Supervisor Cho." / "To direct staff to prepare …")
_TO_TEXT = re.compile(r"^\W*To\s+[a-z]{3,}\b")
# the rows of a roll-call table read as one line, each member's name and the mark in a column
# ("Whitaker X Esparza X Alvarado X Cho X Pruitt X")
_MARKED_ROWS = re.compile(r"^\W*(?:[A-Z][\w'’-]+\s+[Xx✓✔](?:\s+|$)){2,}\W*$")
# a motion's words after its label ("Motion: That the Treasurer's report be accepted.")
_MOTION_THAT = re.compile(r"^\W*(?:motion|resolution)\s*:\s*(?:that|to)\s", re.I)
# a motion opened by a label naming its mover ("Motion: Supervisor Pruitt.", "MOTION: Trustee Lee")
_LABELLED_MOVER = re.compile(r"^\W*(?:Motion|MOTION|Moved|MOVED)\s*:\s*[A-Z]")


def to_text_outcome(text: str) -> str:
    """The outcome a motion's words on a line of their own ask for ("To refer the setback
    question to the Planning Commission …" -> "referred", "To continue the item to the July 8
    meeting" -> "deferred"), "" when the line is no such text or its verb carries none."""
    return motion_outcome(f"Motion {text.strip()}") if _TO_TEXT.match(text) else ""


def _opens(text: str) -> bool:
    """Whether `text` opens a motion ("Motion by …", "Moved by …", "X made the motion to …")."""
    if _SECONDER.match(text) and not _MOVER.search(text):
        return False  # "Director Buzek seconded the motion.": the motion opened before it
    # "Discussion on the motion followed": a motion named, none opened
    if _PROPOSED.match(text):
        return True
    if _LABELLED_MOVER.match(text) and len(text.split()) <= 6:
        return True  # "Motion: Supervisor Pruitt.": the mover's label, the motion's words below
    return is_motion(text) and bool(_MOVER.search(text) or motion_outcome(text))


def motion_groups(texts: list[str], titles: list[str], types: list[str]) -> dict[int, int]:
    """{index of a bare result: index of the first line of its motion} over one document's
    sentences (`titles` tells the items apart, `types` are the sentences' types as classified)."""
    out: dict[int, int] = {}
    for i, text in enumerate(texts):
        # (a vote's counts in figures after its label, "Vote: 5-0.", close a motion opened by
        # its labels as US county boards print it: "Motion: Supervisor A. Second: Supervisor B.
        # To refer …. Vote: 5-0.")
        result = is_result_only(text) or bool(labelled_result(text))
        counts = not result and _DASHED_COUNT.match(_PARENS.sub("", text)) is not None
        if types[i] != "decision" or not (result or counts):
            continue
        start = _motion_start(texts, titles, types, i, i - 1, counts)
        if start is not None:
            out[i] = start
    return out


def _motion_start(texts: list[str], titles: list[str], types: list[str], i: int, j: int,
                  counts: bool) -> int | None:
    """The first line of the motion whose result is line `i`, read back from line `j`, or None
    (`counts`: the result is a line of counts in figures, which closes only a labelled motion)."""
    opened, stated, parts, more = None, None, 0, 0
    while j >= 0 and titles[j] == titles[i]:
        t, ty = texts[j], types[j]
        if ty == "decision" and (is_result_only(t) or _OWN_RESULT.search(t)
                                 or CARRIES_THE_MOTION.search(t)):
            break  # another vote's result: the motion before it is not this one's
        if _vote_line(t) and not parts:
            j -= 1  # a roll call printed between the motion and its result
            continue
        if ty == "action":
            break
        if ty == "decision" and _DECIDED.search(_HEAD.split(t, 1)[0]) and not _THAT.match(t):
            break  # "On a motion by X, it was resolved that …": a decision of its own
        if _opens(t) and ty in _MOTION_TYPES and not _THAT.match(t):
            opened = j
            break
        if _SECONDER.match(t):
            parts += 1
        elif _THAT.match(t) and ty in _MOTION_TYPES:
            stated, parts = j, parts + 1
        elif (ty == "proposal" or parts and ty in _STANCE_TYPES
              or not parts and _TO_TEXT.match(t)) and more < _MAX_MORE:
            # the motion's text over several sentences ("It is requested to …", "The Board
            # opposes the addition …"), read back from its seconder
            more += 1
        else:
            break
        j -= 1
    if opened is not None and _LABELLED_MOVER.match(texts[opened]) and opened > 0 \
            and titles[opened - 1] == titles[i] and types[opened - 1] in _MOTION_TYPES \
            and _MOTION_THAT.match(texts[opened - 1]):
        # the motion's words on the line above its labelled mover and seconder ("Motion:
        # That the P&C fund two whiteboards …" / "Moved: A  Seconded: B" / "Motion lost.")
        opened -= 1
    if counts and (opened is None or not _LABELLED_MOVER.match(texts[opened])):
        return None  # counts close only a motion opened by its label
    return opened if opened is not None else stated


# an amendment moved to the motion on the floor ("Trustee Lavallee moved an amendment, seconded by
# …", "Council Member Brandt moved to amend the motion …", "An amendment was moved by …")
_AMENDMENT_OPENS = re.compile(r"\b(?:moved|proposed)\s+(?:an?\s+|a\s+further\s+)?amendment\b|"
                              r"\bmoved\s+to\s+amend\b|\bamendment\s+was\s+(?:moved|proposed)\b", re.I)


def parted_motions(texts: list[str], titles: list[str], types: list[str],
                   groups: dict[int, int]) -> dict[int, tuple[int, int]]:
    """{index of a bare result: (first line of its motion, first line of the amendment)} for the
    results an amendment parts from their motion ("Moved by A, Seconded by B" / "THAT …" / "C
    moved an amendment, seconded by D, THAT …. The amendment was DEFEATED." / "A recorded vote
    was requested on the main motion." / "For: … Against: …" / "CARRIED"): read back from the
    result, the nearest vote is the amendment's (`groups`, the joined motions, or a line moving
    and deciding it), and past it the motion it interrupted. The motion's lines are no passage
    printed with its result, so they are joined to each other, not to it."""
    return {i: (start, stop) for i, (start, stop, _) in _parted(texts, titles, types, groups).items()}


def _parted(texts: list[str], titles: list[str], types: list[str],
            groups: dict[int, int]) -> dict[int, tuple[int, int, int]]:
    """`parted_motions` with the end of the amendment's lines: {result: (first line of the
    motion, first line of the amendment, the line after the amendment's result)}."""
    out: dict[int, tuple[int, int, int]] = {}
    for i, text in enumerate(texts):
        if i in groups or types[i] != "decision" or not is_result_only(text):
            continue
        j = i - 1
        while j >= 0 and titles[j] == titles[i] and _vote_line(texts[j]):
            j -= 1  # the roll call of this vote
        if j < 0 or titles[j] != titles[i] or types[j] != "decision":
            continue
        if j in groups and _AMENDMENT_OPENS.search(texts[groups[j]]):
            stop = groups[j]  # the amendment and its result, joined
        elif _AMENDMENT_OPENS.search(texts[j]) and _OWN_RESULT.search(texts[j]):
            stop = j  # "C moved an amendment …, which was lost"
        else:
            continue
        start = _motion_start(texts, titles, types, i, stop - 1, False)
        if start is not None and start < stop and not _AMENDMENT_OPENS.search(texts[start]):
            out[i] = (start, stop, j + 1)
    return out


# the result of a main motion after its amendment was voted on ("The amended motion was then put
# and carried.", "The motion, as amended, was carried")
_AMENDED_RESULT = re.compile(r"^\W*(?:the\s+)?(?:amended\s+motion|motion\s*,?\s+as\s+amended,?|substantive\s+motion)\s+"
                             r"(?:was\s+)?(?:then\s+)?(?:put(?:\s+to\s+(?:the|a)\s+vote)?\s+and\s+)?"
                             r"(?:carried|passed|adopted|approved|agreed)\b", re.I)


def amended_main_motions(texts: list[str], titles: list[str], types: list[str]) -> dict[int, int]:
    """{index of a main motion's result after an amendment: index of that main motion's words},
    where an amendment comes between them ("Motion: That the P&C contribute $3,000 …" / "Moved:
    A  Seconded: B" / "Amendment: That the contribution be $2,000 …" / … / "The amended motion was
    then put and carried."): `motion_groups` stops at the amendment, so the main motion is found
    here and decided as amended, its lines kept apart from the amendment's."""
    out: dict[int, int] = {}
    for i, text in enumerate(texts):
        if types[i] != "decision" or not _AMENDED_RESULT.match(text):
            continue
        amended = False
        for j in range(i - 1, -1, -1):
            if titles[j] != titles[i]:
                break
            if re.search(r"\bamendment\b", texts[j], re.I):
                amended = True
            elif amended and types[j] in _MOTION_TYPES and (
                    _MOTION_THAT.match(texts[j]) or _opens(texts[j]) and not _LABELLED_MOVER.match(texts[j])):
                out[i] = j
                break
    return out


# a result that names what it decides ("The motion was lost, 3 affirmative, 7 negative.") or
# a division's result line ("REJECTED ON DIVISION (2 to 3)", as Quebec councils print it)
_NAMES_MOTION = re.compile(r"\b(?:motion|proposal|resolution|amendment)\b", re.I)
_DIVISION = re.compile(r"^\W*(?:ADOPTED|REJECTED|DEFEATED|CARRIED|LOST)\s+ON\s+(?:A\s+)?DIVISION\b")
# the words of a resolution after its mover and seconder ("AND RESOLVED THAT the council award …")
_RESOLVED_WORDS = re.compile(r"^\W*(?:AND\s+)?(?:(?:BE\s+)?IT\s+)?(?:IS\s+)?RESOLVED\s*(?:THAT|:)", re.I)
# lines of debate between a motion and its result: a question and its answer, an objection, a
# member asking for a vote
_DEBATE_TYPES = ("objection", "argument_for", "question", "information")
# a motion that never came to a vote ("The motion failed for lack of a second.") stays a proposal
_UNVOTED = re.compile(r"\black\s+of\s+(?:a\s+)?second|\bno\s+second|\bnot\s+seconded|\bwithdrawn\b", re.I)
# a formal motion: moved, or proposed and seconded
_FORMAL = re.compile(r"\bmoved\b|\bmotion\b|\bseconded\b", re.I)
_MAX_DEBATE = 4
# the debate opened as such ("Under discussion, Councilmember C stated …", "During the discussion, …")
_UNDER_DISCUSSION = re.compile(r"^\W*(?:under|during|in)\s+(?:the\s+)?discussion\b", re.I)
# a motion whose seconder is printed on a line of its own ("Vice Mayor B seconded the motion." /
# "Under discussion, …") is plainly the one on the floor: its debate may run longer
_MAX_SECONDED_DEBATE = 8
# an amendment decided on the floor ("Councilmember A accepted the friendly amendment", "The mover
# declined the amendment"): another decision between the motion and its result
_AMENDMENT_DECIDED = re.compile(r"\b(?:accept(?:ed|s)?|reject(?:ed|s)?|declin(?:ed|es)|withdr[ae]w\w*|"
                                r"agreed\s+to|incorporated)\b[^.;]{0,40}\bamendment\b|"
                                r"\bamendment\b[^.;]{0,40}\b(?:was|is)\s+(?:accepted|rejected|declined|"
                                r"withdrawn|agreed|carried|lost|defeated)\b", re.I)


def debated_motions(texts: list[str], titles: list[str], types: list[str]) -> dict[int, tuple[int, int]]:
    """{index of a result: (first, end) of the lines of the motion it decides} where debate
    stands between the two ("Hon. Catapang moved that the Body approve …" / "Hon. Ramos objected
    that …" / "The motion was lost, 3 affirmative, 7 negative."; "… AND RESOLVED THAT the council
    award the contract …" / "Councillor Charest asked whether …" / "The Director General replied
    …" / "Councillor Charest requests a vote." / "For: …" / "REJECTED ON DIVISION (2 to 3)").
    The debate keeps the two from being one statement (`motion_groups`), but the result is the
    motion's: the motion's lines take its type and outcome, and the debate keeps its own. Only a
    result that names the motion (or a division's result line) reaches back over debate, never
    over another decision (an amendment accepted or rejected), a task or more than four lines of
    debate (eight once the motion's seconder is printed on a line of its own); and the debate
    holds a question, an objection or an argument (a verbatim "Second." / "All those in favor
    say AYE." is the vote being called, not debate). The seconder's own line is the motion's, not
    debate (`debated_seconders`)."""
    return {i: (first, end) for i, (first, end, _) in _debated(texts, titles, types).items()}


def debated_seconders(texts: list[str], titles: list[str], types: list[str]) -> dict[int, int]:
    """{index of a result: index of its debated motion's seconder}, where the seconder is printed
    on a line of its own after the motion's lines ("Councilmember A moved approval of the staff
    recommendation." / "Councilmember B seconded the motion." / "Under discussion, …" / "On the call
    for the question, the motion carried …"), perhaps after a question on the motion: the
    seconder's line belongs to the motion, and takes the result's type and outcome as it does."""
    return {i: sec for i, (_, _, sec) in _debated(texts, titles, types).items() if sec is not None}


def _debated(texts: list[str], titles: list[str], types: list[str]) -> dict[int, tuple[int, int, int | None]]:
    """`debated_motions` with the seconder's own line: {result: (first, end, seconder or None)};
    a seconder directly after the motion's lines is within (first, end)."""
    joined = motion_groups(texts, titles, types)
    out: dict[int, tuple[int, int, int | None]] = {}
    for i, text in enumerate(texts):
        plain = _BOLD.sub("", text)
        if i in joined or types[i] != "decision" or not (
                (is_result_only(plain) and _NAMES_MOTION.search(plain)) or _DIVISION.match(plain)) \
                or _UNVOTED.search(plain):
            continue
        j, debate, first_debate, argued, seconder = i - 1, 0, i, False, None
        while j >= 0 and titles[j] == titles[i]:
            t, ty = texts[j], types[j]
            if _vote_line(t):
                j -= 1  # the lists or counts of the vote
                continue
            words = ty == "decision" and _RESOLVED_WORDS.match(t)
            if (_opens(t) and ty in _MOTION_TYPES and not _THAT.match(t)) or words:
                # (a formal motion only: "Cllr A proposed that the play area be closed …", a
                # member's proposal debated and put to the vote, stays the proposal it was)
                if argued and (words or _FORMAL.search(t)) and (
                        debate <= _MAX_DEBATE or seconder is not None):
                    if seconder is not None and seconder == j + 1:
                        out[i] = (j, j + 2, None)  # the seconder right below the motion
                    else:
                        out[i] = (j, first_debate, seconder)
                break
            if _SECONDER.match(t) and not _MOVER.search(t) and seconder is None \
                    and ty in ("information", "proposal") and not _OWN_RESULT.search(t):
                # "Vice Mayor B seconded the motion.": the motion's own line, not debate
                seconder = j
                j -= 1
                continue
            if ty not in _DEBATE_TYPES or _SECONDER.match(t) or _AMENDMENT_DECIDED.search(t) \
                    or debate >= _MAX_SECONDED_DEBATE:
                break
            debate, first_debate = debate + 1, j
            argued = argued or ty != "information" or bool(_UNDER_DISCUSSION.match(t))
            j -= 1
    return out


@dataclass(frozen=True)
class MotionSpan:
    """The motion one result decides: its lines `start` to `stop` (not included), and how it was
    read (`kind`): "joined", a motion and the bare result printed after it (its lines run up to
    the result, `stop` is the result); "amended_main", a main motion decided in its amended form
    after an amendment came between (its one line of words); "parted", a motion an amendment
    parted from its result (`amendment` holds the amendment's lines, its opening to its result);
    "debated", a formal motion debated before a result naming it (the debate follows `stop`;
    `seconder`, its seconder's own line when debate parts it from the motion's lines)."""
    result: int
    start: int
    stop: int
    kind: str
    amendment: tuple[int, int] | None = None
    seconder: int | None = None


def motion_spans(texts: list[str], titles: list[str], types: list[str],
                 outcomes: list[str]) -> list[MotionSpan]:
    """Every result of one document's sentences read back to the motion it decides, in the order
    the statement stage applies them (`types`, `outcomes`: the sentences' types and decision
    outcomes as classified).

    Read back from each result, over the lines of its vote (roll calls, counts, the vote put):
    the motion printed directly before it (`motion_groups`); past an amendment, the main motion
    decided as amended ("The amended motion was then put and carried.", `amended_main_motions`) or
    the motion the amendment and its own result parted from a bare result (`parted_motions`); past
    up to four lines of debate (eight past a seconder's own line), the formal motion a result names
    (`debated_motions`, with that seconder's line). Each reading sees the lines the readings before
    it made a decision, as the stage applies them one after the other: the amendment joined to its
    result is no longer the main motion's text, and a motion already joined is no debated motion."""
    types, outcomes = list(types), list(outcomes)
    out: list[MotionSpan] = []
    groups = motion_groups(texts, titles, types)
    for i, j in amended_main_motions(texts, titles, types).items():
        if i not in groups and outcomes[i] in ("approved", "amended"):
            out.append(MotionSpan(i, j, j + 1, "amended_main"))
            types[j], outcomes[j] = "decision", "amended"
    for i, start in groups.items():
        out.append(MotionSpan(i, start, i, "joined"))
        for k in range(start, i):
            if not is_tally_only(texts[k]):  # a roll call's line records the vote, as before
                types[k] = "decision"
    for i, (start, stop, end) in _parted(texts, titles, types, groups).items():
        out.append(MotionSpan(i, start, stop, "parted", (stop, end)))
        for k in range(start, stop):
            types[k] = "decision"
    for i, (start, stop, seconder) in _debated(texts, titles, types).items():
        out.append(MotionSpan(i, start, stop, "debated", seconder=seconder))
    return out


# "Moved by Trustee Sandhu, …", "Moved: Coun. Squires Seconded: …", "Motion by Council Member
# Ortiz, seconded …", "MOVED BY: Director Lee", "Proposed by Deputy Mayor Borg, …"
_MOVED_BY = re.compile(r"\b(?:Moved|MOVED|Motion|MOTION|Proposed|PROPOSED)(?:\s+(?:by|BY))?\s*:?\s+"
                       r"(?:by\s+)?(?P<rest>[A-Z].*)")
_NOT_NAME = {"seconded", "that", "to", "and", "carried", "passed", "failed", "defeated", "lost",
             "approved", "adopted", "withdrawn", "the", "a", "an", "amendment", "motion"}


def mover_of(text: str) -> str:
    """The mover a motion's line prints after "Moved by" / "Moved:" / "Motion by" ("Coun.
    Squires", "Council Member Ortiz"), or "" when it names none that way."""
    m = _MOVED_BY.search(text)
    if not m:
        return ""
    words: list[str] = []
    for w in m.group("rest").split():
        bare = w.strip(",;:()")
        if not bare or bare.lower() in _NOT_NAME or not (bare[0].isupper() or bare in ("de", "van", "von")):
            break
        words.append(bare)
        if w.endswith((",", ";", ":", ")")) or len(words) == 5:
            break
    return " ".join(words) if len(words) >= 2 or (words and words[0][-1:] != ".") else ""


# "Vote on The Motion: The motion passed with 14 in favor (…) and 4 against (…)." (RTD): a label
# over the result, which the "Vote on …" proposal marker would read as a matter put to the body
_VOTE_ON_LABEL = re.compile(r"^\W*vote\s+on\s+the\s+(?:main\s+|amended\s+)?motion(?:\s+to\s+amend"
                            r"(?:\s+the\s+amendment)?)?\s*:\s*", re.I)
_FAILED = re.compile(r"\b(?:failed|defeated|lost|fails|negatived)\b", re.I)


def labelled_result(text: str) -> str:
    """"rejected" or "approved" when `text` is a vote label over a bare result ("Vote on The
    Motion: The motion passed with 14 in favor …"), else ""."""
    m = _VOTE_ON_LABEL.match(text)
    if not m or not is_result_only(text[m.end():]):
        return ""
    return "rejected" if _FAILED.search(text[m.end():]) else "approved"

