"""Fit the tracker's follow-up weights on one gold series (tests/gold/tracker/<series>.jsonl).

`python -m pipeline.fit_tracker [SERIES] [--C 10]` scores every (action, later statement) pair the
tracker considers for the series' gold actions, labels a pair true when the statement is one of
the action's gold follow-ups, fits a logistic regression on the signals `tracker._features` returns
and prints them as `tracker_weights` (relative to the cosine's weight 1.0) and the
`tracker_threshold` that gives the best pair F1 on the series. The figures in config.py were
fitted on Falls Creek and checked on Suffolk (README "Quality"): fit on one series, measure on
the other.
"""
from __future__ import annotations

import json
import sys

import numpy as np

from .eval_tracker import match_statements, series_rows

__all__ = ["pairs", "fit", "main"]


def pairs(series: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Signal names, the pairs' signal matrix (cosine first) and their labels."""
    from .tracker import track
    gold, meetings, rows, vecs, item_thread, statements = series_rows(series)
    signals: dict = {}
    tracked = {a.statement_id for a in track(meetings, rows, vecs, item_thread, None, signals)}
    index = {r.id: k for k, r in enumerate(rows)}
    names: list[str] = []
    x, y = [], []
    for g in gold:
        ids = [i for i in match_statements(g, statements) if i in tracked]
        if not ids:
            continue
        k = index[ids[0]]
        true = {index[s] for f in g["followups"] for s in match_statements(f, statements)}
        for (kk, j), sig in signals.items():
            if kk != k or len(sig) == 1:  # another action, or nothing shared: never scored
                continue
            names = names or list(sig)
            x.append([sig[n] for n in names])
            y.append(j in true)
    return names, np.array(x, dtype=float), np.array(y, dtype=bool)


def fit(names: list[str], x: np.ndarray, y: np.ndarray, c: float = 10.0) -> dict:
    """Weights relative to the cosine's, and the threshold of best pair F1."""
    from sklearn.linear_model import LogisticRegression
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    beta, b0 = model.coef_[0], model.intercept_[0]
    p = model.predict_proba(x)[:, 1]
    f1, cut = max((2 * ((p >= t) & y).sum() / ((p >= t).sum() + y.sum()), t)
                  for t in np.arange(0.1, 0.8, 0.02))
    cos = beta[names.index("cos")]
    return {"weights": {n: round(float(b / cos), 3) for n, b in zip(names, beta) if n != "cos"},
            "threshold": round(float((np.log(cut / (1 - cut)) - b0) / cos), 3),
            "pair_f1": round(float(f1), 3), "pairs": int(len(y)), "true": int(y.sum())}


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    c = float(argv[argv.index("--C") + 1]) if "--C" in argv else 10.0
    series = next((a for a in argv if not a.startswith("--") and a != str(c)),
                  "falls_creek_ranch_hoa")
    print(json.dumps(fit(*pairs(series), c=c), indent=1))


if __name__ == "__main__":
    main()
