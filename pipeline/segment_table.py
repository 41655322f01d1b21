"""Attendance printed as a table: label | name | role or organisation.

A common UK layout (and a common layout of real minutes elsewhere):

    Present:        Cllr Margaret Holloway (MH)   Cabinet Member for Adult Social Care and
                                                  Health, Mid Shire Council (Chair)
                    Cllr Brian Ferris (BF)        Mid Shire Council (Vice-Chair)
    Apologies:      Hannah Okonjo (HO)            Carers' Lead, Mid Shire Carers Centre

The pdf stage joins each visual row into one `Line` ("Present: Cllr Margaret Holloway (MH)
Cabinet Member for …", x0 at the label) and keeps a wrapped role as a line of its own that starts
at the role column ("Health, Mid Shire Council (Chair)", x0 at the role column). So:

- a *section* starts at a label line and runs over the lines indented past the label column,
  taking in the next label printed in the same column ("Apologies:", "In attendance:", which
  open new blocks of the same table) and ending at the first other line at or left of the label
  column, or at a wide vertical gap;
- indented lines at the name column are *rows*, one person each; lines that start further right,
  at the role column, are *continuations*: their text joins the role of the row above and is
  never read as a person;
- the name is split from the role by printed initials "(AM)" when there are any, else by the
  role column's position: a row's role ends at the line's right edge, so the word boundary whose
  text after it, measured with a proportional-font width model calibrated on the page's prose,
  would start at the role column is the split; else by the words (a role word such as "Clerk" or
  "Council" after a two-word name);
- the status is the label of the block the row belongs to; a member whose printed role says
  "(Chair)", "in the Chair" or is just "Chair" chairs the meeting.

`read_table(lines, i, typical_gap)` returns `(people, next_index)` for the section opening at
label line `i`, or None when the lines there are not laid out as a table (a label with a wrapped
comma list, a label above one name per line): the caller then reads them as before.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import replace

from .records import Attendee, Line

__all__ = ["read_table", "text_width", "char_scale", "split_row", "vote_table_rows", "split_columns"]

# Advance widths (1/1000 em) of Helvetica: the shape of a proportional font. Times and most
# sans fonts differ mainly in scale, which `char_scale` calibrates on the document's own lines.
_W = dict(zip("abcdefghijklmnopqrstuvwxyz",
              [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
               556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]))
_W.update(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ",
              [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
               722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]))
_W.update({" ": 278, ".": 278, ",": 278, ";": 278, ":": 278, "(": 333, ")": 333, "[": 278, "]": 278,
           "-": 333, "–": 556, "—": 1000, "'": 191, "’": 222, "‘": 222, "/": 278, "&": 667, "\"": 355})


def text_width(text: str) -> float:
    """Width of `text` in ems of the model font."""
    return sum(_W.get(c, 556 if c.isdigit() else 500) for c in text) / 1000.0


def char_scale(lines: list[Line], size: float = 0.0) -> float:
    """Points per model em on these lines (≈ the font size): the median over long lines, which are
    mostly prose set in the body font. 0 when there are too few to tell.

    With `size`, the points per model em of text set at that size: each long line's width per
    point of its own size, the lower quartile of them (justified prose is stretched and a row
    with a gap between columns is wider than its words; neither is ever narrower), times `size`.
    A list printed smaller than the prose (10 pt names under 10.5 pt justified paragraphs) is
    measured in its own size."""
    long = [l for l in lines if len(l.text) >= 40 and l.x1 > l.x0 and text_width(l.text) > 0]
    if len(long) < 3:
        return 0.0
    if size and all(l.size for l in long):
        per_pt = sorted((l.x1 - l.x0) / text_width(l.text) / l.size for l in long)
        return statistics.quantiles(per_pt, n=4)[0] * size
    return statistics.median((l.x1 - l.x0) / text_width(l.text) for l in long)


# A word that starts a role or an organisation rather than ending a name.
_ROLE_WORD = re.compile(
    r"^(?:chair(?:man|woman|person)?|vice[-\s]?chair\w*|deputy|clerk|town|city|county|district|borough|"
    r"parish|council|councillor|cabinet|leader|mayor|member|head|chief|director|manager|officer|lead|"
    r"representative|coordinator|co-ordinator|consultant|secretary|treasurer|president|service[s]?|"
    r"partnership|health|housing|planning|finance|democratic|governance|nhs|ccg|trust|team|group|"
    r"board|committee|association|society|network|department|executive|assistant|advis[eo]r|"
    r"inspector|engineer|solicitor|accountant|minute|minutes|apologies|observer|resident[s]?|"
    r"public|members?|the|of|for|and)$", re.I)
_INITIALS = re.compile(r"^\(([A-Z]{2,4}[a-z]{0,2})\)[,;.]?$")
_CHAIR_ROLE = re.compile(
    r"\(\s*chair(?:man|woman|person)?\s*\)|\bin\s+the\s+chair\b|^\W*chair(?:man|woman|person)?\s*(?::|$)",
    re.I)
_IN_THE_CHAIR = re.compile(r"\bin\s+the\s+chair\b", re.I)


def split_row(text: str, x1: float = 0.0, role_x: float = 0.0, scale: float = 0.0,
              size: float = 0.0) -> tuple[str, str, str, str] | None:
    """(name, initials, role, honorific) of one table row, or None when the row names no person
    ("Six members of the public"). `x1` is the row's right edge, `role_x` the role column and
    `scale` the width calibration; without them the split falls back to initials and words."""
    got = _split(text, x1, role_x, scale, size)
    return got[:4] if got else None


def _split(text: str, x1: float, role_x: float, scale: float,
           size: float) -> tuple[str, str, str, str, str] | None:
    """`split_row` plus how the split was found: "initials", "column" (the role column),
    "short" (the row ends before the role column) or "words"."""
    from .segment_attendees import _are_initials, _looks_like_name, split_honorific
    text = re.sub(r"\s+", " ", text.strip(" •●·*-\t"))
    if not text:
        return None
    name_part, honor = split_honorific(text)
    words = name_part.split()
    if not words:
        return None
    split = None
    initials = ""
    how = "words"
    # 1. Printed initials close the name: "Adrian Marsh (AM) Service User Representative".
    for j in range(1, min(len(words), 6)):
        m = _INITIALS.match(words[j])
        if m and _are_initials(m.group(1), " ".join(words[:j])):
            split, initials, how = j, m.group(1), "initials"
            break
    # 2. The role column: the text after the split starts there.
    if split is None and role_x and scale and x1:
        tol = 0.6 * (size or scale)
        if x1 < role_x + tol:
            split, how = len(words), "short"  # the row ends before the role column: no role
        else:
            best = None
            for j in range(1, min(len(words), 6)):
                start = x1 - scale * text_width(" ".join(words[j:]))
                err = abs(start - role_x)
                if err <= tol and (best is None or err < best[0]):
                    best = (err, j)
            if best:
                split, how = best[1], "column"
    # 3. Words: a role word, a bracket or a lower-case word after a name of two or more words.
    if split is None:
        split = len(words)
        for j in range(1, min(len(words), 5)):
            w = words[j]
            if w.startswith("(") or w[0].islower() or (_ROLE_WORD.match(w.strip(",.;:")) and j >= 2) \
                    or words[j - 1].endswith(","):
                split = j
                break
        else:
            if len(words) > 3:
                split = 2
    name = " ".join(words[:split]).strip(" ,;:")
    if initials:
        role = " ".join(words[split + 1:])
    else:
        role = " ".join(words[split:])
        # "(SPFT)" after a name is not a role when it is the person's initials.
        inner = re.match(r"^\((\w{2,6})\)\s*", role)
        if inner and _are_initials(inner.group(1), name):
            initials, role = inner.group(1), role[inner.end():]
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip(" ,;:.")
    if not name or not _looks_like_name(name) or len(name.split()) < 2 and not honor:
        return None
    return name, initials, role.strip(), honor, how


def _is_label_line(line: Line) -> tuple[str, str] | None:
    from .segment_attendees import label_of
    return label_of(line.text)


def read_table(lines: list[Line], i: int, typical: float = 12.0,
               scale: float | None = None) -> tuple[list[Attendee], int] | None:
    """People of the attendance table whose first label is at `lines[i]`, and the index after it;
    None when the section is not laid out as a table."""
    head = lines[i]
    lab = _is_label_line(head)
    if not lab or not re.match(r"^\s*[A-Za-z]", head.text):
        return None  # "1. Roll Call" is an item whose text holds the attendance
    label_x = head.x0
    em = head.size or 10.0
    # The section: label lines in the label column and the lines indented past it.
    blocks: list[tuple[str, str, Line, list[Line]]] = []  # (status, rest, label line, lines)
    j = i
    prev = head
    while j < len(lines):
        line = lines[j]
        if j > i:
            same_page = line.page == prev.page
            gap = line.top - prev.top if same_page else 0.0
            if not same_page and line.page - prev.page > 1:
                break
            if line.x0 <= label_x + 0.5 * em:
                l2 = _is_label_line(line)
                # A numbered line ("1. Apologies for absence") is the first item, not a block.
                if not l2 or not re.match(r"^\s*[A-Za-z]", line.text) or (same_page and gap > 2.5 * typical):
                    break
                blocks.append((l2[0], l2[1], line, []))
                prev = line
                j += 1
                continue
            if same_page and gap > 1.7 * typical:
                break
            blocks[-1][3].append(line)
        else:
            blocks.append((lab[0], lab[1], line, []))
        prev = line
        j += 1
    indented = [l for b in blocks for l in b[3]]
    if not indented:
        return None
    name_x = min(l.x0 for l in indented)
    if scale is None:
        scale = char_scale(lines)
    # Lines that start well right of the name column are a wrapped role column.
    right = [l for l in indented if l.x0 >= name_x + 3 * em]
    role_x = min((l.x0 for l in right), default=0.0)
    if not role_x:
        role_x = _vote_role_column(blocks, name_x, em, scale)
        if role_x and _one_run(blocks, role_x, scale, em):
            return None  # a list wrapped at the line ends ("STAFF: City Manager Gregory" / "Ashby, …")
    rows = _rows(blocks, role_x, em)
    if not _is_table(rows, role_x, scale):
        return None
    people: list[Attendee] = []
    for status, text, x1, more, size in rows:
        got = split_row(text, x1, role_x, scale, size)
        if not got:
            continue
        name, initials, role, honor = got
        role = re.sub(r"\s+", " ", " ".join([role] + more)).strip(" ,;")
        st = status
        if st == "present" and _CHAIR_ROLE.search(role):
            st = "chair"
        people.append(Attendee(name=name, status=st, role=role or honor, initials=initials))
    chairs = [p for p in people if p.status == "chair" and _IN_THE_CHAIR.search(p.role)]
    if chairs:  # "Vice-Chair, in the Chair" presides; a printed "(Chair)" elsewhere does not
        for p in people:
            if p.status == "chair" and p not in chairs:
                p.status = "present"
    return people, j


def _one_run(blocks, role_x: float, scale: float, em: float) -> bool:
    """Whether every line that runs across the guessed role column is set as one run of text (no
    wider gap between a name and a role than between words): prose wrapped at the line ends, not
    a name column beside a role column."""
    across = [line for _, _, label, body in blocks for line in [label, *body]
              if line.x1 > line.x0 and line.x1 > role_x + 0.6 * (line.size or em)]
    return bool(across) and all((l.x1 - l.x0) - scale * text_width(l.text) < 2 * em for l in across)


def _rows(blocks, role_x: float, em: float) -> list[tuple[str, str, float, list[str], float]]:
    """(status, row text, right edge, wrapped role lines, size) per row of the table."""
    rows: list[tuple[str, str, float, list[str], float]] = []
    for status, rest, label_line, body in blocks:
        if rest.strip():
            rows.append((status, rest, label_line.x1, [], label_line.size))
        for line in body:
            if role_x and line.x0 >= role_x - 1.5 * em:
                if rows and rows[-1][0] == status:
                    rows[-1][3].append(line.text.strip())
                continue
            rows.append((status, line.text, line.x1, [], line.size))
    return rows


def _is_table(rows, role_x: float, scale: float) -> bool:
    """Whether these rows are one person each in a name column with a role column beside it:
    every row splits cleanly (at printed initials, at the role column, or ends before it), no
    name part lists several people, and no row is the tail of a wrapped list."""
    if len(rows) < 2:
        return False
    with_initials = people = 0
    for status, text, x1, more, size in rows:
        t = text.strip()
        if not t or t[0].islower() or re.match(r"^[^(]*\)", t) or _is_label_text(t):
            return False  # the tail of a wrapped sentence or list, or a label of its own
        if not role_x and (re.search(r"(?:,|\band|&)\s*$", t) or t.count("(") != t.count(")")):
            return False  # a list running on to the next line (a wrapped role shows a role column)
        got = _split(t, x1, role_x, scale, size)
        if not got:
            if "," in t or _looks_listy(t):
                return False
            continue  # "Six members of the public"
        name, initials, role, honor, how = got
        if how == "words" or t.split(name, 1)[0].count("(") != t.split(name, 1)[0].count(")"):
            return False
        people += 1
        with_initials += how == "initials"
        if _looks_listy(role) or any(_looks_listy(m) for m in more):
            return False
    return people >= 2 and people * 3 >= len(rows) * 2 and (bool(role_x) or with_initials >= 2)


def _is_label_text(text: str) -> bool:
    from .segment_attendees import label_of
    return bool(re.match(r"^[A-Za-z][A-Za-z ]{1,40}:", text)) and bool(label_of(text))


def _looks_listy(text: str) -> bool:
    """Text holding a further person: "…, Colin Owens (CO)" or "Tom Hale (TH)"."""
    from .segment_attendees import _are_initials
    for m in re.finditer(r"((?:[A-Z][\w'’-]+\s+){1,3})\(([A-Z]{2,4}[a-z]?)\)", text):
        if _are_initials(m.group(2), m.group(1)):
            return True
    return False


def _vote_role_column(blocks, name_x: float, em: float, scale: float) -> float:
    """The role column when no wrapped role shows it: the x where, for at least two rows, the
    text after some word boundary would start (rows measured from their right edge)."""
    if not scale:
        return 0.0
    edges = [label.x1 for _, rest, label, _ in blocks if rest.strip()] + \
        [l.x1 for _, _, _, body in blocks for l in body]
    shared = max((sum(abs(e - f) < 1.5 for f in edges) for e in edges), default=0)
    if len(edges) < 2 or shared * 2 > len(edges):
        return 0.0  # justified text: a shared right edge says nothing about columns
    starts: list[list[float]] = []
    for _, rest, label_line, body in blocks:
        rows = ([(rest, label_line.x1)] if rest.strip() else []) + [(l.text, l.x1) for l in body]
        for text, x1 in rows:
            words = text.split()
            cands = [x1 - scale * text_width(" ".join(words[k:])) for k in range(1, len(words))]
            starts.append([c for c in cands if c > name_x + 4 * em])
    flat = sorted(c for s in starts for c in s)
    best, best_n = 0.0, 1
    for c in flat:
        n = sum(any(abs(x - c) <= 0.6 * em for x in s) for s in starts)
        if n > best_n:
            best, best_n = c, n
    if not best:
        return 0.0
    near = [x for s in starts for x in s if abs(x - best) <= 0.6 * em]
    return statistics.median(near)


def split_columns(rows: list[Line], scale: float, role_x: float = 0.0,
                  first_ok=None) -> tuple[list[tuple[str, str]], float] | None:
    """(name text, second column) per row of a one-person-a-line block printed as two columns
    under its label ("Councillor Fiona Baird (Chair)   Glencairn Council", "Ms Karen Lockhart
    Chief Officer"): the pdf stage joins each row into one line, so the second column is found
    where, measured from each row's right edge, two or more rows' text after a word boundary
    would start at one x, well right of the names, splitting no bracket, on rows wider than
    their words set as one run (the gap between the columns). None when the rows show
    no such column (or a row runs across it), so the block is read as before. `role_x`, the
    column an earlier block of the same list showed, places the rows of a block too short to
    show it; the column is returned with the rows. `first_ok(text)` says whether a first cell
    names one person: of the columns the most rows share, the first whose cells all do wins."""
    rows = [r for r in rows if r.text.strip()]
    if len(rows) < (1 if role_x else 2) or not scale or any(r.x1 <= r.x0 for r in rows):
        return None
    em = max(rows[0].size, 1.0)
    name_x = min(r.x0 for r in rows)
    if any(abs(r.x0 - name_x) > 0.5 * em for r in rows):
        return None
    def ok(got):
        return got if got and (first_ok is None or all(first_ok(a) for a, _ in got[0])) else None

    if role_x:
        return ok(_split_at(rows, role_x, scale, em))
    starts = [[r.x1 - scale * text_width(" ".join(r.text.split()[k:])) for k in range(1, len(r.text.split()))]
              for r in rows]
    cands = sorted({round(c, 1) for s in starts for c in s if c > name_x + 4 * em})
    ranked = sorted(cands, key=lambda c: -sum(any(abs(x - c) <= 0.6 * em for x in s) for s in starts))
    for c in ranked:
        if sum(any(abs(x - c) <= 0.6 * em for x in s) for s in starts) < 2:
            break
        got = ok(_split_at(rows, c, scale, em))
        if got:
            return got
    return None


# no column falls between a person's initials and surname ("Hon. W. M." | "Senanayake"), nor
# at the dash that joins a name to its office ("Mrs. D. Wijesinghe -" | "Secretary")
_INITIALS_ONLY = re.compile(r"^(?:(?:Hon|Mr|Mrs|Ms|Miss|Dr|Cllr|Shri|Smt|Prof)\.?\s*)*(?:[A-Z]\.?\s*)*$")
_DASH_JOIN = re.compile(r"\s[-–—]\s|\s[-–—]$|^[-–—]\s")


def _split_at(rows: list[Line], role_x: float, scale: float,
              em: float) -> tuple[list[tuple[str, str]], float] | None:
    out: list[tuple[str, str]] = []
    split = 0
    for r in rows:
        words = r.text.split()
        tol = 0.6 * (r.size or em)
        if r.x1 < role_x + tol:
            out.append((r.text.strip(), ""))  # a row with nothing in the second column
            continue
        if (r.x1 - r.x0) - scale * text_width(" ".join(words)) < 2 * em:
            return None  # set as one run of text: no gap between two columns on this row
        best = None
        for j in range(1, len(words)):
            err = abs(r.x1 - scale * text_width(" ".join(words[j:])) - role_x)
            head = " ".join(words[:j])
            if err <= tol and head.count("(") == head.count(")") and not words[j].startswith("(") \
                    and not _INITIALS_ONLY.match(head) and not _DASH_JOIN.search(f"{head} {words[j]}") \
                    and (best is None or err < best[0]):
                best = (err, j)
        if best is None:
            return None  # a row across the column: not a two-column block
        out.append((" ".join(words[:best[1]]), " ".join(words[best[1]:])))
        split += 1
    return (out, role_x) if split >= min(2, len(rows)) else None


# --- vote tables: a member's row, a mark under the column of her vote --------------------------
#
#     Vote     Yea   Nay   Absent
#     Walsh    X
#     Brown          X
#
# The pdf stage joins each row into one `Line` ("Brown X"): the words between are lost, but the
# row's right edge is where its mark ends. The header gives the columns' names in order and the
# right edge of the last; the marks of all tables printed under one header (the same form repeats
# under each motion) give the columns' positions: as many distinct mark positions as columns map
# to the columns in order. The table is then rewritten as the roll call it records ("Vote:" /
# "Walsh: Yea;" / … / "Brown: Nay."), which the vote parser reads; a table whose columns cannot
# be placed is left as printed.
_VOTE_COLUMN = re.compile(r"(?:yeas?|ayes?|yes|nays?|noes|no|absent|abstain(?:ed)?|abstentions?|"
                          r"recused|excused|for|against)", re.I)
# the row label of the names' column: a vote, a name, or the title the body's members hold
# ("Supervisor", "Commissioners", "Council Member", "Aldermen")
_ROW_LABEL = re.compile(r"(?:vote|votes|name|names|members?|directors?|trustees?|councill?ors?|"
                        r"council\s*members?|board\s+members?|committee\s+members?|"
                        r"supervisors?|commissioners?|alderm[ae]n|alderpersons?|selectm[ae]n|"
                        r"legislators?|governors?|roll\s+call(?:\s+vote)?)", re.I)
_MARK = re.compile(r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?P<mark>[xX✓✔✗✘•●])$")


def _vote_header(text: str) -> list[str] | None:
    """The vote columns' names of a vote table's header row ("Vote Yea Nay Absent"), else None."""
    words = text.split()
    head = 0
    for k in (3, 2, 1):
        if len(words) > k and _ROW_LABEL.fullmatch(" ".join(words[:k])):
            head = k
            break
    cols = words[head:]
    if len(cols) < 2 or not all(_VOTE_COLUMN.fullmatch(w) for w in cols):
        return None
    return cols


def vote_table_rows(lines: list[Line]) -> list[Line]:
    """`lines` with each row of a placed vote table rewritten as "Name: Column"."""
    scale = char_scale(lines) or 0.0
    tables: dict[tuple[str, int, int], list[tuple[list[str], list[int]]]] = {}
    for i, line in enumerate(lines):
        cols = _vote_header(line.text)
        if not cols:
            continue
        rows = []
        j = i + 1
        while j < len(lines) and lines[j].page == line.page and _MARK.match(lines[j].text.strip()):
            rows.append(j)
            j += 1
        if rows:
            key = (" ".join(cols).lower(), round(line.x0), round(line.x1))
            tables.setdefault(key, []).append((cols, [i] + rows))
    if not tables:
        return lines
    out = list(lines)
    for found in tables.values():
        cols = found[0][0]
        em = max(lines[found[0][1][0]].size, 1.0)
        marks = {k: lines[k].x1 - (scale or em) * text_width(_MARK.match(lines[k].text.strip())["mark"])
                 for _, idx in found for k in idx[1:]}
        place = _columns(sorted(marks.values()), cols, em)
        if place is None:
            continue
        for _, idx in found:
            read = []
            for k in idx[1:]:
                col = min(range(len(place)), key=lambda c: abs(place[c] - marks[k]))
                if abs(place[col] - marks[k]) <= em:
                    read.append((k, f"{_MARK.match(lines[k].text.strip())['name']}: {cols[col].capitalize()}"))
            if len(read) < len(idx) - 1:
                continue  # a mark off every column: the table is left as printed
            out[idx[0]] = replace(lines[idx[0]], text="Vote:")
            for n, (k, text) in enumerate(read):
                out[k] = replace(lines[k], text=text + ("." if n == len(read) - 1 else ";"))
    return out


def _columns(xs: list[float], cols: list[str], em: float) -> list[float] | None:
    """The left edge of each vote column from the marks' left edges `xs`, or None."""
    clusters: list[float] = []
    for x in xs:
        if clusters and x - clusters[-1] <= em:
            continue
        clusters.append(x)
    return clusters if len(clusters) == len(cols) else None
