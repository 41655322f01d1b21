"""Twenty-first round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round21 holds a Hong Kong District Council as a PDF (attendance in a ruled table with
times of arrival and departure, members named surname first in capitals, "Mr CHAN Tai-man, MH",
"Absent with Apologies", government officers "In Attendance", items headed "Item 2: …" over
paragraphs numbered 1, 2, 3 … in the margin through the whole minutes, a motion put to the vote
with the names "For: … Against: … Abstain: …" carried over a page break, a motion "negatived", a
matter referred to a committee, a running header); an English Police and Crime Panel as a PDF
(minute references "PCP 25/15" in a margin column, councillors by appointing council and
independent co-opted members, the Commissioner and her officers in attendance, a right-hand
"Action" column of initials beside the sentence, a confirmation hearing endorsed "8 members voted
in favour and 3 against", a recommendation lost, a complaint referred to the Monitoring Officer, a
report deferred); a Colorado fire protection district's board of directors scanned (directors by
office, a director absent and excused, "Director … moved …; Director … seconded", roll calls
"Ayes - … ; Nays - …", a motion tabled to a later meeting, a motion failed on a 2-2 tie, sub-items
"4a." printed as lines of their own, "Chief … will … by …"); and a New South Wales public school's
P&C Association in plain text ("Moved: … Seconded: … Carried" lines, "Vote: For 4, Against 8,
Abstain 1. Motion lost.", an amendment carried before the amended motion, a matter held over,
"Action: … by …"). render.py draws the PDFs; expected.json holds the values read from these texts
before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round21"
EXPECTED = load_expected(HERE)
SCANNED = {"pinewood_fpd_board_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round21"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
    ("statements", "northmoor_police_crime_panel.pdf"):
        "the initials in the right-hand Action column ('CD', 'RB') are taken as the owner in place "
        "of the office the sentence names ('The Panel Secretariat to write …', 'The Chief "
        "Executive of the OPCC to circulate …'): the owner rules prefer the column's note. The "
        "initials are of those two officers, listed in attendance; the Suffolk statement gold reads "
        "the same layout the other way ('The Finance and Resources Manager to clarify …' with 'IB' "
        "in the column: owner 'IB'), so this round's expectation and that gold disagree, and no "
        "rule can meet both",
}


@pytest.mark.parametrize("kind", KINDS)
def test_round21(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
