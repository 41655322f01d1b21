"""Fifteenth round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round15 holds a long (eight pages) regular meeting of a Bermudian municipal
corporation as a PDF ("His Worship the Mayor … (Chair)", Aldermen and Common Councillors,
"Regrets:", minute numbers "25/044" printed in the margin beside their titles, a waterfront lease
continued from an earlier minute and heard with eight members of the public for and against, two
amendments lost (one on a recorded division printed as "For: … Against: …" lines), the substantive
motion carried on a division, an amendment carried, a notice of motion, "Action: … by …" lines,
a running footer "Page i of n"); a Botswana sub land board's ordinary meeting as a PDF whose
attendance is a ruled table (Name | Designation | Status, "Absent with apology", a Kgosi ex
officio) and whose actions close it in a second ruled table (Action | Responsible | Due date),
"ITEM 4:" headings, "Resolution: The Board resolved …", "Motion by …, seconded by …. Carried: 4
for, 1 against (…)", a plot dispute heard with the complainant and the respondent; an Isle of Man
district commissioners' public meeting scanned ("Present: Mr J Quayle (Chairman), …" on one line,
"It was proposed by Mr …, seconded by Mrs … and RESOLVED that", "carried, 3 votes for and 2
against (…)", a resident who objects to a planning application); and a Nepali community forest
user group's executive committee minutes as Markdown (a Bikram Sambat date with its Gregorian
date in brackets, "Absent (informed):", "Invitees:", "### Agenda 2: …", "**Decision No. 2:** The
proposal was passed by majority: 7 in favour, 2 against (…)", a delegation of users that objects,
Rs 5,40,000 in the Indian grouping). render.py draws the PDFs; expected.json holds the values read
from these texts before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round15"
EXPECTED = load_expected(HERE)
SCANNED = {"ballakilley_commissioners_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round15"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
    ("statements", "port_royal_corporation.pdf"):
        "a speaker's words with no stance word keep the model's type (Mr. Tuzo 'stated that the "
        "bar would close at midnight', Cllr Burgess 'stated that the festival had filled fourteen "
        "skips', Mr. Gibbons 'stated that the building had been set back twenty feet … and that "
        "all deliveries would be made … before 9:00 a.m.' stay information, where the gold reads "
        "arguments for the item)",
    ("statements", "motlhabaneng_land_board.pdf"):
        "'Mr. Thato Modise applied for the change of use' stays information (an applicant's "
        "application heard by the body is its proposal, but 'applied for' in the corpus is "
        "mostly news: 'staff has applied for a $10 million grant')",
    ("statements", "sundar_devi_cfug.md"):
        "'Mr. Gurung stated that the rule … had been passed by the general assembly and that the "
        "committee could not change it' stays information (no stance word); 'Mrs. Dahal informed "
        "the meeting that the Ward Office would provide Rs 1,00,000' is an argument for (model)",
}


@pytest.mark.parametrize("kind", KINDS)
def test_round15(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
