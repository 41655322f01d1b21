"""A bare result behind the words saying how the vote was taken ("A roll call vote was taken and
the motion passed 7-0.", "Motion called and passed."), read as the result of the motion above it,
as planning commissions and community boards print it; on invented minutes of bodies not in the
corpus, and on the forms that stay results with words of their own."""
from __future__ import annotations

import pytest

from pipeline.classify_join import is_result_only, motion_groups


@pytest.mark.parametrize("text", [
    "A roll call vote was taken and the motion passed 5-0.",
    "A roll call vote was taken and the motion failed 2-3, with Commissioners Lee and Park voting against.",
    "A voice vote was taken and the motion carried unanimously.",
    "A vote was taken and the motion passed 4-1.",
    "A vote taken and the motion passed 6-0 with one abstention.",
    "Motion called and passed.",
    "Motion called and passed with 2-abstentions.",
    "Motion called and failed.",
])
def test_a_result_after_the_vote_taken_is_bare(text):
    assert is_result_only(text)


@pytest.mark.parametrize("text", [
    "A roll call vote was taken and the motion to approve the parking lot passed 5-0.",
    "A roll call vote was taken and the Commission approved the variance.",
    "A vote was taken.",
    "The Chair called and asked for a second.",
    "Motion called and passed to send a letter to the Mayor.",
])
def test_the_vote_taken_with_words_of_its_own_is_not_bare(text):
    assert not is_result_only(text)


def test_a_planning_commission_motion_joins_its_roll_call_result():
    texts = ["Commissioner Ortega made a motion to approve the sign permit.",
             "Commissioner Blake seconded the motion.",
             "A roll call vote was taken and the motion passed 5-0."]
    types = ["proposal", "information", "decision"]
    assert motion_groups(texts, ["4-A"] * 3, types) == {2: 0}


def test_a_community_board_motion_joins_its_called_result():
    texts = ["Can I have a motion to approve the minutes.",
             "Motion made to approve the minutes as presented.",
             "Motion duly seconded.",
             "Motion called and passed."]
    types = ["proposal", "proposal", "information", "decision"]
    assert motion_groups(texts, ["Minutes"] * 4, types) == {3: 1}
