"""Phrasings of minutes of bodies read in the eighth round of planted stories (an Indian ward
committee, a UK university senate, a neighbourhood plan steering group), each read by one rule:
minute numbers with the committee's letters, group subjects ending a speaker's turn, the
objection 'not persuaded that', a passive 'offered to', votes written 'Motion lost 3-4', dissent
'asked that their dissent be recorded' and a bare 'Put to vote:', reported starts that go ahead
after a refusal, and an elected student officer in a Present list."""
from __future__ import annotations

import pytest

from pipeline.finding_text import reports_going_ahead, reverses_state, stops_matter
from pipeline.segment_items import number_key, parse_number, slash_year_last
from pipeline.votes import parse_votes


def test_minute_number_with_committee_letters():
    assert parse_number("SEN 24/22 Portfolio review: School of Humanities") == (
        "SEN 24/22", "Portfolio review: School of Humanities", "slash")
    assert number_key("SEN 24/22", "slash", year_last=False) == (22,)
    assert slash_year_last(["SEN 24/20", "SEN 24/21", "SEN 24/22"]) is False
    # a sentence opening with a single capital and a fraction is no minute number
    assert parse_number("A 24/25 budget was presented") is None


def _speakers(sentences: list[str]) -> list[tuple[str, str]]:
    from pipeline.classify import classify_sentences
    return [(p.type, p.speaker) for p in classify_sentences([(s, "Item") for s in sentences])]


@pytest.mark.slow
def test_group_subject_ends_the_speaker_turn_and_not_persuaded_objects():
    got = _speakers([
        "Sri Joseph D'Souza feared that the lorries would damage the new roads of 1st Block.",
        "Residents of Ejipura told the Committee that the drain overflowed every time it rained.",
        "Members were not persuaded that the site could be cleared of contamination at a cost "
        "a small scheme could bear.",
        "Smt. Kavitha Reddy feared that the families would be evicted before any rehabilitation "
        "was offered to them.",
    ])
    assert got[0] == ("objection", "Sri Joseph D'Souza")
    assert got[1][1] == ""  # not D'Souza going on
    assert got[2] == ("objection", "")
    assert got[3][0] == "objection"  # "was offered to" tasks no one


ROSTER = [{"name": n, "status": "present"} for n in (
    "Gareth Hughes", "Priya Patel", "Tom Okafor", "Jean Bellamy", "Sandra Cole", "Rachel Dunn",
    "Martin Fenwick")]


def test_motion_lost_with_score_and_named_noes():
    text = ("Cllr Hughes proposed that the draft Plan allocate Glebe Field for 25 homes, seconded "
            "by Mrs Patel. Ms Dunn told the group that the field was under water every winter. "
            "Motion lost 3-4 (Mrs Bellamy, Mrs Cole, Ms Dunn and Mr Fenwick against).")
    [v] = parse_votes(text, ROSTER)
    assert v.result == "failed"
    assert (v.tally["ayes"], v.tally["noes"]) == (3, 4)
    assert sorted(n for n, how in v.members.items() if how == "no") == [
        "Jean Bellamy", "Martin Fenwick", "Rachel Dunn", "Sandra Cole"]
    assert v.motion.startswith("that the draft Plan allocate Glebe Field")


def test_dissent_recorded_by_name():
    roster = [{"name": n, "status": "present"} for n in (
        "Alison Carr", "Ian Kerr", "Sarah Walsh", "Grace Adeyemi", "Paul Henderson", "David Nwosu",
        "Helen Marsh", "Ruth Bell", "Tomasz Nowak", "Lucy Teague", "Owen Fairley", "Meera Shah")]
    text = ("Senate RESOLVED to suspend recruitment to the BA Modern Languages from 2026 entry. "
            "The motion was carried by 8 votes to 4; Professor Kerr, Dr Walsh, Dr Adeyemi and "
            "Dr Henderson asked that their dissent be recorded.")
    [v] = parse_votes(text, roster)
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == ("carried", 8, 4)
    assert sorted(n for n, how in v.members.items() if how == "no") == [
        "Grace Adeyemi", "Ian Kerr", "Paul Henderson", "Sarah Walsh"]


def test_bare_put_to_vote_takes_the_resolution_before_it():
    roster = [{"name": n, "status": "present"} for n in (
        "K. Ramesh", "Anitha Rao", "Mohammed Irfan", "Venkatesh Gowda", "Kavitha Reddy",
        "Rahul Menon", "Farzana Begum")]
    text = ("The Committee resolved to recommend the box culvert at the Ejipura junction to the "
            "Zonal Commissioner. Put to vote: 5 members voted in favour and 2 against (Sri "
            "Venkatesh Gowda and Smt. Anitha Rao). The resolution was carried.")
    [v] = parse_votes(text, roster)
    assert v.motion.startswith("The Committee resolved to recommend the box culvert")
    assert (v.tally["ayes"], v.tally["noes"]) == (5, 2)


@pytest.mark.parametrize("text,going", [
    ("The AEE reported that work on the paid parking bays would start in May.", True),
    ("The Registrar reported that examinations would be held before Christmas from 2025-26.", True),
    ("Ms Kendall reported that the site assessment, now commissioned through Locality, would be "
     "delivered in April.", True),
    ("The next meeting would be held on 5 May.", False),
    ("Works would start if funding allowed.", False),
    ("She asked whether work would start in May.", False),
])
def test_reported_start_goes_ahead(text, going):
    assert reports_going_ahead(text) is going


def test_resolved_not_to_commission_stops_the_matter():
    text = "The group resolved not to commission a site assessment from AECOM."
    assert stops_matter(text, "approved")
    assert reverses_state(text, "approved", {"outcome": "going_ahead", "text": ""})
    assert not stops_matter("The group resolved to commission a site assessment.", "approved")


def test_student_union_officer_in_present_list_is_a_member():
    from pipeline.records import Attendee
    from pipeline.segment_attendees import _apply_staff_rule
    student = Attendee(name="Owen Fairley", role="Students' Union Education Officer",
                       status="present")
    _apply_staff_rule(student)
    assert student.status == "present"
    officer = Attendee(name="Mark Elliott", role="Finance Officer", status="present")
    _apply_staff_rule(officer)
    assert officer.status == "in_attendance"
