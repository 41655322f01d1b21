"""Twelfth round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round12 holds a Singapore town council's meeting in plain text (surname-first
names in a two-column PRESENT / ABSENT WITH APOLOGIES / IN ATTENDANCE layout, upper-case numbered
items over paragraphs "4.1" …, "Five Councillors voted in favour and one (Mr Quek) voted against",
a resident attending as an observer who objects, "The General Manager to … by 16 June 2025"); a
German works council's minutes written in English as Markdown ("### TOP 2 – …" headings,
attendance as comma lists after bold labels, a substitute member sitting "for" an excused one,
"**Resolution:** … Vote: 6 yes, 2 no (Yildirim, Fuchs), 0 abstentions", an employee heard at his
own request who objects, "**Action:** … – due: 5 June 2025"); a long (eight pages) open-session
record of a US state licensing board as a PDF (Roman-numbered items, one per disciplinary case,
an item heading broken over a page, a public hearing with speakers for and against a rule,
"Motion by …, seconded by …", roll-call tables, "Motion carried 6-1", "Motion failed 3-4", a
member recused, cases continued, a closed session); and a Namibian regional council's meeting
scanned ("Hon." councillors with constituencies, "RESOLVED (CR 22/04/2025): That Council …",
a community delegation that objects, "carried with 6 in favour and 2 against", an item carried
over a page). render.py draws the PDFs; expected.json holds the values read from these texts
before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round12"
EXPECTED = load_expected(HERE)
SCANNED = {"otjozondjupa_rc_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round12"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("kind", KINDS)
def test_round12(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
