"""Objections worded as doubts and practical difficulties: a member "was not sure / not persuaded
that …", "questioned whether the grid could …", "could not see how …", "had no way of …",
"pointed out that there was no …", "a shortage of drivers"; and who speaks them. An office
reporting or reassuring in the same words ("The Treasurer pointed out that there was no
outstanding balance") and equipment out of service for a repair stay reports. Every sentence is
written here for its rule, none copied from the minutes or the stories."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_speaker import find_speaker


def _one(text: str, title: str = "Item") -> tuple[str, str]:
    p = classify_sentences([(text, title)], [[]])[0]
    return p.type, p.speaker


# -- stance verbs read as objections ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Councillor Haddad was not sure the old culvert could carry the extra run-off from the estate.",
    "Mrs Ferreira was not sure that the hall committee could find volunteers to open it every day.",
    "Members were not certain that the depot site would be free of contamination.",
])
def test_not_sure_that_is_a_doubt(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Trustee Moana was not persuaded that the tenants should bear the cost of the new roof.",
    "Dr Lindqvist was not convinced that the bus company would keep the route running after a year.",
])
def test_not_persuaded_or_convinced_that_is_a_doubt(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Director Osei questioned whether the county's water main could supply two hundred more homes.",
    "Cllr Byrne doubted whether Brennan's contractor would finish the bridge before the winter.",
])
def test_questioned_whether_a_named_thing_could_is_a_doubt(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Councillor Abara could not see how the pool would be paid for once the grant ran out.",
    "A member failed to see why the library needed a second car park.",
    "Mr Petrov could not see the need for a full-time coordinator.",
])
def test_could_not_see_how_is_a_doubt(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Mr Quispe questioned the cost of resurfacing the whole of the lower car park.",
    "A member questioned the cost of the consultants engaged for the review.",
])
def test_questioned_the_cost_of_is_a_doubt(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Ms Achterberg pointed out that the geese on the pond would foul the new decking and that the "
    "club had no way of keeping them off.",
    "Mr Delacroix said that the school had no means of storing the extra bins.",
])
def test_having_no_way_of_doing_it_is_a_practical_difficulty(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Members pointed out that there was no parking for visitors at the new centre.",
    "Mrs Okonjo pointed out that there were no toilets at the far end of the park.",
])
def test_pointing_out_that_there_was_no_is_a_practical_difficulty(text: str) -> None:
    assert _one(text)[0] == "objection"


@pytest.mark.parametrize("text", [
    "Ms Varga replied that the contractor had reported a shortage of welders and that the work "
    "would slip by a month.",
    "Cllr Amadi said that a shortage of teachers meant the evening classes could not open.",
])
def test_a_shortage_named_is_a_practical_difficulty(text: str) -> None:
    assert _one(text)[0] == "objection"


# -- reports and reassurances stay information --------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Treasurer pointed out that there was no outstanding balance on the account.",
    "The Director of Finance pointed out that there would be no increase in the precept.",
])
def test_an_office_pointing_out_there_is_no_reports(text: str) -> None:
    assert _one(text)[0] != "objection"


@pytest.mark.parametrize("text", [
    "Chief Ortega reported 48 calls in May and that Ladder 1 is out of service for a brake repair.",
    "The Manager said that the lift was out of action until its new motor was fitted.",
])
def test_out_of_service_for_a_repair_is_a_report(text: str) -> None:
    assert _one(text)[0] == "information"


def test_out_of_order_without_a_repair_is_still_a_complaint() -> None:
    assert _one("Cllr. Mwale said that four of the hand pumps were out of order.")[0] == "objection"


@pytest.mark.parametrize("text", [
    "Councilmember Ruiz stated that she is not sure whether the item needs to come back to Council.",
    "The Clerk was not sure whether the notice had been posted.",
])
def test_unsure_whether_a_procedure_applies_is_no_objection(text: str) -> None:
    assert _one(text)[0] != "objection"


# -- who speaks --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Governor Mbeki was not persuaded that students should pay any of the cost.", "Governor Mbeki"),
    ("Tēvita Fifita was not sure the road could take the extra traffic.", "Tēvita Fifita"),
    ("Ana Kovač was not convinced that the grant would be renewed.", "Ana Kovač"),
])
def test_was_not_persuaded_names_its_speaker(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


def test_was_not_persuaded_is_not_the_previous_speakers() -> None:
    preds = classify_sentences([
        ("Governor Holm asked whether the plant could run on biomass.", "Heating"),
        ("Governor Mbeki was not persuaded that students should pay any of the cost.", "Heating"),
    ], [[], []])
    assert (preds[1].type, preds[1].speaker) == ("objection", "Governor Mbeki")


def test_a_member_who_could_not_see_how_speaks_for_itself() -> None:
    preds = classify_sentences([
        ("Councillor Abara asked when the pool would reopen.", "Pool"),
        ("A member could not see why the pool needed a second cafe.", "Pool"),
    ], [[], []])
    assert (preds[1].type, preds[1].speaker) == ("objection", "a member")
