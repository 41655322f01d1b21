"""A body's name printed in capitals is cased word by word: an abbreviation with its dot ("ST.")
is a word, the ending after an apostrophe ("JOHN'S") no word of its own; a name with a capital
inside takes the case the text prints it in; an acronym printed in capitals stays."""
from __future__ import annotations

import pytest

from pipeline.records import Line
from pipeline.segment_body import canonical_body, meeting_body


@pytest.mark.parametrize("printed, cased", [
    ("TOWN OF ST. JOHN'S", "Town of St. John's"),
    ("TOWN OF ST. JOHN’S", "Town of St. John’s"),
    ("KING'S LYNN TOWN COUNCIL", "King's Lynn Town Council"),
    ("MT. VERNON CITY COUNCIL", "Mt. Vernon City Council"),
    # near cases: a surname after an apostrophe, an acronym with dots, a name printed mixed
    ("O'BRIEN PARK COMMITTEE", "O'Brien Park Committee"),
    ("L'ANSE-AU-LOUP TOWN COUNCIL", "L'Anse-Au-Loup Town Council"),
    ("U.S. FOREST SERVICE BOARD", "U.S. Forest Service Board"),
    ("Town of St. John's Council", "Town of St. John's Council"),
    ("McDonald Park Committee", "McDonald Park Committee"),
])
def test_capitals_cased_word_by_word(printed: str, cased: str) -> None:
    assert canonical_body(printed) == cased


def _lines(texts: list[str]) -> list[Line]:
    return [Line(t, 1) for t in texts]


def test_a_name_with_a_capital_inside_takes_the_printed_case() -> None:
    lines = _lines(["MCDONALD PARK COMMITTEE", "MINUTES", "Cllr McDonald opened the meeting."])
    assert meeting_body(lines, lines) == "McDonald Park Committee"


def test_a_name_printed_plain_in_the_text_stays_plain() -> None:
    lines = _lines(["MCDONALD PARK COMMITTEE", "MINUTES", "Mcdonald Park was discussed; McDonald spoke."])
    assert meeting_body(lines, lines) == "Mcdonald Park Committee"


def test_an_acronym_printed_in_capitals_everywhere_stays() -> None:
    lines = _lines(["ABC TRANSIT BOARD", "MINUTES", "ABC staff reported on ridership."])
    assert meeting_body(lines, lines) == "ABC Transit Board"
