"""Rules written for what the sixteenth round left (tests/scenarios/round16), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pathlib import Path

from pipeline.records import Line
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
