"""A debated formal motion and the result that names it: the result read through its lead-in and
the roll call printed after it, and the seconder's own line read as the motion's, not debate;
each on invented minutes of bodies not in the corpus, and on the forms that keep the motion a
proposal (a friendly amendment decided between motion and result, a seconder's line that
carries the result)."""
from __future__ import annotations

import pytest

from pipeline.classify_join import debated_motions, debated_seconders, is_result_only


@pytest.mark.parametrize("text", [
    # a school board's roll call printed after its result
    "On the call for the question, the motion carried by the following roll call vote: Trustees "
    "Moreno: Aye; Chen: Aye; Olsen: No; and President Patel: Aye. Ayes: 3. Noes: 1.",
    "On the call for the question, the motion carried by unanimous voice vote - 7.",
    "Upon a vote, the motion carried by the following voice vote: Ayes: Directors Ruiz, Lamb and "
    "Obi. Noes: Director Kaye.",
    "Upon being put to the vote, the motion was lost.",
    "Upon the vote being taken, the motion was defeated 2-5.",
])
def test_a_result_after_its_lead_in_or_before_its_roll_call_is_bare(text):
    assert is_result_only(text)


@pytest.mark.parametrize("text", [
    # words of what was decided, before or after the roll call
    "On the call for the question, the motion to adopt the budget carried by the following voice "
    "vote: Ayes: Moreno, Chen. Noes: Olsen.",
    "The motion carried by the following roll call vote: Ayes: Moreno, Chen. Noes: Olsen. Staff "
    "will report back on the library hours in May.",
    "On the call for the question, the Board approved the budget.",
])
def test_a_result_with_words_of_its_own_is_not_bare(text):
    assert not is_result_only(text)


def test_a_seconder_on_its_own_line_belongs_to_the_debated_motion():
    texts = ["Trustee Moreno moved approval of the revised bus routes.",
             "Trustee Chen seconded the motion.",
             "Under discussion, Trustee Olsen stated that he will not support the motion; the "
             "north route leaves out two schools.",
             "Trustee Patel inquired whether the district had costed a ninth route.",
             "The Transportation Director responded that it had not.",
             "Trustee Chen expressed support for the routes as a first step.",
             "Trustee Olsen stated that families on the north side were not consulted.",
             "On the call for the question, the motion carried by the following voice vote: Ayes: "
             "Trustees Moreno, Chen and Patel. Noes: Trustee Olsen."]
    types = ["proposal", "information", "objection", "question", "information", "argument_for",
             "objection", "decision"]
    # five lines of debate: past a seconder's own line the walk reaches further than four
    assert debated_motions(texts, ["Bus routes"] * 8, types) == {7: (0, 2)}
    assert debated_seconders(texts, ["Bus routes"] * 8, types) == {}


def test_a_seconder_parted_from_its_motion_by_a_question_is_still_the_motions():
    texts = ["Director Ruiz moved approval of the pool contract with a 10% contingency.",
             "Director Lamb requested clarification of the contingency amount.",
             "The Finance Manager responded that it is $41,200.",
             "Director Obi seconded the motion.",
             "Under discussion, Director Kaye expressed concern over the contractor's record.",
             "Upon a vote, the motion carried 4-1."]
    types = ["proposal", "question", "information", "information", "objection", "decision"]
    assert debated_motions(texts, ["Pool"] * 6, types) == {5: (0, 1)}
    assert debated_seconders(texts, ["Pool"] * 6, types) == {5: 3}


def test_the_classify_stage_types_the_seconder_as_the_decision():
    from pipeline.classify import classify_sentences
    pairs = [(t, "Bus routes") for t in (
        "Trustee Moreno moved approval of the revised bus routes.",
        "Trustee Chen seconded the motion.",
        "Under discussion, Trustee Olsen stated that he will not support the motion; the north "
        "route leaves out two schools.",
        "On the call for the question, the motion carried by unanimous voice vote - 5.")]
    got = [(p.type, p.outcome) for p in classify_sentences(pairs)]
    assert got[0] == ("decision", "approved") and got[1] == ("decision", "approved")
    assert got[2][0] == "objection" and got[3][0] == "decision"


def test_a_friendly_amendment_decided_between_keeps_the_motion_a_proposal():
    texts = ["Councillor Reyes moved adoption of the parking bylaw.",
             "Councillor Tan seconded the motion.",
             "Under discussion, Councillor Wu proposed a friendly amendment to exempt Sundays.",
             "Councillor Reyes accepted the friendly amendment.",
             "Councillor Berg stated that she will not support the motion.",
             "On the call for the question, the motion carried by unanimous voice vote - 5."]
    # typed as the classifier may read them: the acceptance as information, not a decision
    types = ["proposal", "information", "proposal", "information", "objection", "decision"]
    assert debated_motions(texts, ["Parking"] * 6, types) == {}
    types[2] = "objection"  # even with the proposal read as debate, the acceptance ends the walk
    assert debated_motions(texts, ["Parking"] * 6, types) == {}


def test_a_seconder_carrying_the_result_keeps_the_motion_before_it_a_proposal():
    texts = ["Councillor Reyes moved adoption of the parking bylaw.",
             "Councillor Tan seconded the motion, which carried by unanimous voice vote - 5.",
             "Councillor Berg stated that she had hoped for a Sunday exemption.",
             "Councillor Wu moved approval of the minutes.",
             "Councillor Tan seconded the motion.",
             "Under discussion, Councillor Berg objected to the wording of item 4.",
             "On the call for the question, the motion carried by unanimous voice vote - 5."]
    types = ["proposal", "decision", "objection", "proposal", "information", "objection", "decision"]
    got = debated_motions(texts, ["Bylaw"] * 7, types)
    assert got == {6: (3, 5)}  # the later motion only; the first keeps its own result
    # a seconder's line carrying a result, typed otherwise, is no seconder of a debated motion
    types = ["proposal", "information", "objection", "decision"]
    assert debated_motions(texts[:3] + texts[6:], ["Bylaw"] * 4, types) == {}
