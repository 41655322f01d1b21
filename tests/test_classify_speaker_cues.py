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
