"""Evaluate the segment stage against hand-labelled gold meetings.

Gold: `tests/gold/meetings/*.json`, each {"source": path under the corpus, "meetings": [{"body",
"date", "title", "attendees": [{"name", "initials", "role", "status"}], "items": [{"number",
"title", "page"}]}]}.

Scoring (micro-averaged over meetings, per body and overall):
- meetings are paired gold↔predicted by equal date, the rest in order;
- date accuracy: share of gold meetings whose paired prediction has the same date;
- attendees: a prediction matches a gold attendee with the same status (chair counted as present)
  and the same normalised name (lowercase, no honorifics or punctuation); a surname-only name
  matches a full name with that surname;
- items: a prediction matches a numbered gold item when the normalised numbers are equal and the
  first pages are equal; an unnumbered gold item when the first pages are equal and the titles
  are ≥ 0.8 similar (or both carry the same Legistar file id).
Predicted meetings with no gold partner count their attendees and items as false positives.
Opening items (`Item.opening`: the minutes' prose before their first heading, kept so that no
text is lost) are no printed heading, which is all the gold labels: they are left out of the
item scores, neither true nor false.
A gold file that labels items only on some pages says so with `"page_range": [first, last]`
(1-based, inclusive): predicted items starting outside it are left out of the item scores.

`python -m pipeline.eval_segment [--gold DIR] [--corpus DIR] [-v]` prints the table.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, Callable

from .eval_cache import corpus_dir as default_corpus, require_corpus
from .records import Document, Meeting, Page
from .segment import segment
from .segment_attendees import split_honorific

__all__ = ["evaluate", "main", "norm_name", "norm_number", "title_similarity", "pair_meetings"]

Loader = Callable[[str], tuple[Document, list[Page]]]
TITLE_SIM = 0.8
_REPO = Path(__file__).resolve().parents[1]


def norm_name(name: str) -> str:
    """"Cllr. Ó Ceallaigh" -> "o ceallaigh"; "Mayor Ezzy Ashcraft" -> "ezzy ashcraft"."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    name, _ = split_honorific(name)
    name = re.sub(r"[^\w\s-]", " ", name.lower()).replace("-", " ")
    return re.sub(r"\s+", " ", name).strip()


def _names_match(gold: str, pred: str) -> bool:
    g, p = norm_name(gold), norm_name(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    gw, pw = g.split(), p.split()
    # A surname-only name ("Daysog", "Herrera Spencer") matches a full name ending with it.
    if len(gw) < len(pw) and pw[-len(gw):] == gw:
        return True
    return len(pw) < len(gw) and gw[-len(pw):] == pw


def norm_number(number: str) -> str:
    """"(a)" / "a)" / "a." -> "a"; "IV." -> "iv"; "6.2" stays "6.2"."""
    n = re.sub(r"\s+", "", (number or "").lower())
    n = n.strip("().:")
    return re.sub(r"^item", "", n)


def title_similarity(a: str, b: str) -> float:
    na = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", a.lower())).strip()
    nb = re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", b.lower())).strip()
    if not na or not nb:
        return 0.0
    return SequenceMatcher(None, na, nb, autojunk=False).ratio()


def _status(s: str) -> str:
    return "present" if s == "chair" else s


def pair_meetings(gold: list[dict[str, Any]], pred: list[Meeting]) -> list[tuple[int, int | None]]:
    """(gold index, predicted index or None): first by equal date, then in order."""
    used: set[int] = set()
    pairs: dict[int, int | None] = {}
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and g.get("date") and p.date == g.get("date"):
                pairs[gi] = pi
                used.add(pi)
                break
    rest = [pi for pi in range(len(pred)) if pi not in used]
    for gi in range(len(gold)):
        if gi not in pairs:
            pairs[gi] = rest.pop(0) if rest else None
    return sorted(pairs.items())


def _greedy(gold: list[dict[str, Any]], pred: list[Any], same) -> tuple[int, list, list]:
    """Match each gold record to the first unmatched prediction `same` accepts: (true
    positives, gold missed, predictions left over)."""
    free = list(range(len(pred)))
    tp, missed = 0, []
    for g in gold:
        hit = next((k for k in free if same(g, pred[k])), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            tp += 1
    return tp, missed, [pred[k] for k in free]


def _match_attendees(gold: list[dict[str, Any]], pred: list[Any]) -> tuple[int, list, list]:
    return _greedy(gold, pred, lambda g, p: _status(p.status) == _status(g.get("status", ""))
                   and _names_match(g.get("name", ""), p.name))


def _same_item(g: dict[str, Any], p: Any) -> bool:
    if p.page_start != g.get("page"):
        return False
    gnum = norm_number(g.get("number", ""))
    if gnum:
        return norm_number(p.number) == gnum
    return bool(g.get("file_id") and g.get("file_id") == p.file_id) or \
        title_similarity(g.get("title", ""), p.title) >= TITLE_SIM


def _match_items(gold: list[dict[str, Any]], pred: list[Any]) -> tuple[int, list, list]:
    return _greedy(gold, pred, _same_item)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _in_range(gold_file: dict[str, Any]) -> Callable[[Any], bool]:
    """Which predicted items a gold file scores: all but opening items, or those starting in its
    `page_range`."""
    rng = gold_file.get("page_range")
    if not rng:
        return lambda item: not getattr(item, "opening", False)
    first, last = int(rng[0]), int(rng[1])
    return lambda item: not getattr(item, "opening", False) and first <= item.page_start <= last


def default_loader(path: str) -> tuple[Document, list[Page]]:
    """Read a source file with the pipeline's own readers (imported lazily)."""
    if path.lower().endswith(".pdf"):
        from .pdf import extract
        return extract(path)
    from .textsrc import read_text
    return read_text(path)


def evaluate(gold_dir: str | Path = _REPO / "tests" / "gold" / "meetings",
             corpus_dir: str | Path | None = None,
             loader: Loader | None = None) -> dict[str, Any]:
    """Scores per body and overall, and per-file misses (see the module docstring)."""
    loader = loader or default_loader
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    files: list[dict[str, Any]] = []
    for gold_path in sorted(Path(gold_dir).glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = Path(corpus_dir or default_corpus()) / gold["source"]
        try:
            doc, pages = loader(str(source))
            pred = segment(doc, pages)
        except Exception as exc:  # a reader failure scores as an empty prediction
            pred = []
            files.append({"gold": gold_path.name, "error": f"{type(exc).__name__}: {exc}"})
        gmeetings = gold.get("meetings", [])
        pairs = pair_meetings(gmeetings, pred)
        scored = _in_range(gold)
        used = {pi for _, pi in pairs if pi is not None}
        for gi, pi in pairs:
            g = gmeetings[gi]
            body = g.get("body") or gold["source"].split("/")[0]
            c = counts[body]
            p = pred[pi] if pi is not None else None
            p_items = [i for i in p.items if scored(i)] if p else []
            c["meetings"] += 1
            c["date_ok"] += int(p is not None and p.date == g.get("date"))
            a_tp, a_miss, a_extra = _match_attendees(g.get("attendees", []), p.attendees if p else [])
            i_tp, i_miss, i_extra = _match_items(g.get("items", []), p_items)
            c["att_tp"] += a_tp
            c["att_gold"] += len(g.get("attendees", []))
            c["att_pred"] += len(p.attendees) if p else 0
            c["item_tp"] += i_tp
            c["item_gold"] += len(g.get("items", []))
            c["item_pred"] += len(p_items)
            files.append({
                "gold": gold_path.name, "body": body, "date": g.get("date"),
                "pred_date": p.date if p else None,
                "attendees_missed": [(a.get("name"), a.get("status")) for a in a_miss],
                "attendees_extra": [(a.name, a.status) for a in a_extra],
                "items_missed": [(i.get("number"), i.get("title", "")[:60], i.get("page")) for i in i_miss],
                "items_extra": [(i.number, i.title[:60], i.page_start) for i in i_extra],
            })
        for pi, p in enumerate(pred):
            if pi not in used:
                body = gmeetings[0].get("body") if gmeetings else gold["source"].split("/")[0]
                counts[body]["att_pred"] += len(p.attendees)
                counts[body]["item_pred"] += sum(1 for i in p.items if scored(i))
                counts[body]["extra_meetings"] += 1
    return _summarise(counts, files)


def _summarise(counts: dict[str, dict[str, int]], files: list[dict[str, Any]]) -> dict[str, Any]:
    def score(c: dict[str, int]) -> dict[str, Any]:
        return {
            "meetings": c["meetings"],
            "extra_meetings": c["extra_meetings"],
            "date_accuracy": round(c["date_ok"] / c["meetings"], 4) if c["meetings"] else 0.0,
            "attendees": _prf(c["att_tp"], c["att_pred"], c["att_gold"]),
            "items": _prf(c["item_tp"], c["item_pred"], c["item_gold"]),
        }
    total: dict[str, int] = defaultdict(int)
    for c in counts.values():
        for k, v in c.items():
            total[k] += v
    return {"bodies": {b: score(c) for b, c in sorted(counts.items())},
            "overall": score(total), "files": files}


def _row(name: str, s: dict[str, Any]) -> str:
    a, i = s["attendees"], s["items"]
    return (f"{name[:38]:38} {s['meetings']:4d} {s['date_accuracy']:6.3f}  "
            f"{a['precision']:.3f} {a['recall']:.3f} {a['f1']:.3f}  "
            f"{i['precision']:.3f} {i['recall']:.3f} {i['f1']:.3f}")


def format_report(result: dict[str, Any], verbose: bool = False) -> str:
    lines = [f"{'body':38} {'mtgs':>4} {'date':>6}  {'att P':>5} {'att R':>5} {'att F':>5}  "
             f"{'itm P':>5} {'itm R':>5} {'itm F':>5}"]
    lines += [_row(b, s) for b, s in result["bodies"].items()]
    lines.append(_row("OVERALL", result["overall"]))
    if verbose:
        for f in result["files"]:
            if f.get("error") or f.get("date") != f.get("pred_date") or any(
                    f.get(k) for k in ("attendees_missed", "attendees_extra", "items_missed", "items_extra")):
                lines.append(json.dumps(f, ensure_ascii=False))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.eval_segment",
                                 description="Score the segment stage against gold meetings.")
    ap.add_argument("--gold", default=str(_REPO / "tests" / "gold" / "meetings"))
    ap.add_argument("--corpus", default=None,
                    help="folder of the real minutes (default: $COMMITTEE_MEMORY_CORPUS or "
                         "shared/corpus beside the checkout)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also print each file's misses")
    args = ap.parse_args(argv)
    require_corpus(args.corpus)
    print(format_report(evaluate(args.gold, args.corpus), args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
