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

Where the section's heading is set in bold and its numbered entries in body type, each entry
holding nothing but its own line, the motion on the section straight after them ("3. Consent
Calendar" in bold / "3.1 Minutes of the May 14, 2025 regular meeting" / "3.2 Ridership report,
April 2025" / "Motion … to approve the consent calendar.") the entries are the lines of the
list the motion carries, not items: `section_entries` names those headings, and the section
keeps their lines as its text. Without type to tell them apart (plain text) the entries stay
items, as the minutes number them.
"""
from __future__ import annotations

import re

from .records import Item, Line
from .segment_items import Heading

__all__ = ["section_motions_to_parent", "section_entries"]

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


def section_entries(headings: list[Heading], lines: list[Line]) -> set[int]:
    """The indices (into `lines`) of the headings that are entries of a section's list carried
    by one motion on the section (see the module docstring), to be read as the section's text."""
    out: set[int] = set()
    for k, parent in enumerate(headings):
        if not parent.number or not lines[parent.index].bold:
            continue
        kids = []
        for h in headings[k + 1:]:
            if not _child_of(h.number, parent.number):
                break
            kids.append(h)
        if len(kids) < 2 or any(lines[h.index].bold or h.title.isupper() for h in kids):
            continue
        # each entry holds its own line(s) only, up to the next entry
        if any(a.index + a.span != b.index for a, b in zip(kids, kids[1:])):
            continue
        # … and the last is followed by the motion on the section (its opening may wrap over
        # a line or two above the words that name it)
        end = kids[-1].index + kids[-1].span
        stop = next((h.index for h in headings if h.index > kids[-1].index), len(lines))
        after = lines[end:min(stop, end + 3)]
        if any(_names(l.text, parent.title) for l in after) and after and _MOTION.search(after[0].text):
            out.update(h.index for h in kids)
    return out
