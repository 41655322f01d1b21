"""Rules written for the sixth round of unseen minutes (tests/scenarios/round6), each checked on
text shaped like theirs and on what it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.records import Line
from pipeline.segment_attendees import _dash_role, find_attendees
from pipeline.segment_body import meeting_body
from pipeline.segment_dates import meeting_date


def _lines(texts: list[str]) -> list[Line]:
    return [Line(text=t, page=1) for t in texts if t]


def test_name_dash_office_lines_under_a_bare_label() -> None:
    people = find_attendees(_lines([
        "PRESENT:",
        "Hon. Ricardo M. Dela Cruz - Punong Barangay, Presiding Officer",
        "Hon. Maricel T. Santos - Barangay Kagawad",
        "ABSENT:",
        "Hon. Antonio L. Garcia - Barangay Kagawad",
        "ALSO PRESENT:",
        "Ms. Rowena C. Castillo - Barangay Secretary",
        "I. CALL TO ORDER",
    ]))
    got = {p.name: (p.status, p.role) for p in people}
    assert got == {
        "Ricardo M. Dela Cruz": ("chair", "Punong Barangay, Presiding Officer"),
        "Maricel T. Santos": ("present", "Barangay Kagawad"),
        "Antonio L. Garcia": ("absent", "Barangay Kagawad"),
        "Rowena C. Castillo": ("in_attendance", "Barangay Secretary"),
    }


def test_group_labels_inside_a_numbered_block_are_no_people() -> None:
    people = find_attendees(_lines([
        "IN ATTENDANCE",
        "Secretariat",
        "1. Mr. Brian Odhiambo - Clerk Assistant",
        "County Executive",
        "1. Dr. Samuel Kariuki - Chief Officer, Health Services",
        "MIN. 045/KCA/HS/2024: PRELIMINARIES",
    ]))
    got = {p.name: p.role for p in people}
    assert got == {"Brian Odhiambo": "Clerk Assistant",
                   "Samuel Kariuki": "Chief Officer, Health Services"}


@pytest.mark.parametrize("text", [
    "Police Department – Acceptance of Grant Award",  # a heading and its subject
    "Roll Call – Present: Councilmembers Daysog, Herrera Spencer, Jensen, Vella",
    "Common Property – Phil Boroff, Chair",  # a committee over its chair
    "● Senator Kavanaugh - Updated the board on state legislative initiatives",  # a report
    "First Vice Chair – Peggy Catlin, District N",  # the office first
    "member Bettina Teodoro – Resolution",
])
def test_dash_lines_that_are_no_name_and_office(text: str) -> None:
    assert _dash_role(text) is None


def test_the_title_under_a_letterhead_dates_the_meeting() -> None:
    lines = _lines([
        "Republic of the Philippines", "Province of Laguna", "Municipality of Los Baños",
        "BARANGAY SAN ROQUE", "OFFICE OF THE SANGGUNIANG BARANGAY",
        "MINUTES OF THE REGULAR SESSION OF THE SANGGUNIANG BARANGAY OF SAN ROQUE HELD ON AUGUST 5, 2024",
        "PRESENT:", "Hon. Ricardo M. Dela Cruz - Punong Barangay, Presiding Officer",
        "II. APPROVAL OF THE MINUTES OF THE PREVIOUS SESSION",
        "On motion of Kagawad Santos, seconded by Kagawad Reyes, the minutes of the July 15, 2024 "
        "session were approved without corrections.",
    ])
    assert meeting_date(lines, min_score=4.0) == "2024-08-05"
    assert "Sangguniang Barangay" in meeting_body(lines)


def test_minutes_of_a_meeting_held_inside_an_agenda_stay_an_earlier_meeting() -> None:
    lines = _lines([
        "TOWN COUNCIL", "AGENDA", "Meeting of 12 March 2024", "1. Apologies",
        "2. Minutes of the meeting held on 13 February 2024", "3. Planning",
    ])
    assert meeting_date(lines) == "2024-03-12"


ROSTER = [{"name": n, "status": "present", "role": ""} for n in
          ("Maricel T. Santos", "Jose P. Villanueva", "Lorna B. Reyes", "Edgardo S. Bautista",
           "Kristine A. Mendoza")]


def test_on_motion_of_seconded_by_then_a_passive_result() -> None:
    from pipeline.votes import parse_votes
    text = ("Kagawad Bautista objected to the project.\nOn motion of Kagawad Villanueva, seconded by "
            "Kagawad Mendoza, Appropriation Ordinance No. 4, Series of 2024 was approved. Voting: 4 in "
            "favor, 1 against (Kagawad Bautista).\nThe Secretary shall furnish a copy.")
    (v,) = parse_votes(text, ROSTER)
    assert (v.mover, v.seconder, v.result) == ("Jose P. Villanueva", "Kristine A. Mendoza", "carried")
    assert v.tally["ayes"] == 4 and v.tally["noes"] == 1
    assert v.members.get("Edgardo S. Bautista") == "no"


def test_a_passive_result_without_a_motion_is_no_vote() -> None:
    from pipeline.votes import parse_votes
    assert parse_votes("The minutes of the previous meeting were approved.", ROSTER) == []
    assert parse_votes("The budget, moved by the Treasurer last year, was approved.", ROSTER) == []


def test_mover_and_seconder_in_brackets_after_the_result() -> None:
    from pipeline.votes import parse_votes
    (v,) = parse_votes("The minutes were reviewed. Approved as presented (Carter / Lindgren).", [])
    assert (v.mover, v.seconder, v.result) == ("Carter", "Lindgren", "carried")
    assert parse_votes("Approved as presented (see Appendix A/B).", []) == []


def test_a_signature_line_after_the_last_item_is_no_part_of_it() -> None:
    from pipeline.records import Document, Page
    from pipeline.segment import segment
    texts = ["Board of Management Minutes", "Date: 6 February 2024", "1. Minutes",
             "The minutes were adopted.", "2. Date of next meeting",
             "The next meeting will take place on 12th March 2024.", "",
             "Signed: ______________________ (Chairperson)", "Chairman ........ Date ......"]
    doc = Document(path="x.txt", sha256="0" * 64, pages=1, kind="text")
    (m,) = segment(doc, [Page(1, 0, 0, lines=[Line(text=t, page=1) for t in texts])])
    last = m.items[-1]
    assert last.text.endswith("12th March 2024.")
    assert not any("Signed" in l.text or "...." in l.text for l in last.lines)


@pytest.mark.parametrize("text", [
    "For the Board of Directors to approve Resolution No. ______, Series of 2023, replacing",
    "Open Space____", "Signed by the Chair", "Date: 12 March 2024",
])
def test_lines_with_a_blank_that_are_no_signature(text: str) -> None:
    from pipeline.segment import _SIGN_LINE
    assert not _SIGN_LINE.match(text)


def _set(text: str, top: float, x0: float = 64.0, size: float = 10.0, bold: bool = False,
         second: str = "", col: float = 254.0) -> Line:
    """A line set in a proportional font (9.66 pt per model em), a second column at `col`."""
    from pipeline.segment_table import text_width
    x1 = col + 9.66 * text_width(second) if second else x0 + 9.66 * text_width(text)
    return Line(text=f"{text} {second}".strip(), page=1, x0=x0, x1=x1, top=top, bottom=top + size,
                size=size, bold=bold)


def test_a_name_and_organisation_list_under_bare_labels() -> None:
    prose = [_set("The minute of the meeting held on 26 June 2024 was approved as a correct record.",
                  400 + 14 * k) for k in range(3)]
    lines = [
        _set("Sederunt", 135, bold=True), _set("Voting Members:", 151, bold=True),
        _set("Councillor Fiona Baird (Chair)", 167, second="Glencairn Council"),
        _set("Ms Moira Drummond (Vice Chair)", 183, second="NHS Ayrshire Board"),
        _set("Non-Voting Members:", 234, bold=True),
        _set("Ms Karen Lockhart", 250, second="Chief Officer"),
        _set("Mr Gordon Rae", 266, second="Chief Finance Officer"),
        _set("In Attendance:", 285, bold=True),
        _set("Ms Anne Strachan", 301, second="Committee Services Officer"),
        _set("1.", 362, bold=True), *prose,
    ]
    got = {p.name: (p.status, p.role) for p in find_attendees(lines)}
    assert got == {
        "Fiona Baird": ("chair", "Councillor, Chair, Glencairn Council"),
        "Moira Drummond": ("present", "Vice Chair, NHS Ayrshire Board"),
        "Karen Lockhart": ("present", "Chief Officer"),
        "Gordon Rae": ("present", "Chief Finance Officer"),
        "Anne Strachan": ("in_attendance", "Committee Services Officer"),
    }


def test_a_block_of_names_with_no_second_column_is_read_as_before() -> None:
    from pipeline.segment_table import split_columns
    rows = [_set("Councillor Fiona Baird", 167), _set("Ms Moira Drummond", 183),
            _set("Mr Stuart Henderson", 199)]
    assert split_columns(rows, 9.66) is None


def test_no_column_between_initials_and_surname_nor_at_a_joining_dash() -> None:
    from pipeline.segment_table import split_columns
    # rows set wide (as a scan reads them), "Hon. W. M." and "Hon. R. P." ending at one x
    rows = [_set("Hon. W. M.", 167, second="Senanayake - Chairman", col=150),
            _set("Hon. R. P.", 183, second="Dissanayake - Vice Chairman", col=150)]
    assert split_columns(rows, 9.66) is None
    rows = [_set("Mrs. D. Wijesinghe -", 167, second="Secretary", col=250),
            _set("Mr. T. Kumaran -", 183, second="Technical Officer", col=250)]
    assert split_columns(rows, 9.66) is None
    # near case: a name column with initials and surname, then offices, still splits
    rows = [_set("Hon. W. M. Senanayake", 167, second="Chairman", col=250),
            _set("Hon. R. P. Dissanayake", 183, second="Vice Chairman", col=250)]
    got = split_columns(rows, 9.66)
    assert got and [a for a, _ in got[0]] == ["Hon. W. M. Senanayake", "Hon. R. P. Dissanayake"]
