"""The body that met: one canonical name per series, from a meeting's header.

Pure functions over `Line`s and strings. Threads and filters group meetings by body, so the name
must come out the same for every file of a series however its header is set: "Falls Creek Ranch
Association, Inc. Board of Directors Meeting Minutes", "FALLS CREEK RANCH BOARD MINUTES" and
"DRAFT-FALLS CREEK RANCH ASSOCIATION, INC." are one body.

- `header_text` joins the title lines of a meeting's opening block (organisation line, committee
  line …) up to its first date, label or prose line; address and phone lines are skipped.
- `canonical_body` cleans that text: "Minutes of the", meeting kinds ("Regular", "Special Joint",
  "Annual"), "Meeting", "Minutes", "Notes", "Agenda", "Draft", dates, times and venues go; legal
  forms ("Inc.", "LLC") go; the generic governing body after an organisation ("… Board of
  Directors", "… Association") goes, a named committee stays ("Planning Board"); "X of the City of
  Y" reads "City of Y X"; of a joint meeting the first body is kept; capitals are tidied.
- `meeting_body` qualifies a name made only of generic words ("City Council", "Civil Service
  Board") by the place the document names most ("City of Alameda").
"""
from __future__ import annotations

import re
from collections import Counter

from .records import Line
from .segment_config import CONFIG

__all__ = ["meeting_body", "canonical_body", "header_text"]

_BODY_WORD = re.compile(
    r"\b(council|board|committee|commission|association|authority|foundation|directors|trustees|"
    r"assembly|cabinet|panel|society|agency|district|forum|parish|corporation|libraries|"
    r"service\s+area|community\s+board|group|partnership|senate|university|college|trust|"
    # the councils of Philippine local government (Sangguniang Barangay / Bayan / Panlungsod)
    r"sangguniang|"
    # and of South Asian local government (Pradeshiya Sabha, Panchayat Samiti, Zilla Parishad)
    r"sabha|samiti|parishad|panchayat)\b",
    re.I)
_LEGAL = re.compile(r",?\s*\b(?:inc|incorporated|ltd|limited|llc|l\.l\.c|plc|corp)\b\.?", re.I)
_KINDS = (r"special\s+joint|joint\s+special|regular\s+joint|special|regular|annual(?:\s+general)?|"
          r"adjourned|extraordinary|ordinary|full|closed|emergency|reconvened|continued|joint|"
          r"transition|quorum\s+only|general|monthly|open|public|virtual|hybrid|remote")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_PLACE = re.compile(r"\b(City|Town|County|Village|Borough|Municipality)\s+of\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?)")
_SMALL = {"of", "the", "and", "for", "to", "in", "on", "at", "a", "an", "de"}


def header_text(lines: list[Line], limit: int = 14) -> str:
    """The title lines of the opening block, joined: the first line naming a body (with up to two
    title lines just above it, "MINUTES OF THE REGULAR MEETING" / "OF THE"), then the lines after
    it that go on naming it ("Board of Directors"), until a date, a label ("Date:", "Present:"),
    a long prose line or a number. Page headers and OCR specks are skipped. Nothing from the
    attendance list ("Present: …") on is read: its role column ("Mid Shire Council (Chair)")
    names organisations, not the body."""
    from .segment_attendees import label_of
    from .segment_dates import find_dates
    from .segment_items import bullet_of, parse_number
    rows: list[str] = []
    for line in lines[:limit]:
        text = re.sub(r"^[#>*\s]+|[*_]+", " ", line.text).strip()  # Markdown marks
        if sum(c.isalpha() for c in text) < 3 or re.match(r"^\[.*\]\(.*\)$|^https?:", text) \
                or re.search(r"\bpage\s+\d", text, re.I):
            continue
        if bullet_of(line.text) or parse_number(text):
            break  # the first item: the header is over
        if rows and re.match(r"^[A-Za-z][A-Za-z ]{1,30}:", text) and label_of(text):
            break  # the attendance list ("Present: …"): the header is over
        text = re.sub(r"^.*?\b(?:meeting|body|committee)?\s*name\s*:\s*", "", text, flags=re.I)
        rows.append(text)
    for k, text in enumerate(rows):
        if not re.match(r"^[A-Z0-9\"“‘'(]", text) or re.match(r"^(?:and|&)\b", text, re.I):
            continue  # a fragment ("& County Council") or an OCR speck
        dates = find_dates(text)
        head = text[:dates[0].start] if dates else text
        if not _BODY_WORD.search(head) or label_of(text) or re.match(r"^\d", text) or len(head) > 140:
            continue
        if re.match(r"^(?:approved|adopted|ratified|confirmed|accepted|signed)\b", head, re.I):
            continue  # an approval stamp ("Approved by the Board on April 9th, 2024")
        parts = [head]
        for above in reversed(rows[max(0, k - 2):k]):
            if _is_title(above) and not find_dates(above) and not re.search(r"\d|,$", above) \
                    and re.match(r"^\w", above):
                parts.insert(0, above)
            else:
                break
        named = next((m for m in map(_COMMITTEE_OF.match, rows[k + 1:k + 4])
                      if m and _BODY_WORD.search(m["b"]) and len(m["b"].split()) <= 10), None)
        if not dates and named:
            # the committee of the council met, named a few lines under the council's name (a
            # session line between them, "SECOND ASSEMBLY - FOURTH SESSION", is left out)
            if named["b"].lower() not in " ".join(parts).lower():  # not named twice
                parts.append(named["b"])
        elif not dates:
            for below in rows[k + 1:k + 3]:
                # "MINUTES OF THE MEETING OF THE FINANCE AND GENERAL PURPOSES COMMITTEE HELD ON …"
                # under the council's name: the committee of the council met
                named = _COMMITTEE_OF.match(below)
                if named and _BODY_WORD.search(named["b"]) and len(named["b"].split()) <= 10:
                    if named["b"].lower() not in " ".join(parts).lower():  # not named twice
                        parts.append(named["b"])
                    break
                bdates = find_dates(below)
                bhead = below[:bdates[0].start] if bdates else below
                if label_of(below) or len(below.split()) > 8 or re.match(r"^\d", below) \
                        or not (_BODY_WORD.search(bhead) or re.fullmatch(r"(?:of|the|and|\W)+", bhead.strip(), re.I)):
                    break
                parts.append(bhead)
                if bdates:
                    break
        return " ".join(parts)
    return ""


# "MINUTES OF THE 12TH SITTING OF THE COMMITTEE ON HEALTH SERVICES HELD ON …" (a sitting or a
# session, as assemblies call a meeting), "Minute of Meeting of the Integration Joint Board" (the
# Scottish singular, the venue on the next line)
_COMMITTEE_OF = re.compile(r"^\W*minutes?\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:meeting|sitting|session)\s+of\s+"
                           r"(?:the\s+)?(?P<b>[^,;]+?)(?:\s+(?:held|convened)\b|\s*$)", re.I)


def _is_title(text: str) -> bool:
    """A short line set as a title (all capitals, or Title Case without sentence punctuation)."""
    text = _LEGAL.sub("", text).strip()  # "Riverbend Community Food Bank, Inc."
    words = text.split()
    if not 1 <= len(words) <= 8 or re.search(r"[.;:]$", text):
        return False
    letters = [c for c in text if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)
    return caps or all(w[0].isupper() or w.lower() in _SMALL for w in words if w[0].isalpha())


def canonical_body(text: str) -> str:
    """One name for one body however its header is set (see the module docstring)."""
    from .segment_dates import find_dates
    t = text.replace("\u200b", " ")
    for h in reversed(find_dates(t)):
        t = t[:h.start] + " " + t[h.end:]
    t = re.sub(r"\b(?:held|convened)\b.*$", " ", t, flags=re.I)  # venue and time after "held"
    t = re.sub(r"\b(?:at|on|via)\s+(?:\d|zoom\b|teams\b|the\s+council\s+chamber).*$", " ", t, flags=re.I)
    t = re.sub(rf"\b{_WEEKDAY}\b,?", " ", t, flags=re.I)
    t = re.sub(r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)", " ", t, flags=re.I)
    t = re.sub(r"\b(?:19|20)\d\d\b", " ", t)
    t = re.sub(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:\s*(?:and|&|-|–)\s*\d{1,2})?,?",
               " ", t, flags=re.I)
    t = re.sub(r"^\W*(?:the\s+)?(?:(?:draft|approved|unapproved|amended|final)\W+)*", "", t, flags=re.I)
    t = re.sub(r"\b(?:draft|approved|unapproved)\b", " ", t, flags=re.I)
    t = re.sub(r"\b(?:minutes|agenda|notes|proceedings)\s+(?:of|from|for)\s+(?:the\s+)?", " ", t, flags=re.I)
    t = re.sub(rf"\b(?:{_KINDS})\s+(?:(?:board|council|committee)\s+)?(?:meeting|session)s?\b"
               r"(?:\s+of(?:\s+the\b)?\b)?", " ", t, flags=re.I)
    # "Board Meeting No. 287" (not a body's own number: "Condominium Corporation No. 1187",
    # "School District No. 61")
    t = re.sub(r"(?<!\bcorporation\s)(?<!\bdistrict\s)(?<!\bdivision\s)(?<!\bunion\s)(?<!\blodge\s)"
               r"(?<!\bward\s)\b(?:no\.?|number|#)\s*\d+\b", " ", t, flags=re.I)
    t = re.sub(r"\b(?:meeting|session)\s+(?:of|details)\b", " ", t, flags=re.I)
    t = re.sub(r"\b(?:meeting|session|minutes|agenda|notes|summary|record|proceedings|at)\b", " ", t,
               flags=re.I)
    t = re.sub(rf"^\W*(?:(?:{_KINDS})\s+)+(?=\w)", "", t, flags=re.I)
    t = _LEGAL.sub(" ", t)
    t = re.sub(r"\s*\((?:[A-Z]{2,6})\)", " ", t)  # "(FCRA)"
    t = re.sub(r"[_|]+", " ", t)
    t = re.sub(r"\s+", " ", t).strip(" -–—,:;.")
    # Of a joint meeting ("City Council and Successor Agency to …") the first body is named.
    joint = re.match(r"^(?P<a>.+?\b(?:council|board|committee|commission|authority))"
                     r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)"
                     r"(?P<b>.+)$", t, re.I)
    if joint and _BODY_WORD.search(joint.group("b")):
        t = joint.group("a")
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    # "Civil Service Board of the City of Alameda" -> "City of Alameda Civil Service Board".
    m = re.match(r"^(?P<body>.+?)\s+of\s+the\s+(?P<place>(?:city|town|county|village|borough)\s+of\s+.+)$", t, re.I)
    if m and _BODY_WORD.search(m.group("body")):
        t = f"{m.group('place')} {m.group('body')}"
    t = re.sub(r"^the\s+", "", t, flags=re.I)
    # The governing board after a named organisation is the organisation ("Falls Creek Ranch
    # Association Board of Directors" -> "Falls Creek Ranch").
    for _ in range(2):
        # also a governing board named by its kind ("Full Governing Board") or its members
        # ("… Library Trust Trustees'", from "Minutes of the Trustees' Meeting")
        core = re.sub(r"\s+(?:(?:governing\s+)?board(?:\s+of\s+(?:directors|trustees|governors|management))?|"
                      r"association|committee\s+of\s+management|(?:trustees|directors|governors)['’]?)\s*$",
                      "", t, flags=re.I)
        core = re.sub(rf"(?:\s+(?:{_KINDS}))+$", "", core.strip(" -–—,:;."), flags=re.I)
        last = core.split()[-1].lower() if core.split() else ""
        # Not after a qualifier that names a committee ("Planning Board", "Civil Service Board").
        # nor after "Local" ("Te Awa Rua Local Board": a local board is the body's kind)
        # nor a joint board ("Integration Joint Board": a board of two bodies, named by its remit)
        if core != t and core and not _generic(core) and last not in CONFIG["generic_body_words"] \
                and last != "local" and not re.search(r"\bjoint\s+board\s*$", t, re.I):
            t = core
    # the body's kind printed twice ("OSTERVIK HARBOUR BOARD" over "BOARD MEETING") is said once
    t = re.sub(r"\b(\w+)(?:\s+\1\b)+", r"\1", t, flags=re.I)
    return _tidy_case(re.sub(r"\s+", " ", t).strip(" -–—,:;."))


def _generic(name: str) -> bool:
    """A name made only of generic words ("City Council", "Civil Service Board", "Full Board")."""
    words = re.findall(r"[A-Za-z]+", name.lower())
    return bool(words) and all(w in CONFIG["generic_body_words"] for w in words)


def _tidy_case(text: str) -> str:
    out = []
    for k, w in enumerate(text.split()):
        letters = [c for c in w if c.isalpha()]
        caps = bool(letters) and all(c.isupper() for c in letters)
        word = "".join(letters)
        if caps and (len(letters) > 3 or word.lower() in _SMALL | {"one", "two", "ten", "six", "art", "bay"}):
            # (letters of any script: "VÄSTRA" -> "Västra", "ÖSTERSUND" -> "Östersund")
            w = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), w)
            # the ending after an apostrophe is no word of its own ("JOHN'S" -> "John's", "O'BRIEN"
            # -> "O'Brien")
            w = re.sub(r"(?<=\w['’])(S|T|D|Ll|Re|Ve|M)\b", lambda m: m.group(0).lower(), w)
            if k and word.lower() in _SMALL:
                w = w.lower()
        elif caps and re.fullmatch(r"[^\W\d_]{2,3}\.", w):
            # an abbreviation with its dot is a word shortened, no acronym ("ST." -> "St.",
            # "MT.", "INC."); an acronym prints no dot after its letters or one after each ("U.S.")
            w = w.capitalize()
        out.append(w)
    return " ".join(out)


def _place(lines: list[Line], level: str = "") -> str:
    """The place the document is about ("City of Alameda"): of the places it names as "City of
    X", the one whose name X recurs most in its text (at least twice), so that a passing "City of
    Oakland" or "Village of Love Foundation" loses to the home city."""
    named: dict[str, Counter[str]] = {}
    for l in lines:
        for m in _PLACE.finditer(l.text):
            named.setdefault(m.group(2), Counter())[m.group(1).capitalize()] += 1
    if not named:
        return ""
    text = " ".join(l.text for l in lines)
    score = {x: len(re.findall(rf"\b{re.escape(x)}\b", text)) for x in named}
    best = max(score, key=lambda x: score[x])
    kinds = named[best]
    kind = kinds.most_common(1)[0][0] if level not in kinds else level
    return f"{kind} of {best}" if score[best] >= 2 else ""


def _printed_case(name: str, lines: list[Line]) -> str:
    """The name with each short word left in capitals by `_tidy_case` (a header printed in
    capitals cannot tell "SUB" from an acronym such as "IPS") in the case the document's own text
    prints it beside its neighbour in the name: "Motlhabaneng SUB Land Board" over a table saying
    "Sub Land Board Secretary" reads "Motlhabaneng Sub Land Board". An acronym is printed in
    capitals wherever it stands, so it stays."""
    words = name.split()
    text = " ".join(l.text for l in lines)
    for k, w in enumerate(words):
        if w.isalpha() and w == w.capitalize() and len(w) > 3:
            # a name with a capital inside ("MCDONALD" -> "Mcdonald") as the text prints it
            # ("McDonald"), where it never prints the plain form
            forms = {f for f in re.findall(rf"\b{re.escape(w)}\b", text, re.I)
                     if not f.isupper() and any(c.isupper() for c in f[1:])}
            if len(forms) == 1 and not re.search(rf"\b{re.escape(w)}\b", text):
                words[k] = forms.pop()
            continue
        if not (w.isalpha() and w.isupper() and len(w) > 1):
            continue
        mixed = w.capitalize()
        near = [rf"\b{re.escape(mixed)}\s+{re.escape(words[k + 1])}\b"] if k + 1 < len(words) else []
        near += [rf"\b{re.escape(words[k - 1])}\s+{re.escape(mixed)}\b"] if k else []
        if any(re.search(p, text) for p in near):
            words[k] = mixed
    return " ".join(words)


def meeting_body(lines: list[Line], doc_lines: list[Line] | None = None) -> str:
    """The canonical body of the meeting whose lines are `lines`; `doc_lines` (the whole
    document) is searched for the place that qualifies a generic name."""
    name = canonical_body(header_text(lines))
    if not name or not _BODY_WORD.search(name) and len(name.split()) > 8:
        name = ""
    if name:
        name = _printed_case(name, doc_lines or lines)
    if name and _generic(name):
        level = name.split()[0].capitalize()  # "City Council" is the city's, "County Board" the county's
        place = _place(doc_lines or lines, level)
        if place and place.lower() not in name.lower():
            name = f"{place} {name}"
    return name
