"""Rules written for the cases probe rounds 10 and 13 left (tests/scenarios/round10, round13) and
for the planted stories' statements (tests/stories), each beside a neighbour it must leave alone."""
from __future__ import annotations

from pipeline.classify import classify_sentences
from pipeline.records import Attendee, Line
from pipeline.segment_attendees import find_attendees
from pipeline.segment_table import text_width
from pipeline.votes import parse_votes

_SIZE = 10.5
_PROSE = ["Mayor Lindqvist called the regular meeting to order at 6:00 p.m. in the chambers.",
          "The Council met in closed session at 5:00 p.m. under Government Code Section 54956.9.",
          "No other reportable action was taken and the Council moved to the open session."]


def _run(text: str, x0: float) -> Line:
    """A line set as one run of text (its width is its words' width)."""
    return Line(text=text, page=1, x0=x0, x1=x0 + _SIZE * text_width(text), size=_SIZE)


def _columns(name: str, role: str, x0: float = 166.0, role_x: float = 330.0) -> Line:
    """A row of a name column and a role column: the role starts at `role_x`."""
    return Line(text=f"{name} {role}", page=1, x0=x0, x1=role_x + _SIZE * text_width(role),
                size=_SIZE)


def _page(block: list[Line]) -> list[Line]:
    lines = [_run(t, 96.0) for t in _PROSE] + block + [_run("2. REPORT OUT OF CLOSED SESSION", 96.0)]
    for k, ln in enumerate(lines):
        ln.top, ln.bottom = 100 + 16.5 * k, 100 + 16.5 * k + _SIZE
    return lines


def _staff(block: list[Line]) -> dict[str, str]:
    return {a.name: a.role for a in find_attendees(_page(block))}


def test_a_list_of_offices_and_names_wrapped_at_the_line_ends_is_no_table() -> None:
    got = _staff([
        _run("STAFF: City Manager Gregory Ashby, City Attorney Dana Whitcombe, City Clerk", 96.0),
        _run("Monique Farrell, Public Works Director Luis Ortega, Community Development", 166.0),
        _run("Director Helen Park, Police Chief Raymond Sato", 166.0)])
    assert got == {"Gregory Ashby": "City Manager", "Dana Whitcombe": "City Attorney",
                   "Monique Farrell": "City Clerk", "Luis Ortega": "Public Works Director",
                   "Helen Park": "Community Development Director", "Raymond Sato": "Police Chief"}


def test_a_name_column_beside_a_role_column_is_still_a_table() -> None:
    got = _staff([
        Line(text="STAFF: Gregory Ashby City Manager", page=1, x0=96.0,
             x1=330.0 + _SIZE * text_width("City Manager"), size=_SIZE),
        _columns("Dana Whitcombe", "City Attorney"), _columns("Monique Farrell", "City Clerk"),
        _columns("Raymond Sato", "Police Chief")])
    assert got == {"Gregory Ashby": "City Manager", "Dana Whitcombe": "City Attorney",
                   "Monique Farrell": "City Clerk", "Raymond Sato": "Police Chief"}


_COUNCIL = [{"name": n, "status": "present"} for n in
            ("Ingrid Lindqvist", "Samuel Oyelaran", "Priya Natarajan", "Thomas Kowalski")] + \
           [{"name": "Renata Huerta", "status": "absent"}]
_CONSENT = ("Motion by Councilmember Natarajan, seconded by Councilmember Kowalski, to approve the "
            "Consent Calendar. The motion carried by the following vote: AYES: Councilmembers "
            "Kowalski, Natarajan, Oyelaran, Mayor Lindqvist NOES: None ABSTAIN: None ")


def test_a_vote_list_ending_with_its_item_does_not_read_on_into_the_next() -> None:
    (v,) = parse_votes(_CONSENT + "ABSENT: Councilmember Huerta", _COUNCIL,
                       after="Mayor Pro Tem Oyelaran asked why the lowest bidder, Brightline "
                             "Building Services, had been found non-responsive.")
    assert v.tally["absent"] == 1 and set(v.members) == {a["name"] for a in _COUNCIL}
    assert "Brightline" not in v.text


def test_a_vote_list_cut_inside_by_the_item_boundary_still_reads_on() -> None:
    (v,) = parse_votes(_CONSENT[:-len("Oyelaran, Mayor Lindqvist NOES: None ABSTAIN: None ")],
                       _COUNCIL, after="Oyelaran, Mayor Lindqvist NOES: None ABSTAIN: None ABSENT: "
                                       "Councilmember Huerta")
    assert v.tally["ayes"] == 4 and v.members["Renata Huerta"] == "absent"


def test_a_body_that_voted_a_score_is_a_vote() -> None:
    (v,) = parse_votes("The Council voted 4-0, with Councilmember Huerta absent, to approve a "
                       "settlement agreement under which the City will pay $185,000.", _COUNCIL)
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == ("carried", 4, 0)
    (v,) = parse_votes("The Board voted 2-3 to approve the lease.")
    assert (v.result, v.tally["ayes"], v.tally["noes"]) == ("failed", 2, 3)
    # a vote named without its score is none
    assert parse_votes("The members voted on the budget in 2025.") == []


def test_a_count_of_a_vote_taken_at_an_earlier_meeting_is_no_vote_of_this_one() -> None:
    got = parse_votes("The ordinance was introduced at the regular meeting of March 4, 2025 by a "
                      "vote of 3-1. Motion by Councilmember Natarajan, seconded by Mayor "
                      "Lindqvist, to adopt the ordinance. The motion carried by a vote of 3-1.",
                      _COUNCIL)
    assert [v.mover for v in got] == ["Priya Natarajan"]
    # the minutes of an earlier meeting approved at this one: a vote taken here
    (v,) = parse_votes("The minutes of the regular meeting of March 4, 2025 were approved by a vote "
                       "of 4-0.", _COUNCIL)
    assert v.tally["ayes"] == 4


def _type(text: str, title: str) -> str:
    return classify_sentences([(text, title)])[0].type


def _item(sentences: list[str], title: str, members: list[str]) -> dict[str, str]:
    """The type of each sentence of one item, classified with the meeting's roster."""
    roster = [Attendee(name=n, status="present") for n in members]
    return {t: p.type for t, p in zip(sentences, classify_sentences(
        [(t, title) for t in sentences], None, roster))}


_SENATE = ["Alison Carr", "David Nwosu", "Helen Marsh", "Ian Kerr", "Sarah Walsh", "Grace Adeyemi",
           "Paul Henderson", "Tomasz Nowak"]


def test_the_remarks_of_members_whose_dissent_was_recorded_object() -> None:
    adeyemi = ("Dr Adeyemi argued that the region would lose its only honours degree in languages, "
               "which served students who could not move away from home.")
    nowak = ("Dr Nowak said that the School had reviewed the entry figures for each of the last "
             "five years and that the trend was the same in every one of them.")
    vote = ("The motion was carried by 8 votes to 4; Professor Kerr, Dr Walsh, Dr Adeyemi and Dr "
            "Henderson asked that their dissent be recorded.")
    got = _item([adeyemi, nowak, vote], "Modern Languages: proposed suspension of recruitment",
                _SENATE)
    assert got[adeyemi] == "objection"
    # the remarks of a member who did not dissent are not taken against the item
    assert got[nowak] != "objection"
    # without the roster the names after the count are not known to be members'
    (p, _) = classify_sentences([(adeyemi, "Modern Languages"), (vote, "Modern Languages")])
    assert p.type == "information"


_GROUP = ["Gareth Hughes", "Priya Patel", "Tom Okafor", "Jean Bellamy", "Sandra Cole",
          "Rachel Dunn", "Martin Fenwick"]


def test_a_short_remark_naming_a_harm_by_a_member_who_voted_against_objects() -> None:
    dunn = "Ms Dunn told the group that the lower end of the field was under water every winter."
    fenwick = "Mr Fenwick said that the matter would go to the Parish Council in March."
    got = _item(["Cllr Hughes proposed that the draft Plan allocate Glebe Field for 25 homes, "
                 "seconded by Mrs Patel.", dunn, fenwick,
                 "Motion lost 3-4 (Mrs Bellamy, Mrs Cole, Ms Dunn and Mr Fenwick against)."],
                "Preferred housing site", _GROUP)
    assert got[dunn] == "objection"
    # a short remark naming no harm, by a member who voted against, reports
    assert got[fenwick] == "information"
    # the same kind of fact told by those who want the work done is no objection
    residents = ("Residents of Ejipura told the Committee that the drain overflowed every time it "
                 "rained for more than an hour.")
    got = _item([residents, "The Committee resolved to request the Executive Engineer to desilt "
                            "the drain before 15 April 2025."], "Flooding at Ejipura junction", [])
    assert got[residents] != "objection"


def test_a_service_that_came_only_once_in_days_is_an_objection() -> None:
    assert _type("Smt. Dhumal stated that the tanker at Ghatghar came only once in four days and "
                 "that women had to walk 3 km to a stream for water.",
                 "Drinking water scarcity in tribal villages of the western belt") == "objection"
    # how often a body meets is a fact
    assert _type("The committee meets only once a year.", "Terms of reference") == "information"


def test_one_who_told_the_group_is_its_speaker() -> None:
    (p,) = classify_sentences([("Ms Dunn told the group that the lower end of the field was under "
                                "water every winter.", "Preferred housing site")])
    assert p.speaker == "Ms Dunn"
    # those who were told are no speaker
    (p,) = classify_sentences([("Residents were told that the hall would close.", "Village hall")])
    assert p.speaker == ""
