"""Held-out statement figures must not regress (floors just under the measured values)."""
from __future__ import annotations

import json

import pytest

from pipeline.classify import Prediction
from pipeline.eval_statements import (GOLD_DIR, GoldRow, evaluate, format_errors, load_gold,
                                      make_split)

# Measured on the held-out documents of split.json with the shipped model and rules; a change
# that lowers any of these is a regression to explain (or a gold change: re-measure).
FLOORS = {"accuracy": 0.80, "decision_f1": 0.94, "outcome_acc": 0.97, "action_f1": 0.92,
          "objection_f1": 0.70, "owner_acc": 0.94, "speaker_acc": 0.745}


@pytest.fixture(scope="module")
def held_out() -> dict:
    return evaluate(load_gold("test"))


def test_split_keeps_documents_whole_and_apart() -> None:
    split = json.loads((GOLD_DIR / "split.json").read_text(encoding="utf-8"))
    train = set(split["train"]) | set(split["train_extra"])
    assert not train & set(split["test"])
    on_disk = {p.name for p in GOLD_DIR.glob("*.jsonl")}
    assert train | set(split["test"]) <= on_disk
    assert set(make_split()["test"]) <= on_disk
    # documents labelled after the rules were written are in no other part
    fresh = set(split["fresh"])
    assert fresh <= on_disk
    assert not fresh & (train | set(split["test"]))


def test_held_out_figures_stay_above_floors(held_out: dict) -> None:
    got = {"accuracy": held_out["accuracy"],
           "decision_f1": held_out["per_type"]["decision"]["f1"],
           "outcome_acc": held_out["outcome_acc"],
           "action_f1": held_out["per_type"]["action"]["f1"],
           "objection_f1": held_out["per_type"]["objection"]["f1"],
           "owner_acc": held_out["owner_acc"],
           "speaker_acc": held_out["speaker_acc"]}
    low = {k: round(v, 3) for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below floor: {low} (floors {FLOORS})"


def test_action_column_notes_reach_the_classifier() -> None:
    # the pipeline reads an action column beside a sentence as its note (Unit.notes); the gold
    # carries the same cell as input, so the evaluation sees what the pipeline sees
    noted = [r for r in load_gold("train") if r.notes]
    assert len(noted) >= 10
    res = evaluate(noted)
    assert res["per_type"]["action"]["r"] == 1.0
    assert res["owner_acc"] == 1.0 and res["n_owner"] >= 8


def test_fresh_part_loads_and_is_scored() -> None:
    # no floor: the fresh documents measure the rules, they never set a target
    rows = load_gold("fresh")
    assert len(rows) >= 150 and len({r.file for r in rows}) >= 2
    assert sum(r.type == "objection" for r in rows) >= 20
    res = evaluate(rows)
    assert res["n"] == len(rows)
    assert set(res["per_type"]) >= {"objection", "decision", "question"}
    assert 0.0 <= res["per_type"]["objection"]["f1"] <= 1.0


def test_speed_is_reported(held_out: dict) -> None:
    # speed targets are checked by the benchmark (python -m pipeline.bench), not by timing tests
    assert held_out["sentences_per_s"] > 0


def test_figures_are_reported_per_body(held_out: dict) -> None:
    bodies = held_out["by_body"]
    assert len(bodies) >= 8  # the held-out documents come from many bodies, not one
    assert sum(b["n"] for b in bodies.values()) == held_out["n"]
    assert sum(b["n_objection"] for b in bodies.values()) == \
        held_out["per_type"]["objection"]["n"]


def test_cross_validation_scores_every_sentence_out_of_fold() -> None:
    from pipeline.eval_statements import cross_validate

    rows = [r for r in load_gold("train") if r.file.startswith(("suffolk", "misc"))]
    res = cross_validate(rows, folds=2)
    assert res["n"] == len(rows)
    assert 0.0 < res["accuracy"] < 1.0  # out-of-fold: neither empty nor memorised


def test_errors_of_one_type_carry_their_item_title() -> None:
    row = GoldRow("a.jsonl", "a.pdf", "7 Depot relocation", "Cllr Ruiz said the site flooded.",
                  "objection", "", "", "")
    other = GoldRow("a.jsonl", "a.pdf", "8 Minutes", "The minutes were read.", "information",
                    "", "", "")
    errors = [(row, Prediction("information")), (other, Prediction("decision"))]
    text = format_errors(errors, "objection")
    assert "missed" in text and "7 Depot relocation" in text and "The minutes" not in text
    assert len(format_errors(errors).splitlines()) == 2
