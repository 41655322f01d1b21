"""Minutes PDFs laid out in ways the samples and the corpus do not use, read through the JSON export.

tests/scenarios/pdf_layouts/render.py draws them (a UK parish council with minute references and
RESOLVED blocks, a US board with a roll-call table and a "Page N of M" running header, a
partnership with an action table, an Irish municipal district with Moved/Seconded/CARRIED lines,
trustees' minutes whose date is only in the footer, a charity board with unnumbered bold
headings, school governors with a Name | Role | Attendance table and lettered items, and a
scanned copy of the parish minutes). expected.json holds the values read from
those texts before the pipeline was run on them.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.test_scenarios import _has, _words

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "pdf_layouts"
EXPECTED = {k: v for k, v in json.loads((HERE / "expected.json").read_text()).items()
            if not k.startswith("_")}
FILES = list(EXPECTED) + ["scanned/ashcombe_scan.pdf"]


def _expected(name: str) -> dict:
    return EXPECTED["ashcombe_parish.pdf" if name.startswith("scanned/") else name]


def export_one(path: Path, folder: Path) -> dict:
    """The JSON export of a store holding one minutes file of one meeting (no vectors, no threads)."""
    from pipeline.export import export_json
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    store = Store(folder / "s.db")
    opts = IngestOptions(workers=1, embed=False, derive=False, isolate=False)
    report = ingest([str(path)], store, opts)
    assert report.count("stored") == 1, report.summary()
    data = export_json(store)
    store.close()
    assert len(data["meetings"]) == 1, [m["title"] for m in data["meetings"]]
    return data


@pytest.fixture(scope="module", params=FILES)
def meeting(request, tmp_path_factory):
    data = export_one(HERE / request.param, tmp_path_factory.mktemp("layout"))
    return request.param, data["meetings"][0]


def date_body_problems(name: str, m: dict, exp: dict | None = None) -> list[str]:
    exp, out = exp or _expected(name), []
    if m["date"] != exp["date"]:
        out.append(f"date {m['date']} != {exp['date']}")
    if not _has(m["body"] or "", exp["body"]):
        out.append(f"body {m['body']!r} lacks {exp['body']!r}")
    if re.search(r"\b(\w+)\s+\1\b", m["body"] or "", re.I):
        out.append(f"body {m['body']!r} repeats a word")
    return out


def attendee_problems(name: str, m: dict, exp: dict | None = None) -> list[str]:
    exp, out = exp or _expected(name), []
    for surname, status in exp["attendees"].items():
        got = [a["status"] for a in m["attendees"] if surname.lower() in a["name"].lower()]
        ok = {status, "present"} if status == "chair" else {status}
        if len(got) != 1 or got[0] not in ok:
            out.append(f"attendee {surname}: {got} != {status}")
    extra = [a["name"] for a in m["attendees"]
             if not any(s.lower() in a["name"].lower() for s in exp["attendees"])]
    if extra:
        out.append(f"attendees not in the minutes: {extra}")
    return out


def item_problems(name: str, m: dict, exp: dict | None = None) -> list[str]:
    # the expected items are the printed headings; an opening item (the prose above the first
    # heading) is none of them, as in eval_segment
    got = [((i["number"] or "").rstrip(".").strip(), " ".join(_words(i["title"])),
            i["page_start"], i["page_end"]) for i in m["items"] if not i.get("opening")]
    want = [(n, " ".join(_words(t)), a, b) for n, t, a, b in (exp or _expected(name))["items"]]
    return [] if got == want else [f"items {got} != {want}"]


def spine_problems(name: str, m: dict) -> list[str]:
    """Differences between the exported meeting and the expected date, body, attendees and items."""
    return date_body_problems(name, m) + attendee_problems(name, m) + item_problems(name, m)


def statement_problems(name: str, m: dict) -> list[str]:
    exp, out = _expected(name), []
    for e in exp["statements"]:
        sts = [s for i in m["items"] if e.get("item") in (None, (i["number"] or "").rstrip("."))
               for s in i["statements"]]
        hits = [s for s in sts if _has(s["text"], e["quote"])]
        if not hits:
            out.append(f"no statement holds {e['quote']!r}")
            continue
        s = hits[0]
        if s["type"] != e["type"]:
            out.append(f"{e['quote'][:40]!r}: type {s['type']} != {e['type']}")
        if s["page"] != e["page"]:
            out.append(f"{e['quote'][:40]!r}: page {s['page']} != {e['page']}")
        if "outcome" in e and s["outcome"] != e["outcome"]:
            out.append(f"{e['quote'][:40]!r}: outcome {s['outcome']} != {e['outcome']}")
        if "owner" in e and e["owner"].lower() not in (s["owner"] or "").lower():
            out.append(f"{e['quote'][:40]!r}: owner {s['owner']!r} lacks {e['owner']!r}")
    return out


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {}


def check_known(known: dict, kind: str, name: str, problems: list[str]) -> None:
    """No problems, or the known reason for them (a known case that comes right fails, so that
    its entry is removed and the case is held from then on)."""
    reason = known.get((kind, name))
    if reason and problems:
        pytest.xfail(f"{reason}: {problems}")
    assert not reason, f"{kind} of {name} now right: remove it from KNOWN"
    assert problems == []


def _check(kind: str, name: str, problems: list[str]) -> None:
    check_known(KNOWN, kind, name.split("/")[-1] if not name.startswith("scanned/") else name,
                problems)


def test_date_and_body(meeting):
    _check("date", meeting[0], date_body_problems(*meeting))


def test_attendees(meeting):
    _check("attendees", meeting[0], attendee_problems(*meeting))


def test_items(meeting):
    _check("items", meeting[0], item_problems(*meeting))


def test_statements(meeting):
    _check("statements", meeting[0], statement_problems(*meeting))
