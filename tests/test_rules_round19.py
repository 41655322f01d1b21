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
    # (a recorded vote printed after its result, "… carried: For 6, Against 3. Councillor X
    # requested a recorded vote, which was as follows: For (6): …", is not read: see round 19's KNOWN)
    roster = _roster("T Corry", "J Hewitt", "C Mallon", "P Burns", "S Kerr")
    (v,) = parse_votes("Moved by Councillor Mallon, seconded by Alderman Hewitt, that permission be "
                       "granted.\nFor (3): Alderman Corry, Alderman Hewitt, Councillor "
                       "Mallon\nAgainst (2): Councillors Burns and Kerr\nCARRIED", roster)
    assert v.members == {"T Corry": "aye", "J Hewitt": "aye", "C Mallon": "aye", "P Burns": "no",
                         "S Kerr": "no"}
