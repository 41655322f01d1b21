"""Rules written for the eighth round of unseen minutes (tests/scenarios/round8), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences
from pipeline.records import Document, Line, Page
from pipeline.segment import segment
from pipeline.segment_agenda import _minutes_banner
from pipeline.votes import parse_votes


def test_a_long_minutes_title_opens_the_minutes_after_an_agenda() -> None:
    assert _minutes_banner("MINUTES of the meeting of the Parish Council held on Monday 3 June "
                           "2024 at 7.30 pm in Ashby")
    assert not _minutes_banner("3. Minutes of the meeting held on 13 May 2024")
    assert not _minutes_banner("The minutes of the meeting held on 13 May 2024 were approved.")


def _page(no: int, texts: list[str], running: list[str]) -> Page:
    return Page(no, 595, 842, lines=[Line(text=t, page=no) for t in texts], running=running)


def test_agenda_pages_give_no_items_and_a_running_header_names_the_body() -> None:
    agenda = ["AGENDA", "for the meeting of the Parish Council to be held on Monday 3 June 2024",
              "1. Apologies for absence", "2. Minutes of the meeting held on 13 May 2024",
              "3. Playing field drainage", "4. Date of next meeting"]
    minutes = ["MINUTES of the meeting of the Parish Council held on Monday 3 June 2024 at 7.30 pm",
               "Present: Cllr D Reeve (Chairman), Cllr A Patel, Cllr M Hughes",
               "1. Apologies for absence", "Apologies were received from Cllr G Webb.",
               "2. Minutes of the meeting held on 13 May 2024",
               "The minutes were approved as a correct record and signed by the Chairman.",
               "3. Playing field drainage", "The quotation of £6,250 from GreenTurf Ltd was accepted.",
               "4. Date of next meeting", "The next meeting will be held on Monday 1 July 2024."]
    doc = Document(path="x.pdf", sha256="0" * 64, pages=2, kind="born-digital")
    (m,) = segment(doc, [_page(1, agenda, ["ASHBY PARISH COUNCIL"]),
                         _page(2, minutes, ["ASHBY PARISH COUNCIL"])])
    assert [(i.number, i.page_start) for i in m.items] == [("1", 2), ("2", 2), ("3", 2), ("4", 2)]
    assert m.body == "Ashby Parish Council" and m.date == "2024-06-03"


def test_a_company_abbreviation_ends_a_sentence_before_a_sentence_opener() -> None:
    from pipeline.classify_split import make_splitter, split_item
    from pipeline.records import Item
    text = ("It was RESOLVED to accept the quotation from GreenTurf Ltd.\nThe Clerk to instruct "
            "GreenTurf Ltd to start the works by 1 July 2024. Quotes came from Acme Co. Builders "
            "and Smith Ltd. Hughes asked about the fete.")
    item = Item(id="i", meeting_id="m", number="4", title="Drainage", page_start=1, page_end=1, text=text)
    assert [u.text for u in split_item(item, make_splitter())] == [
        "It was RESOLVED to accept the quotation from GreenTurf Ltd.",
        "The Clerk to instruct GreenTurf Ltd to start the works by 1 July 2024.",
        "Quotes came from Acme Co. Builders and Smith Ltd. Hughes asked about the fete."]


def test_the_clerk_to_instruct_is_a_task() -> None:
    p = classify_sentences([("The Clerk to instruct GreenTurf Ltd to start the works by 1 July 2024.",
                             "Playing field drainage")])[0]
    assert (p.type, p.due) == ("action", "1 July 2024") and "Clerk" in p.owner


def test_proposed_seconded_and_resolved_in_one_sentence() -> None:
    roster = [{"name": n, "status": "present", "role": ""} for n in ("A Patel", "L Brennan", "M Hughes")]
    (v,) = parse_votes("Cllr Hughes asked about the fete. It was proposed by Cllr Patel, seconded by "
                       "Cllr Brennan and RESOLVED to accept the quotation of £6,250.", roster)
    assert (v.mover, v.seconder, v.result) == ("A Patel", "L Brennan", "carried")
    # a proposal with nothing resolved after it and no decision before it is no vote
    assert parse_votes("Cllr Hughes asked about the fete. It was proposed by Cllr Patel, seconded "
                       "by Cllr Brennan, to seek a fourth quotation.", roster) == []


KELSO = [{"name": n, "status": s, "role": ""} for n, s in
         [("Margaret Okonkwo", "chair"), ("Luc Tremblay", "present"), ("Priya Raman", "present"),
          ("Daniel Whitford", "apologies"), ("Sofia Costa", "present")]]


def test_a_roll_call_grid_between_the_motion_and_a_score() -> None:
    text = ("Moved by Sofia Costa, seconded by Luc Tremblay, that the Board approve a pilot. "
            "Recorded vote: Vote: Okonkwo: Yes; Tremblay: No; Raman: Yes; Costa: Yes. Carried 3-1.")
    (v,) = parse_votes(text, KELSO)
    assert (v.mover, v.seconder, v.tally["ayes"], v.tally["noes"]) == ("Sofia Costa", "Luc Tremblay", 3, 1)
    assert v.members["Luc Tremblay"] == "no" and v.members["Priya Raman"] == "aye"


def test_carried_as_a_sentence_after_a_motion() -> None:
    (v,) = parse_votes("Moved by Luc Tremblay, seconded by Priya Raman, that the agenda be approved "
                       "as circulated. Carried.", KELSO)
    assert (v.mover, v.seconder, v.result) == ("Luc Tremblay", "Priya Raman", "carried")
    assert parse_votes("The grant application was carried forward. Carried over items follow.", KELSO) == []


def test_moved_seconded_that_is_the_motion() -> None:
    p = classify_sentences([("Moved by Sofia Costa, seconded by Luc Tremblay, that the Board approve "
                             "a six-month pilot of Sunday opening.", "Sunday Opening")])[0]
    assert p.type == "proposal"
    q = classify_sentences([("Moved by Sofia Costa, seconded by Luc Tremblay, that the Board approve "
                             "the pilot. Carried.", "Sunday Opening")])[0]
    assert q.type == "decision"


def test_a_vote_grid_on_row_segments() -> None:
    from pipeline.layout_grid import vote_grids

    def seg(t, x, top):
        return Line(text=t, page=1, x0=x, x1=x + 6 * len(t), top=top, bottom=top + 9, size=9.5)
    rows = [[seg("Trustee", 64, 100), seg("Yes", 218, 100), seg("No", 278, 100), seg("Abstain", 338, 100)],
            [seg("Okonkwo", 64, 118), seg("X", 240, 118)], [seg("Tremblay", 64, 136), seg("X", 300, 136)],
            [seg("Raman", 64, 154), seg("X", 360, 154)]]
    page = Page(1, 612, 792, lines=[s for r in rows for s in r])
    assert [ln.text for ln in vote_grids(page).lines] == ["Vote:", "Okonkwo: Yes;", "Tremblay: No;",
                                                          "Raman: Abstain."]


def test_a_landscape_page_in_two_columns_with_bold_headings() -> None:
    from pathlib import Path

    from pipeline import pdf
    path = Path(__file__).parent / "scenarios" / "round8" / "hallam_town_council.pdf"
    texts = [ln.text for p in pdf.extract(str(path))[1] for ln in p.lines]
    k = texts.index("24/105 Christmas lights contract")
    assert texts[k + 1].startswith("Members considered the renewal of the Christmas lights contract")
    assert texts[0] == "HALLAM TOWN COUNCIL"
    assert not any("Page 1" in t for t in texts)  # the footer "… 9 July 2024  Page 1"


def test_a_footer_ending_in_the_page_number_is_dropped_only_at_the_foot() -> None:
    from pipeline.layout import strip_running
    body = [Line(text=f"Line {k} of the minutes text here.", page=1, x0=48, x1=400, top=60 + 20 * k,
                 bottom=70 + 20 * k, size=10) for k in range(10)]
    foot = Line(text="Hallam Town Council 9 July 2024 Page 1", page=1, x0=340, x1=500, top=560,
                bottom=569, size=8.5)
    page = Page(1, 842, 595, lines=body + [foot])
    assert [ln.text for ln in strip_running(page, set()).lines] == [ln.text for ln in body]
    high = Page(1, 842, 595, lines=body + [Line(text="See the note on page 4", page=1, x0=48, x1=300,
                                                 top=300, bottom=309, size=10)])
    assert len(strip_running(high, set()).lines) == 11


def test_apologies_received_and_accepted() -> None:
    from pipeline.segment_attendees import label_of
    assert label_of("Apologies were received and accepted from Cllr S Fenwick.") == (
        "apologies", "Cllr S Fenwick.")
