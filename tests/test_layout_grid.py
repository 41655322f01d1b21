"""Minutes laid out as a table, rewritten item by item (pipeline/layout_grid.py)."""
from __future__ import annotations

from pathlib import Path

from pipeline import pdf
from pipeline.layout_grid import header_columns, unroll_tables
from pipeline.records import Line, Page

XS = [48.0, 158.0, 378.0, 498.0]


def _row(top: float, cells: list[str], size: float = 9.0, bold: bool = False) -> list[Line]:
    return [Line(text=t, page=1, x0=x, x1=x + 5 * len(t), top=top, bottom=top + size, size=size,
                 bold=bold) for x, t in zip(XS, cells) if t]


def _page(rows: list[list[Line]]) -> Page:
    return Page(1, 612, 792, lines=[ln for r in rows for ln in r])


TABLE = [
    _row(100, ["Agenda item", "Discussion", "Action", "Responsible"], 10, True),
    _row(120, ["1. Budget", "The Treasurer presented", "Approved 4-1.", "Treasurer"]),
    _row(135, ["review", "the draft budget.", "", ""]),
    _row(158, ["2. Lease", "Ms Lee asked about", "Draft letter", "Ann Lee"]),
    _row(173, ["", "the break clause.", "by May 1.", ""]),
]


def test_each_item_becomes_a_heading_then_its_cells_in_column_order() -> None:
    out = unroll_tables(_page(TABLE)).lines
    assert [ln.text for ln in out] == [
        "1. Budget review", "The Treasurer presented", "the draft budget.", "Approved 4-1.",
        "2. Lease", "Ms Lee asked about", "the break clause.", "Draft letter", "by May 1."]
    notes = {ln.text: ln.note for ln in out if ln.note}
    assert notes == {"Approved 4-1.": "Treasurer", "Draft letter": "Ann Lee"}
    tops = [ln.top for ln in out]
    assert tops == sorted(tops) and len(set(tops)) == len(tops)
    # a new paragraph at each cell: more space above a cell's first line than inside it
    by = {ln.text: ln.top for ln in out}
    assert by["Approved 4-1."] - by["the draft budget."] > by["the draft budget."] - by["The Treasurer presented"]


def test_a_paragraph_across_the_columns_ends_the_table_and_moves_down() -> None:
    after = Line(text="The meeting closed at 8 p.m. with thanks to all the volunteers present.",
                 page=1, x0=48, x1=400, top=200, bottom=209, size=9.0)
    out = unroll_tables(_page(TABLE + [[after]])).lines
    assert out[-1].text == after.text
    assert out[-1].top > out[-2].top


def test_a_page_without_such_a_header_is_returned_as_is() -> None:
    page = _page([_row(100, ["Name", "Role", "Organisation"], 10, True),
                  _row(120, ["Ann Lee", "Chair", "Council"])])
    assert unroll_tables(page) is page
    # an action log ("Action | Owner | Due") has no item column: left to the action-column rules
    assert header_columns(_row(100, ["Action", "Owner", "Due"])) is None
    assert header_columns(_row(100, ["No.", "Action", "Responsible", "Due"])) is None
    assert header_columns(_row(100, ["Item", "Action", "Owner", "Due"])) is None
    assert header_columns(_row(100, ["Item", "Discussion", "Owner"])) is not None


def test_the_riverbend_table_pdf() -> None:
    path = Path(__file__).parent / "scenarios" / "round6" / "riverbend_food_bank.pdf"
    texts = [ln.text for p in pdf.extract(str(path))[1] for ln in p.lines]
    assert "2. Minutes of September 17, 2024" in texts
    assert "Agenda item" not in " ".join(texts)
    k = texts.index("5. Holiday food drive")
    assert texts[k + 1:k + 6] == ["Elena Ruiz proposed a partnership", "with Dayton public schools.",
                                  "Draft partnership", "letter by November", "1, 2024."]
