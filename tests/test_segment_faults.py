"""Faults inside the segment stage: each step fails soft where what is left is worth keeping, with
a warning naming the file, page and step; a fault that leaves nothing raises the file's own
InputError; an ingest batch goes on and loses nothing stored. Faults are injected by monkeypatch."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

import pipeline.segment as seg
from pipeline.errors import InputError
from pipeline.ingest import IngestOptions, ingest
from pipeline.records import Document, Line, Page
from pipeline.segment import segment

MINUTES = """Minutes of the Regular Meeting of the Riverside Parks Committee
Held on Tuesday, 14 March 2023 at 7.00 pm in the Town Hall

Present: Cllr Ann Brook (Chair), Cllr Tom Reed, Cllr Mary Lane

1. Apologies
Apologies were received from Cllr Joe Hill.

2. Minutes of the previous meeting
The minutes of the meeting held on 14 February 2023 were approved.

3. Playground repairs
The Clerk reported that the swings at Mill Park need new chains. It was agreed to order them.
"""


def _doc(path: str = "riverside-2023-03-14.txt") -> tuple[Document, list[Page]]:
    lines, top = [], 40.0
    for k, text in enumerate(MINUTES.splitlines()):
        page = 1 if k < 9 else 2
        if k == 9:
            top = 40.0
        top += 14
        if text.strip():
            lines.append(Line(text=text, page=page, x0=50, x1=50 + 6 * len(text), top=top,
                              bottom=top + 10, size=11.0, bold=text[:2] in ("1.", "2.", "3.")))
    pages = [Page(number=n, width=600, height=800, lines=[l for l in lines if l.page == n])
             for n in (1, 2)]
    return Document(path=path, sha256="ab" * 32, pages=2, kind="text"), pages


def _boom(*args, **kwargs):
    raise KeyError("injected fault")


def test_clean_run_has_no_warning() -> None:
    doc, pages = _doc()
    [m] = segment(doc, pages)
    assert [it.number for it in m.items if it.number] == ["1", "2", "3"]
    assert {a.name for a in m.attendees} >= {"Ann Brook", "Tom Reed", "Mary Lane"}
    assert m.date == "2023-03-14" and doc.warnings == []


def test_attendance_fault_keeps_items(monkeypatch) -> None:
    monkeypatch.setattr(seg, "find_attendees", _boom)
    doc, pages = _doc()
    [m] = segment(doc, pages)
    assert [it.number for it in m.items if it.number] == ["1", "2", "3"]
    assert m.date == "2023-03-14" and m.attendees == []
    [w] = doc.warnings
    assert w.startswith("riverside-2023-03-14.txt, page 1: reading the attendees failed")
    assert "KeyError" in w and "items were kept" in w and "report this file" in w


def test_items_fault_keeps_the_text_as_one_item(monkeypatch) -> None:
    monkeypatch.setattr(seg, "detect_headings", _boom)
    doc, pages = _doc()
    [m] = segment(doc, pages)
    [item] = m.items
    assert "swings at Mill Park" in item.text and "Apologies were received" in item.text
    assert m.date == "2023-03-14" and {a.name for a in m.attendees} >= {"Ann Brook"}
    [w] = doc.warnings
    assert w.startswith("riverside-2023-03-14.txt, pages 1-2: reading the agenda items failed")


def test_date_fault_falls_back_to_the_file_name(monkeypatch) -> None:
    monkeypatch.setattr(seg, "meeting_date", _boom)
    doc, pages = _doc()
    [m] = segment(doc, pages)
    assert m.date == "2023-03-14" and len([it for it in m.items if it.number]) == 3
    assert "reading the meeting date failed" in doc.warnings[0]


@pytest.mark.parametrize("name,stage", [
    ("vote_table_rows", "reading vote tables"),
    ("prefers_day_first", "reading the date order"),
    ("document_years", "reading the years printed"),
    ("split_meetings", "splitting the file into meetings"),
    ("meeting_body", "reading the body's name"),
    ("meeting_title", "reading the meeting title"),
    ("_venue", "reading the venue"),
])
def test_each_soft_step_keeps_the_meeting(monkeypatch, name: str, stage: str) -> None:
    monkeypatch.setattr(seg, name, _boom)
    doc, pages = _doc()
    [m] = segment(doc, pages)
    assert [it.number for it in m.items if it.number] == ["1", "2", "3"]
    assert len(m.attendees) >= 3
    assert len(doc.warnings) == 1 and f"{stage} failed (KeyError" in doc.warnings[0]
    assert doc.warnings[0].startswith("riverside-2023-03-14.txt, page")


def test_fault_that_leaves_nothing_is_the_files_error(monkeypatch) -> None:
    monkeypatch.setattr(seg, "_drop_empty", _boom)
    doc, pages = _doc()
    with pytest.raises(InputError) as err:
        segment(doc, pages)
    msg = str(err.value)
    assert msg.startswith("riverside-2023-03-14.txt, page 1: ")
    assert "assembling the meetings failed (KeyError" in msg and "nothing of this file was stored" in msg


def test_memory_fault_is_not_swallowed(monkeypatch) -> None:
    def oom(*a, **k):
        raise MemoryError
    monkeypatch.setattr(seg, "find_attendees", oom)
    doc, pages = _doc()
    with pytest.raises(MemoryError):
        segment(doc, pages)


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "meetings", "items", "attendees")}
    finally:
        conn.close()


def test_batch_goes_on_and_keeps_what_was_stored(tmp_path, fresh_store, monkeypatch) -> None:
    opts = IngestOptions(isolate=False, classify=False, embed=False, derive=False)
    first = tmp_path / "parks-2023-03-14.txt"
    first.write_text(MINUTES)
    assert ingest([str(first)], fresh_store, opts).count("stored") == 1
    before = _counts(Path(fresh_store.path))
    assert before["items"] >= 3 and before["attendees"] >= 3

    # a new version of the stored file, whose segmentation fails outright, and two more files:
    # one whose attendance step faults, one clean
    first.write_text(MINUTES.replace("Mill Park", "Mill Park and Long Meadow"))
    soft = tmp_path / "soft-2023-04-11.txt"
    soft.write_text(MINUTES.replace("14 March 2023", "11 April 2023").replace("Riverside", "Hillside"))
    clean = tmp_path / "clean-2023-05-09.txt"
    clean.write_text(MINUTES.replace("14 March 2023", "9 May 2023").replace("Riverside", "Lakeside"))
    real_drop, real_find = seg._drop_empty, seg.find_attendees

    def drop(meetings, parts):
        if meetings and meetings[0].source_file.endswith("parks-2023-03-14.txt"):
            raise ValueError("injected fault")
        return real_drop(meetings, parts)

    def find(lines, stop=None):
        if any("Hillside" in l.text for l in lines):
            raise ValueError("injected fault")
        return real_find(lines, stop)

    monkeypatch.setattr(seg, "_drop_empty", drop)
    monkeypatch.setattr(seg, "find_attendees", find)
    report = ingest([str(first), str(soft), str(clean)], fresh_store, opts)
    status = {Path(r.path).name: r for r in report.results}
    assert status["parks-2023-03-14.txt"].status == "failed"
    reason = status["parks-2023-03-14.txt"].reason
    assert str(first) in reason and "assembling the meetings failed" in reason
    assert status["soft-2023-04-11.txt"].status == "stored"
    assert any("reading the attendees failed" in w for w in status["soft-2023-04-11.txt"].warnings)
    assert status["clean-2023-05-09.txt"].status == "stored" and not status["clean-2023-05-09.txt"].warnings
    after = _counts(Path(fresh_store.path))
    # the old version of the failed file is still there, whole; the soft file has items, no attendees
    assert after["documents"] == before["documents"] + 2
    assert after["items"] == 3 * before["items"]
    assert after["attendees"] == 2 * before["attendees"]
    assert f"WARNING {soft}, page 1: reading the attendees failed" in report.summary()
