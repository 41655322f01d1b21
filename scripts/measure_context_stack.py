"""Measure a stacked second stage for objections that reads the sentence's context.

    PYTHONPATH=. python scripts/measure_context_stack.py

Not part of the pipeline: it prints the figures behind the choice not to ship such a stage (see
README, "Quality", statements). Labellers type a sentence objection from its context (the
sentence before, who speaks, the item), the classifier from the sentence alone; this stage gives
a second model that context. For every sentence the pipeline types information, argument_for or
objection, a binary model (objection or not) reads:

- `own`: the text classifier's class scores (log) for the sentence;
- `nb`: the same scores for the sentence before and after in the same item (zeros, and a flag,
  at the item's edges);
- `prev`: the pipeline's type for the sentence before (objection, argument_for, question,
  information);
- `rules`: the statement ruler's hits per label (their priority);
- `base`: the pipeline's type for the sentence and whether a rule set it;
- `cue`: contrast ("however", "but", "although" …), a members' or first-person-plural subject,
  a modal ("would", "could", "should" …), negation, a question mark, first person, length;
- `emb`: the all-MiniLM-L6-v2 embedding of the sentence minus that of its item title.

Its probability decides: at or above a threshold the sentence is an objection; below it a
sentence the pipeline typed objection takes the classifier's next stance type. Training is on
the TRAIN documents only: the text classifier's scores and the pipeline's types are out-of-fold
(4 folds by document, each classified by a model trained on the other three), the second stage
is fitted on them, and the threshold is the one with the best out-of-fold objection F1. It is
then scored on the held-out TEST documents (with the shipped model) and on the `train_extra`
documents of bodies the shipped model never saw. Needs scikit-learn.
"""
from __future__ import annotations

import re

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
STANCE = {"information", "argument_for", "objection"}
CUES = [re.compile(p, re.I) for p in (
    r"\b(?:however|but|although|though|whilst|while|nevertheless|yet)\b",
    r"\b(?:we|members?|councill?ors?|councilmembers?|directors?|trustees?|commissioners?"
    r"|residents?)\b",
    r"\b(?:would|could|should|might|may|must)\b",
    r"\b(?:not|no|never|nor|cannot|without)\b|n't",
    r"\?")] + [re.compile(r"\b(?:I|I'm|I'd|my|we|our)\b")]
SETS = (("own", "base", "rules", "cue"), ("own", "base", "rules", "cue", "prev", "nb"),
        ("own", "base", "rules", "cue", "prev", "nb", "emb"))


def _classified(nlp, rows) -> dict:
    """The pipeline's types and generators, the classifier's scores and the rule hits of `rows`
    under the statement pipeline `nlp`."""
    m = classify._models()
    saved = dict(m)
    ruler = nlp.get_pipe("minutes_statement_ruler_v1")
    m.update(nlp=nlp, ruler=ruler)
    try:
        preds = classify.classify_sentences([(r.text, r.item) for r in rows],
                                            [r.notes for r in rows])
        texts = [classify._PARA_NUMBER.sub("", classify._MARKS.sub("", r.text)) for r in rows]
        hits = [classify._unreported(ruler.hits(d), d)
                for d in (ruler(nlp.make_doc(t)) for t in texts)]
        docs = (nlp.make_doc(model_text(t, r.item, h)) for t, r, h in zip(texts, rows, hits))
        cats = np.array([[d.cats[t] for t in TYPES] for d in nlp.get_pipe("textcat").pipe(docs)])
    finally:
        m.clear()
        m.update(saved)
    return {"types": [p.type for p in preds], "ruled": [p.generator.startswith("rule:")
                                                       for p in preds],
            "cats": cats, "hits": hits}


def _out_of_fold(rows, fold) -> dict:
    parts = {}
    for k in range(FOLDS):
        idx = list(np.where(fold == k)[0])
        nlp = train([r for r, f in zip(rows, fold) if f != k])
        parts[k] = (idx, _classified(nlp, [rows[i] for i in idx]))
    out = {"types": [""] * len(rows), "ruled": [False] * len(rows),
           "cats": np.zeros((len(rows), len(TYPES))), "hits": [[] for _ in rows]}
    for idx, got in parts.values():
        for j, i in enumerate(idx):
            for key in out:
                out[key][i] = got[key][j]
    return out


def _features(rows, got: dict, use: tuple[str, ...]) -> np.ndarray:
    log = np.log(np.clip(got["cats"], 1e-4, 1.0))
    n = len(rows)
    emb = None
    if "emb" in use:
        titles = sorted({r.item for r in rows})
        by_title = dict(zip(titles, encode(titles, max_tokens=STATEMENT_TOKENS)))
        emb = encode([r.text for r in rows], max_tokens=STATEMENT_TOKENS) - np.array(
            [by_title[r.item] for r in rows])
    out = []
    for i, r in enumerate(rows):
        def same(j: int) -> bool:
            return 0 <= j < n and rows[j].file == r.file and rows[j].item == r.item
        f: list = [log[i]]
        if "nb" in use:
            for j in (i - 1, i + 1):
                f += [log[j] if same(j) else np.zeros(len(TYPES)), [0.0 if same(j) else 1.0]]
        if "prev" in use:
            f.append([float(same(i - 1) and got["types"][i - 1] == t)
                      for t in ("objection", "argument_for", "question", "information")])
        if "rules" in use:
            hits = np.zeros(len(LABELS))
            for h in got["hits"][i]:
                j = LABELS.index(h.label)
                hits[j] = max(hits[j], h.priority / 100)
            f.append(hits)
        if "base" in use:
            f.append([float(got["types"][i] == t) for t in TYPES] + [float(got["ruled"][i])])
        if "cue" in use:
            f.append([float(bool(c.search(r.text))) for c in CUES]
                     + [min(len(r.text.split()), 80) / 80])
        if emb is not None:
            f.append(emb[i])
        out.append(np.concatenate([np.asarray(x, dtype=float).ravel() for x in f]))
    return np.array(out)


def _decide(got: dict, prob: np.ndarray, threshold: float) -> list[str]:
    out = []
    for i, t in enumerate(got["types"]):
        if t not in STANCE:
            out.append(t)
        elif prob[i] >= threshold:
            out.append("objection")
        elif t == "objection":
            cats = got["cats"][i].copy()
            cats[TYPES.index("objection")] = -1.0
            alt = TYPES[int(np.argmax(cats))]
            out.append(alt if alt in STANCE else "information")
        else:
            out.append(t)
    return out


def _line(rows, types: list[str]) -> str:
    pairs = [(p, r.type) for p, r in zip(types, rows)]
    acc = sum(p == g for p, g in pairs) / len(pairs)
    return (f"acc {acc:.3f} objection {_f1(pairs, 'objection'):.3f} argument_for "
            f"{_f1(pairs, 'argument_for'):.3f} decision {_f1(pairs, 'decision'):.3f} action "
            f"{_f1(pairs, 'action'):.3f}")


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    rows = {p: load_gold(p) for p in ("train", "test", "train_extra")}
    files = sorted({r.file for r in rows["train"]})
    fold = np.array([files.index(r.file) % FOLDS for r in rows["train"]])
    got = {"train": _out_of_fold(rows["train"], fold)}
    shipped = classify._models()["nlp"]
    got.update({p: _classified(shipped, rows[p]) for p in ("test", "train_extra")})
    for part, name in (("train", "CV  "), ("test", "TEST"), ("train_extra", "EXTRA")):
        print(f"{name:<5} pipeline as shipped{'':<22} {_line(rows[part], got[part]['types'])}")
    y = np.array([r.type == "objection" for r in rows["train"]])
    fit = np.array([t in STANCE for t in got["train"]["types"]])
    for use in SETS:
        x = {p: _features(rows[p], got[p], use) for p in rows}
        for c in (0.1, 1.0):
            oof = np.zeros(len(y))
            for k in range(FOLDS):
                model = LogisticRegression(C=c, max_iter=3000).fit(x["train"][(fold != k) & fit],
                                                                    y[(fold != k) & fit])
                oof[fold == k] = model.predict_proba(x["train"][fold == k])[:, 1]
            model = LogisticRegression(C=c, max_iter=3000).fit(x["train"][fit], y[fit])
            prob = {"train": oof} | {p: model.predict_proba(x[p])[:, 1]
                                     for p in ("test", "train_extra")}
            best = max(np.arange(0.1, 0.91, 0.05), key=lambda t: _f1(
                list(zip(_decide(got["train"], oof, t), (r.type for r in rows["train"]))),
                "objection"))
            name = "+".join(use) + f" C={c} t={best:.2f}"
            for part, tag in (("train", "CV  "), ("test", "TEST"), ("train_extra", "EXTRA")):
                print(f"{tag:<5} {name:<42} "
                      f"{_line(rows[part], _decide(got[part], prob[part], best))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
