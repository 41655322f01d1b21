"""Report-backs under "Matters arising" / "Business arising" at the next meeting: an earlier task
reported on in other words (issue #9)."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.config import CONFIG
from pipeline.tracker import ActRow, MeetingRow, report_kind, track

ACTION = "ACTION: CEO to obtain a structural engineer's assessment of the Westview Branch roof."
REPORT = ("The CEO reported that Halvorsen Engineering had inspected the Westview roof on "
          "February 12 and found the deck sound but the membrane beyond repair.")
# shares no word of the task's object (structural engineer's assessment)
OTHER = "The CEO reported that the Westview roof leak over the children's area had been patched."


def _rows(title: str, meeting: str, text: str, cos: float):
    """An action at the first of four meetings and one later statement at cosine `cos`."""
    meetings = [MeetingRow(f"m{k}", "Library Board", f"2025-0{k}-15", k) for k in range(1, 5)]
    rows = [ActRow("s0", "i0", "m1", "action", ACTION, owner="CEO",
                   item_title="Westview Branch Facility Condition Report"),
            ActRow("s1", "i1", meeting, "information", text, item_title=title),
            # other statements of the body, so that the idf of its words is that of a body
            *[ActRow(f"x{k}", f"ix{k}", "m4", "information", t, item_title="Reports")
              for k, t in enumerate(["The circulation figures for the quarter were noted.",
                                     "The Treasurer presented the budget variance report.",
                                     "Trustees discussed the summer reading programme.",
                                     "The CEO reported on staffing at the main branch."])]]
    rng = np.random.default_rng(5)
    vecs = rng.normal(size=(len(rows), 16)).astype(np.float32)
    vecs[0] /= np.linalg.norm(vecs[0])
    for j in range(1, len(rows)):
        other = vecs[j] - (vecs[j] @ vecs[0]) * vecs[0]
        other /= np.linalg.norm(other)
        c = cos if j == 1 else 0.05
        vecs[j] = c * vecs[0] + (1 - c ** 2) ** 0.5 * other
    return meetings, rows, vecs


def _judged(title: str, meeting: str, text: str, cos: float):
    meetings, rows, vecs = _rows(title, meeting, text, cos)
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {}, trace)}
    return out["s0"], trace[(0, 1)][3]


@pytest.mark.parametrize("text", [
    "The Clerk reported that the County Council's condition survey had arrived on 3 February.",
    REPORT,
    "The auditors have examined the accounts.",
])
def test_arrived_and_inspected_read_as_done(text):
    assert report_kind(text) == "done"


@pytest.mark.parametrize("title", [
    "Approval of Minutes and Business Arising", "Business arising", "Matters Arising",
    "Actions from the last meeting", "Action log"])
def test_report_back_section_under_any_of_its_names(title):
    from pipeline.tracker import _report_heading
    assert _report_heading(ActRow("s", "i", "m", "information", "Noted.", item_title=title))


def test_business_arising_at_the_next_meeting_reports_in_other_words():
    # between the report-back section's floor and the object rule's: linked and read done
    cos = (CONFIG["tracker_subject_min_cosine_arising"] + CONFIG["tracker_subject_min_cosine"]) / 2
    action, why = _judged("Approval of Minutes and Business Arising", "m2", REPORT, cos)
    assert why == ""
    assert action.followup_statement_ids == ["s1"] and action.status == "done"
    # the same line under an item of its own is held to the object rule
    action, why = _judged("Westview Branch roof", "m2", REPORT, cos)
    assert why == "not about the action's object" and action.status == "lost"
    # … and so is the report-back section of a later meeting than the next
    action, why = _judged("Business arising", "m3", REPORT, cos)
    assert why == "not about the action's object"


def test_one_rare_word_of_the_object_is_enough_in_the_report_back_section():
    # below both cosine floors: the object's rare word ("Engineering") names it there only
    cos = CONFIG["tracker_subject_min_cosine_arising"] - 0.1
    _, why = _judged("Business arising", "m2", REPORT, cos)
    assert why != "not about the action's object"
    _, why = _judged("Westview Branch roof", "m2", REPORT, cos)
    assert why == "not about the action's object"
    # a line on the same roof that names nothing of the task's object stays out
    action, why = _judged("Business arising", "m2", OTHER, cos)
    assert why == "not about the action's object" and action.followups == []
