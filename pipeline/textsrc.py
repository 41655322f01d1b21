"""Plain-text minutes (.txt, .md) → Document + Pages, the same records the pdf stage returns.

Contract: `read_text(path)` returns `(Document(kind="text"), [Page])`, one Page per form feed
(`\\f`) section, or one Page. Each source line becomes a `Line(text, page)` with no position
(coordinates 0). Text is kept as written, but for Markdown emphasis marks (`**`, `__`), which
no title, item text or statement should carry: a line set wholly in bold ("**MEMBERS PRESENT:**",
"**ON MONDAY, 25TH** **MARCH, 2019**" as converters split it) loses its marks and becomes a bold
Line, the layout cue a PDF's bold font gives; marks inside a line are dropped. Only a numbered
heading run in to its paragraph ("**3. Sunday hours pilot.** The Director …") keeps its marks,
for the segmenter to part heading from text (it drops them). Heading and list marks ("#", "*")
stay; so do `**`/`__` that mark nothing (a blank to fill in "No. ____", a "*** recess ***" rule).
A line that only numbers the page ("Page 3 of 15", "- 3 -", "3 | Page") goes to the page's
`running` text, as a PDF's running footer does.
Backslash escapes are undone ("\\_\\_\\_" is the blank "___" to sign on).
What a word processor's export leaves of its review in brackets is no part of the
minutes: a tracked deletion ("[Deleted: rejected]") and a review comment ("[Comment TE1: check the
amount]") are dropped, a tracked insertion ("[Inserted: refused]") keeps its words.
Invisible or look-alike characters are normalised: zero-width and direction marks dropped,
ligatures and full-width forms folded (NFKC), odd spaces made plain, line ends unified. Blank
lines are kept as empty Lines: they separate paragraphs. Bad input raises `InputError`.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from .errors import E, InputError
from .files import check_file
from .records import Document, Line, Page

__all__ = ["read_text", "normalise", "emphasis", "strip_review_marks", "TEXT_SUFFIXES", "PAGE_LINE"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
MAX_MB = 50.0
# Zero-width space/joiners, word joiner, BOM, soft hyphen, and bidi marks/embeddings/isolates.
_INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]")


# Word's bracketed forms of tracked changes and comments ("[Deleted: …]", "[Inserted: …]",
# "[Comment TE1: …]", "[Comment [AB2]: …]"); the label capitalised, a colon after it
_REVIEW_MARK = re.compile(r"\s?\[(?P<kind>Deleted|Inserted|Comment(?:\s+\[?[A-Z]{1,4}\d{0,3}\]?)?)\s*:"
                          r"\s*(?P<words>[^\[\]]*)\]")


def strip_review_marks(text: str) -> str:
    """`text` without tracked deletions and review comments, tracked insertions as their words."""
    if "[" not in text:
        return text
    return _REVIEW_MARK.sub(lambda m: (" " if m.group(0)[:1].isspace() else "") + m["words"]
                            if m["kind"] == "Inserted" else "", text)


def normalise(text: str) -> str:
    """Drop invisible marks and fold look-alikes, without touching ordinary punctuation.

    NFKC is applied per character and only where it is safe: ligatures (ﬁ → fi), full-width
    and compatibility letters. Characters it would rewrite into something of another kind are
    left alone: "½" stays "½" (not "1⁄2"), "™" and "m²" stay; "9ᵗʰ" folds to "9th".
    """
    text = _SPACES.sub(" ", _INVISIBLE.sub("", text))
    return "".join(_fold(ch) for ch in text)


# An empty bold span, or one closed and opened again between words ("25TH** **MARCH").
_EMPTY_SPAN = re.compile(r"\*\*[ ]*\*\*|(?<!_)__ +__(?!_)")
# A mark that opens (touches the next word) or closes (touches the word before) emphasis; a run of
# three or more underscores is a blank to fill in, and "**" between spaces marks nothing.
_MARK = re.compile(r"\*{2,3}(?=[^\s*])|(?<=[^\s*])\*{2,3}|(?<![_\w])__(?=[A-Za-z0-9(“\"'‘])|"
                   r"(?<=[A-Za-z0-9.!?:;,)”\"'’])__(?![_\w])")
_SPAN = re.compile(r"(\*\*|__)\*?(?=[^\s*])(.+?)(?<=[^\s*])\*?\1")
_PREFIX = re.compile(r"^\s*(?:#{1,6}\s+|[*+-]\s+(?=\*\*|__))?")
# A numbered heading run in to its paragraph: the number ("3.", "IV.", "(b)", "Item 4:") opens
# the bold part and prose follows it.
_NUMBERED_RUN_IN = re.compile(
    r"^(?P<mark>\*\*|__)(?:(?:agenda\s+)?item\s+(?:no\.?\s*)?)?\(?(?:\d{1,3}(?:\.\d{1,2}){0,3}|[IVXLivxl]{1,5}|"
    r"[A-Za-z])[.):]?\s+[^*_]{1,120}?(?P=mark)\s*(?P<rest>[^\s*_].*)$", re.I)


def emphasis(text: str) -> tuple[str, bool]:
    """`text` without Markdown emphasis marks, and whether the line was set wholly in bold.

    "**MEMBERS PRESENT:**" -> ("MEMBERS PRESENT:", True); "ON MONDAY, 25TH** **MARCH, 2019"
    -> ("ON MONDAY, 25TH MARCH, 2019", False); "**3. Pilot.** The Director …" is kept as it is
    (the segmenter reads its heading); "Resolution No. ____" and "*** recess ***" are kept.
    """
    if "**" not in text and "__" not in text:
        return _ESCAPED.sub(r"\1", text), False
    prefix = _PREFIX.match(text).group(0)
    body = _EMPTY_SPAN.sub(" ", text[len(prefix):])
    if _NUMBERED_RUN_IN.match(body) and _reads_number(body):
        head_end = body.index(body[:2], 2) + 2
        return prefix + _ESCAPED.sub(r"\1", body[:head_end]) + " " + _plain(body[head_end:]).strip(), False
    # wholly bold: nothing but bold spans and a stop or colon ("**REPLY**:"); a line in bold
    # italics ("***I will move …***") is a quoted motion, and a bullet glyph before the bold
    # ("\uf0b7 **Joint Policing Committee**") makes a list entry, neither a heading
    spans = list(_SPAN.finditer(body))
    bold = bool(spans) and re.fullmatch(r"[\s:.;,]*", _SPAN.sub("", body)) is not None \
        and not any(m.group(0).startswith("***") for m in spans)
    return prefix + _plain(body), bold


def _reads_number(text: str) -> bool:
    """Whether the segmenter reads `text` as a numbered heading run in to its paragraph, and so
    drops its marks itself ("**Item 4 (e)** **–** **Additional Expenditure:** …" it does not)."""
    from .segment_items import parse_number
    return parse_number(text) is not None


def _plain(text: str) -> str:
    return _ESCAPED.sub(r"\1", re.sub(r"(?<=\S) {2,}(?=\S)", " ", _MARK.sub("", text)))


# A Markdown backslash escape ("\\_\\_\\_" for a blank to sign on, "\\*" for a star): the character.
_ESCAPED = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")


def _fold(ch: str) -> str:
    if ch.isascii():
        return ch
    folded = unicodedata.normalize("NFKC", ch)
    if folded == ch:
        return ch
    # Keep the character when folding would change its kind (a fraction into digits and a
    # slash, a symbol into letters); take the fold when letters stay letters.
    if ((ch.isalpha() and folded.isalpha()) or (ch.isdecimal() and folded.isdecimal())
            or ch in "\u2024\u2025\u2026"):
        return folded
    return ch


def _decode(raw: bytes, path: str) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, E.BAD_TEXT) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Latin-1 decodes any bytes, so refuse what is plainly binary rather than read garbage.
    if b"\x00" in raw or sum(b < 9 or 13 < b < 32 for b in raw[:4096]) > 8:
        raise InputError(path, E.BAD_TEXT)
    return raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else raw.decode("latin-1")


def _cp1252_ok(raw: bytes) -> bool:
    # Windows-1252 (curly quotes at 0x91-0x94) is what "Latin-1" text usually is in practice.
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


# A line that only numbers the page, as a PDF's footer leaves it in its text export: "Page 3 of
# 15", "Page 3", "- 3 -", "3 | Page", "Page | 3". A bare number is not one (a tally, a table cell).
PAGE_LINE = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–—]\s*\d{1,4}\s*[-–—]|"
                       r"\d{1,4}\s*\|\s*page|page\s*\|\s*\d{1,4})\s*$", re.I)


def read_text(path: str, *, max_mb: float = MAX_MB) -> tuple[Document, list[Page]]:
    """Read plain-text minutes: UTF-8 first, then Windows-1252/Latin-1."""
    path = str(path)
    check_file(path, max_mb)
    raw = Path(path).read_bytes()
    text = _decode(raw, path).replace("\r\n", "\n").replace("\r", "\n")
    chunks = text.split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()  # a form feed at the very end opens no new page
    pages = []
    for no, chunk in enumerate(chunks, start=1):
        body = chunk[:-1] if chunk.endswith("\n") else chunk
        lines, running = [], []
        for t in body.split("\n"):
            text, bold = emphasis(strip_review_marks(normalise(t)).rstrip())
            if PAGE_LINE.match(text):
                running.append(text.strip())  # a page's running line, no statement
                continue
            lines.append(Line(text, no, bold=bold))
        pages.append(Page(no, 0.0, 0.0, lines, running=running))
    doc = Document(path=path, sha256=hashlib.sha256(raw).hexdigest(), pages=len(pages),
                   kind="text", backend="text")
    return doc, pages
