"""Second round of minutes PDFs from bodies and layouts not seen before, read through the JSON export.

tests/scenarios/pdf_layouts2/render.py draws them: a Canadian city council (Moved by / Seconded by /
THAT ... / CARRIED, a recorded vote "In favour: ... Opposed: ..."), an Australian shire council
(Cr names, items 9 / 9.1, an officer's recommendation then a council resolution with its number,
"CARRIED 3/1"), a UK county scrutiny committee (PRESENT paragraph with "(Chairman);", officers by
role, RESOLVED (a)/(b)), a US school board (the agenda printed before the minutes, "Action Item
7.1", a Yea/Nay/Absent table per motion, public comment speakers), a partnership board in two
newspaper columns (numbered paragraphs 1.1, 3.2, "Action: OP" lines, a closing action log), a
Word export (bulleted attendance lists, words hyphenated across lines, a running header on every
page) and a scanned copy of the shire minutes. expected.json holds the values read from those
texts before the pipeline was run on them.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_scenarios import _has
from tests.test_scenarios_pdf import (attendee_problems, check_known, date_body_problems,
                                      export_one, item_problems)

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "pdf_layouts2"
EXPECTED = {k: v for k, v in json.loads((HERE / "expected.json").read_text()).items()
            if not k.startswith("_")}
SCANS = {"scanned/wattle_creek_scan.pdf": "wattle_creek_shire.pdf"}
FILES = list(EXPECTED) + list(SCANS)


def _expected(name: str) -> dict:
    return EXPECTED[SCANS.get(name, name)]


@pytest.fixture(scope="module", params=FILES)
def meeting(request, tmp_path_factory):
    data = export_one(HERE / request.param, tmp_path_factory.mktemp("layout2"))
    m = data["meetings"][0]
    return request.param, m, [v for v in data["votes"] if v["meeting_id"] == m["id"]]


def _num(item: dict) -> str:
    return (item["number"] or "").rstrip(".").strip()


def statement_problems(name: str, m: dict, exp: dict | None = None) -> list[str]:
    exp, out = exp or _expected(name), []
    for e in exp["statements"]:
        sts = [s for i in m["items"] if e.get("item") in (None, _num(i)) for s in i["statements"]]
        hits = [s for s in sts if _has(s["text"], e["quote"])]
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
        for key in ("owner", "speaker"):
            if key in e and e[key].lower() not in (s[key] or "").lower():
                out.append(f"{q!r}: {key} {s[key]!r} lacks {e[key]!r}")
    for phrase in exp.get("no_statement_has", []):
        leaks = [s["text"] for i in m["items"] for s in i["statements"]
                 if phrase.lower() in s["text"].lower()]
        if leaks:
            out.append(f"running text {phrase!r} inside statements: {leaks[:2]}")
    return out


def vote_problems(name: str, m: dict, votes: list[dict], exp: dict | None = None) -> list[str]:
    """The votes of one meeting against the expected ones (`exp`, else this round's for `name`)."""
    exp, out = exp or _expected(name), []
    number = {i["id"]: _num(i) for i in m["items"]}
    by_item: dict[str, list[dict]] = {}
    for v in votes:
        by_item.setdefault(number.get(v["item_id"], "?"), []).append(v)
    want: dict[str, list[dict]] = {}
    for e in exp["votes"]:  # an item may hold several votes (amendments, then the motion), in order
        want.setdefault(e["item"], []).append(e)
    seen: dict[str, int] = {}
    for e in exp["votes"]:
        got, k = by_item.get(e["item"], []), seen.get(e["item"], 0)
        seen[e["item"]] = k + 1
        if len(got) != len(want[e["item"]]):
            if k == 0:
                out.append(f"item {e['item']}: {len(got)} votes, want {len(want[e['item']])}")
            continue
        v = got[k]
        for key in ("mover", "seconder"):
            if e[key].lower() not in (v[key] or "").lower():
                out.append(f"item {e['item']}: {key} {v[key]!r} lacks {e[key]!r}")
        if v["result"] != e["result"]:
            out.append(f"item {e['item']}: result {v['result']} != {e['result']}")
        for key in ("ayes", "noes", "absent"):
            if key in e and (v["tally"] or {}).get(key) != e[key]:
                out.append(f"item {e['item']}: {key} {(v['tally'] or {}).get(key)} != {e[key]}")
        for surname, how in e.get("members", {}).items():
            got_how = [h for n, h in (v["members"] or {}).items() if surname.lower() in n.lower()]
            if got_how != [how]:
                out.append(f"item {e['item']}: {surname} voted {got_how} != {how}")
    extra = sorted(set(by_item) - {e["item"] for e in exp["votes"]})
    if extra:
        out.append(f"votes found in items with none printed: {extra}")
    return out


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
}


def _check(kind: str, name: str, problems: list[str]) -> None:
    check_known(KNOWN, kind, name, problems)


def test_date_and_body(meeting):
    name, m, _ = meeting
    _check("date", name, date_body_problems(name, m, _expected(name)))


def test_attendees(meeting):
    name, m, _ = meeting
    _check("attendees", name, attendee_problems(name, m, _expected(name)))


def test_items(meeting):
    name, m, _ = meeting
    _check("items", name, item_problems(name, m, _expected(name)))


def test_statements(meeting):
    name, m, _ = meeting
    _check("statements", name, statement_problems(name, m))


def test_votes(meeting):
    name, m, votes = meeting
    _check("votes", name, vote_problems(name, m, votes))
