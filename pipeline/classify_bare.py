"""Lines of an item that state nothing, and the reference number before a statement's sentence.

Minutes print more than sentences between an item's heading and its next one: the number or
letter of a paragraph on a line of its own ("AA.", "II.", "(b)"), the item's heading again (split
from its number by the sentence splitter, or printed again on a new page), a field's label over
its value ("AMOUNT OF MONEY AND SOURCE:", "Recommendation:") and, under a heading with no text,
nothing at all. None of these is a statement an auditor could quote: `bare_kind` names them so
that `classify.classify_meetings` leaves them out (it keeps what the classifier read as more than
information, and a heading that reads as a sentence).

A numbered paragraph's number ("12.3 The Board noted …", "(b) Members asked …", "iv) …") is the
minute's reference, not part of what was said; the export's statement has no field for it
(the item's own number is the item's), so `strip_reference` takes it off the quoted text.
Pure functions over strings.
"""
from __future__ import annotations

import re

__all__ = ["is_marker", "is_bare_label", "reads_as_sentence", "strip_reference"]

# A paragraph's or list entry's number or letter alone, closed by a stop or bracket ("AA.",
# "XIV.", "12).", "(b)", "3.2.", "iv)"), or a bare page number left between two paragraphs
# ("722"); not an amount ("36.00") nor the end of a name ("LLC.").
_ROMAN = r"(?=[IVXLC])X{0,3}(?:IX|IV|V?I{0,3})|(?=[ivxlc])x{0,3}(?:ix|iv|v?i{0,3})"
_MARKER = re.compile(
    r"^\s*[(\[]?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[A-Z]{1,2}|" + _ROMAN + r")[.)\]]+\s*$"
    r"|^\s*\d{1,4}\s*$")

# A field's label alone on its line, its value below: a few capitalised words and a colon
# ("AMOUNT OF MONEY AND SOURCE:", "Recommendation:", "Finding 2:", "Upcoming Tasks:").
_SMALL = r"(?:of|and|the|for|to|in|on|a|an|or|by|&)"
_LABEL = re.compile(r"^\s*(?:[-*•]\s*)?[A-Z][\w/&'’()-]*(?:\s+(?:[A-Z0-9][\w/&'’().-]*|"
                    + _SMALL + r"))*\s*:\s*$")
# the end of a sentence wrapped in capitals ("… RAISED ABOUT THE BILL INCLUDE" / "POTENTIAL THAT:",
# "… THE PRICE" / "DETERMINED BY THE WAIVER VALUATION PROCESS:") is no label: it ends on a word
# that leads on, or opens with a verb's past form
_RUNS_ON = re.compile(r"(?i)\b(?:that|the|of|by|to|and|or|for|with|from|include|includes|are|is|"
                      r"were|was|following)\s*:\s*$|^\s*[A-Za-z]+ED\b|^\s*[a-z]+ed\b")
LABEL_MAX_WORDS = 6

# What closes a sentence (a heading does not end so): a full stop, a question or an exclamation,
# perhaps inside a closing quote or bracket.
_SENTENCE_END = re.compile(r"[.?!][\"”’')\]]*\s*$|[\"”]\s*$")

# The reference before a numbered paragraph's sentence: "12.", "12)", "(12)", "12.3", "12.3.1.",
# "(b)", "b)", "b.", "(iv)", "iv)", "iv.". A capital letter alone ("M. Luis Construction") or a
# capital Roman number ("V. Future …") may be a name's initial, and is left. A number in brackets
# or a dotted number without a closing stop ("(12) The Board …", "12.3 The Board noted") is a
# reference only before a word starting with a capital ("1.5 million …", "2.5 FTE posts …",
# "(1.5) is being voted on" are amounts and versions).
_REFERENCE = re.compile(
    r"^\s*(?:\d{1,3}(?:\.\d{1,2}){0,3}[.)]"
    r"|\(\d{1,3}(?:\.\d{1,2}){0,3}\)(?=\s+(?:[A-Z][a-z]|[“\"‘'(]))"
    r"|\d{1,2}(?:\.\d{1,2}){1,3}(?=\s+(?:[A-Z][a-z]|[“\"‘'(]))"
    r"|\([a-z]\)|[a-z]\)|[a-h]\.|\([ivx]{1,5}\)|[ivx]{1,5}[.)])"
    r"\s+(?=[\w“\"‘'($£€])")


def is_marker(text: str) -> bool:
    """A paragraph's number or letter alone ("AA.", "II.", "(b)", "3.2"), or a bare page
    number: no statement."""
    return bool(_MARKER.match(text))


def is_bare_label(text: str) -> bool:
    """A field's label alone ("AMOUNT OF MONEY AND SOURCE:", "Recommendation:"): its value is
    the next line's."""
    return len(text.split()) <= LABEL_MAX_WORDS and bool(_LABEL.match(text)) \
        and not _RUNS_ON.search(text)


def reads_as_sentence(text: str) -> bool:
    """Does a line end as a sentence does ("MWBOO FOUND VENDOR IN COMPLIANCE.", "President: “Is
    there a Motion?”"), so that a heading made of it may be what the minutes say?"""
    return bool(_SENTENCE_END.search(text))


def strip_reference(text: str) -> str:
    """`text` without the number or letter of its paragraph before the sentence ("12.3 The
    Board noted …" → "The Board noted …"); unchanged when nothing would be left."""
    m = _REFERENCE.match(text)
    if not m or not text[m.end():].strip():
        return text
    return text[m.end():]
