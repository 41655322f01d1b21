"""Layout functions, each on real minutes pages (read raw, i.e. before any layout step)."""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from pipeline import layout, pdf
from pipeline.records import Line, Page
from pipeline.eval_cache import corpus_dir

os.environ.setdefault("OMP_NUM_THREADS", "1")


@pytest.fixture(scope="session")
def corpus() -> Path:
    root = corpus_dir()
    if not root.is_dir():
        pytest.skip("shared corpus not present")
    return root


@pytest.fixture(scope="session")
def raw_pages(corpus):
    cache: dict[str, list[Page]] = {}

    def load(rel: str) -> list[Page]:
        if rel not in cache:
            cache[rel] = pdf.extract(str(corpus / rel), raw=True, ocr=False)[1]
        return cache[rel]
    return load


SUFFOLK = "suffolk_libraries/board/board-meeting-minutes-2013-02-26.pdf"
BALTIMORE = "baltimore_boe/2020-01-15.pdf"


def _texts(lines) -> list[str]:
    return [ln.text for ln in lines]


# ----------------------------------------------------------------------------- rows, segments

def test_words_to_lines_cuts_rows_at_wide_gaps(raw_pages):
    page = raw_pages(SUFFOLK)[2]  # item number, body text and action initials share rows
    assert "7." in _texts(page.lines) and "Equalities" in _texts(page.lines)
    assert "CC/MH" in _texts(page.lines)  # still its own segment before action_notes
    merged = _texts(layout.merge_rows(page.lines))
    assert "7. Equalities" in merged


def test_join_runs_keeps_a_clipped_line_apart_from_the_footer(raw_pages):
    page = raw_pages("suffolk_libraries/board/board-meeting-minutes-2016-12-15.pdf")[3]
    text = _texts(layout.merge_rows(page.lines))
    assert "Great Cornard Library – the accessible entrance was changed by the" in text
    assert any(t.startswith("2016-12-15 draft Open Board Minutes v1") for t in text)


def test_superscript_stays_in_its_row(raw_pages):
    text = _texts(layout.merge_rows(raw_pages(SUFFOLK)[2].lines))
    assert any(t.endswith("it should take place w/c 9th") for t in text)


# ---------------------------------------------------------------------------- action column

def test_action_notes_on_suffolk_page(raw_pages):
    page = raw_pages(SUFFOLK)[2]
    out = layout.action_notes(page)
    assert [ln.note for ln in out.lines if ln.note] == ["CC/MH"]
    noted = [ln for ln in layout.merge_rows(out.lines) if ln.note]
    assert [(ln.text, ln.note) for ln in noted] == [
        ("The Staff Advisory Group (SAG) presented the outcomes and papers of the", "CC/MH")]
    assert "CC/MH" not in _texts(out.lines)
    assert len(out.lines) == len(page.lines) - 1
    assert next(ln for ln in out.lines if ln.note).x1 > 500  # beside: the row's last segment
    assert page.lines[0].note == "" and "CC/MH" in _texts(page.lines)  # input untouched


def test_action_header_dropped_and_votes_left_alone(raw_pages):
    page = raw_pages("suffolk_libraries/board/board-meeting-minutes-2013-07-08.pdf")[0]
    assert "Action" in _texts(page.lines)
    assert "Action" not in _texts(layout.action_notes(page).lines)
    # A vote word at the far right of a page is not an owner.
    vote = Page(1, 612, 792, [Line("Trustee Edwards", 1, 72, 160, 100, 111, 11),
                              Line("AYE", 1, 520, 545, 100, 111, 11)])
    assert layout.action_notes(vote).lines == vote.lines


# ---------------------------------------------------------------------------------- columns

def _two_column(page: Page) -> Page:
    """A real page's rows laid out as a two-column page: first half left, second half right."""
    rows = [ln for ln in layout.merge_rows(page.lines) if len(ln.text.split()) >= 5][:24]
    half = len(rows) // 2
    out = [Line("MINUTES OF THE BOARD", 1, 200, 400, 20, 34, 14, True)]
    for i, ln in enumerate(rows):
        col, k = divmod(i, half)
        x0 = 50 if col == 0 else 320
        out.append(replace(ln, x0=x0, x1=x0 + 240, top=60 + 13 * k, bottom=71 + 13 * k))
    out.sort(key=lambda ln: (ln.top, ln.x0))  # position order mixes the columns
    return Page(1, 612, 792, out), rows


def test_order_columns_reads_left_then_right(raw_pages):
    page, rows = _two_column(raw_pages(SUFFOLK)[2])
    assert layout.find_gutter(page.lines, page.width) == pytest.approx(305, abs=15)
    ordered = _texts(layout.order_columns(page).lines)
    assert ordered == ["MINUTES OF THE BOARD"] + _texts(rows)


@pytest.mark.parametrize("rel, number", [
    (BALTIMORE, 63),  # a money table with FROM / TO account columns
    ("nyc_community_boards/Bronx_CB1/FullBoardMeeting1-26-23.pdf", 2),  # "office : name" pairs
    (SUFFOLK, 3),
])
def test_tables_and_forms_are_not_columns(raw_pages, rel, number):
    page = raw_pages(rel)[number - 1]
    assert layout.find_gutter(page.lines, page.width) is None
    tops = [ln.top for ln in layout.order_columns(page).lines]
    assert tops == sorted(tops)


# ------------------------------------------------------------------ running headers/footers

@pytest.mark.parametrize("text, expected", [
    ("3", True), ("- 3 -", True), ("Page 2 of 5", True), ("Pg. 2", True), ("iv", True),
    ("(4)", True), ("2/5", True), ("2023", False), ("civil", False), ("Item 3", False),
    ("3 of the members present", False),
])
def test_is_page_number(text, expected):
    assert layout.is_page_number(text) is expected


def test_remove_running_on_alameda_footer(raw_pages):
    laid = [layout.lay_out(p) for p in raw_pages("alameda/PlanningBoard/2023-05-22.pdf")]
    for n, p in enumerate(laid, start=1):  # a two-row footer with a page number in it
        assert _texts(p.lines[-2:]) == [f"Approved Planning Board Minutes Page {n} of 3",
                                        "May 22, 2023"]
    out = layout.remove_running(laid)
    for before, after in zip(laid, out):
        assert after.lines == before.lines[:-2]
    assert _texts(out[2].lines)[-1] == "*refers to the minute mark in the video"


def test_remove_running_headers_with_dates_and_page_numbers(raw_pages):
    bronx = raw_pages("nyc_community_boards/Bronx_CB1/FullBoardMeeting5-25-23.pdf")
    laid = [layout.lay_out(p) for p in bronx]
    out = layout.remove_running(laid)
    # "FULL BOARD / MINUTES / May 25, 2023 / Pg. n" heads pages 3-15 (one typed "April 23").
    for p in out[3:15]:
        assert not {"FULL BOARD", "MINUTES"} & set(_texts(p.lines[:3])), p.number
        assert not any(ln.text.startswith("Pg.") for ln in p.lines)
    assert _texts(out[2].lines)[0] != _texts(laid[2].lines)[0]


def test_running_header_below_lines_of_text_is_still_stripped(raw_pages):
    # FullBoardMeeting2-23-23: from p.4 on, the first lines of text are set above the header
    # "FULL BOARD / February 23, 2023 / Pg. n", which thus sits at row 4 to 8; on p.12 and p.13
    # "FULL BOARD" (bold) was taken for an agenda item joining the Deputy Speaker's report to
    # threads of unrelated business.
    laid = [layout.lay_out(p) for p in raw_pages("nyc_community_boards/Bronx_CB1/FullBoardMeeting2-23-23.pdf")]
    out = layout.remove_running(laid)
    for before, after in zip(laid[3:13], out[3:13]):  # pages 4-13
        assert "FULL BOARD" in _texts(before.lines[:9]), before.number
        texts = _texts(after.lines)
        assert "FULL BOARD" not in texts, after.number
        assert not any(t.startswith("Pg.") or t.startswith("February 2") for t in texts), after.number
        assert len(after.lines) == len(before.lines) - 3, after.number  # only the header block goes
    assert out[3].running[-1] == "February 21, 2023"  # a typing slip, in the block all the same
    assert "Madam Chair." in _texts(out[12].lines)  # the text above the header stays
    # FullBoardMeeting3-30-23: the header of p.6 printed at the foot of p.5, its date and page
    # number heading p.6
    laid = [layout.lay_out(p) for p in raw_pages("nyc_community_boards/Bronx_CB1/FullBoardMeeting3-30-23.pdf")]
    out = layout.remove_running(laid)
    assert _texts(laid[4].lines)[-1] == "FULL BOARD" and _texts(laid[5].lines)[:2] == ["March 30, 2023", "Pg. 4"]
    assert _texts(out[4].lines) == _texts(laid[4].lines)[3:-1]  # header block at the top, and the foot
    assert _texts(out[5].lines) == _texts(laid[5].lines)[2:]
    # a tally repeated in the margins of many pages is no header: a digit-blind key makes
    # "Vote was passed by 38 in favor, …" look like the same line on every page
    laid = [layout.lay_out(p) for p in raw_pages("nyc_community_boards/Manhattan_CB1/24-07-23.pdf")]
    kept = _texts(layout.remove_running(laid)[1].lines)
    assert "Vote was passed by 38 in favor, 0 opposed, 4 abstained and 0 recused" in kept


def test_a_line_repeated_within_a_page_is_content_not_furniture(raw_pages):
    # Manhattan CB1 24-07-23: the PDF text prints 17 tallies "Vote was passed by …", up to three
    # a page, some in a page's top or bottom rows; a digit-blind key made six of them (pp.2-4)
    # look like a running line. A running line is printed once a page at about the same place.
    laid = [layout.lay_out(p) for p in raw_pages("nyc_community_boards/Manhattan_CB1/24-07-23.pdf")]
    kept = [t for p in layout.remove_running(laid) for t in _texts(p.lines)]
    assert sum(t.startswith("Vote was passed by") for t in kept) == 17
    for tally in ("15 in favor, 22 opposed, 3 abstained", "9 in favor, 33 opposed, 0 abstained",
                  "41 in favor, 1 opposed, 1 abstained", "30 in favor, 7 opposed, 4 abstained"):
        assert f"Vote was passed by {tally} and 0 recused" in kept, tally
    # beside it, a real running header printed twice on one page still goes from both places:
    # Bronx CB1 3-30-23 p.5 carries "FULL BOARD" at its top and, for p.6, at its foot
    laid = [layout.lay_out(p) for p in raw_pages("nyc_community_boards/Bronx_CB1/FullBoardMeeting3-30-23.pdf")]
    assert _texts(laid[4].lines).count("FULL BOARD") == 2
    out = layout.remove_running(laid)
    assert not any("FULL BOARD" in _texts(p.lines) for p in out[1:])
    assert out[4].running.count("FULL BOARD") == 2


def test_repeated_line_casts_no_vote() -> None:
    def page(n: int, texts: list[tuple[str, float]]) -> Page:
        return Page(number=n, width=612, height=792, lines=[
            Line(text=t, page=n, x0=72, x1=400, top=top, bottom=top + 12, size=12) for t, top in texts])
    header = ("Finance Committee minutes", 30.0)
    pages = [page(n, [header, ("Vote carried 5 to 2", 50.0), ("Some business of the day", 300.0),
                      ("Vote carried 6 to 1", 400.0)]) for n in range(1, 4)]
    out = layout.remove_running(pages)
    for p in out:
        assert _texts(p.lines) == ["Vote carried 5 to 2", "Some business of the day", "Vote carried 6 to 1"]
        assert p.running == ["Finance Committee minutes"]


def test_footer_block_in_small_type_goes_whole(raw_pages):
    # Alameda City Council 2023-09-19 pp.3-8 (a joint meeting inside the file): "Special Joint
    # Meeting / Alameda City Council and the / City of Alameda Financing Authority [3] /
    # September 19, 2023 [4]" in 8 pt, the page number on the third line of odd pages and
    # the fourth of even ones; "Special Joint Meeting" left on two pages became an item.
    laid = [layout.lay_out(p) for p in raw_pages("alameda/CityCouncil/2023-09-19.pdf")]
    out = layout.remove_running(laid)
    for before, after in zip(laid[2:8], out[2:8]):
        assert _texts(before.lines[-4:])[0] == "Special Joint Meeting", before.number
        assert after.lines == before.lines[:-4], after.number


def test_running_keys_need_a_share_of_pages():
    assert layout.running_keys([{"a", "b"}, {"a"}, {"a", "c"}, set()]) == {"a"}
    assert layout.running_keys([{"a"}]) == set()  # one page is no evidence


# ---------------------------------------------------------------------------------- hyphens

def test_join_hyphens_on_verbatim_debate(raw_pages):
    pages = [layout.lay_out(p) for p in raw_pages(BALTIMORE)]
    vocab = Counter(w.lower() for p in pages for ln in p.lines for w in ln.text.split())
    page = pages[138]
    i = next(k for k, ln in enumerate(page.lines) if ln.text.endswith("I will with-"))
    assert page.lines[i + 1].text == "draw.”"
    out = layout.join_hyphens([page], vocab=layout._vocab(ln for p in pages for ln in p.lines))
    text = _texts(out[0].lines)
    assert "Ms. Trueheart: “Withdrawn? Do that mean -- Yea, I -- I will withdraw.”" in text
    assert "draw.”" not in text and vocab  # the fragment line is gone


def test_join_hyphens_keeps_compounds(raw_pages):
    page = layout.lay_out(raw_pages("nyc_community_boards/Manhattan_CB1/24-09-24.pdf")[3])
    out = layout.join_hyphens([page])
    assert any(t.endswith("A: Not aware, will follow-up.") for t in _texts(out[0].lines))
    assert any(t.startswith("CB1 have had spraying") for t in _texts(out[0].lines))


@pytest.mark.parametrize("head, tail, seen, keep", [
    ("consul", "tation", [], False),        # a bare suffix: a broken word
    ("well", "known", [], True),            # a known prefix
    ("follow", "up", ["up", "up"], True),   # the tail is a word of its own
    ("co", "operation", ["cooperation"], False),  # the document spells it whole
    ("sub", "division", ["sub-division"], True),
])
def test_keep_hyphen(head, tail, seen, keep):
    assert layout._keep_hyphen(head, tail, Counter(seen)) is keep


def test_join_hyphens_across_a_page_break():
    a = Page(1, 612, 792, [Line("the public consul-", 1, 72, 300, 700, 712, 11)])
    b = Page(2, 612, 792, [Line("tation closes on Friday.", 2, 72, 300, 72, 84, 11)])
    out = layout.join_hyphens([a, b])
    assert _texts(out[0].lines) == ["the public consultation"]
    assert _texts(out[1].lines) == ["closes on Friday."]
    assert a.lines[0].text == "the public consul-"  # inputs untouched


# --------------------------------------------------------------------------- doubled glyphs

@pytest.mark.parametrize("text, expected", [
    ("CCHHIICCAAGGOO CCOOMMMMIISSSSIIOONN", "CHICAGO COMMISSION"),
    ("LLOOCCAATTIIOONN :: 740 N. Sedgwick St", "LOCATION : 740 N. Sedgwick St"),
    ("1100 Main Street, book keeper", "1100 Main Street, book keeper"),
    ("Aa bookkeeping committee", "Aa bookkeeping committee"),
])
def test_undouble(text, expected):
    assert layout.undouble(text) == expected


def test_undouble_on_pdfplumber_text_of_the_doubled_file(corpus):
    pdfplumber = pytest.importorskip("pdfplumber")
    path = corpus / "misc_layouts/chicago_human_relations_SCHEDULE_2019_doubled_glyphs.pdf"
    with pdfplumber.open(str(path)) as doc:
        first = doc.pages[0].extract_text().splitlines()[0]
    assert first.startswith("CCHHIICCAAGGOO")
    assert layout.undouble(first).startswith("CHICAGO COMMISSION")


# ------------------------------------------------------------------------------- streaming

def test_clean_holds_a_bounded_window(raw_pages):
    pages = raw_pages(BALTIMORE)
    pulled = 0

    def source():
        nonlocal pulled
        for p in pages[:40]:
            pulled += 1
            yield p
    held = []
    for n, _ in enumerate(layout.clean(source(), window=4), start=1):
        held.append(pulled - n)
    assert len(held) == 40 and max(held) <= 4 + 2


def test_clean_equals_whole_file_steps_when_window_covers_it(raw_pages):
    pages = raw_pages(SUFFOLK)
    whole = layout.join_hyphens(layout.remove_running([layout.lay_out(p) for p in pages]))
    assert list(layout.clean(pages)) == whole
    assert not any("Registered Office" in ln.text for p in whole for ln in p.lines)


def _seg(text: str, x0: float, top: float, page: int = 1) -> Line:
    return Line(text=text, page=page, x0=x0, x1=x0 + 5.2 * len(text), top=top, bottom=top + 10,
                size=10.0)


def test_two_columns_under_a_title_and_over_a_centred_page_number() -> None:
    words = "the board agreed to fund a shared supervisor post for small employers this year"
    left = [_seg(f"{k}.1 {words[:38]}", 64, 120 + 14 * k) for k in range(10)]
    right = [_seg(f"{k}.2 {words[10:48]}", 310, 120 + 14 * k) for k in range(10)]
    banner = [_seg("Riverside Skills Partnership Board \u2013 minutes of the meeting held on 4 June "
                   "2024 at Riverside College", 64, 60),
              _seg("Minutes of the meeting held on 4 June 2024, 14:00, Riverside College", 64, 80),
              _seg("Page 1 of 2", 270, 790)]
    page = Page(1, 595.0, 842.0, banner + left + right)
    assert layout.find_gutter(page.lines, page.width) is not None
    texts = [ln.text for ln in layout.order_columns(page).lines]
    assert texts.index(left[-1].text) < texts.index(right[0].text)  # left column read first


def test_body_lines_low_on_short_pages_are_not_running_footers() -> None:
    def page(no: int, body: list[str]) -> Page:
        lines = [_seg(t, 64, 300 + 20 * k, no) for k, t in enumerate(body)]  # below the top margin
        return Page(no, 612.0, 792.0, lines + [_seg(f"Board of Education \u2013 Page {no}", 200, 744, no)])
    agenda = ["Agenda", "1. Call to Order", "2. Minutes", "3. Reports", "4. Adjournment"]
    two = ["Minutes", "1. CALL TO ORDER", "The President called the meeting to order.",
           "2. MINUTES", "Motion carried 4-0."]
    three = ["3. REPORTS", "The Superintendent reported on enrollment.", "Motion carried 4-0.",
             "4. ADJOURNMENT", "The meeting was adjourned."]
    pages = layout.remove_running([page(1, agenda), page(2, two), page(3, three)])
    assert [[ln.text for ln in p.lines] for p in pages] == [agenda, two, three]
