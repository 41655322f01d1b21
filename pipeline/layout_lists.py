"""Attendance lists set side by side: two labelled columns of names under one row of labels.

    Directors Present:                 Also Present:
    Anita Chaudhry, President          Kevin Tsang, Property Manager,
    Marcus Bell, Vice-President        Crestline Property Management
    Farid Haddad, Secretary            Regrets:
                                       Paul Okafor, Director

Boards and committees with short lists (condominium and club boards, school councils) print them
so. Joined row by row, each line reads "Anita Chaudhry, President Kevin Tsang, Property Manager,":
two people of two lists in one line, and "Farid Haddad, Secretary Regrets:" a name run into the
next list's label. `side_by_side_lists(page)` works on the page's row segments (the pdf stage cuts
a row wherever the gap is wide) and rewrites the block as its left column, then its right column,
one under the other at the left column's edge, so the attendee rules read each list whole:

- the *label row* is a row of exactly two segments, each an attendance label ending in a colon
  with nothing after it ("Directors Present:", "Also Present:");
- the rows below belong to the block while each of their segments starts at one of the two
  columns (within an em) and does not run into the right one, with no gap wider than twice the
  block's line pitch; a numbered line (an agenda item's heading) ends it;
- a block of fewer than two rows is left as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .layout_bands import walk_bands
from .records import Line, Page

__all__ = ["side_by_side_lists"]

_NUMBERED = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}[.)])\s")
_MAX_GAP = 2.0  # line pitches below the last row that end the block


def _label(text: str) -> bool:
    """Whether a segment is an attendance label alone ("Also Present:", "Regrets:")."""
    from .segment_attendees import label_of
    text = text.strip()
    if not text.endswith(":"):
        return False
    got = label_of(text)
    return bool(got) and not got[1].strip()


def side_by_side_lists(page: Page) -> Page:
    """`page` with each pair of side-by-side attendance lists read one after the other."""
    return walk_bands(page, _lists)


def _lists(bands: list[list[Line]], b: int) -> tuple[list[Line], int] | None:
    """The two lists whose labels are row `b`, one under the other, and the row after them."""
    segs = bands[b]
    if len(segs) != 2 or not all(_label(s.text) for s in segs):
        return None
    left, right = segs
    tol = max(left.size, 1.0)
    cols: list[list[Line]] = [[left], [right]]
    e, last, pitch = b + 1, left, 0.0
    while e < len(bands):
        row = bands[e]
        gap = row[0].top - last.top
        if pitch and gap > _MAX_GAP * pitch:
            break
        if any(_NUMBERED.match(s.text) for s in row):
            break
        placed = []
        for s in row:
            if abs(s.x0 - left.x0) <= tol and s.x1 < right.x0 - 0.25 * tol:
                placed.append((0, s))
            elif abs(s.x0 - right.x0) <= tol:
                placed.append((1, s))
            else:
                break
        if len(placed) != len(row):
            break
        pitch = min(pitch, gap) if pitch else gap
        for c, s in placed:
            cols[c].append(s)
        last = row[0]
        e += 1
    if e - b - 1 < 2:
        return None
    # the two lists one under the other, filling the block's room (the lines below keep their
    # places)
    stacked = cols[0] + cols[1]
    top0, bottom = left.top, last.top
    step = (bottom - top0) / max(len(stacked) - 1, 1)
    out: list[Line] = []
    for k, s in enumerate(stacked):
        top = top0 + k * step
        out.append(replace(s, x0=left.x0, x1=left.x0 + (s.x1 - s.x0), top=top,
                           bottom=top + (s.bottom - s.top)))
    return out, e
