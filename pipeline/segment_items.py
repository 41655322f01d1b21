"""Agenda-item headings in minutes.

Pure functions over `Line`s. `parse_number` reads a printed item number at the start of a line
("6.2", "5-A", "IV.", "(a)", "23/24", "Item 3:"); `detect_headings` decides which lines are item
headings using layout, not only the text: a heading sits at (or left of) the body margin, is bold,
capitalised or larger, is short, and its number continues the sequence of the headings before it.
A body paragraph that starts with a number ("2023 budget was…", "15 people attended") fails
these tests. Legistar paragraphs that open with a file id ("(22-648) Proclamation …") are items too.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .records import Line
from .segment_config import CONFIG

__all__ = ["Heading", "parse_number", "run_in_rest", "number_key", "slash_year_last", "detect_headings", "is_table_header", "SERIAL_HEAD", "FILE_ID_RE"]

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# Ordered: the first pattern that matches decides the number.
_NUMBER_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # a section sign before the item's number, as Nordic and German minutes number their items
    # ("§ 112 Election of adjusters", "§12.", "§ 7 Haushalt"); not a statute cited at the start
    # of a line ("§ 24-6-402(4)(b), C.R.S.")
    ("section", re.compile(r"^§\s*(?P<num>\d{1,4})\.?(?:\s+(?P<title>[^\s\d(-]\S*.*)|\s*$)")),
    # a planning application listed as an item of its own: "24/00123/FUL – 12 High Street"
    ("ref", re.compile(r"^(?P<num>(?:[A-Z]{1,3}/)?(?:\d{2,4}/\d{3,6}/[A-Z]{2,6}|\d{2,4}/\d{5,6}))"
                       r"\s*[–—:-]?\s+(?P<title>[A-Z0-9].*)$")),
    # "23/045", "BD/25/01", and a committee's letters set apart by a space ("SEN 24/22", as
    # university senates and boards number their minutes) or set against the number
    # ("P087/25", "GP12/24", as Northern Irish council committees number theirs)
    # ... or in mixed case before a slash ("CoG/25/034", as NHS foundation trusts' Councils of
    # Governors number theirs)
    ("slash", re.compile(r"^(?P<num>(?:(?:[A-Z]{1,4}|[A-Z][a-z]{1,2}[A-Z])/|[A-Z]{2,4}\s|[A-Z]{1,3}(?=\d{2,3}/))?\d{1,3}/\d{2,3})\.?\s+"
                         r"(?P<title>\S.*)$")),
    # East African minute references: running number, the committee's code, the year
    # ("MIN. 047/KCA/HS/2024: STATUS OF …", "MIN 12/FC/2023 – Budget")
    ("minref", re.compile(r"^(?P<num>\d{1,4}(?:/[A-Z]{1,8}){1,4}/(?:19|20)\d{2})\s*[:–—-]?\s+"
                          r"(?P<title>\S.*)$")),
    # South African and other municipal item codes: the committee's letters, a running number
    # and the year ("CS 05/2025 WASTE MANAGEMENT: …", "EX12/2024 – Budget")
    ("coderef", re.compile(r"^(?P<num>[A-Z]{1,4}\s?\d{1,4}/(?:19|20)\d{2})\s*[:–—-]?\s+"
                           r"(?P<title>[A-Z0-9].*)$")),
    # a US county's agenda file number, the year's two digits and a running number ("25-0414
    # Short-Term Rental Ordinance", as boards of supervisors print them beside each title)
    ("fileno", re.compile(r"^(?P<num>\d{2}-\d{4})\s+(?P<title>[A-Z][A-Za-z].*)$")),
    ("dashletter", re.compile(r"^(?P<num>\d{1,2}-[A-Z](?:-[ivx]{1,4})?)\.?(?:\s+(?P<title>\S.*))?$")),
    # an item under a lettered section, the section's letter first ("B. PUBLIC HEARINGS" /
    # "B-1. CUP-2025-004: …"), as US county and city agendas number them
    # … or after a full stop ("E. NEW BUSINESS" / "E.1 Pier 2 Shore Power", as US port
    # districts and boards number theirs)
    ("letterdash", re.compile(r"^(?P<num>[A-Z](?:-\d{1,2}|\.\d{1,2}(?=\.?\s+[A-Z0-9]|\.?\s+\W)))\.?\s+"
                              r"(?P<title>\S.*)$")),
    # an item under a numbered section, lettered after a full stop ("7. PUBLIC HEARINGS" /
    # "7.A APPEAL OF …"), as US city councils number them; read as "5-A" is
    ("dotletter", re.compile(r"^(?P<num>\d{1,2}\.[A-Z])\s+(?P<title>\S.*)$")),
    ("dotted", re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?(?:\s+(?P<title>\S.*)|\s*$)")),
    # an item under a numbered section, lettered in lower case against its number ("4. OLD
    # BUSINESS" / "4a. Station 2 Roof Replacement"), as US special districts and school boards
    # number their sub-items; read as "4.A" is. The title opens with a capital: "1st meeting"
    # or "2nd reading" is no number
    ("numletter", re.compile(r"^(?P<num>\d{1,2}[a-z])[.)]\s+(?P<title>[A-Z].*)$")),
    ("int", re.compile(r"^(?P<num>\d{1,2})(?P<p>[.):])(?:\s*(?P<title>\S.*)|\s*$)")),
    ("int", re.compile(r"^(?P<num>\d{1,2})\s+(?P<title>[A-Z].*)$")),
    # a full stop OCR read as a comma, before a heading in capitals ("4, AGENDA ITEMS:"); a
    # count in running text ("4, 5 and 6 …") is no heading in capitals
    ("int", re.compile(r"^(?P<num>\d{1,2}),\s+(?P<title>[A-Z][A-Z'’&/(),–—-]*(?:\s+[A-Z'’&/(),–—-]+)*:?)$")),
    ("roman", re.compile(r"^(?P<num>[IVXL]{1,6})[.)](?:\s+(?P<title>\S.*)|\s*$)")),
    ("letter", re.compile(r"^(?P<num>[A-Z])[.)](?:\s+(?P<title>\S.*)|\s*$)")),
    # a lettered sub-item, its title on the line below when the letter stands alone ("(a)")
    ("sub", re.compile(r"^(?P<num>\(?[a-z]\))(?:\s*(?P<title>\S.*)|\s*$)")),
    # a roman sub-item, alone on its line only in brackets ("(ii)" / "Joint Policing Committee")
    ("sub", re.compile(r"^(?P<num>\([ivx]{1,4}\))(?:\s*(?P<title>\S.*)|\s*$)")),
    ("sub", re.compile(r"^(?P<num>[ivx]{1,4}\))\s*(?P<title>\S.*)$")),
]
# "Item 3:", "Agenda Item No. 4", "TOP 3 –", the kind of item US agendas print ("Action Item 7.1 –"), the
# minute references of UK councils ("Min. 112/24", "Minute No. 23/045") and the subjects of
# Indian municipal committees ("Subject No. 14:").
# Ugandan minute references after "MIN": running number, meeting number and year, all digits
# ("MIN 04/34/2025: LOAN PORTFOLIO REPORT").
_MINREF_DIGITS = re.compile(r"^(?P<num>\d{1,4}/\d{1,4}/(?:19|20)\d{2})\s*[:–—-]?\s+(?P<title>\S.*)$")
# ... and running number and year alone, as Zambian and other councils number their minutes
# ("MIN. NO. 22/2025 PROPOSED RELOCATION OF …"); also read only after a minute prefix
_MINREF_YEAR = re.compile(r"^(?P<num>\d{1,4}/(?:19|20)\d{2})\s*[:–—-]?\s+(?P<title>\S.*)$")
# A lettered list that runs past Z ("Z. …", "AA. …", "AB. …"): read only by `detect_headings`
# and kept only where it goes on from the letters before it (see `_select`), as "MR. Smith" or
# "ST. ANN MUNICIPAL CORPORATION" never do; `parse_number` leaves it alone.
_LETTER2 = re.compile(r"^(?P<num>[A-Z]{2})\.\s+(?P<title>\S.*)$")
# German minutes, and their English versions, number agenda items "TOP 2" (Tagesordnungspunkt), in
# capitals only ("Top 10 …" in running text is no item).
# "Agenda 2: Annual timber harvest" (South Asian committees number their agenda so): "agenda"
# alone is a prefix only before a number of one or two digits and a colon or dash, never a year.
_ITEM_PREFIX = re.compile(r"^(?:(?:(?:agenda|action|consent|discussion|information(?:al)?)\s+)?"
                          r"item|agenda(?=\s+(?:no\.?\s*)?\d{1,2}\s*[:–—-])|min(?:ute)?\.?|"
                          r"subject\s+no\.?|(?-i:TOP))\s*(?:no\.?\s*)?(?=\d)", re.I)
# A numbered heading set in bold and run in to its paragraph ("**3. Sunday hours pilot.** The
# Director presented …"), as Markdown minutes print it: the bold part is the heading.
_BOLD_RUN_IN = re.compile(r"^(?P<mark>\*\*|__)(?P<head>[^*_]{2,120}?)(?P=mark)\s*(?P<rest>\S.*)$")
# Markdown heading marks ("### Item 1: Call to Order"); bold marks are left to the plain-heading
# rules, which read "**1.**" / "**ELECTION OF MAYOR**" (number and title apart) as one heading.
_MARKDOWN = re.compile(r"^#{1,6}\s+")
# A number set alone in bold on its line, its title in bold on the next ("**1.**" /
# "**Adoption of Minutes**", "**(a)**" / "**Chief Executive's Report**"), as Markdown converted
# from council PDFs prints numbered headings: the number of a heading like any other.
_BOLD_NUMBER = re.compile(r"^(?P<mark>\*\*|__)(?P<num>\(?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVXL]{1,4}|[ivx]{1,4}|[A-Za-z])"
                          r"[.)]?)(?P=mark)$")
FILE_ID_RE = re.compile(r"^\(\*?(?P<id>\d{2,4}-\d{2,5}[A-Z]?(?:\s+[A-Z]{2,6}/\d{2,4}-\d{2,5}[A-Z]?\s+[A-Z]{2,6})?)"
                        r"\)\s*(?P<title>.*)$")
# A Legistar id printed after an item number ("5-A 2023-3112"): the title is the paragraph below.
_LEGISTAR_ID = re.compile(r"^(?P<id>\d{4}-\d{3,5})$")
# A run-in label opening a paragraph ("Community Groups: The Board …").
_RUN_IN = re.compile(r"^(?P<label>[A-Z][\w'’&/,-]*(?:\s+[\w'’&/,-]+){0,5}):\s+\S")
_DASH_IN = re.compile(r"^(?P<label>[A-Z][\w'’&/,-]*(?:\s+[\w'’&/,-]+){0,7})\s+[–—]\s*")
_BULLETS = "•●▪◦■□➢➤-–*·o"
# Capitalised words, then prose: "Police Department said thanks for …"
_NAME_THEN_VERB = re.compile(r"^(?:[A-Z][\w'’.,&-]*\s+){1,5}(?!(?:and|or|of|the|for|&)\b)[a-z]+\s+[a-z]+")
# A planning or licensing application's reference before a dash ("FULL/2025/0812 - …",
# "23/1187/FUL – …", "DC/24/01234/FUL - …"): three or more parts joined by slashes, one a number.
# the words a numbered resolution opens with after its number ("BCR 2025-04: Moved by …",
# "Resolution 2025-010: That Council …"), where a matter's heading would name the matter
# An action's owner by initials on a line of its own under the paragraph that records it
# ("ACTION: HL", "Action – GD/JP"), as Scottish and English boards print their action column.
ACTION_INITIALS = re.compile(r"^\W*(?i:actions?)\s*[:–—-]\s*(?:[A-Z]{2,4}|(?i:all))(?:\s*(?:[,/&]|and)\s*[A-Z]{2,4})*"
                             r"\s*\.?$")
_MOTION_OPENING = re.compile(r"^\W*(?:(?:it\s+was\s+)?moved\b|motion\b|that\b|resolved\b|carried\b)", re.I)
_APPLICATION_REF = re.compile(r"^(?=[\w/]*\d)[A-Z0-9]+(?:/[A-Z0-9]+){2,}\s+[–—-]\s+[A-Z0-9]")
_NOTHING = {"none", "none.", "no report", "no report.", "nothing to report", "n/a"}
OUTLINE_SHARE = CONFIG["outline_share"]  # share of lines in bullets (or hanging text) making an outline
# Symbol/Wingdings bullets come out of some PDFs as private-use code points (U+F0B7, U+F0A7 …).
_PUA = tuple(chr(c) for c in range(0xF000, 0xF100))
_VOTE = re.compile(r"^(?:voted|vote\s+was|motion\s+(?:was\s+)?(?:passed|carried|failed)|passed|carried)\b.*"
                   r"\b\d+\s+(?:in\s+favou?r|ayes?|yes|for)\b", re.I)


@dataclass
class Heading:
    index: int  # position of the heading's first line in the meeting's lines
    number: str
    title: str
    kind: str  # number pattern name, "file" (Legistar id), "plain" or "bullet" (unnumbered)
    file_id: str = ""
    span: int = 1  # lines the heading occupies (number on one line, title on the next)
    key: tuple[int, ...] = field(default_factory=tuple)
    # the number is printed under the title, beside the item's first line of text ("Health and
    # Safety" / "9.  1. The quarterly reports …"): that line is the item's text, less its number
    number_beside_text: bool = False


def _roman(s: str) -> int:
    total, prev = 0, 0
    for ch in reversed(s.lower()):
        v = _ROMAN.get(ch, 0)
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total


# the words of a resolution after its minute reference ("ARC 08/25 That the Committee recommends
# …", "24/117 That the minutes be signed", "Min 56/24 THAT the report be noted"), as Australian
# and UK committees number each resolution: the number is the resolution's, the line no heading
_RESOLUTION_TEXT = re.compile(r"^(?:That|THAT)\s+(?:the|a|an|this|council|committee|board|\w+\s+(?:be|is|are))\b", re.I)


def parse_number(text: str) -> tuple[str, str, str] | None:
    """(number as printed, title, kind) when `text` starts with an item number, else None.

    The number keeps its printed form minus a trailing "." ("IV." -> "IV", "(a)" stays "(a)").
    """
    t = _MARKDOWN.sub("", text.strip()).strip()
    # a speck a scan left before the number (": 1. The meeting was called to order …")
    t = re.sub(r"^[:;.,'‘’`|]\s+(?=\d{1,2}[.)]\s)", "", t)
    alone = _BOLD_NUMBER.match(t)
    if alone:
        t = alone["num"]
    run_in = _BOLD_RUN_IN.match(t)
    if run_in:
        t = run_in["head"].strip()
    bare = _ITEM_PREFIX.sub("", t)
    prefixed = bare != t
    if prefixed:  # "Agenda Item No. 7 – Lease …": after a prefix, a dash before the title
        bare = re.sub(r"^(\d{1,3})\s+[–—-]\s+(?=\S)", r"\1 ", bare)
    t = bare
    if prefixed:  # "MIN 04/34/2025: …": running number, meeting number, year (a date only
        m = _MINREF_DIGITS.match(t) or _MINREF_YEAR.match(t)  # after a minute prefix, never
        if m:  # on its own)
            return m["num"], m["title"].strip(" .:-–—"), "minref"
    for kind, pat in _NUMBER_PATTERNS:
        m = pat.match(t)
        if not m:
            continue
        num = m.group("num")
        title = (m.group("title") or "").strip(" .:-–—")
        if kind == "roman" and _roman(num) == 0:
            continue
        if kind == "int" and m.groupdict().get("p") == ":" and not title:
            continue
        if kind == "letter" and num in "IVXL":  # "I." is more often roman one
            continue
        if kind == "letter" and re.match(r"no\.?(?:\s|$)", title, re.I):
            continue  # "S. No.  Name  Designation": the serial column of a table, not item S
        if kind == "letter" and t[1:2] == "." and re.fullmatch(r"(?:[A-Z]\.\s+)+[A-Z][a-z'’-]+(?:\s*,.*)?", title):
            continue  # "W. M. Senanayake, Chairman": a signature's initials, not item W
        if kind == "letter" and t[1:2] == "." and re.fullmatch(
                r"[A-Z][a-z'’-]+\s*,\s*(?:[A-Z][\w'’-]*\s+){0,3}(?i:chair\w*|mayor|president|secretary|"
                r"clerk|dean|speaker|convener)\.?", title):
            continue  # "T. Moyo, Council Chairperson": one initial before the signatory's office
        if run_in and not title:
            return None  # "**1.** text": a bold number alone, left to the plain-heading rules
        if kind in ("slash", "coderef", "minref") and _RESOLUTION_TEXT.match(title):
            return None  # "ARC 08/25 That the Committee recommends …": a resolution's number
        return num, title, kind
    return None


def run_in_rest(text: str) -> str:
    """The paragraph text after a bold run-in numbered heading ("**3. Sunday hours pilot.** The
    Director presented …" -> "The Director presented …"), or ""."""
    m = _BOLD_RUN_IN.match(_MARKDOWN.sub("", text.strip()).strip())
    return m["rest"].strip() if m and parse_number(text) else ""


def number_key(number: str, kind: str, year_last: bool | None = None) -> tuple[int, ...]:
    """Sortable key of a printed number: "6.2" -> (6, 2), "5-A" and "5.A" -> (5, 1), "IV" -> (4,),
    "(c)" -> (3,), "23/24" -> (24,), "112/24" -> (112,), "C/24/015" -> (15,). Minute numbers
    with parts of equal length ("PL/48/24") take the running number from the part that is not
    the year: `year_last` when the meeting's numbering shows it (`slash_year_last`), else the
    last part."""
    n = number.strip("().")
    if kind == "dotted":
        return tuple(int(p) for p in n.split("."))
    if kind == "letterdash":
        letter, num = re.split(r"[-.]", n)
        return (ord(letter) - 64, int(num))
    if kind == "dotletter":
        a, b = n.split(".")
        return (int(a), ord(b) - 64)
    if kind == "numletter":  # "4a" -> (4, 1)
        return (int(n[:-1]), ord(n[-1]) - 96)
    if kind == "dashletter":
        parts = n.split("-")
        key = (int(parts[0]), ord(parts[1]) - 64)
        return key + ((_roman(parts[2]),) if len(parts) > 2 else ())
    if kind in ("int", "section"):
        return (int(n),)
    if kind == "slash":
        # the running number is the longer part: "23/045" (year first) or "112/24" (year last)
        a, b = _slash_parts(n)  # "C/24/015", "SEN 24/22": a prefix naming the committee
        if len(a) == len(b) and year_last is not None:
            return (int(a),) if year_last else (int(b),)
        return (int(a),) if len(a) > len(b) else (int(b),)
    if kind == "minref":
        return (int(n.split("/")[0]),)
    if kind == "fileno":  # "25-0414": the running number after the year
        return (int(n.split("-")[1]),)
    if kind == "coderef":
        return (int(re.search(r"(\d+)/", n).group(1)),)
    if kind == "roman":
        return (_roman(n),)
    if kind == "letter2":  # "AA" follows "Z": 27
        return (26 * (ord(n[0]) - 64) + ord(n[1]) - 64,)
    if kind in ("letter", "sub"):
        return (_roman(n),) if re.fullmatch(r"[ivx]+", n) and len(n) > 1 else (ord(n.lower()) - 96,)
    return ()


def _slash_parts(num: str) -> list[str]:
    """The last two numeric parts of a slash number, the committee's letters left out
    ("C/24/015" -> ["24", "015"], "SEN 24/22" -> ["24", "22"], "P087/25" -> ["087", "25"])."""
    return re.sub(r"^[A-Z]{2,4}\s+|^[A-Z]{1,3}(?=\d)", "", num).split("/")[-2:]


def _could_be_date(num: str) -> bool:
    """Whether "a/b" reads as a day and month either way round ("11/30", "30/11"; not "24/61")."""
    a, b = (int(x) for x in _slash_parts(num))
    return 1 <= min(a, b) <= 12 and 1 <= max(a, b) <= 31


def slash_year_last(numbers: list[str]) -> bool | None:
    """Which part of a meeting's minute numbers "A/B" (parts of equal length) is the year: the
    one that stays the same while the other runs on ("PL/48/24", "PL/49/24": the last; "24/12",
    "24/13": the first). None when the numbers do not show it (fewer than two, or both parts
    change as often). A stray date read as a number ("11/30") does not hide it: the part whose
    commonest value is shared by more numbers is the year."""
    parts = [_slash_parts(n.strip("().")) for n in numbers]
    parts = [p for p in parts if len(p) == 2 and len(p[0]) == len(p[1])]
    first = max(Counter(p[0] for p in parts).values(), default=0)
    last = max(Counter(p[1] for p in parts).values(), default=0)
    if max(first, last) < 2 or first == last:
        return None
    return last > first


def _successor(prev: tuple[int, ...] | None, key: tuple[int, ...]) -> bool:
    """Whether `key` can follow `prev` in one numbering ("6.3" -> "7", "6" -> "6.1")."""
    if not key:
        return False
    if prev is None:
        return key[0] <= 2 and all(k <= 1 for k in key[1:])
    for depth in range(len(prev)):
        if key[:depth] == prev[:depth] and len(key) > depth and key[depth] == prev[depth] + 1 \
                and all(k <= 1 for k in key[depth + 1:]):
            return True
    return key[:len(prev)] == prev and len(key) == len(prev) + 1 and key[-1] == 1


def _is_caps(text: str) -> bool:
    # an ordinal's suffix is often set in lower case in capitals ("HELD ON THIS 26th DAY OF …")
    text = re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text)
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’]*", text)]
    small = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the",
             "to", "with", "vs", "via", "into", "per"}
    big = [w for w in words if w.lower() not in small]
    return bool(big) and words[0][0].isupper() and sum(w[0].isupper() for w in big) >= 0.75 * len(big)


@dataclass
class _Layout:
    margin: float  # most common left edge of body text
    size: float  # most common font size
    gap: float  # usual distance between lines of a paragraph
    width: int = 80  # usual length in characters of a full body line
    right: float = 0.0  # right edge of full body lines (0 when the source has no positions)


def _layout(lines: list[Line]) -> _Layout:
    xs = Counter(round(l.x0 / 3) * 3 for l in lines if len(l.text) > 40)
    sizes = Counter(round(l.size, 1) for l in lines if l.size)
    # The line pitch inside a paragraph: a low quantile, since paragraph breaks are larger.
    pitches = sorted(round(b.top - a.top) for a, b in zip(lines, lines[1:])
                     if a.page == b.page and 0 < b.top - a.top < 40)
    return _Layout(
        margin=xs.most_common(1)[0][0] if xs else 0.0,
        size=sizes.most_common(1)[0][0] if sizes else 0.0,
        gap=float(pitches[len(pitches) // 4]) if pitches else 12.0,
        width=sorted(len(l.text) for l in lines)[int(len(lines) * 0.8)] if lines else 80,
        right=_right_edge(lines),
    )


def _right_edge(lines: list[Line]) -> float:
    """The right edge of the text column: the usual x1 of long lines (0 without positions)."""
    ends = sorted(l.x1 for l in lines if l.x1 > 0 and len(l.text) > 40)
    return ends[int(len(ends) * 0.75)] if len(ends) >= 5 else 0.0


def _new_paragraph(lines: list[Line], i: int, lay: _Layout) -> bool:
    """Whether line i starts a block (page start, or more space above than a paragraph line)."""
    if i == 0 or lines[i].page != lines[i - 1].page:
        return True
    return lines[i].top - lines[i - 1].top > lay.gap * 1.35


def _ends_block(lines: list[Line], i: int, lay: _Layout) -> bool:
    return i + 1 >= len(lines) or _new_paragraph(lines, i + 1, lay) or lines[i + 1].x0 > lines[i].x0 + 8 \
        or bool(lines[i + 1].bold) != bool(lines[i].bold)


def bullet_of(text: str) -> str:
    """The bullet glyph opening `text` ("•", "o", a private-use Symbol glyph), or ""."""
    t = text.strip()
    if len(t) > 1 and t[1] == " " and (t[0] in _BULLETS or t[0] in _PUA):
        return t[0]
    return ""


def _clean(text: str) -> str:
    return text.strip()[1:].strip() if bullet_of(text) else text.strip()


def _continues_title(lines: list[Line], j: int, head: Line, lay: _Layout) -> bool:
    """Whether line j continues a bold heading that wraps (same paragraph, or the first line of
    the next page), rather than starting the item's text."""
    if j >= len(lines) or parse_number(lines[j].text):
        return False
    prev = lines[j - 1]
    if not head.bold or not lines[j].bold:
        # Without bold (a scan read by OCR), an ALL-CAPS heading that filled its line and goes
        # on in capitals on the next line of the same paragraph wraps ("CS 09/2025 TENDER …
        # WARD 11" / "AND EXTENSION 7"); only where positions show that the line was full.
        if head.bold or lines[j].bold or lines[j].page != prev.page or not _is_caps(prev.text) \
                or not _is_caps(lines[j].text) or not (prev.x1 > prev.x0 and lay.right):
            return False
        first = lines[j].text.split()[0] if lines[j].text.split() else ""
        cw = (prev.x1 - prev.x0) / max(len(prev.text.strip()), 1)
        return not _new_paragraph(lines, j, lay) and abs(lines[j].x0 - head.x0) <= 2 * cw \
            and prev.x1 + (1 + len(first)) * cw >= lay.right - 2 * cw
    if lines[j].page != prev.page:
        # A short bold line opening the next page; a full line there starts the item's text.
        return lines[j].page == prev.page + 1 and len(lines[j].text.strip()) < 0.7 * lay.width \
            and (j + 1 >= len(lines) or lines[j + 1].page == lines[j].page)
    # A title wraps only when its line is full: if the next line's first word would have fitted
    # well within the usual line, the bold line below is something else (a table header row).
    first = lines[j].text.split()[0] if lines[j].text.split() else ""
    # without positions (plain text, Markdown) only a line near the usual length was full
    fits = len(lines[j - 1].text.strip()) + 1 + len(first) < (0.5 if prev.x1 > prev.x0 else 0.75) * lay.width
    if prev.x1 > prev.x0 and lay.right:
        # where positions are known: the next line's first word would have fitted before the
        # right edge of the text column ("4  Confirmation of Minutes" / "Resolution number …")
        cw = (prev.x1 - prev.x0) / max(len(prev.text.strip()), 1)
        fits = fits or prev.x1 + (1 + len(first)) * cw < lay.right - 2 * cw
    # a title cut after a word no title ends on wraps whatever room was left ("II. READING AND
    # APPROVAL OF THE" / "MINUTES", set in a narrow column whose right edge is not the page's)
    fits = fits and not _OPEN_TAIL.search(prev.text)
    return not _new_paragraph(lines, j, lay) and lines[j].x0 >= head.x0 - 2 and not fits


# the last word of a line that leaves a title unfinished: an article, a preposition or a
# conjunction ("… OF THE", "Report on", "Roads and")
_OPEN_TAIL = re.compile(r"(?i)\b(?:the|a|an|of|and|&|for|to|on|in|with|by|from|at|or)\s*$")


def _paragraph(lines: list[Line], j: int, lay: _Layout, limit: int = 12) -> tuple[str, int]:
    """Text of the paragraph starting at line j, and the number of lines it spans."""
    parts = [lines[j].text.strip()]
    k = j + 1
    while k < len(lines) and k - j < limit and not _new_paragraph(lines, k, lay) \
            and not FILE_ID_RE.match(lines[k].text.strip()):
        parts.append(lines[k].text.strip())
        k += 1
    return " ".join(parts), k - j


def detect_headings(lines: list[Line], start: int = 0, skip: set[int] | None = None,
                    names: set[int] | None = None) -> list[Heading]:
    """Item headings among `lines[start:]`, in order. See the module docstring for the tests.
    Lines whose index is in `skip` (attendance labels) are never unnumbered headings; lines in
    `names` (a numbered list of those present) are no headings at all, so that their numbers do
    not compete with the items' ("1. Shri … / 6. Smt. …" above "Subject No. 1: …")."""
    skip = skip or set()
    names = names or set()
    lay = _layout(lines)
    left = min((l.x0 for l in lines if l.text.strip()), default=0.0)
    # Without bold or size differences (plain text), a short line is weak evidence of a heading;
    # where the minutes number their items, trust the numbers and caps only.
    typographic = any(l.bold for l in lines) or len({round(l.size) for l in lines if l.size}) > 1
    weak_ok = typographic or sum(1 for l in lines if parse_number(l.text)) < 3
    # Where bold headings carry numbers, a bold unnumbered line is a sub-heading of an item.
    numbered = sum(1 for l in lines[start:] if l.bold and parse_number(l.text)) >= 2
    # Where the whole-number headings are set in capitals ("ITEM 4: REPORT OF THE …"), a
    # sub-number opening a sentence in lower case is a numbered paragraph of the item (below).
    caps_heads = sum(1 for l in lines[start:] if (p := parse_number(l.text)) and p[2] == "int"
                     and _is_caps(p[1])) >= 2
    # Where the items are numbered with a section sign ("§ 112 …", "§ 113 …"), the numbers
    # "1.1", "2.1" (or "1.", "2.") under them number the item's paragraphs, never items.
    sections = sum(1 for l in lines[start:] if (p := parse_number(l.text)) and p[2] == "section") >= 2
    # Where the minutes number their paragraphs in a hanging margin ("7.  Mr CHAN Tai-man moved
    # the following motion …" / its next line indented under the text, not the number), as Hong
    # Kong and other Commonwealth councils number every paragraph through the minutes, a
    # whole number in body type opening a sentence is a paragraph, at the margin or not.
    hanging = _hanging_paragraphs(lines, start) >= 3
    cands: list[tuple[Heading, float]] = []
    rows: set[int] = set()  # numbered rows of a table of payments (see `_payment_row`)
    outline = _outline(lines[start:])
    i = start
    while i < len(lines):
        line = lines[i]
        text = _clean(line.text)
        if not text or i in names:
            i += 1
            continue
        if outline is not None and (bullet_of(line.text) or line.x0 > outline + 4):
            # A bullet outline: top-level bullets are the items, deeper ones their text.
            if bullet_of(line.text) and line.x0 <= outline + 4:
                span = 1
                while i + span < len(lines) and not bullet_of(lines[i + span].text) \
                        and lines[i + span].x0 > outline + 4 and span < 4 \
                        and not _new_paragraph(lines, i + span, lay) and len(text) < 200:
                    text = f"{text} {lines[i + span].text.strip()}"
                    span += 1
                cands.append((Heading(i, "", text, "bullet", span=span), 4.0))
                i += span
            else:
                i += 1
            continue
        strong = line.bold or bool(lay.size and line.size > lay.size + 0.5)
        at_margin = line.x0 <= lay.margin + 6 or line.x0 <= left + 6
        para = _new_paragraph(lines, i, lay)
        # The line above ended a sentence or was short: line i starts a new block.
        prev_ends = i == 0 or bool(re.search(r"[.!?:;*\]\"”)]\s*$", lines[i - 1].text.strip())) \
            or len(lines[i - 1].text.strip()) < 0.6 * lay.width
        fm = FILE_ID_RE.match(text)
        parsed = parse_number(text)
        if parsed and _VOTE_LIST_TITLE.match(parsed[1]):
            parsed = None  # "– 2. Noes: Councilmembers Jensen, Vella …": a count, then the next list
        if not parsed and _LETTER2.match(text):
            m2 = _LETTER2.match(text)
            parsed = (m2["num"], m2["title"].strip(" .:-–—"), "letter2")
        if fm and at_margin and (para or prev_ends):
            title, span = _paragraph(lines, i, lay)
            title = FILE_ID_RE.match(title).group("title") if FILE_ID_RE.match(title) else title
            cands.append((Heading(i, "", title, "file", fm.group("id").strip(), span=1), 5.0))
            i += 1
            continue
        if parsed and sections and parsed[2] in ("dotted", "int"):
            i += 1  # a numbered paragraph of a "§" item
            continue
        if parsed and _title_below_tail(lines, i, parsed[1], lay):
            # "7.4 a review at 28 February 2013." / "Auditors": the number's cell beside the
            # tail of the sentence above; the heading is the line under it, the tail stays with
            # the item above
            num, _, kind = parsed
            cands.append((Heading(i + 1, num, lines[i + 1].text.strip(), kind, key=number_key(num, kind)),
                          4.0 + (1 if lines[i + 1].bold or line.bold else 0)))
            i += 2
            continue
        if parsed:
            num, title, kind = parsed
            span = 1
            file_id = ""
            alone = False
            # Number alone on its line, its title set just above it in the text column, the
            # item's text under it ("Health & Safety" / "10." / "The General Manager asked …"):
            # the title's line heads the item, the prose under the number is its text.
            above = 0
            # The same with the item's text beside the number, not under it ("Health and
            # Safety" / "9.  1. The quarterly reports …", "Urgent Matters" / "10.  SK raised …"):
            # the number's line is the item's first line of text.
            beside = bool(title) and _title_above(lines, i, lay, beside=title)
            if beside or (not title and _title_above(lines, i, lay)):
                title, above = lines[i - 1].text.strip(), 1
                strong = strong or lines[i - 1].bold
                para = _new_paragraph(lines, i - 1, lay)
                alone = True
            # Number alone on its line, title on the next ("6.2" / "Board Standing orders").
            if not title and i + 1 < len(lines) and lines[i + 1].page == line.page:
                nxt = lines[i + 1]
                if nxt.top - line.top < lay.gap * 2.2 and not parse_number(nxt.text):
                    title = _clean(nxt.text)
                    if _BOLD_NUMBER.match(text):  # "**1.**" / "**Adoption of Minutes**"
                        title = re.sub(r"^(\*\*|__)(.*?)\1$", r"\2", title).strip()
                    strong = strong or nxt.bold
                    span = 2
                    # a number set alone on its line above a short title is laid out as a
                    # heading ("(a)" / "Filling of Casual Vacancies"); running text never is
                    alone = len(title) <= 90 and not re.search(r"[.,;:]$", title) \
                        and _title_or_caps(title)
            lid = _LEGISTAR_ID.match(title)
            if lid and i + span < len(lines):
                file_id = lid.group("id")
                title, _ = _paragraph(lines, i + span, lay)
                strong = True
            while not above and _continues_title(lines, i + span, line, lay) and len(title) < 250 \
                    and not file_id:
                title = f"{title} {lines[i + span].text.strip()}"
                span += 1
            # A sub-item opening with an application reference ("3.1 FULL/2025/0812 - Le Vieux
            # Moulin, Rue du Moulin: conversion of the mill barn into two" / "self-catering
            # units …."): the application is the heading, its sentence wrapped over the lines of
            # its paragraph up to the full stop; a sentence never opens with such a reference.
            reference = kind == "dotted" and bool(_APPLICATION_REF.match(title))
            while reference and not title.endswith(".") and span < 3 and i + span < len(lines) \
                    and lines[i + span].page == line.page and lines[i + span].text.strip() \
                    and not _new_paragraph(lines, i + span, lay) and not parse_number(lines[i + span].text) \
                    and lines[i + span].text.strip()[:1].islower():
                title = f"{title} {lines[i + span].text.strip()}"
                span += 1
            if kind == "int" and not strong and _address_cell(lines, i, span, title):
                i += 1  # "2 Foxfield, Elliswood" under a member's name and occupation: a house number
                continue
            score = 0.0
            # a Markdown heading, or a bold heading run in to its paragraph
            strong = strong or bool(re.match(r"#{1,6}\s", text)) or bool(_BOLD_RUN_IN.match(text)) \
                or bool(_BOLD_NUMBER.match(text))
            score += 2 if strong else 0
            score += 1 if _is_caps(title) or alone else 0
            score += 1 if at_margin else -1
            score += 1 if para else 0
            score += 1 if len(title) <= 90 and _ends_block(lines, i + span - 1, lay) else 0
            # An address opens many titles ("251 Fulton Street, … – Resolution"), and so does an
            # application reference before a dash ("23/1187/FUL – Former Dairy, Mill Lane").
            address = bool(re.match(r"^\d[\w/-]*\s+(?:[A-Z]|[–—-]\s+[A-Z0-9])", title))
            score += 1 if title[:1].isupper() or title[:1] in "\"“‘'(" or address else -3
            score -= 5 if _VOTE.match(title) else 0  # a tally line with a stray list number
            if _payment_row(lines, i, span, title):
                score -= 5
                rows.add(i)
            score -= 2 if not title else 0
            score -= 1 if re.search(r"[,;]$", title) else 0
            if kind == "slash" and re.fullmatch(r"\d{1,2}/\d{2}", num) and not strong \
                    and _could_be_date(num):
                score -= 2  # "11/30 …" is more often a date ("24/61" is a minute number)
            # Where the item headings are bold, a sub-number in body type opening a sentence that
            # runs on ("3.1 OP reported that 64 apprentices started this" / "year against …") or
            # ends on a full stop ("5.1 None.") is a numbered paragraph of the item, not a heading.
            k = i + span
            runs_on = k < len(lines) and lines[k].page == line.page and not _new_paragraph(lines, k, lay) \
                and not parse_number(lines[k].text) and not lines[k].bold
            if numbered and not strong and kind == "dotted" \
                    and (runs_on or lines[k - 1].text.strip().endswith(".")):
                score -= 3
            elif numbered and not strong and kind == "int" and (not at_margin or hanging) and not above \
                    and (runs_on or lines[k - 1].text.strip().endswith(".")) \
                    and _sentence_like(re.split(r"\s[–—-]\s", title, maxsplit=1)[-1]):
                # the same with whole numbers indented from the margin: a point of the item
                # in running prose ("4. Management Reports – the General Manager will develop
                # these for the" / "next Board meeting …"), under headings set in bold
                score -= 3
            elif caps_heads and not strong and kind == "dotted" and not _is_caps(title) and not reference \
                    and (runs_on and (len(line.text.strip()) > 0.85 * lay.width
                                      or lines[k].text.strip()[:1].islower())
                         or lines[k - 1].text.strip().endswith(".") and _sentence_like(title)):
                # ("4.2 Councillor Ramlogan objected to the recommendation, stating that" / "…")
                score -= 3
            if above and cands and cands[-1][0].index == i - 1:
                cands.pop()  # the title line, read first as a heading of its own
            h = Heading(i - above, num, title, kind, file_id=file_id,
                        span=span + above - (1 if beside else 0), key=number_key(num, kind),
                        number_beside_text=beside)
            cands.append((h, score))
            i += span
            continue
        # A bold label indented over a numbered list ("Tribeca area" / "1. 57 Murray Street …").
        label_over_list = strong and para and len(text) <= 60 and i + 1 < len(lines) \
            and bool(_LIST_NUMBER.match(lines[i + 1].text.strip()))
        if i in skip or not (at_margin or label_over_list or _centred_atop_page(lines, i, lay, strong)):
            i += 1
            continue
        prev = lines[i - 1].text.strip() if i else ""
        after_block = bool(prev) and lines[i - 1].page == line.page and (
            bool(re.search(r"\s[–—-]$|[:.!?]$", prev)) or len(prev) < 0.6 * lay.width)
        plain = _plain_heading(lines, i, lay, strong, para, weak_ok, typographic, after_block,
                               sentence_ok=not numbered)
        if plain and (_PROCEDURAL_HEADING.match(plain) or _TIME_LINE.match(plain)):
            plain = ""  # "SECONDER", "VOTE ON THE MAIN MOTION", "PASSED [UNANIMOUS]": how, not what
        if plain:
            span = 1
            while _continues_title(lines, i + span, line, lay) and len(plain) < 200:
                plain = f"{plain} {lines[i + span].text.strip()}"
                span += 1
            cands.append((Heading(i, "", plain, "plain", span=span), 4.0))
            i += span
            continue
        i += 1
    # the numbered points of a letter printed in the minutes (a protest, a resident's letter:
    # "Dear Ms. Taylor:" / "1. Whom you represent: …" / "2. What the issues are:") are the
    # letter's, not the minutes' items
    inside = _letter_lines(lines)
    if inside:
        cands = [(h, sc) for h, sc in cands if h.index not in inside
                 or not any(c.number and c.index < inside[h.index] for c, _ in cands)]
    year_last = slash_year_last([h.number for h, _ in cands if h.kind == "slash"])
    if year_last is not None:
        for h, _ in cands:
            if h.kind == "slash":
                h.key = number_key(h.number, h.kind, year_last)
    # the group labels of such a table ("Department of Finance" over "1. TIMOTHY KRUS  $45.07 …",
    # its column heads between them): parts of the list, no matters of their own
    cands = [(h, sc) for n, (h, sc) in enumerate(cands)
             if not (h.kind == "plain" and n + 1 < len(cands) and cands[n + 1][0].index in rows
                     and cands[n + 1][0].index - h.index <= 3)]
    kept = _select(cands)
    # Attachments and appendices after the minutes are one block, not agenda items.
    cut = next((k for k, h in enumerate(kept)
                if re.fullmatch(r"(?:attachments?|appendi(?:x|ces)|annex(?:es)?)\W*", h.title, re.I)), None)
    return kept[:cut + 1] if cut is not None else kept


# A letter's salutation on a line of its own ("Dear Ms. Taylor:", "Dear Sir or Madam,") and its
# closing ("Sincerely,", "Yours faithfully", "Respectfully submitted")
_SALUTATION = re.compile(r"^\s*Dear\s+[A-Z][\w.'’ -]{0,60}[:,]\s*$")
_CLOSING = re.compile(r"^\s*(?:(?:Yours\s+)?(?:sincerely|faithfully|truly)(?:\s+yours)?|"
                      r"Respectfully(?:\s+(?:submitted|yours))?|(?:Kind|Best|Warm)\s+regards|"
                      r"Regards)\s*[,.]?\s*$", re.I)


def _letter_lines(lines: list[Line]) -> dict[int, int]:
    """{index of a line of a letter's body: index of its salutation}: the lines after each
    salutation up to the letter's closing, looked for on the salutation's page and the next;
    a letter with no closing there ends with its salutation's page."""
    out: dict[int, int] = {}
    for k, line in enumerate(lines):
        if not _SALUTATION.match(line.text):
            continue
        end = next((j for j in range(k + 1, len(lines)) if lines[j].page > line.page + 1
                    or _CLOSING.match(lines[j].text)), len(lines))
        if end == len(lines) or not _CLOSING.match(lines[end].text):
            end = next((j for j in range(k + 1, len(lines)) if lines[j].page > line.page), len(lines))
        out.update((j, k) for j in range(k + 1, end))
    return out


_SMALL_WORDS = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to",
                "with", "vs", "v"}


# a heading repeated where its item goes on ("Space Utilization Committee – cont’d",
# "Treasurer's Report (continued)", "Planning – Cont."): the item above, not a new one
_CONTINUED = re.compile(r"(?:[\s–—:-]|\()\s*(?:cont['’]?d|continued|cont\.)\s*\)?\W*$", re.I)


_AMOUNT = r"[$£€¥]\s?[\d,]+(?:\.\d+)?"
_TWO_AMOUNTS = re.compile(rf"{_AMOUNT}\s+{_AMOUNT}\s*$|^\s*{_AMOUNT}\s+(?:{_AMOUNT}|-)\s")


def _payment_row(lines: list[Line], i: int, span: int, title: str) -> bool:
    """Whether the numbered line i is a row of a table of payments numbered down its first
    column ("1. TIMOTHY KRUS  $45.07  $78,873.00"; "1. EWO #028, $ 28,883.04 – WC 1156, Locust
    Point Area" / "Infrastructure Rehabilitation" / "$ 7,883,300.00  $ 4,321,141.27  Spiniello
    Companies"): two amounts side by side closing its line, or opening a line of the entry under
    it, as a list of contracts, claims or payments approved at once prints its entries."""
    if _TWO_AMOUNTS.search(title):
        return True
    return any(k < len(lines) and lines[k].page == lines[i].page and not parse_number(lines[k].text)
               and _TWO_AMOUNTS.match(lines[k].text) for k in (i + span, i + span + 1))


_AMOUNTS = re.compile(r"^(?:[$£€¥]\s?[\d,]+(?:\.\d+)?\s*)+$")
_BANNER = re.compile(r"^\W*(?:(?:approved|draft|unapproved|amended|final)\s+)?(?:minutes|agenda)\b", re.I)


def _centred_atop_page(lines: list[Line], i: int, lay: _Layout, strong: bool) -> bool:
    """Whether line i is a heading set centred at the top of a cover page ("PERSONNEL MATTERS"
    over "UPON MOTION duly made and seconded, / the Board approved / all of the Personnel
    matters / listed on the following pages:", each line centred), as minutes that give a
    matter a page of its own print it: the page's first line, bold or in capitals, short, its
    middle the middle of the text column (within a tenth of the column's width), and the line
    under it centred too. A label centred over a table at the margin ("PROMOTIONS" over "DATE
    DEPARTMENT JOB CLASSIFICATION") heads the table, not a matter."""
    line = lines[i]
    if i and lines[i - 1].page == line.page or not (strong or _is_caps(line.text)):
        return False
    if _BANNER.match(line.text):
        return False  # "MINUTES OF THE SPECIAL JOINT CITY COUNCIL AND": a meeting's banner
    if not (line.x1 > line.x0 and lay.right > lay.margin) or len(line.text.strip()) > 60:
        return False
    width = lay.right - lay.margin

    def centred(l: Line) -> bool:
        return l.x0 > lay.margin + 0.15 * width \
            and abs((l.x0 + l.x1) / 2 - (lay.margin + lay.right) / 2) <= 0.1 * width

    under = lines[i + 1] if i + 1 < len(lines) and lines[i + 1].page == line.page else None
    return centred(line) and under is not None and centred(under)


def _title_below_tail(lines: list[Line], i: int, title: str, lay: _Layout) -> bool:
    """Whether the number opening line i sits beside the last words of the sentence above
    rather than its heading ("These were adopted by the Board as presented by the Committee
    noting" / "7.4 a review at 28 February 2013." / "Auditors" / "The Finance & Audit committee
    had seen …"), as a table of number | heading and text prints a number cell level with the
    last line of the row above: the text after the number goes on in lower case from a line
    cut mid-sentence, and the next line, after space, is a short heading in the text column
    over prose."""
    if i == 0 or i + 2 >= len(lines) or not title[:1].islower():
        return False
    prev, nxt, body = lines[i - 1], lines[i + 1], lines[i + 2]
    if not _CUT_OFF.search(prev.text.strip()) or nxt.page != lines[i].page or body.page != nxt.page:
        return False
    t = nxt.text.strip()
    if parse_number(t) or len(t) > 90 or len(t.split()) > 10 or re.search(r"[.,;:]$", t) \
            or not _title_or_caps(t) or not _new_paragraph(lines, i + 1, lay):
        return False
    cw = (lines[i].x1 - lines[i].x0) / max(len(lines[i].text.strip()), 1) if lines[i].x1 > lines[i].x0 else 6.0
    return nxt.x0 > lines[i].x0 + 2 * cw and abs(body.x0 - nxt.x0) <= 2 * cw \
        and len(body.text.strip()) > len(t) and not _title_or_caps(body.text.strip())


# a sentence's opening: its subject in capitals ("SK", "The quarterly reports", "The Board"),
# then a word in lower case ("raised", "has requested"); an address or a name ("16 Murray Street,
# Rezidue LLC, new application …") opens no sentence
_OPENS_SENTENCE = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+[a-z]{2,}\b")


def _title_above(lines: list[Line], i: int, lay: _Layout, beside: str = "") -> bool:
    """Whether the number set alone on line i has its title on the line just above it, in the
    text column right of the number ("Health & Safety" / "10." / "The General Manager asked for
    the Board to review …"), as minutes laid out in a table of number | heading and text print
    it when the heading's baseline sits a little higher than the number's: the line above
    opens its block, is short and set as a title (title case, capitals, or bold over text in
    regular type), and the line under the number is the item's text, a sentence or in a weight
    other than the title's, aligned with the title. A number over its own title ("6.2" /
    "Board Standing orders") has no such prose under it.

    `beside` is the text printed after the number on line i, when there is some: then that is
    the item's first line of text ("Urgent Matters" / "10.  SK raised the urgent issue …",
    "Health and Safety" / "9.  1. The quarterly reports …"), prose or the first point of a
    numbered list, in a weight other than the title's; the line under it may hang further in."""
    if i == 0 or i + 1 >= len(lines):
        return False
    above, num, nxt = lines[i - 1], lines[i], lines[i + 1]
    t = above.text.strip()
    if above.page != num.page or nxt.page != num.page or not t or parse_number(t) or bullet_of(t):
        return False
    if len(t) > 90 or len(t.split()) > 12 or re.search(r"[.,;:]$", t):
        return False
    if not 0 < num.top - above.top <= lay.gap * 1.5:
        return False
    if not beside and not 0 < nxt.top - num.top <= lay.gap * 2.2:
        return False
    cw = (num.x1 - num.x0) / max(len(num.text.strip()), 1) if num.x1 > num.x0 else 6.0
    if above.x0 < num.x0 + 2 * cw or (not beside and abs(nxt.x0 - above.x0) > 2 * cw):
        return False
    # (a bold title over a number beside the text opens its block, space above it or not)
    if not _new_paragraph(lines, i - 1, lay) \
            and not (beside and above.bold and i >= 2 and not lines[i - 2].bold):
        return False
    if beside:
        first = parse_number(beside)
        if first and first[0] in ("1", "a", "i", "A", "I"):
            beside = first[1]  # the first point of the item's list
        return bool(above.bold) and not num.bold and (_title_or_caps(t) or len(t.split()) <= 6) \
            and bool(_OPENS_SENTENCE.match(beside)) and _sentence_like(beside) \
            and not _title_or_caps(beside)
    weight = bool(above.bold) and not nxt.bold
    # the line under the number is running text: no title, and a sentence, or a line that ends
    # on a stop or goes on in the same paragraph
    body = nxt.text.strip()
    goes_on = i + 2 < len(lines) and lines[i + 2].page == nxt.page and not _new_paragraph(lines, i + 2, lay) \
        and abs(lines[i + 2].x0 - nxt.x0) <= 2 * cw and not parse_number(lines[i + 2].text)
    prose = not _title_or_caps(body) and (_sentence_like(body) or goes_on or bool(_SENTENCE_STOP.search(body)))
    return (_title_or_caps(t) or weight) and (weight or prose)


def _hanging_paragraphs(lines: list[Line], start: int) -> int:
    """How many lines in body type open with a whole number before a sentence and wrap onto a
    line indented under the sentence's text, the number left hanging in the margin ("12.  Mr
    LAM Siu-fung moved, seconded by Dr HO Wing-sze, that the" / "Council approve …"); 0 unless
    those numbers run on through the minutes, never starting again (the paragraphs of the whole
    minutes, not a numbered list under each heading: "1. 57 Murray Street, …, application for
    …" under one committee's report, "1. …" again under the next)."""
    count, last = 0, 0
    for k in range(start, len(lines) - 1):
        line, nxt = lines[k], lines[k + 1]
        p = parse_number(line.text)
        if line.bold or not p or p[2] != "int" or not _sentence_like(p[1]):
            continue
        if int(p[0]) <= last:
            return 0
        last = int(p[0])
        if nxt.page == line.page and not nxt.bold and nxt.x0 > line.x0 + 12 \
                and nxt.top - line.bottom < 2 * max(line.size, 8) and not parse_number(nxt.text):
            count += 1
    return count


def _sentence_like(title: str) -> bool:
    """A title written as a sentence ("The Engineer II presented the report on the programme.")
    rather than a heading ("Band Trip to Washington, D.C.", "Financial Report"): two or more
    content words in lower case, a third of its words or more."""
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    low = [w for w in words if w[0].islower() and w.lower() not in _SMALL_WORDS]
    return len(low) >= 2 and len(low) >= len(words) / 3


# Run-in labels that introduce a detail of the item above, not a matter of their own.
PROCEDURAL_LABELS = CONFIG["procedural_labels"]
# The hour of the meeting on a line of its own under the title ("COMMENCING AT 10:00 A.M."):
# when, not a matter
_TIME_LINE = re.compile(r"^\W*(?:(?:commencing|starting|beginning|convened)\s+)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*"
                        r"(?:[ap]\.?\s*m\.?|hrs?\.?|hours)?\W*$", re.I)


def _outline(lines: list[Line]) -> float | None:
    """Left edge of the top-level bullets when the minutes are a bullet outline (bullets at two
    or more indents, and most lines are bullets or their hanging text), else None."""
    bullets = [l for l in lines if bullet_of(l.text)]
    if len(bullets) < 4:
        return None
    levels = {round(l.x0 / 6) for l in bullets}
    top = min(l.x0 for l in bullets)
    inside = sum(1 for l in lines if bullet_of(l.text) or l.x0 > top + 4)
    tops = sum(1 for l in bullets if l.x0 <= top + 4)
    if len(levels) >= 2 and tops >= 3 and inside >= OUTLINE_SHARE * len(lines):
        return top
    return None


_PROCEDURAL_HEADING = re.compile(CONFIG["procedural_heading"], re.I)
# a member's vote after their name ("Spencer: Aye; Knox White: Aye", "Councilmember Daysog: No"),
# a roll call run on from the line above, not a run-in label
_ROLL_CALL_VOTE = re.compile(CONFIG["roll_call_vote"])
_VOTE_LIST_TITLE = re.compile(CONFIG["vote_list_title"], re.I)
JUMP_MAX = 6  # top-level numbers a well-set heading may skip when the next heading continues it
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+\S")


def _opens_with_date(text: str) -> bool:
    from .segment_dates import find_dates
    hits = find_dates(text)
    return bool(hits) and hits[0].start == 0 and not hits[0].numeric


_MINUTES_OF = re.compile(r"^\W*minutes?\s+of\b", re.I)


# A side of a recorded vote or nomination set as a label over the names voting that way
# ("For the Motion", "Against", "Abstentions (2)", "For Councillor Daly").
# "Moved: Mr Ferris", "Seconded by: Cllr Daly": who moved the motion above, on a line of its own
# (at the top of a page, where no space above tells it from a heading), is no heading
_MOVER_LINE = re.compile(r"^(?:Moved|Seconded|Proposed|Mover|Seconder|Proposer)(?:\s+by)?\s*:", re.I)
# "Attest: Karen Whitby, Director", "Signed: ____ Chair": the minutes' signature, no heading
_SIGNED_LINE = re.compile(r"^(?:Attest(?:ed)?|Signed|Certified|Submitted|Recorded|Minutes\s+(?:taken|recorded))"
                          r"(?:\s+by)?\s*:", re.I)
_VOTE_SIDE = re.compile(
    r"^(?:for|against|abstain\w*|abstentions?|in\s+favou?r)\b(?:\s+(?:of\s+)?the\s+(?:motion|amendment|proposal))?"
    # (the names after it under any member's title: "Against: Cr Kuerschner", "For: Trustees A, B")
    r"(?:\s*\(\d+\))?(?:\s*[:–-]?\s*(?:councillors?|cllrs?|crs?|members?|mr|mrs|ms|dr|councilmembers?|"
    r"aldermen|alderman|directors?|trustees?|commissioners?|supervisors?|governors?|hon|prof|revd?)\b.*)?[\s:.]*$", re.I)


# The result of a motion set on a line of its own, in capitals or bold ("CARRIED", "CARRIED 4/2",
# "ADOPTED UNANIMOUSLY", "ADOPTED ON DIVISION (4 to 1)", "REJECTED ON DIVISION", "MOTION LOST").
_RESULT_ONLY = re.compile(
    r"^(?:(?:the\s+)?(?:motion|resolution|amendment|proposal)\s+)?(?:carried|adopted|rejected|defeated|lost|"
    r"failed)(?:\s+(?:unanimously|on\s+(?:a\s+)?division|by\s+(?:a\s+)?majority|as\s+amended))?"
    r"(?:\s*[(\[]?\d{1,2}\s*(?:[/–—-]|to)\s*\d{1,2}[)\]]?)?[\s.]*$", re.I)


def _plain_heading(lines: list[Line], i: int, lay: _Layout, strong: bool, para: bool,
                   weak_ok: bool = True, typographic: bool = False, after_block: bool = False,
                   sentence_ok: bool = True) -> str:
    """Title of an unnumbered heading at line i, or "": a bold or ALL-CAPS short line, a
    stand-alone short Title Case line ("Adjournment"), or a run-in label opening a paragraph
    ("Community Groups: …"), also straight after a block that ended (`after_block`: the line
    above was an empty label "Dam –", ended a sentence, or was short). Table headers
    (followed by rows starting with digits) are not."""
    text = _clean(lines[i].text)
    words = text.split()
    nxt = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    if is_table_header(text) or " | " in text:
        # "Action  Owner  Due", "Contractor | Scope | Price | Start": the header row of a table,
        # not a heading
        return ""
    if _VOTE_SIDE.match(text) or _MOVER_LINE.match(text) or _SIGNED_LINE.match(text):
        return ""  # "Against", "Abstentions", "For Councillor Daly": a side of a recorded vote
    if _RESULT_ONLY.match(text):
        return ""  # "ADOPTED ON DIVISION (4 to 1)", "CARRIED 4/2": the result of the motion above
    if ACTION_INITIALS.match(text):
        return ""  # "ACTION: HL" under a paragraph: the owner of the action it records, no item
    if text.count(")") > text.count("("):
        return ""  # "District Meeting)": the end of a bracket opened on the line above
    if re.fullmatch(r"\([^()]*\)", text):
        return ""  # "(FILE NO. 55895)", "(See Attachment A)": a note in brackets, no heading
    if _CONTINUED.search(text):
        return ""  # "Space Utilization Committee – cont’d": the item above, over a page break
    prev = lines[i - 1].text.strip() if i and lines[i - 1].page == lines[i].page else ""
    if i < 15 and _MINUTES_OF.match(prev) and not re.search(r"[.;:]$", prev) \
            and (_is_caps(prev) or lines[i - 1].bold):  # the title at the head of the minutes
        return ""  # the venue or time that runs on the title ("MINUTES OF … HELD ON 4TH JUNE 2024" / "IN THE COMMITTEE ROOM …")
    # (amounts alone under a label in body type: "Annual Rent" / "$4,200.00"; a heading set
    # large or bold over a table of accounts, "Treasurer's Report" / "$100,016 Bank of …", and
    # a sentence running on past an amount stay what they are)
    if re.match(r"^\d", text) or (not strong and _AMOUNTS.match(nxt)) \
            or (re.match(r"^\d", nxt) and not _LIST_NUMBER.match(nxt)
                and not (_opens_with_date(nxt) and not re.search(r"\d", text))):
        return ""  # a table header over rows of figures; not a heading over a date ("2nd April …")
    # The line runs on into a sentence on the next line ("Mr. A, Chairperson" / "said …").
    runs_on = i + 1 < len(lines) and not _new_paragraph(lines, i + 1, lay) \
        and not bullet_of(nxt) and bool(re.match(r"^[a-z]", nxt) or (
            # a line that fills the measure and wraps on to the next, which goes on in
            # prose ("Deputy Inspector Joseph Tompkins, Commanding Officer 40th …, New York City" /
            # "Police Department said thanks …"): a bold speaker tag, not a heading
            len(text) >= 0.85 * lay.width and lines[i + 1].page == lines[i].page
            and not re.search(r"[.:;!?]$", text) and bool(_NAME_THEN_VERB.match(nxt))))
    short = 1 <= len(words) <= 12 and len(text) <= 90 and not text.endswith((",", ";")) and not runs_on
    if _sentence_tail(lines, i, lay):
        return ""  # "… differs slightly from the" / "SSHRB.": the last word of a sentence
    if _list_goes_on(lines, i, lay):
        return ""  # "Present: Chair …, Secretary Nancy Bronstein, Bill" / "Soderlund, Nancy Elzig"
    if not _is_caps(text) and _SUBJECT_VERB.match(text):
        return ""  # "Nancy Bronstein introduced Edwin Gato, new Financial Services Manager": a sentence
    alone = para and _ends_block(lines, i, lay)
    # A bold label over a numbered list ("Tribeca area" / "1. 57 Murray Street …").
    if short and strong and para and _LIST_NUMBER.match(nxt) and text[:1].isupper() and len(words) <= 6 \
            and not re.search(r"[.,;]$", text):
        return text.rstrip(":–- ")
    if short and (strong or _is_caps(text)) and _title_or_caps(text):
        if _is_caps(text):
            return text.rstrip(":. ")
        if text.endswith(".") and not alone:
            return ""
        if strong and not _ends_block(lines, i, lay):
            return ""  # a bold first line of a longer bold paragraph (a motion), not a heading
        return text.rstrip(":.–- ")
    # A bold short line standing alone over body text in regular type: a heading in sentence
    # case ("Warehouse lease", "Minutes of the last meeting"), as many minutes set them. The
    # change of weight below it, not capitals, marks it; a sentence (ends in ".") is not one.
    # The block above must have ended (space above, or a finished sentence): paragraph spacing
    # alone is unreliable where most paragraphs are one line long. Only where the headings are
    # not numbered (`sentence_ok`): under numbered items such lines are sub-headings.
    if sentence_ok and short and strong and (para or after_block) and _ends_block(lines, i, lay) and len(words) <= 8 and text[:1].isupper() \
            and not re.search(r"[.,;:]$", text) and i + 1 < len(lines) and not lines[i + 1].bold \
            and lines[i + 1].page == lines[i].page and len(lines[i + 1].text.strip()) > len(text):
        return text
    if not weak_ok:
        return ""
    # A stand-alone short line, perhaps with a presenter ("District Manager's Report - L. Reynolds").
    head = re.split(r"\s[–—-]\s", text)[0]
    # (not the first entry of a list a sentence introduces: "The Board members who volunteered
    # to be on this Committee are:" / "Jonathan Ogden" / "Peter Callaghan")
    listed = bool(prev) and prev.endswith(":") and len(prev.split()) >= 5 \
        and sum(w[:1].islower() for w in prev.split()) >= 2
    if alone and 1 <= len(head.split()) <= 5 and len(words) <= 9 and _title_case(head) \
            and not re.search(r"[\d.,;:]$", head) and not listed:
        return text
    m = _RUN_IN.match(text) or _DASH_IN.match(text)
    if m and not para:
        # straight after a block only a dash label opening prose ("Dam – It's been …",
        # "Horses – None") counts, not a roll call ("Councilmembers Daysog: Ayes") or a table row
        rest = text[m.end():].split()
        prose = len(rest) >= 3 and sum(w[:1].islower() for w in rest[:8]) >= 2
        if not (after_block and m.re is _DASH_IN and (prose or " ".join(rest).lower() in _NOTHING)):
            m = None
    # An owner's initials opening a line ("OP – draft the job description – by 30 June") make
    # an action-log row, not a matter.
    if m and _ITEM_PREFIX.match(m.group("label")) and re.match(r"^\W*[a-z]", text[m.end("label"):]):
        m = None  # "Minute 24/41: the review … is in progress": matters arising citing a minute
    if m and _ROLL_CALL_VOTE.match(text[m.end("label"):].lstrip(" :–—")):
        m = None  # "Spencer: Aye; Knox White: Aye; …": a roll call, the name is no heading
    if m and m.re is _DASH_IN and re.match(r"\d{1,2}\s*\.?\s*(?:[;,\]]|$)", text[m.end():]):
        # "[Absent:" / "Councilmember Vella – 1.]": a vote list's count, not a label; a numbered
        # point after it ("Common Property – 1. After an eventful winter, …") is the label's text
        m = None
    if m and re.search(r"\d", m.group("label")) and _MOTION_OPENING.match(text[m.end("label"):]) \
            and not re.match(r"(?i)(?:agenda\s+)?(?:item|minute|section|part|no)\b", m.group("label")):
        m = None  # "BCR 2025-04: Moved by Councillor …": a numbered resolution inside its item
    if m and _title_case(m.group("label")) and len(m.group("label").split()) <= 8 \
            and m.group("label").lower() not in PROCEDURAL_LABELS \
            and not re.fullmatch(r"[A-Z]{2,4}", m.group("label")):
        label = m.group("label")
        after = text[m.end("label"):].strip(" –—-:")
        # "Treasurer's Report – Robin – …": a one-word name after the label belongs to it.
        name = re.match(r"^([A-Z][a-z]+)\s+[–—-]\s", after)
        return f"{label} – {name.group(1)}" if name else label
    if para and not alone and not runs_on and not listed and 2 <= len(words) <= 10 and len(text) < 0.6 * lay.width \
            and text[:1].isupper() and not re.search(r"[.,;:]$", text) and i + 1 < len(lines) \
            and lines[i + 1].x0 >= lines[i].x0 - 2 and len(lines[i + 1].text) > len(text) \
            and not _list_over_page_break(lines, i):
        return text  # a short first line over a paragraph: a heading set in body type
    return ""


# a postal address: place names set apart by commas ("Foxfield, Elliswood", "Killarney Road,
# Abbeyfeale", "Co. Limerick"), no word in lower case
_PLACE = r"(?:Co\.\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_ADDRESS = re.compile(rf"^{_PLACE}(?:,\s*{_PLACE})+,?$|^{_PLACE},$|^Co\.\s+[A-Z][\w'’-]+$")


def _address_cell(lines: list[Line], i: int, span: int, title: str) -> bool:
    """Whether a number opening line i is a house number in a table of people read row by row
    (a name, a party, an occupation, then "2 Foxfield, Elliswood" / "Killarney Road,
    Abbeyfeale" / "Co. Limerick"): the title is place names set apart by commas, the line above
    a short cell (no sentence, at most four words) and the line under more of the address."""
    if not _ADDRESS.match(title) or i == 0 or i + span >= len(lines):
        return False
    above, under = lines[i - 1].text.strip(), lines[i + span].text.strip()
    return 1 <= len(above.split()) <= 4 and not re.search(r"[.:;!?]$", above) \
        and not parse_number(above) and bool(_ADDRESS.match(under))


def _list_over_page_break(lines: list[Line], i: int) -> bool:
    """Whether line i, first on a page after another, goes on with a list of short entries (the
    names of a committee's members, "Tony Brown" / "Bob Roberts" / "Sue Buck" atop page 2): the
    page break, not space, sets it apart, and the line under it is an entry as short, in the same
    type, no paragraph it would head."""
    if i == 0 or lines[i - 1].page == lines[i].page or i + 1 >= len(lines):
        return False
    here, nxt = lines[i], lines[i + 1]
    words = nxt.text.split()
    return nxt.page == here.page and abs(nxt.x0 - here.x0) <= 2 and bool(nxt.bold) == bool(here.bold) \
        and len(words) <= 4 and not re.search(r"[.:;]$", nxt.text.strip()) \
        and all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words)


# the end of a sentence: a stop, perhaps inside a closing bracket or quote ("(CNA).", "SSHRB.")
_SENTENCE_STOP = re.compile(r"[.!?][)\]”’\"']*$|[)\]”’\"'][.!?]$")
# a line cut mid-sentence: it ends on a word in lower case or a comma
_CUT_OFF = re.compile(r"(?:\b[a-z][\w'’-]*|,)$")


def _sentence_tail(lines: list[Line], i: int, lay: _Layout) -> bool:
    """Whether line i is the last few words of a sentence that wrapped on to it ("… inquired the
    reason for the staff recommendation differs slightly from the" / "SSHRB."): a line of at most
    three words ending on a full stop, under a line that stops mid-sentence in the same paragraph
    (or at the foot of the page before). An acronym or a proper name there is prose, however it
    is set; only a printed number could make it an item, and numbered lines are read elsewhere."""
    text = lines[i].text.strip()
    if i == 0 or len(text.split()) > 3 or not _SENTENCE_STOP.search(text):
        return False
    prev, line = lines[i - 1], lines[i]
    if prev.bold != line.bold or not _CUT_OFF.search(prev.text.strip()):
        return False
    if prev.page == line.page:
        return not _new_paragraph(lines, i, lay)
    # across a page break the line above must have been full: a short last line ended its block
    return line.page == prev.page + 1 and len(prev.text.strip()) >= 0.6 * lay.width


# A sentence opening with its subject, a name in capitals, and a finite verb ("Nancy Bronstein
# introduced Edwin Gato, new …", "Member Soderlund asked if …"): a heading names a matter, it
# does not report what someone did
_SUBJECT_VERB = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:[a-z]+ed|is|was|were|has|had|said|spoke|gave|made|took|told|"
    r"thanks|says|asks|notes|reports|welcomes|presents|explains)\s+\S+(?:\s+\S+){2,}$")


def _list_goes_on(lines: list[Line], i: int, lay: _Layout) -> bool:
    """Whether line i goes on with a list of names the line above left open ("Present: Chair
    Mayor Trish Herrera Spencer, Secretary Nancy Bronstein, Bill" / "Soderlund, Nancy Elzig"):
    the line above, just over it at the same indent, lists two or more entries set apart by
    commas and stops on a capitalised word with no stop after it, and this line opens with a
    word and a comma, or with the last entries of the list. OCR'd scans space lines unevenly,
    so up to twice the usual line pitch counts as the same paragraph."""
    if i == 0 or lines[i - 1].page != lines[i].page:
        return False
    prev, line = lines[i - 1], lines[i]
    above = prev.text.strip()
    if not (0 < line.top - prev.top <= 2 * lay.gap) or abs(line.x0 - prev.x0) > 8:
        return False
    if above.count(",") < 2 or not re.search(r"[A-Z][\w'’-]*$", above):
        return False
    return bool(re.match(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*)?\s*(?:,|\band\b)", line.text.strip()))


def _title_or_caps(text: str) -> bool:
    core = re.split(r"\s[–—-]\s", text)[0]
    return _is_caps(core) or _title_case(core)


def _select(cands: list[tuple[Heading, float]]) -> list[Heading]:
    """Keep candidates whose score passes, or whose number continues a running sequence.

    Numbering is tracked as a stack: "6" -> "6.1" -> "7" pops back; a list that restarts at 1
    under a heading ("4. Decisions" / "1. Fixed Asset Review") pushes a new level.
    """
    kept: list[Heading] = []
    stacks: dict[str, list[tuple[int, ...]]] = {}
    # the score of the heading that set each level of a stack: where a number goes on from two
    # levels ("6" after the sub-items "1" … "5" of item 5), the level set like it wins
    marks: dict[str, list[float]] = {}
    _misread_one(cands)
    for n, (h, score) in enumerate(cands):
        fam = _family(h)
        if h.kind in ("plain", "file", "bullet"):
            if score >= 3:
                kept.append(h)
            continue
        if h.kind == "ref":  # an application reference set as a heading, beside any numbering
            if score >= 4:
                kept.append(h)
            continue
        letters = stacks.get("letter")
        if h.kind == "roman" and len(h.number) == 1 and letters \
                and letters[-1] == (ord(h.number) - 65,):
            # "I." after "H." (or "V." after "U.") goes on with the letters; it is not roman one
            h.kind, h.key, fam = "letter", (ord(h.number) - 64,), "letter"
        stack = stacks.setdefault(fam, [])
        mark = marks.setdefault(fam, [])
        del mark[len(stack):]
        mark += [score] * (len(stack) - len(mark))
        # (the deepest level it goes on from, unless a shallower one was set by a heading scored
        # nearer its own: "5. Finance & Audit" … "5. Signage" (a sub-item) … "6. Support Services
        # Manager Update", set as item 5 was, is item 6, not a sixth sub-item)
        goes_on = [k for k in range(len(stack) - 1, -1, -1) if _successor(stack[k], h.key)]
        level = min(goes_on, key=lambda k: abs(mark[k] - score), default=None) if goes_on else None
        restart = h.key and h.key[0] == 1 and all(k <= 1 for k in h.key[1:])
        if level is None and not stack and _successor(None, h.key):
            level = -1
        if level is None and not stack and (score >= 4 and _confirmed(h, cands[n + 1:n + 4])
                                            or score >= 3 and _confirmed(h, cands[n + 1:n + 5], 2)
                                            or score >= 2 and h.kind in ("slash", "minref", "coderef", "fileno")
                                            and _confirmed(h, cands[n + 1:n + 6], 3, 2)
                                            or score >= 2 and h.kind == "section"
                                            and _confirmed(h, cands[n + 1:n + 4], 2, 2)
                                            or score >= 2 and h.kind == "dotted" and len(h.key) == 2
                                            and h.key[1] == 1 and _confirmed(h, cands[n + 1:n + 6], 3, 2)):
            # a numbering that starts mid-way ("23/045", "5.") and goes on; minute references
            # in plain text ("C/24/015 Minutes", no type to set them apart) four in a row, as
            # are minutes numbered under the meeting's own number ("62.1", "62.2", … of meeting 62);
            # items under a section sign ("§ 112", "§ 113", "§ 114") three in a row
            level = -1
        if level is None and stack and len(h.key) == 1 and len(stack[0]) == 1 \
                and stack[0][0] < h.key[0] <= stack[0][0] + JUMP_MAX \
                and (score >= 4 or (score >= 3 and _is_caps(h.title))) \
                and _confirmed(h, cands[n + 1:n + 4]):
            level = 0  # items left out of the minutes ("5 …" then "9 …", "9.1 …"): a jump ahead
        if level is None and stack and len(h.key) == 1 and len(stack[0]) == 1 \
                and stack[0][0] < h.key[0] <= stack[0][0] + JUMP_MAX and score >= 2 \
                and _confirmed(h, cands[n + 1:n + 8], 3, 2):
            level = 0  # the same jump in plain type ("XII." then "XIV.", "XV.", "XVI.", "XVII.")
        if h.kind == "letter2" and level is None:
            continue  # two letters are an item number only where they go on from the letters
        need = 3 if fam == "sub" else 2  # lettered paragraphs are items only when set as headings
        if level is not None and score >= need:
            del stack[max(level, 0):]
            del mark[max(level, 0):]
            stack.append(h.key)
            mark.append(score)
        elif restart and (score >= 3 or score >= need and fam != "top" and kept
                          and _family(kept[-1]) == "top"):
            # a list that restarts at 1 under a heading; a lettered list restarting right under
            # a new numbered section ("VII. INFORMATION ITEMS" / "A. Fare Capping Pilot") is that
            # section's list, as its first one was under the section before
            stack.append(h.key)
            mark.append(score)
        elif score >= 5:
            stack[:] = [h.key]
            mark[:] = [score]
        else:
            continue
        kept.append(h)
        if fam == "top":
            stacks.pop("sub", None)
    return kept


def _misread_one(cands: list[tuple[Heading, float]]) -> None:
    """OCR reads a "1" as "4" or "7" (a serif or a skewed scan): where the first whole-number
    heading is 4 or 7, well set (score >= 4), and the next two whole-number headings are 2 and
    3, that heading is item 1. A printed numbering never goes 4, 2, 3."""
    tops = [(h, sc) for h, sc in cands if h.kind == "int"]
    if len(tops) < 3 or tops[0][1] < 4:
        return
    (h, _), nxt = tops[0], [c.key for c, _ in tops[1:3]]
    if h.key in ((4,), (7,)) and nxt == [(2,), (3,)]:
        h.number = "1" + h.number[1:] if h.number[:1] in "47" else h.number
        h.key = (1,)


def _family(h: Heading) -> str:
    """The numbering a heading belongs to: "top" for the numbers of the agenda's items."""
    if h.kind in ("letterdash", "letter2"):
        return "letter"  # "B-1" goes on from the section "B."
    # a minute reference ("047/KCA/HS/2024") runs on from earlier meetings, apart from any
    # list numbers above it (the members present "1. Hon. …")
    return "top" if h.kind in ("int", "dotted", "dashletter", "dotletter", "numletter", "roman", "slash",
                               "section") \
        else h.kind


def _confirmed(h: Heading, later: list[tuple[Heading, float]], depth: int = 1,
               min_score: float = 3) -> bool:
    """Whether a well-set numbered heading opens a sequence: the next `depth` numbered candidates
    of its kind continue it. Minute references run on from the last meeting ("23/045", "23/046")
    and extracts start mid-agenda, so a first heading need not be 1; two in sequence are a
    numbering, where a stray number in the text is not followed by its successor. Headings set
    in plain type (plain-text minutes) need a longer run (`depth` 2: three in sequence)."""
    nxt = [c for c, sc in later if c.kind == h.kind and sc >= min_score][:depth]
    keys = [h.key] + [c.key for c in nxt]
    return len(nxt) == depth and all(_successor(a, b) for a, b in zip(keys, keys[1:]))


_HEADER_WORDS = CONFIG["table_header_words"]


# The header row of a numbered table of names ("S. No.  Name  Designation", "Sl. No. Name"), as
# Indian, Pakistani and other formal minutes print those present (with a column saying who attended:
# "S. No.  Name  Designation  Attendance"): a row of column names, not a person.
SERIAL_HEAD = re.compile(r"^\W*(?:s|sl|sr)\.?\s*no\.?\s+name(?:\s+(?:and\s+)?(?:designation|"
                         r"role|position|office|title|ward|department|attendance|status))*\s*$", re.I)


# The header row of a roll-call table: the members' column, then two or more columns of votes
# ("Supervisor  Aye  No  Absent", "Member  Yes  No  Abstain", "Name  Ayes  Noes"), as US county
# boards and school boards print a recorded vote.
_ROLL_CALL_HEAD = re.compile(r"^\W*(?:name|member|supervisor|councill?or|council\s+member|director|"
                             r"trustee|commissioner|alderm[ae]n|governor)s?(?:\s+(?:ayes?|yes|yea|no|noes|"
                             r"nays?|absent|abstain(?:ed)?|abstentions?|recused|excused)){2,}\W*$", re.I)


def is_table_header(text: str) -> bool:
    """A line made only of column names ("Action  Owner  Due", "Who  When  Status",
    "S. No.  Name  Designation", "Supervisor  Aye  No  Absent")."""
    if SERIAL_HEAD.match(text) or _ROLL_CALL_HEAD.match(text):
        return True
    words = re.findall(r"[a-z]+", text.lower())
    return len(words) >= 2 and all(w in _HEADER_WORDS for w in words)
