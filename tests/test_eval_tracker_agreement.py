"""The second, independent labelling of the tracker gold lines up with the first and is compared
with it by the same quote matcher eval_tracker uses (a check on the gold itself, not on the
tracker)."""
from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline.eval_tracker import load_gold
from pipeline.eval_tracker_agreement import (SECOND, STATUSES, Pair, compare, link_counts,
                                             load_pairs, meeting_counts)


def test_the_sample_is_the_stated_rule_and_lines_up_with_the_first_labelling() -> None:
    pairs = load_pairs()
    first = load_gold()
    by_series = Counter(p.series for p in pairs)
    assert by_series["falls_creek_ranch_hoa"] >= 20 and by_series["suffolk_libraries_board"] >= 20
    # every 7th Falls Creek line and every 5th Suffolk line (tracker_second/README.md)
    for series, step in (("falls_creek_ranch_hoa", 7), ("suffolk_libraries_board", 5)):
        expected = [r["id"] for k, r in enumerate(first[series]) if k % step == 0]
        assert [p.first["id"] for p in pairs if p.series == series] == expected
    for p in pairs:
        assert p.first["quote"] == p.second["quote"] and p.first["file"] == p.second["file"]
        assert p.second["status"] in STATUSES and p.second["evidence"]
        for f in p.second["followups"]:
            assert f["date"] > p.second["date"] and f["file"].startswith(
                p.second["file"].split("/")[0]) and len(f["quote"].split()) >= 4
    # the sample mixes statuses in both labellings
    assert len({p.first["status"] for p in pairs}) >= 4
    assert len({p.second["status"] for p in pairs}) >= 4


def test_the_figures_are_computed_on_the_real_labels() -> None:
    r = compare(load_pairs())
    assert r["actions"] >= 40
    assert 0.0 <= r["status_agreement"] <= 1.0 and -1.0 <= r["kappa"] <= 1.0
    assert r["first_links"] > 0 and r["second_links"] > 0 and r["tp_first"] > 0
    assert 0.0 < r["link_f1"] <= 1.0 and 0.0 < r["meeting_f1"] <= 1.0
    # two careful readers agree on status far above chance
    assert r["kappa"] > 0.5


def _fu(date: str, page: int, quote: str, file: str = "body/m.pdf") -> dict:
    return {"file": file, "date": date, "page": page, "quote": quote}


def test_follow_ups_match_as_eval_tracker_matches_them() -> None:
    said = "The revised opening hours are in place and the issues raised have been addressed."
    first = [_fu("2020-02-01", 2, said), _fu("2020-03-01", 1, "The report was circulated to all members.")]
    # the same report quoted with a lead-in, one page on, plus a follow-up the first reader did not give
    second = [_fu("2020-02-01", 3, "Aldeburgh library – " + said),
              _fu("2020-04-01", 5, "The General Manager will chase the council for a reply.")]
    assert link_counts(first, second) == (1, 2, 1, 2)
    # two pages away, another file or too few shared words: no match
    assert link_counts(first[:1], [_fu("2020-02-01", 4, said)]) == (0, 1, 0, 1)
    assert link_counts(first[:1], [_fu("2020-02-01", 2, said, "other/m.pdf")]) == (0, 1, 0, 1)
    assert link_counts(first[:1], [_fu("2020-02-01", 2, "The opening hours are under review.")]) \
        == (0, 1, 0, 1)
    assert meeting_counts(first, second) == (1, 2, 1, 2)


def test_a_hand_made_pair_scores_as_expected() -> None:
    a = {"id": "x-1", "date": "2020-01-01", "quote": "q", "file": "body/m.pdf"}
    pairs = [
        Pair("s", {**a, "status": "done", "followups": [_fu("2020-02-01", 1, "The plan was presented and adopted by the Board.")]},
             {**a, "status": "done", "followups": [_fu("2020-02-01", 1, "The plan was presented and adopted by the Board.")]}),
        Pair("s", {**a, "status": "lost", "followups": []},
             {**a, "status": "in_progress", "followups": [_fu("2020-03-01", 2, "Work on the plan continues this month.")]}),
        Pair("s", {**a, "status": "lost", "followups": []}, {**a, "status": "lost", "followups": []}),
        Pair("s", {**a, "status": "done", "followups": [_fu("2020-02-01", 1, "The survey results were shared with staff.")]},
             {**a, "status": "done", "followups": []}),
    ]
    r = compare(pairs)
    assert r["status_agreement"] == pytest.approx(0.75)
    # p_o 0.75, p_e (2*2 + 2*1 + 0*1) / 16 = 0.375 → kappa 0.6
    assert r["kappa"] == pytest.approx(0.6)
    assert (r["tp_second"], r["second_links"], r["tp_first"], r["first_links"]) == (1, 2, 1, 2)
    assert r["link_p"] == pytest.approx(0.5) and r["link_f1"] == pytest.approx(0.5)


def test_a_second_row_out_of_step_is_named(tmp_path) -> None:
    name = sorted(SECOND.glob("*.jsonl"))[0].name
    rows = [json.loads(x) for x in (SECOND / name).read_text(encoding="utf-8").splitlines() if x]
    rows[0]["quote"] = rows[0]["quote"] + " and more"
    (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{name}, line 1 .*quote"):
        load_pairs(second_dir=tmp_path)
    rows[0]["quote"] = rows[0]["quote"][: -len(" and more")]
    rows[1]["followups"] = [{**_fu(rows[1]["date"], 1, "Reported at the same meeting as the action.")}]
    (tmp_path / name).write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with pytest.raises(ValueError, match=rf"{name}, line 2 .*not after"):
        load_pairs(second_dir=tmp_path)
