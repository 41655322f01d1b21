"""How far two people labelling the same tracker actions agree, and where the tracker stands.

`python -m pipeline.eval_tracker_agreement` reads the second, independent labelling of a sample of
the tracker gold (tests/gold/tracker_second/<series>.jsonl: one row per sampled action, with the
first labelling's id and the same schema, its follow-ups and status labelled from the minutes
without seeing the first labels or any pipeline output) and prints, per series and overall:

- status agreement and Cohen's kappa between the two labellings, with the first → second status
  confusion;
- follow-up links of the second labelling scored against the first as the tracker's links are
  scored against the gold (precision: second-reader follow-ups that are a first-reader follow-up;
  recall: first-reader follow-ups the second reader also gave; F1 is symmetric in the two). Two
  quotes are the same follow-up by eval_tracker's matcher (`match_statements`): the same file or
  another copy of the same meeting, pages within one, one quote holding at least 80 % of the
  other's words. Beside it the same F1 over (action, meeting) pairs: whether the two readers
  found a report-back in the same later meetings, whichever of its sentences they quoted;
- on the same actions, the tracker's status accuracy and link P/R/F1 against each labelling (from
  the eval_tracker stores; `--no-tracker` skips this part, which needs the corpus).

The labellings' figures are a ceiling: no tracker can be measured much above the agreement of two
careful readers of the same minutes. `--list` prints every action on which the two differ.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .eval_agreement import agreement
from .eval_tracker import GOLD, load_gold, match_statements

__all__ = ["SECOND", "Pair", "load_pairs", "link_counts", "meeting_counts", "compare",
           "tracker_scores", "main"]

SECOND = GOLD.parent / "tracker_second"
STATUSES = ("done", "in_progress", "cancelled", "lost", "open")
_ACTION_FIELDS = ("series", "file", "date", "page", "quote", "owner", "due", "kind")
_QUOTE_FIELDS = ("file", "date", "page", "quote")


@dataclass
class Pair:
    """One action as both readers labelled it (gold rows as in tests/gold/tracker/README.md)."""
    series: str
    first: dict
    second: dict


def _check_row(row: dict, where: str) -> None:
    if row.get("status") not in STATUSES:
        raise ValueError(f"{where}: status {row.get('status')!r} is not one of {STATUSES}")
    for k, f in enumerate(row.get("followups") or []):
        missing = [x for x in _QUOTE_FIELDS if not f.get(x)]
        if missing:
            raise ValueError(f"{where}, follow-up {k + 1}: no {', '.join(missing)}")
        if f["date"] <= row["date"]:
            raise ValueError(f"{where}, follow-up {k + 1}: dated {f['date']}, not after the "
                             f"action's meeting of {row['date']}")


def load_pairs(gold_dir: Path = GOLD, second_dir: Path = SECOND) -> list[Pair]:
    """Every second-labelled action paired with its first label. A second row whose id is not in
    the first labelling of its series, whose action fields differ from the first row's, or whose
    status or follow-ups break the schema is an error naming the file and line."""
    first = load_gold(gold_dir)
    out: list[Pair] = []
    for path in sorted(second_dir.glob("*.jsonl")):
        by_id = {r["id"]: r for r in first.get(path.stem, [])}
        if not by_id:
            raise ValueError(f"{path}: no first labelling {path.stem}.jsonl in {gold_dir}")
        seen: set[str] = set()
        lines = path.read_text(encoding="utf-8").splitlines()
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            where = f"{path}, line {n} ({row.get('id')})"
            g = by_id.get(row.get("id"))
            if g is None or row["id"] in seen:
                raise ValueError(f"{where}: id not in {path.stem}.jsonl of the first labelling "
                                 f"or given twice")
            seen.add(row["id"])
            differ = [k for k in _ACTION_FIELDS if row.get(k) != g.get(k)]
            if differ:
                raise ValueError(f"{where}: action fields differ from the first labelling: "
                                 f"{', '.join(differ)}")
            _check_row(row, where)
            out.append(Pair(path.stem, g, row))
    return out


def _as_statements(followups: list[dict]) -> list[dict]:
    """Follow-up quotes in the shape match_statements reads stored statements in."""
    return [{"id": str(k), "source_file": f["file"], "date": f["date"], "page": f["page"],
             "text": f["quote"]} for k, f in enumerate(followups)]


def link_counts(first: list[dict], second: list[dict]) -> tuple[int, int, int, int]:
    """(second's follow-ups matching one of first's, len(second), first's follow-ups matched by
    one of second's, len(first)) for one action's two lists of follow-ups."""
    as_second = _as_statements(second)
    hits = [set(match_statements(f, as_second)) for f in first]
    matched = set().union(*hits) if hits else set()
    return len(matched), len(second), sum(bool(h) for h in hits), len(first)


def meeting_counts(first: list[dict], second: list[dict]) -> tuple[int, int, int, int]:
    """link_counts over the later meetings the follow-ups are in rather than the quotes."""
    a = {f["date"] for f in first}
    b = {f["date"] for f in second}
    return len(a & b), len(b), len(a & b), len(a)


def _prf(tp_p: int, n_p: int, tp_r: int, n_r: int) -> tuple[float, float, float]:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_r if n_r else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def compare(pairs: list[Pair]) -> dict:
    """Agreement figures of the two labellings over `pairs`."""
    a = [p.first["status"] for p in pairs]
    b = [p.second["status"] for p in pairs]
    raw, kappa = agreement(a, b)
    links, meetings = [0, 0, 0, 0], [0, 0, 0, 0]
    for p in pairs:
        one, two = p.first.get("followups") or [], p.second.get("followups") or []
        links = [x + y for x, y in zip(links, link_counts(one, two))]
        meetings = [x + y for x, y in zip(meetings, meeting_counts(one, two))]
    lp, lr, lf = _prf(*links)
    return {"actions": len(pairs), "status_agreement": raw, "kappa": kappa,
            "first_links": links[3], "second_links": links[1], "tp_second": links[0],
            "tp_first": links[2], "link_p": lp, "link_r": lr, "link_f1": lf,
            "meeting_f1": _prf(*meetings)[2], "confusion": Counter(zip(a, b))}


def tracker_scores(pairs: list[Pair], corpus: Path | None = None) -> dict[str, dict]:
    """The tracker's figures on the paired actions against each labelling, per series and
    OVERALL: {"first": {series: eval_tracker figures}, "second": {...}}."""
    from .eval_tracker import CORPUS, _total, score_rows, series_store
    out: dict[str, dict] = {"first": {}, "second": {}}
    for series in sorted({p.series for p in pairs}):
        mine = [p for p in pairs if p.series == series]
        store = series_store([p.first for p in mine], corpus or CORPUS)
        try:
            statements = store.statements()
            tracked = {r["statement_id"]: r for r in store.tracker()}
        finally:
            store.close()
        out["first"][series] = score_rows([p.first for p in mine], statements, tracked)
        out["second"][series] = score_rows([p.second for p in mine], statements, tracked)
    for which in out.values():
        which["OVERALL"] = _total(dict(which))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    pairs = load_pairs()
    if not pairs:
        print(f"no second labelling under {SECOND}")
        return 1
    groups = {s: [p for p in pairs if p.series == s] for s in sorted({p.series for p in pairs})}
    groups["OVERALL"] = pairs
    print(f"== two labellings of {len(pairs)} tracker actions")
    print(f"{'series':26} {'n':>3} {'status':>7} {'kappa':>6} {'links1':>6} {'links2':>6} "
          f"{'P':>6} {'R':>6} {'F1':>6} {'mtgF1':>6}")
    results = {}
    for name, group in groups.items():
        r = results[name] = compare(group)
        print(f"{name:26} {r['actions']:3d} {r['status_agreement']:7.3f} {r['kappa']:6.3f} "
              f"{r['first_links']:6d} {r['second_links']:6d} {r['link_p']:6.3f} "
              f"{r['link_r']:6.3f} {r['link_f1']:6.3f} {r['meeting_f1']:6.3f}")
    print("(P: second reader's follow-ups that are the first's; R: first reader's follow-ups the "
          "second also gave; mtgF1: the same over the later meetings reported in)")
    print("\nstatus, first → second:")
    for (x, y), c in sorted(results["OVERALL"]["confusion"].items()):
        print(f"  {x:12} → {y:12} {c}")
    if "--no-tracker" not in argv:
        from .eval_cache import require_corpus
        from .eval_tracker import CORPUS
        require_corpus(CORPUS)
        scores = tracker_scores(pairs)
        print(f"\n== the tracker on the same actions\n{'series':26} {'against':>7} {'found':>5} "
              f"{'status':>6} {'links':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
        for name in groups:
            for which in ("first", "second"):
                r = scores[which][name]
                print(f"{name:26} {which:>7} {r['found']:5d} {r['status_acc']:6.3f} "
                      f"{r['gold_links']:5d} {r['pred_links']:5d} {r['link_p']:6.3f} "
                      f"{r['link_r']:6.3f} {r['link_f1']:6.3f}")
    if "--list" in argv:
        print("\nactions on which the two labellings differ:")
        for p in pairs:
            c = link_counts(p.first.get("followups") or [], p.second.get("followups") or [])
            if p.first["status"] != p.second["status"] or c[0] != c[1] or c[2] != c[3]:
                print(f"  {p.first['id']}: status {p.first['status']} / {p.second['status']}; "
                      f"follow-ups first {c[3]} ({c[2]} also second's), second {c[1]} "
                      f"({c[0]} also first's)\n    {p.first['quote'][:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
