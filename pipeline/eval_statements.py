"""Evaluate statement classification on the hand-labelled gold sentences.

`python -m pipeline.eval_statements` classifies the gold TEST documents' sentences (each as a
sentence, with its item title and any action-column note printed beside it as context) and
prints per-type precision/recall/F1, decision outcome accuracy, action owner and due-date
accuracy (a dash where nothing was there to score), speaker accuracy, sentences/s and a per-body
breakdown; then the same on TRAIN for reference, or with `--cv [K]` out-of-fold on TRAIN (K
models, each trained on the other documents), which is what rules and training settings are tuned
on. Documents, never sentences, are split
(tests/gold/statements/split.json). `--fresh` scores, after TEST, the "fresh" part instead of
TRAIN: documents labelled after the rules of the current round were written, never used for
tuning, so they measure rules that the held-out errors have shaped.
"""
from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .records import STATEMENT_TYPES

__all__ = ["GoldRow", "load_gold", "make_split", "evaluate", "cross_validate", "score",
           "format_report", "main", "GOLD_DIR"]

GOLD_DIR = Path(__file__).resolve().parent.parent / "tests" / "gold" / "statements"
SPLIT_PATH = GOLD_DIR / "split.json"


@dataclass
class GoldRow:
    file: str
    source: str
    item: str
    text: str
    type: str
    outcome: str
    owner: str
    speaker: str
    notes: list[str] = field(default_factory=list)  # an action column printed beside it (input)
    due: str = ""  # an action's printed due date


def body_of(source: str) -> str:
    """The body a source path belongs to: its series folder (dated per-meeting folders roll up)."""
    parts = source.split("/")
    if len(parts) >= 3 and not parts[1][:1].isdigit():
        return "/".join(parts[:2])
    return parts[0]


def _rows(path: Path) -> list[GoldRow]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        r = json.loads(raw)
        out.append(GoldRow(path.name, r.get("source", ""), r.get("item") or "", r["text"],
                           r["type"], r.get("outcome") or "", r.get("owner") or "",
                           r.get("speaker") or "", list(r.get("notes") or []),
                           r.get("due") or ""))
    return out


def make_split(gold_dir: Path = GOLD_DIR, test_share: float = 0.4) -> dict[str, list[str]]:
    """Whole documents to train/test: per body, every ~1/test_share-th document (in name order)
    goes to test, so each body with two or more documents is in both; single-document bodies
    alternate between test and train."""
    by_body: dict[str, list[str]] = defaultdict(list)
    for path in sorted(gold_dir.glob("*.jsonl")):
        rows = _rows(path)
        if rows:
            by_body[body_of(rows[0].source)].append(path.name)
    split: dict[str, list[str]] = {"train": [], "test": []}
    single = 0
    for body in sorted(by_body):
        files = sorted(by_body[body])
        if len(files) == 1:
            split["test" if single % 2 == 0 else "train"].append(files[0])
            single += 1
            continue
        n_test = max(1, round(len(files) * test_share))
        step = len(files) / n_test
        picks = {int(i * step + step / 2) for i in range(n_test)}
        for i, f in enumerate(files):
            split["test" if i in picks else "train"].append(f)
    return {k: sorted(v) for k, v in split.items()}


def load_gold(part: str, gold_dir: Path = GOLD_DIR) -> list[GoldRow]:
    """All gold rows of the documents `split.json` puts in `part` ("train", "test",
    "train_extra": labelled for training, not in the shipped model, or "fresh": labelled after
    the rules were written, never for tuning)."""
    split = json.loads((gold_dir / "split.json").read_text(encoding="utf-8"))
    rows: list[GoldRow] = []
    for name in split.get(part, []):
        if (gold_dir / name).exists():
            rows += _rows(gold_dir / name)
    return rows


def _norm(name: str) -> str:
    name = re.sub(r"^(the|a|an)\s+", "", name.strip().lower())
    return re.sub(r"[^\w/ ]", "", name).strip()


def evaluate(rows: list[GoldRow]) -> dict[str, Any]:
    """Classify `rows` and score them against their labels."""
    from .classify import _models, classify_sentences

    _models()  # load once before timing: sentences/s measures classification, not loading
    t0 = time.perf_counter()
    preds = classify_sentences([(r.text, r.item) for r in rows], [r.notes for r in rows])
    return score(rows, preds, time.perf_counter() - t0)


def cross_validate(rows: list[GoldRow], folds: int = 4) -> dict[str, Any]:
    """Out-of-fold figures on `rows` (the TRAIN documents): documents are dealt into `folds`
    groups; each group is classified by a model trained on the others. This is what rules and
    training settings are tuned on, so that the held-out documents stay unseen."""
    from . import classify
    from .train_statements import train

    files = sorted({r.file for r in rows})
    fold_of = {f: i % folds for i, f in enumerate(files)}
    models = classify._models()
    saved = dict(models)
    preds: list[Any] = [None] * len(rows)
    secs = 0.0
    try:
        for k in range(folds):
            nlp = train([r for r in rows if fold_of[r.file] != k])
            models.update(nlp=nlp, ruler=nlp.get_pipe("minutes_statement_ruler_v1"))
            idx = [i for i, r in enumerate(rows) if fold_of[r.file] == k]
            t0 = time.perf_counter()
            for i, p in zip(idx, classify.classify_sentences(
                    [(rows[i].text, rows[i].item) for i in idx], [rows[i].notes for i in idx])):
                preds[i] = p
            secs += time.perf_counter() - t0
    finally:
        models.clear()
        models.update(saved)
    return score(rows, preds, secs)


def score(rows: list[GoldRow], preds: list[Any], secs: float) -> dict[str, Any]:
    """Figures of `preds` (classify.Prediction) against the labels of `rows`."""
    per: dict[str, dict[str, float]] = {}
    for t in STATEMENT_TYPES:
        tp = sum(p.type == t and r.type == t for p, r in zip(preds, rows))
        fp = sum(p.type == t and r.type != t for p, r in zip(preds, rows))
        fn = sum(p.type != t and r.type == t for p, r in zip(preds, rows))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        per[t] = {"p": prec, "r": rec, "f1": f1, "n": tp + fn}
    both_dec = [(p, r) for p, r in zip(preds, rows) if p.type == r.type == "decision"]
    both_act = [(p, r) for p, r in zip(preds, rows) if p.type == r.type == "action" and r.owner]
    named = [(p, r) for p, r in zip(preds, rows) if r.speaker or p.speaker]
    dated = [(p, r) for p, r in both_act_all(preds, rows) if r.due or p.due]
    return {
        "n": len(rows), "per_type": per, "seconds": secs, "sentences_per_s": len(rows) / secs,
        "accuracy": sum(p.type == r.type for p, r in zip(preds, rows)) / max(1, len(rows)),
        "outcome_acc": sum(p.outcome == r.outcome for p, r in both_dec) / max(1, len(both_dec)),
        "n_outcome": len(both_dec),
        "owner_acc": sum(_norm(p.owner) == _norm(r.owner) for p, r in both_act)
        / max(1, len(both_act)),
        "n_owner": len(both_act),
        "due_acc": sum(_norm(p.due) == _norm(r.due) for p, r in dated) / max(1, len(dated)),
        "n_due": len(dated),
        "speaker_acc": sum(_norm(p.speaker) == _norm(r.speaker) for p, r in zip(preds, rows))
        / max(1, len(rows)),
        "speaker_named_acc": sum(_norm(p.speaker) == _norm(r.speaker) for p, r in named)
        / max(1, len(named)),
        "n_named": len(named),
        "errors": [(r, p) for p, r in zip(preds, rows) if p.type != r.type],
        "speaker_errors": speaker_errors(rows, preds),
        "by_body": _by_body(rows, preds),
    }


def speaker_errors(rows: list[GoldRow], preds: list[Any]) -> list[tuple[GoldRow, Any, str]]:
    """(gold, prediction, the sentence before it in the same item or "") where the speakers
    differ, in document order: what `--speaker-errors` lists."""
    out = []
    for i, (p, r) in enumerate(zip(preds, rows)):
        if _norm(p.speaker) == _norm(r.speaker):
            continue
        prev = rows[i - 1] if i and rows[i - 1].file == r.file and rows[i - 1].item == r.item else None
        out.append((r, p, prev.text if prev else ""))
    return out


def speaker_error_kind(gold: str, pred: str) -> str:
    """How a speaker mismatch is wrong: gold-named/predicted-empty ("missed"), predicted-named/
    gold-empty ("spurious") or a different person ("other")."""
    return "missed" if not pred else "spurious" if not gold else "other"


def format_speaker_errors(errs: list[tuple[GoldRow, Any, str]]) -> str:
    """The speaker mismatches grouped by kind, each with the sentence before it."""
    lines = []
    for kind in ("missed", "spurious", "other"):
        group = [e for e in errs if speaker_error_kind(e[0].speaker, e[1].speaker) == kind]
        lines.append(f"-- speaker {kind}: {len(group)}")
        for r, p, prev in group:
            lines.append(f"  {r.file[:40]:<40} gold={r.speaker[:30]!r} pred={p.speaker[:30]!r}")
            lines.append(f"      before: {prev[:150]}")
            lines.append(f"      text:   {r.text[:150]}")
    return "\n".join(lines)


def both_act_all(preds: list[Any], rows: list[GoldRow]) -> list[tuple[Any, GoldRow]]:
    """The (prediction, gold) pairs that are actions in both."""
    return [(p, r) for p, r in zip(preds, rows) if p.type == r.type == "action"]


def _f1(pairs: list[tuple[str, str]], label: str) -> float:
    tp = sum(p == g == label for p, g in pairs)
    fp = sum(p == label != g for p, g in pairs)
    fn = sum(g == label != p for p, g in pairs)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _by_body(rows: list[GoldRow], preds: list[Any]) -> dict[str, dict[str, float]]:
    """Per body: sentences, type accuracy and F1 of the decision, objection and action types
    (with the gold count of each, so an F1 on two sentences is read as such)."""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for p, r in zip(preds, rows):
        groups[body_of(r.source)].append((p.type, r.type))
    out = {}
    for body, pairs in sorted(groups.items()):
        out[body] = {"n": len(pairs), "accuracy": sum(p == g for p, g in pairs) / len(pairs)}
        for t in ("decision", "objection", "action"):
            out[body][t] = _f1(pairs, t)
            out[body][f"n_{t}"] = sum(g == t for _, g in pairs)
    return out


def _rate(value: float, n: int) -> str:
    """An accuracy to print, or a dash where nothing was there to score."""
    return f"{value:.3f}" if n else "    -"


def format_report(name: str, res: dict[str, Any]) -> str:
    lines = [f"== {name}: {res['n']} sentences, type accuracy {res['accuracy']:.3f}",
             f"{'type':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}"]
    for t, s in res["per_type"].items():
        lines.append(f"{t:<14}{s['p']:>7.3f}{s['r']:>7.3f}{s['f1']:>7.3f}{s['n']:>6.0f}")
    lines += [
        f"decision outcome accuracy  {_rate(res['outcome_acc'], res['n_outcome'])}  "
        f"(on {res['n_outcome']} decisions found as decisions)",
        f"action owner accuracy      {_rate(res['owner_acc'], res['n_owner'])}  "
        f"(on {res['n_owner']} actions found as actions, with a gold owner)",
        f"action due-date accuracy   {_rate(res['due_acc'], res['n_due'])}  "
        f"(on {res['n_due']} actions found as actions, where the gold or the prediction prints a "
        "due date)",
        f"speaker accuracy           {res['speaker_acc']:.3f}  (all sentences; "
        f"{res['speaker_named_acc']:.3f} on the {res['n_named']} where gold or prediction names "
        "someone)",
        f"speed                      {res['sentences_per_s']:.0f} sentences/s",
    ]
    if res.get("by_body"):
        lines.append(f"{'body':<34}{'n':>5}{'acc':>7}  F1 (gold n): decision  objection  action")
        for body, b in res["by_body"].items():
            lines.append(f"{body[:33]:<34}{b['n']:>5}{b['accuracy']:>7.3f}  " + "  ".join(
                f"{b[t]:.2f} ({b['n_' + t]:>2})" for t in ("decision", "objection", "action")))
    return "\n".join(lines)


def _option(argv: list[str], flag: str) -> str:
    """The value after `flag` in `argv`, or ""."""
    nxt = argv[argv.index(flag) + 1:argv.index(flag) + 2] if flag in argv else []
    return nxt[0] if nxt and not nxt[0].startswith("--") else ""


def format_errors(errors: list[tuple[GoldRow, Any]], only: str = "") -> str:
    """The misclassified sentences, one a line; with `only` (a type), just those whose gold or
    predicted type it is, each with its document and item title and the whole sentence, as the
    error tables of docs/ are made from."""
    if not only:
        return "\n".join(f"  gold={r.type:<12} pred={p.type:<12} {p.generator:<34} {r.text[:110]}"
                         for r, p in errors)
    lines = []
    for r, p in errors:
        if only in (r.type, p.type):
            kind = "missed" if r.type == only else "spurious"
            lines += [f"  {kind:<8} gold={r.type:<12} pred={p.type:<12} {p.generator}  {r.file}",
                      f"      item: {r.item}", f"      text: {r.text}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Flags: --write-split (re-deal split.json), --errors (held-out misclassifications; with
    --type T only those of type T in gold or prediction, each with its item title),
    --extra (the train_extra documents instead of TRAIN: six more bodies the shipped model never saw),
    --fresh (the fresh documents instead of TRAIN: labelled after the rules, never tuned on, so
    their misclassifications are never listed),
    --cv [K] (instead of TRAIN with the shipped model: K-fold out-of-fold figures on TRAIN, with
    its misclassifications when --errors is given), --speaker-errors (the speaker mismatches of
TRAIN / --extra, grouped by kind, each with the sentence before it; the held-out ones only with
--test-speakers as well)."""
    argv = sys.argv[1:] if argv is None else argv
    if "--write-split" in argv:
        SPLIT_PATH.write_text(json.dumps(make_split(), indent=1) + "\n", encoding="utf-8")
    cv = 0
    if "--cv" in argv:
        nxt = argv[argv.index("--cv") + 1:argv.index("--cv") + 2]
        cv = int(nxt[0]) if nxt and nxt[0].isdigit() else 4
    parts = (("test", "train_extra") if "--extra" in argv
             else ("test", "fresh") if "--fresh" in argv else ("test", "train"))
    for part in parts:
        if part == "train_extra":
            res = evaluate(load_gold("train_extra"))
            title = "train_extra (documents of more bodies, not in the shipped model)"
        elif part == "fresh":
            res = evaluate(load_gold("fresh"))
            title = "fresh (documents labelled after the rules were written, never tuned on)"
        elif part == "train" and cv:
            res = cross_validate(load_gold("train"), cv)
            title = f"train ({cv}-fold cross-validation by document)"
        else:
            res = evaluate(load_gold(part))
            title = "test (held-out documents)" if part == "test" else "train (for reference)"
        print(format_report(title, res))
        if "--errors" in argv and (part in ("test", "train_extra") or cv):
            print(format_errors(res["errors"], _option(argv, "--type")))
        if "--speaker-errors" in argv and (part not in ("test", "fresh")
                                           or "--test-speakers" in argv):
            # held-out speaker mismatches are listed only on request: rules are fitted on TRAIN
            # (and checked on --extra), the held-out figures are the check
            print(format_speaker_errors(res["speaker_errors"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
