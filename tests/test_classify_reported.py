"""Actions, objections, arguments for and speakers as minutes of bodies outside the training set
word them: tasks in reported speech, objections without a concern word, speakers with an office or
a party after the name. Each rule beside a near sentence it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences
from pipeline.classify_speaker import find_speaker


def _one(text: str, title: str = "5. Parks Maintenance Contract"):
    (pred,) = classify_sentences([(text, title)])
    return pred


def test_a_speaker_reporting_what_he_or_she_will_do_is_tasked() -> None:
    pred = _one("Director Okafor said she would circulate the revised schedule to members.")
    assert (pred.type, pred.owner) == ("action", "Director Okafor")
    pred = _one("Finance Manager, Rita Alvarez stated she will look into it for the next meeting.")
    assert (pred.type, pred.owner) == ("action", "Rita Alvarez")
    # "He added that he would …": the owner is the speaker the pronoun refers back to
    first, second = classify_sentences([
        ("Planner Okonkwo said the layout had changed.", "7. Site plan"),
        ("He added that he would review the drainage plan with the applicant.", "7. Site plan")])
    assert (second.type, second.owner) == ("action", "Planner Okonkwo")
    # near cases: a wish, a stance, an answer, a hope are no task
    for text in ("Councilmember Ortiz stated that she would like to have more options.",
                 "Councilmember Ortiz stated that she will not be supporting the motion.",
                 "The Parks Director responded that she would defer to the Finance Director.",
                 "Trustee Bell said he would look forward to the opening of the branch."):
        assert _one(text).type != "action", text


def test_a_first_person_promise_to_send_is_the_speakers_task() -> None:
    first, second = classify_sentences([
        ("Ms. Dana Whitfield, Chairperson Land Use Committee said the hearing is next month.", "Reports"),
        ("I will send the notice on Monday to the borough office.", "Reports")])
    assert (second.type, second.owner) == ("action", "Ms. Dana Whitfield")
    # "I will entertain a motion", "I will move that …": the chair running the meeting, a motion
    assert _one("I will entertain a motion.").type != "action"
    assert _one("I will move that the Council fund the library repairs.").type != "action"


def test_asking_that_an_office_or_a_person_do_something_tasks_them() -> None:
    pred = _one("Chair Lindqvist recommended that staff work on the job description and bring it back.")
    assert (pred.type, pred.owner) == ("action", "staff")
    pred = _one("Trustee Moreau asked that at the June meeting, each finance staff member bring back "
                "a list of the rules that are cumbersome.")
    assert (pred.type, pred.owner) == ("action", "each finance staff member")
    pred = _one("Councillor Byrne requested that the Chief Executive and his management team "
                "identify funding for the athletics hub.")
    assert (pred.type, pred.owner) == ("action", "the Chief Executive and his management team")
    # near cases: a body asked to approve is a proposal; owners asked to act are no officers
    assert _one("Staff recommends that the Council adopt the budget.").type == "proposal"
    assert _one("The Utilities Committee has recommended that owners take steps to protect "
                "their plumbing.").type != "action"


def test_an_opinion_of_what_should_be_given_is_no_task() -> None:
    pred = _one("Maria Lopez, Springfield, stated she supports continued funding for food banks; "
                "special consideration should be given to groups that also teach cooking.")
    assert pred.type != "action"
    # near case: a plain passive task with no one reporting it
    assert _one("The minutes will be circulated to all members by Friday.").type == "action"


def test_objections_worded_without_a_concern_word() -> None:
    for text in ("Pat Keane took issue with the Director's statement that the survey was complete.",
                 "She also believed from a design stand point this missed the mark.",
                 "Councillor Nolan acknowledged the budget is an improvement, however it fails to "
                 "tackle the housing crisis.",
                 "Member Ruiz agreed, saying she was surprised that there were no safety requirements.",
                 "He wanted a larger community space and he was not in favor of this plan.",
                 "Due to these outstanding issues he did not feel confident moving this forward.",
                 "Board Member Ito discussed the recommendations and was on the fence about it.",
                 "Residents feel that the tower is out of scale with the rest of the street.",
                 "The committee members present were against giving a letter of support due to "
                 "the traffic."):
        assert _one(text).type == "objection", text
    # near cases: support, an "upset" price, a vote tally
    assert _one("He was in favor of this plan because it adds housing.").type != "objection"
    assert _one("The amendment will increase the upset by $100,000.00 to allow more work.").type \
        != "objection"
    assert _one("The motion carried with 5 in favour and 2 against.").type == "decision"


def test_welcoming_an_increase_argues_for_it_and_welcoming_people_does_not() -> None:
    assert _one("Councillor Hayes welcomed the increased spending on housing maintenance.",
                "Budget 2020").type == "argument_for"
    assert _one("Councillor Hayes acknowledged the reduction in the cost of animal control.",
                "Budget 2020").type == "argument_for"
    assert _one("The Chair welcomed the new members to their first meeting.",
                "1. Welcome").type != "argument_for"


def test_a_speaker_mentioning_something_and_referring_to_it_refers_nothing() -> None:
    pred = _one("Councillor Hayes welcomed the first budget of the new council and referred to the "
                "growth of the city.", "Budget 2020")
    assert pred.type != "decision"
    # near case: the matter itself referred to another body is still a referral
    pred = _one("The item was discussed and referred to the Finance Committee.", "9. Leases")
    assert (pred.type, pred.outcome) == ("decision", "referred")


def test_speakers_with_an_office_suffix_or_party_after_the_name() -> None:
    assert find_speaker("Ms. Dana Whitfield, Chairperson said thank you for the report.") \
        == "Ms. Dana Whitfield"
    assert find_speaker("Mr. Luis Ortega, Jr., Chairperson Economic Development-Land Use & Housing "
                        "said the committee met.") == "Mr. Luis Ortega, Jr"
    assert find_speaker("Councillor Ryan (J), on behalf of the Labour Group, welcomed the budget.") \
        == "Councillor Ryan (J)"
    assert find_speaker("Councilmember deWitt inquired whether the rooms were comparable.") \
        == "Councilmember deWitt"
    assert find_speaker("Human Resources Manager Ferris stated they would get more help.") \
        == "Human Resources Manager Ferris"
    assert find_speaker("City Planner Osei responded there is an accreditation program.") \
        == "City Planner Osei"
    # near cases: an office with no name speaks as the office; a report heading names nobody
    assert find_speaker("The City Manager stated that the criteria were reviewed.") == "The City Manager"
    assert find_speaker("Project Manager Report was presented.") == ""


def test_concerns_discussed_and_calls_to_delay_object() -> None:
    for text in ("Board Member Osei discussed her concerns about the loss of retail frontage.",
                 "He then outlined his concerns about the lack of outreach.",
                 "Board Member Ito discussed his issues with the overall design of the roof.",
                 "Jo Reyes urged the board to delay approval for at least 30 days.",
                 "President Ruiz discussed which findings she was having issues with."):
        assert _one(text).type == "objection", text
    # near cases: asking to vote for it, a plain discussion of the issues
    assert _one("Sam Lee urged the board to vote for the plan tonight.").type != "objection"
    assert _one("Mia Chen asked the Council to delay for a moment while she found her notes.").type \
        != "objection"
    assert _one("The board discussed the issues on the agenda.").type != "objection"


def test_someone_speaking_for_an_official_is_named_by_whom_they_represent() -> None:
    assert find_speaker("The representative for the Honorable Ada Quinn, State Senator said the "
                        "budget is due in April.") \
        == "The representative for the Honorable Ada Quinn, State Senator"
    assert find_speaker("The representative of the applicant stated that works would end in May.") \
        == "The representative of the applicant"
    assert find_speaker("The representative for District 4 was absent.") == ""


def test_asking_someone_about_something_is_a_question_and_inviting_questions_is_not() -> None:
    assert _one("Member Tran asked Director Ibsen how to make that change in the process.").type \
        == "question"
    assert _one("She then asked the applicant about alternative locations on the roof.").type \
        == "question"
    # near case: asking someone to do something tasks them
    assert _one("The Board directed the Clerk to circulate the revised policy.").type == "action"
    for text in ("Does anybody have any questions for the presenter?",
                 "Ms. Dana Whitfield, Chairperson asked for a motion to adjourn.",
                 "Kim Lowe, Dish Network, answered questions about the design."):
        assert _one(text).type != "question", text


def test_a_reference_to_what_someone_said_names_no_speaker() -> None:
    assert find_speaker("So, as Ms. Marsh mentioned I am the new Borough Director.") == ""
    assert find_speaker("As Cllr Doyle said, the budget is tight.") == ""
    # near case: the person named saying it
    assert find_speaker("Ms. Marsh mentioned that the survey closes on Friday.") == "Ms. Marsh"
    assert find_speaker("The minutes were moved for approval by Member Ortiz and seconded by "
                        "Member Lund.") == "Member Ortiz"


def test_a_surname_named_again_without_its_tag_keeps_the_tag_of_the_item() -> None:
    title = "3. Budget 2020"
    preds = classify_sentences([
        ("Councillor Walsh (P), on behalf of the Labour Group, welcomed the budget.", title),
        ("Councillor Walsh referred to the roads programme.", title),
        ("Councillor Walsh referred to the housing programme.", "5. Housing")])
    assert preds[1].speaker == "Councillor Walsh (P)"
    # in another item, before any tag is printed there: the name stays as printed
    assert preds[2].speaker == "Councillor Walsh"


def test_a_named_person_saying_how_they_felt_and_a_couple_speaking_together() -> None:
    assert find_speaker("Karen Oduya was concerned that the gym was not included.") == "Karen Oduya"
    assert find_speaker("Jill Moss, who owns a unit in the Flats, was very concerned for her view.") \
        == "Jill Moss"
    assert find_speaker("Enrico & Sherry Lomax echoed the comments made by Speaker Grant.") \
        == "Enrico & Sherry Lomax"
    assert find_speaker("Steve & Stacy (no last name given) were homeowners near the site.") \
        == "Steve & Stacy"
    # near cases: a department is no person, nor are staff and council
    assert find_speaker("Parks and Recreation was concerned about costs.") == ""
    assert find_speaker("Staff & Council were concerned.") == ""


def test_not_thinking_the_design_works_objects_when_the_model_is_unsure() -> None:
    assert _one("He did not think the design for the building was civic in nature.",
                "7-C Master Plan Amendment").type == "objection"
    # near case: thinking it does
    assert _one("He thought the design for the building was civic in nature.",
                "7-C Master Plan Amendment").type != "objection"


def test_asking_whether_it_is_really_necessary_doubts_the_proposal() -> None:
    assert _one("Again questioning whether a four year degree is really necessary to the position.",
                "Class specifications").type == "objection"
    assert _one("Member Ruiz asked whether the extra cost was justified.", "Class specifications").type \
        == "objection"
    # near case: a neutral question about what is needed
    assert _one("The Mayor inquired whether a motion is needed to have the matter return.",
                "Class specifications").type == "question"


def test_a_member_who_could_not_accept_a_change_objects_and_one_who_backed_a_course_argues_for() -> None:
    assert _one("Councillor Paul stated that the Nation could not accept an increase of 37% in one "
                "year.").type == "objection"
    assert _one("Councillor Dhaliwal supported a phased increase over three years.").type == \
        "argument_for"
    # near cases: an office that cannot accept a kind of payment, and a body that backs a course
    assert _one("The office could not accept card payments this month.").type != "objection"
    assert _one("The Board supported a phased increase over three years.").type == "decision"


def test_proceedings_confirmed_a_list_placed_before_the_house_and_support_for_its_approval() -> None:
    pred = _one("With this correction the proceedings were confirmed.")
    assert (pred.type, pred.outcome) == ("decision", "approved")
    assert _one("The Block Development Officer placed before the House the list of 412 "
                "beneficiaries.").type == "proposal"
    assert _one("Smt. Thorat stated that the list had been prepared as resolved and supported the "
                "approval of the list.").type == "argument_for"
    # near cases: proceedings read out, a matter placed before the council years ago, a body's
    # own support
    assert _one("The proceedings of the previous meeting were read out.").type != "decision"
    assert _one("The matter had been placed before the Council in 2019.").type != "proposal"
    assert _one("The Board supported the approval of the list.").type == "decision"


def test_an_officer_to_have_something_done_is_tasked() -> None:
    pred = _one("Community Development Director Park to have a new traffic count taken on Hesperian "
                "Boulevard and report back by May 20, 2025.")
    assert pred.type == "action" and "Park" in pred.owner
    # near case: pleased to have a report presented is no task
    assert _one("Members were pleased to have the report presented early.").type != "action"
