"""Rules read off the round-9 planted stories (a Welsh town council, a Kenyan county assembly
committee, an Ontario library board), each checked on sentences written for it here."""
from __future__ import annotations

import re

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_stance import backers, names_harm
from pipeline.finding_answer import is_reassurance
from pipeline.finding_match import mooted_by_stop
from pipeline.finding_text import is_staff, reports_going_ahead, stops_matter
from pipeline.records import Attendee
from pipeline.segment_attendees import parse_people
from pipeline.segment_config import CONFIG

ROSTER = [{"name": n, "status": "present"} for n in ("Raj Sandhu", "Grace Okonkwo", "Emily Chen")]


def test_the_civic_office_opening_a_list_is_no_person() -> None:
    people = parse_people("The Mayor, Cllr Gwyneth Morgan (Chair); Cllrs Dafydd Evans, Huw Rees, "
                          "Eirlys Pugh, Rhodri Lloyd", "present")
    assert [p.name for p in people] == ["Gwyneth Morgan", "Dafydd Evans", "Huw Rees",
                                        "Eirlys Pugh", "Rhodri Lloyd"]
    assert people[0].status == "chair" and "Mayor" in people[0].role


@pytest.mark.parametrize("label,heading", [("Opposed", False), ("In favour", False),
                                           ("Opposed development at Mill Lane", True)])
def test_a_vote_list_label_is_no_heading(label: str, heading: bool) -> None:
    procedural = re.compile(CONFIG["procedural_heading"], re.I)
    assert bool(procedural.match(label)) is not heading


@pytest.mark.parametrize("text,ahead", [
    ("The Clerk reported that the Rugby Club's storage container, now sited beside the pavilion, "
     "would be painted green.", True),
    ("The Chief Officer reported that the street lighting, now being installed by Hakika "
     "Electricals Ltd, would be completed by June.", True),
    ("The Deputy CEO reported that Sunday opening at the Central Library, which began on May 4, "
     "had drawn about 600 visitors each Sunday.", True),
    ("The meeting, which began at 7pm, closed at 9pm.", False),
    ("Members asked whether the container, now sited beside the pavilion, could stay.", False),
])
def test_reported_starts_read_as_going_ahead(text: str, ahead: bool) -> None:
    assert reports_going_ahead(text) is ahead


def test_a_motion_not_to_proceed_carried_stops_the_matter() -> None:
    assert stops_matter("THAT the Board not proceed with Sunday opening at the Central Library in "
                        "2025. CARRIED", "approved")
    assert not stops_matter("THAT the Board proceed with Sunday opening. CARRIED", "approved")


def test_a_chief_executive_by_initials_is_staff() -> None:
    assert is_staff("The CEO added that the landlord had offered a renewal option")
    assert is_staff("The Deputy CEO reported")
    assert not is_staff("Trustee Chen")


def test_a_commitment_reported_for_a_third_party_reassures() -> None:
    assert is_reassurance("The CEO added that the landlord had since offered an option to renew "
                          "the lease, and would reserve 20 parking spaces for library users.")
    assert not is_reassurance("The landlord offered no renewal.")


def test_a_car_park_already_full_names_a_harm() -> None:
    assert names_harm("the plaza car park was already full on Saturdays")
    assert not names_harm("the car park holds 80 cars")


def test_backers_are_the_mover_and_seconder_of_a_motion_taking_the_item_forward() -> None:
    sentences = ["Trustee Sandhu said that the unit was on two bus routes.",
                 "Moved by: R. Sandhu", "Seconded by: G. Okonkwo",
                 "THAT the Board approve the relocation of the branch.", "CARRIED"]
    assert backers(sentences, ROSTER) == {"Raj Sandhu": 1, "Grace Okonkwo": 2}
    deferred = sentences[:3] + ["THAT the item be deferred to the June meeting.", "CARRIED"]
    assert backers(deferred, ROSTER) == {}


def test_a_members_remark_before_moving_the_motion_argues_for_it() -> None:
    item = "Branch Accommodation Options"
    roster = [Attendee(name=a["name"], status="present") for a in ROSTER]
    preds = classify_sentences([(t, item) for t in [
        "Trustee Sandhu said that the plaza unit was served by two bus routes that did not pass "
        "the present branch.",
        "Trustee Chen said that the branch had opened in 1972.",
        "Moved by: R. Sandhu", "Seconded by: G. Okonkwo",
        "THAT the Board approve in principle the relocation of the branch to Westview Plaza.",
        "CARRIED"]], attendees=roster)
    assert preds[0].type == "argument_for" and preds[0].generator == "rule:stance.moved"
    assert preds[1].type != "argument_for"  # Chen neither moved nor seconded


def _row(sid: str, type_: str, text: str, seq: int, outcome: str = "", item: str = "m1-3") -> dict:
    return {"id": sid, "type": type_, "text": text, "seq": seq, "outcome": outcome,
            "item_id": item, "meeting_id": "m1", "date": "2025-04-14", "speaker": ""}


def test_a_refusal_right_after_an_objection_on_its_item_meets_it() -> None:
    o = _row("o", "objection", "Cllr Davies feared that the container would block the view of "
             "the play area from the road.", 2)
    refused = _row("d", "decision", "The Council resolved to refuse the request from the Rugby "
                   "Club to site a storage container on the Recreation Ground.", 3, "rejected")
    assert mooted_by_stop([o], [o, refused], set(), lambda a, b: 0) == [("o", "d", "answers", 1.0)]
    approved = refused | {"outcome": "approved"}
    assert mooted_by_stop([o], [o, approved], set(), lambda a, b: 0) == []
    elsewhere = refused | {"item_id": "m1-4"}
    assert mooted_by_stop([o], [o, elsewhere], set(), lambda a, b: 0) == []
