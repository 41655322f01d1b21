import pytest

from pipeline.analyse import contrary, is_change_record, is_closure, turnover
from pipeline.finding_text import (award_parties, reports_award, reports_closure,
                                   reports_going_ahead, reverses_state, stops_matter)


@pytest.mark.parametrize("text", [
    "No further action was required.", "The scheme is not being pursued.",
    "The matter was closed.", "The project has been abandoned.",
])
def test_closure(text):
    assert is_closure(text)


@pytest.mark.parametrize("text", [
    "Helen Price reported that the programme had been stopped, and its budget moved elsewhere.",
    "The fare capping pilot has been shelved and will not launch in January.",
    "The Chair said the Mosgiel site was no longer being pursued.",
    "The new depot would not go ahead this year.",
    "The Clerk reported that the order had been cancelled and the device would no longer be bought.",
    "The project had been put on hold indefinitely and the design work would not be continued.",
    # what was decided reported as not to be done after all
    "Members were informed that the extension of the conservation area would not now be "
    "designated.",
    "The Director advised that the outdoor rink at Memorial Park would not be built.",
    # an order named with what it was for; the money "moved to" another scheme is no motion
    "The County Engineer reported that the order for the new motor grader had been cancelled and "
    "the money moved to the replacement of the bridge.",
])
def test_reported_closure(text):
    assert is_closure(text) and reports_closure(text)


@pytest.mark.parametrize("text", [
    "The officer proposed that the scheme would not go ahead.",  # proposes it: not yet a position
    "Cr Tait moved that the project not proceed.",
    "The June meeting had been cancelled.",  # not the matter itself
    "The project was put on hold until the grant decision in May.",  # a pause with an end
    "Councillor Ray moved to approve that the rink would not be built.",  # a motion
    "The order of business had been changed.",
])
def test_not_a_reported_closure(text):
    assert not reports_closure(text)


def test_a_bare_result_quotes_the_motion_it_carries():
    from pipeline.analyse import _carried_motion
    rows = [{"id": "m", "item_id": "i", "seq": 4, "text": "MOVED Cr A SECONDED Cr B That Council "
             "approve the sealing of the road."},
            {"id": "r", "item_id": "i", "seq": 5, "text": "CARRIED 5/1"},
            {"id": "x", "item_id": "i", "seq": 6, "text": "RESOLVED: That the plan be approved."}]
    assert _carried_motion(rows[1], rows)["id"] == "m"
    assert _carried_motion(rows[2], rows) is None  # a resolution says what it decides


def test_a_bare_result_quotes_the_wording_printed_under_its_mover_line():
    from pipeline.analyse import _carried_motion
    rows = [{"id": "v", "item_id": "i", "seq": 3, "text": "MOVED Cr A SECONDED Cr B"},
            {"id": "m", "item_id": "i", "seq": 4, "text": "That Council award the mowing "
             "contract to Green Verge Pty Ltd."},
            {"id": "r", "item_id": "i", "seq": 5, "text": "CARRIED 5/1 Cr C asked that her vote "
             "against be recorded."}]
    assert _carried_motion(rows[2], rows)["id"] == "m"
    # a statement that is no motion's wording, after the mover line, is not the motion
    rows[1] = {"id": "m", "item_id": "i", "seq": 4, "text": "Cr C spoke against the contract."}
    assert _carried_motion(rows[2], rows) is None


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


def test_a_members_objection_voted_past_is_overridden():
    from pipeline.analyse import _overridden
    objection = {"id": "o", "item_id": "i", "meeting_id": "m", "seq": 3, "type": "objection",
                 "speaker": "Mark Duffy"}
    approved = {"id": "d", "item_id": "i", "meeting_id": "m", "seq": 4, "type": "decision",
                "outcome": "approved"}
    noted = approved | {"outcome": "noted"}
    member = lambda s: s["speaker"] == "Mark Duffy"  # noqa: E731
    assert _overridden(objection, [objection, approved], member)
    assert not _overridden(objection, [objection, noted], member)  # nothing decided past it
    assert not _overridden(objection, [approved | {"seq": 2}, objection], member)  # before it
    assert not _overridden(objection, [objection, approved], lambda s: False)  # public comment


def test_a_bare_result_carries_the_motion_above_its_seconder_line():
    from pipeline.analyse import _carried_motion
    rows = [{"id": "s1", "item_id": "i", "seq": 1, "text": "MOTION: Commissioner Whitfield moved to "
             "initiate a residential permit parking program for the Old Mill streets."},
            {"id": "s2", "item_id": "i", "seq": 2, "text": "Seconded by Commissioner Kessler."},
            {"id": "s3", "item_id": "i", "seq": 3, "text": "Motion carried 7-0."}]
    got = _carried_motion(rows[2], rows)
    assert got is not None and got["id"] == "s1"


@pytest.mark.parametrize("text", [
    "The Clerk reported that the resurfacing of Mill Lane would go ahead in October.",
    "The Treasurer said the pavilion, which remains open at weekends, had covered its costs.",
    "Work has started on the footbridge at Brook End.",
    "The library continues to operate from the old fire station.",
    "The County Engineer advised that the crossing scheme is now under way.",
])
def test_reports_going_ahead(text):
    assert reports_going_ahead(text)


@pytest.mark.parametrize("text", [
    "The Clerk reported that the resurfacing would not go ahead this year.",
    "Cllr Moss asked whether the resurfacing would go ahead.",
    "It was proposed that the resurfacing go ahead in October.",
    "The café would remain open until the sale of the building completes.",
    "If grant funding is secured the crossing scheme would go ahead.",
    "The hall is no longer trading as a café.",
    "The Deputy Clerk said the consultation on the pool's length is still open for comments.",
])
def test_not_reports_going_ahead(text):
    assert not reports_going_ahead(text)


def test_award_parties_name_the_party_given_the_contract():
    assert award_parties("RESOLVED to award the grounds maintenance contract for three years to "
                         "Greenway Landscapes Ltd at £41,000 a year.") == {"greenway", "landscapes"}
    assert award_parties("The Clerk reported that the grounds maintenance contract, now with "
                         "Hedgerow Services, had begun.") == set()  # "now with" names no award
    assert award_parties("The council entered a contract with Apex Cleaning Ltd.") == \
        {"apex", "cleaning"}
    assert award_parties("The contract was awarded to the lowest bidder.") == set()


@pytest.mark.parametrize("text, outcome, stops", [
    ("Members agreed to close the public toilets at Quay Street from April.", "approved", True),
    ("It was resolved not to renew the lease of the depot.", "approved", True),
    ("The committee agreed that the skate park would not proceed.", "rejected", True),
    ("The application was refused.", "rejected", True),
    # a motion to close that failed keeps the thing going
    ("The motion to close the public toilets at Quay Street was lost.", "rejected", False),
    ("Members agreed to extend the opening hours of the toilets.", "approved", False),
])
def test_stops_matter(text, outcome, stops):
    assert stops_matter(text, outcome) == stops


def test_reverses_state():
    going = {"outcome": "going_ahead", "text": "The skate park would go ahead in the summer."}
    assert reverses_state("The committee agreed that the skate park would not proceed.",
                          "rejected", going)
    assert not reverses_state("Members approved the skate park.", "approved", going)
    award = "to award the cleaning contract to Apex Cleaning Ltd."
    assert reverses_state(award, "approved", {"outcome": "awarded", "text":
                          "The cleaning contract, now awarded to Brightside Facilities, began."})
    assert not reverses_state(award, "approved", {"outcome": "awarded", "text":
                              "The contract with Apex Cleaning had been extended by a year."})


def test_a_closure_after_an_agreed_closure_is_not_contrary():
    close = {"outcome": "approved", "text": "Members agreed to close the toilets at Quay Street."}
    assert not contrary(close, {"outcome": "closed", "text": "The project has been abandoned."})


@pytest.mark.parametrize("text, reported", [
    ("The Estates Officer reported that the catering contract, now held under an award to "
     "Fernside Foods, had started well.", True),
    ("Recommendation to award the catering contract to Fernside Foods for $120,000.", False),
    ("For the Board to authorize the Chief Executive to enter into a contract with Fernside "
     "Foods.", False),
    ("Cllr Diaz moved to award the catering contract to Fernside Foods.", False),
    ("The catering grant was not awarded to Fernside Foods this year.", False),
])
def test_reports_award(text, reported):
    assert reports_award(text) == reported
