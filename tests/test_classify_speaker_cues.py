"""Speaker cues that must hold on minutes of bodies the rules were not fitted on: each fixed case
sits beside a near case whose speaker must not change."""
from __future__ import annotations

import pytest

from pipeline.classify_speaker import find_speaker


@pytest.mark.parametrize("text,speaker", [
    # a name in the possessive says whose inquiry or amendment it is, not who speaks
    ("In response to Councilmember Vella’s inquiry about the leases, the City Manager stated "
     "other leases are coming up.", "the City Manager"),
    ("Councillor Benson’s proposed amendments were circulated to all Members.", ""),
    # near: an apostrophe inside a surname is part of the name
    ("Councillor O’Brien said the road was unsafe.", "Councillor O’Brien"),
])
def test_a_possessive_name_is_not_the_speaker(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # whom a titled speaker speaks for, after a comma and with no closing comma before the verb
    ("Mr. Drew Kiriazides, Catholic Homes New York said thank you everyone for the opportunity.",
     "Mr. Drew Kiriazides"),
    ("Captain Herren, Executive Office PSA7 Housing Bureau Police, New York City Police "
     "Department said good evening.", "Captain Herren"),
    # near: a generational suffix is part of the name, not whom the speaker speaks for
    ("Mr. Freddy Perez, Jr. said let’s move forward.", "Mr. Freddy Perez, Jr"),
    # near: an office between commas was already read
    ("Mr. Smith, Chair of the Finance Committee, said the budget was tight.", "Mr. Smith"),
])
def test_a_titled_speaker_then_whom_they_speak_for(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # a member or resident named with no speech of theirs
    ("Appointing Dora J. Dome as a member of the City Social Services Board.", ""),
    ("Members had to be a resident of Alameda and go through an extensive interview.", ""),
    ("Paulette will send a member email requesting volunteers.", ""),
    # near: members of the public who speak, with where they are from or who they are
    ("A member of the public spoke against the proposal.", "a member of the public"),
    ("Two residents of Oak Street objected to the noise.", "two residents"),
    ("Several members of the public also asked about parking.", "several members of the public"),
])
def test_a_member_or_resident_speaks_only_with_a_verb(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # an initial, then the surname
    ("K. Bares led the Commission in part three of its Strategic Planning", "K. Bares"),
    ("S. Martin Newberry discussed three new branding options.", "S. Martin Newberry"),
    ("Profit and Loss – R. Warsing presented the balance sheet", "R. Warsing"),
    # near: a list's letter before a group, an office or a record is no initial
    ("A. Staff reported on the budget.", ""),
    ("B. Treasurer Smith presented the accounts.", "Treasurer Smith"),
    ("C. Minutes were approved.", ""),
])
def test_an_initial_and_a_surname_name_the_speaker(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # a speaker list of name, dash, what they said: the verb capitalised, a stance, an office
    ("Jessica Davidson - Speaking in support of draft resolution for 456 Greenwich",
     "Jessica Davidson"),
    ("Mariama James - Concerned about transparency on 5 WTC meetings", "Mariama James"),
    ("Susan Jung - in support of continued dialog with the Safe Haven", "Susan Jung"),
    ("Roy Ruiz, Assemblymember Deborah Glick’s Office - Updated the Board on various priorities",
     "Roy Ruiz"),
    # near: a topic before the dash is no speaker
    ("Budget Update - Updated figures were presented to the board", ""),
    ("Committee Reports - Reported by the chairs", ""),
])
def test_a_speaker_list_of_name_dash_remark(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # an office opening the sentence with what the officer did, or concurring
    ("The City Clerk administered the Oath and presented a certificate to Ms. Dome.",
     "The City Clerk"),
    ("The Acting Police Chief accepted the Resolution on behalf of Lieutenant Cranford.",
     "The Acting Police Chief"),
    ("The General manager presented the November Management report to the Board.",
     "The General manager"),
    ("The Controller concurred.", "The Controller"),
    # near: a body, a department or a report opening the sentence is no speaker
    ("The Board approved the revised lease.", ""),
    ("The Highways Department resurfaced the road.", ""),
    ("The report of the Director contained three options.", ""),
])
def test_an_office_opening_the_sentence_is_its_speaker(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


def test_an_objector_who_goes_on_to_inform_is_still_sided_with_as_an_objector() -> None:
    from pipeline.classify import classify_sentences

    item = "7-A Zoning Workshop"
    preds = classify_sentences([(t, item) for t in [
        "Nanette Geller said the plan would make parking worse and objected to the density.",
        "She said she had lived on Park Street for twelve years.",
        "Sam Ode concurred with Nanette Geller.",
        "Ann Lee said the plan would bring needed homes.",
        "She said she had lived on Park Street for twelve years.",
        "Tom Fry concurred with Ann Lee."]])
    assert preds[1].speaker == "Nanette Geller" and preds[1].type == "information"
    assert preds[2].type == "objection"
    assert preds[2].generator == "rule:stance.agreed_with_objector"
    # near: siding with one who supported stays what the classifier said
    assert preds[5].type != "objection"


def test_who_is_handed_the_floor_goes_on_speaking() -> None:
    from pipeline.classify import classify_sentences
    from pipeline.classify_speaker import handed_to

    assert handed_to("Thank you, Madam Deputy Comptroller would you read into the record.") \
        == "Deputy Comptroller"
    assert handed_to("Mr. Philps you have the forum.") == "Mr. Philps"
    # near: a task announced in the third person hands nobody the floor
    assert handed_to("Councillor Smith will present the report at the next meeting.") == ""
    item = "Bureau of Purchases – Tactical Face Masks"
    preds = classify_sentences([(t, item) for t in [
        "Thank you, Madam Deputy Comptroller would you read into the record, the request.",
        "The two bids received were opened on February 3, 2010."]])
    assert preds[1].speaker == "Deputy Comptroller"


@pytest.mark.parametrize("text,speaker", [
    # a department's acronym before the title is part of it, as printed
    ("HR Director Romeo stated that the survey findings had not been presented.",
     "HR Director Romeo"),
    # near: a vote label before a title is not
    ("VOTE Councillor Smith moved the report.", "Councillor Smith"),
    ("Director Romeo stated that the survey findings had been presented.", "Director Romeo"),
])
def test_an_acronym_before_the_title_is_kept(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # who leads a committee, between commas, describes it
    ("We thank the Vittles Committee, led by Jonni Greiner, for their work on the party.", ""),
    # near: who led the discussion spoke in it
    ("The discussion was led by Cllr Smith.", "Cllr Smith"),
    # the seconder of "The motion was seconded by …", as of "Seconded by …"
    ("The motion was seconded by Cmhlr. O’Ceallaigh.", "Cmhlr. O’Ceallaigh"),
    ("Seconded by Councillor Costelloe;", "Councillor Costelloe"),
])
def test_led_by_and_seconded_by(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text,speaker", [
    # "also" or "then" between a name and its verb
    ("Bill Sadler, the applicant, also presented.", "Bill Sadler"),
    ("Counselor Aslanian also discussed what findings the City would have to provide.",
     "Counselor Aslanian"),
    # near: a department opening the sentence is still no name
    ("Public Works also reported delays.", ""),
])
def test_also_between_a_name_and_its_verb(text: str, speaker: str) -> None:
    assert find_speaker(text) == speaker
