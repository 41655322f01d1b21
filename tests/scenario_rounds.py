"""Shared by the probe rounds of unseen-format minutes (tests/test_scenarios_round*.py).

Each round is a folder under tests/scenarios holding minutes files and an expected.json of the
values read from their texts before the pipeline was run on them. A round's test module exports
each file once (`meeting_of`) and checks it field by field (`round_problems`); cases still wrong
are listed in the module's KNOWN dict with their cause (`check_known` fails once one is put right).
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from tests.test_scenarios_pdf import (attendee_problems, date_body_problems, export_one,
                                      item_problems)
from tests.test_scenarios_pdf2 import _num, vote_problems

__all__ = ["KINDS", "load_expected", "meeting_of", "round_problems", "statement_problems"]

KINDS = ("date", "attendees", "items", "statements", "votes")


def load_expected(here: Path) -> dict[str, dict]:
    """The expected values of each file of a round (keys starting with "_" are notes)."""
    return {k: v for k, v in json.loads((here / "expected.json").read_text()).items()
            if not k.startswith("_")}


def meeting_of(path: Path, tmp: Path, scanned: bool = False) -> tuple[str, dict, list[dict]]:
    """(file name, its first meeting in the export, the votes of that meeting)."""
    if scanned and not shutil.which("tesseract"):
        pytest.skip("tesseract is not installed: the scanned minutes cannot be read")
    data = export_one(path, tmp)
    m = data["meetings"][0]
    return path.name, m, [v for v in data["votes"] if v["meeting_id"] == m["id"]]


def _words(t: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", (t or "").lower())


def _holds(text: str, quote: str) -> bool:
    """Whether the statement text holds the quote (its words in order, allowing a few changes)."""
    got, want = " ".join(_words(text)), " ".join(_words(quote))
    return want in got or (len(want) > 20 and sum(w in set(_words(text)) for w in _words(quote))
                           >= 0.9 * len(_words(quote)))


def statement_problems(name: str, m: dict, exp: dict) -> list[str]:
    out: list[str] = []
    for e in exp["statements"]:
        sts = [s for i in m["items"] if e.get("item") in (None, _num(i)) for s in i["statements"]]
        # (a statement holding the quote word for word before one holding most of its words)
        want = " ".join(_words(e["quote"]))
        hits = [s for s in sts if want in " ".join(_words(s["text"]))] or \
            [s for s in sts if _holds(s["text"], e["quote"])]
        if not hits:
            out.append(f"no statement of item {e.get('item')} holds {e['quote']!r}")
            continue
        s, q = hits[0], e["quote"][:40]
        if s["type"] != e["type"]:
            out.append(f"{q!r}: type {s['type']} != {e['type']}")
        if s["page"] != e["page"]:
            out.append(f"{q!r}: page {s['page']} != {e['page']}")
        if "outcome" in e and s["outcome"] != e["outcome"]:
            out.append(f"{q!r}: outcome {s['outcome']} != {e['outcome']}")
        for key in ("owner", "speaker", "due"):
            if key in e and not set(_words(e[key])) <= set(_words(s.get(key) or "")):
                out.append(f"{q!r}: {key} {s.get(key)!r} lacks {e[key]!r}")
    for phrase in exp.get("no_statement_has", []):
        leaks = [s["text"] for i in m["items"] for s in i["statements"]
                 if phrase.lower() in s["text"].lower()]
        if leaks:
            out.append(f"running text {phrase!r} inside statements: {leaks[:2]}")
    return out


_CHECKS = {"date": date_body_problems, "attendees": attendee_problems, "items": item_problems,
           "statements": statement_problems}


def round_problems(kind: str, name: str, m: dict, votes: list[dict], exp: dict) -> list[str]:
    """What the export of one file gets wrong in one kind of field."""
    if kind == "votes":
        return vote_problems(name, m, votes, exp)
    return _CHECKS[kind](name, m, exp)
