"""Rules found by labelling minutes of series the stage was never tuned on (an Apache-style
board with lettered reports past Z, a transit board whose numbering skips one, a council whose
sub-item letters stand alone, a pension board whose later pages repeat the minutes header), each
beside a neighbour it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment import split_meetings
from pipeline.segment_attendees import find_attendees
from pipeline.segment_items import detect_headings


def _plain(texts: list[str], page: int = 1) -> list[Line]:
    """Lines as the plain-text reader gives them: no position, no type."""
    return [Line(text=t, page=page) for t in texts]


def _numbers(lines: list[Line]) -> list[str]:
    return [h.number for h in detect_headings(lines) if h.number]


def _letters(first: str, last: str) -> list[str]:
    return [chr(c) for c in range(ord(first), ord(last) + 1)]


def test_a_lettered_list_runs_past_z_and_through_i_v_x_l() -> None:
    texts = ["1. Call to order", "The meeting began at 10:34.", "2. Committee Reports"]
    for letter in _letters("A", "Z") + ["AA", "AB", "AC"]:
        texts += [f"    {letter}. Apache {letter.title()}x Project [Jo Doe / Sam]", "See Attachment."]
    texts += ["3. Adjournment"]
    numbers = _numbers(_plain([t.strip() for t in texts]))
    assert numbers == ["1", "2"] + _letters("A", "Z") + ["AA", "AB", "AC", "3"]


def test_two_capitals_that_go_on_from_no_letters_are_no_item() -> None:
    texts = ["1. Call to order", "The chair opened.", "2. Reports", "MR. Smith reported on roads.",
             "DR. Jones asked about it.", "3. Adjournment"]
    assert _numbers(_plain(texts)) == ["1", "2", "3"]


def test_roman_one_after_no_letters_stays_roman() -> None:
    texts = ["I. Call to Order", "Chair Ray opened.", "II. Roll Call", "All present.",
             "III. Adjourn"]
    assert _numbers(_plain(texts)) == ["I", "II", "III"]


def test_a_skipped_roman_number_in_plain_text_goes_on_when_three_follow() -> None:
    romans = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
              "XIV", "XV", "XVI", "XVII"]
    texts = []
    for r in romans:
        texts += [f"{r}.", f"Report number {r}", "Presented by Director Lee."]
    assert _numbers(_plain(texts)) == romans


def test_a_skipped_number_with_nothing_after_it_is_no_item() -> None:
    texts = ["I.", "Call to Order", "Chair Ray opened.", "II.", "Roll Call", "All present.",
             "III.", "Adjourn", "VIII. The figure rose again in May and June."]
    assert _numbers(_plain(texts)) == ["I", "II", "III"]


def test_a_sub_letter_alone_on_its_line_takes_the_title_below() -> None:
    texts = ["1.Support Services", "(a)", "Filling of Casual Vacancies",
             "Circulated, report of the Senior Officer.", "(b)",
             "Filling of Vacancies on Strategic Policy Committees",
             "The Administrator advised the Council.", "(c)", "Filling of Vacancies on Other Bodies",
             "Circulated, report of the Administrator."]
    heads = [(h.number, h.title) for h in detect_headings(_plain(texts))]
    assert heads == [("1", "Support Services"), ("(a)", "Filling of Casual Vacancies"),
                     ("(b)", "Filling of Vacancies on Strategic Policy Committees"),
                     ("(c)", "Filling of Vacancies on Other Bodies")]


def test_a_minutes_header_over_page_n_is_the_same_meeting() -> None:
    page1 = _plain(["MINUTES OF THE REGULAR MEETING", "OF THE PENSION BOARD",
                    "HELD 4:30 P.M., APRIL 24, 2017", "1. The meeting was called to order.",
                    "2. ROLL CALL:", "Present: Chair Ann Lee, Nancy Elzig", "3. MINUTES:",
                    "The minutes were approved.", "4. AGENDA ITEMS:"], 1)
    page2 = _plain(["City of Alameda", "Minutes of the Regular Meeting of the",
                    "Pension Board - Monday, April 24, 2017", "Page 2", "4-A. Payroll report"], 2)
    assert split_meetings(page1 + page2) == [(0, 14)]


def test_a_running_header_with_page_and_number_apart_is_the_same_meeting() -> None:
    # Alameda Pension Board 2018-07-30.pdf (OCR): "Page" and "2" read as two lines under the
    # running header; the same date and kind of meeting, and no call to order under it
    page1 = _plain(["MINUTES OF THE REGULAR MEETING", "OF THE", "PENSION BOARD OF THE CITY OF ALAMEDA",
                    "HELD 4:30 P.M., APRIL 30, 2018", "1. The meeting was called to order at 4:32 p.m.",
                    "2. ROLL CALL:", "Present: Chair Ann Lee, Nancy Elzig", "3. MINUTES:",
                    "The minutes were approved.", "4. AGENDA ITEMS:"], 1)
    page2 = _plain(["City of Alameda", "Minutes of the Regular Meeting of the",
                    "Pension Board — Monday, April 30, 2018", "Page", "2",
                    "Member Soderlund moved to accept the financial statement as presented.",
                    "5. ADJOURNMENT:"], 2)
    assert split_meetings(page1 + page2) == [(0, 17)]


def test_a_second_meeting_of_the_same_kind_and_day_that_opens_anew_is_split() -> None:
    # Alameda City Council 2005-03-15.pdf: two special meetings the same evening, each convened
    page1 = _plain(["MINUTES OF THE SPECIAL CITY COUNCIL MEETING", "TUESDAY- -MARCH 15, 2005- -7:00 P.M.",
                    "Mayor Johnson convened the Special Meeting at 7:00 p.m.",
                    "Roll Call - Present: Councilmembers Daysog and Gilmore.", "Closed session text.",
                    "The meeting was adjourned at 7:30 p.m."], 1)
    page2 = _plain(["MINUTES OF THE SPECIAL CITY COUNCIL MEETING", "TUESDAY- -MARCH 15, 2005- -7:34 P.M.",
                    "Mayor Johnson convened the Special Meeting at 10:30 p.m.",
                    "Roll Call - Present: Councilmembers Daysog and Gilmore.", "Closed session text."], 2)
    assert split_meetings(page1 + page2) == [(0, 6), (6, 11)]


def test_a_minutes_header_on_a_later_page_without_page_n_opens_a_meeting() -> None:
    page1 = _plain(["MINUTES OF THE REGULAR MEETING", "HELD APRIL 24, 2017", "1. Call to order",
                    "2. Roll call", "3. Adjournment", "Text.", "More text."], 1)
    page2 = _plain(["MINUTES OF THE SPECIAL MEETING", "HELD APRIL 24, 2017", "1. Closed session"], 2)
    assert split_meetings(page1 + page2) == [(0, 7), (7, 10)]


def test_an_absent_label_after_a_comma_inside_the_present_list() -> None:
    people = find_attendees(_plain([
        "Present: Chair Trish Herrera Spencer, Nancy Elzig, William Soderlund, Absent: Bruce Edwards",
        "1. Minutes"]))
    who = {p.name: p.status for p in people}
    assert who["Bruce Edwards"] == "absent" and who["William Soderlund"] == "present"
    assert "Absent" not in who


def test_a_comma_list_of_names_under_a_bare_label() -> None:
    people = find_attendees(_plain([
        "PRESENT IN THE CHAIR: Councillor M. Sheahan, Mayor.", "MEMBERS PRESENT:",
        "Councillors Benson, Butler, Carey, Collins (B), Collins (M), Costelloe, Daly, Egan, Foley, Galvin,",
        "Hartigan, Keary, Kiely, Kilcoyne, Leddin (J), McSweeney, Mitchell, Murphy, O’Brien, O’Dea,",
        "Teefy, Teskey.",
        "Apologies were received from Councillor Donegan.", "1. Support Services"]))
    who = {p.name: p.status for p in people}
    present = [n for n, s in who.items() if s == "present"]
    assert present[:4] == ["Benson", "Butler", "Carey", "Collins (B)"] and len(present) == 22
    assert present[-2:] == ["Teefy", "Teskey"]


def test_a_sentence_with_commas_under_a_bare_label_is_no_list_of_names() -> None:
    people = find_attendees(_plain([
        "MEMBERS PRESENT:", "The Mayor welcomed everyone, thanked the staff, and opened the meeting.",
        "1. Support Services"]))
    assert people == []


def _typeset(rows: list[tuple[str, bool, float]]) -> list[Line]:
    """Lines of a PDF page: (text, bold, space above in points)."""
    out, top = [], 60.0
    for text, bold, space in rows:
        top += 14.0 + space
        out.append(Line(text=text, page=1, x0=72.0, x1=72.0 + 5.2 * len(text), top=top,
                        bottom=top + 10, size=11.0, bold=bold))
    return out


_BODY = "Ms. Arline Parks, Chairperson said we are now going to the next part of the agenda for"


def test_a_bold_speaker_tag_that_wraps_into_prose_is_no_heading() -> None:
    lines = _typeset([
        ("Committee Reports", True, 16), (_BODY, False, 8), ("tonight and we thank you.", False, 0),
        ("Deputy Inspector Joseph Tompkins, Commanding Officer 40th Police Precinct, New York", True, 16),
        ("Police Department said thanks for having me, I am the Commanding Officer for the 40th", False, 0),
        ("Precinct and this is my first meeting with the Board.", False, 0),
        ("Elected Officials Reports", True, 16), (_BODY, False, 8), ("tonight and we thank you.", False, 0)])
    assert [h.title for h in detect_headings(lines)] == ["Committee Reports", "Elected Officials Reports"]


def test_a_qualifier_after_the_dash_stays_in_a_heading_and_content_does_not() -> None:
    from pipeline.segment import _split_dash
    assert _split_dash("Law Department – Claim Settlement") == "Law Department – Claim Settlement"
    assert _split_dash("Open Period Comments from Residents – 3 minutes time limit") == \
        "Open Period Comments from Residents – 3 minutes time limit"
    assert _split_dash("Dam – Nothing to report.") == "Dam"
    assert _split_dash("Approval/Changes to the Agenda – None") == "Approval/Changes to the Agenda"
    assert _split_dash("Presentation and Acceptance of Financial Report – Robin Lucie, Treasurer, "
                       "presented the") == "Presentation and Acceptance of Financial Report"
    assert _split_dash("Public Session (6:25 PM – 7:10 PM)") == "Public Session (6:25 PM – 7:10 PM)"


def test_two_capitals_and_a_stop_are_no_number_outside_a_lettered_list() -> None:
    from pipeline.segment_items import parse_number
    assert parse_number("ST. ANN MUNICIPAL CORPORATION") is None
    assert parse_number("MR. Smith reported.") is None


def test_a_name_wrapped_across_two_lines_of_a_comma_list_stays_whole() -> None:
    people = find_attendees(_plain([
        "MEMBERS PRESENT:",
        "Councillors Benson, Butler, Carey, Collins (B), Costelloe, Daly, Novak Uí",
        "Chonchúir, O’Brien, O’Dea, Teefy, Sheahan",
        "(K), Teskey.", "1. Support Services"]))
    names = [p.name for p in people]
    assert "Novak Uí Chonchúir" in names and "Sheahan (K)" in names and "(K)" not in names


def test_labelled_lines_under_a_label_are_no_bare_comma_list() -> None:
    people = find_attendees(_plain([
        "Call to Order and Roll Call",
        "Board: Mark Smith (proxy for James Trammel and Charlie Simons), Paulette",
        "Church, Robin Lucie", "Approval/Changes to the Agenda: None"]))
    assert "Board" not in {p.name for p in people}
