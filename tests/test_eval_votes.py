"""Floors on the vote evaluation against the hand-labelled gold (tests/gold/votes)."""
from __future__ import annotations

import pytest

from pipeline.eval_votes import CORPUS, GOLD


@pytest.fixture(scope="module")
def results():
    if not CORPUS.is_dir() or not any(GOLD.glob("*.json")):
        pytest.skip("corpus or gold votes not present")
    from pipeline.eval_votes import evaluate
    return evaluate(GOLD, CORPUS)


def test_gold_size():
    import json
    files = [json.loads(p.read_text()) for p in GOLD.glob("*.json")]
    assert len(files) >= 14 and sum(len(f["votes"]) for f in files) >= 100


def test_per_member_floor(results):
    assert results["OVERALL"]["member_acc"] >= 0.95


def test_tally_floor(results):
    assert results["OVERALL"]["tally_acc"] >= 0.95


def test_recall_and_link_floors(results):
    o = results["OVERALL"]
    assert o["recall"] >= 0.95
    assert o["result_acc"] >= 0.93
    assert o["link_acc"] >= 0.80
    assert o["mover_acc"] >= 0.85
