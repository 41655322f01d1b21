"""The small rules the nineteenth probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_items import detect_headings, parse_number
from pipeline.votes import parse_votes


def _roster(*names: str) -> list[dict]:
    return [{"name": n, "status": "present"} for n in names]


def test_committee_letter_against_the_minute_number():
    assert parse_number("P087/25  RECEIVE PLANNING APPLICATIONS")[:2] == \
        ("P087/25", "RECEIVE PLANNING APPLICATIONS")
    assert parse_number("GP12/24 Finance")[:2] == ("GP12/24", "Finance")
    # the forms read before stay as they were
    assert parse_number("QP/25/33 Integrated Performance Report")[0] == "QP/25/33"
    assert parse_number("24/101 Apologies for absence")[0] == "24/101"
    # a word ending in a letter before a date-like pair is no minute number
    assert parse_number("May 12/25 was the date") is None


def test_minute_numbers_with_a_letter_run_in_sequence():
    texts = [("P084/25  APOLOGIES", True), ("Apologies were received.", False),
             ("P085/25  DECLARATIONS OF INTEREST", True), ("None.", False),
             ("P086/25  CHAIR'S BUSINESS", True), ("The Chair reported.", False)]
    lines = [Line(t, 1, x0=62, x1=62 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k, size=10.5,
                  bold=b) for k, (t, b) in enumerate(texts)]
    assert [h.number for h in detect_headings(lines)] == ["P084/25", "P085/25", "P086/25"]


def test_a_result_line_is_no_heading():
    texts = [("5.2. Paid parking", True), ("AND RESOLVED THAT the council introduce paid parking.", False),
             ("For: Councillors Tremblay and Charest", False), ("Against: Councillor Ashby", False),
             ("ADOPTED ON DIVISION (4 to 1)", True), ("Action: the Director General to order signs.", False),
             ("REJECTED ON DIVISION", True), ("ADOPTED UNANIMOUSLY", True),
             ("6. PUBLIC WORKS", True), ("The works went on.", False)]
    lines = [Line(t, 1, x0=62, x1=62 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k, size=10.5,
                  bold=b) for k, (t, b) in enumerate(texts)]
    assert [h.title for h in detect_headings(lines)] == ["Paid parking", "PUBLIC WORKS"]


def test_quebec_resolutions_and_their_results():
    roster = _roster("Marc Tremblay", "Heather McKinnon", "Denis Lapointe", "Sophie Charest",
                     "Robert Ashby")
    text = ("2025-06-118 Award of the paving contract IT IS PROPOSED BY Councillor Robert Ashby "
            "SECONDED BY Councillor Marc Tremblay AND RESOLVED THAT the council award the contract. "
            "Councillor Charest requests a vote. For: Councillors Ashby and Tremblay Against: "
            "Councillors McKinnon, Lapointe and Charest REJECTED ON DIVISION (2 to 3) 2025-06-119 "
            "Paving postponed IT IS PROPOSED BY Councillor Sophie Charest SECONDED BY Councillor "
            "Denis Lapointe AND RESOLVED THAT the award be postponed to the sitting of July 7, 2025. "
            "ADOPTED UNANIMOUSLY")
    first, second = parse_votes(text, roster)
    assert (first.mover, first.seconder, first.result) == ("Robert Ashby", "Marc Tremblay", "failed")
    assert (first.tally["ayes"], first.tally["noes"]) == (2, 3)
    assert first.members["Sophie Charest"] == "no" and first.members["Marc Tremblay"] == "aye"
    assert (second.mover, second.seconder, second.result) == ("Sophie Charest", "Denis Lapointe",
                                                              "carried")
    (v,) = parse_votes("IT IS PROPOSED BY Councillor Denis Lapointe SECONDED BY Councillor Heather "
                       "McKinnon AND RESOLVED THAT the council introduce paid parking. For: "
                       "Councillors Tremblay, McKinnon, Lapointe and Charest\nAgainst: Councillor "
                       "Ashby\nThe Mayor does not vote.\nADOPTED ON DIVISION (4 to 1)", roster)
    assert (v.result, v.tally["ayes"], v.tally["noes"], v.members["Robert Ashby"]) == \
        ("carried", 4, 1, "no")
    # the word alone, as a heading would print it, is no result
    assert parse_votes("The by-law ADOPTED in 2019 set the fee.", roster) == []


def test_a_count_after_the_result_and_a_proposal_that_fell():
    roster = _roster("C Mallon", "J Hewitt", "P Burns", "B Hughes", "S Kerr", "R McAleer",
                     "D Quinn", "L Stewart")
    (v,) = parse_votes("Proposed by Councillor Mallon Seconded by Alderman Hewitt and Resolved - That "
                       "planning permission be granted. On being put to the vote the proposal was "
                       "carried: For 6, Against 1, Abstain 1.", roster)
    assert (v.result, v.tally["ayes"], v.tally["noes"], v.tally["abstain"]) == ("carried", 6, 1, 1)
    (v,) = parse_votes("Proposed by Councillor Burns Seconded by Councillor Hughes That consideration "
                       "of the application be deferred for a site visit. On being put to the vote the "
                       "proposal fell: For 3, Against 5, Abstain 0.", roster)
    assert (v.mover, v.result, v.tally["ayes"], v.tally["noes"]) == ("P Burns", "failed", 3, 5)
    (v,) = parse_votes("Moved by Councillor Kerr, seconded by Councillor Burns. The motion fell.", roster)
    assert v.result == "failed"


def test_a_list_count_in_brackets():
    roster = _roster("T Corry", "J Hewitt", "C Mallon", "P Burns", "S Kerr")
    (v,) = parse_votes("Moved by Councillor Mallon, seconded by Alderman Hewitt, that permission be "
                       "granted.\nFor (3): Alderman Corry, Alderman Hewitt, Councillor "
                       "Mallon\nAgainst (2): Councillors Burns and Kerr\nCARRIED", roster)
    assert v.members == {"T Corry": "aye", "J Hewitt": "aye", "C Mallon": "aye", "P Burns": "no",
                         "S Kerr": "no"}
    # … and printed after the result, on a recorded vote asked for
    (v,) = parse_votes("Proposed by Councillor Mallon Seconded by Alderman Hewitt and Resolved - That "
                       "permission be granted. On being put to the vote the proposal was carried: For "
                       "3, Against 2, Abstain 0. Councillor Kerr requested a recorded vote, which was as "
                       "follows: For (3): Alderman Corry, Alderman Hewitt, Councillor Mallon Against "
                       "(2): Councillors Burns and Kerr", roster)
    assert v.members == {"T Corry": "aye", "J Hewitt": "aye", "C Mallon": "aye", "P Burns": "no",
                         "S Kerr": "no"}


def test_a_section_motion_wrapped_above_its_named_line():
    from pipeline.records import Item
    from pipeline.segment_sections import section_motions_to_parent

    def item(num: str, title: str, texts: list[str]) -> Item:
        lines = [Line(t, 1) for t in texts]
        return Item("i" + num, "m", num, title, 1, 1, text=" ".join(texts), lines=lines)

    parent = item("3", "Consent Calendar", ["3. Consent Calendar"])
    child = item("3.2", "Ridership report, April 2025",
                 ["3.2 Ridership report, April 2025", "Motion by Vice Chair Ortega, seconded by Member",
                  "Sorensen, to approve the consent calendar. The", "motion passed 10-0."])
    section_motions_to_parent([parent, child])
    assert child.text == "3.2 Ridership report, April 2025"
    assert parent.text.startswith("3. Consent Calendar Motion by Vice Chair Ortega, seconded by Member "
                                  "Sorensen, to approve the consent calendar.")
    # a sub-item's own finished sentence above the motion stays the sub-item's
    parent = item("5", "Consent Calendar", ["5. Consent Calendar"])
    child = item("5.2", "Warrant list", ["5.2 Warrant list", "The warrant list was approved by staff.",
                                         "Motion to approve the consent calendar. Carried."])
    section_motions_to_parent([parent, child])
    assert child.text == "5.2 Warrant list The warrant list was approved by staff."


def _types(title: str, *sentences: str) -> list[tuple[str, str]]:
    from pipeline.classify import classify_sentences
    return [(p.type, p.outcome) for p in classify_sentences([(s, title) for s in sentences])]


def test_a_result_with_the_names_in_brackets_joins_its_motion():
    assert _types("Service plan",
                  "Member Rausch moved to recommend that the Board keep Sunday service on Route 14, "
                  "seconded by Member Hale.",
                  "The motion failed 3-6-1 (Ayes: Rausch, Hale, Okafor; Noes: Whitfield, Ortega, Lind, "
                  "Raman, Dupree, Mori; Abstain: Sorensen).") == [("decision", "rejected")] * 2
    # a result naming what it decided is no bare result
    from pipeline.classify_join import is_result_only
    assert not is_result_only("The motion passed (7-2) to approve the budget; Lee opposed.")


def test_referring_a_named_thing_to_a_named_body():
    assert _types("Footpaths", "RESOLVED to refer the blocked footpath to Somerset Council's Rights "
                               "of Way team.") == [("decision", "referred")]
    assert _types("Lease", "RESOLVED to approve the transfer of the lease to Mr Smith.") == \
        [("decision", "approved")]


def test_a_month_and_year_at_a_lines_end_in_running_text():
    from pipeline.classify_split import join_lines
    from pipeline.records import Item
    lines = [Line("AND RESOLVED THAT the council approve the list of accounts payable for May 2025", 1),
             Line("totalling $184,326.41 and authorize the Director General to pay them.", 1)]
    _, starts, _, forced = join_lines(Item("i", "m", "5.1", "Accounts", 1, 1, lines=lines))
    assert starts[1] not in forced
    # an action-table row ending in its due month still ends there
    lines = [Line("Draft the job description  OP  May 2025", 1), Line("Book the hall  KR  June 2025", 1)]
    _, starts, _, forced = join_lines(Item("i", "m", "5.1", "Actions", 1, 1, lines=lines))
    assert starts[1] in forced


def test_excused_after_an_absent_members_group():
    from pipeline.segment_attendees import parse_people
    (p,) = parse_people("Member Carla Vance (Environmental Groups), excused", "absent")
    assert (p.name, p.status) == ("Carla Vance", "apologies")
    # a member present stays present; a member absent with no note stays absent
    (p,) = parse_people("Member Carla Vance (Environmental Groups), excused", "present")
    assert p.status == "present"
    (p,) = parse_people("Member Carla Vance (Environmental Groups)", "absent")
    assert p.status == "absent"


def test_a_speaker_from_a_french_street():
    from pipeline.classify_speaker import find_speaker
    assert find_speaker("Mr. Rejean Paquette of chemin du Lac asked when the municipality would "
                        "grade chemin Bellevue.") == "Mr. Rejean Paquette"
    assert find_speaker("Mrs Lise Roy of rue des Érables objected to the fee.") == "Mrs Lise Roy"
    assert find_speaker("Mr. YUEN of Flat 18C asked about the lift.") == "Mr. YUEN"


def test_due_at_a_sitting_and_a_by_date_first():
    from pipeline.classify_owner import find_due
    assert find_due("Action: Councillor Charest to bring two quotations to the July 7, 2025 "
                    "sitting.") == "the July 7, 2025 sitting"
    assert find_due("Head of Planning to draft conditions and bring them to the July meeting for "
                    "agreement by 1 July 2025.") == "1 July 2025"
    assert find_due("Clerk to report to the next meeting.") == "the next meeting"


def test_a_proposal_that_fell_joins_its_motion():
    assert _types("Applications", "Proposed by Councillor Burns", "Seconded by Councillor Hughes",
                  "That consideration of the application be deferred for a site visit by Members.",
                  "On being put to the vote the proposal fell: For 3, Against 5, Abstain 0.")[2:] == \
        [("decision", "rejected")] * 2


def test_a_solicitor_and_people_named_by_their_part():
    from pipeline.segment_attendees import parse_people
    assert [(a.name, a.role) for a in parse_people("Mr S Keys, Council Solicitor", "in_attendance")] == \
        [("S Keys", "Council Solicitor")]
    assert parse_people("Applicants, agents and objectors (listed under each application)",
                        "in_attendance") == []
    assert [a.name for a in parse_people("Ms Jane Press, Clerk", "in_attendance")] == ["Jane Press"]


def test_a_scan_speck_between_two_lines_joins_nothing():
    from pipeline.classify_split import make_splitter, split_item
    from pipeline.records import Item
    texts = ["25/049 Highways and Footpaths",
             "RESOLVED to defer a decision to the September meeting, when three quotations will be",
             "available.", ";", "Clerk to obtain three quotations for a speed indicator device by 31 "
             "August 2025."]
    lines = [Line(t, 2, x0=65, top=100 + 20 * k) for k, t in enumerate(texts)]
    item = Item("i", "m", "25/049", "Highways and Footpaths", 2, 2, text="\n".join(texts), lines=lines)
    units = [u.text for u in split_item(item, make_splitter())]
    assert "Clerk to obtain three quotations for a speed indicator device by 31 August 2025." in units
