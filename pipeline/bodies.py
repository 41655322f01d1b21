"""One name per body: the variants a body's minutes print are resolved across the store.

Segmentation reads a body's name from each file on its own, so one council can come out as
"City of Alameda City Council" (a running footer) in one file and "City Council" (the title line)
in the next, and OCR adds noise ("LEE Bronx Community Board #1 e Bronx"). Threads, the tracker's
count of later meetings and the votes all group by body, so the variants are resolved here,
corpus-wide, among the meetings of one source folder (a body's minutes are kept together;
uploads share the empty folder):

- two names are variants when the words of one are all among the words of the other;
- variants connected that way form a group; its name is the group's medoid, the member whose
  words are closest (Jaccard, weighted by meetings) to all the group's names, so "City of Alameda
  City Council" wins over "City Council" and "Bronx Community Board #1" over OCR noise around it;
- a rare name with no body word at all (a line of people's names read as the header) and an
  empty name take the folder's main name, when the folder is mostly one body's minutes.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable

__all__ = ["canonical_bodies", "words"]

BODY_WORDS = {"board", "council", "committee", "commission", "authority", "partnership", "group",
              "trust", "association", "assembly", "forum", "panel", "cabinet", "foundation",
              "corporation", "agency", "society", "parliament", "senate", "court",
              "executive", "subcommittee", "sub-committee", "club", "union", "college", "school",
              "commissioners", "trustees", "directors", "governors", "supervisors", "aldermen",
              "selectmen", "vestry", "conference", "meeting"}


def words(name: str) -> frozenset[str]:
    """The name's words, lower-cased, without punctuation around them."""
    return frozenset(w for w in (t.strip(".,;:()[]'\"’‘-–").lower() for t in name.split()) if w)


def _folder(path: str) -> str:
    return re.split(r"[\\/](?=[^\\/]*$)", path or "")[0] if re.search(r"[\\/]", path or "") else ""


def canonical_bodies(rows: Iterable[tuple[str, str, str]], rare_share: float = 0.2,
                     main_share: float = 0.6, main_min: int = 3) -> dict[str, str]:
    """`{meeting_id: body}` for the meetings whose body should change, from
    `(meeting_id, body, source_file)` rows. Deterministic: depends only on the rows."""
    by_folder: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for mid, body, source in rows:
        by_folder[_folder(source)].append((mid, (body or "").strip()))
    out: dict[str, str] = {}
    for meetings in by_folder.values():
        names = Counter(b for _, b in meetings if b)
        rename = _resolve(names)
        main = _main_name(names, rename, main_share, main_min)
        total = sum(names.values())
        for name, n in names.items():
            if not words(name) & BODY_WORDS and main and n <= rare_share * total:
                rename[name] = main
        for mid, body in meetings:
            new = rename.get(body) if body else main
            if new and new != body:
                out[mid] = new
    return out


def _resolve(names: Counter) -> dict[str, str]:
    """Each name → its group's name (only names that change)."""
    ws = {n: words(n) for n in names}
    parent = {n: n for n in names}

    def find(n: str) -> str:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    ordered = sorted(names)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if ws[a] and ws[b] and (ws[a] <= ws[b] or ws[b] <= ws[a]):
                parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in ordered:
        groups[find(n)].append(n)
    rename: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        # the group's medoid: the name closest to all its meetings' names
        centre = {m: sum(names[v] * len(ws[m] & ws[v]) / len(ws[m] | ws[v]) for v in members)
                  * 0.7 ** _noise(m) for m in members}
        chosen = max(members, key=lambda m: (round(centre[m], 6), names[m], len(ws[m]), m))
        rename.update({m: chosen for m in members if m != chosen})
    return rename


_SHORT_WORDS = {"of", "on", "in", "to", "at", "by", "for", "no", "st", "&"}


def _noise(name: str) -> int:
    """Stray one- and two-letter fragments OCR leaves around a name ("… Board #1 e Bronx")."""
    return sum(1 for w in name.split() if w.isalpha() and len(w) <= 2 and w.lower() not in _SHORT_WORDS)


def _main_name(names: Counter, rename: dict[str, str], share: float, least: int) -> str:
    """The folder's name accounting for most meetings after resolution, if it holds at least
    `share` of them and `least` meetings (a folder of one body's minutes), else ""."""
    merged = Counter()
    for n, k in names.items():
        merged[rename.get(n, n)] += k
    if not merged:
        return ""
    (name, n), = merged.most_common(1)
    return name if n >= least and n >= share * sum(merged.values()) else ""
