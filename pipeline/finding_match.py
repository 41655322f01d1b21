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
from .finding_text import topic_words

__all__ = ["days", "merge_aliases", "answered_elsewhere"]


def days(a: str, b: str) -> int:
    """Days between two ISO dates (0 when either is missing)."""
    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days)
    except ValueError:
        return 0


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
    out = []
    for o in objections:
        if o["id"] not in s_index or not o["date"]:
            continue
        rows = by_body.get(o["body"] or "", [])
        start = bisect.bisect_right(keys[o["body"] or ""], order(o))
        cand = [s for s in rows[start:start + 4000]
                if s["item_id"] != o["item_id"] and s["date"]
                and days(o["date"], s["date"]) <= CONFIG["finding_followup_days"]]
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
