"""The header block printed atop a meeting's later pages, read as no agenda item.

Minutes repeat a short header on each page after the first ("City of Alameda" / "Minutes of the
Regular Meeting of the" / "Pension Board — Monday, April 24, 2017" / "Page 2"). Layout strips
such lines when they repeat over several pages; on a two-page file (or an OCR scan where they
differ a little) they survive, and the line naming the organisation reads as an unnumbered
heading. A plain heading at the top of a later page that names the body or the organisation of
the title block, with only header lines under it (the minutes title, a date, a page number, the
title block's own words) up to the next heading, is no item.

Pure functions over `Line` and `Heading` records; nothing here reads files.
"""
from __future__ import annotations

import re

from .layout import is_page_number
from .records import Line
from .segment_dates import find_dates
from .segment_items import Heading

__all__ = ["page_header_headings"]

TITLE_BLOCK_LINES = 15  # lines atop the meeting's first page that hold its title block
TOP_ROWS = 2  # a page's header opens within its first rows (a page number may come first)

_BODY_WORDS = re.compile(
    r"\b(city|county|town|borough|village|council|board|committee|commission|association|authority|"
    r"foundation|directors|trustees|assembly|society|agency|district|parish|corporation|libraries)\b",
    re.I)
_PAGE = re.compile(r"^\s*page(?:\s+\d{1,3}(?:\s+of\s+\d{1,3})?)?\s*$", re.I)  # "Page" (its number apart)
_START = re.compile(r"^\W*(?:(?:approved|draft|unapproved)\s+)?minutes\s+of\b", re.I)
_MINUTES = re.compile(r"\b(?:minutes|meeting|agenda)\b", re.I)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _in_block(text: str, block: str) -> bool:
    """Whether the words of `text` are printed, in order, in the title block."""
    words = _words(text)
    return bool(words) and f" {' '.join(words)} " in block


def _names_organisation(text: str, block: str) -> bool:
    """A short line naming the body or the organisation: a body word ("City of Alameda", "Board
    of Directors") on a line printed in the title block, or of a few capitalised words."""
    words = text.split()
    if not 1 <= len(words) <= 8 or re.search(r"[.:;!?]\s*$", text.strip()) or not _BODY_WORDS.search(text):
        return False  # (a name from the attendance list in the title block names no body)
    if _in_block(text, block):
        return True
    return all(w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "&")
                                                 for w in words)


def _header_line(text: str, block: str) -> bool:
    """A line of a later page's header block: the minutes title, a date, a page number, or
    words of the title block."""
    t = text.strip()
    if not t or is_page_number(t) or _PAGE.match(t):
        return True
    if len(t) > 90:
        return False
    return bool(_MINUTES.search(t) and len(t.split()) <= 10 or find_dates(t)
                or _BODY_WORDS.search(t) and _in_block(t, block))


def page_header_headings(headings: list[Heading], lines: list[Line]) -> set[int]:
    """Indices of plain headings that open the header block of a page after the meeting's first."""
    if not lines:
        return set()
    first_page = lines[0].page
    starts = sorted(h.index for h in headings)
    # the title block: the first page's lines above the first heading
    top = [l for l in lines[:min(starts[:1] + [TITLE_BLOCK_LINES])] if l.page == first_page]
    block = f" {' '.join(_words(' '.join(l.text for l in top)))} "
    out: set[int] = set()
    for h in headings:
        i = h.index
        if h.kind != "plain" or h.number or lines[i].page == first_page:
            continue
        above = [k for k in range(max(0, i - TOP_ROWS), i) if lines[k].page == lines[i].page]
        if any(not is_page_number(lines[k].text) and not _PAGE.match(lines[k].text) for k in above) \
                or len(above) == TOP_ROWS:
            continue  # not at the top of its page
        if not _names_organisation(lines[i].text, block):
            continue
        end = next((s for s in starts if s > i), len(lines))
        under = lines[i + h.span:end]
        head = 0  # the header lines straight under it
        while head < len(under) and under[head].page == lines[i].page and _header_line(under[head].text, block):
            head += 1
        # a page number or the minutes title marks the block a page's header, over nothing or
        # over the text of the item above running on ("Page 2" / "Member Soderlund asked …"); a
        # section heading over its sub-items ("Committee Reports" / "1. Roads") has none
        if any(is_page_number(l.text) or _PAGE.match(l.text) or _START.match(l.text) for l in under[:head]):
            out.add(i)
    return out
