"""Rules read off the round-10 planted stories (a California water district board, a First Nation
Chief and Council, an English housing association board), each checked on sentences written for
it here."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.classify import classify_sentences
from pipeline.pdf import extract
from pipeline.finding_match import _MINUTING
from pipeline.finding_text import (contrary, reports_going_ahead, reports_supplier,
                                   reverses_state, stops_matter, topic_words)
from pipeline.records import Attendee
from pipeline.segment import segment
from pipeline.votes import as_dict, parse_votes


STORIES = Path(__file__).resolve().parent / "scenarios" / "stories"


def test_a_numbered_resolution_inside_an_item_is_no_heading() -> None:
    """"BCR 2025-04: Moved by Councillor …, that …" in body type under a bold numbered heading
    (the Wapiti Lake PDF) stays in its item: a resolution's number is no matter's heading."""
    doc, pages = extract(str(STORIES / "wapiti_lake_fn" / "wapiti_lake_fn_2025-01-21.pdf"))
    [meeting] = segment(doc, pages)
    titles = [i.title for i in meeting.items]
    assert "Housing Waitlist and New Lots" in titles
    assert not [t for t in titles if t.startswith("BCR")], titles
    item = next(i for i in meeting.items if i.title == "Housing Waitlist and New Lots")
    assert "BCR 2025-04: Moved by Councillor Whitehorse" in item.text


def _present(*names: str) -> list[dict]:
    return [{"name": n, "role": "", "status": "present"} for n in names]


def test_counts_each_a_sentence_are_read_with_the_names_after_them() -> None:
    text = ("BCR 2025-19: Moved by Councillor Whitehorse, seconded by Councillor Yellowbird, that "
            "Chief and Council accept the funding offer and apply for a loan of $1.1 million.\n"
            "In favour: 5. Opposed: 2 (Councillor Bighorn and Councillor Cardinal). Carried.")
    votes = [as_dict(v) for v in parse_votes(text, _present(
        "Darlene Morningstar", "Ray Bighorn", "Eva Whitehorse", "Leonard Cardinal",
        "Sharon Auger", "Tanya Yellowbird", "Jordan Nanooch"))]
    assert len(votes) == 1 and votes[0]["result"] == "carried"
    assert (votes[0]["tally"]["ayes"], votes[0]["tally"]["noes"]) == (5, 2)
    assert {n for n, how in votes[0]["members"].items() if how == "no"} == {
        "Ray Bighorn", "Leonard Cardinal"}


def test_a_roll_call_in_capitals_is_no_part_of_the_motion() -> None:
    text = ("Motion by Director Brennan, second by Director Villanueva, to award the design "
            "contract to Kessler Engineering in an amount not to exceed $684,000.\n"
            "ROLL CALL VOTE:\nAYES: Directors Alvarez, Brennan, Cheung, Villanueva\n"
            "NOES: Director Pruitt\nABSENT: None\nMotion carried 4-1.")
    votes = [as_dict(v) for v in parse_votes(text, _present(
        "Maria Alvarez", "Tom Brennan", "Raymond Cheung", "Gary Pruitt", "Sandra Villanueva"))]
    assert len(votes) == 1
    assert "to award the design contract to Kessler Engineering" in votes[0]["motion"]
    assert "AYES" not in votes[0]["motion"] and "ROLL CALL" not in votes[0]["motion"]
    assert votes[0]["members"]["Gary Pruitt"] == "no"


ITEM = "Northgate regeneration: options appraisal"
BOARD = [Attendee(name=n, status="present") for n in ("Ruth Harding", "Daniel Okoro",
                                                      "Samuel Adeyemi", "Priya Kaur")]


@pytest.mark.parametrize("text,type_,outcome", [
    ("An amendment moved by Mr Adeyemi, that Option B be adopted instead, was lost by 2 votes "
     "to 7.", "decision", "rejected"),
    ("A motion moved by Ms Kaur, that the item be deferred, was defeated by 6 votes to 3.",
     "decision", "rejected"),
    ("Mr Okoro supported demolition, noting that a Homes England grant of £22 million was "
     "available only for new homes.", "argument_for", ""),
])
def test_round10_sentences(text: str, type_: str, outcome: str) -> None:
    pred = classify_sentences([(text, ITEM)], attendees=BOARD)[0]
    assert pred.type == type_, pred
    assert (pred.outcome or "") == outcome


def test_a_request_already_made_is_no_question() -> None:
    pred = classify_sentences([(
        "The Director of Housing said that households who wished to stay together would be "
        "offered homes next to each other, and that 14 households had already asked for this.",
        ITEM)], attendees=BOARD)[0]
    assert pred.type != "question", pred
    asked = classify_sentences([("Mr Okoro asked whether the households had been told.", ITEM)],
                               attendees=BOARD)[0]
    assert asked.type == "question"


def test_refusing_a_third_partys_request_does_not_reverse_an_earlier_step() -> None:
    earlier = {"outcome": "approved", "text": "The Board NOTED the survey and agreed that an "
               "options appraisal for Alder Court be brought to the Board."}
    later = {"outcome": "rejected", "text": "The Board resolved to refuse the residents' "
             "association's request for an independent structural survey of Alder Court."}
    assert not contrary(earlier, later)
    granted = {"outcome": "approved", "text": "The Board granted the request from the Scouts "
               "for use of the hall."}
    refused = {"outcome": "rejected", "text": "The Board refused the request from the Scouts "
               "for use of the hall."}
    assert contrary(granted, refused)


def test_the_party_refused_then_reported_supplying_is_a_reversal() -> None:
    refused = ("Council resolved to refuse the offer from Keystone Modular Homes to supply "
               "factory-built homes, and to build the homes on site with a crew of band members.")
    later = ("The Housing Manager reported that the first six homes, to be supplied by Keystone "
             "Modular Homes, would be delivered in September.")
    assert reports_supplier(later)
    assert reverses_state(refused, "rejected", {"outcome": "supplied", "text": later})
    other = later.replace("Keystone Modular Homes", "Prairie Timber Frames")
    assert not reverses_state(refused, "rejected", {"outcome": "supplied", "text": other})
    assert not reports_supplier("Councillor Cardinal asked whether the homes could be supplied "
                                "by Keystone.")


@pytest.mark.parametrize("text,ahead", [
    ("He reported that Well 7 had been put back into service on May 12 to meet summer demand.",
     True),
    ("The Director of Property reported that the independent structural survey, commissioned "
     "from Pellow Associates at the residents' request, had confirmed the findings.", True),
    ("Members asked whether Well 7 could be returned to service in June.", False),
])
def test_back_in_service_and_commissioned_read_as_going_ahead(text: str, ahead: bool) -> None:
    assert reports_going_ahead(text) is ahead


def test_removing_from_service_stops_the_matter() -> None:
    assert stops_matter("Motion by Director Brennan, second by Director Okafor, to remove Well 7 "
                        "from service until treatment for PFAS is in place.", "approved")


def test_two_members_fearing_different_things_share_no_point() -> None:
    a = topic_words("Councillor Bighorn feared that families living off reserve would be passed "
                    "over in favour of those already living on reserve.", "Ray Bighorn")
    b = topic_words("Councillor Cardinal feared that the Nation's own-source revenue could not "
                    "carry loan repayments of $88,000 a year for twenty years.", "Leonard Cardinal")
    assert not (a & b) - _MINUTING


def test_people_moved_somewhere_put_no_motion() -> None:
    preds = classify_sentences([(t, "Riverside Mews flooding") for t in [
        "The Director of Property reported that four ground-floor homes at Riverside Mews had "
        "flooded in January and that the tenants had been moved to temporary homes.",
        "Cllr Smith moved that the item be deferred."]], attendees=BOARD)
    assert preds[0].type != "proposal", preds[0]
    assert preds[1].type == "proposal"
