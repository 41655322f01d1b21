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
    # a blank for each co-chair, the line set in Markdown italics
    assert _sign_line("*Record approved: ______________ (Co-Chair)      ______________ (Co-Chair)*")
    assert not _sign_line("*Record approved at the June meeting (Co-Chair)*")  # near case: no blank
    assert not _sign_line("Signed: the Chair agreed to sign the minutes.")
    assert _spaced_role("Mr. Turyahabwe Denis      Manager (Secretary to the Board)") == (
        "Mr. Turyahabwe Denis", "Manager (Secretary to the Board)")
    assert _spaced_role("Budget 2025      Approved") is None


def test_an_office_and_a_courtesy_title_before_the_name_keep_an_attendance_block() -> None:
    from pipeline.segment_attendees import _dash_role, _office_then_name, parse_people
    (p,) = parse_people("Mammy Queen Madam Fatmata Conteh", "present")
    assert (p.name, p.role) == ("Fatmata Conteh", "Mammy Queen")
    (p,) = parse_people("Chiefdom Speaker Mr. Joseph M. Koroma", "present")
    assert (p.name, p.role) == ("Joseph M. Koroma", "Chiefdom Speaker")
    assert _dash_role("Section Chief Pa Momoh Kamara - Kori Section") == (
        "Pa Momoh Kamara", "Section Chief, Kori Section")
    (p,) = parse_people("Madam Isatu Bangura", "present")
    assert p.name == "Isatu Bangura"
    # a name before the title is no office; "PA" in capitals is a personal assistant, no title
    assert _office_then_name("Helen Marsh Ms. Jo Lee") is None
    assert [q.name for q in parse_people("PA Smith", "present")] == ["PA Smith"]


def test_a_vice_chairman_is_no_chair_read_from_the_header() -> None:
    from pipeline.records import Line
    from pipeline.segment_attendees import _header_chair
    assert _header_chair([Line("Mr. NG Kwok-wing Vice-Chairman", 1)]) == []
    (p,) = _header_chair([Line("Ms. Arline Parks - Chairperson", 1)])
    assert (p.name, p.status) == ("Arline Parks", "chair")


def test_speakers_named_with_a_flat_an_apposition_or_as_a_club_member() -> None:
    from pipeline.classify_speaker import find_speaker
    assert find_speaker("Mr. YUEN of Flat 18C, an owner observing the meeting, objected that "
                        "residents would be left without lift service.") == "Mr. YUEN"
    assert find_speaker("The Youth Leader, Mr. Ibrahim Turay, who attended as an observer, asked "
                        "whether the council would help.") == "Mr. Ibrahim Turay"
    assert find_speaker("Club member Viliame Rokotuiloma, speaking from the floor with the "
                        "President's leave, objected to the increase.") == "Club member Viliame Rokotuiloma"
    # neighbours: no one named after "member", a place that is no speaker's
    assert find_speaker("Each member of the Council received the report.") == ""
    assert find_speaker("The report of the Council of Europe was noted.") == ""


def test_rows_of_a_markdown_action_table_are_actions_with_their_owner_and_due_date() -> None:
    from pipeline.classify_split import make_splitter, split_item
    from pipeline.records import Item
    text = "\n".join(["The meeting closed at 7.10pm.", "### Action list",
                      "| No. | Action | Responsible | Due |", "|---|---|---|---|",
                      "| 1 | Notify members of the new rate | Club Secretary | 30 April 2025 |",
                      "| 2 | Reply to the Association | Club Captain | 18 April 2025 |"])
    units = split_item(Item("i", "m", "7", "General business", 1, 1, text=text), make_splitter())
    assert [u.text for u in units][:2] == ["The meeting closed at 7.10pm.", "### Action list"]
    assert not any("Responsible" in u.text for u in units)  # the header row names columns only
    assert [u.notes for u in units[2:]] == [["Club Secretary"], ["Club Captain"]]
    got = classify_sentences([(u.text, "General business") for u in units[2:]],
                             [u.notes for u in units[2:]])
    assert [(p.type, p.owner, p.due) for p in got] == [
        ("action", "Club Secretary", "30 April 2025"), ("action", "Club Captain", "18 April 2025")]
    # a PDF line has a position: "# 74 1375 2; …" wrapped there is a parcel number, no heading
    from pipeline.classify_split import _markdown_line
    from pipeline.records import Line
    assert _markdown_line(Line("### Action list", 1))
    assert not _markdown_line(Line("# 74 1375 2; City Negotiators: Lisa Maxwell", 1, 72, 540))
    # a table with no owner column (a budget) gives its rows no owner
    text = "\n".join(["| Line | Amount |", "|---|---|", "| Bar surplus | FJD 4,820 |"])
    units = split_item(Item("i", "m", "3", "Treasurer's report", 1, 1, text=text), make_splitter())
    assert [(u.text, u.notes) for u in units] == [("| Bar surplus | FJD 4,820 |", [])]


def test_an_action_header_on_a_headings_row_is_dropped_only_over_its_column() -> None:
    from pipeline.layout import action_notes
    from pipeline.records import Line, Page

    def page(with_initials: bool) -> Page:
        lines = [Line("1. Confirmation of the Minutes", 1, 60, 300, 100, 110, 10.5, True),
                 Line("Action", 1, 485, 515, 100, 110, 10.5, True),
                 Line("3.6 The Property Manager would issue a notice", 1, 60, 460, 200, 210, 10.5)]
        if with_initials:
            lines.append(Line("PMO", 1, 485, 510, 200, 210, 10.0, True))
        return Page(1, 595, 842, lines)

    got = action_notes(page(True)).lines
    assert [ln.text for ln in got] == ["1. Confirmation of the Minutes",
                                       "3.6 The Property Manager would issue a notice"]
    assert got[1].note == "PMO"
    # no initials in that column: "Action" beside a heading may be its last word
    assert "Action" in [ln.text for ln in action_notes(page(False)).lines]


def test_a_list_set_smaller_than_justified_prose_is_measured_in_its_own_size() -> None:
    from pipeline.records import Line
    from pipeline.segment_table import char_scale, text_width
    prose = "The Management Committee agreed to defer the decision to the next meeting"
    # justified 10.5 pt prose stretched by 2 to 8 per cent, and one unstretched last line
    lines = [Line(prose, 1, 60, 60 + 10.5 * k * text_width(prose), size=10.5)
             for k in (1.0, 1.02, 1.05, 1.06, 1.08)]
    assert abs(char_scale(lines, 10.0) - 10.0) < 0.25
    assert char_scale(lines) > 11.0  # the median of the prose alone, as before


def _last_item(*body: str):
    from pipeline.records import Item, Line
    from pipeline.segment import _drop_signature
    lines = [Line(text="04. ANY OTHER BUSINESS", page=1)] + [Line(text=t, page=1) for t in body]
    item = Item(id="m-1", meeting_id="m", number="04", title="Any other business", page_start=1,
                page_end=1, text="\n".join(body), lines=lines)
    _drop_signature(item)
    return item


def test_who_signs_under_the_closing_sentence_is_no_part_of_the_last_item() -> None:
    item = _last_item("The request was referred to the Technical Officer.",
                      "The meeting ended at 12.30 p.m.", "W. M. Senanayake, Chairman")
    assert "Senanayake" not in item.text and item.text.endswith("12.30 p.m.")
    # near case: a name and office that is no signature (no closing sentence before it) stays
    item = _last_item("The request was referred to the officer named below.",
                      "W. M. Senanayake, Chairman")
    assert item.text.endswith("Senanayake, Chairman")


def test_the_clerk_who_respectfully_submitted_the_minutes_is_no_part_of_the_last_item() -> None:
    item = _last_item("Mayor Lindqvist adjourned the meeting at 9:12 p.m.", "Respectfully submitted,",
                      "Monique Farrell, City Clerk", "Approved by the City Council on April 1, 2025")
    assert item.text.endswith("9:12 p.m.") and "Farrell" not in item.text
    # near case: a report respectfully submitted in running text stays
    item = _last_item("The audit report was respectfully submitted by the auditor for review.",
                      "Council thanked the auditor.")
    assert "respectfully submitted" in item.text
