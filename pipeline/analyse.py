"""Analysis stage: per thread, findings and the committee's collective record.

Definitions (README "Findings" states them for users):
- dropped objection: an objection at meeting k with no `answers` link (no statement at k or later
  that addresses it specifically) and no later mention (`repeats` link), while the thread has later
  meetings. Statuses: answered, carried_forward, dropped, open (no later meeting yet).
- undocumented reversal: a decision or agreed position at meeting a, and a contrary one at a later
  meeting b (opposite outcome, or the matter treated as closed/abandoned), with no statement at or
  between a and b that records a decision to change (rescind, revisit, reconsider, amend, "in light
  of … agreed instead"). A documented change is recorded on the thread, not reported as a finding.
- drift: per meeting of a thread, framing distance from the first meeting (1 − cosine of the item
  embeddings), arguments and objections that appear and vanish, decision state, attendance turnover
  (Jaccard distance of those present) — a finding when arguments vanished or appeared.
- coalition shift: the decision state changed between consecutive meetings while most of those
  present changed (turnover ≥ 0.5).
Every finding carries verbatim quotes with meeting, page and source file.
"""
from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from datetime import date as _date

import numpy as np

from .config import CONFIG
from .records import Evidence, Finding, Thread

__all__ = ["analyse", "is_closure", "is_change_record", "contrary", "turnover"]

_CLOSURE = re.compile(
    r"\b(no further action|end of the matter|not (?:be )?(?:being )?(?:pursued|progressed)|"
    r"not (?:to )?proceed\w*|no longer (?:required|needed|proceeding|being (?:pursued|progressed))|"
    r"(?:was|were|is|are|be|been|being) (?:now )?(?:abandoned|shelved)|abandon (?:the|this|its|their)|nothing further (?:to|was)|no need for (?:a|the|any)|"
    r"(?:matter|item|issue|review|scheme|project|proposal|action)s? (?:was|were|is|are|has been|"
    r"have been|be|can be|could be) (?:now )?(?:closed|concluded|withdrawn|dropped)|"
    r"(?:close|closed|conclude|concluded) (?:the|this) (?:matter|item|issue)|"
    r"removed (?:it )?from (?:its|the) (?:programme|work ?plan|agenda|list))", re.I)
_CHANGE = re.compile(
    r"\b(rescind\w*|revok\w*|revisit\w*|reconsider\w*|supersed\w*|"
    r"amend\w* (?:the|its|their) (?:earlier|previous|prior|original|\w+ )?(?:decision|resolution|motion)|"
    r"in (?:the )?light of\b.*\b(?:agreed|decided|resolved)|"
    r"(?:agreed|decided|resolved)\b.*\binstead\b|vary (?:the|its) (?:earlier )?decision|"
    r"change (?:the|its) (?:earlier|previous) decision|reverse[ds]? (?:the|its) (?:earlier|previous)?)",
    re.I)
_POSITIVE = {"approved", "amended"}
_NEGATIVE = {"rejected", "rescinded"}


def is_closure(text: str) -> bool:
    return bool(_CLOSURE.search(text))


def is_change_record(text: str, outcome: str = "") -> bool:
    return outcome in ("rescinded", "amended") or bool(_CHANGE.search(text))


def contrary(earlier: dict, later: dict) -> bool:
    """Is `later` (a decision or agreed position) contrary to `earlier`?"""
    a, b = earlier.get("outcome") or "", later.get("outcome") or ""
    if a in _POSITIVE and (b in _NEGATIVE or b == "closed" or is_closure(later["text"])):
        return True
    return a in ("rejected",) and b in ("approved",)


def turnover(a: set[str], b: set[str]) -> float:
    """Jaccard distance between two sets of those present."""
    if not a and not b:
        return 0.0
    return 1.0 - len(a & b) / len(a | b)


def _fmt_date(iso: str) -> str:
    try:
        return _date.fromisoformat(iso).strftime("%-d %b %Y")
    except ValueError:
        return iso or "undated meeting"


def _fid(*parts: str) -> str:
    return "f-" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def _ev(s: dict) -> Evidence:
    return Evidence(meeting_id=s["meeting_id"], page=s["page"], quote=s["text"], date=s["date"],
                    source_file=s["source_file"], statement_id=s["id"])


def _who(s: dict) -> str:
    return f"Raised by {s['speaker']}" if s.get("speaker") else "Raised"


def analyse(store, threads: list[Thread], links: list[tuple[str, str, str, float]],
            item_vec: dict[str, np.ndarray], svecs: np.ndarray, s_index: dict[str, int]
            ) -> tuple[list[Finding], dict[str, dict]]:
    statements = {s["id"]: s for s in store.statements()}
    by_item: dict[str, list[dict]] = defaultdict(list)
    for s in statements.values():
        by_item[s["item_id"]].append(s)
    meeting_rows = {m["id"]: m for m in store.meetings()}
    present: dict[str, set[str]] = {}
    for mid in meeting_rows:
        present[mid] = {a["name"] for a in store.attendees(mid)
                        if a["status"] in ("present", "chair")}
    out_links: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for src, dst, kind, score in links:
        out_links[src].append((dst, kind, score))
    item_meeting = {}
    for item_id in {i for t in threads for i in t.item_ids}:
        r = store.conn.execute("SELECT meeting_id FROM items WHERE id = ?", (item_id,)).fetchone()
        item_meeting[item_id] = r[0] if r else ""

    findings: list[Finding] = []
    thread_data: dict[str, dict] = {}
    for t in threads:
        meetings_in = []
        for item_id in t.item_ids:
            mid = item_meeting[item_id]
            if mid and mid not in [m for m, _ in meetings_in]:
                meetings_in.append((mid, item_id))
        meetings_in.sort(key=lambda p: (meeting_rows[p[0]]["date"] or "9999", p[0]))
        mdate = {mid: meeting_rows[mid]["date"] for mid, _ in meetings_in}
        tstate = [s for item_id in t.item_ids for s in by_item.get(item_id, [])]
        tstate.sort(key=lambda s: (s["date"] or "9999", s["meeting_id"], s["seq"]))
        data = _thread_record(t, meetings_in, mdate, tstate, out_links, present, meeting_rows,
                              item_vec)
        thread_data[t.id] = data
        if len(meetings_in) < 1:
            continue
        findings += _dropped(t, tstate, out_links, mdate, data)
        findings += _reversals(t, tstate, data, lambda a, b: _sim(svecs, s_index, a, b))
        findings += _drift(t, data, tstate)
    return findings, thread_data


def _status(s: dict, out_links, mdate, later_meetings: list[str]) -> tuple[str, list[str]]:
    kinds = defaultdict(list)
    for dst, kind, _ in out_links.get(s["id"], []):
        kinds[kind].append(dst)
    if kinds["answers"]:
        return "answered", kinds["answers"]
    if kinds["repeats"]:
        return "carried_forward", kinds["repeats"]
    return ("dropped" if later_meetings else "open"), []


def _thread_record(t, meetings_in, mdate, tstate, out_links, present, meeting_rows, item_vec):
    order = [mid for mid, _ in meetings_in]
    first_vec = item_vec.get(meetings_in[0][1]) if meetings_in else None
    pros, cons, timeline, changes = [], [], [], []
    state = ""
    prev_args: set[str] = set()
    prev_present: set[str] | None = None
    for k, (mid, item_id) in enumerate(meetings_in):
        here = [s for s in tstate if s["meeting_id"] == mid]
        decisions = [s for s in here if s["type"] == "decision"]
        if decisions:
            state = decisions[-1]["outcome"] or "decided"
            if any(is_closure(s["text"]) for s in decisions):
                state = "closed"
        args = {s["id"] for s in here if s["type"] in ("objection", "argument_for")}
        # an argument "continues" when a later statement repeats it
        continued = {d for s in prev_args for d, kind, _ in out_links.get(s, [])
                     if kind in ("repeats", "answers")}
        new_args = [s for s in here if s["id"] in args and s["id"] not in continued]
        vanished = [s for s in prev_args
                    if not any(d in {x["id"] for x in here} or kind == "repeats"
                               for d, kind, _ in out_links.get(s, []))] if k else []
        vec = item_vec.get(item_id)
        distance = float(1.0 - vec @ first_vec) if vec is not None and first_vec is not None else 0.0
        who = present.get(mid, set())
        row = {
            "meeting_id": mid, "date": mdate[mid], "item_id": item_id,
            "body": meeting_rows[mid]["body"], "source_file": meeting_rows[mid]["source_file"],
            "framing_distance": round(max(distance, 0.0), 4), "decision_state": state,
            "new_arguments": [s["id"] for s in new_args] if k else [s["id"] for s in here
                                                                    if s["id"] in args],
            "vanished_arguments": vanished,
            "present": sorted(who),
            "turnover": round(turnover(prev_present, who), 4) if prev_present is not None else 0.0,
            "joined": sorted(who - prev_present) if prev_present is not None else [],
            "left": sorted(prev_present - who) if prev_present is not None else [],
        }
        timeline.append(row)
        later = order[k + 1:]
        for s in here:
            entry = {"statement_id": s["id"], "text": s["text"], "speaker": s["speaker"],
                     "date": s["date"], "page": s["page"], "meeting_id": mid,
                     "source_file": s["source_file"]}
            if s["type"] == "argument_for":
                pros.append(entry | {"status": "raised"})
            elif s["type"] == "objection":
                status, _ = _status(s, out_links, mdate, later)
                cons.append(entry | {"status": status})
            if s["type"] == "decision" and is_change_record(s["text"], s["outcome"]):
                changes.append(entry | {"outcome": s["outcome"]})
        prev_args = args | (prev_args & {d for s in prev_args for d, kind, _ in
                                         out_links.get(s, []) if kind == "repeats"})
        prev_present = who
    return {"pros": pros, "cons": cons, "timeline": timeline, "decision_state": state,
            "documented_changes": changes, "meetings": len(meetings_in)}


def _confidence(s: dict) -> float:
    """How sure the classifier was that the statement is an objection (rules count as sure), so
    that findings resting on a doubtful label sort below the rest."""
    if (s.get("generator") or "").startswith("rule:"):
        return 1.0
    return max(0.3, min(1.0, float(s.get("score") or 0.0)))


def _dropped(t, tstate, out_links, mdate, data) -> list[Finding]:
    order = [row["meeting_id"] for row in data["timeline"]]
    out = []
    for s in tstate:
        if s["type"] != "objection":
            continue
        later = order[order.index(s["meeting_id"]) + 1:] if s["meeting_id"] in order else []
        status, _ = _status(s, out_links, mdate, later)
        if status != "dropped":
            continue
        dates = ", ".join(_fmt_date(mdate[m]) for m in later)
        summary = (f"{_who(s)} on {_fmt_date(s['date'])} (p.{s['page']}): '{s['text']}'. "
                   f"Not answered at that meeting. The matter '{t.label}' came up on "
                   f"{len(later)} later date{'s' if len(later) > 1 else ''} ({dates}) with no "
                   f"mention of it.")
        out.append(Finding(_fid("dropped", s["id"]), "dropped_objection", t.id, [s["id"]],
                           summary, [_ev(s)], score=round(min(1.0, 0.5 + 0.15 * len(later)) * _confidence(s), 3),
                           status="dropped", data={"later_meetings": later}))
    return out


def _positions(tstate: list[dict]) -> list[dict]:
    """Decisions with an outcome, and statements that treat the matter as closed or abandoned
    (an agreed position need not be a formal decision: "the scheme was not being pursued")."""
    out = []
    for s in tstate:
        if s["type"] == "decision" and s["outcome"]:
            out.append(s)
        elif s["type"] in ("information", "decision") and is_closure(s["text"]):
            out.append(s | {"outcome": s["outcome"] or "closed"})
    return out


def _sim(svecs: np.ndarray, s_index: dict[str, int], a: str, b: str) -> float:
    if a not in s_index or b not in s_index:
        return 0.0
    return float(svecs[s_index[a]] @ svecs[s_index[b]])


_VOTE_LINE = re.compile(r"^\W*(ayes?|noes?|nays?|abstain\w*|absent|recused|for|against)\b\s*:|"
                        r"\b(carried|passed|failed|lost)\b.{0,20}\d+\s*[-–]\s*\d+|"
                        r"recorded vote|roll call", re.I)


def _weight(s: dict) -> tuple:
    """Which decision speaks for a meeting: a resolution over a bare vote line."""
    return (not _VOTE_LINE.search(s["text"]), len(s["text"]))


def _reversals(t, tstate, data, sim) -> list[Finding]:
    """At most one finding per pair of meetings: the later contrary position (b) against the
    latest earlier decision it contradicts (a). A contrary formal decision must be about the
    same specific thing (similar statements: a thread can hold several applications or
    motions); a statement treating the matter as closed applies to the thread's matter itself.
    """
    positions = _positions(tstate)
    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for j, b in enumerate(positions):
        earlier = [a for a in positions[:j] if a["meeting_id"] != b["meeting_id"]
                   and a["outcome"] in _POSITIVE | {"rejected"} and contrary(a, b)
                   and (b["outcome"] == "closed" or is_closure(b["text"])
                        or sim(a["id"], b["id"]) >= CONFIG["reversal_min_similarity"])]
        if not earlier:
            continue
        last_meeting = earlier[-1]["meeting_id"]
        a = max((x for x in earlier if x["meeting_id"] == last_meeting), key=_weight)
        if (a["meeting_id"], b["meeting_id"]) in seen:
            continue
        between = [s for s in tstate
                   if (a["date"], a["meeting_id"]) <= (s["date"], s["meeting_id"])
                   <= (b["date"], b["meeting_id"])]
        if any(s["type"] in ("decision", "information")
               and is_change_record(s["text"], s["outcome"] if s["type"] == "decision" else "")
               for s in between):
            continue  # documented: shown in the thread record, not a finding
        seen.add((a["meeting_id"], b["meeting_id"]))
        summary = (f"On {_fmt_date(a['date'])} (p.{a['page']}) the decision was: "
                   f"'{a['text']}'. On {_fmt_date(b['date'])} (p.{b['page']}): '{b['text']}'. "
                   f"No decision to change the earlier one is recorded at or between these "
                   f"meetings.")
        out.append(Finding(_fid("reversal", a["id"], b["id"]), "undocumented_reversal", t.id,
                           [a["id"], b["id"]], summary, [_ev(a), _ev(b)], score=0.9,
                           status="undocumented"))
    return out


def _drift(t, data, tstate) -> list[Finding]:
    rows = data["timeline"]
    if len(rows) < 2:
        return []
    by_id = {s["id"]: s for s in tstate}
    out = []
    vanished = [sid for r in rows for sid in r["vanished_arguments"]]
    new_later = [sid for r in rows[1:] for sid in r["new_arguments"]]
    states = [r["decision_state"] for r in rows]
    if vanished or new_later:
        parts = []
        for r in rows[1:]:
            bits = []
            if r["new_arguments"]:
                bits.append("new: " + "; ".join(f"'{by_id[s]['text']}'" for s in r["new_arguments"]
                                               if s in by_id))
            if r["vanished_arguments"]:
                bits.append(f"{len(r['vanished_arguments'])} earlier point(s) no longer mentioned")
            if bits:
                parts.append(f"{_fmt_date(r['date'])}: " + ", ".join(bits))
        summary = (f"The arguments on '{t.label}' changed from meeting to meeting. "
                   + " | ".join(parts) + f". Decision state: {' → '.join(s or '–' for s in states)}."
                   f" Attendance turnover: "
                   + ", ".join(f"{r['turnover']:.0%}" for r in rows[1:]) + ".")
        ev = [_ev(by_id[s]) for s in new_later + vanished if s in by_id][:8]
        score = min(1.0, 0.3 + 0.1 * len(vanished) + 0.1 * len(new_later)
                    + 0.3 * max(r["framing_distance"] for r in rows))
        out.append(Finding(_fid("drift", t.id), "drift", t.id, new_later + vanished, summary, ev,
                           score=round(score, 3), status="drift",
                           data={"timeline": rows}))
    for prev, r in zip(rows, rows[1:]):
        if r["decision_state"] and prev["decision_state"] and prev["present"] and r["present"] \
                and r["decision_state"] != prev["decision_state"] and r["turnover"] >= 0.5:
            decs = [s for s in tstate if s["meeting_id"] == r["meeting_id"]
                    and s["type"] == "decision"]
            summary = (f"On '{t.label}' the position moved from {prev['decision_state']} "
                       f"({_fmt_date(prev['date'])}) to {r['decision_state']} "
                       f"({_fmt_date(r['date'])}) while {r['turnover']:.0%} of those present "
                       f"changed (joined: {', '.join(r['joined']) or 'none'}; left: "
                       f"{', '.join(r['left']) or 'none'}).")
            out.append(Finding(_fid("coalition", t.id, r["meeting_id"]), "coalition_shift", t.id,
                               [s["id"] for s in decs], summary, [_ev(s) for s in decs],
                               score=round(r["turnover"], 3), status="shift",
                               data={"from": prev, "to": r}))
    return out
