"""A table of figures inside an item: its rows read cell by cell.

    Contractor                    Scope                         Price (HST incl.)   Start
    Halton Glass and Rail Ltd.    Glass guards, 96 balconies    $412,300            June 2025
    Meridian Restoration Inc.     Glass guards, 96 balconies    $389,750            Aug. 2025

Minutes print quotations, tenders and budgets so. Joined row by row, the bold header row reads
"Contractor Scope Price (HST incl.) Start": a short bold line over longer ones, which the item rules
take for an unnumbered heading (cutting the item in two), and each row runs its cells together.
`cell_rows(page)` works on the page's row segments (the pdf stage cuts a row wherever the gap is
wide) and joins the cells of each row of such a table with " | ", as a Markdown table prints
them, so the header is read as a table's row and each row keeps its cells apart:

- the *header row* is a bold row of three or more segments, each short (a column name), none
  naming an action log's column ("Action", "Owner", "Due", "Responsible": those rows are read
  as tasks, as printed);
- the *rows* below it have three or more segments, each starting at one of the header's
  columns (within an em), none in a column left of its predecessor, and in regular type;
- a table with fewer than two rows is left as printed.

Tables the earlier steps rewrite (minutes set as a table, vote grids, attendance registers) are
no longer tables here.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .layout_bands import walk_bands
from .records import Line, Page

__all__ = ["cell_rows"]

_MIN_COLUMNS = 3
_LOG_WORDS = {"responsible", "lead", "assigned", "actions"}
_HEADER_CELL_WORDS = 4  # a column name is short


def _header(segs: list[Line]) -> bool:
    """A bold row of short column names, not an action log's ("Action | Owner | Due", whose rows
    the statement rules read as tasks with their owner and date)."""
    from .segment_config import CONFIG
    words = {w for s in segs for w in re.findall(r"[a-z]+", s.text.lower())}
    return len(segs) >= _MIN_COLUMNS and all(
        s.bold and 1 <= len(s.text.split()) <= _HEADER_CELL_WORDS for s in segs) \
        and not words & (CONFIG["table_header_words"] | _LOG_WORDS)


def _fits(row: list[Line], cols: list[float], tol: float) -> bool:
    """Whether each segment of a row starts at a column of the header, left to right."""
    if len(row) < _MIN_COLUMNS or any(s.bold for s in row):
        return False
    last = -1
    for s in row:
        k = next((c for c, x in enumerate(cols) if abs(s.x0 - x) <= tol), None)
        if k is None or k <= last:
            return False
        last = k
    return True


def cell_rows(page: Page) -> Page:
    """`page` with the cells of each table of figures joined by " | " (see above)."""
    return walk_bands(page, _table)


def _table(bands: list[list[Line]], b: int) -> tuple[list[Line], int] | None:
    """The rows of the table whose header is row `b`, cells joined, and the row after it."""
    segs = bands[b]
    if not _header(segs):
        return None
    cols = [s.x0 for s in segs]
    tol = max(segs[0].size, 1.0)
    e = b + 1
    while e < len(bands) and _fits(bands[e], cols, tol):
        e += 1
    if e - b - 1 < 2:
        return None
    return [replace(row[0], text=" | ".join(s.text.strip() for s in row),
                    x1=max(s.x1 for s in row), bottom=max(s.bottom for s in row))
            for row in bands[b:e]], e
