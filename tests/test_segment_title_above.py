"""A numbered paragraph is no item heading: a number set alone with its heading just above it
(minutes laid out as a table of number | heading and text), and numbered points of an item that
run on as prose, under item headings set in bold."""
from __future__ import annotations

from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.segment_items import detect_headings

PITCH = 12.6
NUMBER_X, TEXT_X = 87, 120  # the number column and the text column of the items


def _page(rows: list[tuple], page: int = 1) -> list[Line]:
    """Lines from (text, x0, bold, blank lines above) rows, stacked down one page."""
    out, top = [], 40.0
    for text, x0, bold, gap in rows:
        top += PITCH * (1 + gap)
        out.append(Line(text=text, page=page, x0=x0, x1=x0 + 5.2 * len(text), top=top,
                        bottom=top + 9, size=11.0, bold=bold))
    return out


def head(text: str, gap: int = 2, x0: float = NUMBER_X) -> tuple:
    """A bold row (an item's number and heading), `gap` blank lines above it."""
    return (text, x0, True, gap)


def para(text: str, gap: int = 0, x0: float = TEXT_X) -> tuple:
    """A row in body type (the item's text), `gap` blank lines above it."""
    return (text, x0, False, gap)


BODY = "The Board viewed the paper submitted by the Finance Manager and the points raised were"
ROWS = [
    head("7. Financial Update"),
    para(BODY, 1),
    para("noted by the Board, who thanked the Finance Manager for her clear report on them."),
    head("AGM Update", 1, TEXT_X),
    head("8.", 0),
    para("The AGM documents were discussed by the Board and a number of changes were"),
    para("agreed which will be amended prior to the meeting on Monday, including the timeline."),
    head("Health & Safety", 2, TEXT_X),
    head("10.", 0, 84),
    para("The General Manager asked for the Board to review the quarterly Health and"),
    para("Safety report which was produced by the Compliance Manager for the Board."),
    head("11. General Manager Update"),
    para("There were no matters raised by the members of the Board at this meeting today.", 1),
]
# The first three items of a board's minutes, under bold numbered headings.
OPENING = [
    head("1. Apologies"),
    para("Marion Harvey, Richard Hunt"),
    head("2. Declarations of Interest"),
    para("No declarations of interest were declared."),
    head("3. Matters Arising"),
]
BRANDING = "The Board agreed with the proposals on branding and signage for all the libraries."


def test_title_set_above_its_number_heads_the_item() -> None:
    lines = _page(ROWS)
    heads = detect_headings(lines)
    assert [(h.number, h.title) for h in heads] == [
        ("7", "Financial Update"), ("8", "AGM Update"), ("10", "Health & Safety"),
        ("11", "General Manager Update")]
    ten = heads[2]
    assert lines[ten.index].text == "Health & Safety" and ten.span == 2


def test_item_text_is_the_prose_under_the_number() -> None:
    lines = _page([head("Minutes of the Board Meeting held on 8th July 2013", 0)] + ROWS)
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
        head("6."),
        head("Board Standing Orders", 0, TEXT_X),
        para("The Board reviewed its standing orders and agreed the changes proposed by the Chair.", 1),
        head("7."),
        head("Staffing", 0, TEXT_X),
        para("The General Manager reported on the recruitment of two new library assistants.", 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [("6", "Board Standing Orders"), ("7", "Staffing")]
    assert heads[0].index == 0


def test_a_closing_line_above_a_number_is_not_its_title() -> None:
    """The last line of the item above, a sentence, is never taken for the next one's title."""
    rows = [
        head("1. Apologies"),
        para("Apologies were received from two members."),
        head("2.", 1),
        head("Declarations of Interest", 0, TEXT_X),
        para("No declarations of interest were declared by the members present at the meeting.", 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [("1", "Apologies"), ("2", "Declarations of Interest")]


def test_numbered_points_in_prose_are_no_items() -> None:
    """Points of an item numbered on from the items' own numbers ("4. Management Reports – the
    General Manager will …" after item 3), indented and in body type, under bold headings."""
    rows = OPENING + [
        para("4. Management Reports – the General Manager will develop these for the", 1, 138),
        para("next Board meeting as a framework to be signed off for the new Board", 0, 156),
        para("starting in September.", 0, 156),
        para("5. Insurance – It was confirmed that incorporated groups in membership are", 1, 138),
        para("covered by the insurance, specifically when this is an activity in support of", 0, 156),
        para("the Library, on the premises.", 0, 156),
        head("4. Decisions"),
        para(BRANDING, 1),
        head("5. End of Year Report – Larking Gowen (Auditors)"),
        para("The Annual Report and accounts have been collated by the auditors for the Board.", 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [
        ("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Matters Arising"),
        ("4", "Decisions"), ("5", "End of Year Report – Larking Gowen (Auditors)")]


def test_a_numbered_heading_in_body_type_is_no_prose_point() -> None:
    """The same layout with a title after the number, not a sentence, stays an item."""
    rows = OPENING + [
        para("There were no matters arising from the minutes of the last meeting of the Board.", 1),
        para("4. Budget Monitoring Report for the First Quarter of the Year", 1, 138),
        para("The Finance Manager presented the report on the first quarter's spending.", 0, 156),
        head("5. Decisions"),
        para(BRANDING, 1),
    ]
    heads = detect_headings(_page(rows))
    assert ("4", "Budget Monitoring Report for the First Quarter of the Year") in [(h.number, h.title) for h in heads]
    assert [h.number for h in heads] == ["1", "2", "3", "4", "5"]


def test_number_beside_the_tail_of_the_sentence_above() -> None:
    """"7.4" level with the last words of 7.3's sentence, carried over the page; its heading is
    the line under it."""
    num, text = 69, 109  # this page's number and text columns; its headings in body type
    p4 = [para("7.3", 2, num), para("Finance & Audit Committee terms of reference", 0, text),
          para("These were adopted by the Board as presented by the Committee noting", 1, text)]
    p5 = [para("7.4 a review at 28 February 2013.", 0, num), para("Auditors", 1, text),
          para("The Finance & Audit committee had seen presentations from three firms", 1, text),
          para("of auditors and based on these recommended to the Board that Larking", 0, text),
          para("Gowen were appointed as the auditors and tax advisers of Suffolk", 0, text),
          para("Libraries based on their greater understanding of the societies.", 0, text),
          head("8.0 Working groups", 2, num),
          para("The Chair presented a paper showing a revised structure of the committees.", 1, text)]
    p3 = [para("7.1 August position", 2, num),
          para("The August Summary circulated was noted by the Board at its meeting.", 1, text),
          para("7.2 September position", 2, num),
          para("IB reported that the cashflow indicated that the finances to date were in", 1, text),
          para("line with expectations but as with August there is an element of delay in", 0, text),
          para("respect of certain costs being billed such as business rates and repairs.", 0, text)]
    lines = _page(p3 + p4) + _page(p5, page=2)
    heads = detect_headings(lines)
    got = [(h.number, h.title) for h in heads]
    assert ("7.4", "Auditors") in got and ("8.0", "Working groups") in got
    four = next(h for h in heads if h.number == "7.4")
    assert lines[four.index].text == "Auditors"  # the tail stays with 7.3's text


# The number printed beside the item's first line of text, its title just above it in the text
# column (a board's minutes laid out as number | heading and text, the heading's baseline higher).
BESIDE = [
    head("7. Financial Update"),
    para(BODY, 1),
    para("noted by the Board, who thanked the Finance Manager for her clear report on them."),
    head("Health and Safety", 1, TEXT_X),
    para("8. 1. The quarterly reports will be sent to the Board for discussion at the next", 0, NUMBER_X),
    para("meeting. In the interim months a brief update will be requested.", 0, 156),
    para("2. The Compliance Manager will be updating the Health and Safety", 0, 138),
    head("Urgent Matters", 1, TEXT_X),
    para("9. SK raised the urgent issue of Public Liability and whether the Friends Groups are", 0, NUMBER_X),
    para("covered by the main Suffolk Libraries insurance as the Board had assumed.", 0, TEXT_X),
    head("10. General Manager Update", 2),
    para("There were no matters raised by the members of the Board at this meeting today.", 1),
]


def test_number_beside_the_first_line_of_text_heads_the_title_above_it() -> None:
    heads = detect_headings(_page(BESIDE))
    assert [(h.number, h.title) for h in heads] == [
        ("7", "Financial Update"), ("8", "Health and Safety"), ("9", "Urgent Matters"),
        ("10", "General Manager Update")]
    lines = _page([head("Minutes of the Board Meeting held on 29th May 2013", 0)] + BESIDE)
    doc = Document(path="board-2013-05-29.pdf", sha256="ab" * 32, pages=1, kind="born-digital")
    [m] = segment(doc, [Page(number=1, width=600, height=800, lines=lines)])
    items = {it.number: it for it in m.items if it.number}
    # the item's text starts after its number: the first point of its list, or its sentence
    assert items["8"].text.startswith("1. The quarterly reports will be sent")
    assert items["9"].text.startswith("SK raised the urgent issue")
    assert "Urgent Matters" not in items["8"].text


def test_a_numbered_address_under_a_group_label_keeps_its_own_title() -> None:
    """A licensing list under a bold area label ("Tribeca area" / "1. 78 Leonard Street, …, new
    application for …"): the entry is no sentence, so the label is not its title."""
    rows = OPENING + [
        para("There were no matters arising from the minutes of the last meeting of the Board.", 1),
        head("Tribeca area", 1, TEXT_X),
        para("4. 78 Leonard Street, Smart Kitchen Tech Inc., class change application for a", 0, NUMBER_X),
        para("liquor, wine, beer & cider license – Resolution", 0, TEXT_X),
    ]
    titles = [(h.number, h.title) for h in detect_headings(_page(rows))]
    assert ("4", "Tribeca area") not in titles


def test_the_numbered_points_of_a_letter_in_the_minutes_are_no_items() -> None:
    """A resident's protest letter printed in the minutes numbers its points: they are the
    letter's, up to its closing; the minutes' items go on after it (minutes in plain type, the
    numbers of items and points in one column)."""
    rows = [
        para("1. Apologies", 2, NUMBER_X), para("Marion Harvey, Richard Hunt"),
        para("2. Declarations of Interest", 2, NUMBER_X),
        para("No declarations of interest were declared."),
        para("3. Correspondence", 2, NUMBER_X),
        para("The Clerk read the following letter received from a resident.", 1),
        para("Dear Ms. Taylor:", 1),
        para("The following details are provided to initiate this protest as required by the Board:"),
        para("1. Whom you represent: Self as Director of the Liberty Village Project.", 0, NUMBER_X),
        para("2. What the issues are:", 0, NUMBER_X),
        para("a. The contract fails to meet the city's goals for small businesses.", 0, 138),
        para("3. How the protestant will be harmed by the proposed action:", 0, NUMBER_X),
        para("4. The remedy I seek is that this action be delayed until:", 0, NUMBER_X),
        para("a. The contract is not awarded and the work is set aside.", 0, 138),
        para("Sincerely,", 1),
        para("Kim Trueheart"),
        para("4. Date of Next Meeting", 2, NUMBER_X),
        para("The next meeting will be held on 8th July 2013 at the Library.", 1),
    ]
    heads = detect_headings(_page(rows))
    assert [(h.number, h.title) for h in heads] == [
        ("1", "Apologies"), ("2", "Declarations of Interest"), ("3", "Correspondence"),
        ("4", "Date of Next Meeting")]
