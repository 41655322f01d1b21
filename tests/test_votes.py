"""Vote parsing on real phrasings (Alameda, Manhattan CB1, Falls Creek, the issue's examples),
arithmetic findings, the agreement matrix and blocs on hand-built votes."""
from __future__ import annotations

import pytest

from pipeline.coalitions import agreement_matrix, bloc_shifts, blocs, dissent, split_votes
from pipeline.votes import map_name, parse_votes, vote_findings

ALAMEDA = [{"name": n, "status": "present", "role": "Councilmember"}
           for n in ("Daysog", "Herrera Spencer", "Knox White", "Vella")] + \
          [{"name": "Ezzy Ashcraft", "status": "chair", "role": "Mayor"}]
ALAMEDA_23 = [{"name": n, "status": "present"} for n in ("Daysog", "Herrera Spencer", "Jensen")] \
    + [{"name": "Vella", "status": "absent"}, {"name": "Ezzy Ashcraft", "status": "chair"}]
MAPLE = [{"name": n, "status": "present"} for n in ("Dana Kowalski", "Sean Brennan", "Grace Oyelaran")]
TE_AWA = [{"name": n, "status": "present"} for n in ("Kerry Ngata", "Tom Fale", "Mele Tupou",
                                                     "Aroha Whaanga")]
UMSOBO = [{"name": n, "status": "present"} for n in ("T.P. Mahlangu", "N.S. Dlamini",
                                                     "J. van der Merwe", "B. Khumalo")]
GANESH = [{"name": n, "status": "present"} for n in ("Vikram Rao", "Anita Deshpande", "Suresh Iyer")]
LAKESHORE = [{"name": "Tremblay", "status": "chair"}] + \
    [{"name": n, "status": "present"} for n in ("Gill", "Fortier", "Dubois", "Wong")]
WATTLE = [{"name": n, "status": "present"} for n in ("Helen Ashby", "Tom Brennan", "Lisa Cho",
                                                     "Ravi Singh")]
FCR = [{"name": n, "status": "present"} for n in
       ("Mary Ann Bryant", "Paulette Church", "Robin Lucie", "Mark Smith", "Terry Greiner")] + \
      [{"name": "Eb Redford", "status": "in_attendance"}]


@pytest.mark.parametrize("text,att,expect", [
    ("Councilmember Knox White moved approval of the staff recommendation. Vice Mayor Vella "
     "seconded the motion, which carried by the following roll call vote: Councilmembers Daysog: "
     "Ayes; Herrera Spencer: No; Knox White: Aye; Vella: Aye; and Mayor Ezzy Ashcraft: Aye. "
     "Ayes: 4. Noes: 1.", ALAMEDA,
     dict(result="carried", mover="Knox White", seconder="Vella", ayes=4, noes=1,
          members={"Daysog": "aye", "Herrera Spencer": "no", "Ezzy Ashcraft": "aye"})),
    ("Councilmember Vella seconded the motion, which carried by the following voice vote: Ayes: "
     "Councilmembers Daysog, Vella and Mayor Ezzy Ashcraft – 3. Noes: Councilmembers Herrera "
     "Spencer and Knox White – 2. CITY MANAGER COMMUNICATIONS", ALAMEDA,
     dict(result="carried", seconder="Vella", ayes=3, noes=2,
          members={"Knox White": "no", "Ezzy Ashcraft": "aye", "Herrera Spencer": "no"})),
    ("Councilmember Herrera Spencer moved approval of moving the Legislative Agenda. Vice Mayor "
     "Daysog seconded the motion. On the call for the question, carried by unanimous voice vote - "
     "3. [Absent: Councilmember Vella – 1.]", ALAMEDA_23,
     dict(result="carried", mover="Herrera Spencer", seconder="Daysog", ayes=3, absent=1,
          members={"Jensen": "aye", "Vella": "absent", "Ezzy Ashcraft": "aye"})),
    ("Vice Mayor Daysog seconded the motion, which failed by the following voice vote: Ayes: "
     "Councilmembers Daysog and Herrera Spencer – 2. Noes: Councilmember Jensen and Mayor Ezzy "
     "Ashcraft - 2. *** Special Meeting", ALAMEDA_23,
     dict(result="failed", ayes=2, noes=2, members={"Ezzy Ashcraft": "no", "Vella": "absent"})),
    ("announced direction was given to staff by the following roll call vote: Councilmembers "
     "Daysog: Aye; Herrera Spencer: No; Knox White: Abstain; Vella: Aye; and Mayor Ezzy Ashcraft: "
     "Aye. Ayes: 3. Noes: 1. Abstentions: 1.", ALAMEDA,
     dict(result="carried", mover=None, ayes=3, noes=1, abstain=1,
          members={"Knox White": "abstain"})),
    ("Councilmember Daysog moved approval of the referral. The motion failed for lack of a second.",
     ALAMEDA, dict(result="no_second", mover="Daysog", ayes=None)),
    ("Motion to adopt was passed unanimously as presented by roll call of 36 in favor, 0 opposed, "
     "1 abstained and 0 recused", [], dict(result="carried", ayes=36, noes=0, abstain=1, recused=0,
                                            absent=None, members={})),
    ("1. NYC Retirees Save Medicare Advantage - Resolution Vote was passed by 32 in favor, 0 "
     "opposed, 6 abstained and 2 recused", [], dict(ayes=32, abstain=6, recused=2)),
    ("Board vote: 32 in favor, 2 opposed, 1 abstaining, 0 recused", [],
     dict(ayes=32, noes=2, abstain=1, recused=0)),
    ("Approval of Previous Minutes – A motion was duly made and seconded to approve the February "
     "23, 2023, Board meeting minutes. The motion unanimously passed. The minutes will be posted",
     FCR, dict(result="carried", mover=None, seconder=None, ayes=5,
               members={"Robin Lucie": "aye", "Terry Greiner": "aye"})),
    ("James moved, Mark seconded. One against, 4 in favor Motion passed.", [],
     dict(mover="James", seconder="Mark", ayes=4, noes=1)),
    ("Motion to approve application: Moved by Robin, seconded by Mark, motion passed.", FCR,
     dict(mover="Robin Lucie", seconder="Mark Smith", ayes=None, members={})),
    ("Motion carried 5-2.", [], dict(result="carried", ayes=5, noes=2)),
    ("Ayes: Councilmembers Daysog, Herrera Spencer, Knox White; Noes: Vella; Abstain: Ezzy "
     "Ashcraft.", ALAMEDA, dict(ayes=3, noes=1, abstain=1, members={"Vella": "no"})),
    # Commonwealth councils: the motion laid out line by line (lines joined by the segmenter)
    ("Moved by Councillor Fortier Seconded by Councillor Gill THAT Council approve the trail "
     "extension. A recorded vote was requested. In favour: Mayor Tremblay, Councillors Fortier, "
     "Gill and Wong Opposed: Councillor Dubois CARRIED", LAKESHORE,
     dict(result="carried", mover="Fortier", seconder="Gill", ayes=4, noes=1,
          members={"Tremblay": "aye", "Wong": "aye", "Dubois": "no"})),
    ("Moved by Councillor Dubois Seconded by Councillor Wong THAT the annual fee be reduced to "
     "$40. DEFEATED", LAKESHORE, dict(result="failed", mover="Dubois", seconder="Wong", members={})),
    ("Moved: Cr Singh Seconded: Cr Cho That Council adopt the plan with the amendment. "
     "CARRIED 3/1", WATTLE, dict(result="carried", mover="Ravi Singh", seconder="Lisa Cho",
                                 ayes=3, noes=1)),
    ("Motion by Ortega, second by Kim, to approve the minutes of December 9, 2024. Motion "
     "carried 4-0.", [], dict(result="carried", mover="Ortega", seconder="Kim", ayes=4, noes=0)),
    # a US school board's roll call in prose (pair by pair, no colons)
    ("Motion by Oyelaran, second by Kowalski, to approve the start times. Roll call vote: "
     "Kowalski aye, Brennan nay, Oyelaran aye. Motion carried 2-1.", MAPLE,
     dict(result="carried", mover="Grace Oyelaran", seconder="Dana Kowalski", ayes=2, noes=1,
          members={"Dana Kowalski": "aye", "Sean Brennan": "no", "Grace Oyelaran": "aye"})),
    # a New Zealand division: initials after titles, one name a line, "Abstained: Nil"
    ("MOVED by Member M Tupou, seconded by Member A Whaanga: That the Local Board: a) approve "
     "the design. A division was called for, voting on which was as follows: For: Chairperson "
     "K Ngata Member M Tupou Member A Whaanga Against: Deputy Chairperson T Fale Abstained: Nil "
     "The motion was declared CARRIED by 3 votes to 1. CARRIED", TE_AWA,
     dict(result="carried", mover="Mele Tupou", seconder="Aroha Whaanga", ayes=3, noes=1,
          members={"Kerry Ngata": "aye", "Aroha Whaanga": "aye", "Tom Fale": "no"})),
    # lists without a result word, then the resolution (South African municipal committee)
    ("A vote was called. In favour: Cllrs Mahlangu, Dlamini and van der Merwe. Against: Cllr "
     "Khumalo. RESOLVED: That the oversight report be recommended to Council.", UMSOBO,
     dict(result="carried", ayes=3, noes=1,
          members={"J. van der Merwe": "aye", "B. Khumalo": "no"})),
    # proposer and seconder after colons, dissenters named after their count (India)
    ("Resolved that the quotation be accepted. Proposed by: Shri Vikram Rao; Seconded by: Smt. "
     "Anita Deshpande. Passed by majority (2 in favour, 1 against – Shri Suresh Iyer).", GANESH,
     dict(result="carried", mover="Vikram Rao", seconder="Anita Deshpande", ayes=2, noes=1,
          members={"Suresh Iyer": "no"})),
    # the dissenter in brackets after the count (Canadian joint committee, round 13)
    ("Moved by Councillor Rao, seconded by Councillor Deshpande, that the agreement be approved. "
     "Vote: 2 in favour, 1 opposed (Councillor Iyer). CARRIED", GANESH,
     dict(result="carried", ayes=2, noes=1, members={"Suresh Iyer": "no"})),
    # near case: a bracketed remark after the count names nobody
    ("Moved by Councillor Rao, seconded by Councillor Deshpande, that the agreement be approved. "
     "Vote: 2 in favour, 1 opposed (on the timing). CARRIED", GANESH,
     dict(result="carried", ayes=2, noes=1, members={"Suresh Iyer": None})),
])
def test_parse_real_phrasings(text, att, expect):
    votes = parse_votes(text, att)
    assert len(votes) == 1, [v.text for v in votes]
    v = votes[0]
    for key in ("result", "mover", "seconder"):
        if key in expect:
            assert getattr(v, key) == expect[key], key
    for key in ("ayes", "noes", "abstain", "absent", "recused"):
        if key in expect:
            assert v.tally[key] == expect[key], (key, v.tally)
    for who, how in expect.get("members", {}).items():
        assert v.members.get(who) == how, (who, v.members)
    if expect.get("members") == {}:
        assert v.members == {}


def test_closed_session_two_votes_in_one_sentence():
    text = ("the Council authorized the City Attorney to settle the claims by the following roll "
            "call vote: Councilmembers Daysog: Aye; Herrera Spencer: Aye; Knox White: Aye; Vella: "
            "Aye; and Mayor Ezzy Ashcraft: Aye; Ayes: 5; regarding Labor, staff provided "
            "information and Council provided direction by the following roll call vote: "
            "Councilmembers Daysog: Aye; Herrera Spencer: No; Knox White: Aye; Vella: Aye; and "
            "Mayor Ezzy Ashcraft: Aye; Ayes: 4. Noes: 1.")
    a, b = parse_votes(text, ALAMEDA)
    assert a.tally["ayes"] == 5 and a.members["Herrera Spencer"] == "aye"
    assert b.tally["noes"] == 1 and b.members["Herrera Spencer"] == "no"
    assert not a.problems and not b.problems


def test_roll_cut_by_item_boundary_reads_on():
    text = "Vice Mayor Vella moved approval of continuing. On the call for the question, the " \
           "motion carried by the following roll call vote: Councilmembers"
    after = "Daysog: Aye; Herrera Spencer: No; Knox White: Aye; Vella: Aye; and Mayor Ezzy " \
            "Ashcraft: Aye. Ayes: 4. Noes: 1. *** Next item"
    (v,) = parse_votes(text, ALAMEDA, after=after)
    assert v.members["Herrera Spencer"] == "no" and v.tally["ayes"] == 4
    assert parse_votes(after, ALAMEDA, skip_before=v.end - len(text) - 1) == []


@pytest.mark.parametrize("text,fragment", [
    # printed tally disagrees with the named votes
    ("the motion carried by the following roll call vote: Councilmembers Daysog: Aye; Herrera "
     "Spencer: No; Knox White: Aye; Vella: Aye; and Mayor Ezzy Ashcraft: Aye. Ayes: 5. Noes: 1.",
     "printed ayes 5 but 4 named"),
    # a voice-vote list whose count disagrees with its names
    ("which carried by the following voice vote: Ayes: Councilmembers Daysog, Vella and Mayor "
     "Ezzy Ashcraft – 4. Noes: Councilmembers Herrera Spencer and Knox White – 2.",
     "ayes 4 but 3 named"),
    # a present member missing from the roll
    ("the motion carried by the following roll call vote: Councilmembers Daysog: Aye; Herrera "
     "Spencer: No; Vella: Aye; and Mayor Ezzy Ashcraft: Aye. Ayes: 3. Noes: 1.",
     "present but no vote recorded: Knox White"),
    # failed with a majority (a supermajority rule): a question, not an error
    ("which required four affirmative votes and therefore failed by the following voice vote: "
     "Ayes: Councilmembers Daysog, Knox White and Mayor Ezzy Ashcraft – 3. Noes: Councilmember "
     "Herrera Spencer – 1. [Absent: Councilmember Vella – 1.]", "failed with 3 ayes and 1 noes"),
])
def test_arithmetic_mismatch_is_a_finding(text, fragment):
    (v,) = parse_votes(text, ALAMEDA)
    assert any(fragment in p for p in v.problems), v.problems
    exported = [{"id": "vabc", "meeting_id": "m1", "decision_statement_id": None, "page": 3,
                 "text": v.text, "problems": v.problems, "tally": v.tally, "members": v.members}]
    (f,) = vote_findings(exported)
    assert f["kind"] == "vote_arithmetic" and fragment in f["summary"]
    assert f["evidence"][0]["quote"]


def test_clean_vote_has_no_problems():
    (v,) = parse_votes("carried by the following roll call vote: Councilmembers Daysog: Aye; "
                       "Herrera Spencer: Aye; Knox White: Aye; Vella: Aye; and Mayor Ezzy "
                       "Ashcraft: Aye. Ayes: 5.", ALAMEDA)
    assert v.problems == []


@pytest.mark.parametrize("raw,names,want", [
    ("Councilmember Knox White", ["Daysog", "Knox White"], "Knox White"),
    ("Mayor Ezzy Ashcraft", ["Ezzy Ashcraft"], "Ezzy Ashcraft"),
    ("Robin", ["Robin Lucie", "Mark Smith"], "Robin Lucie"),
    ("Dayosg", ["Daysog", "Vella"], "Daysog"),
    ("Herrera Spencer – 1", ["Herrera Spencer"], "Herrera Spencer"),
    ("Vice Mayor/Authority Member Daysog", ["Daysog"], "Daysog"),
    ("Smith", ["Mark Smith", "Jane Smith"], None),
])
def test_map_name(raw, names, want):
    assert map_name(raw, names) == want


def _v(date, result, **members):
    return {"id": date + result, "date": date, "body": "B", "result": result,
            "members": members, "tally": {}}


HAND = [  # A and B always together; C always against them; D swings
    _v("2022-01-01", "carried", A="aye", B="aye", C="no", D="aye"),
    _v("2022-02-01", "carried", A="aye", B="aye", C="no", D="no"),
    _v("2022-03-01", "failed", A="no", B="no", C="aye", D="no"),
    _v("2022-04-01", "carried", A="aye", B="aye", C="aye", D="aye"),  # unanimous: ignored
    _v("2022-05-01", "carried", A="aye", B="aye", C="no", D="absent"),
]


def test_agreement_matrix_hand_built():
    names, agr = agreement_matrix(HAND)
    assert names == ["A", "B", "C", "D"]
    assert agr[("A", "B")] == (1.0, 4)
    assert agr[("A", "C")] == (0.0, 4)
    assert agr[("A", "D")] == (2 / 3, 3)  # D absent on the 5th contested vote
    assert agr[("C", "D")] == (1 / 3, 3)
    assert agr[("D", "A")] == agr[("A", "D")]


def test_blocs_dissent_and_splits():
    assert blocs(HAND, threshold=0.75, min_votes=1) == [["A", "B"], ["C"], ["D"]]
    assert blocs(HAND, threshold=0.6, min_votes=1) == [["A", "B", "D"], ["C"]]
    d = dissent(HAND)
    assert d["C"] == 1.0 and d["A"] == 0.0 and d["D"] == pytest.approx(1 / 3)
    assert len(split_votes(HAND, [["A", "B"], ["C"]])) == 4


def test_bloc_shifts_between_periods():
    later = [_v("2023-01-01", "carried", A="aye", B="no", C="no", D="aye"),
             _v("2023-02-01", "carried", A="aye", B="no", C="no", D="aye"),
             _v("2023-03-01", "failed", A="no", B="aye", C="aye", D="no")]
    shifts = bloc_shifts(HAND + later, threshold=0.75)
    assert [s["period"] for s in shifts] == ["2022", "2023"]
    assert ["B", "C"] in blocs(later, 0.75, min_votes=1)
    assert shifts[1]["changes"] == [] or isinstance(shifts[1]["changes"], list)


@pytest.mark.parametrize("text,roster,members", [
    ("Motion by Commissioner Patel, seconded by Commissioner Garcia, to approve the concept. "
     "Motion carried 4-1 (Lee opposed).",
     ["Dana Whitfield", "Marcus Lee", "Priya Patel", "Elena Garcia", "Tom Becker"],
     {"Marcus Lee": "no", "Dana Whitfield": "aye", "Priya Patel": "aye", "Elena Garcia": "aye",
      "Tom Becker": "aye"}),
    ("Director Kim moved to approve the contract; seconded by Director Shaw. The motion passed "
     "2-1-1, with Treasurer Chen voting no and Director Brooks abstaining.",
     ["Alan Brooks", "Maria Chen", "David Kim", "Linda Shaw"],
     {"Maria Chen": "no", "Alan Brooks": "abstain", "David Kim": "aye", "Linda Shaw": "aye"}),
    # a resident who "opposed" is no member's vote; 3-1 with five present names nobody
    ("Mr. Reyes moved to approve; seconded by Ms. Ode. Motion carried 3-1 (residents opposed).",
     ["Ana Reyes", "Bo Ode", "Cy Pratt", "Di Quon", "Ed Rowe"], {}),
])
def test_dissenters_named_after_the_result_and_the_rest_from_the_tally(text, roster, members):
    [v] = parse_votes(text, [{"name": n, "status": "present"} for n in roster])
    assert v.members == members
    assert v.result == "carried"


def test_motion_by_seconded_by_then_the_motion() -> None:
    [v] = parse_votes("Motion by Commissioner Becker, seconded by Commissioner Ortiz, to defer a "
                      "decision to the May meeting. Motion carried 5-0.",
                      [{"name": n, "status": "present"} for n in ("Tom Becker", "Sofia Ortiz")])
    assert (v.mover, v.seconder) == ("Tom Becker", "Sofia Ortiz")
    assert v.motion == "to defer a decision to the May meeting"


def test_a_capitalised_result_line_is_not_read_inside_a_word_or_sentence():
    assert parse_votes("The Clerk reported that the carried-over budget was LOSTOCK road.", []) == []
    assert [v.text for v in parse_votes("That the report be noted. CARRIED UNANIMOUSLY", [])]


KNOCKREE = [{"name": n, "status": "present"} for n in
            ("Siobhán Nic Giolla", "Tom Breen", "Dermot Hegarty", "Áine Mulcahy", "Liam O'Dwyer",
             "Nora Fitzgerald")] + [{"name": "Pádraig Walsh", "status": "apologies"}]
BOARD = [{"name": n, "status": "present"} for n in
         ("Ruth Okafor", "Helen Marsh", "Priya Nair", "Colin Baxter", "Sarah Pike", "Mark Ellison",
          "Gemma Stott", "Andrew Lowe", "Tomasz Nowak")]


@pytest.mark.parametrize("text,result,ayes,noes,noes_named", [
    # Irish municipal district: lists with titles and bracketed counts printed before the result
    ("A vote was called for on the disposal. The result of the vote was as follows: For: Cllrs. "
     "Breen, Fitzgerald, Nic Giolla, O'Dwyer (4) Against: Cllrs. Hegarty, Mulcahy (2) Abstain: "
     "None (0) The Cathaoirleach declared the proposal carried and the disposal was approved.",
     "carried", 4, 2, {"Dermot Hegarty", "Áine Mulcahy"}),
    ("A division was taken. For: Cllr. Breen (1). Against: Cllrs. Hegarty, Mulcahy, O'Dwyer (3). "
     "The resolution was declared lost.", "failed", 1, 3,
     {"Dermot Hegarty", "Áine Mulcahy", "Liam O'Dwyer"}),
])
def test_lists_printed_before_a_declared_result(text, result, ayes, noes, noes_named):
    votes = parse_votes(text, KNOCKREE)
    assert len(votes) == 1, votes
    v = votes[0]
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == (result, ayes, noes), v
    assert {n for n, how in v.members.items() if how == "no"} == noes_named, v.members
    assert not [p for p in v.problems if "not among" in p], v.problems


@pytest.mark.parametrize("text,result,ayes,noes,noes_named", [
    ("The proposal was put to a vote of the Board. Seven members voted in favour and two voted "
     "against (Helen Marsh and Dr Priya Nair). The Board APPROVED the overnight closure.",
     "carried", 7, 2, {"Helen Marsh", "Priya Nair"}),
    ("The recommendation was put to the vote. Three directors voted in favour and six against "
     "(Colin Baxter, Sarah Pike, Mark Ellison, Gemma Stott, Andrew Lowe and Tomasz Nowak). The "
     "Board REJECTED the recommendation.", "failed", 3, 6,
     {"Colin Baxter", "Sarah Pike", "Mark Ellison", "Gemma Stott", "Andrew Lowe", "Tomasz Nowak"}),
])
def test_tally_in_words_with_dissenters_in_brackets(text, result, ayes, noes, noes_named):
    votes = parse_votes(text, BOARD)
    assert len(votes) == 1, votes
    v = votes[0]
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == (result, ayes, noes), v
    assert {n for n, how in v.members.items() if how == "no"} == noes_named, v.members
    assert sum(how == "aye" for how in v.members.values()) == ayes, v.members


def test_a_proposal_carried_out_is_no_vote():
    assert parse_votes("The engineer said the proposal was carried out in March and the works "
                       "were carried out on time.", KNOCKREE) == []


SCOT = [{"name": n, "status": "present"} for n in
        ("Ian Rennie", "Callum Fraser", "Hamish Ross", "Aileen Shaw", "Kenneth Munro",
         "Elspeth Baird", "Fiona McAllister")]
NZ = [{"name": n, "status": "present"} for n in
      ("H Te Rangi", "S Blake", "T Whitcombe", "A Parata", "G Holt", "J Liu", "P Ranginui",
       "N Kingi")]
US_PC = [{"name": n, "status": "present"} for n in
         ("Linda Ortiz", "Raymond Kessler", "Dana Whitfield", "Paul Nguyen", "Marcus Greene",
          "Beth Caldwell")] + [{"name": "Janet Albrecht", "status": "absent"}]


@pytest.mark.parametrize("text,att,result,ayes,noes,noes_named", [
    # a count after capitalised For / Against, the dissenters in brackets, then the result
    ("Mr Munro moved, seconded by Mrs Shaw, that the community council submit an expression of "
     "interest.\nA vote was taken: For 5, Against 2 (Mr Fraser and Mr Ross). The motion was "
     "carried.\nAction: Treasurer to obtain quotations.", SCOT, "carried", 5, 2,
     {"Callum Fraser", "Hamish Ross"}),
    ("It was proposed by Mr Ross that the lights be removed.\nFor 2, Against 5. The motion was "
     "lost.", SCOT, "failed", 2, 5, set()),
    # a New Zealand division: lists of members for and against, then the division declared
    ("Moved: Cr Parata\nSeconded: Cr Ranginui\nThat the Committee recommends to Council that it "
     "adopts the recommendations.\nA division was called for, voting on which was as follows:\n"
     "For: Cr Te Rangi, Cr Blake, Cr Parata, Cr Liu, Cr Ranginui, Ms Kingi\nAgainst: Cr "
     "Whitcombe, Cr Holt\nThe division was declared CARRIED by 6 votes to 2.", NZ, "carried", 6, 2,
     {"T Whitcombe", "G Holt"}),
    # a result, then the roll printed on the lines after it: one vote, not two
    ("MOTION: Commissioner Nguyen moved to recommend approval of ZTA 25-01. Seconded by "
     "Commissioner Caldwell.\nMotion carried 4-2.\nAyes: Ortiz, Nguyen, Caldwell, Whitfield\n"
     "Noes: Kessler, Greene\nAbsent: Albrecht\nStaff was directed to count parking.", US_PC,
     "carried", 4, 2, {"Raymond Kessler", "Marcus Greene"}),
])
def test_counts_divisions_and_lists_after_the_result(text, att, result, ayes, noes, noes_named):
    votes = parse_votes(text, att)
    assert len(votes) == 1, votes
    v = votes[0]
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == (result, ayes, noes), v
    assert {n for n, how in v.members.items() if how == "no"} == noes_named, v.members


def test_a_member_out_of_the_vote_for_an_interest_is_recused() -> None:
    att = [{"name": n, "status": "present"} for n in
           ("Aoife Ryan", "Brian Hayes", "Ciara Walsh", "Declan Moore")]
    text = ("Moved by: A. Ryan\nSeconded by: B. Hayes\nTHAT the licence be renewed.\n"
            "Recorded vote: For: A. Ryan, B. Hayes. Against: C. Walsh. Councillor Moore, having "
            "declared a pecuniary interest, did not vote.\nCARRIED")
    (v,) = parse_votes(text, att)
    assert v.members == {"Aoife Ryan": "aye", "Brian Hayes": "aye", "Ciara Walsh": "no",
                         "Declan Moore": "recused"}, v.members


def test_an_ocr_bar_for_a_count_of_one() -> None:
    from pipeline.votes import strip_running_heads
    att = [{"name": n, "status": "present"} for n in ("Anna Pappas", "Petros Loizou", "Eva Kyriacou")]
    text = strip_running_heads("The Council approved the budget by 2 votes in favour and | against "
                               "(Mr Loizou).")
    (v,) = parse_votes(text, att)
    assert (v.tally["ayes"], v.tally["noes"]) == (2, 1), v.tally
    assert v.members.get("Petros Loizou") == "no", v.members


def test_a_decision_whose_first_words_are_not_in_the_text_is_still_linked() -> None:
    from pipeline.votes import link_decision
    text = ("Aye; Vella: Aye; regarding Labor, staff provided information and Council provided "
            "direction by the following roll call vote: Councilmembers Daysog: Aye; Herrera "
            "Spencer: No; Vella: Aye; and Mayor Ezzy Ashcraft: Aye; Ayes: 4. Noes: 1.")
    # the statement starts with the heading's word ("Spencer") run into the item's text
    stmt = {"id": "s1", "type": "decision", "text": "Spencer: " + text[:text.index(" Ayes: 4.")]}
    (vote,) = parse_votes(text)
    assert link_decision(text, vote, [stmt]) is stmt
