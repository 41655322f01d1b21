"""Evaluate statement typing on sentences written in the styles of bodies not in the corpus.

`python -m pipeline.eval_unseen [--errors]` classifies tests/gold/statements_unseen/*.jsonl (each
sentence with its item title, as `eval_statements` does) and prints per-type P/R/F1, with the
misclassified sentences when --errors is given. These files are for evaluation only: nothing
trains on them (`train_statements` reads the TRAIN documents of tests/gold/statements/ alone).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .eval_statements import GOLD_DIR, GoldRow, _rows, evaluate, format_report

__all__ = ["UNSEEN_DIR", "load_unseen", "main"]

UNSEEN_DIR = GOLD_DIR.parent / "statements_unseen"


def load_unseen(gold_dir: Path = UNSEEN_DIR) -> list[GoldRow]:
    """Every labelled sentence of the unseen-body gold files, in file order."""
    rows: list[GoldRow] = []
    for path in sorted(gold_dir.glob("*.jsonl")):
        rows += _rows(path)
    return rows


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    res: dict[str, Any] = evaluate(load_unseen())
    print(format_report("unseen bodies (written sentences, evaluation only)", res))
    if "--errors" in argv:
        for r, p in sorted(res["errors"], key=lambda e: (e[0].type, e[1].type)):
            print(f"  gold={r.type:<12} pred={p.type:<12} {p.generator:<34} {r.text[:110]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
