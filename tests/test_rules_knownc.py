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


# --- a consent calendar's entries in body type under its bold heading ----------------------------

def _minutes(rows: list[tuple[str, bool]]):
    """One page of minutes: (text, bold) rows at the margin, the masthead above them; each row
    a paragraph of its own, but for a row opening in lower case (the line above wrapped)."""
    from pipeline.records import Document
    from pipeline.segment import segment
    head = [("MINUTES OF THE REGULAR MEETING OF THE BOARD OF TRUSTEES", True),
            ("Cedar Hollow Unified School District", False), ("March 12, 2025", False)]
    lines, top = [], 40.0
    for text, bold in head + rows:
        top += 14 if text[:1].islower() else 22
        lines.append(Line(text=text, page=1, x0=72, x1=72 + 5.5 * len(text), top=top,
                          bottom=top + 10, size=11.0, bold=bold))
    doc = Document(path="board_2025-03-12.pdf", sha256="cd" * 32, pages=1, kind="born-digital")
    (m,) = segment(doc, [Page(1, 612, 792, lines)])
    return m


_CALL = [("1. Call to Order", True), ("President Nakamura called the meeting to order at 6:00 p.m. and", False),
         ("welcomed the student representatives of the three high schools, who", False),
         ("sat with the Board for the first time this year.", False)]
_AFTER = [("4. Facilities Master Plan", True),
          ("The Director of Facilities presented the master plan for the three elementary schools,", False),
          ("which replaces the portable classrooms at Oak Ridge by 2028 and adds a gym at", False),
          ("Cedar Hollow Elementary School, paid for from the 2024 bond.", False),
          ("5. Adjournment", True), ("The meeting adjourned at 7:40 p.m. The next regular meeting is", False),
          ("on March 26, 2025 at the District Office.", False)]


@pytest.mark.parametrize("section, entries, motion", [
    # a school board's consent agenda, numbered by dots
    ("3. Consent Agenda", ["3.1 Minutes of the February 26, 2025 regular meeting",
                           "3.2 Warrants for February 2025", "3.3 Field trip request, Oak Ridge Middle School"],
     ["Motion by Trustee Ferris, seconded by Trustee Duarte, to approve the consent agenda. The",
      "motion carried 5-0."]),
    # a port district's consent calendar, lettered under its number
    ("3. Consent Calendar", ["3.A Approval of the minutes of February 26, 2025",
                             "3.B Treasurer's report for January 2025"],
     ["Commissioner Okafor moved to approve the Consent Calendar; Commissioner Mbeki seconded.",
      "Motion carried 4-0."]),
])
def test_consent_entries_in_body_type_are_the_lines_of_the_section(section, entries, motion):
    m = _minutes(_CALL + [(section, True)] + [(e, False) for e in entries]
                 + [(t, False) for t in motion] + _AFTER)
    assert [i.number for i in m.items] == ["1", "3", "4", "5"]
    consent = m.items[1]
    assert all(e in consent.text for e in entries) and "approve the" in consent.text


def test_entries_set_as_headings_or_under_no_motion_on_the_section_stay_items():
    motion = [("Motion by Trustee Ferris, seconded by Trustee Duarte, to approve the consent agenda.", False)]
    bold = _minutes(_CALL + [("3. Consent Agenda", True), ("3.1 Minutes of the February 26 meeting", True),
                             ("3.2 Warrants for February 2025", True)] + motion + _AFTER)
    assert [i.number for i in bold.items] == ["1", "3", "3.1", "3.2", "4", "5"]
    # no motion on the section after them: the numbered lines stay as printed
    none = _minutes(_CALL + [("3. Consent Agenda", True), ("3.1 Minutes of the February 26 meeting", False),
                             ("3.2 Warrants for February 2025", False)] + _AFTER)
    assert [i.number for i in none.items] == ["1", "3", "3.1", "3.2", "4", "5"]


def test_a_motion_on_the_last_entry_alone_leaves_the_entries_items():
    from pipeline.segment_items import Heading
    from pipeline.segment_sections import section_entries
    texts = [("6. Consent Calendar", True), ("6.1 Minutes of the April 2 meeting", False),
             ("6.2 Quarterly investment report", False),
             ("Motion by Commissioner Okafor to accept the quarterly investment report.", False),
             ("7. Harbor Dredging", True)]
    lines = [Line(t, 1, x0=72, top=100 + 20 * k, bold=b) for k, (t, b) in enumerate(texts)]
    heads = [Heading(0, "6", "Consent Calendar", "int"), Heading(1, "6.1", "Minutes of the April 2 meeting", "dotted"),
             Heading(2, "6.2", "Quarterly investment report", "dotted"), Heading(4, "7", "Harbor Dredging", "int")]
    assert section_entries(heads, lines) == set()
    lines[3] = Line("Motion by Commissioner Okafor to approve the Consent Calendar as presented.", 1, x0=72,
                    top=160)
    assert section_entries(heads, lines) == {1, 2}


# --- bids, quotes or tenders laid before the body ------------------------------------------------

def _types(title: str, *sentences: str) -> list[str]:
    from pipeline.classify import classify_sentences
    return [p.type for p in classify_sentences([(s, title) for s in sentences])]


@pytest.mark.parametrize("text", [
    "Chief Dorsey presented two bids for the Station 2 roof replacement, the lower from Summit "
    "Roofing for $48,300.",
    "The Clerk presented three quotations for the repair of the war memorial.",
    "The Facilities Manager tabled the tenders received for the cleaning contract.",
    "Ms. Ortiz presented 4 quotes from local contractors for resurfacing the tennis courts.",
])
def test_bids_laid_before_the_body_are_what_it_is_asked_to_decide(text):
    assert _types("Contracts", text) == ["proposal"]


def test_bids_reported_on_or_other_papers_presented_stay_information():
    assert _types("Contracts", "The Clerk reported that the bids had been opened on June 3.",
                  "Three bids were received for the roof.",
                  "The Chief presented the monthly call statistics.") == ["information"] * 3


# --- a resolution, its mover line after it, and a majority counted in votes ----------------------

_SOCIETY = ["Anil Deshpande", "Kavita Joshi", "Suresh Iyer", "Prakash Menon", "Rekha Kulkarni",
            "Farida Shaikh", "Omkar Pawar"]


def _votes(text: str, names: list[str]):
    from pipeline.votes import parse_votes
    return parse_votes(text, [{"name": n, "status": "present"} for n in names])


@pytest.mark.parametrize("text, names, motion, ayes, noes", [
    # a housing society: numbered resolution, the mover line after it, the count in votes
    ("Resolution No. 2/03/2025: Resolved that the work of the rooftop solar plant be awarded to "
     "M/s Suryakiran Energy Systems. Proposed by: Shri Anil Deshpande Seconded by: Shri Suresh Iyer "
     "The resolution was passed by a majority of 5 votes to 2, Shri Prakash Menon and Smt. Rekha "
     "Kulkarni voting against.", _SOCIETY, "Resolved that the work of the rooftop solar plant", 5, 2),
    # a residents' association: "RESOLVED THAT", "Proposed: / Seconded:", carried by a majority
    ("RESOLVED THAT the Association object to the planning application for 40 flats on the "
     "allotments. Proposed: Mrs Joan Hale Seconded: Mr Peter Ashby The motion was carried by a "
     "majority of 4 votes to 1.", ["Joan Hale", "Peter Ashby", "Ruth Okoro", "Ian Marsh", "Dev Patel"],
     "RESOLVED THAT the Association object to the planning application", 4, 1),
])
def test_the_resolution_above_its_mover_line_is_the_motion_counted_by_majority(text, names, motion,
                                                                                ayes, noes):
    (v,) = _votes(text, names)
    assert v.result == "carried" and v.motion.startswith(motion)
    assert (v.tally["ayes"], v.tally["noes"]) == (ayes, noes)


def test_a_mover_line_with_its_own_motion_keeps_it():
    (v,) = _votes("Moved: Cr Brennan Seconded: Cr Cho That the minutes of 3 March be confirmed. "
                  "CARRIED 4/0", ["Mary Brennan", "Wei Cho", "Ann Lee", "Tom Ryan"])
    assert v.motion.startswith("That the minutes of 3 March be confirmed")
