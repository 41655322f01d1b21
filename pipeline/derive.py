"""Corpus-wide derivation: embed → link → analyse → track, replacing threads, links, findings
and the action tracker.

Runs after a batch is stored (and on `pipeline rebuild`). Reads only the store, so it sees every
meeting of every body, and writes its results in one transaction.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

__all__ = ["rebuild", "load_items", "load_statements", "load_tracker_rows"]


def load_items(store):
    from .link import ItemRow
    rows = store.conn.execute(
        "SELECT i.id, i.meeting_id, m.body, m.date, i.number, i.title, i.text, i.file_id, i.seq"
        " FROM items i JOIN meetings m ON m.id = i.meeting_id ORDER BY m.date, m.seq, i.seq")
    return [ItemRow(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", r[5] or "", r[6] or "",
                    r[7] or "", r[8] or 0) for r in rows]


def load_statements(store):
    from .link import StatementRow
    rows = store.conn.execute(
        "SELECT s.id, s.item_id, s.meeting_id, m.date, s.type, s.text, s.seq, s.outcome,"
        " s.speaker FROM statements s JOIN meetings m ON m.id = s.meeting_id ORDER BY s.rowid")
    return [StatementRow(r[0], r[1], r[2], r[3] or "", r[4], r[5], r[6] or 0, r[7] or "",
                         r[8] or "") for r in rows]


def load_tracker_rows(store):
    """Meetings and statements (in `load_statements` order, so embeddings align) for the tracker."""
    from .tracker import ActRow, MeetingRow
    meetings = [MeetingRow(r[0], r[1] or "", r[2] or "", r[3] or 0) for r in store.conn.execute(
        "SELECT id, body, date, seq FROM meetings")]
    rows = store.conn.execute(
        "SELECT s.id, s.item_id, s.meeting_id, s.type, s.text, s.seq, s.outcome, s.owner, s.due,"
        " s.speaker, i.number, i.title FROM statements s JOIN items i ON i.id = s.item_id"
        " JOIN meetings m ON m.id = s.meeting_id ORDER BY s.rowid")
    statements = [ActRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or 0, r[6] or "",
                         r[7] or "", r[8] or "", r[9] or "", r[10] or "", r[11] or "")
                  for r in rows]
    return meetings, statements


def item_content(item) -> str:
    return f"{item.title}. {item.text[:1500]}"


def rebuild(store) -> dict[str, float]:
    """Recompute threads, links, findings and the tracker; returns seconds per step."""
    import time
    from .analyse import analyse
    from .embed import embed_texts
    from .link import build_threads, link_statements
    from .tracker import track

    t0 = time.perf_counter()
    from .bodies import canonical_bodies
    store.set_bodies(canonical_bodies(
        (m["id"], m["body"], m["source_file"]) for m in store.meetings()))
    items = load_items(store)
    content = embed_texts(store, [item_content(i) for i in items])
    titles = embed_texts(store, [i.title or i.text[:200] for i in items])
    t1 = time.perf_counter()
    threads = build_threads(items, content, titles)
    t2 = time.perf_counter()
    statements = load_statements(store)
    svecs = embed_texts(store, [s.text for s in statements])
    t3 = time.perf_counter()
    item_vec = {it.id: content[k] for k, it in enumerate(items)}
    s_index = {s.id: k for k, s in enumerate(statements)}
    by_item: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(statements):
        by_item[s.item_id].append(k)

    links: list[tuple[str, str, str, float]] = []
    for t in threads:
        idx = [k for item_id in t.item_ids for k in by_item.get(item_id, [])]
        if not idx:
            continue
        links += link_statements([statements[k] for k in idx], svecs[np.array(idx)], item_vec)
    t4 = time.perf_counter()
    findings, thread_data = analyse(store, threads, links, item_vec, svecs, s_index)
    t5 = time.perf_counter()
    meetings, rows = load_tracker_rows(store)
    assert [r.id for r in rows] == [s.id for s in statements], "statement order changed"
    item_thread = {item_id: t.id for t in threads for item_id in t.item_ids}
    tracked = track(meetings, rows, svecs, item_thread)
    t6 = time.perf_counter()
    store.replace_derived(threads, links, findings, thread_data, tracked)
    return {"embed": (t1 - t0) + (t3 - t2), "link": (t2 - t1) + (t4 - t3), "analyse": t5 - t4,
            "track": t6 - t5, "store_derived": time.perf_counter() - t6}
