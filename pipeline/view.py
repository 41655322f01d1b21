"""Helpers for showing minutes: text escaped, PDF pages rendered, stored records shaped into rows.

Contract: pure functions over the plain dicts the store returns (no analysis, no writes, no
streamlit), so the app stays a thin wiring of widgets and these can be tested without a server.
"""
from __future__ import annotations

import re
from io import BytesIO

__all__ = ["escape_markdown", "render_page_png", "render_page", "find_quote_boxes",
           "TYPE_COLOURS", "group_by_thread", "objection_rows", "reversal_rows", "drift_rows",
           "record_rows", "pros_cons_by_meeting", "body_label", "tracker_rows", "later_meetings",
           "lost_after"]

TYPE_COLOURS = {
    "proposal": "blue", "argument_for": "green", "objection": "red", "question": "orange",
    "decision": "violet", "action": "gray", "information": "gray",
}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: str) -> str:
    """Text that Markdown (and HTML) will show literally: every special character escaped.

    Newlines become spaces: minutes text is shown as one paragraph, never as Markdown blocks.
    """
    text = (text or "").replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", text)


def body_label(body: str | None) -> str:
    return body or "(body not recorded)"


# ---- PDF pages ---------------------------------------------------------------------------------
_SKIP = set("-\u00ad\u2010\u2011\u2012\u2013\u2014")  # hyphens vanish when lines are joined


def _norm_chars(chars) -> tuple[str, list[int]]:
    """Lower-cased characters without whitespace or hyphens, and each one's original index."""
    out, index = [], []
    for i, ch in chars:
        if ch.isspace() or ch in _SKIP or not ch:
            continue
        out.append(ch.lower())
        index.append(i)
    return "".join(out), index


def find_quote_boxes(page, quote: str) -> list[tuple[float, float, float, float]]:
    """PDF-space boxes (left, bottom, right, top) of `quote` on a pypdfium2 page.

    The page text and the quote are compared without whitespace and hyphens, so a quote that
    runs over line breaks or had a hyphenated word joined is still found. When the whole quote
    is not on the page (it runs onto the next page), its longest leading part that is found is
    boxed.
    """
    import pypdfium2.raw as raw
    textpage = page.get_textpage()
    try:
        n = textpage.count_chars()
        chars = []
        for i in range(n):
            code = raw.FPDFText_GetUnicode(textpage.raw, i)
            chars.append((i, chr(code) if 0 < code < 0x110000 else ""))
        hay, index = _norm_chars(chars)
        needle, _ = _norm_chars(enumerate(quote or ""))
        if not needle or not hay:
            return []
        at, length = -1, 0
        for size in (len(needle), 120, 60, 30):
            probe = needle[:size]
            if len(probe) < min(size, len(needle)) or len(probe) < 8:
                continue
            at = hay.find(probe)
            if at >= 0:
                length = len(probe)
                break
        if at < 0:
            return []
        start, end = index[at], index[at + length - 1]
        rects = textpage.count_rects(start, end - start + 1)
        return [tuple(textpage.get_rect(i)) for i in range(rects)]
    finally:
        textpage.close()


def render_page(pdf_path: str, page: int, scale: float = 1.4,
                highlight: str | None = None) -> tuple[bytes, bool]:
    """PNG of one PDF page (1-based, clamped to the document) and whether `highlight` was boxed."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_path)
    try:
        number = min(max(int(page or 1), 1), len(doc))
        pg = doc[number - 1]
        image = pg.render(scale=scale).to_pil().convert("RGB")
        boxes = find_quote_boxes(pg, highlight) if highlight else []
        if boxes:
            from PIL import ImageDraw
            draw = ImageDraw.Draw(image)
            height = pg.get_height()
            for (x0, y0, x1, y1) in boxes:
                draw.rectangle([x0 * scale - 3, (height - y1) * scale - 3,
                                x1 * scale + 3, (height - y0) * scale + 3],
                               outline=(220, 30, 30), width=3)
        buf = BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue(), bool(boxes)
    finally:
        doc.close()


def render_page_png(pdf_path: str, page: int, scale: float = 1.4,
                    highlight: str | None = None) -> bytes:
    """PNG of one PDF page (1-based), with `highlight` text boxed in red where found on it."""
    return render_page(pdf_path, page, scale, highlight)[0]


# ---- rows for tables and charts ----------------------------------------------------------------
def group_by_thread(hits: list[dict]) -> dict[str, list[dict]]:
    """Search hits grouped by thread id ("" for none), groups in order of their best hit."""
    groups: dict[str, list[dict]] = {}
    for h in hits:
        groups.setdefault(h.get("thread_id") or "", []).append(h)
    return groups


def objection_rows(threads: list[dict], findings: list[dict]) -> list[dict]:
    """Every objection recorded on a thread, with its status (answered, carried_forward,
    dropped, open) and, for dropped ones, the finding's score and summary."""
    by_statement = {sid: f for f in findings for sid in f.get("statement_ids") or []}
    out = []
    for t in threads:
        for c in (t.get("data") or {}).get("cons", []):
            f = by_statement.get(c["statement_id"], {})
            out.append({
                "score": f.get("score"), "status": c.get("status", ""), "date": c.get("date", ""),
                "thread": t.get("label", ""), "speaker": c.get("speaker") or "",
                "objection": c.get("text", ""), "page": c.get("page"),
                "source_file": c.get("source_file", ""), "meeting_id": c.get("meeting_id", ""),
                "statement_id": c["statement_id"], "summary": f.get("summary", ""),
            })
    out.sort(key=lambda r: (-(r["score"] or 0), r["date"] or ""))
    return out


def reversal_rows(threads: list[dict], findings: list[dict]) -> list[dict]:
    """Undocumented reversals (findings) and documented changes of decision (thread records)."""
    labels = {t["id"]: t.get("label", "") for t in threads}
    out = []
    for f in findings:
        ev = f.get("evidence") or []
        out.append({"score": f.get("score"), "status": f.get("status") or "undocumented",
                    "thread": labels.get(f.get("thread_id"), ""),
                    "from": ev[0].get("date", "") if ev else "",
                    "to": ev[-1].get("date", "") if ev else "",
                    "summary": f.get("summary", ""), "evidence": ev})
    for t in threads:
        for c in (t.get("data") or {}).get("documented_changes", []):
            out.append({"score": None, "status": "documented", "thread": t.get("label", ""),
                        "from": c.get("date", ""), "to": c.get("date", ""),
                        "summary": f"Recorded change of decision ({c.get('outcome') or 'changed'})"
                                   f": '{c.get('text', '')}'",
                        "evidence": [{"meeting_id": c.get("meeting_id", ""),
                                      "page": c.get("page"), "quote": c.get("text", ""),
                                      "date": c.get("date", ""),
                                      "source_file": c.get("source_file", "")}]})
    out.sort(key=lambda r: (-(r["score"] or 0), r["from"] or ""))
    return out


def drift_rows(thread: dict, statements: dict[str, dict] | None = None) -> list[dict]:
    """One row per meeting of a thread: framing distance, arguments new/vanished (counts and
    texts), decision state, attendance turnover, who joined and left."""
    statements = statements or {}
    rows = []
    for r in (thread.get("data") or {}).get("timeline", []):
        text = lambda ids: [statements[s]["text"] for s in ids if s in statements]  # noqa: E731
        rows.append({
            "date": r.get("date", ""), "body": body_label(r.get("body")),
            "framing distance": r.get("framing_distance", 0.0),
            "attendance turnover": r.get("turnover", 0.0),
            "arguments appearing": len(r.get("new_arguments", [])),
            "arguments vanishing": len(r.get("vanished_arguments", [])),
            "decision state": r.get("decision_state") or "none",
            "present": len(r.get("present", [])),
            "joined": ", ".join(r.get("joined", [])), "left": ", ".join(r.get("left", [])),
            "new": text(r.get("new_arguments", [])),
            "vanished": text(r.get("vanished_arguments", [])),
        })
    return rows


def record_rows(thread: dict) -> list[dict]:
    """The pros/cons record of a thread as flat rows (for the table and the CSV download)."""
    data = thread.get("data") or {}
    rows = ([{"side": "for", **r} for r in data.get("pros", [])]
            + [{"side": "against", **r} for r in data.get("cons", [])])
    keys = ["side", "date", "speaker", "status", "text", "page", "source_file", "meeting_id",
            "statement_id"]
    rows = [{k: r.get(k, "") for k in keys} for r in rows]
    rows.sort(key=lambda r: (r["date"] or "", r["side"]))
    return rows


def pros_cons_by_meeting(thread: dict) -> list[dict]:
    """Counts of arguments for and objections per meeting date (for the record's chart)."""
    data = thread.get("data") or {}
    dates = [r.get("date", "") for r in data.get("timeline", [])]
    counts = {d: {"date": d, "for": 0, "against": 0} for d in dates}
    for key, side in (("pros", "for"), ("cons", "against")):
        for r in data.get(key, []):
            counts.setdefault(r.get("date", ""), {"date": r.get("date", ""), "for": 0,
                                                  "against": 0})[side] += 1
    return [counts[d] for d in sorted(counts)]


# ---- action tracker ----------------------------------------------------------------------------
def lost_after() -> int:
    """Later meetings without a report after which an action counts as lost (config)."""
    from .config import CONFIG
    return CONFIG["tracker_lost_after_meetings"]


def tracker_rows(rows: list[dict], *, body: str | None = None, owner: str | None = None,
                 statuses: list[str] | None = None, min_age: int = 0) -> list[dict]:
    """Tracked actions filtered by body, owner (as printed; "" for none), status and minimum age,
    each with its number of follow-ups; lost ones first, then the oldest."""
    order = {"lost": 0, "open": 1, "in_progress": 2, "cancelled": 3, "done": 4}
    out = []
    for r in rows:
        if (body is not None and r["body"] != body) or \
                (owner is not None and (r["owner"] or "") != owner) or \
                (statuses is not None and r["status"] not in statuses) or \
                int(r["age_days"] or 0) < min_age:
            continue
        out.append({**r, "followups": len(r["followup_statement_ids"])})
    out.sort(key=lambda r: (order.get(r["status"], 9), -(r["age_days"] or 0), r["date"] or ""))
    return out


def later_meetings(meetings: list[dict], row: dict) -> list[str]:
    """Dates of the meetings of a tracked action's body held after it."""
    return [m["date"] for m in meetings
            if m["body"] == row["body"] and (m["date"] or "") > (row["date"] or "")]
