"""A motion's mover, seconder, vote and result printed as a small ruled table under the motion.

Some boards (US boards of elections, school and special-district boards) print each motion as a
sentence and, under it, a one-row table whose header names the columns:

    Motion to approve the minutes of the July 8, 2025 regular meeting as presented.
    | Moved   | Seconded | Vote | Result  |
    | Acheson | Feld     | 4-0  | Carried |

The pdf stage reads the header and the row as two lines ("Moved Seconded Vote Result" /
"Acheson Feld 4-0 Carried"), which the vote rules cannot pair: nothing says which name moved.
`motion_table_rows(lines)` rewrites such a pair as one line that labels each value the way
minutes print them in prose ("Moved: Acheson Seconded: Feld Vote: 4-0 Result: Carried"), keeping
every printed word. A pair is read only when the header holds nothing but column names, moved
and seconded among them, the row follows on the same page, and its values can be split into the
columns without guessing: a tally ("4-0", "5-2-1") for the vote column, a result word for the
result column, and the names left over either one word each or split where the second name's
title starts ("Cllr Smith Cllr Jones") or in two halves of equal length. Anything else is left
as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .records import Line

__all__ = ["motion_table_rows", "split_motion_row"]

# the columns' names, as a header row prints them (one or two words each)
_COLUMN = {"moved": "Moved", "moved by": "Moved", "mover": "Moved", "proposed": "Moved",
           "proposer": "Moved", "proposed by": "Moved", "seconded": "Seconded",
           "seconded by": "Seconded", "seconder": "Seconded", "vote": "Vote", "votes": "Vote",
           "result": "Result", "outcome": "Result"}
_TALLY = re.compile(r"^\d{1,2}\s*[-–—/]\s*\d{1,2}(?:\s*[-–—/]\s*\d{1,2})?$")
_RESULT = re.compile(r"^(?:carried|passed|adopted|approved|lost|failed|defeated|tie|tied|"
                     r"withdrawn|unanimous(?:ly)?)\W*$", re.I)
_TITLE = re.compile(r"^(?:Cllrs?|Councill?ors?|Coun|Crs?|Mr|Mrs|Ms|Dr|Member|Director|Trustee|"
                    r"Commissioner|Supervisor|Alderman|Chair|Vice-Chair)\.?$")


def _header(text: str) -> list[str] | None:
    """The columns of a motion table's header row ("Moved Seconded Vote Result"), else None."""
    words, cols, k = text.lower().split(), [], 0
    while k < len(words):
        two = " ".join(words[k:k + 2])
        if two in _COLUMN:
            cols.append(_COLUMN[two])
            k += 2
        elif words[k] in _COLUMN:
            cols.append(_COLUMN[words[k]])
            k += 1
        else:
            return None
    ok = cols[:2] == ["Moved", "Seconded"] and len(set(cols)) == len(cols)
    return cols if ok else None


def _two_names(words: list[str]) -> tuple[str, str] | None:
    if len(words) == 2:
        return words[0], words[1]
    titled = [k for k, w in enumerate(words) if _TITLE.match(w)]
    if len(titled) == 2 and titled[0] == 0:
        k = titled[1]
        return " ".join(words[:k]), " ".join(words[k:])
    if len(words) >= 2 and len(words) % 2 == 0 and not titled:
        h = len(words) // 2
        return " ".join(words[:h]), " ".join(words[h:])
    return None


def split_motion_row(cols: list[str], row: str) -> dict[str, str] | None:
    """The value of each column of a motion table's row, or None when it cannot be split."""
    words = row.split()
    rest = cols[2:]
    vote = result = ""
    if rest and rest[-1] == "Result":
        if not words or not _RESULT.match(words[-1]):
            return None
        result = words.pop()
        rest = rest[:-1]
    if rest == ["Vote"]:
        if not words or not _TALLY.match(words[-1]):
            return None
        vote = words.pop()
    elif rest:
        return None
    names = _two_names(words)
    if names is None:
        return None
    out = {"Moved": names[0], "Seconded": names[1]}
    if "Vote" in cols:
        out["Vote"] = vote
    if "Result" in cols:
        out["Result"] = result
    return out


def motion_table_rows(lines: list[Line]) -> list[Line]:
    """`lines` with each motion table's header and row joined into one labelled line."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        cols = _header(line.text)
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        cells = split_motion_row(cols, nxt.text) if cols and nxt and nxt.page == line.page else None
        if cells is None:
            out.append(line)
            k += 1
            continue
        text = " ".join(f"{c}: {cells[c]}" for c in cols)
        out.append(replace(nxt, text=text, x0=min(line.x0, nxt.x0), top=line.top))
        k += 2
    return out
