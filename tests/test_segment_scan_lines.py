"""Minutes read off a scan by OCR: a speck before an item number, a full stop read as a comma,
a roll call wrapped onto a line of its own, a sentence about who was introduced."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment import _items
from pipeline.segment_items import parse_number

ROWS = [  # (text, x0, top, size): as OCR gives them, sizes uneven
    ("MINUTES OF THE REGULAR MEETING", 202, 149, 11.0),
    ("PENSION BOARD OF THE CITY OF ALAMEDA", 182, 175, 11.0),
    ("HELD 4:30 P.M., APRIL 30, 2018", 221, 189, 11.0),
    (": 1. The meeting was called to order by Trish Herrera Spencer at 4:32 p.m.", 24, 269, 13.6),
    ("2. ROLL CALL:", 83, 309, 10.6),
    ("Present: Chair Mayor Trish Herrera Spencer, Secretary Nancy Bronstein, Bill", 118, 329, 21.6),
    ("Soderlund, Nancy Elzig", 118, 348, 13.1),
    ("Staff: Edwin Gato, Financial Services Manager; Chad Barr, Administrative", 118, 374, 13.6),
    ("Technician - Human Resources", 118, 388, 11.0),
    ("Nancy Bronstein introduced Edwin Gato, new Financial Services Manager", 118, 414, 14.0),
    ("3. MINUTES:", 83, 429, 10.6),
    ("The minutes of the Regular Meeting of January 29, 2018 were moved for", 118, 456, 13.1),
    ("approval by Member Elzig and seconded by Member Soderlund. Passed 3-0.", 118, 469, 13.1),
    ("4, AGENDA ITEMS:", 83, 510, 10.6),
    ("4-A. Pension Payroll and Financial Reports — Quarter Ending March 31, 2018", 118, 536, 13.1),
    ("and City of Alameda Police & Fire Pension Funds Financial Reports for the", 118, 549, 13.1),
    ("Period Ending March 31, 2018.", 118, 563, 13.1),
    ("Financial Services Manager Gato explained the March 2018 increase in costs is", 118, 590, 13.1),
    ("due to the quarterly uniform allowance. Staff member Gato next explained that", 118, 603, 13.1),
    ("5. ORAL COMMUNICATIONS, NON-AGENDA (PUBLIC COMMENT):", 85, 640, 10.6),
    ("There were no oral communications from the public.", 119, 666, 13.1),
    ("6. ADJOURNMENT:", 85, 700, 10.6),
    ("There being no additional items to come before the board, the meeting was", 119, 726, 13.1),
    ("adjourned at 4:40 p.m.", 119, 740, 13.1),
]


def _lines() -> list[Line]:
    return [Line(text=t, page=1, x0=x0, x1=x0 + 5.6 * len(t), top=top, bottom=top + 10, size=size)
            for t, x0, top, size in ROWS]


def test_ocr_number_forms() -> None:
    assert parse_number(": 1. The meeting was called to order at 4:32 p.m.")[0] == "1"
    assert parse_number("4, AGENDA ITEMS:")[:2] == ("4", "AGENDA ITEMS")
    assert parse_number("4, 5 and 6 were approved together.") is None


def test_scanned_minutes_items() -> None:
    items = [it for it in _items(_lines(), "m") if not it.opening]
    assert [it.number for it in items] == ["1", "2", "3", "4", "4-A", "5", "6"]
    assert items[1].title == "ROLL CALL" and "Soderlund, Nancy Elzig" in items[1].text
    assert "introduced Edwin Gato" in items[1].text
