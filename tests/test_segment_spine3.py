"""Unit tests of the spine rules added for the third round of probes (dates written in other
countries' ways, item numbering by minute reference, part divisions and planning references,
attendance worded as a roll call in prose, notice of absence, offices before names)."""
from __future__ import annotations

import pytest

from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.segment_attendees import find_attendees, label_of, parse_people
from pipeline.segment_dates import document_years, find_dates, meeting_date, prefers_day_first
from pipeline.segment_items import number_key, parse_number, slash_year_last
from tests.test_segment import _lines


def _text_lines(text: str) -> list[Line]:
    return [Line(text=t, page=1) for t in text.splitlines() if t.strip()]


def _doc() -> Document:
    return Document(path="x.pdf", sha256="ab" * 32, pages=1, kind="born-digital")


# --- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("held on the fifth day of March, 2024 at 10:00 a.m.", "2024-03-05"),
    ("by the twenty-first day of June 2023", "2023-06-21"),
    ("on the thirty-first day of January, 2025", "2025-01-31"),
])
def test_day_written_as_an_ordinal_word(text: str, iso: str) -> None:
    assert [h.iso for h in find_dates(text)] == [iso]


@pytest.mark.parametrize("text,day_first", [
    ("Date: 05/03/2024. Repairs before 30/04/2024.", True),  # 30 can only be a day
    ("Meeting date: 03/05/2024. A draft by 03/19/2024.", False),  # 19 can only be a day
    ("Cllr Owen welcomed members. Date: 05/03/2024. Budget £4,000.", True),  # UK spellings
    ("Selectman Novak. Meeting date: 03/05/2024. The center program.", False),  # US spellings
])
def test_day_month_order_from_unambiguous_dates_then_country_cues(text: str, day_first: bool) -> None:
    assert prefers_day_first(text) is day_first


def test_spelled_out_dates_still_decide_before_country_cues() -> None:
    assert not prefers_day_first("Cllr Smith. Tuesday, March 5, 2024; April 9, 2024")


def test_weekday_without_a_year_takes_a_year_the_document_prints() -> None:
    lines = _text_lines("NORTHFIELD DISTRICT COUNCIL\n"
                        "Minutes of the Planning Committee held on Wednesday 6 March at 6.00pm\n"
                        "Present: Councillors J Whitmore (Chair), R Patel\n"
                        "3. Minutes\n"
                        "The minutes of the meeting held on 7 February 2024 were agreed.")
    years = document_years(" ".join(l.text for l in lines) + " Planning Committee – March 2024")
    assert meeting_date(lines, day_first=True, years=years) == "2024-03-06"
    # 6 March is a Wednesday in 2024, not in 2023: a year whose calendar disagrees is not taken
    assert meeting_date(lines[:2], day_first=True, years=[2023]) == ""


def test_minutes_agreed_as_a_record_is_not_the_meeting_date() -> None:
    lines = _text_lines("Parish Council minutes\nThe minutes of 7 February 2024 were agreed as a "
                        "correct record.\nMeeting held in the Village Hall, 5 March 2024\n"
                        "Next meeting 2 April 2024.")
    assert meeting_date(lines, day_first=True) == "2024-03-05"


# --- items -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,number,title", [
    ("Min. 112/24 Apologies for absence", "112/24", "Apologies for absence"),
    ("Minute No. 23/045 Declarations of interest", "23/045", "Declarations of interest"),
    ("Agenda Item No. 7 – Lease of warehouse 7", "7", "Lease of warehouse 7"),
    ("### Item 1: Call to Order", "1", "Call to Order"),
    ("24/00123/FUL – 12 High Street, Northfield", "24/00123/FUL", "12 High Street, Northfield"),
])
def test_parse_number_round3(text: str, number: str, title: str) -> None:
    got = parse_number(text)
    assert got is not None and got[:2] == (number, title)


@pytest.mark.parametrize("text", ["Minutes were approved.", "12 minutes later the vote",
                                  "24/00087/HH, a rear extension",
                                  "5 – Place and Address of Meetings) to change the process"])
def test_parse_number_round3_rejects_text(text: str) -> None:
    # "5 – Place and Address of Meetings)" wrapped from a sentence: a dash after a bare number
    # is a heading only behind an "Item No." prefix
    assert parse_number(text) is None


def test_minute_reference_key_is_its_running_number() -> None:
    assert number_key("112/24", "slash") == (112,)
    assert number_key("23/045", "slash") == (45,)


def test_minute_reference_with_parts_of_equal_length() -> None:
    # "PL/48/24", "PL/49/24": the year is the part that stays the same; "24/12", "24/13" the first
    assert slash_year_last(["PL/48/24", "PL/49/24", "PL/50/24"]) is True
    assert slash_year_last(["24/12", "24/13", "11/30"]) is False
    assert slash_year_last(["PL/48/24"]) is None
    assert number_key("PL/48/24", "slash", year_last=True) == (48,)
    assert number_key("24/13", "slash", year_last=False) == (13,)


def test_minute_references_with_the_year_last_are_items() -> None:
    text = ("WEALDHAM DISTRICT COUNCIL\nPlanning Committee, 15 January 2025\n"
            "PL/45/24 APOLOGIES FOR ABSENCE\nNone.\nPL/46/24 DECLARATIONS OF INTEREST\n"
            "None were made.\nPL/47/24 MILL LANE, FENBRIDGE\nThe officer reported on the scheme.\n"
            "PL/48/24 DATE OF NEXT MEETING\nThe next meeting is on 12 February 2025.\n")
    (m,) = segment(_doc(), [Page(1, 612, 792, _text_lines(text))])
    assert [i.number for i in m.items] == ["PL/45/24", "PL/46/24", "PL/47/24", "PL/48/24"]


def test_plain_text_minute_references_are_items() -> None:
    text = ("HARLOW VALE PARISH COUNCIL\nDate: 05/03/2024\n"
            "Min. 112/24 Apologies for absence\nNone.\nMin. 113/24 Declarations of interest\n"
            "None were made.\nMin. 114/24 Footpath repairs\nThe Clerk reported on the repairs.\n"
            "Min. 115/24 Date of next meeting\nThe next meeting is on 2 April 2024.\n")
    (m,) = segment(_doc(), [Page(1, 612, 792, _text_lines(text))])
    # in plain text, with no type to set them apart, four references in a row are a numbering
    assert [i.number for i in m.items] == ["112/24", "113/24", "114/24", "115/24"]
    assert m.date == "2024-03-05"


def test_part_heading_ends_an_item_and_is_none() -> None:
    lines = _lines([("HARBOUR BOARD MINUTES", 72, True), ("Date: 2024-03-05", 72),
                    ("Agenda Item No. 1 – Opening", 72, True, 14), ("The Chair opened the meeting.", 72),
                    ("Agenda Item No. 2 – Dredging", 72, True, 14), ("The Board noted the tenders.", 72),
                    ("PART B – EXEMPT ITEMS", 72, True, 14),
                    ("Agenda Item No. 1 – Lease of warehouse", 72, True, 14), ("The Board approved it.", 72)])
    (m,) = segment(_doc(), [Page(1, 612, 792, lines)])
    assert [(i.number, i.title) for i in m.items] == [
        ("1", "Opening"), ("2", "Dredging"), ("1", "Lease of warehouse")]
    assert "PART B" not in m.items[1].text


# --- attendance --------------------------------------------------------------------------

def test_roll_call_in_prose() -> None:
    lab = label_of("Roll call: Chair Dana Whitfield – present, Selectman Greg Novak – present, "
                   "Selectman Tara Quinlan – present (via Zoom), Selectman Paul Esposito – absent.")
    assert lab is not None
    people = parse_people(lab[1], lab[0])
    assert [(p.name, p.status) for p in people] == [
        ("Dana Whitfield", "chair"), ("Greg Novak", "present"), ("Tara Quinlan", "present"),
        ("Paul Esposito", "absent")]


@pytest.mark.parametrize("text,status", [
    ("ABSENT WITH NOTICE:", "apologies"),
    ("Absent with notice: Kari Berg", "apologies"),
    ("Directors present by video conference: Samuel Greer", "present"),
])
def test_label_of_round3(text: str, status: str) -> None:
    lab = label_of(text)
    assert lab is not None and lab[0] == status


def test_office_before_name_and_role_after_name() -> None:
    people = parse_people("Town Administrator Lisa Harmon; Town Counsel Robert Feld", "in_attendance")
    assert [(p.name, p.role) for p in people] == [("Lisa Harmon", "Town Administrator"),
                                                  ("Robert Feld", "Town Counsel")]
    people = parse_people("Jonas Lie, Harbour Master; Eva Strand, Secretary", "in_attendance")
    assert [(p.name, p.role) for p in people] == [("Jonas Lie", "Harbour Master"),
                                                  ("Eva Strand", "Secretary")]


def test_roles_after_a_dash_in_a_block() -> None:
    lines = _text_lines("PRESENT:\nMr. Desmond Clarke – Chairman\nMrs. Yvonne Baptiste – Deputy Chairman\n"
                        "Dr. Errol Fontaine – Director\nABSENT WITH NOTICE:\nMr. Carl Benn – Director\n"
                        "I. CALL TO ORDER\nThe Chairman called the meeting to order.")
    got = [(p.name, p.status) for p in find_attendees(lines)]
    assert got == [("Desmond Clarke", "chair"), ("Yvonne Baptiste", "present"),
                   ("Errol Fontaine", "present"), ("Carl Benn", "apologies")]


def test_apologies_end_with_their_sentence() -> None:
    lines = _text_lines("Apologies were received from Councillors S Green and P Hart. Councillor "
                        "Patel attended as substitute for Councillor Green.")
    assert [(p.name, p.status) for p in find_attendees(lines)] == [
        ("S Green", "apologies"), ("P Hart", "apologies")]


def test_a_label_line_of_another_kind_ends_the_list() -> None:
    lines = _text_lines("Present: Alison Reid (Chair), Fiona Baird\nQuorum: yes\n"
                        "Regrets: Douglas Tait, Elaine Kerr\nWELCOME AND APOLOGIES\nThe Chair welcomed all.")
    assert [(p.name, p.status) for p in find_attendees(lines)] == [
        ("Alison Reid", "chair"), ("Fiona Baird", "present"), ("Douglas Tait", "apologies"),
        ("Elaine Kerr", "apologies")]
