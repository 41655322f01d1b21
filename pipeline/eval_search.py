"""Search evaluation: hand-judged queries (tests/gold/search/queries.jsonl).

The collection (Suffolk board, Falls Creek, Manhattan CB1 minutes) is ingested once into a cached
scratch store. Each query runs through the three rankers — fused (hybrid), BM25 alone, embeddings
alone — and a hit counts as a judged passage when it comes from the same file and its text overlaps
the judged quote (most of the shorter one's words). Prints recall@10 and nDCG@10 per ranker.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

from .eval_cache import eval_cache_dir, ingest_all, corpus_dir, require_corpus

__all__ = ["evaluate", "main", "overlaps", "ndcg"]

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "search" / "queries.jsonl"
CORPUS = corpus_dir()
COLLECTION = ["suffolk_libraries/board", "falls_creek_ranch_hoa", "nyc_community_boards/Manhattan_CB1"]
MODES = ("hybrid", "bm25", "vector")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def overlaps(hit: str, quote: str, need: float = 0.6) -> bool:
    """Same passage: most of the shorter text's words appear in the longer one."""
    a, b = _words(hit), _words(quote)
    if not a or not b:
        return False
    short, long_ = (a, set(b)) if len(a) <= len(b) else (b, set(a))
    return sum(w in long_ for w in short) / len(short) >= need and len(short) >= 3


def ndcg(gains: list[float], ideal: list[float], k: int = 10) -> float:
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains[:k]))
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(sorted(ideal, reverse=True)[:k]))
    return dcg / idcg if idcg else 0.0


def collection_store(corpus: Path = CORPUS):
    from .derive import rebuild
    from .store import Store
    cache = eval_cache_dir()
    store = Store(cache / "cm_eval_search.db")
    report = ingest_all([str(corpus / c) for c in COLLECTION], store)
    if report.count("stored") or not store.threads():
        rebuild(store)
    return store


def evaluate(k: int = 10, corpus: Path = CORPUS) -> dict[str, dict[str, float]]:
    from .query import search
    queries = [json.loads(line) for line in GOLD.read_text().splitlines() if line.strip()]
    store = collection_store(corpus)
    out = {}
    try:
        for mode in MODES:
            recalls, ndcgs = [], []
            for q in queries:
                hits = search(store, q["query"], limit=k, mode=mode)
                rel = q["relevant"]
                found, gains = set(), []
                for h in hits:
                    gain = 0.0
                    for j, r in enumerate(rel):
                        if j not in found and Path(h["source_file"]).name == Path(r["source"]).name \
                                and overlaps(h["text"], r["quote"]):
                            found.add(j)
                            gain = 2 ** r.get("grade", 1) - 1
                            break
                    gains.append(gain)
                recalls.append(len(found) / len(rel) if rel else 0.0)
                ndcgs.append(ndcg(gains, [2 ** r.get("grade", 1) - 1 for r in rel], k))
            out[mode] = {"recall@10": sum(recalls) / len(recalls),
                         "ndcg@10": sum(ndcgs) / len(ndcgs), "queries": len(queries)}
    finally:
        store.close()
    return out


def main() -> None:
    require_corpus(CORPUS)
    res = evaluate()
    print(f"{'ranker':8} {'recall@10':>10} {'nDCG@10':>8}  queries")
    for mode, r in res.items():
        print(f"{mode:8} {r['recall@10']:10.3f} {r['ndcg@10']:8.3f}  {r['queries']}")


if __name__ == "__main__":
    main()
