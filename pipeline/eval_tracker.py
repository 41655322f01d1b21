"""Tracker evaluation against hand-labelled gold (tests/gold/tracker/<series>.jsonl).

For each series: every PDF of the series' folder is ingested into a scratch store (cached between
runs under $COMMITTEE_MEMORY_EVAL_CACHE or the system temp folder; `--db FILE` uses a store that
already holds them), the tracker is derived, and each gold action is matched to a stored statement:
same source file (the stored path ends with the gold path) or another copy of the same meeting
(a draft: same folder and meeting date), page within one of the printed page, and the text
overlapping (one holds at least 80 % of the other's words). Figures:
- coverage: gold actions found among the tracked statements (action or tracked decision);
- status accuracy over every gold action (one not found counts as wrong) and over those found;
- follow-up links, over the found actions: precision (predicted follow-ups that are a gold
  follow-up's statement) and recall (gold follow-ups with one of their statements predicted).
`--misses` lists every gold follow-up not linked with why it fell out (action not found, quote
not a stored statement, outside the window, below min cosine, no shared content word, score
below need, competed away …) and counts the causes; `--confusion` prints gold → predicted
status.
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

from .eval_cache import eval_cache_dir, ingest_all, corpus_dir, require_corpus

__all__ = ["evaluate", "main", "misses", "load_gold", "match_statements", "score_series",
           "score_rows", "GOLD", "CORPUS"]

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "tracker"
CORPUS = corpus_dir()
_MIN_SHARE = 0.8


def load_gold(gold_dir: Path = GOLD) -> dict[str, list[dict]]:
    """Gold rows per series (file stem), skipping blank lines."""
    out = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if rows:
            out[path.stem] = rows
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (text or "").lower())


def overlap(quote: str, text: str) -> float:
    """How well a stored statement and a gold quote match: 1.0 when one holds all the other's
    words; 0 when they share less than 80 % of the shorter one's words (or it has under 4)."""
    wq, wt = _words(quote), _words(text)
    short, long_ = (wq, set(wt)) if len(wq) <= len(wt) else (wt, set(wq))
    if len(short) < 4 and len(short) != len(long_):
        return 0.0
    share = sum(w in long_ for w in short) / len(short) if short else 0.0
    return share if share >= _MIN_SHARE else 0.0


def _same_file(stored: str, gold_file: str) -> bool:
    """The stored path ends with the gold path (relative to the corpus)."""
    s, g = Path(stored or "").parts, Path(gold_file).parts
    return len(s) >= len(g) and s[-len(g):] == g


def _copy_of(stored: dict, quote: dict) -> bool:
    """A stored statement of another file of the same folder and meeting date: a second copy of
    the same minutes (a draft beside the approved version), whose sentences are the same."""
    g = Path(quote["file"])
    return bool(quote.get("date")) and stored.get("date") == quote["date"] \
        and Path(stored["source_file"] or "").parent.parts[-len(g.parent.parts):] == g.parent.parts


def match_statements(quote: dict, statements: list[dict]) -> list[str]:
    """Ids of the stored statements a gold quote ({file, date, page, quote}) covers, best first:
    in the file it cites or in another copy of the same meeting (see _copy_of), the cited file
    first. The same rule decides a predicted follow-up's truth and a gold follow-up's recall."""
    hits = []
    for s in statements:
        same = _same_file(s["source_file"], quote["file"])
        if not same and not _copy_of(s, quote):
            continue
        if quote.get("page") and abs(int(s["page"] or 0) - int(quote["page"])) > 1:
            continue
        share = overlap(quote["quote"], s["text"])
        if share:
            same_page = int(s["page"] or 0) == int(quote.get("page") or 0)
            hits.append((share + (0.01 if same_page else 0.0) + (0.02 if same else 0.0),
                         s["id"]))
    return [sid for _, sid in sorted(hits, key=lambda h: -h[0])]


def score_series(gold: list[dict], store) -> dict:
    return score_rows(gold, store.statements(), {r["statement_id"]: r for r in store.tracker()})


def score_rows(gold: list[dict], statements: list[dict], tracked: dict[str, dict]) -> dict:
    """Figures for one series from stored statements and tracker rows (by statement id)."""
    n = found = right = right_found = 0
    tp_pred = n_pred = tp_gold = n_gold = 0
    confusion: Counter = Counter()
    for g in gold:
        n += 1
        ids = [i for i in match_statements(g, statements) if i in tracked]
        n_gold_here = len(g.get("followups") or [])
        if not ids:
            confusion[(g["status"], "not found")] += 1
            n_gold += n_gold_here
            continue
        found += 1
        row = tracked[ids[0]]
        confusion[(g["status"], row["status"])] += 1
        if row["status"] == g["status"]:
            right += 1
            right_found += 1
        gold_sets = [set(match_statements(f, statements)) for f in g.get("followups") or []]
        pred = set(row["followup_statement_ids"])
        allowed = set().union(*gold_sets) if gold_sets else set()
        n_pred += len(pred)
        tp_pred += len(pred & allowed)
        n_gold += n_gold_here
        tp_gold += sum(bool(gs & pred) for gs in gold_sets)
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    return {"actions": n, "found": found, "coverage": found / n if n else 0.0,
            "status_acc": right / n if n else 0.0,
            "status_acc_found": right_found / found if found else 0.0,
            "pred_links": n_pred, "gold_links": n_gold, "tp_pred": tp_pred, "tp_gold": tp_gold,
            "link_p": p, "link_r": r, "link_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "confusion": dict(confusion)}


def misses(gold: list[dict], store) -> list[dict]:
    """Every gold follow-up the tracker did not link, with why it fell out: the action not
    found, the quote not a stored statement, not a candidate (another body, outside the window,
    same meeting), or the judgement of its best-scoring statement as `track` recorded it (below
    min cosine, no shared content word, score below need, competed away to another action …)."""
    from .derive import load_tracker_rows
    from .embed import embed_texts
    from .tracker import track
    meetings, rows = load_tracker_rows(store)
    vecs = embed_texts(store, [r.text for r in rows])
    item_thread = {i: t["id"] for t in store.threads() for i in t["item_ids"]}
    trace: dict = {}
    tracked = {a.statement_id: a for a in track(meetings, rows, vecs, item_thread, trace)}
    index = {r.id: k for k, r in enumerate(rows)}
    by_meeting = {m.id: m for m in meetings}
    statements = store.statements()
    text = {s["id"]: s["text"] for s in statements}
    out = []
    for g in gold:
        ids = [i for i in match_statements(g, statements) if i in tracked]
        for f in g.get("followups") or []:
            row = {"id": g["id"], "action": g["quote"][:90], "date": f["date"],
                   "quote": f["quote"][:110], "cos": None, "score": None, "need": None}
            if not ids:
                out.append({**row, "cause": "action not found"})
                continue
            a = tracked[ids[0]]
            gs = match_statements(f, statements)
            if set(gs) & set(a.followup_statement_ids):
                continue
            if not gs:
                out.append({**row, "cause": "quote not a stored statement"})
                continue
            k = index[ids[0]]
            judged = [(trace[(k, index[j])], j) for j in gs if (k, index[j]) in trace]
            if judged:
                (cos, score, need, why), j = max(judged, key=lambda x: (x[0][1], x[0][0]))
                out.append({**row, "cos": round(cos, 3), "score": round(score, 3),
                            "need": round(need, 3), "stored": text[j][:110],
                            "cause": why or "kept, then dropped"})
                continue
            m, c = by_meeting[a.meeting_id], by_meeting[rows[index[gs[0]]].meeting_id]
            out.append({**row, "cause": placement_cause(m, c)})
    return out


def placement_cause(action_meeting, followup_meeting) -> str:
    """Why a gold follow-up the tracker never scored was no candidate: where it stands against
    its action's meeting (both `MeetingRow`s)."""
    if followup_meeting.body != action_meeting.body:
        return "another body, not in the action's thread"
    if followup_meeting.date <= action_meeting.date:
        return "same meeting (or earlier)"
    return "outside the window of later meetings"


def series_store(rows: list[dict], corpus: Path = CORPUS):
    """A store holding every PDF of the folders the gold rows cite, cached by series."""
    from .derive import rebuild
    from .store import Store
    cache = eval_cache_dir()
    folders = sorted({str(Path(r["file"]).parent) for r in rows})
    key = re.sub(r"\W+", "_", "-".join(folders))
    store = Store(cache / f"cm_eval_tracker_{key}.db")
    ingest_all([str(corpus / f) for f in folders], store)
    rebuild(store)  # always: the cached store's tracker may come from older code
    return store


def series_rows(series: str):
    """What the tracker reads for one gold series, from its cached store: (gold rows, meetings,
    statement rows, their vectors, item → thread id, the stored statements)."""
    from .derive import load_tracker_rows
    from .embed import embed_texts
    gold = load_gold()[series]
    store = series_store(gold)
    try:
        meetings, rows = load_tracker_rows(store)
        vecs = embed_texts(store, [r.text for r in rows])
        item_thread = {i: t["id"] for t in store.threads() for i in t["item_ids"]}
        statements = store.statements()
    finally:
        store.close()
    return gold, meetings, rows, vecs, item_thread, statements


def _total(results: dict[str, dict]) -> dict:
    keys = ("actions", "found", "pred_links", "gold_links", "tp_pred", "tp_gold")
    t = {k: sum(r[k] for r in results.values()) for k in keys}
    right = sum(r["status_acc"] * r["actions"] for r in results.values())
    p = t["tp_pred"] / t["pred_links"] if t["pred_links"] else 0.0
    r = t["tp_gold"] / t["gold_links"] if t["gold_links"] else 0.0
    t.update(coverage=t["found"] / t["actions"] if t["actions"] else 0.0,
             status_acc=right / t["actions"] if t["actions"] else 0.0,
             status_acc_found=right / t["found"] if t["found"] else 0.0,
             link_p=p, link_r=r, link_f1=2 * p * r / (p + r) if p + r else 0.0, confusion={})
    for res in results.values():
        for k, v in res["confusion"].items():
            t["confusion"][k] = t["confusion"].get(k, 0) + v
    return t


def evaluate(gold_dir: Path = GOLD, corpus: Path = CORPUS, db: str | None = None
             ) -> dict[str, dict]:
    """Figures per series and OVERALL (see the module docstring)."""
    results = {}
    for series, rows in load_gold(gold_dir).items():
        if db:
            from .stores import open_store
            store = open_store(db)
        else:
            store = series_store(rows, corpus)
        try:
            results[series] = score_series(rows, store)
        finally:
            store.close()
    results["OVERALL"] = _total(results)
    return results


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    db = argv[argv.index("--db") + 1] if "--db" in argv else None
    if db is None:
        require_corpus(CORPUS)
    res = evaluate(db=db)
    print(f"{'series':26} {'gold':>4} {'found':>5} {'cover':>6} {'status':>6} {'st|fnd':>6} "
          f"{'links':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for name, r in res.items():
        print(f"{name:26} {r['actions']:4d} {r['found']:5d} {r['coverage']:6.3f} "
              f"{r['status_acc']:6.3f} {r['status_acc_found']:6.3f} {r['gold_links']:5d} "
              f"{r['pred_links']:5d} {r['link_p']:6.3f} {r['link_r']:6.3f} {r['link_f1']:6.3f}")
    if "--misses" in argv:
        from .stores import open_store
        causes: Counter = Counter()
        for series, rows in load_gold().items():
            store = open_store(db) if db else series_store(rows)
            try:
                found = misses(rows, store)
            finally:
                store.close()
            print(f"\n{series}: {len(found)} gold follow-ups not linked")
            for m in found:
                causes[m["cause"]] += 1
                print(f"  {m['id']} {m['date']} [{m['cause']}] cos={m['cos']} score={m['score']}"
                      f" need={m['need']}\n    A: {m['action']}\n    F: {m['quote']}")
        print("\ncauses:")
        for cause, n in causes.most_common():
            print(f"  {n:4d}  {cause}")
    if "--confusion" in argv:
        for name, r in res.items():
            print(f"\n{name}: gold → predicted status")
            for (g, p), c in sorted(r["confusion"].items()):
                print(f"  gold {g:12} → {p:12} {c}")


if __name__ == "__main__":
    main()
