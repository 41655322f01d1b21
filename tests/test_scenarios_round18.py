"""Eighteenth round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round18 holds an ordinary meeting of a Western Australian shire council as a PDF
with a running header and a "Page i of n" footer (items "6.2.1" under officers' reports, each
report opened by "File Reference: / Author: / Disclosure of Interest:" lines, "OFFICER
RECOMMENDATION / COUNCIL RESOLUTION   OCM 25/042" blocks, "Moved: Cr … Seconded: Cr …" on one
line, "CARRIED 4/2" with "For: … Against: …", an amendment "LOST 2/4", a resolution that departs
from the officer's recommendation with its reason printed, public question time); an Ontario
condominium corporation's board of directors as a PDF whose attendance is set in two columns side
by side (Directors Present | Also Present / Regrets), with an owner who objects, contractors'
quotations in a ruled table inside an item, a rule referred to the corporation's lawyer and
"Vote: 3 in favour (…), 1 opposed (…). The motion was carried."; a Scottish community council's
meeting scanned ("In attendance: Cllr … (Angus Council), PC … (Police Scotland)", a planning
application the council "agreed by 5 votes to 2" to object to, a matter referred to the
council's roads department, "AOCB" with a proposal not seconded); and a British Columbia
hospital foundation's board of directors as Markdown ("**Directors present:**", "**Ex
officio:**", "**Motion 2025-09-03:** Moved by …, seconded by …, that …", a vote on a line of its
own "**Vote:** 4 in favour (…), 2 opposed (…); Cardinal did not vote. **Carried.**", a director
with a conflict of interest, "**Action:** The … to … by …"). render.py draws the PDFs;
expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round18"
EXPECTED = load_expected(HERE)
SCANNED = {"kinnordy_community_council_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round18"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
}


@pytest.mark.parametrize("kind", KINDS)
def test_round18(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
