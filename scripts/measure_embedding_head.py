"""Measure a classifier head on sentence embeddings against the shipped statement classifier.

    PYTHONPATH=. python scripts/measure_embedding_head.py

Not part of the pipeline: it prints the figures behind the choice not to ship such a head (see
`pipeline/train_statements.py`). Each gold sentence is embedded with the pipeline's encoder
(all-MiniLM-L6-v2, the statement token limit); a scikit-learn logistic regression reads the
embedding, optionally with the text classifier's scores (out-of-fold on TRAIN, so the head does
not learn to trust a memorised score) and the statement ruler's hits; its probabilities replace
the text classifier's in `classify._decide`, so rules win exactly as they do in the pipeline.
Figures: 4-fold cross-validation by document on TRAIN (what settings are chosen on) and the
held-out TEST documents; plus the encoder's CPU cost per sentence. Needs scikit-learn
(`pip install -e .[experiments]`).
"""
from __future__ import annotations

import time

import numpy as np

from pipeline import classify
from pipeline.classify_features import model_text
from pipeline.embed import STATEMENT_TOKENS, encode
from pipeline.eval_statements import _f1, load_gold
from pipeline.records import STATEMENT_TYPES
from pipeline.train_statements import train

FOLDS = 4
TYPES = list(STATEMENT_TYPES)
LABELS = TYPES + ["outcome"]


def _cats(nlp, rows, hits) -> np.ndarray:
    docs = (nlp.make_doc(model_text(r.text, r.item, h)) for r, h in zip(rows, hits))
    return np.array([[d.cats[t] for t in TYPES] for d in nlp.get_pipe("textcat").pipe(docs)])


def _rule_features(hits) -> np.ndarray:
    out = np.zeros((len(hits), 2 * len(LABELS)))
    for i, hs in enumerate(hits):
        for h in hs:
            j = LABELS.index(h.label)
            out[i, j] = 1.0
            out[i, len(LABELS) + j] = max(out[i, len(LABELS) + j], h.priority / 100)
    return out


def _line(name: str, rows, types: list[str]) -> str:
    pairs = [(p, r.type) for p, r in zip(types, rows)]
    acc = sum(p == g for p, g in pairs) / len(pairs)
    return (f"{name:<34} acc {acc:.3f}  decision {_f1(pairs, 'decision'):.3f}  objection "
            f"{_f1(pairs, 'objection'):.3f}  action {_f1(pairs, 'action'):.3f}")


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    train_rows, test_rows = load_gold("train"), load_gold("test")
    files = sorted({r.file for r in train_rows})
    fold = np.array([files.index(r.file) % FOLDS for r in train_rows])
    m = classify._models()
    ruler, nlp = m["ruler"], m["nlp"]

    def hits_of(rows):
        return [classify._unreported(ruler.hits(d), d)
                for d in (ruler(nlp.make_doc(r.text)) for r in rows)]

    def decide(probs, hits) -> list[str]:
        return [classify._decide(h, {t: float(p[j]) for j, t in enumerate(TYPES)}, [],
                                 m["settings"], m["generator"])[0] for p, h in zip(probs, hits)]

    encode([r.text for r in test_rows[:16]], max_tokens=STATEMENT_TOKENS)  # load before timing
    c0 = time.process_time()
    emb_test = encode([r.text for r in test_rows], max_tokens=STATEMENT_TOKENS)
    cpu = time.process_time() - c0
    emb_train = encode([r.text for r in train_rows], max_tokens=STATEMENT_TOKENS)
    c0 = time.process_time()
    classify.classify_sentences([(r.text, r.item) for r in test_rows])
    cpu_cls = time.process_time() - c0
    print(f"encoder: {1000 * cpu / len(test_rows):.1f} ms CPU per sentence "
          f"({len(test_rows) / cpu:.0f} sentences/s of CPU); statement classifier alone: "
          f"{len(test_rows) / cpu_cls:.0f} sentences/s of CPU")

    hits_train, hits_test = hits_of(train_rows), hits_of(test_rows)
    oof = np.zeros((len(train_rows), len(TYPES)))
    for k in range(FOLDS):
        fold_nlp = train([r for r, f in zip(train_rows, fold) if f != k])
        idx = np.where(fold == k)[0]
        oof[idx] = _cats(fold_nlp, [train_rows[i] for i in idx], [hits_train[i] for i in idx])
    cats_test = _cats(nlp, test_rows, hits_test)
    print(_line("CV   shipped text classifier", train_rows, decide(oof, hits_train)))
    print(_line("TEST shipped text classifier", test_rows, decide(cats_test, hits_test)))

    y = np.array([TYPES.index(r.type) for r in train_rows])
    for use in (("emb",), ("emb", "rules"), ("emb", "cats"), ("emb", "cats", "rules")):
        def features(emb, cats, hits):
            parts = [emb]
            if "cats" in use:
                parts.append(np.log(np.clip(cats, 1e-4, 1.0)))
            if "rules" in use:
                parts.append(_rule_features(hits))
            return np.hstack(parts)
        x_train = features(emb_train, oof, hits_train)
        x_test = features(emb_test, cats_test, hits_test)
        head_oof = np.zeros_like(oof)
        for k in range(FOLDS):
            head = LogisticRegression(C=1.0, max_iter=2000).fit(x_train[fold != k], y[fold != k])
            head_oof[fold == k] = head.predict_proba(x_train[fold == k])
        head = LogisticRegression(C=1.0, max_iter=2000).fit(x_train, y)
        name = "+".join(use)
        print(_line(f"CV   head on {name}", train_rows, decide(head_oof, hits_train)))
        print(_line(f"TEST head on {name}", test_rows, decide(head.predict_proba(x_test),
                                                              hits_test)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
