"""A motion and the bare result printed after it are one decision (pipeline/classify_join.py)."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_meetings, classify_sentences
from pipeline.classify_join import is_result_only, is_vote_count, motion_groups, mover_of
from pipeline.records import Item, Line, Meeting


@pytest.mark.parametrize("text", [
    "Item was approved by a vote of 7-0.", "CARRIED", "Carried unanimously", "CARRIED UNANIMOUSLY",
    "Motion carried 5-2", "RESULT: DEFEATED [3 TO 12]", "The motion unanimously passed.",
    "The motion was unanimously approved by the Board.", "Passed by roll call vote 3 to 0.",
    "Ayes 3, Noes 2. The motion was carried.", "Carried 4 in favour 2 against",
    "The amendment was put to a vote and defeated, 2 in favour and 4 against.",
    "The motion was defeated, 3 in favour and 3 against, the Mayor voting against to break the tie.",
])
def test_a_result_that_names_nothing_decided_is_bare(text: str) -> None:
    assert is_result_only(text)


@pytest.mark.parametrize("text", [
    "The Board approved the budget.", "Motion carried 5-0 to approve the budget.",
    "The minutes were approved.", "Carried the motion to defer the item to May.",
    "Director Guzman made the motion to approve items A through D.",
])
def test_a_result_with_words_of_its_own_is_not_bare(text: str) -> None:
    assert not is_result_only(text)


def _groups(rows: list[tuple[str, str]]) -> dict[int, int]:
    return motion_groups([t for t, _ in rows], ["item"] * len(rows), [ty for _, ty in rows])


def test_the_motion_over_several_lines_joins_its_result() -> None:
    assert _groups([("Motion by Council Member Ortiz, seconded by Council Member Hale, to approve the "
                     "consent agenda as presented.", "proposal"),
                    ("Item was approved by a vote of 7-0.", "decision")]) == {1: 0}
    assert _groups([("2025-016 Moved by Trustee A, Seconded by Trustee B", "proposal"),
                    ("THAT the 2025-26 budget be adopted.", "proposal"),
                    ("CARRIED", "decision")]) == {2: 0}
    # the text of a resolution printed alone, with no mover
    assert _groups([("The Clerk read the letter.", "information"),
                    ("That the agenda be adopted as circulated.", "proposal"),
                    ("Carried unanimously", "decision")]) == {2: 1}
    # the text over sentences after the opening, the seconder, a roll call
    assert _groups([("Director Buzek made the motion to amend this item: the bill adds members.", "proposal"),
                    ("The Board opposes the addition of these members.", "objection"),
                    ("Director Ruscha seconded the motion.", "information"),
                    ("AYES: Directors Buzek, Ruscha", "decision"),
                    ("RESULT: PASSED [UNANIMOUS]", "decision")]) == {4: 0}


def test_an_amendment_joins_its_result_and_the_main_motion_stays_apart() -> None:
    assert _groups([("Motion by A to approve the plan.", "proposal"),
                    ("Motion by B to amend the plan to add a park.", "proposal"),
                    ("Amendment DEFEATED", "decision")]) == {2: 1}


def test_debate_between_a_motion_and_its_result_keeps_them_apart() -> None:
    assert _groups([("Motion by A to approve the plan.", "proposal"),
                    ("Council Member C objected that the plan had no park.", "objection"),
                    ("Motion carried 5-2", "decision")]) == {}
    assert _groups([("Motion by A to approve the plan.", "proposal"),
                    ("Discussion on the motion followed.", "information"),
                    ("Motion carried 5-2", "decision")]) == {}
    # no motion before the result, or a result with words of its own: nothing to join
    assert _groups([("Staff presented the plan.", "information"), ("Carried", "decision")]) == {}
    assert _groups([("Motion by A to approve the plan.", "proposal"),
                    ("The Council approved the plan.", "decision")]) == {}
    # another item's motion is not this result's
    assert motion_groups(["Motion by A to approve the plan.", "Carried"], ["1 Plan", "2 Fees"],
                         ["proposal", "decision"]) == {}


def test_the_mover_is_read_as_printed() -> None:
    assert mover_of("2025-083 Moved: Coun. Squires Seconded: Coun. Power") == "Coun. Squires"
    assert mover_of("2025-016 Moved by Trustee Sandhu, Seconded by Trustee Friesen") == "Trustee Sandhu"
    assert mover_of("Motion by Council Member Ortiz, seconded by Council Member Hale, to approve") == \
        "Council Member Ortiz"
    assert mover_of("MOTION TO TABLE") == ""
    assert mover_of("A motion was duly made and seconded to approve the minutes.") == ""


def test_classify_gives_the_motion_the_results_outcome() -> None:
    title = "9 Pool liner"
    preds = classify_sentences([
        ("2025-093 Moved: D/M Tobin Seconded: Coun. Kavanagh", title),
        ("That the replacement of the outdoor pool liner be referred to the Finance Committee.", title),
        ("Carried unanimously", title)])
    assert [(p.type, p.outcome) for p in preds] == [("decision", "referred")] * 3
    assert preds[2].motion_from == 0


def _item(lines: list[Line]) -> Item:
    return Item(id="m1-i1", meeting_id="m1", number="4", title="Consent Agenda", page_start=2,
                page_end=3, text="\n".join(x.text for x in lines), lines=lines)


def test_the_export_holds_one_decision_with_the_motions_words() -> None:
    lines = [Line("Ms. Reyna asked when the splash pad would reopen.", 2),
             Line("Motion by Council Member Villarreal, seconded by Mayor Pro Tem Whitfield, to approve", 2),
             Line("the consent agenda as presented.", 2),
             Line("Item was approved by a vote of 7-0.", 3)]
    meeting = Meeting(id="m1", body="City Council", date="2025-06-03", title="City Council",
                      source_file="x.txt", sha256="0", pages=3, items=[_item(lines)])
    classify_meetings([meeting])
    sts = meeting.items[0].statements
    assert [s.type for s in sts] == ["question", "decision"]
    d = sts[1]
    assert d.text == ("Motion by Council Member Villarreal, seconded by Mayor Pro Tem Whitfield, to "
                      "approve the consent agenda as presented. Item was approved by a vote of 7-0.")
    assert (d.page, d.outcome, d.speaker) == (2, "approved", "Council Member Villarreal")
    assert d.id == "m1-i1-s2" and d.generator == "rule:decision.motion_with_result"


def test_a_vote_label_over_a_result_is_the_result() -> None:
    title = "XVI E Fares"
    preds = classify_sentences([
        ("Director Buzek made the motion to adopt the fare study.", title),
        ("Director Tisdale seconded the motion.", title),
        ("Vote on The Motion: The motion passed with 10 in favor (Bouquet, Broom, Buzek) and 4 "
         "against (Dishell, Guzman, Harwick, Williams).", title)])
    assert [(p.type, p.outcome) for p in preds] == [("decision", "approved")] * 3
    assert preds[2].motion_from == 0


def test_a_vote_heading_is_no_motion() -> None:
    rows = [("Director Ray made the motion to amend the policy by adding a clause on fares.", "proposal"),
            ("Director Cho seconded the motion.", "information"),
            ("VOTE ON THE MOTION TO AMEND", "proposal"),
            ("RESULT: ADOPTED [UNANIMOUS]", "decision")]
    assert _groups(rows) == {3: 0}


@pytest.mark.parametrize("text", [
    "This was agreed unanimously.", "This was agreed by 5 votes to 2.", "Agreed.",
    "The proposal was carried.", "It was carried unanimously.", "**Carried unanimously.**",
    "**Defeated.**", "The motion was carried.",
])
def test_a_result_referring_back_is_bare(text: str) -> None:
    assert is_result_only(text)


@pytest.mark.parametrize("text", [
    "This was noted.", "It was agreed to refer the matter to the roads department.",
    "The proposal was not seconded.", "It was agreed that the hall be let at cost.",
])
def test_a_sentence_with_words_of_its_own_after_this_is_not_bare(text: str) -> None:
    assert not is_result_only(text)


@pytest.mark.parametrize("text", [
    "Vote: 3 in favour (Chaudhry, Ouellette, Haddad), 1 opposed (Bell).",
    "**Vote:** 4 in favour (Nakamura, Barlow, Sandhu, Fraser), 2 opposed (Whitcombe, Oyelowo); "
    "Cardinal did not vote.",
    "5 for, 2 against and 1 abstention.",
])
def test_a_line_of_vote_counts_is_recognised(text: str) -> None:
    assert is_vote_count(text)


@pytest.mark.parametrize("text", [
    "Vote: 4 in favour, 2 opposed. Carried.", "The vote was close.",
    "Mr Bell stated that 3 in favour was not enough.",
])
def test_a_line_saying_more_than_counts_is_no_vote_count(text: str) -> None:
    assert not is_vote_count(text)


def test_a_member_proposing_joins_the_result_referring_back() -> None:
    assert _groups([("The hall committee asked for help with its heating.", "information"),
                    ("Mr Guthrie proposed that £15,000 be given to the village hall for a new heating "
                     "system, seconded by Mrs Petrie.", "proposal"),
                    ("This was agreed unanimously.", "decision")]) == {2: 1}
    assert _groups([("Cllr Shaw proposed that the item be deferred.", "proposal"),
                    ("The proposal was carried.", "decision")]) == {1: 0}


def test_this_was_noted_after_a_report_joins_nothing() -> None:
    assert _groups([("The Treasurer presented the report.", "information"),
                    ("This was noted.", "information")]) == {}
    # a result with no motion before it, or after debate, stands alone
    assert _groups([("The Treasurer presented the accounts.", "information"),
                    ("This was agreed.", "decision")]) == {}
    assert _groups([("Ms Tosh proposed that the council buy a defibrillator.", "proposal"),
                    ("Mr Stott objected that the council had no money for it.", "objection"),
                    ("This was agreed by 5 votes to 2.", "decision")]) == {}


def test_a_vote_count_between_motion_and_result_joins_all_three() -> None:
    assert _groups([("Moved by Lorraine Ouellette, seconded by Farid Haddad, that the Board accept the "
                     "quotation of Meridian Restoration Inc.", "proposal"),
                    ("Vote: 3 in favour (Chaudhry, Ouellette, Haddad), 1 opposed (Bell).", "decision"),
                    ("The motion was carried.", "decision")]) == {2: 0}
    # debate after the count is no part of the vote
    assert _groups([("Moved by A, seconded by B, that the Board accept the quotation.", "proposal"),
                    ("Vote: 3 in favour, 1 opposed.", "decision"),
                    ("Mr Bell objected that the quotation was too high.", "objection"),
                    ("The motion was carried.", "decision")]) == {}


def test_markdown_labels_around_motion_and_result() -> None:
    assert _groups([("**Motion 2025-09-03:** Moved by Owen Barlow, seconded by Priya Sandhu, that the "
                     "Board accept the pledge.", "information"),
                    ("**Vote:** 4 in favour (Nakamura, Barlow), 2 opposed (Whitcombe); Cardinal did "
                     "not vote.", "decision"),
                    ("**Carried.**", "decision")]) == {2: 0}
    # a motion whose own words say "approved" is still the motion, not a decision of its own
    assert _groups([("**Motion 2025-09-01:** Moved by Owen Barlow, seconded by Mei-Ling Fraser, that "
                     "the minutes of June 19, 2025 be approved as circulated.", "decision"),
                    ("**Carried unanimously.**", "decision")]) == {1: 0}
    # the body's own decision in the line before a result is no motion to join
    assert _groups([("On a motion by A, it was resolved that the minutes be approved.", "decision"),
                    ("Carried.", "decision")]) == {}


def test_classify_joins_the_proposal_and_this_was_agreed() -> None:
    title = "6 Village hall"
    preds = classify_sentences([
        ("Mr Guthrie proposed that £15,000 be given to the village hall for a new heating system, "
         "seconded by Mrs Petrie.", title),
        ("This was agreed unanimously.", title)])
    assert [(p.type, p.outcome) for p in preds] == [("decision", "approved")] * 2
    assert preds[1].motion_from == 0


def test_motion_words_leave_out_who_moved_and_how_they_voted():
    from pipeline.classify_join import motion_words
    a = ("Director Ostrowski moved, seconded by Director Haines, to place a moratorium on all school "
         "closures until a bond election is held. Roll call vote: Ayes: Ostrowski, Haines. Nays: "
         "Pennington, Bell, Kowalski, Lindahl. Motion lost 2-4.")
    assert motion_words(a) == ("to place a moratorium on all school closures until a bond election "
                               "is held.")
    # a text with nothing to leave out is kept whole, a bare result too
    assert motion_words("The Board approved the budget.") == "The Board approved the budget."
    assert motion_words("CARRIED") == "CARRIED"


def test_a_rejected_motion_and_another_motion_carried_are_no_reversal_by_their_voters():
    """Two joined decisions on different proposals share only their movers' titles and voters'
    names: no undocumented reversal pairs them (the same members move and vote on every motion)."""
    from pipeline.classify_join import motion_words
    from pipeline.finding_text import topic_words
    a = ("Director Ostrowski moved, seconded by Director Haines, to place a moratorium on all school "
         "closures until a bond election is held. Roll call vote: Ayes: Ostrowski, Haines. Nays: "
         "Pennington, Bell, Kowalski, Lindahl. Motion lost 2-4.")
    b = ("Vice President Bell moved, seconded by Director Kowalski, to approve the consolidation of "
         "Alder Creek Elementary into Birch Hill Elementary effective with the 2025-26 school year. "
         "Roll call vote: Ayes: Pennington, Bell, Kowalski, Arroyo, Lindahl. Nays: Haines, "
         "Ostrowski. Motion carried 5-2.")
    assert len(topic_words(a) & topic_words(b)) >= 2  # what the comparison used to see
    assert len(topic_words(motion_words(a)) & topic_words(motion_words(b))) < 2


@pytest.mark.parametrize("text", [
    "Vote: 4 in favour, 2 opposed. Carried.", "VOTE: 6-0-0. The motion carried.",
    "Vote: 5 for, 1 against - carried", "Vote: 4 in favour, 1 opposed (Councillor Moreau). **CARRIED**",
    "Carried. 4 in favour, 2 opposed.", "Vote: 4-2. Carried.",
])
def test_a_result_with_its_counts_on_the_same_line_is_bare(text: str) -> None:
    assert is_result_only(text)


@pytest.mark.parametrize("text", [
    "Vote: 4 in favour, 2 opposed. The Board approved the budget.",
    "Vote: 4 in favour, 2 opposed. Carried to approve the budget.",
    "Vote: 4 in favour, 2 opposed.", "The vote was close. Carried.",
])
def test_counts_beside_words_of_their_own_are_not_bare(text: str) -> None:
    assert not is_result_only(text)


def test_a_line_of_counts_and_result_after_a_motion_joins_it() -> None:
    title = "7 Balcony guards"
    preds = classify_sentences([
        ("Moved by Lorraine Ouellette, seconded by Farid Haddad, that the Board accept the "
         "quotation of Meridian Restoration Inc. for $389,750.", title),
        ("Vote: 4 in favour, 2 opposed. Carried.", title)])
    assert preds[1].motion_from == 0
    assert [(p.type, p.outcome) for p in preds] == [("decision", "approved")] * 2
    # a count in figures on a line of its own between the motion and its result is skipped too
    assert _groups([("Moved by A, seconded by B, that the Board accept the quotation.", "proposal"),
                    ("Vote: 4-2.", "decision"), ("Carried.", "decision")]) == {2: 0}


def test_every_result_is_read_back_to_its_motion_once_in_the_order_applied() -> None:
    from pipeline.classify_join import MotionSpan, motion_spans
    items = [
        # an amendment between a motion and its result: the amendment joined to its own result,
        # the main motion's two lines parted from "CARRIED" past the roll call
        ("5.1 Configuration", [
            ("2025-016 Moved by Trustee Sandhu, Seconded by Trustee Friesen", "proposal", ""),
            ("THAT Grade 7 and 8 students attend Beausejour Collegiate from September 2025.",
             "proposal", ""),
            ("Trustee Lavallee moved an amendment, seconded by Trustee McKay, THAT the change be "
             "delayed to September 2026.", "proposal", ""),
            ("The amendment was DEFEATED.", "decision", "rejected"),
            ("A recorded vote was requested on the main motion.", "information", ""),
            ("For: Trustees Dueck, Friesen, Kowalchuk, Sandhu", "information", ""),
            ("Against: Trustees Lavallee, McKay", "information", ""),
            ("CARRIED", "decision", "approved")]),
        # a formal motion debated before a result that names it
        ("Budget", [
            ("Hon. Catapang moved that the Body approve Supplemental Budget No. 2.", "proposal", ""),
            ("Hon. Ramos objected that the appropriation for the new vehicle is not urgent.",
             "objection", ""),
            ("The motion was lost, 3 affirmative, 7 negative.", "decision", "rejected")]),
        # the main motion put again after its amendment carried: decided as amended
        ("Camp", [
            ("Motion: That the P&C contribute $3,000 toward the 2025 Year 6 camp.", "proposal", ""),
            ("Moved: Natalie Rossi Seconded: Liam O'Brien", "information", ""),
            ("Amendment: That the contribution be $2,000 and that families apply for help.",
             "proposal", ""),
            ("Moved: Priya Raman Seconded: Jo Pearce The amendment was put and carried.",
             "decision", "approved"),
            ("The amended motion was then put and carried.", "decision", "approved")]),
    ]
    texts, titles, types, outcomes = [], [], [], []
    for title, rows in items:
        for text, ty, outcome in rows:
            texts.append(text), titles.append(title), types.append(ty), outcomes.append(outcome)
    spans = motion_spans(texts, titles, types, outcomes)
    assert spans == [MotionSpan(15, 11, 12, "amended_main"), MotionSpan(3, 2, 3, "joined"),
                     MotionSpan(7, 0, 2, "parted", (2, 4)), MotionSpan(10, 8, 9, "debated")]
    # the main motion decided as amended only when its result carried
    outcomes[15] = "rejected"
    assert all(s.kind != "amended_main" for s in motion_spans(texts, titles, types, outcomes))
