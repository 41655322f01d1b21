"""Rules written for the tenth round of unseen minutes (tests/scenarios/round10), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences
from pipeline.classify_owner import find_owner
from pipeline.segment import _sign_line
from pipeline.segment_attendees import _spaced_role
from pipeline.segment_items import parse_number
from pipeline.votes import map_name, parse_votes


def test_a_minute_reference_of_digits_is_a_number_only_after_min() -> None:
    assert parse_number("MIN 04/34/2025: LOAN PORTFOLIO REPORT") == (
        "04/34/2025", "LOAN PORTFOLIO REPORT", "minref")
    assert parse_number("12/06/2025 Meeting of the Board") is None  # a date opening a line


def test_votes_printed_the_ways_round_ten_prints_them() -> None:
    (v,) = parse_votes("After discussion, the Committee resolved to accept the tender. (Proposed "
                       "by Mr. LAU Chi-keung, seconded by Ms. HO Siu-wai; 4 votes for, 1 vote "
                       "against (Ms. LEUNG Mei-ling))")
    assert (v.mover, v.seconder, v.tally["ayes"], v.tally["noes"]) == ("LAU Chi-keung", "HO Siu-wai", 4, 1)
    (v,) = parse_votes("That the course be closed. Moved: Sanjay Prasad / Seconded: Mere Tuilagi "
                       "For: 2 / Against: 3 / Abstained: 1 **Lost.**")
    assert (v.result, v.tally["ayes"], v.tally["noes"], v.tally["abstain"]) == ("failed", 2, 3, 1)
    (v,) = parse_votes("The motion for adoption was moved by Section Chief Pa Momoh Kamara and "
                       "seconded by Madam Fatmata Conteh. The minutes were adopted as a true record.")
    assert v.result == "carried" and "Conteh" in v.seconder
    (v,) = parse_votes("Mr Kamara moved that the dues be increased, seconded by the Chiefdom "
                       "Speaker, Mr. Joseph M. Koroma. The motion was carried by 5 votes to 1.")
    assert "Koroma" in v.seconder
    # a result two sentences on, or with no motion before it, is no vote
    assert parse_votes("The minutes were read. The report was adopted.") == []


def test_a_run_on_name_maps_to_the_attendee_it_opens_only_when_asked() -> None:
    roster = ["Mere Tuilagi", "Peni Vunivalu"]
    assert map_name("Mere Tuilagi Peni Vunivalu", roster, run_on=True) == "Mere Tuilagi"
    assert map_name("Herrera Spencer s further inquiry", ["Herrera Spencer"]) is None


def test_statements_of_round_ten() -> None:
    texts = ["The motion was put to the vote and carried by 5 votes to 1.",
             "The Treasurer proposed raising the subscription from FJD 650 to FJD 780.",
             "Action: Manager - by 15th March 2025.",
             "Agreed: the Club Secretary/Manager to obtain two quotes by 30 April 2025.",
             "It was agreed that AW would circulate the notes by Friday."]
    got = classify_sentences([(t, "Item") for t in texts])
    assert [p.type for p in got] == ["decision", "proposal", "action", "action", "decision"]
    assert got[2].owner == "Manager" and got[3].due == "30 April 2025"
    assert find_owner("Approved by the Board on 3 May.") == ""


def test_signature_lines_without_a_blank_and_office_columns_in_plain_text() -> None:
    assert _sign_line("Minutes confirmed by:") and _sign_line("Signed: Chiefdom Speaker")
    assert _sign_line("Confirmed by: ____________ Chairman")
    assert not _sign_line("Signed: the Chair agreed to sign the minutes.")
    assert _spaced_role("Mr. Turyahabwe Denis      Manager (Secretary to the Board)") == (
        "Mr. Turyahabwe Denis", "Manager (Secretary to the Board)")
    assert _spaced_role("Budget 2025      Approved") is None
