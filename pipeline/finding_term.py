"""Findings: one term of a decision reported changed (its site, how it is paid for, an option it
named), as rules kept apart from the analysis.

Minutes often report a quiet change in passing, under another item: "the energy centre would
accordingly go up on the former grounds depot" after a decision to build it "on the Parking Lot C
site"; "the solar plant was being paid for by a one-time contribution …, so that the sinking fund
would remain untouched" after a decision that "the cost be met from the sinking fund"; "the
rent-to-own option having been set aside" after a decision that the homes be "offered … on a
rent-to-own basis". The matter goes on, so no closure wording reads it; what changed is one term
of what was decided. A term counts as changed only when the decision states it and the later line
states another in its place, or names the decision's own term as set aside or left unused.
"""
from __future__ import annotations

import re

__all__ = ["changed_term", "may_change_term", "term_words"]

# words that carry no term of their own ("the site of the …", "a fund of the society")
_STOP = set("""the a an of and or for to on at in by from with its their his her our this that
these those site sites basis option options fund funds new former existing same one each per
society council board trust city county district would will be been being now""".split())


def term_words(text: str) -> set[str]:
    """Content words of a term (lower case, 3 letters or more, glue words and slot nouns aside):
    "the Parking Lot C site" → {"parking", "lot"}."""
    return {w for w in re.findall(r"[a-z0-9]{3,}", text.lower()) if w not in _STOP}


_END = (r"(?=\s+(?:site|beside|next to|near|so that|so|and|with|collected|instead|rather)\b|"
        r"[.;,(]|$)")

# where a thing is to be, or now goes: "to be built on the Parking Lot C site", "would now open at
# the Elm St site instead", "moved to the Riverside site"
_SITE = re.compile(r"\b(?:built|located|sited|placed|housed|go(?:es)? up|open(?:ed)?|constructed|"
                   r"erected|moved|relocated|re-?sited|situated)\s+(?:on|at|to|in)\s+(?:the\s+)?"
                   r"(?P<x>[^.;,()]{2,60}?)" + _END, re.I)
# how it is paid for: "the cost be met from the sinking fund", "now be funded from reserves",
# "was being paid for by a one-time contribution", "would now be recovered through market rents"
_FUNDING = re.compile(r"\b(?:met|funded|paid(?:\s+for)?|financed|recovered|covered)\s+"
                      r"(?:from|by|through|out\s+of|via)\s+(?:the\s+|a\s+|an\s+)?"
                      r"(?P<x>[^.;,()]{2,60}?)" + _END, re.I)
# the later line says the change is one ("now", "instead", "accordingly", "rather than")
_CHANGED = re.compile(r"\b(?:now|instead|accordingly|rather than|no longer|in place of)\b", re.I)
# the decision's own term named as set aside or not used: "the rent-to-own option having been set
# aside", "so that the sinking fund would remain untouched", "the Elm St site had been ruled out"
_SET_ASIDE = re.compile(
    r"\b(?:the\s+)?(?P<x>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:(?:option|basis|plan|arrangement|"
    r"site|route|fund|reserve)s?\s+)?(?:having\s+been|had\s+been|has\s+been|have\s+been|was|were|"
    r"is|are)\s+(?:now\s+)?(?:set\s+aside|dropped|abandoned|ruled\s+out|withdrawn)\b|"
    r"\b(?:the\s+)?(?P<y>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:would|will)\s+(?:now\s+)?"
    r"(?:remain\s+untouched|not\s+(?:now\s+)?be\s+(?:used|drawn\s+(?:on|down)|touched))\b", re.I)


def _terms(rx: re.Pattern, text: str) -> list[set[str]]:
    return [w for m in rx.finditer(text) if (w := term_words(m.group("x")))]


def may_change_term(later: str) -> bool:
    """Could the line report a term of some decision changed (`changed_term` with a decision that
    states the term): a term set aside or left unused, or a site or a way of paying said to be a
    change? A cheap test of the later line alone, to pick the few lines worth comparing."""
    return bool(_SET_ASIDE.search(later)) or (
        bool(_CHANGED.search(later)) and bool(_SITE.search(later) or _FUNDING.search(later)))


def changed_term(decision: str, later: str) -> tuple[str, set[str]]:
    """Which term of a decision a later line reports changed, and the words naming the terms:
    ("site" | "funding" | "set_aside", words), or ("", set()). The decision must state the term;
    the later line must state another in its place (no word of the two in common) and say it is a
    change ("now", "instead", "accordingly"), or name the decision's own term as set aside or not
    used. The words are the term's, not the matter's: a caller asking whether the two lines are on
    one matter leaves them out."""
    for m in _SET_ASIDE.finditer(later):
        words = term_words(m.group("x") or m.group("y") or "")
        if words and words <= term_words(decision):
            return "set_aside", words
    if not _CHANGED.search(later):
        return "", set()
    for kind, rx in (("site", _SITE), ("funding", _FUNDING)):
        before, after = _terms(rx, decision), _terms(rx, later)
        if before and after and not any(a & b for a in before for b in after):
            return kind, set().union(*before, *after)
    return "", set()
