"""Rules behind the second pass on the fourteenth story round: what a body withdraws (a service
is stopped, approved; a motion or an application is taken back, rescinded), roll-call lists and
counts as minutes print them, vote lines and minute-numbered resolutions that are no item
headings, and a vote put on "the resolution" above it. Sentences written for these tests, not
copied from the stories or the corpus."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_motion import motion_outcome

ITEM = "Library Outreach"


@pytest.mark.parametrize("text,outcome", [
    # the body stops a service, a facility, funding: a decision approved
    ("Resolved: That the Council withdraw its mobile library van from the northern villages "
     "at the end of March.", "approved"),
    ("RESOLVED that the Board withdraws funding for the summer reading scheme.", "approved"),
    # the body takes back its own business: rescinded
    ("Resolved: That the Council withdraw the planning application for the depot.", "rescinded"),
    ("RESOLVED that the Board withdraw its earlier offer to the parish.", "rescinded"),
])
def test_withdrawing_a_service_is_approved_a_motion_withdrawn_is_rescinded(text: str, outcome: str) -> None:
    pred = classify_sentences([(text, ITEM)])[0]
    assert (pred.type, pred.outcome) == ("decision", outcome)


@pytest.mark.parametrize("text,outcome", [
    ("Moved by Trustee Ames, seconded by Trustee Bell, to withdraw the bookmobile service from "
     "Route 9.", "approved"),
    ("Moved by Trustee Ames, seconded by Trustee Bell, to withdraw the application for the "
     "state grant.", "rescinded"),
    ("THAT the Authority withdraw its grant to the rowing club.", "approved"),
    ("THAT the Authority withdraw its objection to the quarry licence.", "rescinded"),
])
def test_a_motion_to_withdraw_a_service_asks_for_approval(text: str, outcome: str) -> None:
    assert motion_outcome(text) == outcome


# a library district board of five trustees (US), its roll call printed as two lists
LIBRARY = [{"name": n, "status": "present"} for n in
           ("Dana Kowalski", "Sean Brennan", "Grace Oyelaran", "Ruth Amsel", "Omar Haddad")]


@pytest.mark.parametrize("text,ayes,noes", [
    ("Trustee Amsel moved, seconded by Trustee Haddad, to close the branch on Sundays. A roll call "
     "vote was taken. Voting yes: Kowalski, Amsel, Haddad. Voting no: Brennan, Oyelaran. Motion "
     "carried, 3 to 2.", 3, 2),
    ("Trustee Amsel moved, seconded by Trustee Haddad, to close the branch on Sundays. Those voting "
     "in favour: Kowalski, Amsel, Haddad, Brennan. Voting nay: Oyelaran. Motion carried.", 4, 1),
])
def test_voting_yes_and_voting_no_lists_are_a_roll_call(text: str, ayes: int, noes: int) -> None:
    from pipeline.votes import parse_votes
    votes = parse_votes(text, LIBRARY)
    assert len(votes) == 1, [v.text for v in votes]
    v = votes[0]
    assert v.result == "carried"
    assert (v.tally["ayes"], v.tally["noes"]) == (ayes, noes)
    assert v.members.get("Grace Oyelaran") == "no" and v.members.get("Ruth Amsel") == "aye"


def test_a_comma_before_a_count_closing_the_result() -> None:
    from pipeline.votes import parse_votes
    (v,) = parse_votes("Trustee Amsel moved, seconded by Trustee Haddad, to adopt the budget. "
                       "Motion carried, 4 to 1.", LIBRARY)
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == ("carried", 4, 1)


def _lines(rows: list[tuple[str, float]]) -> list:
    from pipeline.records import Line
    out, top = [], 50.0
    for text, x0 in rows:
        top += 14.0
        out.append(Line(text=text, page=1, x0=x0, x1=x0 + 6 * len(text), top=top, bottom=top + 10,
                        size=11.0, bold=False))
    return out


@pytest.mark.parametrize("text", [
    "FIN 12/24 That the Committee recommends to Council that the budget be adopted.",
    "24/117 That the minutes of the meeting held on 3 June be signed as a true record.",
    "Min 56/24 THAT the report be noted.",
])
def test_a_resolution_numbered_by_its_minute_reference_is_no_heading(text: str) -> None:
    from pipeline.segment_items import parse_number
    assert parse_number(text) is None
    # a minute reference before a title still numbers an item
    assert parse_number("24/118 Planning Applications")[:2] == ("24/118", "Planning Applications")


def test_vote_label_lines_and_numbered_resolutions_stay_in_their_item() -> None:
    from pipeline.segment_items import detect_headings
    lines = _lines([
        ("4.1   Library Hours Review", 50), ("The Manager reported on weekend visits to the branches.", 95),
        ("Moved: Cr Ambrose Seconded: Cr Delacroix", 95),
        ("CS 31/25 That the Committee recommends to Council that Sunday opening be trialled", 95),
        ("at the Northgate branch for six months.", 95),
        ("A division was called by Cr Ambrose.", 95),
        ("For: Cr Delacroix, Cr Mulvey, Ms Tan", 95),
        ("Against: Cr Ambrose", 95),
        ("CARRIED 3 votes to 1", 95),
        ("4.2   Fees and Charges", 50), ("The Manager tabled the schedule of fees.", 95),
    ])
    assert [h.title for h in detect_headings(lines)] == ["Library Hours Review", "Fees and Charges"]


@pytest.mark.parametrize("label", ["Against: Cr Ambrose", "For: Cr Delacroix, Cr Mulvey",
                                   "Against: Trustees Ames and Bell", "In favour: Crs Mulvey and Tan"])
def test_a_side_of_a_division_under_a_member_title_is_no_run_in_heading(label: str) -> None:
    from pipeline.segment_items import _layout, _plain_heading
    lines = _lines([("A division was called by Cr Ambrose.", 95), (label, 95), ("CARRIED 3 votes to 1", 95),
                    ("The Manager tabled the schedule of fees for the coming year.", 95)])
    lay = _layout(lines)
    assert [_plain_heading(lines, 1, lay, False, para, after_block=after)
            for para in (False, True) for after in (False, True)] == ["", "", "", ""]
    # a run-in label over prose is still one
    prose = _lines([("Community Groups: the Manager reported three new bookings.", 95),
                    ("The Manager tabled the schedule of fees for the coming year.", 95)])
    assert _plain_heading(prose, 0, _layout(prose), False, True) == "Community Groups"


# a multi-academy trust board of seven trustees (England)
TRUST = [{"name": n, "status": "present"} for n in
         ("Helen Carrick", "Amir Boateng", "Paul Fenn", "Grace Oduya", "Lena Marsh", "Tom Price",
          "Ruth Sandhu")]


def test_a_vote_put_on_the_resolution_has_the_resolution_above_as_its_motion() -> None:
    from pipeline.votes import parse_votes
    text = ("The CFO presented the catering tender. Resolved: That the Trust award the catering "
            "contract for all four schools to Harbour Foods for three years. The resolution was put "
            "to a vote: 5 in favour, 2 against (Mr Fenn, Mrs Sandhu). Carried.")
    (v,) = parse_votes(text, TRUST)
    assert "award the catering contract" in v.motion and "put to a vote" not in v.motion
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == ("carried", 5, 2)
    assert v.members.get("Paul Fenn") == "no" and v.members.get("Ruth Sandhu") == "no"

