"""Decisions, their outcomes and proposals as minutes of bodies the model never saw print them
(Bronx community board, Alameda boards, an Irish budget meeting), each rule beside a near
sentence it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences


def _one(text: str, title: str = "Item") -> tuple[str, str]:
    (p,) = classify_sentences([(text, title)])
    return p.type, p.outcome


def test_a_motion_called_and_passed_is_a_decision() -> None:
    assert _one("Motion called and passed.") == ("decision", "approved")
    assert _one("Motion called and passed with two abstentions.") == ("decision", "approved")
    assert _one("The question was put and carried.") == ("decision", "approved")
    assert _one("The motion was called and failed.") == ("decision", "rejected")
    # a meeting called is no motion carried
    assert _one("The roll was called and there was not a quorum.")[0] != "decision"


def test_a_consent_result_printed_alone() -> None:
    assert _one("Accepted.") == ("decision", "approved")
    assert _one("Introduced.") == ("decision", "approved")
    assert _one("Continued.") == ("decision", "deferred")
    assert _one("Denied.") == ("decision", "rejected")
    # a question, a page's continuation line, a sentence that only opens with the word
    assert _one("Withdrawn?")[0] != "decision"
    assert _one("Continued on page 4")[0] != "decision"
    assert _one("Accepted practice is to circulate the papers a week ahead.")[0] != "decision"


def test_a_tally_in_yes_and_no_votes() -> None:
    assert _one("The roll was called with 13-Yes votes and 11-No votes, and one recommendation "
                "for the developer to come back.") == ("decision", "approved")
    assert _one("A roll call vote was taken and as a result there were 14-no’s and 3-abstentions, "
                "and the letter of support was denied by the committee.") == ("decision", "rejected")
    # a number before "No" that counts no votes
    assert _one("Item 3 - No action was needed on the report.")[0] != "decision"


def test_the_operative_words_of_a_resolution() -> None:
    assert _one("AND THAT, as so amended, the Annual Budget be and is hereby adopted as per "
                "Tables A, B, D, E & F.") == ("decision", "approved")
    assert _one("AND THAT, in accordance with the Annual Budget, €0.2677 be and is hereby "
                "determined as the General Annual Rate on Valuation.")[0] == "decision"
    # a board's resolution text that appoints (its approval is recorded elsewhere) keeps its type
    assert _one("RESOLVED, that Roman Shaposhnik be and hereby is appointed to the office of "
                "Vice President.")[0] == "proposal"


def test_a_motion_nobody_seconded_fails() -> None:
    assert _one("(There was no second to this motion).") == ("decision", "rejected")
    assert _one("No second was received.") == ("decision", "rejected")
    assert _one("The motion died for lack of a second.") == ("decision", "rejected")
    assert _one("There was no second reading of the bill.")[0] != "decision"


def test_referred_to_after_a_speaker_is_a_mention() -> None:
    for text in ["Councillor Collins referred to the emails received in the past few days and "
                 "referred to the Prime Time programme.",
                 "Water is largely funded via the Service Level Agreement with the Council and "
                 "referred to the EPA report in relation to pumping.",
                 "Councillor Smith, referring to the report, asked about costs."]:
        assert _one(text)[0] != "decision", text
    # a referral by the body stays one
    assert _one("The application was referred to the Planning Committee.") == ("decision", "referred")
    assert _one("The Board discussed the matter and referred back to staff for more work.") \
        == ("decision", "referred")
    assert _one("The Council considered the request and referred to the Housing Committee for "
                "review.") == ("decision", "referred")
    assert _one("The Board voted to approve referring the matter to the Finance Committee.") \
        == ("decision", "referred")


def test_a_referral_yet_to_happen_is_none() -> None:
    assert _one("Mayor Johnson read the proclamation; stated the proclamation would be forwarded "
                "to the American Heart Association.")[0] != "decision"
    # the outcome stays when the body agreed it
    assert _one("It was agreed that the matter would be referred to the Finance Committee.") \
        == ("decision", "referred")


def test_continued_to_a_date_defers_continued_to_a_verb_does_not() -> None:
    assert _one("The item was continued to November 21, 2023.") == ("decision", "deferred")
    assert _one("The hearing was continued to the next meeting.") == ("decision", "deferred")
    assert _one("2019 was another successful year for Innovate Limerick as it continued to expand "
                "its functions.")[0] != "decision"
    assert _one("The Council continued to ensure that the housing challenge was addressed.")[0] \
        != "decision"


def test_another_bodys_approval_is_reported_news() -> None:
    assert _one("Also, the draft budgetary plan was approved by each of the Municipal Districts "
                "during October.")[0] != "decision"
    # the body's own approval, by its name or by its vote
    assert _one("The minutes were approved by the Board.") == ("decision", "approved")
    assert _one("The resolution was approved by a vote of 5-0.") == ("decision", "approved")


def test_a_call_for_a_motion_decides_nothing() -> None:
    assert _one("I need a motion from the floor to accept the locations that were approved by "
                "the NYPD for renewal or new liquor license.")[0] != "decision"
    assert _one("Can I have a motion to approve the agenda as presented.")[0] != "decision"
    # a motion made and carried in one sentence is the decision
    assert _one("Board Member Teague made a motion to approve the minutes, seconded by Board "
                "Member Hom; the motion carried 5-0.") == ("decision", "approved")


def test_a_motion_made_is_a_proposal() -> None:
    assert _one("Motion made to adjourn.")[0] == "proposal"
    assert _one("Motion made not to grant the developer a letter of support for the project.")[0] \
        == "proposal"
    assert _one("Board Member Teague made a motion to deny this change, without prejudice, to the "
                "Master Plan and Vice President Hom seconded the motion.")[0] == "proposal"
    # a motion someone says they have made is no motion made here: the rule leaves it alone
    (p,) = classify_sentences([("Councilmember Herrera Spencer stated that she has made a motion "
                                "to have the matter return in the fall.", "Item")])
    assert p.generator != "rule:proposal.made_a_motion_to"


def test_who_proposed_a_motion_states_the_proposal() -> None:
    assert _one("It was proposed by Councillor Collins (M) and seconded by Councillor Sheahan (J) "
                "to adjourn the meeting for ten minutes.")[0] == "proposal"
    assert _one("It was proposed by: Councillor Sheehan (J)")[0] == "proposal"
    assert _one("The minutes of the Regular Meeting of July 31, 2017 were moved for approval by "
                "Member Elzig and seconded by Member Soderlund.")[0] == "proposal"
    assert _one("Board Member Hom made motion to approve the minutes from June 13th and President "
                "Saheba seconded the motion.")[0] == "proposal"
    # proposed, seconded and agreed in one sentence: the decision
    assert _one("It was proposed by Councillor Galvin, seconded by Councillor O’Brien and agreed "
                "to defer this item to the next meeting.") == ("decision", "deferred")


def test_voting_not_to_grant_rejects() -> None:
    assert _one("The committee voted not to provide a letter of support towards that ask.") \
        == ("decision", "rejected")
    assert _one("The committee voted to provide a letter of support.") == ("decision", "approved")


def test_a_roll_call_result_carries_what_was_moved() -> None:
    # the motion followed directly by its bare result is, with it, the decision (statements/GUIDE.md)
    preds = classify_sentences([
        ("Board Member Teague made a motion to deny the application and Board Member Hom "
         "seconded the motion.", "7-A 2800 Fifth Street"),
        ("A roll call vote was taken and the motion passed 7-0.", "7-A 2800 Fifth Street")])
    assert [(p.type, p.outcome) for p in preds] == [("decision", "rejected"), ("decision", "rejected")]
    preds = classify_sentences([
        ("Board Member Teague made a motion to approve the application and Board Member Hom "
         "seconded the motion.", "7-A 2800 Fifth Street"),
        ("A roll call vote was taken and the motion passed 7-0.", "7-A 2800 Fifth Street")])
    assert [(p.type, p.outcome) for p in preds] == [("decision", "approved"), ("decision", "approved")]


def test_accepted_by_a_member_and_seconded_is_the_motion() -> None:
    assert _one("Memo regarding the death of 1079 Pensioner – Gloria Haley deceased 11/03/2015, was "
                "accepted with regret by Member Edwards and seconded by Member Soderlund.")[0] \
        == "proposal"
    # with its result, or approved by the body, it is the decision
    assert _one("The minutes were approved by Member Edwards and seconded by Member Soderlund, and "
                "carried 3-0.") == ("decision", "approved")
    assert _one("The minutes were approved by the Board.") == ("decision", "approved")


def test_carried_over_to_a_meeting_defers_carried_over_into_does_not() -> None:
    assert _one("The item was carried over to the next meeting.") == ("decision", "deferred")
    assert _one("Member Frank asked to clarify if the removal of the endorsement also carried over "
                "into physical handling and Director Romeo confirmed the change was only for "
                "transport.")[0] != "decision"


def test_a_result_wished_for_is_no_result() -> None:
    assert _one("For the replacement there will likely be a special meeting called and at the same "
                "time hopefully to have a resolution passed for the proposed budget.")[0] != "decision"
    assert _one("The resolution was passed unanimously.") == ("decision", "approved")


def test_decision_making_is_no_decision_label() -> None:
    assert _one("They feel that the building is out of scale and they feel like they’ve been left "
                "out of the decision-making process.")[0] != "decision"
    assert _one("Decision - the Board approved the budget.") == ("decision", "approved")
    assert _one("Outcome – deferred to the next meeting.") == ("decision", "deferred")
