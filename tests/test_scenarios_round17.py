"""Seventeenth round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round17 holds a long (eight pages) regular meeting of a Texas city council as a
PDF ("COUNCIL PRESENT: Mayor …; Mayor Pro Tem …; Council" / "Members …", "COUNCIL ABSENT:", "STAFF
PRESENT:"), with citizens' communications from residents who give their street address ("Mr.
Walter Finch, 118 Pecan Drive, objected …"), a consent agenda, a public hearing on a zoning case
(residents for and against, the chamber of commerce), an amendment moved and failed "by a vote of
2-5 (Council Members Brandt and Pruitt voting aye)", a record vote ("Ayes: … Nays: …"), a water
rate ordinance continued from an earlier meeting approved "by a vote of 6-1 (Council Member
Salinas voting no)", signature lines ("APPROVED: ____ Linda Garza, Mayor", "ATTEST: ____") and a
page of speaker cards after them; a committee of the Jamaican House of Representatives as a PDF
whose attendance is a ruled table (Member | Constituency | Attendance), with witnesses questioned,
a division ("the Committee divided: Ayes 3, Noes 2") and a ruled action log; a Maltese local
council's ordinary sitting scanned ("Proposed by Cllr …, seconded by Cllr …", "approved with four
votes in favour and one against (Cllr …)", "Excused:"); and a Manitoba school division's board of
trustees as plain text ("Trustees Present:" / "Regrets:" / "Administration:" blocks, numbered
motions "2025-016  Moved by Trustee …, Seconded by Trustee …" / "THAT …" / "CARRIED", an
amendment "DEFEATED", a recorded vote "For: … Against: …"). render.py draws the PDFs;
expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round17"
EXPECTED = load_expected(HERE)
SCANNED = {"wied_il_qaliet_lc_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round17"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
    ("items", "cedar_bluff_city_council.pdf"):
        "item 12 (ADJOURNMENT) ends on page 7 at the signature lines: the page of speaker cards "
        "after them ('ATTACHMENT A - SPEAKER CARDS RECEIVED, ITEM 5') is not kept with the last item",
    ("items", "wied_il_qaliet_lc_scan.pdf"):
        "the title 'Residents' Petition on Parking in Triq il-Bahar' loses its first word: OCR "
        "of the scan reads the heading line as '3. Petition on Parking in Triq il-Bahar'",
}


@pytest.mark.parametrize("kind", KINDS)
def test_round17(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
