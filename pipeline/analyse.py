"""Analysis stage: per thread, findings and the committee's collective record.

Definitions (README "Findings" states them for users):
- dropped objection: an objection at meeting k with no `answers` link (no statement at k or later
  that addresses it specifically, on the thread or under any item of the same body) and no later
  mention (`repeats` link), while the matter goes on (a later thread item about the same thing,
  within the follow-up window). Statuses: answered, carried_forward, dropped, open (the matter has
  not come back yet). Public comment is answered by the decision the body takes on the matter
  at that meeting (`decided_after_public_comment`); an objection whose author moves or seconds
  the motion carried on its item, by that decision (`moved_by_objector`); an objection to what a
  later decision of the thread stops, by that decision (`mooted_by_stop`). A finding also needs a
  sure objection (`is_objection_for_finding`; not report prose, not a comment taken for its own
  item, not a guest's report under a heading for such reports) that is about its item and bears
  on a later item of the matter.
- undocumented reversal: a decision or agreed position at meeting a, and a contrary one at a later
  meeting b on the same matter (opposite outcome, or the matter treated as closed/abandoned; lines
  that decide nothing and members' speech are not positions, `is_position`), with no statement at or
  between a and b that records a decision to change (rescind, revisit, reconsider, amend, "in light
  of … agreed instead"). A documented change is recorded on the thread, not reported as a finding.
  The later position may be a report under another item of the body that names the decision's
  matter and says it closed or one of its terms changed, or that what the decision stopped goes
  on (`_reversals_elsewhere`).
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

from .classify_join import motion_words
from .config import CONFIG
from .finding_match import (answered_elsewhere, days, decided_after_public_comment,
                            is_officer, is_public_speaker, merge_aliases, mooted_by_stop,
                            moved_by_objector, raised_again, rare_words, replied_next,
                            signed_name)
from .finding_answer import (addresses_point, answered_in_itself, closes_own_point, common_words,
                             object_words, reads_as_answer, reassured_later)
from .finding_text import (POSITIVE, by_staff, confidence, contrary, identifiers, is_bare_vote,
                           is_change_record, is_closure, is_motion, is_objection_for_finding,
                           is_guest_report, is_own_heading, is_position, is_report_prose,
                           reports_award, reports_closure, reports_going_ahead, reports_supplier,
                           reverses_state, topic_words)
from .finding_term import changed_term, may_change_term
from .records import Evidence, Finding, Thread

__all__ = ["analyse", "is_closure", "is_change_record", "is_position", "is_objection_for_finding",
           "contrary", "turnover", "identifiers", "merge_aliases", "answered_elsewhere"]


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


def matter_words(threads, titles: dict[str, str]) -> dict[str, set[str]]:
    """Per item of a thread, the content words of all the thread's headings (the matter's name)."""
    out: dict[str, set[str]] = {}
    for t in threads:
        words = set().union(*(topic_words(titles.get(i, "")) for i in t.item_ids))
        out.update((i, words) for i in t.item_ids)
    return out


def analyse(store, threads: list[Thread], links: list[tuple[str, str, str, float]],
            item_vec: dict[str, np.ndarray], svecs: np.ndarray, s_index: dict[str, int],
            items: list | None = None, evidence=None) -> tuple[list[Finding], dict[str, dict]]:
    """Findings and per-thread records. `links` (the threads' own statement links) is extended in
    place with the answers and repeats found under other items, so that they are stored too.
    `items`: the store's items (`derive.load_items`) when the caller has them already loaded;
    `evidence`: their `link.word_evidence`, when the thread building found it."""
    statements = {s["id"]: s for s in store.statements()}
    by_item: dict[str, list[dict]] = defaultdict(list)
    for s in statements.values():
        by_item[s["item_id"]].append(s)
    meeting_rows = {m["id"]: m for m in store.meetings()}
    present: dict[str, set[str]] = {}
    listed: dict[str, list[dict]] = {}
    for mid in meeting_rows:
        listed[mid] = store.attendees(mid)
        present[mid] = {a["name"] for a in listed[mid] if a["status"] in ("present", "chair")}
    members = {mid: set(names) for mid, names in present.items()}  # as printed, for speakers
    present = merge_aliases(present, {mid: m["body"] for mid, m in meeting_rows.items()})
    item_meeting, item_seq = {}, {}
    for r in store.conn.execute("SELECT id, meeting_id, seq FROM items"):
        item_meeting[r[0]], item_seq[r[0]] = r[1], r[2] or 0
    # answers and repeats under other items of the same or later meetings (the thread's own
    # links come from link.py); stored with the thread links
    on_thread = {i for t in threads for i in t.item_ids}
    titles = {r[0]: r[1] or "" for r in store.conn.execute("SELECT id, title FROM items")}
    matter = matter_words(threads, titles)
    links += answered_elsewhere(
        [s for s in statements.values() if s["item_id"] in on_thread and s["type"] == "objection"],
        list(statements.values()), item_seq, svecs, s_index,
        {(src, dst) for src, dst, _, _ in links}, matter, item_vec)
    # the reply in the next paragraph, and the point taken up again at a later meeting of the
    # thread in other words
    def officer(s: dict) -> bool:
        # a decision's speaker is the one minuted before it ("Trustees agreed …" after the Chief
        # Executive spoke): the decision is the body's, not an officer's reply
        return by_staff(s) or (s["type"] != "decision" and is_officer(
            s.get("speaker") or "", listed.get(s["meeting_id"], [])))
    links += replied_next([s for s in statements.values()
                           if s["item_id"] in on_thread and s["type"] == "objection"], by_item,
                          svecs, s_index, officer)
    rare = rare_words(list(statements.values()))
    common = common_words(list(statements.values()))
    links[:] = _answers_that_address(links, statements, by_item, matter, common,
                                     lambda a, b: _sim(svecs, s_index, a, b), officer)

    def public(s: dict) -> bool:
        return is_public_speaker(s.get("speaker") or signed_name(s["text"]),
                                 listed.get(s["meeting_id"], []))
    # objections already answered or repeated, kept in step as each thread adds its links
    answered = {src for src, _, kind, _ in links if kind in ("answers", "repeats")}
    for t in threads:
        rows = [s for item_id in t.item_ids for s in by_item.get(item_id, [])]
        objections = [s for s in rows if s["type"] == "objection"]
        if objections:
            start = len(links)
            links += reassured_later(objections, rows, svecs, s_index, answered, matter, common,
                                     days)
            links += raised_again(objections, rows, rare, svecs, s_index, matter)
            links += decided_after_public_comment(objections, rows, item_seq, public)
            links += moved_by_objector(objections, rows)
            links += mooted_by_stop(objections, rows, answered | {
                src for src, _, kind, _ in links[start:] if kind in ("answers", "repeats")}, days)
            answered.update(src for src, _, kind, _ in links[start:]
                            if kind in ("answers", "repeats"))
    out_links: dict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for src, dst, kind, score in links:
        out_links[src].append((dst, kind, score))

    item_ids = {k: identifiers(t) for k, t in titles.items()}
    share = _word_share(list(statements.values()))
    reports = _change_reports(statements.values(), officer)
    worded = _worded_as_one(store, threads, item_vec, items, evidence)

    def same_matter(a: str, b: str) -> bool:
        """Does item b take up item a's matter? Their contents are alike, or the minutes name
        them as one matter in words and their contents are somewhat alike
        (`link.worded_as_one`); never two applications, resolutions or addresses."""
        va, vb = item_vec.get(a), item_vec.get(b)
        ia, ib = item_ids.get(a, set()), item_ids.get(b, set())
        if ia and ib and not ia & ib:  # two applications, resolutions or addresses
            return a == b
        return a == b or (a, b) in worded or (
            va is not None and vb is not None
            and float(va @ vb) >= CONFIG["finding_same_matter_similarity"])

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
                              item_vec, same_matter)
        thread_data[t.id] = data
        if len(meetings_in) < 1:
            continue
        findings += _dropped(t, tstate, out_links, mdate, data, same_matter,
                             lambda sid, item: _bears(svecs, s_index, item_vec, sid, item),
                             lambda s: s.get("speaker") in members.get(s["meeting_id"], ()),
                             titles)
        found = _reversals(t, tstate, data, lambda a, b: _sim(svecs, s_index, a, b),
                           same_matter)
        found += _reversals_elsewhere(t, tstate, reports, statements, by_item, share, matter,
                                      lambda a, b: _sim(svecs, s_index, a, b),
                                      {tuple(f.statement_ids[-2:]) for f in found})
        findings += found
        findings += _drift(t, data, tstate)
    return findings, thread_data


def _worded_as_one(store, threads: list[Thread], item_vec: dict[str, np.ndarray],
                   items: list | None = None, evidence=None) -> set[tuple[str, str]]:
    """`link.worded_as_one` over the items of the bodies that have a thread of two items or
    more (the rarity of a phrase or name is its body's), as a set of item-id pairs; the store's
    items are read again only when the caller did not pass them, and what names them as one
    matter in words (`evidence`, `link.word_evidence` over the store's items) found again only
    when the caller did not pass it."""
    from .derive import load_items
    from .link import worded_as_one
    threaded = {i for t in threads if len(t.item_ids) > 1 for i in t.item_ids}
    if not threaded:
        return set()
    items = load_items(store) if items is None else items
    bodies = {it.body for it in items if it.id in threaded}
    items = [it for it in items if it.body in bodies and it.id in item_vec]
    if not items:
        return set()
    content = np.stack([item_vec[it.id] for it in items])
    return {p for p in worded_as_one(items, content, evidence)
            if p[0] in threaded and p[1] in threaded}


# a line of a recorded vote: its label and the count or names after it
_TALLY_LIST = re.compile(r"^\W*(?:ayes?|noes|nays?|yeas?|for|against|in\s+favou?r|opposed|"
                         r"abstain\w*|abstentions?|absent|recused)\s*:", re.I)


def _answers_that_address(links: list[tuple[str, str, str, float]], statements: dict[str, dict],
                          by_item: dict[str, list[dict]], matter: dict[str, set[str]],
                          common: dict[str, set[str]], sim, officer=by_staff
                          ) -> list[tuple[str, str, str, float]]:
    """The links without the `answers` of an objection by a statement right after it on its item
    (within `answer_next_window` statements) that does not address its point: another member's
    remark of their own (`finding_answer.addresses_point`); by a statement at a later meeting
    that does not read as an answer: a member's or the public's view on the matter
    (`finding_answer.reads_as_answer`; `officer` tells an officer's statement); and by the
    objector's own words at its meeting, unless they close the point. An objection that so
    loses all its answers is answered by the statement in that window that does address it (the
    officer's reply after a member's remark), if one does."""
    proposers: dict[str, set[str]] = defaultdict(set)
    for s in statements.values():
        if s["type"] == "proposal" and s.get("speaker"):
            proposers[s["item_id"]].add(s["speaker"])

    def near(o: dict, c: dict) -> bool:
        return c["item_id"] == o["item_id"] and 0 < c["seq"] - o["seq"] \
            <= CONFIG["answer_next_window"]

    def addresses(o: dict, c: dict, score: float) -> bool:
        return addresses_point(o, c, proposers[o["item_id"]], matter.get(o["item_id"], set()),
                               common.get(o.get("body") or "", set()), score, officer(c))
    out, lost = [], set()
    for link in links:
        src, dst, kind, score = link
        o, c = statements.get(src), statements.get(dst)
        if kind == "answers" and o and c and o["type"] == "objection" and _TALLY_LIST.match(c["text"]):
            continue  # "Opposed: 2 (Councillor A and Councillor B)." counts votes, it answers nothing
        if kind == "answers" and o and c and o["type"] == "objection" and near(o, c) \
                and not addresses(o, c, score):
            lost.add(src)
            continue
        if kind == "answers" and o and c and o["type"] == "objection" \
                and c["meeting_id"] == o["meeting_id"] and o.get("speaker") \
                and c.get("speaker") == o["speaker"] and not closes_own_point(c):
            lost.add(src)
            continue  # the objector going on ("She discussed ways to preserve history …")
        if kind == "answers" and o and c and o["type"] == "objection" \
                and c["meeting_id"] != o["meeting_id"] and c["type"] != "decision" \
                and o.get("speaker") and c.get("speaker") == o["speaker"]:
            # the objector's own remark at a later meeting answers nothing: on the same point it
            # raises it again; on another ("feared … liable for repairs after vandalism", then
            # "told the Council that the drains … were shared with the chip shop") it is new
            mine = matter.get(o["item_id"], set())
            shared = object_words(o, mine, common.get(o.get("body") or "", set())) \
                & object_words(c, mine, common.get(o.get("body") or "", set()))
            if shared:
                out.append((src, dst, "repeats", score))
            else:
                lost.add(src)
            continue
        if kind == "answers" and o and c and o["type"] == "objection" \
                and c["meeting_id"] != o["meeting_id"] and not reads_as_answer(c, officer(c)):
            # another voice on the matter at a later meeting answers nothing; one on the same
            # point that takes no side for the proposal raises it again ("doubted that six tutors
            # could teach several thousand students", then "would need at least four more tutors");
            # one word in common is the same point only when the two are this alike
            # (`finding_repeat_one_word_similarity`): "struggling with the 1000ft standard, … didn't
            # promote affordable units" is not taken up by "a discussion on what was an acceptable
            # amount of units"
            mine = matter.get(o["item_id"], set())
            body_common = common.get(o.get("body") or "", set())
            shared = object_words(o, mine, body_common) & object_words(c, mine, body_common)
            if c["type"] == "information" and shared and (
                    len(shared) >= CONFIG["finding_repeat_min_shared_words"]
                    or score >= CONFIG["finding_repeat_one_word_similarity"]):
                out.append((src, dst, "repeats", score))
            else:
                lost.add(src)
            continue
        out.append(link)
    lost -= {src for src, _, kind, _ in out if kind in ("answers", "repeats")}
    for src in sorted(lost):
        o = statements[src]
        for c in sorted(by_item.get(o["item_id"], []), key=lambda s: s["seq"]):
            if near(o, c) and not (o.get("speaker") and c.get("speaker") == o["speaker"]) \
                    and addresses(o, c, sim(src, c["id"])):
                out.append((src, c["id"], "answers", round(sim(src, c["id"]), 4)))
                break
    return out


def _continuing(s: dict, timeline: list[dict], same_matter) -> list[str]:
    """The later meetings of a thread that take up the matter of the objection's item: the later
    item is about the same thing (similar content, not just a shared heading) and comes within
    the follow-up window."""
    order = [r["meeting_id"] for r in timeline]
    if s["meeting_id"] not in order:
        return []
    return [r["meeting_id"] for r in timeline[order.index(s["meeting_id"]) + 1:]
            if same_matter(s["item_id"], r["item_id"])
            and days(s["date"], r["date"]) <= CONFIG["finding_followup_days"]]


def _status(s: dict, out_links, mdate, later_meetings: list[str]) -> tuple[str, list[str]]:
    kinds = defaultdict(list)
    for dst, kind, _ in out_links.get(s["id"], []):
        kinds[kind].append(dst)
    if kinds["answers"]:
        return "answered", kinds["answers"]
    if kinds["repeats"]:
        return "carried_forward", kinds["repeats"]
    return ("dropped" if later_meetings else "open"), []


def _thread_record(t, meetings_in, mdate, tstate, out_links, present, meeting_rows, item_vec,
                   same_matter=lambda a, b: True):
    order = [mid for mid, _ in meetings_in]
    rank = {s["id"]: k for k, s in enumerate(tstate)}  # sets of ids are listed in minutes order
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
        # an argument "continues" when a later statement repeats it; one that answers an earlier
        # point is a new argument of its meeting ("a 20p charge on entry would recover about half
        # of the running costs", against "running costs of £9,000 a year")
        continued = {d for s in prev_args for d, kind, _ in out_links.get(s, [])
                     if kind == "repeats"}
        new_args = [s for s in here if s["id"] in args and s["id"] not in continued]
        vanished = [s for s in sorted(prev_args, key=lambda x: (rank.get(x, len(rank)), x))
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
        for s in here:
            entry = {"statement_id": s["id"], "text": s["text"], "speaker": s["speaker"],
                     "date": s["date"], "page": s["page"], "meeting_id": mid,
                     "source_file": s["source_file"]}
            if s["type"] == "argument_for":
                pros.append(entry | {"status": "raised"})
            elif s["type"] == "objection":
                cons.append(entry | {"item_id": s["item_id"]})
            if s["type"] == "decision" and is_change_record(s["text"], s["outcome"]):
                changes.append(entry | {"outcome": s["outcome"]})
        prev_args = args | (prev_args & {d for s in prev_args for d, kind, _ in
                                         out_links.get(s, []) if kind == "repeats"})
        prev_present = who
    for c in cons:  # statuses need the whole timeline (the matter's later meetings)
        probe = {"id": c["statement_id"], "meeting_id": c["meeting_id"],
                 "item_id": c.pop("item_id"), "date": c["date"]}
        c["status"], _ = _status(probe, out_links, mdate,
                                 _continuing(probe, timeline, same_matter))
    return {"pros": pros, "cons": cons, "timeline": timeline, "decision_state": state,
            "documented_changes": changes, "meetings": len(meetings_in)}


def _bears(svecs, s_index, item_vec, sid: str, item_id: str) -> float:
    """How much a statement is about an item's matter (cosine with the item's content)."""
    v = item_vec.get(item_id)
    return float(svecs[s_index[sid]] @ v) if sid in s_index and v is not None else 1.0


def _overridden(s: dict, tstate: list[dict], by_member) -> bool:
    """A member's objection that the body then voted past: a positive decision follows it under
    the same item at the same meeting ("Mark Duffy objected that …" then "RESOLVED: That the
    programme be approved"). The objection is about the decision itself, so it needs no later
    item to take up its particular point: a matter going on without it is what drops it."""
    return by_member(s) and any(
        d["type"] == "decision" and d["outcome"] in POSITIVE and d["item_id"] == s["item_id"]
        and d["seq"] > s["seq"] for d in tstate)


def _dropped(t, tstate, out_links, mdate, data, same_matter=lambda a, b: True,
             bears=lambda sid, item: 1.0, by_member=lambda s: False,
             item_title: dict | None = None) -> list[Finding]:
    """Dropped objections. Besides the status, a finding needs the objection to be about the item
    it is minuted under (not a remark filed under the wrong heading) and about the matter as it
    comes back: a point that bears on none of the later items was not left unanswered there,
    unless a member raised it against the decision then taken (`_overridden`). A point minuted
    with its reply ("…, to which the Director responded …") was answered."""
    out = []
    item_at = {r["meeting_id"]: r["item_id"] for r in data["timeline"]}
    for s in tstate:
        if s["type"] != "objection" or not is_objection_for_finding(s) \
                or is_report_prose(s, (item_title or {}).get(s["item_id"], ""),
                                   [r for r in tstate if r["item_id"] == s["item_id"]]) \
                or is_own_heading(s["text"], (item_title or {}).get(s["item_id"], "")) \
                or is_guest_report(s, (item_title or {}).get(s["item_id"], ""), by_member(s)) \
                or answered_in_itself(s["text"]):
            continue
        later = _continuing(s, data["timeline"], same_matter)
        status, _ = _status(s, out_links, mdate, later)
        if status != "dropped":
            continue
        own = bears(s["id"], s["item_id"])
        needed = CONFIG["finding_objection_later_similarity_on_topic"] \
            if own >= CONFIG["finding_objection_on_topic"] \
            else CONFIG["finding_objection_later_similarity"]
        if own < CONFIG["finding_objection_item_similarity"] \
                or (max(bears(s["id"], item_at[m]) for m in later) < needed
                    and not _overridden(s, tstate, by_member)):
            continue
        dates = ", ".join(_fmt_date(mdate[m]) for m in later)
        summary = (f"{_who(s)} on {_fmt_date(s['date'])} (p.{s['page']}): '{s['text']}'. "
                   f"Not answered at that meeting. The matter '{t.label}' came up on "
                   f"{len(later)} later date{'s' if len(later) > 1 else ''} ({dates}) with no "
                   f"mention of it.")
        out.append(Finding(_fid("dropped", s["id"]), "dropped_objection", t.id, [s["id"]],
                           summary, [_ev(s)], score=round(min(1.0, 0.5 + 0.15 * len(later)) * confidence(s), 3),
                           status="dropped", data={"later_meetings": later}))
    return out


def _motion_of(vote: dict, tstate: list[dict]) -> dict | None:
    """The motion a bare vote line closes: the latest motion put before it under the same item
    (within `reversal_motion_window` statements), or None."""
    before = [s for s in tstate if s["item_id"] == vote["item_id"] and s["seq"] < vote["seq"]]
    for s in sorted(before, key=lambda s: -s["seq"])[:CONFIG["reversal_motion_window"]]:
        if is_motion(s["text"]) or _THAT_MOTION.match(s["text"]):
            return s
    return None


# The text of a motion printed on its own line after "MOVED Cr X SECONDED Cr Y" (Australian, NZ,
# Canadian and Irish minutes): "That Council approve …", "THAT the report be received".
_THAT_MOTION = re.compile(r"^\W*(?:THAT|That)\s+(?:the\s+)?[A-Z]?\w+")


def _positions(tstate: list[dict]) -> list[dict]:
    """Decisions with an outcome, and statements that treat the matter as closed or abandoned
    (an agreed position need not be a formal decision: "the scheme was not being pursued"). A
    vote line that leaves out its motion ("the motion failed 4-3") is a position only with the
    motion it closes (kept as "motion_id", what the comparison of two decisions reads); without
    one it says nothing about what was decided."""
    out = []
    for s in tstate:
        bare = s["type"] == "decision" and s["outcome"] and (
            is_bare_vote(s["text"]) or (_BARE_RESULT.search(s["text"])
                                        and len(s["text"].split()) <= 6))
        if not bare and not is_position(s["text"], decision=s["type"] == "decision"):
            continue
        if s["type"] == "decision" and s["outcome"]:
            if bare:
                motion = _motion_of(s, tstate)
                if motion is None:
                    continue
                s = s | {"motion_id": motion["id"]}
            out.append(s)
        elif (s["type"] in ("information", "decision") and is_closure(s["text"])) \
                or ((s["type"] in ("proposal", "action")
                     or (s["type"] == "argument_for"
                        and (by_staff(s) or _REPORTED.search(s["text"]))))
                    and reports_closure(s["text"])):
            out.append(s | {"outcome": s["outcome"] or "closed"})
        elif (state := _reported_state(s)):
            out.append(s | {"outcome": state})
    return out


def _reported_state(s: dict) -> str:
    """How a line reports the matter to stand, when the minutes state it rather than decide it:
    "going_ahead" ("the Director reported that the paving would go ahead in the spring", "the
    shop, which continues to trade"), "awarded" ("the contract, now awarded to Redline Student
    Transit"), or "". Only the minutes' own prose, an officer or a report to the meeting states
    it; a member's speech, a question or an objection does not, nor does a decision (a body
    deciding to go ahead is compared as a decision)."""
    if s["type"] not in ("information", "argument_for", "proposal", "action"):
        return ""
    if not (_REPORTED.search(s["text"]) or by_staff(s)
            or (s["type"] == "information" and not s.get("speaker"))):
        return ""
    if reports_going_ahead(s["text"]):
        return "going_ahead"
    if reports_award(s["text"]):
        return "awarded"
    if reports_supplier(s["text"]):
        return "supplied"
    return ""


# a line that reports news to the meeting ("Mr Ross reported that the sign would not now be
# bought"): a closure so reported is a position, whoever reports it
_REPORTED = re.compile(r"\b(?:reported|informed|advised|updated|confirmed)\b(?: (?:the )?"
                       r"(?:members|meeting|committee|council|board|group))? that\b", re.I)


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


_BARE_RESULT = re.compile(r"^\W*(?:the\s+)?(?:motion\s+(?:was\s+)?)?(?:carried|passed|adopted|"
                          r"lost|defeated|failed)\b", re.I)
_MOTION = re.compile(r"\b(?:moved|seconded|motion)\b", re.I)
# a motion's own wording: "That Council approve …", "THAT the Board …"
_MOTION_WORDING = re.compile(r"^\W*that\s+(?:the\s+)?[A-Z]", re.I)


_SECONDER_ONLY = re.compile(r"^\W*(?:seconded|second)(?:\s+by)?\s*[:\-–—]?\s*[^.;:]{0,60}[.;]?\s*$", re.I)


def _carried_motion(a: dict, tstate: list[dict]) -> dict | None:
    """The motion a bare result line carries ("MOVED Cr X SECONDED Cr Y That Council approve …"
    then "CARRIED 5/1"): the statement just before it under the same item, when it is one, or
    the motion's wording ("That Council approve …") printed under its mover line."""
    if not _BARE_RESULT.search(a["text"]):
        return None
    before = [s for s in tstate if s["item_id"] == a["item_id"] and s["seq"] < a["seq"]]
    while len(before) > 1 and _SECONDER_ONLY.match(before[-1]["text"]):
        before = before[:-1]  # "Seconded by Commissioner Kessler." names no motion: the line above
    if before and (_MOTION.search(before[-1]["text"]) or _THAT_MOTION.match(before[-1]["text"])
                   or (_MOTION_WORDING.match(before[-1]["text"]) and len(before) > 1
                       and _MOTION.search(before[-2]["text"]))):
        return before[-1]
    return None


# reported states (`_reported_state`) and the words that say them, not what they are about
_STATES = {"going_ahead", "awarded", "supplied"}
_STATE_WORDS = {"award", "contr", "proce", "ahead", "conti", "trade", "tradi", "remai", "open",
                "start", "begun", "comme", "opera", "runni", "repor", "suppl", "deliv"}


def _reversals(t, tstate, data, sim, same_matter=lambda a, b: True) -> list[Finding]:
    """At most one finding per pair of meetings: the later contrary position (b) against the
    latest earlier decision it contradicts (a). A contrary formal decision must be about the
    same specific thing (similar statements: a thread can hold several applications or
    motions); a statement treating the matter as closed applies to the thread's matter itself.
    """
    positions = _positions(tstate)
    text = {s["id"]: s for s in tstate}

    def same_motion(a: dict, b: dict) -> bool:
        """Two formal decisions on the same proposal: their motions (or the decisions, when they
        say what was decided) are alike and share content words, not only the way motions are
        minuted ("Board Member X made a motion to …")."""
        ma, mb = text[a.get("motion_id", a["id"])], text[b.get("motion_id", b["id"])]
        return sim(ma["id"], mb["id"]) >= CONFIG["reversal_min_similarity"] and \
            len(topic_words(motion_words(ma["text"]), ma.get("speaker") or "")
                & topic_words(motion_words(mb["text"]), mb.get("speaker") or "")) \
            >= CONFIG["reversal_min_shared_words"]

    def same_object(a: dict, b: dict) -> bool:
        """A reported state about what the decision was on: the decision (or its motion)
        and the later line share content words naming it (the words of going ahead or of an
        award aside) and are alike."""
        ma = text[a.get("motion_id", a["id"])]
        words = (topic_words(ma["text"], ma.get("speaker") or "") | topic_words(a["text"])) \
            & topic_words(b["text"], b.get("speaker") or "")
        return len(words - _STATE_WORDS) >= CONFIG["reversal_min_shared_words"] and \
            max(sim(ma["id"], b["id"]), sim(a["id"], b["id"])) >= CONFIG["reversal_state_similarity"]

    out: list[Finding] = []
    seen: set[tuple[str, str]] = set()
    for j, b in enumerate(positions):
        earlier = [a for a in positions[:j] if a["meeting_id"] != b["meeting_id"]
                   and a["outcome"] in POSITIVE | {"rejected"}
                   and same_matter(a["item_id"], b["item_id"])
                   and ((contrary(a, b) and (b["outcome"] == "closed" or is_closure(b["text"])
                                             or same_motion(a, b)))
                        or (b["outcome"] in _STATES and same_object(a, b)
                            and reverses_state(text[a.get("motion_id", a["id"])]["text"]
                                               + " " + a["text"], a["outcome"], b)))]
        if not earlier:
            continue
        last_meeting = earlier[-1]["meeting_id"]
        a = max((x for x in earlier if x["meeting_id"] == last_meeting), key=_weight)
        # the latest earlier decision, unless an earlier one is clearly more about what b says (a
        # pilot approved in September, its contractor hired in October, the pilot shelved in
        # December: the shelving reverses the approval)
        def about_b(x: dict) -> float:
            return sim(x.get("motion_id", x["id"]), b["id"])
        best = max(earlier, key=about_b)
        if about_b(best) >= about_b(a) + CONFIG["reversal_prefer_similar_margin"]:
            a = best
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
        # a bare "CARRIED 5/1" says what was decided only with the motion it carries
        motion = _carried_motion(a, tstate)
        decided = f"{motion['text']} {a['text']}" if motion else a["text"]
        summary = (f"On {_fmt_date(a['date'])} (p.{a['page']}) the decision was: "
                   f"'{decided}'. On {_fmt_date(b['date'])} (p.{b['page']}): '{b['text']}'. "
                   f"No decision to change the earlier one is recorded at or between these "
                   f"meetings.")
        first = [motion] if motion else []
        out.append(Finding(_fid("reversal", a["id"], b["id"]), "undocumented_reversal", t.id,
                           [x["id"] for x in first + [a, b]], summary,
                           [_ev(x) for x in first + [a, b]], score=0.9, status="undocumented"))
    return out


# a line reporting news to the meeting, as _REPORTED, or noting it ("He noted that the Trust's
# share … would now be recovered through market rents")
_NEWS = re.compile(r"\b(?:reported|informed|advised|updated|confirmed|noted|explained)\b"
                   r"(?: (?:the )?(?:members|meeting|committee|council|board|group|trustees))?"
                   r" that\b", re.I)


def _word_share(statements: list[dict]) -> dict[str, dict[str, float]]:
    """Per body, the share of its statements each content word (`topic_words`) is in."""
    df: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    n: dict[str, int] = defaultdict(int)
    for s in statements:
        n[s["body"] or ""] += 1
        for w in topic_words(s["text"]):
            df[s["body"] or ""][w] += 1
    return {b: {w: k / n[b] for w, k in words.items()} for b, words in df.items()}


def _change_reports(statements, officer=by_staff) -> dict[str, list[dict]]:
    """Per body, in date order, the lines that could report a decision reversed (for
    `_reversals_elsewhere`): a report of the minutes, an officer (`officer`: named by role, or
    listed in attendance as staff) or a member reporting news (not a member's speech, a question
    or a proposal) that says something closed or abandoned, a term set aside or changed
    (`finding_term.may_change_term`), or something going on (`reports_going_ahead`: "the Lucas
    office, which would stay open for walk-in payments through the end of next year")."""
    out: dict[str, list[dict]] = defaultdict(list)
    for s in statements:
        if s["type"] in ("information", "argument_for") and s.get("date") \
                and (_NEWS.search(s["text"]) or officer(s) or not s.get("speaker")) \
                and not _PROPOSING_ANY.search(s["text"]) and "?" not in s["text"] \
                and (reports_closure(s["text"]) or may_change_term(s["text"])
                     or reports_going_ahead(s["text"])):
            out[s.get("body") or ""].append(s)
    for rows in out.values():
        rows.sort(key=lambda s: (s["date"], s["meeting_id"], s["seq"]))
    return out


def _reversals_elsewhere(t, tstate, reports, statements, by_item, share, matter, sim,
                         seen=frozenset()) -> list[Finding]:
    """A decision of the thread reversed by a report minuted under another item at a later
    meeting of the same body ("Under the estates update the Bursar noted that the boathouse
    project had been shelved"; "the energy centre would accordingly go up on the former grounds
    depot" in the President's report). The report states the matter closed or abandoned
    (`reports_closure`), or one term of the decision changed (`finding_term.changed_term`: its
    site, how it is paid for, an option it named, set aside). Since the thread does not hold the
    report, it must name the decision's matter itself: it shares `reversal_min_shared_words`
    content words with the decision (its motion's too), besides those of the changed term, that
    are words of the thread's headings (the matter's name: "solar plant", "energy centre",
    "Pukerimu … Kāinga Ora") and not common in the body's minutes (in at most
    `reversal_elsewhere_name_share` of its statements), and is somewhat alike
    (`reversal_elsewhere_similarity`). A decision that stops something (`stops_matter`: "to close
    the Lucas district office on March 31") is reversed as well by a report that it goes on ("the
    Lucas office, which would stay open … through the end of next year"; `reports_going_ahead`,
    neither negated, asked nor only until a date). `reports`: the lines that could so report, per
    body (`_change_reports`). A change recorded on the thread between the two, or a decision on the
    matter under the report's own item, documents it: no finding."""
    text = {s["id"]: s for s in tstate}
    decisions = [a for a in _positions(tstate)
                 if a["type"] == "decision" and a["outcome"] in POSITIVE and a.get("date")]
    if not decisions:
        return []
    own = set(t.item_ids)
    heads = set().union(*(matter.get(i, set()) for i in own))
    body = decisions[0].get("body") or ""
    first = min(a["date"] for a in decisions)
    later = [s for s in reports.get(body, []) if s["item_id"] not in own and s["date"] > first]
    out: list[Finding] = []
    pairs: set[tuple[str, str]] = set()
    for b in later:
        for a in sorted((a for a in decisions if a["date"] < b["date"]),
                        key=lambda a: (a["date"], a["seq"]), reverse=True):
            decided = text[a.get("motion_id", a["id"])]["text"] + " " + a["text"]
            kind, term = changed_term(decided, b["text"])
            if not kind and reports_closure(b["text"]) \
                    and contrary(a | {"text": decided}, b | {"outcome": "closed"}):
                kind = "closed"  # not a closure the decision itself agreed, then carried out
            if not kind and reports_going_ahead(b["text"]) \
                    and reverses_state(decided, a["outcome"], b | {"outcome": "going_ahead"}):
                kind = "going_on"  # what the decision stopped, reported going on
            if not kind:
                continue
            shared = (topic_words(decided) & topic_words(b["text"], b.get("speaker") or "")) \
                - {w[:5] for w in term} - _STATE_WORDS
            named = {w for w in shared & heads
                     if share.get(body, {}).get(w, 1.0) <= CONFIG["reversal_elsewhere_name_share"]}
            if len(named) < CONFIG["reversal_min_shared_words"] \
                    or sim(a["id"], b["id"]) < CONFIG["reversal_elsewhere_similarity"]:
                continue
            if (a["meeting_id"], b["meeting_id"]) in pairs or (a["id"], b["id"]) in seen:
                break
            between = [s for s in tstate if a["date"] <= (s["date"] or "") <= b["date"]] + [
                s for s in by_item.get(b["item_id"], [])]
            if any(s["type"] in ("decision", "information")
                   and is_change_record(s["text"], s["outcome"] if s["type"] == "decision" else "")
                   for s in between) or any(
                       s["type"] == "decision" and s["id"] != b["id"]
                       and len(topic_words(s["text"]) & shared)
                       >= CONFIG["reversal_min_shared_words"]
                       for s in by_item.get(b["item_id"], [])):
                break  # documented
            pairs.add((a["meeting_id"], b["meeting_id"]))
            motion = _carried_motion(a, tstate)
            said = f"{motion['text']} {a['text']}" if motion else a["text"]
            what = {"closed": "reported closed or abandoned",
                    "site": "reported at another site",
                    "funding": "reported paid for another way",
                    "set_aside": "reported with one of its terms set aside",
                    "going_on": "reported going on, though the decision stopped it"}[kind]
            summary = (f"On {_fmt_date(a['date'])} (p.{a['page']}) the decision was: '{said}'. "
                       f"On {_fmt_date(b['date'])} (p.{b['page']}), under another item, the "
                       f"matter is {what}: '{b['text']}'. No decision to change the earlier one "
                       f"is recorded at or between these meetings.")
            ids = ([motion["id"]] if motion else []) + [a["id"], b["id"]]
            out.append(Finding(_fid("reversal", a["id"], b["id"]), "undocumented_reversal", t.id,
                               ids, summary,
                               [_ev(statements.get(x) or text[x]) for x in ids], score=0.8,
                               status="undocumented", data={"term": kind}))
            break
    return out


# what puts something to the body rather than reports it
# ("the City had asked to use Parking Lot C" reports another party's request: not read so)
_PROPOSING_ANY = re.compile(r"\b(?:propos\w*|recommend\w*|suggest\w*|motion|urged)\b", re.I)


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
                and r["decision_state"] != prev["decision_state"] and r["turnover"] >= 0.5 \
                and "noted" not in (r["decision_state"], prev["decision_state"]):
            # receiving a report ("noted") takes no position, so there is nothing to shift from
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
