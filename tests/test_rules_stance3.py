"""Objections in ordinary prose: a goal or target the matter's contractor has not met, a
protest's harm and the remedy it seeks; and support for the item itself stated before the
concerns in a list of one speaker's remarks. An office reporting a missed target, a goal that was
met and a remedy that is no request stay reports. Every sentence is written here for its rule,
none copied from the minutes or the stories."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences


def _type(text: str, title: str = "Item") -> str:
    return classify_sentences([(text, title)], [[]])[0].type


# -- a goal or target not met ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A member noted that the supplier has never reached the recycling targets set in the contract.",
    "Trustee Mbeki said the caterer did not achieve the local sourcing goals in its first year.",
    "It appears the 30% local labour goal was not achieved on the first phase.",
    "The bus operator has not yet fully attained the punctuality targets agreed in 2021.",
])
def test_a_goal_or_target_not_met_is_an_objection(text: str) -> None:
    assert _type(text, "Contract renewal") == "objection"


@pytest.mark.parametrize("text", [
    "The Finance Director reported that the savings target was not achieved in the second quarter.",
    "The Procurement Officer explained that the contractor did not achieve the local labour goals "
    "but made a good faith effort.",
])
def test_an_office_reporting_a_missed_target_reports(text: str) -> None:
    assert _type(text, "Contract renewal") != "objection"


def test_a_goal_met_is_no_objection() -> None:
    assert _type("The contractor met the MBE and WBE goals on this contract.",
                 "Paving contract") != "objection"


# -- a protest's harm and remedy -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Residents of Elm Row would be harmed by the loss of the only crossing on the street.",
    "How the appellant will be disadvantaged by the proposed award: the tender was scored twice.",
    "The relief sought is that the award be set aside until the tenders are re-scored.",
    "The remedy we request is that the permit be withheld pending a noise study.",
])
def test_a_protests_harm_or_remedy_is_an_objection(text: str) -> None:
    assert _type(text, "Tender award") == "objection"


def test_a_remedy_that_worked_is_no_objection() -> None:
    assert _type("The pump was repaired and the remedy proved effective.", "Pumps") != "objection"


# -- support for the item first, concerns after -----------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Expressed support for the ordinance; discussed street parking; expressed concern over the "
     "cost of the permits: Lena Varga.", "Introduction of Ordinance on Residential Parking Permits"),
    ("Councilmember Ortiz expressed support for the library expansion; stated the design is sound; "
     "expressed concern over the loss of six trees on the east lawn.", "Library Expansion Design"),
    ("Trustee Amadi expressed support for the proposal; expressed concerns over the timetable for "
     "the second phase.", "Boathouse Proposal"),
])
def test_support_for_the_item_before_concerns_argues_for_it(text: str, title: str) -> None:
    assert _type(text, title) == "argument_for"


@pytest.mark.parametrize("text, title", [
    # support for something other than the item, then the concern
    ("Councilmember Ortiz expressed support for the library staff; expressed concern over the loss "
     "of six trees on the east lawn.", "Library Expansion Design"),
    # the concern first, support after
    ("Councilmember Ortiz expressed concern over the loss of six trees; expressed support for the "
     "library expansion.", "Library Expansion Design"),
    # praise that is no backing, then the doubt
    ("Cllr Nowak stated that these were a clear set of accounts but queried why the audit fee had "
     "risen by a fifth.", "Annual Accounts"),
])
def test_other_orders_and_other_objects_keep_the_objection(text: str, title: str) -> None:
    assert _type(text, title) == "objection"


# -- a concession then the reservation; a preference against ------------------------------------------

@pytest.mark.parametrize("text", [
    "Cllr Haugen accepted that the depot had to move but stated that the new site flooded most "
    "winters.",
    "Mrs Achterberg appreciated the effort made but also stressed that the hall could not take "
    "another booking on Saturdays.",
    "Trustee Soto prefers not the week of the regatta for the open day.",
])
def test_a_concession_then_a_reservation_or_a_preference_against_objects(text: str) -> None:
    assert _type(text, "Depot relocation") == "objection"


def test_an_office_conceding_then_reassuring_reports() -> None:
    assert _type("The Highways Manager accepted that the timetable was tight but stated that the "
                 "works would finish by May.", "Bridge works") != "objection"


def test_a_concession_to_the_objectors_is_no_objection() -> None:
    assert _type("The Chair acknowledged the concerns of residents but noted that the scheme was "
                 "fully funded by the grant.", "Play area scheme") != "objection"


# -- what goes on with an objection: an elaboration, the items of its list ------------------------

def test_an_elaboration_after_an_objection_continues_it() -> None:
    pairs = [("Mr Lindqvist objected to the closure of the branch library.", "Branch closure"),
             ("Specifically, the nearest other branch is two buses away for the estate's older "
              "residents.", "Branch closure")]
    assert [p.type for p in classify_sentences(pairs, [[], []])] == ["objection", "objection"]


def test_the_items_of_an_objectors_list_take_its_stance() -> None:
    pairs = [("The remedy we request is that the award be delayed until:", "Tender award"),
             ("The tenders are scored again by a panel that includes a local business owner;",
              "Tender award"),
             ("The Council publishes the scoring sheets for every bidder.", "Tender award"),
             ("The Finance Officer presented the next item.", "Tender award")]
    types = [p.type for p in classify_sentences(pairs, [[]] * 4)]
    assert types[:3] == ["objection"] * 3 and types[3] != "objection"


def test_a_list_opened_by_a_report_takes_no_stance() -> None:
    pairs = [("The Clerk reported the following dates for the next meetings:", "Calendar"),
             ("Tuesday 4 March in the Memorial Hall;", "Calendar"),
             ("Tuesday 1 April in the school library.", "Calendar")]
    assert "objection" not in [p.type for p in classify_sentences(pairs, [[]] * 3)]


# -- a report's line under its topic --------------------------------------------------------------

@pytest.mark.parametrize("text, title", [
    ("Grounds – Lack of rain this spring has left the lower pond at half its usual level.",
     "Committee Reports: Grounds"),
    ("Volunteers – a disproportionate share of the shifts falls on four people at present.",
     "Manager's Update"),
])
def test_a_difficulty_in_a_reports_topic_line_is_news(text: str, title: str) -> None:
    assert _type(text, title) != "objection"


@pytest.mark.parametrize("text, title", [
    # the same difficulty outside a report is a member's point
    ("Councillor Brandt said the lack of rain this spring made the pond scheme inadequate.",
     "Pond restoration scheme"),
    # someone's concern inside a report's line stays theirs
    ("Roads – residents expressed concern over the speed of lorries on Mill Lane.",
     "Committee Reports: Roads"),
])
def test_a_members_point_or_a_voiced_concern_stays_an_objection(text: str, title: str) -> None:
    assert _type(text, title) == "objection"
