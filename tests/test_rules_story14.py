"""Rules behind the fourteenth story round (a rural electric cooperative board, a council audit
and risk committee, a multi-academy trust board): what a decision stopped reported going on under
another item (`analyse._reversals_elsewhere`). Sentences written for these tests, not copied from
the stories or the corpus."""
from __future__ import annotations

from types import SimpleNamespace

from pipeline.analyse import _change_reports, _reversals_elsewhere
from tests.statement_rows import statement_row


def _s(sid: str, item: str, meeting: str, date: str, seq: int, type_: str, text: str,
       outcome: str = "", speaker: str = "") -> dict:
    return statement_row(sid, item, meeting, date, seq, type_, text, outcome, speaker,
                         body="Valley Board")


# a decision that stops something: the branch library closes
CLOSE = _s("d1", "i1", "m1", "2025-02-01", 3, "decision",
           "Director Ames moved, seconded by Director Cole, to close the Millbrook branch library "
           "on June 30 and serve its borrowers from the Main Street library. Motion carried.",
           outcome="approved")
# under the treasurer's report two meetings later, in passing: it goes on
GOES_ON = _s("r1", "i9", "m3", "2025-06-01", 2, "information",
             "The Millbrook branch library, which would stay open on Saturdays through next "
             "spring, had new shelving paid for by the Friends group.", speaker="Dana Ortiz")
FILLER = [_s(f"f{k}", "i5", "m1", "2025-02-01", k, "information",
             f"The treasurer's figures for month {k} showed receipts of {k * 1000} dollars.")
          for k in range(8)]


def _run(later: list[dict], decision: dict = CLOSE, officer=lambda s: s["speaker"] == "Dana Ortiz",
         sim: float = 0.6) -> list:
    tstate = [decision]
    rows = tstate + later + FILLER
    statements = {s["id"]: s for s in rows}
    by_item: dict[str, list[dict]] = {}
    for s in rows:
        by_item.setdefault(s["item_id"], []).append(s)
    share = {"Valley Board": {"millb": 0.05, "branc": 0.1, "libra": 0.2}}
    matter = {"i1": {"millb", "branc", "libra"}}
    t = SimpleNamespace(id="t1", item_ids=["i1"], label="Millbrook branch library")
    return _reversals_elsewhere(t, tstate, _change_reports(rows, officer), statements, by_item,
                                share, matter, lambda a, b: sim)


def test_what_a_decision_stopped_reported_going_on_elsewhere_is_a_reversal() -> None:
    found = _run([GOES_ON])
    assert [f.data["term"] for f in found] == ["going_on"]
    assert found[0].statement_ids == ["d1", "r1"]
    assert "going on" in found[0].summary


def test_kept_running_is_going_on() -> None:
    keep = GOES_ON | {"text": "The Millbrook branch library buses, which would keep running on "
                              "the Millbrook route into the autumn, had passed inspection."}
    found = _run([keep])
    assert [f.data["term"] for f in found] == ["going_on"]


def test_going_on_only_until_a_date_is_no_reversal() -> None:
    until = GOES_ON | {"text": "The Millbrook branch library would stay open until June 30, as "
                               "agreed, for borrowers to return their books."}
    assert _run([until]) == []


def test_going_on_after_a_decision_that_stopped_nothing_is_no_reversal() -> None:
    build = CLOSE | {"text": "Director Ames moved, seconded by Director Cole, to extend the "
                             "Millbrook branch library with a reading room. Motion carried."}
    assert _run([GOES_ON], decision=build) == []


def test_a_members_speech_is_no_report() -> None:
    # a member (not an officer, no "reported that") saying it goes on reports nothing
    assert _run([GOES_ON], officer=lambda s: False) == []


def test_a_report_that_the_matter_stays_shut_is_no_reversal() -> None:
    shut = GOES_ON | {"text": "The Millbrook branch library, closed since June 30, had been "
                              "emptied of its shelving."}
    assert _run([shut]) == []


# -- tracker: what a report says of the task ----------------------------------------------------

from pipeline.tracker import Followup, names_task, report_kind, status_of  # noqa: E402


def test_a_report_to_come_to_a_named_later_meeting_is_in_progress() -> None:
    assert report_kind("The Clerk advised that the redraft of the grants policy had been sent "
                       "to the solicitors and would come to the October meeting.") == "in_progress"
    assert report_kind("The redraft of the grants policy had been sent to the solicitors.") == "done"


def test_a_consultation_still_open_is_in_progress() -> None:
    assert report_kind("The survey of allotment holders had gone out on 3 May and would close "
                       "on 31 May; forty replies had been received.") == "in_progress"
    # a closing date alone of something else is no progress wording
    assert report_kind("The depot had been cleared and would close on 31 May.") == "done"


def test_a_line_naming_the_task_by_its_noun() -> None:
    assert names_task("consult", "The consultation with tenants had opened on 2 June.")
    assert names_task("inspect", "The inspections of the culverts had been carried out.")
    assert names_task("appoint", "The appointment of the auditor was confirmed.")
    assert not names_task("consult", "The Regional Director had approved the transfer.")
    assert not names_task("act", "The action log was reviewed.")  # too short to be sure


def test_the_line_naming_the_task_decides_its_meeting() -> None:
    fus = [Followup("a", "m2", "2025-06-01", "done", 1.3),
           Followup("b", "m2", "2025-06-01", "in_progress", 1.0),
           Followup("c", "m2", "2025-06-01", "done", 1.2)]
    assert status_of(fus, 1, "", "2025-06-01")[0] == "done"
    assert status_of(fus, 1, "", "2025-06-01", direct=frozenset({"b"}))[0] == "in_progress"


# -- a point raised again: "renewed", not "Renewables" ---------------------------------------------

def test_renewables_or_a_renewal_is_no_cue_of_a_point_raised_again() -> None:
    from pipeline.finding_match import _RAISED
    from pipeline.link import _REPEAT
    for rx in (_RAISED, _REPEAT):
        assert rx.search("Trustee Hale renewed his objection to the loan.")
        assert not rx.search("to approve the power purchase agreement with Northwind Renewables")
        assert not rx.search("the renewal of the grazing lease for five years")


# -- a point raised again: not by an argument for the proposal -------------------------------------

def test_an_argument_for_is_not_the_objection_raised_again() -> None:
    import numpy as np
    from pipeline.finding_match import raised_again

    def row(sid: str, date: str, meeting: str, type_: str, text: str, speaker: str) -> dict:
        return {"id": sid, "date": date, "meeting_id": meeting, "item_id": f"i-{meeting}",
                "type": type_, "text": text, "speaker": speaker, "body": "Valley Board"}
    doubt = row("o", "2025-01-10", "m1", "objection", "Director Lowe doubted that the Westgate "
                "supply contract allowed the district to buy power elsewhere.", "Lowe")
    support = row("p", "2025-03-10", "m2", "argument_for", "Director Park spoke in support, "
                  "saying the price was below what the district paid Westgate.", "Park")
    again = row("q", "2025-03-10", "m2", "objection", "Director Lowe again questioned whether "
                "the Westgate contract allowed it.", "Lowe")
    svecs = np.eye(3, dtype=np.float32)
    svecs[1] = svecs[2] = svecs[0]  # as alike as can be
    idx = {"o": 0, "p": 1, "q": 2}
    rare = {"Valley Board": {"westg", "suppl", "contr"}}
    assert raised_again([doubt], [support], rare, svecs, idx) == []
    assert [d for _, d, _, _ in raised_again([doubt], [support, again], rare, svecs, idx)] == ["q"]


# -- tracker: a task that asks something ------------------------------------------------------------

def test_a_task_whose_wording_asks_is_tracked_as_an_action() -> None:
    from pipeline.tracker import ActRow, tracked_kind, written_as_task
    task = "Staff to mail a reply card to all tenants asking whether they want a water butt."
    assert written_as_task(task)
    assert tracked_kind(ActRow("s1", "i1", "m1", "question", task)) == "action"
    for asked in ("Cllr Dee asked whether staff would mail the card to all tenants.",
                  "Mr Hill asked the Clerk to find out whether the grant was open.",
                  "Staff to mail the card to all tenants?",
                  "Whether to mail the card to all tenants was discussed."):
        assert not written_as_task(asked), asked
        assert tracked_kind(ActRow("s1", "i1", "m1", "question", asked)) == "", asked

