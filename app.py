"""Committee Memory — Streamlit app. Thin: widgets wired to the query layer in `pipeline/`.

Run: `streamlit run app.py -- --db demo.db`. Minutes text is always shown escaped (as text, never
as Markdown or HTML).
"""
from __future__ import annotations

import argparse
import os
import sys

import pandas as pd
import streamlit as st

from pipeline.view import TYPE_COLOURS, escape_markdown, render_page_png

STATEMENT_TYPES = ["proposal", "argument_for", "objection", "question", "decision", "action",
                   "information"]


def _db_path() -> str:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", default=os.environ.get("COMMITTEE_MEMORY_DB",
                                                        "committee_memory.db"))
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args.db


DB = _db_path()


def store():
    """A connection per script run: SQLite connections are cheap and must not cross threads."""
    from pipeline.store import Store
    return Store(DB)


@st.cache_resource
def warm_models() -> bool:
    """Load the embedding model once per server process."""
    from pipeline.embed import encode
    encode(["warm up"])
    return True


def stamp() -> tuple:
    s = store()
    try:
        r = s.conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM statements").fetchone()
        f = s.conn.execute("SELECT count(*) FROM findings").fetchone()
        d = s.conn.execute("SELECT count(*), coalesce(max(ingested_at), 0) FROM documents"
                           ).fetchone()
        return (DB, r[0], r[1], f[0], d[0], d[1])
    finally:
        s.close()


@st.cache_data(show_spinner=False)
def cached(name: str, _stamp: tuple, *args):
    """Query results, cached until the store changes (the stamp is part of the key)."""
    s = store()
    try:
        if name == "search":
            from pipeline.query import search
            query, limit, body, since, until, type_ = args
            return search(s, query, limit=limit, body=body, since=since, until=until, type=type_)
        if name == "meetings":
            return s.meetings()
        if name == "threads":
            return s.threads()
        if name == "findings":
            return s.findings(args[0] if args else None)
        if name == "statements":
            return s.statements(item_id=args[0]) if args else s.statements()
        if name == "items":
            return s.items(args[0])
        if name == "attendees":
            return s.attendees(args[0])
        if name == "bodies":
            return s.bodies()
        if name == "documents":
            return s.documents()
    finally:
        s.close()
    raise KeyError(name)


def q(name: str, *args):
    return cached(name, stamp(), *args)


def text(value: str) -> None:
    """Show minutes text literally."""
    st.markdown(escape_markdown(value or ""))


def quote_block(s: dict, key: str) -> None:
    """A cited quote: type badge, verbatim text, meeting, page, file; a button to see the page."""
    colour = TYPE_COLOURS.get(s.get("type", ""), "gray")
    label = s.get("type", "")
    if s.get("outcome"):
        label += f" · {s['outcome']}"
    if s.get("owner"):
        label += f" · owner {s['owner']}"
    who = f" — {escape_markdown(s['speaker'])}" if s.get("speaker") else ""
    st.markdown(f":{colour}-badge[{escape_markdown(label)}] {escape_markdown(s['text'])}{who}")
    cite = (f"{s.get('body', '')} · {s.get('date', '')} · p.{s.get('page', '')} · "
            f"{os.path.basename(s.get('source_file', '') or '')}")
    cols = st.columns([5, 1])
    cols[0].caption(escape_markdown(cite))
    if cols[1].button("Source", key=key):
        show_source(s)


@st.dialog("Source page", width="large")
def show_source(s: dict) -> None:
    sha = _sha_of(s.get("meeting_id", ""))
    st.caption(escape_markdown(f"{s.get('source_file', '')}, page {s.get('page', '')}"))
    text(s.get("text", ""))
    st_ = store()
    try:
        path = st_.source_path(sha) if sha else None
    finally:
        st_.close()
    if path and path.suffix == ".pdf":
        st.image(render_page_png(str(path), int(s.get("page") or 1), highlight=s.get("text")))
    elif path:
        st.code(path.read_text(errors="replace")[:20000], language=None)
    else:
        st.info("The source file is not kept in this database.")


def _sha_of(meeting_id: str) -> str:
    for m in q("meetings"):
        if m["id"] == meeting_id:
            return m["sha256"]
    return ""


def empty_hint() -> bool:
    if not q("meetings"):
        st.info("No minutes stored yet. Add some on the Upload page.")
        return True
    return False


# ---- pages -------------------------------------------------------------------------------------
def page_upload() -> None:
    st.header("Upload minutes")
    st.write("PDF minutes (born-digital or scanned) and plain-text or Markdown minutes. "
             "Each file is stored whole or not at all; a file already stored is recognised.")
    files = st.file_uploader("Minutes files", type=["pdf", "txt", "md"],
                             accept_multiple_files=True)
    if files and st.button("Store these files", type="primary"):
        from pipeline.ingest import IngestOptions, ingest_upload
        bar = st.progress(0.0)
        s = store()
        try:
            for n, f in enumerate(files, start=1):
                with st.spinner(f"Reading {f.name}"):
                    r = ingest_upload(s, f.name, f.getvalue(), IngestOptions(workers=1))
                name = escape_markdown(r.path)
                if r.status == "stored":
                    st.success(f"{name}: stored — {r.meetings} meeting(s), {r.items} item(s), "
                               f"{r.statements} statement(s), {r.pages} page(s)")
                    for w in r.warnings:
                        st.warning(escape_markdown(w))
                elif r.status == "skipped":
                    st.info(f"{name}: already stored (same content); nothing changed.")
                else:
                    st.error(escape_markdown(r.reason))
                bar.progress(n / len(files))
        finally:
            s.close()
        st.cache_data.clear()
    docs = q("documents")
    if docs:
        st.subheader(f"Stored files ({len(docs)})")
        st.dataframe(pd.DataFrame(docs)[["path", "pages", "kind", "backend"]],
                     hide_index=True, use_container_width=True)


def page_search() -> None:
    st.header("Search what was said")
    if empty_hint():
        return
    query = st.text_input("Question", placeholder="what was said about the review")
    c1, c2, c3, c4 = st.columns(4)
    body = c1.selectbox("Body", ["(all)"] + q("bodies"))
    since = c2.text_input("From (YYYY-MM-DD)", "")
    until = c3.text_input("To (YYYY-MM-DD)", "")
    type_ = c4.selectbox("Statement type", ["(all)"] + STATEMENT_TYPES)
    if not query:
        return
    hits = q("search", query, 30, None if body == "(all)" else body, since or None,
             until or None, None if type_ == "(all)" else type_)
    if not hits:
        st.info("Nothing found. Try other words or fewer filters.")
        return
    labels = {t["id"]: t["label"] for t in q("threads")}
    groups: dict[str, list[dict]] = {}
    for h in hits:
        groups.setdefault(h.get("thread_id") or "", []).append(h)
    st.caption(f"{len(hits)} statements in {len(groups)} thread(s), best first")
    for n, (tid, rows) in enumerate(groups.items()):
        title = labels.get(tid) or rows[0].get("item_title") or "(no thread)"
        with st.expander(escape_markdown(f"{title} — {len(rows)} statement(s)"), expanded=n < 3):
            for k, h in enumerate(rows):
                quote_block(h, f"src-{n}-{k}")


def _thread_picker(key: str, min_meetings: int = 1) -> dict | None:
    threads = [t for t in q("threads")
               if (t.get("data") or {}).get("meetings", 0) >= min_meetings]
    if not threads:
        st.info("No threads yet.")
        return None
    threads.sort(key=lambda t: -(t.get("data") or {}).get("meetings", 0))
    names = {f"{t['label']} ({(t.get('data') or {}).get('meetings', 0)} meetings)": t
             for t in threads}
    choice = st.selectbox("Thread", list(names), key=key)
    return names[choice]


def page_threads() -> None:
    st.header("Threads: one matter over time")
    if empty_hint():
        return
    multi = st.checkbox("Only threads spanning several meetings", value=True)
    t = _thread_picker("thread", 2 if multi else 1)
    if not t:
        return
    data = t.get("data") or {}
    by_item = {}
    for s in q("statements"):
        by_item.setdefault(s["item_id"], []).append(s)
    for row in data.get("timeline", []):
        st.subheader(escape_markdown(f"{row['date']} — {row['body']}"))
        st.caption(escape_markdown(
            f"Decision state: {row['decision_state'] or '—'} · present: "
            f"{', '.join(row['present']) or 'not recorded'}"))
        for k, s in enumerate(by_item.get(row["item_id"], [])):
            if s["type"] != "information" or st.session_state.get("show_info"):
                quote_block(s, f"t-{row['item_id']}-{k}")
    st.checkbox("Show information statements too", key="show_info")


def page_drift() -> None:
    st.header("Drift")
    if empty_hint():
        return
    drift = q("findings", "drift")
    if drift:
        st.subheader("Threads that drifted most")
        labels = {t["id"]: t["label"] for t in q("threads")}
        st.dataframe(pd.DataFrame([{"thread": labels.get(f["thread_id"], ""),
                                    "score": f["score"], "summary": f["summary"]}
                                   for f in drift]), hide_index=True, use_container_width=True)
    t = _thread_picker("drift-thread", 2)
    if not t:
        return
    rows = (t.get("data") or {}).get("timeline", [])
    df = pd.DataFrame([{"date": r["date"], "framing distance": r["framing_distance"],
                        "attendance turnover": r["turnover"],
                        "new arguments": len(r["new_arguments"]),
                        "vanished arguments": len(r["vanished_arguments"]),
                        "decision state": r["decision_state"],
                        "joined": ", ".join(r["joined"]), "left": ", ".join(r["left"])}
                       for r in rows])
    if not df.empty:
        st.line_chart(df.set_index("date")[["framing distance", "attendance turnover"]])
        st.bar_chart(df.set_index("date")[["new arguments", "vanished arguments"]])
        st.dataframe(df, hide_index=True, use_container_width=True)


def _finding_page(kind: str, title: str, statuses: list[str]) -> None:
    st.header(title)
    if empty_hint():
        return
    rows = q("findings", kind)
    if statuses:
        pick = st.multiselect("Status", statuses, default=statuses[:1])
        rows = [r for r in rows if r["status"] in pick]
    if not rows:
        st.info("No findings of this kind.")
        return
    labels = {t["id"]: t["label"] for t in q("threads")}
    table = pd.DataFrame([{"score": r["score"], "thread": labels.get(r["thread_id"], ""),
                           "date": (r["evidence"][0].get("date") if r["evidence"] else ""),
                           "status": r["status"], "summary": r["summary"]} for r in rows])
    st.dataframe(table, hide_index=True, use_container_width=True)
    for n, r in enumerate(rows[:50]):
        with st.expander(escape_markdown(r["summary"][:140])):
            text(r["summary"])
            for k, e in enumerate(r["evidence"]):
                quote_block({"text": e["quote"], "page": e["page"], "date": e.get("date"),
                             "meeting_id": e["meeting_id"],
                             "source_file": e.get("source_file", ""), "type": ""},
                            f"{kind}-{n}-{k}")


def page_dropped() -> None:
    _finding_page("dropped_objection", "Dropped objections", ["dropped"])
    st.caption("Objections raised and never answered or mentioned again while the matter went on.")


def page_reversals() -> None:
    _finding_page("undocumented_reversal", "Undocumented reversals", [])
    st.caption("A later decision contrary to an earlier one, with no recorded decision to change.")


def page_record() -> None:
    st.header("Decision record")
    if empty_hint():
        return
    t = _thread_picker("record-thread")
    if not t:
        return
    from pipeline.report import thread_record_markdown
    data = t.get("data") or {}
    st.write(f"Current decision state: **{escape_markdown(data.get('decision_state') or 'none')}**")
    rows = ([{"side": "for", **r} for r in data.get("pros", [])]
            + [{"side": "against", **r} for r in data.get("cons", [])])
    if rows:
        df = pd.DataFrame(rows)[["side", "date", "speaker", "status", "text", "page",
                                 "source_file"]]
        st.dataframe(df, hide_index=True, use_container_width=True)
        st.download_button("Download CSV", df.to_csv(index=False), "decision_record.csv")
    else:
        st.info("No arguments or objections recorded on this thread.")
    st.download_button("Download Markdown", thread_record_markdown(t), "decision_record.md")


def page_meetings() -> None:
    st.header("Meetings")
    if empty_hint():
        return
    meetings = q("meetings")
    body = st.selectbox("Body", q("bodies"))
    mine = [m for m in meetings if m["body"] == body]
    names = {f"{m['date']} {m['title']}": m for m in mine}
    m = names[st.selectbox("Meeting", list(names))]
    st.caption(escape_markdown(f"{m['source_file']} · pages {m['page_start']}–{m['page_end']}"))
    att = q("attendees", m["id"])
    if att:
        st.dataframe(pd.DataFrame(att), hide_index=True, use_container_width=True)
    for it in q("items", m["id"]):
        with st.expander(escape_markdown(f"{it['number']} {it['title']} (p.{it['page_start']})")):
            for k, s in enumerate(q("statements", it["id"])):
                quote_block(s, f"m-{it['id']}-{k}")


def main() -> None:
    st.set_page_config(page_title="Committee Memory", layout="wide")
    pages = [
        st.Page(page_upload, title="Upload", url_path="upload"),
        st.Page(page_search, title="Search", url_path="search", default=True),
        st.Page(page_threads, title="Threads", url_path="threads"),
        st.Page(page_drift, title="Drift", url_path="drift"),
        st.Page(page_dropped, title="Dropped objections", url_path="dropped"),
        st.Page(page_reversals, title="Reversals", url_path="reversals"),
        st.Page(page_record, title="Decision record", url_path="record"),
        st.Page(page_meetings, title="Meetings", url_path="meetings"),
    ]
    st.navigation(pages).run()


main()
