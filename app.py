"""Committee Memory — Streamlit app. Thin: widgets wired to the query layer in `pipeline/`.

Run: `streamlit run app.py -- --db demo.db` (or set COMMITTEE_MEMORY_DB). Minutes text is always
shown escaped (as text, never as Markdown or HTML). The read connection and the embedding model
are cached per server process; query results are cached until the store changes, so a widget
change only re-reads cached results and never re-runs the pipeline (only "Store these files" does).
"""
from __future__ import annotations

import argparse
import os
import sys
import threading
from datetime import date

import pandas as pd
import streamlit as st

from pipeline import view
from pipeline.view import TYPE_COLOURS, body_label, escape_markdown

STATEMENT_TYPES = ["proposal", "argument_for", "objection", "question", "decision", "action",
                   "information"]
OBJECTION_STATUSES = ["dropped", "open", "carried_forward", "answered"]
REVERSAL_STATUSES = ["undocumented", "documented"]
TRACKER_STATUSES = ["lost", "open", "in_progress", "done", "cancelled"]


def _db_path() -> str:
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--db", default=os.environ.get("COMMITTEE_MEMORY_DB",
                                                        "committee_memory.db"))
    args, _ = parser.parse_known_args(sys.argv[1:])
    return args.db


DB = _db_path()


# ---- cached resources and queries --------------------------------------------------------------
@st.cache_resource
def reader(path: str):
    """One read connection per server process (WAL: readers never block the writer). Sessions
    run in threads, so reads are serialised by a lock."""
    from pipeline.stores import open_store
    return open_store(path), threading.Lock()


@st.cache_resource(show_spinner="Loading the language model…")
def encoder() -> bool:
    """Load the embedding model once per server process (search encodes the question with it)."""
    from pipeline.embed import encode
    encode(["warm up"])
    return True


def stamp() -> tuple:
    """Changes whenever the store does; part of every cached query's key."""
    s, lock = reader(DB)
    with lock:
        r = s.conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM statements").fetchone()
        f = s.conn.execute("SELECT count(*), coalesce(sum(length(id)), 0) FROM findings").fetchone()
        d = s.conn.execute("SELECT count(*), coalesce(max(ingested_at), 0) FROM documents"
                           ).fetchone()
        t = s.conn.execute("SELECT count(*), coalesce(sum(length(status) * age_days), 0)"
                           " FROM tracker").fetchone()
    return (DB, *r, *f, *d, *t)


@st.cache_data(show_spinner=False, max_entries=500)
def cached(name: str, key: tuple, *args):
    """Query results, cached until the store changes (`key` is the store's stamp)."""
    s, lock = reader(DB)
    with lock:
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
        if name == "source":
            return s.source_path(args[0])
        if name == "votes":
            from pipeline.votes import votes_for_store
            return votes_for_store(s)
        if name == "tracker":
            return s.tracker()
        if name == "missing_vectors":
            from pipeline.query import missing_vectors_note
            return missing_vectors_note(s)
    raise KeyError(name)


def q(name: str, *args):
    return cached(name, stamp(), *args)


@st.cache_data(show_spinner="Rendering the page…", max_entries=64)
def page_image(path: str, page: int, quote: str) -> tuple[bytes, bool]:
    return view.render_page(path, page, highlight=quote)


# ---- showing minutes ---------------------------------------------------------------------------
def text(value: str) -> None:
    """Show minutes text literally."""
    st.markdown(escape_markdown(value or ""))


def statement_label(s: dict) -> str:
    label = (s.get("type") or "quote").replace("_", " ")
    if s.get("outcome"):
        label += f" · {s['outcome']}"
    if s.get("owner"):
        label += f" · owner {s['owner']}"
    return label


def quote_block(s: dict, key: str) -> None:
    """A cited quote: type badge, verbatim text, meeting, page, file; a button opens the page."""
    colour = TYPE_COLOURS.get(s.get("type") or "", "gray")
    who = f" — {escape_markdown(s['speaker'])}" if s.get("speaker") else ""
    st.markdown(f":{colour}-badge[{escape_markdown(statement_label(s))}] "
                f"{escape_markdown(s.get('text', ''))}{who}")
    cite = (f"{body_label(s.get('body')) + ' · ' if 'body' in s else ''}{s.get('date') or ''} · "
            f"p.{s.get('page') or '?'} · {os.path.basename(s.get('source_file') or '')}")
    cols = st.columns([6, 1])
    cols[0].caption(escape_markdown(cite))
    if cols[1].button("Source", key=key, help="Open the page of the minutes this quote is on"):
        show_source(s)


@st.dialog("Source page", width="large")
def show_source(s: dict) -> None:
    st.caption(escape_markdown(f"{s.get('source_file', '')}, page {s.get('page', '')}"))
    text(s.get("text", ""))
    sha = next((m["sha256"] for m in q("meetings") if m["id"] == s.get("meeting_id")), "")
    path = q("source", sha) if sha else None
    if path and path.suffix == ".pdf":
        png, found = page_image(str(path), int(s.get("page") or 1), s.get("text", ""))
        st.caption("The quote is boxed in red." if found else
                   "The quote could not be located in the page's text layer (a scanned page?).")
        st.image(png)
    elif path:
        st.code(path.read_text(errors="replace")[:20000], language=None)
    else:
        st.info("The source file is not kept in this database.")


def empty_hint() -> bool:
    if not q("meetings"):
        st.info("No minutes stored yet. Add some on the Upload page.")
        return True
    return False


def thread_labels() -> dict[str, str]:
    return {t["id"]: t["label"] for t in q("threads")}


def statements_by_id() -> dict[str, dict]:
    return {s["id"]: s for s in q("statements")}


def thread_picker(key: str, min_meetings: int = 1) -> dict | None:
    threads = [t for t in q("threads") if (t.get("data") or {}).get("meetings", 0) >= min_meetings]
    if not threads:
        st.info("No threads spanning several meetings yet." if min_meetings > 1
                else "No threads yet.")
        return None
    threads.sort(key=lambda t: (-(t.get("data") or {}).get("meetings", 0), t["label"]))
    by_id = {t["id"]: t for t in threads}
    preset = st.session_state.pop("open_thread", None)
    if preset in by_id:
        st.session_state[key] = preset
    tid = st.selectbox("Thread", list(by_id), key=key, format_func=lambda i: (
        f"{by_id[i]['label']} ({(by_id[i].get('data') or {}).get('meetings', 0)} meetings)"))
    return by_id[tid]


# ---- pages -------------------------------------------------------------------------------------
def page_upload() -> None:
    st.header("Upload minutes")
    st.write("PDF minutes (born-digital or scanned) and plain-text or Markdown minutes. Each file "
             "is stored whole or not at all; a file already stored is recognised and skipped.")
    files = st.file_uploader("Minutes files", type=["pdf", "txt", "md"],
                             accept_multiple_files=True)
    if files and st.button("Store these files", type="primary"):
        st.session_state["upload_results"] = store_files(files)
        st.cache_data.clear()
    for r in st.session_state.get("upload_results", []):
        show_upload_result(r)
    docs = q("documents")
    if docs:
        st.subheader(f"Stored files ({len(docs)})")
        st.dataframe(pd.DataFrame(docs)[["path", "pages", "kind", "backend"]],
                     hide_index=True, width="stretch")
    else:
        st.info("No minutes stored yet. Choose some files above.")


def store_files(files) -> list[dict]:
    """Run the ingest entry point on each upload (one worker process per file, with a time
    limit), then rebuild threads and findings once for the batch."""
    from pipeline.derive import rebuild
    from pipeline.ingest import IngestOptions, ingest_upload
    from pipeline.stores import open_store
    results = []
    bar = st.progress(0.0, text=f"0 of {len(files)} files")
    s = open_store(DB)  # the writer: its own connection, never the cached reader
    try:
        for n, f in enumerate(files, start=1):
            with st.status(f"Reading {f.name}…", expanded=False) as box:
                r = ingest_upload(s, f.name, f.getvalue(), IngestOptions(workers=1, derive=False))
                box.update(label=f"{f.name}: {r.status}",
                           state="error" if r.status == "failed" else "complete")
            results.append(dict(r.__dict__))
            bar.progress(n / len(files), text=f"{n} of {len(files)} files")
        if any(r["status"] == "stored" for r in results):
            with st.spinner("Linking threads and looking for findings across all meetings…"):
                rebuild(s)
    finally:
        s.close()
    return results


def show_upload_result(r: dict) -> None:
    name = escape_markdown(r["path"])
    if r["status"] == "stored":
        st.success(f"{name}: stored — {r['meetings']} meeting(s), {r['items']} item(s), "
                   f"{r['statements']} statement(s) found on {r['pages']} page(s).")
        for w in r["warnings"]:
            st.warning(escape_markdown(f"{r['path']}: {w}"))
    elif r["status"] == "skipped":
        st.info(f"{name}: already stored (same content); nothing changed.")
    else:
        st.error(escape_markdown(r["reason"] or f"{r['path']}: could not be stored"))


def page_search() -> None:
    st.header("Search what was said")
    if empty_hint():
        return
    query = st.text_input("Question",
                          placeholder="what was said about the review of crisis support")
    c1, c2, c3, c4 = st.columns(4)
    bodies = q("bodies")
    body = c1.selectbox("Body", [None] + bodies, format_func=lambda b: "(all)" if b is None
                        else body_label(b))
    since = c2.date_input("From", value=None, min_value=date(1900, 1, 1))
    until = c3.date_input("To", value=None, min_value=date(1900, 1, 1))
    type_ = c4.selectbox("Statement type", [None] + STATEMENT_TYPES,
                         format_func=lambda t: "(all)" if t is None else t.replace("_", " "))
    if not query.strip():
        st.caption("Ask in your own words; results are grouped by thread, best first.")
        return
    encoder()
    hits = q("search", query, 40, body, since.isoformat() if since else None,
             until.isoformat() if until else None, type_)
    note = q("missing_vectors")
    if note:
        st.warning(note)
    if not hits:
        st.info("Nothing found. Try other words or fewer filters.")
        return
    labels = thread_labels()
    groups = view.group_by_thread(hits)
    st.caption(f"{len(hits)} statements in {len(groups)} thread(s), best first")
    for n, (tid, rows) in enumerate(groups.items()):
        title = labels.get(tid) or rows[0].get("item_title") or "(no thread)"
        with st.expander(escape_markdown(f"{title} — {len(rows)} statement(s)"), expanded=n < 3):
            if tid and st.button("Open this thread", key=f"open-{n}"):
                st.session_state["open_thread"] = tid
                st.switch_page(PAGES["threads"])
            for k, h in enumerate(rows):
                quote_block(h, f"src-{n}-{k}")


def page_threads() -> None:
    st.header("Threads: one matter over time")
    if empty_hint():
        return
    multi = st.checkbox("Only threads spanning several meetings", value=True)
    t = thread_picker("thread", 2 if multi else 1)
    if not t:
        return
    data = t.get("data") or {}
    show_info = st.checkbox("Show information statements too", key="show_info")
    st.markdown("  ".join(f":{c}-badge[{k.replace('_', ' ')}]" for k, c in TYPE_COLOURS.items()
                          if k != "information" or show_info))
    st.write(f"Current decision state: **{escape_markdown(data.get('decision_state') or 'none')}**"
             f" over {data.get('meetings', 0)} meeting(s).")
    for row in data.get("timeline", []):
        with st.container(border=True):
            st.subheader(escape_markdown(f"{row['date']} — {body_label(row['body'])}"))
            st.caption(escape_markdown(
                f"Decision state: {row['decision_state'] or 'none'} · present "
                f"({len(row['present'])}): {', '.join(row['present']) or 'not recorded'}"))
            for k, s in enumerate(q("statements", row["item_id"])):
                if s["type"] != "information" or show_info:
                    quote_block(s, f"t-{row['item_id']}-{k}")


def page_drift() -> None:
    st.header("Drift")
    if empty_hint():
        return
    labels = thread_labels()
    drift = q("findings", "drift") + q("findings", "coalition_shift")
    if drift:
        st.subheader("Threads that drifted most")
        st.dataframe(pd.DataFrame([{"score": f["score"], "kind": f["kind"].replace("_", " "),
                                    "thread": labels.get(f["thread_id"], ""),
                                    "summary": f["summary"]}
                                   for f in sorted(drift, key=lambda f: -f["score"])]),
                     hide_index=True, width="stretch")
    t = thread_picker("drift-thread", 2)
    if not t:
        return
    rows = view.drift_rows(t, statements_by_id())
    df = pd.DataFrame(rows)
    if df.empty:
        return
    df = df.set_index("date")
    c1, c2 = st.columns(2)
    c1.caption("Framing distance from the first meeting, and attendance turnover")
    c1.line_chart(df[["framing distance", "attendance turnover"]],
                  color=["#1f6fd1", "#f08a24"])
    c2.caption("Arguments and objections appearing and vanishing")
    c2.bar_chart(df[["arguments appearing", "arguments vanishing"]], stack=False,
                 color=["#2e9e4f", "#d33a2c"])
    st.caption("Decision state by meeting")
    st.scatter_chart(df.reset_index(), x="date", y="decision state", size=200)
    st.dataframe(df.drop(columns=["new", "vanished"]).reset_index(), hide_index=True,
                 width="stretch")
    for r in rows:
        if r["new"] or r["vanished"]:
            with st.expander(escape_markdown(f"{r['date']}: {len(r['new'])} appearing, "
                                             f"{len(r['vanished'])} vanishing")):
                for label, texts in (("Appearing", r["new"]), ("Vanishing", r["vanished"])):
                    for x in texts:
                        st.markdown(f"**{label}:** {escape_markdown(x)}")


def page_dropped() -> None:
    st.header("Dropped objections")
    st.caption("Objections raised on a matter and never answered or mentioned again while the "
               "matter went on. Other statuses: answered, carried forward, open (no later "
               "meeting yet).")
    if empty_hint():
        return
    rows = view.objection_rows(q("threads"), q("findings", "dropped_objection"))
    pick = st.multiselect("Status", OBJECTION_STATUSES, default=["dropped"])
    rows = [r for r in rows if r["status"] in pick]
    if not rows:
        st.info("No objections with this status.")
        return
    st.dataframe(pd.DataFrame(rows)[["score", "status", "date", "thread", "speaker", "objection",
                                     "page", "source_file"]],
                 hide_index=True, width="stretch")
    st.subheader("Evidence")
    for n, r in enumerate(rows[:60]):
        label = f"{r['status']} · {r['date']} · {r['objection'][:110]}"
        with st.expander(escape_markdown(label)):
            if r["summary"]:
                text(r["summary"])
            quote_block({"text": r["objection"], "type": "objection", "page": r["page"],
                         "date": r["date"], "meeting_id": r["meeting_id"],
                         "speaker": r["speaker"], "source_file": r["source_file"]},
                        f"dropped-{n}")


def page_reversals() -> None:
    st.header("Undocumented reversals")
    st.caption("A later decision contrary to an earlier one, with no recorded decision to change "
               "it. Documented changes of decision are listed with status 'documented'.")
    if empty_hint():
        return
    rows = view.reversal_rows(q("threads"), q("findings", "undocumented_reversal"))
    pick = st.multiselect("Status", REVERSAL_STATUSES, default=["undocumented"])
    rows = [r for r in rows if r["status"] in pick]
    if not rows:
        st.info("No reversals with this status.")
        return
    st.dataframe(pd.DataFrame(rows)[["score", "status", "from", "to", "thread", "summary"]],
                 hide_index=True, width="stretch")
    st.subheader("Evidence")
    for n, r in enumerate(rows[:60]):
        with st.expander(escape_markdown(f"{r['status']} · {r['thread']} · {r['from']} → "
                                         f"{r['to']}")):
            text(r["summary"])
            for k, e in enumerate(r["evidence"]):
                quote_block({"text": e["quote"], "type": "decision", "page": e["page"],
                             "date": e.get("date"), "meeting_id": e["meeting_id"],
                             "source_file": e.get("source_file", "")}, f"rev-{n}-{k}")


def page_record() -> None:
    st.header("Decision record")
    if empty_hint():
        return
    t = thread_picker("record-thread")
    if not t:
        return
    from pipeline.report import thread_record_markdown
    data = t.get("data") or {}
    st.write(f"Current decision state: **{escape_markdown(data.get('decision_state') or 'none')}**"
             f" over {data.get('meetings', 0)} meeting(s).")
    counts = pd.DataFrame(view.pros_cons_by_meeting(t))
    rows = view.record_rows(t)
    if rows:
        st.caption("Arguments for and objections, by meeting")
        st.bar_chart(counts.set_index("date")[["for", "against"]], stack=False,
                     color=["#2e9e4f", "#d33a2c"])
        df = pd.DataFrame(rows)
        st.dataframe(df.drop(columns=["meeting_id", "statement_id"]), hide_index=True,
                     width="stretch")
    else:
        df = pd.DataFrame(columns=["side", "date", "speaker", "status", "text", "page",
                                   "source_file"])
        st.info("No arguments or objections recorded on this thread.")
    c1, c2 = st.columns(2)
    c1.download_button("Download Markdown", thread_record_markdown(t), "decision_record.md",
                       mime="text/markdown")
    c2.download_button("Download CSV", df.to_csv(index=False), "decision_record.csv",
                       mime="text/csv")


def page_meetings() -> None:
    st.header("Meetings")
    if empty_hint():
        return
    meetings = q("meetings")
    body = st.selectbox("Body", q("bodies"), format_func=body_label)
    mine = [m for m in meetings if m["body"] == body]
    by_id = {m["id"]: m for m in mine}
    mid = st.selectbox("Meeting", list(by_id), format_func=lambda i: (
        f"{by_id[i]['date'] or 'undated'} · {by_id[i]['title']} · "
        f"{os.path.basename(by_id[i]['source_file'] or '')}"))
    m = by_id[mid]
    st.caption(escape_markdown(
        f"{m['source_file']} · pages {m['page_start']}–{m['page_end']} · "
        f"{m['n_items']} item(s), {m['n_statements']} statement(s)"))
    att = q("attendees", m["id"])
    if att:
        with st.expander(f"Attendance ({len(att)})"):
            st.dataframe(pd.DataFrame(att), hide_index=True, width="stretch")
    for it in q("items", m["id"]):
        with st.expander(escape_markdown(f"{it['number']} {it['title']} (p.{it['page_start']})")):
            for k, s in enumerate(q("statements", it["id"])):
                quote_block(s, f"m-{it['id']}-{k}")


def page_votes() -> None:
    st.header("Votes and coalitions")
    if empty_hint():
        return
    from pipeline.coalitions import agreement_matrix, bloc_shifts, dissent, period_of
    votes = q("votes")
    if not votes:
        st.info("No recorded votes found in these minutes.")
        return
    bodies = sorted({v.get("body") or "" for v in votes})
    body = st.selectbox("Body", bodies, format_func=body_label, key="votes-body")
    mine = [v for v in votes if (v.get("body") or "") == body]
    periods = sorted({period_of(v.get("date") or "") for v in mine})
    period = st.selectbox("Period", ["(all)"] + periods, key="votes-period")
    if period != "(all)":
        mine = [v for v in mine if period_of(v.get("date") or "") == period]
    st.caption(f"{len(mine)} recorded vote(s); agreement counts contested votes only.")
    members, pairs = agreement_matrix(mine)
    if members:
        import altair as alt
        cells = [{"a": a, "b": b, "agreement": round(share, 2), "votes": n}
                 for (x, y), (share, n) in pairs.items() for a, b in ((x, y), (y, x))]
        cells += [{"a": m, "b": m, "agreement": 1.0, "votes": 0} for m in members]
        st.subheader("Agreement on contested votes")
        st.altair_chart(alt.Chart(pd.DataFrame(cells)).mark_rect().encode(
            x=alt.X("a:N", title=None), y=alt.Y("b:N", title=None),
            color=alt.Color("agreement:Q", scale=alt.Scale(scheme="redyellowgreen",
                                                           domain=[0, 1])),
            tooltip=["a", "b", "agreement", "votes"]), width="stretch")
        st.subheader("Dissent per member")
        st.bar_chart(pd.Series(dissent(mine), name="dissent share"))
    shifts = bloc_shifts([v for v in votes if (v.get("body") or "") == body])
    if shifts:
        st.subheader("Blocs over time")
        st.dataframe(pd.DataFrame([{"period": x.get("period"),
                                    "blocs": " | ".join(", ".join(b) for b in x.get("blocs", [])),
                                    "changes": "; ".join(x.get("changes", []))}
                                   for x in shifts]),
                     hide_index=True, width="stretch")
    st.subheader("Votes")
    st.dataframe(pd.DataFrame([{
        "date": v.get("date"), "result": v.get("result"), "motion": v.get("motion"),
        "ayes": v["tally"].get("ayes"), "noes": v["tally"].get("noes"),
        "abstain": v["tally"].get("abstain"),
        "no votes": ", ".join(n for n, how in (v.get("members") or {}).items() if how == "no"),
        "checks": "; ".join(v.get("problems") or []), "page": v.get("page")} for v in mine]),
        hide_index=True, width="stretch")


def page_tracker() -> None:
    st.header("Action tracker")
    st.caption("Every action, and every recommendation a body makes to another, with the later "
               "statements that report on it. done: reported completed; in progress: reported "
               "on, not completed (ongoing, carried forward, no update); cancelled: withdrawn or "
               "no longer required; lost: never mentioned again although the body met at least "
               f"{view.lost_after()} more times and any due date had passed; open: no report "
               "yet, too soon to say. Age: days from the action's meeting to the body's last "
               "stored meeting.")
    if empty_hint():
        return
    rows = q("tracker")
    if not rows:
        st.info("No actions or recommendations found in these minutes.")
        return
    c1, c2, c3, c4 = st.columns(4)
    body = c1.selectbox("Body", [None] + sorted({r["body"] or "" for r in rows}),
                        format_func=lambda b: "(all)" if b is None else body_label(b),
                        key="tracker-body")
    owners = sorted({r["owner"] or "" for r in rows if not body or r["body"] == body})
    owner = c2.selectbox("Owner", [None] + owners, key="tracker-owner",
                         format_func=lambda o: "(all)" if o is None else (o or "(no owner)"))
    statuses = c3.multiselect("Status", TRACKER_STATUSES, default=TRACKER_STATUSES,
                              key="tracker-status", format_func=lambda x: x.replace("_", " "))
    min_age = c4.number_input("At least this many days old", min_value=0, value=0, step=30,
                              key="tracker-age")
    rows = view.tracker_rows(rows, body=body, owner=owner, statuses=statuses, min_age=min_age)
    if not rows:
        st.info("No actions match these filters.")
        return
    from pipeline.tracker import owner_summary
    st.subheader("Who holds what")
    st.caption("Per owner: open actions held (open or in progress), lost ones (never reported "
               "on), done and cancelled.")
    st.dataframe(pd.DataFrame(owner_summary(rows)), hide_index=True, width="stretch")
    st.subheader(f"Actions ({len(rows)})")
    st.dataframe(pd.DataFrame(rows)[["status", "date", "body", "owner", "due", "age_days",
                                     "followups", "text", "page", "source_file"]],
                 hide_index=True, width="stretch")
    st.subheader("Evidence")
    by_id = statements_by_id()
    meetings = q("meetings")
    for n, r in enumerate(rows[:60]):
        label = f"{r['status'].replace('_', ' ')} · {r['date']} · {r['owner'] or 'no owner'} · " \
                f"{r['text'][:110]}"
        with st.expander(escape_markdown(label)):
            text(f"Why: {r['reason']}")
            quote_block(r, f"trk-{n}")
            for k, fid in enumerate(r["followup_statement_ids"]):
                if fid in by_id:
                    st.caption("Reported on:")
                    quote_block(by_id[fid], f"trk-{n}-{k}")
            if not r["followup_statement_ids"]:
                later = view.later_meetings(meetings, r)
                st.caption(escape_markdown(
                    f"No statement reports on it in the {len(later)} later meeting(s) of this "
                    f"body: {', '.join(later) or 'none yet'}."))


PAGES = {
    "upload": st.Page(page_upload, title="Upload", url_path="upload", icon=":material/upload:"),
    "search": st.Page(page_search, title="Search", url_path="search", default=True,
                      icon=":material/search:"),
    "threads": st.Page(page_threads, title="Threads", url_path="threads",
                       icon=":material/timeline:"),
    "drift": st.Page(page_drift, title="Drift", url_path="drift", icon=":material/trending_up:"),
    "dropped": st.Page(page_dropped, title="Dropped objections", url_path="dropped",
                       icon=":material/report:"),
    "reversals": st.Page(page_reversals, title="Reversals", url_path="reversals",
                         icon=":material/swap_horiz:"),
    "record": st.Page(page_record, title="Decision record", url_path="record",
                      icon=":material/balance:"),
    "meetings": st.Page(page_meetings, title="Meetings", url_path="meetings",
                        icon=":material/event:"),
    "votes": st.Page(page_votes, title="Votes", url_path="votes", icon=":material/how_to_vote:"),
    "tracker": st.Page(page_tracker, title="Tracker", url_path="tracker",
                       icon=":material/task_alt:"),
}


def main() -> None:
    st.set_page_config(page_title="Committee Memory", layout="wide")
    st.sidebar.caption(escape_markdown(f"Database: {DB}"))
    st.navigation(list(PAGES.values())).run()


main()
