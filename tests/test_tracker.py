"""The action tracker: report-back wording, due dates, status rules, follow-up linking on
hand-made rows (random vectors, no model), the store round trip and the `tracker` command."""
from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

from pipeline.config import CONFIG
from pipeline.tracker import (ActRow, Followup, MeetingRow, Subject, content_words, due_date,
                              owner_patterns, owner_summary, procedural, report_kind, status_of,
                              track, tracked_kind)


@pytest.mark.parametrize("text, kind", [
    ("PS reported that the revised crisis card had been circulated to all partners.", "done"),
    ("JA confirmed that a portable hearing loop had been purchased and would be available.",
     "done"),
    ("RC presented the final version of the bid.", "done"),
    ("KD reported that the breakdown was still being validated.", "in_progress"),
    ("One quotation had been received and two more were awaited.", "in_progress"),
    ("Website refresh – no update.", "in_progress"),
    ("Carried forward to the next meeting.", "in_progress"),
    ("The scheme was not being pursued by the County Council.", "cancelled"),
    ("The group agreed to rescind its July decision.", "cancelled"),
    ("This is no longer required.", "cancelled"),
    ("Item 3.3 The Library fines briefing is now not required for the Cabinet member.",
     "cancelled"),
    ("The Board discussed the library opening hours.", ""),
    # completion told in plain past tense or the passive, without a stock phrase
    ("The new south well was drilled late July, on the west side of Main.", "done"),
    ("On May 15, the Treasurer filed the annual federal and state tax filings.", "done"),
    ("The analysis of the recent staff survey was shared with the Board.", "done"),
    ("The Introduction Sessions have taken place.", "done"),
    ("Mark reported that the camera and solar panel are installed and working.", "done"),
    # … but not a request, a plan or a negated report
    ("The Board was asked to review the handbook.", ""),
    ("Paulette submitted the language to the lawyers and has not received feedback.",
     "in_progress"),
])
def test_report_kind(text, kind):
    assert report_kind(text) == kind


@pytest.mark.parametrize("text, due, expected", [
    ("SP to circulate the draft strategy by the end of May.", "", "2018-05-31"),
    ("AM to bring them to the July meeting.", "", "2018-07-11"),
    ("KD to provide the data for the next meeting.", "", "2018-07-11"),
    ("HO to prepare the final strategy for the January meeting.", "", "2019-01-31"),
    ("JA said the dates would be circulated before Christmas.", "", "2018-12-25"),
    ("Clerk to write to the County.", "by 2 April", "2018-04-02"),
    ("Clerk to write to the County.", "", ""),
])
def test_due_date(text, due, expected):
    assert due_date(text, due, "2018-03-14", ["2018-03-14", "2018-07-11", "2018-09-19"]) == expected


def _act(type_="action", text="AM to draft terms of reference.", **kw):
    return ActRow(id="s", item_id="i", meeting_id="m", type=type_, text=text, **kw)


@pytest.mark.parametrize("text, tracked", [
    ("The Clerk will write to the landlord.", True),
    ("The Director reported that the project will not proceed and the lot will remain open "
     "space.", False),
    ("The warranty will expire in March.", False),
])
def test_a_prediction_is_no_commitment(text, tracked):
    assert bool(tracked_kind(_act("information", text))) is tracked


def test_tracked_kinds():
    assert tracked_kind(_act()) == "action"
    assert tracked_kind(_act("decision", "RESOLVED to ask the County Council to consider a 20mph "
                                         "limit.", outcome="approved")) == "recommendation"
    assert tracked_kind(_act("decision", "It was agreed to refer the proposal to the Steering "
                                         "Group.", outcome="referred")) == "recommendation"
    assert tracked_kind(_act("decision", "The minutes were approved as a correct record.",
                             outcome="approved")) == ""
    assert tracked_kind(_act("information", "Robin will look into a dumpster quote.",
                             item_title="Old Business")) == "action"
    assert tracked_kind(_act("information", "The meeting closed at 4pm.")) == ""
    # nothing under a procedural heading is a task
    assert tracked_kind(_act("information", "The next meeting will be held on 5 May.",
                             item_title="Date of next meeting")) == ""
    # … but a statement read as an action stays one (the heading may have been misread)
    assert tracked_kind(_act("action", "The General Manager to check the final outcome.",
                             item_title="Declarations of Interest")) == "action"


@pytest.mark.parametrize("type_, text, kind", [
    ("information", "Paulette to send an email so people can re-subscribe.", "action"),
    ("information", "She is looking into opening a new bank account.", "action"),
    ("information", "A member vote at the annual meeting is planned.", "action"),
    ("proposal", "Motion to hold a town hall regarding the chickens and the bees.", "action"),
    ("information", "Repair leak in bathroom sink at ranch house", "action"),
    ("proposal", "Motion to approve the minutes of the March meeting.", ""),
    ("information", "The roads are in good shape after the spring rebuild.", ""),
    # a verb-like first word used as a noun is not an instruction
    ("information", "Test results were within the state limits.", ""),
    ("information", "Order of business was agreed.", ""),
    ("information", "IT are preparing a request to tender document to select a partner.",
     "action"),
    ("information", "Staff are preparing well for the inspection.", ""),
    ("question", "The Commissioner asked if this review could be shared with his colleagues and "
     "this was agreed.", "action"),
    ("question", "The Commissioner asked if the review had been shared.", ""),
    # a request put to the body or by it stands until answered
    ("information", "SCC have requested a full and clear briefing for the new Cabinet Member.",
     "recommendation"),
    ("proposal", "The General Manager asked the Board for permission to publish the report.",
     "action"),
    ("information", "The committee recommended to the Board that the auditors be appointed.",
     "recommendation"),
    ("information", "He would like the Legal team to check this document.", "action"),
    ("proposal", "The Treasurer asked the Board to note the figures.", ""),
    ("information", "The figures requested at the last meeting were circulated.", ""),
])
def test_tracked_kind_reads_task_wording(type_, text, kind):
    assert tracked_kind(_act(type_, text, item_title="Old Business")) == kind


def test_idf_is_scaled_by_the_number_of_statements():
    from pipeline.tracker import _idf
    small = [{"roof", "quote"}, {"roof"}, {"budget"}, {"budget"}, {"budget", "grant"}]
    large = small * 200 + [{"other"}] * 1000
    for words in (small, large):
        idf = _idf(words)
        assert idf["grant"] > idf["roof"] > idf["budget"] >= 0.0
        assert max(idf.values()) <= 1.0
    # a word said once weighs the same in a small body and a large one
    assert _idf(small)["grant"] == pytest.approx(1.0)
    assert _idf(large + [{"unique"}])["unique"] == pytest.approx(1.0)


def test_owner_patterns_match_initials_and_roles():
    pats = owner_patterns("AM/TR")
    assert any(p.search("TR reported that") for p in pats)
    assert not any(p.search("STRATEGY was agreed") for p in pats)
    assert any(p.search("the clerk confirmed") for p in owner_patterns("The Clerk"))


def _fu(meeting, date, report, score=1.0):
    return Followup(f"s-{meeting}-{report}", meeting, date, report, score)


def test_status_rules():
    n = CONFIG["tracker_lost_after_meetings"]
    assert status_of([], n, "", "2020-12-01")[0] == "lost"
    assert status_of([], n - 1, "", "2020-12-01")[0] == "open"
    # due after the body's last meeting: still open however many meetings passed
    assert status_of([], n + 3, "2021-01-31", "2020-12-01")[0] == "open"
    assert status_of([], n + 3, "2020-06-30", "2020-12-01")[0] == "lost"
    assert status_of([_fu("m2", "2020-02-01", "done")], 5, "", "2020-12-01")[0] == "done"
    assert status_of([_fu("m2", "2020-02-01", "in_progress")], 5, "", "2020-12-01")[0] == \
        "in_progress"
    # mentioned without saying it was done
    assert status_of([_fu("m2", "2020-02-01", "")], 5, "", "2020-12-01")[0] == "in_progress"
    # progress wording beside a completion at the same meeting: in progress
    both = [_fu("m2", "2020-02-01", ""), _fu("m2", "2020-02-01", "in_progress", 0.8)]
    assert status_of(both, 5, "", "2020-12-01")[0] == "in_progress"
    assert status_of([_fu("m2", "2020-02-01", "done"), _fu("m3", "2020-03-01", "cancelled")],
                     5, "", "2020-12-01")[0] == "cancelled"
    # one meeting reports progress and, a little more weakly or a little more strongly, a line
    # that reads as done: progress, unless the done line outweighs it by the margin
    m = 1.0 + CONFIG["tracker_report_margin"]
    near = [_fu("m2", "2020-02-01", "in_progress", 1.0), _fu("m2", "2020-02-01", "done", m * 0.99)]
    assert status_of(near, 5, "", "2020-12-01")[0] == "in_progress"
    far = [_fu("m2", "2020-02-01", "in_progress", 1.0), _fu("m2", "2020-02-01", "done", m * 1.2)]
    assert status_of(far, 5, "", "2020-12-01")[0] == "done"
    # reported done at an earlier meeting sticks when a later one only reports progress
    assert status_of([_fu("m2", "2020-02-01", "done"), _fu("m3", "2020-03-01", "in_progress")],
                     5, "", "2020-12-01")[0] == "done"


def test_a_paper_taken_up_at_the_meeting_it_was_due_at_was_delivered():
    at_due = [_fu("m2", "2020-02-01", "")]
    # "the plan will be brought to the next Board meeting": mentioned there, nothing decisive
    assert status_of(at_due, 5, "2020-02-01", "2020-12-01", delivery=True)[0] == "done"
    # … not when the task is no delivery to a meeting, or it came up at another meeting
    assert status_of(at_due, 5, "2020-02-01", "2020-12-01")[0] == "in_progress"
    assert status_of([_fu("m3", "2020-03-01", "")], 5, "2020-02-01", "2020-12-01",
                     delivery=True)[0] == "in_progress"
    # … and what a meeting says decides: reported in progress at the due meeting
    assert status_of([_fu("m2", "2020-02-01", "in_progress")], 5, "2020-02-01", "2020-12-01",
                     delivery=True)[0] == "in_progress"
    meetings, rows, vecs = _rows()
    rows[0].text = "AB to bring the draft parking survey to the next meeting."
    rows[2].text = "The draft parking survey for the Old Mill streets was on the agenda."
    assert report_kind(rows[2].text) == ""
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert out["s0"].followup_statement_ids == ["s2"] and out["s0"].status == "done"
    rows[0].text = "AB to work on the draft parking survey."
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert out["s0"].followup_statement_ids == ["s2"] and out["s0"].status == "in_progress"


def _rows():
    meetings = [MeetingRow(f"m{k}", "Board", f"2020-0{k}-01", k) for k in range(1, 6)]
    texts = [
        ("m1", "action", "AB to circulate the draft parking survey to members.", "AB"),
        ("m1", "action", "CD to obtain three quotes for the roof repair.", "CD"),
        ("m2", "information", "AB reported that the parking survey had been circulated.", ""),
        ("m2", "information", "The treasurer presented the accounts.", ""),
        ("m3", "information", "The library opening hours were discussed.", ""),
        ("m4", "information", "The grant application was discussed at length.", ""),
    ]
    rows = [ActRow(f"s{k}", f"i{k}", m, t, text, owner=o, item_title="Matters")
            for k, (m, t, text, o) in enumerate(texts)]
    rng = np.random.default_rng(0)
    vecs = rng.normal(size=(len(rows), 16)).astype(np.float32)
    vecs[2] = vecs[0] + 0.3 * vecs[2]  # the report-back is close to its action
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    return meetings, rows, vecs


def test_track_links_the_report_back_and_loses_the_forgotten_action():
    meetings, rows, vecs = _rows()
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert set(out) == {"s0", "s1"}
    assert out["s0"].status == "done" and out["s0"].followup_statement_ids == ["s2"]
    assert out["s0"].last_reported_meeting_id == "m2"
    assert out["s1"].status == "lost" and out["s1"].followups == []
    assert out["s1"].later_meetings == 4 and out["s1"].age_days == 121


def test_same_meeting_text_is_never_a_followup():
    meetings, rows, vecs = _rows()
    rows[2].meeting_id = "m1"
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert out["s0"].followups == [] and out["s0"].status == "lost"


def test_trace_says_why_each_candidate_was_kept_or_dropped():
    meetings, rows, vecs = _rows()
    trace: dict = {}
    track(meetings, rows, vecs, {}, trace)
    assert trace[(0, 2)][3] == ""  # the report-back on the survey is kept
    assert trace[(0, 3)][3] in ("below min cosine", "no shared content word")
    assert trace[(1, 2)][3] != ""  # the survey report is not a report on the roof quotes


def test_plain_mention_in_the_same_thread_at_the_next_meeting_is_a_followup():
    meetings, rows, vecs = _rows()
    rows.append(ActRow("s6", "i6", "m2", "information", "Roof repair: three quotes are on the "
                       "table for the members.", item_title="Roof"))
    rng = np.random.default_rng(1)
    other = rng.normal(size=16).astype(np.float32)
    other -= (other @ vecs[1]) * vecs[1]
    other /= np.linalg.norm(other)
    vecs = np.vstack([vecs, 0.5 * vecs[1] + 0.75 ** 0.5 * other]).astype(np.float32)
    threads = {"i1": "t-roof", "i6": "t-roof"}
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, rows, vecs, threads, trace)}
    assert out["s1"].followup_statement_ids == ["s6"] and out["s1"].status == "in_progress"
    # in another thread, under a heading that does not name the matter, the same plain mention
    # (no report-back wording) scores less: by the weight of the thread signal
    rows[-1].item_title = "Any other business"
    apart: dict = {}
    track(meetings, rows, vecs, {"i1": "t-roof"}, apart)
    assert apart[(1, 6)][1] < trace[(1, 6)][1]
    assert trace[(1, 6)][1] - apart[(1, 6)][1] == pytest.approx(
        CONFIG["tracker_weights"]["thread"], abs=1e-6)


def _under_its_heading(vecs, cos: float):
    """A later statement under an item headed with the matter of action s1 (the roof repair)
    whose own words share nothing with it, at cosine `cos` to it."""
    rng = np.random.default_rng(2)
    other = rng.normal(size=16).astype(np.float32)
    other -= (other @ vecs[1]) * vecs[1]
    other /= np.linalg.norm(other)
    return np.vstack([vecs, cos * vecs[1] + (1 - cos ** 2) ** 0.5 * other]).astype(np.float32)


def test_a_later_item_headed_with_the_matter_is_a_candidate(monkeypatch):
    meetings, rows, vecs = _rows()
    rows.append(ActRow("s6", "i6", "m2", "information", "The contractor's figures were noted.",
                       item_title="Roof repair"))
    vecs = _under_its_heading(vecs, 0.65)
    weights = dict(CONFIG["tracker_weights"], heading=0.0)
    monkeypatch.setitem(CONFIG, "tracker_weights", weights)
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert out["s1"].followups == []  # no shared word in its text: not even scored
    monkeypatch.setitem(CONFIG, "tracker_weights", dict(weights, heading=0.5))
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert out["s1"].followup_statement_ids == ["s6"]
    # a heading of common words only (said in most statements) is no cue
    rows[6].item_title = "Members"
    for r in rows[:6]:
        r.text += " Members were present."
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert out["s1"].followups == []


@pytest.mark.parametrize("title, is_procedural", [
    ("Opening remarks", True), ("Chair's welcome", True), ("1. Welcome and apologies", True),
    ("Date of next meeting", True),
    ("Opening Hours Protocol", False), ("Additional Opening Hours Policy", False),
    ("Matters arising", False)])
def test_procedural_headings(title, is_procedural):
    assert procedural(title) is is_procedural


def test_owner_summary_counts_open_and_unreported():
    rows = [{"owner": "AB", "status": "lost", "age_days": 100},
            {"owner": "AB", "status": "open", "age_days": 30},
            {"owner": "AB", "status": "in_progress", "age_days": 60},
            {"owner": "CD", "status": "done", "age_days": 10},
            {"owner": "", "status": "lost", "age_days": 5}]
    by = {r["owner"]: r for r in owner_summary(rows)}
    assert by["AB"] == {"owner": "AB", "open": 2, "lost": 1, "done": 0, "cancelled": 0,
                        "total": 3, "oldest_open_days": 60}
    assert by["(no owner)"]["lost"] == 1 and by["CD"]["done"] == 1
    assert owner_summary(rows)[0]["owner"] == "AB"


# ---- store and command line --------------------------------------------------------------------
@pytest.fixture
def tracked_db(tmp_path):
    """A store with two meetings and the tracker derived from hand-made vectors (no model)."""
    from pipeline.records import Document, Item, Meeting, Statement
    from pipeline.store import Store
    meetings, rows, vecs = _rows()
    store = Store(tmp_path / "t.db")
    doc = Document(path="board.md", sha256="b" * 64, pages=1, kind="text")
    ms = []
    for m in meetings:
        items = []
        for k, r in enumerate(rows):
            if r.meeting_id == m.id:
                item = Item(id=r.item_id, meeting_id=m.id, number="1", title="Matters",
                            page_start=1, page_end=1)
                item.statements = [Statement(id=r.id, item_id=r.item_id, type=r.type,
                                             text=r.text, page=1, owner=r.owner, seq=k)]
                items.append(item)
        ms.append(Meeting(id=m.id, body=m.body, date=m.date, title="Board",
                          source_file="board.md", sha256=doc.sha256, pages=1, items=items))
    store.save_document(doc, ms)
    store.replace_derived([], [], [], {}, track(meetings, rows, vecs, {}))
    yield store
    store.close()


def test_store_keeps_the_tracker_with_its_statement(tracked_db):
    rows = {r["statement_id"]: r for r in tracked_db.tracker()}
    assert rows["s0"]["status"] == "done" and rows["s0"]["followup_statement_ids"] == ["s2"]
    assert rows["s0"]["text"].startswith("AB to circulate") and rows["s0"]["page"] == 1
    assert rows["s0"]["followups"][0]["report"] == "done"
    assert [r["statement_id"] for r in tracked_db.tracker(status="lost")] == ["s1"]
    assert tracked_db.tracker(owner="CD")[0]["statement_id"] == "s1"
    tracked_db.replace_derived([], [], [], {})  # derived records are replaced together
    assert tracked_db.tracker() == []


def test_export_carries_the_tracker(tracked_db):
    from pipeline.export import export_json
    out = {r["statement_id"]: r for r in export_json(tracked_db)["tracker"]}
    assert out["s0"]["status"] == "done" and out["s0"]["followup_statement_ids"] == ["s2"]
    assert out["s1"]["status"] == "lost" and out["s1"]["age_days"] == 121


def test_cli_tracker_table_csv_and_owners(tracked_db, capsys):
    from pipeline.cli import main
    db = tracked_db.path
    assert main(["--db", db, "tracker", "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by = {r["statement_id"]: r for r in rows}
    assert by["s0"]["status"] == "done" and json.loads(by["s0"]["followup_statement_ids"]) == ["s2"]
    assert by["s1"]["status"] == "lost" and by["s1"]["age_days"] == "121"
    assert main(["--db", db, "tracker", "--status", "lost"]) == 0
    table = capsys.readouterr().out
    assert "CD to obtain three quotes" in table and "AB to circulate" not in table
    assert main(["--db", db, "tracker", "--owners", "--format", "json"]) == 0
    owners = {r["owner"]: r for r in json.loads(capsys.readouterr().out)}
    assert owners["CD"]["lost"] == 1 and owners["AB"]["done"] == 1
    assert main(["--db", db, "tracker", "--min-age", "1000"]) == 0
    assert "(none)" in capsys.readouterr().out


@pytest.mark.parametrize("title, reporting", [
    ("Matters arising", True), ("Minutes of 19 December 2012", True),
    ("4. Minutes of 29th May 2013", True), ("Minutes of the meeting held on 3 March 2014", True),
    ("Library opening hours", False), ("Approval of minutes", False)])
def test_report_back_headings(title, reporting):
    from pipeline.tracker import _report_heading
    row = ActRow("s", "i", "m", "information", "The revised hours are in place.",
                 item_title=title)
    assert _report_heading(row) is reporting


def test_two_copies_of_one_meeting_count_once():
    meetings, rows, vecs = _rows()
    # the only later meeting, stored twice (a draft beside the approved minutes)
    meetings = meetings[:2] + [MeetingRow("m2-draft", "Board", "2020-02-01", 2)]
    rows = [r for r in rows if r.meeting_id in ("m1", "m2")]
    out = {a.statement_id: a for a in track(meetings, rows, vecs[:len(rows)], {})}
    # one later meeting: the unreported action is still open, not lost
    assert out["s1"].later_meetings == 1 and out["s1"].status == "open"
    assert out["s0"].followup_statement_ids == ["s2"]


def test_fit_gives_weights_relative_to_the_cosine_and_a_threshold():
    from pipeline.fit_tracker import fit
    rng = np.random.default_rng(3)
    n = 600
    cos = rng.uniform(0.1, 0.9, n)
    thread = rng.integers(0, 2, n).astype(float)
    noise = rng.integers(0, 2, n).astype(float)
    y = cos + 0.3 * thread + rng.normal(0, 0.05, n) > 0.9
    out = fit(["cos", "thread", "noise"], np.column_stack([cos, thread, noise]), y)
    # the thread signal is worth about 0.3 of cosine; the noise about nothing
    assert 0.2 < out["weights"]["thread"] < 0.4 and abs(out["weights"]["noise"]) < 0.1
    assert 0.75 < out["threshold"] < 1.05 and out["pair_f1"] > 0.8


@pytest.mark.parametrize("text, obj", [
    ("ACTION: Democratic Services Officer to arrange a training session for members on "
     "development viability appraisals.", {"train", "sessi"}),
    ("County Attorney Whitfield will draft a policy on the personal use of county vehicles.",
     {"polic"}),
    ("Staff was directed to count on-street parking in the Old Mill neighborhood.",
     {"on-st", "parki"}),
    ("The Board directed County Administrator Greer to obtain quotes for security cameras.",
     {"quote"}),
    ("Paulette will send out a more detailed description to members.", {"detai", "descr"}),
    # a label before the task is no part of its holder
    ("Direction: the Director of Public Works to investigate the drainage complaint at 27 Mill "
     "Street.", {"drain", "compl"}),
    # a name after "to" is no task verb; no object read
    ("Members were informed that the extension to Station Road would not now be designated.",
     set()),
    # prose not written as a task: no object read (nothing to judge a follow-up by)
    ("It will be important to get significant volunteer help to remove the slash.", set()),
    ("The utilities committee offers to provide an overview of the existing infrastructure.",
     set()),
    ("Mary Ann reported that the policy updates have been drafted and will provide same.", set()),
])
def test_subject_reads_the_object_of_the_task(text, obj):
    assert set(Subject.of(_act(text=text)).object) == obj


@pytest.mark.parametrize("action, later, named", [
    ("AB to review the local validation checklist for householder applications.",
     "work on the review of the householder validation checklist had begun", True),
    ("AB to prepare a plain-language guide for landowners.",
     "the guide was being written and would be ready in August", True),
    ("AB to count on-street parking in the Old Mill neighborhood.",
     "a revised draft adds a residential permit parking program for the Old Mill streets, to "
     "start whenever on-street occupancy exceeds 85 percent", False),
    ("AB to arrange a training session for members on development viability appraisals.",
     "the applicant had submitted a viability appraisal, independently reviewed", False),
    ("AB to obtain quotes for security cameras.", "three quotes had been received", True),
    # no object read: not judged here
    ("AB to be brought back to the next meeting.", "anything at all", True),
])
def test_a_followup_names_the_object(action, later, named):
    assert Subject.of(_act(text=action)).named_in(content_words(later), later) is named


def _planning_rows(cos: float):
    """An action and, at the next meeting, a statement sharing one rare word of its topic but
    not its object (a training session), at cosine `cos` to it."""
    meetings = [MeetingRow(f"m{k}", "Committee", f"2025-0{k}-01", k) for k in range(1, 5)]
    texts = [
        ("m1", "action", "ACTION: Democratic Services Officer to arrange a training session for "
                         "members on development viability appraisals.", ""),
        ("m2", "information", "The Head of Planning reported that the applicant had submitted a "
                              "viability appraisal, which had been independently reviewed.", ""),
        ("m2", "proposal", "The Democratic Services Officer presented the application.", ""),
        ("m2", "decision", "It was proposed by Cllr Kemp and seconded by Cllr Harper that the "
                           "training session be approved.", ""),
    ]
    rows = [ActRow(f"s{k}", f"i{k}", m, t, text, owner=o, item_title="Planning applications")
            for k, (m, t, text, o) in enumerate(texts)]
    rng = np.random.default_rng(3)
    vecs = rng.normal(size=(len(rows), 16)).astype(np.float32)
    vecs[0] /= np.linalg.norm(vecs[0])
    for j in range(1, len(rows)):
        other = vecs[j] - (vecs[j] @ vecs[0]) * vecs[0]
        other /= np.linalg.norm(other)
        vecs[j] = cos * vecs[0] + (1 - cos ** 2) ** 0.5 * other
    return meetings, rows, vecs


def test_one_shared_rare_word_is_no_report_on_the_action():
    meetings, rows, vecs = _planning_rows(0.45)
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {}, trace)}
    assert out["s0"].followups == [] and out["s0"].status == "lost"
    assert trace[(0, 1)][3] == "not about the action's object"
    # the owner presenting an application, and a motion formula, are no report-backs
    assert trace[(0, 2)][3] == trace[(0, 3)][3] == "motion, presentation or correction formula"
    # as close as a restatement, the same statement is one
    meetings, rows, vecs = _planning_rows(CONFIG["tracker_subject_min_cosine"] + 0.1)
    trace = {}
    track(meetings, rows, vecs, {}, trace)
    assert trace[(0, 1)][3] != "not about the action's object"


@pytest.mark.parametrize("text, kind", [
    ("It was proposed by Cllr Desai and seconded by Cllr Ellison that the recommendation be "
     "approved.", ""),
    ("It was proposed by Cllr Brannigan and seconded by Cllr Gale that the officer "
     "recommendation be approved.", ""),
    ("RESOLVED that planning permission be granted in accordance with the officer "
     "recommendation.", ""),
    ("RESOLVED to recommend to Council that the fees be increased.", "recommendation"),
    ("RESOLVED that the Committee's recommendation to Cabinet be approved.", "recommendation"),
])
def test_approving_the_officer_recommendation_is_no_recommendation(text, kind):
    assert tracked_kind(_act("decision", text)) == kind


@pytest.mark.parametrize("text, kind", [
    ("The Head of Planning reported that work on the review of the householder validation "
     "checklist had begun.", "in_progress"),
    ("The first count had been taken in May and the second count would be made six months "
     "after adoption.", "in_progress"),
    ("Members thanked the Catchment Manager for the field trip around Lake Kotare.", "done"),
    # thanks for work or a letter say nothing of the task's end
    ("The Vice Chair thanked her for a superb piece of work on the paper.", ""),
    ("The Commissioner was thanked for the very prompt response received to the letter.", ""),
])
def test_report_kind_reads_stages_and_thanks(text, kind):
    assert report_kind(text) == kind


@pytest.mark.parametrize("text, kind", [
    # waiting on someone, a follow-up chased, the next step of the work: still in progress
    ("We are waiting on the final survey report from the engineer.", "in_progress"),
    ("The Secretary has followed up with a second letter to the county.", "in_progress"),
    ("The next step is to seal the cracks along the north path.", "in_progress"),
    # done in a plain past tense
    ("Two litter picks have been accomplished so far this spring.", "done"),
    ("The committee recently distributed the draft parking rules to all residents.", "done"),
    ("Serviced the mower and stored it for the winter.", "done"),
    ("The Treasurer met with the auditor to go through the accounts.", "done"),
    # … not a meeting to come or a wish
    ("The Treasurer will meet the auditor in June.", ""),
    ("We are hoping to plant more trees along the lane.", ""),
])
def test_report_kind_reads_waiting_next_steps_and_plain_past(text, kind):
    assert report_kind(text) == kind


@pytest.mark.parametrize("text, tracked", [
    # a motion put in the minutes' own words sets a task; a motion on the minutes does not
    ("Jo Bell motioned to move the notice board to the car park gate.", True),
    ("Jo Bell motioned to approve the minutes of the March meeting.", False),
    # a review or paper expected at a later meeting
    ("A revised budget is expected at the next Finance Committee meeting.", True),
    ("Rainfall is expected to be low this summer.", False),
    # a request put to members or residents in the minutes
    ("Residents, please send your comments on the draft rules to the Secretary.", True),
    ("Please note that the hall is closed in August.", False),
])
def test_motions_and_expected_papers_are_tasks(text, tracked):
    assert bool(tracked_kind(_act("information", text))) is tracked


@pytest.mark.parametrize("action, later, named", [
    ("The Clerk to obtain written confirmation from the County Council of how a scheme would be "
     "enforced.", "the County Council had confirmed in writing that it would enforce the scheme",
     True),
    ("AB to count on-street parking in the Old Mill neighborhood.",
     "the draft adds a permit parking program for the Old Mill streets", False),
])
def test_the_head_noun_names_the_object_where_it_heads_a_phrase(action, later, named):
    assert Subject.of(_act(text=action)).named_in(content_words(later), later) is named


def test_a_correction_to_earlier_minutes_is_no_report_back():
    meetings, rows, vecs = _rows()
    rows[2].text = ("Item 6 - the last line should read: AB to circulate the draft parking survey "
                    "to members.")
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {}, trace)}
    assert "s2" not in out["s0"].followup_statement_ids
    assert trace[(0, 2)][3] == "motion, presentation or correction formula"



def _roof_followup(rows, vecs, text: str, type_: str = "information", cos: float = 0.5,
                   speaker: str = ""):
    """Rows and vectors with a later statement in the thread of action s1 (the roof quotes) at
    meeting m2, at cosine `cos` to it; threads of the two items."""
    rows = rows + [ActRow("s6", "i6", "m2", type_, text, seq=2, speaker=speaker,
                          item_title="Roof")]
    return rows, _under_its_heading(vecs, cos), {"i1": "t-roof", "i6": "t-roof"}


def test_a_stance_without_report_wording_is_no_followup():
    meetings, rows, vecs = _rows()
    text = "Cr Ellis supported the roof repair, saying that the quotes were long overdue."
    assert report_kind(text) == ""
    as_info = _roof_followup(rows, vecs, text)
    out = {a.statement_id: a for a in track(meetings, *as_info)}
    assert out["s1"].followup_statement_ids == ["s6"]  # the same words as plain information
    for stance in ("argument_for", "objection"):
        trace: dict = {}
        out = {a.statement_id: a for a in track(meetings, *_roof_followup(
            rows, vecs, text, stance), trace=trace)}
        assert out["s1"].followups == [] and out["s1"].status == "lost"
        assert trace[(1, 6)][3] == "a stance (objection, support)"
    # a stance that says what became of the task still reports on it
    done = "Cr Ellis objected that the three roof repair quotes had been obtained too late."
    assert report_kind(done) == "done"
    out = {a.statement_id: a for a in track(meetings, *_roof_followup(
        rows, vecs, done, "objection", cos=0.6))}
    assert out["s1"].followup_statement_ids == ["s6"]


def test_a_reply_to_a_question_about_another_matter_is_no_followup():
    meetings, rows, vecs = _rows()
    reply = "The Treasurer replied that three roof repair quotes were on the table."
    rows2, vecs2, threads = _roof_followup(rows, vecs, reply)
    question = ActRow("s7", "i6", "m2", "question", "Cr Ellis asked whether the car park would "
                      "be resurfaced.", seq=1, item_title="Roof")
    rng = np.random.default_rng(3)
    q = rng.normal(size=16).astype(np.float32)
    q -= (q @ vecs2[1]) * vecs2[1]  # a question about something else: cosine 0 to the action
    q /= np.linalg.norm(q)
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, rows2 + [question],
                                            np.vstack([vecs2, q]), threads, trace)}
    assert out["s1"].followups == []
    assert trace[(1, 6)][3] == "a reply to a question about another matter"
    # asked about the roof quotes, the same reply is a report on them
    q_roof = 0.8 * vecs2[1] + 0.6 * q
    out = {a.statement_id: a for a in track(meetings, rows2 + [question],
                                            np.vstack([vecs2, q_roof]), threads)}
    assert out["s1"].followup_statement_ids == ["s6"]
    # with no question before it, a reply is judged as any statement
    out = {a.statement_id: a for a in track(meetings, rows2, vecs2, threads)}
    assert out["s1"].followup_statement_ids == ["s6"]


def test_sharing_only_the_owners_name_is_sharing_nothing():
    meetings, rows, vecs = _rows()
    rows[1].text = "Superintendent Marsh to obtain three quotes for the roof repair."
    rows[1].owner = "Superintendent Marsh"
    line = "Superintendent Marsh presented the transition plan."
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, *_roof_followup(rows, vecs, line, cos=0.6),
                                            trace=trace)}
    assert out["s1"].followups == []
    assert trace[(1, 6)][3] == "no shared content word"
    # the same line naming the roof shares the matter
    named = "Superintendent Marsh presented the roof repair quotes."
    out = {a.statement_id: a for a in track(meetings, *_roof_followup(rows, vecs, named, cos=0.6))}
    assert out["s1"].followup_statement_ids == ["s6"]


def test_a_faint_line_of_the_actions_thread_is_no_followup():
    meetings, rows, vecs = _rows()
    text = "Roof repair: three quotes are on the table for the members."
    floor = CONFIG["tracker_min_cosine_thread"]
    out = {a.statement_id: a for a in track(meetings, *_roof_followup(rows, vecs, text,
                                                                      cos=floor + 0.15))}
    assert out["s1"].followup_statement_ids == ["s6"]
    trace: dict = {}
    out = {a.statement_id: a for a in track(meetings, *_roof_followup(rows, vecs, text,
                                                                      cos=floor - 0.03),
                                            trace=trace)}
    assert out["s1"].followups == [] and trace[(1, 6)][3] == "below min cosine"
    # the faint line clears the floor of other reporting places: the thread floor drops it
    assert floor - 0.03 >= CONFIG["tracker_min_cosine_reporting"]


@pytest.mark.parametrize("text, kind", [
    # a task listed to do is no report that it was done; "complete" said of the work is
    ("Upcoming tasks: Complete the fence repair at the north gate.", ""),
    ("The fence repair at the north gate is now complete.", "done"),
    ("The plumber came back and the job took two days to complete.", "done"),
    # papers or figures laid before the meeting
    ("The Treasurer tabled figures showing the hall bookings for the year.", "done"),
    ("The Treasurer presented to the meeting on the hall bookings.", ""),
    # nothing was taken or made, work still to happen, handed on and awaiting a reply
    ("No decision was taken on the date of the open day.", "in_progress"),
    ("The cut branches have been stacked and will be chipped once the ground dries.",
     "in_progress"),
    ("We will be planting the hedge along the lane as soon as the frost lifts.", "in_progress"),
    ("The boundary query has been transferred to the Parish Council.", "in_progress"),
    ("The Clerk has passed the revised lease to the landlord for reply.", "in_progress"),
])
def test_report_kind_reads_tasks_to_come_and_matters_handed_on(text, kind):
    assert report_kind(text) == kind


def test_a_task_to_begin_something_is_done_once_reported_on():
    # "Begin planning the budget" followed by "Finalize the budget" (carried on): it was begun
    later = [_fu("m2", "2020-02-01", "in_progress")]
    assert status_of(later, 5, "", "2020-12-01", begin=True)[0] == "done"
    assert status_of([_fu("m2", "2020-02-01", "")], 5, "", "2020-12-01", begin=True)[0] == "done"
    assert status_of(later, 5, "", "2020-12-01")[0] == "in_progress"
    # … cancelled stays cancelled, and never reported on is still lost
    assert status_of([_fu("m2", "2020-02-01", "cancelled")], 5, "", "2020-12-01",
                     begin=True)[0] == "cancelled"
    assert status_of([], 5, "", "2020-12-01", begin=True)[0] == "lost"


@pytest.mark.parametrize("text, begin", [
    ("• Begin planning the summer picnic (Social committee)", True),
    ("Hall booking preparation begins (Secretary)", True),
    # a plan to begin later, or a start date, sets no task to begin
    ("We will begin drafting the plan once the survey is back.", False),
    ("Start date for the contractor is 3 June.", False),
])
def test_tasks_worded_to_begin_something(text, begin):
    from pipeline.tracker import _lexicon
    assert bool(_lexicon()["begin"].search(text)) == begin


@pytest.mark.parametrize("type_, text, kind", [
    # a need or a request for help put to members, a matter still without a date, a piece of
    # work now beginning, something agreed that someone could do: each waits for a report
    ("information", "We still have no date set for the hall floor to be sanded.", "action"),
    ("information", "We need 2 more volunteers to staff the summer fair.", "action"),
    ("information", "The Secretary could use help with the newsletter mailing.", "action"),
    ("information", "Would the Garden Committee be willing to run a seed swap?", "action"),
    ("information", "A review of the hire charges is beginning next month.", "action"),
    ("decision", "It was agreed that new members could shadow a trustee for a month.", "action"),
    # … not a date already set, a need met or work begun long ago
    ("information", "The hall floor was sanded in June.", ""),
    ("information", "We have enough volunteers for the summer fair.", ""),
])
def test_tracked_kind_reads_needs_and_requests_for_help(type_, text, kind):
    assert tracked_kind(_act(type_, text, item_title="Old Business")) == kind


def _same_matter():
    """A task (m1), its restatement at the next meeting (m2, tracked for its own wording, close
    to the task) and a report at m3 that fits the restatement best."""
    meetings = [MeetingRow(f"m{k}", "Board", f"2020-0{k}-01", k) for k in range(1, 6)]
    texts = [("m1", "action", "AB to circulate the draft parking survey to members."),
             ("m2", "information", "AB will circulate the parking survey to members soon."),
             ("m3", "information", "AB reported that the parking survey had been circulated."),
             ("m1", "action", "CD to obtain three quotes for the roof repair."),
             ("m2", "information", "The treasurer presented the accounts."),
             ("m3", "information", "The library opening hours were discussed."),
             ("m4", "information", "The grant application was discussed at length."),
             ("m4", "information", "Members noted the minutes of the village hall committee.")]
    rows = [ActRow(f"s{k}", f"i{k}", m, t, text, owner="AB" if k < 3 else "",
                   item_title="Matters") for k, (m, t, text) in enumerate(texts)]
    q, _ = np.linalg.qr(np.random.default_rng(3).normal(size=(16, len(rows))))
    u, o1, o2 = q.T[:3]  # orthonormal: the task, and two other directions
    vecs = q.T.copy()  # every other statement apart from the rest
    vecs[1] = 0.8 * u + 0.6 * o1  # the restatement: cosine 0.8 with the task
    vecs[2] = 0.5 * u + 0.8 * o1 + 0.11 ** 0.5 * o2  # the report: 0.88 with it, 0.5 with the task
    return meetings, rows, vecs.astype(np.float32)


def test_a_report_on_the_matter_reports_on_each_of_its_tasks(monkeypatch):
    meetings, rows, vecs = _same_matter()
    monkeypatch.setitem(CONFIG, "tracker_same_matter_cosine", 2.0)  # off
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert "s2" in out["s1"].followup_statement_ids  # the restatement fits the report best
    assert "s2" not in out["s0"].followup_statement_ids  # … and takes it from the task
    monkeypatch.setitem(CONFIG, "tracker_same_matter_cosine", 0.6)
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert "s2" in out["s0"].followup_statement_ids and out["s0"].status == "done"
    assert "s2" in out["s1"].followup_statement_ids
    assert out["s3"].followups == []  # the roof quotes, another matter, are not reported on
    # actions less similar than the figure (0.8 here) do not keep it
    monkeypatch.setitem(CONFIG, "tracker_same_matter_cosine", 0.85)
    out = {a.statement_id: a for a in track(meetings, rows, vecs, {})}
    assert "s2" not in out["s0"].followup_statement_ids


@pytest.mark.parametrize("text, obj", [
    # the head noun's complement after "of" is what the task is about
    ("Staff was directed to mail notices of the PFAS detections to all customers in the zone.",
     {"notic", "pfas", "detec"}),
    ("Parish Clerk to send copies of the draft byelaws to allotment holders.",
     {"copie", "draft", "byela"}),
    # a name after "of" says where (the item's matter), not what was made
    ("Lands Manager to complete the environmental review of Eagle Ridge with the ministry.",
     {"envir", "revie"}),
])
def test_subject_reads_the_complement_of_its_head_noun(text, obj):
    subject = Subject.of(_act(text=text))
    assert set(subject.object | subject.about) == obj


@pytest.mark.parametrize("action, later, named", [
    ("Parish Clerk to send copies of the draft byelaws to allotment holders.",
     "the draft byelaws had been emailed to every plot holder", True),
    ("Staff was directed to mail notices of the PFAS detections to all customers.",
     "letters explaining the PFAS results had been sent first-class", True),
    ("Staff was directed to mail notices of the PFAS detections to all customers.",
     "the reservoir cover had been replaced", False),
    # a one-word complement is the matter itself: a later line on it names no task's object
    ("AB to obtain an engineer's assessment of the roof.",
     "the roof leak had been patched", False),
])
def test_a_followup_may_name_the_complement_of_the_object(action, later, named):
    assert Subject.of(_act(text=action)).named_in(content_words(later), later) is named


@pytest.mark.parametrize("text, kind", [
    # someone else's lasting wish is no progress on the task; "had all been phoned" is done
    ("The Housing Officer reported that the 30 tenants on the list had all been phoned and 25 "
     "of them still wished to move.", "done"),
    ("Residents still want the footpath reopened.", ""),
    ("The quotation was still awaited.", "in_progress"),
    ("The invoices have both been paid.", "done"),
])
def test_report_kind_reads_lasting_wishes_and_all_done(text, kind):
    assert report_kind(text) == kind
