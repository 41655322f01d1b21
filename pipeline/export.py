"""JSON export: the stable contract of ../DESIGN.md ("JSON export"). Names never change silently."""
from __future__ import annotations

from typing import Any

__all__ = ["export_json", "EXPORT_VERSION"]

EXPORT_VERSION = 1


def export_json(store) -> dict[str, Any]:
    """Everything stored, as the documented JSON structure."""
    docs = {d["sha256"]: d for d in store.documents()}
    by_item: dict[str, list[dict]] = {}
    for s in store.statements():
        by_item.setdefault(s["item_id"], []).append({
            "id": s["id"], "type": s["type"], "text": s["text"], "page": s["page"],
            "speaker": s["speaker"] or None, "outcome": s["outcome"] or None,
            "owner": s["owner"] or None, "due": s["due"] or None,
            "generator": s["generator"], "score": s["score"],
        })
    meetings = []
    for m in store.meetings():
        doc = docs.get(m["sha256"], {})
        meetings.append({
            "id": m["id"], "body": m["body"], "date": m["date"], "title": m["title"],
            "venue": m["venue"], "source_file": m["source_file"], "sha256": m["sha256"],
            "pages": doc.get("pages", m["pages"]), "page_start": m["page_start"],
            "page_end": m["page_end"],
            "attendees": [{"name": a["name"], "role": a["role"], "status": a["status"],
                           "initials": a["initials"]} for a in store.attendees(m["id"])],
            "items": [{"id": i["id"], "number": i["number"], "title": i["title"],
                       "page_start": i["page_start"], "page_end": i["page_end"],
                       "file_id": i["file_id"] or None,
                       # the minutes' prose before their first heading (no printed heading)
                       "opening": bool(i.get("opening")),
                       "statements": by_item.get(i["id"], [])}
                      for i in store.items(m["id"])],
        })
    threads = [{"id": t["id"], "label": t["label"], "item_ids": t["item_ids"],
                **{k: v for k, v in t["data"].items() if k not in ("id", "label", "item_ids")}}
               for t in store.threads()]
    findings = [{"id": f["id"], "kind": f["kind"], "thread_id": f["thread_id"],
                 "statement_ids": f["statement_ids"], "summary": f["summary"],
                 "score": f["score"], "status": f["status"],
                 "evidence": [{"meeting_id": e["meeting_id"], "page": e["page"],
                               "quote": e["quote"], "date": e.get("date", ""),
                               "source_file": e.get("source_file", "")}
                              for e in f["evidence"]],
                 "data": f["data"]}
                for f in store.findings()]
    from .votes import vote_findings, votes_for_store
    votes = votes_for_store(store)
    tracker = [{"statement_id": r["statement_id"], "status": r["status"],
                "followup_statement_ids": r["followup_statement_ids"], "kind": r["kind"],
                "owner": r["owner"] or None, "due": r["due"] or None,
                "due_date": r["due_date"] or None, "age_days": r["age_days"],
                "later_meetings": r["later_meetings"], "body": r["body"],
                "meeting_id": r["meeting_id"],
                "last_reported_meeting_id": r["last_reported_meeting_id"] or None,
                "reason": r["reason"]}
               for r in store.tracker()]
    return {"version": EXPORT_VERSION, "meetings": meetings, "threads": threads,
            "findings": findings, "tracker": tracker, "votes": votes,
            # arithmetic questions about recorded votes (named votes vs tallies vs present);
            # kept apart from "findings", whose kinds are fixed by the contract
            "vote_checks": vote_findings(votes)}
