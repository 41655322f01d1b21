"""Objections minutes state in prose: a preference for something else, a harm to those affected,
figures that do not tally, and an objector's next point, which carries no marker of its own."""
from __future__ import annotations

import pytest

from pipeline.classify import _models, classify_sentences
from pipeline.classify_stance import continues

ITEM = "Master Plan Amendment - Community Building"


def _rules(text: str) -> set[str]:
    m = _models()
    ruler = m["ruler"]
    return {h.rule for h in ruler.hits(ruler(m["nlp"].make_doc(text)))}


@pytest.mark.parametrize("text, rule", [
    ("Mayor Johnson stated that she would prefer a formalized Council resolution.",
     "objection.would_prefer"),
    ("Councilmember Herrera Spencer stated that she would have preferred her motion be called for "
     "a vote first.", "objection.would_prefer"),
    ("Cllr Evans said he would rather the money went to the branch libraries.",
     "objection.would_prefer"),
    ("Steve and Stacy were homeowners that would be affected by this 3 story building.",
     "objection.would_be_affected"),
    ("Ms Patel said the allotment holders would be adversely impacted by the new access road.",
     "objection.would_be_affected"),
    ("The County has given a budget for 100% of costs but this does not tally with our figures.",
     "objection.does_not_tally"),
    ("It was noted that the absence table does not reflect a true picture.",
     "objection.does_not_tally"),
    ("The equipment would be visible from her home and she found it hard to believe it was safe.",
     "objection.hard_to_believe"),
    ("Members found it difficult to justify the cost of a second vehicle.",
     "objection.hard_to_believe"),
])
def test_prose_objection_markers(text: str, rule: str) -> None:
    assert rule in _rules(text)


@pytest.mark.parametrize("text", [
    "Preferably, photos of license plates with date and time stamps are preferred.",
    "The Chair said the preferred option was set out in the report.",
    "The roads that will be affected by the closure are listed in the appendix to the report.",
    "The figures reflect the revised budget.",
    "Plants are difficult to find at affordable rates this year.",
])
def test_neutral_wordings_are_no_objection_markers(text: str) -> None:
    assert not {r for r in _rules(text) if r.startswith("objection.")}


@pytest.mark.parametrize("text, goes_on", [
    ("She also discussed the height of the building.", True),
    ("He then said the plans had changed since the sale.", True),
    ("They were also concerned about parking.", True),
    ("Also, it seems non-residents are using our dumpsters.", True),
    ("Second, the bill could put the operating budget at risk.", True),
    ("In addition, the survey missed the younger residents.", True),
    ("She suggested the High School as an alternative site.", True),
    ("She asked when the work would finish.", False),  # a question takes a turn of its own
    ("He moved approval of the application.", False),
    ("Second", False),  # a seconder's line
    ("Further to the last meeting, the Clerk reported on the lease.", False),
    ("The applicant explained the design.", False),
    ("Theresa Lim presented the report.", False),
    ("She said she had lived on Park Street for twelve years.", False),  # her background
])
def test_what_opens_as_a_continuation(text: str, goes_on: bool) -> None:
    assert continues(text) is goes_on


OBJECTION = "Jill Benson was very concerned about the premium she had paid for her unit."
NEXT = "She said the recreation building now appeared as tall as the three-storey buildings."


def test_an_objectors_next_point_is_an_objection() -> None:
    first, second = classify_sentences([(OBJECTION, ITEM), (NEXT, ITEM)])
    assert first.type == "objection"
    assert (second.type, second.generator) == ("objection", "rule:stance.continues_objection")


def test_the_same_sentence_after_a_report_is_not_made_an_objection() -> None:
    report = "The Planning Manager presented the revised master plan for the site."
    _, second = classify_sentences([(report, ITEM), (NEXT, ITEM)])
    assert second.generator != "rule:stance.continues_objection"
    assert second.type != "objection"


def test_a_continuation_in_another_item_is_not_the_objectors() -> None:
    _, second = classify_sentences([(OBJECTION, ITEM), (NEXT, "Treasurer's Report")])
    assert second.generator != "rule:stance.continues_objection"


def test_an_objectors_question_stays_a_question() -> None:
    asked = "She asked when the developer had changed the height of the building."
    _, second = classify_sentences([(OBJECTION, ITEM), (asked, ITEM)])
    assert second.type == "question"


@pytest.mark.parametrize("text", [
    "Director Romeo added there are candidates in private industry that we would not want to exclude.",
    "The City Attorney answered that they did not want to reduce the candidate pool.",
    "I am here to bring your concerns to the agencies each month.",
])
def test_not_wanting_a_loss_and_inviting_concerns_are_no_objection_markers(text: str) -> None:
    assert not {r for r in _rules(text) if r.startswith("objection.")}


@pytest.mark.parametrize("text, rule", [
    ("Councilmember Vella stated that she does not want the buildings to sit vacant.",
     "objection.does_not_want"),
    ("Residents raised concerns about the parking.", "objection.expressed_concern"),
    ("There were concerns about the height of the building.", "objection.concern_that"),
])
def test_the_same_markers_still_object(text: str, rule: str) -> None:
    assert rule in _rules(text)
