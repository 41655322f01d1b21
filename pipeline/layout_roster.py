"""An attendance register printed as a table: serial | name | designation | attendance.

    S. No.   Name                     Designation                    Attendance
    1        Brig. Asad Mehmood       Station Commander / President  Present
    5        Mr. Shahid Mahmood Khan  Elected Member (Ward 4)        Leave granted

Joined row by row, each line reads "5 Mr. Shahid Mahmood Khan Elected Member (Ward 4) Leave
granted": a numbered line the item rules take for an agenda item, and a status word run into
the designation. `attendance_grids(page)` works on the page's row segments (the pdf stage cuts
a row wherever the gap is wide, so each cell is a segment of its own, ruled or not) and rewrites
the register as the labelled blocks the attendee rules read, one block per status in the order
first met ("Present:" over its rows, then "Apologies:" over the members granted leave, …), each
row the name cell then the designation cell, at their columns (the attendee rules split a name
from its designation by the column they start at):

- the *header row* is a row of segments, one naming the name column ("Name", "Name of Member"),
  one the attendance column ("Attendance", "Status"), any other a serial number ("S. No.", "Sr.
  No."), a designation column ("Designation", "Role") or a seat column ("Constituency", "Ward",
  "Representing": what the member sits for, no office, so it is printed in brackets after the
  name, as "Cllr. John Phiri (Kabwata Ward)" is);
- a *row* has a name cell and an attendance cell read as a status (`STATUSES`); a segment in
  the designation column alone continues the designation of the row above; anything else (a
  paragraph, a wide vertical gap) ends the register;
- a register of fewer than two rows, or with a status not in `STATUSES`, is left as printed.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .config import CONFIG
from .layout_bands import walk_bands
from .records import Line, Page

__all__ = ["ROSTER_COLUMNS", "STATUSES", "attendance_grids"]

ROSTER_COLUMNS: dict[str, set[str]] = {
    "serial": {"s no", "sr no", "sl no", "no", "serial no", "serial", "s n", "sno", "sr", "sl"},
    "name": {"name", "names", "member", "members", "name of member", "name of members",
             "name of the member", "member name", "name of councillor", "councillor",
             "councillors", "attendee", "attendees", "name of officer"},
    "role": {"designation", "role", "position", "title", "office", "capacity", "category",
             "portfolio", "designation ward"},
    # what a member sits for, not an office: a seat or the body they represent ("St. Catherine
    # North Central", "Ward 4", "Ministry of Health"), printed in brackets after the name
    "seat": {"constituency", "ward", "representing", "organisation", "organization",
             "department", "electoral area", "division"},
    "status": {"attendance", "status", "present absent", "attended", "present or absent"},
}
# The printed status → the label of the block it goes under.
STATUSES: dict[str, str] = {
    "present": "Present", "attended": "Present", "in person": "Present", "yes": "Present",
    "virtual": "Present", "online": "Present", "remote": "Present", "p": "Present",
    "absent": "Absent", "a": "Absent", "no": "Absent",
    "leave granted": "Apologies", "on leave": "Apologies", "leave": "Apologies",
    "leave of absence": "Apologies", "excused": "Apologies", "apologies": "Apologies",
    "apology": "Apologies", "regrets": "Apologies", "absent with leave": "Apologies",
    "absent with apology": "Apologies", "absent with apologies": "Apologies",
    # officers listed in the register who attend without a seat ("Secretary … In attendance")
    "in attendance": "In attendance", "attending": "In attendance",
}


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z]+", text.lower()))


def _roster_role(text: str) -> str:
    key = _key(text)
    for role, names in ROSTER_COLUMNS.items():
        if key in names:
            return role
    return ""


def _header(segs: list[Line]) -> list[tuple[float, str]] | None:
    """(left edge, role) per column when these segments of one row head a register."""
    roles = [_roster_role(s.text) for s in segs]
    if len(segs) < 2 or not all(roles) or roles.count("name") != 1 or roles.count("status") != 1:
        return None
    return [(s.x0, r) for s, r in zip(segs, roles)]


def attendance_grids(page: Page) -> Page:
    """`page` with each attendance register rewritten as labelled blocks (see above)."""
    return walk_bands(page, _register)


def _register(bands: list[list[Line]], b: int) -> tuple[list[Line], int] | None:
    """The labelled blocks of the register whose header is row `b`, and the row after it."""
    from .layout_grid import _column
    segs = bands[b]
    cols = _header(segs)
    if not cols:
        return None
    tol = CONFIG["grid_column_tolerance_em"] * max(segs[0].size, 1.0)
    roles = [r for _, r in cols]
    rows: list[dict[str, list[Line]]] = []
    e = b + 1
    pitch = 0.0
    while e < len(bands):
        cells: dict[str, list[Line]] = {}
        placed = [(_column(s, cols, tol), s) for s in bands[e]]
        if any(c is None for c, _ in placed):
            break
        for c, s in placed:
            cells.setdefault(roles[c], []).append(s)  # type: ignore[index]
        top = placed[0][1].top
        if rows and pitch and top - rows[-1]["_top"][0].top > CONFIG["grid_end_gap"] * pitch:
            break
        if set(cells) <= {"role", "seat"} and rows:
            for key, segs_ in cells.items():  # a wrapped designation or seat
                rows[-1].setdefault(key, []).extend(segs_)
            e += 1
            continue
        status = " ".join(s.text for s in cells.get("status", [])).strip()
        if "name" not in cells or _key(status) not in STATUSES:
            break
        if rows:
            step = top - rows[-1]["_top"][0].top
            pitch = min(pitch, step) if pitch else step
        cells["_top"] = [placed[0][1]]
        rows.append(cells)
        e += 1
    if len(rows) < 2:
        return None
    head = segs[0]
    groups: dict[str, list[dict[str, list[Line]]]] = {}
    for r in rows:
        groups.setdefault(STATUSES[_key(" ".join(s.text for s in r["status"]))], []).append(r)
    # the blocks fill the rows' room, so the lines below keep their places
    out: list[Line] = []
    count = len(groups) + len(rows)
    top, step = head.top, (rows[-1]["_top"][0].top - head.top) / max(count - 1, 1)
    for label, members in groups.items():
        out.append(replace(head, text=f"{label}:", x1=head.x0 + 3 * head.size, top=top,
                           bottom=top + head.bottom - head.top, bold=False))
        top += step
        for r in members:
            name = " ".join(s.text.strip() for s in r["name"])
            role = " ".join(s.text.strip() for s in r.get("role", []))
            seat = " ".join(s.text.strip() for s in r.get("seat", []))
            first = r["name"][0]
            last = max([*r["name"], *r.get("role", []), *r.get("seat", [])], key=lambda s: s.x1)
            text = f"{name}, {role}" if role else name
            text = f"{text} ({seat})" if seat else text
            out.append(replace(first, text=text, x0=head.x0, x1=max(last.x1, first.x1), top=top,
                               bottom=top + first.bottom - first.top))
            top += step
    return out, e
