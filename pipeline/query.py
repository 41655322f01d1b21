"""Query layer: hybrid search over statements, used by the CLI and the app.

Lexical ranking is SQLite FTS5 (BM25) or PostgreSQL full-text search, bounded by lexical.py (the
rarer query words AND-ed first, then OR-ed; common words never ranked); semantic ranking is cosine
over normalised statement embeddings (vindex.py: exact for small stores, IVF above 50k statements;
kept beside the database and refreshed when the store changes); the two are fused by reciprocal
rank. Filters (body, date range, statement type) apply to both.
"""
from __future__ import annotations

import re
import sqlite3
import threading
from collections import OrderedDict
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from .config import CONFIG
from .vindex import VectorIndex, for_store

__all__ = ["search", "VectorIndex", "fts_query", "query_words", "query_vector", "rrf",
           "vector_index", "missing_vectors_note"]

_STOP = set("""a an the and or of to for in on at by with from as is are was were be been being this
that these those it its what which who whom whose when where why how about said say says did do does
done any anything all there their they them we our us you your he she his her i me my has have had
not no yes so than then too very can could would should will shall may might must up out over""".split())


def query_words(text: str) -> list[str]:
    """The query's content words (stop words dropped unless nothing else is left)."""
    words = [w for w in re.findall(r"[\w']+", text.lower()) if w not in _STOP and len(w) > 1]
    if not words:
        words = re.findall(r"[\w']+", text.lower())
    return list(dict.fromkeys(w.replace("'", "") for w in words if w.replace("'", "")))


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: content words OR-ed (quoted, so no operator injection)."""
    return " OR ".join(f'"{w}"' for w in query_words(text))


def rrf(rankings: list[list[int]], k: int, weights: list[float] | None = None
        ) -> dict[int, float]:
    """(Weighted) reciprocal-rank fusion of several ranked lists of ids."""
    out: dict[int, float] = {}
    for n, ranking in enumerate(rankings):
        w = weights[n] if weights else 1.0
        for rank, rid in enumerate(ranking):
            out[rid] = out.get(rid, 0.0) + w / (k + rank + 1)
    return out


_cache: dict[tuple, VectorIndex] = {}
_seen: dict[str, tuple] = {}  # store path -> (connection, its change marks, stamp)
_lock = threading.Lock()


def _change_marks(store) -> tuple | None:
    """Cheap marks that move whenever a SQLite store changes: `data_version` for other
    connections' commits, `total_changes` for this connection's. (store.stamp() counts the
    statements: ~1 ms at 10k but tens of ms at 1M, too slow to run on every query.)"""
    conn = getattr(store, "conn", None)
    if not isinstance(conn, sqlite3.Connection):
        return None
    try:
        return conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes
    except sqlite3.Error:
        return None


def vector_index(store) -> VectorIndex:
    """The statement vector index of `store` (see vindex.py): kept beside the database, held in
    memory per process, refreshed when the store's stamp changes."""
    marks = _change_marks(store)
    with _lock:
        seen = _seen.get(store.path)
        if marks is not None and seen and seen[0] is store.conn and seen[1] == marks \
                and seen[2] in _cache:
            return _cache[seen[2]]
    stamp = store.stamp()
    with _lock:
        index = _cache.get(stamp)
        if index is None:
            index = for_store(store)
            for key in [k for k in _cache if k[0] == store.path]:
                del _cache[key]
            _cache[stamp] = index
        _seen[store.path] = (getattr(store, "conn", None), marks, stamp)
        return index


_qvecs: OrderedDict[tuple, np.ndarray] = OrderedDict()  # (encoder, query) -> vector
_QVEC_CACHE = 256
_pool: ThreadPoolExecutor | None = None


def missing_vectors_note(store) -> str | None:
    """A warning when most statements have no vector for the current encoder (e.g. vectors made
    by another encoder before an upgrade): search then goes mostly by words."""
    have, total = len(vector_index(store)), store.stamp()[1]
    if total and have < total // 2:
        return (f"Only {have:,} of {total:,} statements have a vector for the current encoder, so "
                "this search went mostly by words. Run `python -m pipeline rebuild` (same "
                "database) to embed the rest.")
    return None


def query_vector(query: str) -> np.ndarray:
    """The query's embedding; the last few hundred are kept (the app re-runs a query whenever a
    filter changes)."""
    from .embed import encode
    key = (encode, query)
    with _lock:
        vec = _qvecs.get(key)
        if vec is not None:
            _qvecs.move_to_end(key)
            return vec
    vec = encode([query])[0]
    with _lock:
        _qvecs[key] = vec
        while len(_qvecs) > _QVEC_CACHE:
            _qvecs.popitem(last=False)
    return vec


def _in_background(fn, *args, **kwargs) -> Future:
    global _pool
    with _lock:
        if _pool is None:
            _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="cm-lexical")
    return _pool.submit(fn, *args, **kwargs)


def filtered_vector_search(store, index: VectorIndex, qvec: np.ndarray, k: int,
                           filters: dict) -> list[int]:
    """The k nearest statements that pass `filters`. When the filter keeps more statements than
    `search_postfilter_max`, and enough of the store for that many neighbours to hold k of them,
    the nearest neighbours are taken unfiltered and checked against the filters (4x as many a
    round): exact for the exact index, and cheap where listing what the filter keeps is not
    (~1 s for most of 1M statements). A narrower filter scores its own statements."""
    most = max(4 * k, int(CONFIG["search_postfilter_max"]))
    need = max(most, -(-len(index) * k // most))  # the filter keeps at least this many
    want = 4 * k if store.count_filtered(need, **filters) >= need else most + 1
    while want <= most:
        nearest = index.search(qvec, want)
        passed = store.keep_rowids(nearest, **filters)
        hits = [r for r in nearest if r in passed]
        if len(hits) >= k or len(nearest) < want:  # enough, or every statement was seen
            return hits[:k]
        want *= 4
    ok = store.filtered_rowids(**filters)
    return index.search(qvec, k, np.fromiter(ok, dtype=np.int64, count=len(ok)))


def search(store, query: str, *, limit: int = 10, body: str | None = None,
           since: str | None = None, until: str | None = None, type: str | None = None,
           mode: str = "hybrid") -> list[dict]:
    """Ranked statements for `query`, best first (mode: hybrid | bm25 | vector).

    In hybrid mode the lexical search runs in a worker thread while this one encodes the query
    (SQLite and torch both release the GIL): the two overlap on a second core."""
    n_cand = max(CONFIG["search_candidates"], limit)
    filters = {"body": body, "since": since, "until": until, "type": type}
    rankings: list[list[int]] = []
    weights: list[float] = []
    words = query_words(query) if mode in ("hybrid", "bm25") else []
    lexical_hits: list[int] = []
    if mode in ("hybrid", "vector"):
        index = vector_index(store)
        lexical = _in_background(store.lexical_search, words, n_cand, **filters) \
            if words else None
        try:  # this thread leaves the store alone until the lexical side is done
            qvec = query_vector(query)
        finally:
            lexical_hits = lexical.result() if lexical is not None else []
        if any(filters.values()):
            vector = filtered_vector_search(store, index, qvec, n_cand, filters)
        else:
            vector = index.search(qvec, n_cand)
        rankings.append(vector)
        weights.append(CONFIG["rrf_weights"]["vector"])
    elif words:
        lexical_hits = store.lexical_search(words, n_cand, **filters)
    if words:
        rankings.insert(0, lexical_hits)
        weights.insert(0, CONFIG["rrf_weights"]["bm25"])
    fused = rrf(rankings, CONFIG["rrf_k"], weights)
    best = sorted(fused, key=lambda r: -fused[r])[:limit]
    return store.hits(best, fused)
