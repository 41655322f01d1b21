"""Vote evaluation against hand-labelled gold (tests/gold/votes/*.json; see GUIDE.md there).

The gold files' source PDFs are ingested into one scratch store (cached under
$COMMITTEE_MEMORY_EVAL_CACHE or the system temp folder, keyed by the list of sources), votes are
parsed with `votes.meeting_votes`, and each gold vote is matched to the predicted vote whose
passage holds (or first follows) the gold vote's verbatim `quote` in the meeting's stored text.
Scores: vote recall/precision, per-member vote accuracy (over every labelled member of every gold
vote; an unmatched vote counts all its members wrong), tally accuracy (every labelled tally field
equal), result, mover, seconder, and motion↔decision link accuracy (the linked decision statement
lies in the gold vote's stretch of text: after the previous gold vote and before the next).
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from .eval_cache import eval_cache_dir, ingest_all, corpus_dir, require_corpus

__all__ = ["evaluate", "main", "gold_store", "score_file"]

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "gold" / "votes"
CORPUS = corpus_dir()
TALLY_KEYS = ("ayes", "noes", "abstain", "absent", "recused")


def load_gold(gold_dir: Path = GOLD) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(gold_dir.glob("*.json"))]


def gold_store(golds: list[dict], corpus: Path = CORPUS):
    """A store holding every gold source, ingested once and cached by the list of sources."""
    from .store import Store
    cache = eval_cache_dir()
    sources = sorted(g["source"] for g in golds)
    key = hashlib.sha1("\n".join(sources).encode()).hexdigest()[:12]
    store = Store(cache / f"cm_eval_votes_{key}.db")
    ingest_all([str(corpus / s) for s in sources], store)
    return store


def _quote_rx(q: str) -> re.Pattern:
    words = re.sub(r"\s+", " ", q).strip().split(" ")
    return re.compile(r"\s*".join(re.escape(w) for w in words))


def _locate(text: str, statement: str, pos: int = 0) -> int:
    """Where a statement starts in its item's text, at or after `pos` (the statement before it:
    two statements with the same words are two places), by its first words, else by its last
    ones (a heading's words run into its start are not in the text as printed); -1 if nowhere."""
    k = text.find(statement[:60], pos)
    if k < 0 and pos:
        return _locate(text, statement)
    if k < 0 and len(statement) > 60:
        k = text.find(statement[-60:])
        k = max(0, k - (len(statement) - 60)) if k >= 0 else -1
    return k


def score_file(gold: dict, store) -> dict:
    """Per-file counts (see module docstring)."""
    from .votes import map_name, meeting_votes, strip_running_heads
    name = Path(gold["source"]).name
    meetings = sorted((m for m in store.meetings() if Path(m["source_file"] or "").name == name),
                      key=lambda m: m["seq"])
    # one text for the file: items in order, offsets per item
    text, offset, preds, stmt_pos = "", {}, [], {}
    for m in meetings:
        for it in store.items(m["id"]):
            text += (it.get("title") or "") + " "  # CB1-style resolutions: the motion is the title
            offset[it["id"]] = len(text)
            t = strip_running_heads(it.get("text") or "")
            at = 0
            for s in store.statements(item_id=it["id"]):
                if s["type"] == "decision":
                    k = _locate(t, s["text"], at)
                    if k >= 0:
                        stmt_pos[s["id"]] = (len(text) + k, len(text) + k + len(s["text"]))
                        at = k + 1
            text += t + " "
        preds += meeting_votes(store, m)
    for p in preds:
        base = offset.get(p["item_id"], 0)
        p["_span"] = (base + p["span"][0], base + p["span"][1])
        p["_anchor"] = base + p["anchor"]
    gvotes = gold["votes"]
    qpos = []
    for g in gvotes:
        mm = _quote_rx(g["quote"]).search(text)
        qpos.append(mm.start() if mm else None)
    used: set[int] = set()
    c = dict(gold=len(gvotes), pred=len(preds), matched=0, members=0, members_ok=0, tallies=0,
             tallies_ok=0, result_ok=0, mover_ok=0, seconder_ok=0, link_ok=0, errors=[])
    for gi, g in enumerate(gvotes):
        q = qpos[gi]
        p = None
        if q is not None:
            inside = [k for k, v in enumerate(preds) if k not in used and
                      v["_span"][0] <= q < v["_span"][1]]
            after = [k for k, v in enumerate(preds) if k not in used and v["_anchor"] >= q and
                     v["_anchor"] - q < 3000]
            pick = inside[0] if inside else (min(after, key=lambda k: preds[k]["_anchor"])
                                             if after else None)
            if pick is not None:
                used.add(pick)
                p = preds[pick]
        gm = g.get("members") or {}
        c["members"] += len(gm)
        has_tally = any(g["tally"].get(k) is not None for k in TALLY_KEYS)
        c["tallies"] += int(has_tally)
        if p is None:
            c["errors"].append(f"{name} p{g.get('page')}: vote not found: {g['quote'][:60]}")
            continue
        c["matched"] += 1
        pm = p["members"]
        for who, how in gm.items():
            got = pm.get(map_name(who, list(pm)) or who)
            if got == how:
                c["members_ok"] += 1
            else:
                c["errors"].append(f"{name} p{g.get('page')}: {who} gold {how} got {got}")
        if has_tally:
            ok = all(p["tally"].get(k) == g["tally"][k] for k in TALLY_KEYS
                     if g["tally"].get(k) is not None)
            c["tallies_ok"] += int(ok)
            if not ok:
                c["errors"].append(f"{name} p{g.get('page')}: tally gold {g['tally']} got "
                                   f"{p['tally']}")
        c["result_ok"] += int(p["result"] == g["result"])
        for role in ("mover", "seconder"):
            want, got = g.get(role), p.get(role)
            ok = (want is None and got is None) or (want is not None and got is not None and
                                                    map_name(got, [want]) == want)
            c[f"{role}_ok"] += int(ok)
        lo = max(q - 600, (qpos[gi - 1] + 1) if gi and qpos[gi - 1] is not None else 0)
        nxt = next((x for x in qpos[gi + 1:] if x is not None and x > q), len(text))
        sp = stmt_pos.get(p.get("decision_statement_id") or "")
        ok = bool(sp) and sp[0] < nxt and sp[1] > lo
        c["link_ok"] += int(ok)
    return c


def evaluate(gold_dir: Path = GOLD, corpus: Path = CORPUS) -> dict[str, dict]:
    golds = load_gold(gold_dir)
    store = gold_store(golds, corpus)
    try:
        per = {g["source"]: score_file(g, store) for g in golds}
    finally:
        store.close()
    tot = {k: sum(r[k] for r in per.values()) for k in
           ("gold", "pred", "matched", "members", "members_ok", "tallies", "tallies_ok",
            "result_ok", "mover_ok", "seconder_ok", "link_ok")}
    tot["errors"] = [e for r in per.values() for e in r["errors"]]
    per["OVERALL"] = tot
    for r in per.values():
        r["recall"] = r["matched"] / r["gold"] if r["gold"] else 0.0
        r["member_acc"] = r["members_ok"] / r["members"] if r["members"] else 1.0
        r["tally_acc"] = r["tallies_ok"] / r["tallies"] if r["tallies"] else 1.0
        for k in ("result", "mover", "seconder", "link"):
            r[f"{k}_acc"] = r[f"{k}_ok"] / r["gold"] if r["gold"] else 1.0
    return per


def main(argv: list[str] | None = None) -> None:
    require_corpus(CORPUS)
    res = evaluate()
    print(f"{'source':58} {'gold':>4} {'pred':>4} {'recall':>6} {'member':>6} {'tally':>6} "
          f"{'result':>6} {'mover':>6} {'second':>6} {'link':>6}")
    for src, r in res.items():
        print(f"{src[-58:]:58} {r['gold']:4d} {r['pred']:4d} {r['recall']:6.3f} "
              f"{r['member_acc']:6.3f} {r['tally_acc']:6.3f} {r['result_acc']:6.3f} "
              f"{r['mover_acc']:6.3f} {r['seconder_acc']:6.3f} {r['link_acc']:6.3f}")
    o = res["OVERALL"]
    print(f"\nper-member vote accuracy {o['member_acc']:.3f} ({o['members_ok']}/{o['members']}); "
          f"tally accuracy {o['tally_acc']:.3f} ({o['tallies_ok']}/{o['tallies']}); "
          f"motion↔decision link accuracy {o['link_acc']:.3f} ({o['link_ok']}/{o['gold']})")
    if "-v" in (argv if argv is not None else sys.argv[1:]):
        print("\n".join(o["errors"]))


if __name__ == "__main__":
    main()
