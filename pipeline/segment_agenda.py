"""An agenda printed in front of the minutes it belongs to.

Pure functions over `Line`s. Some bodies publish one PDF holding the meeting's agenda (a title
"AGENDA", a numbered list of short headings, no sentences) followed by the minutes (paragraphs of
prose, often under a "MINUTES" title). The agenda's numbered list is not the meeting's items:
`minutes_start` finds where the minutes begin so that items are read from there on, while the
date, body and chair may still come from the agenda's header.

Agenda-shaped minutes (an "AGENDA" banner over headings that carry their outcomes and votes, with
no page of prose after them) are left alone: without a later prose page there is nothing to split.
"""
from __future__ import annotations

import re

from .records import Line
from .segment_config import CONFIG

__all__ = ["minutes_start", "listed_agenda", "AGENDA_TITLE"]

# A short title line naming an agenda ("AGENDA", "FULL BOARD MEETING AGENDA", "Meeting Agenda").
AGENDA_TITLE = re.compile(r"^\W*(?:[\w&'’.-]+\s+){0,5}agenda\W*$", re.I)
_MINUTES_TITLE = re.compile(r"^\W*(?:(?:draft|approved|unapproved|official)\s+)?minutes\b", re.I)
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4}|[A-Z])[.)]\s+\S")

_CFG = CONFIG["agenda"]
OPENING = _CFG["opening_lines"]  # lines of the opening block searched for the agenda title
LONG_LINE = _CFG["long_line"]  # a line this share of the usual full line length is prose
AGENDA_MAX_PROSE = _CFG["agenda_max_prose"]  # agenda pages: at most this share of prose lines
MINUTES_MIN_PROSE = _CFG["minutes_min_prose"]  # the first minutes page: at least this share of prose
MIN_AGENDA_ITEMS = _CFG["min_agenda_items"]  # numbered lines the agenda must hold


# A banner naming the minutes anywhere in it ("BOARD OF EDUCATION – MINUTES OF THE REGULAR
# MEETING", "Regular Meeting Minutes"), not an agenda line about earlier minutes.
_MINUTES_WORD = re.compile(r"\bminutes\b", re.I)
_ABOUT_MINUTES = re.compile(r"\b(?:approv\w*|adopt\w*|confirm\w*|previous|last|prior|draft)\b", re.I)


# "MINUTES of the meeting of the Parish Council held on Monday 3 June 2024 at 7.30 pm in …": a
# minutes title set as a sentence, however long
_MINUTES_OF_MEETING = re.compile(r"^\W*minutes\s+of\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,4}?"
                                 r"(?:meeting|session|sitting)\s+(?:of|held)\b", re.I)


def _minutes_banner(text: str) -> bool:
    t = text.strip()
    if _MINUTES_TITLE.match(t) and len(t.split()) <= 8 or _MINUTES_OF_MEETING.match(t):
        return True
    return bool(_MINUTES_WORD.search(t)) and len(t.split()) <= 10 and not _NUMBERED.match(t) \
        and not _ABOUT_MINUTES.search(t) and not t.endswith(".")


def _full_width(lines: list[Line]) -> float:
    lengths = sorted(len(l.text.strip()) for l in lines)
    return float(lengths[int(len(lengths) * 0.9)]) if lengths else 80.0


def _prose_share(lines: list[Line], width: float) -> float:
    if not lines:
        return 0.0
    return sum(1 for l in lines if len(l.text.strip()) >= LONG_LINE * width) / len(lines)


def minutes_start(lines: list[Line]) -> int:
    """Index of the first line of the minutes when `lines` open with an agenda printed before
    them, else 0. The agenda is named by a title among the opening lines (before any "minutes"
    title), holds numbered lines and little prose; the minutes start on the first later page that
    opens with a "MINUTES" title or is mostly prose."""
    opening = lines[:OPENING]
    at = next((k for k, l in enumerate(opening) if AGENDA_TITLE.match(l.text.strip())), None)
    if at is None or any(_MINUTES_TITLE.match(l.text.strip()) for l in opening[:at]):
        return 0
    width = _full_width(lines)
    pages: dict[int, list[int]] = {}
    for k, l in enumerate(lines):
        pages.setdefault(l.page, []).append(k)
    order = sorted(pages)
    numbered = 0
    for n, page in enumerate(order):
        idx = pages[page]
        page_lines = [lines[k] for k in idx]
        if n > 0:
            titled = next((k for k in idx[:4] if _minutes_banner(lines[k].text)), None)
            if titled is not None or _prose_share(page_lines, width) >= MINUTES_MIN_PROSE:
                return (titled if titled is not None else idx[0]) if numbered >= MIN_AGENDA_ITEMS else 0
        if _prose_share(page_lines, width) > AGENDA_MAX_PROSE:
            return 0  # prose on the agenda's own pages: these are minutes after all
        numbered += sum(1 for l in page_lines if _NUMBERED.match(l.text))
    return 0


def _title_words(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def listed_agenda(headings: list, lines: list[Line]) -> set[int]:
    """Indexes of headings that are an agenda listed inside the minutes, not items: an "AGENDA"
    line, right under it a numbered list of headings with no text between them, and later
    headings of another numbering that repeat most of the listed titles ("AGENDA" / "1. Prayer
    and opening remarks" / … then "MIN 01/34/2025: PRAYER AND OPENING REMARKS"). `headings` are
    the detected headings (index, span, kind, title) in order."""
    for n, h in enumerate(headings):
        if h.kind != "plain" or not AGENDA_TITLE.match(lines[h.index].text.strip()):
            continue
        run, at = [], h.index + h.span
        for g in headings[n + 1:]:
            if g.index != at or g.kind in ("plain", "bullet") or run and g.kind != run[0].kind:
                break
            run.append(g)
            at = g.index + g.span
        later = headings[n + 1 + len(run):]
        if len(run) < MIN_AGENDA_ITEMS or not later or any(g.kind == run[0].kind for g in later):
            continue
        repeated = {_title_words(g.title) for g in later}
        if sum(_title_words(g.title) in repeated for g in run) * 2 > len(run):
            return {h.index} | {g.index for g in run}
    return set()
