"""Floors on the tracker evaluation against the hand-labelled gold (tests/gold/tracker).

The series' PDFs are ingested once into scratch stores cached under $COMMITTEE_MEMORY_EVAL_CACHE or
the system temp folder (the first run reads 64 PDFs; later runs only re-derive)."""
from __future__ import annotations

import pytest

from pipeline.eval_tracker import CORPUS, GOLD, load_gold, match_statements, overlap
from pipeline.tracker import STATUSES

# Measured with `python -m pipeline.eval_tracker` (see README "Quality"); a change that lowers
# any of these is a regression to explain (or a gold change: re-measure). Explained: status 0.596
# → 0.589 and links P 0.473 → 0.459–0.462 came with changes outside the tracker, bisected to two
# merges that each moved one action: Suffolk 2013-07-08 "10. The General Manager asked for the
# Board to review the quarterly Health and …", a numbered first line of prose taken for the item's
# heading, no longer reaches the threshold as the report-back on "The quarterly reports will be
# sent to the Board …" (statement typing and heading rules), and a Suffolk 2014-11-27 name list no
# longer an item gives a gold-lost action a link (README "Action tracker" figures).
# The vectors differ by CPU: on x86 CPUs without VNNI the int8 encoder is s8-7bit (README "CPUs
# without VNNI"), and the same code measured links P 0.448 / F1 0.360 there against 0.459 / 0.366
# with s8 on a CPU with VNNI (status 0.593 against 0.589); then the merges of the motion-with-result
# join, segmentation and story rounds measured status 0.589, found 0.630, P 0.443, R 0.298, F1
# 0.356 (Suffolk one true link fewer, 25/55 → 24/54; Falls Creek one false link more, 157 → 158
# predicted). The floors sit a little under the lower of the two CPUs' figures.
FLOORS = {"coverage": 0.93, "status_acc": 0.58, "status_acc_found": 0.62, "link_p": 0.435,
          "link_r": 0.29, "link_f1": 0.35}


@pytest.fixture(scope="module")
def results():
    if not CORPUS.is_dir() or not load_gold():
        pytest.skip("corpus or tracker gold not present")
    from pipeline.eval_tracker import evaluate
    return evaluate(GOLD, CORPUS)


def test_gold_follows_its_rules():
    rows = [r for series in load_gold().values() for r in series]
    assert len(rows) >= 150
    for r in rows:
        assert r["status"] in STATUSES and r["kind"] in ("action", "recommendation"), r["id"]
        assert len(r["quote"].split()) >= 4, r["id"]
        assert all(f["date"] > r["date"] for f in r["followups"]), r["id"]
        if r["status"] in ("lost", "open"):
            assert not r["followups"], r["id"]


def test_quotes_match_stored_sentences_on_the_page():
    stored = [{"id": "a", "source_file": "../shared/corpus/x/board/m.pdf", "page": 2,
               "text": "Minute 21/25: The Clerk reported that the application had been withdrawn."},
              {"id": "b", "source_file": "../shared/corpus/x/board/m.pdf", "page": 2,
               "text": "One quotation had been received and two more were awaited."},
              {"id": "c", "source_file": "../shared/corpus/x/board/m.pdf", "page": 5,
               "text": "One quotation had been received and two more were awaited."},
              {"id": "d", "source_file": "../shared/corpus/y/board/m.pdf", "page": 2,
               "text": "One quotation had been received and two more were awaited."}]
    quote = {"file": "x/board/m.pdf", "page": 2,
             "quote": "Minute 21/25: The Clerk reported that the application had been withdrawn. "
                      "One quotation had been received and two more were awaited."}
    assert set(match_statements(quote, stored)) == {"a", "b"}
    assert overlap("The Clerk to write to the County.", "The Board noted the report.") == 0.0


def test_status_and_link_floors(results):
    o = results["OVERALL"]
    got = {k: round(o[k], 3) for k in FLOORS}
    low = {k: v for k, v in got.items() if v < FLOORS[k]}
    assert not low, f"below floor: {low} (floors {FLOORS})"
    assert o["actions"] >= 150 and o["gold_links"] > 0


def test_each_series_is_scored(results):
    assert {"suffolk_libraries_board", "falls_creek_ranch_hoa"} <= set(results)
    assert all(r["found"] > 0 for r in results.values())


def test_a_draft_copy_of_the_same_meeting_matches_too():
    text = "The new south well was drilled late July, west of Falls Creek Main."
    stored = [{"id": "final", "source_file": "/c/fcr/minutes_2023_10_26.pdf", "page": 3,
               "date": "2023-10-26", "text": text},
              {"id": "draft", "source_file": "/c/fcr/minutes_2023_10_26_draft.pdf", "page": 3,
               "date": "2023-10-26", "text": text},
              {"id": "other day", "source_file": "/c/fcr/minutes_2023_11_30.pdf", "page": 3,
               "date": "2023-11-30", "text": text},
              {"id": "other body", "source_file": "/c/hoa2/minutes_2023_10_26.pdf", "page": 3,
               "date": "2023-10-26", "text": text}]
    quote = {"file": "fcr/minutes_2023_10_26.pdf", "date": "2023-10-26", "page": 3,
             "quote": text}
    # the cited file first, then its draft; never another meeting or another body's minutes
    assert match_statements(quote, stored) == ["final", "draft"]


def test_diagnostics_tell_a_split_quote_from_one_not_stored():
    from pipeline.tracker_diag import _nearest
    # the quote's first half merged into a sentence of other business, its rest elsewhere
    stored = [{"id": "a", "source_file": "/c/x/board/m.pdf", "page": 2,
               "text": "The Clerk reported that the application had been withdrawn. The "
                       "treasurer presented the accounts for the year and the budget."},
              {"id": "b", "source_file": "/c/x/board/m.pdf", "page": 2,
               "text": "Members noted that late fees rose by 3 % in May and June."},
              {"id": "c", "source_file": "/c/y/board/m.pdf", "page": 2,
               "text": "The Clerk reported that the application had been withdrawn by the "
                       "applicant on 3 May."}]
    quote = {"file": "x/board/m.pdf", "page": 2,
             "quote": "The Clerk reported that the application had been withdrawn by the "
                      "applicant on 3 May."}
    # no stored statement of its file matches it, the nearest holds over half: segmentation
    assert not match_statements(quote, stored[:2])
    share, text = _nearest(quote, stored)
    assert 0.5 <= share < 0.8 and text == stored[0]["text"]
    assert _nearest({**quote, "page": 7}, stored) == (0.0, "")


def test_status_causes_name_why_each_status_is_wrong(monkeypatch):
    import numpy as np

    from pipeline import tracker_diag
    from pipeline.tracker import ActRow, MeetingRow
    meetings = [MeetingRow(f"m{k}", "Board", f"2020-0{k}-01", k) for k in range(1, 6)]
    texts = [("m1", "action", "AB to circulate the draft parking survey to members."),
             ("m1", "action", "CD to obtain three quotes for the roof repair."),
             ("m2", "information", "AB reported that the parking survey had been circulated."),
             ("m3", "information", "The builders' estimates arrived and the cheapest was taken."),
             ("m4", "information", "The grant application was discussed at length.")]
    rows = [ActRow(f"s{k}", f"i{k}", m, t, x, item_title="Matters")
            for k, (m, t, x) in enumerate(texts)]
    vecs = np.eye(8, dtype=np.float32)[:len(rows)]
    vecs[2] = (vecs[0] + 0.3 * vecs[2]) / np.linalg.norm(vecs[0] + 0.3 * vecs[2])
    stored = [{"id": r.id, "source_file": f"/c/b/{r.meeting_id}.pdf", "page": 1,
               "date": next(m.date for m in meetings if m.id == r.meeting_id), "text": r.text}
              for r in rows]

    def quote(k):
        return {"file": f"b/{rows[k].meeting_id}.pdf", "date": stored[k]["date"], "page": 1,
                "quote": rows[k].text}
    gold = [{"id": "survey", **quote(0), "followups": [quote(2)], "status": "done"},
            {"id": "roof", **quote(1), "followups": [quote(3)], "status": "done"},
            {"id": "grant", **quote(4), "followups": [], "status": "open"}]
    monkeypatch.setattr(tracker_diag, "series_rows",
                        lambda series: (gold, meetings, rows, vecs, {}, stored))
    out = {r["id"]: r for r in tracker_diag.status_causes("x")}
    assert set(out) == {"roof", "grant"}  # the survey is read right: not listed
    assert (out["roof"]["gold"], out["roof"]["pred"]) == ("done", "lost")
    assert out["roof"]["cause"].startswith("no link; gold follow-ups missed: ")
    assert out["grant"] == {"id": "grant", "gold": "open", "pred": "not found",
                            "cause": "action not found"}
