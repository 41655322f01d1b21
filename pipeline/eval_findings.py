"""Findings evaluation against the hand reviews (tests/gold/findings_review*.jsonl).

Each review line is one dropped-objection or reversal finding that someone judged by reading the
cited PDF pages: verdict true, partly or false. The findings a store holds now are matched to the
reviewed ones by kind, meeting date and quote (whitespace and case aside; a quote may be cut
differently by a later segmenter, so one holding the other at the start also matches). A finding
reviewed more than once keeps its latest verdict.

Printed: per kind, the findings now reported, the reviewed-false ones still reported, the
reviewed-true/partly ones kept (and those lost), and the unreviewed ones, listed so that they can be
judged by reading the PDF pages. Precision is estimated on the reported findings that have a verdict
(true = 1, partly = 0.5).

    python -m pipeline.eval_findings --db STORE [--rebuild] [--json OUT]

STORE is a store holding the corpus (`python -m pipeline --db STORE ingest ../shared/corpus`);
`--rebuild` first recomputes threads and findings with today's code (no re-ingest).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

__all__ = ["load_reviews", "match", "summarise", "main"]

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold"
KINDS = ("dropped_objection", "undocumented_reversal")
SCORE = {"true": 1.0, "partly": 0.5, "false": 0.0}


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text or "").strip().lower()


def _same_quote(a: str, b: str) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    short = min(len(a), len(b), 80)
    return a[:short] == b[:short]


def load_reviews(gold: Path = GOLD) -> list[dict]:
    """Reviewed dropped objections and reversals, one per finding, latest verdict kept (files are
    read in review order: findings_review.jsonl, _2, _3, …)."""
    def number(p: Path) -> int:
        m = re.search(r"_(\d+)\.jsonl$", p.name)
        return int(m.group(1)) if m else 1
    out: list[dict] = []
    for path in sorted(gold.glob("findings_review*.jsonl"), key=number):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            if r["kind"] not in KINDS:
                continue
            r["review"] = path.name
            same = [k for k, o in enumerate(out) if _same_finding(o, r)]
            for k in reversed(same):
                del out[k]
            out.append(r)
    return out


def _same_finding(a: dict, b: dict) -> bool:
    """Same kind, and every quote of the one at the same date as a quote of the other."""
    if a["kind"] != b["kind"]:
        return False
    ea, eb = a.get("evidence") or [], b.get("evidence") or []
    if not ea or len(ea) != len(eb):
        return False
    return all(any((x.get("date") or "") == (y.get("date") or "")
                   and _same_quote(x.get("quote", ""), y.get("quote", "")) for y in eb)
               for x in ea)


def match(findings: list[dict], reviews: list[dict]) -> list[tuple[dict, dict | None]]:
    """Each current finding with the review of the same finding, or None."""
    return [(f, next((r for r in reviews if _same_finding(f, r)), None)) for f in findings
            if f["kind"] in KINDS]


def summarise(pairs: list[tuple[dict, dict | None]], reviews: list[dict]) -> dict:
    """Counts per kind (see module docstring)."""
    out = {}
    for kind in KINDS:
        mine = [(f, r) for f, r in pairs if f["kind"] == kind]
        kept = [r for _, r in mine if r is not None]
        good = [r for r in reviews if r["kind"] == kind and r["verdict"] in ("true", "partly")]
        kept_ids = {id(r) for r in kept}
        judged = [SCORE[r["verdict"]] for r in kept]
        out[kind] = {
            "reported": len(mine),
            "reviewed_false_still_reported": sum(r["verdict"] == "false" for r in kept),
            "reviewed_true_or_partly": len(good),
            "reviewed_true_or_partly_kept": sum(id(r) in kept_ids for r in good),
            "unreviewed": len(mine) - len(kept),
            "precision_on_reviewed": round(sum(judged) / len(judged), 3) if judged else None,
        }
    return out


def _line(f: dict) -> str:
    ev = f["evidence"]
    where = "; ".join(f"{Path(e.get('source_file') or '').parent.parent.name}/"
                      f"{Path(e.get('source_file') or '').name} p.{e.get('page')}" for e in ev)
    quotes = " || ".join((e.get("quote") or "")[:160] for e in ev)
    return f"  {f['id']}  {where}\n    {quotes}"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m pipeline.eval_findings", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--db", required=True, help="a store holding the corpus")
    p.add_argument("--rebuild", action="store_true",
                   help="recompute threads and findings with today's code first")
    p.add_argument("--json", help="write the current findings with their verdicts here")
    args = p.parse_args(argv)
    from .stores import open_store
    store = open_store(args.db)
    try:
        if args.rebuild:
            from .derive import rebuild
            rebuild(store)
        findings = [f for f in store.findings() if f["kind"] in KINDS]
    finally:
        store.close()
    if not findings:
        print(f"{args.db}: the store holds no dropped-objection or reversal findings; ingest the "
              f"corpus into it first (python -m pipeline --db {args.db} ingest ../shared/corpus)",
              file=sys.stderr)
    reviews = load_reviews()
    pairs = match(findings, reviews)
    stats = summarise(pairs, reviews)
    for kind, s in stats.items():
        print(f"{kind}: " + ", ".join(f"{k} {v}" for k, v in s.items()))
    for kind in KINDS:
        good = [r for r in reviews if r["kind"] == kind and r["verdict"] in ("true", "partly")]
        lost = [r for r in good if not any(r is q for _, q in pairs)]
        if lost:
            print(f"\n{kind}: reviewed true/partly, no longer reported ({len(lost)}):")
            for r in lost:
                print(f"  [{r['verdict']}, {r['review']}] {r['date']} "
                      f"{(r['evidence'][0].get('quote') or '')[:120]}")
        still = [(f, r) for f, r in pairs if f["kind"] == kind and r is not None]
        if still:
            print(f"\n{kind}: reported and reviewed ({len(still)}):")
            for f, r in still:
                print(f"  [{r['verdict']}, {r['review']}, {r.get('cause')}]\n" + _line(f))
        new = [f for f, r in pairs if f["kind"] == kind and r is None]
        if new:
            print(f"\n{kind}: not reviewed ({len(new)}):")
            for f in new:
                print(_line(f))
    if args.json:
        Path(args.json).write_text(json.dumps(
            [f | {"review": r} for f, r in pairs], indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
