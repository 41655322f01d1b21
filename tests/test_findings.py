"""Findings on small synthetic minutes: each case is a false positive seen on real minutes
(tests/gold/findings_review_3.md), next to the true finding it must not suppress.

The minutes are built as records and stored; embeddings are hand-made unit vectors, so that each
test states which texts are alike.
"""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.analyse import analyse, is_position, merge_aliases
from pipeline.link import StatementRow, link_statements
from pipeline.records import Attendee, Document, Item, Meeting, Statement, Thread

DIM = 8


def unit(*weights: float) -> np.ndarray:
    v = np.zeros(DIM, dtype=np.float32)
    v[:len(weights)] = weights
    return v / np.linalg.norm(v)


MATTER, OTHER, COST, FERRY, REPLY, LEASE = (unit(*([0] * k + [1])) for k in range(6))


class Minutes:
    """Meetings of one body, their items and statements, with the vectors the test assigns."""

    def __init__(self, store):
        self.store = store
        self.meetings: list[Meeting] = []
        self.item_vec: dict[str, np.ndarray] = {}
        self.svec: dict[str, np.ndarray] = {}

    def meeting(self, date: str, present=("Ann Lee", "Bob Roe", "Cy Poe")) -> Meeting:
        m = Meeting(f"m{len(self.meetings)}", "Town Board", date, "Minutes", f"/x/{date}.pdf",
                    f"sha{len(self.meetings)}", 3,
                    attendees=[Attendee(n, "present") for n in present])
        self.meetings.append(m)
        return m

    def item(self, m: Meeting, title: str, vec: np.ndarray) -> Item:
        it = Item(f"{m.id}-i{len(m.items)}", m.id, str(len(m.items) + 1), title, 1, 1,
                  seq=len(m.items))
        m.items.append(it)
        self.item_vec[it.id] = vec
        return it

    def say(self, it: Item, type_: str, text: str, vec: np.ndarray, *, outcome: str = "",
            speaker: str = "", generator: str = "rule:test", score: float = 0.85) -> Statement:
        s = Statement(f"{it.id}-s{len(it.statements)}", it.id, type_, text, 1, speaker=speaker,
                      outcome=outcome, generator=generator, score=score, seq=len(it.statements))
        it.statements.append(s)
        self.svec[s.id] = vec
        return s

    def run(self, *threads: list[Item]):
        for k, m in enumerate(self.meetings):
            self.store.save_document(Document(m.source_file, m.sha256, 3, "text"), [m])
        rows = self.store.statements()
        ids = [r["id"] for r in rows]
        svecs = np.stack([self.svec[i] for i in ids])
        s_index = {i: k for k, i in enumerate(ids)}
        ts = [Thread(f"t{k}", items[0].title, [i.id for i in items])
              for k, items in enumerate(threads)]
        links = []
        for t in ts:
            members = [r for r in rows if r["item_id"] in t.item_ids]
            srows = [StatementRow(r["id"], r["item_id"], r["meeting_id"], r["date"], r["type"],
                                  r["text"], r["seq"], r["outcome"] or "", r["speaker"] or "")
                     for r in members]
            links += link_statements(srows, np.stack([self.svec[r.id] for r in srows]),
                                     self.item_vec)
        findings, _ = analyse(self.store, ts, links, self.item_vec, svecs, s_index)
        return findings


def kinds(findings, kind):
    return [f for f in findings if f.kind == kind]


def _objection_then_later_meeting(store, *, later_item_vec=MATTER, answer_item=None,
                                  answer_vec=REPLY, score=0.85, generator="rule:test",
                                  objection_vec=unit(0.5, 0, 1)):
    mm = Minutes(store)
    m1 = mm.meeting("2022-01-10")
    a1 = mm.item(m1, "Harbour car park charges", MATTER)
    mm.say(a1, "information", "The report on car park charges was presented.", MATTER)
    obj = mm.say(a1, "objection", "Cllr Lee raised concern about the cost of permits for "
                 "residents on low incomes.", objection_vec, speaker="Lee", generator=generator,
                 score=score)
    if answer_item is not None:
        other = mm.item(m1, answer_item, OTHER)
        mm.say(other, "information", "The Treasurer explained that permits for residents on "
               "low incomes would be free of charge.", answer_vec, speaker="Treasurer")
    m2 = mm.meeting("2022-03-14")
    a2 = mm.item(m2, "Harbour car park charges", later_item_vec)
    mm.say(a2, "decision", "The Board approved the charges.", MATTER, outcome="approved")
    return mm, [a1, a2], obj


def test_unanswered_objection_on_a_continuing_matter_is_dropped(fresh_store):
    mm, thread, obj = _objection_then_later_meeting(fresh_store)
    found = kinds(mm.run(thread), "dropped_objection")
    assert [f.statement_ids for f in found] == [[obj.id]]


def test_answer_recorded_under_another_item_is_an_answer(fresh_store):
    # real case: an officer's reply minuted under the report item, not under the matter
    mm, thread, obj = _objection_then_later_meeting(fresh_store, answer_item="Finance report",
                                                    answer_vec=unit(0, 0, 1, 0, 0, 0.5))
    assert not kinds(mm.run(thread), "dropped_objection")
    statuses = [c["status"] for t in fresh_store.threads() for c in t["data"].get("cons", [])]
    assert statuses == [] or "dropped" not in statuses


def test_unrelated_statement_under_another_item_is_not_an_answer(fresh_store):
    mm, thread, obj = _objection_then_later_meeting(fresh_store, answer_item="Ferry timetable",
                                                    answer_vec=FERRY)
    assert [f.statement_ids for f in kinds(mm.run(thread), "dropped_objection")] == [[obj.id]]


def test_a_shared_heading_alone_does_not_continue_the_matter(fresh_store):
    # real case: "Resolution No. …" or a standing report joined different matters years apart
    mm, thread, _ = _objection_then_later_meeting(fresh_store, later_item_vec=FERRY)
    assert not kinds(mm.run(thread), "dropped_objection")


def test_a_remark_minuted_under_another_matter_gives_no_finding(fresh_store):
    # real case: a councillor's remark on teleconference meetings printed under a contract item
    mm, thread, _ = _objection_then_later_meeting(fresh_store, objection_vec=COST)
    assert not kinds(mm.run(thread), "dropped_objection")


def test_doubtful_objection_label_gives_no_finding(fresh_store):
    # real case: a eulogy labelled objection by the classifier with score 0.34
    mm, thread, _ = _objection_then_later_meeting(fresh_store, generator="textcat:statements",
                                                  score=0.4)
    assert not kinds(mm.run(thread), "dropped_objection")


def test_confident_classifier_objection_still_counts(fresh_store):
    mm, thread, obj = _objection_then_later_meeting(fresh_store, generator="textcat:statements",
                                                    score=0.9)
    assert [f.statement_ids for f in kinds(mm.run(thread), "dropped_objection")] == [[obj.id]]


@pytest.mark.parametrize("text", [
    "(Councilmember Herrera Spencer) Not heard.", "Not heard.",
    "Councilmembers Daysog, Herrera Spencer and Jensen – 3.",
    "Ayes: Councilmembers Daysog and Jensen – 2.",
    "Discussion deferred to agenda item 7.", "Adopted.",
    # a vote result without its motion; a notice of a motion still to be moved
    "VOTE ON THE MAIN MOTION RESULT: PASSED [13 to 2] MOVER: Doug Tisdale, Director",
    "DEFEATED [8 TO 7] MOVER: Bob Broom, Director, District F",
    "Notice of Motion submitted by Councillor Kiely: I will move at the next meeting that the "
    "Council recognise the Women's Caucus.",
    # speech quoting decision words
    "Councilmember Knox White stated Council did not approve the staff recommendation.",
    "The Chair started this discussion by referring to the Cabinet's decision not to accept the "
    "recommendations.",
    # a member's conditional stance (findings_review_4: the PSA was then signed, and she voted aye)
    "Mayor Ezzy Ashcraft concurred with Councilmember Knox White; stated if a PSA is not be agreed "
    "upon by second reading, she will not vote in favor.",
])
def test_non_positions(text):
    assert not is_position(text, decision=True)


@pytest.mark.parametrize("text", ["(Councilmember Roe) Not heard.", "Adopted."])
def test_non_positions_whatever_the_type(text):
    assert not is_position(text)


@pytest.mark.parametrize("text", [
    "The Board approved the charges.", "It was agreed that a review would be undertaken.",
    "No further action was required.", "The motion to extend the lease failed 2-3.",
    "Councilmember Vella seconded the motion, which carried by unanimous voice vote - 5.",
    "RESOLVED that the County Council be asked to prepare detailed proposals.",
    "County Cllr Rees informed members that the scheme was not being pursued.",
])
def test_positions(text):
    assert is_position(text, decision=True)


def _rejected_then(store, later_text: str, later_item_vec=LEASE):
    mm = Minutes(store)
    m1 = mm.meeting("2022-05-03")
    a1 = mm.item(m1, "Building 19 lease", LEASE)
    mm.say(a1, "decision", "The motion to extend the Building 19 lease failed 2-3.", LEASE,
           outcome="rejected")
    m2 = mm.meeting("2022-06-07")
    a2 = mm.item(m2, "Building 19 lease", later_item_vec)
    mm.say(a2, "decision", later_text, LEASE, outcome="approved")
    return mm, [a1, a2]


def test_a_member_not_heard_is_not_a_reversal(fresh_store):
    mm, thread = _rejected_then(fresh_store, "(Councilmember Roe) Not heard.")
    assert not kinds(mm.run(thread), "undocumented_reversal")


def test_a_later_approval_of_the_same_thing_is_a_reversal(fresh_store):
    mm, thread = _rejected_then(fresh_store, "The Council approved extending the Building 19 "
                                             "lease by ten years.")
    assert len(kinds(mm.run(thread), "undocumented_reversal")) == 1


def test_closure_on_another_matter_under_a_shared_heading_is_not_a_reversal(fresh_store):
    # real case: two consent resolutions under one generic title, the later one's name holding
    # a closure-like word
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2023-06-20")
    a1 = mm.item(m1, "Resolution authorizing the City Manager", LEASE)
    mm.say(a1, "decision", "The Council approved the lighting district assessment.", LEASE,
           outcome="approved")
    m2 = mm.meeting("2023-11-07")
    a2 = mm.item(m2, "Resolution authorizing the City Manager", FERRY)
    mm.say(a2, "information", "The project was closed.", FERRY)
    assert not kinds(mm.run([a1, a2]), "undocumented_reversal")


def test_closure_of_the_same_matter_is_a_reversal(fresh_store):
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2018-03-14")
    a1 = mm.item(m1, "Review of crisis support", MATTER)
    mm.say(a1, "decision", "It was agreed that a review of crisis support would be undertaken.",
           MATTER, outcome="approved")
    m2 = mm.meeting("2018-07-11")
    a2 = mm.item(m2, "Review of crisis support", unit(1, 0.4))
    mm.say(a2, "information", "The group noted the report. No further action was required.",
           unit(1, 0.2))
    assert len(kinds(mm.run([a1, a2]), "undocumented_reversal")) == 1


@pytest.mark.parametrize("type_, text, speaker, found", [
    # an officer reporting it, whatever the classifier called the line
    ("argument_for", "The Director of Community Services advised that the review would not be "
     "implemented.", "Carla Moreau", True),
    ("action", "Members were informed that the review would not now be implemented.", "", True),
    # a member's own view is no position of the body
    ("argument_for", "Councillor Sandhu said that the review would not be implemented.",
     "Councillor Sandhu", False),
])
def test_a_reported_closure_of_the_same_matter_is_a_reversal(fresh_store, type_, text, speaker,
                                                              found):
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2018-03-14")
    a1 = mm.item(m1, "Review of crisis support", MATTER)
    mm.say(a1, "decision", "It was agreed that a review of crisis support would be undertaken.",
           MATTER, outcome="approved")
    m2 = mm.meeting("2018-07-11")
    a2 = mm.item(m2, "Review of crisis support", unit(1, 0.4))
    mm.say(a2, type_, text, unit(1, 0.2), speaker=speaker)
    assert len(kinds(mm.run([a1, a2]), "undocumented_reversal")) == int(found)


def test_attendee_spelling_variants_are_one_person():
    present = {"m1": {"James Tramell", "Ann Lee"}, "m2": {"James Trammell", "Ann Lee"},
               "m3": {"Jane Smith", "John Smith"}}
    merged = merge_aliases(present, {"m1": "B", "m2": "B", "m3": "B"})
    assert merged["m1"] == merged["m2"]
    assert merged["m3"] == {"Jane Smith", "John Smith"}  # different people stay apart


def test_spelling_variants_do_not_make_a_coalition_shift(fresh_store):
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2024-01-10", present=("James Tramell", "Ann Lee", "Bo Cruz"))
    a1 = mm.item(m1, "Fence repair", MATTER)
    mm.say(a1, "decision", "The board deferred the fence repair.", MATTER, outcome="deferred")
    m2 = mm.meeting("2024-02-10", present=("James Trammell", "Ann Leee", "Bo Cruz"))
    a2 = mm.item(m2, "Fence repair", MATTER)
    mm.say(a2, "decision", "The board approved the fence repair.", MATTER, outcome="approved")
    assert not kinds(mm.run([a1, a2]), "coalition_shift")


@pytest.mark.parametrize("later_text, later_outcome, shifts", [
    ("The board approved the fence repair.", "approved", True),
    ("The board received the report on the fence repair.", "noted", False),
])
def test_a_coalition_shift_needs_a_position_on_both_sides(fresh_store, later_text,
                                                          later_outcome, shifts):
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2024-01-10", present=("Ann Lee", "Bo Cruz", "Cy Dunn"))
    a1 = mm.item(m1, "Fence repair", MATTER)
    mm.say(a1, "decision", "The board deferred the fence repair.", MATTER, outcome="deferred")
    m2 = mm.meeting("2024-02-10", present=("Di Evans", "Ed Ford", "Cy Dunn"))
    a2 = mm.item(m2, "Fence repair", MATTER)
    mm.say(a2, "decision", later_text, MATTER, outcome=later_outcome)
    assert bool(kinds(mm.run([a1, a2]), "coalition_shift")) is shifts


@pytest.mark.parametrize("text, generator, expected", [
    # report lines that weak rules label objection (real cases, see findings_review_3.md)
    ("Long term sickness is still a major issue and the HR Team are working with managers to "
     "address it.", "rule:objection.practical_difficulty", False),
    ("Unison have been extremely helpful in some issues.", "rule:objection.practical_difficulty",
     False),
    ("We may have Columbine come and prepare the gardens for winter before the weather changes "
     "too much.", "rule:objection.too_adj", False),
    ("Was the training requirement for fire wardens too onerous?", "rule:objection.too_adj", True),
    ("Councilmember Roe stated that she will not be supporting the amendment.",
     "rule:objection.practical_difficulty", True),
    # support, or "no problem", labelled objection
    ("Expressed support for the matter; expressed concern over the West End being treated "
     "differently: Tod Hickman.", "rule:objection.expressed_concern", False),
    ("Councilmember Jensen stated the Fire Chief does not see any problems or concerns with "
     "navigation; she is in support of the staff recommendation.",
     "rule:objection.concern_that", False),
    ("Councilmember Roe expressed support for the project, however she is concerned about the "
     "cost.", "rule:objection.expressed_concern", True),
    ("Stated that she does not support the lease: Ann Lee.", "rule:objection.spoke_against", True),
])
def test_which_objections_can_be_reported(text, generator, expected):
    from pipeline.analyse import is_objection_for_finding
    assert is_objection_for_finding({"text": text, "generator": generator, "score": 0.8}) is expected


@pytest.mark.parametrize("later_title, reported", [
    ("PLN22-0246 - 300 Mosley Avenue - Design Review Amendment", False),  # another application
    ("PLN22-0401 - 2800 Fifth Street - Design Review Amendment (continued)", True),
])
def test_a_different_application_under_alike_boilerplate_is_another_matter(fresh_store, later_title,
                                                                         reported):
    # real case: planning applications joined by their common "Design Review Amendment … public
    # hearing" wording, so that a parking concern on one looked unanswered on the next
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2022-10-10")
    a1 = mm.item(m1, "PLN22-0401 - 2800 Fifth Street - Design Review Amendment", MATTER)
    obj = mm.say(a1, "objection", "Chuck Vivian agreed with the concerns about parking.",
                 unit(0.5, 0, 1), speaker="Chuck Vivian")
    m2 = mm.meeting("2022-11-14")
    a2 = mm.item(m2, later_title, MATTER)
    mm.say(a2, "decision", "The Board approved the design review.", MATTER, outcome="approved")
    found = [f.statement_ids for f in kinds(mm.run([a1, a2]), "dropped_objection")]
    assert found == ([[obj.id]] if reported else [])


def test_identifiers():
    from pipeline.analyse import identifiers
    assert identifiers("PLN22-0401 - 2800 Fifth Street - Master Plan Amendment") == \
        {"pln22-0401", "2800 fifth street"}
    assert identifiers("Resolution No. 15956, Amending the Bonds Fund") == {"15956"}
    assert identifiers("Review of support for people in crisis") == set()


# --- findings_review_4: officers' explanations, neutral paraphrase, answers in the next paragraph,
# points raised again in other words, vote lines apart from their motions ---

@pytest.mark.parametrize("text, speaker, expected", [
    # an officer explaining, typed objection ("making it difficult")
    ("The City Manager stated the tenant originally had a partner who left, making it difficult "
     "since the tenant is a chef.", "The City Manager", False),
    # neutral paraphrase of a view or a suggestion
    ("Board Member Hom gave this thoughts on densities for the R-1/R-6 and wanted to see "
     "consistency to make things easier for everyone.", "Hom", False),
    ("She then discussed her thoughts on Inclusionary Zoning and what the unintended consequences "
     "could be.", "Cisneros", False),
    ("Vice President Ruiz discussed the annual review for the housing element and was hesitant to "
     "choke things right out of the gate and suggested giving it a year to see how it went.",
     "Ruiz", False),
    # objections, including one without a word of dissent
    ("They still felt that they were overkill and unnecessary to meet the RHNA numbers.",
     "Christopher Buckley", True),
    ("Cllr Barton said that a scheme would simply displace parking into neighbouring streets such "
     "as Harbour Road and Marine Terrace, which were already under pressure.", "Cllr Barton", True),
    ("Councilmember Herrera Spencer suggested the City not proceed with the lease; expressed "
     "concern over the rent.", "Herrera Spencer", True),
])
def test_officers_and_neutral_paraphrase_are_not_objections(text, speaker, expected):
    from pipeline.analyse import is_objection_for_finding
    s = {"text": text, "speaker": speaker, "generator": "rule:objection.expressed_concern",
         "score": 0.85}
    assert is_objection_for_finding(s) is expected


@pytest.mark.parametrize("speaker, staff", [
    ("The City Manager", True), ("the Interim Base Reuse and Economic Development Director", True),
    ("Staff Counsel", True), ("The Deputy Clerk", True),
    ("Herrera Spencer", False), ("Director Thomas", False), ("The Chair", False),
    ("Doug Tisdale, Director, District H", False),
    # a charity's or HOA's Treasurer / Secretary is a member holding an office
    ("The Treasurer", False), ("the Secretary", False), ("The City Treasurer", True),
])
def test_officers_named_by_role(speaker, staff):
    from pipeline.finding_text import is_staff
    assert is_staff(speaker) is staff


FERRY_Q = ("Councilmember Herrera Spencer questioned whether the $10 million for the ferry "
           "terminal put up by the developer is the same as the City putting up $9.5 million for "
           "this project.")


def _question_then(store, *after: tuple[str, str, str]):
    """An objection on a loan, the given statements after it (type, text, speaker; each with a
    vector unlike the objection's), and the loan back at a later meeting."""
    mm = Minutes(store)
    m1 = mm.meeting("2023-07-18")
    a1 = mm.item(m1, "RESHAP infrastructure loan", MATTER)
    obj = mm.say(a1, "objection", FERRY_Q, unit(0.6, 0, 0, 1), speaker="Herrera Spencer")
    for type_, text, speaker in after:
        mm.say(a1, type_, text, unit(0.5, 0, 0, 0, 1), speaker=speaker)
    m2 = mm.meeting("2023-09-05")
    a2 = mm.item(m2, "RESHAP infrastructure loan", MATTER)
    mm.say(a2, "decision", "The Council approved the loan agreement.", MATTER, outcome="approved")
    return mm, [a1, a2], obj


def test_an_officers_reply_in_the_next_paragraph_answers_in_other_words(fresh_store):
    mm, thread, _ = _question_then(fresh_store, (
        "objection", "The City Manager stated before the City decided to front the money as a "
        "loan, Catellus was going to have to build the infrastructure; expressed concern over "
        "waiting for Catellus to start the project.", "The City Manager"))
    assert not kinds(mm.run(thread), "dropped_objection")


def test_the_objectors_next_sentence_then_a_reply_answers(fresh_store):
    mm, thread, _ = _question_then(
        fresh_store,
        ("information", "Councilmember Herrera Spencer stated the loan is large.", "Herrera Spencer"),
        ("information", "The Interim Base Reuse and Economic Development Director responded a "
         "financial guarantee is built into the agreements.",
         "The Interim Base Reuse and Economic Development Director"))
    assert not kinds(mm.run(thread), "dropped_objection")


@pytest.mark.parametrize("after", [
    # another member's question, then a reply to that one: not a reply to the objection
    [("question", "Commissioner Becker asked how the ongoing maintenance would be funded.",
      "Becker"),
     ("information", "The Finance Director responded that maintenance is in the budget.",
      "The Finance Director")],
    # another member's view, not presented as a reply
    [("argument_for", "Commissioner Patel said the park would give dog owners a safe place.",
      "Patel")],
])
def test_what_follows_but_does_not_reply_leaves_the_objection_dropped(fresh_store, after):
    mm, thread, obj = _question_then(fresh_store, *after)
    assert [f.statement_ids for f in kinds(mm.run(thread), "dropped_objection")] == [[obj.id]]


def _raised_then_later(store, later_text: str, later_vec: np.ndarray):
    mm = Minutes(store)
    m1 = mm.meeting("2022-05-23")
    a1 = mm.item(m1, "Draft Housing Element workshop", MATTER)
    obj = mm.say(a1, "objection", "They still felt that they were overkill and unnecessary to "
                 "meet the RHNA numbers.", unit(0.6, 0, 1), speaker="Christopher Buckley")
    # common words of this body's minutes ("housing", "zoning", "draft", "board", "sites")
    for k in range(3):
        mm.say(a1, "information", f"Staff presented the draft housing zoning sites, part {k}.",
               MATTER)
    m2 = mm.meeting("2022-07-11")
    a2 = mm.item(m2, "Draft Housing Element workshop", MATTER)
    mm.say(a2, "information", later_text, later_vec, speaker="Hom")
    mm.say(a2, "decision", "The Board endorsed the draft housing zoning sites.", MATTER,
           outcome="approved")
    return mm, [a1, a2], obj


def test_concerns_restated_in_other_words_at_a_later_meeting_are_raised_again(fresh_store):
    mm, thread, _ = _raised_then_later(
        fresh_store, "Christopher Buckley restated the society's comments and concerns that the "
        "proposed upzoning of the R districts were unnecessary to meet the RHNA.", unit(0, 0, 0, 1))
    assert not kinds(mm.run(thread), "dropped_objection")


def test_a_later_statement_sharing_only_common_words_is_no_repeat(fresh_store):
    mm, thread, obj = _raised_then_later(
        fresh_store, "Board Member Hom discussed the comments on the draft housing zoning sites.",
        unit(0, 0, 0, 1))
    assert [f.statement_ids for f in kinds(mm.run(thread), "dropped_objection")] == [[obj.id]]


def _two_votes(store, first_motion: str, second_motion: str, second_vec: np.ndarray,
               motions: bool = True):
    # findings_review_4: "the motion failed 4-3" (one amendment) against "the motion passed 6-0"
    # (another item's map amendments) read as a reversal
    mm = Minutes(store)
    m1 = mm.meeting("2022-09-26")
    a1 = mm.item(m1, "Housing Element and zoning amendments", MATTER)
    if motions:
        mm.say(a1, "proposal", first_motion, LEASE, speaker="Teague")
    mm.say(a1, "decision", "A roll call vote was taken and the motion failed 4-3, with President "
           "Saheba and Board Members Cisneros, Ariza and Hom voting against.", MATTER,
           outcome="rejected")
    m2 = mm.meeting("2022-10-10")
    a2 = mm.item(m2, "Housing Element and zoning amendments", MATTER)
    if motions:
        mm.say(a2, "proposal", second_motion, second_vec, speaker="Ruiz")
    mm.say(a2, "decision", "A roll call vote was taken and the motion passed 6-0.", MATTER,
           outcome="approved")
    return mm, [a1, a2]


def test_vote_lines_on_different_motions_are_not_a_reversal(fresh_store):
    mm, thread = _two_votes(
        fresh_store, "Board Member Teague moved to add the transit oriented exemptions.",
        "Vice President Ruiz moved to recommend the map amendments for the seven sites.", FERRY)
    assert not kinds(mm.run(thread), "undocumented_reversal")


def test_vote_lines_on_the_same_motion_are_a_reversal(fresh_store):
    mm, thread = _two_votes(
        fresh_store, "Board Member Teague moved to add the transit oriented exemptions.",
        "Vice President Ruiz moved to add the transit oriented exemptions.", LEASE)
    assert len(kinds(mm.run(thread), "undocumented_reversal")) == 1


def test_vote_lines_without_their_motions_are_not_a_reversal(fresh_store):
    mm, thread = _two_votes(fresh_store, "", "", LEASE, motions=False)
    assert not kinds(mm.run(thread), "undocumented_reversal")


@pytest.mark.parametrize("text, bare", [
    ("A roll call vote was taken and the motion failed 4-3.", True),
    ("Councilmember Vella seconded the motion, which carried by unanimous voice vote - 5.", True),
    ("Vote was unanimous in favour.", True),
    ("The motion to extend the Building 19 lease failed 2-3.", False),
    ("Motion by Commissioner Patel, seconded by Commissioner Garcia, to approve the Elm Street dog "
     "park concept. Motion carried 4-1 (Lee opposed).", False),
    ("The Board approved the charges.", False),
])
def test_bare_vote_lines(text, bare):
    from pipeline.finding_text import is_bare_vote
    assert is_bare_vote(text) is bare


@pytest.mark.parametrize("title, speaker, prose", [
    ("E. Executive Vice President [Rich]", "", True),   # Apache board agenda, 2014-03-19
    ("Ranch Manager Liaison Report", "", True),
    ("Treasurer's Report", "", True),
    ("Executive Vice President [Rich]", "Jim Jagielski", False),  # someone speaking to it
    ("Residents' parking scheme - Old Town", "", False),
    ("Director Election Results", "", False),
])
def test_lines_of_an_officers_written_report(title, speaker, prose):
    from pipeline.finding_text import is_report_prose
    s = {"text": "This is ahead of where we were at this point last year, but still disappointing "
                 "given the expanded scope of the event.", "speaker": speaker}
    assert is_report_prose(s, title) is prose


def test_an_objection_is_raised_again_only_on_words_beyond_the_matters_name():
    # the samples' case: "the problem was largely confined to the summer months and did not
    # justify a scheme …" and, at a later meeting under another item of the matter, "whether the
    # scheme would be enforced at all … rarely seen outside the summer": "scheme" names the
    # matter (its headings say "Residents' parking scheme"), so only "summer" is shared
    import numpy as np
    from pipeline.analyse import matter_words
    from pipeline.finding_match import answered_elsewhere
    from pipeline.records import Thread

    def row(i, item, meeting, date, text, speaker):
        return {"id": i, "item_id": item, "meeting_id": meeting, "date": date, "seq": 1,
                "body": "Town Council", "type": "objection", "text": text, "speaker": speaker}
    old = row("s1", "i1", "m1", "2021-02-09", "Cllr L said that the problem was largely confined "
              "to the summer months and did not justify a scheme that would operate all year.",
              "Cllr L")
    later = row("s2", "i2", "m2", "2021-04-13", "Cllr M questioned whether the scheme would be "
                "enforced at all, as enforcement officers were rarely seen outside the summer.",
                "Cllr M")
    vecs = np.array([[1.0, 0.0], [0.8, 0.6]], dtype=np.float32)  # cosine 0.8: close enough
    index = {"s1": 0, "s2": 1}
    titles = {"i1": "Residents' parking - Old Town", "i2": "Residents' parking scheme - Old Town"}
    words = matter_words([Thread("t1", "parking", ["i1", "i2"])], titles)
    assert "schem" in words["i1"]
    assert answered_elsewhere([old], [old, later], {"i1": 1, "i2": 1}, vecs, index, set(),
                              words) == []
    # without the headings, "scheme" and "summer" make it the same point raised again
    assert [k for _, _, k, _ in answered_elsewhere([old], [old, later], {"i1": 1, "i2": 1}, vecs,
                                                   index, set())] == ["repeats"]


@pytest.mark.parametrize("speaker, attendees, public", [
    # Alameda: public comment is minuted "…: Kristan Lavietes, Alameda."
    ("Kristan Lavietes", [("Councilmember Herrera Spencer", ""), ("Mayor Ezzy Ashcraft", ""),
                          ("Councilmember Daysog", "")], True),
    ("Herrera Spencer", [("Councilmember Herrera Spencer", ""), ("Mayor Ezzy Ashcraft", ""),
                         ("Councilmember Daysog", "")], False),
    ("Mrs Oduya", [("Mrs Grace Oduya", ""), ("Mr Ravi Patel", ""), ("Dr Simon Lowe", "")],
     False),  # a governor
    ("The Treasurer", [("Aroha Ngata", "Treasurer"), ("Ben Ruiz", ""), ("Hemi Walker", "")],
     False),
    ("The Treasurer", [("Aroha Ngata", ""), ("Ben Ruiz", ""), ("Hemi Walker", "")],
     False),  # an office, not a name
    ("The City Manager", [("Ann Lee", ""), ("Bob Roe", ""), ("Cy Poe", "")], False),  # officer
    ("Kristan Lavietes", [], False),                   # no attendance list: cannot tell
    ("Kristan Lavietes", [("M. Sheahan", "")], False),  # one name read: cannot tell either
    # Limerick: the attendance list read badly, but the title says who is a member
    ("Councillor Collins", [("M. Sheahan", ""), ("Ann Lee", ""), ("Bob Roe", "")], False),
    ("", [("Ann Lee", "")], False),
])
def test_public_speakers(speaker, attendees, public):
    from pipeline.finding_match import is_public_speaker
    rows = [{"name": n, "role": r, "status": "present"} for n, r in attendees]
    assert is_public_speaker(speaker, rows) is public


def _comment_then_decision(store, speaker: str, outcome: str = "approved"):
    mm = Minutes(store)
    m1 = mm.meeting("2023-10-03", present=("Ann Lee", "Bob Roe", "Cy Poe"))
    a1 = mm.item(m1, "Pool lease", MATTER)
    obj = mm.say(a1, "objection", "Urged Council not to approve the lease; expressed concern over "
                 "the membership model.", unit(0.5, 0, 1), speaker=speaker)
    mm.say(a1, "decision", "The motion to introduce the ordinance carried 4-0.", MATTER,
           outcome=outcome)
    m2 = mm.meeting("2023-10-17")
    a2 = mm.item(m2, "Pool lease", MATTER)
    mm.say(a2, "decision", "The Council adopted the ordinance.", MATTER, outcome="approved")
    return mm, [a1, a2], obj


def test_public_comment_the_body_then_decided_is_answered(fresh_store):
    # real case (findings review 6): "Urged Council not to approve the lease …: Kristan Lavietes"
    # then the ordinance introduced 4-0 that night; the body heard it and decided
    # (the same minutes with a member objecting, or the item deferred, do give a finding: below)
    mm, thread, _ = _comment_then_decision(fresh_store, "Kristan Lavietes")
    assert not kinds(mm.run(thread), "dropped_objection")


def test_a_members_objection_voted_past_is_still_dropped(fresh_store):
    mm, thread, obj = _comment_then_decision(fresh_store, "Lee")
    assert [f.statement_ids for f in kinds(mm.run(thread), "dropped_objection")] == [[obj.id]]


def test_public_comment_on_a_deferred_item_is_not_answered(fresh_store):
    mm, thread, obj = _comment_then_decision(fresh_store, "Kristan Lavietes", outcome="deferred")
    assert [f.statement_ids for f in kinds(mm.run(thread), "dropped_objection")] == [[obj.id]]


def test_lines_of_a_report_written_in_the_first_person():
    # Falls Creek Ranch, 2023-07-27 p.2, "Firewise Ambassador": the report's own lines
    from pipeline.finding_text import is_report_prose
    line = {"text": "This is preventing the collaboration that was planning work on the perimeter "
                    "from communicating – possibly for a year or two as the lawsuit goes through "
                    "the courts.", "speaker": ""}
    rows = [line, {"text": "I have applied for help revising our Community Wildfire Protection "
                           "Plan and this new priority will be included in the revision.",
                   "speaker": ""}]
    assert is_report_prose(line, "Firewise Ambassador", rows)
    assert not is_report_prose(line, "Firewise Ambassador", rows[:1])
    # someone who speaks in the first person in reported speech is still someone speaking, and
    # so is a transcript's unnamed line in an item where speakers are named
    assert not is_report_prose(line | {"speaker": "Paulette"}, "Firewise Ambassador", rows)
    assert not is_report_prose(line, "Firewise Ambassador",
                               rows + [{"text": "I don't think that is correct.",
                                        "speaker": "Mr. Stevens"}])
    assert not is_report_prose(line, "Firewise Ambassador",
                               rows + [{"text": "John Themelis: “What is conjecture?”",
                                        "speaker": ""}])
    assert not is_report_prose(line, "Phase I works", [{"text": "Phase I was approved in May.",
                                                        "speaker": ""}])


@pytest.mark.parametrize("text, body, own", [
    # Suffolk Libraries board, 2016-10-27 p.7: its stance towards the county council
    ("Suffolk Libraries believes it cannot make any further savings without damage to the "
     "service.", "Suffolk’s Libraries IPS", True),
    ("Suffolk County Council believes the savings can be made.", "Suffolk’s Libraries IPS", False),
    ("Councilmember Jensen believes the fee cap is unnecessary.", "City of Alameda City Council",
     False),
    ("Suffolk Libraries cannot make any further savings.", "Suffolk’s Libraries IPS", False),
])
def test_the_bodys_own_position(text, body, own):
    from pipeline.finding_text import is_objection_for_finding, is_own_position
    assert is_own_position(text, body) is own
    s = {"text": text, "body": body, "speaker": "", "generator": "rule:objection.would_harm"}
    assert is_objection_for_finding(s) is not own


def test_public_comment_on_an_item_whose_result_is_printed_under_its_heading(fresh_store):
    # Alameda prints the result under the heading ("Introduced;"), before the public comments
    mm = Minutes(fresh_store)
    m1 = mm.meeting("2023-10-25")
    a1 = mm.item(m1, "Rent program ordinance", MATTER)
    mm.say(a1, "decision", "Introduced;", MATTER, outcome="approved")
    mm.say(a1, "objection", "Outlined concerns about corporate owners: Garfield Kincross.",
           unit(0.5, 0, 1), speaker="Garfield Kincross")
    m2 = mm.meeting("2023-12-05")
    a2 = mm.item(m2, "Rent program ordinance", MATTER)
    mm.say(a2, "decision", "Adopted.", MATTER, outcome="approved")
    assert not kinds(mm.run([a1, a2]), "dropped_objection")


def test_a_later_neutral_line_repeats_a_point_on_one_word_only_when_alike():
    # Alameda Planning Board: "struggling with the 1000ft standard, … didn't promote affordable
    # units" (2022-07-11) is not taken up by "a discussion on what was an acceptable amount of
    # units" (2022-09-26, cosine 0.48): one word in common, under the repeat bar
    from pipeline.analyse import _answers_that_address
    o = {"id": "o", "item_id": "i1", "meeting_id": "m1", "seq": 5, "type": "objection",
         "speaker": "Hom", "body": "Planning Board",
         "text": "He was struggling with the 1000ft standard, he believed it didn't promote "
                 "affordable units."}
    c = {"id": "c", "item_id": "i2", "meeting_id": "m2", "seq": 3, "type": "information",
         "speaker": "", "body": "Planning Board",
         "text": "There was a discussion on what was an acceptable amount of units."}
    statements = {"o": o, "c": c}

    def run(score, text=c["text"]):
        statements["c"] = c | {"text": text}
        return _answers_that_address([("o", "c", "answers", score)], statements,
                                     {"i1": [o], "i2": [statements["c"]]}, {}, {},
                                     lambda a, b: score, lambda s: False)
    assert run(0.479) == []
    assert run(0.6) == [("o", "c", "repeats", 0.6)]
    assert run(0.479, "There was a discussion of the 1000ft standard for affordable units.") \
        == [("o", "c", "repeats", 0.479)]


@pytest.mark.parametrize("text, title, own", [
    ("(23-208) Nancy Lewis, South Shore Apartments Tenant Association, expressed concerns over "
     "Capital Improvement Project (CIP) pass-through costs at South Shore Apartments.",
     "Nancy Lewis, South Shore Apartments Tenant Association, expressed concerns over Capital "
     "Improvement Project (CIP) pass-through costs at South Shore Ap", True),
    ("Cllr Lee objected to the charges.", "Harbour car park charges", False),
    ("Parking charges objected to.", "Parking", False),  # a short heading says nothing
])
def test_a_comment_taken_for_its_own_item(text, title, own):
    from pipeline.finding_text import is_own_heading
    assert is_own_heading(text, title) is own


def _objection_row(i, item, meeting, date, seq, text, speaker, type_="objection"):
    return {"id": i, "item_id": item, "meeting_id": meeting, "date": date, "seq": seq,
            "body": "District Council", "type": type_, "text": text, "speaker": speaker}


def test_a_reply_after_two_objections_answers_the_one_it_is_about():
    # Wealdham-like: drainage, then a footway, then the officer on surface water
    import numpy as np
    from pipeline.finding_match import replied_next
    rows = [
        _objection_row("s1", "i1", "m1", "2024-01-10", 1, "Cllr A raised concern that no "
                       "drainage survey had been carried out on the site.", "Cllr A"),
        _objection_row("s2", "i1", "m1", "2024-01-10", 2, "Cllr B objected that the access had "
                       "no footway to the school.", "Cllr B"),
        _objection_row("s3", "i1", "m1", "2024-01-10", 3, "The Planning Officer advised that the "
                       "flood authority wanted more information on surface water.",
                       "The Planning Officer", "information"),
    ]
    vecs = np.array([[1.0, 0.0], [0.0, 1.0], [0.9, 0.436]], dtype=np.float32)
    index = {"s1": 0, "s2": 1, "s3": 2}
    links = replied_next(rows[:2], {"i1": rows}, vecs, index)
    assert [(a, b) for a, b, _, _ in links] == [("s1", "s3")]
    # a reply as close to both answers both
    vecs[2] = [0.707, 0.707]
    links = replied_next(rows[:2], {"i1": rows}, vecs, index)
    assert sorted(a for a, _, _, _ in links) == ["s1", "s2"]
    # one member's points in a row: the officer replying to her answers them all
    vecs[2] = [0.9, 0.436]
    rows[1] = dict(rows[1], speaker="Cllr A")
    links = replied_next(rows[:2], {"i1": rows}, vecs, index)
    assert ("s2", "s3") in [(a, b) for a, b, _, _ in links]


def test_a_later_report_on_the_matter_at_large_is_no_answer():
    # Tamarack-like: "no cap on the number of permits in the shoreland district", then months
    # later "47 permits had been issued, 31 of them in the shoreland district" under another item:
    # closer to the matter than to the point, so it does not answer it
    import numpy as np
    from pipeline.finding_match import answered_elsewhere
    old = _objection_row("s1", "i1", "m1", "2024-02-04", 1, "Supervisor S objected that the "
                         "ordinance set no cap on rental permits in the shoreland district.",
                         "Supervisor S")
    later = _objection_row("s2", "i2", "m2", "2024-07-01", 1, "The Auditor reported that 47 rental"
                           " permits had been issued, 31 of them in the shoreland district.",
                           "The Auditor", "information")
    vecs = np.array([[1.0, 0.0, 0.0], [0.6, 0.8, 0.0]], dtype=np.float32)  # cosine 0.6
    index = {"s1": 0, "s2": 1}
    seq = {"i1": 1, "i2": 1}
    general = {"i1": np.array([0.6, 0.8, 0.0], dtype=np.float32)}  # the report: the matter
    assert answered_elsewhere([old], [old, later], seq, vecs, index, set(), None, general) == []
    pointed = {"i1": np.array([0.0, 0.0, 1.0], dtype=np.float32)}  # an item about other things
    assert [k for _, _, k, _ in answered_elsewhere([old], [old, later], seq, vecs, index, set(),
                                                   None, pointed)] == ["answers"]


def _decided_then_reported(store, decision: str, outcome: str, later_type: str, later: str,
                           speaker: str = "", later_vec=MATTER, between: str = ""):
    """A decision in March on the skate park, a line in July reporting how it stands."""
    mm = Minutes(store)
    m1 = mm.meeting("2024-03-12")
    a1 = mm.item(m1, "Skate park at Quay Fields", MATTER)
    mm.say(a1, "decision", decision, MATTER, outcome=outcome)
    if between:
        m = mm.meeting("2024-05-14")
        mid = mm.item(m, "Skate park at Quay Fields", MATTER)
        mm.say(mid, "decision", between, MATTER, outcome="rescinded")
    m2 = mm.meeting("2024-07-09")
    a2 = mm.item(m2, "Parks and open spaces update", unit(1, 0.3))
    mm.say(a2, later_type, later, later_vec, speaker=speaker)
    mm.say(a2, "decision", "Members noted the report.", unit(1, 0.3), outcome="noted")
    return mm, [a1] + ([mid] if between else []) + [a2]


@pytest.mark.parametrize("decision, outcome, later, speaker, found", [
    # rejected, then reported as going ahead by an officer
    ("The committee agreed that the skate park at Quay Fields would not proceed.", "rejected",
     "The Parks Manager reported that the skate park at Quay Fields would go ahead in the "
     "autumn.", "Dana Hill", True),
    # closure agreed, then reported as trading on
    ("Members agreed to close the Quay Fields skate park kiosk at the end of the season.",
     "approved", "The Clerk reported that the Quay Fields skate park kiosk continues to trade "
     "under a new licence.", "", True),
    # going ahead after an approval is what was decided
    ("Members approved the skate park at Quay Fields.", "approved",
     "The Parks Manager reported that the skate park at Quay Fields would go ahead in the "
     "autumn.", "Dana Hill", False),
    # a member's hope is no report of how the matter stands
    ("The committee agreed that the skate park at Quay Fields would not proceed.", "rejected",
     "Councillor Moss said she hoped the skate park at Quay Fields would go ahead one day.",
     "Councillor Moss", False),
    # going ahead of something else on the thread (no shared words naming it)
    ("The committee agreed that the skate park at Quay Fields would not proceed.", "rejected",
     "The Parks Manager reported that the bowling green refurbishment would go ahead in "
     "spring.", "Dana Hill", False),
])
def test_a_reported_state_contrary_to_a_decision(fresh_store, decision, outcome, later, speaker,
                                                 found):
    mm, thread = _decided_then_reported(fresh_store, decision, outcome, "information", later,
                                        speaker)
    assert len(kinds(mm.run(thread), "undocumented_reversal")) == int(found)


def test_a_reported_state_after_a_recorded_change_is_documented(fresh_store):
    mm, thread = _decided_then_reported(
        fresh_store, "The committee agreed that the skate park at Quay Fields would not proceed.",
        "rejected", "information", "The Parks Manager reported that the skate park at Quay "
        "Fields would go ahead in the autumn.", "Dana Hill",
        between="Resolved to rescind the decision of 12 March on the skate park at Quay Fields.")
    assert not kinds(mm.run(thread), "undocumented_reversal")


@pytest.mark.parametrize("later, found", [
    ("The Clerk reported that the Quay Fields skate park contract, now awarded to Rampworks "
     "Construction, would start in June.", True),
    # the same party: the award carried out
    ("The Clerk reported that the Quay Fields skate park contract awarded to Concrete Waves "
     "Ltd would start in June.", False),
])
def test_a_contract_now_with_another_party(fresh_store, later, found):
    mm, thread = _decided_then_reported(
        fresh_store, "RESOLVED to award the Quay Fields skate park contract to Concrete Waves "
        "Ltd at £86,000.", "approved", "information", later)
    assert len(kinds(mm.run(thread), "undocumented_reversal")) == int(found)
