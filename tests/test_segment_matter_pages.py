"""Minutes that give each matter a page of its own (boards of estimates, commissions): the same
heading atop several pages heads a matter on each, a "cont’d" heading goes on with the one above,
a cover page's centred heading is an item, a note in brackets and a label over figures are not."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment import _items

PROSE = ["The Board is requested to approve and authorize execution of a lease agreement with",
         "the lessee for rental of the property located at 1427 Light Street, known as School 33,",
         "for one year, with an automatic renewal of one year unless the lease is terminated."]
MOTION = ["UPON MOTION duly made and seconded, the Board approved and authorized execution of",
          "the lease agreement with the lessee for rental of the property located there."]


def _page(page: int, rows: list[tuple[str, float]], bold: set[str] = frozenset()) -> list[Line]:
    out, top = [], 100.0
    for k, (text, x0) in enumerate(rows):
        top += 14 if k != 1 else 28  # space under the heading
        width = 5.4 * len(text)
        out.append(Line(text=text, page=page, x0=x0, x1=x0 + width if x0 >= 0 else 0, top=top,
                        bottom=top + 10, size=12.0, bold=text in bold))
    return out


def _matter(page: int, title: str) -> list[Line]:
    return _page(page, [(title, 72)] + [(t, 72) for t in PROSE] + [("(FILE NO. 56338)", 72)]
                 + [(t, 72) for t in MOTION], bold={"(FILE NO. 56338)"})


def _centred(page: int, texts: list[str]) -> list[Line]:
    """Lines centred on a 72–540 column."""
    out, top = [], 100.0
    for t in texts:
        top += 30
        w = 6.0 * len(t)
        out.append(Line(text=t, page=page, x0=306 - w / 2, x1=306 + w / 2, top=top, bottom=top + 10,
                        size=12.0, bold=t.isupper()))
    return out


def test_a_matter_a_page() -> None:
    lines = (_page(1, [("BOARD OF ESTIMATES March 17, 2010", 72), ("REGULAR MEETING", 72)]
                   + [(t, 72) for t in PROSE])
             + _matter(2, "Space Utilization Committee - Lease Agreement")
             + _matter(3, "Space Utilization Committee - Lease Agreement")
             + _matter(4, "Space Utilization Committee - Lease Agreement")
             + _matter(5, "Space Utilization Committee – License Agreement")
             + _page(6, [("Space Utilization Committee – cont’d", 72)] + [(t, 72) for t in MOTION])
             + _centred(7, ["PERSONNEL MATTERS", "* * * * *", "UPON MOTION duly made and seconded,",
                            "the Board approved", "all of the Personnel matters",
                            "listed on the following pages:"])
             + _page(8, [("Law Department – Claim Settlement", 72), ("Annual Rent", 72), ("$4,200.00", 72)] + [(t, 72) for t in MOTION]))
    items = [it for it in _items(lines, "m") if not it.opening]
    assert [(it.title, it.page_start) for it in items] == [
        ("Space Utilization Committee - Lease Agreement", 2),
        ("Space Utilization Committee - Lease Agreement", 3),
        ("Space Utilization Committee - Lease Agreement", 4),
        ("Space Utilization Committee – License Agreement", 5),
        ("PERSONNEL MATTERS", 7),
        ("Law Department – Claim Settlement", 8)]
    assert "UPON MOTION" in items[3].text and items[3].page_end == 6  # cont’d: the same matter


def test_a_sub_heading_repeated_inside_items_is_still_dropped() -> None:
    """"Questions and Answers" after each speaker, never atop a page: no items."""
    rows = [("1. Public Session", 72)]
    for k in range(3):
        rows += [(f"Speaker {k + 1} spoke about the crossing at the school and the speed of traffic.", 72),
                 ("Questions and Answers", 72),
                 ("Members asked about the timing of the works and the cost of the proposed crossing.", 72)]
    rows += [("2. Adjournment", 72), ("The meeting was adjourned at 9 pm by the Chair of the Board.", 72)]
    lines = _page(1, rows, bold={"1. Public Session", "2. Adjournment", "Questions and Answers"})
    assert [it.title for it in _items(lines, "m") if not it.opening] == ["Public Session", "Adjournment"]


def test_a_centred_label_over_a_table_is_no_item() -> None:
    """"PROMOTIONS" centred atop a page over a table set at the margin heads the table."""
    lines = (_page(1, [("1. Activity Report", 72), ("The report was received by the Board of the City.", 72)],
                   bold={"1. Activity Report"})
             + _centred(2, ["PROMOTIONS"])
             + _page(2, [("DATE DEPARTMENT JOB CLASSIFICATION", 72), ("12/19/21 Recreation & Park Worker", 72),
                         ("01/02/22 AMP Substation & Meter Supervisor", 72)])
             + _page(3, [("2. Adjournment", 72), ("The meeting was adjourned at 9 pm by the Chair.", 72)],
                     bold={"2. Adjournment"}))
    lines.sort(key=lambda l: (l.page, l.top))
    assert [it.title for it in _items(lines, "m") if not it.opening] == ["Activity Report", "Adjournment"]


def test_a_list_of_payments_and_its_banner_atop_the_next_page() -> None:
    """A cover page approving the list "on the following pages", the list under the banner
    again: one item; its numbered rows of amounts and their group labels are no items."""
    lines = (_page(1, [("Law Department – Claim Settlement", 72)] + [(t, 72) for t in PROSE + MOTION])
             + _centred(2, ["PERSONNEL MATTERS", "* * * * *", "UPON MOTION duly made and seconded,",
                            "the Board approved", "all of the Personnel matters",
                            "listed on the following pages:"])
             + _page(3, [("PERSONNEL", 72), ("Department of Finance", 72), ("Hourly Rate Amount", 250),
                         ("1. TIMOTHY KRUS $45.07 $78,873.00", 72),
                         ("Mr. Krus, a retiree, will continue to work as a Special Project Assistant.", 108),
                         ("Baltimore City Fire Department", 72), ("2. MARY G. LESSER $30.00 $18,390.00", 72),
                         ("Ms. Lesser, a retiree, will continue to work as a Special Advisor to the", 108)],
                     bold={"PERSONNEL", "1. TIMOTHY KRUS $45.07 $78,873.00", "2. MARY G. LESSER $30.00 $18,390.00"})
             + _page(4, [("Bureau of Water and Wastewater", 72),
                         ("1. EWO #028, $ 28,883.04 – WC 1156, Locust Point Area", 72),
                         ("Infrastructure Rehabilitation", 97),
                         ("$ 7,883,300.00 $ 4,321,141.27 Spiniello Companies 5 91", 97),
                         ("2. EWO #030, $210,875.00 – WC 1156, Locust Point Area", 72),
                         ("Infrastructure Rehabilitation", 97),
                         ("$ 7,883,300.00 $ 4,373,191.99 Spiniello Companies 0 98", 97)]))
    items = [it for it in _items(lines, "m") if not it.opening]
    assert [(it.title, it.page_start) for it in items] == [
        ("Law Department – Claim Settlement", 1), ("PERSONNEL MATTERS", 2)]
    assert "TIMOTHY KRUS" in items[1].text and "Spiniello" in items[1].text


def test_a_numbered_heading_naming_an_amount_stays() -> None:
    lines = _page(1, [("1. Grant of $25,000 to the Friends of the Park", 72),
                      ("The Board approved the grant to the Friends of the Park for the new garden.", 72),
                      ("2. Adjournment", 72), ("The meeting was adjourned at 9 pm by the Chair.", 72)],
                  bold={"1. Grant of $25,000 to the Friends of the Park", "2. Adjournment"})
    assert [it.title for it in _items(lines, "m") if not it.opening] == [
        "Grant of $25,000 to the Friends of the Park", "Adjournment"]
