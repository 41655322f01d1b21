"""What opens a later page and is no agenda item: the page's header block
(pipeline/segment_pagehead.py) and a list running on over the page break (segment_items.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.eval_cache import corpus_dir

CORPUS = corpus_dir()


def _page(rows: list[tuple], page: int) -> Page:
    """A page from (text, x0[, extra space above]) rows: header lines in 11 pt, text in 14 pt,
    as an OCR scan measures them."""
    lines, top = [], 10.0
    for row in rows:
        text, x0 = row[0], row[1]
        top += 12.0 + (row[2] if len(row) > 2 else 0)
        size = 11.0 if x0 < 100 else 14.4
        lines.append(Line(text=text, page=page, x0=x0, x1=x0 + 6 * len(text), top=top,
                          bottom=top + size, size=size, bold=False))
    return Page(number=page, width=612, height=792, lines=lines)


FIRST = [
    ("MINUTES OF THE REGULAR MEETING", 200), ("OF THE", 280),
    ("HARBOUR COMMISSION OF THE TOWN OF WESTBROOK", 170), ("HELD 6:00 P.M., MARCH 3, 2021", 210),
    ("1. The meeting was called to order by the Chair at 6:02 p.m.", 75),
    ("2. ROLL CALL:", 75), ("Present: Commissioners Ortega, Lindqvist, Baptiste", 110),
    ("3. MINUTES:", 75), ("The minutes of the meeting of February 3, 2021 were approved 3-0.", 110),
    ("4. REPORTS:", 75),
]


def _doc(second: list[tuple]) -> list:
    pages = [_page(FIRST, 1), _page(second, 2)]
    return segment(Document(path="x.pdf", sha256="ab" * 32, pages=2, kind="born-digital"), pages)


def _titles(meetings: list) -> list[str]:
    return [it.title for m in meetings for it in m.items]


def test_organisation_atop_a_later_page_over_its_header_block_is_no_item():
    second = [
        ("Town of Westbrook", 76), ("Minutes of the Regular Meeting of the", 76),
        ("Harbour Commission — Wednesday, March 3, 2021", 76), ("Page 2", 76),
        ("4-A. Quarterly moorings report for the period ending December 31, 2020", 112, 12),
        ("The harbourmaster summarised the quarter's moorings and fees collected.", 112, 14),
        ("5. ADJOURNMENT:", 75, 14), ("The meeting was adjourned at 6:40 p.m.", 110, 14),
    ]
    meetings = _doc(second)
    titles = _titles(meetings)
    assert "Town of Westbrook" not in titles
    assert any(t.startswith("Quarterly moorings report") for t in titles)
    assert "ADJOURNMENT" in titles


def test_a_heading_atop_a_later_page_with_text_under_it_stays_an_item():
    # the near case: an unnumbered heading naming a body, with an item's text under it
    second = [
        ("Finance Committee", 76),
        ("The committee chair reported that the audit had been received and circulated.", 110, 12),
        ("5. ADJOURNMENT:", 75, 14), ("The meeting was adjourned at 6:40 p.m.", 110, 14),
    ]
    titles = _titles(_doc(second))
    assert "Finance Committee" in titles


def test_the_header_block_over_text_running_on_from_the_item_above_is_no_item():
    second = [
        ("Town of Westbrook", 76), ("Minutes of the Regular Meeting of the", 76),
        ("Harbour Commission — Wednesday, March 3, 2021", 76), ("Page", 76), ("2", 100),
        ("Commissioner Ortega asked whether the fees include visiting vessels and staff", 112, 12),
        ("replied that they do.", 112),
        ("5. ADJOURNMENT:", 75, 14), ("The meeting was adjourned at 6:40 p.m.", 110, 14),
    ]
    meetings = _doc(second)
    assert "Town of Westbrook" not in _titles(meetings)
    reports = next(it for m in meetings for it in m.items if it.title == "REPORTS")
    assert "visiting vessels" in reports.text  # the running-on text stays with its item


# --- a list of names running over the page break (pipeline/segment_items.py) -----------------

def _list_doc(second: list[tuple]) -> list:
    first = FIRST[:-1] + [("4. COMMITTEE MEMBERSHIP:", 75), ("The membership will be as follows:", 110, 12),
                          ("Moorings", 110, 12), ("Ana Ortega", 110), ("Piet Lindqvist", 110)]
    pages = [_page(first, 1), _page(second, 2)]
    return segment(Document(path="x.pdf", sha256="ab" * 32, pages=2, kind="born-digital"), pages)


def test_a_list_of_names_going_on_atop_the_next_page_is_no_item():
    second = [("Dee Walsh", 110), ("Marie Baptiste", 110), ("Jon Okafor", 110),
              ("5. ADJOURNMENT:", 75, 14), ("The meeting was adjourned at 6:40 p.m.", 110, 14)]
    titles = _titles(_list_doc(second))
    assert "Dee Walsh" not in titles
    assert "ADJOURNMENT" in titles


def test_a_short_heading_atop_the_next_page_over_a_paragraph_stays_an_item():
    second = [("Winter Berths", 110),
              ("The harbourmaster proposed that winter berths be let by the month from November.", 110),
              ("5. ADJOURNMENT:", 75, 14), ("The meeting was adjourned at 6:40 p.m.", 110, 14)]
    assert "Winter Berths" in _titles(_list_doc(second))


def test_suffolk_committee_members_over_the_page_break():
    path = CORPUS / "suffolk_libraries" / "board" / "board-meeting-minutes-2013-09-26.pdf"
    if not path.exists():
        pytest.skip("corpus not available")
    from pipeline.pdf import stream
    from pipeline import layout
    doc, it = stream(str(path), raw=True, ocr=False)
    meetings = segment(doc, list(layout.clean(list(it))))
    titles = _titles(meetings)
    # page 2 opens with "Tony Brown", the last of the Staffing committee's members
    assert "Tony Brown" not in titles
    assert {"Finance and Audit", "Governance", "Health and Safety", "Management Reports"} <= set(titles)


# --- a house number in a table of people read row by row (pipeline/segment_items.py) ---------

def _text_items(rows: list[str]) -> list[tuple[str, str]]:
    doc = Document(path="minutes.md", sha256="0" * 64, pages=1, kind="text", backend="text")
    meetings = segment(doc, [Page(1, 0.0, 0.0, [Line(text=t, page=1) for t in rows])])
    return [(it.number, it.title) for m in meetings for it in m.items if not it.opening]


MEMBERS = ["MINUTES OF THE ANNUAL MEETING OF WESTMOOR DISTRICT COUNCIL", "HELD ON FRIDAY, 4TH JUNE 2021",
           "**1.**", "**RETURN OF MEMBERS ELECTED**", "The following were returned:",
           "NAME", "PARTY", "OCCUPATION", "ADDRESS",
           "Hennessy, Maura", "Independent", "Farmer", "Rathmore, Kilcolgan,", "Co. Westmoor",
           "Dunne, Padraig", "Labour", "Teacher"]


def test_a_house_number_in_a_table_of_members_is_no_item():
    rows = MEMBERS + ["2 Orchard Grove, Ballyfin", "Mill Road, Westport", "Co. Westmoor",
                      "Quinlan, Sorcha", "Green Party", "Nurse", "Churchtown, Co. Westmoor",
                      "**2.**", "**ELECTION OF CATHAOIRLEACH**", "Councillor Dunne was elected."]
    items = _text_items(rows)
    assert not any("Orchard Grove" in t for _, t in items)
    assert ("2", "ELECTION OF CATHAOIRLEACH") in items


def test_a_numbered_heading_over_its_text_after_the_table_stays_an_item():
    # the near case: a number and place names over a sentence, not over more of an address
    rows = MEMBERS + ["Churchtown, Co. Westmoor",
                      "2 Kilcolgan, Ballyfin", "The Council noted the report on the two villages.",
                      "3 Adjournment", "The meeting ended at 5 pm."]
    items = _text_items(rows)
    assert ("2", "Kilcolgan, Ballyfin") in items


def test_a_section_heading_atop_a_later_page_over_its_sub_items_stays_an_item():
    # the near cases: a body word in a heading with only a sub-item under it, and the same
    # heading over a minutes title and page number (the header block)
    from pipeline.segment_items import Heading
    from pipeline.segment_pagehead import page_header_headings
    first = _page(FIRST, 1).lines
    section = _page([("Committee Reports", 76),
                     ("4-A. Moorings Committee: the committee met twice.", 112, 12)], 2).lines
    lines = first + section
    heads = [Heading(4, "1", "The meeting was called to order", "dotted"),
             Heading(len(first), "", "Committee Reports", "plain"),
             Heading(len(first) + 1, "4-A", "Moorings Committee", "dotted")]
    assert page_header_headings(heads, lines) == set()
    header = _page([("Town of Westbrook", 76), ("Minutes of the Regular Meeting of the", 76),
                    ("Page 2", 76), ("4-A. Moorings Committee: the committee met twice.", 112, 12)], 2).lines
    heads[1:] = [Heading(len(first), "", "Town of Westbrook", "plain"),
                 Heading(len(first) + 3, "4-A", "Moorings Committee", "dotted")]
    assert page_header_headings(heads, first + header) == {len(first)}
