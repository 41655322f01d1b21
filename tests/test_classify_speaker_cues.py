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
