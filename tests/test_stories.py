"""Planted stories: bodies over three or four meetings, read through the JSON export.

Each folder under tests/scenarios/stories/ holds the minutes of one body (plain text, in the style
of its country and kind of body) and expected.json, written by hand with the minutes and before
the pipeline was run on them. Each planted item is one test, so a miss names the item:

- dropped: an objection never answered nor raised again while its matter goes on is reported as a
  dropped objection (its quote is in a dropped_objection finding);
- not_dropped: an objection answered at its meeting in other words, or raised again later in
  paraphrase, is in no dropped_objection finding;
- reversal: a decision later reported as stopped, shelved or no longer pursued, with no recorded
  decision to change it, is an undocumented reversal quoting the later statement;
- not_reversal: a decision rescinded by a recorded resolution is in no undocumented_reversal, and
  the rescission is read as a recorded change;
- threads: the matter's items, headed differently at each meeting, are one thread, and an unrelated
  item with similar words is not in it;
- tracker (where expected.json has it): an action's status in the export's tracker (done or
  in_progress when reported so later in other words, lost when never mentioned again), and the
  report-back statement among its followups;
- votes (where expected.json has it): the recorded vote on a decision (linked to the decision's
  statement, or to the result line after it with the decision as its motion), its result, ayes
  and noes, and the members recorded as voting against;
- pros_cons (where expected.json has it): the arguments for and the objections on one decision are
  in its thread's record (export "threads": "pros" / "cons"), on their side, each with its speaker;
- drift (where expected.json has it): the thread's timeline names the members who joined and left
  at each listed meeting (against the thread's meeting before), counts a new argument at the
  meeting it was first made, and a drift finding is reported on the thread;
- must_not (where expected.json has it): decoys a reader would not report, each with the finding
  kind it must stay out of: an objection answered later in the item, at the next meeting in other
  words, or raised again and answered; a deferral then an approval; one by-law or ordinance at its
  successive readings; a recorded amendment or rescission. The decoy is in the minutes (a statement
  holds it) and no finding of that kind quotes it.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow
STORIES = Path(__file__).resolve().parent / "scenarios" / "stories"
NAMES = sorted(p.name for p in STORIES.iterdir() if (p / "expected.json").is_file())
# planted items the pipeline still misses: (scenario, check, index) -> reason
XFAIL: dict[tuple[str, str, int], str] = {
    ("ashcombe_np", "dropped", 0):
        "Mr Fenwick's January fear that the Diocese would sell Glebe Field on is settled in February "
        "by the motion to allocate Glebe Field, debated and then lost: a formal motion debated before "
        "its result now takes the result's type (classify_join.debated_motions), so the body's "
        "rejection names Glebe Field and reads as upholding his point ('answered'), though the same "
        "meeting keeps Glebe Field in reserve and nobody takes up the sale-on fear",
    ("brackenbury_homes", "not_dropped", 0):
        "Mr Adeyemi's February fear is reported dropped: its May answer ('households who wished "
        "to stay together would be offered homes next to each other') is in the matter's thread "
        "now, but shares no object word with the fear (cosine 0.34), so it is read as no answer",
    ("brackenbury_homes", "must_not", 0):
        "the decoy of not_dropped-0: Mr Adeyemi's fear, answered in May in other words",
    ("brackenbury_homes", "tracker", 0):
        "the March 'opening-up works had been carried out in ten homes at Alder Court' (cosine "
        "0.37 with 'commission intrusive investigations of the concrete panels in ten flats', "
        "under Matters arising) names none of the object's words: the object rule stops it, "
        "and past it its score (0.84) is under tracker_threshold 0.87",
    ("tillicum_bay_port", "threads", 0):
        "the April item 'Cruise Berth Electrification: Federal Grant and Local Match' (mostly "
        "grant, loan and match) stays a thread of its own: content cosine 0.63 / 0.69 / 0.59 "
        "with the February, June and August items (link score 0.43-0.47), under the "
        "mutual-closest rule's 0.66 for two of them and the thread merge's 0.68",
    ("tillicum_bay_port", "drift", 0):
        "April is no meeting of the thread (the April item apart, see threads-0)",
    ("tillicum_bay_port", "reversal", 0):
        "the April decision declining the State Infrastructure Bank loan is in the April item's "
        "thread of its own (see threads-0), so no later position of the shore power thread is "
        "compared with it; the August 'loan … had been signed' now reads as going ahead",
    ("tillicum_bay_port", "not_dropped", 0):
        "Commissioner Delgado's February doubt on the feeder's capacity is answered in April "
        "under the item kept apart (see threads-0): no later item of its thread answers it",
    ("tillicum_bay_port", "must_not", 0):
        "the decoy of not_dropped-0: Delgado's doubt, answered in April under the item apart",
    ("tillicum_bay_port", "dropped", 0):
        "Linda Pettersen, for the Fishermen's Association, is a public speaker: her objection "
        "(now typed objection) is settled by the Commission's decision on the item "
        "(finding_match.decided_after_public_comment: the body answers public comment by "
        "deciding), though the decision says nothing of barges or the fuel dock",
    ("kettle_river_rd", "reversal", 0):
        "the February resolution approves the Westbench site and drops Copper Flats in one "
        "motion ('the Copper Flats site no longer be considered'): neither half stops the matter "
        "(stops_matter), and the June 'site plan was now being prepared for Copper Flats' is no "
        "reported state (_reported_state); reading it needs the dropped option's own words "
        "compared with what goes ahead, not the matter's",
    ("kettle_river_rd", "tracker", 0):
        "the April 'Chief Financial Officer presented a comparison of interim financing … "
        "long-term borrowing' shares only 'financing' with 'report … on options for financing the "
        "capital cost': cosine 0.39, score 0.59 under tracker_threshold 0.87, though it is in "
        "the task's thread at the meeting it was due for",
    ("cambrook_bog", "dropped", 0):
        "'Governor Dubois questioned whether SaskPower's grid could deliver the extra electrical "
        "load …' is typed objection, but the June reply 'the heat pumps were sized for the "
        "coldest day expected in thirty years' (to Governor Lindqvist's cold-snap question) is "
        "linked as its answer, so its status is answered",
    ("sahyadri_chs", "dropped", 0):
        "'pointed out that the troop of monkeys … would pull at the cables … and that the society "
        "had no way of keeping them off' is typed objection, but the May reply 'the common "
        "electricity bill … had come down by 58 per cent' (to the question on the payback) is "
        "linked as its answer, so its status is answered",
    ("cambrook_bog", "tracker", 0):
        "the June 'two governors appointed this spring had completed a half-day workshop … on the "
        "fiduciary responsibilities of board members' (under the Governance and Nominating "
        "Committee's report) names none of the object's words ('orientation session on the legal "
        "duties of governors'): the object rule stops it (cosine 0.50), under tracker_threshold "
        "0.87 past it",
    ("te_awaroa_trust", "tracker", 0):
        "the July 'ground testing carried out at Pukerimu in April had found the soil firm enough "
        "for standard house foundations' (inside the Chief Executive's Report) names 'Pukerimu' "
        "but not the object ('a geotechnical report'): the object rule stops it (cosine 0.46), "
        "under tracker_threshold 0.87 past it",
    ("prairie_sky_rec", "not_dropped", 0):
        "'Trustee Ruiz pointed out that the Hanston site lay in the flood plain of Pawnee Creek …' "
        "is typed information (a fact pointed out, no word against the proposal): objection typing",
    ("prairie_sky_rec", "tracker", 0):
        "the May 'transmission provider's load-flow analysis for tying the solar array into the "
        "Hanston substation had come back …' (under the Engineering Report) names none of the "
        "object's words ('an interconnection study'): the object rule stops it (cosine 0.41)",
    ("prairie_sky_rec", "tracker", 1):
        "the May 'about 900 of the 4,200 survey cards mailed in April had come back' is not about "
        "the object 'a survey card' for the object rule: 'cards' and 'card' are two 5-letter "
        "stems; a plural -s dropped from short words passes it but costs the Suffolk gold a link "
        "(eval_tracker F1 0.344 → 0.329; Falls Creek 0.359 → 0.365), so it was left out",
    ("yallunda_plains_arc", "dropped", 0):
        "follows threads-0: the February outsourcing item is a thread of its own, so the matter "
        "does not go on in its thread and Cr Pahl's cost doubt is open, not dropped",
    ("yallunda_plains_arc", "not_dropped", 0):
        "Ms Raman's 'pointed out that finance staff would lose hours to the auditors in July and "
        "August …' is typed argument_for: objection typing",
    ("yallunda_plains_arc", "reversal", 0):
        "the resolution line 'ARC 08/25 That the Committee recommends to Council that the Karoonda "
        "Road fuel' is read as an item heading (the resolution number taken for an item number), "
        "so the resolution is cut over two statements and no statement holds it (segmentation); "
        "the August 'so that the tanks could stay in use' is also conditional wording "
        "(finding_text._NOT_SO) that reports_going_ahead does not read",
    ("yallunda_plains_arc", "threads", 0):
        "the three items stay apart: February-May link score 0.54 (content 0.61) and May-August "
        "0.59 (content 0.76) under link_threshold 0.60; the mutual-closest rule needs a rare "
        "heading word of one in the other, and 'internal' shares the 5-letter stem 'inter' with "
        "'interim' ('External Audit – Interim Management Letter') while 'audit' is in most items; "
        "the August plan joins the May 'External Audit Plan 2024-25' (score 0.60)",
    ("yallunda_plains_arc", "tracker", 0):
        "the August 'an outside firm had tried for five days in June to break into the Council's "
        "network …' (under the Information Technology Report) names none of the object's words "
        "('an independent penetration test'): the object rule stops it (cosine 0.45)",
    ("yallunda_plains_arc", "pros_cons", 0):
        "Cr Kuerschner's 'argued that none of Murray Assurance's present clients were councils …' "
        "is typed information, so it is none of the thread's cons: objection typing",
    ("elmstead_learning_trust", "not_dropped", 0):
        "Mr Hale's 'said that Brook Lane's in-year deficit of £180,000 would end up being carried "
        "by the reserves …' is typed decision ('carried' read as a motion's result): objection "
        "typing",
    ("elmstead_learning_trust", "reversal", 0):
        "'Resolved: That the Trust withdraw its minibus service …' is now an approved decision, "
        "but no reversal is reported: a resolution's subjunctive ('That the Trust withdraw') is "
        "no stopping wording of finding_text._STOPS (which reads 'to/would/will withdraw'), and "
        "with that read the June 'minibuses, which would keep running …' is still not paired "
        "with it (reversal finding)",
    ("elmstead_learning_trust", "pros_cons", 0):
        "Revd Oduya's 'spoke for the transfer, saying that Brook Lane's children had had four "
        "headteachers …' is typed information, so it is none of the thread's pros: objection "
        "typing (stance)",
}


def _words(t: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", t.lower())


def _has(text: str, quote: str) -> bool:
    words = set(_words(text))
    want = _words(quote)
    return sum(w in words for w in want) / len(want) >= 0.8


def _expected(name: str) -> dict:
    return json.loads((STORIES / name / "expected.json").read_text(encoding="utf-8"))


_EXPORTS: dict[str, dict] = {}


@pytest.fixture(scope="module")
def export(tmp_path_factory):
    def get(name: str) -> dict:
        if name not in _EXPORTS:
            from pipeline.export import export_json
            from pipeline.ingest import IngestOptions, ingest
            from pipeline.store import Store
            store = Store(tmp_path_factory.mktemp(name) / "s.db")
            report = ingest([str(STORIES / name)], store, IngestOptions(workers=1))
            n = len(_expected(name)["dates"])
            assert report.count("stored") == n, report.summary()
            _EXPORTS[name] = export_json(store)
            store.close()
        return _EXPORTS[name]
    return get


# bodies whose members present are not all read (or read with others who were not there)
ATTENDANCE_XFAIL: dict[str, str] = {
    "yallunda_plains_arc":
        "'Presiding Member: Mr Graham Telfer (Independent Member)' on its own line under "
        "'PRESENT:' is not read as an attendee (the 'Members:' line after it is): attendance "
        "segmentation",
}


@pytest.mark.parametrize("name", [
    pytest.param(n, marks=[pytest.mark.xfail(reason=ATTENDANCE_XFAIL[n], strict=True)]
                 if n in ATTENDANCE_XFAIL else []) for n in NAMES])
def test_members_present_change_between_meetings(export, name):
    """Those present at each meeting, as listed (the turnover behind a coalition shift)."""
    data = export(name)
    for m in data["meetings"]:
        here = {a["name"] for a in m["attendees"] if a["status"] in ("present", "chair")}
        want = set(_expected(name)["present"][m["date"]])
        got = {next((h for h in here if h.endswith(w)), "") for w in want} - {""}
        assert len(got) == len(want) == len(here), (m["date"], sorted(here), sorted(want))

# Planted items whose outcome depends on the encoder's vectors, which differ by CPU (README "CPUs
# without VNNI"): they pass with the s8 int8 vectors of a CPU with VNNI (where they were written and
# tuned) and fail with the s8-7bit vectors of an x86 CPU without it and with the float32 torch
# model, their scores sitting within a few hundredths of a threshold. Not strict: which way they
# go is the machine's, not the code's. The headings are in capitals, which name nothing
# (`link_signals.name_runs`), so the words the minutes share ("Central Business District",
# "traders' petition") do not decide as they do for brackenbury_homes (`link.evidence_pairs`).
VECTOR_DEPENDENT: dict[tuple[str, str, int], str] = {
    ("tharaka_roads", "threads", 0):
        "the June report stays apart: content 0.66 with the February site visit (s8-7bit and "
        "float32 alike, link_mutual_content 0.66), its only item at its meeting (no choice for "
        "the mutual and lone rules), link score 0.44; the January petition's content with the "
        "site visit 0.50 / 0.51 (link_lone_content 0.50)",
    ("tharaka_roads", "drift", 0): "follows the thread split above",
    ("tharaka_roads", "dropped", 0): "follows the thread split above (no later meeting of the matter)",
}


def _cases() -> list:
    cases = []
    for name in NAMES:
        exp = _expected(name)
        for check in ("dropped", "not_dropped", "reversal", "not_reversal", "threads", "tracker",
                      "votes", "must_not", "pros_cons", "drift"):
            for i in range(len(exp.get(check, []))):
                marks = []
                if (name, check, i) in XFAIL:
                    marks.append(pytest.mark.xfail(reason=XFAIL[(name, check, i)], strict=True))
                loose = VECTOR_DEPENDENT.get((name, check, i))
                if loose:
                    marks.append(pytest.mark.xfail(reason=loose, strict=False))
                cases.append(pytest.param(name, check, i, id=f"{name}-{check}-{i}", marks=marks))
    return cases


def _findings(data: dict, kind: str) -> list[dict]:
    return [f for f in data["findings"] if f["kind"] == kind]


def _quotes(data: dict, kind: str) -> list[str]:
    return [e["quote"] for f in _findings(data, kind) for e in f["evidence"]]


def _share(text: str, quote: str) -> float:
    words = set(_words(text))
    want = _words(quote)
    return sum(w in words for w in want) / len(want)


def _statement(data: dict, date: str, quote: str) -> dict:
    """The statement of that meeting holding the quote best (a proposal and the resolution
    after it can both hold most of its words: the closer one is meant)."""
    hits = [s for m in data["meetings"] if m["date"] == date for i in m["items"]
            for s in i["statements"] if _has(s["text"], quote)]
    assert hits, f"no statement of {date} holds {quote!r}"
    return max(hits, key=lambda s: _share(s["text"], quote))


def _item(data: dict, date: str, title: str) -> dict:
    hits = [i for m in data["meetings"] if m["date"] == date for i in m["items"]
            if _words(i["title"]) == _words(title)]
    assert hits, f"no item {title!r} on {date}: " + repr(
        [i["title"] for m in data["meetings"] if m["date"] == date for i in m["items"]])
    return hits[0]


def _thread(data: dict, date: str, title: str) -> dict:
    item_id = _item(data, date, title)["id"]
    hits = [t for t in data["threads"] if item_id in t["item_ids"]]
    assert hits, f"{title!r} ({date}) is in no thread"
    return hits[0]


def _thread_of(data: dict, item_id: str) -> str | None:
    return next((t["id"] for t in data["threads"] if item_id in t["item_ids"]), None)


def test_meetings_and_dates(export):
    for name in NAMES:
        data = export(name)
        assert sorted(m["date"] for m in data["meetings"]) == _expected(name)["dates"], name


@pytest.mark.parametrize("name,check,index", _cases())
def test_planted(export, name, check, index):
    data = export(name)
    case = _expected(name)[check][index]
    if check == "dropped":
        s = _statement(data, case["date"], case["quote"])
        assert s["type"] == "objection", s
        assert any(_has(q, case["quote"]) for q in _quotes(data, "dropped_objection")), case["why"]
    elif check == "not_dropped":
        s = _statement(data, case["date"], case["quote"])
        # an objection typed otherwise passes for nothing (expected.json names the rare point
        # raised again as a question: "raised the question of how …")
        assert s["type"] in case.get("types", ["objection"]), s
        hits = [q for q in _quotes(data, "dropped_objection") if _has(q, case["quote"])]
        assert not hits, case["why"]
    elif check == "reversal":
        _statement(data, *case["from"])
        _statement(data, *case["to"])
        found = [f for f in _findings(data, "undocumented_reversal")
                 if any(_has(e["quote"], case["to"][1]) for e in f["evidence"])]
        assert found, case["why"]
        assert any(any(_has(e["quote"], case["from"][1]) for e in f["evidence"]) for f in found), \
            "the reversal does not quote the earlier decision"
    elif check == "not_reversal":
        from pipeline.finding_text import is_change_record
        change = _statement(data, *case["quotes"][-1])
        # the change itself is read as one (so no finding is not merely nothing found)
        assert is_change_record(change["text"], change["outcome"] or ""), change
        _statement(data, *case["quotes"][0])
        for _, quote in case["quotes"]:
            hits = [q for q in _quotes(data, "undocumented_reversal") if _has(q, quote)]
            assert not hits, case["why"]
    elif check == "must_not":
        _statement(data, case["date"], case["quote"])
        hits = [q for q in _quotes(data, case["kind"]) if _has(q, case["quote"])]
        assert not hits, f"{case['kind']} quotes the decoy: {hits[0]!r} ({case['why']})"
    elif check == "tracker":
        s = _statement(data, case["date"], case["quote"])
        rows = [r for r in data["tracker"] if r["statement_id"] == s["id"]]
        assert rows, f"not tracked: {s}"
        assert rows[0]["status"] == case["status"], (rows[0], case["why"])
        if case["followup"]:
            f = _statement(data, *case["followup"])
            assert f["id"] in rows[0]["followup_statement_ids"], (rows[0], f["text"])
    elif check == "votes":
        s = _statement(data, case["date"], case["quote"])
        # the vote on the decision: linked to its statement, or (a motion moved in one sentence
        # and carried in the next) on the same item with its motion in the statement
        votes = [v for v in data["votes"] if v["decision_statement_id"] == s["id"] or (
            v["item_id"] == s["id"].rsplit("-s", 1)[0] and len(_words(v["motion"] or "")) >= 5
            and _has(s["text"], v["motion"]))]
        assert votes, f"no vote on {s['text']!r}: {data['votes']}"
        v = votes[0]
        assert v["result"] == case["result"], v
        assert (v["tally"]["ayes"], v["tally"]["noes"]) == (case["ayes"], case["noes"]), v
        noes = {n for n, how in v["members"].items() if how == "no"}
        assert len(noes) == len(case["dissenters"]) and all(
            any(n.endswith(d) for n in noes) for d in case["dissenters"]), v
    elif check == "pros_cons":
        thread = _thread(data, *case["item"])
        for side, key in (("for", "pros"), ("against", "cons")):
            for date, quote, who in case[side]:
                s = _statement(data, date, quote)
                rows = [r for r in thread[key] if r["statement_id"] == s["id"]]
                assert rows, f"not among the {key} of its thread ({s['type']}): {s['text']!r}"
                assert who.lower() in (rows[0]["speaker"] or "").lower(), rows[0]
    elif check == "drift":
        thread = _thread(data, *case["item"])
        rows = {r["date"]: r for r in thread["timeline"]}
        for key in ("joined", "left"):
            for date, names in case[key].items():
                assert date in rows, f"{date} is not a meeting of the thread: {sorted(rows)}"
                got = rows[date][key]
                assert len(got) == len(names) and all(
                    any(g.endswith(n) for g in got) for n in names), (date, key, got, names)
        for date, quote in case["new"]:
            s = _statement(data, date, quote)
            assert s["id"] in rows.get(date, {}).get("new_arguments", []), (date, s)
        assert any(f["thread_id"] == thread["id"] for f in _findings(data, "drift")), \
            "no drift finding on the thread"
    else:
        ids = [_item(data, d, t)["id"] for d, t in case["items"]]
        threads = {_thread_of(data, i) for i in ids}
        assert len(threads) == 1 and None not in threads, f"{case['matter']} split: {threads}"
        for d, t in case["not_items"]:
            assert _thread_of(data, _item(data, d, t)["id"]) not in threads, f"{t} joined"
