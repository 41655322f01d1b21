"""The small rules the twenty-second probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_attendees import find_attendees, label_of, parse_people
from pipeline.segment_items import detect_headings
from pipeline.segment_motion_table import motion_table_rows, split_motion_row
from pipeline.votes import parse_votes


def _lines(texts: list[tuple[str, bool]], x0: float = 62) -> list[Line]:
    return [Line(t, 1, x0=x0, x1=x0 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k,
                 size=10.5, bold=b) for k, (t, b) in enumerate(texts)]


def _members(names: list[str], status: str = "present") -> list[dict]:
    return [{"name": n, "status": status, "role": ""} for n in names]


BOARD = _members(["Linda Sokol"], "chair") + _members(["Thomas Acheson", "Marcia Feld", "Curtis Dunmore"])


def test_a_motion_table_under_the_motion_reads_as_labelled_values():
    lines = _lines([("Motion to approve the minutes of the July 8, 2025 regular meeting.", False),
                    ("Moved Seconded Vote Result", True), ("Acheson Feld 4-0 Carried", False),
                    ("3. Director's Report", True)])
    out = motion_table_rows(lines)
    assert [l.text for l in out] == [lines[0].text, "Moved: Acheson Seconded: Feld Vote: 4-0 Result: Carried",
                                     "3. Director's Report"]
    v = parse_votes(" ".join(l.text for l in out[:2]), BOARD)[0]
    assert (v.mover, v.seconder, v.result, v.tally["ayes"], v.tally["noes"]) == \
        ("Thomas Acheson", "Marcia Feld", "carried", 4, 0)
    # titled names split where the second title starts; a row that cannot be split stays printed
    assert split_motion_row(["Moved", "Seconded", "Result"], "Cllr Ann Day Cllr Bo Lee Carried") == \
        {"Moved": "Cllr Ann Day", "Seconded": "Cllr Bo Lee", "Result": "Carried"}
    assert split_motion_row(["Moved", "Seconded", "Vote", "Result"], "Ann Day Lee 4-0 Carried") is None
    odd = _lines([("Moved Seconded Vote Result", True), ("Ann Day Lee 4-0 Carried", False)])
    assert motion_table_rows(odd) == odd
    # a header that is no motion table ("Vote Result" alone, or other words) is left alone
    other = _lines([("Vote Result", True), ("4-0 Carried", False)])
    assert motion_table_rows(other) == other


def test_a_roll_call_with_a_dash_between_name_and_vote():
    text = ("Motion to purchase three printers. Moved: Feld Seconded: Sokol Vote: 2-2 Result: Tie "
            "Roll call: Sokol - Yea; Feld - Yea; Acheson - Nay; Dunmore - Nay. The motion failed "
            "on a tie vote.")
    v = parse_votes(text, BOARD)[0]
    assert (v.mover, v.seconder, v.result) == ("Marcia Feld", "Linda Sokol", "failed")
    assert v.members == {"Linda Sokol": "aye", "Marcia Feld": "aye", "Thomas Acheson": "no",
                         "Curtis Dunmore": "no"}
    # such a roll call is a vote, not the attendance; the attendance's roll call still is
    assert label_of("Roll call: Sokol - Yea; Feld - Yea; Acheson - Nay; Dunmore - Nay.") is None
    assert label_of("Roll call: Chair Dana Whitfield – present, Selectman Paul Esposito – absent")[0] == \
        "present"


def test_mover_and_signature_lines_are_no_headings():
    texts = [("1. Confirmation of Minutes", True), ("That the minutes be confirmed.", False),
             ("2. Carp Control Trial", True), ("That the Board fund a trial.", False),
             ("Moved: Mr Ferris", False), ("Seconded: Ms Mendes", False),
             ("For 3, Against 4, Abstain 1. The Chair declared the motion lost.", False),
             ("3. Adjournment", True), ("Motion to adjourn at 10:14 a.m.", False),
             ("Attest: Karen Whitby, Director", False)]
    assert [h.number for h in detect_headings(_lines(texts))] == ["1", "2", "3"]


def test_an_irish_or_scottish_chair_after_the_name():
    assert [(a.name, a.status) for a in parse_people("Cllr. Mary Keane, Cathaoirleach", "chair")] == \
        [("Mary Keane", "chair")]
    assert [(a.name, a.status) for a in parse_people(
        "Councillor Morag Fraser (Convener), Councillor Iain Munro", "present")] == \
        [("Morag Fraser", "chair"), ("Iain Munro", "present")]
    # a vice-convener does not chair
    assert [a.status for a in parse_people("Councillor Ann Bell (Vice-Convener)", "present")] == ["present"]


def test_a_list_of_councillors_wrapped_inside_a_title_and_closed_by_a_full_stop():
    def L(t: str, k: int, x0: float = 80, bold: bool = False) -> Line:
        return Line(t, 1, x0=x0, x1=x0 + 5.2 * len(t), top=100 + 15 * k, bottom=111 + 15 * k,
                    size=11, bold=bold)
    texts = [("Present:", 60, True),
             ("Councillor Morag Fraser (Convener), Councillor Iain Munro, Councillor Duncan Ross, Councillor", 80, False),
             ("Kirsty Mackay, Councillor Alan Grant and Councillor Hamish Sutherland.", 80, False),
             ("In Attendance:", 60, True),
             ("Ms Rhona MacLeod, Clerk to the Board; Mr Craig Dunbar, Depute Clerk; Mr Stuart", 80, False),
             ("Gillies, Licensing Standards Officer; Sergeant Lorna Baird, Police Scotland.", 80, False),
             ("25/41 Declarations of Interest", 60, True),
             ("Councillor Sutherland declared a non-financial interest in item 25/45.", 122, False)]
    got = [(a.name, a.role, a.status) for a in find_attendees([L(t, k, x0, b) for k, (t, x0, b) in enumerate(texts)])]
    assert [n for n, _, _ in got] == ["Morag Fraser", "Iain Munro", "Duncan Ross", "Kirsty Mackay",
                                      "Alan Grant", "Hamish Sutherland", "Rhona MacLeod",
                                      "Craig Dunbar", "Stuart Gillies", "Sergeant Lorna Baird"]
    assert got[-1][1:] == ("Police Scotland", "in_attendance")


IRISH = _members(["Mary Keane"], "chair") + _members(
    ["Gerry Walsh", "Bríd Ní Fhlatharta", "Tom Brady", "Declan Hession", "Siobhán Gavin",
     "Martin Durkan"]) + _members(["Joe Hynes"], "apologies")


def test_a_count_and_named_sides_then_the_chair_declaring_the_result():
    text = ("Proposed by Cllr. Ní Fhlatharta, seconded by Cllr. Gavin. A vote was called for. "
            "For 3, Against 4, Abstain 0. For: Cllrs. Ní Fhlatharta, Gavin, Walsh. Against: Cllrs. "
            "Keane, Brady, Hession, Durkan. The Cathaoirleach declared the motion lost.")
    votes = parse_votes(text, IRISH)
    assert len(votes) == 1
    v = votes[0]
    assert (v.mover, v.seconder, v.result, v.tally["ayes"], v.tally["noes"], v.problems) == \
        ("Bríd Ní Fhlatharta", "Siobhán Gavin", "failed", 3, 4, [])
    assert v.members["Gerry Walsh"] == "aye" and v.members["Mary Keane"] == "no"
    # the same with the chair's declaration right after the count
    v = parse_votes("That the Board fund a trial. Moved: Mr Ferris Seconded: Ms Mendes For 3, "
                    "Against 4, Abstain 1. The Chair declared the motion lost.",
                    _members(["Helen Bright"], "chair") + _members(
                        ["Graham Tully", "Anika Rao", "Peter Kilpatrick", "Sue Whelan", "Jack Ferris",
                         "Lara Mendes", "Owen Drury"]))
    assert [(x.result, x.problems) for x in v] == [("failed", [])]


def test_on_the_proposal_of_and_proposed_the_motion():
    v = parse_votes("On the proposal of Cllr. Brady, seconded by Cllr. Gavin, the minutes of the "
                    "meeting held on 8th July 2025 were confirmed.", IRISH)
    assert [(x.mover, x.seconder, x.result) for x in v] == [("Tom Brady", "Siobhán Gavin", "carried")]
    v = parse_votes("Cllr. Walsh proposed the motion, stating that children cross the road. Cllr. "
                    "Hession seconded the motion. The motion was put to the meeting. CARRIED "
                    "UNANIMOUSLY", IRISH)
    assert [(x.mover, x.seconder, x.result) for x in v] == [("Gerry Walsh", "Declan Hession", "carried")]


def test_a_division_of_a_motion_against_an_amendment():
    board = _members(["Morag Fraser"], "chair") + _members(
        ["Iain Munro", "Duncan Ross", "Kirsty Mackay", "Alan Grant", "Fiona Urquhart", "Hamish Sutherland"])
    text = ("Councillor Munro, seconded by Councillor Mackay, moved that the variation be granted. "
            "Councillor Grant, seconded by Councillor Urquhart, moved as an amendment that the "
            "variation be refused. On a division there voted for the motion 5 (Councillors Fraser, "
            "Munro, Ross, Mackay and Sutherland) and for the amendment 2 (Councillors Grant and "
            "Urquhart), with no abstentions. The motion was accordingly carried.")
    v = parse_votes(text, board)
    assert len(v) == 1
    assert (v[0].mover, v[0].seconder, v[0].result, v[0].tally["ayes"], v[0].tally["noes"]) == \
        ("Iain Munro", "Kirsty Mackay", "carried", 5, 2)
    assert v[0].members["Alan Grant"] == "no" and v[0].members["Hamish Sutherland"] == "aye"


def test_a_licensing_or_elections_board_keeps_board_in_its_name():
    from pipeline.segment_body import canonical_body
    assert canonical_body("STRATHDEARN LICENSING BOARD") == "Strathdearn Licensing Board"
    assert canonical_body("Brennan County Board of Elections") == "Brennan County Board of Elections"
    # the governing board after an organisation still goes
    assert canonical_body("Falls Creek Ranch Association Board of Directors") == "Falls Creek Ranch"


def test_a_title_before_a_name_ends_no_sentence_in_a_heading():
    from pipeline.classify_split import _RUNS_ON
    assert _RUNS_ON.search("Notice of Motion No. 14/2025 - Cllr. Gerry Walsh") is None
    assert _RUNS_ON.search("Report of the Chair, Mr. Hugh Dunne") is None
    assert _RUNS_ON.search("Local Law Int. 1724-2019. New York") is not None


def test_motion_texts_minutes_and_referrals():
    from pipeline.classify import classify_sentences

    def read(text: str, title: str = "Notice of Motion") -> tuple[str, str]:
        p = classify_sentences([(text, title)], [""], [])[0]
        return p.type, p.outcome
    assert read('"That the Municipal District of Carrowkeel allocates €40,000 from the General '
                'Municipal Allocation to a new playground at Cloonfad village green."')[0] == "proposal"
    assert read("That the Board fund a two-year carp netting trial at Lake Coonara at a cost of "
                "$95,000.")[0] == "proposal"
    assert read("The Minute of the meeting of 19 June 2025 was submitted and approved.",
                "Minute of Previous Meeting") == ("decision", "approved")
    assert read("The Board agreed to refer the draft report card to the Audit and Risk Committee "
                "for review of the financial indicators before adoption.", "Report Card") == \
        ("decision", "referred")


def test_the_rows_of_an_action_list_closing_the_minutes():
    from pipeline.classify import classify_sentences
    from pipeline.classify_owner import find_due, find_owner
    row = "2 Respond to Lisheen landowner submission Mr. Loftus 07/10/2025"
    assert (find_owner(row, ""), find_due(row)) == ("Mr Loftus", "07/10/2025")
    title = "Any Other Business"
    preds = classify_sentences([("There being no other business, the meeting concluded at 11.55 a.m.", title),
                                ("ACTION LIST No. Action Responsible Due", title), (row, title)],
                               ["", "", ""], [])
    assert [p.type for p in preds] == ["information", "information", "action"]
    assert (preds[2].owner, preds[2].due) == ("Mr Loftus", "07/10/2025")
