"""A page's row segments grouped into visual rows (bands), and one walk over them.

The pdf stage cuts a printed row wherever the gap is wide, so a table's cells, a vote grid's
marks or two lists printed side by side are segments of their own. The layout passes that read
such blocks (`layout_grid.vote_grids`, `layout_roster.attendance_grids`, `layout_cells.cell_rows`,
`layout_lists.side_by_side_lists`) all walk a page the same way: group the segments into bands,
then, band by band, ask whether a block starts here; a block is replaced by the lines it is
rewritten as, any other band is kept as printed. `walk_bands(page, read)` is that walk; each
pass supplies only `read`, its test of where a block starts and what it becomes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from .records import Line, Page

__all__ = ["bands", "walk_bands", "BlockReader"]

# read(rows, b) → (the lines the block starting at row b is rewritten as, the index of the first
# row after the block), or None when no block starts at row b.
BlockReader = Callable[[list[list[Line]], int], "tuple[list[Line], int] | None"]


def bands(lines: list[Line]) -> list[list[int]]:
    """Indices of `lines` grouped into visual rows (segments whose vertical extents overlap by
    half the smaller height), rows in the order they first appear, each row left to right."""
    rows: list[list[int]] = []
    for i, ln in enumerate(lines):
        h = max(ln.bottom - ln.top, 0.1)
        for row in rows[-3:]:
            o = lines[row[0]]
            ov = min(o.bottom, ln.bottom) - max(o.top, ln.top)
            if ov >= 0.5 * min(h, max(o.bottom - o.top, 0.1)):
                row.append(i)
                break
        else:
            rows.append([i])
    for row in rows:
        row.sort(key=lambda k: lines[k].x0)
    return rows


def walk_bands(page: Page, read: BlockReader) -> Page:
    """`page` with each block `read` finds rewritten, every other row kept as printed.

    `read` gets the page's rows (each a list of segments, left to right) and the index of the
    row to test; a block it reads must end after the row it starts at. The page comes back
    unchanged (the same object) when no block is found, so callers can tell nothing happened.
    """
    lines = list(page.lines)
    rows = [[lines[k] for k in band] for band in bands(lines)]
    out: list[Line] = []
    changed = False
    b = 0
    while b < len(rows):
        got = read(rows, b)
        if got is None:
            out.extend(rows[b])
            b += 1
            continue
        new, end = got
        if end <= b:
            raise ValueError(f"a block read at row {b} of page {page.number} ends at row {end}, "
                             "before it starts")
        out.extend(new)
        changed = True
        b = end
    return replace(page, lines=out) if changed else page
