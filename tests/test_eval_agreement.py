"""The second, independent labelling of the held-out sentences lines up with the gold and agrees
with it far above chance (a check on the gold itself, not on the classifier)."""
from __future__ import annotations

import json

import pytest

from pipeline.eval_agreement import SECOND_DIR, agreement, load_pairs, pair_f1
from pipeline.eval_statements import load_gold


def test_every_held_out_document_has_a_second_labelling_in_step() -> None:
    pairs = load_pairs()
    assert len(pairs) == len(load_gold("test"))
    assert {p.gold.file for p in pairs} == {r.file for r in load_gold("test")}


def test_the_two_labellings_agree_well_above_chance() -> None:
    pairs = load_pairs()
    first = [p.gold.type for p in pairs]
    second = [p.second_type for p in pairs]
    raw, kappa = agreement(first, second)
    assert kappa >= 0.8 and raw >= 0.88
    # objections, the type hardest for the classifier, are still typed alike by two people
    assert pair_f1(first, second, "objection") >= 0.8


def test_agreement_and_f1_on_small_cases() -> None:
    assert agreement(["a", "b", "a", "b"], ["a", "b", "a", "b"]) == (1.0, 1.0)
    raw, kappa = agreement(["a", "a", "b", "b"], ["a", "b", "a", "b"])
    assert raw == 0.5 and abs(kappa) < 1e-9  # no better than chance
    assert pair_f1(["x", "y", "x"], ["x", "x", "y"], "x") == pytest.approx(0.5)
    assert pair_f1(["y"], ["y"], "x") == 0.0


def test_a_second_file_out_of_step_is_named(tmp_path) -> None:
    name = sorted(SECOND_DIR.glob("*.jsonl"))[0].name
    rows = [json.loads(x) for x in (SECOND_DIR / name).read_text(encoding="utf-8").splitlines()]
    (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows[:-1]), encoding="utf-8")
    with pytest.raises(ValueError, match=name):
        load_pairs(second_dir=tmp_path)
