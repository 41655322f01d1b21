"""The small rules the twentieth probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_items import detect_headings, is_table_header, parse_number


def _lines(texts: list[tuple[str, bool]], x0: float = 62) -> list[Line]:
    return [Line(t, 1, x0=x0, x1=x0 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k,
                 size=10.5, bold=b) for k, (t, b) in enumerate(texts)]


def test_mixed_case_committee_letters_before_the_minute_number():
    assert parse_number("CoG/25/034 Appointment of Non-Executive Directors")[:2] == \
        ("CoG/25/034", "Appointment of Non-Executive Directors")
    texts = [("### CoG/25/031 Welcome and apologies", True), ("The Chair welcomed all.", False),
             ("### CoG/25/032 Minutes of the last meeting", True), ("Approved.", False),
             ("### CoG/25/033 Chief Executive's report", True), ("The CEO reported.", False)]
    assert [h.number for h in detect_headings(_lines(texts))] == \
        ["CoG/25/031", "CoG/25/032", "CoG/25/033"]
    # the forms read before stay as they were; a word in lower case before a date-like pair is
    # no committee
    assert parse_number("BD/25/01 Minutes")[0] == "BD/25/01"
    assert parse_number("Re/12/24 was the date") is None


def test_county_agenda_file_numbers_beside_their_titles():
    assert parse_number("25-0414 Short-Term Rental Ordinance - Introduction")[:3] == \
        ("25-0414", "Short-Term Rental Ordinance - Introduction", "fileno")
    texts = [("25-0410 Call to Order", True), ("The Chair called the meeting to order.", False),
             ("25-0411 Report Out of Closed Session", True), ("No reportable action.", False),
             ("25-0412 Consent Calendar", True), ("Approved 5-0.", False),
             ("25-0413 Adjournment", True), ("Adjourned at noon.", False)]
    assert [h.number for h in detect_headings(_lines(texts))] == \
        ["25-0410", "25-0411", "25-0412", "25-0413"]
    # a range, a year span or a phone number opening a line is no file number
    assert parse_number("10-15 minutes were allowed") is None
    assert parse_number("2024-25 Budget") is None or parse_number("2024-25 Budget")[2] != "fileno"
    assert parse_number("555-1234 was the number") is None


def test_a_roll_call_tables_header_row_is_no_heading():
    assert is_table_header("Supervisor Aye No Absent")
    assert is_table_header("Member  Yes  No  Abstain")
    assert not is_table_header("Supervisor Alvarado")
    assert not is_table_header("No Parking Zones")
    texts = [("3. Rental ordinance", True), ("Roll call vote:", False),
             ("Supervisor Aye No Absent", True), ("Whitaker X", False), ("Pruitt X", False),
             ("4. Adjournment", True), ("Adjourned.", False)]
    assert [h.title for h in detect_headings(_lines(texts))] == ["Rental ordinance", "Adjournment"]
