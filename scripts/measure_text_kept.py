"""How much of each file's minutes text the segment stage keeps in its meetings' items.

Text that no item holds is lost to search, statements and findings. For every corpus file (or an
even sample across bodies) this compares the words of the extracted lines (running headers and
footers are already removed by layout) with the words of the lines kept in the meetings' items,
after setting aside the attendance block (attendance labels, and lines whose words are mostly
the names of the meeting's attendees: that text is kept as attendees, not as an item).

Prints per file: words, share kept, words lost, and the largest runs of lost lines with their
pages; then the corpus totals.

    PYTHONPATH=. python scripts/measure_text_kept.py [PATH …] [--sample 60] [--top 30]
        [--cache DIR]

`--cache DIR` keeps each file's pages before layout (pickles named by the md5 of the file's
path), so that a second run reads no PDF and runs no OCR; layout and segmentation still run
each time, so their changes show.
"""
from __future__ import annotations

import argparse
import copy
import hashlib
import pickle
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from pipeline import layout
from pipeline.eval_cache import corpus_dir
from pipeline.records import Document, Line, Meeting, Page
from pipeline.segment import segment
from pipeline.segment_attendees import is_attendance_header, label_of

CORPUS = corpus_dir()
SUFFIXES = (".pdf", ".txt", ".md")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass
class Loss:
    """A run of consecutive lines that no item holds."""
    words: int
    first_page: int
    last_page: int
    start: str
    text: list[str] = field(default_factory=list)


@dataclass
class FileResult:
    path: str
    words: int = 0
    kept: int = 0
    attendance: int = 0
    runs: list[Loss] = field(default_factory=list)

    @property
    def lost(self) -> int:
        return self.words - self.kept - self.attendance

    @property
    def share(self) -> float:
        base = self.words - self.attendance
        return self.kept / base if base else 1.0


def words(text: str) -> int:
    return len(_WORD.findall(text))


def corpus_files(root: Path) -> list[Path]:
    """Minutes files under `root`: PDFs and text, without the corpus's own READMEs, the meeting
    index READMEs and the agendas the manifest lists as such."""
    skip = set()
    manifest = root / "MANIFEST.tsv"
    if manifest.exists():
        for row in manifest.read_text(encoding="utf-8").splitlines()[1:]:
            cols = row.split("\t")
            if len(cols) > 6 and re.match(r"(?:agenda|meeting index)", cols[6]):
                skip.add((root.parent / cols[0]).resolve())
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()
                  and p.name != "README.md" and p.resolve() not in skip)


def sample(files: list[Path], root: Path, n: int) -> list[Path]:
    """About `n` files taken evenly from each body (the corpus's top folders, in turn)."""
    groups: dict[str, list[Path]] = defaultdict(list)
    for f in files:
        groups[f.relative_to(root).parts[0]].append(f)
    picked: list[Path] = []
    pools = [g[::max(1, len(g) // max(1, n // len(groups)))] for g in groups.values()]
    while len(picked) < n and any(pools):
        for pool in pools:
            if pool and len(picked) < n:
                picked.append(pool.pop(0))
    return sorted(picked)


def load(path: Path, cache: Path | None, ocr: bool = True) -> tuple[Document, list[Page]]:
    """The file's Document and cleaned pages (scanned pages read by OCR unless `ocr` is False),
    the pages before layout cached when asked."""
    key = cache / (hashlib.md5(f"{path}|{ocr}".encode()).hexdigest() + ".pkl") if cache else None
    if key and key.exists():
        doc, raw, pdfish = pickle.loads(key.read_bytes())
    else:
        if path.suffix.lower() == ".pdf":
            from pipeline.pdf import stream
            doc, it = stream(str(path), raw=True, ocr=ocr)
            raw, pdfish = list(it), True
        else:
            from pipeline.textsrc import read_text
            (doc, raw), pdfish = read_text(str(path)), False
        if key:
            cache.mkdir(parents=True, exist_ok=True)
            key.write_bytes(pickle.dumps((doc, raw, pdfish)))
    pages = list(layout.clean(copy.deepcopy(raw))) if pdfish else raw
    return doc, pages


def _attendance_line(text: str, names: set[str]) -> bool:
    if label_of(text) or is_attendance_header(text):
        return True
    toks = [w.lower() for w in _WORD.findall(text) if w[:1].isupper()]
    return bool(toks) and sum(t in names for t in toks) * 2 >= len(toks) \
        and len(_WORD.findall(text)) <= 2 * len(toks) + 2


def measure(path: Path, doc: Document, pages: list[Page], rel: str) -> FileResult:
    lines = [l for p in pages for l in p.lines if l.text and l.text.strip()]
    meetings: list[Meeting] = segment(doc, pages)
    inside = {id(l) for m in meetings for it in m.items for l in it.lines}
    # a run-in heading's line is copied with its rest (dataclasses.replace): match by page and
    # text, and by the text an item keeps
    keyed = {(l.page, l.text) for m in meetings for it in m.items for l in it.lines}
    names = {w.lower() for m in meetings for a in m.attendees for w in _WORD.findall(a.name)}
    res = FileResult(rel)
    run: list[Line] = []

    def close() -> None:
        if run:
            n = sum(words(l.text) for l in run)
            res.runs.append(Loss(n, run[0].page, run[-1].page, run[0].text.strip()[:60],
                                 [f"p{l.page} {l.text.strip()}" for l in run]))
            run.clear()

    for line in lines:
        n = words(line.text)
        res.words += n
        if id(line) in inside or (line.page, line.text) in keyed:
            res.kept += n
            close()
        elif _attendance_line(line.text, names):
            res.attendance += n
        else:
            run.append(line)
    close()
    res.runs.sort(key=lambda r: -r.words)
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="files or folders (default: the whole corpus)")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--sample", type=int, default=0, help="take about N files evenly across bodies")
    ap.add_argument("--top", type=int, default=30, help="files listed, most words lost first")
    ap.add_argument("--runs", type=int, default=3, help="lost runs listed per file")
    ap.add_argument("--cache", default="", help="folder for pages before layout")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every lost line of the listed runs")
    args = ap.parse_args(argv)
    root = Path(args.corpus).resolve()
    if args.paths:
        files = []
        for p in map(Path, args.paths):
            files += corpus_files(p) if p.is_dir() else [p]
    else:
        files = corpus_files(root)
    if args.sample:
        files = sample(files, root, args.sample)
    cache = Path(args.cache) if args.cache else None
    results: list[FileResult] = []
    for f in files:
        f = f.resolve()
        rel = str(f.relative_to(root)) if f.is_relative_to(root) else str(f)
        try:
            doc, pages = load(f, cache)
        except Exception as exc:  # the corpus holds a few files the reader rightly refuses
            print(f"skipped {rel}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        results.append(measure(f, doc, pages, rel))
    results.sort(key=lambda r: -r.lost)
    print(f"{'lost':>6} {'words':>7} {'kept':>6}  file / largest lost runs (words, pages, first line)")
    for r in results[:args.top]:
        if r.lost <= 0:
            break
        print(f"{r.lost:6d} {r.words:7d} {r.share:6.1%}  {r.path}")
        for loss in r.runs[:args.runs]:
            pages = f"p{loss.first_page}" + (f"-{loss.last_page}" if loss.last_page != loss.first_page else "")
            print(f"{'':23}{loss.words:6d} {pages:8} {loss.start}")
            if args.verbose:
                print("\n".join(f"{'':30}| {t[:150]}" for t in loss.text))
    total = sum(r.words for r in results)
    att = sum(r.attendance for r in results)
    kept = sum(r.kept for r in results)
    print(f"\nfiles {len(results)}  words {total}  attendance {att}  kept {kept}  "
          f"lost {total - att - kept}  share kept {kept / max(1, total - att):.2%}  "
          f"files losing >= 500 words {sum(r.lost >= 500 for r in results)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
