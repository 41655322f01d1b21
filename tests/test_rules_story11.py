"""Rules read off the round-11 planted stories (an Irish education and training board, a US port
district commission, a New Zealand school board), each checked on sentences written for it here
beside a neighbour it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.classify_stance import remark_side
from pipeline.finding_match import mooted_by_stop, stopped_part
from pipeline.finding_text import reports_going_ahead, stops_matter
from pipeline.segment_attendees import parse_people
from pipeline.segment_items import number_key, parse_number
from pipeline.tracker import Subject, report_kind
from pipeline.votes import as_dict, parse_votes


def test_an_elected_staff_representative_sits_on_the_board() -> None:
    people = parse_people("Hemi Walker (presiding member), Mere Paku (staff representative), "
                          "Anna Hartigan (Principal), Jo Bloggs (Finance Manager)", "present")
    status = {p.name: p.status for p in people}
    assert status["Mere Paku"] == "present"
    assert status["Jo Bloggs"] == "in_attendance"  # a staff post stays staff


@pytest.mark.parametrize("text,want", [
    ("E.1 Pier 2 Shore Power – Feasibility Study Findings",
     ("E.1", "Pier 2 Shore Power – Feasibility Study Findings", "letterdash")),
    ("D.1 Capital Projects Update", ("D.1", "Capital Projects Update", "letterdash")),
    ("B-1. CUP-2025-004: Conditional Use Permit",
     ("B-1", "CUP-2025-004: Conditional Use Permit", "letterdash")),
    ("E. NEW BUSINESS", ("E", "NEW BUSINESS", "letter")),
    ("J.2 million was spent on the roads", None),  # a figure opening a sentence is no item
])
def test_a_section_letter_and_number_after_a_full_stop(text, want) -> None:
    assert parse_number(text) == want


def test_letter_dot_numbers_sort_under_their_section() -> None:
    assert number_key("E.2", "letterdash") == (5, 2) == number_key("E-2", "letterdash")


_BOARD = [{"name": n, "role": "", "status": "present"} for n in (
    "Mary Hanrahan", "Siobhán Keane", "Tomás Brady", "Pádraig Ryan", "Aoife Walsh",
    "Gráinne Fennelly", "Colm Daly", "Róisín Power")]


def test_a_count_closing_the_decision_is_its_vote() -> None:
    text = ("Ms Fennelly objected that the cost per learner place was too high.\n"
            "On a show of hands the Board approved the submission of the capital application to "
            "SOLAS by 5 votes to 3, Cllr Keane, Cllr Brady and Ms Fennelly voting against.\n"
            "Action: The Director to prepare the design brief.")
    [v] = [as_dict(v) for v in parse_votes(text, _BOARD)]
    assert v["result"] == "carried" and (v["tally"]["ayes"], v["tally"]["noes"]) == (5, 3)
    assert v["motion"].startswith("the Board approved the submission of the capital application")
    assert {n for n, how in v["members"].items() if how == "no"} == {
        "Siobhán Keane", "Tomás Brady", "Gráinne Fennelly"}


@pytest.mark.parametrize("text,result", [
    ("The application was refused by 6 votes to 2.", "failed"),
    ("The Committee declined the request by 5 votes to 3.", "failed"),
    ("The Board voted on the proposal by 3 votes to 5.", "failed"),  # fewer for than against
    ("The motion was carried by 6 votes to 2.", "carried"),
])
def test_the_result_of_a_count_after_the_decision(text, result) -> None:
    [v] = parse_votes(text, [])
    assert v.result == result


def test_a_vote_passage_after_a_line_break_keeps_its_first_letter() -> None:
    [v] = parse_votes("Members discussed the plan.\nOn a show of hands the Board adopted the plan "
                      "by 4 votes to 1.", [])
    assert v.text.startswith("On a show of hands")


@pytest.mark.parametrize("text,side", [
    ("Linda Pettersen, speaking for the Fishermen's Association, told the Commission that "
     "construction barges at Pier 2 would block the fishing fleet's way to the fuel dock.", "against"),
    ("Ms Dunne told the Commission that construction barges at Pier 2 would not block the fuel "
     "dock.", ""),
    # the harm is not said of the item's subject
    ("Ms Dunne told the Commission that the winter ice would block the fuel dock.", ""),
])
def test_a_remark_that_the_subject_would_hinder_others_is_against(text, side) -> None:
    assert remark_side(text, "Pier 2 Shore Power – Feasibility Study Findings") == side


_DECISION = ("The Board resolved not to proceed with the purchase of the former Kilcarra Mart site, "
             "and to develop the campus on land already in the ownership of the ETB.")


def test_what_a_stopping_decision_stops_is_before_what_it_does_instead() -> None:
    assert stopped_part(_DECISION) == ("The Board resolved not to proceed with the purchase of the "
                                       "former Kilcarra Mart site")
    assert stopped_part("The Board agreed that the scheme would close.") == \
        "The Board agreed that the scheme would close."


def _days(a: str, b: str) -> int:
    from datetime import date
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


def _row(id_, text, type_, date, item, seq, outcome=""):
    return {"id": id_, "text": text, "type": type_, "date": date, "item_id": item, "seq": seq,
            "outcome": outcome, "speaker": ""}


def test_an_objection_to_the_campus_is_not_moot_by_a_site_not_bought() -> None:
    keane = _row("o", "Cllr Keane expressed concern that learners from the west of the county "
                 "would be unable to reach night classes at a single campus in Kilcarra.",
                 "objection", "2025-01-21", "i1", 3)
    stop = _row("d", _DECISION, "decision", "2025-03-18", "i2", 5, "rejected")
    assert mooted_by_stop([keane], [keane, stop], set(), _days) == []
    # an objection to the purchase itself is moot once it is not made
    buy = _row("o2", "Ms Fennelly said that buying the former Kilcarra Mart site would use up "
               "the money needed for the building.", "objection", "2025-01-21", "i1", 4)
    assert mooted_by_stop([buy], [buy, stop], set(), _days) == [("o2", "d", "answers", 1.0)]


@pytest.mark.parametrize("text,outcome,stops", [
    ("On a motion by Commissioner Marsh, the Commission voted 4–0 to apply for the grant, to "
     "decline the loan offered by the State Infrastructure Bank, and to fund the match from "
     "reserves.", "approved", True),
    ("The Board agreed that no out-of-zone places would be offered for 2026.", "approved", True),
    ("The Board agreed that the out-of-zone places would be offered for 2026.", "approved", False),
    ("The Commission voted to apply for the loan offered by the State Infrastructure Bank.",
     "approved", False),
    # a refusal typed rejected still stops what it refuses
    ("Council resolved to refuse the offer from Keystone Modular Homes to supply the homes.",
     "rejected", True),
])
def test_declining_or_offering_none_stops_the_matter(text, outcome, stops) -> None:
    assert stops_matter(text, outcome) is stops


@pytest.mark.parametrize("text,ahead", [
    ("The Head of Finance reported that contracts for the purchase of the former Kilcarra Mart "
     "site had been signed on 27th June.", True),
    ("The Finance Director reported that the State Infrastructure Bank loan had been signed on "
     "July 15 and the first draw received.", True),
    ("Anna reported that 15 out-of-zone places for 2026 had been advertised in the newsletter.",
     True),
    ("The Clerk reported that the lease had not been signed.", False),
    ("If the contract had been signed, the works could start.", False),
])
def test_a_deal_done_or_places_advertised_is_reported_going_ahead(text, ahead) -> None:
    assert reports_going_ahead(text) is ahead


@pytest.mark.parametrize("text,kind", [
    ("The Head of Corporate Services reported that valuations of the Bridge Street and Mill Lane "
     "buildings had been received, and that the valuer would inspect Ardnagh Road in June.",
     "in_progress"),
    ("The Head of Corporate Services reported that valuations of all three buildings had been "
     "received.", "done"),
])
def test_a_part_done_and_the_rest_to_come_is_in_progress(text, kind) -> None:
    assert report_kind(text) == kind


class _Act:
    def __init__(self, text: str) -> None:
        self.text = text


def test_a_request_is_about_what_is_asked_for() -> None:
    subject = Subject.of(_Act("The Executive Director was directed to ask each cruise line "
                              "calling at Pier 2 for a letter confirming that its ships would "
                              "connect to shore power."))
    assert subject.object == {"lette"} and subject.head == "lette"
    assert subject.named_in({"lette", "coast", "cruis"}, "letters had come in from Coastline "
                            "Cruises and Northern Star Voyages")
    # a task of another verb keeps its own object
    other = Subject.of(_Act("Staff was directed to mail notices of the PFAS detections to all "
                            "customers."))
    assert other.object == {"notic"}
