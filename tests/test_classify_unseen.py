"""Statement typing on sentences in the styles of bodies the rules were not written from.

Each case pairs a sentence that used to be mistyped with a neighbour the same rule must leave alone,
so that a rule made too broad or too narrow fails here."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_split import make_splitter, split_item
from pipeline.records import Item, Line


@pytest.mark.parametrize("text,type_,outcome", [
    # a named member asking whether: a question, even where the classifier reads information
    ("Cr Okafor asked whether the library could stay open until 8pm on Thursdays.", "question", ""),
    ("Trustee Lindqvist enquired if the grant could be spent on the roof.", "question", ""),
    # a "Motion:" line is what is moved, whatever it moves; a result on it still decides
    ("Motion: Commissioner Baptiste moved, Commissioner Ng seconded, to rescind the March 3 "
     "approval of the parking permit fee.", "proposal", ""),
    ("Motion: Director Haas moved, Director Ueda seconded, to approve the budget. Motion carried "
     "5-0.", "decision", "approved"),
    # a closing stance outweighs the worries it reports
    ("Mr Patel said families had told the centre that the scheme had helped them with worries "
     "that nobody else could resolve, and he supported the extension.", "argument_for", ""),
    # another body's decision, reported in the perfect, is news
    ("The Secretary reported that the parish council had approved the use of the field.",
     "information", ""),
    # an attendance line is not a task, though a name in it carries a role in brackets
    ("Trustees: Mrs Ada Pryce (Chair), Mr Tom Hale, Ms Rita Gomes", "information", ""),
    # a sentence-opening result word decides only as a result
    ("Lost 3-4.", "decision", "rejected"),
    ("Carried unanimously.", "decision", "approved"),
    ("CARRIED", "decision", "approved"),
])
def test_unseen_styles(text: str, type_: str, outcome: str) -> None:
    pred = classify_sentences([(text, "5 General business")])[0]
    assert (pred.type, pred.outcome) == (type_, outcome), pred.generator


def test_a_result_word_opening_an_ordinary_sentence_decides_nothing() -> None:
    preds = classify_sentences([("Lost property was handed in to the office.", "5 General"),
                                ("Passed footpaths were inspected by the warden.", "5 General")])
    assert [p.type for p in preds if p.type == "decision"] == []


def test_closing_support_rule_leaves_support_for_concerns_alone() -> None:
    pred = classify_sentences([("Cllr Reyes said the design would not address flooding, and she "
                                "supported the concerns raised by residents.", "6 Flood works")])[0]
    assert pred.generator != "rule:argument_for.she_supported"


def _item(text: str) -> Item:
    lines = [Line(text, 2)]
    return Item(id="m1-i1", meeting_id="m1", number="26", title="26 Home Care", page_start=2,
                page_end=2, text=text, lines=lines)


def test_lettered_resolution_splits_into_decision_and_action_with_owner() -> None:
    text = ("RESOLVED – (a) that the update be received; (b) that the Director of Housing "
            "circulate the repair figures by ward before the next meeting.")
    units = split_item(_item(text), make_splitter())
    assert [u.text for u in units] == [
        "RESOLVED – (a) that the update be received;",
        "(b) that the Director of Housing circulate the repair figures by ward before the next "
        "meeting."]
    preds = classify_sentences([(u.text, "26 Home Care") for u in units])
    assert [p.type for p in preds] == ["decision", "action"]
    assert preds[1].owner == "Director of Housing"


def test_unlettered_resolution_and_lettered_body_decision_stay_whole() -> None:
    text = "RESOLVED – that the item on day services be deferred to the March 2025 meeting."
    assert len(split_item(_item(text), make_splitter())) == 1
    text = ("RESOLVED: (a) that the accounts be approved; (b) that the Committee note the audit "
            "letter.")
    units = split_item(_item(text), make_splitter())
    preds = classify_sentences([(u.text, "26 Accounts") for u in units])
    assert [p.type for p in preds] == ["decision", "decision"]
