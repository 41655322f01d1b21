"""A board whose seats go with offices lists them at the head of its minutes, name and office a
line and no label over them (boards of estimates, county commissions): its attendees."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_attendees import find_attendees


def _lines(texts: list[str], x0: float = 72.0) -> list[Line]:
    return [Line(text=t, page=1, x0=x0 if not t.startswith("The ") else 144.0, x1=400, top=50 + 14 * k,
                 bottom=60 + 14 * k, size=12.0) for k, t in enumerate(texts)]


HEAD = ["BOARD OF ESTIMATES March 17, 2010", "REGULAR MEETING"]
ROSTER = [
    "Honorable Bernard C. “Jack” Young, President",
    "Honorable Stephanie Rawlings-Blake, Mayor",
    "Honorable Joan M. Pratt, Comptroller and Secretary",
    "George A. Nilson, City Solicitor",
    "David E. Scott, Director of Public Works",
    "Donald Huskey, Deputy City Solicitor",
    "Ben Meli, Deputy Director of Public Works",
    "Bernice H. Taylor, Deputy Comptroller and Clerk",
]


def test_seat_roster_read_with_office_holders_present_and_deputies_staff() -> None:
    people = find_attendees(_lines(HEAD + ROSTER + ["The meeting was called to order by the President."]))
    got = {p.name: p.status for p in people}
    assert got == {
        "Bernard C. “Jack” Young": "chair",  # called to order by the President
        "Stephanie Rawlings-Blake": "present", "Joan M. Pratt": "present",
        "George A. Nilson": "present", "David E. Scott": "present",
        "Donald Huskey": "in_attendance", "Ben Meli": "in_attendance", "Bernice H. Taylor": "in_attendance"}
    assert {p.name: p.role for p in people}["Joan M. Pratt"] == "Comptroller and Secretary"


def test_name_and_organisation_lines_are_no_roster() -> None:
    """Speakers listed with where they come from name no post: no attendees."""
    rows = ["Maria Lopez, Tribeca Trust", "John Smith, Downtown Alliance", "Ann Lee, Friends of the Park",
            "The meeting was called to order by the Chair."]
    assert find_attendees(_lines(HEAD + rows)) == []


def test_two_lines_are_no_roster() -> None:
    rows = ["George A. Nilson, City Solicitor", "David E. Scott, Director of Public Works",
            "The meeting was called to order by the President."]
    assert find_attendees(_lines(HEAD + rows)) == []
