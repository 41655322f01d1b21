"""Segment stage: date parsing, attendance parsing, heading detection, and real minutes."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.records import Document, Line, Page
from pipeline.segment import segment, split_meetings
from pipeline.segment_attendees import find_attendees, label_of, parse_people, split_honorific
from pipeline.segment_dates import find_dates, meeting_date, parse_date, prefers_day_first
from pipeline.segment_items import detect_headings, number_key, parse_number
from pipeline.eval_cache import corpus_dir

CORPUS = corpus_dir()


def _lines(rows: list[tuple], page: int = 1, gap: float = 14.0) -> list[Line]:
    """Lines from (text, x0[, bold[, extra space above]]) rows, stacked down one page."""
    out, top = [], 50.0
    for row in rows:
        text, x0 = row[0], row[1]
        bold = row[2] if len(row) > 2 else False
        top += gap + (row[3] if len(row) > 3 else 0)
        out.append(Line(text=text, page=page, x0=x0, x1=x0 + 6 * len(text), top=top,
                        bottom=top + 10, size=11.0, bold=bold))
    return out


# --- dates -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("Tuesday, October 18, 2022", "2022-10-18"),
    ("TUESDAY- -OCTOBER 18, 2022- -5:00 P.M.", "2022-10-18"),
    ("Date 17 th October 2012", "2012-10-17"),
    ("17th October 2012", "2012-10-17"),
    ("ON MONDAY, 28TH JANUARY, 2019, AT", "2019-01-28"),
    ("10/17/2022", "2022-10-17"),
    ("Sept. 5, 2023", "2023-09-05"),
    ("2023-01-31", "2023-01-31"),
    ("held on the 3rd of March 2020", "2020-03-03"),
    ("Minutes of the meeting held on 11 September 2012", "2012-09-11"),
    ("no date here", ""),
    ("February 30, 2023", ""),
])
def test_parse_date(text: str, iso: str) -> None:
    assert parse_date(text) == iso


@pytest.mark.parametrize("text,day_first,iso", [
    ("17.10.12", False, "2012-10-17"),  # 17 cannot be a month
    ("05.10.12", True, "2012-10-05"),
    ("05/10/2012", False, "2012-05-10"),
])
def test_numeric_dates_follow_document_order(text: str, day_first: bool, iso: str) -> None:
    assert parse_date(text, day_first) == iso


def test_prefers_day_first() -> None:
    assert prefers_day_first("Date 17th October 2012. Next meeting 5 November 2012")
    assert not prefers_day_first("Tuesday, October 18, 2022")


def test_find_dates_reports_spans() -> None:
    hits = find_dates("continued from September 28, 2022 to October 18, 2022")
    assert [h.iso for h in hits] == ["2022-09-28", "2022-10-18"]


def test_meeting_date_skips_previous_and_next_meeting_dates() -> None:
    lines = _lines([
        ("Suffolk Libraries IPS - Board Meeting", 70),
        ("Date 17th October 2012", 70),
        ("1. Apologies: None", 70, True),
        ("2. Minutes of the meeting held on 11 September 2012", 70, True),
        ("The next meeting will be held on 20 November 2012", 100),
    ])
    assert meeting_date(lines) == "2012-10-17"


def test_meeting_date_prefers_the_meeting_over_an_approval_date() -> None:
    lines = _lines([("Approved on November 7, 2022", 70), ("MINUTES OF THE REGULAR MEETING", 70),
                    ("TUESDAY, OCTOBER 18, 2022", 70)])
    assert meeting_date(lines) == "2022-10-18"


def test_meeting_date_skips_minutes_approved_later_in_the_header() -> None:
    # US style: a bare date line under the title, then "The minutes of <earlier date> were approved"
    lines = _lines([("CITY OF RIVERTON", 70), ("PARKS AND RECREATION COMMISSION", 70),
                    ("MINUTES OF THE REGULAR MEETING", 70), ("January 17, 2023", 70),
                    ("1. CALL TO ORDER", 70, True),
                    ("Chair Whitfield called the meeting to order at 6:30 p.m.", 70),
                    ("2. ROLL CALL", 70, True), ("Present: Commissioners Whitfield, Lee", 70),
                    ("3. APPROVAL OF MINUTES", 70, True),
                    ("The minutes of December 13, 2022 were approved as presented.", 70)])
    assert meeting_date(lines) == "2023-01-17"


def test_meeting_date_skips_the_meetings_listed_under_minutes_tabled_for_adoption() -> None:
    # "Circulated, copies of draft Minutes of the following Meetings:" / "(a)" / "… held on …":
    # the minutes' own title date is unreadable here, so only the file name may date them
    from pipeline.segment_config import CONFIG
    rows = [("MINUTES OF PROCEEDINGS AT MEETING OF RIVERDALE COUNTY COUNCIL", 70),
            ("PRESENT IN THE CHAIR: Councillor J. Byrne", 70), ("MEMBERS PRESENT:", 70),
            ("Councillors Walsh, Nolan, Byrne", 70), ("OFFICIALS IN ATTENDANCE:", 70)] + [
            (f"Director, Service {k} (Mr. P. Daly), Meetings Administrator (Mr. J. Clune),", 70)
            for k in range(12)] + [("1.", 70, True), ("Adoption of Minutes", 70, True),
            ("Circulated, copies of draft Minutes of the following Meetings:", 70), ("(a)", 70),
            ("Ordinary Meeting of the Council held on 28th January, 2019.", 70), ("(b)", 70),
            ("Special Meeting of the Council held on 25th February, 2019.", 70)]
    assert meeting_date(_lines(rows), min_score=CONFIG["date_min_score"]) == ""
    # near case: a meeting "held on" a date under no minutes being adopted is the meeting's own
    rows[18:20] = [("Housing Report", 70, True), ("The Council considered the report of the Chief Executive:", 70)]
    assert meeting_date(_lines(rows), min_score=CONFIG["date_min_score"]) == "2019-01-28"


def test_meeting_date_reads_a_date_wrapped_after_its_month() -> None:
    lines = _lines([("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF RIVERDALE COUNTY COUNCIL", 70),
                    ("HELD IN THE COUNCIL CHAMBER, ON MONDAY, 25TH FEBRUARY,", 70),
                    ("2019 AT 3.30 P.M.", 70), ("Limerick 2030 plan: 2030 targets for 2030", 70)])
    # without the year on the next line the weekday would date it in 2030 (also a Monday)
    assert meeting_date(lines, years=[2030, 2019]) == "2019-02-25"
    # near case: a year opening the next line after no month is no part of a date
    lines = _lines([("MINUTES OF THE MEETING HELD ON 4TH MARCH 2019", 70), ("Budget for the year", 70),
                    ("2020 AT A GLANCE", 70)])
    assert meeting_date(lines) == "2019-03-04"


@pytest.mark.parametrize("printed,name,iso", [
    # the printed weekday contradicts the printed date, and the file name agrees with the weekday
    ("DATE: Tuesday, June 26, 2023", "23-06-27.pdf", "2023-06-27"),
    ("MONDAY, FEBRUARY 13, 2022", "2023-02-13.pdf", "2023-02-13"),  # a Sunday in 2022
    # near cases: weekday and date agree (a file named by the meeting that adopted the minutes);
    # no weekday printed; the file name's date falls on another weekday still
    ("DATE: Monday, June 26, 2023", "23-06-27.pdf", "2023-06-26"),
    ("DATE: June 26, 2023", "23-06-27.pdf", "2023-06-26"),
    ("DATE: Tuesday, June 26, 2023", "23-06-28.pdf", "2023-06-26"),
])
def test_a_printed_date_its_own_weekday_contradicts_gives_way_to_the_file_name(printed, name, iso) -> None:
    rows = ["COMMUNITY BOARD 1", "MONTHLY MINUTES", printed, "1. Call to Order",
            "The meeting was called to order at 6:00 PM.", "2. Adjournment", "The meeting adjourned."]
    doc = Document(path=name, sha256="0" * 64, pages=1, kind="text", backend="text")
    (m,) = segment(doc, [Page(1, 0.0, 0.0, [Line(text=t, page=1) for t in rows])])
    assert m.date == iso


# --- attendees -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,role", [
    ("Vice Mayor Vella", "Vella", "Vice Mayor"),
    ("Cllr A. Smith", "A. Smith", "Cllr"),
    ("Mr. John Brown", "John Brown", ""),
    ("Board Member Ron Curtis", "Ron Curtis", "Board Member"),
    ("Councilmember/Commissioner Daysog", "Daysog", "Councilmember Commissioner"),
])
def test_split_honorific(text: str, name: str, role: str) -> None:
    assert split_honorific(text) == (name, role)


def test_parse_roll_call_with_count_and_note() -> None:
    people = parse_people("Councilmembers Daysog, Herrera Spencer, Knox White, Vella and Mayor "
                          "Ezzy Ashcraft – 5. [The meeting was held via Zoom.]", "present")
    assert [(p.name, p.role) for p in people] == [
        ("Daysog", "Councilmember"), ("Herrera Spencer", "Councilmember"),
        ("Knox White", "Councilmember"), ("Vella", "Councilmember"), ("Ezzy Ashcraft", "Mayor")]


def test_parse_uk_attendees_with_initials_and_roles() -> None:
    people = parse_people("Shona Bendix (SB)(Chair), Mike Hosking (MH)(Hon. Secretary & Treasurer), "
                          "Alison Wheeler (AW)(General Manager), Stephen Taylor (SCC)", "present")
    got = [(p.name, p.initials, p.role, p.status) for p in people]
    assert got == [
        ("Shona Bendix", "SB", "Chair", "chair"),
        ("Mike Hosking", "MH", "Hon. Secretary & Treasurer", "present"),
        ("Alison Wheeler", "AW", "General Manager", "in_attendance"),  # staff, not a member
        ("Stephen Taylor", "", "SCC", "present"),  # "SCC" is not Stephen Taylor's initials
    ]


def test_parse_office_before_bracketed_name() -> None:
    people = parse_people("Director, Housing Development (Ms. A. Duke), Meetings Administrator "
                          "(Mr. J. Clune)", "in_attendance")
    assert [(p.name, p.role) for p in people] == [("A. Duke", "Director, Housing Development"),
                                                  ("J. Clune", "Meetings Administrator")]


def test_office_word_glossed_by_an_office_in_brackets_is_the_office_of_the_name_before() -> None:
    people = parse_people("Smt. Sunanda Vitthal Gawade, Sabhapati (Chairperson)", "present")
    assert [(p.name, p.status, p.role) for p in people] == [
        ("Sunanda Vitthal Gawade", "chair", "Sabhapati (Chairperson)")]
    # near case: the same word with no office in brackets may be a surname, and stays a person
    people = parse_people("Shri Ramesh Kumar, Pradhan (RKP), Smt. Asha Devi", "present")
    assert "Pradhan" in [p.name for p in people]


@pytest.mark.parametrize("text", ["None", "None.", "Nil", "N/A", ""])
def test_parse_empty_lists(text: str) -> None:
    assert parse_people(text, "absent") == []


@pytest.mark.parametrize("text,status", [
    ("Present: Councilmembers Daysog", "present"),
    ("Roll Call – Present: Councilmembers Daysog", "present"),
    ("Absent: None.", "absent"),
    ("Apologies for absence were received from Cllr Brown", "apologies"),
    ("Officials in attendance:", "in_attendance"),
    ("Also present: Jane Doe", "in_attendance"),
    ("PRESENT IN THE CHAIR: Councillor J. Collins,", "chair"),
    ("Attendees Shona Bendix (SB)(Chair)", "present"),
    ("Invited Ian Brookman (IB)", "in_attendance"),
    ("Community members present: Roger Miller", "in_attendance"),
    # a joint committee lists each party's members under the party's name
    ("**Tsalakw First Nation:** Chief Marlene Joseph (Co-Chair), Councillor Darren Williams",
     "present"),
])
def test_label_of(text: str, status: str) -> None:
    lab = label_of(text)
    assert lab is not None and lab[0] == status


@pytest.mark.parametrize("text", [
    "Members agreed that the budget be approved.",
    "Presentation of the annual report",
    "The meeting was called to order at 7:00 p.m.",
    # near cases: a party's name before a sentence, or a vote list of titled names
    "District of Coldwater: Councillor Moreau asked about storage, Councillor Paul agreed",
    "Against: Councillor Moreau, Councillor Paul",
])
def test_label_of_ignores_sentences(text: str) -> None:
    assert label_of(text) is None


def test_find_attendees_blocks_and_overrides() -> None:
    lines = _lines([
        ("Attendees Tony Brown (Chair), Sylvia Knights (Vice Chair), Anne", 70),
        ("Mallalieu, Charlotte Clark", 190),
        ("Invited Nikki Sturmey (Clerk to the Board)", 70),
        ("1. Welcome and Apologies", 85, True, 20),
        ("Charlotte Clark", 120),
        ("Directors Present:", 70, False, 20),
        ("Rich Bowen", 90),
        ("Ross Gardler left at 11:04", 90),
        ("2. Finance", 85, True, 20),
    ])
    got = {(p.name, p.status) for p in find_attendees(lines)}
    assert got == {("Tony Brown", "chair"), ("Sylvia Knights", "present"),
                   ("Anne Mallalieu", "present"), ("Charlotte Clark", "apologies"),
                   ("Nikki Sturmey", "in_attendance"), ("Rich Bowen", "present"),
                   ("Ross Gardler", "present")}


def test_a_legistar_paragraph_opening_the_next_page_ends_the_absent_list() -> None:
    # Alameda City Council 2023-09-05 p.1-2: once the page's footer is stripped, the line after
    # "Absent: Councilmember Vella – 1." is the first line of p.2, an item naming negotiators.
    lines = _lines([
        ("Roll Call – Present: Councilmembers Daysog, Herrera Spencer, Jensen and", 72),
        ("Mayor Ezzy Ashcraft – 4.", 216),
        ("Absent: Councilmember Vella – 1.", 144, False, 14),
    ]) + _lines([
        ("(23-471) Recommendation to Approve Jennifer Ott, City Manager, Andrew Thomas,", 72),
        ("Interim Base Reuse and Economic Development Director, and Len Aslanian, Assistant", 72),
        ("City Attorney, as Real Property Negotiators for 2319 Central Avenue.", 72),
    ], page=2)
    got = {(p.name, p.status) for p in find_attendees(lines)}
    assert ("Vella", "absent") in got
    assert not {n for n, _ in got} & {"Jennifer Ott", "Andrew Thomas", "Len Aslanian"}


def test_speakers_are_not_attendees() -> None:
    lines = _lines([("Public comment:", 70), ("Steve Mar questioned the emergency.", 70)])
    assert find_attendees(lines) == []


# --- headings ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,number,title", [
    ("1. Apologies: None", "1", "Apologies: None"),
    ("6.2 Board Standing orders", "6.2", "Board Standing orders"),
    ("5-A 2023-3112", "5-A", "2023-3112"),
    ("4-A-ii. CONTINUOUS ELIGIBLE LISTS", "4-A-ii", "CONTINUOUS ELIGIBLE LISTS"),
    ("IV. Roll Call", "IV", "Roll Call"),
    ("(a) Disposal of land", "(a)", "Disposal of land"),
    ("23/24 Budget monitoring", "23/24", "Budget monitoring"),
    ("Item 3: Finance", "3", "Finance"),
    ("1.Adoption of Minutes", "1", "Adoption of Minutes"),
])
def test_parse_number(text: str, number: str, title: str) -> None:
    assert parse_number(text)[:2] == (number, title)


@pytest.mark.parametrize("text", ["2023 budget was agreed", "15 people attended", "The Board"])
def test_parse_number_rejects_body_text(text: str) -> None:
    parsed = parse_number(text)
    assert parsed is None or not parsed[1][:1].isupper() or parsed[0] == "15"


@pytest.mark.parametrize("number,kind,key", [
    ("6.2", "dotted", (6, 2)), ("5-A", "dashletter", (5, 1)), ("IV", "roman", (4,)),
    ("(c)", "sub", (3,)), ("23/24", "slash", (24,)),
])
def test_number_key(number: str, kind: str, key: tuple) -> None:
    assert number_key(number, kind) == key


def test_detect_headings_uses_layout_and_sequence() -> None:
    lines = _lines([
        ("1. Apologies", 72, True),
        ("None were received this month from any of the members of the board at all.", 108),
        ("2. Finance report", 72, True, 14),
        ("The treasurer reported on the accounts for the year and the following points:", 108),
        ("15 people attended the open day, which was held in the main library hall.", 108),
        ("2023 budget was agreed after a long discussion about the reserves held.", 108),
        ("3. Date of next meeting", 72, True, 14),
        ("The next meeting will be on 5 May 2024 in the council chamber as usual.", 108),
    ])
    assert [(h.number, h.title) for h in detect_headings(lines)] == [
        ("1", "Apologies"), ("2", "Finance report"), ("3", "Date of next meeting")]


def test_detect_headings_file_ids_and_caps_sections() -> None:
    lines = _lines([
        ("CONSENT CALENDAR", 72, False, 14),
        ("(*22-650) Minutes of the Special Meeting Held on September 20, 2022. Approved.", 72, False, 14),
        ("(22-651) Recommendation to Accept the Report on the Budget for the Year; and", 72, False, 14),
        ("Adopt a Resolution on the Budget. Accepted.", 72),
        ("ADJOURNMENT", 72, False, 14),
        ("There being no further business, the Mayor adjourned the meeting at 9 p.m. today.", 72, False, 14),
    ])
    got = [(h.kind, h.file_id, h.title[:20]) for h in detect_headings(lines)]
    assert got == [("plain", "", "CONSENT CALENDAR"), ("file", "22-650", "Minutes of the Speci"),
                   ("file", "22-651", "Recommendation to Ac"), ("plain", "", "ADJOURNMENT")]


def test_an_acronym_ending_a_wrapped_sentence_is_no_heading() -> None:
    # Alameda City Council 2023-01-03 p.8: "… differs slightly from the" / "SSHRB." (the Social
    # Service Human Relations Board) closed the Mayor's question; read as a heading, it cut
    # the staff answer on p.9 off from the question's item.
    page8 = _lines([
        ("REGULAR AGENDA ITEMS", 72, False, 14),
        ("(23-010) Public Hearing to Consider Approving the Needs Statement for the Plan.", 72, False, 14),
        ("Mayor Ezzy Ashcraft expressed support for the work being performed; stated the staff", 72, False, 14),
        ("report recommendation is to return with a two-year service provider agreement;", 72),
        ("inquired the reason for the staff recommendation differs slightly from the", 72),
        ("SSHRB.", 72),
        ("Vice Mayor Daysog inquired what thoughts staff has about the recommendation of the", 72, False, 14),
    ])
    page9 = _lines([
        ("CDBG.", 72),  # the same, cut at the foot of the page before
        ("The Community Development Manager responded staff would like to return to two-year", 72, False, 14),
        ("agreements; the board is in the process of completing its needs assessment today.", 72),
        ("ADJOURNMENT.", 72, False, 14),  # a heading with a stop, after a finished sentence
        ("There being no further business, the Mayor adjourned the meeting at 9 p.m. today.", 72, False, 14),
    ], page=2)
    got = [h.title for h in detect_headings(page8 + page9)]
    assert got == ["REGULAR AGENDA ITEMS",
                   "Public Hearing to Consider Approving the Needs Statement for the Plan.",
                   "ADJOURNMENT"]


def test_detect_headings_restarting_sub_list() -> None:
    lines = _lines([
        ("4. Decisions", 85, True),
        ("1. Fixed Asset Review", 135, True, 14),
        ("The Board agreed unanimously with this review of the fixed assets of the company.", 117),
        ("2. Review of Directors Terms", 135, True, 14),
        ("The Board agreed unanimously to accept this revised policy on the directors' terms.", 117),
        ("5. Finance", 85, True, 14),
        ("The finance report was noted by the Board without any further questions at all.", 117),
    ])
    assert [h.number for h in detect_headings(lines)] == ["4", "1", "2", "5"]


# --- assembly ------------------------------------------------------------------------------

def _doc(n_pages: int = 1) -> Document:
    return Document(path="x.pdf", sha256="ab" * 32, pages=n_pages, kind="born-digital")


def test_segment_never_raises_and_returns_list() -> None:
    assert segment(_doc(), []) == []
    assert isinstance(segment(_doc(), [Page(1, 612, 792, _lines([("lorem ipsum", 0)]))]), list)
    weird = [Page(1, 612, 792, [Line(text="\x00\x01 ((( 12/99/9999", page=1)])]
    assert isinstance(segment(_doc(), weird), list)


def test_split_meetings_on_minutes_headers() -> None:
    p1 = _lines([("MINUTES OF THE SPECIAL CITY COUNCIL MEETING", 150),
                 ("TUESDAY- -OCTOBER 18, 2022- -5:15 P.M.", 180)] +
                [("Present: Councilmembers Daysog and Vella", 72)] +
                    [(f"Closed session paragraph number {k} with enough words.", 72) for k in range(20)], page=1)
    p2 = _lines([("MINUTES OF THE REGULAR CITY COUNCIL MEETING", 150),
                 ("TUESDAY- -OCTOBER 18, 2022- -7:00 P.M.", 180),
                 ("Present: Councilmembers Daysog and Vella", 72),
                 ("Regular meeting text.", 72)], page=2)
    lines = p1 + p2
    assert split_meetings(lines) == [(0, len(p1)), (len(p1), len(lines))]
    ms = segment(_doc(2), [Page(1, 612, 792, p1), Page(2, 612, 792, p2)])
    assert [(m.id, m.title, m.date, m.page_start) for m in ms] == [
        ("abababababab-0", "Special Meeting", "2022-10-18", 1),
        ("abababababab-1", "Regular Meeting", "2022-10-18", 2)]


def test_item_ids_and_spans() -> None:
    lines = _lines([("MINUTES OF THE BOARD MEETING", 150), ("Date 17th October 2012", 72),
                    ("1. Apologies", 72, True, 14), ("None were received from any of the members.", 108),
                    ("2. Finance", 72, True, 14), ("The report was noted by the board members.", 108)])
    (m,) = segment(_doc(), [Page(1, 612, 792, lines)])
    assert [(i.id, i.number, i.title, i.text) for i in m.items] == [
        ("abababababab-0-0", "1", "Apologies", "None were received from any of the members."),
        ("abababababab-0-1", "2", "Finance", "The report was noted by the board members.")]
    assert m.items[0].lines[0].text == "1. Apologies"


def test_a_motion_on_the_whole_section_under_its_last_sub_item_is_the_sections(tmp_path) -> None:
    from pipeline.textsrc import read_text
    path = tmp_path / "board_2025-04-16.txt"
    path.write_text("\n".join([
        "LAS PIEDRAS WATER DISTRICT", "MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS",
        "April 16, 2025", "", "1. CALL TO ORDER",
        "President Alvarez called the meeting to order at 5:00 p.m.", "",
        "2. CONSENT CALENDAR", "2.1 Minutes of the February 19, 2025 Regular Meeting",
        "2.2 Warrant List for February and March 2025",
        "Motion by Director Brennan, second by Director Cheung, to approve the Consent Calendar. "
        "Motion carried 5-0.", "", "3. ACTION ITEMS", "",
        "3.1 Award of Design Contract",
        "District Engineer Ortega reported that five proposals had been received.",
        "Motion by Director Brennan to award the design contract. Motion carried 4-1.", "",
        "4. ADJOURNMENT", "President Alvarez adjourned the meeting at 6:48 p.m."]) + "\n")
    (m,) = segment(*read_text(str(path)))
    by = {i.title: i for i in m.items}
    got = [(i.title, i.text) for i in m.items]
    assert "approve the Consent Calendar" in by["CONSENT CALENDAR"].text, got
    assert "Consent Calendar" not in by["Warrant List for February and March 2025"].text, got
    assert by["CONSENT CALENDAR"].lines[-1].text.startswith("Motion by Director Brennan")
    # a motion on its own item, not naming the section, stays where it is
    assert "award the design contract" in by["Award of Design Contract"].text, got


def test_a_header_date_copied_from_the_minutes_it_approves_gives_way_to_the_file_name() -> None:
    def minutes(header: str, approved: str, name: str):
        lines = _lines([("BOARD MEETING MINUTES", 150), (f"Date {header}", 72),
                        ("1. Apologies", 72, True, 14), ("None were received from members.", 108),
                        (f"2. Minutes of previous meeting ({approved})", 72, True, 14),
                        ("The minutes were agreed as a true record.", 108)])
        doc = Document(path=name, sha256="ab" * 32, pages=1, kind="born-digital")
        return segment(doc, [Page(1, 612, 792, lines)])[0].date

    # the clerk left May's date on July's minutes, which approve May's: the file name is right
    assert minutes("29th May 2014", "29th May 2014", "minutes-2014-07-31.pdf") == "2014-07-31"
    # a header naming a date other than the approved minutes' stays, whatever the file name
    assert minutes("31st July 2014", "29th May 2014", "minutes-2014-07-30.pdf") == "2014-07-31"
    # no later date to prefer: the printed one stays
    assert minutes("29th May 2014", "29th May 2014", "minutes.pdf") == "2014-05-29"


# --- real minutes --------------------------------------------------------------------------

def _read(rel: str):
    path = CORPUS / rel
    if not path.exists():
        pytest.skip(f"corpus file {rel} not present")
    if rel.endswith(".pdf"):
        extract = pytest.importorskip("pipeline.pdf").extract
    else:
        extract = pytest.importorskip("pipeline.textsrc").read_text
    return extract(str(path))


def test_real_suffolk_minutes() -> None:
    (m,) = segment(*_read("suffolk_libraries/board/board-meeting-minutes-2012-10-17.pdf"))
    assert m.date == "2012-10-17" and m.title == "Board Meeting"
    chair = [a for a in m.attendees if a.status == "chair"]
    assert [(a.name, a.initials) for a in chair] == [("Shona Bendix", "SB")]
    numbers = [i.number for i in m.items if i.number]
    assert numbers[:7] == ["1", "2", "3", "4", "5", "6", "6.1"]
    assert "10.0" in numbers


def test_real_alameda_file_with_several_meetings() -> None:
    ms = segment(*_read("alameda/CityCouncil/2022-09-06.pdf"))
    assert [(m.date, m.title) for m in ms] == [("2022-09-06", "Special Meeting"),
                                               ("2022-09-06", "Regular Meeting")]
    regular = ms[1]
    assert {a.name for a in regular.attendees} >= {"Daysog", "Herrera Spencer", "Ezzy Ashcraft"}
    assert any(i.file_id == "22-527" for i in regular.items)


def test_real_planning_board_numbered_items() -> None:
    (m,) = segment(*_read("alameda/PlanningBoard/2023-05-22.pdf"))
    assert m.date == "2023-05-22"
    assert {("5-A", "2023-3112"), ("5-B", "2023-3113")} <= {(i.number, i.file_id) for i in m.items}
    assert ("Curtis", "absent") in {(a.name, a.status) for a in m.attendees}


# --- agenda before minutes, outlines, bodies, file-name dates ------------------------------

def test_agenda_printed_before_minutes_gives_no_items() -> None:
    from pipeline.segment_agenda import minutes_start
    agenda = _lines([("FULL BOARD MEETING", 250, True), ("AGENDA", 287), ("Ms. Arline Parks – Chairperson", 238),
                     ("1. Introductions", 90, True, 14), ("2. Call to Order", 90, True, 14),
                     ("3. Roll Call", 90, True, 14), ("4. Old Business", 90, True, 14),
                     ("5. Adjournment", 90, True, 14)], page=1)
    prose = "Ms. Parks, Chairperson said good evening everyone and we will begin with the roll call now."
    minutes = _lines([(prose, 72), ("The roll was called and there was a quorum of the members tonight.", 72),
                      ("Committee Reports", 72, True, 14), (prose, 72), (prose, 72),
                      ("Motion made to adjourn. Motion duly seconded. Motion called and passed today.", 72, False, 14),
                      ("MEETING ADJOURNED", 72, True, 14)], page=2)
    assert minutes_start(agenda + minutes) == len(agenda)
    doc = Document(path="corpus/FullBoardMeeting1-26-23.pdf", sha256="ab" * 32, pages=2, kind="born-digital")
    (m,) = segment(doc, [Page(1, 612, 792, agenda), Page(2, 612, 792, minutes)])
    # no agenda list, no closing line; the minutes' prose above the first heading is an opening
    # item, with nothing of the agenda in it
    assert [i.title for i in m.items if not i.opening] == ["Committee Reports"]
    assert [i.opening for i in m.items] == [True, False]
    assert m.items[0].text.startswith("Ms. Parks, Chairperson said") and "Introductions" not in m.items[0].text
    assert m.date == "2023-01-26"  # no printed date: the file name's
    assert [(a.name, a.status) for a in m.attendees] == [("Arline Parks", "chair")]


def test_agenda_shaped_minutes_keep_their_items() -> None:
    from pipeline.segment_agenda import minutes_start
    lines = _lines([("MINUTES", 278, True), ("AGENDA", 280, True), ("1. Public Session", 72, True, 14),
                    ("Voted by affirmation of 38 in favor, 0 opposed", 108), ("2. Business Session", 72, True, 14)])
    assert minutes_start(lines) == 0


def test_bullet_outline_top_level_bullets_are_items() -> None:
    b = "\uf0b7"
    lines = _lines([("Minutes from Monday, January 29, 2018 – 9:00am", 72),
                    (f"{b} Perfunctory Business", 90, True), ("o Commissioners Present: Ann Lee, Bob Ray", 126),
                    (f"{b} Meeting called to order at 9:08am – M. Prest (motion)", 90),
                    (f"{b} Minutes approved – Z. Maiorca (motion)", 90),
                    ("o In 2017, the SSA received $239,503 out of $242,994", 126),
                    (f"{b} Updates", 90, True), ("o Holiday decorations were taken down", 126),
                    (f"{b} Meeting adjourned at 11:25am", 90, True)])
    titles = [h.title for h in detect_headings(lines, start=1)]
    assert titles == ["Perfunctory Business", "Meeting called to order at 9:08am – M. Prest (motion)",
                      "Minutes approved – Z. Maiorca (motion)", "Updates", "Meeting adjourned at 11:25am"]


def test_vote_tally_with_stray_number_is_not_an_item() -> None:
    lines = _lines([("E) Licensing & Permits Committee", 72, True), ("Financial District area", 108, True, 14),
                    ("1. 251 Fulton Street, World Trade Center Arts Inc, application for a new", 90),
                    ("application and temporary retail permit for full-service liquor license", 108),
                    ("for a restaurant – Resolution", 108),
                    ("1. Voted by affirmation of 38 in favor, 0 opposed, 0 abstained and 0 recused", 90, False, 14),
                    ("2. 56 Beaver Street, DRG Hospitality Group Inc., new application for a", 90, False, 14),
                    ("liquor license – Resolution", 108)])
    got = [(h.number, h.title[:20]) for h in detect_headings(lines)]
    assert got == [("E", "Licensing & Permits "), ("", "Financial District a"), ("1", "251 Fulton Street, W"),
                   ("2", "56 Beaver Street, DR")]


def test_the_labels_and_outcome_of_a_vote_block_are_no_items() -> None:
    # RTD Denver minutes (pdftotext) close each motion with "RESULT: / MOVER: / … / AWAY:" and
    # the outcome with its tally ("DEFEATED [8 TO 7]", "ADOPTED AS AMENDED [13 TO 1]"): read
    # as headings, they cut the vote off from the motion it decides.
    from pipeline.textsrc import read_text
    path = CORPUS / "rtd_denver_text/board_meeting/2024-03-26_3618_minutes.txt"
    if not path.exists():
        pytest.skip("corpus file not present")
    (m,) = segment(*read_text(str(path)))
    titles = [i.title for i in m.items]
    assert not [t for t in titles if re.match(r"(?:RESULT|AWAY|ADOPTED|DEFEATED)\b", t)], titles
    vote = next(i for i in m.items if i.title == "VOTE TO CALL THE QUESTION")
    assert "DEFEATED [8 TO 7]" in vote.text  # the outcome stays with its motion
    award = next(i for i in m.items if i.title.startswith("Downtown Rail Intersection"))
    assert "AWAY:" in award.text


@pytest.mark.parametrize("header,body", [
    ("Falls Creek Ranch Association, Inc. Board of Directors Meeting Minutes", "Falls Creek Ranch"),
    ("DRAFT-FALLS CREEK RANCH ASSOCIATION, INC.", "Falls Creek Ranch"),
    ("FALLS CREEK RANCH – BOARD MEETING MINUTES", "Falls Creek Ranch"),
    ("Falls Creek Ranch Board Transition Meeting Notes", "Falls Creek Ranch"),
    ("MINUTES OF THE REGULAR MEETING OF THE CIVIL SERVICE BOARD OF THE CITY OF ALAMEDA",
     "City of Alameda Civil Service Board"),
    ("APPROVED MINUTES REGULAR MEETING OF THE CITY OF ALAMEDA PLANNING BOARD", "City of Alameda Planning Board"),
    ("MINUTES OF THE SPECIAL JOINT MEETING OF THE CITY COUNCIL AND SUCCESSOR AGENCY TO THE COMMUNITY "
     "IMPROVEMENT COMMISSION (SACIC)", "City Council"),
    ("MINUTES OF PROCEEDINGS AT SPECIAL MEETING OF LIMERICK CITY AND COUNTY COUNCIL HELD IN THE",
     "Limerick City and County Council"),
    ("The Apache Software Foundation Board of Directors Meeting Minutes", "Apache Software Foundation"),
    ("Regional Transportation District Board of Directors", "Regional Transportation District"),
    ("COMMUNITY BOARD 1-MANHATTAN", "Community Board 1-Manhattan"),
    ("OSTERVIK HARBOUR BOARD BOARD MEETING", "Ostervik Harbour Board"),
])
def test_canonical_body(header: str, body: str) -> None:
    from pipeline.segment_body import canonical_body
    assert canonical_body(header) == body


def test_generic_body_is_qualified_by_the_place_named() -> None:
    from pipeline.segment_body import meeting_body
    lines = _lines([("MINUTES OF THE REGULAR CITY COUNCIL MEETING", 150), ("TUESDAY- -OCTOBER 18, 2022", 180),
                    ("Agency Claimed Against: City of Alameda.", 72), ("Parties: City of Alameda and StopWaste", 72)])
    assert meeting_body(lines) == "City of Alameda City Council"


@pytest.mark.parametrize("name,iso", [
    ("FullBoardMeeting1-26-23.pdf", "2023-01-26"), ("minutes_2023_03_22.pdf", "2023-03-22"),
    ("23-02-28.pdf", "2023-02-28"), ("board-meeting-minutes-2012-10-17.pdf", "2012-10-17"),
    ("April-24-Official-Minutes.pdf", ""),
])
def test_date_from_name(name: str, iso: str) -> None:
    from pipeline.segment_dates import date_from_name
    assert date_from_name(name) == iso


def test_empty_split_meeting_is_not_emitted() -> None:
    p1 = _lines([("MINUTES OF THE REGULAR BOARD MEETING", 150), ("TUESDAY, OCTOBER 18, 2022", 180),
                 ("Present: Ann Lee, Bob Ray", 72), ("1. Finance", 72, True, 14),
                 ("The finance report was noted by the board members present.", 108)], page=1)
    p2 = _lines([("MINUTES OF THE REGULAR BOARD MEETING", 150), ("TUESDAY, OCTOBER 18, 2022", 180),
                 ("signed by the chair and the secretary of the board.", 72)], page=2)
    ms = segment(_doc(2), [Page(1, 612, 792, p1), Page(2, 612, 792, p2)])
    assert len(ms) == 1 and ms[0].page_end == 2


SERIES = {  # folder -> files sampled; every meeting of a series must name one body
    "falls_creek_ranch_hoa": ["minutes_2023_03_22.pdf", "minutes_2023_09_28.pdf", "minutes_2024-09-26.pdf",
                              "minutes_2025-05-22.pdf", "annual_meeting_2023-07-08.pdf"],
    "alameda/CityCouncil": ["2005-01-04.pdf", "2022-09-06.pdf", "2023-03-21.pdf"],
    "alameda/CivilServiceBoard": ["2022-04-06.pdf", "2022-07-06.pdf"],
    "apache_board_text": ["board_minutes_2014_02_19.txt", "board_agenda_2015_01_21.txt"],
}


@pytest.mark.parametrize("folder", sorted(SERIES))
def test_one_body_per_series(folder: str) -> None:
    bodies = set()
    for name in SERIES[folder]:
        bodies |= {m.body for m in segment(*_read(f"{folder}/{name}"))}
    assert len(bodies) == 1 and "" not in bodies, bodies


# --- attendance tables (label | name | role, the role column wrapping) -------------------------

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def _table_lines(rows: list[tuple[str, str, str]], name_x: float = 158.0, role_x: float = 326.0,
                 label_x: float = 62.0, scale: float = 10.5, wrap: int = 40) -> list[Line]:
    """Lines as the pdf stage gives a three-column attendance table: each visual row joined into
    one line (x0 at its first column, x1 from a proportional-font width model), a role longer
    than `wrap` characters wrapping onto lines of its own that start at the role column. Prose
    lines above and below calibrate the width model."""
    from pipeline.segment_table import text_width

    def line(text: str, x0: float, x1: float | None = None) -> Line:
        nonlocal top
        top += 14.5
        return Line(text=text, page=1, x0=x0, x1=x1 if x1 is not None else x0 + scale * text_width(text),
                    top=top, bottom=top + 10, size=10.5)

    top = 40.0
    prose = "Minutes of the meeting held on Wednesday 19 September 2018 at 2.00pm, Committee Room 2"
    out = [line("Mid Shire Health and Wellbeing Partnership Group", 136), line(prose, 86)]
    for label, name, role in rows:
        parts, cur = [], ""
        for w in role.split():  # wrap the role column at about `wrap` characters
            if cur and len(cur) + 1 + len(w) > wrap:
                parts.append(cur)
                cur = w
            else:
                cur = f"{cur} {w}".strip()
        parts.append(cur) if cur else None
        first = parts[0] if parts else ""
        x1 = role_x + scale * text_width(first) if first else name_x + scale * text_width(name)
        text = " ".join(t for t in (f"{label}:" if label else "", name, first) if t)
        out.append(line(text, label_x if label else name_x, x1))
        out += [line(p, role_x) for p in parts[1:]]
    out.append(line("1. Welcome and apologies", 62))
    out.append(line("The Chair welcomed members to the meeting and apologies were noted as above.", 96))
    out.append(line("The minutes of the meeting held on 11 July 2018 were agreed as a correct record.", 96))
    return out


def test_attendance_table_with_initials_and_wrapped_roles() -> None:
    lines = _table_lines([
        ("Present", "Cllr Brian Ferris (BF)", "Mid Shire Council (Vice-Chair, in the Chair)"),
        ("", "Adrian Marsh (AM)", "Service User Representative, Mid Shire Service User Network"),
        ("", "Insp. Karen Doyle (KD)", "Mental Health Liaison Inspector, Shire Constabulary"),
        ("Apologies", "Cllr Margaret Holloway (MH)",
         "Cabinet Member for Adult Social Care and Health, Mid Shire Council (Chair)"),
        ("", "Dr Anil Mehta (AMe)", "Clinical Chair, Mid Shire CCG"),
        ("In attendance", "Lisa Carr (LC)", "Democratic Services Officer, Mid Shire Council (minutes)"),
    ])
    assert any(l.x0 == 326.0 for l in lines)  # the role column really wraps
    got = [(p.name, p.status, p.initials, p.role) for p in find_attendees(lines)]
    assert got == [
        ("Brian Ferris", "chair", "BF", "Mid Shire Council (Vice-Chair, in the Chair)"),
        ("Adrian Marsh", "present", "AM", "Service User Representative, Mid Shire Service User Network"),
        ("Karen Doyle", "present", "KD", "Mental Health Liaison Inspector, Shire Constabulary"),
        ("Margaret Holloway", "apologies", "MH",
         "Cabinet Member for Adult Social Care and Health, Mid Shire Council (Chair)"),
        ("Anil Mehta", "apologies", "AMe", "Clinical Chair, Mid Shire CCG"),
        ("Lisa Carr", "in_attendance", "LC", "Democratic Services Officer, Mid Shire Council (minutes)"),
    ]


@pytest.mark.parametrize("wrap", [40, 200])  # the role column shown by wrapped roles, or not at all
def test_attendance_table_without_initials_splits_at_the_role_column(wrap: int) -> None:
    lines = _table_lines([
        ("Councillors present", "Cllr Janet Pryce", "Chair"),
        ("", "Cllr Robert Hughes", "Vice-Chair"),
        ("", "Cllr Amira Saleh", ""),
        ("", "Cllr Denise Morgan", "(except item 21/24)"),
        ("Officers", "Helen Fairweather", "Town Clerk"),
        ("", "Gareth Lewis", "Deputy Town Clerk"),
        ("Also present", "County Cllr Alan Rees", "Westshire County Council, Harbourside division"),
        ("", "Sandra Price", "Parking Services Manager, Westshire County Council (item 21/15)"),
        ("", "Six members of the public", ""),
    ], name_x=176.0, role_x=344.0, wrap=wrap)
    got = [(p.name, p.status, p.role) for p in find_attendees(lines)]
    assert got == [
        ("Janet Pryce", "chair", "Chair"),
        ("Robert Hughes", "present", "Vice-Chair"),
        ("Amira Saleh", "present", "Cllr"),
        ("Denise Morgan", "present", "(except item 21/24)"),
        ("Helen Fairweather", "in_attendance", "Town Clerk"),
        ("Gareth Lewis", "in_attendance", "Deputy Town Clerk"),
        ("Alan Rees", "in_attendance", "Westshire County Council, Harbourside division"),
        ("Sandra Price", "in_attendance", "Parking Services Manager, Westshire County Council (item 21/15)"),
    ]


def test_attendance_table_body_is_the_title_not_the_table() -> None:
    lines = _table_lines([("Present", "Adrian Marsh (AM)", "Service User Representative, Mid Shire Council"),
                          ("", "Gail Thornton (GT)", "Service User Representative, Mid Shire Council")])
    (m,) = segment(_doc(), [Page(1, 595, 842, lines)])
    assert m.body == "Mid Shire Health and Wellbeing Partnership Group"
    assert [a.name for a in m.attendees] == ["Adrian Marsh", "Gail Thornton"]


def _sample(rel: str):
    path = SAMPLES / "pdf" / rel
    if not path.exists():
        pytest.skip(f"sample {rel} not present")
    return pytest.importorskip("pipeline.pdf").extract(str(path))


def test_sample_uk_attendance_table() -> None:
    (m,) = segment(*_sample("seed_crisis_review/2018-09-19_mid-shire-health-and-wellbeing-partnership-group.pdf"))
    assert m.body == "Mid Shire Health and Wellbeing Partnership Group"
    got = [(a.name, a.status, a.initials) for a in m.attendees]
    assert got == [  # as printed in samples/src/2018-09-19_mid-shire-hwb-partnership-group.md
        ("Brian Ferris", "chair", "BF"), ("Adrian Marsh", "present", "AM"),
        ("Gail Thornton", "present", "GT"), ("Tom Reddy", "present", "TR"),
        ("Karen Doyle", "present", "KD"), ("Neil Forsyth", "present", "NF"),
        ("Simon Pike", "present", "SP"), ("Pauline Grant", "present", "PG"),
        ("Derek Hollins", "present", "DH"),
        ("Margaret Holloway", "apologies", "MH"), ("Priya Shah", "apologies", "PS"),
        ("Sarah Whitfield", "apologies", "SW"), ("Hannah Okonjo", "apologies", "HO"),
        ("Rachel Stone", "apologies", "RS"),
        ("Julie Armitage", "in_attendance", "JA"), ("Lisa Carr", "in_attendance", "LC"),
    ]
    roles = {a.name: a.role for a in m.attendees}
    assert roles["Adrian Marsh"] == "Service User Representative, Mid Shire Service User Network"
    assert roles["Tom Reddy"] == "Service Manager, CRHTT, SPFT (for Dr Priya Shah)"


def test_sample_second_layout_attendance_table() -> None:
    (m,) = segment(*_sample(
        "harbourside_parking/2021-06-08_harbourside-town-council-planning-and-transport-committee.pdf"))
    assert m.body == "Harbourside Town Council Planning and Transport Committee"
    got = [(a.name, a.status, a.role) for a in m.attendees]
    assert got == [  # as printed in samples/src/2021-06-08_harbourside-planning-transport.md
        ("Robert Hughes", "chair", "Chair"), ("Janet Pryce", "present", "Cllr"),
        ("Amira Saleh", "present", "Cllr"), ("Denise Morgan", "present", "(except item 21/24)"),
        ("Peter Llewellyn", "present", "Cllr"), ("Sue Barton", "present", "Cllr"),
        ("Grace Oduya", "present", "Cllr"),
        ("Helen Fairweather", "in_attendance", "Town Clerk"),
        ("Gareth Lewis", "in_attendance", "Deputy Town Clerk"),
        ("Alan Rees", "in_attendance", "Westshire County Council, Harbourside division"),
        ("Colin Tremayne", "in_attendance", "Chair, Harbourside Traders' Association (item 21/24)"),
    ]


@pytest.mark.parametrize("scenario,body", [
    ("seed_crisis_review", {"Mid Shire Health and Wellbeing Partnership Group",
                            "Mid Shire Health and Wellbeing Board Steering Group"}),
    ("harbourside_parking", {"Harbourside Town Council Planning and Transport Committee"}),
])
def test_sample_series_bodies(scenario: str, body: set) -> None:
    files = sorted((SAMPLES / "pdf" / scenario).glob("*.pdf"))
    if not files:
        pytest.skip("samples not present")
    got = {m.body for f in files for m in segment(*_sample(f"{scenario}/{f.name}"))}
    assert got == body


def test_a_date_marked_as_another_date_loses_to_the_file_name() -> None:
    lines = _lines([("FALLS VALLEY BOARD MINUTES", 200, True),
                    ("Call to Order and Roll Call", 72, True, 14),
                    ("Board: Ann Lee, Bo Park", 90),
                    ("Treasurer's Report – Ending July 30, 2023 Report accepted as presented", 72, False, 14)])
    assert meeting_date(lines) == "2023-07-30"  # the only printed date, though marked "ending"
    doc = Document(path="minutes/minutes_2023_08_24.pdf", sha256="ab" * 32, pages=1, kind="born-digital")
    (m,) = segment(doc, [Page(1, 612, 792, lines)])
    assert m.date == "2023-08-24"
    unnamed = Document(path="minutes.pdf", sha256="ab" * 32, pages=1, kind="born-digital")
    assert segment(unnamed, [Page(1, 612, 792, lines)])[0].date == "2023-07-30"  # nothing better


def test_dash_labels_open_items_straight_after_the_block_above() -> None:
    lines = _lines([
        ("Committee Reports -", 72, False, 14),
        ("Beautification - None", 72),
        ("Common Property – Phil has agreed to stay on as supervisor of the seasonal work crew and", 72),
        ("help plan the work. Please let Phil know if you are willing to help in any of these roles.", 72),
        ("Dam – It has been a great summer season at the lake and dam, and the lake stayed full.", 72),
        ("Fire Apparatus Operator – Promotional    05/18/2021    2021-4505-01", 72),
        ("Councilmembers Daysog: Aye; Vella: No; and Mayor Ezzy Ashcraft: Aye. Ayes: 2. Noes: 1.", 72),
    ])
    titles = [h.title for h in detect_headings(lines)]
    assert titles[-2:] == ["Common Property", "Dam"]  # not the table row or the roll call


# --- layouts the corpus lacks (see tests/scenarios/pdf_layouts) -------------------------------

def test_roll_call_table_rows_carry_their_status() -> None:
    lines = _lines([
        ("2. ROLL CALL", 64, True, 10),
        ("Board Member Attendance", 84, True),
        ("Maria Alvarez, Chair Present", 84),
        ("Helen Carver Present", 84),
        ("Samuel Diaz Absent", 84),
        ("3. APPROVAL OF MINUTES", 64, True, 10),
    ])
    got = {(p.name, p.status) for p in find_attendees(lines)}
    assert got == {("Maria Alvarez", "chair"), ("Helen Carver", "present"), ("Samuel Diaz", "absent")}


def test_attendance_table_with_a_role_column() -> None:
    lines = _lines([
        ("Name Role Attendance", 64, True, 10),
        ("Fiona Grant Chair of Governors Present", 64),
        ("Martin Hughes Headteacher Present", 64),
        ("Simon Leach Co-opted Governor Apologies", 64),
        ("Tariq Shah Staff Governor Absent", 64),
        ("Clerk: Louise Barton", 64, False, 6),
        ("A.", 64, True, 10),
    ])
    got = [(p.name, p.status, p.role) for p in find_attendees(lines)]
    assert got[:4] == [("Fiona Grant", "chair", "Chair of Governors"), ("Martin Hughes", "present", "Headteacher"),
                       ("Simon Leach", "apologies", "Co-opted Governor"), ("Tariq Shah", "absent", "Staff Governor")]
    assert [(p.name, p.status) for p in find_attendees(lines)][4:] == [("Louise Barton", "in_attendance")]


def test_attendance_run_stops_at_an_item_heading() -> None:
    lines = _lines([
        ("In attendance: Mrs K Dunn (Clerk) and two members of the public.", 64),
        ("23/045 Declarations of interest", 64, True),
        ("Cllr Patel declared an interest in minute 23/047, Land at Mill Lane.", 116),
    ])
    assert [(p.name, p.status) for p in find_attendees(lines)] == [("K Dunn", "in_attendance")]


@pytest.mark.parametrize("text,want", [
    ("Priya Shah (PS) Chair, Tom Reed (TR)", [("Priya Shah", "chair"), ("Tom Reed", "present")]),
    ("Owen Park, City Planner; Lisa Grant, Recording Secretary",
     [("Owen Park", "in_attendance"), ("Lisa Grant", "in_attendance")]),
    ("Cllrs. A. Byrne (Cathaoirleach), P. Nolan", [("A. Byrne", "chair"), ("P. Nolan", "present")]),
    # officers by role, the holder in brackets (UK county committees)
    ("Director of Adult Social Services (Claire Benson), Head of Commissioning (Ian Marsh)",
     [("Claire Benson", "in_attendance"), ("Ian Marsh", "in_attendance")]),
    # "Name, Role; Name, Role": each role stays with its own name
    ("Karen Walsh, President; Luis Ortega, Vice President; Michael Brown",
     [("Karen Walsh", "present"), ("Luis Ortega", "present"), ("Michael Brown", "present")]),
    ("\u2022 Colin Marsh, Director of Finance", [("Colin Marsh", "in_attendance")]),
    ("Cr Helen Ashby (Mayor), Cr Tom Brennan", [("Helen Ashby", "present"), ("Tom Brennan", "present")]),
])
def test_parse_people_roles_after_initials_and_staff_posts(text: str, want: list) -> None:
    assert [(p.name, p.status) for p in parse_people(text, "present")] == want


def test_minute_references_need_not_start_at_one() -> None:
    # no bold (as from OCR): the run 23/045, 23/046 is a numbering all the same
    lines = _lines([
        ("23/045 Declarations of interest", 64, False, 10),
        ("Cllr Patel declared a personal interest in minute 23/047 as a neighbour.", 116),
        ("23/046 Minutes of the previous meeting", 64, False, 10),
        ("RESOLVED: that the minutes be approved as a true record of the meeting.", 116),
        ("Signed ............ Chairman", 64, False, 10),
    ])
    assert [h.number for h in detect_headings(lines)] == ["23/045", "23/046"]


def test_bold_sentence_case_headings_where_items_are_unnumbered() -> None:
    lines = _lines([
        ("Treasurer's report", 64, True, 10),
        ("Beatrice Lomax reported donations of 14,200 pounds in the quarter.", 64),
        ("Warehouse lease", 64, True, 6),
        ("The landlord has offered a new five-year lease on the warehouse.", 64),
        ("Action Owner Due", 64, True, 10),
        ("Write to the landlord about the break clause AF 31/01/2025", 64),
    ])
    assert [h.title for h in detect_headings(lines)] == ["Treasurer's report", "Warehouse lease"]


def test_running_footer_date_is_the_meeting_date() -> None:
    def page(no: int, body: list[str]) -> Page:
        rows = [(t, 64) for t in body]
        # the footer at the foot of the page, below the body and the white space under it
        foot = (f"Library Trust - Trustees' Meeting 21/11/2023 - page {no}", 200, False,
                780 - 50 - 14 * (len(rows) + 1))
        return Page(no, 595, 842, _lines(rows + [foot], page=no))
    from pipeline.layout import remove_running
    pages = remove_running([
        page(1, ["Westbrook Library Trust", "Minutes of the Trustees' Meeting", "Present: Helen Marsh",
                 "1. Finance", "The trustees approved the revised budget."]),
        page(2, ["2. Building repairs", "The surveyor reported on the roof.", "Members discussed it.",
                 "Jane Doyle to obtain two quotes by 15 January 2024.", "3. Any other business",
                 "There was none."])])
    assert not any("21/11/2023" in l.text for p in pages for l in p.lines)  # stripped as running
    doc = Document(path="trustees.pdf", sha256="0" * 64, pages=2, kind="born-digital")
    assert [m.date for m in segment(doc, pages)] == ["2023-11-21"]


def test_numbered_paragraphs_under_bold_numbered_headings_are_not_items() -> None:
    rows = [("1. Apprenticeship programme", 64, True, 10),
            ("1.1 OP reported that 64 apprentices started this year against a target of", 64),
            ("80, with the largest shortfall in construction trades.", 64),
            ("1.2 None.", 64, False, 6),
            ("2. Digital skills fund", 64, True, 10),
            ("2.1 LG presented the bids received for the fund. Eleven bids were", 64),
            ("received for a fund of 150,000 pounds.", 64)]
    assert [h.number for h in detect_headings(_lines(rows))] == ["1", "2"]


def test_a_numbering_may_jump_ahead_when_the_next_heading_goes_on_from_it() -> None:
    rows = [("1 OPENING", 64), ("The Mayor declared the meeting open.", 100),
            ("2 APOLOGIES", 64), ("Nil.", 100), ("3 LEAVE OF ABSENCE", 64), ("Nil.", 100),
            ("9 INFRASTRUCTURE REPORTS", 64, False, 6), ("9.1 ROADSIDE VEGETATION PLAN", 64),
            ("Karen Holt presented the draft plan for the sealed road network.", 100),
            ("9.2 POOL OPENING HOURS", 64, False, 6), ("Cr Brennan asked about the hours.", 100),
            ("10 CLOSURE", 64, False, 6), ("The Mayor declared the meeting closed.", 100)]
    assert [h.number for h in detect_headings(_lines(rows))] == ["1", "2", "3", "9", "9.1", "9.2", "10"]


@pytest.mark.parametrize("text,number,title", [
    ("Action Item 7.1 \u2013 Approval of the 2025-26 Instructional Calendar", "7.1",
     "Approval of the 2025-26 Instructional Calendar"),
    ("Agenda Item 4: Budget", "4", "Budget"),
])
def test_item_kind_words_before_the_number(text: str, number: str, title: str) -> None:
    assert parse_number(text)[:2] == (number, title)


def test_result_and_resolution_labels_are_not_items() -> None:
    rows = [("5. CONFIRMATION OF MINUTES", 64, True, 10),
            ("COUNCIL RESOLUTION CR/2024/011", 64, True, 4),
            ("That the minutes of the meeting held on 17 January 2024 be confirmed.", 64),
            ("CARRIED 4/0", 64, True, 4),
            ("6. ROADSIDE VEGETATION PLAN", 64, True, 10),
            ("OFFICER'S RECOMMENDATION", 64, True, 4),
            ("That Council adopt the plan as presented.", 64),
            ("DEFEATED", 64, True, 4),
            ("Action: LG to score the bids against the published criteria.", 64, False, 4)]
    assert [h.number for h in detect_headings(_lines(rows))] == ["5", "6"]


def test_role_name_table_under_bare_labels_and_numbered_lists_of_names() -> None:
    # New Zealand local boards print role | name rows under a bare PRESENT heading
    rows = _lines([("PRESENT", 64, True), ("Chairperson Kerry Ngata", 64), ("Deputy Chairperson Tom Fale", 64),
                   ("Members Peter Lindqvist", 64), ("Mele Tupou", 234), ("APOLOGIES", 64, True),
                   ("Member Grant Hoskins", 64), ("ALSO PRESENT", 64, True),
                   ("Democracy Advisor Rachel Oh", 64), ("1 Welcome", 64, True)])
    got = [(a.name, a.status) for a in find_attendees(rows)]
    assert got == [("Kerry Ngata", "chair"), ("Tom Fale", "present"), ("Peter Lindqvist", "present"),
                   ("Mele Tupou", "present"), ("Grant Hoskins", "apologies"), ("Rachel Oh", "in_attendance")]
    # an Indian society numbers those present, titled "Shri"/"Smt."; "Leave of absence" is apologies
    rows = _lines([("Members present:", 72), ("1. Shri Ramesh K. Menon – Chairman", 72),
                   ("2. Smt. Anita Deshpande – Secretary", 72), ("Leave of absence: Shri Harish Gupta", 72),
                   ("Item No. 1: Minutes", 72, True)])
    got = [(a.name, a.status) for a in find_attendees(rows)]
    assert got == [("Ramesh K. Menon", "chair"), ("Anita Deshpande", "present"), ("Harish Gupta", "apologies")]


def test_roll_call_inside_the_call_to_order_paragraph() -> None:
    rows = _lines([("The meeting was called to order at 6:30 p.m. by President Dana Kowalski. Roll", 72),
                   ("call: Present: President Dana Kowalski, Directors Grace Oyelaran and Rosa Mendoza.", 72),
                   ("Absent: Director Keith Sorensen. Also present: Superintendent Dr. Alan Pruitt.", 72)])
    got = [(a.name, a.status) for a in find_attendees(rows)]
    assert got == [("Dana Kowalski", "present"), ("Grace Oyelaran", "present"), ("Rosa Mendoza", "present"),
                   ("Keith Sorensen", "absent"), ("Alan Pruitt", "in_attendance")]


def test_a_masthead_above_a_date_wrapped_over_two_lines_is_no_item() -> None:
    lines = _lines([("MANAWA REGIONAL COUNCIL", 72, True),
                    ("Minutes of the Environment and Catchment Committee", 72, True),
                    ("Held in the Council Chamber, Manawa House, 15 Tui Street, Hawera on "
                     "Wednesday 12 February", 72),
                    ("2025 at 9.30am", 72),
                    ("Present: Cr H Te Rangi (Chair), Cr S Blake, Cr T Whitcombe", 72),
                    ("1. Karakia", 72, True, 14), ("Ms Kingi opened the meeting with a karakia.", 72),
                    ("2. Apologies", 72, True, 14), ("There were no apologies from members.", 72)])
    (m,) = segment(_doc(), [Page(1, 612, 792, lines)])
    assert m.date == "2025-02-12"
    assert [(i.number, i.title) for i in m.items] == [("1", "Karakia"), ("2", "Apologies")]


def _one_page_with_foot(foot: list[str], foot_size: float) -> list[Line]:
    # Alameda City Council 2022-09-27.pdf: a one-page special meeting whose page footer ("Special
    # Meeting" / "Alameda City Council" / "September 27, 2022", 8 pt under 12 pt text) layout
    # cannot see repeat
    lines = _lines([("MINUTES OF THE SPECIAL CITY COUNCIL MEETING", 150),
                    ("TUESDAY- -SEPTEMBER 27, 2022- -6:00 P.M.", 180),
                    ("Mayor Ezzy Ashcraft convened the meeting at 6:02 p.m.", 72),
                    ("Roll Call – Present: Councilmembers Daysog and Vella.", 72),
                    ("The meeting was adjourned to Closed Session to consider:", 72),
                    ("(22-603) Public Employee Appointment (Pursuant to Government Code Section 54957)", 72),
                    ("Following the Closed Session, the meeting was reconvened and the City Attorney announced"
                     " that Council conducted interviews.", 72),
                    ("Adjournment", 72),
                    ("There being no further business, Mayor Ezzy Ashcraft adjourned the meeting at 7:56 p.m.", 72),
                    ("Respectfully submitted,", 288), ("Lara Weisiger", 288), ("City Clerk", 288)]
                   + [(t, 72) for t in foot])
    for line in lines[len(lines) - len(foot):]:
        line.size = foot_size
    return lines


def test_the_footer_of_a_one_page_minutes_is_no_item() -> None:
    foot = ["Special Meeting", "Alameda City Council", "September 27, 2022"]
    ms = segment(_doc(), [Page(1, 612, 792, _one_page_with_foot(foot, 8.0))])
    assert ms[0].items and "Special Meeting" not in [i.title for i in ms[0].items]
    assert "September 27, 2022" not in " ".join(i.text + " " + i.title for i in ms[0].items)


def test_the_same_lines_in_the_texts_own_print_stay() -> None:
    # the neighbour: a heading in the text's own size at the end is read as the text reads it
    foot = ["Special Meeting", "Alameda City Council", "September 27, 2022"]
    ms = segment(_doc(), [Page(1, 612, 792, _one_page_with_foot(foot, 11.0))])
    assert "September 27, 2022" in " ".join(i.text + " " + i.title for i in ms[0].items)


def test_real_committee_report_with_numbered_points_after_its_dash_stays_an_item() -> None:
    # Falls Creek 2023-04-27 p.1: "Common Property – 1. After an eventful winter, …" is a
    # committee's report with its points numbered, not a vote list's count ("Councilmember Vella
    # – 1.]"); its heading must stay (the thread gold holds it)
    (m,) = segment(*_read("falls_creek_ranch_hoa/minutes_2023_04_27.pdf"))
    assert "Common Property" in [i.title for i in m.items]
