"""List agenda-item titles that look like no heading, over the whole corpus (or given files).

A title is suspicious when it is
- `vote`: a roll-call line or a vote word ("Spencer: Aye", "Ayes", "Councilmember Daysog: No",
  "RESULT: ADOPTED"),
- `name`: one to three capitalised words that are the name of one of the meeting's attendees
  (or a surname of one), with no other word,
- `one-word`: a single word (many are real headings, "Adjournment": read the list),
- `fragment`: a sentence cut off ("… for the", "and the Board …", lower-case start, ends on a
  comma).

Prints one row per suspicious title (kind, file, page, number, title), then the count per kind
and the total of `vote` + `name` titles, the faults this check is for. Read the list: the kinds
are hints, not verdicts.

    PYTHONPATH=. python scripts/check_titles.py [PATH …] [--cache DIR] [--ocr] [--kinds vote,name]

`--cache DIR` keeps each file's pages before layout (as scripts/measure_text_kept.py does), so
that a second run reads no PDF; segmentation runs each time, so its changes show. Scanned pages
are read without OCR unless `--ocr` is given (their titles are then missing, not wrong).
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from pipeline.records import Meeting
from pipeline.segment import segment

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure_text_kept import CORPUS, corpus_files, load  # noqa: E402

VOTE_WORDS = r"ayes?|noes|nays?|no|abstain(?:ed|s|ing)?|abstentions?|absent|recused|carried|adopted|passed|failed"
# "Spencer: Aye", "Councilmember Daysog: No", "AYES: …", "RESULT: ADOPTED"
_VOTE = re.compile(rf"(?i)^(?:[\w.'’ -]{{0,40}}:\s*)?(?:{VOTE_WORDS})(?:$|[;,.:(]|\s+(?!(?-i:[a-zA-Z]))|\s+(?-i:[A-Z])[a-z]*:)"
                   r"|^(?:result|mover|seconder|ayes|nays|noes)\s*:")
_HONORIFIC = re.compile(r"(?i)^(?:vice\s+)?(?:council\s*member|councillor|cllr|mayor|member|director|"
                        r"trustee|commissioner|chair(?:man|woman|person)?|president|mr|mrs|ms|dr)\.?\s+")
_FRAGMENT_END = re.compile(r"(?i)\b(?:the|a|an|of|to|for|and|or|but|with|by|in|on|at|that|which|from|as)$")
_NAME_WORD = re.compile(r"^[A-Z][a-z'’-]+$")


def _names(meeting: Meeting) -> set[str]:
    out: set[str] = set()
    for a in meeting.attendees:
        words = re.findall(r"[A-Za-z'’-]+", a.name)
        out.update(w.lower() for w in words if len(w) > 2)
        out.add(" ".join(words).lower())
    return out


def kind_of(title: str, names: set[str]) -> str:
    """The kind of suspicious title, or "" for a title that looks like a heading."""
    t = title.strip()
    words = t.split()
    if not words:
        return "fragment"
    if _VOTE.match(t):
        return "vote"
    bare = [w.strip(".,:;") for w in _HONORIFIC.sub("", t).split()]
    if 1 <= len(bare) <= 3 and all(_NAME_WORD.match(w) for w in bare) \
            and (" ".join(bare).lower() in names or all(w.lower() in names for w in bare)):
        return "name"
    if len(words) == 1:
        return "one-word"
    if t[:1].islower() or t.endswith(",") or _FRAGMENT_END.search(t):
        return "fragment"
    return ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", help="files (default: the whole corpus)")
    ap.add_argument("--cache", default="", help="folder for pages before layout")
    ap.add_argument("--ocr", action="store_true", help="OCR scanned pages")
    ap.add_argument("--kinds", default="vote,name,one-word,fragment", help="kinds to list")
    args = ap.parse_args(argv)
    files = [Path(p) for p in args.paths] or corpus_files(CORPUS)
    cache = Path(args.cache) if args.cache else None
    shown = set(args.kinds.split(","))
    counts: Counter[str] = Counter()
    items = 0
    for f in files:
        try:
            doc, pages = load(f, cache, args.ocr)
            meetings = segment(doc, pages)
        except Exception as exc:  # report and go on: one bad file must not hide the rest
            print(f"! {f}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        rel = f.relative_to(CORPUS) if f.is_relative_to(CORPUS) else f
        for m in meetings:
            names = _names(m)
            for it in m.items:
                if it.opening:
                    continue
                items += 1
                kind = kind_of(it.title, names)
                if kind:
                    counts[kind] += 1
                    if kind in shown:
                        print(f"{kind}\t{rel}\tp{it.page_start}\t{it.number}\t{it.title[:90]}")
    print(f"\n{items} items in {len(files)} files; suspicious: "
          + ", ".join(f"{k} {counts[k]}" for k in ("vote", "name", "one-word", "fragment")))
    print(f"vote or name titles: {counts['vote'] + counts['name']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
