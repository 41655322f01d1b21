"""Stance from the recorded vote: remarks of a member who voted against the item."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_stance import agreed_with, dissenters, remark_side, says_of_thing, voted_against

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


@pytest.mark.parametrize("text,title,side", [
    # what the item's subject lacks argues against taking it as it is
    ("Parents told the Board that the annex had no fire escape from the upper floor.",
     "Lease of the Mill Road annex", "against"),
    ("Mrs Okafor said that the pavilion lacked a kitchen.", "Pavilion refurbishment", "against"),
    # what it brings argues for it
    ("Cllr Dunne said that the ferry served the island's two schools.", "Ferry subsidy", "for"),
    ("Ms Haddad said that Quarry Lane was the only site where a pitch could be laid.",
     "Quarry Lane sports ground", "for"),
    ("The agent stated that the new depot would employ 40 drivers.", "Bus depot at Mill Lane",
     "for"),
    ("Mr Bell said that a £2 parking charge would recover the cost of the attendant.",
     "Car park management", "for"),
    # the speaker's own state, something else's lack, a shortfall, a negated benefit
    ("Cllr Dunne said that she had no objection to the timetable.", "Ferry subsidy", ""),
    ("The Clerk said that the Council had no policy on memorial benches.", "Ferry subsidy", ""),
    ("Mr Bell said that the charge would not cover the cost of the attendant.",
     "Car park management", ""),
    ("Cllr Dunne said that the ferry no longer served the north pier.", "Ferry subsidy", ""),
    ("The ferry served the island's two schools.", "Ferry subsidy", ""),  # no one said it
])
def test_the_side_a_remark_takes_by_what_the_subject_brings_or_lacks(text, title, side) -> None:
    assert remark_side(text, title) == side


def test_a_remark_that_lacks_or_brings_is_typed_by_its_side() -> None:
    title = "Lease of the Mill Road annex"
    preds = classify_sentences([(t, title) for t in [
        "Parents told the Board that the annex had no fire escape from the upper floor.",
        "Cllr Amin said that the annex served the youth club on three evenings a week.",
        "The Clerk reported that the annex had been empty since March."]])
    assert (preds[0].type, preds[0].generator) == ("objection", "rule:stance.lacks")
    assert (preds[1].type, preds[1].generator) == ("argument_for", "rule:stance.brings")
    assert preds[2].type == "information"


@pytest.mark.parametrize("text,about_the_matter", [
    ("Cllr Ward told the Board that the roof over the hall leaked in two places.", True),
    ("Councilmember Vella stated that she looks forward to the staff report.", False),
    ("Trustee Amin said that he would prefer to hear the item tonight.", False),
    ("Councilmember Vella noted the matter will be on the ballot.", False),  # no "that"
])
def test_a_remark_about_the_matter_not_the_speaker(text: str, about_the_matter: bool) -> None:
    assert says_of_thing(text) is about_the_matter


def test_a_short_point_of_fact_by_a_member_who_voted_no_is_an_objection() -> None:
    item = "(23-320) Lease of the Old Fire Station"
    point = "Councilmember Vella stated that the roof leaked in two places."  # 11 words, no harm
    own = "Councilmember Jensen stated that she looks forward to the staff report."
    preds = classify_sentences([(point, item), (own, item), (MOVED, item), (VOTE, item)])
    assert (preds[0].type, preds[0].generator) == ("objection", "rule:stance.voted_no")
    assert preds[1].generator != "rule:stance.voted_no"


def test_a_no_voters_remark_on_the_business_itself_is_no_point_against_it() -> None:
    assert not says_of_thing("Mr Fenwick said that the matter would go to the Parish Council in March.")
    assert not says_of_thing("Cllr Ward said that the report would come back in June.")
