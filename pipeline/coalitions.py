"""Coalitions: who votes with whom, per body and period, from parsed votes.

Contract: pure functions over the export dicts of `votes.votes_for_store` (members mapping a name
to aye/no/abstain/absent/recused). A vote is *contested* when the members who voted aye/no did not
all vote alike; only contested votes enter the agreement matrix (unanimous votes say nothing about
alignment). Agreement of a pair = share of the contested votes where both voted (aye/no) that they
voted alike. Blocs = average-linkage clusters of the agreement matrix, merged while the average
agreement between two clusters stays at or above `threshold`. `bloc_shifts` compares blocs of
consecutive periods (a `coalition_shift` finding when membership changes). Everything is written
to CSV by `export_csv`.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

__all__ = ["member_records", "agreement_matrix", "blocs", "dissent", "split_votes",
           "bloc_shifts", "period_of", "export_csv", "thread_votes"]

CAST = ("aye", "no")
DEFAULT_THRESHOLD = 0.75


def period_of(date: str, period: str = "year") -> str:
    """'2023-04-04' → '2023' (year), '2023-H1' (half) or '2023-Q2' (quarter)."""
    if not date:
        return "unknown"
    y, m = date[:4], int(date[5:7] or 1)
    if period == "half":
        return f"{y}-H{1 if m <= 6 else 2}"
    if period == "quarter":
        return f"{y}-Q{(m - 1) // 3 + 1}"
    return y


def _contested(v: dict) -> bool:
    cast = {how for how in (v.get("members") or {}).values() if how in CAST}
    return len(cast) > 1


def member_records(votes: list[dict]) -> dict[str, dict[str, int]]:
    """Per member: counts of aye/no/abstain/absent/recused, votes cast, and dissents (voting
    against the result on a contested vote)."""
    rec: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for v in votes:
        win = "aye" if v.get("result") == "carried" else "no"
        for who, how in (v.get("members") or {}).items():
            r = rec[who]
            r[how] += 1
            r["votes"] += 1
            if how in CAST and _contested(v):
                r["contested"] += 1
                r["dissent"] += int(how != win)
    return {k: dict(v) for k, v in rec.items()}


def dissent(votes: list[dict]) -> dict[str, float]:
    """Share of contested votes on which each member voted against the result."""
    return {m: (r.get("dissent", 0) / r["contested"]) if r.get("contested") else 0.0
            for m, r in member_records(votes).items()}


def agreement_matrix(votes: list[dict], min_shared: int = 1
                     ) -> tuple[list[str], dict[tuple[str, str], tuple[float, int]]]:
    """(members, {(a, b): (agreement, shared contested votes)}) over contested votes."""
    same: dict[tuple[str, str], int] = defaultdict(int)
    both: dict[tuple[str, str], int] = defaultdict(int)
    names: set[str] = set()
    for v in votes:
        if not _contested(v):
            continue
        cast = {w: h for w, h in v["members"].items() if h in CAST}
        names.update(cast)
        for a, b in combinations(sorted(cast), 2):
            both[(a, b)] += 1
            same[(a, b)] += int(cast[a] == cast[b])
    out = {}
    for (a, b), n in both.items():
        if n >= min_shared:
            out[(a, b)] = out[(b, a)] = (same[(a, b)] / n, n)
    return sorted(names), out


def blocs(votes: list[dict], threshold: float = DEFAULT_THRESHOLD,
          min_votes: int = 5) -> list[list[str]]:
    """Average-linkage clusters of members by agreement on contested votes, largest first.
    Members with fewer than `min_votes` contested votes cast are left out (too little evidence)."""
    names, agr = agreement_matrix(votes)
    rec = member_records(votes)
    names = [n for n in names if rec.get(n, {}).get("contested", 0) >= min_votes]
    clusters = [[n] for n in names]

    def link(x, y):
        vals = [agr[(a, b)][0] for a in x for b in y if (a, b) in agr]
        return sum(vals) / len(vals) if vals else 0.0
    while len(clusters) > 1:
        best, pair = -1.0, None
        for i, j in combinations(range(len(clusters)), 2):
            s = link(clusters[i], clusters[j])
            if s > best:
                best, pair = s, (i, j)
        if best < threshold or pair is None:
            break
        i, j = pair
        clusters[i] = sorted(clusters[i] + clusters[j])
        del clusters[j]
    return sorted(clusters, key=lambda c: (-len(c), c))


def split_votes(votes: list[dict], groups: list[list[str]]) -> list[dict]:
    """Contested votes where the blocs voted on opposite sides (majority of each bloc)."""
    out = []
    for v in votes:
        if not _contested(v):
            continue
        sides = []
        for g in groups:
            cast = [v["members"][m] for m in g if v["members"].get(m) in CAST]
            if cast:
                sides.append(max(set(cast), key=cast.count))
        if len(set(sides)) > 1:
            out.append(v)
    return out


def bloc_shifts(votes: list[dict], period: str = "year",
                threshold: float = DEFAULT_THRESHOLD) -> list[dict[str, Any]]:
    """Blocs per period and what changed from the previous period."""
    by: dict[str, list[dict]] = defaultdict(list)
    for v in votes:
        by[period_of(v.get("date") or "", period)].append(v)
    out, prev = [], None
    for p in sorted(by):
        bl = blocs(by[p], threshold)
        entry = {"period": p, "blocs": bl, "votes": len(by[p]),
                 "contested": sum(_contested(v) for v in by[p]), "changes": []}
        if prev is not None:
            before = {m: frozenset(b) for b in prev["blocs"] for m in b}
            after = {m: frozenset(b) for b in bl for m in b}
            for m in sorted(set(before) | set(after)):
                if m not in after:
                    entry["changes"].append(f"{m} left (no votes in {p})")
                elif m not in before:
                    entry["changes"].append(f"{m} joined, bloc {sorted(after[m])}")
                else:
                    old = before[m] & set(after)
                    new = after[m] & set(before)
                    if old != new:
                        entry["changes"].append(
                            f"{m}: with {sorted(old - {m}) or 'none'} → {sorted(new - {m}) or 'none'}")
        out.append(entry)
        prev = entry
    return out


def export_csv(votes: list[dict], outdir: str | Path, period: str = "year",
               threshold: float = DEFAULT_THRESHOLD) -> list[Path]:
    """Write votes.csv, member_votes.csv, member_records.csv, agreement.csv, blocs.csv per body
    and period into `outdir`; returns the files written."""
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for v in votes:
        groups[(v.get("body") or "", period_of(v.get("date") or "", period))].append(v)
    files = {n: outdir / f"{n}.csv" for n in
             ("votes", "member_votes", "member_records", "agreement", "blocs")}
    with open(files["votes"], "w", newline="") as fv, \
            open(files["member_votes"], "w", newline="") as fm:
        wv, wm = csv.writer(fv), csv.writer(fm)
        wv.writerow(["vote_id", "body", "date", "meeting_id", "item_id", "decision_statement_id",
                     "motion", "mover", "seconder", "result", "ayes", "noes", "abstain",
                     "absent", "recused", "problems"])
        wm.writerow(["vote_id", "body", "date", "member", "vote"])
        for v in votes:
            t = v["tally"]
            wv.writerow([v["id"], v.get("body"), v.get("date"), v["meeting_id"], v["item_id"],
                         v.get("decision_statement_id"), v.get("motion"), v.get("mover"),
                         v.get("seconder"), v["result"], t["ayes"], t["noes"], t["abstain"],
                         t["absent"], t["recused"], "; ".join(v.get("problems") or [])])
            for who, how in (v.get("members") or {}).items():
                wm.writerow([v["id"], v.get("body"), v.get("date"), who, how])
    with open(files["member_records"], "w", newline="") as fr, \
            open(files["agreement"], "w", newline="") as fa, \
            open(files["blocs"], "w", newline="") as fb:
        wr, wa, wb = csv.writer(fr), csv.writer(fa), csv.writer(fb)
        wr.writerow(["body", "period", "member", "votes", "aye", "no", "abstain", "absent",
                     "recused", "contested", "dissent", "dissent_rate"])
        wa.writerow(["body", "period", "member_a", "member_b", "agreement", "shared_contested"])
        wb.writerow(["body", "period", "bloc", "members"])
        for (body, p), vs in sorted(groups.items()):
            for m, r in sorted(member_records(vs).items()):
                c = r.get("contested", 0)
                wr.writerow([body, p, m, r.get("votes", 0)] +
                            [r.get(k, 0) for k in ("aye", "no", "abstain", "absent", "recused")]
                            + [c, r.get("dissent", 0),
                               f"{r.get('dissent', 0) / c:.3f}" if c else ""])
            names, agr = agreement_matrix(vs)
            for a, b in combinations(names, 2):
                if (a, b) in agr:
                    wa.writerow([body, p, a, b, f"{agr[(a, b)][0]:.3f}", agr[(a, b)][1]])
            for k, bl in enumerate(blocs(vs, threshold)):
                wb.writerow([body, p, k + 1, "; ".join(bl)])
    return list(files.values())


def thread_votes(store, thread_id: str, votes: list[dict] | None = None) -> list[dict]:
    """For one thread: per turn (item, in date order) its votes and who was present."""
    from .votes import voting_members
    thread = next((t for t in store.threads() if t["id"] == thread_id), None)
    if thread is None:
        return []
    if votes is None:
        from .votes import votes_for_store
        mids = {r[0] for r in store.conn.execute(
            "SELECT DISTINCT meeting_id FROM items WHERE id IN (%s)" %
            ",".join("?" * len(thread["item_ids"])), thread["item_ids"])}
        votes = votes_for_store(store, sorted(mids))
    by_item: dict[str, list[dict]] = defaultdict(list)
    for v in votes:
        by_item[v["item_id"]].append(v)
    out = []
    for item_id in thread["item_ids"]:
        row = store.conn.execute(
            "SELECT i.meeting_id, i.number, i.title, m.date, m.body FROM items i JOIN meetings m"
            " ON m.id = i.meeting_id WHERE i.id = ?", (item_id,)).fetchone()
        if row is None:
            continue
        present, absent = voting_members(store.attendees(row[0]))
        out.append({"item_id": item_id, "meeting_id": row[0], "date": row[3], "body": row[4],
                    "title": row[2], "present": present, "absent": absent,
                    "votes": by_item.get(item_id, [])})
    return sorted(out, key=lambda r: r["date"] or "")
