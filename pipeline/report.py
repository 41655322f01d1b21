"""Markdown report: findings first, then the collective record (pros/cons) of each thread."""
from __future__ import annotations

__all__ = ["markdown_report", "thread_record_markdown"]

_TITLES = {
    "dropped_objection": "Dropped objections",
    "undocumented_reversal": "Undocumented reversals",
    "coalition_shift": "Shifting coalitions",
    "drift": "Drift",
}


def _quote(text: str) -> str:
    return text.replace("\n", " ").strip()


def thread_record_markdown(thread: dict) -> str:
    """The decision record of one thread (as stored by the analysis stage)."""
    data = thread.get("data") or {}
    lines = [f"## {thread['label']}", "",
             f"Current decision state: **{data.get('decision_state') or 'none recorded'}** "
             f"over {data.get('meetings', 0)} meeting(s).", ""]
    timeline = data.get("timeline", [])
    if timeline:
        lines += ["| date | body | decision state | framing distance | present | turnover |",
                  "|---|---|---|---|---|---|"]
        for r in timeline:
            lines.append(f"| {r['date']} | {r['body']} | {r['decision_state'] or '–'} | "
                         f"{r['framing_distance']:.2f} | {len(r['present'])} | {r['turnover']:.0%} |")
        lines.append("")
    for title, key in (("Arguments for", "pros"), ("Objections and concerns", "cons")):
        lines.append(f"### {title}")
        rows = data.get(key, [])
        if not rows:
            lines.append("None recorded.")
        for r in rows:
            who = r.get("speaker") or "unattributed"
            lines.append(f"- {r['date']} p.{r['page']} ({who}, {r['status']}): "
                         f"\"{_quote(r['text'])}\" — {r['source_file']}")
        lines.append("")
    changes = data.get("documented_changes", [])
    if changes:
        lines.append("### Documented changes of decision")
        for r in changes:
            lines.append(f"- {r['date']} p.{r['page']}: \"{_quote(r['text'])}\"")
        lines.append("")
    return "\n".join(lines)


def markdown_report(store) -> str:
    findings = store.findings()
    out = ["# Committee Memory report", ""]
    for kind, title in _TITLES.items():
        rows = [f for f in findings if f["kind"] == kind]
        out += [f"# {title} ({len(rows)})", ""]
        for f in rows:
            out.append(f"- **{f['score']:.2f}** {f['summary']}")
            for e in f["evidence"]:
                out.append(f"  - {e.get('date', '')} p.{e['page']}: \"{_quote(e['quote'])}\" "
                           f"({e.get('source_file', '')})")
        out.append("")
    out += ["# Threads", ""]
    for t in store.threads():
        if (t.get("data") or {}).get("meetings", 0) >= 2:
            out += [thread_record_markdown(t), ""]
    return "\n".join(out)
