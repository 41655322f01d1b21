"""A line that only numbers the page ("Page 3 of 15", as the RTD Denver board minutes' text
export keeps its PDF footer) is running text, no line of the minutes; near lines stay."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.textsrc import read_text


@pytest.mark.parametrize("marker", ["Page 3 of 15", "Page 3", "page 12 / 40", "- 3 -", "– 3 –", "3 | Page",
                                    "Page | 3"])
def test_a_page_number_line_is_running_text(tmp_path: Path, marker: str) -> None:
    f = tmp_path / "m.txt"
    f.write_text(f"The Board approved the budget.\n\n{marker}\n\nDirector Whitmore seconded the motion.\n")
    _, pages = read_text(str(f))
    texts = [l.text for l in pages[0].lines]
    assert marker not in texts
    assert pages[0].running == [marker]
    assert "The Board approved the budget." in texts and "Director Whitmore seconded the motion." in texts


@pytest.mark.parametrize("line", ["3", "Ayes: 9", "See page 3 of the report.", "Page 3 of 15 was amended.",
                                  "- Item 3 -", "II."])
def test_near_lines_stay(tmp_path: Path, line: str) -> None:
    f = tmp_path / "m.txt"
    f.write_text(f"Minutes\n{line}\nEnd\n")
    _, pages = read_text(str(f))
    assert line in [l.text for l in pages[0].lines]
    assert pages[0].running == []
