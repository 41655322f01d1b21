"""The rules added for the fourth round of PDF probes, each on a few lines built by hand."""
from __future__ import annotations

from pipeline import layout
from pipeline.records import Line, Page
from pipeline.segment import appendix_start, split_meetings
from pipeline.segment_attendees import Attendee, _dedupe
from pipeline.segment_items import Heading, _select


def _page(rows: list[tuple[str, float, float]], number: int = 1, x0: float = 64.0) -> Page:
    """A page of (text, top, size) rows, 842 pt high."""
    lines = [Line(text=t, page=number, x0=x0, x1=x0 + 5 * len(t), top=top, bottom=top + size,
                  size=size) for t, top, size in rows]
    return Page(number=number, width=595, height=842, lines=lines)


def _opening(number: int, date: str) -> Page:
    body = [(f"Body text line {k} of the minutes.", 200 + 14 * k, 10.5) for k in range(10)]
    return _page([("RIDGEWAY PARISH COUNCIL", 60, 14),
                  (f"Minutes of the meeting of the Parish Council held on {date}", 80, 10.5),
                  ("Present: Cllrs H Bramley (Chair), T Okafor and E Price", 100, 10.5)] + body,
                 number)


def test_heading_repeated_on_meeting_openings_is_not_running():
    pages = layout.remove_running([_opening(1, "3 March 2024"), _opening(2, "17 March 2024")])
    assert [p.lines[1].text for p in pages] == [
        "Minutes of the meeting of the Parish Council held on 3 March 2024",
        "Minutes of the meeting of the Parish Council held on 17 March 2024"]


def test_running_head_on_pages_that_open_no_meeting_is_still_running():
    head = [("Minutes – Planning Committee – 5 March 2024", 40, 10.5)]
    body = [(f"Body text line {k}.", 100 + 14 * k, 10.5) for k in range(10)]
    first = _page(head + [("Present: Councillors A Ames and B Bell", 60, 10.5)] + body, 1)
    pages = layout.remove_running([first, _page(head + body, 2), _page(head + body, 3)])
    assert all("Planning Committee" not in ln.text for p in pages for ln in p.lines)


def test_footnotes_leave_the_flow_but_small_footers_stay():
    body = [(f"Body text line {k}.", 100 + 14 * k, 10.5) for k in range(10)]
    notes = [("2 The highway authority raised no objection to the", 760, 8),
             ("parking provision.", 770, 8), ("Planning Committee – Page 1", 800, 8)]
    page = layout.drop_footnotes(_page(body + notes))
    texts = [ln.text for ln in page.lines]
    assert not any("highway" in t or "parking provision" in t for t in texts)
    assert "Planning Committee – Page 1" in texts and "Body text line 9." in texts


def test_two_meetings_split_at_the_body_name_above_each_header():
    lines = [ln for n, d in ((1, "3 March 2024"), (2, "17 March 2024"))
             for ln in _opening(n, d).lines]
    spans = split_meetings(lines)
    assert [lines[s].text for s, _ in spans] == ["RIDGEWAY PARISH COUNCIL"] * 2
    assert spans[1][0] == 13


def test_appendix_opening_a_later_page_ends_the_items():
    first = _opening(1, "3 March 2024").lines + [
        Line(text="The Clerk presented her report (Appendix A).", page=1, top=400)]
    later = [Line(text="Appendix A – Clerk's Report, March 2024", page=2, top=60),
             Line(text="1. Repairs", page=2, top=80)]
    assert appendix_start(first + later) == len(first)
    assert appendix_start(first) == len(first)  # a reference in the text is no appendix


def test_surname_alone_in_apologies_is_the_listed_member():
    people = [Attendee(name="A Moreau", status="chair"), Attendee(name="F Oduya", status="apologies"),
              Attendee(name="Oduya", status="apologies"), Attendee(name="Ellery", status="present")]
    assert [(p.name, p.status) for p in _dedupe(people)] == [
        ("A Moreau", "chair"), ("F Oduya", "apologies"), ("Ellery", "present")]


def test_first_item_read_as_4_by_ocr_is_item_1():
    cands = [(Heading(k, n, f"Title {n}", "int", key=(int(n),)), 5.0)
             for k, n in enumerate(["4", "2", "3", "4"])]
    assert [h.number for h in _select(cands)] == ["1", "2", "3", "4"]
    printed = [(Heading(k, n, f"Title {n}", "int", key=(int(n),)), 5.0)
               for k, n in enumerate(["4", "5", "6"])]
    assert [h.number for h in _select(printed)] == ["4", "5", "6"]


def test_table_printed_sideways_is_left_out_of_the_text_flow():
    from pathlib import Path

    from pipeline import pdf
    path = Path(__file__).resolve().parent / "scenarios" / "quirks4" / "severn_rotated.pdf"
    _, pages = pdf.stream(str(path), ocr=False)
    lines = [ln.text for p in pages for ln in p.lines]
    # one glyph a word ("% % 4 1 1 4 Q") is what the turned table reads as when it is kept
    assert not [t for t in lines if len(t.split()) >= 4 and max(map(len, t.split())) <= 2]
    assert any("contamination rates had risen" in t for t in lines)
    assert any("Recycling contract" in t for t in lines)  # the landscape page is read
