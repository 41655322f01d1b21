"""An attendance register printed as a table, rewritten as labelled blocks (pipeline/layout_roster.py)."""
from __future__ import annotations

import re

from pipeline.layout_roster import attendance_grids
from pipeline.records import Line, Page
from pipeline.segment_attendees import find_attendees

XS = [68.0, 108.0, 258.0, 433.0]


def _row(top: float, cells: list[str], bold: bool = False) -> list[Line]:
    return [Line(text=t, page=1, x0=x, x1=x + 4.6 * len(t), top=top, bottom=top + 9.5, size=9.5,
                 bold=bold) for x, t in zip(XS, cells) if t]


def _prose(top: float, text: str, bold: bool = False) -> list[Line]:
    return [Line(text=text, page=1, x0=64, x1=64 + 4.8 * len(text), top=top, bottom=top + 10.5,
                 size=10.5, bold=bold)]


def _page(rows: list[list[Line]]) -> Page:
    return Page(1, 595, 842, lines=[ln for r in rows for ln in r])


REGISTER = [
    _prose(60, "Minutes of the Ordinary Meeting of the Cantonment Board held on 12-06-2025"),
    _prose(90, "ATTENDANCE", True),
    _row(110, ["S. No.", "Name", "Designation", "Attendance"], True),
    _row(128, ["1", "Brig. Asad Mehmood", "Station Commander / President", "Present"]),
    _row(146, ["2", "Mr. Tariq Javed Awan", "Vice President (Ward 3)", "Present"]),
    _row(164, ["3", "Mr. Shahid Mahmood Khan", "Elected Member (Ward 4)", "Leave granted"]),
    _row(182, ["4", "Maj. Adeel Rauf", "Nominated Member", "Present"]),
    _prose(204, "Also present: Mr. Kamran Yousaf, Cantonment Executive Officer."),
    _prose(230, "1. CONFIRMATION OF THE MINUTES", True),
    _prose(248, "The minutes of the meeting held on 17-04-2025 were confirmed."),
]


def test_the_register_becomes_one_block_per_status_and_no_row_is_an_item() -> None:
    page = attendance_grids(_page(REGISTER))
    texts = [ln.text for ln in page.lines]
    assert texts[2:9] == [
        "Present:", "Brig. Asad Mehmood, Station Commander / President",
        "Mr. Tariq Javed Awan, Vice President (Ward 3)", "Maj. Adeel Rauf, Nominated Member",
        "Apologies:", "Mr. Shahid Mahmood Khan, Elected Member (Ward 4)",
        "Also present: Mr. Kamran Yousaf, Cantonment Executive Officer."]
    tops = [ln.top for ln in page.lines]
    assert tops == sorted(tops) and max(tops[2:8]) < 204  # the blocks keep to the rows' room
    people = {p.name: (p.status, p.role) for p in find_attendees(page.lines)}
    assert people["Shahid Mahmood Khan"][0] == "apologies"
    assert people["Maj. Adeel Rauf"][0] == "present"
    assert people["Kamran Yousaf"][0] == "in_attendance"
    # no numbered row is left for the item rules to take for an agenda item
    assert [t for t in texts if re.match(r"\d+\.?\s", t)] == ["1. CONFIRMATION OF THE MINUTES"]


def test_a_table_without_an_attendance_column_is_left_as_printed() -> None:
    # "S. No. | Name | Designation" lists people without a status: the attendee rules read it
    # under its label; and a register whose status is no status word is left alone too
    plain = _page([_row(110, ["S. No.", "Name", "Designation"], True),
                   _row(128, ["1", "Brig. Asad Mehmood", "President"]),
                   _row(146, ["2", "Mr. Tariq Javed Awan", "Vice President"])])
    assert attendance_grids(plain) is plain
    odd = _page([_row(110, ["S. No.", "Name", "Designation", "Attendance"], True),
                 _row(128, ["1", "Brig. Asad Mehmood", "President", "3 of 4"]),
                 _row(146, ["2", "Mr. Tariq Javed Awan", "Vice President", "4 of 4"])])
    assert attendance_grids(odd) is odd
    # an action register has no name column
    log = _page([_row(110, ["No.", "Action", "Responsible", "Status"], True),
                 _row(128, ["1", "Repair the road", "CEO", "Open"]),
                 _row(146, ["2", "Renew the lease", "CEO", "Closed"])])
    assert attendance_grids(log) is log
