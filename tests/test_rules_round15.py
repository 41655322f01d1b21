"""Rules written for the fifteenth round of unseen minutes (tests/scenarios/round15), each beside a
neighbour it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.classify_owner import find_due, find_owner
from pipeline.segment_attendees import label_of, parse_people
from pipeline.segment_items import parse_number
from pipeline.votes import parse_votes


def test_agenda_and_a_number_is_an_item_number_but_not_a_year() -> None:
    assert parse_number("### Agenda 2: Annual timber harvest") == ("2", "Annual timber harvest", "int")
    assert parse_number("Agenda 3 – Budget") == ("3", "Budget", "int")
    assert parse_number("Agenda 2025: review of the year") is None
    assert parse_number("Agenda 1 was approved as circulated.") is None
    assert parse_number("Agenda for the meeting") is None


@pytest.mark.parametrize("text,status", [
    ("**Invitees:** Mr. Prakash Poudel, Assistant Forest Officer", "in_attendance"),
    ("Special invitees: Shri R. Menon", "in_attendance"),
    ("**Absent (informed):** Mr. Tek Bahadur Khadka, Member", "apologies"),
    ("Absent (with leave): Mrs. K. Rao", "apologies"),
    ("Absent: Mr. T. Khadka", "absent"),  # neighbour: plainly absent
])
def test_invitees_and_absent_informed_are_labels(text, status) -> None:
    assert label_of(text)[0] == status


def test_titled_people_parted_by_semicolons_keep_their_descriptions() -> None:
    got = parse_people("Mr. Prakash Poudel, Assistant Forest Officer, Division Forest Office, "
                       "Makwanpur; Mrs. Sarita Dahal, Ward Chairperson, Bhimphedi Rural "
                       "Municipality Ward No. 4", "in_attendance")
    assert [p.name for p in got] == ["Prakash Poudel", "Sarita Dahal"]
    assert got[0].role.startswith("Assistant Forest Officer")
    # neighbour: titled names in both parts of each semicolon group are all people
    got = parse_people("Mr. A Smith, Mr. B Jones; Mrs. C Brown", "present")
    assert [p.name for p in got] == ["A Smith", "B Jones", "C Brown"]


def test_a_civic_office_before_its_holder_and_common_councillors() -> None:
    from pipeline.records import Line
    from pipeline.segment_attendees import find_attendees
    rows = ["Present:", "His Worship the Mayor, Mr. Desmond Outerbridge (Chair)",
            "Deputy Mayor, Alderman Carla Trott", "Common Councillor Jason Darrell",
            "Regrets:", "Common Councillor Lorraine Minors"]
    got = [(a.name, a.status) for a in find_attendees([Line(text=t, page=1) for t in rows])]
    assert got == [("Desmond Outerbridge", "chair"), ("Carla Trott", "present"),
                   ("Jason Darrell", "present"), ("Lorraine Minors", "apologies")]


def test_a_bracketed_gregorian_date_after_another_calendar_is_the_due_date() -> None:
    assert find_due("Secretary to apply for the harvest permit by 2082 Asar 1 (15 June 2025).") \
        == "15 June 2025"
    assert find_due("Clerk to report by the end of the year (see page 4).") == "the end of the year"


def test_an_action_row_ending_in_an_office_and_a_date() -> None:
    row = "Submit Plot 556 file to Environmental Affairs Technical Officer 30/06/2025"
    assert (find_owner(row), find_due(row)) == ("Technical Officer", "30/06/2025")
    row = "Serve the removal order on Mr. Rampa Secretary 30/05/2025"
    assert (find_owner(row), find_due(row)) == ("Secretary", "30/05/2025")
    # neighbour: a sentence naming an office before "on" and a date is no row
    assert find_owner("The report was sent to the Clerk on 3/4/2024.") == ""


_LAND = [{"name": n, "status": "present"} for n in
         ["Tshiamo Mogapi", "Boitumelo Sebina", "Lesego Ntshole", "Pako Mothibi"]]


def test_a_count_right_after_the_result_word() -> None:
    (v,) = parse_votes("Motion by Ms. Mogapi, seconded by Mr. Mothibi, that the change be approved. "
                       "Carried: 4 for, 1 against (Mr. Ntshole).", _LAND)
    assert (v.result, v.printed, v.members.get("Lesego Ntshole")) == ("carried", {"ayes": 4, "noes": 1}, "no")
    (v,) = parse_votes("A recorded division was requested and the amendment was lost, 4 votes to "
                       "6, as follows:", _LAND)
    assert (v.result, v.printed) == ("failed", {"ayes": 4, "noes": 6})
    # neighbour: a comma after "carried" before no count reads no score
    assert all(v.printed.get("ayes") != 4 for v in parse_votes(
        "The motion was carried, 4 members having left the room.", _LAND))


def test_proposed_seconded_and_resolved_is_a_vote_though_the_resolution_says_approved() -> None:
    att = [{"name": n, "status": "present"} for n in ["P Corlett", "S Kneale", "A Kermode"]]
    (v,) = parse_votes("It was proposed by Mr Corlett, seconded by Mrs Kneale and RESOLVED that "
                       "the minutes of the meeting held on 9th April 2025 be approved and signed.", att)
    assert (v.mover, v.seconder, v.result) == ("P Corlett", "S Kneale", "carried")
    # neighbour: a count in the next sentence is the vote, read once
    votes = parse_votes("It was proposed by Mrs Kermode, seconded by Mrs Kneale and RESOLVED that "
                        "the Board object. This was carried, 2 votes for and 1 against (Mr Corlett).",
                        att)
    assert [v.printed for v in votes] == [{"ayes": 2, "noes": 1}]


def test_the_motion_after_an_amendment_is_the_main_motion() -> None:
    att = [{"name": n, "status": "present"} for n in
           ["Carla Trott", "Tamara Lightbourne", "Sandra DeSilva", "Wendell Tucker", "Philip Burgess",
            "Marisa Raposo", "Kevin Furbert"]]
    text = ("It was moved by Deputy Mayor Trott and seconded by Common Councillor Lightbourne that "
            "the Corporation grant the lease. Alderman DeSilva moved an amendment, seconded by "
            "Alderman Tucker, that the lease be for three storeys. The amendment was put to the "
            "vote and was lost by 3 votes to 4. A recorded division was requested and the motion "
            "was carried, 5 votes to 2.")
    votes = parse_votes(text, att)
    assert [(v.mover, v.seconder, v.result) for v in votes] == [
        ("Sandra DeSilva", "Wendell Tucker", "failed"), ("Carla Trott", "Tamara Lightbourne", "carried")]
    text = ("Common Councillor Burgess moved the motion of which he had given notice, that plastic "
            "cups be banned. The motion was seconded by Alderman Raposo, who supported it. Deputy "
            "Mayor Trott moved an amendment, seconded by Alderman Furbert, that the date be moved. "
            "The amendment was put to the vote and was lost by 2 votes to 5. The motion was put to "
            "the vote and was carried by 6 votes to 1.")
    votes = parse_votes(text, att)
    assert [(v.mover, v.seconder) for v in votes][-1] == ("Philip Burgess", "Marisa Raposo")


@pytest.mark.slow
def test_speakers_after_a_lower_case_office_and_motion_by_proposals() -> None:
    from pipeline.classify import classify_sentences
    sents = ["Mr. Gregory Tuzo, owner of the Lombard Building, stated that the bar would close at "
             "midnight.",
             "Mr. Dwayne Pearman, of the Keep Port Royal Beautiful volunteers, spoke in support of "
             "the motion.",
             "Motion by Ms. Mogapi, seconded by Mr. Mothibi, that the change of land use be approved "
             "subject to an Environmental Impact Assessment.",
             "Common Councillor Burgess moved the motion of which he had given notice, that no "
             "plastic cups be sold.",
             "The Town Secretary read a letter from Mr. and Mrs. Hayward complaining of noise from "
             "cruise ships.",
             "Serve the removal order on Mr. Rampa Secretary 30/05/2025"]
    preds = classify_sentences([(s, "ITEM") for s in sents])
    assert "Tuzo" in preds[0].speaker and "Pearman" in preds[1].speaker
    assert (preds[2].type, preds[2].speaker) == ("proposal", "Ms. Mogapi")
    assert preds[3].type == "proposal"
    assert preds[4].type == "objection"
    assert (preds[5].type, preds[5].owner, preds[5].due) == ("action", "Secretary", "30/05/2025")


def _last_item(*body: str):
    from pipeline.records import Item, Line
    from pipeline.segment import _drop_signature
    lines = [Line(text="6. ANY OTHER BUSINESS", page=1)] + [Line(text=t, page=1) for t in body]
    item = Item(id="m-1", meeting_id="m", number="6", title="Any other business", page_start=1,
                page_end=1, text="\n".join(body), lines=lines)
    _drop_signature(item)
    return item


def test_who_signs_on_the_last_line_is_no_part_of_the_last_item() -> None:
    item = _last_item("The committee noted the information.",
                      "The meeting ended at 2:30 p.m. with thanks from the Chairperson.",
                      "Hari Prasad Adhikari, Secretary")
    assert "Adhikari" not in item.text and item.text.endswith("Chairperson.")
    item = _last_item("The matter was referred to the Main Land Board.",
                      "O. Kgosiemang, Chairperson     M. Tau, Secretary")
    assert "Kgosiemang" not in item.text
    # neighbour: a last sentence naming a person and an office in prose stays
    item = _last_item("The matter was referred.", "Thanks were given to Ms Lee, the Secretary.")
    assert item.text.endswith("the Secretary.")


def test_a_signature_block_with_its_labels_on_lines_of_their_own_is_no_part_of_the_last_item() -> None:
    # Markdown converted from council PDFs: "Signed:" / blank / office / "Date:" / blank / a rule
    item = _last_item("The Register of Orders was available for inspection by the Members.",
                      "Signed:", "", "_______________________________", "", "Mayor", "", "Date:", "",
                      "_______________________________", "---")
    assert item.text.endswith("by the Members.") and "Mayor" not in item.text
    item = _last_item("This concluded the Meeting.", "Signed: __________________", "Mayor",
                      "Date: __________________")
    assert item.text == "This concluded the Meeting."
    # neighbour: labels with no blank to sign on are text ("Date:" opening the next sentence)
    item = _last_item("The next meeting was fixed.", "Date:", "Mayor")
    assert item.text.endswith("Mayor")


def test_respectfully_submitted_over_who_signs_and_a_posting_note_ends_the_last_item() -> None:
    item = _last_item("There being no further business, Mayor Johnson adjourned the meeting at 10:02 p.m.",
                      "Respectfully submitted,", "Lara Weisiger", "City Clerk",
                      "The agenda for this meeting was posted in accordance with the Brown", "Act.")
    assert item.text.endswith("at 10:02 p.m.")
    # neighbour: "respectfully submitted" leading prose, not a name, is the item's text
    item = _last_item("The Treasurer's report was received.", "Respectfully submitted,",
                      "the Board's thanks were recorded for the volunteers who staffed the fair,",
                      "and for the Parks Department.", "The meeting adjourned.", "Late note.",
                      "Another note.")
    assert item.text.endswith("Another note.") and "Respectfully" in item.text


def test_a_signature_label_under_the_blank_is_no_heading() -> None:
    from pipeline.records import Document, Line, Page
    from pipeline.segment import segment
    rows = ["MINUTES OF THE SPECIAL MEETING OF RIVERDALE COUNCIL HELD ON 20TH MARCH 2019",
            "1. Adoption of Minutes", "The minutes were adopted.", "2. Fixing of Date",
            "It was agreed that the next meeting be held in May.", "This concluded the Meeting.",
            "Signed:", "_________________________________", "Mayor", "Date:",
            "_________________________________"]
    doc = Document(path="riverdale.md", sha256="0" * 64, pages=1, kind="text", backend="text")
    bold = {"Signed:", "Mayor", "Date:", "_________________________________"}
    (m,) = segment(doc, [Page(1, 0.0, 0.0, [Line(text=t, page=1, bold=t in bold) for t in rows])])
    assert [it.title for it in m.items if not it.opening] == ["Adoption of Minutes", "Fixing of Date"]
    assert m.items[-1].text.endswith("This concluded the Meeting.")
def test_a_stray_quote_mark_read_by_ocr_is_no_part_of_a_name() -> None:
    got = parse_people("Mr J Quayle (Chairman), Mrs 'S Kneale, Mr P Corlett’", "present")
    assert [p.name for p in got] == ["J Quayle", "S Kneale", "P Corlett"]
    # neighbours: an apostrophe inside a name and a nickname in a pair of quotes stay
    got = parse_people("Mr D O'Brien, Ms A D’Souza, James \"Jim\" Ruiz", "present")
    assert [p.name for p in got] == ["D O'Brien", "A D’Souza", 'James "Jim" Ruiz']


def test_a_short_word_of_a_name_in_capitals_takes_the_case_the_text_prints_it_in() -> None:
    from pipeline.records import Line
    from pipeline.segment_body import meeting_body
    head = ["MOTLHABANENG SUB LAND BOARD", "MINUTES OF THE ORDINARY BOARD MEETING HELD ON 22ND MAY 2025"]
    table = ["Name Designation Status", "Mpho Tau Sub Land Board Secretary In attendance"]
    lines = [Line(text=t, page=1) for t in head + table]
    assert meeting_body(lines, lines) == "Motlhabaneng Sub Land Board"
    # neighbours: an acronym printed in capitals in the text too stays, and so does a short
    # word the text never prints in small letters
    head = ["OAKWOOD PTA FINANCE COMMITTEE", "MINUTES OF THE REGULAR MEETING HELD ON 3 MARCH 2025"]
    lines = [Line(text=t, page=1) for t in head + ["The PTA Finance Committee approved the budget."]]
    assert meeting_body(lines, lines) == "Oakwood PTA Finance Committee"
    lines = [Line(text=t, page=1) for t in ["MOTLHABANENG SUB LAND BOARD", head[1]]]
    assert meeting_body(lines, lines) == "Motlhabaneng SUB Land Board"


def test_a_title_does_not_repeat_the_word_the_body_ends_in() -> None:
    from pipeline.records import Line
    from pipeline.segment import meeting_title
    lines = [Line(text=t, page=1) for t in ["# Sundar Devi Community Forest User Group",
                                            "## Minutes of the Executive Committee Meeting"]]
    body = "Sundar Devi Community Forest User Group Executive Committee"
    assert f"{body} {meeting_title(lines, body)}" == f"{body} Meeting"
    # neighbours: a body of another kind keeps the title's word, and a kind of meeting stays
    assert meeting_title(lines, "Sundar Devi Community Forest User Group") == "Committee Meeting"
    lines = [Line(text="MINUTES OF THE ORDINARY COMMITTEE MEETING HELD ON 2 MAY 2025", page=1)]
    assert meeting_title(lines, body) == "Ordinary Meeting"


@pytest.mark.parametrize("text,ayes", [
    # five present, the chair among them: 3 for and 2 named against is everyone, the chair too
    ("It was proposed by Mrs Kermode, seconded by Mr Cregeen and RESOLVED that the Board object. "
     "This was carried, 3 votes for and 2 against (Mr Corlett, Mrs Kneale).",
     {"J Quayle", "A Kermode", "D Cregeen"}),
    # neighbour: 3 for and 1 against leaves one of the five (perhaps the chair) without a vote,
    # so nobody is taken to have voted aye
    ("It was proposed by Mrs Kermode, seconded by Mr Cregeen and RESOLVED that the Board object. "
     "This was carried, 3 votes for and 1 against (Mr Corlett).", set()),
])
def test_ayes_are_inferred_only_when_the_tally_accounts_for_everyone_present(text, ayes) -> None:
    roster = [{"name": "J Quayle", "status": "chair", "role": "Chairman"}] + [
        {"name": n, "status": "present"} for n in ("A Kermode", "P Corlett", "S Kneale", "D Cregeen")]
    [v] = parse_votes(text, roster)
    assert {n for n, how in v.members.items() if how == "aye"} == ayes
    assert v.members["P Corlett"] == "no"
    assert any(n.startswith("ayes inferred") for n in v.notes) == bool(ayes)


@pytest.mark.parametrize("lines,heading_kept", [
    # the heading over prose that says it again is the item's title only
    (["25/061 Minutes of the meeting held on 9th April 2025",
      "It was proposed by Mr Corlett, seconded by Mrs Kneale and RESOLVED that the minutes of the "
      "meeting held on 9th April 2025 be approved and signed as a true record."], False),
    # neighbour: a heading naming what the vote lines under it never say stays, for search
    (["1. 90 Chambers Street, method of operation change to extend operating hours to 1AM",
      "VOTE: 8 In Favor, 0 Opposed, 0 Abstained, 0 Recused."], True),
])
def test_a_long_heading_is_a_statement_only_when_nothing_else_says_it(lines, heading_kept) -> None:
    from pipeline.classify import classify_meetings
    from pipeline.records import Item, Line, Meeting
    number, title = lines[0].split(" ", 1)
    item = Item(id="i", meeting_id="m", number=number.rstrip("."), title=title, page_start=1,
                page_end=1, lines=[Line(text=t, page=1) for t in lines])
    classify_meetings([Meeting(id="m", body="b", date="", title="t", source_file="f", sha256="0",
                               pages=1, items=[item])])
    texts = [s.text for s in item.statements]
    # (a kept heading's paragraph number is taken off its quoted text, as any statement's is)
    assert (texts[0] in (lines[0], title)) == heading_kept
    assert texts[-1] == lines[1] and len(texts) == 1 + heading_kept


@pytest.mark.parametrize("text,kind,outcome", [
    # a refusal a speaker tells as past ("had refused") is her reason, not the body's decision
    ("Mr. Ntshole opposed the application, stating that arable land in the ward was scarce and "
     "that the Board had refused a similar application in 2023.", "objection", ""),
    ("It was noted that this item had been deferred from the July Meeting.", "information", ""),
    # neighbours: a deferral reported in the simple past or the present perfect still moves it
    ("The Chair reported that the item was deferred to the next meeting.", "decision", "deferred"),
    ("The Clerk reported that the Planning Committee has deferred the application to June.",
     "decision", "deferred"),
])
def test_an_outcome_told_in_the_past_perfect_is_no_decision(text, kind, outcome) -> None:
    from pipeline.classify import classify_sentences
    [p] = classify_sentences([(text, "Change of land use")])
    assert (p.type, p.outcome) == (kind, outcome)


@pytest.mark.parametrize("text,kind", [
    # a report presented is news to receive, as the gold reads it ("The General Manager
    # presented the report and highlighted …", "… presented the Integrated Performance Report")
    ("The Director of Finance presented the finance report for the year ended 31st March 2025.",
     "information"),
    ("Alderman Furbert presented the report of the Works and Harbour Committee meeting of 25th "
     "March 2025, which covered the resurfacing of Crow Lane.", "information"),
    # neighbours: a report that recommends, and a proposal presented, put something to the body
    ("The Town Engineer presented the report, which recommended that the Corporation grant a "
     "sixty-year lease of the waterfront lots.", "proposal"),
    ("The Clerk presented a proposal to open the library on Sundays.", "proposal"),
    ("Mr. Baptiste-Joseph presented the report for the month of February 2025, which recommended "
     "the closure of the Freeport market on Sundays.", "proposal"),
])
def test_a_report_presented_is_no_proposal_unless_it_asks_for_something(text, kind) -> None:
    from pipeline.classify import classify_sentences
    [p] = classify_sentences([(text, "Finance report")])
    assert p.type == kind


@pytest.mark.parametrize("text,is_action", [
    # a guest's undertaking, told as speech, is no task of the body's
    ("Mr. Jonathan Gibbons, architect for Harbourview Developments Ltd., stated that the building "
     "had been set back twenty feet from the boardwalk and that all deliveries would be made from "
     "the Crow Lane entrance before 9:00 a.m.", False),
    # neighbours: an officer the list may miss, and a member present, are tasked as before
    ("The City Manager stated that information would be provided to the Council.", True),
    ("Mr. Dill stated that the revised plans would be sent to every member by Friday.", True),
])
def test_a_task_told_by_a_named_guest_is_no_action(text, is_action) -> None:
    from pipeline.classify import classify_sentences
    from pipeline.records import Attendee
    roster = [Attendee(name="Colin Dill", status="in_attendance", role="Town Engineer"),
              Attendee(name="Carla Trott", status="present")]
    [p] = classify_sentences([(text, "Front Street waterfront")], attendees=roster)
    assert (p.type == "action") == is_action


@pytest.mark.parametrize("text,kind", [
    ("The Secretary presented 38 applications for residential plots in Extension 4 and "
     "recommended that the 31 applicants on the waiting list since 2016 be allocated plots.",
     "proposal"),
    ("The Treasurer presented the accounts and recommended approval of the budget.", "proposal"),
    # neighbour: what is presented and then only explained asks for nothing
    ("The Treasurer presented the accounts and answered questions from members.", "information"),
])
def test_what_is_presented_with_a_recommendation_is_a_proposal(text, kind) -> None:
    from pipeline.classify import classify_sentences
    [p] = classify_sentences([(text, "Applications for residential plots")])
    assert p.type == kind


@pytest.mark.parametrize("text,fires", [
    ("The motion was seconded by Alderman Raposo, who supported it, saying that the vendors of "
     "St. George's had made the change in 2023 without losing trade.", True),
    ("The motion was seconded by Councillor Byrne, who supported the proposal.", True),
    # neighbours: a bare seconder says nothing for it; support once given is no seconder's
    ("The motion was seconded by Councillor Byrne.", False),
    ("Councillor Byrne, who supported it in 2019, said that the costs had since doubled.", False),
])
def test_a_seconder_who_supported_the_motion_argues_for_it(text, fires) -> None:
    from pipeline.classify import classify_sentences
    [p] = classify_sentences([(text, "Single-use plastics")])
    # either rule of support may read it ("supported_noting" reads "who supported it, saying …")
    assert p.generator.startswith("rule:argument_for.") == fires
    assert (p.type == "argument_for") == fires
