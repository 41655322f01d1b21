"""Printed due dates of actions reach the JSON export ("by 31 March", "for the next meeting",
"Due: 04/2025"), end to end from a plain-text minutes file."""
from __future__ import annotations

from pathlib import Path

MINUTES = """CITY OF ELMFIELD
LIBRARY COMMITTEE
MINUTES OF THE REGULAR MEETING
January 14, 2025

1. CALL TO ORDER
Chair Ann Lee called the meeting to order at 6:30 p.m.

2. BRANCH OPENING HOURS
The Library Manager presented options for Saturday opening at the Elm Street branch.
Commissioner Fry asked how the extra hours would be staffed.
ACTION: The Library Manager to circulate a staffing plan by 31 March.
The Clerk to bring the revised hours for the next meeting.
Renew the branch insurance policy. Due: 04/2025
The Committee noted the report.
"""


def test_printed_due_dates_land_in_the_export(tmp_path: Path) -> None:
    from pipeline.export import export_json
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store

    src = tmp_path / "elmfield_library_2025-01-14.txt"
    src.write_text(MINUTES, encoding="utf-8")
    store = Store(tmp_path / "s.db")
    try:
        report = ingest([str(src)], store, IngestOptions(workers=1, derive=False))
        assert report.count("stored") == 1, report.summary()
        data = export_json(store)
    finally:
        store.close()
    statements = [s for m in data["meetings"] for i in m["items"] for s in i["statements"]]

    def one(word: str) -> dict:
        [hit] = [s for s in statements if word in s["text"]]
        return hit

    for word, due in (("staffing plan", "31 March"), ("revised hours", "the next meeting"),
                      ("insurance", "04/2025")):
        assert (one(word)["type"], one(word)["due"]) == ("action", due), one(word)
    assert one("staffing plan")["owner"] == "The Library Manager"
    assert one("noted the report")["due"] is None  # a decision has no due date


def test_a_due_label_after_a_task_dates_that_task_and_is_no_second_action() -> None:
    from pipeline.classify import classify_sentences

    title = "2 Branch Opening Hours"
    preds = classify_sentences([(t, title) for t in [
        "Renew the branch insurance policy.", "Due: 04/2025", "The Committee noted the report.",
        "Due: 31 May"]])  # after a decision: nothing to date, left as it is
    assert [(p.type, p.due) for p in preds[:3]] == [
        ("action", "04/2025"), ("information", ""), ("decision", "")]
    assert preds[3].generator != "rule:due_of_previous_action"
