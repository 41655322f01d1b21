"""Read a vote box (Legistar's "RESULT: / MOVER: / SECONDER: / AYES: / NAYS: / ABSENT:") out of
an item's lines, as plain-text minutes print it.

Contract: `find_vote_tables(lines)` is a pure function from an item's lines (strings, in order)
to the `VoteTable`s among them: each cell with its label, its value (verbatim, the value's lines
joined by one space) and the lines it spans. Two layouts are read:

- flattened: the labels stand alone on consecutive lines ("RESULT:" / "MOVER:" / … / "AWAY:"),
  then, after any blank lines, their values in the same order, one per label (a name list that
  wraps ends its line on a comma: "Bouquet, Broom, …, Guzman," / "Harwick, …, Williams"), as a
  table converted to text column by column comes out;
- interleaved: each label opens a line, its value after it or on the lines below, up to the next
  label ("RESULT:" / "PASSED [UNANIMOUS]" / "MOVER:" / "Bobby Dishell, Director, District D" /
  "SECONDER: JoyAnn Ruscha, …").

A table is read only when it has a RESULT cell and another label, its labels are printed in
capitals (as vote boxes print them; "Ayes: 5" in prose is left to the vote rules), the result
cell opens with a result word, and, when flattened, the values number exactly the labels and
end at a blank line, the end of the text, or a sentence. Anything else is no table: nothing is
guessed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Cell", "VoteTable", "find_vote_tables", "LABELS", "RESULT_WORD"]

# the labels of a vote box, as printed (capitals), and what each holds
LABELS = ("RESULT", "MOVER", "SECONDER", "AYES", "NAYS", "NOES", "ABSTAIN", "ABSTENTIONS",
          "ABSENT", "AWAY", "EXCUSED", "RECUSED")
_LABEL = re.compile(rf"^\s*(?P<label>{'|'.join(LABELS)})\s*:\s*(?P<rest>.*?)\s*$")
# the result cell: "PASSED [12 TO 0]", "ADOPTED [UNANIMOUS]", "DEFEATED [8 TO 7]", "ADOPTED AS
# AMENDED [13 TO 1]", "FAILED [5 TO 7]"
RESULT_WORD = re.compile(r"^\s*(?P<word>PASSED|ADOPTED|APPROVED|CARRIED|ACCEPTED|FAILED|DEFEATED|"
                         r"LOST|REJECTED|DENIED|WITHDRAWN|TABLED|POSTPONED|CONTINUED)\b", re.I)
# a line of prose after the table ("Chair Guissinger declared the motion PASSED unanimously.")
_PROSE = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\b")


@dataclass
class Cell:
    label: str  # upper case, as in LABELS
    value: str  # verbatim, its lines joined by one space ("" when none was printed)
    label_line: int  # index of the line holding the label
    first: int  # first and last line of the value (first > last when there is none)
    last: int


@dataclass
class VoteTable:
    first: int  # the table's first and last line
    last: int
    layout: str  # "flattened" or "interleaved"
    cells: list[Cell] = field(default_factory=list)

    def get(self, label: str) -> str:
        return next((c.value for c in self.cells if c.label == label), "")


def _bare_label(text: str) -> str:
    m = _LABEL.match(text)
    return m["label"] if m and not m["rest"] else ""


def _valid(table: VoteTable) -> bool:
    labels = [c.label for c in table.cells]
    return "RESULT" in labels and len(set(labels)) == len(labels) >= 2 \
        and bool(RESULT_WORD.match(table.get("RESULT")))


def _flattened(lines: list[str], i: int) -> VoteTable | None:
    """The table whose bare labels start at line i, values after them, else None."""
    labels: list[tuple[str, int]] = []
    j = i
    while j < len(lines) and _bare_label(lines[j]):
        labels.append((_bare_label(lines[j]), j))
        j += 1
    if len(labels) < 2:
        return None
    while j < len(lines) and not lines[j].strip():
        j += 1
    cells: list[Cell] = []
    for label, at in labels:
        if j >= len(lines) or not lines[j].strip() or _LABEL.match(lines[j]):
            return None  # fewer values than labels: the table is not read
        first = j
        while lines[j].rstrip().endswith(",") and j + 1 < len(lines) and lines[j + 1].strip() \
                and not _LABEL.match(lines[j + 1]):
            j += 1  # a name list wrapped on to the next line
        cells.append(Cell(label, " ".join(l.strip() for l in lines[first:j + 1]), at, first, j))
        j += 1
    if j < len(lines) and lines[j].strip() and not _PROSE.search(lines[j]):
        return None  # a value left over: the values do not pair with the labels
    table = VoteTable(i, j - 1, "flattened", cells)
    return table if _valid(table) else None


def _interleaved(lines: list[str], i: int) -> VoteTable | None:
    """The table whose labels open lines from line i on, each over its value, else None."""
    cells: list[Cell] = []
    j = i
    while j < len(lines):
        m = _LABEL.match(lines[j])
        if not m:
            break
        at, parts, first = j, [m["rest"]] if m["rest"] else [], j if m["rest"] else j + 1
        j += 1
        while j < len(lines) and lines[j].strip() and not _LABEL.match(lines[j]) \
                and (not parts or parts[-1].endswith(",")) and not _PROSE.search(lines[j]):
            parts.append(lines[j].strip())  # the value under its label, or a wrapped list
            j += 1
        cells.append(Cell(m["label"], " ".join(parts), at, first, j - 1))
    table = VoteTable(i, j - 1, "interleaved", cells)
    return table if _valid(table) else None


def find_vote_tables(lines: list[str]) -> list[VoteTable]:
    """Every vote box in `lines`, in order (see the module docstring)."""
    out: list[VoteTable] = []
    i = 0
    while i < len(lines):
        table = (_flattened(lines, i) or _interleaved(lines, i)) if _LABEL.match(lines[i]) else None
        if table:
            out.append(table)
            i = table.last + 1
        else:
            i += 1
    return out
