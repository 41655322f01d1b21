"""Twenty-second round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round22 holds an Ohio county board of elections as a PDF (two members of each party,
staff "Also Present", each motion's mover, seconder, vote and result in a ruled table under the
motion, a roll call "Sokol - Yea; … Acheson - Nay" tied 2-2 and sent to the Secretary of State, a
matter tabled to a special meeting, a running header and a "Page 1 of 2" footer); a Scottish
licensing board as a PDF (minute references "25/43" in a left margin column, the Convener in the
chair, a motion and an amendment put to one division with the names of those voting each way,
"Resolved (unanimously):" set off and indented, a review hearing continued, an application
remitted to the Clerk); a Victorian catchment management authority's board scanned (apologies
in a sentence, "Moved: …" / "Seconded: …" lines and "CARRIED UNANIMOUSLY" on a line of its own,
"For 3, Against 4, Abstain 1. The Chair declared the motion lost.", a final "Action list" table);
and an Irish county council's municipal district in plain text (minute references "CKL 66/25",
the Cathaoirleach presiding, apologies in a sentence, notices of motion quoted under their
headings, a vote with the names "For: Cllrs. … Against: Cllrs. …", "It was agreed to defer",
a final "ACTION LIST" table). render.py draws the PDFs; expected.json holds the values read
from these texts before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round22"
EXPECTED = load_expected(HERE)
SCANNED = {"mitta_plains_cma_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round22"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
}


@pytest.mark.parametrize("kind", KINDS)
def test_round22(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
