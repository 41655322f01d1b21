"""Statement rows as the findings stage reads them from the store, for tests of finding rules."""
from __future__ import annotations


def statement_row(sid: str, item: str, meeting: str, date: str, seq: int, type_: str, text: str,
                  outcome: str = "", speaker: str = "", body: str = "Valley Board") -> dict:
    """One stored statement: its id, item, meeting, date, position, type, text and outcome."""
    return {"id": sid, "item_id": item, "meeting_id": meeting, "date": date, "seq": seq,
            "type": type_, "text": text, "outcome": outcome, "speaker": speaker, "page": 1,
            "body": body, "source_file": f"{meeting}.pdf", "generator": "rule:test"}
