"""Classify stage: marker rules, speakers, owners, sentence splitting, page mapping."""
from __future__ import annotations

import pytest
import spacy

from pipeline.classify import classify_meetings, classify_sentences
from pipeline.classify_owner import find_due, find_owner
from pipeline.classify_rules import best_hits, load_rules
from pipeline.classify_speaker import find_speaker, match_attendee, turn_speaker
from pipeline.classify_split import make_splitter, split_item
from pipeline.records import OUTCOMES, STATEMENT_TYPES, Attendee, Item, Line, Meeting


@pytest.mark.parametrize("text,type_,outcome", [
    ("RESOLVED that the budget for 2014/15 be approved.", "decision", "approved"),
    ("RESOLVED: that the report be noted.", "decision", "noted"),
    ("It was agreed that media training for the Board should be arranged.", "decision",
     "approved"),
    ("The Board approved the revised lease.", "decision", "approved"),
    ("The Board declined the request for additional funding.", "decision", "rejected"),
    ("Motion by Commissioner Ruiz, seconded by Commissioner Lee, carried 5-2.", "decision",
     "approved"),
    ("Ayes: Smith, Jones, Brown. Noes: Green.", "decision", "approved"),
    ("VOTE: 35 In Favor, 2 Opposed, 1 Abstained, 0 Recused", "decision", "approved"),
    ("The item was deferred to the next meeting.", "decision", "deferred"),
    ("The application was referred to the Finance Committee.", "decision", "referred"),
    ("The Committee noted the report.", "decision", "noted"),
    ("The minutes were agreed as a true record.", "decision", "approved"),
    ("The amendment was carried.", "decision", "amended"),
    ("The Board rescinded its earlier decision on the library closure.", "decision", "rescinded"),
    ("The motion failed 2-5.", "decision", "rejected"),
    # the seed story
    ("It was agreed to escalate the matter to the Health and Wellbeing Board Steering Group.",
     "decision", "referred"),
    ("The group noted the report.", "decision", "noted"),
    ("The steering group has taken it away to have another look.", "decision", "deferred"),
    ("The practical difficulty was raised of who would drive and project manage the review.",
     "objection", ""),
    ("It was felt that the scope was too wide, with examples of crisis ranging from not having "
     "enough milk to potential suicide.", "objection", ""),
    ("Expressed concern: Jane Doe.", "objection", ""),
    ("Members expressed concern about the cost of the scheme.", "objection", ""),
    ("A member of the public spoke in opposition to the application.", "objection", ""),
    ("Cllr Smith questioned whether the cost was justified.", "objection", ""),
    ("Jessica Davidson - Speaking in support of draft resolution for 456 Greenwich",
     "argument_for", ""),
    ("Commissioner Ruiz asked when the work would finish.", "question", ""),
    ("NOW, THEREFORE, BE IT RESOLVED, that a committee be and hereby is established.",
     "proposal", ""),
    # objection families: harm, difficulty, duplication, doubting questions, strain
    ("Cllr Ames said that the new layout would simply push traffic onto the estate roads.",
     "objection", ""),
    ("JB said the hall was up two flights of stairs, which made it hard for older members to "
     "attend.", "objection", ""),
    ("KL said the proposal appeared to duplicate the advice service already run by the CAB.",
     "objection", ""),
    ("MR asked who would run the scheme, given that no agency had offered any staff.",
     "objection", ""),
    ("A resident wrote objecting to the loss of the play area.", "objection", ""),
    # outcomes: brought back later, amended, planning views
    ("The committee agreed that the revised plan should come to the March meeting.",
     "decision", "deferred"),
    ("The minutes were agreed as a correct record, subject to the date in item 4 being "
     "corrected.", "decision", "amended"),
    ("The work programme was approved, with the addition of a review of fees.", "decision",
     "amended"),
    ("RESOLVED to object on the grounds of overlooking and loss of light.", "decision",
     "rejected"),
    ("RESOLVED to make no objection.", "decision", "approved"),
    ("The Board noted the audit report and agreed that it should be published.", "decision",
     "approved"),
    # objections stated plainly: not supporting, protests, harm, gaps, failing, doubting why
    ("Cllr Hale said that she would not be supporting the motion.", "objection", ""),
    ("The Parish Council opposes the application.", "objection", ""),
    ("A letter of objection was received from the neighbouring landowner.", "objection", ""),
    ("Members felt the closure would have an adverse impact on older residents.", "objection",
     ""),
    ("Lack of detail on how the grant would be monitored.", "objection", ""),
    ("The contractor has again failed to submit the quarterly figures.", "objection", ""),
    ("We currently have no one to cover the reception desk on Saturdays.", "objection", ""),
    ("Cllr Dunn queried why the consultancy fee had doubled.", "objection", ""),
    # … and what looks like one but is not
    ("The Treasurer's concern about the reserve has been addressed by the revised budget.",
     "information", ""),
    ("The Chair referred to the letter from the County Council about the bus service.",
     "information", ""),
    # concern words that ask, deny, name a topic or describe the meeting's own equipment
    ("Cllr Ames inquired whether staff had any concerns about the motion.", "question", ""),
    ("The Mayor asked if there were any negative impacts on the wildlife.", "question", ""),
    ("No concerns were raised.", "information", ""),
    ("Matters of concern: none.", "information", ""),
    ("Residents were urged to identify priority concerns in their neighbourhoods.",
     "information", ""),
    ("The applicant had technical difficulties with their Zoom connection.", "information", ""),
    ("The new meters located two leaks before they became a major problem.", "information", ""),
    ("The residents' concerns about parking were handled by the revised layout.",
     "information", ""),
    ("Members highlighted areas of concern in the draft plan.", "objection", ""),
    ("There were significant problems with the proposed access road.", "objection", ""),
    # a member supporting a proposal with a reason given after a comma
    ("Mrs Baird supported the transfer, noting that the Council had offered a start-up grant of "
     "£15,000 with the building.", "argument_for", ""),
    ("Ms Kingi supported the recommendations, saying that the hapu had waited thirty years for "
     "the lake to be restored.", "argument_for", ""),
    ("Commissioner Caldwell supported the amendment, noting that the downtown garages had never "
     "been more than 60 percent full.", "argument_for", ""),
    ("The Committee did not support the request for a further grant.", "decision", "rejected"),
    ("The item was referred to the Finance Committee.", "decision", "referred"),
    ("The Chair declared the motion to amend PASSED.", "decision", "amended"),
    ("The Chair declared the motion carried.", "decision", "approved"),
    ("The revised terms of reference were discussed and agreed.", "decision", "approved"),
    ("The Board were in full agreement with the proposed dates.", "decision", "approved"),
    ("The decision has been taken to close the branch early on Fridays.", "decision",
     "approved"),
    ("The item has been disapproved.", "decision", "rejected"),
    ("The Chair asked the Board to approve the closure, which the committee had reviewed and "
     "agreed.", "proposal", ""),
    ("The meeting was adjourned to Closed Session to consider the lease.", "information", ""),
    # friendly amendments, tabled items, bare acceptances, "seconded by … and agreed"
    ("Councillor Byrne accepted the friendly amendment.", "decision", "amended"),
    ("Trustee Patel rejected the friendly amendment to the motion.", "decision", "rejected"),
    ("Fence policy review – this item was tabled.", "decision", "deferred"),
    ("Treasurer's report accepted.", "decision", "approved"),
    ("Officer reports approved as submitted by General Consent.", "decision", "approved"),
    ("Proposed by Cllr Hughes, seconded by Cllr Rees (T) and agreed that the hall fees rise by "
     "5%.", "decision", "approved"),
    # a decision that tasks someone stays the body's decision
    ("The Board were in agreement and asked the Manager to write to the tenants.", "decision",
     "approved"),
    ("The Trustees were in full agreement.", "decision", "approved"),
    ("Resolved: “That the draft Minutes, as circulated, be taken as read and adopted.”",
     "decision", "approved"),
    ("It was agreed, so as not to delay the meeting, that the papers would be signed later.",
     "decision", "approved"),
    ("The Board agreed to take this revision to our attorney for review.", "decision",
     "referred"),
    ("The Board agreed to hold the Town Hall as soon as possible.", "decision", "approved"),
    ("Resolution: the Board supports the street co-naming.", "decision", "approved"),
    # an outcome printed after an agenda title decides it (and outranks words inside the title)
    ("(*24-101) Recommendation to Approve the Purchase of Two Mowers. Accepted.", "decision",
     "approved"),
    ("(24-102) Ordinance No. 4012, “Approving the Lease Deferral Schedule.” Finally passed.",
     "decision", "approved"),
    ("(24-103) Consider Directing Staff to Study Bike Lanes. (Councilmember Lee) Not heard.",
     "decision", "deferred"),
    ("Resolution No. 88, “Approving a Variance for 12 Elm Street.” Denied.", "decision",
     "rejected"),
    ("The application was not approved due to missing drawings.", "decision", "rejected"),
    ("The motion failed for lack of a second.", "decision", "rejected"),
    # "committed to" a task is no undertaking: the objection is what the sentence says
    ("Councillor Moreau objected that no one had been found to run the hall bookings, since the "
     "caretaker was fully committed to winter maintenance.", "objection", ""),
    ("Chair Ortiz declared Director Lee’s Motion to Amend FAILED.", "decision", "rejected"),
    ("There being no objections the Board, UPON MOTION duly made and seconded, approved the "
     "award of the paving contract.", "decision", "approved"),
])
def test_marker_types_and_outcomes(text: str, type_: str, outcome: str) -> None:
    [pred] = classify_sentences([(text, "5 Any item")])
    assert (pred.type, pred.outcome) == (type_, outcome), pred.generator


@pytest.mark.parametrize("text,owner", [
    ("ACTION: AW", "AW"),
    ("AW to circulate the revised paper to all members.", "AW"),
    ("NS/AW to update the intranet.", "NS/AW"),
    ("Staff was directed to return with a revised budget.", "Staff"),
    ("The Clerk will write to the landlord.", "The Clerk"),
    ("AI: Greg to pursue a report for Giraph", "Greg"),
    ("Brett: follow up with the PMC regarding the Attic", "Brett"),
    ("The Finance Officer was asked to provide a breakdown of the costs.", "The Finance Officer"),
    ("Council directed staff to bring back options in June.", "staff"),
    ("Jane requested that Tom circulate the draft lease to the trustees.", "Tom"),
    ("The Clerk reported that staff will contact the insurers this week.", "staff"),
    ("Renew the hall insurance before March – Treasurer", "Treasurer"),
    ("It was requested that the Secretary update the membership list.", "the Secretary"),
    ("ACTION: Parks Director Moore to return with a cost estimate at the March meeting.",
     "Parks Director Moore"),
    ("Roads – Ray Okafor has the lead on completing the culvert survey.", "Ray Okafor"),
    ("Mail the annual assessment letters to all members (Treasurer)", "Treasurer"),
    ("The Site Manager, and staff, will prepare the hall for the fete.", "The Site Manager"),
    ("The fence budget will be revised after the survey in May by Ann and Raj.", "Ann and Raj"),
    ("More detail will be provided by the Grounds Committee before the workday.",
     "the Grounds Committee"),
    ("Survey of the pond – Ann Lee and Tom Fry agreed to take this on.", "Ann Lee and Tom Fry"),
    # an action table's role column, read into the row's text
    ("Order the insurance renewal for the ranch Vice President", "Vice President"),
    # a task already in hand, with its due date
    ("Need tax returns, due May 15, 2024, and Frederick Zink is working on them.",
     "Frederick Zink"),
    ("Ann Lee is working on the grant claim, which is due by 3 June.", "Ann Lee"),
])
def test_actions_and_owners(text: str, owner: str) -> None:
    [pred] = classify_sentences([(text, "7 Matters arising")])
    assert pred.type == "action", pred.generator
    assert pred.owner == owner


@pytest.mark.parametrize("text", [
    "She will contact the insurers about the renewal.",
    "The Treasurer committed to review the reserves policy before the budget meeting.",
    "Order new signs for the car park.",
])
def test_commitments_and_action_log_rows_are_actions(text: str) -> None:
    [pred] = classify_sentences([(text, "6 Matters arising")])
    assert pred.type == "action", pred.generator


@pytest.mark.parametrize("text", [
    "THE COMMISSION WAS SWORN IN BY MAYOR DIXON AND WILL MEET IN APRIL.",  # capitals: no initials
    "The Board is requested to reject all bids for the contract.",  # asks the body: a proposal
    "Members queried if the institutes had made a submission.",
    "Cheques are signed by two trustees: Ann Lee (Chair) and Tom Fry (Treasurer).",  # roles
    "Call to Order and Roll Call – The meeting was called to order at 7:06PM by President Church.",
    "Need more volunteers to help with the summer fete.",  # "volunteers" is a noun here
    "Mr Tate asked to address the Committee, and the Chair agreed to take his comments later.",
    "Signed: ........................ (Chair) Date: ..........",  # a signature block
    "Action Owner Due",  # the header row of an action table
    "RC presented an outline of a bid, to be submitted by Mid Shire Mind.",
])
def test_not_actions_or_objections(text: str) -> None:
    [pred] = classify_sentences([(text, "4 Any item")])
    assert pred.type not in ("action", "objection"), pred.generator


@pytest.mark.parametrize("motion,outcome", [
    ("Motion by Commissioner Becker, seconded by Commissioner Ortiz, to defer a decision on the "
     "dog park to the May meeting so that staff can study parking.", "deferred"),
    ("It was moved by Mr. Hale and seconded by Ms. Ruiz to deny the variance.", "rejected"),
    ("Councilmember Daysog moved referral of the item to the Transportation Commission.", "referred"),
    ("Motion by Commissioner Patel, seconded by Commissioner Garcia, to approve the concept.",
     "approved"),
])
def test_a_bare_motion_result_takes_the_outcome_of_the_motion(motion: str, outcome: str) -> None:
    preds = classify_sentences([(motion, "4 Dog park"), ("Motion carried 5-0.", "4 Dog park")])
    assert preds[1].type == "decision"
    assert preds[1].outcome == outcome
    # a result under another item does not inherit the motion
    other = classify_sentences([(motion, "4 Dog park"), ("Motion carried 5-0.", "5 Pool hours")])
    assert other[1].outcome == "approved"


@pytest.mark.parametrize("text,objects", [
    ("The $25 late fee suggested by attorney is not currently charged, is questionable, and needs "
     "further discussion.", True),
    ("The public bus service is inadequate and requires substantial investment.", True),
    ("Board Member Survey for Conflicts of Interest with Agenda Items: None noted", False),
])
def test_an_evaluative_word_marks_an_objection_but_a_conflict_of_interest_does_not(
        text: str, objects: bool) -> None:
    [pred] = classify_sentences([(text, "5 Regional Strategy")])
    assert (pred.type == "objection") == objects, pred.generator


@pytest.mark.parametrize("text,objects", [
    # a risk or a difficulty the matter may run into, and a member struggling with a standard
    ("There could be a drainage problem if the hedge along the lane is removed.", True),
    ("There might be some difficulties with parking when the hall is let in the evenings.", True),
    ("Cllr Moran said she was struggling with the 400m rule, as it left out the older estates.",
     True),
    # a risk named as what a measure removes, and a problem reported fixed, are not
    ("The new valve would be a way to remove the risk of flooding.", False),
    ("The Clerk reported that the problem with the heating had been fixed.", False),
])
def test_a_possible_problem_or_a_struggle_with_the_proposal_is_an_objection(
        text: str, objects: bool) -> None:
    [pred] = classify_sentences([(text, "6 Village hall")])
    assert (pred.type == "objection") == objects, pred.generator


def _action_rules(text: str) -> list[str]:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("minutes_statement_ruler_v1")
    return [h.rule for h in ruler.hits(nlp(text)) if h.label == "action"]


@pytest.mark.parametrize("text", [
    # initials as the object of a verb are not an owner opening a task
    "Vice Mayor Daysog would like to encourage BART to run through the City of Alameda.",
    # a future passive in a relative clause describes something; it tasks no one
    "There was a discussion around an approach to Norfolk which will be made in 2016.",
    "Mark gave an overview of the proposal that will be presented to residents in May.",
    "Events will be held and the income will stay with the library.",  # an event is no task
])
def test_no_action_marker_in_descriptions(text: str) -> None:
    assert _action_rules(text) == []


@pytest.mark.parametrize("text", [
    "AW to circulate the paper.",
    "It was agreed that AW would circulate the paper.",
    "Actions: NS/AW to update the register.",
])
def test_initials_opening_a_clause_still_mark_an_action(text: str) -> None:
    assert _action_rules(text)


def test_a_future_task_with_a_printed_date_is_an_action() -> None:
    [pred] = classify_sentences([("This document will be presented to staff at the development "
                                  "event on 20th October 2014.", "11 Strategy")])
    assert (pred.type, pred.due) == ("action", "20th October 2014"), pred.generator


@pytest.mark.parametrize("title,texts,owners", [
    # the heading names who reports: "[Name]", "– Name", "X Committee", "Treasurer's Report"
    ("4B. President [Dana Ruiz]", ["I will circulate the draft policy to the board."],
     ["Dana Ruiz"]),
    ("Treasurer's Report – Robin", ["She will circulate the revised budget to all members."],
     ["Robin"]),
    ("Committee Reports: Grounds Committee", ["We will replace the broken gate this spring."],
     ["Grounds Committee"]),
    # "They" is the owner of the item's previous action
    ("5 Fees", ["Mary Ann and Robin will review the late fee.",
                "They will also review the parking fines."], ["Mary Ann and Robin"] * 2),
])
def test_pronoun_actions_take_their_owner_from_context(title: str, texts: list[str],
                                                       owners: list[str]) -> None:
    preds = classify_sentences([(t, title) for t in texts])
    assert [(p.type, p.owner) for p in preds] == [("action", o) for o in owners]


def test_owner_named_mid_sentence_by_agreeing_to_act() -> None:
    text = "Garden survey – Paulette – Ann Lee and Tom Fry agreed to take this on in March."
    assert find_owner(text, []) == "Ann Lee and Tom Fry"


@pytest.mark.parametrize("text", [
    "Director Park made the motion to approve items A to C on the Unanimous Consent Agenda.",
    "The Finance Director stated the grant being accepted is for $40,000.",
    "The Mayor inquired whether the Council would need to vote to approve the transfer.",
    "APPROVED FOR FUNDS BY FINANCE",  # a certification stamp
    "The protest from Mr. Grant was withdrawn.",  # a protest withdrawn decides nothing
    # another body's decision, reported
    "Councillor Ryan outlined the recommendation which was agreed at the Housing SPC Meeting:",
    "The settlement has been reviewed and approved by the Settlement Committee of the Law "
    "Department.",
    # hypothetical and conditional passives, an adjournment
    "He said it would be ideal if this could be agreed before the December meeting.",
    "There being no objections, the Board adjourned until its next meeting on March 24.",
    "The Chair said the fees would be approved once the survey is back.",
    "We received the protest on this item.",
    "Decision on Town Hall and voting guidelines.",  # an agenda line naming what is to decide
])
def test_agenda_names_and_reported_speech_are_not_decisions(text: str) -> None:
    [pred] = classify_sentences([(text, "4 Any item")])
    assert pred.type != "decision", pred.generator


@pytest.mark.parametrize("text", [
    "The Chair advised that the resolution could not be rescinded within six months.",
    "THE LAW DEPARTMENT WOULD APPROVE THE BILL FOR FORM, IF THE AMENDMENTS ARE APPROVED.",
    "The timetable is yet to be agreed.",
])
def test_a_hypothetical_or_conditional_passive_is_no_decision_marker(text: str) -> None:
    from pipeline.classify import _models, _unreported

    ruler = _models()["ruler"]
    doc = ruler(ruler_doc := _models()["nlp"].make_doc(text))
    hits = _unreported(ruler.hits(doc), ruler_doc)
    assert not [h for h in hits if h.label in ("decision", "outcome")], hits


def test_rows_of_an_action_list_are_actions_and_status_rows_are_not() -> None:
    title = "8. Review Outstanding Action Items"
    preds = classify_sentences([("Action Owner Due", "6 Actions from the last meeting"),
                                ("Dana: confirm the venue with the college", title),
                                ("Status: report was received", title),
                                ("Hall insurance renewal", "Calendar of Required Board Actions"),
                                ("Update the members' email list (Secretary)", title)])
    assert [p.type for p in preds] == ["information", "action", "information", "action", "action"]
    assert preds[1].owner == "Dana"
    # a US agenda's "Recommended Action" heading proposes; it lists no tasks
    [other] = classify_sentences([("Hall insurance renewal", "XVI. Recommended Action – B. Hall")])
    assert other.type != "action"


def test_a_titled_outcome_followed_by_its_vote_is_the_proposal_not_a_second_decision() -> None:
    title = "9 Pool contract"
    preds = classify_sentences([
        ("(24-110) Resolution No. 90, “Approving the Pool Contract.” Adopted.", title),
        ("Councilmember Ortiz stated the contract is good value and welcomed the longer hours.",
         title),
        ("Councilmember Lee moved adoption of the resolution.", title),
        ("Vice Mayor Cho seconded the motion, which carried by unanimous voice vote – 5.", title)])
    assert [p.type for p in preds][0] == "proposal" and preds[-1].type == "decision"
    # moved and voted with no debate between: the title still records the decision
    quick = classify_sentences([
        ("(24-112) Resolution No. 92, “Approving the Pool Fees.” Adopted.", "10 Pool fees"),
        ("Since Councilmember Lee recorded a no vote, the item carried by the following vote: "
         "Ayes: 4. Noes: 1.", "10 Pool fees")])
    assert [p.type for p in quick] == ["decision", "decision"]
    # a consent-calendar line, with no vote after it, stays the decision
    [alone] = classify_sentences([("(*24-111) Resolution No. 91, “Approving the Pool Rota.” "
                                   "Adopted.", "5 Consent Calendar")])
    assert (alone.type, alone.outcome) == ("decision", "approved")


def test_a_result_line_takes_the_outcome_of_the_last_motion_moved() -> None:
    title = "7 Policy"
    preds = classify_sentences([
        ("Director Lee made the motion to amend the policy by adding a clause on fares.", title),
        ("Director Cho seconded the motion.", title),
        ("RESULT: PASSED [9 TO 2]", title),
        ("Director Ray made the motion to divide the policy into two parts.", title),
        ("RESULT: PASSED [UNANIMOUS]", title)])
    # each motion and its bare result are one decision with the result's outcome
    assert [(p.type, p.outcome) for p in preds] == [("decision", "amended")] * 3 + [
        ("decision", "approved")] * 2
    assert [p.motion_from for p in preds] == [-1, -1, 0, -1, 3]


def test_action_column_note_makes_an_action_with_its_owner() -> None:
    [pred] = classify_sentences([("This report will be brought to Board meetings quarterly.",
                                  "8 HR")], notes=[["AW"]])
    assert (pred.type, pred.owner) == ("action", "AW")


@pytest.mark.parametrize("text,due", [
    ("AW to circulate the paper by 4th April 2013.", "4th April 2013"),
    ("The Clerk to report back by the next meeting.", "the next meeting"),
    ("LW will liaise with the group.", ""),
    ("AW to circulate the paper by 31 March.", "31 March"),  # the full stop ends the sentence
    ("Staff to bring the costings for the next meeting.", "the next meeting"),
    ("Renew the hall insurance. Due: 04/2025", "04/2025"),
    ("The Clerk to write to the landlord. Due date: 15/05/2025", "15/05/2025"),
    ("Parks Director to return with an estimate at the July meeting.", "the July meeting"),
    ("The plan will be presented to staff at the event on 20th October 2014.",
     "20th October 2014"),
    ("Tax returns are due May 15, 2024; Fred is working on them.", "May 15, 2024"),
    ("The budget will be revised after the survey by Mark and Ray.", ""),  # "Mar" is no month
])
def test_due_dates(text: str, due: str) -> None:
    assert find_due(text) == due


@pytest.mark.parametrize("text,speaker", [
    ("Cllr Smith said that the budget was tight.", "Cllr Smith"),
    ("Commissioner Ruiz asked when the work would finish.", "Commissioner Ruiz"),
    ("Councilmember Knox White moved approval of the Consent Calendar.",
     "Councilmember Knox White"),
    ("Moved by Councillor Collins, seconded by Councillor Sheahan.", "Councillor Collins"),
    ("A member of the public spoke against the proposal.", "a member of the public"),
    # "a residential permit" names no resident
    ("Senior Planner Baptiste presented a revised draft that adds a residential permit parking "
     "program.", "Senior Planner Baptiste"),
    ("A resident spoke against the proposal.", "a resident"),
    ("Expressed concern: Jane Doe", "Jane Doe"),
    ("Expressed concern about the timing of the item: Tod Hickman, Alameda.", "Tod Hickman"),
    ("The General Manager asked the Board to send through any queries.", "The General Manager"),
    ("RH suggested that the group could be invited.", "RH"),
    ("Seconded by Councillor Daly;", "Councillor Daly"),
    ("Proposed by Councillor Ryan (P);", "Councillor Ryan (P)"),  # two Councillors Ryan
    ("Jo Park, Westside Neighbourhood Association and Tenants Union, spoke in opposition.",
     "Jo Park"),
    ("The Fire Captain responded the new engine is due in May.", "The Fire Captain"),
    ("Members also queried the cost of the works.", "Members"),
    ("Paulette reported that the camera is installed.", "Paulette"),
    ("Staff reported that the camera is installed.", ""),
    ("Pond liner – Jessie Kim reported that the liner has split.", "Jessie Kim"),
    ("Budget Discussion – Robin – The goal is to keep dues flat.", "Robin"),
    ("8-A 2022-2108 - Draft Meeting Minutes - March 14, 2022", ""),
    ("Andrew Thomas, Director of Planning, Building and Transportation, introduced the item.",
     "Andrew Thomas"),
    ("Staff Member Tai said the next agenda would be short.", "Staff Member Tai"),
    ("Presented by Committee Chair Ortiz.", "Committee Chair Ortiz"),
    ("Councilmember Lee and Vice Mayor Cho made brief comments.",
     "Councilmember Lee and Vice Mayor Cho"),
    ("Directors Ruiz and Chan noted a few minor changes.", "Directors Ruiz and Chan"),
    ("Ana Lopez - speaking in support of the bike corral", "Ana Lopez"),
    ("Roy Ruiz - Assemblymember Glick’s office - updated the community on the budget", "Roy Ruiz"),
    ("The Chair of the Finance and Audit Committee updated the Board.",
     "The Chair of the Finance and Audit Committee"),
    ("Following discussion, Cmhlr Ó Briain referred to the disposal.", "Cmhlr Ó Briain"),
    ("The Board agreed the dates.", ""),
    ("It was noted that the figures were late.", ""),
    # an office with its portfolio after it (Australian and UK councils), an officer's acronym
    ("The Manager Roads and Drainage advised that a bus bay would be built.",
     "The Manager Roads and Drainage"),
    ("The Director Infrastructure reported that the road was closed.", "Director Infrastructure"),
    ("CFO Okafor responded that cash loads count toward the cap.", "CFO Okafor"),
    ("The Chair said that time was short.", "The Chair"),
    ("Cr Doyle again questioned whether a seal would encourage faster driving.", "Cr Doyle"),
    ("Acting Director Tai discussed that the board would be in recess.", "Acting Director Tai"),
    ("The SCC Commissioner stated that he is waiting for a sign-off.", "The SCC Commissioner"),
    ("Financial Services Manager, Geoffrey Buchheim answered that both pensioners had a rise.",
     "Geoffrey Buchheim"),
])
def test_speakers(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


def test_he_she_refers_to_the_last_speaker_in_the_item() -> None:
    preds = classify_sentences([("Board Member Teague asked about the permit.", "3 Design"),
                                ("He also wanted clarification on density.", "3 Design"),
                                ("He noted the point.", "4 Other item")])
    assert [p.speaker for p in preds] == ["Board Member Teague", "Board Member Teague", ""]


def test_a_report_heading_naming_one_person_gives_the_speaker() -> None:
    preds = classify_sentences([("Nothing to report this month.", "4C. Treasurer [Kim Ode]"),
                                ("Releases were slow.", "6J. Apache Widget Project [Ann Lee / Kim]"),
                                ("Cllr Shaw said the report was late.", "4C. Treasurer [Kim Ode]")])
    assert [p.speaker for p in preds] == ["Kim Ode", "", "Cllr Shaw"]


def test_a_named_speaker_goes_on_until_the_minutes_narrate_or_decide() -> None:
    title = "5 Library Budget"
    preds = classify_sentences([(t, title) for t in [
        "The Head of Finance presented the budget report.",
        "Library income is showing a surplus of £19K.",
        "The employee costs are on target for the year.",
        "A motion was made to approve the budget.",
        "The reserves remain low.",
        "Cllr Shaw said the reserves were too low.",
        "Cllr Shaw's ward has the most branches.",  # about another titled person: not carried
        "The report was noted.",
        "Events income is rising."]])
    assert [p.speaker for p in preds] == [
        "The Head of Finance", "The Head of Finance", "The Head of Finance", "", "",
        "Cllr Shaw", "", "", ""]


def test_an_item_title_naming_who_brought_it_gives_the_speaker_but_not_of_the_decision() -> None:
    title = "10. Notice of Motion submitted by Councillor J. Gilligan"
    preds = classify_sentences([
        ("I will move at the next Meeting that a carbon levy be factored into all projects.", title),
        ("It was agreed to refer this Motion to the Environment Committee.", title),
        ("Cash balance is $305,322.", "Treasurer’s Report – Robin"),
        ("Cash balance is $305,322.", "Treasurer’s Report – March")])
    assert [p.speaker for p in preds] == ["Councillor J. Gilligan", "", "Robin", ""]


@pytest.mark.parametrize("text,speaker", [
    ("PRESIDENT: Good morning.", "President"),
    ("MS. BRYANT: Sure.", "Ms. Bryant"),
    ("President: “Good morning.", "President"),  # a transcript printed in ordinary case
    ("City Solicitor: “I move approval Mr. President.”", "City Solicitor"),
    ("Mr. Sharkey: “So this is staffing.", "Mr. Sharkey"),
    ("Note: “draft” figures are estimates.", ""),
    ("President: Ross reported on the release process.", ""),  # a heading, not a turn
])
def test_transcript_turn_labels(text: str, speaker: str) -> None:
    assert turn_speaker(text) == speaker


def test_speakers_map_to_attendees() -> None:
    people = [Attendee("Cllr John Smith", "present", initials="JS"),
              Attendee("Anne Walker", "present", initials="AW")]
    assert match_attendee("Cllr Smith", people) == "Cllr John Smith"
    assert match_attendee("AW", people) == "Anne Walker"
    assert match_attendee("Cllr Jones", people) == "Cllr Jones"
    assert match_attendee("Cllr Smith (J)", people) == "Cllr John Smith"
    staff = people + [Attendee("Karen Wells", "in_attendance", role="Community Manager")]
    assert match_attendee("The Community Manager", staff) == "Karen Wells"  # by a unique role
    assert match_attendee("The Treasurer", staff) == "The Treasurer"
    officers = [Attendee("Nicole Barr", "in_attendance", role="Manager Roads and Drainage"),
                Attendee("Adaeze Okafor", "in_attendance", role="Chief Financial Officer")]
    assert match_attendee("The Manager Roads and Drainage", officers) == "Nicole Barr"
    assert match_attendee("CFO Okafor", officers) == "Adaeze Okafor"
    assert find_owner("ACTION: JS", []) == "JS"


def test_rules_file_is_valid_and_uses_known_labels() -> None:
    rules = load_rules()
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert rule.label in STATEMENT_TYPES or rule.label == "outcome"
        assert rule.label != "outcome" or rule.outcome in OUTCOMES
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("minutes_statement_ruler_v1")
    doc = nlp("RESOLVED that the item be deferred.")
    type_hit, outcome_hit = best_hits(ruler.hits(doc))
    assert type_hit.label == "decision" and outcome_hit.outcome == "deferred"
    assert all(s.label_ for s in doc.spans["statements"])


def _item(lines: list[Line]) -> Item:
    return Item(id="m1-i1", meeting_id="m1", number="4", title="4 Budget", page_start=1,
                page_end=2, text="\n".join(ln.text for ln in lines), lines=lines)


def test_split_forces_boundaries_at_list_lines_and_maps_pages() -> None:
    lines = [Line("The Board discussed the budget and the", 1),
             Line("savings proposed by officers. Members raised", 1),
             Line("concerns about the cost.", 2),
             Line("1. The Board approved the budget", 2),
             Line("2. AW to circulate the final version", 2, note="AW")]
    units = split_item(_item(lines), make_splitter())
    assert [u.text for u in units] == [
        "The Board discussed the budget and the savings proposed by officers.",
        "Members raised concerns about the cost.",
        "1. The Board approved the budget",
        "2. AW to circulate the final version"]
    assert [u.page for u in units] == [1, 1, 2, 2]
    assert units[3].notes == ["AW"] and not units[2].notes


def test_split_ends_a_unit_after_a_bare_vote_result_line() -> None:
    lines = [Line("That Council approve the sealing of the road.", 1),
             Line("CARRIED 5/1", 1),
             Line("Cr Doyle requested that his vote against the motion be recorded.", 1),
             Line("Members noted that the motion carried", 1),
             Line("Without further debate the item closed.", 1)]
    units = split_item(_item(lines), make_splitter())
    assert [u.text for u in units][:3] == [
        "That Council approve the sealing of the road.", "CARRIED 5/1",
        "Cr Doyle requested that his vote against the motion be recorded."]
    # a sentence that merely ends in "carried" runs on: only a line that is a result alone ends it
    assert units[3].text == "Members noted that the motion carried Without further debate the item closed."


def test_split_keeps_abbreviations_inside_a_sentence() -> None:
    lines = [Line("Cllr. Smith noted e.g. the cost of approx. £20k per year. The Board agreed.", 1)]
    units = split_item(_item(lines), make_splitter())
    assert len(units) == 2


def test_classify_meetings_fills_statements() -> None:
    lines = [Line("The report sought approval for a new library in Sudbury.", 3),
             Line("Members questioned whether the cost was justified.", 3),
             Line("It was agreed to defer the decision to the next meeting.", 4),
             Line("The General Manager will circulate revised figures.", 4, note="AW")]
    meeting = Meeting(id="m1", body="Board", date="2014-03-20", title="Board", source_file="x.pdf",
                      sha256="0", pages=4, items=[_item(lines)],
                      attendees=[Attendee("Anne Walker", "present", initials="AW")])
    classify_meetings([meeting])
    st = meeting.items[0].statements
    assert [s.id for s in st] == [f"m1-i1-s{i}" for i in range(1, 5)]
    assert [s.type for s in st] == ["proposal", "objection", "decision", "action"]
    assert [s.page for s in st] == [3, 3, 4, 4]
    assert st[2].outcome == "deferred" and st[3].owner == "AW"
    assert all(s.generator for s in st) and all(0 < s.score <= 1 for s in st)
    classify_meetings([meeting])  # idempotent: replaces, never appends
    assert len(meeting.items[0].statements) == 4


def test_item_without_lines_uses_its_text() -> None:
    item = Item(id="i", meeting_id="m", number="1", title="1 Minutes", page_start=2, page_end=2,
                text="The minutes were approved as a true record.\n\nACTION: JS")
    meeting = Meeting(id="m", body="b", date="", title="t", source_file="f", sha256="0", pages=2,
                      items=[item])
    classify_meetings([meeting])
    assert [(s.type, s.page) for s in item.statements] == [("decision", 2), ("action", 2)]


def test_numbered_sub_headings_are_their_own_information_units() -> None:
    lines = [Line("2. Board Complaints Procedure", 3),
             Line("The Complaints policy was agreed subject to one change.", 3)]
    meeting = Meeting(id="m", body="b", date="", title="t", source_file="f", sha256="0", pages=3,
                      items=[_item(lines)])
    classify_meetings([meeting])
    st = meeting.items[0].statements
    assert [(s.type, s.generator) for s in st][0] == ("information", "rule:heading")
    assert st[1].type == "decision" and st[1].text.startswith("The Complaints")


def test_an_unnumbered_capitals_heading_is_not_glued_to_the_first_sentence() -> None:
    item = Item(id="i", meeting_id="m", number="", title="POOL RESURFACING", page_start=1,
                page_end=1, text="POOL RESURFACING\nThe Community Manager presented a proposal "
                "from AquaPro\nto resurface the pool.\nLANDSCAPING CONTRACT\nThe board approved the "
                "contract.")
    meeting = Meeting(id="m", body="b", date="", title="t", source_file="f", sha256="0", pages=1,
                      items=[item])
    classify_meetings([meeting])
    texts = [s.text for s in item.statements]
    assert texts[0] == "The Community Manager presented a proposal from AquaPro to resurface the pool."
    assert "LANDSCAPING CONTRACT" in texts and "The board approved the contract." in texts


def test_a_long_heading_stays_searchable_and_a_run_on_title_does_not_cut_a_sentence() -> None:
    # the segmenter took the whole first line for the title, the next sentence's start included
    lines = [Line("1. Supporting implementation of Local Law 10 (2022/010), Int. 1724-2019. New York", 3),
             Line("City Council Int. 1724-2019 empowers the Mayor to place a stop-arm camera.", 3)]
    item = Item(id="i", meeting_id="m", number="1", title="Supporting implementation of Local Law "
                "10 (2022/010), Int. 1724-2019. New York", page_start=3, page_end=3, lines=lines)
    meeting = Meeting(id="m", body="b", date="", title="t", source_file="f", sha256="0", pages=3,
                      items=[item])
    classify_meetings([meeting])
    texts = [s.text for s in item.statements]
    # kept: 8+ words (its number is the item's reference, no word of it: classify_bare)
    assert texts[0] == "Supporting implementation of Local Law 10 (2022/010), Int. 1724-2019."
    assert texts[1].startswith("New York City Council Int. 1724-2019 empowers")


def test_planning_row_keeps_a_bare_verdict_with_its_application() -> None:
    lines = [Line(text="• 22/0101/FUL, 3 Mill Lane: two-storey side extension. RESOLVED", page=2),
             Line(text="to make no objection.", page=2),
             Line(text="• 22/0102/HH, 8 Quay Road: new dormer window.", page=2),
             Line(text="RESOLVED to object, as the dormer would overlook the neighbouring garden "
                       "and harm the street scene.", page=2)]
    units = split_item(_item(lines), make_splitter())
    assert [u.text for u in units] == [
        "• 22/0101/FUL, 3 Mill Lane: two-storey side extension. RESOLVED to make no objection.",
        "• 22/0102/HH, 8 Quay Road: new dormer window.",
        "RESOLVED to object, as the dormer would overlook the neighbouring garden and harm the "
        "street scene."]


@pytest.mark.parametrize("texts,want", [
    # a motion's lettered clauses under "That the Board:" (New Zealand, Canadian councils)
    (["MOVED by Member T Fale, seconded by Member P Lindqvist:", "That the Local Board:",
      "a) defer consideration of the grant applications to the 15 May 2024 business meeting.",
      "b) request staff to report back on lighting options by 30 June 2024.", "CARRIED"],
     [("proposal", ""), None, ("proposal", ""), ("action", "staff"), ("decision", "deferred")]),
    # clauses under a bare RESOLVED (South African, Nigerian committees)
    (["RESOLVED:", "(a) That the report on irregular expenditure be noted.",
      "(b) That the request be referred back to the Municipal Manager for a full report.",
      "(c) That the Municipal Manager submit the investigation report by 30 September 2024."],
     [None, ("decision", "noted"), ("decision", "referred"), ("action", "Municipal Manager")]),
    # a roll-call line between the motion and its result keeps the motion's outcome
    (["Motion by Fitzgerald, second by Mendoza, to table the resolution until November 11.",
      "Roll call vote: Kowalski aye, Brennan aye, Oyelaran nay.", "Motion carried 2-1."],
     [None, ("decision", "deferred"), ("decision", "deferred")]),
])
def test_lettered_clauses_and_roll_call_lines(texts: list[str], want: list) -> None:
    preds = classify_sentences([(t, "Item") for t in texts])
    for text, p, w in zip(texts, preds, want):
        if w is None:
            continue
        kind, extra = w
        assert p.type == kind, (text, p.type)
        if kind == "decision":
            assert p.outcome == extra, (text, p.outcome)
        elif kind == "action":
            assert extra.lower() in p.owner.lower(), (text, p.owner)


@pytest.mark.parametrize("text,type_", [
    ("Resolution number TA/2024/42", "information"),
    ("The Chair ruled that the point of order was not upheld, as the draft had been circulated.",
     "decision"),
    ("No conflicts of interest were declared.", "information"),
    ("Signed as a true and correct record: ____ Chair", "information"),
    ("Secretary to Senate to report the changes to Council.", "action"),
    ("Senate deferred consideration of the faculty action plans to its February meeting.",
     "decision"),
    ("The agenda was adopted on a motion moved by Hon. Tunde Bakare and seconded by Hon. Ngozi "
     "Okafor.", "decision"),
])
def test_round5_markers(text: str, type_: str) -> None:
    (p,) = classify_sentences([(text, "Item")])
    assert p.type == type_, (text, p.type, p.generator)


def test_action_register_rows_with_month_due_and_status_cells() -> None:
    title = "Action Register"
    rows = ["No. Action Responsible Due Status",
            "287/1 Report on options to reduce non-revenue water MD Nov 2024 Open",
            "287/2 Update the risk appetite statement for climate risk CS 14/11/2024 Open"]
    preds = classify_sentences([(r, title) for r in rows])
    assert preds[0].type == "information"
    assert [(p.type, p.owner, p.due) for p in preds[1:]] == [
        ("action", "MD", "Nov 2024"), ("action", "CS", "14/11/2024")]


def test_split_ends_a_unit_after_a_clock_time_and_after_a_line_of_named_votes() -> None:
    lines = [Line("Chair Ortiz opened the public hearing at 6:42 p.m.", 1),
             Line("Speaking in opposition: Helen Brandt, 412 Mill Street.", 1),
             Line("The hearing closed at 7:15 p.m. Commissioner Nguyen spoke in favor.", 1),
             Line("The next meeting is at 7 p.m. Tuesday, June 3.", 1),
             Line("Motion carried 4-2.", 1),
             Line("Ayes: Ortiz, Nguyen,", 1),
             Line("Caldwell, Whitfield", 1),
             Line("Noes: Kessler, Greene", 1),
             Line("Staff was directed to count on-street parking in Old Mill.", 1)]
    units = split_item(_item(lines), make_splitter())
    assert [u.text for u in units] == [
        "Chair Ortiz opened the public hearing at 6:42 p.m.",
        "Speaking in opposition: Helen Brandt, 412 Mill Street.",
        "The hearing closed at 7:15 p.m.", "Commissioner Nguyen spoke in favor.",
        # a weekday after the time goes on with the sentence; a list wrapped after "," goes on
        "The next meeting is at 7 p.m. Tuesday, June 3.", "Motion carried 4-2.",
        "Ayes: Ortiz, Nguyen, Caldwell, Whitfield", "Noes: Kessler, Greene",
        "Staff was directed to count on-street parking in Old Mill."]


def test_split_ends_a_for_and_against_list_before_the_next_sentence() -> None:
    """An Australian council's "CARRIED 4/2" with the members "For:" and "Against:" on lines of
    their own, no full stop after the names: the reason printed next is a sentence of its own."""
    lines = [Line("That Council accept the tender of Wheatbelt Build Pty Ltd for $684,500.", 1),
             Line("CARRIED 4/2", 1),
             Line("For: Cr Pether, Cr Trevaskis, Cr Mudge, Cr Ashworth", 1),
             Line("Against: Cr Fairclough, Cr Kowald", 1),
             Line("Reason for change to the officer recommendation: Council considered that the", 1),
             Line("club should contribute to the fit-out of the building it will use.", 1),
             Line("In favour: 5", 1),
             Line("Opposed: 1", 1),
             Line("Members noted the timetable.", 1)]
    units = split_item(_item(lines), make_splitter())
    assert [u.text for u in units] == [
        "That Council accept the tender of Wheatbelt Build Pty Ltd for $684,500.", "CARRIED 4/2",
        "For: Cr Pether, Cr Trevaskis, Cr Mudge, Cr Ashworth Against: Cr Fairclough, Cr Kowald",
        "Reason for change to the officer recommendation: Council considered that the club should "
        "contribute to the fit-out of the building it will use.",
        "In favour: 5", "Opposed: 1", "Members noted the timetable."]
    # "For:" before words heads no list: the line runs on
    units = split_item(_item([Line("For: information only, the Treasurer presented the", 1),
                              Line("Quarterly accounts to members.", 1)]), make_splitter())
    assert len(units) == 1


@pytest.mark.parametrize("text,owner", [
    ("ACTION: Director of Adult Services to circulate ward-level waiting figures before the next "
     "meeting.", "Director of Adult Services"),
    ("The Director of Finance would bring a revenue funding update to the February Board.",
     "Director of Finance"),
    ("The management company will survey owners and report the results at the next meeting.",
     "management company"),
    ("The community manager will ask the contractor to repair the sprinklers by October 15.",
     "community manager"),
])
def test_owner_is_an_office_named_with_of_or_in_lower_case(text: str, owner: str) -> None:
    from pipeline.classify_owner import find_owner
    assert owner in find_owner(text, [])


@pytest.mark.parametrize("text,type_", [
    # a member asks the body itself to act: the issue put to it
    ("Councillor Byrne requested that the Council write to the Minister about the bus service.",
     "proposal"),
    ("Mr Okafor asked that the Committee consider a reduced fee for community groups.", "proposal"),
    # what an applicant asks of a planning or licensing body
    ("The applicants are seeking a variance to allow a fence of 2.1 metres in the front yard.",
     "proposal"),
    ("The appellant requests that the condition on opening hours be removed.", "proposal"),
    ("The Secretary presented the proposal of the Membership Committee to merge two grades.",
     "proposal"),
    # a resolution's text with a dated comma in it, printed apart from its result
    ("THAT the report of the Parks Department dated March 3, 2025 be received and filed.",
     "proposal"),
])
def test_requests_put_to_the_body_and_resolution_texts(text: str, type_: str) -> None:
    (p,) = classify_sentences([(text, "Item")])
    assert p.type == type_, (text, p.type, p.generator)


def _statements_of(lines: list[Line]) -> list[tuple[str, str]]:
    meeting = Meeting(id="m1", body="Board", date="2025-04-16", title="Board", source_file="x.txt",
                      sha256="0", pages=1, items=[_item(lines)])
    classify_meetings([meeting])
    return [(s.type, s.text) for s in meeting.items[0].statements]


def test_roll_call_lines_are_no_statements_when_a_decision_carries_the_vote() -> None:
    lines = [Line("Motion by Director Brennan, second by Director Villanueva, to award the design "
                  "contract for the ion exchange facility to Kessler Engineering.", 1),
             Line("ROLL CALL VOTE:", 1),
             Line("AYES: Directors Alvarez, Brennan, Cheung, Villanueva", 1),
             Line("NOES: Director Pruitt", 1),
             Line("ABSENT: None", 1),
             Line("Motion carried 4-1.", 1),
             Line("Staff was directed to apply to the State Water Board for a construction grant.", 1)]
    got = _statements_of(lines)
    # the motion, its roll call and its result are one decision; the lists are no statements
    assert [t for t, _ in got] == ["decision", "action"], got
    assert got[0][1].startswith("Motion by Director Brennan, second by Director Villanueva, to award")
    assert got[0][1].endswith("NOES: Director Pruitt ABSENT: None Motion carried 4-1."), got


def test_a_tally_line_saying_more_than_names_or_the_only_decision_is_kept() -> None:
    from pipeline.classify_tally import is_tally_only
    assert is_tally_only("Ayes: Councilmembers Daysog, Herrera Spencer, Jensen, and Mayor Ezzy "
                         "Ashcraft – 4. [Absent: Councilmember Vella – 1.]")
    assert not is_tally_only("Noes: Councilmember Jensen and Mayor Ezzy Ashcraft - 2. Stated the "
                             "increase is a pay raise for landlords.")
    assert not is_tally_only("Against: None. Motion Carried")
    assert not is_tally_only("Roll Call")
    # no other decision in the item: the lists are its record of the vote
    got = _statements_of([Line("Motion by Director Cheung, second by Director Okafor, to adopt "
                               "the budget.", 1),
                          Line("AYES: Directors Alvarez, Cheung, Okafor", 1),
                          Line("NOES: None", 1)])
    assert any(text.startswith("AYES") for _, text in got), got


def test_a_tally_sentence_stays_with_the_result_after_it() -> None:
    lines = [Line("Ms Ryan proposed that the policy be adopted, seconded by Mr Hayes.", 1),
             Line("A vote was taken: For 6, Against 3. The motion was carried.", 1),
             Line("The Principal will circulate the policy to staff.", 1)]
    units = split_item(_item(lines), make_splitter())
    assert [u.text for u in units] == [
        "Ms Ryan proposed that the policy be adopted, seconded by Mr Hayes.",
        "A vote was taken: For 6, Against 3. The motion was carried.",
        "The Principal will circulate the policy to staff."]
    (p,) = classify_sentences([(units[1].text, "Item")])
    assert (p.type, p.outcome) == ("decision", "approved")


@pytest.mark.parametrize("text,type_", [
    # a firm's offer reported to the body: a price to weigh, no task anyone present took on
    ("The Housing Manager reported that Keystone Modular Homes had offered to supply 12 "
     "factory-built homes at $265,000 each.", "information"),
    ("The supplier had offered to install the new boilers for £48,000.", "information"),
    # an offer by someone present is their task
    ("The Clerk offered to circulate the figures before the next meeting.", "action"),
    ("Mr Jones offered to provide the refreshments.", "action"),
    ("SK and JO offered to attend.", "action"),
])
def test_an_offer_from_outside_the_body_is_no_action(text: str, type_: str) -> None:
    (p,) = classify_sentences([(text, "Housing")])
    assert p.type == type_, (text, p.type, p.generator)
