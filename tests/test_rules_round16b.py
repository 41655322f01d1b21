"""Rules written for what the sixteenth round left (tests/scenarios/round16), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pathlib import Path

from pipeline.classify import classify_sentences
from pipeline.classify_owner import find_owner
from pipeline.records import Line
from pipeline.segment_body import canonical_body
from pipeline.segment_items import detect_headings, parse_number
from pipeline.textsrc import read_text
from pipeline.votes import parse_votes


def _lines(rows: list[str], tmp: Path) -> list[Line]:
    """The lines of a plain-text file of `rows`, as the text reader gives them."""
    path = tmp / "minutes.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return [line for page in read_text(str(path))[1] for line in page.lines]


def test_section_sign_numbers_the_items_and_dotted_numbers_their_paragraphs(tmp_path: Path) -> None:
    rows = ["§ 112 Election of adjusters", "",
            "1.1 The Committee elected Johan Lindqvist to adjust the minutes.", "",
            "1.2 The agenda was approved.", "",
            "§ 113 Budget follow-up, August 2025", "",
            "2.1 The Head of Finance presented the budget follow-up.", "",
            "§ 114 Closure of Norrby school", "",
            "3.1 The Chief Executive presented the proposal.", "",
            "3.2 Per Åkesson (V) objected."]
    got = [(h.number, h.title) for h in detect_headings(_lines(rows, tmp_path))]
    assert got == [("112", "Election of adjusters"), ("113", "Budget follow-up, August 2025"),
                   ("114", "Closure of Norrby school")]
    assert parse_number("§12. Haushalt")[:2] == ("12", "Haushalt")
    # neighbour: a statute cited at the start of a line is no item number
    assert parse_number("§ 24-6-402(4)(b), C.R.S., to receive legal advice") is None


def test_dotted_numbers_are_the_items_where_no_section_sign_numbers_them(tmp_path: Path) -> None:
    rows = ["1.1 Apologies for Absence", "", "Apologies were received from Cllr Hart.", "",
            "1.2 Declarations of Interest", "", "There were none.", "",
            "1.3 Minutes of the Previous Meeting", "", "The minutes were approved.", "",
            "1.4 Budget Monitoring", "", "The Treasurer presented the report."]
    got = [h.number for h in detect_headings(_lines(rows, tmp_path))]
    assert got == ["1.1", "1.2", "1.3", "1.4"]


VOTERS = [{"name": n, "status": "present"} for n in [
    "Anna-Karin Sjöberg (S)", "Johan Lindqvist (M)", "Mikael Berg (S)", "Eva Holmgren (C)",
    "Per Åkesson (V)", "Sofia Dahl (L)"]]


def test_yes_and_no_lists_and_a_count_of_yes_votes_are_a_vote() -> None:
    text = ("Yes for deciding the matter today, No for referral. Yes: Sjöberg (S), Lindqvist (M), "
            "Berg (S). No: Holmgren (C), Åkesson (V), Dahl (L). With 3 yes votes to 3 no votes the "
            "Chair's casting vote decided the matter today.")
    (v,) = parse_votes(text, VOTERS)
    assert (v.tally["ayes"], v.tally["noes"]) == (3, 3)
    assert {n.split(" (")[0]: how for n, how in v.members.items()} == {
        "Anna-Karin Sjöberg": "aye", "Johan Lindqvist": "aye", "Mikael Berg": "aye",
        "Eva Holmgren": "no", "Per Åkesson": "no", "Sofia Dahl": "no"}
    # the lists alone, no count after them
    (v,) = parse_votes("Voting was requested. Yes: Sjöberg (S), Lindqvist (M). No: Dahl (L). "
                       "The Committee decided to approve the plan.", VOTERS)
    assert v.result == "carried" and v.members["Sofia Dahl (L)"] == "no"
    # neighbour: "Yes:" inside a name, "No:" before a number are no vote
    assert parse_votes("The City of Yes: Housing Opportunity plan was presented. "
                       "Resolution No: 4 was noted.", VOTERS) == []


COUNCIL = [{"name": n, "status": "present"} for n in [
    "Sheila Tobin", "Brendan Power", "Darlene Squires", "Mark Parsons", "Wayne Noseworthy",
    "Tina Kavanagh"]]


def test_a_recorded_vote_under_a_motion_number_is_that_motion() -> None:
    text = ("2025-083 Moved: Coun. Squires Seconded: Coun. Power That Council adopt Development "
            "Regulations Amendment No. 7, 2025. 2025-084 Moved: Coun. Noseworthy Seconded: Coun. "
            "Kavanagh Amendment: that the motion be amended to add a sidewalk. The amendment was "
            "put to a vote and defeated, 2 in favour and 4 against. Councillor Kavanagh requested a "
            "recorded vote on the main motion. 2025-083 Recorded vote on the main motion: In favour: "
            "Deputy Mayor Tobin, Councillor Power, Councillor Squires, Councillor Parsons. Against: "
            "Councillor Noseworthy, Councillor Kavanagh. The Mayor, as Chair, did not vote. Carried "
            "4 in favour 2 against")
    first, main = parse_votes(text, COUNCIL)
    assert (first.result, first.mover) == ("failed", "Wayne Noseworthy")
    assert (main.mover, main.seconder, main.result) == ("Darlene Squires", "Brendan Power", "carried")
    assert main.members["Mark Parsons"] == "aye" and main.members["Tina Kavanagh"] == "no"
    # neighbour: a vote with no number before it keeps the mover of its own sentence
    (v,) = parse_votes("Moved by Councillor Parsons, seconded by Councillor Tobin, that the report "
                       "be received. In favour: 5 Against: 1. Carried.", COUNCIL)
    assert (v.mover, v.seconder) == ("Mark Parsons", "Sheila Tobin")
    # neighbour: a span of years opening the vote's paragraph is no motion number
    text = ("2025-26 Moved: Coun. Squires Seconded: Coun. Power That the budget be adopted. The "
            "amendment was put to a vote and defeated, 2 in favour and 4 against. Councillor "
            "Kavanagh requested a recorded vote. 2025-26 Capital plan: In favour: Councillor Power, "
            "Councillor Squires. Against: Councillor Kavanagh. Carried 2 in favour 1 against")
    assert parse_votes(text, COUNCIL)[-1].mover is None


def test_a_body_in_capitals_is_cased_letter_by_letter_in_any_script() -> None:
    assert canonical_body("VÄSTRA LUNDE MUNICIPALITY") == "Västra Lunde Municipality"
    assert canonical_body("ÅRHUS BYRÅD") == "Århus Byråd"
    # neighbour: plain ASCII capitals and a name already cased read as before
    assert canonical_body("CITY OF ALAMEDA PLANNING BOARD") == "City of Alameda Planning Board"
    assert canonical_body("Västra Lunde Municipal Executive Committee") == \
        "Västra Lunde Municipal Executive Committee"


def test_tracked_changes_and_review_comments_are_no_part_of_the_text(tmp_path: Path) -> None:
    rows = ["5.2 Lars Eriksson (SD) proposed that the application be refused[Deleted: rejected] "
            "because the finances did not allow it.", "",
            "[Comment TE1: check the amount against the application before adjustment]",
            "The Committee granted [Inserted: SEK] 150,000."]
    got = [line.text for line in _lines(rows, tmp_path)]
    assert got == ["5.2 Lars Eriksson (SD) proposed that the application be refused because the "
                   "finances did not allow it.", "", "", "The Committee granted SEK 150,000."]
    # neighbour: brackets that are no review mark stay ("[Deleted by the Clerk]", "[note: …]")
    kept = ["Two lines [Deleted by the Clerk] were struck.", "See the plan [note: draft] [1]."]
    assert [line.text for line in _lines(kept, tmp_path)] == kept


def test_rows_under_a_decision_and_action_log_heading_are_actions() -> None:
    title = "QP/25/37 Any other business"
    rows = ["There was no other business.", "Decision and action log", "Ref Decision / Action Owner Due",
            "QP/25/34 Escalate maternity staffing risk to Board H Ashworth 03/07/2025",
            "QP/25/35 Fast Track Policy approved - -"]
    preds = classify_sentences([(r, title) for r in rows])
    assert [p.type for p in preds[:3]] == ["information"] * 3
    assert (preds[3].type, preds[3].owner, preds[3].due) == ("action", "H Ashworth", "03/07/2025")
    # neighbour: a row with neither owner nor due date records a decision, not a task
    assert preds[4].type != "action"
    # neighbour: the same row with no log heading above it is not made an action by the rule,
    # and a sentence about a log is no heading of one
    alone = classify_sentences([(r, title) for r in (
        "Action log review was deferred to August.",
        "QP/25/34 Escalate maternity staffing risk to Board H Ashworth 03/07/2025")])
    assert all(p.type != "action" for p in alone)
    assert find_owner("The meeting was held on 03/07/2025", []) == ""
