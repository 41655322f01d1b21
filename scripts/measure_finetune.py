"""Measure a fine-tuned sentence encoder against the shipped statement classifier on objections.

    PYTHONPATH=. OMP_NUM_THREADS=1 HF_HUB_OFFLINE=1 nice -n 5 \
        python scripts/measure_finetune.py [--folds K] [--only-fold k] [--epochs E] [--top N]

Not part of the pipeline: it prints the figures behind the choice recorded in
`pipeline/train_statements.py`. The encoder (all-MiniLM-L6-v2, offline) reads each gold sentence
with its context as a pair, "sentence [SEP] item title | previous sentence of the same item", at
most 96 tokens (the sentence keeps up to 64), so the stance of a sentence towards its item can be
read. Its lower layers stay frozen and run once per sentence; the top `--top` layers and a
seven-type head over mean-pooled tokens are fine-tuned (AdamW, cross-entropy, batch 16, fixed
seeds, two threads). Cross-validation is by document over TRAIN, with the folds
`eval_statements --cv` deals (files in name order, i % K); the "train_extra" documents are extra
training data in every fold and never scored. Printed, out-of-fold on TRAIN:

- the shipped pipeline (`classify_sentences`, textcat trained on the other folds, as `--cv`);
- the fine-tuned encoder alone (its top type);
- combined: where no rule decided the type (generator neither `rule:` nor an action note), the
  encoder's type replaces the text classifier's ("ft-type"), or only its objection call is taken
  ("ft-objection": objection when its objection probability is at least a threshold, and a
  textcat objection it does not share drops to its top other type).

The figures recorded in `pipeline/train_statements.py` are of `--only-fold 0 --epochs 2` (one
fold costs ~12 min of CPU). Held-out TEST figures are never printed here: they are read once, by `eval_statements`, if and
when a model is shipped. Needs torch and transformers (installed with sentence-transformers).
"""
from __future__ import annotations

import argparse
import random
import time
from typing import Any

import numpy as np

from pipeline import classify
from pipeline.eval_statements import GoldRow, _f1, load_gold
from pipeline.records import STATEMENT_TYPES

TYPES = list(STATEMENT_TYPES)
MAX_TOKENS = 96
SENTENCE_TOKENS = 64
BATCH = 16
SEED = 13


def contexts(rows: list[GoldRow]) -> list[str]:
    """The item title and the previous sentence of the same item and document, for each row."""
    out = []
    for i, r in enumerate(rows):
        prev = rows[i - 1] if i and rows[i - 1].file == r.file and rows[i - 1].item == r.item \
            else None
        out.append(f"{r.item} | {prev.text if prev else ''}".strip(" |"))
    return out


def tokenize(tok, texts: list[str], ctx: list[str]) -> list[list[int]]:
    """Pair input ids: [CLS] sentence [SEP] context [SEP], at most MAX_TOKENS, sentence first."""
    out = []
    for t, c in zip(texts, ctx):
        a = tok.encode(t, add_special_tokens=False)[:SENTENCE_TOKENS]
        b = tok.encode(c, add_special_tokens=False)[:max(0, MAX_TOKENS - 3 - len(a))]
        x = [tok.cls_token_id] + a + [tok.sep_token_id]
        out.append(x + b + [tok.sep_token_id] if b else x)
    return out


def _pairs(ids: list[list[int]], tok) -> list[tuple[list[int], list[int]]]:
    seg = []
    for x in ids:
        first = x.index(tok.sep_token_id) + 1
        seg.append((x, [0] * first + [1] * (len(x) - first)))
    return seg


def frozen_states(model, ids: list[list[int]], tok, frozen: int) -> list[Any]:
    """Hidden states after the embeddings and the lowest `frozen` layers, one (len, 384) fp16
    tensor per sentence (padding stripped): computed once, shared by every fold."""
    import torch

    out: list[Any] = []
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    res: dict[int, Any] = {}
    segs = _pairs(ids, tok)
    with torch.no_grad():
        for s in range(0, len(order), 64):
            idx = order[s:s + 64]
            n = max(len(ids[i]) for i in idx)
            x = torch.zeros((len(idx), n), dtype=torch.long)
            tt = torch.zeros_like(x)
            m = torch.zeros_like(x)
            for j, i in enumerate(idx):
                x[j, :len(ids[i])] = torch.tensor(ids[i])
                tt[j, :len(ids[i])] = torch.tensor(segs[i][1])
                m[j, :len(ids[i])] = 1
            h = model.embeddings(input_ids=x, token_type_ids=tt)
            ext = (1.0 - m[:, None, None, :].float()) * torch.finfo(torch.float32).min
            for layer in model.encoder.layer[:frozen]:
                h = layer(h, attention_mask=ext)
                h = h[0] if isinstance(h, tuple) else h
            for j, i in enumerate(idx):
                res[i] = h[j, :len(ids[i])].to(torch.float16).clone()
    out = [res[i] for i in range(len(ids))]
    return out


class Top:
    """The trainable top layers (copies of the encoder's) and a linear head on mean pooling."""

    def __init__(self, model, frozen: int, n_out: int):
        import copy

        import torch

        self.layers = torch.nn.ModuleList(copy.deepcopy(model.encoder.layer[frozen:]))
        self.drop = torch.nn.Dropout(0.1)
        self.head = torch.nn.Linear(model.config.hidden_size, n_out)
        self.modules = torch.nn.ModuleList([self.layers, self.head])

    def __call__(self, h, mask):
        import torch

        ext = (1.0 - mask[:, None, None, :].float()) * torch.finfo(torch.float32).min
        for layer in self.layers:
            h = layer(h, attention_mask=ext)
            h = h[0] if isinstance(h, tuple) else h
        m = mask[:, :, None].float()
        pooled = (h * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.drop(pooled))


def _batch(states: list[Any], idx: list[int]):
    import torch

    n = max(states[i].shape[0] for i in idx)
    h = torch.zeros((len(idx), n, states[idx[0]].shape[1]))
    m = torch.zeros((len(idx), n), dtype=torch.long)
    for j, i in enumerate(idx):
        h[j, :states[i].shape[0]] = states[i].float()
        m[j, :states[i].shape[0]] = 1
    return h, m


def fit(model, states, y, train_idx: list[int], frozen: int, epochs: int, lr: float,
        weight: float) -> Top:
    import torch

    torch.manual_seed(SEED)
    top = Top(model, frozen, len(TYPES))
    opt = torch.optim.AdamW([
        {"params": top.layers.parameters(), "lr": lr},
        {"params": top.head.parameters(), "lr": lr * 20}], weight_decay=0.01)
    w = torch.ones(len(TYPES))
    w[TYPES.index("objection")] = weight
    loss_fn = torch.nn.CrossEntropyLoss(weight=w)
    rng = random.Random(SEED)
    steps = epochs * ((len(train_idx) + BATCH - 1) // BATCH)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps))
    top.modules.train()
    yt = torch.tensor(y)
    for ep in range(epochs):
        order = list(train_idx)
        rng.shuffle(order)
        # batches of alike length (fewer padded tokens), in shuffled order
        chunks = [order[s:s + BATCH * 8] for s in range(0, len(order), BATCH * 8)]
        batches = []
        for c in chunks:
            c = sorted(c, key=lambda i: states[i].shape[0])
            batches += [c[s:s + BATCH] for s in range(0, len(c), BATCH)]
        rng.shuffle(batches)
        t0, total = time.process_time(), 0.0
        for n, b in enumerate(batches):
            if n % 40 == 0:
                print(f"      batch {n}/{len(batches)} {time.process_time() - t0:.0f} s", flush=True)
            h, m = _batch(states, b)
            loss = loss_fn(top(h, m), yt[b])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(b)
        print(f"    epoch {ep + 1}: loss {total / len(train_idx):.3f} "
              f"({time.process_time() - t0:.0f} s CPU)", flush=True)
    top.modules.eval()
    return top


def predict(top: Top, states, idx: list[int]) -> np.ndarray:
    import torch

    out = np.zeros((len(idx), len(TYPES)))
    order = sorted(range(len(idx)), key=lambda j: states[idx[j]].shape[0])
    with torch.no_grad():
        for s in range(0, len(order), 64):
            js = order[s:s + 64]
            h, m = _batch(states, [idx[j] for j in js])
            out[js] = torch.softmax(top(h, m), -1).numpy()
    return out


def shipped_oof(rows: list[GoldRow], fold: np.ndarray, folds: int, cache: str = "") -> list[Any]:
    """Out-of-fold predictions of the present pipeline (as `eval_statements --cv`); with `cache`,
    their types and generators are kept in that JSON file (keyed by the sentences and folds)."""
    import hashlib
    import json
    from pathlib import Path

    from pipeline.train_statements import train

    key = hashlib.sha1(json.dumps([[r.file, r.text, r.type, int(f)] for r, f in zip(rows, fold)])
                       .encode()).hexdigest()
    if cache and Path(cache).exists():
        kept = json.loads(Path(cache).read_text())
        if kept.get("key") == key:
            return [classify.Prediction(t, generator=g) for t, g in kept["preds"]]

    models = classify._models()
    saved = dict(models)
    preds: list[Any] = [None] * len(rows)
    try:
        for k in range(folds):
            nlp = train([r for r, f in zip(rows, fold) if f != k])
            models.update(nlp=nlp, ruler=nlp.get_pipe("minutes_statement_ruler_v1"))
            idx = [i for i in range(len(rows)) if fold[i] == k]
            for i, p in zip(idx, classify.classify_sentences(
                    [(rows[i].text, rows[i].item) for i in idx], [rows[i].notes for i in idx])):
                preds[i] = p
    finally:
        models.clear()
        models.update(saved)
    if cache:
        Path(cache).write_text(json.dumps({"key": key, "preds": [[p.type, p.generator]
                                                                  for p in preds]}))
    return preds


def line(name: str, gold: list[str], pred: list[str]) -> str:
    pairs = list(zip(pred, gold))
    tp = sum(p == g == "objection" for p, g in pairs)
    fp = sum(p == "objection" != g for p, g in pairs)
    fn = sum(g == "objection" != p for p, g in pairs)
    acc = sum(p == g for p, g in pairs) / max(1, len(pairs))
    return (f"{name:<40} objection P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} "
            f"F1 {_f1(pairs, 'objection'):.3f} | acc {acc:.3f} decision {_f1(pairs, 'decision'):.3f}"
            f" action {_f1(pairs, 'action'):.3f}")


def free(p) -> bool:
    """No rule decided this prediction's type: the text classifier (or the default) did."""
    return not p.generator.startswith("rule:")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--folds", type=int, default=4)
    ap.add_argument("--only-fold", type=int, default=-1)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--top", type=int, default=3, help="layers fine-tuned (of 6)")
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--weight", type=float, default=1.0, help="objection class weight")
    ap.add_argument("--no-extra", action="store_true")
    ap.add_argument("--shipped-cache", default="",
                    help="a JSON file keeping the shipped pipeline's out-of-fold types between runs")
    args = ap.parse_args()

    import torch
    from transformers import AutoModel, AutoTokenizer

    from pipeline.embed import _model_dir

    torch.set_num_threads(2)
    torch.manual_seed(SEED)
    rows = load_gold("train")
    extra = [] if args.no_extra else load_gold("train_extra")
    files = sorted({r.file for r in rows})
    fold = np.array([files.index(r.file) % args.folds for r in rows])
    gold = [r.type for r in rows]

    t0 = time.process_time()
    shipped = shipped_oof(rows, fold, args.folds, args.shipped_cache)
    print(f"shipped classifier, {args.folds} folds: {time.process_time() - t0:.0f} s CPU",
          flush=True)

    tok = AutoTokenizer.from_pretrained(str(_model_dir()))
    model = AutoModel.from_pretrained(str(_model_dir()), attn_implementation="eager")
    model.eval()
    frozen = model.config.num_hidden_layers - args.top
    every = rows + extra
    ids = tokenize(tok, [r.text for r in every], contexts(rows) + contexts(extra))
    t0 = time.process_time()
    states = frozen_states(model, ids, tok, frozen)
    print(f"frozen layers ({frozen}) for {len(every)} sentences: "
          f"{time.process_time() - t0:.0f} s CPU", flush=True)
    y = [TYPES.index(r.type) for r in every]

    probs = np.full((len(rows), len(TYPES)), np.nan)
    ks = [args.only_fold] if args.only_fold >= 0 else list(range(args.folds))
    for k in ks:
        tr = [i for i in range(len(rows)) if fold[i] != k] + list(range(len(rows), len(every)))
        te = [i for i in range(len(rows)) if fold[i] == k]
        print(f"fold {k}: train {len(tr)}, score {len(te)}", flush=True)
        top = fit(model, states, y, tr, frozen, args.epochs, args.lr, args.weight)
        probs[te] = predict(top, states, te)
    seen = [i for i in range(len(rows)) if not np.isnan(probs[i, 0])]
    g = [gold[i] for i in seen]
    sp = [shipped[i] for i in seen]
    print(f"\n{len(seen)} out-of-fold TRAIN sentences, "
          f"{sum(x == 'objection' for x in g)} gold objections; top {args.top} layers, "
          f"{args.epochs} epochs, lr {args.lr}, objection weight {args.weight}, "
          f"extra {'no' if args.no_extra else 'yes'}")
    print(line("shipped pipeline (as --cv)", g, [p.type for p in sp]))
    ft = [TYPES[int(np.argmax(probs[i]))] for i in seen]
    print(line("fine-tuned encoder alone", g, ft))
    print(line("combined: ft-type where no rule", g,
               [f if free(p) else p.type for p, f in zip(sp, ft)]))
    o = TYPES.index("objection")
    for th in (0.2, 0.3, 0.4, 0.5, 0.6):
        out = []
        for p, i in zip(sp, seen):
            t = p.type
            if free(p):
                if probs[i, o] >= th:
                    t = "objection"
                elif t == "objection":
                    rest = [j for j in range(len(TYPES)) if j != o]
                    t = TYPES[max(rest, key=lambda j: probs[i, j])]
            out.append(t)
        print(line(f"combined: ft-objection >= {th}", g, out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
