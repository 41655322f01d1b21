"""Dates in minutes: parse every date a line mentions, and pick the meeting's own date.

Pure functions over strings and `Line`s. `find_dates` returns every date in a text with its span;
`meeting_date` scores the dates of a meeting's opening lines and returns the meeting's own date,
not the date of minutes being approved, of the next meeting, or of a signature.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .records import Line
from .segment_config import CONFIG

__all__ = ["DateHit", "find_dates", "parse_date", "meeting_date", "prefers_day_first", "date_from_name",
           "document_years", "printed_weekday"]

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# Ordinal suffixes are often set as superscripts and come out detached ("17 th October").
_DAY = r"(?P<day>[0-3]?\d)\s?(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# Day and month may be separated by "-" runs and weekday names by "- -" (Legistar headers).
_SEP = r"[\s,\-–—]*"
# Day numbers written as words, as deeds and formal minutes do ("the fifth day of March, 2024").
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth", "twentieth"]
_WORD_DAY = {w: n for n, w in enumerate(_ORDINALS, 1)}
_WORD_DAY.update({f"twenty[- ]?{w}": 20 + n for n, w in enumerate(_ORDINALS[:9], 1)})
_WORD_DAY.update({"thirtieth": 30, "thirty[- ]?first": 31})
_WORD_DAY_RE = "|".join(sorted(_WORD_DAY, key=len, reverse=True))
_PATTERNS = [
    # Tuesday, October 18, 2022 / Oct. 18 2022 / OCTOBER 18, 2022
    re.compile(rf"\b{_MONTH}\s*{_DAY}\b,?{_SEP}(?:of\s+)?{_YEAR}\b", re.I),
    # 17th October 2012 / 28TH JANUARY, 2019 / 17 October, 2012
    re.compile(rf"\b{_DAY}(?:\s+day)?(?:\s+of)?\s+{_MONTH}\s*,?\s*{_YEAR}\b", re.I),
    # the fifth day of March, 2024 / twenty-first day of June 2023
    re.compile(rf"\b(?P<wday>{_WORD_DAY_RE})\s+(?:day\s+)?of\s+{_MONTH}\s*,?\s*(?:in\s+the\s+year\s+)?"
               rf"{_YEAR}\b", re.I),
    # 2023-01-31
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"),
    # 10/17/2022, 17.10.12, 11/30/17, 17-10-2012
    re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)"
               r"(?P<y>(?:19|20)?\d\d)(?![\d./-]*\d)"),
]


@dataclass(frozen=True)
class DateHit:
    iso: str
    start: int
    end: int
    numeric: bool  # written with digits only (ambiguous day/month order)


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _year(y: str) -> int:
    n = int(y)
    return n if n >= 100 else 2000 + n if n < 70 else 1900 + n


def find_dates(text: str, day_first: bool = False) -> list[DateHit]:
    """Every date in `text`, in order of position. Numeric dates with both parts ≤ 12 are read
    day-first when `day_first` (UK/IE style), else month-first (US style)."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for k, pat in enumerate(_PATTERNS):
        for m in pat.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            g = m.groupdict()
            iso: str | None
            if k < 2:
                iso = _iso(int(g["year"]), MONTHS[g["mon"].lower()[:3]], int(g["day"]))
            elif k == 2:
                iso = _iso(int(g["year"]), MONTHS[g["mon"].lower()[:3]], _word_day(g["wday"]))
            elif k == 3:
                iso = _iso(int(g["year"]), int(g["m"]), int(g["d"]))
            else:
                a, b, y = int(g["a"]), int(g["b"]), _year(g["y"])
                if len(g["y"]) == 2 and g["sep"] == "-":
                    continue  # "3-12-20" is more often a range or an id than a date
                if a > 12 or (day_first and b <= 12):
                    iso = _iso(y, b, a)
                else:
                    iso = _iso(y, a, b)
            if iso:
                hits.append(DateHit(iso, m.start(), m.end(), k == 4))
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def _word_day(word: str) -> int:
    word = word.lower()
    return next(n for w, n in _WORD_DAY.items() if re.fullmatch(w, word))


def parse_date(text: str, day_first: bool = False) -> str:
    """The first date in `text` as ISO yyyy-mm-dd, or "" if there is none."""
    hits = find_dates(text, day_first)
    return hits[0].iso if hits else ""


_DAY_MONTH = re.compile(rf"\b[0-3]?\d\s?(?:st|nd|rd|th)?\s+{_MONTH}\s*,?\s*(?:19|20)\d\d", re.I)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s*[0-3]?\d(?:st|nd|rd|th)?,?\s*(?:19|20)\d\d", re.I)


_NUMERIC = re.compile(r"(?<![\d./-])([0-3]?\d)([./-])([0-3]?\d)\2(?:19|20)?\d\d(?![\d./-]*\d)")
# Spellings and titles of countries that write the day first (UK, Ireland, Australia, New Zealand)
# against those of the United States, which write the month first. Only a tie-breaker.
_DAY_FIRST_CUES = re.compile(
    r"£|€|\bCllrs?\b|\bparish council\b|\bshire\b|\borganis\w+|\bprogramme\b|\bcentre\b|"
    r"\bfavour\w*|\bcolour\w*|\bwhilst\b|\bmetres?\b", re.I)
_MONTH_FIRST_CUES = re.compile(
    r"\bselect(?:man|men|board)\b|\btownship\b|\balderm[ae]n\b|\borganiz\w+|\bprogram\b|"
    r"\bcenter\b|\bfavor\w*|\bcolor\w*|\bfeet\b|\bZIP\b|\bU\.S\.|\bstate of [A-Z]", re.I)


def prefers_day_first(text: str) -> bool:
    """Whether the document writes dates day-first ("17 October 2012", "30/04/2024").

    Judged, in order, by numeric dates that can only be read one way (a first part over 12:
    "30/04/2024"; a second part over 12: "03/19/2024"), by its spelled-out dates, and by the
    spellings and titles of the countries that write one way or the other ("Cllr", "£",
    "programme" against "Selectman", "program", "color"). Numeric dates are then read that way.
    """
    first = month = 0
    for m in _NUMERIC.finditer(text):
        a, b = int(m[1]), int(m[3])
        first += a > 12 >= b
        month += b > 12 >= a
    if first != month:
        return first > month
    days, months = len(_DAY_MONTH.findall(text)), len(_MONTH_DAY.findall(text))
    if days != months:
        return days > months
    return len(_DAY_FIRST_CUES.findall(text)) > len(_MONTH_FIRST_CUES.findall(text))


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# "Wednesday 6 March" / "Wednesday, March 6th": a weekday, day and month with no year.
_YEARLESS = re.compile(
    rf"\b(?P<wk>{'|'.join(_WEEKDAYS)}),?\s+(?:(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH}|"
    rf"{_MONTH.replace('?P<mon>', '?P<mon2>')}\s*(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)\b(?!\s*,?\s*\d)", re.I)
_YEARS = re.compile(r"(?<![\d/])(?:19|20)\d\d(?![\d/])")


def document_years(text: str) -> list[int]:
    """The four-digit years a document prints, most often printed first."""
    counts: dict[int, int] = {}
    for y in _YEARS.findall(text):
        counts[int(y)] = counts.get(int(y), 0) + 1
    return sorted(counts, key=lambda y: -counts[y])


def _yearless(text: str, years: list[int]) -> list[DateHit]:
    """Dates printed as weekday, day and month without a year ("Wednesday 6 March"), the year
    put in from `years` (those the document prints elsewhere: a title, a footer, other dates)
    where the weekday falls on that day in that year; the weekday is what makes this sure."""
    hits = []
    for m in _YEARLESS.finditer(text):
        mon = MONTHS[(m["mon"] or m["mon2"]).lower()[:3]]
        day = int(m["day"] or m["day2"])
        for y in years:
            iso = _iso(y, mon, day)
            if iso and _WEEKDAYS[date.fromisoformat(iso).weekday()] == m["wk"].lower():
                hits.append(DateHit(iso, m.start("wk"), m.end(), False))
                break
    return hits


# Words near a date that say it is not the meeting's own date.
_NEGATIVE = re.compile(
    r"\b(approv\w*|adopt\w*|signed|next\s+meeting|previous|last\s+meeting|prior|dated|posted|"
    r"due|deadline|until|revised|printed|published|circulated|draft|continued|"
    r"effective|expires?|ending|through|statutory|notice)\b", re.I)
# Words straight after a date that say it belongs to other minutes or papers.
_NEGATIVE_AFTER = re.compile(
    r"[\s,]*(?:(?:regular|special|joint|annual|board|council|committee|commission)\s+)*"
    r"(?:(?:meeting|session|sitting)\s+)?(?:minutes\s+)?(?:(?:were|was|are|is|be|being|had\s+been|have\s+been)\s+)?"
    r"(?:\w+ly\s+)?(?:approv|adopt|signed|confirm|accept|ratif|correct|agreed)\w*", re.I)
_POSITIVE = re.compile(
    r"(^\s*(date|meeting date|held on|when)\b|\bminutes\b|\bmeeting\b|\bheld\b|\bconvened\b|"
    r"^\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)", re.I)


def meeting_date(lines: list[Line], day_first: bool | None = None, window: int | None = None,
                 min_score: float | None = None, years: list[int] | None = None) -> str:
    """The meeting's own date from its opening lines, or "".

    Scores each date in the first `window` lines: earlier is better; a "Date:" label, a weekday, or
    "meeting/minutes/held" on the line add weight; "approved", "next meeting", "previous" and the
    like subtract it. Lines that look like an agenda heading about approving minutes are ignored.
    With `min_score`, a best date scoring below it (only dates marked as some other date, or deep
    in the text) gives "" so the caller can prefer better evidence, such as the file name.
    """
    head = lines[:window or CONFIG["date_window_lines"]]
    if day_first is None:
        day_first = prefers_day_first(" ".join(l.text for l in lines[:200]))
    best: tuple[float, str] | None = None
    for i, line in enumerate(head):
        text = line.text
        hits = find_dates(text, day_first)
        nxt = head[i + 1].text if i + 1 < len(head) else ""
        if _WRAPPED_YEAR.match(nxt) and re.search(rf"{_MONTH}[\s,]*$", text, re.I):
            # a date wrapped after its month ("… ON MONDAY, 25TH FEBRUARY," / "2019 AT 3.30 P.M.")
            hits += [h for h in find_dates(f"{text} {nxt.strip()}", day_first)
                     if h.start < len(text) < h.end and not any(o.start < h.end and h.start < o.end for o in hits)]
        if years:
            hits += [h for h in _yearless(text, years)
                     if not any(o.start < h.end and h.start < o.end for o in hits)]
        if not hits:
            continue
        # A date continues the previous line ("... HELD ON" / "MONDAY, 28TH JANUARY, 2019").
        context = (head[i - 1].text + " " if i else "") + text
        for h in hits:
            score = 10.0 - i * 0.25
            before = text[max(0, h.start - 60):h.start]
            if _POSITIVE.search(text):
                score += 3
            if re.search(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", before, re.I):
                score += 2
            labelled = bool(re.search(r"\b(?:meeting\s+)?date\s*[:\-–]\s*$", before, re.I))
            after = re.split(r"[.;]\s", text[h.end:h.end + 60])[0]
            if not text[:h.start].strip(" ,-–—") or re.fullmatch(
                    r"\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)?[\s,]*", text[:h.start], re.I):
                if not text[h.end:].strip(" .,"):
                    score += 2  # a line holding only the date (and its weekday): a heading
            if labelled:  # "Status: Approved   Date: Nov 20, 2025": the label speaks for the date
                score += 3
            elif _NEGATIVE.search(before) or (i and _NEGATIVE.search(head[i - 1].text) and h.start < 3):
                score -= 8
            elif _NEGATIVE_AFTER.match(after):
                score -= 8  # "The minutes of December 13, 2022 were approved as presented."
            if re.search(r"\bminutes\b.*\b(of|from)\b.*\b(meeting|held)\b", context, re.I) and i > 3 \
                    and not _title_block(head[:i]):
                score -= 6  # "Minutes of the meeting held on …" inside the agenda = earlier meeting
            elif i > 3 and re.search(r"\b(?:meeting|held)\b", text, re.I) and any(
                    _MINUTES_TABLED.search(l.text) for l in head[max(4, i - 8):i]) and not _title_block(head[:i]):
                # "Circulated, copies of draft Minutes of the following Meetings:" / "(a)" /
                # "Ordinary Meeting of the Council held on 28th January, 2019.": a list of the
                # meetings whose minutes are adopted, below the title (never in its first lines)
                score -= 6
            if h.numeric:
                score -= 1
            if best is None or score > best[0]:
                best = (score, h.iso)
    if best is None or (min_score is not None and best[0] < min_score):
        return ""
    return best[1]


# A line that tables earlier minutes for approval, the meetings they record listed below it.
_MINUTES_TABLED = re.compile(
    r"\b(?:(?:adopt|approv|confirm|circulat|draft|sign)\w*\b.{0,40}\bminutes|minutes\b.{0,40}"
    r"\b(?:adopt|approv|confirm|circulat|sign)\w*)\b", re.I)
# A line opening with a year, which may end a date wrapped from the line above.
_WRAPPED_YEAR = re.compile(r"^\W*(?:19|20)\d\d\b(?![/.-]\d)")


def printed_weekday(lines: list[Line], iso: str, day_first: bool = False) -> int | None:
    """The weekday (0 = Monday) printed just before the first printing of the date `iso` in
    `lines` ("Tuesday, June 26, 2023"), or None. It may contradict the date: a typo in the day
    or the year, which the weekday and another source (the file name) can settle."""
    for line in lines:
        for h in find_dates(line.text, day_first):
            if h.iso == iso:
                m = re.search(rf"\b({'|'.join(_WEEKDAYS)})\W{{0,6}}$", line.text[max(0, h.start - 16):h.start], re.I)
                return _WEEKDAYS.index(m[1].lower()) if m else None
    return None


def _title_block(above: list[Line]) -> bool:
    """Whether `above` is only a letterhead (Republic / Province / Municipality / Office lines):
    none says "minutes" or "agenda", opens with an item number or reads as a sentence, so a
    "Minutes of the … held on" line below it is the document's own title."""
    return all(not re.search(r"\b(?:minutes|agenda)\b", l.text, re.I)
               and not re.match(r"^\s*(?:\d{1,3}|[IVX]{1,5})[.)]?\s", l.text)
               and not re.search(r"[a-z]{2,}[.;:]\s*$", l.text) and len(l.text) < 80 for l in above)


_NAME_YMD = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-_.](?P<m>[01]?\d)[-_.](?P<d>[0-3]?\d)(?!\d)")
_NAME_NUM = re.compile(r"(?<!\d)(?P<a>\d{1,2})[-_.](?P<b>\d{1,2})[-_.](?P<c>(?:19|20)?\d\d)(?!\d)")


def date_from_name(path: str, day_first: bool = False) -> str:
    """The date a file name carries ("2022-09-06.pdf", "minutes_2023_03_22.pdf",
    "FullBoardMeeting1-26-23.pdf", "23-02-28.pdf" read as yy-mm-dd when m-d-yy is impossible),
    or "". A fallback for minutes whose only printed date sat in a stripped running header."""
    name = re.split(r"[\\/]", path)[-1]
    name = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name)
    m = _NAME_YMD.search(name)
    if m:
        return _iso(int(m["y"]), int(m["m"]), int(m["d"])) or ""
    hits = find_dates(name.replace("_", " "), day_first)
    if hits:
        return hits[0].iso
    m = _NAME_NUM.search(name)
    if not m:
        return ""
    a, b, c = int(m["a"]), int(m["b"]), m["c"]
    y = _year(c)
    tries = [(y, b, a), (y, a, b)] if day_first else [(y, a, b), (y, b, a)]
    if len(c) == 2:
        tries.insert(1, (_year(m["a"]), b, int(c)))  # "23-02-28": yy-mm-dd
    for yy, mm, dd in tries:
        iso = _iso(yy, mm, dd)
        if iso and yy <= date.today().year + 1:
            return iso
    return ""
