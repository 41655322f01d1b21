"""Train the statement classifier: `python -m pipeline.train_statements`.

Reads the gold TRAIN documents (tests/gold/statements/split.json; with `--with-extra` also the
"train_extra" documents, labelled later from six more bodies and not in the shipped model: trained
with them, held-out objection F1 measured 0.518 against 0.541 and type accuracy 0.803 against
0.812, with the unseen-body figures flat), trains a spaCy text classifier
on `classify_features.model_text` (the normalised sentence plus the statement ruler's hits)
(exclusive classes over the seven statement types, bag-of-words unigrams+bigrams: fast and small;
a scikit-learn TF-IDF word+character logistic regression scored within ±0.02 macro-F1 of it on
the held-out documents, so the spaCy component is kept) and writes the whole statement
pipeline — tokenizer, statement ruler, classifier — to models/textcat/. Deterministic: fixed seed,
fixed data order, one thread.

A logistic-regression head on the all-MiniLM-L6-v2 sentence embedding (alone, or with this
classifier's out-of-fold scores and the rule hits) was measured and not shipped
(`scripts/measure_embedding_head.py`): objection F1 moved by ±0.02 at most, in cross-validation
and on the held-out documents; with the scores and rules, decision F1 rose (CV 0.819 → 0.836) but
action F1 fell (CV 0.714 → 0.686) and held-out accuracy fell (0.795 → 0.778); and the encoder
costs ~9 ms of CPU per sentence against ~0.4 ms for this whole stage.

Fine-tuning the encoder itself was measured and not shipped (`scripts/measure_finetune.py`): the
sentence paired with its item title and previous sentence (96 tokens), the top 3 of 6 layers and a
seven-type head trained for 2 epochs on the other TRAIN folds plus "train_extra". One fold costs
~12 min of CPU on two threads (~2.3 s per batch of 16), so only fold 0 of the four `--cv` folds was
run (517 sentences, 36 gold objections; the shipped pipeline's objection F1 there 0.696, accuracy
0.799): the encoder alone 0.447 (accuracy 0.718, action F1 0.15); its type where no rule decided
0.610; its objection call where no rule decided 0.529 / 0.641 / 0.694 / 0.735 at probability
0.2 / 0.4 / 0.5 / 0.6 (the last +0.04, on a threshold read off the same 36 objections). Rules
decide the type of 96 of the 160 TRAIN objections (73 of them right), so such a model reaches the
other 64 only; and the full encoder costs ~55 ms of CPU per sentence against ~0.4 ms here
(its lower three layers took 82 s of CPU for 2,938 sentences).
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from .classify import MODEL_DIR
from .classify_features import model_text
from .eval_statements import GoldRow, load_gold
from .records import STATEMENT_TYPES

__all__ = ["build", "train", "main"]

SEED = 13
EPOCHS = 12
DROPOUT = 0.2
MIN_SHARE = 0.0
VERSION = "0.3.5"
TEXTCAT_CONFIG = {
    "threshold": 0.0,
    "model": {
        "@architectures": "spacy.TextCatBOW.v3",
        "exclusive_classes": True,
        "ngram_size": 2,
        "no_output_layer": False,
        "length": 262144,
    },
}


def build(textcat_config: dict | None = None):
    """A blank statement pipeline: tokenizer → ruler → textcat."""
    import spacy

    from . import classify_rules  # noqa: F401  (registers the ruler factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("minutes_statement_ruler_v1")
    textcat = nlp.add_pipe("textcat", config=textcat_config or TEXTCAT_CONFIG)
    for label in STATEMENT_TYPES:
        textcat.add_label(label)
    nlp.meta.update(name="statements", version=VERSION,
                    description="Statement ruler and type classifier for committee minutes")
    return nlp


def balanced(rows: list[GoldRow], share: float = MIN_SHARE) -> list[GoldRow]:
    """`rows` with the sentences of each rare type repeated until that type is at least `share`
    of the largest type's count (whole copies, in order: deterministic). The held types are the
    ones minutes state rarely but that matter most (objections, actions, questions, …)."""
    if share <= 0:
        return list(rows)
    counts = {t: sum(r.type == t for r in rows) for t in STATEMENT_TYPES}
    top = max(counts.values())
    out = list(rows)
    for t, n in counts.items():
        if n:
            out += [r for r in rows if r.type == t] * (max(1, round(share * top / n)) - 1)
    return out


def train(rows: list[GoldRow], epochs: int = EPOCHS, seed: int = SEED,
          share: float = MIN_SHARE, textcat_config: dict | None = None):
    """Train on `rows` (rare types repeated, see `balanced`); returns the trained pipeline."""
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(seed)
    nlp = build(textcat_config)
    ruler = nlp.get_pipe("minutes_statement_ruler_v1")
    examples = [Example.from_dict(
        nlp.make_doc(model_text(r.text, r.item, ruler.hits(ruler(nlp.make_doc(r.text))))),
        {"cats": {t: float(t == r.type) for t in STATEMENT_TYPES}})
        for r in balanced(rows, share)]
    nlp.initialize(lambda: examples)
    rng = random.Random(seed)
    with nlp.select_pipes(enable=["textcat"]):
        optimizer = nlp.resume_training()
        for _ in range(epochs):
            rng.shuffle(examples)
            for batch in minibatch(examples, size=16):
                nlp.update(batch, drop=DROPOUT, sgd=optimizer)
    return nlp


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    extra = "--with-extra" in argv
    argv = [a for a in argv if a != "--with-extra"]
    out = Path(argv[0]) if argv else MODEL_DIR
    rows = load_gold("train") + (load_gold("train_extra") if extra else [])
    nlp = train(rows)
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    size = sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 1e6
    print(f"trained on {len(rows)} sentences; wrote {out} ({size:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
