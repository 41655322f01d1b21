"""Check every corpus meeting's date against the dates its file name and title line carry.

For every corpus file (or the files and folders given) this segments the file as ingest does and
prints, per meeting the store would hold: the date read, the date the file name carries
(`date_from_name`) and the first date printed in the file's opening lines (the title; first
meeting of a file only). A meeting whose date differs from either is listed as a disagreement at
the end, to be read against the file: many are right (a file named by the meeting that adopted
the minutes, a title naming the body's founding year), some are faults.

    PYTHONPATH=. python scripts/check_dates.py [PATH …] [--cache DIR] [--all]

`--cache DIR` keeps each PDF's pages before layout (as scripts/measure_text_kept.py does); text
files are always read again, so changes to the text reader show. `--all` prints every meeting,
not only the disagreements.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure_text_kept import CORPUS, corpus_files, load  # noqa: E402

from pipeline.segment import segment  # noqa: E402
from pipeline.segment_dates import date_from_name, find_dates, prefers_day_first  # noqa: E402

TITLE_LINES = 4  # opening lines of a file read as its title (links and rules skipped)


def title_date(lines: list[str], day_first: bool) -> str:
    """The first date printed in the file's opening lines, or ""."""
    shown = [t for t in lines if t.strip() and not t.lstrip().startswith(("[", "---", "#!"))]
    for text in shown[:TITLE_LINES]:
        hits = find_dates(text.replace("**", "").replace("__", ""), day_first)
        if hits:
            return hits[0].iso
    return ""


def check(path: Path, cache: Path | None, rel: str) -> list[tuple[str, str, str, str, str]]:
    """(file, meeting, date read, name date, title date) for each meeting of `path`."""
    doc, pages = load(path, cache if path.suffix.lower() == ".pdf" else None)
    texts = [l.text for p in pages for l in p.lines]
    day_first = prefers_day_first(" ".join(t for t in texts[:400] if t.strip()))
    named = date_from_name(str(path), day_first)
    titled = title_date(texts, day_first)
    rows = []
    for k, m in enumerate(segment(doc, pages)):
        rows.append((rel, f"{k}/p{m.page_start}", m.date, named, titled if k == 0 else ""))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: the whole corpus)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--cache", default="", help="folder for PDF pages before layout")
    ap.add_argument("--all", action="store_true", help="print every meeting")
    args = ap.parse_args(argv)
    root = Path(args.corpus).resolve()
    files: list[Path] = []
    for p in map(Path, args.paths) if args.paths else [root]:
        files += corpus_files(p) if p.is_dir() else [p]
    cache = Path(args.cache) if args.cache else None
    rows = []
    for f in files:
        f = f.resolve()
        rel = str(f.relative_to(root)) if f.is_relative_to(root) else str(f)
        try:
            rows += check(f, cache, rel)
        except Exception as exc:  # the corpus holds a few files the reader rightly refuses
            print(f"skipped {rel}: {type(exc).__name__}: {exc}", file=sys.stderr)
    odd = [r for r in rows if (r[3] and r[3] != r[2]) or (r[4] and r[4] != r[2])]
    head = f"{'read':10}  {'name':10}  {'title':10}  file  meeting"
    if args.all:
        print(head)
        for r in rows:
            print(f"{r[2] or '-':10}  {r[3] or '-':10}  {r[4] or '-':10}  {r[0]}  {r[1]}")
        print()
    print(f"{len(rows)} meetings in {len(files)} files; {sum(bool(r[2]) for r in rows)} dated; "
          f"{sum(bool(r[3]) for r in rows)} with a date in the file name, "
          f"{sum(bool(r[4]) for r in rows)} with one in the title; {len(odd)} disagree:")
    print(head)
    for r in odd:
        print(f"{r[2] or '-':10}  {r[3] or '-':10}  {r[4] or '-':10}  {r[0]}  {r[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
