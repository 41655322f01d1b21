"""Why the tracker misses gold follow-ups and where its false links come from (diagnostics).

`python -m pipeline.tracker_diag [SERIES …] [--quiet] [--status]` derives the tracker for each
gold series (tests/gold/tracker) with its trace and prints, for every gold follow-up it does not
link: the action, the gold follow-up, whether the follow-up is one of the stored statements (else
the nearest stored text on its page: a segmentation loss), its cosine and signals, and why it was
not taken (not tracked, not a candidate, below min cosine, score below need, competed away …);
then every predicted follow-up that is no gold one, with its signals and a cause; then both
grouped by cause with counts (`--quiet` prints the counts only). `--status` lists instead every
gold action whose status is read wrongly, grouped by gold → predicted status and cause.
"""
from __future__ import annotations

import sys
from collections import Counter

from .eval_tracker import _words, load_gold, match_statements, placement_cause, series_rows

__all__ = ["diagnose", "status_causes", "main"]


def _nearest(quote: dict, statements: list[dict]) -> tuple[float, str]:
    """The stored statement of the quote's file and page holding most of its words."""
    want = set(_words(quote["quote"]))
    best = (0.0, "")
    for s in statements:
        if not (s["source_file"] or "").endswith(quote["file"]):
            continue
        if abs(int(s["page"] or 0) - int(quote.get("page") or 0)) > 1:
            continue
        share = len(want & set(_words(s["text"]))) / max(len(want), 1)
        best = max(best, (share, s["text"]))
    return best


def diagnose(series: str) -> tuple[list[dict], list[dict]]:
    """(misses, false links) of one gold series, each row with a `cause`."""
    from .tracker import track, tracked_kind
    gold, meetings, rows, vecs, item_thread, statements = series_rows(series)
    trace: dict = {}
    signals: dict = {}
    tracked = {a.statement_id: a for a in track(meetings, rows, vecs, item_thread, trace,
                                                signals)}
    index = {r.id: k for k, r in enumerate(rows)}
    by_meeting = {m.id: m for m in meetings}
    # every statement some gold action names as its follow-up, and which
    gold_of: dict[str, set[str]] = {}
    for g in gold:
        for f in g["followups"]:
            for sid in match_statements(f, statements):
                gold_of.setdefault(sid, set()).add(g["id"])
    misses, false = [], []
    for g in gold:
        matched = match_statements(g, statements)
        ids = [i for i in matched if i in tracked]
        base = {"id": g["id"], "action": g["quote"], "status": g["status"]}
        if not ids:
            if matched:
                r = rows[index[matched[0]]]
                cause = f"action stored ({r.type}), not tracked"
            else:
                share, near = _nearest(g, statements)
                cause = ("action split or merged (segmentation)" if share >= 0.5
                         else "action text not stored")
            for f in g["followups"]:
                misses.append({**base, "followup": f["quote"], "date": f["date"],
                               "cause": cause})
            continue
        a = tracked[ids[0]]
        k = index[ids[0]]
        pred = set(a.followup_statement_ids)
        allowed = set()
        for f in g["followups"]:
            gs = match_statements(f, statements)
            allowed |= set(gs)
            if set(gs) & pred:
                continue
            row = {**base, "followup": f["quote"], "date": f["date"], "pred_status": a.status}
            if not gs:
                share, near = _nearest(f, statements)
                misses.append({**row, "near": f"{share:.2f} {near[:120]}",
                               "cause": "follow-up split or merged (segmentation)"
                               if share >= 0.5 else "follow-up text not stored"})
                continue
            judged = [(trace[(k, index[j])], j) for j in gs if (k, index[j]) in trace]
            if judged:
                (cos, score, need, why), j = max(judged, key=lambda x: (x[0][1], x[0][0]))
                misses.append({**row, "cos": round(cos, 3), "score": round(score, 3),
                               "need": round(need, 3), "stored": rows[index[j]].text,
                               "signals": signals.get((k, index[j]), {}),
                               "cause": why or "kept, then dropped"})
                continue
            m, c = by_meeting[a.meeting_id], by_meeting[rows[index[gs[0]]].meeting_id]
            cause = placement_cause(m, c)
            if cause.startswith("outside"):
                later = sorted({x.date for x in meetings if x.body == m.body and x.date > m.date})
                row["meetings_after"] = later.index(c.date) + 1 if c.date in later else -1
            misses.append({**row, "cause": cause})
        for f in a.followups:
            if f.statement_id in allowed:
                continue
            j = index[f.statement_id]
            c = rows[j]
            same_thread = bool(item_thread.get(c.item_id)) and \
                item_thread.get(c.item_id) == item_thread.get(rows[k].item_id)
            if not g["followups"]:
                cause = f"action has no gold follow-up (gold {g['status']})"
            elif f.statement_id in gold_of:
                cause = "a gold follow-up of another action"
            elif same_thread:
                cause = "same thread, not a report on it"
            elif tracked_kind(c):
                cause = "a later task, not a re-issue"
            else:
                cause = "other statement"
            false.append({**base, "stored": c.text, "date": f.date, "report": f.report,
                          "cos": round(trace[(k, j)][0], 3), "score": f.score,
                          "signals": signals.get((k, j), {}), "cause": cause})
    return misses, false


def status_causes(series: str) -> list[dict]:
    """Every gold action whose status is read wrongly, with its gold and predicted status and a
    cause: not found; no link although gold has follow-ups (then why its gold follow-ups were
    missed, the most common cause); links although gold has none (lost read as reported); the
    latest gold follow-up not linked (an earlier or another report decides); linked, but its
    wording read as another report (`report_kind`); or the rule of status_of (done sticks …)."""
    from .tracker import report_kind, track
    miss, _false = diagnose(series)
    miss_by: dict[str, list[str]] = {}
    for m in miss:
        miss_by.setdefault(m["id"], []).append(m["cause"])
    gold, meetings, rows, vecs, item_thread, statements = series_rows(series)
    tracked = {a.statement_id: a for a in track(meetings, rows, vecs, item_thread)}
    text = {r.id: r.text for r in rows}
    out = []
    for g in gold:
        ids = [i for i in match_statements(g, statements) if i in tracked]
        if not ids:
            out.append({"id": g["id"], "gold": g["status"], "pred": "not found",
                        "cause": "action not found"})
            continue
        a = tracked[ids[0]]
        if a.status == g["status"]:
            continue
        fus = g["followups"]
        pred = set(a.followup_statement_ids)
        if fus and not pred:
            why = Counter(miss_by.get(g["id"], [])).most_common(1)
            cause = f"no link; gold follow-ups missed: {why[0][0] if why else '?'}"
        elif not fus and pred:
            cause = "no gold follow-up, linked to a mention"
        elif not fus:
            cause = "lost/open: later meetings or due date read differently"
        else:
            last = max(fus, key=lambda f: f["date"])
            last_ids = set(match_statements(last, statements))
            if not last_ids & pred:
                cause = ("latest gold follow-up not linked"
                         + (", a later false link decides" if any(
                             f.date > last["date"] for f in a.followups) else ""))
            else:
                read = {report_kind(text[i]) for i in last_ids & pred}
                cause = (f"latest gold follow-up linked, its wording read as "
                         f"{'/'.join(sorted(r or 'nothing decisive' for r in read))}")
        out.append({"id": g["id"], "gold": g["status"], "pred": a.status, "cause": cause,
                    "reason": a.reason})
    return out


def _sig(s: dict) -> str:
    return " ".join(f"{n}={v:.2f}" for n, v in s.items() if v and n != "cos")


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    quiet = "--quiet" in argv
    if "--status" in argv:
        names = [a for a in argv if not a.startswith("--")] or list(load_gold())
        total: Counter = Counter()
        for series in names:
            rows = status_causes(series)
            if not quiet:
                print(f"\n=== {series}: {len(rows)} statuses read wrongly")
                for r in sorted(rows, key=lambda r: (r["gold"], r["pred"], r["cause"])):
                    print(f"- {r['id']} {r['gold']}→{r['pred']} [{r['cause']}] "
                          f"{r.get('reason', '')}")
            c = Counter((r["gold"], r["pred"], r["cause"]) for r in rows)
            total.update(c)
            print(f"\n{series}: wrong statuses by gold → predicted and cause ({len(rows)})")
            for (gs, ps, cause), n in sorted(c.items(), key=lambda x: (-x[1], x[0])):
                print(f"  {n:4d}  {gs} → {ps}: {cause}")
        if len(names) > 1:
            print(f"\nALL ({sum(total.values())})")
            for (gs, ps, cause), n in sorted(total.items(), key=lambda x: (-x[1], x[0])):
                print(f"  {n:4d}  {gs} → {ps}: {cause}")
        return
    names = [a for a in argv if not a.startswith("--")] or list(load_gold())
    all_m: Counter = Counter()
    all_f: Counter = Counter()
    for series in names:
        miss, false = diagnose(series)
        cm = Counter(m["cause"] for m in miss)
        cf = Counter(f["cause"] for f in false)
        all_m.update(cm)
        all_f.update(cf)
        if not quiet:
            print(f"\n=== {series}: {len(miss)} gold follow-ups missed")
            for m in sorted(miss, key=lambda m: (m["cause"], m["id"])):
                print(f"- [{m['cause']}] {m['id']} ({m['status']}→{m.get('pred_status', '-')}) "
                      f"{m['date']} cos={m.get('cos')} score={m.get('score')} "
                      f"need={m.get('need')} after={m.get('meetings_after', '')}\n"
                      f"    A: {m['action'][:110]}\n    F: {m['followup'][:110]}")
                if m.get("near"):
                    print(f"    nearest stored: {m['near']}")
                if m.get("signals"):
                    print(f"    signals: {_sig(m['signals'])}")
            print(f"\n=== {series}: {len(false)} false links")
            for f in sorted(false, key=lambda f: (f["cause"], f["id"], f["date"], f["stored"])):
                print(f"- [{f['cause']}] {f['id']} ({f['status']}) {f['date']} cos={f['cos']} "
                      f"score={f['score']} report={f['report']}\n"
                      f"    A: {f['action'][:110]}\n    S: {f['stored'][:110]}\n"
                      f"    signals: {_sig(f['signals'])}")
        _counts(f"\n{series}: misses by cause ({len(miss)})", cm)
        _counts(f"{series}: false links by cause ({len(false)})", cf)
    if len(names) > 1:
        _counts(f"\nALL: misses by cause ({sum(all_m.values())})", all_m)
        _counts(f"ALL: false links by cause ({sum(all_f.values())})", all_f)


def _counts(title: str, causes: Counter) -> None:
    print(title)
    for cause, n in causes.most_common():
        print(f"  {n:4d}  {cause}")


if __name__ == "__main__":
    main()
