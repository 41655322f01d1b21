"""Table and chart text that reads like a heading but opens no agenda item.

Pure functions over `Heading`s and `Line`s. Reports tabled at a meeting (a budget, a return of
persons elected) are often printed in the minutes with their tables flattened into lines; the
bold or capitalised lines of those tables look like headings. None of them is an agenda item:
- a caption ("Table 1: Summary of Main Economic and Fiscal Variables", "Chart 3: …", "Figure 2"),
  whatever number the line happens to carry;
- a column label or a cell of a table: an unnumbered heading with no sentence under it before the
  next heading, only figures ("Amount" / "1. Local Property Tax" / "€19,914,250"), or a heading
  that is a figure itself ("Total €675,678", "LPT 100%") with no sentence under it, or a code
  ("V94 KAW2", a postcode in a table of addresses).
The lines stay with the item above, so no text is lost.
"""
from __future__ import annotations

import re

from .records import Line
from .segment_items import Heading
from .segment_opening import is_prose

__all__ = ["table_fragments"]

_CAPTION = re.compile(r"^\W*(?:table|chart|figure|fig\.|graph|diagram|map)\s+\d+[a-z]?\b(?:\s*[:.–—-]|\s*$)",
                      re.I)
# a figure: an amount, a share or a count ("€19,914,250", "(€3,146,388)", "100%", "51.2", "22")
_FIGURE = re.compile(r"[€$£¥]\s?\d|\d\s?%|%\s?\w|^\W*\d[\d.,]*\W*$")
_CELL = re.compile(r"^(?=.*\d)[\W\d€$£¥%]*$|^\W*[€$£¥]?\s?[\d.,]+\s*(?:%|m|k|bn|million)?\W*$", re.I)

_CODE = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9]+")
_ASIDE = re.compile(r"^\([^()]*\)$")
_ROW_WORDS = 8  # a table's row label is shorter than this; a sentence under a heading longer
_CELL_WORDS = 3  # a figure with a word or two ("Total €675,678", "LPT 100%"), not a titled figure


def _is_caption(title: str) -> bool:
    return bool(_CAPTION.match(title.replace("**", "")))


def table_fragments(headings: list[Heading], lines: list[Line]) -> set[int]:
    """Indexes (`Heading.index`) of the headings that are table or chart text, not agenda items
    (see the module docstring)."""
    out: set[int] = set()
    bounds = [h.index for h in headings] + [len(lines)]
    for k, h in enumerate(headings):
        title = h.title.replace("**", "").strip()
        if _is_caption(title):
            out.add(h.index)
            continue
        if h.kind != "plain":
            continue
        body = [l.text.replace("**", "").strip() for l in lines[h.index + h.span:bounds[k + 1]]]
        # rules, and page numbers printed between the lines ("22")
        body = [t for t in body if t and not re.fullmatch(r"[-—–_*=\s]+|\d{1,3}", t)]
        if all(_CODE.fullmatch(w) for w in title.split()):
            out.add(h.index)  # "V94 KAW2": a postcode or reference in a table, words of code
            continue
        if _ASIDE.match(title) and not body:
            out.add(h.index)  # "(Excl HAP)" under a chart's title: a qualifier, nothing under it
            continue
        # a sentence under it makes it a heading; a table's row label ("3. Grants & Subsidies
        # (net of HAP)") is no sentence
        if any(is_prose(t) and len(t.split()) > _ROW_WORDS for t in body):
            continue
        cells = sum(1 for t in body if _CELL.match(t))
        if cells and cells * 2 >= len(body) or _FIGURE.search(title) and len(title.split()) <= _CELL_WORDS \
                and not any(is_prose(t) for t in body):
            out.add(h.index)
    return out
