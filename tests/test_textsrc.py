"""Plain-text and Markdown sources: emphasis marks are read as layout, never kept as text."""
from __future__ import annotations

import pytest

from pipeline.segment import segment
from pipeline.textsrc import emphasis, read_text


@pytest.mark.parametrize("text,plain,bold", [
    ("**MEMBERS PRESENT:**", "MEMBERS PRESENT:", True),
    # a converter closes and reopens the bold between words: the date must read whole
    ("**THE COUNCIL CHAMBER, ON MONDAY, 25TH** **MARCH, 2019 AT**",
     "THE COUNCIL CHAMBER, ON MONDAY, 25TH MARCH, 2019 AT", True),
    ("**LOCAL** **AUTHORITY MEMBERS’ ASSOCIATION**", "LOCAL AUTHORITY MEMBERS’ ASSOCIATION", True),
    ("**1.**", "1.", True),
    ("**REPLY**:", "REPLY:", True),
    ("## **Item 1: Call to Order**", "## Item 1: Call to Order", True),
    ("__Apologies__", "Apologies", True),
    # bold inside a sentence: the marks go, the line is no bold heading
    ("**PRESENT IN THE CHAIR:** Councillor J. Collins, Mayor.",
     "PRESENT IN THE CHAIR: Councillor J. Collins, Mayor.", False),
    ("the motion was **carried** by __five__ votes", "the motion was carried by five votes", False),
    ("herein effective January 1, 2026**.", "herein effective January 1, 2026.", False),
    # bold italics is a quoted motion, a bullet before the bold a list entry: no heading
    ("***I will ask at the next meeting***", "I will ask at the next meeting", False),
    ("\uf0b7 **Joint Policing Committee**", "\uf0b7 Joint Policing Committee", False),
    ("* **New** Apache Aries Blueprint", "* New Apache Aries Blueprint", False),
    # near cases: marks that mark nothing stay as printed
    ("Resolution No. ______, Series of 2025", "Resolution No. ______, Series of 2025", False),
    ("Resolution Number __, Series of 2024", "Resolution Number __, Series of 2024", False),
    ("*** Mayor Johnson called a recess at 7:55 p.m. ***",
     "*** Mayor Johnson called a recess at 7:55 p.m. ***", False),
    ("** Thomas Andraschko (November 2014)", "** Thomas Andraschko (November 2014)", False),
    ("A plain line", "A plain line", False),
    # backslash escapes are undone: the blank to sign on, a literal star; a path stays
    ("**\\_\\_\\_\\_\\_\\_**", "______", True),
    ("Cost was \\*estimated\\* at 5", "Cost was *estimated* at 5", False),
    ("Saved under C:\\Users\\clerk", "Saved under C:\\Users\\clerk", False),
])
def test_emphasis(text: str, plain: str, bold: bool) -> None:
    assert emphasis(text) == (plain, bold)


def test_a_numbered_run_in_heading_keeps_its_marks_for_the_segmenter() -> None:
    text = "**3. Sunday hours pilot.** The Director presented the **final** figures."
    assert emphasis(text) == ("**3. Sunday hours pilot.** The Director presented the final figures.", False)
    # a run-in the segmenter reads no number in, and an unnumbered run-in label, are plain text
    assert emphasis("**Item 4 (e)** **–** **Additional Expenditure 2019:** Circulated, report.") == (
        "Item 4 (e) – Additional Expenditure 2019: Circulated, report.", False)
    assert emphasis("**10th April, 2019. -** John Gilligan.") == ("10th April, 2019. - John Gilligan.", False)


MINUTES = """[Original file](https://example.org/minutes.pdf)

---
**MINUTES OF PROCEEDINGS AT MEETING OF RIVERDALE COUNTY COUNCIL HELD IN**

**THE COUNCIL CHAMBER, RIVERDALE, ON MONDAY, 25TH** **MARCH, 2019 AT**

**3PM.**

**PRESENT IN THE CHAIR:** Councillor J. Byrne, Cathaoirleach.

**1.**

**Adoption of Minutes**

Circulated, copies of draft Minutes of the following Meetings:

(a)

Ordinary Meeting of the Council held on 28th January, 2019.

Proposed by Councillor Walsh; Seconded by Councillor Nolan; And Resolved.

**2.**

**LOCAL** **AUTHORITY MEMBERS’ ASSOCIATION**

Councillor Walsh was **nominated** to the Association.

**3.**

**Disposal of Land**

Circulated, copy of Statutory Notice dated 19th February, 2019, concerning land at Main Street.
"""


def test_markdown_minutes_read_without_marks(tmp_path) -> None:
    path = tmp_path / "Minutes_-_Council_meeting.md"  # no date in the name to fall back on
    path.write_text(MINUTES, encoding="utf-8")
    doc, pages = read_text(str(path))
    lines = [l for p in pages for l in p.lines if l.text]
    assert not any("**" in l.text for l in lines)
    assert [l.text for l in lines if l.bold][:3] == [
        "MINUTES OF PROCEEDINGS AT MEETING OF RIVERDALE COUNTY COUNCIL HELD IN",
        "THE COUNCIL CHAMBER, RIVERDALE, ON MONDAY, 25TH MARCH, 2019 AT", "3PM."]
    (m,) = segment(doc, pages)
    # the meeting's own date, not that of the minutes it adopts
    assert m.date == "2019-03-25"
    assert [(it.number, it.title) for it in m.items if not it.opening] == [
        ("1", "Adoption of Minutes"), ("2", "LOCAL AUTHORITY MEMBERS’ ASSOCIATION"), ("3", "Disposal of Land")]
    assert not any("**" in it.title or "**" in it.text for it in m.items)
    assert "Councillor Walsh was nominated to the Association." in m.items[-2].text
