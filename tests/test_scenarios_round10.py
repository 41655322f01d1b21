"""Tenth round of minutes from kinds of body and countries not seen before, checked through the export.

tests/scenarios/round10 holds a Ugandan savings and credit co-operative's board in plain text
(names printed surname first, "Mr. Byaruhanga Wilson      Chairperson" columns under MEMBERS
PRESENT / ABSENT WITH APOLOGY / IN ATTENDANCE, an agenda listed before the minutes, minute headings
"MIN 04/34/2025: …", "Resolution:" and "Action: Manager - by …" lines, "4 members voted in favour,
1 against and 1 abstained", an observer who objects); a Hong Kong owners' corporation management
committee as a PDF (names "Mr. CHAN Tai-man", paragraphs numbered "3.1" … under each item, an
Action column in the right margin, "(Proposed by …, seconded by …; 4 votes for, 1 vote against
(…))", an owner observing the meeting who objects); a Fijian golf club's management committee
in Markdown ("**Present:** Name (office), …", "### Item 4 – …", "Moved: X / Seconded: Y",
"For: 4 / Against: 1 / Abstained: 1", "**Lost.**", a trailing action list table, a club member
speaking from the floor); and a Sierra Leone chiefdom council's minutes scanned (offices before
names under ATTENDANCE:, items "1.0 OPENING PRAYERS", "carried by 5 votes to 1", a trader present
who objects). render.py draws the PDFs; expected.json holds the values read from these texts
before the pipeline was run on them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.scenario_rounds import KINDS, load_expected, meeting_of, round_problems
from tests.test_scenarios_pdf import check_known

pytestmark = pytest.mark.slow
HERE = Path(__file__).resolve().parent / "scenarios" / "round10"
EXPECTED = load_expected(HERE)
SCANNED = {"kori_chiefdom_council_scan.pdf"}


@pytest.fixture(scope="module", params=list(EXPECTED))
def meeting(request, tmp_path_factory):
    return meeting_of(HERE / request.param, tmp_path_factory.mktemp("round10"),
                      request.param in SCANNED)


# Still wrong, each for a reason of its own (the test fails once one of these is put right, so
# that the entry is removed and the case is held from then on).
KNOWN: dict[tuple[str, str], str] = {
    ("attendees", "kingswood_court_io.pdf"):
        "the PDF joins name and office columns with one space: 'Mr. NG Kwok-wing Vice-Chairman' "
        "under 'Absent with apologies:' is also read as a chair 'NG Kwok-wing Vice' (the office's "
        "'Chairman'), 'Mr. Patrick TSE Property Manager, Goldfield Property Management Ltd' is split "
        "at the comma and the company taken for the name, and 'Ms. Cindy YIP Assistant Property "
        "Manager' is lost",
    ("items", "kingswood_court_io.pdf"):
        "the right-margin column header 'Action', printed on item 1's heading line, is read into "
        "its title",
    ("statements", "kingswood_court_io.pdf"):
        "the Action column's 'PMO' is the owner of 'The "
        "Property Manager would issue a notice … by 15 April 2025' (the column wins over the "
        "sentence by design); 'The Management Committee agreed that the Property Management Office "
        "would step up patrols' stays a decision (an agreed position with no deadline)",
    ("statements", "nadi_bay_golf_club.md"):
        "'Club member Viliame Rokotuiloma, speaking from the floor …, objected' takes the speaker of "
        "the sentence before (a member of the public, no attendee, after 'Club member'); the rows "
        "of the Markdown action list table ('| 1 | Notify members … | Club Secretary/Manager | "
        "30 April 2025 |') are not read as actions and stay in the last item with the table header",
    ("attendees", "kori_chiefdom_council_scan.pdf"):
        "lines that print an office and a courtesy title before the name ('Section Chief Pa Momoh "
        "Kamara - Kori Section', 'Mammy Queen Madam Fatmata Conteh', 'Town Chief Pa Alimamy "
        "Fofanah - Taiama Town') end the ATTENDANCE block after its second line",
    ("statements", "kori_chiefdom_council_scan.pdf"):
        "'The Youth Leader, Mr. Ibrahim Turay, who attended as an observer, asked …' gets no "
        "speaker (a name in apposition after an office, no attendee)",
}


@pytest.mark.parametrize("kind", KINDS)
def test_round10(meeting, kind):
    name, m, votes = meeting
    check_known(KNOWN, kind, name, round_problems(kind, name, m, votes, EXPECTED[name]))
