"""The small rules the seventeenth probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.classify_speaker import find_speaker
from pipeline.segment import _sign_line
from pipeline.segment_attendees import _wrapped_office, label_of, split_honorific


def test_bare_street_address_after_a_speaker():
    assert find_speaker("Mr. Walter Finch, 118 Pecan Drive, objected to the alley.") == "Mr. Walter Finch"
    assert find_speaker("Ms. Gloria Reyna, 2204 Bluebonnet Lane, asked when it would reopen.") == \
        "Ms. Gloria Reyna"
    assert find_speaker("Mr. Terrence Dalton, of 31 Southside Road, objected.") == "Mr. Terrence Dalton"
    assert find_speaker("Council, 5 Members, said no.") == ""


def test_administration_and_witnesses_labels():
    assert label_of("Administration:") == ("in_attendance", "")
    assert label_of("Witnesses: Mr. Owen Sinclair, Permanent Secretary")[0] == "in_attendance"
    assert label_of("ADMINISTRATION") is None  # a heading, without its colon


def test_mayor_pro_tem_is_an_office():
    assert split_honorific("Mayor Pro Tem Dale Whitfield") == ("Dale Whitfield", "Mayor Pro Tem")
    assert split_honorific("Mayor Linda Garza") == ("Linda Garza", "Mayor")


def test_office_wrapped_over_two_lines():
    assert _wrapped_office("Mayor Pro Tem Dale Whitfield; Council", "Members Rosa Villarreal, Tom Brandt")
    assert not _wrapped_office("Dale Whitfield, Jones", "Members Rosa Villarreal")
    assert not _wrapped_office("Tom Jones,", "Members Rosa Villarreal")


def test_signature_lines_with_name_and_office():
    assert _sign_line("APPROVED: ______________________ Linda Garza, Mayor")
    assert _sign_line("ATTEST: ______________________ Melissa Tran, City Secretary")
    assert _sign_line("CONFIRMED: ________ MAYOR ________ TOWN CLERK")
    assert not _sign_line("Approved unanimously")
    assert not _sign_line("APPROVAL OF MINUTES")
    assert not _sign_line("Attest")


def test_a_committee_division():
    from pipeline.votes import parse_votes
    (v,) = parse_votes("Mr. Thompson moved, seconded by Dr. Ellis, that the Committee summon the "
                       "Chief Executive Officer. The question being put, the Committee divided: "
                       "Ayes 3, Noes 2. The motion was carried.")
    assert (v.printed.get("ayes"), v.printed.get("noes")) == (3, 2)
    assert not parse_votes("The building was divided into two units.")


def test_the_few_voting_aye_on_a_motion_that_failed():
    from pipeline.votes import parse_votes
    att = [{"name": n, "status": "present"} for n in
           ("Linda Garza", "Dale Whitfield", "Rosa Villarreal", "Tom Brandt", "Keisha Moore",
            "Hector Salinas", "Jim Pruitt")]
    (v,) = parse_votes("Council Member Brandt moved to amend the motion to require a five-acre park, "
                       "seconded by Council Member Pruitt. The amendment failed by a vote of 2-5 "
                       "(Council Members Brandt and Pruitt voting aye).", att)
    assert v.result == "failed"
    assert v.members.get("Tom Brandt") == "aye" and v.members.get("Jim Pruitt") == "aye"
    (w,) = parse_votes("Motion by Council Member Moore, seconded by Council Member Pruitt, to approve "
                       "the plan. Item was approved by a vote of 6-1 (Council Member Salinas voting no).", att)
    assert w.members.get("Hector Salinas") == "no"
