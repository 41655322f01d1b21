"""Findings: matching across items and meetings (attendee name variants, answers and repeats
minuted under another item of the same body)."""
from __future__ import annotations

import bisect
import difflib
import re
from collections import defaultdict
from datetime import date as _date

import numpy as np

from .config import CONFIG
from .finding_text import is_staff, topic_words
from .link import is_response

__all__ = ["days", "merge_aliases", "answered_elsewhere", "replied_next", "rare_words",
           "raised_again"]


def days(a: str, b: str) -> int:
    """Days between two ISO dates (0 when either is missing)."""
    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _day(iso: str) -> float:
    """The day number of an ISO date, NaN when missing or malformed (`days` counts 0 then)."""
    try:
        return float(_date.fromisoformat(iso).toordinal())
    except (ValueError, TypeError):
        return float("nan")


def merge_aliases(present: dict[str, set[str]], body: dict[str, str]) -> dict[str, set[str]]:
    """The same person spelt differently in one body's attendance lists ("James Tramell",
    "James Trammell") under one name: the first spelling seen, so that turnover is not inflated
    by typing."""
    canon: dict[str, list[str]] = defaultdict(list)  # body -> names kept
    alias: dict[tuple[str, str], str] = {}
    out = {}
    for mid in sorted(present):
        b = body.get(mid, "")
        names = set()
        for name in sorted(present[mid]):
            key = (b, name)
            if key not in alias:
                norm = re.sub(r"[^a-z ]", "", name.lower())
                alias[key] = next(
                    (c for c in canon[b] if difflib.SequenceMatcher(
                        None, norm, re.sub(r"[^a-z ]", "", c.lower())).ratio()
                     >= CONFIG["attendee_alias_ratio"]), name)
                if alias[key] == name:
                    canon[b].append(name)
            names.add(alias[key])
        out[mid] = names
    return out


def answered_elsewhere(objections: list[dict], statements: list[dict], item_seq: dict[str, int],
                       svecs: np.ndarray, s_index: dict[str, int],
                       known: set[tuple[str, str]],
                       matter_words: dict[str, set[str]] | None = None
                       ) -> list[tuple[str, str, str, float]]:
    """Links from objections to statements of the same body under any item that answer them or
    raise them again: after the objection at its meeting, or at a later meeting within the
    follow-up window. Minutes often record the answer under another heading (an officer's report,
    the same matter under a new title), which the thread's own links cannot see. A close match
    (`answer_threshold_anywhere`) is needed, since the two need not share a thread, and shared
    words that say the same point: the words naming the matter in the headings of the
    objection's thread (`matter_words` by item id: "scheme" of "Residents' parking scheme") are
    on every statement about the matter and do not count.
    """
    if not objections or not len(svecs):
        return []
    def order(s: dict) -> tuple:
        return (s["date"] or "9999", s["meeting_id"], item_seq.get(s["item_id"], 0), s["seq"])
    by_body: dict[str, list[dict]] = defaultdict(list)
    for s in statements:
        if s["id"] in s_index:
            by_body[s["body"] or ""].append(s)
    for rows in by_body.values():
        rows.sort(key=order)
    keys = {b: [order(s) for s in rows] for b, rows in by_body.items()}
    # per body, arrays over its rows for the candidate filter: the day number (NaN for a
    # missing or malformed date, which `days` takes as 0 days away), dated or not, item
    cols = {b: (np.array([_day(s["date"]) for s in rows], dtype=np.float64),
                np.array([bool(s["date"]) for s in rows], dtype=bool),
                np.array([s["item_id"] for s in rows], dtype=object)) for b, rows in by_body.items()}
    out = []
    for o in objections:
        if o["id"] not in s_index or not o["date"]:
            continue
        rows = by_body.get(o["body"] or "", [])
        start = bisect.bisect_right(keys[o["body"] or ""], order(o))
        day, dated, item = (c[start:start + 4000] for c in cols.get(o["body"] or "", (
            np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0, dtype=object))))
        near = np.abs(day - _day(o["date"])) <= CONFIG["finding_followup_days"]
        keep = np.flatnonzero((item != o["item_id"]) & dated & (near | np.isnan(day)
                                                                 | np.isnan(_day(o["date"]))))
        cand = [rows[start + k] for k in keep]
        if not cand:
            continue
        sims = svecs[[s_index[s["id"]] for s in cand]] @ svecs[s_index[o["id"]]]
        words = topic_words(o["text"], o.get("speaker") or "") \
            - (matter_words or {}).get(o["item_id"], set())
        for k in np.argsort(-sims)[:5]:
            if sims[k] < CONFIG["answer_threshold_anywhere"]:
                break
            c = cand[k]
            # the same point, not only the same speaker and the same way of minuting speech
            if len(words & topic_words(c["text"], c.get("speaker") or "")) < \
                    CONFIG["answer_anywhere_min_shared_words"] or (o["id"], c["id"]) in known:
                continue
            kind = "repeats" if c["type"] in ("objection", "question") \
                and c["meeting_id"] != o["meeting_id"] else "answers"
            out.append((o["id"], c["id"], kind, round(float(sims[k]), 4)))
            break
    return out


def _is_reply(s: dict) -> bool:
    """Does a statement read as a reply: an officer speaking (officers explain, whatever words the
    classifier keyed on), or a statement that presents itself as one ("responded", "explained",
    "clarified", "confirmed that")?"""
    if s["type"] == "question":
        return False
    if is_staff(s.get("speaker") or "") or is_staff(s["text"]):
        return True
    return s["type"] in ("information", "argument_for", "proposal", "action") \
        and is_response(s["text"])


def replied_next(objections: list[dict], by_item: dict[str, list[dict]]
                 ) -> list[tuple[str, str, str, float]]:
    """Links from objections to the reply that follows them on the same item: the first statement
    after the objection (and after the objector's own next sentences) by someone else, when it
    reads as a reply. Minutes record an officer's answer in the next paragraph, in its own words
    ("The City Manager stated before the City decided to front the money as a loan …"), so no
    wording overlap is asked for; another member's concern or question in between is no reply."""
    out = []
    for o in objections:
        rows = sorted(by_item.get(o["item_id"], []), key=lambda s: s["seq"])
        for s in rows:
            if s["seq"] <= o["seq"]:
                continue
            if o.get("speaker") and s.get("speaker") == o["speaker"]:
                continue  # the objector going on
            if _is_reply(s):
                out.append((o["id"], s["id"], "answers", 1.0))
            break
    return out


def rare_words(statements: list[dict]) -> dict[str, set[str]]:
    """Per body, the content words (`topic_words`) rare in its minutes: in at most
    `finding_rare_word_share` of its statements (and never fewer than two). Names of a scheme,
    a group, a place or a clause ("AAPS", "RHNA", "overkill") mark one point when said again."""
    df: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    n: dict[str, int] = defaultdict(int)
    for s in statements:
        b = s["body"] or ""
        n[b] += 1
        for w in topic_words(s["text"]):
            df[b][w] += 1
    return {b: {w for w, k in words.items()
                if k <= max(2, CONFIG["finding_rare_word_share"] * n[b])}
            for b, words in df.items()}


_RAISED = re.compile(r"\b(?:restat\w*|reiterat\w*|repeat\w*|again|renew\w*|still|"
                     r"concerns?|comments?|objections?|letter|points?)\b", re.I)


def raised_again(objections: list[dict], later: list[dict], rare: dict[str, set[str]],
                 svecs: np.ndarray, s_index: dict[str, int]) -> list[tuple[str, str, str, float]]:
    """Links from objections to a statement of any type at a later meeting of their thread that
    takes the point up again, often in other words or as a summary ("restated the society's
    comments and concerns that the proposed upzoning … were unnecessary to meet the RHNA"): it
    shares `finding_repeat_rare_words` of the objection's rare words (one, when it is itself an
    objection or question, or speaks of concerns, comments or restating), or is very similar
    (`repeat_threshold`)."""
    out = []
    for o in objections:
        body_rare = rare.get(o["body"] or "", set())
        mine = topic_words(o["text"], o.get("speaker") or "") & body_rare
        for c in later:
            if (c["date"] or "") <= (o["date"] or "") or c["meeting_id"] == o["meeting_id"] \
                    or days(o["date"], c["date"]) > CONFIG["finding_followup_days"]:
                continue
            shared = mine & topic_words(c["text"], c.get("speaker") or "")
            need = 1 if c["type"] in ("objection", "question") or _RAISED.search(c["text"]) \
                else CONFIG["finding_repeat_rare_words"]
            sim = float(svecs[s_index[o["id"]]] @ svecs[s_index[c["id"]]]) \
                if o["id"] in s_index and c["id"] in s_index else 0.0
            if len(shared) >= need or sim >= CONFIG["repeat_threshold"]:
                out.append((o["id"], c["id"], "repeats", round(sim, 4)))
                break
    return out
