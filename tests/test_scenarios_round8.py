"""Eighth round of minutes in layouts not seen before, checked through the export.

tests/scenarios/round8 holds a Canadian public library board whose attendance (Trustee |
Position | Attendance, with "Regrets" and "Staff") and recorded vote (Trustee | Yes | No |
Abstain, X marks) are ruled tables; a US water district's minutes printed and scanned (an image
skewed by 0.7 degrees, speckled, JPEG) so that only OCR reads them; an English town council's
minutes set in two columns on landscape pages (minute numbers "24/101", "Proposed by Cllr …,
seconded by Cllr …. 4 in favour, 1 against."); and a parish council's agenda printed before the
minutes of the meeting it called, which must give no meeting or items of its own. render.py draws
the PDFs; expected.json holds the values read from them before the pipeline was run.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_scenarios_pdf import (attendee_problems, check_known, date_body_problems,
                                      export_one, item_problems)
from tests.test_scenarios_round5 import statement_problems, vote_problems

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round8"
EXPECTED = {k: v for k, v in json.loads((HERE / "expected.json").read_text()).items()
            if not k.startswith("_")}
FILES = list(EXPECTED)
SCANNED = {"mesa_verde_water_scan.pdf"}


@pytest.fixture(scope="module", params=FILES)
def meeting(request, tmp_path_factory):
    if request.param in SCANNED and not shutil.which("tesseract"):
        pytest.skip("tesseract is not installed: the scanned minutes cannot be read")
    data = export_one(HERE / request.param, tmp_path_factory.mktemp("round8"))
    m = data["meetings"][0]
    return request.param, m, [v for v in data["votes"] if v["meeting_id"] == m["id"]]


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
    ("statements", "hallam_town_council.pdf"):
        "'Cllr Singh said that the skatepark was the most used facility … and that the "
        "refurbishment was long overdue' is information (the classifier, 0.39, with no rule hit): "
        "no rule reads a member's praise of the thing proposed ('most used', 'long overdue') as "
        "an argument for it",
}


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
