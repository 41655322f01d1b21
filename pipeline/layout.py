"""Page layout: pure functions over lists of `Line`s and `Page`s; nothing here reads a file.

The pdf stage turns positioned words (one `Line` per word) into pages of reading-order lines:

    join_runs       words drawn one after another along a line → runs (drawing order keeps
                    a stamp or a clipped line from being interleaved with the text under it)
    words_to_lines  runs → row segments, a row being cut wherever the gap is wide
  `lay_out`, per page:
    unroll_tables   minutes laid out as a table (Agenda item | Discussion | Action | Owner)
                    → each item's heading, then its cells as paragraphs (layout_grid)
    vote_grids      a recorded vote as a grid of marks → the roll call it records
    attendance_grids  an attendance register (S. No. | Name | Designation | Attendance) → its
                    labelled blocks ("Present:" over name | designation rows; layout_roster)
    side_by_side_lists  two attendance lists printed side by side ("Directors Present:" |
                    "Also Present:") → the left list, then the right (layout_lists)
    cell_rows       a table of figures under a bold header row (quotations, a budget) → its rows
                    with their cells joined by " | " (layout_cells)
                    (these four read blocks of row bands with one walk: layout_bands)
    action_notes    owner initials in a right-hand "Action" column → `Line.note` of their line
    split_margin / put_back  a motion's number, mover, seconder and result set in a left
                    margin column → lines before and after the motion's text (layout_margin)
    order_columns   two-column pages read left column then right; segments of a row merged
    undouble        "CCHHIICCAAGGOO" → "CHICAGO"
  `clean`, across pages (a bounded window when streaming):
    edge_keys / running_keys / strip_running   running headers, footers, page numbers removed
    join_hyphens    "consul-" + "tation" → "consultation"; "follow-" + "up" stays "follow-up"

Every function returns new records and never mutates its input (derived pages never change
their parent). Coordinates are PDF points from the top-left corner of the page.
"""
from __future__ import annotations

import math
import re
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from statistics import median

from .layout_grid import unroll_tables, vote_grids
from .layout_cells import cell_rows
from .layout_lists import side_by_side_lists
from .layout_roster import attendance_grids
from .layout_margin import put_back, split_margin
from .records import Line, Page

__all__ = [
    "join_runs", "words_to_lines", "merge_rows", "action_notes", "find_gutter", "order_columns",
    "edge_keys", "running_keys", "strip_running", "remove_running", "is_page_number",
    "join_hyphens", "undouble", "lay_out", "clean", "WINDOW",
]

# Thresholds, in ems of the font size unless stated. Named here, not buried in the code.
SPLIT_GAP_EM = 0.6  # a wider gap than a stretched space cuts a row into segments
CONCAT_GAP_EM = 0.12  # pieces closer than this (and 1 pt) are one word: "9" + raised "th"
ACTION_MIN_X = 0.75  # action-column initials start right of this share of the page width
EDGE_ROWS = 4  # rows at the top and bottom of a page that may hold a running header/footer
RUNNING_MIN_SHARE = 0.5  # an edge row is running if it repeats on this share of pages (>= 2)
GUTTER_MIN_WIDTH = 6.0  # points of empty vertical band between two text columns
COLUMN_MIN_ROWS = 8  # rows each side before a page counts as two-column
COLUMN_PROSE_SHARE = 0.6  # share of a column's rows that carry five words or more (prose, not cells)
EDGE_ZONE = 0.3  # share of the page height from an edge where a running header/footer may sit
OPENING_ROWS = 12  # first lines of a page where the attendance of a meeting opening on it sits
FOOTNOTE_SIZE_RATIO = 0.85  # footnote type is at most this share of the body text size
FOOTNOTE_LINE_GAP = 1.8  # a note's wrapped line sits at most this many of its sizes below the last
WINDOW = 8  # pages either side that vote on running headers when streaming

_INITIAL = r"(?:[A-Z][a-z]?[A-Z]{1,3}|ALL|All|Chair|Clerk)"
_INITIALS = re.compile(rf"^{_INITIAL}(?:\s*[/,&+]\s*{_INITIAL})*\s*/?$")
_ACTION_HEADER = re.compile(r"^(?:actions?(?: by)?|owner|by whom|who)$", re.I)
# Short capitals that are votes or words, not owners, even at the far right of a page.
_NOT_INITIALS = {"AYE", "AYES", "NO", "NOES", "NAY", "YES", "TBD", "TBC", "N/A", "NA", "OK"}
_ALPHA_WORD = re.compile(r"[^\W\d_]{2,}")
_PAGE_NUMBER = re.compile(
    r"^(?:page|pg\.?|p\.)?\s*[-–—(]?\s*"
    r"(?:(?!(?:19|20)\d\d\b)\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))"
    r"\s*[-–—)]?(?:\s*(?:of|/)\s*\d{1,4})?\.?$", re.I)


# ---------------------------------------------------------------------------- rows and segments

def _vertical_overlap(a_top: float, a_bottom: float, b_top: float, b_bottom: float) -> float:
    return min(a_bottom, b_bottom) - max(a_top, b_top)


def _x_clash(a: Line, b: Line) -> bool:
    """Two boxes on one band that overlap sideways: text printed over text, not one row."""
    ov = min(a.x1, b.x1) - max(a.x0, b.x0)
    return ov > 1.0 and ov > 0.3 * min(a.x1 - a.x0, b.x1 - b.x0)


def _rows(items: Sequence[Line]) -> list[list[Line]]:
    """Group boxes into visual rows: same row if they overlap half the smaller height.

    Sorting by vertical centre and comparing with each row's mean band (not its union) keeps
    a superscript ("9th") in its row without letting one tall glyph chain two rows together.
    A box that overlaps a row's box sideways (a "DEFERRED" stamp across the text, a line
    clipped under a footer) starts a row of its own instead of being interleaved word by word.
    """
    rows: list[list[Line]] = []
    sums: list[list[float]] = []  # per row: sum of tops, sum of bottoms
    for it in sorted(items, key=lambda w: ((w.top + w.bottom) / 2, w.x0)):
        h = max(it.bottom - it.top, 0.1)
        best, best_ov = -1, 0.0
        for k in range(len(rows) - 1, max(-1, len(rows) - 9), -1):  # recent rows only
            n = len(rows[k])
            top, bottom = sums[k][0] / n, sums[k][1] / n
            ov = min(bottom, it.bottom) - max(top, it.top)
            if (ov >= 0.5 * min(h, max(bottom - top, 0.1)) and ov > best_ov
                    and not any(_x_clash(it, o) for o in rows[k])):
                best, best_ov = k, ov
        if best < 0:
            rows.append([it])
            sums.append([it.top, it.bottom])
            continue
        rows[best].append(it)
        sums[best][0] += it.top
        sums[best][1] += it.bottom
    for row in rows:
        row.sort(key=lambda w: w.x0)
    return rows


def join_runs(words: Sequence[Line], split_gap_em: float = SPLIT_GAP_EM) -> list[Line]:
    """Merge words that follow each other in drawing order along one line into runs.

    Drawing order keeps one line's words together even where two lines overlap on the page,
    which position alone cannot untangle. A run ends at a change of band, size or weight, a
    step back to the left, or a gap wider than `split_gap_em` ems.
    """
    out: list[Line] = []
    run: list[Line] = []
    for w in words:
        if run:
            p = run[-1]
            h = min(p.bottom - p.top, w.bottom - w.top)
            em = max(p.size, w.size, 1.0)
            if (w.bold != p.bold or abs(w.size - p.size) > 0.5 or w.x0 < p.x1 - 0.5
                    or w.x0 - p.x1 > split_gap_em * em
                    or _vertical_overlap(p.top, p.bottom, w.top, w.bottom) < 0.7 * h):
                out.append(_join(run, open_end=True))
                run = []
        run.append(w)
    if run:
        out.append(_join(run, open_end=True))
    return out


def _join(parts: Sequence[Line], concat_em: float = CONCAT_GAP_EM,
          open_end: bool = False) -> Line:
    """One Line from left-to-right pieces of a row; size and bold by character majority.

    A piece whose text ends in a space was ended by a real space character, and is never glued
    to the next one, however close the boxes (some fonts' boxes overlap the space between
    words). `open_end` keeps that trailing space on the result, for a later join.
    """
    if len(parts) == 1 and not open_end and parts[0].text == parts[0].text.strip():
        return parts[0]  # records are never mutated, so the piece itself will do
    text = parts[0].text
    for prev, cur in zip(parts, parts[1:]):
        gap = cur.x0 - prev.x1
        em = max(prev.size, cur.size, 1.0)
        glue = gap < min(concat_em * em, 1.0) and not prev.text.endswith(" ")
        text += ("" if glue else " ") + cur.text
    end = " " if open_end and parts[-1].text.endswith(" ") else ""
    weights = Counter[float]()
    bold_chars = 0
    total = 0
    for p in parts:
        n = len(p.text.strip()) or 1
        weights[round(p.size, 1)] += n
        total += n
        bold_chars += n if p.bold else 0
    notes = " ".join(p.note for p in parts if p.note)
    return Line(
        text=" ".join(text.split()) + end, page=parts[0].page,
        x0=min(p.x0 for p in parts), x1=max(p.x1 for p in parts),
        top=min(p.top for p in parts), bottom=max(p.bottom for p in parts),
        size=weights.most_common(1)[0][0], bold=bold_chars * 2 > total, note=notes,
    )


def words_to_lines(words: Sequence[Line], split_gap_em: float = SPLIT_GAP_EM) -> list[Line]:
    """Row segments from positioned words: words in one row, cut where the gap is wide.

    A row is cut wherever the gap exceeds `split_gap_em` ems, so a margin column (item numbers,
    action initials) or the other column of a two-column page stays a separate segment for
    `action_notes` and `order_columns`; `merge_rows` puts the row back together. Output is in
    top-to-bottom, left-to-right order.
    """
    out: list[Line] = []
    for row in _rows([w for w in words if w.text.strip()]):
        seg = [row[0]]
        for w in row[1:]:
            em = max(seg[-1].size, w.size, 1.0)
            # A change of weight lowers the bar: bold initials set close to regular body text.
            gap = split_gap_em * (0.66 if w.bold != seg[-1].bold else 1.0)
            if w.x0 - seg[-1].x1 > gap * em:
                out.append(_join(seg))
                seg = [w]
            else:
                seg.append(w)
        out.append(_join(seg))
    return out


def merge_rows(lines: Sequence[Line]) -> list[Line]:
    """Merge segments that share a visual row into one Line each, rows top to bottom."""
    return [_join(row, concat_em=0.0) for row in _rows(lines)]


# ----------------------------------------------------------------------------- action column

def _is_initials(text: str) -> bool:
    t = text.strip()
    return bool(_INITIALS.match(t)) and t.upper() not in _NOT_INITIALS


def action_notes(page: Page) -> Page:
    """Move owner initials printed in a right-hand Action column into `note` of their line.

    A candidate is a segment starting right of ACTION_MIN_X of the page width, clear of the
    body text in the rows around it, whose text is initials ("JS", "SC/AW", "ALL"). It goes to
    the body segment with the largest vertical overlap (the line it sits beside); failing that,
    to the nearest body segment within two and a half lines. "Action" column headers are
    dropped (one on a row of body text when initials below it sit in its column). Initials
    wrapped over two rows ("IB/" then "AW") are rejoined.
    """
    lines = page.lines
    if not lines or page.width <= 0:
        return page
    limit = ACTION_MIN_X * page.width
    right = [ln for ln in lines if ln.x0 >= limit]
    if not right:
        return page
    marks = {id(ln) for ln in right
             if _is_initials(ln.text) or _ACTION_HEADER.match(ln.text.strip())}
    body = [ln for ln in lines if id(ln) not in marks]
    cands = [ln for ln in right if _is_initials(ln.text) and _clear(ln, body)]
    # A column header stands alone in its row (nothing of the body beside it), or heads the
    # column the initials below it are printed in (set on the row of the first item's heading:
    # "1. Confirmation of the Minutes        Action").
    headers = [ln for ln in right if _ACTION_HEADER.match(ln.text.strip()) and (not any(
        _vertical_overlap(ln.top, ln.bottom, b.top, b.bottom) > 0 for b in body) or any(
            c.top > ln.bottom and abs(c.x0 - ln.x0) <= max(ln.size, 1.0) for c in cands))]
    if not cands and not headers:
        return page
    cands.sort(key=lambda c: c.top)
    groups: list[list[Line]] = []
    for c in cands:  # rejoin "IB/" + "AW" wrapped in a narrow column
        if groups and groups[-1][-1].text.rstrip().endswith("/") and (
                c.top - groups[-1][-1].bottom < c.size):
            groups[-1].append(c)
        else:
            groups.append([c])
    notes: dict[int, list[str]] = {}
    drop = {id(h) for h in headers}
    for g in groups:
        # The first part's band: the note belongs beside where the initials start.
        target = _beside(g[0], body)
        if target is not None:  # initials beside nothing stay where they are
            notes.setdefault(id(target), []).append("".join(c.text.strip() for c in g))
            drop |= {id(c) for c in g}
    out = []
    for ln in lines:
        if id(ln) in drop:
            continue
        if id(ln) in notes:
            extra = " ".join(notes[id(ln)])
            ln = replace(ln, note=f"{ln.note} {extra}".strip())
        out.append(ln)
    return replace(page, lines=out)


def _clear(c: Line, body: Sequence[Line]) -> bool:
    """No body text of the candidate's size in the rows around it runs into its column.

    Smaller print (a footer reaching across the page) does not count against it.
    """
    h = max(c.bottom - c.top, 1.0)
    mid = (c.top + c.bottom) / 2
    return not any(ln.x0 < c.x0 - 1 < ln.x1 - 2 and abs((ln.top + ln.bottom) / 2 - mid) < 2 * h
                   and ln.size >= 0.85 * c.size for ln in body)


def _beside(c: Line, body: Sequence[Line]) -> Line | None:
    """The body segment sharing most of the candidate's band (on a tie the upper row, then the
    segment nearest the column); else the nearest one within two and a half lines."""
    h = max(c.bottom - c.top, 1.0)
    ovs = [(_vertical_overlap(c.top, c.bottom, ln.top, ln.bottom), ln) for ln in body]
    best_ov = max((ov for ov, _ in ovs), default=0.0)
    if best_ov > 0.3 * h:
        tied = [ln for ov, ln in ovs if ov >= best_ov - 0.5]
        upper = min(ln.top for ln in tied)
        return max((ln for ln in tied if ln.top < upper + 0.5 * h), key=lambda ln: ln.x1)
    mid = (c.top + c.bottom) / 2
    near = [ln for ln in body if abs((ln.top + ln.bottom) / 2 - mid) < 2.5 * h]
    return min(near, key=lambda ln: abs((ln.top + ln.bottom) / 2 - mid)) if near else None


# ----------------------------------------------------------------------------------- columns

def find_gutter(lines: Sequence[Line], width: float) -> float | None:
    """x of the gutter of a two-column page, or None.

    A gutter is a vertical band at least GUTTER_MIN_WIDTH wide in the middle 30-70% of the page
    that almost no segment crosses, with at least COLUMN_MIN_ROWS rows of prose on each side
    that fill their column (tables and label/value forms have short cells, and do not qualify).
    Lines across the middle of the page above the columns (a title, a "Minutes of the meeting
    held on …" line) and below them (a centred page number) are no evidence against a gutter:
    on a short page they alone would outnumber the few crossings allowed, so when the page as
    a whole shows no gutter it is looked for again without them.
    """
    g = _find_gutter(lines, width)
    if g is not None or width <= 0:
        return g
    rows = sorted(lines, key=lambda ln: ln.top)
    mid = width / 2

    def across(ln: Line) -> bool:
        return ln.x0 < mid < ln.x1

    a, b = 0, len(rows)
    while a < b and across(rows[a]):
        a += 1
    while b > a and across(rows[b - 1]):
        b -= 1
    if a == 0 and b == len(rows):
        return None
    return _find_gutter(rows[a:b], width)


def _find_gutter(lines: Sequence[Line], width: float) -> float | None:
    if width <= 0 or len(lines) < 2 * COLUMN_MIN_ROWS:
        return None
    lo, hi = int(0.3 * width), int(0.7 * width)
    allowed = max(2, int(0.05 * len(lines)))
    cover = [0] * (hi - lo + 1)
    for ln in lines:
        a, b = max(lo, math.floor(ln.x0)), min(hi, math.ceil(ln.x1))
        for x in range(a, b + 1):
            cover[x - lo] += 1
    best: tuple[int, int] | None = None
    start = None
    for i, c in enumerate(cover + [allowed + 1]):
        if c <= allowed and start is None:
            start = i
        elif c > allowed and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None or best[1] - best[0] < GUTTER_MIN_WIDTH:
        return None
    g = lo + (best[0] + best[1]) / 2
    left = merge_rows([ln for ln in lines if ln.x1 <= g])
    right = merge_rows([ln for ln in lines if ln.x0 >= g])
    if len(left) < COLUMN_MIN_ROWS or len(right) < COLUMN_MIN_ROWS:
        return None
    for side in (left, right):
        span = max(ln.x1 for ln in side) - min(ln.x0 for ln in side)
        if span < 0.25 * width or median(ln.x1 - ln.x0 for ln in side) < 0.6 * span:
            return None
        # Prose, not table cells or "label : value" pairs: most rows carry five words or more
        # (bold rows aside: a column of minutes holds short headings between its paragraphs)
        plain = [ln for ln in side if not ln.bold] or side
        if sum(len(_ALPHA_WORD.findall(ln.text)) >= 5 for ln in plain) < COLUMN_PROSE_SHARE * len(plain):
            return None
    # The columns must stand side by side, not one above the other.
    lt, lb = min(ln.top for ln in left), max(ln.bottom for ln in left)
    rt, rb = min(ln.top for ln in right), max(ln.bottom for ln in right)
    if _vertical_overlap(lt, lb, rt, rb) < 0.5 * min(lb - lt, rb - rt):
        return None
    return g


def order_columns(page: Page) -> Page:
    """Reading order: rows top to bottom; on a two-column page, left column then right.

    Rows that cross the gutter (a title, a footer) cut the page into bands; each band is read
    left column first. Segments of one row (within one column) are merged into one Line.
    """
    g = find_gutter(page.lines, page.width)
    if g is None:
        return replace(page, lines=merge_rows(page.lines))
    spanning = merge_rows([ln for ln in page.lines if ln.x0 < g < ln.x1])
    left = [ln for ln in page.lines if ln.x1 <= g]
    right = [ln for ln in page.lines if ln.x0 >= g]
    cuts = [-math.inf] + [s.top for s in spanning] + [math.inf]
    out: list[Line] = []
    for i in range(len(cuts) - 1):
        if i > 0:
            out.append(spanning[i - 1])
        top, bottom = cuts[i], cuts[i + 1]
        for side in (left, right):
            out.extend(merge_rows([ln for ln in side if top <= ln.top < bottom]))
    return replace(page, lines=out)


# --------------------------------------------------------------------- running headers/footers

_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?")


_END_NUMBERS = re.compile(r"(?:\s+#)+$")


def _key(text: str) -> str:
    # Digits and month names normalised: "Page 2 of 5" and "Page 3 of 5", or a header dated
    # "May 25, 2023" on some pages and (by a typing slip) "April 23, 2023" on others, are one.
    # Numbers closing the line go too: a footer that carries the page number on its odd pages
    # only ("City of Alameda Financing Authority 3" / "… Authority", "September 19, 2023" /
    # "September 19, 2023 4") is one footer.
    key = _MONTH.sub("@", re.sub(r"\d+", "#", " ".join(text.lower().split())))
    return _END_NUMBERS.sub("", key) if re.search(r"[^\W\d_]", key.replace("#", "")) or "@" in key else key


def is_page_number(text: str) -> bool:
    """True for a line that is only a page number: "3", "- 3 -", "Page 2 of 5", "iv".
    "C." or "IV." in capitals with a full stop labels an item (a lettered or roman heading that
    happens to open a page), not a page."""
    t = text.strip()
    return bool(_PAGE_NUMBER.match(t)) and not re.fullmatch(r"[IVXLC]+\.", t)


def _edges(page: Page, rows: int = EDGE_ROWS) -> tuple[list[Line], list[Line]]:
    """The top and bottom `rows` lines of a page that lie in its margins (EDGE_ZONE of the
    height from the edge): on a page that ends early ("Motion carried 4-0." above half a page
    of white) the last rows are body text, which may repeat on another short page."""
    by_top = sorted(page.lines, key=lambda ln: ln.top)
    head, foot = by_top[:rows], by_top[-rows:] if len(by_top) > rows else []
    if page.height > 0:
        head = [ln for ln in head if ln.top <= EDGE_ZONE * page.height]
        foot = [ln for ln in foot if ln.bottom >= (1 - EDGE_ZONE) * page.height]
    return head, foot


_MINUTES_LINE = re.compile(r"\bminutes\b", re.I)
_ATTENDANCE = re.compile(
    r"^\W*(?:(?:members?|councillors?|directors?|trustees?|governors?|commissioners?)\s+)?"
    r"(?:present|in\s+attendance|attendance|attending|attendees)\b", re.I)


def opens_meeting(page: Page, rows: int = OPENING_ROWS) -> bool:
    """Whether a page opens the minutes of a meeting: a line naming the minutes among its top
    edge rows and an attendance label ("Present:") among its first `rows` lines. A running
    header never has the attendance of a meeting under it on every page it is printed on."""
    by_top = sorted(page.lines, key=lambda ln: ln.top)
    head, _ = _edges(page)
    return (any(_MINUTES_LINE.search(ln.text) for ln in head)
            and any(_ATTENDANCE.match(ln.text) for ln in by_top[:rows]))


def _repeated_on_page(page: Page) -> set[str]:
    """Keys of lines printed more than once on one page as its content. A running header or
    footer is printed once a page, at about the same place on each; a line that recurs within
    a page ("Vote was passed by 15 in favor, 22 opposed …" under each of several motions, alike
    to a digit-blind key) is content, whatever the other pages hold. Once in the top margin and
    once in the bottom one is still furniture: the next page's header set at the foot of this
    one ("FULL BOARD" / ⟨page break⟩ / "March 30, 2023"). Rules and marks without three letters
    ("|") are never content."""
    head, foot = _margins(page)
    zone = {id(ln): "T" for ln in head} | {id(ln): "B" for ln in foot}
    seen: dict[str, list[str]] = {}
    for ln in page.lines:
        key = _key(ln.text)
        if _with_letters(key):
            seen.setdefault(key, []).append(zone.get(id(ln), "M"))
    return {k for k, where in seen.items()
            if len(where) > 1 and ("M" in where or len(set(where)) < len(where))}


def edge_keys(page: Page, rows: int = EDGE_ROWS) -> set[str]:
    """Normalised keys of the top and bottom `rows` lines of a page (one page's vote). The top
    keys of a page that opens a meeting are marked "O:" too (see `running_keys`). A line
    repeated within the page casts no vote (see `_repeated_on_page`)."""
    head, foot = _edges(page, rows)
    repeated = _repeated_on_page(page)
    head = [ln for ln in head if _key(ln.text) not in repeated]
    foot = [ln for ln in foot if _key(ln.text) not in repeated]
    top = {"T:" + _key(ln.text) for ln in head}
    opening = {"O:" + k[2:] for k in top} if opens_meeting(page) else set()
    return top | opening | {"B:" + _key(ln.text) for ln in foot}


def running_keys(per_page: Sequence[set[str]], min_share: float = RUNNING_MIN_SHARE) -> set[str]:
    """Keys that repeat on at least `min_share` of the given pages' edges (and on two pages).
    A top line repeated only on pages that each open a meeting is no running header but the
    heading of each of several meetings held in one file ("Minutes of the meeting held on 3
    March 2024", then "… on 17 March 2024"): it is kept, so that the meetings can be split."""
    need = max(2, math.ceil(min_share * len(per_page)))
    counts = Counter(k for keys in per_page for k in keys)
    return {k for k, n in counts.items() if n >= need and not k.startswith("O:")
            and not (k.startswith("T:") and counts["O:" + k[2:]] == n)}


_PAGE_OF = re.compile(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.I)
_PAGE_END = re.compile(r"(?:^|\s)page\s+\d{1,4}\s*$", re.I)


def _margins(page: Page) -> tuple[list[Line], list[Line]]:
    """All the lines of a page in its top and bottom EDGE_ZONE, in order from the edge inwards
    (none when the page has no height: text files)."""
    if page.height <= 0:
        return [], []
    by_top = sorted(page.lines, key=lambda ln: ln.top)
    head = [ln for ln in by_top if ln.top <= EDGE_ZONE * page.height]
    foot = [ln for ln in reversed(by_top) if ln.bottom >= (1 - EDGE_ZONE) * page.height]
    return head, foot


def _with_letters(key: str) -> bool:
    return len(re.findall(r"[^\W\d_]", key)) >= 3


def _fixed_words(text: str) -> bool:
    """A line of words only ("FULL BOARD"), no figure or month in it: it reads the same on every
    page, unlike a tally ("Vote was passed by 38 in favor, 0 opposed …", "Ayes: 5") that a
    digit-blind key makes look alike."""
    key = _key(text)
    return _with_letters(key) and not re.search(r"\d", text) and "@" not in key


def _block_lines(zone: list[Line], drop: set[int], body_size: float) -> set[int]:
    """Lines printed in one block with a dropped running line, each set close under (or over)
    the line next to it: the page number and date ("FULL BOARD" / "February 23, 2023" / "Pg.
    10"), which change from page to page or carry a typing slip, and any line in the block's own
    small type ("Special Meeting" / "Alameda City Council" / "July 5, 2022" in 8 pt under 12 pt
    text), which names the meeting of those pages only. None of them need repeat to be furniture."""
    found: set[int] = set()
    grew = True
    while grew:
        grew = False
        for k, ln in enumerate(zone):
            if id(ln) in drop or id(ln) in found:
                continue
            near = [nb for nb in zone[max(0, k - 1):k + 2] if nb is not ln and (id(nb) in drop or id(nb) in found)
                    and abs(nb.top - ln.top) <= 1.5 * max(nb.size, ln.size, 1.0)]
            small = [nb for nb in near if 0 < ln.size < FOOTNOTE_SIZE_RATIO * body_size
                     and abs(nb.size - ln.size) < 0.5]
            if near and (_number_or_date(ln.text) or small):
                found.add(id(ln))
                grew = True
    return found


_MONTH_NAME = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
# a line that is only a date: "February 23, 2023", "Monday, 3rd March 2024", "23/02/2023"
_DATE_ONLY = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME},?\s+\d{{4}}|\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}})$", re.I)


def _number_or_date(text: str) -> bool:
    return is_page_number(text) or bool(_DATE_ONLY.match(" ".join(text.split())))


def strip_running(page: Page, keys: set[str], rows: int = EDGE_ROWS) -> Page:
    """Remove edge lines whose key is running, and page numbers among the two outer rows.

    The pages vote with their outer `rows` rows; a line found running that way is page
    furniture wherever it sits in the page's margin zone, as on a page whose first lines of
    text were set above the header ("… trying to figure out what the Board wanted" / "FULL
    BOARD" / "February 23, 2023" / "Pg. 10"): there it is the fifth row or lower. A page
    number printed in the same block, next to such a line, goes with it. A line printed more
    than once on the page is its content and stays, whatever its key."""
    head, foot = _edges(page, rows)
    repeated = _repeated_on_page(page)
    keys = {k for k in keys if k[2:] not in repeated}
    drop = {id(ln) for ln in head if "T:" + _key(ln.text) in keys}
    drop |= {id(ln) for ln in foot if "B:" + _key(ln.text) in keys}
    drop |= {id(ln) for ln in head[:2] + foot[-2:] if is_page_number(ln.text)}
    for zone in _margins(page):
        # (a header of words only may also be printed at the foot of the page before, its
        # page number and date heading the next: "FULL BOARD" / ⟨page break⟩ / "March 30, 2023")
        drop |= {id(ln) for ln in zone if _fixed_words(ln.text)
                 and (f"T:{_key(ln.text)}" in keys or f"B:{_key(ln.text)}" in keys)}
        # the type of the page's text outside this margin (a page holding one line of text
        # above its footer is still read against that line)
        inside = {id(ln) for ln in zone}
        sizes = [ln.size for ln in page.lines if ln.size > 0 and id(ln) not in inside]
        drop |= _block_lines(zone, drop, median(sizes) if sizes else 0.0)
    # "Pine Lake DSB – Regular Board Minutes – Page 1 of 1": a line in the margin that counts
    # pages is page furniture, even in a one-page file where it cannot be seen to repeat
    drop |= {id(ln) for ln in head[:1] + foot[-1:] if _PAGE_OF.search(ln.text) and len(ln.text) < 120}
    # "Hallam Town Council  9 July 2024  Page 1": the last line of the page ending in its number
    drop |= {id(ln) for ln in foot[-1:] if _PAGE_END.search(ln.text) and len(ln.text) < 120
             and ln.top > (1 - EDGE_ZONE) * page.height}
    if not drop:
        return page
    # Kept aside, not lost: a date printed only in the running footer is the meeting's date.
    running = [ln.text for ln in page.lines if id(ln) in drop and not is_page_number(ln.text)]
    return replace(page, lines=[ln for ln in page.lines if id(ln) not in drop],
                   running=page.running + running)


def remove_running(pages: Sequence[Page], min_share: float = RUNNING_MIN_SHARE) -> list[Page]:
    """`strip_running` with keys computed over all the given pages."""
    keys = running_keys([edge_keys(p) for p in pages], min_share)
    return [strip_running(p, keys) for p in pages]


# -------------------------------------------------------------------------------- hyphenation

# Prefixes that keep their hyphen at a line break unless the document shows otherwise.
_KEEP_PREFIX = {
    "well", "self", "non", "co", "ex", "cross", "long", "short", "full", "part", "all", "half",
    "high", "low", "one", "two", "three", "four", "five", "six", "ten", "first", "second",
    "third", "year", "multi", "anti", "mid", "post", "pre", "re", "sub", "semi", "so", "vice",
    "cost", "far", "follow", "little", "much", "large", "small", "up", "in", "out", "on", "off",
}
_SUFFIX = re.compile(
    r"^(?:[a-z]{0,3}(?:tion|sion|ment|ness|ance|ence|ity|ities|ally|ably|ibly|ture|ial|ical"
    r"|ious|eous|uous|ative|itive|ise|ize|ised|ized|ising|izing|ful|less|ship|ology)s?"
    r"|ing|ings|ed|es|er|ers|ly|al|tive|ted|ting|nal|nce|cy|ry|ty|ous|ive|ate|ated|ating)\b")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*")
_HYPHEN_END = re.compile(r"([A-Za-z]+)[-\u00ad\u2010]$")
# The continuation takes its trailing punctuation along: "follow-" + "up. CB1" → "follow-up."
_LOWER_START = re.compile(r"^([a-z][A-Za-z'’]*)([.,;:!?)\]”\"]*)(.*)$", re.S)


def _vocab(lines: Iterable[Line]) -> Counter[str]:
    return Counter(w.lower() for ln in lines for w in _WORD.findall(ln.text))


def _keep_hyphen(head: str, tail: str, vocab: Counter[str]) -> bool:
    """Is "head-" + "tail" at a line break a compound ("well-known") rather than a broken word?

    Minutes are mostly typed in word processors that do not hyphenate, so most hyphens at a
    line end are real; a word is joined only on evidence: the document spells it whole
    elsewhere, or the tail is a bare suffix ("-tation", "-ment") that is no word by itself.
    """
    joined, hyphened, t = (head + tail).lower(), f"{head}-{tail}".lower(), tail.lower()
    if vocab[hyphened] != vocab[joined]:
        return vocab[hyphened] > vocab[joined]
    if vocab[t] >= 2 or head.lower() in _KEEP_PREFIX:  # the tail's own line counts once
        return True
    return not _SUFFIX.match(t)


def join_hyphens(pages: Sequence[Page], vocab: Counter[str] | None = None) -> list[Page]:
    """Join words broken over a line end; the next line (or next page) loses the fragment.

    "consul-" + "tation" → "consultation"; "follow-" + "up" → "follow-up" (see
    `_keep_hyphen`). Only a lower-case continuation is considered ("Vice-" + "Chair" is a
    title, not a break). `vocab` counts the document's words; by default, these pages' words.
    """
    flat = [(pi, li) for pi, p in enumerate(pages) for li in range(len(p.lines))]
    if vocab is None:
        vocab = _vocab(ln for p in pages for ln in p.lines)
    new = [list(p.lines) for p in pages]
    for (pa, la), (pb, lb) in zip(flat, flat[1:]):
        a, b = new[pa][la], new[pb][lb]
        m = _HYPHEN_END.search(a.text)
        n = _LOWER_START.match(b.text)
        if not m or not n or a.text.endswith(" -"):
            continue
        head, tail = m.group(1), n.group(1)
        word = f"{head}-{tail}" if _keep_hyphen(head, tail, vocab) else head + tail
        new[pa][la] = replace(a, text=a.text[: m.start()] + word + n.group(2))
        new[pb][lb] = replace(b, text=n.group(3).strip())
    return [replace(p, lines=[ln for ln in lines if ln.text]) for p, lines in zip(pages, new)]


# ------------------------------------------------------------------------------ doubled glyphs

def _doubled(tok: str) -> bool:
    return len(tok) >= 2 and len(tok) % 2 == 0 and tok[::2] == tok[1::2]


def undouble(text: str) -> str:
    """"CCHHIICCAAGGOO  22001199" → "CHICAGO 2019" where a line is printed double.

    Only lines with a doubled word of four letters or more are touched (no English word reads
    "aabb…"), so a lone "1100" or "::" in ordinary text is left alone.
    """
    toks = text.split()
    if not any(_doubled(t) and len(t) >= 4 and t.isalpha() for t in toks):
        return text
    return " ".join(t[::2] if _doubled(t) else t for t in toks)


# ---------------------------------------------------------------------------------- all steps

# ------------------------------------------------------------------------------------ footnotes

_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,2}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹])\s*[A-Z(“\"'‘]")


def drop_footnotes(page: Page) -> Page:
    """Remove the footnotes at the foot of a page: lines in the bottom EDGE_ZONE of the page, in
    a type clearly smaller than the page's body text (FOOTNOTE_SIZE_RATIO), each note opening
    with its mark ("2 The highway authority …", "* Revised …") and its wrapped lines starting
    at the same left edge right below it. A note is an aside to a sentence, not part of the
    item it sits under. Small centred footers and page numbers (no mark) stay for the running-line step."""
    sizes = [ln.size for ln in page.lines if ln.size > 0]
    if len(sizes) < 6 or page.height <= 0:
        return page
    body = median(sizes)
    small = [ln for ln in page.lines if 0 < ln.size <= FOOTNOTE_SIZE_RATIO * body
             and ln.top >= (1 - EDGE_ZONE) * page.height]
    drop: set[int] = set()
    prev: Line | None = None  # the last line of the note being read
    for ln in sorted(small, key=lambda l: l.top):
        if _FOOTNOTE_MARK.match(ln.text) and not is_page_number(ln.text):
            drop.add(id(ln))
            prev = ln
        elif prev is not None and abs(ln.x0 - prev.x0) <= 2.0 \
                and ln.top - prev.top <= FOOTNOTE_LINE_GAP * max(ln.size, 1.0):
            drop.add(id(ln))
            prev = ln
        else:
            prev = None
    if not drop:
        return page
    return replace(page, lines=[ln for ln in page.lines if id(ln) not in drop])


def lay_out(page: Page) -> Page:
    """One page of row segments → Lines in reading order, action initials in `note`."""
    page, motions = split_margin(action_notes(cell_rows(side_by_side_lists(attendance_grids(
        vote_grids(unroll_tables(page)))))))
    page = order_columns(page)
    if motions:  # a motion's record set in the left margin, back beside its text
        page = replace(page, lines=put_back(page.lines, motions))
    page = drop_footnotes(page)
    return replace(page, lines=[replace(ln, text=undouble(ln.text)) for ln in page.lines])


def clean(pages: Iterable[Page], window: int = WINDOW) -> Iterator[Page]:
    """All layout steps, lazily: at most `window` + 2 pages are held at once.

    Running lines on a page are judged against the `window` pages either side of it, so a
    file no longer than `window` + 1 pages is judged as a whole, exactly as `remove_running`.
    Hyphens are joined across a page break too, judged with the words seen so far.
    """
    vocab: Counter[str] = Counter()
    ahead: deque[Page] = deque()  # laid out, not yet stripped
    keys: deque[set[str]] = deque()  # edge keys of the pages behind and ahead
    behind = 0  # how many of `keys` belong to pages already stripped
    held: Page | None = None

    def strip_next() -> Iterator[Page]:
        nonlocal behind, held
        page = strip_running(ahead.popleft(), running_keys(list(keys)))
        behind += 1
        if behind > window:
            keys.popleft()
            behind -= 1
        if held is not None:
            held, page = join_hyphens([held, page], vocab)
            yield held
        held = page

    for page in pages:
        page = lay_out(page)
        vocab.update(_vocab(page.lines))
        ahead.append(page)
        keys.append(edge_keys(page))
        if len(ahead) > window:
            yield from strip_next()
    while ahead:
        yield from strip_next()
    if held is not None:
        yield held
