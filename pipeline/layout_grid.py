"""Minutes laid out as a table: one row per agenda item, a column per kind of content.

    Agenda item        Discussion                          Action               Responsible
    2. Minutes of      The minutes were reviewed.          Approved as          Secretary
    September 17, 2024                                     presented (Carter /
                                                           Lindgren).

Read row by row, such a page mixes the columns line by line ("2. Minutes of The minutes were
reviewed. Approved as Secretary"), so neither the item headings nor the sentences of the other
columns survive. `unroll_tables(page)` works on the page's row segments (the pdf stage cuts a row
wherever the gap is wide, so each cell line is a segment of its own, ruled grid or not) and
rewrites each table as the minutes it records, item by item:

- the *header row* is a row of three or more segments, each a column name of such tables
  (`COLUMN_NAMES`), the first naming the item column ("Agenda item", "Item", "Topic") and one a
  discussion column ("Discussion", "Notes", "Summary"): an action register ("No. | Action |
  Responsible | Due") is no such table;
- the *columns* start at the header's segments; a row belongs to the table while each of its
  segments starts in a column and ends before the next one begins (a paragraph across the
  columns, a wide vertical gap or the end of the page ends the table);
- a *record* (one agenda item) starts at the first row, and then at each row whose item cell
  opens with an item number when the item column is numbered, else at each row with item text
  after more space than the table's line pitch;
- each record is rewritten as its item cell joined into one heading line, then the lines of the
  content columns in column order (discussion before action), each column a paragraph of its own
  at the discussion column; the owner column ("Responsible", "Owner", "Who") becomes the `note` of
  the first line of the action cell (the same field that carries an Action column's initials),
  so "Draft partnership letter by November 1, 2024." is tasked to "Elena Ruiz";
- the header row is dropped (it names columns, it records nothing).

The rewritten lines are stacked down from the header row's top at the table's line pitch, a
blank pitch between paragraphs, and the lines below the table move down by the room this took,
so the later stages see paragraphs where the cells were.
A page without such a header row is returned unchanged.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .config import CONFIG
from .layout_bands import bands as _bands, walk_bands
from .records import Line, Page

__all__ = ["COLUMN_NAMES", "unroll_tables", "header_columns", "vote_grids"]

# The columns of minutes printed as a table, by role (names compared lower case, punctuation
# and "s" plurals aside).
COLUMN_NAMES: dict[str, set[str]] = {
    "item": {"agenda item", "item", "agenda", "topic", "subject", "matter", "agenda topic",
             "business"},
    "text": {"discussion", "summary", "notes", "discussion notes", "details", "comment",
             "minute", "key point", "report", "discussion summary", "description", "issue",
             "discussion and decision", "discussion decision", "update"},
    "action": {"action", "decision", "outcome", "resolution", "action decision",
               "decision action", "motion", "action taken", "agreed", "recommendation",
               "follow up", "next step", "action required", "decision made"},
    "owner": {"responsible", "owner", "who", "lead", "person responsible", "by whom",
              "responsibility", "assigned to", "action by"},
    "due": {"due", "by when", "deadline", "due date", "when", "timeline", "target date",
            "status"},
}


def _role(text: str) -> str:
    key = " ".join(re.findall(r"[a-z]+", text.lower()))
    for role, names in COLUMN_NAMES.items():
        if key in names or (key.endswith("s") and key[:-1] in names):
            return role
    return ""


def header_columns(segments: list[Line]) -> list[tuple[float, str]] | None:
    """(left edge, role) per column when these segments of one row are the header of minutes
    laid out as a table, else None."""
    if len(segments) < CONFIG["grid_min_columns"]:
        return None
    roles = [_role(s.text) for s in segments]
    # a discussion column makes it minutes; "No. | Action | Responsible | Due" is an action
    # register, which the action-column rules read row by row
    if not all(roles) or roles[0] != "item" or "text" not in roles or "item" in roles[1:]:
        return None
    return [(s.x0, r) for s, r in zip(segments, roles)]


def _column(seg: Line, cols: list[tuple[float, str]], tol: float) -> int | None:
    """The column a cell segment sits in, or None when it starts outside the table or runs
    into the next column."""
    k = None
    for c, (x, _) in enumerate(cols):
        if seg.x0 >= x - tol:
            k = c
    if k is None:
        return None
    if k + 1 < len(cols) and seg.x1 > cols[k + 1][0] - 0.25 * tol:
        return None
    return k


def unroll_tables(page: Page) -> Page:
    """`page` with each table of minutes rewritten item by item (see the module docstring)."""
    lines = list(page.lines)
    bands = _bands(lines)
    out: list[Line] = []
    shift = 0.0  # how far the lines below a rewritten table move down
    b = 0
    changed = False
    while b < len(bands):
        cols = header_columns([lines[k] for k in bands[b]])
        rows: list[list[tuple[int, Line]]] = []  # per row: (column, segment)
        e = b + 1
        if cols:
            tol = CONFIG["grid_column_tolerance_em"] * max(lines[bands[b][0]].size, 1.0)
            while e < len(bands):
                segs = [lines[k] for k in bands[e]]
                placed = [(_column(s, cols, tol), s) for s in segs]
                if any(c is None for c, _ in placed):
                    break
                pitch = _pitch(rows) if len(rows) >= 2 else 0.0
                if pitch and segs[0].top - rows[-1][0][1].top > CONFIG["grid_end_gap"] * pitch:
                    break
                rows.append(placed)  # type: ignore[arg-type]
                e += 1
        if not cols or len(rows) < 2:
            out.extend(replace(lines[k], top=lines[k].top + shift, bottom=lines[k].bottom + shift)
                       for k in bands[b])
            b += 1
            continue
        head = lines[bands[b][0]]
        new = _unrolled(rows, cols, head.top + shift)
        out.extend(new)
        last = max(s.bottom for r in rows for _, s in r)
        shift = max(shift, new[-1].bottom - last) if new else shift
        changed = True
        b = e
    return replace(page, lines=out) if changed else page


def _pitch(rows: list[list[tuple[int, Line]]]) -> float:
    """The table's line pitch: the smallest distance between the tops of consecutive rows."""
    tops = [r[0][1].top for r in rows]
    steps = [b - a for a, b in zip(tops, tops[1:]) if b - a > 0.5]
    return min(steps) if steps else 0.0


def _records(rows: list[list[tuple[int, Line]]]) -> list[list[list[tuple[int, Line]]]]:
    """Rows grouped into records, one per agenda item."""
    from .segment_items import parse_number
    firsts = [next((s for c, s in r if c == 0), None) for r in rows]
    numbered = sum(1 for f in firsts if f is not None and parse_number(f.text)) >= 2
    pitch = _pitch(rows)
    out: list[list[list[tuple[int, Line]]]] = []
    for k, (row, first) in enumerate(zip(rows, firsts)):
        if numbered:
            new = first is not None and bool(parse_number(first.text))
        else:
            gap = row[0][1].top - rows[k - 1][0][1].top if k else 0.0
            new = first is not None and gap > CONFIG["grid_record_gap"] * pitch
        if not out or new:
            out.append([])
        out[-1].append(row)
    return out


def _unrolled(rows: list[list[tuple[int, Line]]], cols: list[tuple[float, str]],
              top: float) -> list[Line]:
    """The lines of a table, record by record, stacked down from `top` at the table's pitch: the
    item heading, then each content column's lines as a paragraph (the header row dropped)."""
    text_x = next((x for x, r in cols if r != "item"), cols[0][0])
    pitch = _pitch(rows)
    out: list[Line] = []

    def put(seg: Line, para: bool, **kw) -> None:
        nonlocal top
        if out:
            top += (2 if para else 1) * pitch
        out.append(replace(seg, top=top, bottom=top + (seg.bottom - seg.top), **kw))

    for rec in _records(rows):
        cells: dict[int, list[Line]] = {}
        for row in rec:
            for c, seg in row:
                cells.setdefault(c, []).append(seg)
        item = cells.get(0, [])
        if item:
            put(item[0], True, text=" ".join(" ".join(s.text.split()) for s in item),
                x1=max(s.x1 for s in item))
        owner = " ".join(s.text for c, (_, r) in enumerate(cols) if r == "owner"
                         for s in cells.get(c, []))
        owner = " ".join(owner.split())
        content = [c for c, (_, r) in enumerate(cols) if r in ("text", "action", "due")]
        action = next((c for c in content if cols[c][1] == "action" and cells.get(c)), None)
        for c in content:
            shift = text_x - cols[c][0]
            for n, seg in enumerate(cells.get(c, [])):
                put(seg, n == 0, x0=seg.x0 + shift, x1=seg.x1 + shift,
                    note=owner if c == action and n == 0 else seg.note)
    return out


# --- a recorded vote printed as a grid --------------------------------------------------------
#
#     Trustee    Yes    No    Abstain
#     Okonkwo     X
#     Tremblay           X
#
# On the row segments each header word and each mark is a segment of its own, at its column:
# the grid is rewritten as the roll call it records ("Vote:" / "Okonkwo: Yes;" / … / "Costa:
# Yes."), which the vote parser reads. (segment_table.vote_table_rows reads the same table from
# joined lines where marks fill every column; a column no one voted in needs the positions.)
_MARK_TEXT = re.compile(r"^[xX✓✔✗✘•●]$")
_NAME_CELL = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


def vote_grids(page: Page) -> Page:
    """`page` with each vote grid rewritten as a roll call (see above)."""
    return walk_bands(page, _vote_grid)


def _vote_grid(bands: list[list[Line]], b: int) -> tuple[list[Line], int] | None:
    """The roll call of the vote grid whose header is row `b`, and the row after it, or None."""
    from .segment_table import _ROW_LABEL, _VOTE_COLUMN
    segs = bands[b]
    if not (len(segs) >= 3 and _ROW_LABEL.fullmatch(segs[0].text.strip())
            and all(_VOTE_COLUMN.fullmatch(s.text.strip()) for s in segs[1:])):
        return None
    cols = segs[1:]
    em = max(segs[0].size, 1.0)
    rows: list[tuple[Line, str]] = []
    e = b + 1
    while e < len(bands):
        row = bands[e]
        marks = row[1:]
        if len(marks) != 1 or not _NAME_CELL.match(row[0].text.strip()) \
                or not _MARK_TEXT.match(marks[0].text.strip()):
            break
        x = marks[0].x0
        col = max((c for c, h in enumerate(cols) if h.x0 - em <= x), default=None)
        if col is None:
            break
        rows.append((row[0], cols[col].text.strip().capitalize()))
        e += 1
    if len(rows) < 2:
        return None
    out = [replace(segs[0], text="Vote:", x1=segs[0].x0 + 2 * em, bold=False)]
    for n, (name, how) in enumerate(rows):
        end = "." if n == len(rows) - 1 else ";"
        out.append(replace(name, text=f"{name.text.strip()}: {how}{end}"))
    return out, e
