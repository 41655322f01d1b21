"""Small rules for misreads the nineteenth to twenty-first probe rounds and the planted stories
left known, each on the printed forms it was made for, on the forms of other bodies, and on the
forms it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.classify_tally import is_tally_only
from pipeline.layout_grid import vote_grids
from pipeline.records import Line, Page


def _seg(text: str, x: float, top: float) -> Line:
    return Line(text=text, page=1, x0=x, x1=x + 6 * len(text), top=top, bottom=top + 9, size=10)


def _grid(label: str, cols: list[str], marks: list[tuple[str, int]]) -> Page:
    """A vote grid: a header row (`label` then the vote columns 60 pt apart), then one row per
    member with an X under the column of their vote."""
    rows = [[_seg(label, 60, 100)] + [_seg(c, 210 + 60 * k, 100) for k, c in enumerate(cols)]]
    for n, (name, col) in enumerate(marks):
        rows.append([_seg(name, 60, 118 + 18 * n), _seg("X", 232 + 60 * col, 118 + 18 * n)])
    return Page(1, 612, 792, lines=[s for r in rows for s in r])


@pytest.mark.parametrize("label, cols, marks, want", [
    # a county board of supervisors' roll call in a ruled table
    ("Supervisor", ["Aye", "No", "Absent"], [("Whitaker", 0), ("Esparza", 0), ("Pruitt", 1)],
     ["Vote:", "Whitaker: Aye;", "Esparza: Aye;", "Pruitt: No."]),
    # a port commission's, with a member absent
    ("Commissioners", ["Yes", "No", "Absent"], [("Okafor", 0), ("Lindqvist", 2), ("Mbeki", 1)],
     ["Vote:", "Okafor: Yes;", "Lindqvist: Absent;", "Mbeki: No."]),
    # a city council's, its members titled Council Member
    ("Council Member", ["Aye", "Nay"], [("Duarte", 1), ("Ferris", 0)],
     ["Vote:", "Duarte: Nay;", "Ferris: Aye."]),
])
def test_a_vote_grid_headed_by_the_members_title_is_read_by_column(label, cols, marks, want):
    assert [ln.text for ln in vote_grids(_grid(label, cols, marks)).lines] == want


def test_a_grid_headed_by_no_members_title_stays_as_printed():
    page = _grid("Contractor", ["Yes", "No"], [("Halton", 0), ("Meridian", 1)])
    assert [ln.text for ln in vote_grids(page).lines] == [ln.text for ln in page.lines]


@pytest.mark.parametrize("text", [
    "Vote: Whitaker: Aye; Esparza: Aye; Alvarado: Aye; Cho: Aye; Pruitt: No.",
    "Roll call: Daysog: Aye; Vella: No; and Mayor Ezzy Ashcraft: Aye.",
    "Recorded vote: Okonkwo: Yes; Tremblay: Abstain; Raman: Yes.",
    "Vote: Lindqvist: Absent.",
])
def test_a_roll_call_member_by_member_states_nothing_of_its_own(text):
    assert is_tally_only(text)


@pytest.mark.parametrize("text", [
    "Note: No.",  # one label and a word, no roll call
    "Staff: yes, the report was late.",
    "Vote: Whitaker: Aye; Pruitt: No. Motion carried 4-1.",  # the result is a decision
    "Councilmembers Daysog: Aye; Vella: No; and Mayor Ezzy Ashcraft: Aye. Ayes: 2. Noes: 1.",
])
def test_a_line_saying_more_than_a_roll_call_is_kept(text):
    assert not is_tally_only(text)


@pytest.mark.parametrize("sentences", [
    # a port commission: labelled mover and seconder, the motion's words, the grid's roll call
    ["Motion: Commissioner Okafor.", "Second: Commissioner Mbeki.",
     "To award the boat launch grant to the Lakeside Rowing Club.",
     "Vote: Okafor: Yes; Lindqvist: No; Mbeki: Yes.", "Motion carried 2-1."],
    # a library board: the motion in one sentence, a roll call under its label, the bare result
    ["Moved by Trustee Ferris, seconded by Trustee Duarte, that the library hours be extended on "
     "Saturdays.", "Roll call: Ferris: Aye; Duarte: Aye; Kowal: Nay.", "Carried."],
])
def test_a_motion_its_roll_call_by_member_and_its_result_are_one_decision(sentences):
    from pipeline.classify import classify_sentences
    preds = classify_sentences([(s, "Grants") for s in sentences])
    assert (preds[-1].type, preds[-1].outcome, preds[-1].motion_from) == ("decision", "approved", 0)
