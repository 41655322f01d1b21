"""Undocumented reversals reported under another item: one term of a decision reported changed
(`finding_term.changed_term`) and the analysis that reads such a report against the decision's
thread (`analyse._reversals_elsewhere`). Sentences written for these tests, not copied from the
stories or the corpus."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.analyse import _change_reports, _reversals_elsewhere
from pipeline.finding_term import changed_term, may_change_term, term_words
from tests.statement_rows import statement_row


# -- one term changed ------------------------------------------------------------------------------

@pytest.mark.parametrize("decision,later,kind", [
    # another site, said to be a change
    ("RESOLVED that the new clinic be built on the Mill Lane site.",
     "the new clinic will now open at the Elm St site instead", "site"),
    ("THAT the depot be located at the Hartley Road yard.",
     "the depot would accordingly be moved to the Riverside site beside the sewage works", "site"),
    # another way of paying
    ("Agreed that the cost of the pavilion roof be met from the capital reserve.",
     "the pavilion roof would now be funded from the parish precept", "funding"),
    ("Resolved that the lift replacement be paid for out of the repairs fund.",
     "the lift replacement was instead being financed by a bank loan over five years", "funding"),
    # the decision's own term named as set aside or left unused
    ("That the flats be let on a shared-ownership basis.",
     "the shared-ownership option having been set aside on the lender's advice", "set_aside"),
    ("Resolved that the cost be met from the sinking fund of the society.",
     "the gates were paid for by a special levy, so that the sinking fund would remain untouched",
     "set_aside"),
    ("THAT the Board approve the bridge repair, to be funded from the Harbour Reserve.",
     "the Harbour Reserve would not now be drawn on for the bridge", "set_aside"),
])
def test_a_term_of_the_decision_reported_changed(decision: str, later: str, kind: str) -> None:
    assert changed_term(decision, later)[0] == kind
    assert may_change_term(later)


@pytest.mark.parametrize("decision,later", [
    # the same site said again, or another site with no word that it is a change
    ("RESOLVED that the new clinic be built on the Mill Lane site.",
     "the new clinic would now open at the Mill Lane site in March"),
    ("RESOLVED that the new clinic be built on the Mill Lane site.",
     "the contractor's cabins were placed on the Elm St car park"),
    # the same way of paying
    ("Agreed that the cost be met from the capital reserve.",
     "the roof had now been paid for from the capital reserve"),
    # something set aside that the decision did not name
    ("That the flats be let on a shared-ownership basis.",
     "the tender for the grounds maintenance having been set aside"),
    # a decision carried out, not changed
    ("Resolved that the boiler be replaced.", "the boiler was replaced in August"),
])
def test_no_term_changed(decision: str, later: str) -> None:
    assert changed_term(decision, later) == ("", set())


@pytest.mark.parametrize("later", [
    "the new clinic would open at the Elm St site in March",  # no word that it is a change
    "the accounts for the year had now been approved",
])
def test_a_line_that_changes_no_term(later: str) -> None:
    assert not may_change_term(later)


def test_term_words_leave_out_glue_and_slot_nouns() -> None:
    assert term_words("the Parking Lot C site") == {"parking", "lot"}


# -- read against the decision's thread ------------------------------------------------------------

def _s(sid: str, item: str, meeting: str, date: str, seq: int, type_: str, text: str,
       outcome: str = "", speaker: str = "") -> dict:
    return statement_row(sid, item, meeting, date, seq, type_, text, outcome, speaker,
                         body="Harbour Board")


DECISION = _s("d1", "i1", "m1", "2025-03-01", 3, "decision",
              "RESOLVED that the Harbour Board approve the marina boathouse project, the boathouse "
              "to be built on the North Quay site.", outcome="approved")
REPORT = _s("r1", "i9", "m2", "2025-06-01", 2, "information",
            "The Harbourmaster reported that the marina boathouse would now go up on the old "
            "fish market site instead, since the North Quay was needed for the ferry.",
            speaker="The Harbourmaster")
FILLER = [_s(f"f{k}", "i5", "m1", "2025-03-01", k, "information",
             f"The accounts for month {k} showed receipts of {k * 1000} pounds.") for k in range(8)]


def _run(later: list[dict], sim: float = 0.6, heading: set[str] | None = None,
         decision: dict = DECISION) -> list:
    tstate = [decision]
    rows = tstate + later + FILLER
    statements = {s["id"]: s for s in rows}
    by_item: dict[str, list[dict]] = {}
    for s in rows:
        by_item.setdefault(s["item_id"], []).append(s)
    # the matter's words are in few of the body's statements; "harbour" is in most
    share = {"Harbour Board": {"marin": 0.05, "boath": 0.05, "proje": 0.1, "harbo": 0.9}}
    matter = {"i1": {"marin", "boath", "proje"} if heading is None else heading}
    t = SimpleNamespace(id="t1", item_ids=["i1"], label="Marina boathouse")
    return _reversals_elsewhere(t, tstate, _change_reports(rows), statements, by_item, share,
                                matter, lambda a, b: sim)


def test_a_changed_site_reported_under_another_item_is_a_reversal() -> None:
    found = _run([REPORT])
    assert len(found) == 1
    f = found[0]
    assert f.kind == "undocumented_reversal" and f.statement_ids == ["d1", "r1"]
    assert f.data["term"] == "site"


def test_a_closure_reported_under_another_item_is_a_reversal() -> None:
    shelved = REPORT | {"text": "Under the estates update the Harbourmaster noted that the marina "
                                "boathouse project had been shelved."}
    found = _run([shelved])
    assert [f.data["term"] for f in found] == ["closed"]


def test_a_closure_the_decision_agreed_is_carried_out_not_reversed() -> None:
    stop = DECISION | {"text": "RESOLVED that the Harbour Board close the marina boathouse "
                               "project and not proceed with the boathouse."}
    shelved = REPORT | {"text": "The Harbourmaster reported that the marina boathouse project "
                                "had been shelved."}
    assert _run([shelved], decision=stop) == []
    assert [f.data["term"] for f in _run([shelved])] == ["closed"]


def test_a_report_that_does_not_name_the_matter_is_no_reversal() -> None:
    # the thread's heading words ("marina boathouse") are not in the report
    assert _run([REPORT], heading={"ferry", "termi"}) == []


def test_words_common_in_the_bodys_minutes_do_not_name_the_matter() -> None:
    assert _run([REPORT], heading={"harbo", "marin"}) == []


def test_a_report_unlike_the_decision_is_no_reversal() -> None:
    assert _run([REPORT], sim=0.1) == []


def test_a_change_recorded_under_the_reports_item_is_no_reversal() -> None:
    rescind = _s("r2", "i9", "m2", "2025-06-01", 3, "decision",
                 "RESOLVED that the resolution of 1 March on the boathouse site be rescinded.",
                 outcome="approved")
    assert _run([REPORT, rescind]) == []


def test_a_decision_on_the_matter_under_the_reports_item_documents_it() -> None:
    decided = _s("r2", "i9", "m2", "2025-06-01", 3, "decision",
                 "RESOLVED that the marina boathouse be built at the old fish market.",
                 outcome="approved")
    assert _run([REPORT, decided]) == []


def test_a_members_proposal_is_no_report() -> None:
    proposal = REPORT | {"text": "Cllr Hart suggested that the marina boathouse could now go up "
                                 "on the old fish market site instead.", "speaker": "Cllr Hart"}
    assert _run([proposal]) == []


def test_an_earlier_report_is_no_reversal() -> None:
    early = REPORT | {"date": "2025-01-01", "meeting_id": "m0"}
    assert _run([early]) == []
