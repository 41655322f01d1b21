"""Corpus-wide derivation: embed → link → analyse → track, replacing threads, links, findings
and the action tracker.

Runs after a batch is stored (and on `pipeline rebuild`). Reads only the store, so it sees every
meeting of every body, and writes its results in one transaction.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

__all__ = ["rebuild", "load_items", "load_statements", "load_tracker_rows"]


# the same order whatever order parallel workers stored the files in (rowids are not)
_STATEMENT_ORDER = (" JOIN items si ON si.id = s.item_id"
                    " ORDER BY m.date, m.seq, m.id, si.seq, s.seq, s.id")


def load_items(store):
    """The items that may be a matter of a thread: all but opening items (the minutes' prose
    before their first heading, which names no matter)."""
    from .link import ItemRow
    from .link_signals import matter_title
    rows = store.conn.execute(
        "SELECT i.id, i.meeting_id, m.body, m.date, i.number, i.title, i.text, i.file_id, i.seq"
        " FROM items i JOIN meetings m ON m.id = i.meeting_id WHERE coalesce(i.opening, 0) = 0"
        " ORDER BY m.date, m.seq, m.id, i.seq")
    # linked on the matter its heading names, not on who presented it or the period it covers
    return [ItemRow(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", matter_title(r[5] or ""),
                    r[6] or "", r[7] or "", r[8] or 0) for r in rows]


def load_statements(store):
    from .link import StatementRow
    rows = store.conn.execute(
        "SELECT s.id, s.item_id, s.meeting_id, m.date, s.type, s.text, s.seq, s.outcome,"
        " s.speaker FROM statements s JOIN meetings m ON m.id = s.meeting_id" + _STATEMENT_ORDER)
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
        " JOIN meetings m ON m.id = s.meeting_id" + _STATEMENT_ORDER)
    statements = [ActRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or 0, r[6] or "",
                         r[7] or "", r[8] or "", r[9] or "", r[10] or "", r[11] or "")
                  for r in rows]
    return meetings, statements


def item_content(item) -> str:
    from .embed import item_texts
    return item_texts(item.title, item.text)[0]


def item_vectors(store, items) -> tuple[np.ndarray, np.ndarray]:
    """(content, title) vectors of `items`, from the cache where the ingest workers put them."""
    from .embed import ITEM_MODEL, embed_texts, item_texts
    pairs = [item_texts(i.title, i.text) for i in items]
    return (embed_texts(store, [p[0] for p in pairs], ITEM_MODEL),
            embed_texts(store, [p[1] for p in pairs], ITEM_MODEL))


def needs_vector(statements, threads) -> list[int]:
    """Indices of the statements whose vectors linking and the analysis read.

    The ingest workers embed every statement but the deferred types (information); of those,
    only statements of a thread are compared, and only (link.link_statements) with an objection
    or question before them in the thread, or (analyse._reversals) when they read as closing the
    matter. Kept conservative: every statement of a thread holding an objection or question,
    and every closure statement of a thread; the rest are never compared (their rows stay zero).
    """
    from .analyse import is_closure
    from .embed import statement_embedded_at_ingest
    thread_of = {item_id: t.id for t in threads for item_id in t.item_ids}
    asking = {thread_of[s.item_id] for s in statements if s.item_id in thread_of
              and s.type in ("objection", "question")}
    return [k for k, s in enumerate(statements) if statement_embedded_at_ingest(s.type)
            or (s.item_id in thread_of and (thread_of[s.item_id] in asking or is_closure(s.text)))]


def statement_vectors(store, statements, threads) -> np.ndarray:
    """Vectors of `statements` (rows of those no step compares stay zero): the ingest workers'
    from the cache, the deferred ones linking needs encoded here."""
    from .embed import DIM, embed_texts
    out = np.zeros((len(statements), DIM), dtype=np.float32)
    need = needs_vector(statements, threads)
    if need:
        out[np.asarray(need)] = embed_texts(store, [statements[k].text for k in need])
    return out


def _aside(fn, *args):
    """Start `fn(*args)` in a forked process (the arguments are shared by the fork, not copied
    through a pipe); returns a function that waits for the result. Runs it right here where
    fork is unavailable, on one core, or when the process dies (the result is the same)."""
    import multiprocessing as mp
    import os
    if "fork" not in mp.get_all_start_methods() or (os.cpu_count() or 1) < 2:
        result = fn(*args)
        return lambda: result
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send((True, fn(*args)))
        except BaseException as exc:  # noqa: BLE001 - handed to the parent, which raises it
            send.send((False, exc))

    proc = ctx.Process(target=child, daemon=True)
    proc.start()
    send.close()

    def wait():
        try:
            ok, value = recv.recv()
        except EOFError:  # the process died (memory, a signal): do the work here
            proc.join()
            return fn(*args)
        finally:
            recv.close()
        proc.join()
        if not ok:
            raise value
        return value
    return wait


def rebuild(store) -> dict[str, float]:
    """Recompute threads, links, findings and the tracker; returns seconds per step (wall), and
    the CPU seconds of this process per step as "cpu_<step>"."""
    import time
    from .analyse import analyse
    from .cpu import cpu_seconds
    from .link import build_threads, link_statements, word_evidence
    from .tracker import track

    t0, c0 = time.perf_counter(), cpu_seconds(children=False)
    from .bodies import canonical_bodies
    store.set_bodies(canonical_bodies(
        (m["id"], m["body"], m["source_file"]) for m in store.meetings()))
    items = load_items(store)
    content, titles = item_vectors(store, items)
    t1, c1 = time.perf_counter(), cpu_seconds(children=False)
    # what names items as one matter in words: read by the thread building and the findings
    evidence = word_evidence(items)
    threads = build_threads(items, content, titles, evidence)
    t2, c2 = time.perf_counter(), cpu_seconds(children=False)
    statements = load_statements(store)
    svecs = statement_vectors(store, statements, threads)
    t3, c3 = time.perf_counter(), cpu_seconds(children=False)
    # the tracker needs neither links nor findings: it runs in a process of its own meanwhile
    meetings, rows = load_tracker_rows(store)
    assert [r.id for r in rows] == [s.id for s in statements], "statement order changed"
    item_thread = {item_id: t.id for t in threads for item_id in t.item_ids}
    c_kids = _children_cpu()
    tracking = _aside(track, meetings, rows, svecs, item_thread)
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
    t4, c4 = time.perf_counter(), cpu_seconds(children=False)
    findings, thread_data = analyse(store, threads, links, item_vec, svecs, s_index, items,
                                    evidence)
    t5, c5 = time.perf_counter(), cpu_seconds(children=False)
    tracked = tracking()
    # the tracker's CPU is its process's, reaped now (on one core it ran inline, within "link")
    cpu_track = _children_cpu() - c_kids
    t6, c6 = time.perf_counter(), cpu_seconds(children=False)
    store.replace_derived(threads, links, findings, thread_data, tracked)
    t7, c7 = time.perf_counter(), cpu_seconds(children=False)
    return {"embed": (t1 - t0) + (t3 - t2), "link": (t2 - t1) + (t4 - t3), "analyse": t5 - t4,
            "track": t6 - t5, "store_derived": t7 - t6,  # track: the wait for its process
            "cpu_embed": (c1 - c0) + (c3 - c2), "cpu_link": (c2 - c1) + (c4 - c3),
            "cpu_analyse": c5 - c4, "cpu_track": cpu_track, "cpu_store_derived": c7 - c6}


def _children_cpu() -> float:
    from .cpu import cpu_seconds
    return cpu_seconds() - cpu_seconds(children=False)
