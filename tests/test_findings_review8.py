"""Rules from the eighth findings review (tests/gold/findings_review_8.md): an objection whose own
author then moves or seconds the motion the body carries, a guest's report under a heading for
such reports, and a report in its author's voice."""
import pytest

from pipeline.finding_match import moved_by_objector
from pipeline.finding_text import is_guest_report, is_report_prose


def _row(i, seq, text, type_="information", speaker="", outcome="", item="i1"):
    return {"id": i, "item_id": item, "meeting_id": "m1", "date": "2023-07-05", "seq": seq,
            "type": type_, "text": text, "speaker": speaker, "outcome": outcome}


# Alameda City Council 2023-07-05 p.18 (parklets), shortened
_VELLA = _row("o", 1, "Councilmember Vella stated that she would like to hear more detail and "
              "regulation over materials used to construct parklets; she does not believe it "
              "should be opened up for the entire street.", "objection", "Vella")


def test_the_objector_seconding_the_carried_motion_answers_the_objection():
    rows = [_VELLA,
            _row("q", 2, "The City Manager inquired whether there is consensus on trying not to "
                 "privatize parklets.", "question", "The City Manager"),
            _row("d", 3, "Councilmember Vella seconded the motion, which carried by unanimous "
                 "voice vote – 5.", "decision", outcome="approved")]
    assert moved_by_objector([_VELLA], rows) == [("o", "d", "answers", 1.0)]


def test_the_objector_moving_the_motion_answers_it_when_the_motion_carries():
    # Planning Board 2022-12-12 p.6: Hom's question on sidewalks, then his own motion
    hom = _row("o", 1, "Vice President Hom asked about minimum sidewalk width and bike "
               "facilities, he did not see that in the report.", "objection", "Hom")
    moved = _row("p", 5, "Vice President Hom made a motion that the Planning Board recommends "
                 "approval with a paragraph describing the pedestrian/sidewalk standards.",
                 "proposal", "Hom")
    second = _row("s", 6, "Board Member Cisneros seconded the motion.", speaker="Cisneros")
    passed = _row("d", 7, "A roll call vote was taken and the motion passed 6-0.", "decision",
                  outcome="approved")
    assert moved_by_objector([hom], [hom, moved, second, passed]) == [("o", "d", "answers", 1.0)]
    # the motion lost: the objector's decision did not carry, nothing answers the objection
    lost = passed | {"text": "The motion failed 2-4.", "outcome": "rejected"}
    assert moved_by_objector([hom], [hom, moved, second, lost]) == []


@pytest.mark.parametrize("line", [
    "Director Holloway moved, Director Ortega seconded, to approve the elimination of Route 12 "
    "Sunday service. Motion passed 4-2.",
    "Moved by Cllr Holloway, seconded by Cllr Price and RESOLVED that the scheme be approved.",
])
def test_another_members_motion_does_not_answer_the_objection(line):
    # trivalley_transit story: Ortega objects to the cut and votes no; Whitaker seconds
    o = _row("o", 1, "Director Whitaker objected that the cut would strand weekend workers.",
             "objection", "Whitaker")
    d = _row("d", 2, line, "decision", outcome="approved")
    assert moved_by_objector([o], [o, d]) == []
    assert moved_by_objector([o | {"speaker": "Holloway"}], [o | {"speaker": "Holloway"}, d]) \
        == [("o", "d", "answers", 1.0)]


def test_a_motion_before_the_objection_does_not_answer_it():
    o = _VELLA | {"seq": 5}
    d = _row("d", 3, "Councilmember Vella seconded the motion, which carried by unanimous "
             "voice vote – 5.", "decision", outcome="approved")
    assert moved_by_objector([o], [d, o]) == []


@pytest.mark.parametrize("title, member, guest", [
    ("Elected Officials Reports", False, True),        # Bronx CB1, 2023-01-26
    ("Elected Officials Report", False, True),
    ("County Councillors' Report", False, True),
    ("Police Report", False, True),
    ("Elected Officials Reports", True, False),         # a member of the body speaking
    ("Committee Reports", False, False),               # the body's own committees
    ("Residents' parking scheme - Old Town", False, False),
])
def test_a_guests_report_under_a_heading_for_such_reports(title, member, guest):
    s = {"text": "The representative for the Honorable Mayor said he wants to filter all "
                 "information down to every resident and not have to worry about things being "
                 "skewed through the media.", "speaker": "Mayor Eric Adams"}
    assert is_guest_report(s, title, member) is guest


def test_a_speech_in_its_authors_voice_under_an_item_nobody_is_minuted_speaking_to():
    # Bronx CB1 2023-02-23 p.12: the page header "FULL BOARD" taken for an item, in the middle
    # of the Deputy Speaker's report
    line = {"text": "So, my hope is to try to make it as easy as possible considering that this "
                    "is going to be a community resource.", "speaker": ""}
    rows = [line, {"text": "I know that’s something that you guys have been advocating for a "
                           "long time.", "speaker": ""}]
    assert is_report_prose(line, "FULL BOARD", rows)
    for text in ("With that I conclude my report Madam Chair.", "I just want to give you two "
                 "last things.", "I’m hoping that this year we’ll obtain more money."):
        assert is_report_prose(line, "FULL BOARD", [line, {"text": text, "speaker": ""}])
    # minutes that report others in the third person are not a report in its author's voice
    assert not is_report_prose(line, "FULL BOARD", [line, {"text": "Phase I was approved in "
                                                            "May.", "speaker": ""}])
    # … nor is an item where someone is minuted speaking
    assert not is_report_prose(line, "FULL BOARD",
                               rows + [{"text": "Ms. Parks asked for questions.",
                                        "speaker": "Parks"}])


def _days(a, b):
    from pipeline.finding_match import days
    return days(a, b)


def _srow(i, date, text, type_, outcome=""):
    return {"id": i, "item_id": "i-" + date, "meeting_id": "m-" + date, "date": date, "seq": 1,
            "type": type_, "text": text, "speaker": "", "outcome": outcome}


# Suffolk Libraries board 2012-10-17 p.4 and 2013-05-29
_TAX = _srow("o", "2012-10-17", "There is concern over double taxation if parish and town "
             "councils precept for the community contribution.", "objection")
_NOT_REQUESTED = _srow("d", "2013-05-29", "Following discussion the Board agreed that the formal "
                       "Community Contribution will not be requested from local groups.",
                       "decision", "approved")


def test_a_later_decision_that_stops_what_was_objected_to_moots_the_objection():
    from pipeline.finding_match import mooted_by_stop
    assert mooted_by_stop([_TAX], [_TAX, _NOT_REQUESTED], set(), _days) \
        == [("o", "d", "answers", 1.0)]
    closed = _NOT_REQUESTED | {"text": "The Board agreed that the community contribution scheme "
                                       "would not proceed."}
    assert mooted_by_stop([_TAX], [_TAX, closed], set(), _days) == [("o", "d", "answers", 1.0)]


def test_what_does_not_moot_an_objection():
    from pipeline.finding_match import mooted_by_stop
    # the decision goes ahead with the thing
    ahead = _NOT_REQUESTED | {"text": "The Board agreed that the community contribution would "
                                      "be requested from local groups."}
    assert mooted_by_stop([_TAX], [_TAX, ahead], set(), _days) == []
    # a stop about something else
    other = _NOT_REQUESTED | {"text": "The Board agreed not to renew the lease of the van."}
    assert mooted_by_stop([_TAX], [_TAX, other], set(), _days) == []
    # a stop before the objection, or beyond the follow-up window
    assert mooted_by_stop([_TAX], [_NOT_REQUESTED | {"date": "2012-09-01"}], set(), _days) == []
    assert mooted_by_stop([_TAX], [_NOT_REQUESTED | {"date": "2015-05-29"}], set(), _days) == []
    # an objection already answered or carried forward keeps its link
    assert mooted_by_stop([_TAX], [_NOT_REQUESTED], {"o"}, _days) == []
    # an objection to stopping something is overridden by the stop, not met by it
    branch = _srow("o", "2012-10-17", "Cllr Price objected to closing the Ludlow branch library, "
                   "which served the villages.", "objection")
    shut = _srow("d", "2013-01-10", "The Board agreed to close the Ludlow branch library.",
                 "decision", "approved")
    assert mooted_by_stop([branch], [branch, shut], set(), _days) == []
