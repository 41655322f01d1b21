"""Segment stage: pages of positioned lines -> meetings with attendees and agenda items.

Contract: `segment(doc, pages) -> list[Meeting]` is a pure data-assembly step over `Line` fields
(text, page, x0, top, size, bold, note); it never reads files. Text that holds no recognisable
meeting yields a meeting with empty fields or an empty list. A fault in one step (items, date,
body, attendees, …) is contained by `segment_faults.StageGuard`: the step's fallback is used and
a warning naming the file, page and step goes on `doc.warnings`; a fault that leaves nothing
worth storing raises `InputError` for the file, never an empty result in silence.

- A file holding several meetings (a special then a regular meeting in one PDF) is split where a
  "MINUTES OF THE … MEETING" header opens a page and a date follows it.
- The date is the meeting's own (see `segment_dates.meeting_date`); "" when none is printed.
- Attendees come only from labelled attendance blocks (`segment_attendees`), including attendance
  tables of label | name (initials) | role (`segment_table`); speakers are not attendees.
- Items are the detected headings (`segment_items`), each spanning the lines up to the next one.
- Ids are content-derived: meeting "<sha256[:12]>-<index>", item "<meeting id>-<seq>".
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import replace

from .errors import InputError
from .records import Document, Item, Line, Meeting, Page
from .segment_attendees import find_attendees, is_attendance_header, label_of, listed_names
from .segment_agenda import listed_agenda, minutes_start
from .segment_body import meeting_body
from .segment_captions import table_fragments
from .segment_config import CONFIG
from .segment_dates import (date_from_name, document_years, find_dates, meeting_date, prefers_day_first,
                            printed_weekday)
from .segment_faults import StageGuard
from .segment_items import Heading, detect_headings, parse_number, run_in_rest
from .segment_motion_table import motion_table_rows
from .segment_opening import OPENING_TITLE, is_prose, opening_lines
from .segment_pagehead import page_header_headings
from .segment_sections import section_entries, section_motions_to_parent
from .segment_table import vote_table_rows

__all__ = ["segment", "split_meetings", "meeting_title", "meeting_body"]

_START = re.compile(
    r"^\s*(?:(?:approved|draft|unapproved|amended|final)\s+)?minutes\s+of\s+(?:the\s+)?"
    r"(?:proceedings\b|.*\bmeeting\b|.*\bsession\b)", re.I)
_TITLE = re.compile(
    r"\b((?:special\s+joint|joint\s+special|regular\s+joint|special|regular|annual(?:\s+general)?|"
    r"adjourned|extraordinary|ordinary|full|closed|emergency|general|public|open|board|"
    r"commission|council|committee|reconvened|continued|workshop)\s+(?:board\s+)?meeting)\b", re.I)
RECURRING = CONFIG["recurring_heading_count"]  # an unnumbered heading printed this often is a sub-heading
_BODY_WORDS = re.compile(
    r"\b(council|board|committee|commission|association|authority|foundation|directors|trustees|"
    r"assembly|cabinet|panel|society|agency|district|forum|parish|corporation)\b", re.I)
_VENUE = re.compile(
    r"^\s*(?:place|venue|location|where|held\s+(?:at|in))\s*[:\-–]?\s+(?P<v>\S.*)$", re.I)


# "Page 2", "Page 3 of 7" under a minutes header: the running header of a meeting's later page
_PAGE_ON = re.compile(r"^\s*page\s+(?:[2-9]|[1-9]\d{1,2})(?:\s+of\s+\d+)?\s*$", re.I)


def split_meetings(lines: list[Line]) -> list[tuple[int, int]]:
    """(start, end) line ranges, one per meeting. A new meeting starts at a minutes header among
    the first lines of a page, followed within a few lines by a date; one range otherwise."""
    starts: list[int] = []
    for i, line in enumerate(lines):
        first_on_page = i == 0 or lines[i - 1].page != line.page
        near_top = first_on_page or (i >= 1 and any(
            lines[k].page != line.page for k in range(max(0, i - 3), i)) or i < 3)
        if near_top and _START.match(line.text):
            if any(_PAGE_ON.match(l.text) for l in lines[i + 1:i + 4] if l.page == line.page):
                continue  # "Minutes of the Regular Meeting … / Page 2": the header of a later page
            window = " ".join(l.text for l in lines[i:i + 6])
            if find_dates(window) and not _repeats_meeting(lines, i, starts[-1] if starts else 0):
                # the body's name printed above the header on its page opens the meeting too
                top = i
                while top > 0 and lines[top - 1].page == line.page and i - top < 3:
                    top -= 1
                if not starts or top - starts[-1] > 5:
                    starts.append(top)
    if not starts:
        starts = [0]
    elif starts[0] > 0:
        # Lines before the first header are a cover sheet, or a meeting of their own.
        starts = ([0] + starts) if _has_meeting_before(lines[:starts[0]]) else [0] + starts[1:]
    return [(s, e) for s, e in zip(starts, starts[1:] + [len(lines)]) if e > s]


# the opening of a meeting under its header: a call to order or a roll call
_OPENS = re.compile(r"\b(?:call(?:ed)?\s+(?:the\s+meeting\s+)?to\s+order|(?:re)?convened|roll\s+call|"
                    r"opened\s+the\s+meeting|present\s*:)", re.I)


def _repeats_meeting(lines: list[Line], i: int, prev: int) -> bool:
    """Whether the minutes header at `i` is the running header of the meeting opened at `prev`
    ("Minutes of the Regular Meeting of the / Pension Board — Monday, April 30, 2018" atop page 2):
    the same date and kind of meeting, and no call to order or roll call under it. A second
    meeting the same day is of another kind (a special, then a regular meeting) or opens anew."""
    if i <= prev:
        return False
    here, there = lines[i:i + 6], lines[prev:prev + 6]
    same_date = ([d.iso for d in find_dates(" ".join(l.text for l in here))][:1]
                 == [d.iso for d in find_dates(" ".join(l.text for l in there))][:1])
    return (same_date and meeting_title(here) == meeting_title(there)
            and not any(_OPENS.search(l.text) for l in lines[i:i + 10]))


def _has_meeting_before(lines: list[Line]) -> bool:
    """Whether lines before the first minutes header hold a meeting of their own (a date and
    real text), rather than a cover sheet."""
    return len(lines) > 15 and bool(find_dates(" ".join(l.text for l in lines[:20])))


_KIND = re.compile(
    r"\b(special\s+joint|joint\s+special|regular\s+joint|special|regular|annual\s+general|annual|"
    r"extraordinary|ordinary|adjourned|emergency|closed|full|reconvened|continued|joint)\b", re.I)


def meeting_title(lines: list[Line], body: str = "") -> str:
    """"Regular Meeting", "Special Joint Meeting", "Board Meeting" … from the opening lines:
    the kind of meeting named on a line that says "meeting", else "<Body> Meeting" ("Meeting"
    when `body` ends in that word already: the title follows the body, as in "Sundar Devi …
    Executive Committee · Meeting", never "… Executive Committee Committee Meeting")."""
    title = _meeting_title(lines)
    words = title.split()
    if len(words) == 2 and body.split() and body.split()[-1].lower() == words[0].lower() \
            and words[0].lower() in ("board", "commission", "council", "committee"):
        return words[1]
    return title


def _meeting_title(lines: list[Line]) -> str:
    for line in lines[:15]:
        if re.search(r"\bmeeting\b", line.text, re.I):
            m = _KIND.search(line.text)
            if m:
                return " ".join(w.capitalize() for w in m.group(1).split()) + " Meeting"
    for line in lines[:15]:
        m = _TITLE.search(line.text)
        if m:
            return " ".join(w.capitalize() for w in m.group(1).split())
    for line in lines[:15]:
        if re.search(r"\bminutes\b", line.text, re.I) and re.search(r"\bmeeting\b", line.text, re.I):
            return "Meeting"
    return ""


def _venue(lines: list[Line]) -> str:
    for line in lines[:20]:
        m = _VENUE.match(line.text)
        if m:
            return m.group("v").strip()
    return ""


_STAMP = re.compile(r"^\W*(?:approved|adopted|ratified|confirmed|accepted|signed)\b.{0,60}\b(?:on|by)\b", re.I)


def _header_end(lines: list[Line], headings: list[Heading]) -> int:
    """Index of the first line that may hold an unnumbered heading: after the title and date
    lines of the opening block (at most its first 15 lines)."""
    end = 0
    for i, line in enumerate(lines[:15]):
        if _STAMP.match(line.text):
            continue  # "Approved by the Board on April 9th, 2024" above the title: not the header's end
        if find_dates(line.text) or _START.match(line.text) or _TITLE.search(line.text) \
                or re.match(r"^\s*(status|date|time|place|location|venue|title\s+of\s+meeting)\b", line.text, re.I) \
                or re.search(r"\bminutes\b|\bagenda\b", line.text, re.I) and len(line.text) < 40 and i < 6:
            end = i + 1
        elif i + 1 < len(lines) and not find_dates(lines[i + 1].text) \
                and find_dates(f"{line.text} {lines[i + 1].text}"):
            # the date wrapped over two lines ("… Hawera on Wednesday 12 February" / "2025 at
            # 9.30am"): the header ends after the second
            end = i + 2
        elif end and any(h.index == i for h in headings):
            if _BODY_WORDS.search(line.text) and not any(h.number for h in headings if h.index == i) \
                    and any(
                    find_dates(l.text) for l in lines[i + 1:min(i + 4, 15)]):
                continue  # the body's name over the title and date, under a line read first (a
                # running header a one-page file cannot show to repeat): still the header
            break
    return end


_APPENDIX = re.compile(
    r"^\W*(?:appendix|appendices|annex|annexe|attachment|enclosure)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4})\b"
    r"(?:\s*[–—:.-]\s*\S.*)?$", re.I)


def appendix_start(lines: list[Line]) -> int:
    """Index of the line where appendices printed after the minutes begin ("Appendix A – Chief
    Executive's Report" opening a page after the first), or len(lines). A report or a budget
    table appended to the minutes says what it says: its headings are no agenda items and its
    text no part of the last item. A labelled appendix heading opens its own page in minutes of
    any body, where a reference to it in the text ("her report (Appendix A)") never does."""
    for i, line in enumerate(lines):
        if line.page == lines[0].page or len(line.text) > 120:
            continue
        top_of_page = i == 0 or lines[i - 1].page != line.page \
            or (i >= 2 and lines[i - 2].page != line.page and len(lines[i - 1].text) < 40)
        if top_of_page and _APPENDIX.match(line.text.strip()):
            return i
    return len(lines)


_MEETING_WORD = re.compile(r"\bmeeting\b", re.I)


def _foot_start(lines: list[Line]) -> int:
    """Index where the footer printed at the foot of the minutes' last page begins ("Special
    Meeting" / "Alameda City Council" / "September 27, 2022" in smaller print under the signature),
    or len(lines). A file of one page cannot show it to repeat, so layout leaves it; it names
    the meeting and its date and is no agenda item. Only lines in print smaller than the text's
    own, without a sentence among them, make it."""
    sized = [round(l.size) for l in lines if l.size]
    if not lines or not sized:
        return len(lines)
    body = Counter(sized).most_common(1)[0][0]
    i = len(lines)
    while i > 0 and lines[i - 1].page == lines[-1].page and lines[i - 1].size \
            and lines[i - 1].size < body - 1 and not is_prose(lines[i - 1].text):
        i -= 1
    foot = " ".join(l.text for l in lines[i:])
    if i < len(lines) and len(lines) - i <= 6 and _MEETING_WORD.search(foot) and find_dates(foot):
        return i
    return len(lines)


def _items(lines: list[Line], mid: str) -> list[Item]:
    lines = lines[:appendix_start(lines)]
    lines = lines[:_foot_start(lines)]
    # Attendance labels are not headings, except a "Roll Call" agenda item.
    # An inline "Roll Call – Present: …" is attendance, a "Roll Call" heading is an item.
    skip = {i for i, l in enumerate(lines) if label_of(l.text) and not (
        re.search(r"roll\s+call", l.text, re.I) and not re.search(r"\b(present|absent)\b", l.text, re.I))}
    # the header row of an attendance table ("Trustee  Position  Attendance") names columns
    skip |= {i for i, l in enumerate(lines) if is_attendance_header(l.text)}
    headings = detect_headings(lines, skip=skip)
    # a numbered list of those present ("1. Shri Ramesh K. Menon – Chairman") is no agenda; where
    # its numbers won over the items' ("Subject No. 1: …" starting again from 1), read the
    # headings again without it
    names = listed_names(lines)
    if any(h.index in names for h in headings) \
            and not any(h.number and h.index not in names for h in headings):
        headings = detect_headings(lines, skip=skip, names=set(names))
    start = _header_end(lines, headings)
    headings = [h for h in headings if h.kind not in ("plain", "bullet") or h.index >= start]
    headings = [h for h in headings if h.index not in names]
    headings = _drop_recurring(headings, lines)
    headings = _drop_banners_going_on(headings, lines)
    page_heads = page_header_headings(headings, lines)  # "City of Alameda" atop page 2: no item
    headings = [h for h in headings if h.index not in page_heads]
    tables = table_fragments(headings, lines)  # "Table 1: …", "Amount" over a column of figures
    headings = [h for h in headings if h.index not in tables]
    listed = listed_agenda(headings, lines)  # the agenda listed above the minutes it repeats
    headings = [h for h in headings if h.index not in listed]
    # a consent calendar's entries in body type under its bold heading, carried by one motion
    entries = section_entries(headings, lines)
    headings = [h for h in headings if h.index not in entries]
    if len(headings) > 1 and headings[-1].kind == "plain" and _ACTION_LOG.match(headings[-1].title) \
            and any(h.number for h in headings[:-1]):
        # The table of actions closing numbered minutes ("Action log", "Summary of actions")
        # restates the items' actions; it is no agenda item, and its rows stay with the last item.
        headings = headings[:-1]
    if headings and headings[-1].kind == "plain" and (_SIGNATORY.match(headings[-1].title)
                                                       or _SIGNATORIES.match(headings[-1].title)
                                                       or _signed_after_closing(headings[-1], lines)) \
            and headings[-1].index + headings[-1].span >= len(lines) and any(h.number for h in headings):
        # the office under a signature at the foot of numbered minutes ("Municipal Secretary",
        # "Chairperson"), with nothing below it: who signs, not an agenda item; so is a name and
        # office under the sentence closing the meeting ("The meeting closed at 8.35 pm." / "J
        # Quayle, Chairman")
        headings = headings[:-1]
    # a line with blanks to sign on ("CONFIRMED: ________ MAYOR ________ TOWN CLERK") is where
    # the minutes are signed, never an agenda heading
    headings = [h for h in headings if not (h.kind == "plain" and (_sign_line(lines[h.index].text.strip())
                                                                   or _sign_label_under_blank(lines, h.index)))]
    # "PART B – EXEMPT ITEMS": a division of the agenda ends the item above and is none itself
    parts = [i for i, l in enumerate(lines) if _PART.match(l.text) and len(l.text) < 90
             and (l.bold or l.text.isupper()) and i >= start]
    bounds = sorted({h.index for h in headings} | set(parts))
    headings = [h for h in headings if h.index not in parts]
    items: list[Item] = []
    # the prose between the opening block and the first heading ("The Chair opened the meeting
    # …", votes of sympathy, verbatim minutes whose first heading comes late): an opening item
    opening = opening_lines(lines, start, headings[0].index, skip | names | listed) if headings else []
    if opening:
        items.append(Item(
            id=f"{mid}-0", meeting_id=mid, number="", title=OPENING_TITLE,
            page_start=opening[0].page, page_end=opening[-1].page,
            text=" ".join(l.text for l in opening).strip(), seq=0, lines=opening, opening=True))
    first = len(items)
    for n, h in enumerate(headings):
        seq = first + n
        end = next((b for b in bounds if b > h.index), len(lines))
        chunk = lines[h.index:end]
        while n == len(headings) - 1 and len(chunk) > h.span + 1 \
                and (_SIGNATORY.match(chunk[-1].text.strip()) or _SIGNATORIES.match(chunk[-1].text.strip())) \
                and not re.search(r"(?:\b(?:vice|deputy|acting|the|and|of|by|to)|,)\s*$", chunk[-2].text, re.I):
            chunk = chunk[:-1]  # the office of the one who signs, under the last item's text
        if h.number_beside_text and len(chunk) > h.span:
            # the number beside the item's first line of text: the text starts after it
            lead = parse_number(chunk[h.span].text)
            if lead and lead[0] == h.number:
                chunk = chunk[:h.span] + [replace(chunk[h.span], text=lead[1])] + chunk[h.span + 1:]
        body = chunk[h.span:]
        title = _full_title(h, chunk)
        first_text = chunk[0].text
        # An inline heading ("Treasurer's Report – Robin – All assessments …") keeps its text.
        rest = ""
        if h.kind == "plain" and len(first_text.strip()) > len(h.title) + 3:
            rest = first_text.strip()[len(h.title):].strip(" :–—-")
        elif h.kind not in ("file", "bullet"):
            rest = run_in_rest(first_text)  # "**3. Sunday hours pilot.** The Director …"
            if rest:  # the heading names the item; its line's statements start after it
                chunk = [replace(chunk[0], text=rest)] + chunk[1:]
        text = " ".join(([rest] if rest else []) + [l.text for l in body]).strip()
        items.append(Item(
            id=f"{mid}-{seq}", meeting_id=mid, number=h.number, title=title,
            page_start=chunk[0].page, page_end=chunk[-1].page, text=text, file_id=h.file_id,
            seq=seq, lines=list(chunk)))
    if items:
        _drop_signature(items[-1])
    section_motions_to_parent(items)  # "… to approve the Consent Calendar" under its last sub-item
    return items


# A line left for a signature: a label and a blank to sign on ("Signed: ________ (Chairperson)",
# "Chairman ........ Date ......", "Mayor ______  Executive Secretary ______"), or the blank alone.
# ("Record approved: ______ (Co-Chair)  ______ (Co-Chair)": a blank for each office, set in italics)
_SIGN_LABEL = (r"(?:(?:[A-Z][a-z]+\s+){0,2}?)(?:signed|signature|chair(?:man|woman|person)?|secretary|clerk|"
               r"president|mayor|date|confirmed|approved|attest(?:ed)?|(?:record|minutes)\s+(?:approved|confirmed))")
_BLANK = r"(?:_{4,}|\.{6,}|…{3,})[\s_.…]*"
_SIGN_OFFICE = r"(?:\([A-Za-z ,-]{0,40}\)[\s_.…]*)?"
_SIGN_LINE = re.compile(
    rf"^[\W_]*(?:{_SIGN_LABEL}\b[^_.…\n]{{0,40}}?)?[\s:]*{_BLANK}{_SIGN_OFFICE}"
    rf"(?:{_SIGN_LABEL}[\s:]*{_BLANK}|(?:{_BLANK}{_SIGN_OFFICE})+)?"
    # "CONFIRMED: ________ MAYOR ________ TOWN CLERK": each office after its blank; "ATTEST:
    # ________ Melissa Tran, City Secretary": the name of who signs before the office
    rf"(?:(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w.'’-]*,\s*(?={_SIGN_LABEL}))?(?:{_SIGN_LABEL})?[*_\s]*$", re.I)


# What opens or fills a signature block without a blank on its line: "Minutes confirmed by:",
# "Confirmed by: ________ Chairman" (the office after the blank), "Signed: Chiefdom Speaker" (a
# scan whose blank OCR did not read)
_SIGN_LEAD = re.compile(
    rf"^\W*(?:minutes\s+)?(?:confirmed|signed|approved|certified)(?:\s+as\s+a\s+(?:true|correct)\s+record)?"
    rf"\s+by\s*[:,]?\s*(?:{_BLANK}(?:[A-Z][\w.'’-]*\s*){{0,4}})?$|"
    # ("Confirmed: Mayor CEO": the offices that sign, the blanks lost to OCR)
    rf"^\W*(?:signed|confirmed)\s*:\s*(?:{_BLANK})?(?:[A-Z][\w.'’-]*\s*){{1,4}}$|"
    # "Approved by the Board on ____________": the date of approval left blank
    rf"^\W*(?:confirmed|approved|adopted)\s+by\s+the\s+[A-Z]?\w+(?:\s+\w+)?\s+on\s*:?\s*{_BLANK}$", re.I)
# who signs, name and office, printed under the blanks to sign on ("Patricia Okafor, Chair
# Karen Whitfield, Executive Director")
_SIGNED_UNDER = re.compile(r"^(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*){1,3}$")
# the name of whoever signs, under "Confirmed by," ("Mr Ong Teck Whye")
_SIGN_NAME = re.compile(r"^(?:(?:Mr|Mrs|Ms|Mdm|Madam|Dr|Prof|Hon|Cllr)\.?\s+)?(?:[A-Z][\w.'’-]*\s*){1,5}$")


# "Confirmed this ........ day of ................, 2025": the date of signing left blank
_SIGN_DAY = re.compile(rf"^\W*(?:confirmed|signed|approved|adopted)\s+(?:this|on\s+(?:this|the))\s*{_BLANK}"
                       rf"\s*day\s+of\s*{_BLANK}.{{0,12}}$", re.I)
# "D. Kowalski, Chair ________   A. Petrov, Secretary-Treasurer ________": each signatory named
# before the blank to sign on
_SIGN_NAMED = re.compile(rf"^(?:[A-Z][^_.…\n]{{0,2}}[^_…\n]{{0,48}}?\s{_BLANK}){{1,3}}$")


# the recorder's closing with name and office on one line ("Respectfully submitted, Kathy Brandt,
# Administrative Assistant", "Minutes recorded by: J. Ortiz, Clerk"), as US boards sign off
_RECORDER_SIGNOFF = re.compile(r"^\W*(?:respectfully\s+submitted|(?:minutes\s+)?(?:submitted|recorded|taken|"
                        r"prepared)\s+by)\b[\s,:]*(?:[A-Z][\w.'’/-]*[\s,]*){1,8}$", re.I)


def _sign_line(text: str) -> bool:
    if _RECORDER_SIGNOFF.match(text) and not re.search(r"\b[a-z]{4,}\b", re.sub(
            r"^\W*(?:respectfully\s+submitted|(?:minutes\s+)?\w+\s+by)", "", text, flags=re.I)):
        return True  # (capitalised words only after the closing: a name and an office)
    named = bool(_SIGN_NAMED.match(text)) and "_" in text and not any(
        w[0].islower() and w not in ("of", "the", "and") for w in re.findall(r"[^\W\d_][\w'’-]*", text))
    return bool(_SIGN_LINE.match(text) or _SIGN_LEAD.match(text) or _SIGN_DAY.match(text) or named)


# Signed with no blanks under a place and date (as minutes kept in Germany, Austria or
# Switzerland close): "Duisburg, 4 June 2025" / "Jürgen Albers, Chairman — Petra Kowalczyk,
# Keeper of the minutes" (each signatory's name and office, apart by a dash or a wide gap)
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December)")
_PLACE_DATE = re.compile(rf"^[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){{0,2}},\s+(?:the\s+)?"
                         rf"(?:\d{{1,2}}\.?\s+{_MONTHS}\s+\d{{4}}|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|"
                         rf"\d{{1,2}}\.\d{{1,2}}\.\d{{4}})$")
_SIGNER = (r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+[A-Z][\w'’-]*"
           r"(?:\s+[\w'’-]+){0,4}")
_SIGNERS = re.compile(rf"^{_SIGNER}(?:(?:\s*[—–]\s*|\s+-\s+|\s{{2,}}){_SIGNER}){{1,2}}$")
# the sentence closing the minutes, and the name and office of who signs under it
_CLOSED_AT = re.compile(r"\b(?:meeting|proceedings|session)\s+(?:was\s+|were\s+)?(?:adjourned|closed|ended|"
                        r"concluded|terminated)\b.{0,60}$", re.I)
_NAME_OFFICE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Hon|Cllr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+"
                          r"(?:[A-Z][\w'’-]*\s+){0,3}(?i:secretary|clerk|recorder|chair\w*|president|mayor|"
                          r"sabhapati|sarpanch|pradhan|dean)\.?$")
# the last line of the minutes naming who signs and their office, one or two of them ("Hari
# Prasad Adhikari, Secretary", "O. Kgosiemang, Chairperson     M. Tau, Secretary")
_SIGNED_ONE = (r"(?:(?:(?:Mr|Mrs|Ms|Dr|Hon|Cllr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+"
               r"(?:[A-Z][\w'’-]*\s+){0,3}(?i:secretary|clerk|recorder|chair(?:man|person|woman)?|"
               r"president|mayor|dean)\.?\s*)")
_SIGNED_NAMES = re.compile(rf"^{_SIGNED_ONE}{{1,2}}$")
_TWO_SIGNED = re.compile(rf"^{_SIGNED_ONE}{{2}}$")  # two who sign, side by side on one line
_NEXT_MEETING = re.compile(r"^\W*(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\b.{0,80}$", re.I)
_SUBMITTED = re.compile(r"^\W*(?:respectfully|humbly)\s+submitted\W*$", re.I)
_BRACKETED_NAMES = re.compile(r"^(?:\(\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,4}\s*\)\s*){1,3}$")
_OFFICES_LINE = re.compile(r"^(?:(?:[A-Z][\w'’-]*\s+){0,3}(?i:secretary|chair\w*|president|clerk|mayor|"
                           r"officer|executive|commissioner|member|administrator)"
                           # a joint office ("Secretary-Treasurer", "Clerk/Treasurer")
                           r"(?:[-/][A-Z][\w'’]*)?\s*){1,3}$")
# the heading of a signature block whose lines give each office and who holds it, no blanks to
# sign on ("Signatures" / "Secretary: Tobias Ek" / "Chair: Anna-Karin Sjöberg" / "Adjusters:
# Johan Lindqvist, Per Åkesson", as Swedish and Finnish minutes close with their adjusters)
_SIGNATURES_HEAD = re.compile(r"^\W*(?:signatures?|signed|signed\s+by|signing)\W*$", re.I)
_OFFICE_NAMES = re.compile(r"^\W*(?:[A-Z][\w'’-]*\s+){0,2}[A-Z]?[\w'’-]+\s*:\s*[A-ZÀ-ÖØ-Þ][\w.'’-]*"
                           r"(?:(?:\s+|,\s*|\s+and\s+)[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,7}\W*$")
_SIGNED_MARK = re.compile(r"^\s*(?:sd/-?\s*)+$", re.I)
# a label of a signature block alone on its line ("Signed:", "Date:", "Mayor", "Chairperson")
_BARE_SIGN_LABEL = re.compile(rf"^\W*{_SIGN_LABEL}\W*$", re.I)


def _sign_label_under_blank(lines: list[Line], i: int) -> bool:
    """Whether line i is a signature block's label ("Mayor", "Date:") set alone under a blank
    to sign on ("Signed:" / "________" / "Mayor"): the office of who signs, not a heading."""
    before = [l.text.strip() for l in lines[max(0, i - 3):i] if l.text.strip()][-1:]
    return bool(_BARE_SIGN_LABEL.match(lines[i].text.strip()) and before and _SIGN_LINE.match(before[0]))


def _who_signs(text: str) -> bool:
    """A line of a signature block: a blank to sign on, a name, a name and office, offices."""
    return bool(_sign_line(text) or _SIGN_NAME.match(text) or _NAME_OFFICE.match(text)
                or _SIGNED_UNDER.match(text) or _OFFICES_LINE.match(text))


def _signed_after_closing(h: Heading, lines: list[Line]) -> bool:
    """Whether heading `h` is who signs: a name and office under the sentence closing the meeting,
    or two of them side by side."""
    if _TWO_SIGNED.match(h.title):
        return True
    before = [l for l in lines[:h.index] if l.text.strip()][-1:]
    return bool(_SIGNED_NAMES.match(h.title) and before and _CLOSED_AT.search(before[0].text))


def _drop_signature(item: Item) -> None:
    """The lines left for signatures after the last item's text are no part of it."""
    body = item.lines[1:] if item.lines else []
    k = len(body)
    last = [j for j in range(k) if body[j].text.strip()][-2:]
    if len(last) == 2 and _SIGNED_UNDER.match(body[last[1]].text.strip()) \
            and _sign_line(body[last[0]].text.strip()):
        k = last[1]  # "Patricia Okafor, Chair      Karen Whitfield, Executive Director" under the blanks
    if len(last) == 2 and _SIGNERS.match(body[last[1]].text.strip()) \
            and _PLACE_DATE.match(body[last[0]].text.strip()):
        k = last[0]
    # "Sd/-      Sd/-" over the names and offices of those who signed (Indian and Pakistani
    # minutes): the signatures from there to the end
    sd = [j for j in range(max(0, k - 6), k) if _SIGNED_MARK.match(body[j].text)]
    if sd:
        k = sd[0]
    # "(Kamran Yousaf)   (Brig. Asad Mehmood)" over "Member Secretary   President": the names of
    # those who signed in brackets, their offices under them (Pakistani and Indian minutes)
    # (the offices may be gone already, read as signatories: two names in brackets are enough)
    ends = [j for j in range(k) if body[j].text.strip()][-2:]
    if len(ends) == 2 and _BRACKETED_NAMES.match(body[ends[0]].text.strip()) \
            and _OFFICES_LINE.match(body[ends[1]].text.strip()):
        k = ends[0]
    elif ends and _BRACKETED_NAMES.match(body[ends[-1]].text.strip()) \
            and body[ends[-1]].text.count("(") >= 2:
        k = ends[-1]
    while k > 0 and (_sign_line(body[k - 1].text.strip()) or not body[k - 1].text.strip()):
        k -= 1
    # "Signed:" / "________" / "Mayor" / "Date:" / "________": labels set on lines of their own
    # about the blanks to sign on; a label alone (no blank among them) is left as it is
    j = k
    while j > 0 and (not re.search(r"[^\W_]", body[j - 1].text) or _sign_line(body[j - 1].text.strip())
                     or _BARE_SIGN_LABEL.match(body[j - 1].text.strip())  # a "---" rule, a blank
                     # "______  ______" / "Chairperson   Secretary-Treasurer": the offices under
                     or _OFFICES_LINE.match(body[j - 1].text.strip())):
        j -= 1
    if any(_sign_line(body[x].text.strip()) for x in range(j, len(body)) if body[x].text.strip()):
        k = j
    filled = [j for j in range(k) if body[j].text.strip()]
    heads = [x for x in filled[-6:-1] if _SIGNATURES_HEAD.match(body[x].text.strip())]
    if heads and all(_OFFICE_NAMES.match(body[x].text.strip()) for x in filled if x > heads[-1]):
        k = heads[-1]  # "Signatures" / "Secretary: Tobias Ek" / "Chair: …": who signs
    filled = [j for j in range(k) if body[j].text.strip()][-2:]
    if len(filled) == 2 and _SIGN_NAME.match(body[filled[1]].text.strip()) \
            and _SIGN_LEAD.match(body[filled[0]].text.strip()):
        k = filled[0]  # "Confirmed by," / "Mr Ong Teck Whye": the lead and the name under it
    # "Respectfully submitted," / "Monique Farrell, City Clerk" / "Approved by the City Council on
    # April 1, 2025": the closing of who wrote the minutes, from there to the end
    closing = [j for j in range(k) if body[j].text.strip()][-4:]
    lead = [j for j in closing if _SUBMITTED.match(body[j].text.strip())]
    # … or further up, over who signs (a name, an office, a blank: short lines that are no
    # sentence) and a note under them ("The agenda for this meeting was posted in accordance
    # with the Brown Act.")
    if not lead:
        further = [j for j in range(k) if body[j].text.strip()][-7:]
        lead = [j for j, nxt in zip(further, further[1:]) if _SUBMITTED.match(body[j].text.strip())
                and _who_signs(body[nxt].text.strip())][:1]
    if lead and lead[0] > 0:
        k = lead[0]
        filled = [j for j in range(k) if body[j].text.strip()][-2:]
    if len(filled) == 2 and _CLOSED_AT.search(body[filled[0]].text) \
            and _NAME_OFFICE.match(body[filled[1]].text.strip()):
        k = filled[1]  # "The meeting ended at 12.30 p.m." / "W. M. Senanayake, Chairman": who signs
    three = [j for j in range(k) if body[j].text.strip()][-3:]
    if len(three) == 3 and _CLOSED_AT.search(body[three[0]].text) \
            and _NEXT_MEETING.match(body[three[1]].text) and _NAME_OFFICE.match(body[three[2]].text.strip()):
        k = three[2]  # "The meeting closed at 9.10 p.m." / "Next meeting: …" / "P. Le Tissier, Dean"
    filled = [j for j in range(k) if body[j].text.strip()]
    if len(filled) >= 2 and _TWO_SIGNED.match(body[filled[-1]].text.strip()):
        k = filled[-1]  # "O. Kgosiemang, Chairperson     M. Tau, Secretary": who sign, last of all
    if k == len(body) or not any(l.text.strip() for l in body[:k]):
        return
    drop = [l.text for l in body[k:] if l.text.strip()]
    item.lines = item.lines[:1 + k]
    text = item.text
    for t in reversed(drop):
        at = text.rfind(t)
        if at >= 0:
            text = (text[:at] + text[at + len(t):]).rstrip()
    item.text = text


_SIGNATORY = re.compile(r"^\W*(?:[A-Z][a-z]+\s+){0,2}(?:secretary|chair(?:man|person|woman)?|clerk|"
                        r"president|mayor|commissioner|town\s+clerk|minute\s+taker)\W*$", re.I)
# "THE PRESIDENT          THE HONORARY SECRETARY", "CHAIRPERSON     CHIEF REGIONAL OFFICER": two
# offices that sign, side by side
_SIGNATORIES = re.compile(r"^\W*(?:(?:(?:the|honorary|hon|vice|deputy|acting|executive|corporation|town)\W+){0,2}"
                          r"(?:secretary|chair(?:man|person|woman)?|clerk|president|mayor|"
                          r"chief\W+(?:[a-z]+\W+){0,2}officer)\W*){2,3}$", re.I)
_PART = re.compile(r"^\W*part\s+(?:[A-Z]|[IVX]{1,4}|\d|one|two|three)\b\s*(?:[–—:.-]\s*\S.*)?$", re.I)
_ACTION_LOG = re.compile(r"^\W*(?:(?:summary|schedule|table|list|log|record)\s+of\s+actions|"
                         r"actions?\s+(?:log|points|list|tracker|summary|sheet|table|schedule)|"
                         # (unnumbered after numbered items: the table of this meeting's actions)
                         r"actions?\s+arising(?:\s+from\s+(?:the|this)\s+meeting)?)\W*$", re.I)
_CLOSING = re.compile(r"^\W*(?:the\s+)?meeting\s+(?:was\s+)?(?:adjourned|closed|ended)\W*$", re.I)


def _drop_recurring(headings: list[Heading], lines: list[Line]) -> list[Heading]:
    """Unnumbered headings that recur under one item ("Questions and Answers" after each
    speaker) are procedural sub-headings; a closing "MEETING ADJOURNED" with nothing under it is a
    closing line, not an item."""
    def key(h: Heading) -> str:
        # the title as the item would show it: "RETURN OF PERSONS ELECTED – LIMERICK CITY AND
        # COUNTY COUNCIL The following is the Result of the Poll …" over each area's table reads
        # "RETURN OF PERSONS ELECTED" each time
        return re.sub(r"\W+", " ", _full_title(h, []).lower()).strip()
    counts = Counter(key(h) for h in headings if h.kind == "plain")
    # a heading that opens a page each time it is printed heads a matter a page each ("Space
    # Utilization Committee - Lease Agreement" atop three pages, one lease on each), as minutes
    # giving each matter its own page print it; a sub-heading repeated under one item does not,
    # nor does a section's banner or a table's column heads in capitals repeated atop each page
    # the section or table runs over ("PERSONNEL", "VENDOR  AMOUNT OF AWARD  AWARD BASIS")
    opens = {key(h) for h in headings if h.kind == "plain" and h.index and not _is_caps_text(h.title)
             and lines[h.index - 1].page != lines[h.index].page}
    opens -= {key(h) for h in headings if h.kind == "plain" and not (
        h.index and lines[h.index - 1].page != lines[h.index].page)}
    counts = Counter({k: (0 if k in opens else c) for k, c in counts.items()})
    recurring = {k for k, c in counts.items() if c >= RECURRING}
    # the column labels of a table printed once per area, run together on one line
    # ("NAME" / "PARTY" / "OCCUPATION" / "ADDRESS" each time, "Occupation ADDRESS" once)
    labels = {h.index for h in headings if h.kind == "plain" and len(key(h).split()) > 1
              and all(w in recurring for w in key(h).split())}
    kept = [h for h in headings if h.kind != "plain" or counts[key(h)] < RECURRING and h.index not in labels]
    if kept and kept[-1].kind == "plain" and _CLOSING.match(kept[-1].title) \
            and kept[-1].index + kept[-1].span >= len(lines):
        kept = kept[:-1]
    # the signature block closing the minutes ("CHAIRPERSON  DATE", "Lisa Grant, Board
    # Secretary", "Confirmed as a true and correct record") after the numbered items
    while len(kept) > 1 and kept[-1].kind == "plain" and _SIGNATURE.match(kept[-1].title) \
            and any(h.number for h in kept[:-1]):
        kept = kept[:-1]
    return kept


def _drop_banners_going_on(headings: list[Heading], lines: list[Line]) -> list[Heading]:
    """A section's banner in capitals printed again atop the next page ("PERSONNEL MATTERS" over
    the motion approving the list, then "PERSONNEL" atop the list itself; "EXTRA WORK ORDERS"
    twice): its words all among those of the heading just before, which opened the page before
    in capitals, it goes on with that item and opens none."""
    kept: list[Heading] = []
    for h in headings:
        prev = kept[-1] if kept else None
        here = lines[h.index]
        words = set(re.findall(r"\w+", h.title.lower()))
        if prev is not None and h.kind == "plain" and prev.kind == "plain" and words \
                and _is_caps_text(h.title) and _is_caps_text(prev.title) \
                and h.index and lines[h.index - 1].page != here.page \
                and lines[prev.index].page == here.page - 1 \
                and (prev.index == 0 or lines[prev.index - 1].page != lines[prev.index].page) \
                and words <= set(re.findall(r"\w+", prev.title.lower())):
            continue
        kept.append(h)
    return kept


_ROLE_WORD = r"(?:chair(?:man|person|woman)?|date|secretary|clerk|mayor|president|signed?|signature)"
_SIGNATURE = re.compile(
    r"^\W*(?:confirmed|signed|approved|certified)\b.{0,60}\b(?:record|chair\w*)\b|"
    r"^\W*(?:confirmed|signed)\s*:\s*(?:[A-Z][\w.'’-]*\s*){1,4}$|"  # "Confirmed: Mayor CEO"
    # "Recorded by: Daniel Yeo" / "Vetted by: …", "Minutes taken by …", "Prepared by …"
    r"^\W*(?:recorded|vetted|minuted|prepared|taken|submitted|confirmed|signed)\s+by\b|"
    r"^\W*minutes\s+(?:taken|recorded)\s+by\b|"
    # ("THE PRESIDENT      THE HONORARY SECRETARY": the offices that sign, side by side)
    rf"^[\W_]*(?:(?:(?:the|honorary|hon|vice|deputy|acting|executive|corporation|town)[\W_]+){{0,2}}"
    rf"{_ROLE_WORD}[\W_]*){{1,4}}$|"
    r"^[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:[A-Z]\w+\s+){0,3}"
    r"(?:secretary|clerk|recorder|minute[- ]taker|chair\w*|president|mayor)\W*$", re.I)


_OUTCOME = re.compile(
    r"(?:\s*(?:approved|accepted|adopted|finally passed|not heard|introduced|not introduced|"
    r"withdrawn|denied|carried|failed|continued to [^.]{3,40})\.)+\s*$", re.I)


def _full_title(h: Heading, chunk: list[Line]) -> str:
    """The heading's title; a paragraph title loses its printed outcome ("… Approved.") and a
    trailing joiner ("; and")."""
    title = h.title.strip()
    if h.kind == "plain":
        return title if _is_caps_text(title) else (_split_dash(title) or title)
    if h.kind == "file" or h.file_id:
        title = _OUTCOME.sub("", title).strip()
        title = re.sub(r"\s*[;:,]\s*(?:and)?\s*$", "", title)
    return title


# a sentence cut at the line's end ("Robin Lucie, Treasurer, presented the")
_RUNS_ON = r"\b(?:the|a|an|of|to|and|for|in|on|with|by|that|was|were|is|are)$"
_NOTHING_AFTER = {"none", "no report", "nothing to report", "n/a", "nil", "no update", "no updates"}


def _split_dash(title: str) -> str:
    """The label before the first " – " outside brackets ("Dam – Nothing to report." -> "Dam";
    "Public Session (6:25 PM – 7:10 PM)" stays whole)."""
    depth = 0
    for k, ch in enumerate(title):
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        if depth == 0 and ch in "–—-" and title[k - 1:k] == " " and title[k + 1:k + 2] == " ":
            rest = title[k + 1:].strip()
            # content after the label ("– None", "– Nothing to report.", a sentence) is not
            # title; a qualifier of the heading itself is ("Law Department – Claim Settlement",
            # "Open Period Comments from Residents – 3 minutes time limit")
            if rest.lower().rstrip(".") in _NOTHING_AFTER or re.search(r"[.!?,;]$", rest) \
                    or len(rest.split()) > 8 or re.search(_RUNS_ON, rest):
                return title[:k].strip()
            return title
    return title


def _is_caps_text(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def segment(doc: Document, pages: list[Page]) -> list[Meeting]:
    """Meetings held in `pages` of `doc`, in order. See the module docstring for the contract.

    Raises InputError (file, page, the step) when a fault leaves nothing worth storing; a fault
    in a step whose loss leaves the rest useful is a warning on `doc` instead."""
    guard = StageGuard(doc)
    try:
        return _segment(doc, pages, guard)
    except (MemoryError, InputError):
        raise
    except Exception as exc:  # a fault no step could contain: the file's own error, never []
        raise guard.failed(exc) from exc


def _segment(doc: Document, pages: list[Page], guard: StageGuard) -> list[Meeting]:
    lines = [l for p in pages for l in p.lines if l.text and l.text.strip()]
    if not lines:
        return []
    span = (lines[0].page, lines[-1].page)
    # "Brown X" under "Vote Yea Nay Absent" reads "Brown: Nay"
    lines = guard.soft("reading vote tables", span, "the tables' lines were kept as printed",
                       vote_table_rows, lines, fallback=lambda: lines)
    # "Moved Seconded Vote Result" over "Acheson Feld 4-0 Carried" reads "Moved: Acheson Seconded: …"
    lines = guard.soft("reading motion tables", span, "the tables' lines were kept as printed",
                       motion_table_rows, lines, fallback=lambda: lines)
    head = " ".join(l.text for l in lines[:400])
    day_first = guard.soft("reading the date order", span, "dates were read month first",
                           prefers_day_first, head, fallback=lambda: False)
    # years printed anywhere, running lines included, date a "Wednesday 6 March" with no year
    years = guard.soft("reading the years printed", span, "dates with no year were left undated",
                       document_years, " ".join([l.text for l in lines[:400]]
                                                + [t for p in pages for t in p.running]),
                       fallback=list)
    ranges = guard.soft("splitting the file into meetings", span, "the file was read as one meeting",
                        split_meetings, lines, fallback=lambda: [(0, len(lines))])
    meetings: list[Meeting] = []
    parts: list[list[Line]] = []
    for index, (s, e) in enumerate(ranges):
        part = lines[s:e]
        parts.append(part)
        mid = f"{doc.sha256[:12]}-{index}"
        where = (part[0].page, part[-1].page)
        # An agenda printed before the minutes gives the header, not the items.
        items = guard.soft("reading the agenda items", where,
                           "the meeting's whole text was kept as one item", _part_items, part, mid,
                           fallback=list)
        date = guard.soft("reading the meeting date", (part[0].page, part[0].page),
                          "the date was taken from the file name, if it has one", _part_date,
                          doc, pages, part, items, day_first, years,
                          fallback=lambda: date_from_name(doc.path, day_first))
        body = guard.soft("reading the body's name", (part[0].page, part[0].page), "the body was left blank",
                          lambda: meeting_body(part, lines) or _running_body(pages, part), fallback=str)
        title = guard.soft("reading the meeting title", (part[0].page, part[0].page),
                           "the title was left blank", meeting_title, part, body, fallback=str)
        venue = guard.soft("reading the venue", (part[0].page, part[0].page), "the venue was left blank",
                           _venue, part, fallback=str)
        attendees = guard.soft("reading the attendees", (part[0].page, part[0].page),
                               "the meeting's items were kept without attendees",
                               lambda: find_attendees(part, _attendance_stop(part, items)), fallback=list)
        guard.at("assembling the meetings", where)
        meetings.append(Meeting(
            id=mid, body=body, date=date,
            title=title, source_file=doc.path, sha256=doc.sha256, pages=doc.pages,
            venue=venue, page_start=part[0].page, page_end=part[-1].page,
            attendees=attendees, items=items))
    guard.at("assembling the meetings", span)
    return [_whole_text_item(m, part) for m, part in _drop_empty(meetings, parts)]


def _part_items(part: list[Line], mid: str) -> list[Item]:
    """The agenda items of one meeting's lines, after any agenda printed before the minutes."""
    return _items(part[minutes_start(part):], mid)


def _part_date(doc: Document, pages: list[Page], part: list[Line], items: list[Item],
               day_first: bool, years: list[int]) -> str:
    """The meeting's own date: printed in its opening lines, repeated on its pages, or in the
    file name, in that order of trust."""
    # a weak printed date ("Treasurer's report ending July 30") loses to the file name's
    date = (meeting_date(part, day_first, min_score=CONFIG["date_strong_score"], years=years)
            or _running_date(pages, part, day_first)
            or meeting_date(part, day_first, min_score=CONFIG["date_min_score"], years=years)
            or date_from_name(doc.path, day_first) or meeting_date(part, day_first, years=years))
    if date and _approves_minutes_of(items, date, day_first):
        # a meeting does not approve its own minutes: the header was copied from the minutes
        # it approves ("Date 29th May 2014" over "Minutes of previous meeting (29th May
        # 2014)"); the date on every page or in the file name, when later, is its own
        later = [d for d in (_running_date(pages, part, day_first),
                             date_from_name(doc.path, day_first)) if d > date]
        date = later[0] if later else date
    named = date_from_name(doc.path, day_first)
    if date and named and named != date:
        # "Tuesday, June 26, 2023" (a Monday) in "23-06-27.pdf": a typo in the printed date,
        # which its own weekday and the file name both contradict
        printed = printed_weekday(part[:CONFIG["date_window_lines"]], date, day_first)
        if printed is not None and printed != _weekday(date) and printed == _weekday(named):
            date = named
    return date


def _weekday(iso: str) -> int:
    return datetime.date.fromisoformat(iso).weekday()


_APPROVAL = re.compile(r"^\W*(?:approval\s+of\s+(?:the\s+)?)?minutes\s+(?:of|from)\b", re.I)


def _approves_minutes_of(items: list[Item], iso: str, day_first: bool) -> bool:
    """An item approving earlier minutes ("Minutes of previous meeting (29th May 2014)",
    "Minutes of 19 December 2012") names the date `iso`."""
    return any(_APPROVAL.match(it.title or "") and any(
        h.iso == iso for h in find_dates(it.title, day_first)) for it in items)


def _running_date(pages: list[Page], part: list[Line], day_first: bool) -> str:
    """The date a running header or footer repeats on the meeting's pages ("Trustees' Meeting
    21/11/2023 – page 2"), or "". Layout strips those lines from the text; where the opening
    lines print no sure date (a heading date scores `date_strong_score`), the date the clerk put
    on every page is the meeting's own, and better evidence than a file name or a date further
    down ("… to obtain two quotes by 15 January 2024")."""
    first, last = part[0].page, part[-1].page
    counts: dict[str, int] = {}
    for p in pages:
        if first <= p.number <= last:
            for iso in {h.iso for t in p.running for h in find_dates(t, day_first)}:
                counts[iso] = counts.get(iso, 0) + 1
    # one date on every page of the meeting that has a running line
    if len(counts) != 1:
        return ""
    return next(iter(counts))


def _running_body(pages: list[Page], part: list[Line]) -> str:
    """The body named by the header repeated at the top of every page ("ASHBY PARISH COUNCIL"
    over both the agenda and the minutes), which layout strips as a running header, when the
    meeting's own lines name none."""
    first = next((p for p in pages if p.number == part[0].page), None)
    if first is None or not first.running:
        return ""
    return meeting_body([Line(text=t, page=first.number) for t in first.running[:3]])


def _drop_empty(meetings: list[Meeting], parts: list[list[Line]]) -> list[tuple[Meeting, list[Line]]]:
    """A split-off meeting with neither items nor attendees (an OCR'd signature page, a repeated
    header) is not a meeting: its pages and lines go to the meeting before it, its text to that
    meeting's last item. A lone meeting stays. Each kept meeting comes with its lines."""
    kept: list[tuple[Meeting, list[Line]]] = []
    for m, part in zip(meetings, parts):
        if m.items or m.attendees or len(meetings) == 1:
            kept.append((m, list(part)))
        elif kept:
            prev, lines = kept[-1]
            prev.page_end = max(prev.page_end, m.page_end)
            lines.extend(part)
            if prev.items:  # its text goes on the last item, not nowhere
                last = prev.items[-1]
                last.lines = last.lines + list(part)
                last.text = " ".join([last.text] + [l.text for l in part]).strip()
                last.page_end = max(last.page_end, part[-1].page)
    return kept or [(meetings[0], list(parts[0]))]


_LINK = re.compile(r"https?://|www\.|\]\(")
_OWN_HEADING = re.compile(r"\bminutes\b.*\b(?:meeting|session|proceedings)\b|\bmeeting\b.*\bminutes\b", re.I)


def _whole_text_item(meeting: Meeting, part: list[Line]) -> Meeting:
    """A meeting in which no heading was accepted as an agenda item gets one item holding all
    its text, so that nothing of it is lost to search: titled by the meeting's own heading
    ("Minutes of Special Meeting of Limerick City and County Council held …") or "Minutes",
    with no number. A meeting with items is returned as it is."""
    if meeting.items or not part:
        return meeting
    # (not a link to the source file: "[Original file](https://…/minutes-special-meeting-….pdf)")
    at = next((k for k, l in enumerate(part[:15]) if len(l.text) <= 200 and not _LINK.search(l.text)
               and (_START.match(l.text) or _OWN_HEADING.search(l.text))), None)
    title = " ".join(part[at].text.split()).strip(" #*:") if at is not None else "Minutes"
    body = [l for k, l in enumerate(part) if k != at]
    lines = ([part[at]] if at is not None else []) + body
    meeting.items = [Item(
        id=f"{meeting.id}-0", meeting_id=meeting.id, number="", title=title or "Minutes",
        page_start=part[0].page, page_end=part[-1].page,
        text=" ".join(l.text for l in body).strip(), seq=0, lines=lines)]
    _drop_signature(meeting.items[0])  # "Signed: ____" / "Mayor" under the text, as under a last item
    return meeting


def _attendance_stop(lines: list[Line], items: list[Item]) -> int:
    """Attendance is read from the opening block and the first few items (a "Roll Call" item),
    never from the body, where "Absent: 1" belongs to a vote."""
    stop = min(len(lines), 150)
    items = [it for it in items if not it.opening]  # counted in headings, as printed
    if len(items) > 4:
        # the roll call is read whole, when it is among the first items ("V. Roll Call -
        # Determination of Quorum" over its table, after a pledge and an acknowledgement)
        roll = [k for k, it in enumerate(items[:8]) if _ROLL_ITEM.search(it.title)]
        cut = 4
        if roll and roll[0] >= 4:
            # (to the next item numbered as it is: a table's cells ("5:30 PM") may read as
            # headings of their own)
            kind = items[roll[0]].number.strip(".()").isdigit()
            cut = next((k for k in range(roll[0] + 1, len(items)) if items[k].number
                        and items[k].number.strip(".()").isdigit() == kind), roll[0] + 1)
        if cut < len(items):
            first = items[cut].lines[0] if items[cut].lines else None
            idx = next((k for k, l in enumerate(lines) if l is first), stop)
            stop = max(min(stop, idx), 40)
    return stop


_ROLL_ITEM = re.compile(r"\broll\s+call\b|\battendance\b|\bquorum\b", re.I)
