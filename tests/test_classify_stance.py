"""Stance from the recorded vote: remarks of a member who voted against the item."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_stance import agreed_with, dissenters, voted_against

REMARKS = ("Councilmember Vella stated the City Clerk has already provided options; Council has "
           "the opportunity to address items in real time during meetings without a new rule.")
MOVED = "Councilmember Herrera Spencer moved approval of the referral."
VOTE = ("Vice Mayor Daysog seconded the motion, which failed by the following voice vote: Ayes: "
        "Councilmembers Daysog and Herrera Spencer – 2. Noes: Councilmembers Jensen, Vella and "
        "Mayor Ezzy Ashcraft – 3.")


def test_dissenters_are_the_noes_of_a_motion_to_approve() -> None:
    assert dissenters([REMARKS, MOVED, VOTE]) == ["Ezzy Ashcraft", "Jensen", "Vella"]


@pytest.mark.parametrize("moved", [
    "Councilmember Herrera Spencer moved to defer the referral to June.",
    "Councilmember Herrera Spencer moved to refer the matter to the Finance Committee.",
])
def test_a_no_to_deferring_or_referring_is_not_a_no_to_the_item(moved: str) -> None:
    assert dissenters([REMARKS, moved, VOTE]) == []


def test_no_vote_no_dissenters() -> None:
    assert dissenters([REMARKS, "The report was noted."]) == []


def test_voted_against_matches_titles_and_surnames() -> None:
    assert voted_against("Councilmember Vella", ["Jensen", "Vella"])
    assert not voted_against("Councilmember Daysog", ["Jensen", "Vella"])
    assert not voted_against("", ["Jensen", "Vella"])


def test_remarks_of_a_member_who_voted_no_are_an_objection() -> None:
    item = "(23-319) Council Referral - Speaking Times"
    preds = classify_sentences([(REMARKS, item), (MOVED, item), (VOTE, item)])
    assert preds[0].type == "objection"
    assert preds[0].generator == "rule:stance.voted_no"
    assert preds[2].type == "decision"  # the vote itself stays the body's decision


def test_without_the_vote_the_same_remarks_are_not_made_objections_by_stance() -> None:
    item = "(23-319) Council Referral - Speaking Times"
    [pred] = classify_sentences([(REMARKS, item)])
    assert pred.generator != "rule:stance.voted_no"


def test_a_question_by_a_member_who_voted_no_stays_a_question() -> None:
    item = "(23-319) Council Referral - Speaking Times"
    asked = ("Councilmember Vella inquired whether other agencies place the Consent Calendar at "
             "the end of the agenda and how long their public comment periods usually run.")
    preds = classify_sentences([(asked, item), (MOVED, item), (VOTE, item)])
    assert preds[0].type == "question"


@pytest.mark.parametrize("text,name", [
    ("Melissa Donahue agreed with Nanette Geller.", "Nanette Geller"),
    ("Jay Garfinkle endorsed the letter discussed by Chris Buckley.", "Chris Buckley"),
    ("She concurred with the comments made by Board Member Teague.", "Board Member Teague"),
    ("Ann Lee agreed to circulate the paper.", ""),
])
def test_who_a_sentence_sides_with(text: str, name: str) -> None:
    assert agreed_with(text) == name


def test_siding_with_an_objector_on_the_item_is_an_objection_but_not_with_a_supporter() -> None:
    item = "7-A Zoning Workshop"
    preds = classify_sentences([(t, item) for t in [
        "Nanette Geller said the plan would make parking worse and objected to the density.",
        "Sam Ode concurred with Nanette Geller.",
        "Ann Lee said the plan would bring needed homes.",
        "Tom Fry concurred with Ann Lee."]])
    assert preds[1].type == "objection"
    assert preds[1].generator == "rule:stance.agreed_with_objector"
    assert preds[3].type != "objection"
