"""Rules written for the twelfth round of unseen minutes (tests/scenarios/round12), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences
from pipeline.classify_split import LINE_START, _boundaries, make_splitter
from pipeline.records import Line
from pipeline.segment import _PLACE_DATE, _SIGNERS
from pipeline.segment_attendees import find_attendees


def _one(text: str, title: str = "2. Overtime"):
    return classify_sentences([(text, title)])[0]


def _starts(text: str) -> list[str]:
    doc = make_splitter()(text)
    return [doc[i].text for i in _boundaries(doc, set())]


def test_a_day_with_a_full_stop_before_its_month_and_year_stays_in_the_sentence() -> None:
    assert _starts("That the minutes of the meeting held on 25. February 2025 be confirmed as a "
                   "true record. Proposed by Hon. Haufiku.") == ["That", "Proposed"]
    # the year read on the next line of a scan
    assert _starts("That the minutes of the meeting held on 25. February\n2025 be confirmed. "
                   "Proposed by Hon. Haufiku.") == ["That", "Proposed"]
    # a number ending a sentence before a capitalised month word with no year after it
    assert _starts("The vote was 5. May we go on to the next item.") == ["The", "May"]


def test_a_bold_resolution_label_opens_a_unit() -> None:
    assert LINE_START.match("**Resolution:** The works council consents to the overtime.")
    assert LINE_START.match("Resolution: That the budget be adopted.")
    # the word inside a sentence is no label
    assert not LINE_START.match("Resolution of the dispute was reached.")


def test_an_ocr_colon_after_a_title_before_a_name_is_the_title() -> None:
    lines = [Line(text=t, page=1) for t in [
        "PRESENT:", "Hon. Maria Kaura - Chairperson", "ABSENT WITH APOLOGY:",
        "Hon: Thomas Nakale - Councillor (Okakarara Rural Constituency)", "",
        "1. OPENING AND PRAYER"]]
    got = {a.name.split()[-1]: a.status for a in find_attendees(lines)}
    assert got.get("Nakale") == "apologies"
    assert "Hon" not in got


def test_an_application_for_the_bodys_consent_is_the_proposal() -> None:
    assert _one("Management has applied for the works council's consent to up to 6 hours of "
                "overtime per week.").type == "proposal"
    # an application made earlier, reported in the past perfect, is an update
    assert _one("The company had applied for the council's consent last year, which lapsed."
                ).generator != "rule:proposal.applied_for_body_consent"


def test_a_plan_presented_under_its_owners_possessive_is_the_proposal() -> None:
    assert _one("Dr. Vogel presented management's plan to replace the time clocks with an "
                "app-based system.").type == "proposal"
    # something a member had submitted elsewhere is news, not the item's proposal
    assert _one("Vice Chair Ruiz announced that she had submitted Alameda’s ADU Policy to The "
                "Urban Land Institute for a leadership award.").type != "proposal"


def test_explaining_what_a_proposed_rule_would_do_puts_the_proposal() -> None:
    assert _one("Board Counsel Reyes explained that the proposed amendment would reduce the "
                "training required for registration as a hair braider.",
                "IV. Public hearing").type == "proposal"


def test_an_office_with_its_department_after_a_colon_is_tasked() -> None:
    p = _one("The Director: Planning and Development Services to appoint the drilling contractor "
             "by 31 May 2025.", "3. Water supply")
    assert (p.type, p.owner, p.due) == (
        "action", "The Director: Planning and Development Services", "31 May 2025")
    # a label and its value with no task verb after the office
    assert _one("The Director: Planning and Development Services reported on the boreholes.",
                "3. Water supply").type != "action"


def test_an_investigator_asked_to_review_is_tasked() -> None:
    p = _one("Chair Okafor thanked Ms. Simmons and asked the Chief Investigator to review how "
             "inspections are assigned in the Kansas City area.", "XV. Public comment")
    assert (p.type, p.owner) == ("action", "the Chief Investigator")
    # asked to explain: a question, not a task
    assert _one("Member Jenkins asked the Chief Investigator to explain the backlog.",
                "XV. Public comment").type != "action"


def test_a_place_and_date_over_the_signatories_closes_the_minutes() -> None:
    assert _PLACE_DATE.match("Duisburg, 4 June 2025")
    assert _SIGNERS.match("Jürgen Albers, Chairman — Petra Kowalczyk, Keeper of the minutes")
    # one name and office alone, or a sentence, are no signatories' line
    assert not _SIGNERS.match("Jürgen Albers, Chairman")
    assert not _SIGNERS.match("Ms. Demir reported that three trainees had asked to move.")
    assert not _PLACE_DATE.match("The meeting closed at 4 June 2025")


def test_saying_the_body_should_give_someone_a_chance_argues_for_it() -> None:
    assert _one("Member Strickland stated that the Board should give an apprentice with no prior "
                "complaints a chance to finish his training.", "X. Case").type == "argument_for"
    # refusing the chance is no argument for it
    assert _one("Member Jenkins stated that the Board should not give the licensee another "
                "chance.", "X. Case").type != "argument_for"
