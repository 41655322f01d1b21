"""Ingest entry point: files in, stored meetings out.

Per-file stages (read → segment → classify → embed) run in worker processes; the parent process is
the only writer and stores each file (with its vectors) in one transaction, so a crash or a bad
file never leaves partial rows.
A failure in one file is reported with its reason and the batch goes on.
"""
from __future__ import annotations

import hashlib
import mmap
import os
import re
import sys
import time
from collections.abc import Callable, Iterable
from concurrent.futures import TimeoutError, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from .errors import E, InputError
from .files import check_file, sha256_file
from .records import Document, Meeting

__all__ = ["IngestOptions", "IngestReport", "ingest", "process_file", "collect_files"]

SUPPORTED = {".pdf", ".txt", ".md", ".markdown"}


@dataclass
class IngestOptions:
    workers: int = 0  # 0: one per core, at most 2
    max_pages: int = 2000
    max_mb: float = 200.0
    ocr: bool = True
    classify: bool = True
    embed: bool = True  # embed items and statements in the workers (else: all in derive)
    derive: bool = True  # rebuild threads and findings after the batch
    isolate: bool = True  # per-file worker processes with a time limit
    timeout_s: float = 600.0  # per file
    max_memory_mb: float = 2048.0  # per worker process (see limits.py); 0: no cap
    # a new worker loads spaCy, the classifier and the encoder again (~2.2 CPU-s) and loses its
    # vector memo; a worker grows ~0.7 MB of address space a file (1,289 → 1,304 MB over 20
    # council files), so 200 files stay far inside `max_memory_mb`, and the costliest files,
    # scheduled first, meet a fresh worker
    tasks_per_worker: int = 200
    scheduler: str = ""  # a Dask scheduler address (or "local[:N]"): per-file stages on a cluster


@dataclass
class FileResult:
    path: str
    status: str  # stored | skipped | failed
    reason: str = ""
    meetings: int = 0
    items: int = 0
    statements: int = 0
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


@dataclass
class IngestReport:
    results: list[FileResult] = field(default_factory=list)
    derive_timings: dict[str, float] = field(default_factory=dict)

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    def summary(self) -> str:
        lines = [f"stored {self.count('stored')}, skipped {self.count('skipped')} (unchanged), "
                 f"failed {self.count('failed')}"]
        lines += [f"  FAILED {r.reason}" for r in self.results if r.status == "failed"]
        # (a warning naming its file and page already is printed as it is)
        lines += [f"  WARNING {w}" if w.startswith(f"{r.path}, ") or w.startswith(f"{r.path}:")
                  else f"  WARNING {r.path}: {w}" for r in self.results for w in r.warnings]
        return "\n".join(lines)


def collect_files(paths: Iterable[str]) -> list[Path]:
    """Expand folders (recursively) into files; keep explicitly named files whatever their type."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                          and not f.name.startswith("."))
        else:
            out.append(p)
    return out


def read_source(path: Path, options: IngestOptions) -> tuple[Document, list]:
    """Dispatch on file type; raises InputError for anything unreadable."""
    check_file(str(path), options.max_mb)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from .limits import check_pdf
        from .pdf import extract
        check_pdf(str(path))  # refuse decompression bombs before PDFium inflates them
        return extract(str(path), max_pages=options.max_pages, ocr=options.ocr,
                       max_mb=options.max_mb)
    if suffix in {".txt", ".md", ".markdown"}:
        from .textsrc import read_text
        return read_text(str(path), max_mb=options.max_mb)
    raise InputError(str(path), E.UNSUPPORTED.format(ext=suffix or "(none)"))


def process_file(path: str, options: IngestOptions,
                 display_name: str | None = None) -> tuple[Document, list[Meeting]]:
    """All per-file stages for one file. Pure with respect to the store.

    `display_name` is what users see as the source file (an upload's name); it is never opened.
    """
    from .cpu import cpu_seconds
    from .segment import segment
    t0, c0 = time.perf_counter(), cpu_seconds()
    doc, pages = read_source(Path(path), options)
    for page in pages:
        for line in page.lines:
            line.text, line.note = _valid_text(line.text), _valid_text(line.note)
    t1, c1 = time.perf_counter(), cpu_seconds()
    doc.path = display_name or path
    doc.replaces_path = display_name is None
    _require_text(doc, pages, display_name or path, options)
    meetings = segment(doc, pages)
    t2, c2 = time.perf_counter(), cpu_seconds()
    # segment may return meetings with every field empty for text that is no meeting at all
    if not any(m.date or m.items or m.attendees for m in meetings):
        raise InputError(display_name or path, E.NO_MEETING)
    if options.classify:
        from .classify import classify_meetings
        classify_meetings(meetings)
    t3, c3 = time.perf_counter(), cpu_seconds()
    from .config import CONFIG
    if options.embed and doc.pages <= CONFIG["embed_worker_max_pages"]:
        from .embed import embed_meetings
        doc.embeddings = embed_meetings(meetings)
    t4, c4 = time.perf_counter(), cpu_seconds()
    # wall seconds per stage, and CPU seconds (this process and its OCR children) as "cpu_<stage>"
    doc.timings = {"read": t1 - t0, "segment": t2 - t1, "classify": t3 - t2, "embed": t4 - t3,
                   "cpu_read": c1 - c0, "cpu_segment": c2 - c1, "cpu_classify": c3 - c2,
                   "cpu_embed": c4 - c3}
    return doc, meetings


def expected_cost(path: str) -> float:
    """What a file is expected to cost its worker, in text pages, to schedule the costliest
    first: its pages, each counting `ingest_ocr_page_cost` times when the file looks scanned (it
    holds images and no font: read by OCR); a text file by its size. Judged without parsing any
    page (a page's content may be a decompression bomb, which only the worker may open, under its
    limits). A file that cannot be opened costs 0 (it fails at once in its worker)."""
    from .config import CONFIG
    ocr_cost = float(CONFIG["ingest_ocr_page_cost"])
    try:
        if not path.lower().endswith(".pdf"):
            return os.path.getsize(path) / 3000  # about a page of text
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        try:
            n = len(pdf)  # the page tree only
        finally:
            pdf.close()
        head = 64 * 2**20  # the objects that say so sit near the start of any real file
        with open(path, "rb") as fh, mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            scanned = mm.find(b"/Font", 0, head) < 0 and mm.find(b"/Image", 0, head) >= 0
    except Exception:
        return 0.0
    return n * (ocr_cost if scanned else 1.0)


def _require_text(doc: Document, pages: list, name: str, options: IngestOptions) -> None:
    """Raise NO_TEXT for a PDF with (next to) no readable characters, e.g. image-only."""
    if doc.kind == "text":
        return
    real = sum(ch.isalnum() for p in pages for line in p.lines for ch in line.text)
    if real >= 10:
        return
    import shutil
    if not options.ocr:
        why, fix = "OCR is off", "ingest without --no-ocr to read scanned minutes"
    elif shutil.which("tesseract") is None:
        why, fix = "OCR unavailable", "install tesseract-ocr to read scanned minutes"
    else:
        why, fix = "OCR found no words", "check the scan, or supply a text version of the minutes"
    raise InputError(name, E.NO_TEXT.format(why=why, fix=fix))


def _expired(name: str, exc, options: IngestOptions) -> tuple[None, str]:
    if options.max_memory_mb:
        return None, f"{name}: " + E.OUT_OF_MEMORY.format(limit_mb=options.max_memory_mb,
                                                         code=exc.exitcode)
    return None, (f"{name}: the process reading it died (exit code {exc.exitcode}); "
                  "the file may be too large or malformed")


def derived_stale(store) -> bool:
    """True when threads do not cover exactly the stored non-standing items: a rebuild was
    interrupted (process killed) or never ran since the last stored file."""
    from .derive import load_items
    from .link import standing_flags
    rows = load_items(store)
    items = {it.id for it, standing in zip(rows, standing_flags(rows)) if not standing}
    threaded = {r[0] for r in store.conn.execute("SELECT item_id FROM thread_items")}
    return items != threaded


_SURROGATE = re.compile("[\ud800-\udfff]")


def _valid_text(text: str) -> str:
    """Join UTF-16 surrogate pairs some PDFs' text layers yield; drop lone ones."""
    if not text or not _SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace").replace("\ufffd", "")


def _safe_process(path: str, options: IngestOptions, display_name: str | None = None):
    try:
        return process_file(path, options, display_name), None
    except InputError as exc:
        if display_name:
            return None, f"{display_name}: {exc.reason}"
        return None, str(exc)
    except MemoryError:
        return None, f"{path}: ran out of memory reading it; split the file or raise limits"
    except Exception as exc:  # a bug or an unforeseen file: report it, keep the batch going
        return None, (f"{path}: could not be processed ({type(exc).__name__}: "
                      f"{str(exc)[:200]}); please report this file")


def ingest(paths: Iterable[str], store, options: IngestOptions | None = None,
           progress: Callable[[FileResult], None] | None = None,
           show_bar: bool = False) -> IngestReport:
    """Ingest files or folders into `store`; returns a per-file report."""
    options = options or IngestOptions()
    report = IngestReport()
    todo: list[str] = []
    from . import __version__
    for f in collect_files(paths):
        try:
            st = f.stat()
        except OSError:
            st = None
        if st and st.st_size > 0 and f.is_file():
            if store.known_file(str(f), st.st_size, st.st_mtime_ns):
                _record(report, FileResult(str(f), "skipped"), progress)
                continue
            failed_before = store.known_failure(str(f), st.st_size, st.st_mtime_ns, __version__)
            if failed_before:
                _record(report, FileResult(str(f), "failed", failed_before), progress)
                continue
            try:
                digest = sha256_file(f)
            except OSError as exc:
                _record(report, FileResult(str(f), "failed", f"{f}: cannot read ({exc.strerror})"),
                        progress)
                continue
            if store.has_document(digest):
                _record(report, FileResult(str(f), "skipped"), progress)
                continue
        todo.append(str(f))

    bar = _bar(len(todo), show_bar)
    workers = options.workers or min(2, os.cpu_count() or 1)
    if options.scheduler:
        # Past one machine: per-file stages on a Dask cluster, results back in input order; this
        # process stays the only writer.
        from .cluster import process_on_cluster
        for path, outcome in process_on_cluster(todo, options, options.scheduler):
            _store_one(path, outcome, store, report, progress)
            bar.update(1)
    elif not options.isolate:
        for path in todo:
            _store_one(path, _safe_process(path, options), store, report, progress)
            bar.update(1)
    else:
        # Worker processes, recycled every few files (memory stays bounded), each file with a
        # time limit: a hung or crashed worker costs that file only.
        from pebble import ProcessPool
        from pebble.common import ProcessExpired
        from .limits import limit_memory
        if options.embed and todo:
            from .embed import prepare
            prepare()  # the encoder's one-off export needs more memory than a worker may take
        with ProcessPool(max_workers=min(workers, max(1, len(todo))),
                         max_tasks=options.tasks_per_worker, initializer=limit_memory,
                         initargs=(options.max_memory_mb,)) as pool:
            # the costliest files first, so no long file starts when the other worker has
            # nothing left to do (the pool takes files in the order they are scheduled)
            futures = {pool.schedule(_safe_process, args=(p, options),
                                     timeout=options.timeout_s): p
                       for p in sorted(todo, key=expected_cost, reverse=True)}
            for fut in as_completed(futures):
                path = futures[fut]
                try:
                    outcome = fut.result()
                except TimeoutError:
                    outcome = (None, f"{path}: " + E.TIMEOUT.format(seconds=options.timeout_s))
                except ProcessExpired as exc:
                    outcome = _expired(path, exc, options)
                except Exception as exc:
                    outcome = (None, f"{path}: could not be processed ({type(exc).__name__})")
                _store_one(path, outcome, store, report, progress)
                bar.update(1)
    bar.close()
    # also after an interrupted run: its files are skipped now, but its rebuild never finished
    if options.derive and (report.count("stored") or derived_stale(store)):
        from .derive import rebuild
        report.derive_timings = rebuild(store)
    return report


def _store_one(path, outcome, store, report, progress) -> None:
    result, error = outcome
    if error:
        _remember_failure(store, path, error)
        _record(report, FileResult(path, "failed", error), progress)
        return
    doc, meetings = result
    try:
        st = os.stat(path)
        doc.size, doc.mtime_ns = st.st_size, st.st_mtime_ns
    except OSError:
        pass
    try:
        if store.path != ":memory:":
            store.keep_source(path, doc.sha256, Path(path).suffix)
        store.save_document(doc, meetings)
    except Exception as exc:
        _record(report, FileResult(path, "failed", f"{path}: could not be stored ({exc})"), progress)
        return
    _record(report, FileResult(
        path, "stored", meetings=len(meetings),
        items=sum(len(m.items) for m in meetings),
        statements=sum(len(i.statements) for m in meetings for i in m.items),
        pages=doc.pages, warnings=list(doc.warnings), timings=dict(doc.timings)), progress)


def _remember_failure(store, path: str, reason: str) -> None:
    """Remember why an unchanged file failed (not for time-outs or crashed workers, which may
    pass on another try)."""
    from . import __version__
    if "longer than" in reason or "died" in reason or "stopped" in reason:
        return
    try:
        st = os.stat(path)
        store.record_failure(path, st.st_size, st.st_mtime_ns, __version__, reason)
    except Exception:  # remembering is an optimisation; never fail the batch over it
        pass


def _record(report: IngestReport, result: FileResult, progress) -> None:
    report.results.append(result)
    if progress:
        progress(result)


class _NoBar:
    def update(self, n: int) -> None: ...
    def close(self) -> None: ...


def _bar(total: int, show: bool):
    if not show or total == 0:
        return _NoBar()
    try:
        from tqdm import tqdm
    except ImportError:
        return _NoBar()
    return tqdm(total=total, unit="file", file=sys.stderr, desc="ingest")


def ingest_upload(store, name: str, data: bytes, options: IngestOptions | None = None
                  ) -> FileResult:
    """Ingest one uploaded file. The upload's name is shown to users, never used as a path:
    the bytes are written to a temporary file named by their hash."""
    import tempfile
    options = options or IngestOptions()
    safe_name = _display_name(name)
    digest = hashlib.sha256(data).hexdigest()
    if store.has_document(digest):
        return FileResult(safe_name, "skipped", f"{safe_name}: already stored (same content)")
    suffix = Path(safe_name).suffix.lower()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{digest}{suffix if suffix in SUPPORTED else '.bin'}"
        path.write_bytes(data)
        if suffix not in SUPPORTED:
            return FileResult(safe_name, "failed", f"{safe_name}: " +
                              E.UNSUPPORTED.format(ext=suffix or "(none)"))
        report = IngestReport()
        _store_one(str(path), _run_isolated(str(path), options, safe_name), store, report, None)
        result = report.results[0]
        result.path = safe_name
        if result.status == "failed":
            result.reason = result.reason.replace(str(path), safe_name)
    if result.status == "stored" and options.derive:
        from .derive import rebuild
        rebuild(store)
    return result


def _display_name(name: str) -> str:
    """The upload's base name, at most 200 characters, its suffix kept (it picks the reader)."""
    base = Path(name.replace("\x00", "")).name or "upload"
    if len(base) > 200:
        suffix = Path(base).suffix[:16]
        base = base[:200 - len(suffix)] + suffix
    return base


def _run_isolated(path: str, options: IngestOptions, display_name: str | None = None):
    """One file in a worker process with the time limit (or in-process if not isolating)."""
    if not options.isolate:
        return _safe_process(path, options, display_name)
    from pebble import ProcessPool
    from pebble.common import ProcessExpired
    from .limits import limit_memory
    if options.embed:
        from .embed import prepare
        prepare()
    with ProcessPool(max_workers=1, initializer=limit_memory,
                     initargs=(options.max_memory_mb,)) as pool:
        fut = pool.schedule(_safe_process, args=(path, options, display_name),
                            timeout=options.timeout_s)
        name = display_name or path
        try:
            return fut.result()
        except TimeoutError:
            return None, f"{name}: " + E.TIMEOUT.format(seconds=options.timeout_s)
        except ProcessExpired as exc:
            return _expired(name, exc, options)
