"""Rules read off the round-13 planted stories (an Indian co-operative housing society's managing
committee, a Canadian university board of governors, a New Zealand iwi trust board), each checked
on sentences written for it here, not copied from the stories."""
from __future__ import annotations

import numpy as np
import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_speaker import find_speaker
from pipeline.finding_answer import reassured_later
from pipeline.tracker import report_kind


# -- speakers --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker", [
    ("Tēina Pōhatu spoke against the motion, arguing that the lease was too short.", "Tēina Pōhatu"),
    ("Mānuka Herewini said that the access road flooded every winter.", "Mānuka Herewini"),
    ("Cr Łucja Wrześniak objected to the cost of the new depot.", "Cr Łucja Wrześniak"),
    ("Şükrü Öztürk asked when the survey would be finished.", "Şükrü Öztürk"),
])
def test_a_name_with_letters_of_latin_extended_a_is_the_speaker(text: str, speaker: str) -> None:
    # a macron or an ogonek cut the name short, and the sentence went to the speaker before it
    assert find_speaker(text) == speaker


def test_a_lower_case_word_with_a_macron_is_no_name() -> None:
    assert find_speaker("The whānau said that the hall was too small.") == ""


# -- actions ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Hon. Secretary to write to the water board about the low pressure on the top floors.",
    "The Asst. Treasurer to collect the arrears from the three defaulting members by 30th June.",
])
def test_an_office_with_an_abbreviated_title_before_it_is_a_task(text: str) -> None:
    p = classify_sentences([(text, "V")], [[]])[0]
    assert p.type == "action", p


def test_an_abbreviated_title_before_a_speaker_is_no_task() -> None:
    p = classify_sentences([("The Hon. Treasurer replied that the audit fee had gone up.", "V")],
                           [[]])[0]
    assert p.type != "action"


# -- tracker: progress in part ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Secretary reported that about two-thirds of the share certificates had now been reissued, "
    "and the rest would be finished by December.",
    "Half of the street lights had been replaced with LED fittings.",
    "The remainder of the boundary fence will be completed in August.",
])
def test_a_task_done_in_part_is_in_progress(text: str) -> None:
    assert report_kind(text) == "in_progress"


def test_a_task_done_in_full_is_still_done() -> None:
    assert report_kind("All of the share certificates had been reissued by the end of May.") == "done"


# -- findings: a reply the classifier read as an objection ----------------------------------------

def _row(sid: str, meeting: str, date: str, text: str, type_: str, speaker: str = "") -> dict:
    return {"id": sid, "meeting_id": meeting, "date": date, "item_id": meeting + "-i",
            "text": text, "type": type_, "speaker": speaker, "body": "b"}


def _reassured(reply: str, reply_type: str, speaker: str = "") -> list:
    o = _row("o", "m1", "2025-02-01", "Trustee Ruatapu was not persuaded that tenants should bear "
             "any part of the cost of the new roof through their rents.", "objection", "Ruatapu")
    c = _row("c", "m2", "2025-04-01", reply, reply_type, speaker)
    vecs = np.array([[1.0, 0.0], [0.6, 0.8]], dtype=np.float32)
    return reassured_later([o], [o, c], vecs, {"o": 0, "c": 1}, set(), {}, {},
                           lambda a, b: 59)


def test_an_unattributed_reply_read_as_an_objection_still_reassures() -> None:
    # "no part", "no longer" read as an objection; the minutes' own "He confirmed …" answers
    reply = ("He confirmed that tenants' rents would play no part: the roof would be paid from the "
             "repairs reserve, which no longer had to cover the boiler.")
    assert [(a, b) for a, b, *_ in _reassured(reply, "objection")] == [("o", "c")]


def test_a_member_objecting_again_in_reply_wording_does_not_reassure() -> None:
    reply = ("Trustee Ruatapu replied that tenants' rents would play no part only if the reserve "
             "held, and she still opposed the roof.")
    assert _reassured(reply, "objection", "Ruatapu") == []


# -- findings: the chair taking up a point at once --------------------------------------------------

def _replied(reply: str, reply_type: str) -> list:
    from pipeline.finding_match import replied_next
    o = {"id": "o", "item_id": "i", "seq": 1, "speaker": "", "type": "objection",
         "text": "Tenants of Mill Row had complained that the stairwell lights were out every night."}
    c = {"id": "c", "item_id": "i", "seq": 2, "speaker": "", "type": reply_type, "text": reply}
    return replied_next([o], {"i": [o, c]})


def test_the_chair_taking_up_a_point_at_once_answers_it() -> None:
    links = _replied("The Chairman stated that the stairwell wiring would be renewed before the "
                     "winter.", "action")
    assert [(a, b) for a, b, *_ in links] == [("o", "c")]


def test_the_chairs_own_objection_answers_nothing() -> None:
    assert _replied("The Chairman was concerned that the landlord would pass the cost to the "
                    "tenants.", "objection") == []
