"""A motion on a whole section printed under its last sub-item belongs to the section.

US consent calendars list their sub-items and then carry them in one motion:

    5. CONSENT CALENDAR
    5.1 Minutes of the February 19, 2025 Regular Meeting
    5.2 Warrant List for February and March 2025
    Motion by Director Brennan, second by Director Cheung, to approve the Consent Calendar. …

Read by headings alone, the motion is the text of "5.2 Warrant List …". It names the section
("the Consent Calendar"), not the sub-item: from the line that names the section's title in a
motion on (with the lines of that motion above it, where its opening wrapped), the last
sub-item's text is the section's.
"""
from __future__ import annotations

import re

from .records import Item

__all__ = ["section_motions_to_parent"]

_MOTION = re.compile(r"\b(?:mov(?:ed|es|e)|motion|second(?:ed)?|approv\w*|adopt\w*|carried|resolved)\b",
                     re.I)


def _child_of(child: str, parent: str) -> bool:
    p = parent.strip().rstrip(".")
    return bool(p) and child.strip() != parent.strip() and bool(
        re.match(rf"{re.escape(p)}(?:[.\-]|\s*\()\s*[A-Za-z0-9]", child.strip()))


def _names(line: str, title: str) -> bool:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return len(words) >= 2 and bool(re.search(r"\b" + r"\W+".join(words) + r"\b", line.lower())) \
        and bool(_MOTION.search(line))


def section_motions_to_parent(items: list[Item]) -> None:
    """Move the trailing motion on a section from its last sub-item to the section (in place)."""
    for k, parent in enumerate(items):
        if not parent.number:
            continue
        last = k
        while last + 1 < len(items) and _child_of(items[last + 1].number, parent.number):
            last += 1
        if last == k:
            continue
        child = items[last]
        at = next((n for n in range(1, len(child.lines))
                   if _names(child.lines[n].text, parent.title)), None)
        if at is None:
            continue
        while at > 1 and _MOTION.search(child.lines[at - 1].text) \
                and not re.search(r"[.;:]\s*$", child.lines[at - 1].text):
            at -= 1  # the motion's opening wrapped on the line above ("Motion by Vice Chair Ortega, seconded by Member" / "Sorensen, to approve the consent calendar.")
        moved = child.lines[at:]
        cut = child.text.find(moved[0].text.strip())
        if cut < 0:
            continue
        child.text = child.text[:cut].strip()
        child.lines = child.lines[:at]
        child.page_end = child.lines[-1].page
        parent.text = " ".join(t for t in (parent.text, " ".join(l.text for l in moved)) if t).strip()
        parent.lines = list(parent.lines) + moved
        parent.page_end = max(parent.page_end, moved[-1].page)
