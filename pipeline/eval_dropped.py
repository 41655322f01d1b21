"""Dropped-objection recall against the reading gold (tests/gold/dropped_gold.jsonl).

The gold lists every objection or concern found by reading the minutes of the thread-gold matters
that run over three meetings or more, each judged answered, dropped, carried, open or unclear
(tests/gold/dropped_gold.md says how). Each gold objection is found among the stored statements
(same source file and date; most of the quote's words in one statement) and among the
dropped-objection findings (the finding cites that statement, or quotes it at the same date).

Printed: the count of gold objections per verdict; recall on the gold "dropped" ones (share
reported as dropped objections); the false-positive rate on the gold "answered" ones (share
reported anyway); the carried and open ones reported (false by definition); and, per gold
objection missed or wrongly reported, what the pipeline made of it: the statement's type, its
thread's meetings, the link that answered or repeated it and the status its thread record shows
(what the app's Dropped objections page lists); and, per gold verdict, those statuses.

    python -m pipeline.eval_dropped [--db STORE [--rebuild]] [--json OUT]

Without --db, the thread-gold series, and for a gold body with no thread gold (the Alameda
Planning Board) its files from the first gold meeting to 120 days after the last, are ingested into
scratch stores cached as for `pipeline.eval_threads` (the first run after a code change ingests
them again, a few minutes).
With --db, STORE is a store holding the corpus; `--rebuild` recomputes threads and findings with
today's code first (no re-ingest).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

__all__ = ["load_gold", "coverage", "match_statement", "score", "evaluate", "main"]

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "dropped_gold.jsonl"
VERDICTS = ("answered", "dropped", "carried", "open", "unclear")
MIN_COVERAGE = 0.6  # share of the gold quote's words a statement must hold to be that objection


def load_gold(path: Path = GOLD) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    for k, r in enumerate(rows, 1):
        if r.get("verdict") not in VERDICTS:
            raise ValueError(f"{path}: line {k}: verdict {r.get('verdict')!r} is not one of "
                             f"{', '.join(VERDICTS)}; fix the line")
    return rows


def _words(text: str) -> list[str]:
    text = re.sub(r"-\s+", "", (text or "").lower()).replace("-", "").replace("\u2019", "'")
    return re.findall(r"[a-z0-9%$&]+", text.replace("'", ""))


def coverage(quote: str, text: str) -> float:
    """Share of the quote's words that the text holds (each word counted once per occurrence)."""
    q, t = Counter(_words(quote)), Counter(_words(text))
    total = sum(q.values())
    return sum(min(n, t[w]) for w, n in q.items()) / total if total else 0.0


def _same_file(stored: str, gold_source: str) -> bool:
    return (stored or "").replace("\\", "/").endswith("/" + gold_source) or stored == gold_source


def match_statement(g: dict, statements: list[dict]) -> dict | None:
    """The stored statement that is the gold objection: same file and date, the best coverage of
    the quote (at least MIN_COVERAGE)."""
    best, best_cov = None, MIN_COVERAGE
    for s in statements:
        if s.get("date") != g["date"] or not _same_file(s.get("source_file", ""), g["source"]):
            continue
        c = coverage(g["quote"], s["text"])
        if c > best_cov or (c == best_cov and best is None):
            best, best_cov = s, c
    return best


def _reported(g: dict, sid: str | None, findings: list[dict]) -> dict | None:
    for f in findings:
        if sid and sid in (f.get("statement_ids") or []):
            return f
        ev = (f.get("evidence") or [{}])[0]
        if ev.get("date") == g["date"] and _same_file(ev.get("source_file", ""), g["source"]) \
                and coverage(g["quote"], ev.get("quote", "")) >= MIN_COVERAGE:
            return f
    return None


def score(gold: list[dict], statements: list[dict], findings: list[dict],
          links: list[dict] | None = None, item_thread: dict[str, tuple[str, int]] | None = None,
          statuses: dict[str, str] | None = None) -> dict:
    """Per gold objection, its statement, finding, links and the status its thread record gives
    it (answered, carried_forward, dropped, open; none when not typed objection); and the summary
    figures."""
    links = links or []
    statuses = statuses or {}
    by_src: dict[str, list[dict]] = {}
    for link in links:
        by_src.setdefault(link["src"], []).append(link)
    text_of = {s["id"]: s for s in statements}
    dropped = [f for f in findings if f.get("kind") == "dropped_objection"]
    rows = []
    for g in gold:
        s = match_statement(g, statements)
        f = _reported(g, s["id"] if s else None, dropped)
        out = [{"kind": link["kind"], "text": text_of.get(link["dst"], {}).get("text", ""),
                "date": text_of.get(link["dst"], {}).get("date", "")}
               for link in by_src.get(s["id"], [])] if s else []
        thread, meetings = (item_thread or {}).get(s["item_id"], ("", 0)) if s else ("", 0)
        rows.append({"gold": g, "statement": s, "finding": f, "links": out,
                     "thread": thread, "thread_meetings": meetings,
                     "status": statuses.get(s["id"], "") if s else ""})

    def share(verdict: str) -> tuple[int, int]:
        mine = [r for r in rows if r["gold"]["verdict"] == verdict]
        return sum(r["finding"] is not None for r in mine), len(mine)
    hit, n_dropped = share("dropped")
    fp, n_answered = share("answered")
    summary = {
        "verdicts": dict(Counter(g["verdict"] for g in gold)),
        "dropped_reported": hit, "dropped": n_dropped,
        "recall": round(hit / n_dropped, 3) if n_dropped else None,
        "answered_reported": fp, "answered": n_answered,
        "false_positive_rate": round(fp / n_answered, 3) if n_answered else None,
        "carried_or_open_reported": sum(share(v)[0] for v in ("carried", "open")),
        "unclear_reported": share("unclear")[0],
        "found_as_statement": sum(r["statement"] is not None for r in rows),
        "typed_objection": sum(r["statement"] is not None
                               and r["statement"].get("type") == "objection" for r in rows),
        # gold verdict → the status the thread record shows ("-": not typed objection)
        "status_by_verdict": {v: dict(Counter(r["status"] or "-" for r in rows
                                              if r["gold"]["verdict"] == v)) for v in VERDICTS},
    }
    return {"summary": summary, "rows": rows}


def _store_rows(store) -> tuple[list[dict], list[dict], list[dict], dict[str, tuple[str, int]],
                                dict[str, str]]:
    statements = store.statements()
    meeting_of = {s["item_id"]: s["meeting_id"] for s in statements}
    item_thread: dict[str, tuple[str, int]] = {}
    statuses: dict[str, str] = {}
    for t in store.threads():
        meetings = len({meeting_of.get(i, i) for i in t["item_ids"]})
        for i in t["item_ids"]:
            item_thread[i] = (t["id"], meetings)
        for c in (t.get("data") or {}).get("cons", []):
            statuses[c["statement_id"]] = c.get("status", "")
    return (statements, store.findings("dropped_objection"), store.links(), item_thread,
            statuses)


def _series(body: str, gold: list[dict], after_days: int = 120) -> dict:
    """A body's meetings around the gold's: its files dated from the first gold meeting to
    `after_days` after the last (named YYYY-MM-DD…), so that the matter has its later meetings."""
    from datetime import date, timedelta
    from .eval_threads import CORPUS
    dates = sorted(g["date"] for g in gold if g["body"] == body)
    last = (date.fromisoformat(dates[-1]) + timedelta(days=after_days)).isoformat()
    files = sorted(f"{body}/{p.name}" for p in (CORPUS / body).glob("*.pdf")
                   if dates[0] <= p.name[:10] <= last)
    return {"series": body, "meetings": files}


def evaluate(db: str | None = None, rebuild: bool = False, gold_path: Path = GOLD) -> dict:
    """Score the gold on one corpus store (`db`) or on the cached thread-gold series stores."""
    gold = load_gold(gold_path)
    statements, findings, links, item_thread, statuses = [], [], [], {}, {}
    if db:
        from .stores import open_store
        stores = [open_store(db)]
        if rebuild:
            from .derive import rebuild as _rebuild
            _rebuild(stores[0])
    else:
        from .eval_threads import GOLD as THREAD_GOLD, series_store
        series = {g["body"] for g in gold}
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(THREAD_GOLD.glob("*.json"))]
        stores = [series_store(t) for t in golds if t["series"] in series]
        covered = {t["series"] for t in golds}
        stores += [series_store(_series(body, gold)) for body in sorted(series - covered)]
    try:
        for store in stores:
            s, f, k, t, st = _store_rows(store)
            statements += s
            findings += f
            links += k
            item_thread.update(t)
            statuses.update(st)
    finally:
        for store in stores:
            store.close()
    return score(gold, statements, findings, links, item_thread, statuses)


def _describe(r: dict) -> str:
    g, s = r["gold"], r["statement"]
    head = f"  [{g['verdict']}] {g['body']} {g['date']} p.{g['page']} {g['thread_id']}: " \
           f"{g['quote'][:110]}"
    if s is None:
        return head + "\n      no stored statement holds the quote (segmentation or page)"
    lines = [head, f"      stored as {s['type']} (item '{(s.get('item_title') or '')[:50]}', "
                   f"thread {r['thread'] or '-'} of {r['thread_meetings']} meeting(s))"]
    for link in r["links"][:3]:
        lines.append(f"      {link['kind']} by {link['date']}: {link['text'][:110]}")
    if not r["links"]:
        lines.append("      no answer or repeat link")
    if r["status"]:
        lines.append(f"      status on the thread record: {r['status']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.eval_dropped", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", help="a store holding the corpus (default: the thread-gold series "
                                "ingested into cached scratch stores)")
    p.add_argument("--rebuild", action="store_true",
                   help="with --db: recompute threads and findings with today's code first")
    p.add_argument("--json", help="write the per-objection rows here")
    args = p.parse_args(argv)
    if not args.db:
        from .eval_cache import require_corpus
        require_corpus()
    result = evaluate(args.db, args.rebuild)
    s = result["summary"]
    print("gold objections by verdict: " + ", ".join(f"{v} {s['verdicts'].get(v, 0)}"
                                                     for v in VERDICTS))
    print(f"recall on gold dropped: {s['dropped_reported']}/{s['dropped']} = {s['recall']}")
    print(f"false-positive rate on gold answered: {s['answered_reported']}/{s['answered']} = "
          f"{s['false_positive_rate']}")
    print(f"carried or open reported (false by definition): {s['carried_or_open_reported']}; "
          f"unclear reported: {s['unclear_reported']}")
    print(f"gold objections found as a statement: {s['found_as_statement']}/{len(result['rows'])}"
          f", typed objection: {s['typed_objection']}")
    print("status on the thread record, per gold verdict ('-': not typed objection):")
    for v in VERDICTS:
        print(f"  {v:<9} " + ", ".join(f"{k} {n}" for k, n in
                                       sorted(s["status_by_verdict"][v].items())))
    rows = result["rows"]
    missed = [r for r in rows if r["gold"]["verdict"] == "dropped" and r["finding"] is None]
    wrong = [r for r in rows if r["gold"]["verdict"] in ("answered", "carried", "open")
             and r["finding"] is not None]
    for title, chosen in (("gold dropped, not reported", missed),
                          ("gold answered, carried or open, reported as dropped", wrong),
                          ("gold dropped, reported", [r for r in rows if r["finding"] is not None
                                                      and r["gold"]["verdict"] == "dropped"])):
        if chosen:
            print(f"\n{title} ({len(chosen)}):")
            for r in chosen:
                print(_describe(r))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [{"gold": r["gold"], "statement_id": (r["statement"] or {}).get("id"),
              "type": (r["statement"] or {}).get("type"), "thread": r["thread"],
              "status": r["status"],
              "finding_id": (r["finding"] or {}).get("id"), "links": r["links"]} for r in rows],
            indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
