"""Stance from the recorded vote: who, on this item, voted against taking it forward.

Minutes often record an objection only as a member's remarks followed by their "No" in the roll
call ("Noes: Councilmembers Jensen, Vella and Mayor Ezzy Ashcraft – 3"); the remarks themselves
("the City Clerk has provided solutions available to Council") carry no marker of dissent. Stance
is relative to the item, and the vote states it: a member who voted no on a motion that takes
the item forward (approve, adopt, accept, support …) argued against it.

Contract: `dissenters(sentences, attendees)` is a pure function from one item's sentences, in
order (and the meeting's roster, when known), to the names of the members who voted no on a
motion taking the item forward and aye on none of them
(motions to defer, refer, reject, rescind or amend are left out: a no there is not a no to the
item). `voted_against(speaker, names)` says whether a sentence's speaker is one of them. Votes
are read by `pipeline.votes.parse_votes`, so every roll-call and voice-vote form it knows counts.
"""
from __future__ import annotations

import re

from .classify_motion import motion_outcome
from .votes import map_name, parse_votes

__all__ = ["dissenters", "voted_against", "agreed_with", "names_harm", "backers", "SAYS_THAT",
           "remark_side", "says_of_thing", "continues", "list_item_of"]

# a no on a motion with one of these outcomes is a no to the item's proposal
_FORWARD = {"", "approved"}
# words without which no vote records a dissent ("Noes:", "voting no", "(Lee opposed)", "Nay")
_DISSENT_WORDS = re.compile(r"\b(?:no|noes|nays?|opposed|against|dissent\w*)\b", re.I)


def dissenters(sentences: list[str], attendees: list[dict] | None = None) -> list[str]:
    """Members who voted no on a motion taking the item forward (see module docstring).
    `attendees` (name, status) is the meeting's roster: with it, dissenters named after the
    result ("carried by 8 votes to 4; Dr Walsh and Dr Adeyemi asked that their dissent be
    recorded") are read too, as they are only where every name is a member's."""
    text = " ".join(s.strip() for s in sentences)
    if not _DISSENT_WORDS.search(text):  # cheap guard: most items record no dissent
        return []
    noes: set[str] = set()
    ayes: set[str] = set()
    for vote in parse_votes(text, attendees):
        if motion_outcome(vote.text) not in _FORWARD:
            continue
        noes.update(name for name, how in vote.members.items() if how == "no")
        ayes.update(name for name, how in vote.members.items() if how == "aye")
    return sorted(noes - ayes)


# A harm or a risk the remark names: a short remark of a member who then voted against the item
# argues against it when it names one ("the lower end of the field was under water every
# winter"), where a short note without one reports ("the matter will be on the ballot in
# November")
_HARM = re.compile(
    r"\b(?:under\s+water|flood(?:s|ed|ing)?|waterlogged|subsidence|contaminat\w+|pollut\w+|"
    r"nois(?:e|y)|congest\w+|unsafe|dangerous|danger|hazard\w*|damag(?:e|es|ed|ing)|harm(?:s|ed|ful)?|"
    r"lose|losing|loss\s+of|(?:already|often|always|usually)\s+full|at\s+(?:full\s+)?capacity|overcrowd\w*|overlook(?:s|ed|ing)?|out\s+of\s+(?:scale|character|keeping)|"
    r"shortfall|deficit|overspen[dt]\w*|unaffordable|too\s+(?:high|costly|expensive|large|big|many|few|"
    r"small|late|soon|risky))\b", re.I)


def names_harm(text: str) -> bool:
    """Whether `text` names a harm or a risk (see `_HARM`)."""
    return bool(_HARM.search(text))


def voted_against(speaker: str, names: list[str]) -> bool:
    """Whether `speaker` ("Councilmember Herrera Spencer") is one of `names` ("Herrera Spencer")."""
    return bool(speaker and names and map_name(speaker, names))


_AGREED = re.compile(
    r"\b(?:agreed|concurred|sided)\s+with\s+(?:the\s+)?(?:(?:comments?|points?|concerns?|remarks)\s+"
    r"(?:of|by|from|made\s+by)\s+)?(?P<n>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})"
    r"|\b(?:echoed|endorsed|supported|shared)\s+(?:the\s+)?(?:comments?|concerns?|points?|remarks|"
    r"letter|views?)\s+(?:of|by|from|made\s+by|raised\s+by|discussed\s+by)\s+"
    r"(?P<m>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})")


def agreed_with(text: str) -> str:
    """The person whose view `text` takes up (see module docstring), or ""."""
    m = _AGREED.search(text)
    return " ".join((m.group("n") or m.group("m")).split()) if m else ""


# a sentence that moves or seconds a motion: "Moved by: R. Sandhu", "Hon. Otieno moved that …,
# seconded by Hon. Chebet", "Cllr Evans proposed, and Cllr Jenkins seconded, that …"
_MOVES = re.compile(r"\b(?:moved|proposed|seconded)\b(?!\s+(?:to|on)\s+(?:agenda\s+)?item\b)", re.I)
# a member's reported remark: "Trustee Sandhu said that …", "Hon. Otieno submitted that …"
SAYS_THAT = re.compile(r"\b(?:said|stated|submitted|argued|noted|explained|pointed\s+out|observed|"
                       r"added|remarked|told\s+(?:the\s+)?\w+)\s+that\b", re.I)


def backers(sentences: list[str], attendees: list[dict] | None = None) -> dict[str, int]:
    """Members who moved or seconded a motion taking the item forward, each with the index of the
    sentence that records it ("Moved by: R. Sandhu" / "THAT the Board approve …"). A member's
    remark before they put the motion forward argues for it, as a no-voter's remark argues
    against (`dissenters`). Names are the roster's members present, by surname."""
    members = {a["name"].split()[-1]: a["name"] for a in attendees or []
               if a.get("name") and a.get("status") in ("present", "chair")}
    out: dict[str, int] = {}
    for k, text in enumerate(sentences):
        if not _MOVES.search(text):
            continue
        window = sentences[k:k + 3]
        outcomes = {motion_outcome(s) for s in window} | {motion_outcome(" ".join(window))}
        if outcomes - _FORWARD:  # a motion to defer, refer or reject puts nothing forward
            continue
        for surname, name in members.items():
            if re.search(rf"\b{re.escape(surname)}\b", text) and name not in out:
                out[name] = k
    return out


# What a reported remark says its item's subject brings or lacks. Labellers read a remark's side
# from what it says of the thing put to the body: "the toilets had no baby-changing facility" (it
# lacks something: against taking it as it is), "the toilets served the coach parties" and
# "Station Yard was the only site from which new residents could walk to the railway halt" (it
# brings something: for). The subject must be the item's own (a word of its title), so that a
# lack or a service of something else ("the Council has no policy on …") is left alone.
_LACKS = re.compile(r"\b(?:(?:had|has|have)\s+no|lack(?:s|ed)|(?:did|does|do)\s+not\s+have)\b", re.I)
_BRINGS = re.compile(
    r"\b(?:served|serves|would\s+(?:serve|benefit|attract|employ|create|bring)|benefit(?:s|ed|ted)|attract(?:s|ed)|"
    r"(?:was|is|would\s+be)\s+the\s+only\s+\w+\s+(?:from\s+which|in\s+which|where))\b", re.I)
# … or what it says the subject would do to others: "construction barges at Pier 2 would block
# the fishing fleet's way to the fuel dock" (against; "would not block" is no harm)
_HINDERS = re.compile(
    r"\bwould\s+(?:block|obstruct|disrupt|destroy|endanger|displace|deprive|cut\s+off|shut\s+out|"
    r"drive\s+away|force\s+out)\b", re.I)
# a measure that pays its way brings that, whoever its subject ("a 20p charge on entry would
# recover about half of the running costs"); "would not cover", "would only cover" say a shortfall
_PAYS = re.compile(r"\bwould\s+(?:recover|cover|offset|pay\s+for)\b", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer|only|hardly|barely)\b|n['’]t\b", re.I)
_SUBJECT_WORDS = 6  # "the drains under the old building" names its subject in a few words
_TITLE_STOP = {"item", "items", "report", "update", "matters", "matter", "arising", "with", "from",
               "and", "the", "for", "request", "consultation", "council", "committee", "board",
               "minutes", "meeting", "other", "business", "application", "approval"}


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and len(w) > 4 else w


def _title_words(title: str) -> set[str]:
    return {_stem(w) for w in re.findall(r"[A-Za-z]{4,}", title or "")
            if w.lower() not in _TITLE_STOP}


def _of_subject(subject: str, title: str) -> bool:
    """Whether the few words before the verb name the item's subject, unnegated."""
    words = re.findall(r"[A-Za-z]+", subject)
    return (0 < len(words) <= _SUBJECT_WORDS and not _NEGATED.search(subject)
            and bool({_stem(w) for w in words} & _title_words(title)))


def remark_side(text: str, title: str) -> str:
    """The side a reported remark ("X said that …", "Residents told the Council that …") takes on
    its item by what it says the item's subject brings ("for") or lacks ("against"), or ""."""
    said = SAYS_THAT.search(text)
    if not said:
        return ""
    clause = text[said.end():]
    clause = re.split(r"[;:]|,\s+(?:and|but)\s+that\b", clause)[0]
    lack = _LACKS.search(clause)
    if lack and _of_subject(clause[:lack.start()], title):
        return "against"
    hinders = _HINDERS.search(clause)
    if hinders and _of_subject(clause[:hinders.start()], title):
        return "against"
    brings = _BRINGS.search(clause)
    if brings and _of_subject(clause[:brings.start()], title):
        return "for"
    pays = _PAYS.search(clause)
    if pays and 0 < len(clause[:pays.start()].split()) <= _SUBJECT_WORDS + 2 \
            and not _NEGATED.search(clause[:pays.end() + 12]):
        return "for"
    return ""


# the clause of a reported remark opening on the speaker ("stated that she would prefer …",
# "said that he looked forward to …": a wish or a view of one's own) or on the business itself
# ("said that the matter would go to the Parish Council in March": its procedure), not a point
# made about the thing put to the body
_OWN_VIEW = re.compile(r"\s*(?:he|she|they|I|we|it|this|that|there|the\s+(?:member|councillor|trustee)|"
                       r"(?:his|her|their|my|our)\s+(?:own\s+)?(?:view|preference|concern)|"
                       r"(?:the|this|that)\s+(?:matter|item|issue|report|question|decision|proposal|"
                       r"application|motion|council|committee|board|group|meeting|vote|agenda)s?)\b",
                       re.I)


def says_of_thing(text: str) -> bool:
    """Whether `text` reports a remark made about the matter, not about its speaker: "Cllr Pugh
    told the Council that the drains under the building were shared with the chip shop next
    door" (a point of fact a no-voter puts against the item), not "Councilmember X stated that
    she looks forward to the staff report"."""
    said = SAYS_THAT.search(text)
    return bool(said) and not _OWN_VIEW.match(text[said.end():])


# A sentence that goes on with the point before it: an additive opener ("Also, …", "In addition",
# "Furthermore", "Second, …", "Another …"), an elaboration ("Specifically, …", "For example, …") or the previous speaker's pronoun ("She also said …",
# "He then discussed …", "They were also concerned …", "She suggested the High School as an
# alternative"). After an objection it is the same objector's next point, which minutes seldom
# mark again ("He also discussed other information that he had requested that had not been
# provided"); a pronoun that asks, moves, thanks or supports takes a turn of its own.
_CONTINUES = re.compile(
    r"^\W*(?:(?:also|additionally|in\s+addition|furthermore|moreover|secondly|thirdly|finally|lastly|"
    r"another)\b|(?:further|second|third|specifically|in\s+particular|for\s+(?:example|instance))\s*,"
    r"|(?:he|she|they)\b(?!\s+(?:asked|inquired|moved|seconded|thanked|welcomed|supported)))",
    re.I)


# … but a speaker's word about themself ("She said she had lived on Park Street for twelve
# years") is their background, no point about the matter
_OF_THEMSELF = re.compile(r"^\W*(?:he|she|they)\s+(?:also\s+)?(?:said|stated|noted|explained|added|"
                          r"mentioned|told\s+\w+)\s+(?:that\s+)?(?:he|she|they|I|we)\b", re.I)


def continues(text: str) -> bool:
    """Whether `text` opens as a continuation of the sentence before it (see `_CONTINUES`)."""
    return bool(_CONTINUES.match(text)) and not _OF_THEMSELF.match(text)


def list_item_of(prev: str) -> bool:
    """Whether a sentence printed after `prev` is an item of a list `prev` opens with a colon
    ("The remedy we request is that the permit be withheld until:") or an item before it ends
    with a semicolon: the items say what the opener asks, and take its stance."""
    return prev.rstrip().endswith((":", ";"))
