"""Fourteenth round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round14 holds a long (eight pages) ordinary meeting of a Zambian municipal council
as a PDF ("His Worship the Mayor, Cllr. … - In the Chair", councillors with their wards, a chiefs'
representative, "MIN. NO. 22/2025" headings broken over two or three lines, a market relocation
deferred from the previous meeting and heard again with six traders for and against, amendments
moved and lost "by 4 votes to 7", an amendment carried, "carried by 8 votes to 3. Those who voted
against were …", "ACTION: <office> - … by 30th April, 2025" lines, a running footer); a Pakistani
cantonment board's ordinary meeting as a PDF whose attendance is a ruled table (S. No. | Name |
Designation | Attendance, "Leave granted"), "Resolution No. 42: Resolved that …", "Proposed by: …
Seconded by: …" on one line, "Decision: Passed by majority (5 in favour, 2 against: …)", a
traders' delegation that objects, dates "30-06-2025"; a Zimbabwean rural district council's full
council meeting scanned (councillors with wards in brackets, "Officials in attendance:", "Moved by
Cllr. …, seconded by Cllr. …, that …. The motion was carried with 7 votes for and 2 against (…)",
a village head observing who objects); and a Guernsey parish Douzaine's minutes as plain text
(the Dean presiding, Constables and Douzeniers, a Deputy in attendance, planning applications
"3.1 FULL/2025/0812 - …" with a parishioner who objects, "The Douzaine voted 5 to 3 to object",
"Proposed by Ms …, seconded by Mr …, that …. Carried, 6 in favour, 2 against (…)"). render.py
draws the PDFs; expected.json holds the values read from these texts before the pipeline was run
on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round14"
EXPECTED = load_expected(HERE)
SCANNED = {"gorongwe_rdc_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round14"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
    ("statements", "munali_municipal_council.pdf"):
        "sentences with no marker word keep the model's type: public speakers who only 'stated "
        "that' (Chanda not informed, Mwale's 430 signatures, Sakala on the "
        "smoke) and 'supported the relocation on condition that' stay information; the officer's "
        "report on the grader is an objection; the petition 'asking Council to close the "
        "dumpsite' is information and its presenter's argument a proposal; 'present it to the "
        "Council meeting of 26th June, 2025' gives no due date",
    ("statements", "gorongwe_rdc_scan.pdf"):
        "OCR drops 'held on' from 'The minutes of the meeting held on 17 April 2025 were "
        "confirmed', so the quote is not found",
}


@pytest.mark.parametrize("kind", KINDS)
def test_round14(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
