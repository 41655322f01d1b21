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

__all__ = ["dissenters", "voted_against", "agreed_with", "names_harm", "backers", "SAYS_THAT"]

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
