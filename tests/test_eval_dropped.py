"""The dropped-objection recall gold (tests/gold/dropped_gold.jsonl) and its scoring
(pipeline/eval_dropped.py): the gold's quotes are on their pages, the matcher finds an objection
cut differently by the segmenter, and floors on recall and false positives over the gold series."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from pipeline.eval_dropped import GOLD, VERDICTS, coverage, load_gold, match_statement, score
from pipeline.eval_cache import corpus_dir

CORPUS = corpus_dir()

# measured on the gold series stores (python -m pipeline.eval_dropped, README "Quality"): recall
# 2/8 (the Suffolk income-tax risk; an Alameda Planning Board member "struggling with the 1000ft
# standard", once carried forward on one shared word by a later "There was a discussion on …"), no
# answered objection reported, 59/59 objections found as a statement, 35 typed objection. Of the 6
# missed: 2 typed information (a request "asked that … is checked with Birketts"; "we have not
# signed off", which the statement gold labels information), 2 answered by statements that do not
# take up the point, 1 a public comment settled by a member's speech typed decision (unsettled,
# it bears 0.198 < 0.2 on its own item, and three other comments of that workshop are reported,
# two reviewed false), 1 under the later-item gate: a procedural complaint ("these workshops were
# a sham") bears 0.278 < 0.3 on the later items (lowering that bar to the point's own bearing
# found it, and three corpus findings reviewed false with it).
RECALL_FLOOR = 2  # gold dropped objections reported
FALSE_POSITIVE_CEILING = 0.1  # of the gold answered objections, share reported as dropped
FOUND_FLOOR = 55  # gold objections a stored statement holds (segmentation)
TYPED_FLOOR = 30  # of them typed objection (classification)


def _stmt(sid, text, date="2014-01-30", src="/c/suffolk_libraries/board/m-2014-01-30.pdf",
          type="objection"):
    return {"id": sid, "text": text, "date": date, "source_file": src, "type": type,
            "item_id": "i1", "item_title": "Pay and Reward"}


def _gold(verdict, quote, date="2014-01-30", source="suffolk_libraries/board/m-2014-01-30.pdf"):
    return {"body": "suffolk_libraries/board", "thread_id": "PAY", "date": date, "source": source,
            "page": 2, "quote": quote, "verdict": verdict}


def test_the_gold_loads_with_known_verdicts_and_answers_where_due():
    gold = load_gold()
    assert len(gold) >= 30
    assert {g["verdict"] for g in gold} <= set(VERDICTS)
    assert sum(g["verdict"] == "dropped" for g in gold) >= 4
    for g in gold:
        assert g["quote"] and g["page"] >= 1 and g["reason"], g
        if g["verdict"] in ("answered", "carried"):
            assert g["answer"] and g["answer"]["quote"] and g["answer"]["date"] >= g["date"], g
        else:
            assert g["answer"] is None, g


def test_a_bad_verdict_names_the_line(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text('{"verdict": "answered"}\n{"verdict": "maybe"}\n')
    with pytest.raises(ValueError, match="line 2: verdict 'maybe'"):
        load_gold(path)


def _page_words(source: str, page: int) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page + 1),
                           str(CORPUS / source), "-"], capture_output=True, text=True).stdout
    text = re.sub(r"-\s+", "", text.lower()).replace("-", "").replace("\u2019", "")
    return re.findall(r"[a-z0-9%$&]+", text.replace("'", ""))


def _on_page(quote: str, words: list[str]) -> bool:
    """Every word of the quote in order, within a window a little longer than the quote (the text
    layer interleaves the action column and page furniture)."""
    q = re.findall(r"[a-z0-9%$&]+", re.sub(r"-\s+", "", quote.lower()).replace("-", "")
                   .replace("\u2019", "").replace("'", ""))
    for start, w in enumerate(words):
        if w != q[0]:
            continue
        k = 0
        for x in words[start:start + len(q) + 12]:
            if k < len(q) and x == q[k]:
                k += 1
        if k == len(q):
            return True
    return False


def test_every_gold_quote_is_on_its_page():
    if not CORPUS.is_dir() or shutil.which("pdftotext") is None:
        pytest.skip("corpus or pdftotext not present")
    missing = []
    for g in load_gold():
        for where in [g] + ([g["answer"]] if g["answer"] else []):
            if not _on_page(where["quote"], _page_words(where["source"], where["page"])):
                missing.append((where["source"], where["page"], where["quote"][:60]))
    assert not missing


def test_coverage_counts_the_quote_words_the_text_holds():
    assert coverage("in-person meetings", "resume in- person meetings") == 1.0
    assert coverage("a b c d", "a b") == 0.5
    assert coverage("", "anything") == 0.0


def test_the_matcher_takes_the_statement_holding_most_of_the_quote_on_that_date():
    g = _gold("dropped", "There may be an income tax issue if a staff member receives more than "
                         "one award and the General Manager is awaiting a response")
    cut = _stmt("s2", "There may be an income tax issue if a staff member receives more than one "
                      "award")
    other = _stmt("s1", "AM queried whether the Pay and Reward scheme would be cost-effective")
    elsewhere = _stmt("s3", g["quote"], date="2014-03-20")
    assert match_statement(g, [other, cut, elsewhere])["id"] == "s2"
    assert match_statement(g, [other, elsewhere]) is None


def test_recall_and_false_positives_count_findings_on_the_matched_statements():
    gold = [_gold("dropped", "There may be an income tax issue if a staff member receives more "
                             "than one award"),
            _gold("answered", "AM queried whether the Pay and Reward scheme would be "
                              "cost-effective and practical"),
            _gold("dropped", "The IT outages are happening all too frequently")]
    statements = [_stmt("s1", gold[0]["quote"] + "."), _stmt("s2", gold[1]["quote"] + "."),
                  _stmt("s3", "The IT outages are happening all too frequently.", type="information")]
    findings = [{"kind": "dropped_objection", "statement_ids": ["s1"], "evidence": []},
                {"kind": "dropped_objection", "statement_ids": ["s2"], "evidence": []},
                {"kind": "undocumented_reversal", "statement_ids": ["s3"], "evidence": []}]
    s = score(gold, statements, findings)["summary"]
    assert (s["dropped_reported"], s["dropped"], s["recall"]) == (1, 2, 0.5)
    assert (s["answered_reported"], s["false_positive_rate"]) == (1, 1.0)
    assert (s["found_as_statement"], s["typed_objection"]) == (3, 2)


def test_floors_on_the_gold_series():
    if not CORPUS.is_dir() or not GOLD.is_file():
        pytest.skip("corpus or dropped gold not present")
    from pipeline.eval_dropped import evaluate
    s = evaluate()["summary"]
    assert s["dropped_reported"] >= RECALL_FLOOR, s
    assert s["false_positive_rate"] <= FALSE_POSITIVE_CEILING, s
    assert s["carried_or_open_reported"] <= 1, s
    assert s["found_as_statement"] >= FOUND_FLOOR, s
    assert s["typed_objection"] >= TYPED_FLOOR, s


def test_the_record_status_is_counted_per_gold_verdict():
    gold = [_gold("dropped", "There may be an income tax issue"),
            _gold("answered", "AM queried whether the scheme would be cost-effective"),
            _gold("carried", "The IT outages are happening all too frequently")]
    statements = [_stmt("s1", gold[0]["quote"]), _stmt("s2", gold[1]["quote"]),
                  _stmt("s3", gold[2]["quote"], type="information")]
    s = score(gold, statements, [], statuses={"s1": "dropped", "s2": "carried_forward"})
    by = s["summary"]["status_by_verdict"]
    assert by["dropped"] == {"dropped": 1} and by["answered"] == {"carried_forward": 1}
    assert by["carried"] == {"-": 1} and by["open"] == {}
    assert [r["status"] for r in s["rows"]] == ["dropped", "carried_forward", ""]

