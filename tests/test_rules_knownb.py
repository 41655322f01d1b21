"""Small rules for misreads the eighteenth to twentieth probe rounds left known, each on the
printed forms it was made for, on one more wording, and on the forms it must leave alone."""
from __future__ import annotations

import pytest

ROSTER = ["Ann Whitaker", "Luis Esparza", "Rosa Alvarado", "May Cho", "Dan Pruitt"]


def _preds(title: str, *sentences: str):
    from pipeline.classify import classify_sentences
    return classify_sentences([(s, title) for s in sentences])


def _votes(text: str, names: list[str] = ROSTER):
    from pipeline.votes import parse_votes
    return parse_votes(text, [{"name": n, "status": "present"} for n in names])


@pytest.mark.parametrize("text, owner, due", [
    ("Staff directed to return with a response to the bid protest by July 1, 2025.", "Staff",
     "July 1, 2025"),
    ("Clerk instructed to advertise the vacancy before the next meeting.", "Clerk", "the next meeting"),
    ("The Town Engineer directed to obtain two quotes for the culvert by 30 June 2025.",
     "The Town Engineer", "30 June 2025"),
])
def test_an_office_directed_without_its_verb_be_is_tasked(text, owner, due):
    p, = _preds("Fire station contract", text)
    assert (p.type, p.owner, p.due) == ("action", owner, due)


def test_an_office_asking_or_a_verb_with_an_object_is_no_task():
    got = _preds("Audit", "The Treasurer asked to see the bank statements.",
                 "Staff directed traffic to the overflow lot.")
    assert len(got) == 2
    assert all(p.type != "action" for p in got)


@pytest.mark.parametrize("text, owner", [
    ("The Committee on Finance to present a revised supplemental budget on or before August 4, "
     "2025.", "The Committee on Finance"),
    ("The Committee on Public Utilities to submit its report on the water rates by July 28, 2025.",
     "The Committee on Public Utilities"),
    ("The Committee for Parks and Recreation to review the fees schedule.",
     "The Committee for Parks and Recreation"),
    ("The Director of Finance to report on the reserves by March 2026.", "The Director of Finance"),
])
def test_a_committee_named_on_its_subject_is_tasked(text, owner):
    p, = _preds("Committee reports", text)
    assert (p.type, p.owner) == ("action", owner)


def test_a_committee_that_met_is_no_task():
    p, = _preds("Committee reports", "The Committee on Finance met on June 3 to review the budget.")
    assert p.type != "action"


@pytest.mark.parametrize("text", [
    "Supervisor Esparza asked why the second bidder was rejected.",
    "Councillor Lee asked when the application was deferred.",
])
def test_a_result_asked_about_is_no_decision(text):
    p, = _preds("Construction contract", text)
    assert p.type != "decision"


def test_a_result_after_the_question_is_still_read():
    p, = _preds("Construction contract", "Councillor Lee asked why; the item was deferred to May.")
    assert (p.type, p.outcome) == ("decision", "deferred")
    p, = _preds("Construction contract", "The application was rejected.")
    assert (p.type, p.outcome) == ("decision", "rejected")


@pytest.mark.parametrize("text", [
    "Planning Director Nora Kessler presented a draft ordinance that caps short-term rental permits "
    "at 300 in the unincorporated county and requires a local contact who can respond within one "
    "hour.",
    "Ms. Petrov presented the draft FY 2026 service plan, which adds 15-minute weekday service on "
    "Route 5 and Route 9, and pays for it by eliminating Sunday service on Route 14.",
    "The Executive Director presented a proposed pledge of $1.5 million over five years, with the "
    "request that the new clinic be named after the donor.",
    "The Treasurer tabled the proposed budget for 2026, with a levy increase of 3 per cent and a "
    "drawdown of reserves for the hall roof.",
])
def test_a_draft_or_proposed_measure_laid_before_the_body_is_a_proposal(text):
    p, = _preds("Ordinance", text)
    assert p.type == "proposal"


@pytest.mark.parametrize("text, result, ayes, noes", [
    ("On motion of Hon. Villareal, seconded by Hon. Tolentino, the ordinance was approved on "
     "third and final reading by 8 affirmative, 2 negative votes.", "carried", 8, 2),
    ("Hon. Catapang moved that the Body approve Supplemental Budget No. 2. The motion was lost, "
     "3 affirmative, 7 negative.", "failed", 3, 7),
    ("Upon motion duly seconded, the resolution was adopted with 9 votes in the affirmative and "
     "1 in the negative.", "carried", 9, 1),
])
def test_affirmative_and_negative_counts(text, result, ayes, noes):
    names = ["Liza Tolentino", "Arnel Villareal", "Noel Catapang", "Jocelyn Ramos"]
    v = _votes(text, names)
    assert [(x.result, x.tally["ayes"], x.tally["noes"]) for x in v] == [(result, ayes, noes)]


def test_a_vote_label_closing_a_motion_is_its_vote():
    v = _votes("Motion: Supervisor Whitaker. Second: Supervisor Esparza. To refer the setback "
               "question to the Planning Commission for a recommendation. Vote: 5-0.")
    assert [(x.result, x.mover, x.seconder, x.tally["ayes"], x.tally["noes"]) for x in v] == \
        [("carried", "Ann Whitaker", "Luis Esparza", 5, 0)]
    # "Second:" is no part of a short surname before it
    v = _votes("Motion: Supervisor Cho. Second: Supervisor Pruitt. To continue the item to the "
               "July 8, 2025 meeting. Vote: 4-1.")
    assert [(x.mover, x.seconder, x.tally["ayes"]) for x in v] == [("May Cho", "Dan Pruitt", 4)]
    v = _votes("Moved by Supervisor Alvarado, seconded by Supervisor Pruitt, to deny the appeal. "
               "Vote: 2-3.")
    assert [(x.result, x.tally["ayes"], x.tally["noes"]) for x in v] == [("failed", 2, 3)]


def test_a_vote_label_after_a_result_gives_its_count():
    v = _votes("Motion: Supervisor Whitaker. Second: Supervisor Cho. The Board approved consent "
               "items (a) through (d) as listed on the agenda. Vote: 5-0.")
    assert [(x.result, x.tally["ayes"], x.tally["noes"]) for x in v] == [("carried", 5, 0)]
    # a result sentence after the label reads the count itself: one vote, as before
    v = _votes("Motion by Supervisor Cho to approve the lease. VOTE: 4-1 (No: Pruitt). The motion "
               "carried.")
    assert [(x.result, x.tally["ayes"], x.tally["noes"]) for x in v] == [("carried", 4, 1)]


def test_members_voting_in_the_negative_after_the_count():
    names = ["Liza Tolentino", "Arnel Villareal", "Edgar Bautista", "Noel Catapang", "Jocelyn Ramos"]
    v = _votes("On motion of Hon. Villareal, seconded by Hon. Tolentino, the ordinance was approved "
               "by 3 affirmative, 2 negative votes. Voting in the negative: Hon. Bautista and Hon. "
               "Catapang.", names)
    assert [(x.result, x.members.get("Edgar Bautista"), x.members.get("Noel Catapang"),
             x.members.get("Jocelyn Ramos")) for x in v] == [("carried", "no", "no", "aye")]
    v = _votes("Moved by Cllr Villareal, seconded by Cllr Ramos, that the report be received. "
               "Carried 4 votes to 1. Voted against: Cllr Catapang.", names)
    assert [x.members.get("Noel Catapang") for x in v] == ["no"]


@pytest.mark.parametrize("text", [
    "On motion of Hon. Villareal, seconded by Hon. Tolentino, the ordinance was approved on third "
    "and final reading by 8 affirmative, 2 negative votes.",
    "Bylaw No. 1234 was adopted on its second reading.",
])
def test_a_measure_passed_on_its_reading_is_a_decision(text):
    p, = _preds("Unfinished business", text)
    assert (p.type, p.outcome) == ("decision", "approved")


def test_counts_set_apart_by_a_comma_and_a_result_in_the_negative():
    names = ["Jean McAllister", "David Okoro", "Colin Treharne", "Simon Elwes", "Graham Stott",
             "Margaret Oyelaran", "Ann Lee", "Tom Hart"]
    v = _votes("The Council approved the appointment of Dr Helen Varga by a show of hands: 7 for, "
               "0 against, 1 abstention. It was proposed by Jean McAllister and seconded by Rev. "
               "David Okoro that the remuneration be raised by 3 per cent. On a show of hands 3 "
               "voted for and 5 against, and the proposal was **not approved**.", names)
    assert [(x.result, x.tally["ayes"], x.tally["noes"]) for x in v] == \
        [("carried", 7, 0), ("failed", 3, 5)]
    assert (v[1].mover, v[1].seconder) == ("Jean McAllister", "David Okoro")


def test_a_result_in_the_negative_closes_the_motion_before_it():
    from pipeline.classify_join import is_result_only, motion_groups
    assert is_result_only("On a show of hands 3 voted for and 5 against, and the proposal was "
                          "**not approved**.")
    assert is_result_only("The motion was not carried.")
    assert not is_result_only("It was not approved that the hall be let to the club.")
    texts = ["Ms Lee proposed that the fee be raised by 3 per cent.",
             "It was proposed by Ms Lee and seconded by Rev. D. Okoro that the fee be raised by 3 "
             "per cent.",
             "On a show of hands 2 voted for and 6 against, and the proposal was not approved."]
    assert motion_groups(texts, ["Fees"] * 3, ["proposal", "proposal", "decision"]) == {2: 1}


@pytest.mark.parametrize("text, who", [
    ("Rev. David Okoro asked whether the Trust had compared the rates.", "Rev. David Okoro"),
    ("Revd Canon Ann Price said that the hall was damp.", "Revd Canon Ann Price"),
    ("Father Doyle asked about the roof.", "Father Doyle"),
])
def test_clergy_titles_open_a_speakers_name(text, who):
    from pipeline.classify_speaker import find_speaker
    assert find_speaker(text) == who


def _col(rows: list[tuple[str, bool, float]]):
    """Lines of a page: (text, bold, x0), one under the other, 14 points apart."""
    from pipeline.records import Line
    return [Line(t, 1, x0=x0, x1=x0 + 6.2 * len(t), top=100 + 14 * k, bottom=110 + 14 * k,
                 size=10.5, bold=b) for k, (t, b, x0) in enumerate(rows)]


@pytest.mark.parametrize("first, second, title", [
    ("II. READING AND APPROVAL OF THE", "MINUTES", "READING AND APPROVAL OF THE MINUTES"),
    ("3. Report of the Committee on", "Public Works", "Report of the Committee on Public Works"),
])
def test_a_heading_cut_after_an_article_or_preposition_wraps_in_a_narrow_column(first, second, title):
    from pipeline.segment_items import detect_headings
    n1, n2 = ("I.", "III.") if first.startswith("II.") else ("2.", "4.")
    rows = [(f"{n1} CALL TO ORDER", True, 48), ("The Presiding Officer called the session to order at "
                                                 "9:10 a.m. and the Secretary certified a quorum.", False, 48),
            (first, True, 48), (second, True, 48),
            ("On motion of Hon. Ramos, seconded by Hon. Aquino,", False, 48),
            ("the minutes were approved without amendment.", False, 48),
            (f"{n2} PRIVILEGE HOUR", True, 48), ("Hon. Gonzaga delivered a speech.", False, 48)]
    heads = detect_headings(_col(rows))
    assert [h.title for h in heads][1] == title
    assert len(heads) == 3


def test_a_list_of_names_wrapped_in_a_narrow_column():
    from pipeline.segment_attendees import find_attendees
    rows = [("PRESENT:", True, 48),
            ("Hon. Ramon B. Dela Cruz, Municipal Vice Mayor and", False, 48),
            ("Presiding Officer", False, 48),
            ("Hon. Liza M. Tolentino, SB Member; Hon. Arnel C.", False, 48),
            ("Villareal, SB Member; Hon. Jocelyn P. Ramos, SB", False, 48),
            ("Member; Hon. Rodolfo E. Pascual, Liga ng mga", False, 48),
            ("Barangay President (Ex-Officio)", False, 48),
            ("ABSENT:", True, 48),
            ("Hon. Jaime F. Sorongon, SB Member (on official", False, 48),
            ("business)", False, 48),
            ("ALSO PRESENT:", True, 48),
            ("Ms. Analyn G. Torres, Secretary to the Sangguniang", False, 48),
            ("Bayan", False, 48),
            ("I. CALL TO ORDER", True, 48),
            ("The Presiding Officer called the session to order at 9:10 a.m.", False, 48)]
    got = {(a.name, a.status) for a in find_attendees(_col(rows))}
    assert got == {("Ramon B. Dela Cruz", "present"), ("Liza M. Tolentino", "present"),
                   ("Arnel C. Villareal", "present"), ("Jocelyn P. Ramos", "present"),
                   ("Rodolfo E. Pascual", "present"), ("Jaime F. Sorongon", "absent"),
                   ("Analyn G. Torres", "in_attendance")}


@pytest.mark.parametrize("text, role", [
    ("Hon. Jaime F. Sorongon, SB Member", "SB Member"),
    ("Ann Lee, PTA Treasurer", "PTA Treasurer"),
])
def test_a_bodys_letters_before_an_office_after_a_name(text, role):
    from pipeline.segment_attendees import parse_people
    got = parse_people(text, "absent")
    assert [(a.role, a.status) for a in got] == [(role, "absent")]


@pytest.mark.parametrize("text, result", [
    ("On motion of Hon. Ramos, seconded by Hon. Aquino, the minutes of the 47th regular session "
     "were approved without amendment.", "carried"),
    ("On motion of Hon. Aquino, seconded by Hon. Ramos, the proposed resolution was referred back "
     "to the Committee on Public Utilities for further study.", "carried"),
    ("Upon motion of Mr. Aquino, seconded by Dr. Ramos, the application was tabled until May.",
     "carried"),
])
def test_on_motion_of_a_titled_member_and_its_result(text, result):
    v = _votes(text, ["Jocelyn Ramos", "Ferdinand Aquino", "Liza Tolentino"])
    assert [(x.mover, x.seconder, x.result) for x in v] == \
        [("Ferdinand Aquino" if "of Hon. Aquino" in text or "Mr. Aquino" in text else "Jocelyn Ramos",
          "Jocelyn Ramos" if "by Hon. Ramos" in text or "Dr. Ramos" in text else "Ferdinand Aquino",
          result)]


def test_a_motion_debated_before_its_result_takes_the_result():
    from pipeline.classify_join import debated_motions
    texts = ["Hon. Catapang moved that the Body approve Supplemental Budget No. 2.",
             "Hon. Ramos objected that the appropriation for the new vehicle is not urgent.",
             "The motion was lost, 3 affirmative, 7 negative."]
    assert debated_motions(texts, ["Budget"] * 3, ["proposal", "objection", "decision"]) == {2: (0, 1)}
    texts = ["IT IS PROPOSED BY Councillor Robert Ashby", "SECONDED BY Councillor Marc Tremblay",
             "AND RESOLVED THAT the council award the contract for the paving of chemin Bellevue.",
             "Councillor Charest asked whether the contract could wait for the grant.",
             "The Director General replied that the grant would not be paid before 2026.",
             "Councillor Charest requests a vote.", "For: Councillors Ashby and Tremblay",
             "Against: Councillors McKinnon, Lapointe and Charest", "REJECTED ON DIVISION (2 to 3)"]
    types = ["information", "information", "decision", "question", "information", "information",
             "information", "information", "decision"]
    assert debated_motions(texts, ["Paving"] * 9, types) == {8: (2, 3)}
    # a member's proposal debated and put to the vote stays a proposal; a bare "Carried." names
    # no motion and reaches back over no debate; another decision between them ends the walk
    texts = ["Cllr Blunsdon proposed that the play area be closed on Sundays.",
             "Cllr Catt objected that families use the play area before church.",
             "The proposal was put to the vote and was lost, 2 in favour, 5 against."]
    assert debated_motions(texts, ["Play area"] * 3, ["proposal", "objection", "decision"]) == {}
    texts = ["Moved by Cllr A, seconded by Cllr B, that the fee be raised.",
             "Cllr C spoke against the rise.", "Carried."]
    assert debated_motions(texts, ["Fees"] * 3, ["proposal", "objection", "decision"]) == {}
    texts = ["Cllr A moved that the fee be raised.", "The Board agreed to review the hall.",
             "Cllr C spoke against the rise.", "The motion was carried."]
    assert debated_motions(texts, ["Fees"] * 4, ["proposal", "decision", "objection", "decision"]) == {}


def test_the_debated_motion_is_typed_as_its_result():
    from pipeline.classify import classify_sentences
    pairs = [(t, "Budget") for t in (
        "Hon. Catapang moved that the Body approve Supplemental Budget No. 2.",
        "Hon. Ramos objected that the appropriation for the new vehicle is not urgent.",
        "The motion was lost, 3 affirmative, 7 negative.")]
    got = [(p.type, p.outcome) for p in classify_sentences(pairs)]
    assert got[0] == ("decision", "rejected") and got[1][0] == "objection"


def test_an_office_named_short_is_the_attendee_holding_it():
    from pipeline.classify_speaker import match_attendee
    from pipeline.records import Attendee
    one = [Attendee("R. Silva", "present", "Manager of Environmental Services"),
           Attendee("D. Hutchinson", "present", "Chief Administrative Officer")]
    assert match_attendee("The Manager", one) == "R. Silva"
    two = one + [Attendee("A. Brown", "present", "General Manager")]
    # two managers: the one the item last heard speak, else no one
    assert match_attendee("The Manager", two, ["D. Hutchinson", "A. Brown"]) == "A. Brown"
    assert match_attendee("The Manager", two, ["R. Silva", "D. Hutchinson"]) == "R. Silva"
    assert match_attendee("The Manager", two) == "The Manager"
    assert match_attendee("The Manager", two, ["D. Hutchinson"]) == "The Manager"


def test_the_manager_replying_in_an_item_is_the_manager_who_presented_it():
    from pipeline.classify import classify_sentences
    from pipeline.records import Attendee
    roster = [Attendee("R. Silva", "present", "Manager of Environmental Services"),
              Attendee("A. Brown", "present", "General Manager"),
              Attendee("G. Enns", "present", "Director")]
    pairs = [(t, "Composting facility") for t in (
        "The Manager of Environmental Services presented the consultant's strategy.",
        "Director Enns asked whether the facility would take material from the neighbouring "
        "district.",
        "The Manager replied that it would be sized for this region alone.")]
    assert [p.speaker for p in classify_sentences(pairs, attendees=roster)][2] == "R. Silva"


def test_a_number_going_on_from_two_levels_takes_the_one_set_like_it():
    from pipeline.segment_items import Heading, _select
    seq = [("4", 6, "Decisions"), ("5", 6, "Finance & Audit"), ("1", 3, "Year end – figures due"),
           ("2", 3, "Fines – in hand"), ("1", 3, "Membership – growing"), ("2", 3, "Audit – done"),
           ("3", 3, "Applications – one"), ("4", 3, "AGM – ongoing"), ("5", 3, "Signage – refused"),
           ("6", 7, "Support Services Manager Update"), ("7", 7, "Forward Planning"),
           ("8", 6, "Date of Next Meeting & Forward agenda"), ("1", 2, "All standing items"),
           ("2", 2, "Away Day"), ("6", 3, "TUPE/CSD issue")]
    cands = [(Heading(k, n, t, "int", key=(int(n),)), float(sc)) for k, (n, sc, t) in enumerate(seq)]
    titles = [h.title for h in _select(cands)]
    assert "Support Services Manager Update" in titles and "TUPE/CSD issue" not in titles
    # a sub-list going on as its own level, where no shallower level was set like it, as before
    seq = [("1", 6, "Apologies"), ("2", 6, "Reports"), ("1", 3, "Treasurer – noted"),
           ("2", 3, "Clerk – noted"), ("3", 3, "Chair – noted")]
    cands = [(Heading(k, n, t, "int", key=(int(n),)), float(sc)) for k, (n, sc, t) in enumerate(seq)]
    assert [h.title for h in _select(cands)] == [t for _, _, t in seq]


DIRECTORS = ["Linda Olsen", "Darren Pauls", "Marie Wesley", "Gordon Hayes", "Priya Sandhu", "Ken Moreau"]


@pytest.mark.parametrize("task", ["Corporate Officer to submit the grant application by June 30.",
                                  "Chief Administrative Officer to report back in May."])
def test_an_officers_task_run_on_to_a_list_of_names_is_no_name(task):
    v = _votes("MOVED Director Hayes, SECONDED Director Sandhu, THAT the grant be approved. CARRIED "
               f"Opposed: Directors Wesley and Moreau {task}", DIRECTORS)
    assert [(x.result, x.members) for x in v] == [("carried", {"Marie Wesley": "no", "Ken Moreau": "no"})]


def test_a_result_restated_with_its_count_after_the_lists_is_no_second_vote():
    v = _votes("MOVED Director Pauls, SECONDED Director Sandhu, THAT the fee be raised. DEFEATED "
               "Weighted vote: In favour: Directors Pauls (3 votes) and Sandhu (3 votes). Opposed: "
               "Directors Olsen (2 votes), Wesley (2 votes), Hayes (2 votes) and Moreau (3 votes). "
               "The motion was defeated 6 to 9 on the weighted vote. MOVED Director Wesley, SECONDED "
               "Director Olsen, THAT the proposal be referred to staff. CARRIED", DIRECTORS)
    assert [(x.mover, x.result) for x in v] == [("Darren Pauls", "failed"), ("Marie Wesley", "carried")]
    assert v[0].members["Ken Moreau"] == "no" and v[0].members["Priya Sandhu"] == "aye"


@pytest.mark.parametrize("text", [
    "Hon. Villareal, chair of the Committee on Transportation, sponsored the ordinance, stating that "
    "it sets fares and bars tricycles from the national highway.",
    "Councilmember Diaz sponsored the resolution honoring the championship team.",
])
def test_a_member_sponsoring_a_measure_proposes_it(text):
    p, = _preds("Unfinished business", text)
    assert p.type == "proposal"


def test_a_sponsor_named_in_the_past_perfect_proposes_nothing_now():
    p, = _preds("Unfinished business", "The bill had been sponsored by Senator Lee in 2019.")
    assert p.type != "proposal"


@pytest.mark.parametrize("text, outcome", [
    ("The Council **agreed** that the Nominations Committee review Non-Executive Director "
     "remuneration against the NHS England framework and report back.", "referred"),
    ("It was resolved that the Finance Committee consider the fees and report back to the next "
     "meeting.", "referred"),
    ("The Board agreed that the Committee review the policy.", "approved"),
])
def test_a_committee_asked_to_review_and_report_back_is_a_referral(text, outcome):
    p, = _preds("Remuneration", text)
    assert (p.type, p.outcome) == ("decision", outcome)


def test_a_vote_called_in_verbatim_minutes_is_no_debate():
    from pipeline.classify_join import debated_motions
    texts = ["Ah -- I move approval of the item moved to the non-routine agenda Mr. President.",
             "Second.", "All those in favor say AYE. All opposed say NAY.",
             "The Motion carries, the item is approved."]
    assert debated_motions(texts, ["Contract"] * 4,
                           ["proposal", "information", "information", "decision"]) == {}


def test_a_motion_that_died_for_lack_of_a_second_stays_a_proposal():
    from pipeline.classify_join import debated_motions
    texts = ["Councilmember Knox White moved approval of hearing the three referrals.",
             "Councilmember Herrera Spencer expressed support for only hearing the next matter.",
             "The motion failed for lack of a second."]
    assert debated_motions(texts, ["Referrals"] * 3, ["proposal", "objection", "decision"]) == {}


def test_a_members_proposal_before_the_bodys_decision_is_no_motion():
    names = ["Ann Okafor", "Ben Haddad", "Tessa Lind", "Joe Vella"]
    assert _votes("Member Okafor proposed that the policy also require a bench at every stop. The "
                  "Committee referred the draft policy to its Accessibility Subcommittee for review.",
                  names) == []
    v = _votes("Mr Vella proposed that the Council adopt the plan, seconded by Ms Lind. The Council "
               "approved the plan.", names)
    assert [(x.mover, x.seconder, x.result) for x in v] == [("Joe Vella", "Tessa Lind", "carried")]
    v = _votes("Member Okafor moved that the policy be adopted. The Committee approved the policy.", names)
    assert [(x.mover, x.result) for x in v] == [("Ann Okafor", "carried")]



@pytest.mark.parametrize("entry, nxt, wraps", [
    ("Hon. Liza M. Tolentino, SB Member; Hon. Arnel C.", "Villareal, SB Member; Hon. Jocelyn P. Ramos, SB", True),
    ("Zoe Castellano (Police and Crime Commissioner); Richard Blenkin (Chief Executive); Helen Tait",
     "(Chief Finance Officer); Claire Dunning (Panel Secretariat)", True),
    # an entry closed by its bracket ends the list: the heading and text after it are no part of it
    ("Helen Tait (Chief Finance Officer); Claire Dunning (Panel Secretariat, Thornbury City Council)",
     "PCP 25/13 Declarations of Interest", False),
    ("Ann Lee (Clerk); Tom Hart (Treasurer)", "1. Apologies for absence", False),
    # a list run on past any name and office is no entry the line cut
    ("A. Bell; Tom Hart PCP 25/13 Declarations of Interest Councillor Qureshi declared a personal",
     "interest in item PCP 25/16 as a member", False),
])
def test_a_semicolon_list_wraps_only_while_its_last_entry_is_open(entry, nxt, wraps):
    from pipeline.records import Line
    from pipeline.segment_attendees import _entry_wraps
    prev = Line(entry, 1, x0=48, x1=300, top=100, bottom=110, size=10.5, bold=False)
    assert _entry_wraps(entry, nxt, prev, [prev]) is wraps
