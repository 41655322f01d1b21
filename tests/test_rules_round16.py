"""Rules written for the sixteenth round of unseen minutes (tests/scenarios/round16), each beside a
neighbour it must leave alone."""
from __future__ import annotations

import pytest

from pipeline.classify_owner import find_owner
from pipeline.classify_speaker import find_speaker
from pipeline.layout_margin import put_back, split_margin
from pipeline.records import Line, Page
from pipeline.segment_attendees import find_attendees, label_of, parse_people
from pipeline.segment_items import is_table_header
from pipeline.votes import parse_votes

ROSTER = [{"name": n, "status": s} for n, s in [
    ("Ravinesh Chand", "chair"), ("Losana Tuilau", "present"), ("Mohammed Shafiq", "present"),
    ("Sunita Devi", "present"), ("Tomasi Waqa", "present"), ("Viliame Naivalu", "present")]]


def _lines(rows: list[str]) -> list[Line]:
    return [Line(text=t, page=1) for t in rows]


def test_his_worship_the_mayor_before_a_titled_holder() -> None:
    got = parse_people("His Worship the Mayor Cr. Ravinesh Chand (Chairman), Deputy Mayor Cr. "
                       "Losana Tuilau, Cr. Mohammed Shafiq", "present")
    assert [(p.name, p.status) for p in got] == [
        ("Ravinesh Chand", "chair"), ("Losana Tuilau", "present"), ("Mohammed Shafiq", "present")]
    # neighbour: the office printed with a comma before its holder reads as before
    got = parse_people("His Worship the Mayor, Mr. Desmond Outerbridge (Chair)", "present")
    assert [(p.name, p.status) for p in got] == [("Desmond Outerbridge", "chair")]


def test_an_office_numbered_by_rank_and_substitutes_serving() -> None:
    rows = ["Members present:", "Anna-Karin Sjöberg (S), Chair", "Johan Lindqvist (M), 1st Vice-Chair",
            "Eva Holmgren (C), 2nd Vice-Chair", "Mikael Berg (S)", "",
            "Substitutes serving: Olle Strand (S) for Maria Lund (S)", "", "Absent: Maria Lund (S)"]
    got = [(a.name.split(" (")[0], a.status) for a in find_attendees(_lines(rows))]
    assert got == [("Anna-Karin Sjöberg", "chair"), ("Johan Lindqvist", "present"),
                   ("Eva Holmgren", "present"), ("Mikael Berg", "present"),
                   ("Olle Strand", "present"), ("Maria Lund", "absent")]
    # neighbour: a substitute motion is no attendance label
    assert label_of("Substitute motion by Director Smith") is None


def test_officers_listed_as_members_beside_an_in_attendance_block() -> None:
    # an integrated care board's committee: executive directors are members; the observer and
    # the minute taker attend
    rows = [Line(text=t, page=1, x0=x, x1=x + 150, top=y, bottom=y + 10)
            for t, x, y in [("Present:", 60, 100),
                            ("Ms Fiona Lambert,", 60, 115), ("Chief Nursing Officer", 210, 115),
                            ("Mrs Claire Holroyd,", 60, 130), ("Director of Performance", 210, 130),
                            ("In attendance:", 60, 150),
                            ("Mr Daniel Okafor,", 60, 165), ("Head of Corporate Governance", 210, 165)]]
    got = {a.name: a.status for a in find_attendees(rows)}
    assert got["Fiona Lambert"] == "present" and got["Claire Holroyd"] == "present"
    assert got["Daniel Okafor"] == "in_attendance"


def test_a_decision_log_header_is_a_table_header() -> None:
    assert is_table_header("Ref Decision / Action Owner Due")
    assert not is_table_header("Decision on the Fast Track Policy")  # neighbour: a heading


@pytest.mark.parametrize("text,mover,seconder", [
    ("Moved: Coun. Power Seconded: Coun. Squires That the agenda be adopted as circulated. "
     "Carried unanimously", "Power", "Squires"),
    ("Moved Cr. Naivalu, seconded Cr. Devi, that the minutes be confirmed. Carried.",
     "Naivalu", "Devi"),
    # neighbour: "Moved by" reads as before
    ("Moved by Cr. Tuilau, seconded by Cr. Waqa, that the fee be increased. Carried.",
     "Tuilau", "Waqa"),
])
def test_councillor_short_forms_before_mover_and_seconder(text, mover, seconder) -> None:
    v = parse_votes(text, ROSTER)[0]
    assert mover in (v.mover or "") and seconder in (v.seconder or "")


def test_dissenters_named_with_cr_after_the_count() -> None:
    v = parse_votes("Moved Cr. Tuilau, seconded Cr. Waqa, that the fee be increased. The motion "
                    "was carried 5 votes to 2 (Cr. Shafiq and Cr. Devi against).", ROSTER)[0]
    assert (v.tally["ayes"], v.tally["noes"]) == (5, 2)
    assert v.members.get("Mohammed Shafiq") == "no" and v.members.get("Sunita Devi") == "no"


def test_a_motion_number_after_a_result_is_no_score() -> None:
    got = parse_votes("That the fence be refused. Carried\n2025-092 Moved: Coun. Power", ROSTER)
    assert all(v.tally["ayes"] in (None, 0, 1, 2, 3, 4, 5, 6) for v in got)
    v = parse_votes("The amendment was defeated 2-4.", ROSTER)[0]  # neighbour: a real score
    assert (v.tally["ayes"], v.tally["noes"], v.result) == (2, 4, "failed")


def test_a_street_address_after_a_speaker_name() -> None:
    assert find_speaker("Mr. Terrence Dalton, of 31 Southside Road, objected to the rezoning.") \
        == "Mr. Terrence Dalton"
    assert find_speaker("Mr. Dwayne Pearman, of the Keep Port Royal Beautiful volunteers, asked "
                        "for bins.") == "Mr. Dwayne Pearman"


@pytest.mark.parametrize("text,owner", [
    ("Action: the Town Manager/Clerk is to publish the regulations by May 30, 2025.",
     "the Town Manager/Clerk"),
    ("Action: the Director of Public Works is to repair the shoulder by May 16, 2025.",
     "the Director of Public Works"),
    ("Action: Town Secretary to send the draft lease by 30th April 2025.", "Town Secretary"),
])
def test_an_office_after_an_action_label_is_to_do_a_task(text, owner) -> None:
    assert find_owner(text) == owner


def _seg(text: str, x0: float, top: float, size: float = 12.0) -> Line:
    return Line(text=text, page=1, x0=x0, x1=x0 + 5.5 * len(text), top=top, bottom=top + size,
                size=size)


def test_motion_labels_in_a_left_margin_are_read_beside_their_motion() -> None:
    body_x, lines = 210.0, []
    for k, t in enumerate(["Mayor Whelan called the meeting to order at seven and welcomed all.",
                           "He reminded those present that the meeting was being recorded."]):
        lines.append(_seg(t, body_x, 100 + 15.5 * k))
    lines += [_seg("That Council adopt Development Regulations Amendment", body_x, 150),
              _seg("No. 7, 2025 and forward it to the Department for registration.", body_x, 165.5),
              _seg("2025-083", 62, 150), _seg("Moved: Coun. Squires", 62, 164),
              _seg("Seconded: Coun. Power", 62, 178), _seg("Carried unanimously", 62, 192)]
    page, blocks = split_margin(Page(number=1, width=612, height=792, lines=lines))
    assert len(blocks) == 1 and len(page.lines) == 4
    body = sorted(page.lines, key=lambda ln: ln.top)
    texts = [ln.text for ln in put_back(body, blocks)]
    assert texts[2:] == ["2025-083 Moved: Coun. Squires Seconded: Coun. Power",
                         "That Council adopt Development Regulations Amendment",
                         "No. 7, 2025 and forward it to the Department for registration.",
                         "Carried unanimously"]


def test_item_numbers_in_a_margin_stay_where_they_are() -> None:
    # neighbour: minute numbers printed in the margin beside their titles are no motion labels
    lines = [_seg("25/044", 62, 100), _seg("FRONT STREET WATERFRONT REDEVELOPMENT", 210, 100),
             _seg("The Town Secretary reminded members that the hearing had been adjourned.", 210, 120),
             _seg("25/045", 62, 140), _seg("FINANCE REPORT FOR THE PERIOD ENDED 31ST MARCH", 210, 140),
             _seg("The Director of Finance presented the finance report for the year.", 210, 160)]
    page = Page(number=1, width=612, height=792, lines=lines)
    assert split_margin(page) == (page, [])
