"""Findings: what counts as the answer to an objection.

Two checks on the statement links of a thread (`link.link_statements` proposes them):

- `addresses_point`: is the statement right after an objection its answer, or a member's own
  separate remark? Minutes record a debate as one paragraph per speaker ("Dr Walsh feared that
  closing the language degrees would end the exchange agreements." then "Dr Nowak said that the
  staff-student ratio in languages was the lowest in the University."): the second speaker need not
  answer the first. An answer is an officer's, the chair's or the proposer's reply, a statement
  that presents itself as one, a reassurance or a commitment, a figure answering a worry about
  cost, or a neutral statement on the objection's own point (its object words); a member taking a
  side (another objection, support for the proposal) or making a point of their own is not.
- `reassured_later`: an officer's reassurance at a later meeting of the thread about the same risk
  in other words ("no reserves to cover cost overruns" … "£150,000 of designated funds held as a
  contingency against overspending"), which scores too low for the general answer bar.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

import numpy as np

from .config import CONFIG
from .finding_text import by_staff, topic_words
from .link import is_response

__all__ = ["common_words", "object_words", "addresses_point", "reassured_later",
           "is_reassurance", "is_reply_wording", "is_body_decision", "reads_as_answer",
           "closes_own_point", "answered_in_itself", "records_discussion_only", "names_a_kind_of"]

# a reassurance or a commitment: what answers a worry without repeating its words
_REASSURANCE = re.compile(
    r"\b(?:assur\w*|reassur\w*|guarantee\w*|undert(?:ook|aken|akes?|aking)|commit(?:ted|ments?)?|"
    r"contingenc\w*|set aside|ring-?fenced|safeguard\w*|mitigat\w*|(?:would|will) (?:be )?"
    r"(?:ensure\w*|protect\w*|covered|met|funded|retained|kept|taught out|honoured|replaced|"
    r"reserved?|provided?|made available|set aside)|(?:had|has) (?:since |now )?(?:offered|agreed to)|"
    r"no (?:risk|need for concern)|"
    # the feared part ruled out ("tuition and student fees would play no part")
    r"(?:would|will) (?:play|have|take) no (?:part|role|share)\b|"
    r"(?:was|were|had been|has been) (?:resolved|addressed|checked)|"
    r"(?:had|has|have) already (?:acted|taken|begun|started|put in place)|acted on|"
    # a plan changed to spare what was feared for ("the lot plan had been redrawn to leave the
    # huckleberry patches … as a protected area", "the route was amended to avoid the wood")
    r"(?:had|has|have|was|were) (?:since |now )?(?:been )?(?:redrawn|redesigned|revised|amended|"
    r"altered|changed|modified|moved|relocated|re-?routed|scaled back) (?:so as )?to (?:leave|keep|"
    r"protect|avoid|exclude|retain|preserve|spare|save|omit))\b",
    re.I)
# a worry about money or risk, which a figure can answer
_COST_WORRY = re.compile(r"\b(?:cost\w*|afford\w*|budget\w*|fund\w*|reserves?|overrun\w*|"
                         r"overspend\w*|deficit\w*|expens\w*|price\w*|financ\w*|money)\b", re.I)
_FIGURE = re.compile(r"[£$€]\s?\d|\b\d[\d,.]*\s?(?:per ?cent|%|pounds|dollars|euros)")
# a member taking a side of their own: another objection or doubt, or support for the proposal
_STANCE = re.compile(
    r"\b(?:object\w*|oppos\w*|against|concern\w*|fear\w*|worr\w*|doubt\w*|would lose|"
    r"not persuaded|not convinced|disagree\w*|support\w*|in favour|in favor|welcom\w*|"
    r"argued|urged|insist\w*)\b", re.I)
# words that say how speech is minuted or how a point is taken, not what it is about
_MINUTING = {"feare", "doubt", "objec", "raise", "worri", "argue", "spoke", "said", "told",
             "noted", "explai", "repor", "sugge", "added", "felt", "belie"}


# wording by which a statement presents itself as the answer to a point: a reply, an
# explanation, a point taken up ("in response", "explained", "confirmed", "would be addressed
# by"), not one asking for an answer ("wanted someone to explain it", "requested clarification")
_REPLY = re.compile(
    r"\b(?:in (?:response|reply|answer) to|respond(?:ed|s)|repl(?:ied|ies)|answered|explained|"
    r"clarified|confirmed|assured|reassured|allayed|advised (?:that|the|members|him|her|them)|"
    r"gave (?:an?|the|his|her|their) (?:assurance|explanation|undertaking|reassurance)|"
    r"(?:would|will|could|can) be (?:addressed|dealt with|covered|considered|taken into account|"
    r"looked at|reviewed|resolved|picked up)|(?:has|had|have|was|were) (?:since |now |already )?"
    r"(?:been )?(?:addressed|resolved|answered|dealt with|taken on[ -]?board)|satisfied with|"
    r"content with|in (?:the )?light of|having considered)\b", re.I)
# an objector's own later words that close the point ("was satisfied with the answer")
_SATISFIED = re.compile(r"\b(?:satisfied|content|reassured)\b|\bwithdr(?:ew|awn|aw)\b", re.I)
# a member minuted by title and name at the start of an unattributed line ("President Saheba
# thought …"): a member's speech, not the minutes' own prose
_MEMBER_LEAD = re.compile(
    r"^\W*(?:under discussion,\s*)?(?:vice[\s-]+)?(?:president|chair\w*|mayor|board member|"
    r"councilmember|council member|councill?or|cllr|commissioner|trustee|governor|supervisor|"
    r"alderman|alderperson|member)\s+[A-Z]", re.I)
# a line that opens on the body, a group or the matter, not on a person
_BODY_LEAD = re.compile(r"^\W*(?:the|it|there|this|these|those|members|all members|following)\b",
                        re.I)


def _name_words_of(speaker: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", (speaker or "").lower()) if len(w) > 2}


# a paraphrase of one person's speech ("He was boggled as to why …", "Councilmember X stated
# Council did not approve …"): no decision of the body
_SPOKE = re.compile(r"^\W*(?:(?:[Hh]e|[Ss]he)\b|(?:[Uu]nder discussion,\s*)?"
                    r"(?:[A-Z][\w.'’-]*\s+){1,5}(?:stated|said|thought|felt|believed|was|wanted|"
                    r"asked|noted|discussed|expressed|commented|suggested|questioned|inquired)\b)")


# a point minuted with its reply in the same sentence ("inquired whether …, to which Mr.
# Ogunwole responded in the affirmative")
_ANSWERED_IN_ITSELF = re.compile(r"\bto which\b[^.;]{0,80}?\b(?:responded|replied|answered|"
                                 r"confirmed|explained|clarified|advised)\b", re.I)


def answered_in_itself(text: str) -> bool:
    """Does the statement record the reply to its own point ("…, to which the Director
    responded …")?"""
    return bool(_ANSWERED_IN_ITSELF.search(text or ""))


def is_reply_wording(text: str) -> bool:
    """Does the statement present itself as answering a point (`_REPLY`)?"""
    return bool(_REPLY.search(text or ""))


def is_body_decision(s: dict) -> bool:
    """Is a statement typed decision the body's decision, not one person's speech that quotes
    decision words ("He was boggled as to why people were opposing a project that had already
    been approved", "Councilmember X stated Council did not approve …")?"""
    return not (s.get("speaker") and _SPOKE.search(s["text"] or ""))


# a line that only records that a discussion took place ("There was a discussion on what was an
# acceptable amount of units.", "Discussion ensued."): what was said, and whether anything was
# settled, is not in it
_DISCUSSION_HELD = re.compile(
    r"^\W*(?:there\s+(?:was|were)\s+(?:(?:a|an|some|further|much|lengthy|brief|general|extensive|"
    r"long|short|significant|considerable)\s+)*discussions?\s+(?:on|about|of|regarding|around|over|"
    r"as\s+to)\b|(?:(?:a|some|further|lengthy|brief|general)\s+)?discussion\s+(?:ensued|followed|"
    r"took\s+place)\b)", re.I)
# … unless the rest of the line says how it came out or who answered ("…, but the development is
# still in progress", "… and it was agreed that …")
_DISCUSSION_OUTCOME = re.compile(r"[;:]|\b(?:but|agreed|decided|resolved|concluded|consensus|"
                                 r"confirmed|explained|answered|clarified|assured|responded|"
                                 r"replied)\b", re.I)


def records_discussion_only(text: str) -> bool:
    """Does the line only record that a discussion took place (`_DISCUSSION_HELD`), saying
    nothing of what was said or settled?"""
    m = _DISCUSSION_HELD.search(text or "")
    if not m:
        return False
    rest = (text or "")[m.end():].strip()
    return not _DISCUSSION_OUTCOME.search(rest) and len(re.findall(r"[.!?](?:\s|$)", rest)) <= 1


def reads_as_answer(c: dict, officer: bool) -> bool:
    """Can statement c, at a later meeting, answer an earlier meeting's objection: an
    officer speaking (`officer`), a statement that presents itself as a reply
    (`is_reply_wording`) or reassures (`is_reassurance`), the body's decision or a task set, or
    the minutes' own prose (no speaker, no member named at its start: "A table of all providers
    contacted was given to the Board", also when a speaker is attributed to a line opening on
    the body or a group). A member or a member of the public stating a view at a
    later meeting answers nobody's objection: it is another voice on the matter ("She supported
    higher building heights in high opportunity sites"); nor does a line that only records that a
    discussion took place ("There was a discussion on what was an acceptable amount of units",
    `records_discussion_only`)."""
    text = c["text"] or ""
    if c["type"] in ("objection", "question") or records_discussion_only(text):
        return False
    if officer or is_reply_wording(text) or is_reassurance(text):
        return True
    if c["type"] == "decision":
        return is_body_decision(c)
    if c["type"] == "action":
        return True
    if not c.get("speaker"):
        return not _MEMBER_LEAD.search(text)
    # a line whose subject is the body, a group or the matter, though a speaker is attributed
    # to it ("The Steering Group recognised that the issues raised were important …")
    return bool(_BODY_LEAD.match(text)) and not (
        _name_words_of(c["speaker"]) & set(re.findall(r"[a-z]+", text.lower())[:6]))


def closes_own_point(c: dict) -> bool:
    """Do the objector's own later words close the point ("was satisfied with the answer",
    "withdrew the objection")? Otherwise the objector going on answers nothing."""
    return bool(_SATISFIED.search(c["text"] or ""))


def common_words(statements: list[dict]) -> dict[str, set[str]]:
    """Per body, the content words (`topic_words`) in more than `answer_body_common_share` of its
    statements, and the words of its name: the body's own vocabulary ("university" in a
    senate's minutes), which two statements share without being on one point. A word in no more
    than `answer_body_common_min` statements is one point's own, whatever the body's size: the
    share of a few meetings' statements would otherwise make "Saturdays" of "the car park was
    already full on Saturdays" and of its answer "20 parking spaces … on Saturdays" the body's
    vocabulary, and the more so the fewer statements the minutes are read as."""
    df: dict[str, Counter] = defaultdict(Counter)
    n: Counter = Counter()
    for s in statements:
        b = s.get("body") or ""
        n[b] += 1
        df[b].update(topic_words(s["text"]))
    share = CONFIG["answer_body_common_share"]
    least = CONFIG["answer_body_common_min"]
    return {b: {w for w, k in c.items() if k > max(least, share * n[b])} | topic_words(b)
            for b, c in df.items()}


def object_words(s: dict, matter: set[str], common: set[str]) -> set[str]:
    """What a statement is about, beyond the matter's name and the body's vocabulary."""
    return topic_words(s["text"], s.get("speaker") or "") - matter - common - _MINUTING


def is_reassurance(text: str) -> bool:
    return bool(_REASSURANCE.search(text))


def addresses_point(o: dict, c: dict, proposers: set[str], matter: set[str],
                    common: set[str], sim: float, officer: bool | None = None) -> bool:
    """Does statement c, after objection o on its item at its meeting, answer o? A neutral
    remark by a member answers when it is on o's point: it shares `answer_min_concern_words` of
    o's object words, or one and is as alike as a reply (`answer_threshold_reply`). `officer`
    tells whether c is an officer's (default: `finding_text.by_staff`)."""
    speaker = c.get("speaker") or ""
    if c["type"] == "question":
        return False
    if (by_staff(c) if officer is None else officer) \
            or re.match(r"^\W*the chair", c["text"], re.I):
        return True  # an officer's or the chair's reply, even one the classifier read as an objection
    if c["type"] == "objection":
        return False
    # (a decision is the body's: the mover named on a motion carried with its result is not the
    # proposer replying)
    if is_response(c["text"]) or is_reassurance(c["text"]) or (
            speaker and speaker in proposers and c["type"] != "decision"):
        return True
    if _COST_WORRY.search(o["text"]) and _FIGURE.search(c["text"]):
        return True
    if _STANCE.search(c["text"]):
        return False  # a member's own side: another objection, support for the proposal
    shared = len(object_words(o, matter, common) & object_words(c, matter, common))
    return shared >= CONFIG["answer_min_concern_words"] \
        or (shared >= 1 and sim >= CONFIG["answer_threshold_reply"])


def reassured_later(objections: list[dict], rows: list[dict], svecs: np.ndarray,
                    s_index: dict[str, int], known: set[str], matter: dict[str, set[str]],
                    common: dict[str, set[str]], days) -> list[tuple[str, str, str, float]]:
    """Links from objections (not already answered: `known`) to an officer's reassurance at a
    later meeting of their thread (`rows`, the thread's statements) within the follow-up window:
    an officer or a reply that reassures or commits (`is_reassurance`), this alike
    (`answer_threshold_later_reassurance`, under the general answer bar: a reassurance names the
    remedy, not the worry) and on the objection's point (sharing an object word, or naming a kind
    of what it names: `names_a_kind_of`), or, for a
    worry about money, the remedy in money ("contingency against overspending" for "no reserves
    to cover cost overruns")."""
    out = []
    for o in objections:
        if o["id"] in known or o["id"] not in s_index:
            continue
        body_common = common.get(o.get("body") or "", set())
        mine = object_words(o, matter.get(o["item_id"], set()), body_common)
        for c in rows:
            if c["meeting_id"] == o["meeting_id"] or (c["date"] or "") <= (o["date"] or "") \
                    or c["id"] not in s_index or c["type"] == "question" \
                    or (c["type"] == "objection" and not _unattributed_reply(c)) \
                    or days(o["date"], c["date"]) > CONFIG["finding_followup_days"]:
                continue
            if not (by_staff(c) or is_response(c["text"])) or not is_reassurance(c["text"]):
                continue
            sim = float(svecs[s_index[o["id"]]] @ svecs[s_index[c["id"]]])
            if sim < CONFIG["answer_threshold_later_reassurance"]:
                continue
            theirs = object_words(c, matter.get(c["item_id"], set()), body_common)
            if mine & theirs or names_a_kind_of(c["text"], o["text"], mine) or (
                    _COST_WORRY.search(o["text"]) and _COST_WORRY.search(c["text"])
                    and _REMEDY_MONEY.search(c["text"])):
                out.append((o["id"], c["id"], "answers", round(sim, 4)))
                break
    return out


def _unattributed_reply(c: dict) -> bool:
    """A line of the minutes' own that presents itself as a reply ("He confirmed that tuition
    and student fees would play no part"), whatever type the classifier gave it: its negatives
    ("no part", "no longer pay") read as an objection, but no member is taking a side."""
    return not (c.get("speaker") or "") and is_response(c["text"]) \
        and not _STANCE.search(c["text"])


def _singular(w: str) -> str:
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") \
        and not w.endswith("ss") else w


def names_a_kind_of(text: str, point: str, stems: set[str]) -> bool:
    """Does `text` name a kind of a thing `point` names, by a compound ending in its word
    ("huckleberry patches" for "berry-picking grounds", "stormwater" for "water")? Only the
    point's own words count (`stems`: its object words, stemmed as `topic_words`), of four
    letters or more, under a compound three letters longer at least."""
    words = {_singular(w) for w in re.findall(r"[a-z]{4,}", point.lower()) if w[:5] in stems}
    kinds = {_singular(w) for w in re.findall(r"[a-z]+", text.lower())}
    return any(k.endswith(w) and len(k) >= len(w) + 3 for w in words for k in kinds)


# money set against a risk: "contingency", "designated funds", "reserves … held"
_REMEDY_MONEY = re.compile(r"\b(?:contingenc\w*|designated funds?|reserves?|set aside|"
                           r"ring-?fenced|budgeted|provision)\b", re.I)
