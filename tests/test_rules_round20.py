"""The small rules the twentieth probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_items import detect_headings, is_table_header, parse_number


def _lines(texts: list[tuple[str, bool]], x0: float = 62) -> list[Line]:
    return [Line(t, 1, x0=x0, x1=x0 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k,
                 size=10.5, bold=b) for k, (t, b) in enumerate(texts)]


def test_mixed_case_committee_letters_before_the_minute_number():
    assert parse_number("CoG/25/034 Appointment of Non-Executive Directors")[:2] == \
        ("CoG/25/034", "Appointment of Non-Executive Directors")
    texts = [("### CoG/25/031 Welcome and apologies", True), ("The Chair welcomed all.", False),
             ("### CoG/25/032 Minutes of the last meeting", True), ("Approved.", False),
             ("### CoG/25/033 Chief Executive's report", True), ("The CEO reported.", False)]
    assert [h.number for h in detect_headings(_lines(texts))] == \
        ["CoG/25/031", "CoG/25/032", "CoG/25/033"]
    # the forms read before stay as they were; a word in lower case before a date-like pair is
    # no committee
    assert parse_number("BD/25/01 Minutes")[0] == "BD/25/01"
    assert parse_number("Re/12/24 was the date") is None


def test_county_agenda_file_numbers_beside_their_titles():
    assert parse_number("25-0414 Short-Term Rental Ordinance - Introduction")[:3] == \
        ("25-0414", "Short-Term Rental Ordinance - Introduction", "fileno")
    texts = [("25-0410 Call to Order", True), ("The Chair called the meeting to order.", False),
             ("25-0411 Report Out of Closed Session", True), ("No reportable action.", False),
             ("25-0412 Consent Calendar", True), ("Approved 5-0.", False),
             ("25-0413 Adjournment", True), ("Adjourned at noon.", False)]
    assert [h.number for h in detect_headings(_lines(texts))] == \
        ["25-0410", "25-0411", "25-0412", "25-0413"]
    # a range, a year span or a phone number opening a line is no file number
    assert parse_number("10-15 minutes were allowed") is None
    assert parse_number("2024-25 Budget") is None or parse_number("2024-25 Budget")[2] != "fileno"
    assert parse_number("555-1234 was the number") is None


def test_a_roll_call_tables_header_row_is_no_heading():
    assert is_table_header("Supervisor Aye No Absent")
    assert is_table_header("Member  Yes  No  Abstain")
    assert not is_table_header("Supervisor Alvarado")
    assert not is_table_header("No Parking Zones")
    texts = [("3. Rental ordinance", True), ("Roll call vote:", False),
             ("Supervisor Aye No Absent", True), ("Whitaker X", False), ("Pruitt X", False),
             ("4. Adjournment", True), ("Adjourned.", False)]
    assert [h.title for h in detect_headings(_lines(texts))] == ["Rental ordinance", "Adjournment"]


def test_a_directors_title_before_a_full_name_and_a_bracketed_area():
    from pipeline.segment_attendees import parse_people
    got = parse_people("Director Alan Bright (Village of Usk)", "apologies")
    assert [(a.name, a.status) for a in got] == [("Alan Bright", "apologies")]
    # an office with its holder in brackets stays as it was
    got = parse_people("Head of Commissioning (Ian Marsh)", "present")
    assert [(a.name, a.role) for a in got] == [("Ian Marsh", "Head of Commissioning")]
    assert parse_people("Senior Human Resources Analyst", "present") == []


def test_moved_director_opening_a_motion_and_weighted_votes():
    from pipeline.votes import parse_votes
    roster = [{"name": n, "status": "present"} for n in
              ("Linda Olsen", "Darren Pauls", "Marie Wesley", "Gordon Hayes", "Priya Sandhu", "Ken Moreau")]
    v = parse_votes("MOVED Director Hayes, SECONDED Director Moreau, THAT the minutes be adopted. "
                    "CARRIED", roster)
    assert [(x.mover, x.seconder, x.result) for x in v] == [("Gordon Hayes", "Ken Moreau", "carried")]
    v = parse_votes("MOVED Director Pauls, SECONDED Director Sandhu, THAT the fee be raised. DEFEATED "
                    "Weighted vote: In favour: Directors Pauls (3 votes) and Sandhu (3 votes). Opposed: "
                    "Directors Olsen (2 votes), Wesley (2 votes), Hayes (2 votes) and Moreau (3 votes).",
                    roster)
    assert v[0].members == {"Darren Pauls": "aye", "Priya Sandhu": "aye", "Linda Olsen": "no",
                            "Marie Wesley": "no", "Gordon Hayes": "no", "Ken Moreau": "no"}
    # a member proposing another for an office is no mover of a motion
    assert all(x.mover != "Ken Moreau" for x in
               parse_votes("Director Hayes proposed Director Moreau as Vice Chair. CARRIED", roster))


def test_a_result_ending_a_line_and_a_vote_list_end_their_unit():
    from pipeline.classify_split import _RESULT_ENDS_LINE, _after_vote_list
    assert _RESULT_ENDS_LINE.search("staff to report on a phased increase. CARRIED")
    assert not _RESULT_ENDS_LINE.search("the motion CARRIED by the Board was")
    assert _after_vote_list("Opposed: Directors Wesley and Moreau", "Corporate Officer to submit Bylaw No. 842")
    assert _after_vote_list("Opposed: Directors Wesley and Moreau", "CAO to report on a phased increase")
    assert not _after_vote_list("Opposed: Directors Wesley and", "Moreau")


def test_a_motion_opened_by_its_labels_and_closed_by_its_counts():
    from pipeline.classify_join import motion_groups, to_text_outcome
    texts = ["Motion: Supervisor Pruitt.", "Second: Supervisor Cho.",
             "To direct staff to prepare an amendment reducing the setback to 300 feet.",
             "Vote: 2-3 (Supervisors Whitaker, Esparza and Alvarado dissenting). Motion failed.",
             "Motion: Supervisor Whitaker.", "Second: Supervisor Esparza.",
             "To refer the setback question to the Planning Commission for a recommendation.",
             "Vote: 5-0."]
    types = ["proposal", "information", "information", "decision", "proposal", "information",
             "proposal", "decision"]
    assert motion_groups(texts, ["x"] * 8, types) == {3: 0, 7: 4}
    assert to_text_outcome(texts[6]) == "referred"
    assert to_text_outcome("To continue the item to the July 8, 2025 meeting.") == "deferred"
    # a roll call's label and its rows between motion and result
    texts = ["Motion: Supervisor Esparza.", "Second: Supervisor Whitaker.", "To introduce the ordinance.",
             "Roll call vote: Supervisor Aye No Absent", "Whitaker X Esparza X Cho X Pruitt X",
             "Motion carried 4-1."]
    assert motion_groups(texts, ["x"] * 6, ["proposal", "information", "proposal", "decision",
                                            "information", "decision"]) == {5: 0}
    # counts after a motion not opened by a label close nothing
    texts = ["Councillor Ray spoke about the budget.", "Vote: 5-0."]
    assert motion_groups(texts, ["x"] * 2, ["information", "decision"]) == {}


def test_an_officer_to_transmit_is_a_task():
    from pipeline.classify import classify_sentences
    p = classify_sentences([("The Secretary to transmit Resolution No. 2025-134 to the District "
                             "Engineer by July 11, 2025.", "V")], [[]])[0]
    assert (p.type, p.due) == ("action", "July 11, 2025") and "Secretary" in p.owner
    # a resolution that only mentions a transmittal is no task
    q = classify_sentences([("The Board noted the letter transmitted by the District Engineer.", "V")], [[]])[0]
    assert q.type != "action"
