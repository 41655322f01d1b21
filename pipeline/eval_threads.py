"""Thread-link evaluation against hand-labelled gold (tests/gold/threads/*.json).

For each series: ingest the covered files into a scratch store (cached between runs under
$COMMITTEE_MEMORY_EVAL_CACHE or the system temp folder), build threads, match gold items to stored
items (same source file; same printed number, or same Legistar file id, or a similar title on the
same page), and score cross-meeting item pairs: precision, recall, F1 of "in the same thread".
`calibrate` sweeps the link threshold over the same pairs.
"""
from __future__ import annotations

import difflib
import json
import re
import sys
from itertools import combinations
from pathlib import Path

from .eval_cache import eval_cache_dir, ingest_all, corpus_dir, require_corpus

__all__ = ["evaluate", "main", "match_items", "pair_f1"]

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "threads"
CORPUS = corpus_dir()


def _norm_num(n: str) -> str:
    return re.sub(r"[\s().]+", "", (n or "").lower()).rstrip(".")


def _norm_title(t: str) -> str:
    return re.sub(r"\W+", " ", (t or "").lower()).strip()


def series_store(gold: dict, corpus: Path = CORPUS):
    """A store holding the series' files, ingested once and cached by the gold file's content."""
    from .store import Store
    cache = eval_cache_dir()
    key = re.sub(r"\W+", "_", gold["series"])
    path = cache / f"cm_eval_threads_{key}.db"
    store = Store(path)
    files = [str(corpus / f) for f in gold["meetings"]]
    ingest_all(files, store)
    from .derive import rebuild
    rebuild(store)
    return store


def match_items(gold: dict, store) -> dict[tuple[int, int], str]:
    """(thread index, item index) → stored item id, for the gold items found."""
    rows = store.conn.execute(
        "SELECT i.id, i.number, i.title, i.page_start, i.file_id, m.source_file, m.date"
        " FROM items i JOIN meetings m ON m.id = i.meeting_id").fetchall()
    by_file: dict[str, list] = {}
    for r in rows:
        by_file.setdefault(Path(r[5]).name, []).append(r)
    out: dict[tuple[int, int], str] = {}
    used: set[str] = set()
    for ti, t in enumerate(gold["threads"]):
        for ii, g in enumerate(t["items"]):
            cands = [r for r in by_file.get(Path(g["source"]).name, []) if r[0] not in used]
            best, best_score = None, 0.0
            for r in cands:
                score = 0.0
                gnum, num = _norm_num(g.get("number", "")), _norm_num(r[1])
                sim = difflib.SequenceMatcher(None, _norm_title(g.get("title", ""))[:120],
                                              _norm_title(r[2])[:120]).ratio()
                # the title breaks ties between items of one number on one page (a numbered
                # "Apologies" and a sub-item "1 Membership Applications" both print "1")
                if g.get("file_id") and g["file_id"] == r[4]:
                    score = 3.0 + 0.1 * sim
                elif gnum and gnum == num:
                    score = 2.0 + (0.5 if r[3] == g.get("page") else 0.0) + 0.1 * sim
                if sim >= 0.6:
                    score = max(score, 1.0 + sim + (0.3 if r[3] == g.get("page") else 0.0))
                if score > best_score:
                    best, best_score = r[0], score
            if best:
                out[(ti, ii)] = best
                used.add(best)
    return out


def pair_f1(gold: dict, matched: dict[tuple[int, int], str], item_thread: dict[str, str],
            item_meeting: dict[str, str]) -> dict:
    """Pairwise precision/recall/F1 over cross-meeting pairs of gold-labelled items."""
    gold_pairs: set[frozenset] = set()
    keys = [(ti, ii) for ti, t in enumerate(gold["threads"]) for ii in range(len(t["items"]))]
    src = {(ti, ii): gold["threads"][ti]["items"][ii] for ti, ii in keys}
    for a, b in combinations(keys, 2):
        if a[0] == b[0] and (src[a]["source"], src[a].get("date")) != \
                (src[b]["source"], src[b].get("date")):
            gold_pairs.add(frozenset((a, b)))
    pred_pairs: set[frozenset] = set()
    found = [k for k in keys if k in matched]
    for a, b in combinations(found, 2):
        ia, ib = matched[a], matched[b]
        ta, tb = item_thread.get(ia), item_thread.get(ib)
        if ta and ta == tb and item_meeting.get(ia) != item_meeting.get(ib):
            pred_pairs.add(frozenset((a, b)))
    tp = len(gold_pairs & pred_pairs)
    p = tp / len(pred_pairs) if pred_pairs else 0.0
    r = tp / len(gold_pairs) if gold_pairs else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold_pairs": len(gold_pairs), "pred_pairs": len(pred_pairs), "tp": tp,
            "precision": p, "recall": r, "f1": f, "items": len(keys), "matched": len(found)}


def _threads_of(store) -> tuple[dict[str, str], dict[str, str]]:
    item_thread = {r[1]: r[0] for r in store.conn.execute(
        "SELECT thread_id, item_id FROM thread_items")}
    item_meeting = {r[0]: r[1] for r in store.conn.execute("SELECT id, meeting_id FROM items")}
    return item_thread, item_meeting


def evaluate(gold_dir: Path = GOLD, corpus: Path = CORPUS) -> dict[str, dict]:
    results = {}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text())
        store = series_store(gold, corpus)
        try:
            matched = match_items(gold, store)
            results[gold["series"]] = pair_f1(gold, matched, *_threads_of(store))
        finally:
            store.close()
    tp = sum(r["tp"] for r in results.values())
    pp = sum(r["pred_pairs"] for r in results.values())
    gp = sum(r["gold_pairs"] for r in results.values())
    p, r = (tp / pp if pp else 0.0), (tp / gp if gp else 0.0)
    results["OVERALL"] = {"gold_pairs": gp, "pred_pairs": pp, "tp": tp, "precision": p,
                          "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0,
                          "items": sum(x["items"] for x in results.values()),
                          "matched": sum(x["matched"] for x in results.values())}
    return results


def calibrate(thresholds=(0.45, 0.5, 0.55, 0.58, 0.6, 0.62, 0.65, 0.7, 0.75)) -> None:
    """Print pairwise F1 per link threshold (same-body threshold; cross-body kept +0.08)."""
    import numpy as np

    from .config import CONFIG
    from .derive import item_vectors, load_items
    from .link import build_threads
    golds = [json.loads(p.read_text()) for p in sorted(GOLD.glob("*.json"))]
    stores = [series_store(g) for g in golds]
    prepared = []
    for g, s in zip(golds, stores):
        items = load_items(s)
        c, t = item_vectors(s, items)
        prepared.append((g, s, items, c, t, match_items(g, s)))
    saved = dict(CONFIG)
    try:
        for th in thresholds:
            CONFIG["link_threshold"] = th
            CONFIG["link_threshold_cross_body"] = th + 0.08
            tp = pp = gp = 0
            for g, s, items, c, t, matched in prepared:
                threads = build_threads(items, c, t)
                it = {i: th_.id for th_ in threads for i in th_.item_ids}
                im = {i.id: i.meeting_id for i in items}
                r = pair_f1(g, matched, it, im)
                tp, pp, gp = tp + r["tp"], pp + r["pred_pairs"], gp + r["gold_pairs"]
            p, r = (tp / pp if pp else 0), (tp / gp if gp else 0)
            print(f"threshold {th:.2f}: P {p:.3f} R {r:.3f} F1 {2*p*r/(p+r) if p+r else 0:.3f}")
    finally:
        CONFIG.clear()
        CONFIG.update(saved)
        for s in stores:
            s.close()
    del np


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    require_corpus(CORPUS)
    if "--calibrate" in argv:
        calibrate()
        return
    res = evaluate()
    print(f"{'series':32} {'items':>5} {'match':>5} {'gold':>5} {'pred':>5} "
          f"{'P':>6} {'R':>6} {'F1':>6}")
    for name, r in res.items():
        print(f"{name:32} {r['items']:5d} {r['matched']:5d} {r['gold_pairs']:5d} "
              f"{r['pred_pairs']:5d} {r['precision']:6.3f} {r['recall']:6.3f} {r['f1']:6.3f}")


if __name__ == "__main__":
    main()
