"""Rules behind the second pass on the fourteenth story round: what a body withdraws (a service
is stopped, approved; a motion or an application is taken back, rescinded), roll-call lists and
counts as minutes print them, vote lines and minute-numbered resolutions that are no item
headings, and a vote put on "the resolution" above it. Sentences written for these tests, not
copied from the stories or the corpus."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_motion import motion_outcome

ITEM = "Library Outreach"


@pytest.mark.parametrize("text,outcome", [
    # the body stops a service, a facility, funding: a decision approved
    ("Resolved: That the Council withdraw its mobile library van from the northern villages "
     "at the end of March.", "approved"),
    ("RESOLVED that the Board withdraws funding for the summer reading scheme.", "approved"),
    # the body takes back its own business: rescinded
    ("Resolved: That the Council withdraw the planning application for the depot.", "rescinded"),
    ("RESOLVED that the Board withdraw its earlier offer to the parish.", "rescinded"),
])
def test_withdrawing_a_service_is_approved_a_motion_withdrawn_is_rescinded(text: str, outcome: str) -> None:
    pred = classify_sentences([(text, ITEM)])[0]
    assert (pred.type, pred.outcome) == ("decision", outcome)


@pytest.mark.parametrize("text,outcome", [
    ("Moved by Trustee Ames, seconded by Trustee Bell, to withdraw the bookmobile service from "
     "Route 9.", "approved"),
    ("Moved by Trustee Ames, seconded by Trustee Bell, to withdraw the application for the "
     "state grant.", "rescinded"),
    ("THAT the Authority withdraw its grant to the rowing club.", "approved"),
    ("THAT the Authority withdraw its objection to the quarry licence.", "rescinded"),
])
def test_a_motion_to_withdraw_a_service_asks_for_approval(text: str, outcome: str) -> None:
    assert motion_outcome(text) == outcome


# a library district board of five trustees (US), its roll call printed as two lists
LIBRARY = [{"name": n, "status": "present"} for n in
           ("Dana Kowalski", "Sean Brennan", "Grace Oyelaran", "Ruth Amsel", "Omar Haddad")]


@pytest.mark.parametrize("text,ayes,noes", [
    ("Trustee Amsel moved, seconded by Trustee Haddad, to close the branch on Sundays. A roll call "
     "vote was taken. Voting yes: Kowalski, Amsel, Haddad. Voting no: Brennan, Oyelaran. Motion "
     "carried, 3 to 2.", 3, 2),
    ("Trustee Amsel moved, seconded by Trustee Haddad, to close the branch on Sundays. Those voting "
     "in favour: Kowalski, Amsel, Haddad, Brennan. Voting nay: Oyelaran. Motion carried.", 4, 1),
])
def test_voting_yes_and_voting_no_lists_are_a_roll_call(text: str, ayes: int, noes: int) -> None:
    from pipeline.votes import parse_votes
    votes = parse_votes(text, LIBRARY)
    assert len(votes) == 1, [v.text for v in votes]
    v = votes[0]
    assert v.result == "carried"
    assert (v.tally["ayes"], v.tally["noes"]) == (ayes, noes)
    assert v.members.get("Grace Oyelaran") == "no" and v.members.get("Ruth Amsel") == "aye"


def test_a_comma_before_a_count_closing_the_result() -> None:
    from pipeline.votes import parse_votes
    (v,) = parse_votes("Trustee Amsel moved, seconded by Trustee Haddad, to adopt the budget. "
                       "Motion carried, 4 to 1.", LIBRARY)
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == ("carried", 4, 1)
