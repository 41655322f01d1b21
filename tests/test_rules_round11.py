"""Rules written for the eleventh round of unseen minutes (tests/scenarios/round11), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences
from pipeline.classify_owner import find_owner
from pipeline.classify_speaker import find_speaker
from pipeline.records import Line
from pipeline.segment import _SIGNATORIES, _SIGNATURE, _sign_line
from pipeline.segment_attendees import _office_dash, find_attendees, parse_people
from pipeline.segment_items import _TIME_LINE, detect_headings
from pipeline.votes import parse_votes


def test_an_office_after_a_name_hyphenated_or_honorary_is_a_role() -> None:
    got = parse_people("Ms Eleni Christodoulou, Vice-President", "present")
    assert [(p.name, p.role) for p in got] == [("Eleni Christodoulou", "Vice-President")]
    got = parse_people("Mr Kyriakos Ioannou, Honorary Secretary", "present")
    assert [(p.name, p.role) for p in got] == [("Kyriakos Ioannou", "Honorary Secretary")]
    got = parse_people("A. Petrov, Secretary-Treasurer", "present")
    assert [(p.name, p.role) for p in got] == [("A. Petrov", "Secretary-Treasurer")]
    # two people stay two people
    assert [p.name for p in parse_people("Ann Lee, Tom Hart", "present")] == ["Ann Lee", "Tom Hart"]
    # "(excused)" after the office of an absent member: absent with notice
    (p,) = parse_people("Mr Stelios Constantinou, Member (excused)", "absent")
    assert p.status == "apologies"
    (p,) = parse_people("Mr Stelios Constantinou, Member", "absent")
    assert p.status == "absent"


def test_an_office_printed_before_a_dash_and_its_holder() -> None:
    assert _office_dash("Chairman           - Alderman Rajesh Maharaj") == (
        "Alderman Rajesh Maharaj", "Chairman")
    assert _office_dash("Councillor - Mr. Kevon Alexander (Electoral District of Longdenville)") == (
        "Mr. Kevon Alexander", "Councillor, Electoral District of Longdenville")
    assert _office_dash("Police Department – Acceptance of Grant Award") is None
    assert _office_dash("Mr. Kerwin Ramdass   - Chief Executive Officer (Ag.)") is None
    lines = [Line(text=t, page=1) for t in [
        "PRESENT:", "Chairman           - Alderman Rajesh Maharaj",
        "Councillor         - Ms. Nicole Phillip", "", "ITEM 1: PRAYERS"]]
    got = find_attendees(lines)
    assert [(p.name, p.status) for p in got] == [("Rajesh Maharaj", "chair"),
                                                  ("Nicole Phillip", "present")]


def _pdf_line(text: str, x0: float, top: float) -> Line:
    return Line(text=text, page=1, x0=x0, x1=x0 + 6 * len(text), top=top, bottom=top + 10, size=10)


def test_one_name_a_row_under_the_value_column_of_a_label() -> None:
    lines = [_pdf_line("Members Present: D. Kowalski, Chair", 72, 100),
             _pdf_line("R. Singh", 192, 116), _pdf_line("M. Tremblay", 192, 132),
             _pdf_line("Regrets: J. Fraser", 72, 148),
             _pdf_line("1. Call to Order", 72, 180)]
    got = find_attendees(lines)
    assert [(p.name, p.status) for p in got] == [
        ("D. Kowalski", "chair"), ("R. Singh", "present"), ("M. Tremblay", "present"),
        ("J. Fraser", "apologies")]
    # a lettered item at the margin still ends the list
    lines = [_pdf_line("Present: Ann Lee, Chair", 72, 100), _pdf_line("A. Budget", 72, 116)]
    assert [p.name for p in find_attendees(lines)] == ["Ann Lee"]


def test_numbered_paragraphs_under_capitalised_item_headings() -> None:
    text = ["ITEM 2: CONFIRMATION OF MINUTES",
            "2.1 The Minutes of the Statutory Meeting held on 20th February, 2025 were confirmed on a motion",
            "moved by Councillor Ramlogan and seconded by Alderman Rampersad.",
            "", "ITEM 3: BUSINESS ARISING",
            "3.1 Councillor Alexander enquired about the status of the box drain on Cacandee Road,",
            "Longdenville.", "", "ITEM 4: CORRESPONDENCE", "4.1 Letters received", ""]
    got = [(h.number, h.title) for h in detect_headings([Line(text=t, page=1) for t in text])]
    assert [n for n, _ in got] == ["2", "3", "4", "4.1"]  # a sub-item titled, not a sentence
    assert _TIME_LINE.match("COMMENCING AT 10:00 A.M.") and not _TIME_LINE.match("10 DOWNING STREET")


def test_signature_lines_of_round_eleven() -> None:
    assert _sign_line("Confirmed this ........ day of ................, 2025")
    assert _sign_line("D. Kowalski, Chair ____________________     A. Petrov, Secretary-Treasurer "
                      "____________________")
    assert not _sign_line("The report was noted ____")
    assert _SIGNATORIES.match("THE PRESIDENT                 THE HONORARY SECRETARY")
    assert _SIGNATURE.match("THE PRESIDENT THE HONORARY SECRETARY")
    assert not _SIGNATURE.match("Presidents Report")


def test_votes_printed_the_ways_round_eleven_prints_them() -> None:
    att = [{"name": n, "status": "present"} for n in
           ["Mary Kavanagh", "Declan Foley", "Tom Brennan", "Patrick Hogan", "Una Gallagher",
            "Marios Charalambous", "Maria Panayiotou", "Kyriakos Ioannou"]]
    (v,) = parse_votes("The minutes, as amended, were adopted on the proposal of Cllr. Kavanagh, "
                       "seconded by Mr. Foley.", att,
                       after="The Chief Executive confirmed that the Department had approved two posts.")
    assert (v.mover, v.seconder) == ("Mary Kavanagh", "Declan Foley")
    (v,) = parse_votes("Ms. Gallagher proposed that the Board approve it, seconded by Mr. Foley. "
                       "A vote was taken: For: 5, Against: 2. The proposal was carried. Cllr. "
                       "Brennan and Cllr. Hogan asked that their votes against be recorded.", att)
    assert v.members == {"Tom Brennan": "no", "Patrick Hogan": "no"}
    (v,) = parse_votes("The Council approved the revised scale, by 5 votes in favour and 1 against "
                       "(Mr Ioannou). The proposal was moved by Mr Charalambous and seconded by Ms "
                       "Panayiotou.", att)
    assert (v.mover, v.seconder, v.tally["ayes"], v.tally["noes"]) == (
        "Marios Charalambous", "Maria Panayiotou", 5, 1)
    # a proposal with no result before or after it is no vote
    assert parse_votes("On the proposal of Cllr. Kavanagh, seconded by Mr. Foley, the matter was "
                       "discussed further.", att) == []


def test_statements_of_round_eleven() -> None:
    texts = ["The CEO (Ag.) to submit the draft estimates to the Ministry by 15th April, 2025.",
             "The Secretary-Treasurer will circulate the revised schedule by May 30, 2025.",
             "A letter from the Minister for Further and Higher Education regarding the FET "
             "strategy was noted.",
             "The minutes of the meeting held on 18th February 2025, as amended, were adopted on "
             "the proposal of Cllr. Kavanagh, seconded by Mr. Foley.",
             "A letter from the Minister asked that the Board consider the strategy.",
             "A letter of objection was received from the neighbouring landowner."]
    got = classify_sentences([(t, "Item") for t in texts])
    assert [p.type for p in got][:4] == ["action", "action", "decision", "decision"]
    assert got[4].type != "decision" and got[5].type == "objection"
    assert got[2].outcome == "noted" and got[3].outcome == "approved"
    assert find_owner(texts[0]) == "The CEO" and "Secretary-Treasurer" in find_owner(texts[1])


def test_speakers_from_outside_the_meeting() -> None:
    assert find_speaker("Gerald Hughes of 44 Elm Street objected to the application.") == "Gerald Hughes"
    assert find_speaker("Mrs. Radhika Ragoonanan, President of the Freeport Market Vendors' "
                        "Association, who addressed the Council with the leave of the Chairman, "
                        "objected that the vendors had not been consulted.") == "Mrs. Radhika Ragoonanan"
    assert find_speaker("Moved by: M. Tremblay") == "M. Tremblay"
    assert find_speaker("The Chair thanked Cllr Smith, Member for Ward 3, for his work.") == "The Chair"


def test_title_case_sub_items_after_a_sentence_stay_items() -> None:
    # "6.3 Band Trip to Washington, D.C." after a paragraph that ends in a full stop, under
    # capital whole-number headings, is a heading; "5.1 The Engineer II presented the report …"
    # in the same place is a numbered paragraph
    from pipeline.segment_items import _sentence_like

    assert not _sentence_like("Band Trip to Washington, D.C.")
    assert not _sentence_like("Financial Report")
    assert _sentence_like("The Engineer II presented the report on the 2025 road resurfacing programme.")
    assert _sentence_like("Councillor Alexander enquired about the status of the box drain")
