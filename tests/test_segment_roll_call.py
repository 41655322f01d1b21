"""A roll call run on to a new line ("Spencer: Aye; Knox White: Aye; …") is no run-in heading,
while a real run-in label ("Mayor's Report: …", "Public Comment: …") still is."""
from __future__ import annotations

import pytest

from pipeline.records import Line
from pipeline.segment_items import detect_headings
from tests.test_segment import _lines


def _closed_session(first_line_p2: str) -> list[Line]:
    # Alameda City Council 2022-09-06 pp.1-2: the roll call wraps over the page break, so page 2
    # opens on "Spencer: Aye; …", a member's name and vote that was read as an item "Spencer".
    page1 = _lines([
        ("CLOSED SESSION ITEMS", 72, False, 14),
        ("(22-520) Conference With Legal Counsel – Workers’ Compensation Claim.", 72, False, 14),
        ("Following the Closed Session, the City Attorney announced the Council authorized", 72, False, 14),
        ("the City Attorney to settle the pending workers’ compensation claims in an amount not to", 72),
        ("exceed $125,000 by the following roll call vote: Councilmembers Daysog: Aye; Herrera", 72),
    ])
    page2 = _lines([
        (first_line_p2, 72),
        ("regarding Employee Appointment/Hiring, staff provided information and Council", 72),
        ("provided direction with no vote taken by the Council at this meeting tonight.", 72),
        ("Adjournment", 72, False, 14),
        ("There being no further business, the Mayor adjourned the meeting at 6:48 p.m. today.", 72, False, 14),
    ], page=2)
    return page1 + page2


@pytest.mark.parametrize("line", [
    "Spencer: Aye; Knox White: Aye; Vella: Aye; and Mayor Ezzy Ashcraft: Aye; Ayes: 5;",
    "Spencer: No; Knox White: Aye; Vella: Aye; and Mayor Ezzy Ashcraft: Aye. Ayes: 4. Noes: 1.",
    "Councilmember Vella: Abstain; Mayor Ezzy Ashcraft: Aye. Ayes: 4. Abstentions: 1.",
    "Spencer: Absent.",
])
def test_a_roll_call_run_on_to_a_new_page_is_no_heading(line: str) -> None:
    titles = [h.title for h in detect_headings(_closed_session(line))]
    assert "Adjournment" in titles
    assert not any(t.startswith(("Spencer", "Councilmember")) for t in titles)


@pytest.mark.parametrize("line,title", [
    ("Mayor's Report: The Mayor reported on the regional transit meeting held this month.", "Mayor's Report"),
    ("Public Comment: No speakers came forward on any matter not on the agenda tonight.", "Public Comment"),
    ("Public Comment: None.", "Public Comment"),
])
def test_a_run_in_label_opening_a_page_is_still_a_heading(line: str, title: str) -> None:
    titles = [h.title for h in detect_headings(_closed_session(line))]
    assert title in titles


def test_a_vote_count_wrapped_on_to_a_new_line_is_no_heading() -> None:
    # Alameda City Council 2023-04-04 p.2 ("[Absent:" / "Councilmember Vella – 1.]") and
    # 2023-10-03 p.10 ("… Herrera Spencer" / "– 2. Noes: Councilmembers …"): the count of one
    # list and the next list were read as an item "Councilmember Vella" and an item "2. Noes: …".
    lines = _lines([
        ("CONSENT CALENDAR", 72, False, 14),
        ("Vice Mayor Daysog seconded the motion, which carried by unanimous voice vote - 4. [Absent:", 72, False, 14),
        ("Councilmember Vella – 1.] [Items so enacted or adopted are indicated by an asterisk", 72),
        ("Councilmember Herrera Spencer seconded the motion, which failed by the following", 72, False, 14),
        ("voice vote: Ayes: Councilmembers Daysog and Herrera Spencer", 72),
        ("– 2. Noes: Councilmembers Jensen, Vella and Mayor Ezzy Ashcraft – 3.", 72),
        ("Adjournment", 72, False, 14),
        ("There being no further business, the Mayor adjourned the meeting at 9 p.m. today.", 72, False, 14),
    ])
    assert [(h.number, h.title) for h in detect_headings(lines)] == [
        ("", "CONSENT CALENDAR"), ("", "Adjournment")]


def test_a_numbered_heading_and_a_dash_label_near_them_stay_headings() -> None:
    lines = _lines([
        ("1. Call to Order", 72, False, 14),
        ("The Mayor called the meeting to order at 7 p.m. in the council chamber tonight.", 72, False, 14),
        ("2. Roll Call", 72, False, 14),
        ("Present: Councilmembers Daysog, Vella and Mayor Ezzy Ashcraft – 3.", 72, False, 14),
        ("Treasurer’s Report – The Treasurer presented the accounts for the quarter to date.", 72, False, 14),
    ])
    titles = [h.title for h in detect_headings(lines)]
    assert titles[:2] == ["Call to Order", "Roll Call"]


def test_the_first_name_of_a_list_a_sentence_introduces_is_no_heading() -> None:
    # Suffolk Libraries board 2014-11-27 p.5: "The Board members who volunteered to be on this
    # Committee are:" / "Jonathan Ogden" / "Peter Callaghan" / …: the first name became an item
    lines = _lines([
        ("8. Marketing and Communications Update", 86, True, 12.5),
        ("The need for this Committee arose from the last Board meeting and was discussed at", 120, False, 12.5),
        ("the Governance Meeting as an area which needs focusing on.", 120),
        ("The Board members who volunteered to be on this Committee are:", 120, False, 12.5),
        ("Jonathan Ogden", 120, False, 12.5),
        ("Peter Callaghan", 120),
        ("Sylvia Knights", 120),
        ("Anne Mallalieu", 120),
        ("The first meeting will take place on Monday 15th January 2015, 11.30am – 1.30pm at", 120, False, 12.5),
        ("Castle Hill Community Centre, before the scheduled Staffing Committee meeting.", 120),
        ("9. Any Other Business", 86, True, 25),
        ("There was no other business to discuss.", 120, False, 12.5),
    ], gap=12.5)
    assert [h.title for h in detect_headings(lines)] == ["Marketing and Communications Update",
                                                         "Any Other Business"]
