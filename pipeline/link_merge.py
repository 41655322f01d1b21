"""Thread-level second pass of the link stage: threads of one body that are one matter.

`link.build_threads` joins an item to a thread on its best score with one member. A matter whose
heading changes from meeting to meeting ("Lake Kotare Water Quality - Report 25.04", then
"Kotare Catchment: Proposed Plan Change 7 - Report 25.11", "Hearing Panel Recommendations: Plan
Change 7 …") can score under the threshold with each member alone, the more so where the headings
carry different names or numbers (`link_signals.template_conflicts`), and open a thread of its own.
What the headings do not say, the contents do: when the items of two threads of one body are
alike in content (`link_thread_content`) in at least `link_thread_pairs` pairs of items, the two
threads are one matter. One alike pair is not enough (two resolutions, two public speakers, two
leases minuted in the same words are two matters); two or more are several meetings agreeing, as
long as no pair is far apart and the headings share a word ("Kotare", "Parking"). Two threads
of several meetings each that are each other's closest in content are one matter too.

A pure function over member lists and the content vectors (no store, no model).
"""
from __future__ import annotations

from collections import Counter
from datetime import date

import numpy as np

from .config import CONFIG

__all__ = ["thread_merges", "lone_joins", "lone_pairs"]


def _days(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return v / n if n else v


def thread_merges(groups: list[list[int]], bodies: list[str], meetings: list[str],
                  dates: list[str], content: np.ndarray, has_body: np.ndarray,
                  apart: np.ndarray | None = None,
                  words: list[set[str]] | None = None,
                  phrases: list[set[str]] | None = None) -> list[tuple[int, int]]:
    """(absorbed, into) pairs of thread indices, in the order they apply.

    `groups` are the threads' members (indices into the item lists `bodies`, `meetings`,
    `dates`, and rows of `content`: unit vectors). Threads are taken by their first date; a later
    thread joins the earlier thread of the same single body, sharing no meeting with it and
    within `link_max_gap_days` of it, with which it has the most pairs of items (both minuted
    at some length) at least `link_thread_content` alike in content, when there are at least
    `link_thread_pairs` of them, or with one such pair when the two threads hold three items
    or more and their centroids are `link_thread_centroid` alike (a matter minuted in the same
    words at several meetings, under other headings at several others; ties: the higher mean
    cosine of the alike pairs). Every pair must be at least `link_thread_floor` alike (a
    thread gathering several matters is not one of them), and, given `words` (heading words
    per item), a heading of the one must share a word with a heading of the other. A pair
    marked in `apart` (boolean item matrix: two matters by their headings) counts against.

    Two threads minuted at two meetings or more each also join, whatever their pairs, when
    each is the other's closest among the body's threads it may join, its headings aside
    (centroids: the later among those begun before it, the earlier among those begun after
    it), their centroids are
    `link_thread_mutual` alike, no pair is marked in `apart`, and their headings share a word
    that at most `link_thread_mutual_word_share` of the body's headings carry: a matter whose
    heading changed at every meeting ("Call for sites - results", "Preferred housing site" /
    "Station Yard: technical evidence", "Drop-in feedback … housing at Station Yard"). Given
    `phrases` (rare two-word phrases per item), two such threads whose items share at least
    `link_thread_phrases` of them need only be `link_thread_mutual_phrase` alike, with no
    heading word in common: "Portfolio review: School of Humanities", "Modern Languages:
    proposed suspension of recruitment" / "Report of the Languages Working Group",
    "Institution-Wide Language Programme" ("language degrees", "Language Centre")."""
    need, pairs = CONFIG["link_thread_content"], CONFIG["link_thread_pairs"]
    gap = CONFIG["link_max_gap_days"]
    members = [list(g) for g in groups]
    order = sorted(range(len(members)), key=lambda k: (min(dates[m] or "9999" for m in members[k]),
                                                       k) if members[k] else ("9999", k))
    out: list[tuple[int, int]] = []
    absorbed: set[int] = set()
    def may_join(k: int, u: int, any_words: bool = False) -> bool:
        """May thread k join thread u (one single body, no meeting in common, headings sharing
        a word unless `any_words`, minuted items within `link_max_gap_days`)?"""
        mine = [m for m in members[k] if has_body[m]]
        theirs = [m for m in members[u] if has_body[m]]
        own_bodies = {bodies[m] for m in members[k]}
        if not mine or not theirs or len(own_bodies) != 1 \
                or {bodies[m] for m in members[u]} != own_bodies \
                or {meetings[m] for m in members[k]} & {meetings[m] for m in members[u]}:
            return False
        if words is not None and not any_words and not set().union(*(words[m] for m in members[k])) \
                & set().union(*(words[m] for m in members[u])):
            return False  # no heading of the one shares a word with a heading of the other
        return not (gap and min(_days(dates[a], dates[b]) for a in mine for b in theirs) > gap)

    # heading words per body, by the share of the body's headings that carry them
    heads: dict[str, list[int]] = {}
    for m, b in enumerate(bodies):
        heads.setdefault(b, []).append(m)
    share = {b: {w: c / len(ms) for w, c in Counter(w for m in ms for w in words[m]).items()}
             for b, ms in heads.items()} if words is not None else {}

    def rare_word(k: int, u: int) -> bool:
        """Do headings of threads k and u share a word that few headings of the body carry?"""
        if words is None:
            return True
        common = set().union(*(words[m] for m in members[k])) \
            & set().union(*(words[m] for m in members[u]))
        rates = share[body_of[k]]
        return any(rates.get(w, 0.0) <= CONFIG["link_thread_mutual_word_share"] for w in common)

    rank = {k: pos for pos, k in enumerate(order)}
    body_of = [next(iter({bodies[m] for m in g})) if len({bodies[m] for m in g}) == 1 else None
               for g in members]
    centres: dict[int, np.ndarray] = {}

    def centre_of(k: int) -> np.ndarray:
        if k not in centres:
            centres[k] = _unit(content[[m for m in members[k] if has_body[m]]].sum(axis=0))
        return centres[k]

    def phrased(k: int, u: int) -> bool:
        """Do the items of threads k and u share `link_thread_phrases` rare phrases?"""
        if phrases is None:
            return False
        mine = set().union(*(phrases[m] for m in members[k]))
        theirs = set().union(*(phrases[m] for m in members[u]))
        return len(mine & theirs) >= CONFIG["link_thread_phrases"]

    def closest(k: int, among: list[int]) -> int:
        """The thread of `among` whose centroid is closest to thread k's, of those it may be
        one with (-1: none)."""
        cands = [u for u in among if u != k and u not in absorbed and body_of[u] == body_of[k]
                 and any(has_body[m] for m in members[u])]
        if not cands:
            return -1
        sims = np.array([centre_of(u) for u in cands]) @ centre_of(k)
        for j in np.argsort(-sims, kind="stable"):
            u = cands[int(j)]
            if may_join(*sorted((k, u), key=rank.__getitem__, reverse=True)) \
                    or phrases is not None and may_join(
                        *sorted((k, u), key=rank.__getitem__, reverse=True), any_words=True):
                return u
        return -1

    for pos, k in enumerate(order):
        mine = [m for m in members[k] if has_body[m]]
        own_bodies = {bodies[m] for m in members[k]}
        if not mine or len(own_bodies) != 1:
            continue
        best, best_key = -1, (0, 0.0)
        # two threads of several meetings each, each the other's closest in content among the
        # body's threads (the later among those begun before it, the earlier among those
        # begun after it), their centroids `link_thread_mutual` alike: one matter
        mutual = -1
        if len(mine) >= 2:
            u = closest(k, order[:pos])
            if u >= 0 and len([m for m in members[u] if has_body[m]]) >= 2 \
                    and closest(u, order[rank[u] + 1:]) == k:
                centre = float(centre_of(k) @ centre_of(u))
                if centre >= CONFIG["link_thread_mutual"] and rare_word(k, u) \
                        and may_join(k, u) or centre >= CONFIG["link_thread_mutual_phrase"] \
                        and phrased(k, u):
                    mutual = u
        for u in order[:pos]:
            if u in absorbed or not may_join(k, u, any_words=u == mutual):
                continue
            theirs = [m for m in members[u] if has_body[m]]
            sims = content[mine] @ content[theirs].T
            if apart is not None:
                sims = np.where(apart[np.ix_(mine, theirs)], -1.0, sims)
            alike = sims[sims >= need]
            key = (int(alike.size), float(alike.mean()) if alike.size else 0.0)
            centre = _unit(content[mine].sum(axis=0)) @ _unit(content[theirs].sum(axis=0))
            # the centroid speaks for a thread of several items only: two single items
            # alike once are one pair
            ok = alike.size >= pairs or (alike.size and (sims > -1).all()
                                         and len(mine) + len(theirs) > 2
                                         and centre >= CONFIG["link_thread_centroid"])
            ok = ok and float(sims.min()) >= CONFIG["link_thread_floor"]
            if u == mutual and (sims > -1).all():
                ok, key = True, max(key, (1, float(centre)))
            if ok and key > best_key:
                best, best_key = u, key
        if best >= 0:
            centres.pop(best, None)
            members[best] += members[k]
            members[k] = []
            absorbed.add(k)
            out.append((k, best))
    return out


def _body_calendars(groups, bodies, dates, meetings, has_body):
    """Each item's thread, each body's items, and each body's meetings in date order (date,
    meeting id)."""
    thread_of = {m: k for k, g in enumerate(groups) for m in g}
    by_body: dict[str, list[int]] = {}
    for m in sorted(thread_of):
        if has_body[m]:
            by_body.setdefault(bodies[m], []).append(m)
    calendar = {b: sorted({(dates[m] or "", meetings[m]) for m in ms}) for b, ms in by_body.items()}
    return thread_of, by_body, calendar


def lone_joins(groups: list[list[int]], bodies: list[str], meetings: list[str], dates: list[str],
               content: np.ndarray, has_body: np.ndarray, apart: np.ndarray | None = None,
               phrases: list[set[str]] | None = None) -> list[tuple[int, int]]:
    """(absorbed, into) pairs: a thread of one item joins a thread of its body that holds items of
    two meetings or more, when

    - the lone item and an item of that thread are each other's closest in content across the
      body's meetings (the lone item closest to it among all the body's threaded items of other
      meetings within `link_max_gap_days`; it closest to the lone item among the threaded items
      of the lone item's meeting), at least `link_lone_content` alike;
    - no item of another thread comes within `link_lone_margin` of that (the lone item has no
      other candidate);
    - the lone item is minuted at the body's meeting right after the thread's last, or right
      before its first, and is at least `link_lone_content` alike to the thread's item there
      (the matter went on, or began, there: a later "Mosgiel Lions Club Christmas food drive"
      is closest to a "Mosgiel satellite pantry" of two meetings before, not to the
      "Expansion to Mosgiel" it would follow);
    - it shares a rare phrase with the thread's items (`phrases`: a contractor, a place, "Teifi
      Builders", "central business district"), and no pair is marked in `apart` (two matters by
      their headings).

    A matter under a heading that shares no word with its others ("Town centre facilities:
    handover and opening" after three headings on "toilets") scores under the link threshold
    with each member alone; what it is most like, and nothing else is as like, is its matter. One
    lone item per meeting joins a thread (the most alike)."""
    gap = CONFIG["link_max_gap_days"]
    floor, margin = CONFIG["link_lone_content"], CONFIG["link_lone_margin"]
    thread_of, by_body, calendar = _body_calendars(groups, bodies, dates, meetings, has_body)
    best: dict[tuple[int, str], tuple[float, int]] = {}  # (thread, meeting) -> (cosine, lone thread)
    for k, g in enumerate(groups):
        if len(g) != 1 or not has_body[g[0]]:
            continue
        i = g[0]
        ks = by_body.get(bodies[i], [])
        others = [m for m in ks if meetings[m] != meetings[i]
                  and not (gap and _days(dates[m] or "", dates[i] or "") > gap)]
        same = [m for m in ks if meetings[m] == meetings[i]]
        if len(others) < 2 or len(same) < 2:
            continue  # closest of one is no choice
        sims = content[others] @ content[i]
        top = int(np.argmax(sims))
        j, s = others[top], float(sims[top])
        u = thread_of[j]
        theirs = groups[u]
        held = sorted({(dates[m] or "", meetings[m]) for m in theirs})
        if s < floor or len(held) < 2 or meetings[i] in {h[1] for h in held}:
            continue
        rest = [float(x) for m, x in zip(others, sims) if thread_of[m] != u]
        if rest and max(rest) > s - margin:
            continue
        if same[int(np.argmax(content[same] @ content[j]))] != i:
            continue
        cal = calendar[bodies[i]]
        at = cal.index((dates[i] or "", meetings[i]))
        if at + 1 < len(cal) and cal[at + 1] == held[0]:
            near = held[0][1]
        elif at > 0 and cal[at - 1] == held[-1]:
            near = held[-1][1]
        else:
            continue
        if max(float(content[m] @ content[i]) for m in theirs if meetings[m] == near) < floor:
            continue  # what the thread minuted at that meeting is not what it went on with
        if apart is not None and apart[i, theirs].any():
            continue
        if phrases is not None and not phrases[i] & set().union(*(phrases[m] for m in theirs)):
            continue
        if s > best.get((u, meetings[i]), (-1.0, -1))[0]:
            best[(u, meetings[i])] = (s, k)
    return [(k, u) for (u, _), (_, k) in sorted(best.items(), key=lambda x: x[1][1])]


def lone_pairs(groups: list[list[int]], bodies: list[str], meetings: list[str], dates: list[str],
               content: np.ndarray, has_body: np.ndarray, apart: np.ndarray | None = None,
               phrases: list[set[str]] | None = None) -> list[tuple[int, int]]:
    """(absorbed, into) pairs: two threads of one item each, of one body at different meetings,
    that are each other's closest in content across the body's meetings (at least
    `link_lone_content` alike), join a thread of their body holding two meetings or more when

    - for each of the two, the closest item after the other is an item of that thread;
    - the closer of the two to that thread is at least `link_lone_content` alike to one of its
      items, and no item of another thread comes within `link_lone_margin` of that for either;
    - that item of the thread is, of the items of the lone item's meeting, closest to it;
    - the thread's meetings and the two lone items' meetings are consecutive meetings of the body
      (the matter went on meeting by meeting, nothing minuted between);
    - the two share a rare phrase with the thread's items (`phrases`), and no pair is marked in
      `apart`.

    A matter that began, or went on, under headings of its own ("Well 7 PFAS Detections" before
    two meetings on the treatment plant, "Capital Program: Wellhead Treatment" after) leaves
    two items alone that are each most like the other: `lone_joins` takes neither (the closest of
    each is a lone item), though together they point at one thread and nothing else."""
    floor, margin = CONFIG["link_lone_content"], CONFIG["link_lone_margin"]
    gap = CONFIG["link_max_gap_days"]
    thread_of, by_body, calendar = _body_calendars(groups, bodies, dates, meetings, has_body)
    lone = {g[0] for g in groups if len(g) == 1 and has_body[g[0]]}

    def others(i: int) -> list[int]:
        return [m for m in by_body.get(bodies[i], []) if meetings[m] != meetings[i]
                and not (gap and _days(dates[m] or "", dates[i] or "") > gap)]

    def closest(i: int, skip: set[int]) -> tuple[int, float] | None:
        ms = [m for m in others(i) if m not in skip]
        if not ms:
            return None
        sims = content[ms] @ content[i]
        top = int(np.argmax(sims))
        return ms[top], float(sims[top])

    out: list[tuple[int, int]] = []
    used: set[int] = set()
    for i in sorted(lone):
        first = closest(i, set())
        if first is None or i in used:
            continue
        p, s = first
        if p <= i or p not in lone or p in used or s < floor:
            continue
        back = closest(p, set())
        if back is None or back[0] != i:
            continue  # not each other's closest
        nxt_i, nxt_p = closest(i, {p}), closest(p, {i})
        if nxt_i is None or nxt_p is None or thread_of[nxt_i[0]] != thread_of[nxt_p[0]]:
            continue
        u = thread_of[nxt_i[0]]
        theirs = groups[u]
        held = {meetings[m] for m in theirs}
        if len(held) < 2 or meetings[i] in held or meetings[p] in held:
            continue
        lead, (j, sj) = max(((i, nxt_i), (p, nxt_p)), key=lambda x: x[1][1])
        if sj < floor:
            continue
        rest = [float(content[m] @ content[x]) for x in (i, p) for m in others(x)
                if thread_of[m] not in (u, thread_of[i], thread_of[p])]
        if rest and max(rest) > sj - margin:
            continue
        same = [m for m in by_body[bodies[lead]] if meetings[m] == meetings[lead]]
        if same[int(np.argmax(content[same] @ content[j]))] != lead:
            continue
        cal = [mt for _, mt in calendar[bodies[i]]]
        at = sorted(cal.index(mt) for mt in held | {meetings[i], meetings[p]})
        if at[-1] - at[0] != len(at) - 1:
            continue  # a meeting between that minuted none of it
        if apart is not None and (apart[i, theirs].any() or apart[p, theirs].any() or apart[i, p]):
            continue
        if phrases is not None and not (phrases[i] | phrases[p]) & set().union(*(phrases[m] for m in theirs)):
            continue
        out += [(thread_of[i], u), (thread_of[p], u)]
        used |= {i, p}
    return out
