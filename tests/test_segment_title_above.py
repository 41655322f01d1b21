"""A numbered paragraph is no item heading: a number set alone with its heading just above it
(minutes laid out as a table of number | heading and text), and numbered points of an item that
run on as prose, under item headings set in bold."""
from __future__ import annotations

from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.segment_items import detect_headings

PITCH = 12.6


def _page(rows: list[tuple], page: int = 1) -> list[Line]:
    """Lines from (text, x0, bold, blank lines above) rows, stacked down one page."""
    out, top = [], 40.0
    for text, x0, bold, gap in rows:
        top += PITCH * (1 + gap)
        out.append(Line(text=text, page=page, x0=x0, x1=x0 + 5.2 * len(text), top=top,
                        bottom=top + 9, size=11.0, bold=bold))
    return out


BODY = "The Board viewed the paper submitted by the Finance Manager and the points raised were"
ROWS = [
    ("7. Financial Update", 87, True, 2),
    (BODY, 120, False, 1),
    ("noted by the Board, who thanked the Finance Manager for her clear report on them.", 120, False, 0),
    ("AGM Update", 120, True, 1),
    ("8.", 87, True, 0),
    ("The AGM documents were discussed by the Board and a number of changes were", 120, False, 0),
    ("agreed which will be amended prior to the meeting on Monday, including the timeline.", 120, False, 0),
    ("Health & Safety", 120, True, 2),
    ("10.", 84, True, 0),
    ("The General Manager asked for the Board to review the quarterly Health and", 120, False, 0),
    ("Safety report which was produced by the Compliance Manager for the Board.", 120, False, 0),
    ("11. General Manager Update", 87, True, 2),
    ("There were no matters raised by the members of the Board at this meeting today.", 120, False, 1),
]


def test_title_set_above_its_number_heads_the_item() -> None:
    lines = _page(ROWS)
    heads = detect_headings(lines)
    assert [(h.number, h.title) for h in heads] == [
        ("7", "Financial Update"), ("8", "AGM Update"), ("10", "Health & Safety"),
        ("11", "General Manager Update")]
    ten = heads[2]
    assert lines[ten.index].text == "Health & Safety" and ten.span == 2


def test_item_text_is_the_prose_under_the_number() -> None:
    lines = _page([("Minutes of the Board Meeting held on 8th July 2013", 87, True, 0)] + ROWS)
    doc = Document(path="board-2013-07-08.pdf", sha256="cd" * 32, pages=1, kind="born-digital")
    [m] = segment(doc, [Page(number=1, width=600, height=800, lines=lines)])
    items = {it.number: it for it in m.items if it.number}
    assert items["10"].title == "Health & Safety"
    assert items["10"].text.startswith("The General Manager asked for the Board")
    assert items["8"].title == "AGM Update" and "Health & Safety" not in items["8"].text
    assert items["7"].text.endswith("report on them.")  # the next item's title is not its text


def test_without_bold_a_title_case_line_over_a_sentence() -> None:
    rows = [(t, x0, False, g) for t, x0, _, g in ROWS]  # a scan read by OCR: no weights
    heads = detect_headings(_page(rows))
    assert ("10", "Health & Safety") in [(h.number, h.title) for h in heads]
    assert ("8", "AGM Update") in [(h.number, h.title) for h in heads]


def test_number_over_its_own_title_keeps_it() -> None:
    rows = [
        ("6.", 87, True, 2),
        ("Board Standing Orders", 120, True, 0),
        ("The Board reviewed its standing orders and agreed the changes proposed by the Chair.", 120, False, 1),
        ("7.", 87, True, 2),
        ("Staffing", 120, True, 0),
        ("The General Manager reported on the recruitment of two new library assistants.", 120, False, 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [("6", "Board Standing Orders"), ("7", "Staffing")]
    assert heads[0].index == 0


def test_a_closing_line_above_a_number_is_not_its_title() -> None:
    """The last line of the item above, a sentence, is never taken for the next one's title."""
    rows = [
        ("1. Apologies", 87, True, 2),
        ("Apologies were received from two members.", 120, False, 0),
        ("2.", 87, True, 1),
        ("Declarations of Interest", 120, True, 0),
        ("No declarations of interest were declared by the members present at the meeting.", 120, False, 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [("1", "Apologies"), ("2", "Declarations of Interest")]


def test_numbered_points_in_prose_are_no_items() -> None:
    """Points of an item numbered on from the items' own numbers ("4. Management Reports – the
    General Manager will …" after item 3), indented and in body type, under bold headings."""
    rows = [
        ("1. Apologies", 87, True, 2),
        ("Marion Harvey, Richard Hunt", 120, False, 0),
        ("2. Declarations of Interest", 87, True, 2),
        ("No declarations of interest were declared.", 120, False, 0),
        ("3. Matters Arising", 87, True, 2),
        ("4. Management Reports – the General Manager will develop these for the", 138, False, 1),
        ("next Board meeting as a framework to be signed off for the new Board", 156, False, 0),
        ("starting in September.", 156, False, 0),
        ("5. Insurance – It was confirmed that incorporated groups in membership are", 138, False, 1),
        ("covered by the insurance, specifically when this is an activity in support of", 156, False, 0),
        ("the Library, on the premises.", 156, False, 0),
        ("4. Decisions", 87, True, 2),
        ("The Board agreed with the proposals on branding and signage for all the libraries.", 120, False, 1),
        ("5. End of Year Report – Larking Gowen (Auditors)", 87, True, 2),
        ("The Annual Report and accounts have been collated by the auditors for the Board.", 120, False, 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [
        ("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Matters Arising"),
        ("4", "Decisions"), ("5", "End of Year Report – Larking Gowen (Auditors)")]


def test_a_numbered_heading_in_body_type_is_no_prose_point() -> None:
    """The same layout with a title after the number, not a sentence, stays an item."""
    rows = [
        ("1. Apologies", 87, True, 2),
        ("Marion Harvey, Richard Hunt", 120, False, 0),
        ("2. Declarations of Interest", 87, True, 2),
        ("No declarations of interest were declared.", 120, False, 0),
        ("3. Matters Arising", 87, True, 2),
        ("There were no matters arising from the minutes of the last meeting of the Board.", 120, False, 1),
        ("4. Budget Monitoring Report for the First Quarter of the Year", 138, False, 1),
        ("The Finance Manager presented the report on the first quarter's spending.", 156, False, 0),
        ("5. Decisions", 87, True, 2),
        ("The Board agreed with the proposals on branding and signage for all the libraries.", 120, False, 1),
    ]
    heads = detect_headings(_page(rows))
    assert ("4", "Budget Monitoring Report for the First Quarter of the Year") in [(h.number, h.title) for h in heads]
    assert [h.number for h in heads] == ["1", "2", "3", "4", "5"]


def test_number_beside_the_tail_of_the_sentence_above() -> None:
    """"7.4" level with the last words of 7.3's sentence, carried over the page; its heading is
    the line under it."""
    p4 = [("7.3", 69, False, 2), ("Finance & Audit Committee terms of reference", 109, False, 0),
          ("These were adopted by the Board as presented by the Committee noting", 109, False, 1)]
    p5 = [("7.4 a review at 28 February 2013.", 69, False, 0), ("Auditors", 109, False, 1),
          ("The Finance & Audit committee had seen presentations from three firms", 109, False, 1),
          ("of auditors and based on these recommended to the Board that Larking", 109, False, 0),
          ("Gowen were appointed as the auditors and tax advisers of Suffolk", 109, False, 0),
          ("Libraries based on their greater understanding of the societies.", 109, False, 0),
          ("8.0 Working groups", 69, True, 2),
          ("The Chair presented a paper showing a revised structure of the committees.", 109, False, 1)]
    head = [("7.1 August position", 69, False, 2),
            ("The August Summary circulated was noted by the Board at its meeting.", 109, False, 1),
            ("7.2 September position", 69, False, 2),
            ("IB reported that the cashflow indicated that the finances to date were in", 109, False, 1),
            ("line with expectations but as with August there is an element of delay in", 109, False, 0),
            ("respect of certain costs being billed such as business rates and repairs.", 109, False, 0)]
    lines = _page(head + p4) + _page(p5, page=2)
    heads = detect_headings(lines)
    got = [(h.number, h.title) for h in heads]
    assert ("7.4", "Auditors") in got and ("8.0", "Working groups") in got
    four = next(h for h in heads if h.number == "7.4")
    assert lines[four.index].text == "Auditors"  # the tail stays with 7.3's text
