"""The rules added for the seventh round of unseen minutes, each on a few lines built by hand
(the whole documents are checked through the export in test_scenarios_round7.py)."""
from __future__ import annotations

import pytest

from pipeline.classify_motion import is_motion, motion_outcome
from pipeline.classify_owner import find_due, find_owner
from pipeline.segment_attendees import label_of, parse_people
from pipeline.segment_items import is_table_header, number_key, parse_number, run_in_rest
from pipeline.votes import parse_votes


@pytest.mark.parametrize("text, want", [
    ("B-1. CUP-2025-004: Conditional Use Permit", ("B-1", "CUP-2025-004: Conditional Use Permit", "letterdash")),
    ("Subject No. 14: Revision of parking charges", ("14", "Revision of parking charges", "int")),
    ("**3. Sunday hours pilot.** Director Fisher presented", ("3", "Sunday hours pilot", "int")),
    ("S. No. Name Designation", None),  # the serial column of a table, not item S
    ("**1.** The Board met", None),  # a bold number alone: left to the plain-heading rules
    ("W. M. Senanayake, Chairman", None),  # a signature's initials, not item W
    # near cases: an item whose title opens with initials or an abbreviation stays an item
    ("B. J. Smith Park renaming", ("B", "J. Smith Park renaming", "letter")),
    ("A. U.S. Census update", ("A", "U.S. Census update", "letter")),
])
def test_item_numbers(text, want):
    assert parse_number(text) == want


def test_letter_dash_numbers_follow_their_section():
    assert number_key("B-2", "letterdash") == (2, 2)
    assert run_in_rest("**3. Sunday hours pilot.** The Director presented it.") == \
        "The Director presented it."
    assert run_in_rest("3. Sunday hours pilot") == ""
    assert is_table_header("S. No.  Name  Designation") and not is_table_header("S. Rao reported")


def test_attendance_labels_and_people():
    assert label_of("The following Members were present:") == ("present", "")
    assert label_of("- **Trustees absent:** Nathan Price") == ("absent", "Nathan Price")
    [p] = parse_people("Gerald Pruitt (excused)", "absent")
    assert (p.name, p.status) == ("Gerald Pruitt", "apologies")
    [q] = parse_people("Student member Ms Olivia Tran", "present")
    assert (q.name, q.role) == ("Olivia Tran", "Student member")
    [r] = parse_people("Associate Professor Daniel Osei", "present")
    assert r.name == "Daniel Osei"


def test_motion_shorthand_and_tasks():
    assert is_motion("M/S/C (Delgado/Lee) to table the policy.")
    assert motion_outcome("M/S/C (Delgado/Lee) to table the policy.") == "deferred"
    assert not is_motion("Wind speeds above 20 m/s were recorded.")
    assert find_due("Staff will prepare a map for the April 23, 2025 meeting.") == \
        "the April 23, 2025 meeting"
    assert find_owner("The Executive Engineer (Storm Water) shall submit a report.") == \
        "The Executive Engineer"


ROSTER = [{"name": n, "status": "present", "role": ""} for n in
          ("Helen Jones", "Marcus Lee", "Priya Raman", "Walter Brooks", "Sofia Delgado")]


def test_msc_and_yes_no_lists():
    [v] = parse_votes("M/S/C (Raman/Brooks) to approve the minutes as presented.", ROSTER)
    assert (v.mover, v.seconder, v.result) == ("Priya Raman", "Walter Brooks", "carried")
    [w] = parse_votes("M/S (Lee/Raman) to approve the pilot. Yes: Jones, Lee, Raman, Delgado. "
                      "No: Brooks. Motion carried 4-1.", ROSTER)
    assert (w.mover, w.seconder) == ("Marcus Lee", "Priya Raman")
    assert w.members["Walter Brooks"] == "no" and w.members["Helen Jones"] == "aye"


def test_title_case_result_after_a_count():
    text = ("Moved by: Councillor Jones Seconded by: Councillor Lee That the lease be approved. "
            "In favour: 2 Opposed: 3 (Councillor Raman, Councillor Brooks, Councillor Delgado) "
            "Defeated")
    [v] = parse_votes(text, ROSTER)
    assert v.result == "failed" and (v.tally["ayes"], v.tally["noes"]) == (2, 3)
    assert v.members["Walter Brooks"] == "no"
    [c] = parse_votes("That the minutes be adopted as circulated. Carried", ROSTER)
    assert c.result == "carried"
    assert parse_votes("Items Carried Forward from the last meeting were listed.", ROSTER) == []


def test_vote_against_recorded_on_request():
    [v] = parse_votes("Resolved – That the Panel supports the precept. Councillor Brooks asked "
                      "that her vote against the resolution be recorded.", ROSTER)
    assert v.members == {"Walter Brooks": "no"} and v.result == "carried"
