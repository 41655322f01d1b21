"""No meeting's text is lost: a meeting in which no heading is accepted as an agenda item keeps
all its text in one item (title: the meeting's own heading, or "Minutes"; no number)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.eval_cache import corpus_dir

os.environ.setdefault("OMP_NUM_THREADS", "1")
CORPUS = corpus_dir()


def _corpus_file(rel: str) -> str:
    path = CORPUS / rel
    if not path.exists():
        pytest.skip("corpus file not present")
    return str(path)


def _words(text: str) -> str:
    return " ".join(text.split())


def test_special_meeting_without_numbered_items_keeps_its_text() -> None:
    # Limerick, special meeting of 3 July 2020: one unnumbered matter ("Disposal of Land") under
    # the opening block; the resolution on the Kilmallock land was stored nowhere.
    from pipeline.textsrc import read_text
    doc, pages = read_text(_corpus_file(
        "limerick_ie_text/2020-09-28_Full_Meeting_of_Limerick_City_and_County_Council/"
        "Minutes_-_Special_Meeting_of_Limerick_City_and_County_Council_-_3rd_July_2020.md"))
    (m,) = segment(doc, pages)
    assert m.items, "the meeting's text sits in no item"
    first = m.items[0]
    if len(m.items) == 1:  # the fallback item: the meeting's own heading, not the source link
        assert first.number == ""
        assert first.title.startswith("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK")
    text = _words(" ".join(it.text for it in m.items))
    assert "Seconded by Councillor Carey" in text
    assert "Jahan Company Unlimited, t/a Irema Ireland, for the sum of €105,000" in text


def test_pages_of_a_meeting_without_items_are_all_searchable() -> None:
    # Bronx CB1 2023-02-23: no heading is accepted, and pp.3-11 (precinct reports, the Deputy
    # Speaker) sat in no item.
    from pipeline import layout, pdf
    doc, raw = pdf.extract(_corpus_file("nyc_community_boards/Bronx_CB1/FullBoardMeeting2-23-23.pdf"),
                           raw=True, ocr=False)
    (m,) = segment(doc, list(layout.clean(raw)))
    text = _words(" ".join(it.text for it in m.items))
    for quote in ("campuses working with the Detectives to try to figure out how to get their phone",  # p.7
                  "excellent report. Does anyone have any questions for Mr. Lopez at this time?"):  # p.11
        assert quote in text, quote
    pages = {ln.page for it in m.items for ln in it.lines}
    assert set(range(3, 12)) <= pages


def _page(texts: list[str]) -> Page:
    return Page(number=1, width=612, height=792, lines=[
        Line(text=t, page=1, x0=72, x1=500, top=60 + 16 * k, bottom=72 + 16 * k, size=12)
        for k, t in enumerate(texts)])


def test_fallback_item_is_titled_by_the_heading_or_minutes() -> None:
    doc = Document(path="board.txt", sha256="ab" * 32, pages=1, kind="text")
    titled = segment(doc, [_page([
        "[Original file](https://example.org/minutes-special-meeting-2024.pdf)",
        "Minutes of the Special Meeting of the Harbour Board held on 4 March 2024",
        "The Board discussed the lease of the east quay with the tenant and agreed to write to him."])])
    (item,) = titled[0].items
    assert (item.number, item.title) == ("", "Minutes of the Special Meeting of the Harbour Board held on 4 March 2024")
    assert "lease of the east quay" in item.text and "Original file" in item.text
    untitled = segment(doc, [_page(["The tenant of the east quay asked for a longer lease and was told no."])])
    (item,) = untitled[0].items
    assert (item.number, item.title) == ("", "Minutes")
    assert item.text == "The tenant of the east quay asked for a longer lease and was told no."


def test_meeting_with_items_gets_no_extra_item() -> None:
    doc = Document(path="board.txt", sha256="cd" * 32, pages=1, kind="text")
    (m,) = segment(doc, [_page([
        "Minutes of the Harbour Board meeting held on 4 March 2024",
        "1. Apologies",
        "None were received.",
        "2. East quay lease",
        "The Board agreed to renew the lease for five years."])])
    assert [(it.number, it.title) for it in m.items] == [("1", "Apologies"), ("2", "East quay lease")]


def test_split_off_part_without_items_or_attendees_goes_to_the_last_item() -> None:
    doc = Document(path="board.txt", sha256="ef" * 32, pages=2, kind="text")
    first = _page(["Minutes of the Harbour Board meeting held on 4 March 2024",
                   "1. Apologies", "None were received.",
                   "2. East quay lease", "The Board agreed to renew the lease for five years.",
                   "The tenant asked that the dredging of the berth be shared and the Board",
                   "agreed to ask him for terms:"])
    second = Page(number=2, width=612, height=792, lines=[
        Line(text=t, page=2, x0=72, x1=500, top=60 + 16 * k, bottom=72 + 16 * k, size=12) for k, t in enumerate([
            "Minutes of the Harbour Board meeting held on 4 March 2024 (continued)",
            "the tenant will pay the dredging costs of the berth until the end of the lease"])])
    meetings = segment(doc, [first, second])
    assert len(meetings) == 1 and meetings[0].page_end == 2
    last = meetings[0].items[-1]
    assert last.title == "East quay lease" and last.page_end == 2
    assert "dredging costs of the berth" in last.text
