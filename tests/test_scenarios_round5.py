"""Fifth round of minutes from bodies and countries not seen before, checked through the export.

tests/scenarios/round5 holds a New Zealand local board ("Resolution number TA/2024/44" above
each resolution, "MOVED by Member M Tupou, seconded by Member A Whaanga:", lettered clauses, a
division "For: … Against: …", a role | name attendance table), a US school district board (roll
call in prose, "Directors Grace Oyelaran, Paul Fitzgerald and Rosa Mendoza", a consent agenda of
lettered entries, "Motion by X, second by Y … Roll call vote: X aye, Y nay … Motion carried 4-1"),
a UK university senate ("Minute 24/47" headings, "Matters arising" citing earlier minutes,
"ACTIONS: Academic Registrar to …", a next-meeting date at the end), an Australian water
corporation board (an action register table No. | Action | Responsible | Due | Status), a South
African municipal committee in plain text ("RESOLVED: (a) That …", "The Chair ruled …", a vote
"In favour: Cllrs … Against: Cllr …") and an Indian housing society's managing committee in
Markdown (dates "15.09.2024", "Shri"/"Smt." names, "Proposed by: …; Seconded by: …. Passed by
majority (4 in favour, 1 against – …)"). Two more were written after the rules were changed on
those six, to check the rules on minutes they were not tuned on: a Canadian school board (a role |
name table with "Director of Education  Paul Nakamura", "THAT the Board: a) postpone …", "Recorded
vote: In favour: …", a one-page file with "Page 1 of 1" in its footer) and a Nigerian local
government committee ("ABSENT WITH APOLOGY:", "Hon." names, "RESOLVED: (i) That …", the committee
named in the line under the council's). render.py draws the PDFs; expected.json holds the values
read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_scenarios_pdf import (attendee_problems, check_known, date_body_problems,
                                      export_one, item_problems)
from tests.test_scenarios_pdf2 import _num, vote_problems

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round5"
EXPECTED = {k: v for k, v in json.loads((HERE / "expected.json").read_text()).items()
            if not k.startswith("_")}
FILES = list(EXPECTED)


@pytest.fixture(scope="module", params=FILES)
def meeting(request, tmp_path_factory):
    data = export_one(HERE / request.param, tmp_path_factory.mktemp("round5"))
    m = data["meetings"][0]
    return request.param, m, [v for v in data["votes"] if v["meeting_id"] == m["id"]]


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
        hits = [s for s in sts if _holds(s["text"], e["quote"])]
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


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {}


def _check(kind: str, name: str, problems: list[str]) -> None:
    check_known(KNOWN, kind, name, problems)


def test_date_and_body(meeting):
    name, m, _ = meeting
    _check("date", name, date_body_problems(name, m, EXPECTED[name]))


def test_attendees(meeting):
    name, m, _ = meeting
    _check("attendees", name, attendee_problems(name, m, EXPECTED[name]))


def test_items(meeting):
    name, m, _ = meeting
    _check("items", name, item_problems(name, m, EXPECTED[name]))


def test_statements(meeting):
    name, m, _ = meeting
    _check("statements", name, statement_problems(name, m, EXPECTED[name]))


def test_votes(meeting):
    name, m, votes = meeting
    _check("votes", name, vote_problems(name, m, votes, EXPECTED[name]))
