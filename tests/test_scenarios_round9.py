"""Ninth round of minutes from bodies and countries not seen before, checked through the export.

tests/scenarios/round9 holds a Maltese local council in plain text (minutes numbered under the
meeting's own number "62.1" … "62.5", "Name - Councillor" lines under "Present:" / "Excused:" /
"Also present:", "Proposed by Ms X and seconded by Mr Y. Approved unanimously.", "Mr Vella proposed
that …" / "Seconded by Ms Borg." / "Voting: 4 in favour, 1 against (Mr Azzopardi).", a signature
line "Mayor ____  Executive Secretary ____"), a Jamaican municipal corporation in plain text
(capitalised section labels PRESENT / OFFICERS / APOLOGIES, "Councillor" before each name, a
sub-item "4.1", "confirmed on a motion by Councillor X, seconded by Councillor Y", "On a motion by
…, it was resolved that the application be refused", "ACTION: CEO to …"), a US port authority
board in Markdown ("**Commissioners present:** …", "Commissioners absent: … (excused)", "Vote:
Ayes: … Nays: … Absent: …", "Motion carried 3-1") and a Ghanaian district assembly executive
committee in plain text (numbered attendance lists "1. Hon. X - Chairman, Works Sub-Committee",
"ABSENT WITH PERMISSION", "AGENDA ITEM 3: …", "X moved for the adoption of the minutes and was
seconded by Y", "The District Finance Officer is to submit … by 30th May, 2025"). expected.json
holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round9"
EXPECTED = load_expected(HERE)


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round9"))


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
}


@pytest.mark.parametrize("kind", KINDS)
def test_round9(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
