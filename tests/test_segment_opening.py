"""No minutes text is lost before the first item heading: the prose between the opening block
and the first accepted heading goes into an opening item (number "", title "Opening",
`opening` set), while the title block, an attendance block and an agenda listed in front of
the minutes never do (each case beside its near case)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.segment_opening import is_prose, opening_lines
from pipeline.eval_cache import corpus_dir

os.environ.setdefault("OMP_NUM_THREADS", "1")
CORPUS = corpus_dir()

_TITLE = ["WESTBROOK PARISH COUNCIL",
          "Minutes of the meeting of the Parish Council held on Monday 3 June 2024 at 7.30 pm",
          "in the Village Hall"]
_PRESENT = ["Present: Cllr A. Morton (Chair), Cllr B. Singh, Cllr C. Doyle,",
            "Cllr D. Evans, Cllr E. Fraser"]
_PROSE = ["The Chair welcomed everyone and thanked the residents who had come to hear the",
          "discussion of the flooding on Mill Lane. A minute's silence was held in memory of",
          "former councillor Peter Hale, who served the parish for twenty years."]
_ITEMS = ["1. Apologies", "Apologies were received from Cllr F. Grant.",
          "2. Mill Lane drainage", "The Clerk reported that the county engineer will survey the ditch."]


def _meeting(texts: list[str]) -> object:
    lines = [Line(text=t, page=1, x0=50.0, top=20.0 + 14 * k, size=11.0) for k, t in enumerate(texts)]
    doc = Document(path="westbrook.txt", sha256="ab" * 32, pages=1, kind="text")
    (m,) = segment(doc, [Page(1, 600.0, 800.0, lines)])
    return m


def _words(text: str) -> str:
    return " ".join(text.split())


def test_prose_before_the_first_heading_is_an_opening_item() -> None:
    m = _meeting(_TITLE + _PRESENT + _PROSE + _ITEMS)
    first = m.items[0]
    assert first.opening and first.number == "" and first.title == "Opening"
    assert "minute's silence was held in memory of former councillor Peter Hale" in _words(first.text)
    # neither the title block nor the attendance block is its text; both are still read
    assert "Village Hall" not in first.text and "Cllr B. Singh" not in first.text
    assert {a.name for a in m.attendees} >= {"A. Morton", "B. Singh", "E. Fraser"}
    assert [(it.number, it.opening) for it in m.items[1:]] == [("1", False), ("2", False)]
    assert [it.seq for it in m.items] == [0, 1, 2]
    assert len({it.id for it in m.items}) == 3


def test_an_attendance_block_right_above_the_first_heading_makes_no_opening_item() -> None:
    m = _meeting(_TITLE + _PRESENT + ["Also in attendance: Ms G. Hart (Clerk), two members of the public"]
                 + _ITEMS)
    assert not any(it.opening for it in m.items)
    assert [it.number for it in m.items] == ["1", "2"]


def test_a_title_block_alone_makes_no_opening_item() -> None:
    m = _meeting(_TITLE + ["Chair: Cllr A. Morton", "Clerk: Ms G. Hart"] + _ITEMS)
    assert not any(it.opening for it in m.items)


def test_a_single_short_sentence_is_below_the_threshold() -> None:
    m = _meeting(_TITLE + _PRESENT + ["The meeting opened at 7.30 pm."] + _ITEMS)
    assert not any(it.opening for it in m.items)


def test_agenda_and_its_notices_are_no_opening_text() -> None:
    # an "AGENDA" title under the header: what follows it up to the first heading is the
    # agenda's preamble (Manhattan CB1 prints its recording notice there)
    lines = [Line(text=t, page=1) for t in _TITLE + ["AGENDA",
             "All meetings are recorded to the extent practicable and posted on our YouTube page "
             "as soon as possible, and the draft resolutions may be found on the website."]]
    assert opening_lines(lines, 3, len(lines)) == []
    near = [Line(text=t, page=1) for t in _TITLE + _PROSE]  # the same place without the title
    assert opening_lines(near, 3, len(near)) == near[3:]


def test_lines_hanging_under_a_roll_call_are_attendance() -> None:
    # Alameda: "Roll Call – Present: Councilmembers …" with its last names and a note indented
    # under it, then the minutes' text at the margin
    lines = [Line("Mayor Ezzy Ashcraft convened the meeting at 7:14 p.m. and thanked the staff", 1, x0=72),
             Line("Roll Call – Present: Councilmembers Daysog, Herrera Spencer, Knox White,", 1, x0=72),
             Line("Vella and Mayor Ezzy Ashcraft – 5. [Note: The meeting was", 1, x0=216),
             Line("held via Zoom.]", 1, x0=216),
             Line("The Council then heard the members of the public who had asked to speak on", 1, x0=72),
             Line("the lease of the hangar at the former naval air station before the agenda.", 1, x0=72)]
    kept = [l.text for l in opening_lines(lines, 0, len(lines))]
    assert kept == [lines[0].text, lines[4].text, lines[5].text]


def test_prose_and_lists_of_names() -> None:
    assert is_prose("Sympathy was extended to the following on their recent bereavements:")
    assert is_prose("Ms. Arline Parks, Chairperson said welcome everyone tonight's meeting after a long overdue")
    assert not is_prose("Chief Executive (Mr. C. Murray), Deputy Chief Executive and Director, Economic Development")
    assert not is_prose("Councillors Butler, Cahillane, Collins (M), Costelloe, Crowley, Daly, Donegan")
    assert not is_prose("[Original file](https://www.limerick.ie/sites/default/files/media/documents/x.pdf)")
    assert not is_prose("Video call link: https://meet.google.com/pjo-phvf-xje")


def _corpus_file(rel: str) -> str:
    path = CORPUS / rel
    if not path.exists():
        pytest.skip("corpus file not present")
    return str(path)


def test_limerick_minutes_keep_their_text_before_the_first_heading() -> None:
    # Limerick, 29 April 2019: the retiring councillors' tributes and item 3(f), taken out of
    # turn, come before the first accepted heading ("1. Adoption of Minutes"; before the bold
    # numbers were read, "QUESTIONS": 5,000 words were stored nowhere)
    from pipeline.textsrc import read_text
    doc, pages = read_text(_corpus_file(
        "limerick_ie_text/2019-07-08_Full_Meeting_of_Limerick_City_and_County_Council/"
        "Minutes_-_Full_Meeting_of_Limerick_City_and_County_Council_-_29th_April_2019.md"))
    (m,) = segment(doc, pages)
    opening = [it for it in m.items if it.opening]
    assert len(opening) == 1 and m.items[0] is opening[0]
    text = _words(opening[0].text)
    assert "Mayor Collins proposed a minutes silence which was agreed by the Members" in text
    assert "Cllr Gilligan recalled his time as a public representative" in text
    # the attendance block is attendees, not text
    assert "Councillors Butler, Cahillane, Collins (M)" not in text
    assert "Meetings Administrator (Mr. J. Clune)" not in text
    assert {"Cahillane", "Teskey"} <= {a.name.split()[-1] for a in m.attendees}


def test_bronx_agenda_stays_out_and_the_minutes_text_is_kept() -> None:
    # Bronx CB1, 27 April 2023: the agenda (pp.1-2) in front of the minutes (pp.3-20), whose
    # only headings come on p.16 and p.20: pp.3-15 (6,300 words) were stored nowhere
    from pipeline import layout, pdf
    doc, raw = pdf.extract(_corpus_file("nyc_community_boards/Bronx_CB1/FullBoardMeeting4-27-23.pdf"),
                           raw=True, ocr=False)
    (m,) = segment(doc, list(layout.clean(raw)))
    (opening,) = [it for it in m.items if it.opening]
    assert {ln.page for ln in opening.lines} >= set(range(3, 16))
    assert min(ln.page for ln in opening.lines) == 3  # nothing of the agenda
    text = _words(opening.text)
    assert "I am the new Borough Director for the Department of City Planning" in text  # p.4
    assert "Approval of March 2023 Full Board Minutes" not in text  # the agenda's item 5
    # the gold's items are scored as before: the opening item is no printed heading
    from pipeline.eval_segment import _in_range
    gold = json.loads((Path(__file__).parent / "gold" / "meetings" /
                       "nyc_community_boards_Bronx_CB1__FullBoardMeeting4-27-23.json").read_text())
    scored = [it for it in m.items if _in_range(gold)(it)]
    assert opening not in scored and len(scored) == len(m.items) - 1


def test_an_opening_item_is_stored_exported_and_never_threaded(fresh_store) -> None:
    from pipeline.derive import load_items
    from pipeline.export import export_json
    m = _meeting(_TITLE + _PRESENT + _PROSE + _ITEMS)
    doc = Document(path="westbrook.txt", sha256="ab" * 32, pages=1, kind="text")
    fresh_store.save_document(doc, [m])
    (meeting,) = export_json(fresh_store)["meetings"]
    assert [(i["title"], i["opening"]) for i in meeting["items"]] == [
        ("Opening", True), ("Apologies", False), ("Mill Lane drainage", False)]
    # its text is searchable like any item's; threads are built from the printed items only
    assert {it.title for it in load_items(fresh_store)} == {"Apologies", "Mill Lane drainage"}


def test_a_bold_number_alone_over_a_bold_title_is_a_heading() -> None:
    # the cause of most of the Limerick 2019 losses: "**1.**" / "**Adoption of Minutes**"
    # (Markdown converted from the council's PDFs) was read as no heading at all
    from pipeline.segment_items import detect_headings, parse_number
    assert parse_number("**1.**") == ("1", "", "int")
    assert parse_number("**(a)**") == ("(a)", "", "sub")
    # near cases: a vote count in brackets, a year, a bold run-in number with its text after it
    assert parse_number("**(16)**") is None
    assert parse_number("**2019.**") is None
    assert parse_number("**1.** text") is None
    assert parse_number("**Lost.**") is None  # an outcome set in bold, not item "Lost"
    # a roman sub-number in brackets alone on its line, as "(i)" already was
    assert parse_number("(ii)") == ("(ii)", "", "sub")
    assert parse_number("(ii) Joint Policing Committee") == ("(ii)", "Joint Policing Committee", "sub")
    assert parse_number("ii)") is None  # without brackets only with its title
    lines = [Line(text=t, page=1) for t in [
        "**1.**", "**Adoption of Minutes**", "Circulated, copies of draft Minutes of the meeting.",
        "**2.**", "**Fixing of Date**", "It was agreed that the next meeting be held in May.",
        "**3.**", "**Disposal of Land**", "Circulated, copy of Statutory Notice dated 8th March."]]
    assert [(h.number, h.title) for h in detect_headings(lines)] == [
        ("1", "Adoption of Minutes"), ("2", "Fixing of Date"), ("3", "Disposal of Land")]


def test_bold_lines_without_positions_wrap_only_when_full_and_vote_sides_are_no_headings() -> None:
    # Markdown minutes: bold lines carry no positions, so only a line near the usual length wraps
    from pipeline.segment_items import detect_headings
    body = "The Council considered the matter and it was agreed to proceed as recommended in the report."
    rows = [("1.", True), ("Notice of Motion submitted by Councillor J. Sheahan", True),
            ("I will move at the next meeting that this Council write to the Minister for Health", True),
            ("requesting that funding be provided for the respite centre in the county.", True),
            (body, False), (body, False),
            ("2.", True), ("Election of Cathaoirleach", True), ("The following grouping was nominated:", False),
            ("For Councillor Daly", True), ("Councillors Benson, Carey, Costelloe, Kilcoyne.", False),
            ("Against", True), ("Councillors Ryan, Sheahan.", False),
            ("Abstentions", True), ("Councillor Teskey.", False),
            ("Votes of Sympathy", True), (body, False), (body, False),
            ("Municipal Districts (as amended by the Local Government Reform Act 2014 and the", False),
            ("District Meeting)", True), (body, False),
            ("3.", True), ("Report of the Chief Executive on the Housing Programme for the County and the City of", True),
            ("Limerick for the years 2020 to 2022", True), (body, False)]
    lines = [Line(text=t, page=1, bold=b) for t, b in rows]
    assert [(h.number, h.title) for h in detect_headings(lines)] == [
        ("1", "Notice of Motion submitted by Councillor J. Sheahan"),
        ("2", "Election of Cathaoirleach"), ("", "Votes of Sympathy"),
        ("3", "Report of the Chief Executive on the Housing Programme for the County and the City of "
              "Limerick for the years 2020 to 2022")]
