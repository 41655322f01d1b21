"""The small rules the twenty-first probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_attendees import find_attendees, is_attendance_header, label_of, parse_people
from pipeline.segment_items import detect_headings, parse_number


def _lines(texts: list[tuple[str, bool]], x0: float = 62) -> list[Line]:
    return [Line(t, 1, x0=x0, x1=x0 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k,
                 size=10.5, bold=b) for k, (t, b) in enumerate(texts)]


def _people(text: str, status: str = "present") -> list[tuple[str, str, str]]:
    return [(a.name, a.role, a.status) for a in parse_people(text, status)]


def test_a_sub_item_lettered_against_its_number():
    assert parse_number("4a. Station 2 Roof Replacement")[:3] == ("4a", "Station 2 Roof Replacement",
                                                                  "numletter")
    texts = [("1. CALL TO ORDER", True), ("Called to order at 6:02 p.m.", False),
             ("2. OLD BUSINESS", True), ("2a. Station 2 Roof Replacement", False),
             ("Two bids were presented.", False), ("2b. Water Tender", False),
             ("The tender was discussed.", False), ("3. ADJOURNMENT", True), ("Adjourned.", False)]
    assert [h.number for h in detect_headings(_lines(texts))] == ["1", "2", "2a", "2b", "3"]
    # an ordinal or a count opening a sentence is no number
    assert parse_number("2nd reading of the bylaw") is None
    assert parse_number("1st Avenue was closed") is None


def test_paragraphs_numbered_in_a_hanging_margin_under_item_headings():
    def para(n: int, first: str, rest: str, k: int) -> list[Line]:
        return [Line(f"{n}. {first}", 1, x0=60, x1=500, top=100 + 40 * k, bottom=110 + 40 * k,
                     size=11),
                Line(rest, 1, x0=90, x1=480, top=115 + 40 * k, bottom=125 + 40 * k, size=11)]
    lines = [Line("Item 1: Confirmation of the Minutes", 1, x0=60, x1=300, top=80, bottom=90,
                  size=11, bold=True)]
    lines += para(1, "The Chairman said that the draft minutes had been circulated to",
                  "Members and no amendment had been received.", 0)
    lines += [Line("Item 2: Proposal on Extending the Minibus Route", 1, x0=60, x1=300, top=175,
                   bottom=185, size=11, bold=True)]
    lines += para(2, "Mr CHAN Tai-man introduced the paper, proposing that the route be",
                  "extended during the morning and evening peaks.", 3)
    lines += para(3, "Ms TSANG Ka-yan supported the proposal, stating that residents now",
                  "walk fifteen minutes to the nearest stop.", 4)
    lines += [Line("4. The motion was carried.", 1, x0=60, x1=200, top=300, bottom=310, size=11)]
    assert [(h.number, h.title) for h in detect_headings(lines)] == [
        ("1", "Confirmation of the Minutes"), ("2", "Proposal on Extending the Minibus Route")]
    # a numbered list that starts again under each heading is no numbering of paragraphs
    from pipeline.segment_items import _hanging_paragraphs
    assert _hanging_paragraphs(lines, 0) == 3
    again = lines[:3] + [Line("1. The Committee noted that the licence application was withdrawn by", 1,
                              x0=60, x1=500, top=200, bottom=210, size=11),
                         Line("the applicant before the meeting.", 1, x0=90, x1=400, top=215,
                              bottom=225, size=11)]
    assert _hanging_paragraphs(again, 0) == 0
    # numbered headings in body type with their text under them stay items
    texts = [("Item 1: Apologies", True), ("None.", False), ("Item 2: Finance", True),
             ("2. Budget", False), ("The budget was noted.", False)]
    assert [h.number for h in detect_headings(_lines(texts))][:2] == ["1", "2"]


def test_the_recorders_sign_off_with_name_and_office_is_no_heading():
    from pipeline.segment import _sign_line
    assert _sign_line("Respectfully submitted, Kathy Brandt, Administrative Assistant")
    assert _sign_line("Minutes recorded by: J. Ortiz, Clerk")
    assert not _sign_line("Submitted by the Clerk of the Board on behalf of members")
    assert not _sign_line("Presented by Finance Director")


def test_attendance_of_a_joint_panel_and_a_district_council():
    # the appointing council after a dash is the member's role, not part of her name
    assert _people("Councillor Janet Holloway (Chair) - Thornbury City Council") == [
        ("Janet Holloway", "Councillor, Chair, Thornbury City Council", "chair")]
    assert _people("Desmond Clarke - Chairman") == [("Desmond Clarke", "Chairman", "chair")]
    # co-opted members listed apart are present
    assert label_of("Independent co-opted members: Mrs Deborah Kaye and Mr Imran Saleem") == \
        ("present", "Mrs Deborah Kaye and Mr Imran Saleem")
    assert label_of("Elected members agreed that the plan be noted") is None
    # Hong Kong honours before the office in brackets are no people
    assert _people("Mr WONG Chi-keung, JP (Chairman)") == [("WONG Chi-keung", "Chairman", "chair")]
    assert [n for n, _, _ in _people("Mr CHAN Tai-man, MH")] == ["CHAN Tai-man"]
    # an administrative assistant is the office of the person before it
    assert _people("Kathy Brandt, Administrative Assistant (recording)", "in_attendance") == [
        ("Kathy Brandt", "Administrative Assistant (recording)", "in_attendance")]


def test_a_motion_minuted_under_the_apologies_names_no_apologies():
    assert _people("Apologies as listed above. Moved: Jo Pearce. Seconded: Fiona Kettle. Carried.",
                   "apologies") == []
    assert [n for n, _, _ in _people("Kylie Shaw, Dan Marino", "apologies")] == ["Kylie Shaw",
                                                                                  "Dan Marino"]


def test_attendance_table_with_times_and_a_list_wrapped_inside_a_bracket():
    assert is_attendance_header("Name Time of Arrival (pm) Time of Departure (pm)")
    rows = [("Present", True), ("Name Time of Arrival (pm) Time of Departure (pm)", True),
            ("Mr WONG Chi-keung, JP (Chairman) 2:30 6:10", False), ("Dr HO Wing-sze 2:30 5:15", False),
            ("Absent with Apologies", True), ("Mr KWOK Hon-ming", False)]
    got = [(a.name, a.status) for a in find_attendees(_lines(rows))]
    assert got == [("WONG Chi-keung", "chair"), ("HO Wing-sze", "present"),
                   ("KWOK Hon-ming", "apologies")]
    rows = [("Present:", True),
            ("Councillors Ruth Ainsley (Eskdale District Council), Paul Hirst (Eskdale", False),
            ("District Council) and Linda Crowther (Wharfe Vale Borough Council)", False)]
    assert [a.name for a in find_attendees(_lines(rows))] == ["Ruth Ainsley", "Paul Hirst",
                                                              "Linda Crowther"]


def _preds(title: str, *sentences: str):
    from pipeline.classify import classify_sentences
    return classify_sentences([(s, title) for s in sentences])


def _types(title: str, *sentences: str) -> list[tuple[str, str]]:
    return [(p.type, p.outcome) for p in _preds(title, *sentences)]


def _votes(text: str, names: list[str], absent: tuple[str, ...] = ()):
    from pipeline.votes import parse_votes
    roster = [{"name": n, "status": "present"} for n in names] + \
        [{"name": n, "status": "apologies"} for n in absent]
    return parse_votes(text, roster)


def test_labelled_mover_and_seconder_lines_join_the_motion_above_them():
    # "Moved: Mark …" is no task of a person called Moved
    assert _types("Whiteboards", "Moved: Mark Delaney Seconded: Ben Cartwright")[0][0] != "action"
    got = _types("Whiteboards",
                 "Motion: That the P&C fund two interactive whiteboards at a cost of $9,800.",
                 "Moved: Mark Delaney Seconded: Ben Cartwright",
                 "Vote: For 4, Against 8, Abstain 1.", "Motion lost.")
    assert got[0] == ("decision", "rejected")
    v = _votes("Motion: That the minutes be accepted as a true record. Moved: Mark Delaney   "
               "Seconded: Grace Liu   Carried", ["Mark Delaney", "Grace Liu"])
    assert [(x.mover, x.seconder, x.result) for x in v] == [("Mark Delaney", "Grace Liu", "carried")]
    # a name after the seconder with a single space is no result column
    assert _votes("Moved: Mark Delaney Seconded: Grace Liu Carriedon", ["Mark Delaney"]) == []


def test_an_amendment_put_and_carried_with_its_counts_in_brackets():
    # (the member who proposed it before the motion was put formally is its mover)
    v = _votes("Natalie Rossi proposed that the P&C contribute $3,000 to restore the third night. "
               "Motion: That the P&C contribute $3,000. Moved: Natalie Rossi   Seconded: Liam "
               "O'Brien Amendment: That the contribution be $2,000. Moved: Priya Raman   Seconded: "
               "Jo Pearce The amendment was put and carried (9 for, 3 against, 1 abstention). The "
               "amended motion was then put and carried.",
               ["Natalie Rossi", "Liam O'Brien", "Priya Raman", "Jo Pearce"])
    assert [(x.mover, x.result, x.tally["ayes"], x.tally["noes"]) for x in v][0] == \
        ("Priya Raman", "carried", 9, 3)
    assert len(v) == 2 and (v[1].mover, v[1].seconder, v[1].result) == \
        ("Natalie Rossi", "Liam O'Brien", "carried")
    assert _types("Camp", "The amended motion was then put and carried.") == [("decision", "amended")]


def test_counts_announced_by_the_chair_and_a_recommendation_lost():
    v = _votes("Mr LAM Siu-fung moved, seconded by Dr HO Wing-sze, that the Council approve the "
               "funding. The Chairman put the motion to the vote: 2 Members voted for, 4 against "
               "and 1 abstained. The Chairman announced that the motion was negatived.",
               ["LAM Siu-fung", "HO Wing-sze"])
    assert [(x.mover, x.result, x.tally["ayes"], x.tally["noes"]) for x in v] == \
        [("LAM Siu-fung", "failed", 2, 4)]
    v = _votes("Councillor Ormerod moved and Councillor Hirst seconded the recommendation. On being "
               "put to the vote, 4 members voted in favour and 7 against, and the recommendation "
               "was lost.", ["Gillian Ormerod", "Paul Hirst"])
    assert [(x.mover, x.result) for x in v] == [("Gillian Ormerod", "failed")]
    # a count carried stays carried
    v = _votes("Councillor Pendle moved and Councillor Ainsley seconded that the Panel endorse the "
               "appointment. On being put to the vote, 8 members voted in favour and 3 against.",
               ["Mark Pendle", "Ruth Ainsley"])
    assert [x.result for x in v] == ["carried"]
    got = _types("Walkways", "Mr LAM Siu-fung moved, seconded by Dr HO Wing-sze, that the Council "
                 "approve the funding of $3.2 million.",
                 "The Chairman put the motion to the vote: 2 Members voted for, 4 against and 1 abstained.",
                 "The Chairman announced that the motion was negatived.")
    assert got[0] == ("decision", "rejected")


def test_roll_call_lists_after_a_dash():
    v = _votes("Director Kline moved to purchase the water tender; Director Vega seconded. Roll call "
               "vote: Ayes - Kline, Vega; Nays - Archuleta, Moss. Motion failed 2-2.",
               ["Karen Archuleta", "Dean Kline", "Rosa Vega", "Tom Moss"])
    assert v[0].result == "failed"
    assert v[0].members == {"Dean Kline": "aye", "Rosa Vega": "aye", "Karen Archuleta": "no",
                            "Tom Moss": "no"}
    from pipeline.classify_tally import is_tally_only
    assert is_tally_only("Roll call vote: Ayes - Vega, Moss, Archuleta; Nays - Kline.")
    assert not is_tally_only("Absent - the Chair was away on leave.")


def test_small_statement_rules_of_the_round():
    # a reported task with a date ("would … by"), not one without
    p = _preds("Minibus route", "The Secretariat would forward the motion to the Transport "
               "Department by 24 July 2025.")[0]
    assert p.type == "action" and "Secretariat" in p.owner
    assert _preds("Minibus route", "Mr NG replied that the Department would study the option "
                  "with the operator.")[0].type != "action"
    assert _types("Uniform shop", "Held over to the July meeting, as the Coordinator was not "
                  "present.") == [("decision", "deferred")]
    assert _types("Tender", "Director Kline proposed purchasing a used water tender for "
                  "$95,000.")[0][0] == "proposal"
    from pipeline.classify_speaker import find_speaker
    assert find_speaker("Mr NG Tsz-chun of the Transport Department responded that the operator "
                        "had reported a shortage of drivers.") == "Mr NG Tsz-chun"
    assert find_speaker("Mr. Hal Jensen of Elk Ridge Road asked whether the district would "
                        "burn slash piles.") == "Mr. Hal Jensen"


def test_motion_lines_and_amendments_open_units():
    from pipeline.classify_split import LINE_START
    assert LINE_START.match("Amendment: That the contribution be $2,000")
    assert LINE_START.match("Director Kline moved to purchase the water tender")
    assert not LINE_START.match("Director Kline said the tender was old")
    assert not LINE_START.match("Amendments were circulated before the meeting")


def test_the_main_motion_carried_as_amended_after_its_amendment():
    got = _types("Camp", "Motion: That the P&C contribute $3,000 toward the 2025 Year 6 camp.",
                 "Moved: Natalie Rossi Seconded: Liam O'Brien",
                 "Amendment: That the contribution be $2,000 and that families apply for help.",
                 "Moved: Priya Raman Seconded: Jo Pearce The amendment was put and carried.",
                 "The amended motion was then put and carried.")
    assert got[0] == ("decision", "amended")
    # with no amendment voted between them, a motion and a later line are left as they were
    got = _types("Camp", "Motion: That the P&C contribute $3,000 toward the 2025 Year 6 camp.",
                 "Discussion followed on the cost of buses.",
                 "The amended motion was then put and carried.")
    assert got[0][0] != "decision" or got[0][1] != "amended"
