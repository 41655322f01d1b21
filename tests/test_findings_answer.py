"""What answers an objection: the statement right after it (a reply, or a member's own remark), and
an officer's reassurance at a later meeting in other words (tests/test_stories.py misses:
wearside_senate, ashcombe_np, kestrel_valley_trust). Wordings here are of bodies the rules were not
read on."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.finding_answer import addresses_point, common_words, names_a_kind_of, reassured_later
from pipeline.finding_match import days


def _s(i, text, speaker="", type_="information", item="i1", meeting="m1", date="2025-02-03",
       seq=2, body="Harbour Board"):
    return {"id": i, "item_id": item, "meeting_id": meeting, "date": date, "seq": seq,
            "body": body, "type": type_, "text": text, "speaker": speaker}


DREDGE = _s("o1", "Captain Ruiz feared that dredging the inner basin would stir up the old "
                  "tributyltin in the silt and close the mussel beds.", "Captain Ruiz",
            "objection", seq=1)


@pytest.mark.parametrize("text,speaker", [
    ("Mr Lindqvist said that the marina berths were let to within two per cent of capacity.",
     "Mr Lindqvist"),  # a point of his own
    ("Ms Oyelaran spoke in favour, noting that larger ferries could then use the basin.",
     "Ms Oyelaran"),  # support for the proposal
    ("Mr Haddad was concerned that the work would close the slipway for a whole summer.",
     "Mr Haddad"),  # another objection
])
def test_a_members_own_remark_after_an_objection_is_no_answer(text, speaker):
    assert not addresses_point(DREDGE, _s("c1", text, speaker), set(), {"dredg"}, set(), 0.3)


@pytest.mark.parametrize("text,speaker,proposers", [
    ("The Harbour Engineer explained that the silt had been tested and was within limits.", "",
     set()),
    ("Ms Byrne said that the contractor would be required to use a closed grab, so that the "
     "silt stayed out of the water column near the mussel beds.", "Ms Byrne", set()),
    ("Mr Okoro gave an assurance that the work would stop if the water tests failed.",
     "Mr Okoro", set()),
    ("Mr Dale said that the basin had last been surveyed in 2019.", "Mr Dale", {"Mr Dale"}),
])
def test_a_reply_on_the_point_answers(text, speaker, proposers):
    assert addresses_point(DREDGE, _s("c1", text, speaker), proposers, {"dredg"}, set(), 0.3)


def test_the_proposers_motion_carried_is_the_bodys_decision_not_a_reply():
    # a motion and its result joined into one decision keep the mover as speaker
    carried = _s("c1", "It was moved by Mr Dale and seconded by Ms Byrne that the harbour "
                       "accounts be approved. Motion carried 5-2.", "Mr Dale", "decision")
    assert not addresses_point(DREDGE, carried, {"Mr Dale"}, {"dredg"}, set(), 0.3)
    # his remark in the debate still answers as the proposer's
    assert addresses_point(DREDGE, _s("c2", "Mr Dale said that the basin had last been surveyed "
                                            "in 2019.", "Mr Dale"), {"Mr Dale"}, {"dredg"}, set(), 0.3)


def test_a_figure_answers_a_worry_about_cost_only():
    cost = _s("o2", "Cllr Marsh objected that the board could not afford the repairs.",
              "Cllr Marsh", "objection", seq=1)
    figure = _s("c2", "Mr Tan said that £40,000 remained unspent from the capital programme.",
                "Mr Tan")
    assert addresses_point(cost, figure, set(), set(), set(), 0.2)
    assert not addresses_point(DREDGE, figure, set(), set(), set(), 0.2)


def test_the_bodys_own_words_and_name_are_no_shared_point():
    rows = [_s(f"x{k}", f"The harbour pilots reported on berth {k}.") for k in range(30)]
    common = common_words(rows + [DREDGE])["Harbour Board"]
    assert {"harbo", "pilot"} <= common
    assert common_words([DREDGE])["Harbour Board"] == {"harbo"}  # the name's words alone
    remark = _s("c1", "Mr Lindqvist said that the harbour pilots wanted the basin left alone.",
                "Mr Lindqvist")
    assert not addresses_point(DREDGE, remark, set(), set(), common, 0.3)


OVERRUN = _s("o3", "Mrs Achebe raised concerns that the club had no money put by for overruns on "
                   "the pavilion rebuild.", "Mrs Achebe", "objection", seq=3)
LATER = _s("c3", "The Treasurer's Officer reported that £20,000 had been set aside as a "
                 "contingency against overspending on the pavilion.", "", meeting="m3",
           date="2025-06-02", item="i3", seq=2)
OTHER = _s("c4", "The Grounds Manager reported that the pavilion roof had been ordered.", "",
           meeting="m3", date="2025-06-02", item="i3", seq=3)


def _vecs(c: float) -> np.ndarray:
    return np.array([[1.0, 0.0], [c, (1 - c * c) ** 0.5]], dtype=np.float32)


def test_an_officers_later_reassurance_in_other_words_answers():
    links = reassured_later([OVERRUN], [OVERRUN, LATER], _vecs(0.29), {"o3": 0, "c3": 1}, set(),
                            {}, {}, days)
    assert links == [("o3", "c3", "answers", pytest.approx(0.29, abs=1e-3))]


def test_a_later_report_that_reassures_nothing_or_is_unlike_is_no_answer():
    assert reassured_later([OVERRUN], [OVERRUN, OTHER], _vecs(0.40), {"o3": 0, "c4": 1}, set(),
                           {}, {}, days) == []
    assert reassured_later([OVERRUN], [OVERRUN, LATER], _vecs(0.15), {"o3": 0, "c3": 1}, set(),
                           {}, {}, days) == []


def test_a_members_later_statement_is_no_officers_reassurance():
    member = dict(LATER, text="Mr Finch said £20,000 should be set aside as a contingency.",
                  speaker="Mr Finch")
    assert reassured_later([OVERRUN], [OVERRUN, member], _vecs(0.35), {"o3": 0, "c3": 1}, set(),
                           {}, {}, days) == []


def test_the_reply_after_a_members_own_remark_answers_instead():
    from pipeline.analyse import _answers_that_address
    o = _s("o1", "Mrs Hale raised concern that callers could not get through to the out-of-hours "
                 "line at weekends.", "Mrs Hale", "objection", seq=1)
    remark = _s("c1", "Mr Ives said that the open day had been well attended.", "Mr Ives", seq=2)
    reply = _s("c2", "Ms Rao said that the service had already acted on the points raised and "
                     "now monitored call-backs weekly.", "Ms Rao", seq=3)
    rows = {s["id"]: s for s in (o, remark, reply)}
    links = [("o1", "c1", "answers", 0.2)]
    out = _answers_that_address(links, rows, {"i1": [o, remark, reply]}, {}, {},
                                lambda a, b: 0.3)
    assert out == [("o1", "c2", "answers", 0.3)]


# what counts as an answer away from the objection: an officer, a reply, the body's decision, the
# minutes' own prose; not a member's or the public's view at a later meeting, nor the objector
# going on (wordings of a drainage board and a parish council, not of the corpus)
from pipeline.finding_answer import (answered_in_itself, is_body_decision,  # noqa: E402
                                     reads_as_answer)
from pipeline.finding_match import is_officer  # noqa: E402

BOARD = [{"name": "Ingrid Falk", "role": "Chair", "status": "chair"},
         {"name": "Tomas Berg", "role": "Board Member", "status": "present"},
         {"name": "Ruth Amadi", "role": "Board Member", "status": "present"},
         {"name": "Lena Osei", "role": "Catchment Engineer", "status": "in_attendance"}]


@pytest.mark.parametrize("speaker,officer", [
    ("Engineer Osei", True),      # titled, not a member
    ("Lena Osei", True),          # listed in attendance with an official's role
    ("Director Kowal", True),     # titled, not a member
    ("The Drainage Manager", True),
    ("Tomas Berg", False),        # a member
    ("Director Berg", False),     # a member called director: the attendance list tells
    ("Sam Reyes", False),         # the public
])
def test_an_officer_is_known_by_title_or_role_and_not_being_a_member(speaker, officer):
    assert is_officer(speaker, BOARD) is officer


def test_without_a_usable_attendance_list_the_title_alone_tells():
    assert is_officer("Director Kowal", [])
    assert not is_officer("Sam Reyes", [])


@pytest.mark.parametrize("text,speaker,type_,answers", [
    ("Ms Amadi supported a larger pumping station at the outfall.", "Ruth Amadi",
     "argument_for", False),  # a member's view
    ("Mr Reyes thought the levy was already too high.", "Sam Reyes", "information", False),
    ("Mr Reyes wanted someone to explain the new levy bands.", "Sam Reyes", "argument_for",
     False),  # asking for an explanation is no explanation
    ("Ms Amadi explained that the outfall survey had found no blockage.", "Ruth Amadi",
     "information", True),  # a reply, whoever gives it
    ("The pumps at Holm Lane would be covered by the new maintenance contract.", "",
     "information", True),  # the minutes' own prose
    ("Board Member Berg discussed the pumping regime.", "", "information", False),
    ("It was resolved that the outfall be cleared before the winter.", "", "decision", True),
    ("He was baffled that anyone opposed a scheme that had been approved in 2021.", "Tomas Berg",
     "decision", False),  # a member's speech quoting decision words
    ("There was a discussion on how many pumps the outfall needed.", "", "information",
     False),  # only that a discussion took place
    ("Discussion ensued.", "", "information", False),
    ("There was a discussion on the levy and it was agreed to hold it at 2%.", "", "information",
     True),  # how the discussion came out
])
def test_what_reads_as_an_answer_at_a_later_meeting(text, speaker, type_, answers):
    c = _s("c9", text, speaker, type_, meeting="m3", date="2025-06-02")
    assert reads_as_answer(c, officer=False) is answers


def test_an_officer_at_a_later_meeting_may_answer():
    c = _s("c9", "Engineer Osei discussed the pumping regime.", "Engineer Osei",
           meeting="m3", date="2025-06-02")
    assert reads_as_answer(c, officer=True)


def test_a_decision_of_the_body_is_not_someones_speech():
    assert is_body_decision(_s("d1", "Members supported the motion.", "", "decision"))
    assert not is_body_decision(_s("d2", "She said the scheme had been approved already.",
                                   "Ruth Amadi", "decision"))


def test_a_point_minuted_with_its_reply_is_answered_in_itself():
    assert answered_in_itself("Mr Berg asked whether the culvert was council-owned, to which "
                              "the Catchment Engineer responded in the affirmative.")
    assert not answered_in_itself("Mr Berg asked whether the culvert was council-owned.")


def _later(o, c, officer=lambda s: False):
    from pipeline.analyse import _answers_that_address
    rows = {s["id"]: s for s in (o, c)}
    return _answers_that_address([(o["id"], c["id"], "answers", 0.6)], rows,
                                 {o["item_id"]: [o], c["item_id"]: [c]}, {}, {},
                                 lambda a, b: 0.6, officer)


def test_another_voice_at_a_later_meeting_is_no_answer_but_an_officer_is():
    o = _s("o1", "Mrs Falk feared the new culvert would flood the allotments.", "Ingrid Falk",
           "objection", seq=1)
    view = _s("c1", "Mr Reyes spoke in favour of a bigger culvert under Mill Road.", "Sam Reyes",
              "argument_for", item="i2", meeting="m2", date="2025-04-07")
    assert _later(o, view) == []
    officer = dict(view, speaker="Engineer Osei",
                   text="Engineer Osei described the flood modelling for the culvert.")
    assert _later(o, officer, lambda s: s["speaker"] == "Engineer Osei") == [
        ("o1", "c1", "answers", 0.6)]


def test_the_objectors_own_next_words_are_no_answer_unless_they_close_the_point():
    o = _s("o1", "Mr Berg objected that the levy fell hardest on small farms.", "Tomas Berg",
           "objection", seq=1)
    going_on = _s("c1", "Mr Berg described how the levy bands had been set in 2019.",
                  "Tomas Berg", seq=5)
    assert _later(o, going_on) == []
    closed = dict(going_on, text="Mr Berg said he was satisfied with the answer.")
    assert _later(o, closed) == [("o1", "c1", "answers", 0.6)]


def test_a_later_members_remark_on_the_same_point_raises_it_again_support_does_not():
    o = _s("o1", "Mrs Falk doubted that two pump attendants could keep the sluices clear.",
           "Ingrid Falk", "objection", seq=1)
    same = _s("c1", "Ms Amadi said the sluices would need at least three more pump attendants.",
              "Ruth Amadi", item="i2", meeting="m2", date="2025-04-07")
    assert _later(o, same) == [("o1", "c1", "repeats", 0.6)]
    support = dict(same, type="argument_for",
                   text="Ms Amadi supported the sluice rota as it stood with its pump attendants.")
    assert _later(o, support) == []


def test_a_line_on_the_body_answers_though_a_speaker_is_attributed_to_it():
    body = _s("c9", "The Drainage Committee recognised that the concerns raised about the "
                    "allotments were important.", "Tomas Berg", meeting="m3", date="2025-06-02")
    assert reads_as_answer(body, officer=False)
    own = dict(body, text="Tomas Berg said the allotments mattered to him.")
    assert not reads_as_answer(own, officer=False)


def test_a_word_of_one_exchange_is_no_small_bodys_vocabulary():
    # a library board over a few meetings, its motions each one statement with their result: a
    # word in the objection, its answer and a remark or two is the point's, not the body's
    full = _s("o5", "Trustee Nakamura told the Board that the depot car park was already full on "
                    "Saturdays.", "Trustee Nakamura", "objection", body="Library Board", seq=1)
    spaces = _s("c5", "The Director added that the landlord would reserve 15 spaces for library "
                      "users on Saturdays.", "The Director", meeting="m2", date="2025-05-05",
                body="Library Board", seq=2)
    rows = [full, spaces] + [
        _s(f"r{k}", f"Item {k} on the Saturday opening rota was received.", body="Library Board")
        for k in range(2)] + [
        _s(f"x{k}", f"The Board received the circulation figures for branch {k}.",
           body="Library Board") for k in range(16)]
    common = common_words(rows)["Library Board"]
    assert "satur" not in common  # in four of twenty statements: over 5 %, yet one exchange's
    assert {"recei", "circu"} <= common  # in most statements: the body's vocabulary
    links = reassured_later([full], [full, spaces], _vecs(0.43), {"o5": 0, "c5": 1}, set(),
                            {}, {"Library Board": common}, days)
    assert [(s, d) for s, d, _, _ in links] == [("o5", "c5")]
    # with more of the body's statements saying "Saturdays", it is the body's word again
    more = rows + [_s(f"y{k}", "The branch will open on Saturdays.", body="Library Board")
                   for k in range(3)]
    assert "satur" in common_words(more)["Library Board"]


def test_a_plan_changed_to_spare_a_kind_of_what_was_feared_for_answers():
    # "berry-picking grounds" then, two meetings later, the plan redrawn to leave the
    # "cloudberry bogs": no word of the point in common, a kind of it named (cosine 0.31)
    fear = _s("o6", "Ms Tailfeathers told the Council that the new road would destroy the "
                    "berry-picking grounds on the north bench.", "Ms Tailfeathers", "objection",
              body="Band Council", seq=1)
    redrawn = _s("c6", "The Lands Officer reported that the road had since been rerouted to avoid "
                       "the cloudberry bogs, after a walk with the families.", "The Lands Officer",
                 meeting="m3", date="2025-05-20", body="Band Council", seq=2)
    assert names_a_kind_of(redrawn["text"], fear["text"], {"berry", "picki", "groun"})
    assert not names_a_kind_of("The berry harvest was good.", fear["text"], {"berry"})  # no kind
    links = reassured_later([fear], [fear, redrawn], _vecs(0.31), {"o6": 0, "c6": 1}, set(), {},
                            {}, days)
    assert [(s, d) for s, d, _, _ in links] == [("o6", "c6")]
    # the same report with no change made to spare anything reassures nothing
    reported = dict(redrawn, text="The Lands Officer reported that the road survey had found "
                                  "cloudberry bogs on the north bench.")
    assert reassured_later([fear], [fear, reported], _vecs(0.31), {"o6": 0, "c6": 1}, set(), {},
                           {}, days) == []
