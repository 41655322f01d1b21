"""A board's roster printed one member a line, the office before the name with a dash and the
seat after a comma ("Chair – Erik Davidson, District I" / "Bob Broom, District F", the header of
the RTD Denver board minutes): the name is the attendee, the office and the seat its role."""
from __future__ import annotations

from pipeline.records import Line
from pipeline.segment_attendees import find_attendees


def _lines(texts: list[str]) -> list[Line]:
    # plain text: no positions
    return [Line(text=t, page=1, x0=0.0, x1=0.0, top=float(k), bottom=float(k), size=0.0, bold=False)
            for k, t in enumerate(texts)]


ROSTER = ["Board of Directors",
          "Chair – Erik Davidson, District I",
          "First Vice Chair – Peggy Catlin, District N",
          "Secretary – Michael Guzman, District C",
          "Bob Broom, District F",
          "",
          "Paul Rosenthal, District E",
          "",
          "MINUTES",
          "BOARD OF DIRECTORS MEETING"]


def test_roster_names_are_the_attendees_and_office_and_seat_the_role() -> None:
    people = find_attendees(_lines(ROSTER))
    assert [p.name for p in people] == ["Erik Davidson", "Peggy Catlin", "Michael Guzman",
                                        "Bob Broom", "Paul Rosenthal"]
    assert people[0].status == "chair" and people[0].role == "Chair, District I"
    assert people[1].status == "present" and people[1].role == "First Vice Chair, District N"
    assert people[3].role == "District F"
    assert not any("District" in p.name or "–" in p.name for p in people)


def test_a_label_with_a_dash_and_a_list_of_names_is_no_roster() -> None:
    # "Members – John Smith, Jane Doe" lists two people: "Jane Doe" is nobody's seat
    people = find_attendees(_lines(["Members – John Smith, Jane Doe", "Mary Lane, Tom Hart",
                                    "Ann Lee, Bob Ray", "", "MINUTES"]))
    assert "John Smith" in {p.name for p in people}
    assert not any("Doe" in p.role or "Hart" in p.role or "Ray" in p.role for p in people)


def test_headings_with_a_dash_and_a_comma_are_no_roster() -> None:
    # a heading and its subject is no office and holder
    lines = _lines(["Police Department – Grant Award, Item Three",
                    "Public Works – Road Repairs, Phase Two",
                    "Parks Department – Tree Survey, North Ward",
                    "Bob Broom, District F"])
    assert find_attendees(lines) == []


def test_the_roll_call_after_the_roster_gives_who_attended() -> None:
    # the roll-call table names the members as the minutes record them ("Jamie Lewis" where the
    # roster prints "Jaime Lewis") and who was absent; the roster gives office, seat and chair
    lines = _lines(["Board of Directors",
                    "Chair – Erik Davidson, District I",
                    "Secretary – Michael Guzman, District C",
                    "Jaime Lewis, District A",
                    "Bob Broom, District F",
                    "Patrick O’Keefe, District H",
                    "",
                    "I.",
                    "Roll Call - Determination of Quorum",
                    "Attendee Name",
                    "Erik Davidson",
                    "Michael Guzman",
                    "Jamie Lewis",
                    "Bob Broom",
                    "Patrick O'Keefe",
                    "Present",
                    "Absent",
                    "Present",
                    "Present",
                    "Present",
                    "II.",
                    "Public Participation"])
    people = {p.name: p for p in find_attendees(lines)}
    # (one entry for "O’Keefe" and "O'Keefe": the same name with either apostrophe)
    assert set(people) == {"Erik Davidson", "Michael Guzman", "Jamie Lewis", "Bob Broom", "Patrick O'Keefe"}
    assert people["Erik Davidson"].status == "chair" and people["Erik Davidson"].role == "Chair, District I"
    assert people["Michael Guzman"].status == "absent" and people["Michael Guzman"].role == "Secretary, District C"
    assert people["Jamie Lewis"].status == "present" and people["Jamie Lewis"].role == "District A"
