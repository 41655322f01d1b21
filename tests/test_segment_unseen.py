"""Attendance blocks, lettered items and vote tables as printed by bodies the rules were not
tuned on (a UK health and wellbeing board, a US transit board, a US school board)."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_attendees import find_attendees, label_of
from pipeline.segment_items import detect_headings
from pipeline.segment_table import vote_table_rows
from pipeline.votes import parse_votes


def _lines(texts: list[str], x0: float = 50.0) -> list[Line]:
    out, top = [], 50.0
    for t in texts:
        top += 14.0
        out.append(Line(text=t, page=1, x0=x0, x1=x0 + 6 * len(t), top=top, bottom=top + 10,
                        size=11.0))
    return out


def _who(people) -> dict[str, str]:
    return {p.name: p.status for p in people}


def test_one_person_a_line_with_a_description_after_the_name() -> None:
    people = find_attendees(_lines([
        "Present:",
        "Cllr Ruth Adeyemi (Chair), Cabinet Member for Health and Adult Social Care",
        "Cllr Sam Ogden, Westmere Borough Council",
        "Helen Price, Director of Public Health",
        "",
        "Apologies:",
        "Supt Lee Hart, Westmere Police",
        "Janet Fowler, Healthwatch Westmere",
        "In attendance:",
        "Priya Nair, Health Improvement Manager",
        "1. Welcome and apologies",
    ]))
    assert _who(people) == {"Ruth Adeyemi": "chair", "Sam Ogden": "present", "Helen Price": "present",
                            "Lee Hart": "apologies", "Janet Fowler": "apologies",
                            "Priya Nair": "in_attendance"}
    roles = {p.name: p.role for p in people}
    assert "Westmere Police" in roles["Lee Hart"]
    assert "Cabinet Member for Health" in roles["Ruth Adeyemi"]


def test_a_block_of_several_titled_people_a_line_is_still_a_list() -> None:
    people = find_attendees(_lines(["Present:", "Cllr Ann Lloyd, Cllr Bob Jones", "Cllr Cat Price",
                                    "1. Apologies"]))
    assert _who(people) == {"Ann Lloyd": "present", "Bob Jones": "present", "Cat Price": "present"}


def test_an_office_under_a_members_label_is_a_member_where_staff_have_their_own() -> None:
    people = find_attendees(_lines([
        "Members present: Karen Walsh, President; Luis Ortega, Vice President; Dana Kim, Clerk;",
        "Michael Brown. Members absent: Jennifer Adams.",
        "",
        "Staff present: Dr. Robert Hayes, Superintendent; Nina Patel, Chief Business Officer.",
    ]))
    got = _who(people)
    assert got["Dana Kim"] == "present" and got["Jennifer Adams"] == "absent"
    assert got["Robert Hayes"] == got["Nina Patel"] == "in_attendance"


def test_a_staff_post_in_a_plain_present_run_stays_staff() -> None:
    people = find_attendees(_lines([
        "Present: Tony Brown (Chair), Alison Wheeler (Chief Executive), Sue Buck",
        "",
        "In attendance: Nikki Sturmey (Governance Manager)",
    ]))
    assert _who(people)["Alison Wheeler"] == "in_attendance"
    assert _who(people)["Sue Buck"] == "present"


def test_a_sentence_after_chair_is_no_attendance_label() -> None:
    assert label_of("Chair Gloria Alvarez called the meeting to order at 9:00 a.m. in the Board "
                    "Room, 400 Depot Street, Sacramento Valley.") is None
    assert label_of("Chair: Gloria Alvarez") == ("chair", "Gloria Alvarez")


def test_letters_restart_under_each_roman_section() -> None:
    lines = _lines(["VI. ACTION ITEMS", "", "A. Route 12 Sunday Service - Reconsideration",
                    "Director Marsh presented the analysis.", "", "VII. INFORMATION ITEMS", "",
                    "A. Fare Capping Pilot", "General Manager Chen reported that it was shelved.",
                    "", "B. Paratransit Eligibility Recertification", "Marsh reported.", "",
                    "VIII. BOARD MEMBER COMMENTS", "None."])
    lines = [l for l in lines if l.text]
    got = [(h.number, h.title) for h in detect_headings(lines)]
    assert ("A", "Fare Capping Pilot") in got
    assert [n for n, _ in got] == ["VI", "A", "VII", "A", "B", "VIII"]


def _row(text: str, x0: float, x1: float, top: float, bold: bool = False) -> Line:
    return Line(text=text, page=1, x0=x0, x1=x1, top=top, bottom=top + 10, size=10.0, bold=bold)


def _table(top: float, marks: dict[str, float]) -> list[Line]:
    """A 'Vote Yea Nay Absent' table; each member's mark drawn at the given column x."""
    rows = [_row("Vote Yea Nay Absent", 64, 338, top, bold=True)]
    for k, (name, x) in enumerate(marks.items()):
        rows.append(_row(f"{name} X", 64, x + 6.67, top + 16 * (k + 1)))
    return rows


_PROSE = [_row("Motion by Kim, second by Ortega, to approve the calendar as presented by staff "
               "in the packet.", 64, 64 + 10.5 * 38.0, 10 + 14 * k) for k in range(3)]


def test_vote_table_marks_are_read_by_column() -> None:
    first = _table(100, {"Walsh": 184, "Brown": 184, "Adams": 304})
    second = _table(300, {"Walsh": 184, "Brown": 244, "Adams": 304})
    out = vote_table_rows(_PROSE + first + second)
    texts = [l.text for l in out[len(_PROSE):]]
    assert texts == ["Vote:", "Walsh: Yea;", "Brown: Yea;", "Adams: Absent.",
                     "Vote:", "Walsh: Yea;", "Brown: Nay;", "Adams: Absent."]


def test_vote_table_whose_columns_cannot_be_placed_is_left_as_printed() -> None:
    only = _table(100, {"Walsh": 184, "Adams": 304})  # two mark positions, three columns
    lines = _PROSE + only
    assert [l.text for l in vote_table_rows(lines)] == [l.text for l in lines]


def test_roll_call_between_the_motion_and_its_result() -> None:
    att = [{"name": n, "status": "present"} for n in ("Karen Walsh", "Dana Kim", "Michael Brown")]
    att.append({"name": "Jennifer Adams", "status": "absent"})
    (v,) = parse_votes("Motion by Kim, second by Walsh, to approve the calendar. Vote: Walsh: Yea; "
                       "Kim: Yea; Brown: Nay; Adams: Absent. Motion carried 2-1.", att)
    assert v.members == {"Karen Walsh": "aye", "Dana Kim": "aye", "Michael Brown": "no",
                         "Jennifer Adams": "absent"}
    assert v.tally["absent"] == 1 and v.tally["noes"] == 1
    assert v.motion == "Motion by Kim, second by Walsh, to approve the calendar"


def test_a_wrapped_list_of_offices_is_not_one_person_a_line() -> None:
    people = find_attendees(_lines([
        "Present: Cllr Ann Lloyd (Chair), Cllr Bob Jones",
        "OFFICIALS IN ATTENDANCE:",
        "Chief Executive (Mr. C. Murray), Deputy Chief Executive and Director, Economic Development",
        "(Dr. P. Daly), Director, Housing Development, (Ms. A. Duke) Meetings Administrator (Mr. J.",
        "Clune), Administrative Officer, Corporate Services (Ms. F. McCormack).",
        "1. Apologies",
    ]))
    names = {p.name for p in people}
    assert not any(n.endswith(")") for n in names), names
    assert {"C. Murray", "A. Duke", "F. McCormack"} <= names


def test_a_present_list_opened_by_the_chair_keeps_its_executives_members() -> None:
    # an NHS-style board: the Chair first ("Name, Chair"), then non-executive and executive
    # directors one a line, the secretary under "In attendance:", apologies run with ";"
    people = find_attendees(_lines([
        "Present:", "Prof Alan Reid, Chair", "Joan Kerr, Non-Executive Director",
        "Ravi Shah, Medical Director", "Lucy Byrne, Director of Nursing",
        "In attendance:", "Tom Hale, Trust Secretary (minutes)",
        "Apologies:", "Ann Wood, Non-Executive Director; Ian Cole, Chief Executive",
    ]))
    assert _who(people) == {"Alan Reid": "chair", "Joan Kerr": "present", "Ravi Shah": "present",
                            "Lucy Byrne": "present", "Tom Hale": "in_attendance",
                            "Ann Wood": "apologies", "Ian Cole": "apologies"}


def test_a_non_executive_director_in_a_plain_present_run_is_a_member() -> None:
    people = find_attendees(_lines([
        "Present: Joan Kerr, Non-Executive Director, Ravi Shah, Director of Finance"]))
    assert _who(people) == {"Joan Kerr": "present", "Ravi Shah": "in_attendance"}
