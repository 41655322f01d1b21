"""Split an agenda item's body into sentence-like units and map each back to its lines.

Contract: `split_item(item, nlp)` returns `Unit`s in document order; each unit has the verbatim text
(whitespace collapsed), the 1-based page of its first character, and the Action-column notes of
the lines it owns. Pure with respect to the item (never mutates it).

A rule sentencizer (spaCy's, ~50k sentences/s) finds punctuation boundaries; minutes also break
"sentences" at list markers, action/vote/resolution lines and paragraph gaps, which punctuation
alone misses, so line starts that look like those force a boundary here. The dependency parser
would find the same boundaries ~150x slower.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from .records import Item, Line
from .segment_items import is_table_header
from .vote_table import find_vote_tables

__all__ = ["Unit", "split_item", "make_splitter", "join_lines", "is_heading", "is_item_heading"]

# A line starting like this begins a new unit whatever the punctuation before it says.
LINE_START = re.compile(
    # (after a Markdown block-quote mark: "> **Action:** …")
    r"^\s*(?:>\s*)?(?:[•▪◦·●■□➢➤\-\*–—]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|\d{1,2}(?:\.\d{1,2}){1,2}\s+(?=[A-Z][a-z])|\(?[a-hivx]{1,4}\)\s|[a-h]\.\s|"
    # (a Markdown bold label opens a line as the plain word does: "**Resolution No. 2:** …",
    # "**Resolution:** The works council consents …")
    # a motion's number before its mover ("2025-016  Moved by Trustee Sandhu", "25/114 Moved:")
    r"\d{2,4}[-/]\d{1,4}\s+(?=(?:Moved|MOVED|Motion|MOTION|Proposed|PROPOSED)\b)|"
    r"(?:\*\*|__)?(?:Resolution\s+(?:No\.?|number|\d)|RESOLUTION\s+(?:NO\.?|NUMBER|\d)|Proposed\s+by|"
    r"(?:Resolution|RESOLUTION)(?=(?:\*\*|__)?\s*:)|"
    # an amendment's label on its own line under the motion's mover and seconder ("Moved: A
    # Seconded: B" / "Amendment: That the contribution be $2,000 …"), as Australian P&C
    # associations and clubs print it
    r"(?:Amendment|AMENDMENT)(?=(?:\*\*|__)?\s*:)|"
    # a member moving, on a line of its own ("Director Kline moved to purchase …"), though the
    # line above ends without a full stop (a scan that read it as a colon)
    r"(?:Director|Councill?or|Trustee|Commissioner|Supervisor|Alderman|Governor)\s+[A-Z][\w'’-]+\s+"
    r"moved(?=\s+(?:to|that)\b)|"
    r"PROPOSED\s+BY|ACTION|Action|RESOLVED|Resolved|AYES|Ayes|NOES|Noes|NAYS|Nays|ABSTAIN|Abstain|VOTE|Vote|"
    r"MOTION|Motion|Moved|MOVED|Seconded|SECONDED|Carried|CARRIED|DECISION|Decision|AGREED|"
    r"Agreed|Expressed concern|Spoke|In Favou?r|Opposed|Recommendation|RECOMMENDATION|"
    r"THAT|That|DEFEATED|Defeated|LOST|Lost)\b)")
# Abbreviations after which the sentencizer's full stop is not a sentence end.
ABBREV = {"cllr", "cllrs", "coun", "cr", "crs", "councillor", "no", "nos", "st", "approx", "e.g", "i.e", "etc", "cf",
          "mr", "mrs", "ms", "dr", "prof", "rev", "vs", "v", "inc", "ltd", "co", "para", "ref",
          "fig", "min", "cal", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
          "oct", "nov", "dec", "hon", "approx", "sec", "tel", "ext", "gov", "dept", "ave", "est",
          # Indian and other courtesy titles and money ("Smt. Anita Deshpande", "Rs. 4,85,000"),
          # "(excl. GST)"
          "smt", "kum", "rs", "excl", "incl", "regd", "govt"}


# A company's "Ltd." or "Inc." ends a sentence as often as it sits inside one; a word that opens
# sentences after it ("… from GreenTurf Ltd. The Clerk to instruct …") starts a new one.
ENDS_NAME = {"ltd", "inc", "plc", "llc", "co", "corp", "etc"}
SENTENCE_OPENERS = {"the", "it", "this", "that", "these", "those", "a", "an", "he", "she", "they",
                    "there", "we", "members", "staff", "council", "board", "committee", "following",
                    "after", "all", "clerk", "action", "resolved", "agreed", "motion"}


@dataclass
class Unit:
    text: str  # verbatim, whitespace collapsed
    start: int  # char offsets in the joined item text
    end: int
    page: int
    notes: list[str] = field(default_factory=list)
    heading: bool = False  # a numbered sub-heading line inside the item ("2. Budget Review")


_DECIDES = re.compile(r"(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|resolved|agreed|decided|"
                      r"RECOMMENDED|Recommended|recommended|recommend|RECOMMEND|moved|MOVED)\W*$")


def _resolution_after(prev: str, text: str) -> bool:
    """"RESOLVED" / "THAT the minutes be approved": the resolution's text carries on from the
    word that decides it; a "THAT …" line after a mover's or seconder's name starts the motion."""
    return bool(re.match(r"^\s*(?:THAT|That)\b", text)) and bool(_DECIDES.search(prev.strip()))


def make_splitter():
    """A tokenizer + rule sentencizer; nothing statistical."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def is_heading(text: str) -> bool:
    """A short numbered line in title case without closing punctuation: a sub-heading, which
    minutes print above the paragraph it names (and which is no statement of its own)."""
    text = text.strip()
    m = re.match(r"^\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(.+)$", text)
    if not m or text[-1:] in ".:;?!," or len(text) > 80:
        return False
    words = [w for w in m.group(1).split() if w[:1].isalpha()]
    small = {"and", "of", "the", "for", "to", "in", "on", "a", "an", "or", "with", "by", "under"}
    return bool(words) and len(words) <= 12 and all(w[0].isupper() or w in small for w in words)


def _caps_line(text: str) -> bool:
    """A short line in capitals without closing punctuation ("POOL RESURFACING"): a heading
    printed on its own line, never the start of the sentence below it."""
    text = text.strip()
    letters = [c for c in text if c.isalpha()]
    words = re.findall(r"[A-Za-z]+", text)
    return (2 <= len(words) <= 10 and len(text) <= 80 and text[-1:] not in ".,;:-–—" and
            all(c.isupper() for c in letters) and not _MARKER_WORDS & set(words))


# capitals that open a sentence ("RESOLVED THAT", "IT WAS AGREED", "MOTION BY …"), not a heading
_MARKER_WORDS = {"RESOLVED", "AGREED", "ACTION", "ACTIONS", "NOTED", "MOTION", "THAT", "MOVED",
                 "SECONDED", "CARRIED", "DECISION", "RECOMMENDATION", "RECOMMENDED", "WHEREAS",
                 "AYES", "NOES", "NAYS", "WAS", "WERE", "BY", "TO", "APPROVED", "REFUSED",
                 "DEFERRED", "RECEIVED", "NOTE", "NB"}


def _same_words(a: str, b: str) -> bool:
    wa, wb = re.findall(r"[a-z0-9]+", a.lower()), re.findall(r"[a-z0-9]+", (b or "").lower())
    return bool(wa) and wa == wb


# A row of an action table ends in its owner and due-date cells ("… pilot  TR  30/05/2024",
# "Due: 04/2025"); a sentence never breaks its line straight after a numeric date, so the next
# line is a new row. The due cell may be a month ("Nov 2024") and a status cell may close the row
# ("… CS 14/11/2024 Open").
_ROW_END = re.compile(r"\s(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|"
                      r"Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})(?:\s+(?:[Oo]pen|OPEN|[Cc]losed|CLOSED|"
                      r"[Cc]omplete[d]?|COMPLETED?|[Dd]one|DONE|[Oo]ngoing|ONGOING|[Oo]verdue|[Pp]ending|"
                      r"[Ii]n\s+progress))?\s*$")


def _row_end(prev: str, text: str) -> bool:
    """Whether `prev` ends an action-table row (`_ROW_END`). A month and year may also end a
    sentence's line that runs on in lower case ("… the list of accounts payable for May 2025" /
    "totalling $184,326.41 and …"); a numeric date never does."""
    m = _ROW_END.search(prev)
    if not m:
        return False
    return bool(re.search(r"\d[/.]\d", m.group(0))) or not re.match(r"\s*[a-z]", text)


# (a colon before the last words is a heading's subtitle, "Capital projects: Heritage Fund bid")
# (not the dot of a title before a name: "Notice of Motion No. 14/2025 - Cllr. Gerry Walsh")
_RUNS_ON = re.compile(r"(?<!\bCllr)(?<!\bCllrs)(?<!\bCoun)(?<!\bCr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)"
                      r"(?<!\bHon)(?<!\bProf)[.;]\s+[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}\s*$")
_NUMBER_WORDS = {"item", "agenda", "no", "minute", "min", "ref", "action", "consent", "discussion",
                 "information", "informational", "subject"}  # "Subject No. 14:" (Indian committees)


# A line of a recorded vote ("Noes: Kessler, Greene", "Absent: Albrecht", "Against: Cr Fairclough,
# Cr Kowald") holds names only; a line after it that opens a sentence (a capitalised word, then a
# lower-case one: "Staff was directed …", "Reason for change …") is not more names. A list wrapped
# over lines goes on after "," or "and", or with names ("Ezzy Ashcraft – 3."). "For:" and
# "Against:" head a list only before a name or a count ("For: Cr Pether, …"), not before words
# ("For: information").
_VOTE_LIST_LINE = re.compile(r"^\s*(?:(?:Ayes|AYES|Noes|NOES|Nays|NAYS|Yeas|Absent|ABSENT|Abstain(?:ed|ing)?|"
                             r"Abstentions?|ABSTAIN|Recused|RECUSED)\s*:|"
                             r"(?:For|FOR|Against|AGAINST|In\s+[Ff]avou?r|IN\s+FAVOU?R|Opposed|OPPOSED)"
                             r"\s*:\s*(?=[A-Z0-9]))")
# (… or an office or name tasked: "Corporate Officer to submit …", "CAO to report …")
_SENTENCE_OPENS = re.compile(r"^\s*(?:[A-Z][a-z]+\s+(?!(?:and|de|van|von|da|del|la|le)\b)[a-z]+\b|"
                             r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:to|will|shall)\s+[a-z]{3,})")


# "Moved: Anil Kumar / Seconded: Sanjay Prasad" (plain text, no full stop): the line names the
# mover and seconder only; a line after it opening with a name and a verb ("Peni Vunivalu
# objected …") is a new sentence.
_MOVED_SECONDED_LINE = re.compile(r"^\W*(?:Moved|MOVED|Proposed|PROPOSED)(?:\s+by)?\s*:.*\b(?:Seconded|SECONDED)\b")
_NAME_THEN_VERB = re.compile(r"^\s*(?:[A-Z][\w'’.-]*\s+){1,3}[a-z]{2,}\b")


def _after_vote_list(prev: str, text: str) -> bool:
    if bool(_VOTE_LIST_LINE.match(prev)) and not re.search(r"(?:[,&]|\band)\s*$", prev) \
            and bool(_SENTENCE_OPENS.match(text)):
        return True
    return bool(_MOVED_SECONDED_LINE.match(prev)) and not re.search(r"(?:[,&:/]|\band)\s*$", prev) \
        and bool(_NAME_THEN_VERB.match(text))


# A bare vote-result line ("CARRIED 5/1", "Motion carried unanimously", "LOST (3 votes to 4)") ends
# its unit even without a full stop: what follows is a new sentence.
_RESULT_LINE = re.compile(
    r"^\s*(?:(?:the\s+)?motion\s+(?:was\s+)?)?(?:carried|defeated|lost|failed|passed|approved|"
    r"declared\s+carried)(?:\s+(?:unanimously|on\s+a\s+show\s+of\s+hands|by\s+majority))?"
    r"[\s:(\[]*(?:\d+\s*(?:[-–/:]|to|votes?\s+to)\s*\d+(?:\s*[-–/:]\s*\d+)?)?"
    r"(?:\s*(?:votes?|in\s+favou?r|against))?[\s)\].]*$", re.IGNORECASE)


# A motion's line that ends in its result in capitals after the motion's full stop ("… be referred
# to staff to report on a phased increase. CARRIED", as Canadian regional districts print it):
# the result closes the unit, and a capitalised line after it ("CAO to report …") is a new one.
_RESULT_ENDS_LINE = re.compile(r"[.;]\s+(?:CARRIED|DEFEATED|LOST|FAILED)(?:\s+UNANIMOUSLY)?\.?\s*$")


def is_item_heading(text: str, item: Item) -> bool:
    """Whether `text` is the item's own heading as printed: its title, perhaps after the item's
    number and a word like "Item" ("23/045 Declarations of interest", "Item 1: Confirmation of
    Minutes"). Minutes print the heading above the text; it names the item and states nothing."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    title = re.findall(r"[a-z0-9]+", (item.title or "").lower())
    if not title or len(words) < len(title) or words[len(words) - len(title):] != title:
        return False
    number = set(re.findall(r"[a-z0-9]+", (item.number or "").lower()))
    return all(w in number or w in _NUMBER_WORDS for w in words[:len(words) - len(title)])


def _heading_goes_on(head: str, item: Item) -> bool:
    """Whether `head` (the item's opening lines so far) is the first part of its heading as
    printed, the rest of the title still to come on the next line ("MIN. NO. 22/2025 PROPOSED
    RELOCATION OF KAMWALA SOUTH" / "MARKET TO PLOT 14021 …"): a heading wrapped over lines."""
    words = re.findall(r"[a-z0-9]+", head.lower())
    title = re.findall(r"[a-z0-9]+", (item.title or "").lower())
    number = set(re.findall(r"[a-z0-9]+", (item.number or "").lower()))
    k = 0
    while k < len(words) and (words[k] in number or words[k] in _NUMBER_WORDS):
        k += 1
    rest = words[k:]
    return bool(number) and k > 0 and 0 < len(rest) < len(title) and title[:len(rest)] == rest


# Markdown structure on a line of its own in a text source: a table row ("| 1 | Notify members … |
# Club Secretary |") or a heading ("### Action list"). Each is a unit of its own, never the tail
# of the sentence before it, and the line after it starts a new one. (A rule, "---", is left
# alone: text converted from PDF prints one at each page break, the page number after it.)
_MD_LINE = re.compile(r"^\s*(?:\|.*\||#{1,6}\s.*)$")


def _markdown_line(line: Line) -> bool:
    """A Markdown table row or heading of a text source (a PDF line has a position: "# 74 1375"
    there is a parcel number wrapped to the start of a line)."""
    return not (line.x0 or line.x1) and bool(_MD_LINE.match(line.text))
_MD_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_MD_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# columns of an action table: the task, and who holds it (the owner cell is read as the
# Action-column note of its row, as the owner initials beside a line of a PDF are)
_TASK_COLUMN = re.compile(r"^\W*(?:actions?|tasks?|action\s+(?:required|points?|items?)|what)\W*$", re.I)
_OWNER_COLUMN = re.compile(r"^\W*(?:owners?|responsib(?:le|ility)|who|by\s+whom|lead|assigned\s+to|"
                           r"action\s+(?:by|owner)|person\s+responsible)\W*$", re.I)


def _paragraph_break(prev: Line, line: Line) -> bool:
    """True when the vertical gap between two lines on a page is larger than normal leading."""
    if prev.page != line.page or not (prev.bottom and line.top and line.size):
        return False
    return line.top - prev.bottom > 0.7 * line.size


def join_lines(item: Item) -> tuple[str, list[int], list[Line], set[int]]:
    """Joined text, the start offset of each line, the lines, and offsets that must start a unit.

    Falls back to `item.text` (one pseudo-line per text line, all on `item.page_start`) when the
    item carries no lines (plain-text sources).
    """
    lines = list(item.lines) or [Line(text=t, page=item.page_start) for t in item.text.split("\n")]
    parts: list[str] = []
    starts: list[int] = []
    forced: set[int] = set()
    pos = 0
    prev: Line | None = None
    head = ""  # the item's opening lines so far, while they may still be its heading
    for k, line in enumerate(lines):
        text = line.text.rstrip()
        if len(text.strip()) <= 2 and not re.search(r"[^\W_]", text):
            # a speck a scan left in the margin between two lines (";", "'", ".") joins
            # nothing: it reads as the gap it sits in
            text = ""
        starts.append(pos)
        # (not when the title runs on into a sentence: "… Int. 1724-2019. New York" / "City …")
        at_heading_end = prev is not None and k <= 3 and is_item_heading(head, item) \
            and not _RUNS_ON.search(item.title or "")
        if prev is not None and (at_heading_end or not prev.text.strip() or not text.strip()
                                 or (LINE_START.match(text) and not _resolution_after(prev.text, text))
                                 or _paragraph_break(prev, line)
                                 or is_table_header(prev.text) or _row_end(prev.text, text)
                                 or ((_RESULT_LINE.match(prev.text) or _RESULT_ENDS_LINE.search(prev.text))
                                     and text[:1].isupper())
                                 or _after_vote_list(prev.text, text)
                                 or _markdown_line(line) or _markdown_line(prev)
                                 or ((is_heading(prev.text) or _caps_line(prev.text)
                                      or _same_words(prev.text, item.title))
                                     and text[:1].isupper()
                                     and not (k <= 3 and _heading_goes_on(head, item)))):
            forced.add(pos + len(text) - len(text.lstrip()))
        parts.append(text)
        pos += len(text) + 1
        prev = line
        head = f"{head} {text}" if k < 3 and not at_heading_end else ""
    return "\n".join(parts), starts, lines, forced


# A planning-list row opens with the application's reference ("21/0042/HH, 14 Marine Terrace:
# rear extension.") and the body's view follows; a bare verdict ("RESOLVED to make no objection.",
# at most VIEW_MAX_WORDS words) joins the row, since neither half says anything alone, while a
# view with its own grounds or conditions stays a statement of its own.
APP_REF = re.compile(r"^(?:[•▪◦·●■□➢➤\-\*–—]\s*)?\(?(?:[A-Z]{1,4}/?)?\d{2,4}/\d{2,6}(?:/[A-Z0-9]{1,6})*\b")
VIEW_START = re.compile(r"^(?:RESOLVED|Resolved|AGREED|Agreed|No objections?\b|NO OBJECTIONS?\b|"
                        r"Objection|OBJECTION|Object\b|Support\b|Approved|APPROVED|Refused|"
                        r"REFUSED|Recommend|Comments?:|Observations?:)")
VIEW_MAX_WORDS = 8
MARKER = re.compile(r"^\s*(?:#{1,6}\s*)?(?:[•▪◦·●■□➢➤\-\*–—]|\(?\d{1,2}(?:\.\d{1,2})*[.)]?|\(?[a-hivx]{1,4}\)|"
                    r"[a-h]\.)\s*$")


# A clock time closes a sentence when a capitalised word follows ("… opened the public hearing at
# 7:05 p.m. There were no speakers."): the tokenizer keeps "p.m." whole, so the sentencizer sees no
# full stop. A day, month or time zone after the time is still the same sentence.
_CLOCK = re.compile(r"^[ap]\.m\.$", re.I)
_TIME_GOES_ON = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                 "january", "february", "march", "april", "may", "june", "july", "august",
                 "september", "october", "november", "december", "est", "edt", "cst", "cdt",
                 "mst", "mdt", "pst", "pdt", "et", "ct", "mt", "pt", "gmt", "bst", "utc"}


def _after_clock(doc, tok) -> bool:
    prev = doc[tok.i - 1] if not doc[tok.i - 1].is_space else doc[max(0, tok.i - 2)]
    return (bool(_CLOCK.match(prev.text)) and prev.i >= 1
            and any(c.isdigit() for c in doc[prev.i - 1].text)
            and tok.text[:1].isupper() and tok.lower_ not in _TIME_GOES_ON)


# A statute's section that ends in a letter keeps its full stop as one token ("under NRS 233B.
# Member Whitfield opposed …"), so the sentencizer sees no sentence end; a capitalised word after
# it starts one.
_CODE_DOT = re.compile(r"^\d+[A-Za-z]{1,3}\.$")


def _after_code(doc, tok) -> bool:
    prev = doc[tok.i - 1] if not doc[tok.i - 1].is_space else doc[max(0, tok.i - 2)]
    if prev.text.endswith(".") and prev.lower_.rstrip(".") in ENDS_NAME:
        return tok.is_title and tok.lower_ in SENTENCE_OPENERS  # "… GreenTurf Ltd. The Clerk …"
    before = doc[prev.i - 1] if prev.i >= 1 else None
    # a statute cited by its code's initials ("NRS 233B.", "ORS 197A."), not a model or an
    # amount ("Caterpillar 140M. All ayes.", "76K. This"), where the sentence may run on
    return bool(_CODE_DOT.match(prev.text)) and before is not None \
        and bool(re.fullmatch(r"[A-Z]{2,5}", before.text)) and tok.is_title \
        and tok.lower_ not in _TIME_GOES_ON


# A vote line printed before its result ("VOTE: 6-0-0.", "VOTE: 4-2-0 (Nay: Ostrowski, Bell).",
# "A vote was taken on the proposal: For: 5, Against: 2.") and the result sentence after it ("The
# motion carried.", "The proposal was carried.") record one vote.
_COUNT = r"\s*[:\-–—]?\s*\d{1,2}"
_VOTE_LABEL_ONLY = re.compile(
    r"^\s*(?:(?:VOTE|Vote)\s*:\s*\d{1,2}(?:\s*[-–—]\s*\d{1,2}){1,3}|"
    r"(?:(?:a\s+)?(?:vote|division|show\s+of\s+hands)\s+(?:was\s+)?(?:taken|called|held)"
    r"(?:\s+(?:on|upon)\s+the\s+(?:proposal|motion|resolution|amendment|recommendation))?\s*[:,]?\s*)?"
    rf"(?:for|in\s+favou?r|ayes|yes){_COUNT}\s*[,;]?\s*(?:and\s+)?(?:against|opposed|noes|nays|no){_COUNT}"
    rf"(?:\s*[,;]?\s*(?:and\s+)?(?:abstentions?|abstained|abstain){_COUNT})?)"
    r"(?:\s*\([^()]{0,120}\))?\s*\.\s*$", re.I)
_RESULT_OPENS = re.compile(r"^\s*(?:the\s+)?(?:motion|proposal|resolution|amendment|recommendation)\s+"
                           r"(?:was\s+)?(?:unanimously\s+)?(?:passed|carried|"
                           r"failed|was\s+defeated|defeated|was\s+lost|lost|adopted)\b", re.I)


def _boundaries(doc, forced: set[int]) -> list[int]:
    """Token indices where units start: sentencizer starts, minus abbreviation, lower-case and
    list-marker false starts, plus forced line starts. A start found on a whitespace token
    moves to the next word."""
    out = [0]
    pending = False
    for tok in doc[1:]:
        if tok.idx in forced:
            out.append(tok.i)
            pending = False
            continue
        if tok.is_space:
            pending = pending or bool(tok.is_sent_start)
            continue
        if _after_clock(doc, tok) or _after_code(doc, tok):
            out.append(tok.i)
            pending = False
            continue
        if not (tok.is_sent_start or pending):
            continue
        if _VOTE_LABEL_ONLY.match(doc[out[-1]:tok.i].text) and _RESULT_OPENS.match(doc[tok.i:].text):
            continue  # "VOTE: 5-0-1 (Abstain: Raman). The motion carried.": one record of the vote
        pending = False
        prev = doc[tok.i - 1] if not doc[tok.i - 1].is_space else doc[max(0, tok.i - 2)]
        prev_word = doc[prev.i - 1].lower_ if prev.text == "." and prev.i >= 1 else prev.lower_
        bold_start = tok.text in ("**", "__") and tok.i + 1 < len(doc) and doc[tok.i + 1].is_title
        if (prev_word.rstrip(".") in ABBREV and not (prev_word.rstrip(".") in ENDS_NAME
                                                      and tok.lower_ in SENTENCE_OPENERS)) \
                or tok.is_lower or (tok.is_punct and not bold_start) \
                or tok.is_digit:
            continue
        if MARKER.match(doc[out[-1]:tok.i].text):  # "1." then the item's text: one unit
            continue
        if _day_dot_date(doc, prev, tok):
            continue
        out.append(tok.i)
    return out


# A day written with a full stop before its month and year ("held on 25. February 2025", the
# continental form and a common OCR misreading) is one date inside the sentence, not its end.
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"}


def _day_dot_date(doc, prev, tok) -> bool:
    if prev.text != "." or prev.i < 1 or tok.lower_ not in _MONTHS or tok.i + 1 >= len(doc):
        return False
    day = doc[prev.i - 1]
    year = next((t for t in doc[tok.i + 1:tok.i + 3] if not t.is_space), doc[tok.i])  # over a line end
    return (day.text.isdigit() and 1 <= int(day.text) <= 31
            and bool(re.fullmatch(r"(?:19|20)\d\d", year.text)))


# A resolution in lettered parts ("RESOLVED – (a) that the report be noted; (b) that the Head of
# Commissioning provide …"): each part after the first opens after a ";" or ":" with "(b)", "(c)" …
# and is a statement of its own (a task set by the resolution is an action with its owner).
_RESOLUTION_START = re.compile(r"^\W*(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided|"
                               r"(?:It\s+was\s+)?(?:resolved|agreed|decided))\b")
_LETTERED = re.compile(r"[;:]\s*(?:and\s+)?(?=\(?[b-h]\)\s)")


def _lettered_parts(raw: str) -> list[tuple[int, int]]:
    """Char ranges of `raw`: one per lettered part of a resolution, else the whole of it."""
    if not (_RESOLUTION_START.match(raw) and re.search(r"\(a\)\s", raw)):
        return [(0, len(raw))]
    cuts = [m.end() for m in _LETTERED.finditer(raw)]
    return list(zip([0] + cuts, cuts + [len(raw)]))


def split_item(item: Item, nlp) -> list[Unit]:
    """Units of `item` in order (see module docstring)."""
    text, starts, lines, forced = join_lines(item)
    if not text.strip():
        return []
    silent, box = _vote_box_lines(lines, starts, forced)
    # a roll call's count ends its vote: what follows is the next matter ("… Ayes: 5; regarding
    # Labor, staff provided information …"), however the sentence runs on
    forced.update(m.end() for m in _TALLY_END.finditer(text))
    doc = nlp(text)
    bounds = _boundaries(doc, forced) + [len(doc)]
    units: list[Unit] = []
    for a, b in zip(bounds, bounds[1:]):
        span = doc[a:b]
        raw = span.text
        if not raw.strip() or not any(c.isalnum() for c in raw):
            continue
        start = span.start_char + len(raw) - len(raw.lstrip())
        end = span.start_char + len(raw.rstrip())
        first = bisect.bisect_right(starts, start) - 1
        if first in silent or (first in box and re.fullmatch(r"[A-Z]+\s*:", raw.strip())):
            continue  # a vote box's label or a cell other than its result: no statement
        text_ = " ".join(raw.split())
        prev = units[-1] if units else None
        if prev is not None and prev.page == lines[first].page and APP_REF.match(prev.text) \
                and VIEW_START.match(text_) and len(text_.split()) <= VIEW_MAX_WORDS:
            prev.text, prev.end = f"{prev.text} {text_}", end
            continue
        for a2, b2 in _lettered_parts(raw):
            piece = raw[a2:b2]
            p_start = span.start_char + a2 + len(piece) - len(piece.lstrip())
            p_end = span.start_char + a2 + len(piece.rstrip())
            p_first = bisect.bisect_right(starts, p_start) - 1
            p_text = " ".join(piece.split())
            units.append(Unit(p_text, p_start, p_end, lines[p_first].page,
                              heading=is_heading(p_text)))
    _assign_notes(units, starts, lines)
    return _table_rows(units, text)


_TALLY_END = re.compile(r"\b(?:Ayes|Noes|Nays|Abstentions?|Absent)\s*:\s*\d{1,2}\s*[.;]\s+"
                        r"(?!(?:Ayes|Noes|Nays|Abstentions?|Absent|Abstain|Recused)\b|\[|\()(?=[a-zA-Z])")


def _vote_box_lines(lines: list[Line], starts: list[int], forced: set[int]) -> tuple[set[int], set[int]]:
    """The lines of the item's vote boxes ("RESULT:" / "MOVER:" / … / "AYES:", see vote_table)
    that state nothing as sentences: the labels, and every cell but the result (who moved,
    seconded and voted how is the vote record's, read by votes.py). Each cell starts a unit of
    its own (forced into `forced`), and so does the line after the box, so the result ("PASSED
    [12 TO 0]", "RESULT: ADOPTED [UNANIMOUS]") is one statement, a decision. Returns those lines,
    and all lines of the boxes."""
    silent: set[int] = set()
    box: set[int] = set()
    for table in find_vote_tables([l.text for l in lines]):
        box.update(range(table.first, table.last + 1))
        for cell in table.cells:
            for k in {cell.label_line, cell.first if table.layout == "flattened" else cell.label_line}:
                if k < len(starts):
                    forced.add(starts[k] + len(lines[k].text) - len(lines[k].text.lstrip()))
            if cell.label != "RESULT":
                silent.update(range(cell.first, cell.last + 1))
            if cell.label != "RESULT" or table.layout == "flattened":
                silent.add(cell.label_line)
        if table.last + 1 < len(lines):
            k = table.last + 1
            forced.add(starts[k] + len(lines[k].text) - len(lines[k].text.lstrip()))
    return silent, box


def _table_rows(units: list[Unit], text: str) -> list[Unit]:
    """Units of a Markdown table read as rows: the header row (the row above the "|---|---|"
    rule) names the columns and states nothing, so it is dropped; a row of a table with a task
    column and an owner column takes its owner cell as its note."""
    out: list[Unit] = []
    header: list[str] = []
    for u in units:
        row = _MD_ROW.match(u.text)
        if not row:
            header = []
            out.append(u)
            continue
        cells = [c.strip() for c in row["cells"].split("|")]
        after = text[u.end:].lstrip().split("\n", 1)[0]
        if _MD_RULE_ROW.match(after):
            header = cells
            continue
        if len(cells) == len(header) and any(_TASK_COLUMN.match(h) for h in header):
            owner = next((cells[k] for k, h in enumerate(header) if _OWNER_COLUMN.match(h)), "")
            if re.search(r"\w", owner) and owner not in u.notes:
                u.notes.append(owner)
        out.append(u)
    return out


def _assign_notes(units: list[Unit], starts: list[int], lines: list[Line]) -> None:
    """Give each line's margin note to the unit covering most of that line (ties: the later one),
    since owner initials are printed beside the line of the action they belong to."""
    for i, line in enumerate(lines):
        note = line.note.strip()
        if not note:
            continue
        a, b = starts[i], starts[i] + len(line.text)
        best, best_len = None, -1
        for u in units:
            overlap = min(b, u.end) - max(a, u.start)
            if overlap >= best_len and overlap > 0:
                best, best_len = u, overlap
        if best is None:  # a note beside an empty line: the unit just before it
            before = [u for u in units if u.start <= a]
            best = before[-1] if before else (units[0] if units else None)
        if best is not None and note not in best.notes:
            best.notes.append(note)
