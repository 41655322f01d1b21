"""Matching current findings to the hand-reviewed ones (pipeline/eval_findings.py)."""
from __future__ import annotations

import json

from pipeline.eval_findings import load_reviews, match, summarise


def _finding(kind, *evidence):
    return {"id": "f-x", "kind": kind,
            "evidence": [{"date": d, "quote": q, "page": 1, "source_file": "/c/a.pdf"}
                         for d, q in evidence]}


def _review(kind, verdict, *evidence):
    return _finding(kind, *evidence) | {"verdict": verdict, "review": "r", "date": evidence[0][0]}


def test_a_quote_cut_or_spaced_differently_still_matches_its_review():
    reviewed = _review("dropped_objection", "false",
                       ("2023-07-18", "Councilmember Herrera Spencer questioned whether the $10 "
                                      "million for the ferry terminal put up by the developer"))
    now = _finding("dropped_objection", ("2023-07-18", "Councilmember  Herrera Spencer questioned "
                                         "whether the $10 million for the ferry terminal put up by "
                                         "the developer is the same as the City putting up"))
    assert match([now], [reviewed]) == [(now, reviewed)]


def test_another_date_kind_or_quote_does_not_match():
    reviewed = _review("dropped_objection", "partly", ("2012-10-17", "Was the training "
                                                       "requirement for fire wardens too onerous?"))
    others = [_finding("dropped_objection", ("2013-10-17", "Was the training requirement for fire "
                                                           "wardens too onerous?")),
              _finding("undocumented_reversal", ("2012-10-17", "Was the training requirement for "
                                                               "fire wardens too onerous?")),
              _finding("dropped_objection", ("2012-10-17", "There is concern over double "
                                                           "taxation."))]
    assert [r for _, r in match(others, [reviewed])] == [None, None, None]
    stats = summarise(match(others, [reviewed]), [reviewed])["dropped_objection"]
    assert stats["unreviewed"] == 2 and stats["reviewed_true_or_partly_kept"] == 0


def test_the_latest_review_of_a_finding_wins(tmp_path):
    ev = [{"date": "2016-10-27", "quote": "Suffolk Libraries believes it cannot make any further "
                                          "savings.", "page": 5}]
    row = {"kind": "dropped_objection", "evidence": ev, "date": "2016-10-27"}
    (tmp_path / "findings_review.jsonl").write_text(json.dumps(row | {"verdict": "partly"}))
    (tmp_path / "findings_review_4.jsonl").write_text(json.dumps(row | {"verdict": "false"}))
    reviews = load_reviews(tmp_path)
    assert [r["verdict"] for r in reviews] == ["false"]


def test_the_hand_reviews_load():
    reviews = load_reviews()
    assert len(reviews) >= 100
    assert {r["kind"] for r in reviews} == {"dropped_objection", "undocumented_reversal"}
    assert all(r["verdict"] in ("true", "partly", "false") and r["evidence"] for r in reviews)
