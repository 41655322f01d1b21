"""Vote boxes ("RESULT: / MOVER: / SECONDER: / AYES:") in plain-text minutes: read cell by cell,
their labels and cells other than the result no statements. Lines from RTD Denver board minutes
(rtd_denver_text/board_meeting/2023-06-27_3488 and 2023-01-31_3435)."""
from __future__ import annotations

import pytest

from pipeline.classify_split import make_splitter, split_item
from pipeline.records import Item, Line
from pipeline.vote_table import find_vote_tables

FLATTENED = [
    "Director Tisdale made the motion to approve the minutes.",
    "Director Broom seconded the motion.",
    "RESULT:", "MOVER:", "SECONDER:", "AYES:", "ABSENT:", "AWAY:",
    "",
    "PASSED [12 TO 0]",
    "Doug Tisdale, Director, District H",
    "Bob Broom, Director, District F",
    "Bouquet, Broom, Buzek, Catlin, Davidson, Dishell, Guissinger, Rosenthal,",
    "Sloan, Tisdale, Whitmore, Williams",
    "Ian Harwick",
    "Michael Guzman, JoyAnn Ruscha",
    "",
    "Chair Guissinger declared the motion PASSED unanimously.",
]
INTERLEAVED = [
    "Director Ruscha seconded the motion.",
    "VOTE ON DIRECTOR DISHELL’S MOTION TO AMEND",
    "RESULT:", "PASSED [10 TO 4]",
    "MOVER:", "Bobby Dishell, Director, District D",
    "SECONDER: Julien Bouquet, Director, District G",
    "AYES:",
    "Bouquet, Catlin, Davidson, Dishell, Guissinger, Guzman, Ruscha, Tisdale,",
    "Whitmore, Williams",
    "NAYS:", "Bob Broom, Vince Buzek, Paul Rosenthal, Marjorie Sloan",
    "ABSENT:", "Ian Harwick",
    "Chair Guissinger declared the motion to amend PASSED.",
]


def test_a_flattened_box_pairs_its_values_with_its_labels_in_order() -> None:
    (t,) = find_vote_tables(FLATTENED)
    assert t.layout == "flattened"
    assert [c.label for c in t.cells] == ["RESULT", "MOVER", "SECONDER", "AYES", "ABSENT", "AWAY"]
    assert t.get("RESULT") == "PASSED [12 TO 0]"
    assert t.get("SECONDER") == "Bob Broom, Director, District F"
    assert t.get("AYES").endswith("Rosenthal, Sloan, Tisdale, Whitmore, Williams")
    assert t.get("AWAY") == "Michael Guzman, JoyAnn Ruscha"
    assert FLATTENED[t.last + 2].startswith("Chair")


def test_an_interleaved_box_reads_each_label_with_the_lines_below_it() -> None:
    (t,) = find_vote_tables(INTERLEAVED)
    assert t.layout == "interleaved"
    assert t.get("RESULT") == "PASSED [10 TO 4]"
    assert t.get("MOVER") == "Bobby Dishell, Director, District D"
    assert t.get("SECONDER") == "Julien Bouquet, Director, District G"
    assert t.get("AYES").split(", ")[-1] == "Williams"
    assert t.get("ABSENT") == "Ian Harwick"
    assert INTERLEAVED[t.last + 1].startswith("Chair")


@pytest.mark.parametrize("lines", [
    # the values are separated from the labels by a paragraph: nothing is guessed
    ["RESULT:", "MOVER:", "SECONDER:", "", "The motion passed with 14 in favor and 0 against.",
     "Director Broom was absent.", "", "PASSED [UNANIMOUS]", "Vince Buzek, Director",
     "Doug Tisdale, Director", "Bouquet, Buzek, Catlin"],
    # fewer values than labels
    ["RESULT:", "MOVER:", "SECONDER:", "AYES:", "", "PASSED [UNANIMOUS]", "Vince Buzek, Director"],
    # a result cell that is no result
    ["RESULT:", "MOVER:", "", "Discussion followed", "Vince Buzek, Director"],
    # labels in prose, not in capitals, and no result
    ["Ayes: Councilmembers Daysog, Vella – 2.", "Noes: Mayor Ezzy Ashcraft – 1."],
    ["MOVER: Vince Buzek", "SECONDER: Doug Tisdale"],
])
def test_what_is_no_vote_box(lines: list[str]) -> None:
    assert find_vote_tables(lines) == []


def _item(texts: list[str]) -> Item:
    lines = [Line(t, 3) for t in texts if t]  # items keep no blank lines
    return Item(id="m1-i1", meeting_id="m1", number="XV", title="Approval of Minutes",
                page_start=3, page_end=3, text=" ".join(l.text for l in lines), lines=lines)


@pytest.mark.parametrize("texts,result", [(FLATTENED, "PASSED [12 TO 0]"),
                                          (INTERLEAVED, "RESULT: PASSED [10 TO 4]")])
def test_a_vote_box_gives_its_result_as_one_statement_and_no_label_lines(texts, result) -> None:
    units = [u.text for u in split_item(_item(texts), make_splitter())]
    assert result in units
    assert not any(u.startswith(("RESULT: MOVER", "MOVER", "SECONDER", "AYES", "NAYS", "ABSENT"))
                   or "Director, District" in u for u in units)
    assert units[0].startswith("Director") and units[-1].startswith("Chair Guissinger declared")


def test_the_labels_of_a_flattened_box_name_no_mover_or_seconder() -> None:
    # item text joins the lines: "… seconded the motion. RESULT: MOVER: SECONDER: AYES: …" once
    # gave mover "SECONDER" and seconder "AYES", and hid the motion sentence before the box
    from pipeline.votes import parse_votes
    text = " ".join(l for l in FLATTENED if l)
    roster = [{"name": n, "status": "present", "role": "Director"}
              for n in ("Doug Tisdale", "Bob Broom", "Lynn Guissinger", "Kate Williams")]
    (v,) = parse_votes(text, roster)
    assert (v.mover, v.seconder, v.result) == ("Doug Tisdale", "Bob Broom", "carried")
    assert v.motion.startswith("to approve the minutes")


def test_a_roll_call_count_ends_its_statement_where_the_sentence_runs_on() -> None:
    # Alameda City Council 2022-09-06 p.1-2: a closed session report-out, one sentence holding
    # two votes ("… Ayes: 5; regarding Labor, … Council provided direction by the following roll
    # call vote: …"): each vote needs a statement of its own to link to
    texts = ["the Council authorized the City Attorney to settle the claims by the following roll",
             "call vote: Councilmembers Daysog: Aye; Vella: Aye; and Mayor Ezzy Ashcraft: Aye; Ayes: 3;",
             "regarding Labor, staff provided information and Council provided direction by the",
             "following roll call vote: Councilmembers Daysog: Aye; Vella: No; and Mayor Ezzy",
             "Ashcraft: Aye. Ayes: 2. Noes: 1."]
    units = [u.text for u in split_item(_item(texts), make_splitter())]
    assert units[0].endswith("Ayes: 3;") and units[1].startswith("regarding Labor")
    assert units[1].endswith("Mayor Ezzy Ashcraft: Aye.")  # a count before a list: no break there


def test_two_decisions_with_the_same_words_link_to_their_own_votes() -> None:
    # Alameda City Council 2022-09-06 p.20: two motions in one item, each closed by "On the call
    # for the question, the motion carried by the following roll call vote: …" in the same words
    from pipeline.votes import link_decision, parse_votes
    result = ("On the call for the question, the motion carried by the following roll call vote: "
              "Councilmembers Daysog: Aye; Vella: No; and Mayor Ezzy Ashcraft: Aye.")
    text = (f"Vice Mayor Vella moved approval of continuing the meeting. Councilmember Daysog seconded "
            f"the motion. {result} Ayes: 2. Noes: 1. Councilmember Daysog moved approval of directing "
            f"staff to engage in conversations with the tenants. Mayor Ezzy Ashcraft seconded the "
            f"motion. {result} Ayes: 2. Noes: 1.")
    stmts = [{"id": "s1", "type": "decision", "text": result}, {"id": "s2", "type": "decision", "text": result}]
    votes = parse_votes(text)
    assert len(votes) == 2
    assert [link_decision(text, v, stmts)["id"] for v in votes] == ["s1", "s2"]
