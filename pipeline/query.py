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

__all__ = ["search", "VectorIndex", "fts_query", "query_words", "rrf", "vector_index"]

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


def vector_index(store) -> VectorIndex:
    """The in-memory vector index for `store`, built on first use and when the store changed."""
    from .embed import DIM, MODEL_NAME, text_hash
    stamp = store.stamp()
    with _lock:
        if stamp in _cache:
            return _cache[stamp]
        rows = store.statement_texts()
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


def search(store, query: str, *, limit: int = 10, body: str | None = None,
           since: str | None = None, until: str | None = None, type: str | None = None,
           mode: str = "hybrid") -> list[dict]:
    """Ranked statements for `query`, best first (mode: hybrid | bm25 | vector)."""
    n_cand = max(CONFIG["search_candidates"], limit)
    filters = {"body": body, "since": since, "until": until, "type": type}
    rankings: list[list[int]] = []
    if mode in ("hybrid", "bm25"):
        words = query_words(query)
        if words:
            rankings.append(store.lexical_search(words, n_cand, **filters))
    if mode in ("hybrid", "vector"):
        from .embed import encode
        index = vector_index(store)
        allowed = None
        if any(filters.values()):
            ok = store.filtered_rowids(**filters)
            allowed = np.isin(index.rowids, np.fromiter(ok, dtype=np.int64, count=len(ok)))
        rankings.append(index.top(encode([query])[0], n_cand, allowed))
    fused = rrf(rankings, CONFIG["rrf_k"])
    best = sorted(fused, key=lambda r: -fused[r])[:limit]
    return store.hits(best, fused)
