"""Rules written for the fourteenth round of unseen minutes (tests/scenarios/round14), each beside a
neighbour it must leave alone."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_items import detect_headings
from pipeline.votes import parse_votes


def _headings(text: list[str]) -> list[tuple[str, str]]:
    return [(h.number, h.title) for h in detect_headings([Line(text=t, page=1) for t in text])]


def test_a_sub_item_opening_with_an_application_reference_is_a_heading() -> None:
    text = ["1. MINUTES OF THE LAST MEETING", "The minutes were approved.", "",
            "2. PLANNING APPLICATIONS",
            "2.1 FULL/2025/0812 - Le Vieux Moulin, Rue du Moulin: conversion of the mill barn into two",
            "self-catering units with parking for four cars.",
            "Mr Brehaut objected to the application.", "",
            "2.2 23/1187/FUL – Former Dairy, Mill Lane: two dwellings.", "No objection.", "",
            "3. ANY OTHER BUSINESS", "None."]
    got = _headings(text)
    assert [n for n, _ in got] == ["1", "2", "2.1", "2.2", "3"]
    assert got[2][1] == ("FULL/2025/0812 - Le Vieux Moulin, Rue du Moulin: conversion of the mill "
                         "barn into two self-catering units with parking for four cars.")
    assert got[3][1].rstrip(".") == "23/1187/FUL – Former Dairy, Mill Lane: two dwellings"
    # a numbered paragraph opening a sentence under capitalised headings stays the item's text
    near = text[:4] + ["2.1 Councillor Alexander enquired about the status of the box drain on "
                       "Cacandee Road,", "Longdenville.", ""] + text[-2:]
    assert [n for n, _ in _headings(near)] == ["1", "2", "3"]


def test_voted_n_to_m_to_do_something_is_a_vote_carried_by_its_count() -> None:
    att = [{"name": n, "status": "present"} for n in ["R. Brehaut", "S. Mahy", "K. Torode"]]
    (v,) = parse_votes("Mr Mauger objected. The Douzaine voted 5 to 3 to object to the application "
                       "on the grounds of access and drainage.", att)
    assert (v.result, v.printed) == ("carried", {"ayes": 5, "noes": 3})
    (v,) = parse_votes("The Board voted 6-1 in favour of the variance.", att)
    assert (v.result, v.printed) == ("carried", {"ayes": 6, "noes": 1})
    # numbers that are no count: items voted on, a range of pages
    assert parse_votes("The committee voted on items 5 to 7 to approve them.", att) == []
    assert parse_votes("Members voted 2 to 1 in the election of the chair.", att) == []


def _last_item(*body: str):
    from pipeline.records import Item, Line
    from pipeline.segment import _drop_signature
    lines = [Line(text="6. ANY OTHER BUSINESS", page=1)] + [Line(text=t, page=1) for t in body]
    item = Item(id="m-1", meeting_id="m", number="6", title="Any other business", page_start=1,
                page_end=1, text="\n".join(body), lines=lines)
    _drop_signature(item)
    return item


def test_who_signs_under_the_closing_and_the_next_meeting_is_no_part_of_the_last_item() -> None:
    item = _last_item("It was agreed to defer the matter.", "The meeting closed at 9.10 p.m.", "",
                      "Next meeting: Monday 7th July 2025 at 7.30 p.m.", "", "P. Le Tissier, Dean")
    assert "Tissier" not in item.text and item.text.endswith("7.30 p.m.")
    # near case: a name and office after a line that is no next meeting stays
    item = _last_item("The meeting closed at 9.10 p.m.", "The Dean thanked the members.",
                      "P. Le Tissier, Dean")
    assert item.text.endswith("Le Tissier, Dean")


def test_names_signed_in_brackets_over_their_offices_are_no_part_of_the_last_item() -> None:
    item = _last_item("The request was referred to the Works Committee.",
                      "The meeting ended with a vote of thanks to the chair.",
                      "(Kamran Yousaf) (Brig. Asad Mehmood)", "Member Secretary President")
    assert item.text.endswith("to the chair.")
    # near case: a bracketed aside in the text, with no offices under it, stays
    item = _last_item("The request was referred to the Works Committee.",
                      "(Mr Imran Qureshi)", "The matter was noted.")
    assert "(Mr Imran Qureshi)" in item.text
    item = _last_item("The meeting ended with a vote of thanks to the chair.",
                      "(Kamran Yousaf) (Brig. Asad Mehmood)")
    assert item.text.endswith("to the chair.")


def _types(title: str, *sentences: str) -> list[tuple[str, str]]:
    from pipeline.classify import classify_sentences
    return [(p.type, p.outcome) for p in classify_sentences([(s, title) for s in sentences])]


def test_the_main_motion_as_amended_carried_is_approved_an_amendment_carried_amends() -> None:
    got = _types("BY-LAWS", "The motion as amended was carried unanimously.",
                 "The amendment was carried by 8 votes to 3.")
    assert got == [("decision", "approved"), ("decision", "amended")]


def test_approved_and_forwarded_for_sanction_is_approved_forwarded_alone_is_referred() -> None:
    got = _types("BUDGET ESTIMATES",
                 "Resolved that the budget estimates for the financial year 2025-26 be approved and "
                 "forwarded to the Director, Military Lands and Cantonments, for sanction.",
                 "Resolved that the application be forwarded to the Director for sanction.")
    assert got == [("decision", "approved"), ("decision", "referred")]


def test_a_decision_named_inside_a_question_is_asked_about() -> None:
    got = _types("BOREHOLES",
                 "Cllr. Banda asked whether the borehole at Kalundu Clinic, which Council had resolved "
                 "to repair under Minute No. 09/2025, had been repaired.",
                 "Council resolved to repair the borehole at Kalundu Clinic.")
    assert [t for t, _ in got] == ["question", "decision"]


def test_asking_how_many_is_a_question_stating_it_is_an_objection() -> None:
    got = _types("BOREHOLES", "Cllr. Chigumba asked how many boreholes were out of order.",
                 "Cllr. Chigumba said that six boreholes were out of order.")
    assert [t for t, _ in got] == ["question", "objection"]


def test_objecting_that_the_council_was_asked_to_approve_is_an_objection() -> None:
    got = _types("FILLING STATION",
                 "Cllr. Kabwe objected that the environmental impact assessment had not yet been "
                 "submitted and that Council was being asked to approve a development whose risks "
                 "it did not know.",
                 "Council was being asked to approve a filling station on Plot 5510.")
    assert [t for t, _ in got] == ["objection", "proposal"]


def test_someone_proposing_that_something_be_done_is_a_proposal() -> None:
    got = _types("LEASE OF THE SHOPPING CENTRE",
                 "The CEO proposed that the lease of the shopping centre on Mall Road be renewed for "
                 "five years at a rent of Rs. 1.8 million a year.",
                 "The lease of the shopping centre on Mall Road was renewed in 2020 for five years.")
    assert [t for t, _ in got] == ["proposal", "information"]


def test_asking_why_when_something_is_only_so_is_doubt_asking_why_alone_a_question() -> None:
    got = _types("BUDGET ESTIMATES",
                 "Mrs. Nusrat Bibi asked why the conservancy charges were to rise by 20 percent when "
                 "refuse was collected only twice a week in Ward 2.",
                 "Mrs. Nusrat Bibi asked why the conservancy charges were to rise by 20 percent.")
    assert [t for t, _ in got] == ["objection", "question"]


MEMBERS = [{"name": n, "status": "present"} for n in
           ["Mercy Tembo", "Joseph Banda", "Esther Mulenga", "Kelvin Sakala", "Agnes Nkhoma",
            "Ruth Kabwe", "Moses Zulu", "Gift Siame"]]


def _votes(text: str) -> list[tuple]:
    return [(v.mover, v.seconder, v.result, v.printed,
             {k: h for k, h in v.members.items() if h != "aye"}) for v in parse_votes(text, MEMBERS)]


def test_amendments_take_their_own_movers_and_the_substantive_motion_its_first_mover() -> None:
    got = _votes(
        "Cllr. Sakala moved, seconded by Cllr. Nkhoma, that Council approves the relocation of the "
        "market. Cllr. Banda moved an amendment, seconded by Cllr. Kabwe, that the relocation be "
        "deferred for six months. The amendment was put to the vote and was lost, 3 members voting "
        "for and 8 against. Cllr. Siame moved a further amendment, seconded by Cllr. Kabwe, that "
        "the traders be paid compensation. The amendment was put to the vote and was lost by 4 "
        "votes to 7. The substantive motion was then put to the vote and was carried by 8 votes "
        "to 3. Those who voted against were Cllr. Banda, Cllr. Kabwe and Cllr. Siame.")
    assert [g[:3] for g in got] == [("Joseph Banda", "Ruth Kabwe", "failed"),
                                    ("Gift Siame", "Ruth Kabwe", "failed"),
                                    ("Kelvin Sakala", "Agnes Nkhoma", "carried")]
    assert got[2][4] == {"Joseph Banda": "no", "Ruth Kabwe": "no", "Gift Siame": "no"}
    # near case: a result with no reference back to the main motion names no mover from before
    # the amendment, and a sentence naming residents against names no member
    got = _votes("Cllr. Sakala moved, seconded by Cllr. Nkhoma, that the market be relocated. "
                 "Cllr. Banda moved an amendment, seconded by Cllr. Kabwe, that it be deferred. "
                 "The amendment was put to the vote and was carried by 5 votes to 3. Those who "
                 "spoke against were Mr. Phiri and Mrs. Mwale.")
    assert [g[:3] for g in got] == [("Joseph Banda", "Ruth Kabwe", "carried")] and got[0][4] == {}


def test_a_motion_on_notice_seconded_in_a_sentence_of_its_own_carried_as_amended() -> None:
    got = _votes(
        "Cllr. Sakala, having given notice, moved that Council make a by-law prohibiting the "
        "burning of household waste. Cllr. Tembo seconded the motion. Cllr. Zulu moved an "
        "amendment, seconded by Cllr. Mulenga, that the by-law apply only where refuse is "
        "collected. The amendment was put to the vote and was carried by 9 votes to 2. The motion "
        "as amended was carried unanimously.")
    assert [g[:3] for g in got] == [("Moses Zulu", "Esther Mulenga", "carried"),
                                    ("Kelvin Sakala", "Mercy Tembo", "carried")]


def test_a_task_to_report_to_a_meeting_of_a_date_is_due_then() -> None:
    from pipeline.classify_owner import find_due
    assert find_due("ACTION: Legal Counsel - draft the by-law and present it to the Council "
                    "meeting of 26th June, 2025") == "26th June, 2025"
    # near case: a meeting of a date where someone spoke sets no due date
    assert find_due("Mr Phiri spoke at the meeting of 3 May 2024 about the park.") == ""
