"""Statement rules written for the sixth round of unseen minutes, each beside the neighbours it
must leave alone."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_owner import resolved_task


def _one(text: str):
    return classify_sentences([(text, "Business")])[0]


def test_a_resolution_that_only_tasks_an_officer_with_a_deadline_is_an_action() -> None:
    p = _one("The Committee resolved that the Chief Officer submits a detailed report on drug "
             "procurement to the Committee within fourteen (14) days.")
    assert (p.type, p.owner) == ("action", "the Chief Officer")


@pytest.mark.parametrize("text", [
    # an agreed position with a task in it stays the body's decision
    "It was agreed that AW would circulate the paper.",
    # no deadline: the resolution records what the body wants
    "The Committee resolved that the Chief Officer submits quarterly reports on procurement.",
    "The Board resolved that the Director's report be noted.",
])
def test_resolutions_that_stay_decisions(text: str) -> None:
    assert resolved_task(text) == ""
    assert _one(text).type == "decision"


def test_adopted_with_amendments_is_amended() -> None:
    p = _one("The Committee resolved to adopt the Bill with amendments and to table its report.")
    assert (p.type, p.outcome) == ("decision", "amended")
    q = _one("The Committee resolved to adopt the Bill and to table its report.")
    assert (q.type, q.outcome) == ("decision", "approved")


def _units(text: str) -> list[str]:
    from pipeline.classify_split import make_splitter, split_item
    from pipeline.records import Item
    item = Item(id="i", meeting_id="m", number="5", title="Fees", page_start=1, page_end=1, text=text)
    return [u.text for u in split_item(item, make_splitter())]


def test_a_vote_line_and_its_result_are_one_unit() -> None:
    assert _units("MOVED: Member Whitfield\nSECOND: Chair Kessler\nVOTE: 4-2-0 (Nay: Ostrowski, "
                  "Bell). The motion carried.\nStaff will schedule the workshop.")[-2:] == [
        "VOTE: 4-2-0 (Nay: Ostrowski, Bell). The motion carried.", "Staff will schedule the workshop."]
    # a vote line followed by anything else still ends there
    assert _units("VOTE: 6-0-0. Staff will send the letter.") == ["VOTE: 6-0-0.",
                                                                   "Staff will send the letter."]


def test_a_code_ending_in_a_letter_ends_a_sentence() -> None:
    assert _units("The increase requires a workshop under\nNRS 233B. Member Whitfield opposed any "
                  "increase.") == ["The increase requires a workshop under NRS 233B.",
                                   "Member Whitfield opposed any increase."]
    # a model number or an amount is left to the sentencizer (its full stop may end nothing)
    assert len(_units("The trade-in of the 2009 Caterpillar 140M. All ayes.")) == 1
