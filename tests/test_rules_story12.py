"""Rules read off the round-12 planted stories (a British Columbia regional district board, a
Victorian water corporation board, a Scottish health board committee), each checked on
sentences written for it here, not copied from the stories."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_motion import CLAUSE, clause_opening
from pipeline.finding_text import is_closure
from pipeline.records import Attendee
from pipeline.segment_attendees import _line_person, parse_people
from pipeline.segment_items import ACTION_INITIALS
from pipeline.votes import parse_votes


# -- attendees ------------------------------------------------------------------------------------

@pytest.mark.parametrize("line,name,role_part", [
    ("Director K. Okafor, Electoral Area B", "K. Okafor", "Electoral Area B"),
    ("Cr Dana Whitby, Ward 4", "Dana Whitby", "Ward 4"),
    ("Ms Helen Ure, Lay Member", "Helen Ure", "Lay Member"),
])
def test_a_seat_or_kind_of_member_after_a_name_is_no_person(line: str, name: str, role_part: str) -> None:
    people = parse_people(line, "present")
    assert [p.name for p in people] == [name]
    assert role_part in people[0].role


@pytest.mark.parametrize("line,status", [
    ("Mrs Ailsa Grant, Non-Executive Member (Chair)", "chair"),
    ("Professor Iain Baird, Non-Executive Member (Chair, Area Partnership Forum)", "present"),
    ("Mr Colin Rae, Non-Executive Member", "present"),
])
def test_chair_in_brackets_after_the_role_marks_the_meeting_chair(line: str, status: str) -> None:
    for people in (parse_people(line, "present"), _line_person(line, "present")):
        assert len(people) == 1 and people[0].status == status, people


# -- segmentation and actions ---------------------------------------------------------------------

@pytest.mark.parametrize("text,owner_line", [
    ("ACTION: KM", True), ("Action – RB/TS", True), ("ACTION: All", True),
    ("Action Plan", False), ("ACTION PLAN 2025", False), ("Action: The Clerk to write to the school", False),
])
def test_an_owner_initials_line_is_no_heading(text: str, owner_line: bool) -> None:
    assert bool(ACTION_INITIALS.match(text)) is owner_line


def test_initials_below_a_sentence_make_it_the_action_of_that_person() -> None:
    attendees = [Attendee(name="Kirsty Munro", status="in_attendance", role="Director of Finance"),
                 Attendee(name="Alan Reid", status="present")]
    title = "Budget Monitoring"
    preds = classify_sentences([("Mrs Munro would circulate the revised savings plan to members before "
                                 "the next meeting.", title), ("ACTION: KM", title)],
                               attendees=attendees)
    assert preds[0].type == "action" and preds[0].owner == "Kirsty Munro"
    assert preds[1].type == "information"


# -- classification -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("Councillor Marr stated her opposition on the grounds that the depot would bring lorries onto "
     "the school road.", "objection"),
    ("Mr Quinn registered his objection, saying the fee had doubled in two years.", "objection"),
    # a supporter's reason naming a failing the proposal would cure is no objection
    ("Mrs Aird supported the proposal, noting that the present clinic could not meet the fire "
     "regulations.", "argument_for"),
])
def test_stance_phrasings(text: str, kind: str) -> None:
    assert classify_sentences([(text, "New Health Centre")])[0].type == kind


def test_bulleted_list_under_the_body_is_its_decisions() -> None:
    title = "Review of Day Services"
    pairs = [("The Committee:", title),
             ("• noted the review of day services;", title),
             ("• agreed that the Elm Court day centre would stay open on Saturdays.", title)]
    assert clause_opening(pairs[0][0]) == "resolved" and all(CLAUSE.match(t) for t, _ in pairs[1:])
    preds = classify_sentences(pairs)
    assert [p.type for p in preds[1:]] == ["decision", "decision"]


def test_resolved_over_a_motion_opening_takes_its_lettered_clauses_as_decisions() -> None:
    title = "Pipeline Business Case"
    pairs = [("RESOLVED: That the Board:", title),
             ("(a) approves the business case for the Orana pipeline; and", title),
             ("(b) resolves not to proceed with the northern route.", title)]
    assert clause_opening(pairs[0][0]) == "resolved"
    assert [p.type for p in classify_sentences(pairs)[1:]] == ["decision", "decision"]


def test_a_motion_line_is_no_stance_of_the_member_who_spoke_before_it() -> None:
    roster = [Attendee(name=n, status="present") for n in ("A. Roy", "B. Chan", "C. Diaz")]
    title = "Loan Authorization Bylaw"
    pairs = [("Director Roy argued that the borrowing would burden rural taxpayers.", title),
             ("052/25 MOVED Director Chan / SECONDED Director Diaz", title),
             ("THAT Loan Authorization Bylaw No. 2001 be read a first, second and third time.", title),
             ("CARRIED", title),
             ("Opposed: Director Roy", title)]
    preds = classify_sentences(pairs, attendees=roster)
    assert preds[0].type == "objection"
    assert preds[2].type == "decision", preds[2]


# -- votes ----------------------------------------------------------------------------------------

ROSTER = [{"name": n, "status": "present"} for n in
          ("Jean Muir", "Alan Tosh", "Ruth Kerr", "Colin Dale", "Moira Lind", "Sean Boyd")]


def _members(text: str) -> dict[str, str]:
    votes = parse_votes(text, ROSTER)
    assert votes, text
    return votes[0].members


def test_members_voting_against_named_in_the_next_sentence() -> None:
    got = _members("Following a vote, the Committee agreed by 4 votes to 2 to recommend the plan to "
                   "the Board. Mrs Muir and Dr Kerr voted against.")
    assert {n for n, how in got.items() if how == "no"} == {"Jean Muir", "Ruth Kerr"}


def test_a_dissenter_named_beside_a_recusal() -> None:
    got = _members("The resolution was carried 4 votes to 1, Mr Tosh voting against. (Mr Boyd, "
                   "having declared an interest, did not vote.)")
    assert got.get("Alan Tosh") == "no" and got.get("Sean Boyd") == "recused"


def test_a_list_of_those_opposed_ends_before_the_next_line_label() -> None:
    got = _members("CARRIED on a recorded vote of 4 to 2 In favour: Directors Muir, Tosh, Kerr and "
                   "Dale Opposed: Directors Lind and Boyd ACTION: Staff to report back in May.")
    assert {n for n, how in got.items() if how == "no"} == {"Moira Lind", "Sean Boyd"}


# -- findings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,closed", [
    ("The Director reported that the second reservoir had been dropped from the design.", True),
    ("It was reported that Sunday opening of the branch library had been suspended from 1 March.", True),
    ("The ferry service had been suspended until the slipway was repaired.", False),
    ("Item 6 had been dropped from the agenda.", False),
])
def test_part_of_a_scheme_dropped_or_a_service_suspended_is_a_closure(text: str, closed: bool) -> None:
    assert is_closure(text) is closed


def test_the_chair_is_the_attendee_in_the_chair_whatever_her_role() -> None:
    from pipeline.classify_speaker import match_attendee
    attendees = [Attendee(name="Ailsa Grant", status="chair", role="Non-Executive Member (Chair)"),
                 Attendee(name="Colin Rae", status="present", role="Non-Executive Member")]
    assert match_attendee("The Chair", attendees) == "Ailsa Grant"


@pytest.mark.parametrize("text,kind", [
    ("The Head of Estates reported that the surveyors had inspected the roof in August and that their "
     "report was expected at the end of October.", "in_progress"),
    ("The quotes were due in March and had all been received.", "done"),
])
def test_a_report_still_expected_is_progress(text: str, kind: str) -> None:
    from pipeline.tracker import report_kind
    assert report_kind(text) == kind


@pytest.mark.parametrize("text,outcome", [
    ("THAT the community composting grant be continued in 2026 with a budget of $8,000.", "approved"),
    ("THAT the lifeguard programme be continued for a further season.", "approved"),
    ("THAT the public hearing be continued to the next meeting.", "deferred"),
    ("THAT the item be continued at the next meeting.", "deferred"),
])
def test_a_programme_continued_is_approved_an_item_continued_is_deferred(text: str, outcome: str) -> None:
    from pipeline.classify_motion import motion_outcome
    assert motion_outcome(text) == outcome
