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
