"""Motions whose number, mover, seconder and result are set in a left margin column.

Canadian town councils (and others) print each motion's record beside its text:

    2025-083                  That Council adopt Development Regulations Amendment
    Moved: Coun. Squires      No. 7, 2025 and forward it to the Department …
    Seconded: Coun. Power
    Carried unanimously

Read row by row, each margin label runs into the body line beside it ("Moved: Coun. Squires
No. 7, 2025 and forward …"), so neither the mover nor the motion survives. `split_margin(page)`
takes such labels out of the page's row segments (the pdf stage cuts a row wherever the gap is
wide, so a margin label is a segment of its own), and `put_back(lines, blocks)` returns them to
the reading order once the body is in rows: the motion's number, mover and seconder as one line
before the paragraph they stand beside, its result (and tally) as one line after that paragraph.

Only labels of a motion's record are moved (`_LABEL`), only from a column well left of the body
text's usual left edge, and only on a page where two or more of them stand beside body text, so
item numbers in a margin ("25/044") and pages without such a column are left as they were.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .records import Line, Page

__all__ = ["split_margin", "put_back"]

MIN_INDENT = 60.0  # points between the margin column's left edge and the body text's
MIN_BESIDE = 2  # margin labels beside body text that make a page's margin a motion column

_RESULT = (r"(?:motion\s+)?(?:carried|defeated|lost|failed|withdrawn|tabled|deferred)(?:\s+unanimously|"
           r"\s+as\s+amended)?|unanimous(?:ly)?|\d{1,2}\s+(?:in\s+favou?r|for|against|opposed|"
           r"abstain\w*|abstentions?)")
_LABEL = re.compile(
    rf"^\s*(?:(?:motion\s*(?:no\.?\s*)?)?#?\s*\d{{2,4}}\s*[-/]\s*\d{{1,4}}|"  # "2025-083", "#24/112"
    r"(?:moved|seconded|proposed)(?:\s+by)?\s*:?\s+\S.{0,40}|"  # "Moved: Coun. Squires"
    rf"{_RESULT})\s*$", re.I)
_RESULT_LABEL = re.compile(rf"^\s*(?:{_RESULT})\s*$", re.I)
_NUMBER_LABEL = re.compile(r"^\s*(?:motion\s*(?:no\.?\s*)?)?#?\s*\d{2,4}\s*[-/]\s*\d{1,4}\s*$", re.I)


def _body_left(lines: list[Line]) -> float | None:
    """The usual left edge of the body text: the commonest start of lines of prose."""
    starts = Counter(round(ln.x0) for ln in lines if len(ln.text.split()) >= 5)
    return float(starts.most_common(1)[0][0]) if starts else None


def split_margin(page: Page) -> tuple[Page, list[list[Line]]]:
    """`page` without the motion labels of a left margin column, and those labels in blocks
    (top to bottom, one block per motion); the page itself when it has no such column."""
    segs = page.lines
    bx = _body_left(segs)
    if bx is None or not segs or bx - min(ln.x0 for ln in segs) < MIN_INDENT:
        return page, []
    body = [ln for ln in segs if abs(ln.x0 - bx) <= 2]
    margin = [ln for ln in segs if ln.x0 < bx - MIN_INDENT and ln.x1 < bx - 4
              and _LABEL.match(ln.text)]

    def beside(m: Line) -> bool:
        return any(min(m.bottom, b.bottom) - max(m.top, b.top) > 0.3 * (m.bottom - m.top)
                   for b in body)

    if sum(beside(m) for m in margin) < MIN_BESIDE:
        return page, []
    margin.sort(key=lambda ln: ln.top)
    blocks: list[list[Line]] = []
    for m in margin:
        # a motion's labels stand one under the other; a new number starts a new block
        if blocks and m.top - blocks[-1][-1].bottom < 1.2 * max(m.size, 1.0) \
                and not _NUMBER_LABEL.match(m.text):
            blocks[-1].append(m)
        else:
            blocks.append([m])
    # a number alone is an item's or a minute's number in the margin ("25/044" beside its
    # title), not a motion's record: a block must name a mover, a seconder or a result
    blocks = [b for b in blocks if any(not _NUMBER_LABEL.match(m.text) for m in b)]
    if not blocks:
        return page, []
    taken = {id(m) for b in blocks for m in b}
    return replace(page, lines=[ln for ln in segs if id(ln) not in taken]), blocks


def _one(parts: list[Line], at: Line) -> Line:
    return replace(parts[0], text=" ".join(p.text.strip() for p in parts),
                   x1=max(p.x1 for p in parts), top=at.top, bottom=at.bottom)


def put_back(lines: list[Line], blocks: list[list[Line]]) -> list[Line]:
    """`lines` (the body in reading order) with each block's head (number, mover, seconder)
    joined into one line before the body row it starts beside, and its results joined into one
    line after the paragraph of that row."""
    out = list(lines)
    for block in reversed(blocks):
        head = [m for m in block if not _RESULT_LABEL.match(m.text)]
        tail = [m for m in block if _RESULT_LABEL.match(m.text)]
        first = block[0]
        k = next((i for i, ln in enumerate(out) if ln.page == first.page
                  and ln.bottom > first.top + 0.3 * (first.bottom - first.top)), len(out))
        # the paragraph beside the block: rows at the body's left edge, a line apart
        e = k
        if k < len(out):
            size = max(out[k].size, 1.0)
            while e + 1 < len(out) and out[e + 1].page == out[k].page \
                    and abs(out[e + 1].x0 - out[k].x0) <= 2 \
                    and out[e + 1].top - out[e].bottom < 0.6 * size:
                e += 1
        if tail:
            at = out[e] if e < len(out) else tail[-1]
            out.insert(e + 1, _one(tail, at))
        if head:
            at = out[k] if k < len(out) else head[0]
            out.insert(k, _one(head, at))
    return out
