"""Query layer: hybrid search over statements, used by the CLI and the app.

Lexical ranking is SQLite FTS5 (BM25); semantic ranking is cosine over normalised statement
embeddings held in memory (built once per process from the store, rebuilt when the store changes);
the two are fused by reciprocal rank. Filters (body, date range, statement type) apply to both.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass

import numpy as np

from .config import CONFIG

__all__ = ["search", "VectorIndex", "fts_query", "rrf"]

_STOP = set("""a an the and or of to for in on at by with from as is are was were be been being this
that these those it its what which who whom whose when where why how about said say says did do does
done any anything all there their they them we our us you your he she his her i me my has have had
not no yes so than then too very can could would should will shall may might must up out over""".split())


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: content words OR-ed (quoted, so no operator injection)."""
    words = [w for w in re.findall(r"[\w']+", text.lower()) if w not in _STOP and len(w) > 1]
    if not words:
        words = re.findall(r"[\w']+", text.lower())
    return " OR ".join(f'"{w}"' for w in dict.fromkeys(words))


def rrf(rankings: list[list[int]], k: int) -> dict[int, float]:
    """Reciprocal-rank fusion of several ranked lists of ids."""
    out: dict[int, float] = {}
    for ranking in rankings:
        for rank, rid in enumerate(ranking):
            out[rid] = out.get(rid, 0.0) + 1.0 / (k + rank + 1)
    return out


@dataclass
class VectorIndex:
    rowids: np.ndarray  # int64 statement rowids
    matrix: np.ndarray  # (n, dim) float32, normalised

    def top(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
        if not len(self.rowids):
            return []
        scores = self.matrix @ qvec
        if allowed is not None:
            scores = np.where(allowed, scores, -np.inf)
        k = min(k, len(scores))
        idx = np.argpartition(-scores, k - 1)[:k]
        idx = idx[np.argsort(-scores[idx])]
        return [int(self.rowids[i]) for i in idx if np.isfinite(scores[i])]


_cache: dict[tuple, VectorIndex] = {}
_lock = threading.Lock()


def _stamp(store) -> tuple:
    r = store.conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM statements").fetchone()
    e = store.conn.execute("SELECT count(*) FROM embeddings").fetchone()
    return (store.path, r[0], r[1], e[0])


def vector_index(store) -> VectorIndex:
    """The in-memory vector index for `store`, built on first use and when the store changed."""
    from .embed import DIM, MODEL_NAME, text_hash
    stamp = _stamp(store)
    with _lock:
        if stamp in _cache:
            return _cache[stamp]
        rows = store.conn.execute("SELECT rowid, text FROM statements ORDER BY rowid").fetchall()
        hashes = [text_hash(t) for _, t in rows]
        vecs = store.get_embeddings(set(hashes), MODEL_NAME)
        keep = [(rid, vecs[h]) for (rid, _), h in zip(rows, hashes) if h in vecs]
        matrix = np.zeros((len(keep), DIM), dtype=np.float32)
        for i, (_, blob) in enumerate(keep):
            matrix[i] = np.frombuffer(blob, dtype=np.float32)
        index = VectorIndex(np.array([r for r, _ in keep], dtype=np.int64), matrix)
        for key in [k for k in _cache if k[0] == store.path]:
            del _cache[key]
        _cache[stamp] = index
        return index


def _filter_sql(body, since, until, type) -> tuple[str, list]:
    sql, args = "", []
    for clause, value in (("m.body = ?", body), ("m.date >= ?", since), ("m.date <= ?", until),
                          ("s.type = ?", type)):
        if value:
            sql += f" AND {clause}"
            args.append(value)
    return sql, args


def search(store, query: str, *, limit: int = 10, body: str | None = None,
           since: str | None = None, until: str | None = None, type: str | None = None,
           mode: str = "hybrid") -> list[dict]:
    """Ranked statements for `query`, best first (mode: hybrid | bm25 | vector)."""
    n_cand = max(CONFIG["search_candidates"], limit)
    where, args = _filter_sql(body, since, until, type)
    rankings: list[list[int]] = []
    if mode in ("hybrid", "bm25"):
        match = fts_query(query)
        if match:
            rows = store.conn.execute(
                "SELECT s.rowid FROM statements_fts f JOIN statements s ON s.rowid = f.rowid"
                " JOIN meetings m ON m.id = s.meeting_id"
                f" WHERE statements_fts MATCH ? {where} ORDER BY bm25(statements_fts) LIMIT ?",
                [match, *args, n_cand]).fetchall()
            rankings.append([r[0] for r in rows])
    if mode in ("hybrid", "vector"):
        from .embed import encode
        index = vector_index(store)
        allowed = None
        if where:
            ok = {r[0] for r in store.conn.execute(
                "SELECT s.rowid FROM statements s JOIN meetings m ON m.id = s.meeting_id"
                f" WHERE 1=1 {where}", args)}
            allowed = np.isin(index.rowids, np.fromiter(ok, dtype=np.int64, count=len(ok)))
        rankings.append(index.top(encode([query])[0], n_cand, allowed))
    fused = rrf(rankings, CONFIG["rrf_k"])
    best = sorted(fused, key=lambda r: -fused[r])[:limit]
    return _hits(store, best, fused)


def _hits(store, rowids: list[int], scores: dict[int, float]) -> list[dict]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    rows = {r["rowid"]: dict(r) for r in store.conn.execute(
        "SELECT s.rowid, s.id AS statement_id, s.text, s.type, s.page, s.speaker, s.outcome,"
        " s.owner, s.item_id, m.id AS meeting_id, m.date, m.body, m.source_file,"
        " i.number AS item_number, i.title AS item_title,"
        " (SELECT thread_id FROM thread_items ti WHERE ti.item_id = s.item_id LIMIT 1) AS thread_id"
        f" FROM statements s JOIN items i ON i.id = s.item_id JOIN meetings m ON m.id = s.meeting_id"
        f" WHERE s.rowid IN ({marks})", rowids)}
    out = []
    for rid in rowids:
        if rid in rows:
            h = rows[rid]
            h.pop("rowid")
            h["score"] = round(scores[rid], 6)
            out.append(h)
    return out
