import pytest

from pipeline.analyse import contrary, is_change_record, is_closure, turnover


@pytest.mark.parametrize("text", [
    "No further action was required.", "The scheme is not being pursued.",
    "The matter was closed.", "The project has been abandoned.",
])
def test_closure(text):
    assert is_closure(text)


@pytest.mark.parametrize("text", ["The board approved the budget.", "A closed session was held first",
                                  "41 issues were closed/resolved for this release"])
def test_not_closure(text):
    assert not is_closure(text)


@pytest.mark.parametrize("text", [
    "The committee agreed to rescind its decision of 9 February.",
    "In light of the accessibility concerns, the group agreed to meet at the library instead.",
    "Members resolved to revisit the earlier resolution.",
    "It was agreed to amend the previous resolution to add a review clause.",
])
def test_change_records(text):
    assert is_change_record(text)


def test_change_record_by_outcome_and_not_by_plain_decision():
    assert is_change_record("Motion carried.", "rescinded")
    assert not is_change_record("The budget was approved.", "approved")


def test_contrary():
    agreed = {"outcome": "approved", "text": "It was agreed that a review would be undertaken."}
    assert contrary(agreed, {"outcome": "noted", "text": "Noted. No further action was required."})
    assert contrary(agreed, {"outcome": "rejected", "text": "The proposal was declined."})
    assert not contrary(agreed, {"outcome": "noted", "text": "The update was noted."})
    assert contrary({"outcome": "rejected", "text": "x"}, {"outcome": "approved", "text": "y"})


def test_turnover():
    assert turnover({"a", "b"}, {"a", "b"}) == 0
    assert turnover({"a", "b"}, {"c"}) == 1
    assert turnover({"a", "b", "c"}, {"a", "b", "d"}) == pytest.approx(0.5)
