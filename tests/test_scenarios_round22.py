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
    ("statements", "brennan_county_elections_board.pdf"):
        "motion joining: each motion sentence ('Motion to approve the minutes of the July 8, 2025 "
        "regular meeting as presented.') stays a proposal (or an action) apart from the result its "
        "table row gives ('Moved: Acheson Seconded: Feld Vote: 4-0 Result: Carried', a decision): "
        "the joining rules do not join a motion to a labelled row after it",
    ("statements", "strathdearn_licensing_board.pdf"):
        "motion joining: 'Councillor Munro, seconded by Councillor Mackay, moved that the variation "
        "be granted …' stays a proposal, the amendment and the division standing between it and "
        "'The motion was accordingly carried.'; objection typing: 'Sergeant Baird objected on "
        "behalf of the Chief Constable that …' is read as information",
    ("items", "mitta_plains_cma_scan.pdf"):
        "the scan's '1 Acknowledgement of Country and Welcome' is read by OCR as '4 Acknowledgement "
        "…', a number out of sequence before item 2, so the heading is no item",
    ("statements", "mitta_plains_cma_scan.pdf"):
        "motion joining: the motion texts ('That the minutes of Board Meeting No. 213 … be "
        "confirmed.', 'That the Board award the contract …', 'That the Board fund …') are not "
        "joined to the 'Moved: … Seconded: … CARRIED UNANIMOUSLY' lines or the count and 'The "
        "Chair declared the motion lost' under them; and OCR reads the ruled 'Action list' table "
        "as one garbled line ('[ho [Aston Tue'), its rows lost",
    ("statements", "carrowkeel_municipal_district.txt"):
        "motion joining: 'The motion was put to the meeting.' stays a proposal apart from "
        "'CARRIED UNANIMOUSLY' on the line under it; objection typing: the Director of Services' "
        "reply that a change can only be made in the 2026 county-wide review is read as information",
}


@pytest.mark.parametrize("kind", KINDS)
def test_round22(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
