"""Lines that state nothing are no statements, and a paragraph's number is no part of its
sentence (pipeline/classify_bare.py, applied in classify.classify_meetings)."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_meetings
from pipeline.classify_bare import is_bare_label, is_marker, reads_as_sentence, strip_reference
from pipeline.records import Item, Line, Meeting


def _classified(number: str, title: str, lines: list[Line]) -> list:
    item = Item(id="m1-i1", meeting_id="m1", number=number, title=title,
                page_start=lines[0].page, page_end=lines[-1].page,
                text="\n".join(ln.text for ln in lines), lines=lines)
    meeting = Meeting(id="m1", body="Board", date="2025-02-25", title="Board",
                      source_file="x.pdf", sha256="0", pages=lines[-1].page, items=[item])
    classify_meetings([meeting])
    return item.statements


@pytest.mark.parametrize("text,want", [
    ("AA.", True), ("II.", True), ("XIV.", True), ("12).", True), ("(b)", True), ("3.2.", True),
    ("iv)", True),
    ("722", True),  # a page number left between two paragraphs
    # a table's cells and the end of a name wrapped to a line of its own are no numbers
    ("N/A", False), ("$4,200.00", False), ("36.00", False), ("LLC.", False), ("I", False),
    ("176 - 177", False), ("The Board agreed.", False)])
def test_a_paragraph_number_alone_is_a_marker(text: str, want: bool) -> None:
    assert is_marker(text) is want


@pytest.mark.parametrize("text,want", [
    ("AMOUNT OF MONEY AND SOURCE:", True), ("Recommendation:", True), ("Finding 2:", True),
    ("Upcoming Tasks:", True),
    # the start of a sentence running on into a list is no label
    ("listed on the following pages:", False), ("Upgrade the following classifications:", False),
    # the end of a sentence in capitals wrapped to a line of its own
    ("POTENTIAL THAT:", False), ("DETERMINED BY THE WAIVER VALUATION PROCESS:", False),
    ("Recommendation: that the Board approve the budget.", False)])
def test_a_label_alone_is_a_bare_label(text: str, want: bool) -> None:
    assert is_bare_label(text) is want


@pytest.mark.parametrize("text,want", [
    ("12.3 The Board noted the report.", "The Board noted the report."),
    ("(b) Members asked about the cost.", "Members asked about the cost."),
    ("iv) the fee be reviewed annually;", "the fee be reviewed annually;"),
    ("9. SL Reserves – designation", "SL Reserves – designation"),
    ("3.5 Action: Secretariat to write to the Minister.",
     "Action: Secretariat to write to the Minister."),
    ("2. $ 30,000.00 Water Revenue Bond", "$ 30,000.00 Water Revenue Bond"),
    # amounts, versions and initials are the sentence's own words
    ("1.5 million was spent on the roof.", "1.5 million was spent on the roof."),
    ("2.5 FTE posts were approved.", "2.5 FTE posts were approved."),
    ("(1.5) is being voted on.", "(1.5) is being voted on."),
    ("M. Luis Construction has demonstrated a good faith effort.",
     "M. Luis Construction has demonstrated a good faith effort."),
    ("12.", "12.")])  # nothing would be left
def test_a_paragraph_reference_is_stripped_from_its_sentence(text: str, want: str) -> None:
    assert strip_reference(text) == want


def test_a_heading_that_ends_as_a_sentence_reads_as_one() -> None:
    assert reads_as_sentence("MWBOO FOUND VENDOR IN COMPLIANCE.")
    assert reads_as_sentence("President: “Is there a Motion?”")
    assert not reads_as_sentence("Matters Arising")
    assert not reads_as_sentence("RECOMMENDATIONS FOR CONTRACT AWARDS/REJECTIONS:")


def test_a_heading_split_from_its_roman_number_is_no_statement() -> None:
    # a transit board's text minutes: "II." on its own line, then the title, then the text
    st = _classified("II", "Pledge of Allegiance", [
        Line("II.", 1), Line("Pledge of Allegiance", 1), Line("Lead by Director Benker.", 1)])
    assert [(s.text, s.page) for s in st] == [("Lead by Director Benker.", 1)]


def test_a_heading_printed_again_on_a_new_page_is_no_statement() -> None:
    st = _classified("", "EXTRA WORK ORDERS", [
        Line("EXTRA WORK ORDERS", 3),
        Line("The Board approved the extra work orders listed below.", 3),
        Line("EXTRA WORK ORDERS", 4),
        Line("The Director of Finance noted that funds are available.", 4)])
    assert [(s.text, s.page) for s in st] == [
        ("The Board approved the extra work orders listed below.", 3),
        ("The Director of Finance noted that funds are available.", 4)]


def test_a_heading_with_no_text_under_it_is_no_statement_unless_it_reads_as_a_sentence() -> None:
    assert _classified("5", "Matters Arising", [Line("5. Matters Arising", 2)]) == []
    # a sentence the segmenter took for a heading is what the minutes say: kept
    st = _classified("", "MWBOO FOUND VENDOR IN COMPLIANCE",
                     [Line("MWBOO FOUND VENDOR IN COMPLIANCE.", 7)])
    assert [(s.text, s.page) for s in st] == [("MWBOO FOUND VENDOR IN COMPLIANCE.", 7)]
    # a long heading states the matter and is kept for search (HEADING_KEPT_WORDS)
    title = "North West Battery Park City Resiliency Plan Draft Environmental Impact Statement"
    st = _classified("3", title, [Line(f"3. {title}", 1)])
    assert [s.text for s in st] == [title]


def test_a_fields_label_is_no_statement_and_its_value_keeps_its_page() -> None:
    # a city board's memo: each label and value a paragraph of its own (the blank lines)
    st = _classified("", "Department of Transportation – Traffic Improvements", [
        Line("AMOUNT OF MONEY AND SOURCE:", 5), Line("", 5),
        Line("$44,465.79 – 9950-904618-9508, Traffic Signal Upgrades", 5), Line("", 5),
        Line("BACKGROUND/EXPLANATION:", 6), Line("", 6),
        Line("The Department requests approval of the payment to the contractor.", 6)])
    assert [(s.text, s.page) for s in st] == [
        ("$44,465.79 – 9950-904618-9508, Traffic Signal Upgrades", 5),
        ("The Department requests approval of the payment to the contractor.", 6)]


def test_a_numbered_paragraph_is_stored_without_its_number_and_keeps_its_type() -> None:
    st = _classified("12", "Finance", [
        Line("12.1 The Board noted the quarterly accounts.", 9),
        Line("12.2 Members raised concerns about the cost of the new roof.", 9),
        Line("12.3 It was agreed to defer the decision to the next meeting.", 10)])
    assert [(s.text, s.page) for s in st] == [
        ("The Board noted the quarterly accounts.", 9),
        ("Members raised concerns about the cost of the new roof.", 9),
        ("It was agreed to defer the decision to the next meeting.", 10)]
    assert [s.type for s in st][1:] == ["objection", "decision"]
    assert st[2].outcome == "deferred"
