"""How far two people labelling the same held-out sentences agree, and where the classifier stands.

`python -m pipeline.eval_agreement` reads the second, independent labelling of the held-out
documents (tests/gold/statements_second/<same name as the gold file>.jsonl: one row per gold
sentence, in the same order, `{"i", "text", "type", "outcome"}`, labelled from the minutes and the
labelling guide without seeing the first labels or any pipeline output) and prints:

- raw agreement and Cohen's kappa on the statement type between the two labellings;
- per type, the F1 of one labelling scored against the other (symmetric), beside the classifier's
  F1 against each labelling: the first is a ceiling no sentence classifier can be measured above;
- decision-outcome agreement on the sentences both call a decision.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .eval_statements import GOLD_DIR, GoldRow, _f1, load_gold
from .records import STATEMENT_TYPES

__all__ = ["SECOND_DIR", "Paired", "load_pairs", "agreement", "pair_f1", "main"]

SECOND_DIR = GOLD_DIR.parent / "statements_second"


@dataclass
class Paired:
    gold: GoldRow
    second_type: str
    second_outcome: str


def load_pairs(gold_dir: Path = GOLD_DIR, second_dir: Path = SECOND_DIR) -> list[Paired]:
    """The held-out gold rows that have a second label, paired in order. A second file that does
    not line up with its gold file (other length or other text) is an error naming the file."""
    by_file: dict[str, list[GoldRow]] = {}
    for row in load_gold("test", gold_dir):
        by_file.setdefault(row.file, []).append(row)
    out: list[Paired] = []
    for path in sorted(second_dir.glob("*.jsonl")):
        gold = by_file.get(path.name)
        if gold is None:
            raise ValueError(f"{path}: no held-out gold file of that name in {gold_dir}")
        second = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if len(second) != len(gold):
            raise ValueError(f"{path}: {len(second)} rows, the gold file has {len(gold)}")
        for k, (g, s) in enumerate(zip(gold, second)):
            if s.get("text") != g.text or s["type"] not in STATEMENT_TYPES:
                raise ValueError(f"{path}, row {k + 1}: text differs from the gold row or type "
                                 f"{s['type']!r} is not a statement type")
            out.append(Paired(g, s["type"], s.get("outcome") or ""))
    return out


def pair_f1(a: list[str], b: list[str], label: str) -> float:
    """F1 of labelling `a` scored against `b` for one label (symmetric in a and b)."""
    return _f1(list(zip(a, b)), label)


def agreement(a: list[str], b: list[str]) -> tuple[float, float]:
    """(raw agreement, Cohen's kappa) of two labellings of the same items."""
    n = len(a)
    if not n:
        return 0.0, 0.0
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[t] * cb[t] for t in set(ca) | set(cb)) / (n * n)
    return po, (po - pe) / (1 - pe) if pe < 1 else 1.0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    pairs = load_pairs()
    if not pairs:
        print(f"no second labelling under {SECOND_DIR}")
        return 1
    first = [p.gold.type for p in pairs]
    second = [p.second_type for p in pairs]
    from .classify import classify_sentences

    preds = [p.type for p in classify_sentences([(p.gold.text, p.gold.item) for p in pairs],
                                                 [p.gold.notes for p in pairs])]
    po, kappa = agreement(first, second)
    files = len({p.gold.file for p in pairs})
    print(f"== two labellings of {len(pairs)} held-out sentences ({files} documents): "
          f"agreement {po:.3f}, Cohen's kappa {kappa:.3f}")
    print(f"{'type':<14}{'first n':>8}{'second n':>9}{'F1 1st~2nd':>12}"
          f"{'model~1st':>11}{'model~2nd':>11}")
    for t in STATEMENT_TYPES:
        print(f"{t:<14}{first.count(t):>8}{second.count(t):>9}{pair_f1(first, second, t):>12.3f}"
              f"{pair_f1(preds, first, t):>11.3f}{pair_f1(preds, second, t):>11.3f}")
    both = [p for p in pairs if p.gold.type == p.second_type == "decision"]
    same = sum(p.gold.outcome == p.second_outcome for p in both)
    print(f"decision outcome agreement {same / max(1, len(both)):.3f} (on {len(both)} sentences "
          f"both call a decision)")
    if "--list" in argv:
        for p, m in zip(pairs, preds):
            if p.gold.type != p.second_type:
                print(f"  first={p.gold.type:<12} second={p.second_type:<12} model={m:<12} "
                      f"{p.gold.text[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
