"""Lines of a recorded vote that state nothing of their own.

A roll call printed under a motion ("ROLL CALL VOTE:" / "AYES: Directors Alvarez, Brennan" /
"NOES: Director Pruitt ABSENT: None" / "Motion carried 4-1.") records the vote on the motion
before it: votes.py reads the names and counts from the item's text. Each of those lines alone is
no statement (no decision of its own, no argument, no action), so it is kept out of the item's
statements when the item holds another decision to carry the vote (the result line or the motion
itself). A roll call member by member ("Vote: Whitaker: Aye; … Pruitt: No.") is such a line
too. A line that says more than names and counts ("Noes: Councilmember Jensen – 2. Stated the
increase is a pay raise …", "Against: None. Motion carried") is left as it is.
"""
from __future__ import annotations

import re

from .votes import colon_lists

__all__ = ["is_tally_only", "tally_lines_to_drop"]

# a label naming a vote heading only: "ROLL CALL VOTE:", "Roll call vote", "Vote:"
_VOTE_LABEL = re.compile(r"^\W*(?:(?:roll[\s-]+call|recorded|record)\s+)?votes?\s*:?\W*$", re.I)
# the labels of a roll call's lists
_LABEL = (r"ayes?|yeas?|yes|noes|nays?|no|absent|abstain(?:ed|ing|s)?|abstentions?|recused|excused|"
          r"not\s+voting|for|against|in\s+favou?r|opposed")
_LIST_START = re.compile(rf"^\W*(?:(?:roll[\s-]+call|recorded|record)(?:\s+vote)?\s*:\s*)?(?:{_LABEL})\s*:", re.I)
_ANY_LABEL = re.compile(rf"(?:^|(?<=[\s\[(.;,]))(?:{_LABEL})\s*:", re.I)
# lower-case words that may stand in a list of names ("Herrera Spencer, Jensen, and Mayor …")
_NAME_GLUE = {"and", "none", "de", "van", "von", "da", "del", "la", "le", "of", "the", "nil"}
# words that make the line a result ("Against: None. Motion carried"), which is a decision
_RESULT = re.compile(r"\b(?:carried|passed|failed|lost|adopted|approved|defeated|motion|unanimous\w*|"
                     r"resolved|agreed)\b", re.I)


# a roll call member by member ("Vote: Whitaker: Aye; Esparza: Aye; … Pruitt: No.", as a grid of
# marks under Aye / No columns is rewritten, or "Roll call: Daysog: Aye; Vella: No")
_MEMBER_VOTE = (r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*:\s*(?:ayes?|yeas?|yes|no|nays?|absent|"
                r"abstain(?:ed)?|recused|excused|not\s+voting)")
# (two members at least, or one under the roll call's label: "Note: No." is no roll call)
_MEMBER_ROLL = re.compile(rf"^\W*(?:(?:(?:(?:roll[\s-]+call|recorded|record)(?:\s+vote)?|votes?)\s*:\s*)+"
                          rf"{_MEMBER_VOTE}|{_MEMBER_VOTE}\s*[;,]\s*(?:and\s+)?{_MEMBER_VOTE})"
                          rf"(?:\s*[;,]\s*(?:and\s+)?{_MEMBER_VOTE})*\s*[.;]?\s*$", re.I)


def is_tally_only(text: str) -> bool:
    """Whether `text` is a roll-call heading or lists of a vote (names and counts) only."""
    text = colon_lists(text)  # ("Roll call vote: Ayes - Vega, Moss; Nays - Kline.")
    if _VOTE_LABEL.match(text) or _MEMBER_ROLL.match(text):
        return True
    if not _LIST_START.match(text) or _RESULT.search(text):
        return False
    rest = _ANY_LABEL.sub(" ", re.sub(r"^\W*(?:(?:roll[\s-]+call|recorded|record)(?:\s+vote)?\s*:)", " ", text,
                                      flags=re.I))
    words = re.findall(r"[^\W\d_][\w'’.-]*", rest)
    return all(w[0].isupper() or w.lower().rstrip(".") in _NAME_GLUE for w in words)


def tally_lines_to_drop(texts: list[str], types: list[str]) -> set[int]:
    """Indices of the tally-only lines of one item, when a decision is left to carry its vote
    (an item whose only decision is its tally keeps it)."""
    tally = {k for k, t in enumerate(texts) if is_tally_only(t)}
    if any(ty == "decision" for k, ty in enumerate(types) if k not in tally):
        return tally
    return set()
