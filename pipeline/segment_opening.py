"""The minutes' own text before their first item heading.

Pure functions over `Line`s. Many minutes open with prose before the first heading: the chair
calls the meeting to order, votes of sympathy, a presenter heard out of turn, or (in verbatim
minutes whose only headings come late) most of the meeting. Text no item holds is lost to
search, statements and findings, so the segment stage keeps it in an *opening item* (number "",
title "Opening", `Item.opening` set).

`opening_lines` picks that text from the lines between the end of the title block and the first
accepted heading. It is never:
- the title block (the body, "MINUTES OF …", date, time and place lines: no sentences);
- an attendance block: a label ("Present:", "Apologies", "OFFICIALS IN ATTENDANCE:", a table
  header) and the lines of names and offices under it, up to the next line of prose — those
  lines are read as attendees, not as text;
- an agenda listed above the minutes (the caller passes those lines in `exclude`);
- a link to the source file or a rule ("[Original file](https://…)", "---").
It starts at the first line of prose (a sentence: several words, many of them in lower case)
outside those blocks, and keeps nothing when fewer than `opening_min_words` words are left.
"""
from __future__ import annotations

import re

from .records import Line
from .segment_agenda import AGENDA_TITLE
from .segment_attendees import is_attendance_header, label_of
from .segment_config import CONFIG
from .segment_dates import find_dates

__all__ = ["opening_lines", "is_prose", "OPENING_TITLE"]

OPENING_TITLE = "Opening"
MIN_WORDS = CONFIG["opening_min_words"]  # fewer words than this before the first heading: no item
PROSE_LOWER = CONFIG["opening_prose_lower"]  # share of lower-case words that makes a line prose

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
# a line that is a link ("[Original file](https://…)", a bare address), not a sentence naming one
_LINK = re.compile(r"^\W*(?:\[[^\]]*\]\(|https?://|www\.)")
# a title line, however long: "MINUTES of the meeting of the Parish Council held on …"
_TITLE_LINE = re.compile(r"^\W*(?:(?:approved|draft|unapproved|amended|final)\s+)?minutes\s+of\b", re.I)
_URL = re.compile(r"(?:https?://|www\.)\S+")
_RULE = re.compile(r"^\W*$")
# "Apologies were received from …", "An apology for his inability to attend the Meeting was
# received from …" (label_of reads most of them)
_APOLOGIES = re.compile(r"^\W*(?:an\s+)?apolog(?:y|ies)\b", re.I)
# a field of the title block ("PLACE: Manhattan Borough President's Office" / "1 Centre Street …"
# under it): its lines belong to the header like those of an attendance label
_FIELD = re.compile(r"^\W*(?:date|time|place|location|venue|where|status|dial[- ]in|video\s+call)"
                    r"(?:\s+[a-z]+){0,2}\s*:", re.I)


def is_prose(text: str) -> bool:
    """Whether a line reads as running text: at least four words, a share `PROSE_LOWER` of them
    in lower case ("Sympathy was extended to the following on their recent bereavements:"), where
    a list of names and offices ("Chief Executive (Mr. C. Murray), Deputy Chief Executive and
    Director,") or a title line in capitals has few or none."""
    if _LINK.search(text):
        return False
    words = _WORD.findall(_URL.sub(" ", text.replace("**", " ")))
    if len(words) < 4:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower >= PROSE_LOWER * len(words)


def _block_label(text: str, header: bool) -> bool:
    """An attendance label, or (in the header, before the text) a field of the title block: a
    block of names or details opens."""
    text = text.replace("**", "")
    return bool(label_of(text) or is_attendance_header(text) or _APOLOGIES.match(text)
                or header and _FIELD.match(text))


def _titled(text: str) -> bool:
    return bool(_TITLE_LINE.match(text.replace("**", "")) or find_dates(text))


def opening_lines(lines: list[Line], start: int, end: int, exclude: set[int] | None = None) -> list[Line]:
    """The lines of `lines[start:end]` that make the opening item (see the module docstring), or
    [] when they hold fewer than `MIN_WORDS` words. `exclude`: indexes that are never text of
    their own here (an agenda listed above the minutes, a numbered list of those present)."""
    exclude = exclude or set()
    kept: list[Line] = []
    label: Line | None = None  # the label of the attendance block being read, if any
    hangs = False  # every line since the label hung indented under it
    title_runs_on = False  # the line above was a title line that did not end a sentence
    begun = False
    # the title block as the headings read it may run on into the first sentences (a heading
    # "… special meeting at Lincoln Hospital …" among its first lines): the prose right above
    # `start`, up to a title or date line, opens the text
    while 0 < start <= len(lines) and is_prose(lines[start - 1].text) and not _titled(lines[start - 1].text):
        start -= 1
    # read from the top, so that a label in the title block ("PLACE:", "Present:") still holds
    # the lines under it; keep nothing above `start`
    for k in range(min(end, len(lines))):
        line = lines[k]
        text = line.text.strip()
        if AGENDA_TITLE.match(text.replace("**", "")):
            break  # "AGENDA": what follows is the agenda and its notices, not the minutes' text
        if _block_label(text, not begun):
            title_runs_on = False
            # lines hang under a label that opens a list ("Roll Call – Present: …",
            # "Attendees:", "Invited  Nikki Sturmey (…), Krystal Vittles (Libraries"), not under
            # an office printed alone in a letterhead ("CHAIRPERSON")
            lab = label_of(text.replace("**", ""))
            label, hangs = line, bool(re.search(r"[:–—-]", text) or lab and lab[1].strip())
            continue
        if k in exclude or not text or _RULE.match(text) or _LINK.search(text):
            continue
        prose = is_prose(text)
        if not begun and (_titled(text) or title_runs_on and len(text.split()) <= 8):
            # a title or date line, and the lines that go on from it before a sentence ends
            # ("… held on Monday 3 June 2024 at 7.30 pm" / "in the Village Hall")
            title_runs_on = not re.search(r"[.!?]\W*$", text)
            continue
        title_runs_on = False
        # names and offices under the label, and the lines that hang indented right under it
        # ("Roll Call – Present: Councilmembers …" / "        Vella and Mayor Ezzy Ashcraft – 5.
        # [Note: The meeting was" / "        held via Zoom.]")
        hangs = hangs and label is not None and line.x0 > label.x0 + 4
        if label is not None and (not prose or hangs):
            continue
        label = None
        if k < start or not begun and not prose:
            continue  # the title block, above the first sentence
        begun = True
        kept.append(line)
    words = sum(len(_WORD.findall(l.text)) for l in kept)
    return kept if words >= MIN_WORDS else []
