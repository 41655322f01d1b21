"""Benchmark: `python -m pipeline.bench` prints throughput, memory and search latency.

Measures, in one run (each part can be skipped):
- end to end over the corpus PDFs (PDF → statements, embeddings, threads, findings stored in a fresh
  temporary database, 2 worker processes): pages/s, wall time, seconds per stage (summed over
  workers for read/segment/classify; derive steps as returned), peak RSS of this process and its
  children (sampled in a thread);
- pdfplumber's bare `page.extract_text()` over the same PDFs in the same number of processes, and
  the ratio end to end / pdfplumber;
- re-ingest of the unchanged corpus (files/s), with the share spent hashing;
- search latency (p50/p95 of `query.search`, hybrid, end to end including query encoding; wall
  clock and CPU time of the process) at several store sizes, the corpus's statements and vectors
  replicated into one scratch store per size (kept and reused with `--workdir`); store fill and
  index build times reported apart; recall@10 of the vector index against exact search;
  `--search-only --source-db FILE` runs only this part;
- peak RSS when ingesting one 1,000-page PDF assembled from real corpus pages;
- with `--quality`, the gold evaluations (segment, statements, threads, search).

Never writes outside a temporary folder (or `--workdir`).
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from .eval_cache import corpus_dir, require_corpus

__all__ = ["main", "RssSampler", "end_to_end", "pdfplumber_baseline", "reingest", "search_bench",
           "big_pdf", "make_big_pdf"]

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus_dir()


class RssSampler:
    """Peak resident memory of this process plus all its children, sampled every `period` s."""

    def __init__(self, period: float = 0.1, include_self: bool = True):
        import psutil
        self._proc = psutil.Process()
        self.include_self = include_self
        self.period, self.peak, self.peak_parent = period, 0, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> None:
        import psutil
        try:
            parent = self._proc.memory_info().rss
            total = parent if self.include_self else 0
            for child in self._proc.children(recursive=True):
                try:
                    total += child.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            return
        self.peak = max(self.peak, total)
        self.peak_parent = max(self.peak_parent, parent)

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.period)

    def __enter__(self) -> RssSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()


def _pct(values, q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q)) if len(values) else float("nan")


def corpus_pdfs(corpus: Path, quick: bool, only: str = "") -> list[str]:
    from .ingest import collect_files
    files = [str(f) for f in collect_files([str(corpus)]) if f.suffix.lower() == ".pdf"]
    prefixes = [p.strip() for p in only.split(",") if p.strip()]
    if prefixes:  # a subset for iteration: paths under the corpus starting with any prefix
        files = [f for f in files if any(str(Path(f).relative_to(corpus)).startswith(p)
                                         for p in prefixes)]
    if quick:  # every 8th file: all series and layouts, ~1/8 of the pages
        files = files[::8]
    return files


# ---- end to end --------------------------------------------------------------------------------
def end_to_end(files: list[str], workdir: Path, workers: int) -> dict:
    from .cpu import cpu_seconds
    from .ingest import IngestOptions, ingest
    from .store import Store
    db = workdir / "e2e.db"
    store = Store(db)
    t0, c_self0, c_all0 = time.perf_counter(), cpu_seconds(children=False), cpu_seconds()
    with RssSampler() as rss:
        report = ingest(files, store, IngestOptions(workers=workers, timeout_s=3600))
    wall = time.perf_counter() - t0
    # CPU of the whole run: this process (all threads) + the worker processes, which count once
    # the pool has reaped them (it has, when ingest returns)
    cpu_parent = cpu_seconds(children=False) - c_self0
    cpu_total = cpu_seconds() - c_all0
    stages: dict[str, float] = {}
    for r in report.results:
        for k, v in r.timings.items():
            stages[k] = stages.get(k, 0.0) + v
    counts = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("meetings", "items", "statements", "embeddings", "threads", "findings")}
    kinds = dict(store.conn.execute("SELECT path, kind FROM documents").fetchall())
    store.close()
    stored = [r for r in report.results if r.status == "stored"]
    pages = sum(r.pages for r in stored)
    # files that needed OCR (scanned or mixed): their pages and their workers' CPU apart
    ocr = [r for r in stored if kinds.get(r.path) in ("scanned", "mixed")]
    ocr_pages = sum(r.pages for r in ocr)
    ocr_cpu = sum(v for r in ocr for k, v in r.timings.items() if k.startswith("cpu_"))
    # the rest of the run's CPU (parent, derive, pool overhead) shared out by pages
    rest_cpu = cpu_total - sum(v for r in stored for k, v in r.timings.items()
                               if k.startswith("cpu_"))
    text_pages = pages - ocr_pages
    text_cpu = cpu_total - ocr_cpu - (rest_cpu * ocr_pages / pages if pages else 0.0)
    return {"files": len(files), "stored": report.count("stored"), "failed": report.count("failed"),
            "failures": [r.reason[:160] for r in report.results if r.status == "failed"],
            "pages": pages, "wall_s": wall, "pages_per_s": pages / wall if wall else 0.0,
            "cpu_s": cpu_total, "cpu_parent_s": cpu_parent, "cpus": os.cpu_count() or 1,
            "pages_per_cpu_s": pages / cpu_total if cpu_total else 0.0,
            "ocr_files": len(ocr), "ocr_pages": ocr_pages, "ocr_cpu_s": ocr_cpu,
            "text_pages": text_pages, "text_cpu_s": text_cpu,
            "stages_s": stages, "derive_s": report.derive_timings, "peak_rss_mb": rss.peak / 2**20,
            "peak_rss_parent_mb": rss.peak_parent / 2**20, "counts": counts, "db": str(db)}


def _plumb_one(path: str) -> int:
    import pdfplumber
    n = 0
    try:
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                page.extract_text()
                page.flush_cache()
                n += 1
    except Exception:  # a file pdfplumber cannot open counts no pages, like a failed ingest
        return 0
    return n


def pdfplumber_baseline(files: list[str], workers: int) -> dict:
    t0 = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        # biggest first, so one long file does not finish alone at the end
        order = sorted(files, key=lambda f: -os.path.getsize(f))
        pages = sum(pool.map(_plumb_one, order, chunksize=1))
    wall = time.perf_counter() - t0
    return {"pages": pages, "wall_s": wall, "pages_per_s": pages / wall if wall else 0.0}


def reingest(files: list[str], db: str, repeats: int = 3) -> dict:
    """Ingest the same files again (all unchanged), and time its parts: stat, sha256, lookup."""
    from .ingest import IngestOptions, ingest, sha256_file
    from .store import Store
    store = Store(db)
    walls = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        report = ingest(files, store, IngestOptions(workers=2))
        walls.append(time.perf_counter() - t0)
    skipped = report.count("skipped")
    hash_s, stat_s = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for f in files:
            sha256_file(Path(f))
        hash_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        known = {(r[0]) for r in store.conn.execute("SELECT path FROM documents")}
        for f in files:
            st = os.stat(f)
            _ = (f in known, st.st_size, st.st_mtime_ns)
        stat_s.append(time.perf_counter() - t0)
    store.close()
    wall = float(np.median(walls))
    mb = sum(os.path.getsize(f) for f in files) / 2**20
    return {"files": len(files), "skipped": skipped, "wall_s": wall,
            "files_per_s": len(files) / wall if wall else 0.0, "sha256_s": float(np.median(hash_s)),
            "stat_check_s": float(np.median(stat_s)), "mb": mb,
            "stat_files_per_s": len(files) / max(float(np.median(stat_s)), 1e-9)}


# ---- search ------------------------------------------------------------------------------------
def _fill_scratch(src_db: str, db: Path, target: int) -> float:
    """Grow the scratch store to `target` statements, copying the source's rows (texts, types,
    items, meetings) round after round; embeddings are shared by text hash, as in real stores."""
    from .store import Store
    Store(db).close()  # create + migrate
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("ATTACH DATABASE ? AS src", (src_db,))
    t0 = time.perf_counter()
    have = conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    if have == 0:
        conn.execute("BEGIN")
        for table in ("documents", "meetings", "attendees", "items", "embeddings", "threads",
                      "thread_items"):
            conn.execute(f"INSERT INTO main.{table} SELECT * FROM src.{table}")
        conn.execute("COMMIT")
    n_src = conn.execute("SELECT count(*) FROM src.statements").fetchone()[0]
    while have < target:
        take = min(n_src, target - have)
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO statements (id, item_id, meeting_id, seq, type, text, page, speaker,"
            " outcome, owner, due, generator, score) SELECT id || ':r' || ?, item_id, meeting_id,"
            " seq, type, text, page, speaker, outcome, owner, due, generator, score"
            " FROM src.statements ORDER BY rowid LIMIT ?", (have, take))
        conn.execute("COMMIT")
        have += take  # the count before each round marks its copies' ids: unique
    conn.execute("DETACH DATABASE src")
    conn.close()
    return time.perf_counter() - t0


def _queries(n: int, src_db: str) -> list[str]:
    """The gold search queries, then statement texts of the source (as people paste a quote)."""
    gold = REPO / "tests" / "gold" / "search" / "queries.jsonl"
    out = [json.loads(line)["query"] for line in gold.read_text().splitlines() if line.strip()] \
        if gold.exists() else []
    if len(out) < n:
        conn = sqlite3.connect(src_db)
        out += [r[0][:200] for r in conn.execute(
            "SELECT text FROM statements WHERE length(text) > 40 ORDER BY rowid % 97, rowid"
            " LIMIT ?", (n - len(out),))]
        conn.close()
    return out[:n]


def recall_at_10(index, exact, qvecs, k: int = 10) -> float:
    """Share of the exact top-k scores reached by the index (ties count: copies score the same)."""
    hits = []
    mat = exact.vectors
    pos = {int(i): p for p, i in enumerate(exact.ids)}
    for q in qvecs:
        truth = exact.search(q, k)
        kth = float(mat[pos[truth[-1]]] @ q)
        got = index.search(q, k)
        hits.append(sum(float(mat[pos[g]] @ q) >= kth - 1e-5 for g in got) / k)
    return float(np.mean(hits))


def search_bench(src_db: str, sizes: list[int], workdir: Path, n_queries: int = 60) -> dict:
    from . import query, vindex
    from .embed import encode
    from .store import Store
    import torch
    # One query is a batch of one: on one thread it takes a few ms; with two OpenMP threads on a
    # busy 2-core machine each barrier waits for a descheduled thread (measured: 0.1 s -> 1-4 s).
    torch.set_num_threads(1)
    texts = _queries(n_queries, src_db)
    qvecs = encode(texts)
    enc = []
    for text in texts[:20]:
        t0 = time.perf_counter()
        encode([text])
        enc.append(time.perf_counter() - t0)
    encode_s = float(np.median(enc))
    out: dict = {"queries": len(texts), "sizes": []}
    # recall of the ANN against exact on the corpus's own (distinct, real) vectors
    src = Store(src_db)
    real = vindex.refresh(src)
    src.close()
    if len(real) > 1000:
        t0 = time.perf_counter()
        ann = vindex.build(real.ids, real.vectors, exact_max=0)
        out["real"] = {"n": len(real), "build_s": time.perf_counter() - t0, "kind": ann.kind,
                       "recall@10": recall_at_10(ann, real, qvecs)}
    for n in sorted(sizes):
        db = workdir / f"search_{n}.db"  # one store per size: a kept --workdir is reused as is
        fill_s = _fill_scratch(src_db, db, n)
        store = Store(db)
        n_stmt = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
        shutil.rmtree(vindex.index_dir(store), ignore_errors=True)
        query._cache.clear()
        t0 = time.perf_counter()
        with RssSampler() as rss:
            index = query.vector_index(store)
        build_s = time.perf_counter() - t0
        query._cache.clear()
        t0 = time.perf_counter()
        query.vector_index(store)  # a new process: loaded from beside the database
        load_s = time.perf_counter() - t0
        query.search(store, texts[0])  # warm: model, SQLite page cache
        query._qvecs.clear()  # every query encoded again at each size (no kept query vectors)
        lat, vec_lat, bm25_lat, stamp_lat = [], [], [], []
        cpu, bm25_cpu = [], []
        for text, qv in zip(texts, qvecs):
            # CPU time of the whole process (all its threads): what the query costs on an idle
            # machine, whatever else the shared machine is running
            t0, c0 = time.perf_counter(), time.process_time()
            query.search(store, text, limit=10)
            lat.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            t0 = time.perf_counter()
            index.search(qv, 100)
            vec_lat.append(time.perf_counter() - t0)
            t0, c0 = time.perf_counter(), time.process_time()
            store.lexical_search(query.query_words(text), 100)
            bm25_lat.append(time.perf_counter() - t0)
            bm25_cpu.append(time.process_time() - c0)
            t0 = time.perf_counter()
            store.stamp()
            stamp_lat.append(time.perf_counter() - t0)
        body = store.bodies()[0]
        flat, flat_cpu = [], []
        query._qvecs.clear()
        for text in texts[:20]:
            t0, c0 = time.perf_counter(), time.process_time()
            query.search(store, text, limit=10, body=body)
            flat.append(time.perf_counter() - t0)
            flat_cpu.append(time.process_time() - c0)
        row = {"n": n_stmt, "vectors": len(index), "kind": index.kind, "fill_s": fill_s,
               "index_build_s": build_s, "index_load_s": load_s,
               "index_build_peak_rss_mb": rss.peak / 2**20,
               "p50_ms": _pct(lat, 50) * 1e3, "p95_ms": _pct(lat, 95) * 1e3,
               "cpu_p50_ms": _pct(cpu, 50) * 1e3, "cpu_p95_ms": _pct(cpu, 95) * 1e3,
               "vector_p50_ms": _pct(vec_lat, 50) * 1e3, "vector_p95_ms": _pct(vec_lat, 95) * 1e3,
               "bm25_p50_ms": _pct(bm25_lat, 50) * 1e3, "bm25_p95_ms": _pct(bm25_lat, 95) * 1e3,
               "bm25_cpu_p50_ms": _pct(bm25_cpu, 50) * 1e3,
               "bm25_cpu_p95_ms": _pct(bm25_cpu, 95) * 1e3,
               "stamp_p50_ms": _pct(stamp_lat, 50) * 1e3,
               "filtered_p50_ms": _pct(flat, 50) * 1e3, "filtered_p95_ms": _pct(flat, 95) * 1e3,
               "filtered_cpu_p50_ms": _pct(flat_cpu, 50) * 1e3,
               "filtered_cpu_p95_ms": _pct(flat_cpu, 95) * 1e3, "filter_body": body}
        if index.ann is not None:
            exact = vindex.VectorIndex(index.ids, np.asarray(index.vectors, dtype=np.float32))
            row["recall@10"] = recall_at_10(index, exact, qvecs[:30])
            del exact
        out["sizes"].append(row)
        store.close()
        print(f"  search at {n_stmt:,}: p50 {row['p50_ms']:.1f} ms, p95 {row['p95_ms']:.1f} ms, "
              f"CPU p50 {row['cpu_p50_ms']:.1f} ms, p95 {row['cpu_p95_ms']:.1f} ms; BM25 p95 "
              f"{row['bm25_p95_ms']:.1f} ms (CPU {row['bm25_cpu_p95_ms']:.1f}) "
              f"({index.kind}, build {build_s:.1f} s)", file=sys.stderr, flush=True)
    out["encode_ms"] = encode_s * 1e3
    return out


# ---- one big PDF -------------------------------------------------------------------------------
def make_big_pdf(files: list[str], pages: int, dest: Path) -> int:
    """A PDF of `pages` real corpus pages (born-digital ones first, cycling through the files)."""
    import pypdfium2 as pdfium
    out = pdfium.PdfDocument.new()
    sources = []
    for f in sorted(files, key=lambda f: -os.path.getsize(f)):
        try:
            src = pdfium.PdfDocument(f)
        except Exception:
            continue
        text_pages = [i for i in range(len(src))
                      if src[i].get_textpage().count_chars() > 200]
        if text_pages:
            sources.append((src, text_pages))
    while len(out) < pages and sources:
        for src, idx in sources:
            need = pages - len(out)
            if need <= 0:
                break
            out.import_pages(src, idx[:need])
    n = len(out)
    out.save(str(dest))
    return n


def big_pdf(files: list[str], workdir: Path, pages: int) -> dict:
    """Ingest one assembled PDF in a fresh process (this one holds models and indexes by now),
    sampling the RSS of that process and its workers."""
    import subprocess
    path = workdir / f"big_{pages}.pdf"
    n = make_big_pdf(files, pages, path)
    code = ("import json, sys; from pipeline.bench import _ingest_one; "
            "print(json.dumps(_ingest_one(sys.argv[1], sys.argv[2])))")
    with RssSampler(include_self=False) as rss:
        proc = subprocess.run([sys.executable, "-c", code, str(path), str(workdir / "big.db")],
                              cwd=str(REPO), capture_output=True, text=True)
    if proc.returncode != 0:
        return {"pages": n, "status": "failed", "reason": proc.stderr[-300:], "wall_s": 0.0,
                "pages_per_s": 0.0, "peak_rss_mb": rss.peak / 2**20, "peak_rss_parent_mb": 0.0,
                "statements": 0, "stages_s": {}, "derive_s": {}, "mb": 0.0}
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    out.update({"pages": n, "pages_per_s": n / out["wall_s"], "peak_rss_mb": rss.peak / 2**20,
                "mb": path.stat().st_size / 2**20})
    return out


def _ingest_one(path: str, db: str) -> dict:
    import resource
    from .ingest import IngestOptions, ingest
    from .store import Store
    store = Store(db)
    t0 = time.perf_counter()
    report = ingest([path], store, IngestOptions(workers=2, timeout_s=7200))
    wall = time.perf_counter() - t0
    r = report.results[0]
    stm = store.conn.execute("SELECT count(*) FROM statements").fetchone()[0]
    store.close()
    rusage_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB
    return {"status": r.status, "reason": r.reason[:200], "wall_s": wall, "statements": stm,
            "stages_s": r.timings, "derive_s": report.derive_timings,
            "peak_rss_parent_mb": rusage_peak / 2**20}


# ---- quality -----------------------------------------------------------------------------------
def quality() -> dict:
    import importlib
    out = {}
    for name in ("eval_segment", "eval_statements", "eval_threads", "eval_search"):
        mod = importlib.import_module(f"pipeline.{name}")
        print(f"\n== {name} ==", flush=True)
        t0 = time.perf_counter()
        try:
            params = inspect.signature(mod.main).parameters
            mod.main([]) if params else mod.main()
            out[name] = {"ok": True, "s": time.perf_counter() - t0}
        except SystemExit as exc:
            out[name] = {"ok": exc.code in (0, None), "s": time.perf_counter() - t0}
        except Exception as exc:  # report and go on with the other evaluations
            print(f"{name} failed: {type(exc).__name__}: {exc}", flush=True)
            out[name] = {"ok": False, "s": time.perf_counter() - t0, "error": str(exc)[:200]}
    return out


# ---- report ------------------------------------------------------------------------------------
def _table(rows: list[tuple[str, str, str]]) -> str:
    w0 = max(len(r[0]) for r in rows)
    w1 = max(len(r[1]) for r in rows)
    lines = [f"| {'measure'.ljust(w0)} | {'value'.ljust(w1)} | goal / note", f"|{'-' * (w0 + 2)}|"
             f"{'-' * (w1 + 2)}|------------"]
    lines += [f"| {a.ljust(w0)} | {b.ljust(w1)} | {c}" for a, b, c in rows]
    return "\n".join(lines)



def _steps(times: dict[str, float]):
    """(step, wall seconds, CPU seconds or None) from a {step: s, "cpu_<step>": s} timing dict."""
    for k, v in times.items():
        if not k.startswith("cpu_"):
            yield k, v, times.get(f"cpu_{k}")


def _wall_cpu(wall: float, cpu: float | None) -> str:
    return f"{wall:.1f} s" + (f" wall, {cpu:.1f} s CPU" if cpu is not None else "")

def render(res: dict) -> str:
    rows: list[tuple[str, str, str]] = []
    e = res.get("e2e")
    if e:
        rows.append(("end to end: files / pages", f"{e['stored']}/{e['files']} stored, {e['pages']} pp",
                     f"{e['failed']} failed"))
        rows.append(("end to end: pages/s (wall)", f"{e['pages_per_s']:.2f}", "goal ≥ 20"))
        rows.append(("end to end: wall time", f"{e['wall_s']:.1f} s", f"{e['counts']}"))
        if "cpu_s" in e:
            ppc = e["pages_per_cpu_s"]
            rows.append(("end to end: CPU time, all processes", f"{e['cpu_s']:.1f} s",
                         f"parent {e['cpu_parent_s']:.1f} s; {ppc:.2f} pages per CPU-second → "
                         f"{e['cpus'] * ppc:.1f} pages/s attainable on {e['cpus']} idle cores"))
            if e["text_pages"] and e["text_cpu_s"]:
                tpc = e["text_pages"] / e["text_cpu_s"]
                rows.append(("  without OCR files: pages per CPU-second",
                             f"{tpc:.2f}", f"{e['text_pages']} pp, {e['text_cpu_s']:.1f} CPU-s → "
                             f"{e['cpus'] * tpc:.1f} pages/s attainable"))
            if e["ocr_pages"]:
                rows.append(("  OCR files (scanned/mixed): worker CPU",
                             f"{e['ocr_cpu_s']:.1f} s", f"{e['ocr_files']} files, {e['ocr_pages']} "
                             f"pp, {e['ocr_pages'] / max(e['ocr_cpu_s'], 1e-9):.2f} pages per "
                             "CPU-second"))
        for k, wall, cpu in _steps(e["stages_s"]):
            rows.append((f"  stage {k} (sum over workers)", _wall_cpu(wall, cpu),
                         f"{e['pages'] / wall:.1f} pages per worker-second" if wall else ""))
        for k, wall, cpu in _steps(e["derive_s"]):
            rows.append((f"  derive {k}", _wall_cpu(wall, cpu),
                         "own process, beside link and analyse (wall: the wait for it)"
                         if k == "track" else "parent process"))
        rows.append(("end to end: peak RSS (all processes)", f"{e['peak_rss_mb']:.0f} MB",
                     f"parent {e['peak_rss_parent_mb']:.0f} MB"))
    p = res.get("pdfplumber")
    if p:
        rows.append(("pdfplumber extract_text: pages/s", f"{p['pages_per_s']:.2f}",
                     f"{p['pages']} pp in {p['wall_s']:.1f} s, same processes"))
        if e and p["pages_per_s"]:
            rows.append(("ratio end to end / pdfplumber", f"{e['pages_per_s'] / p['pages_per_s']:.2f}",
                         ""))
    r = res.get("reingest")
    if r:
        rows.append(("re-ingest unchanged: files/s", f"{r['files_per_s']:.0f}",
                     f"goal ≥ 1000; {r['files']} files, {r['skipped']} skipped, median "
                     f"{r['wall_s'] * 1e3:.0f} ms"))
        rows.append(("  of which sha256 of every file", f"{r['sha256_s'] * 1e3:.0f} ms",
                     f"{r['mb']:.0f} MB hashed"))
        rows.append(("  (path, size, mtime) check instead", f"{r['stat_check_s'] * 1e3:.1f} ms",
                     f"{r['stat_files_per_s']:.0f} files/s"))
    s = res.get("search")
    if s:
        if "real" in s:
            rr = s["real"]
            rows.append((f"vector index recall@10, real vectors ({rr['n']:,})",
                         f"{rr['recall@10']:.3f}", f"{rr['kind']} vs exact, {s['queries']} queries"))
        rows.append(("query encoding (MiniLM, one query): p50", f"{s['encode_ms']:.1f} ms",
                     "1 torch thread"))
        for row in s["sizes"]:
            n = f"{row['n']:,}"
            rows.append((f"search hybrid at {n}: p50 / p95", f"{row['p50_ms']:.1f} / {row['p95_ms']:.1f} ms",
                         "goal p95 ≤ 50 ms at 1M; query.search end to end, wall clock"))
            if "cpu_p50_ms" in row:
                rows.append((f"  same, CPU time of the query: p50 / p95",
                             f"{row['cpu_p50_ms']:.1f} / {row['cpu_p95_ms']:.1f} ms",
                             "what it costs on an idle core (this machine was shared)"))
            rows.append((f"  vector top-100 at {n}: p50 / p95",
                         f"{row['vector_p50_ms']:.2f} / {row['vector_p95_ms']:.2f} ms",
                         row["kind"] + (f", recall@10 {row['recall@10']:.3f}" if "recall@10" in row
                                        else ", exact")))
            rows.append((f"  BM25 top-100 at {n}: p50 / p95",
                         f"{row['bm25_p50_ms']:.1f} / {row['bm25_p95_ms']:.1f} ms",
                         f"store.lexical_search; CPU p50 / p95 "
                         f"{row.get('bm25_cpu_p50_ms', 0):.1f} / {row.get('bm25_cpu_p95_ms', 0):.1f}"
                         f" ms; store.stamp() p50 {row['stamp_p50_ms']:.1f} ms"))
            rows.append((f"  with a body filter at {n}: p50 / p95",
                         f"{row['filtered_p50_ms']:.1f} / {row['filtered_p95_ms']:.1f} ms",
                         f"CPU p50 / p95 {row.get('filtered_cpu_p50_ms', 0):.1f} / "
                         f"{row.get('filtered_cpu_p95_ms', 0):.1f} ms; body "
                         f"{str(row.get('filter_body', ''))[:40]!r}"))
            rows.append((f"  build at {n}", f"fill {row['fill_s']:.1f} s, index {row['index_build_s']:.1f} s",
                         f"load from disk {row['index_load_s']:.2f} s, peak RSS "
                         f"{row['index_build_peak_rss_mb']:.0f} MB"))
    b = res.get("big_pdf")
    if b:
        rows.append((f"one {b['pages']}-page PDF: peak RSS", f"{b['peak_rss_mb']:.0f} MB",
                     f"goal ≤ 1536 MB; parent {b['peak_rss_parent_mb']:.0f} MB; {b['status']} "
                     f"{b['reason']}"))
        rows.append((f"one {b['pages']}-page PDF: time", f"{b['wall_s']:.1f} s",
                     f"{b['pages_per_s']:.2f} pages/s, {b['statements']} statements; "
                     + ", ".join(f"{k} {v:.0f}s" for k, v in {**b['stages_s'],
                                                             **b['derive_s']}.items())))
    q = res.get("quality")
    if q:
        for k, v in q.items():
            rows.append((f"quality {k}", "ok" if v["ok"] else "FAILED", f"{v['s']:.0f} s"))
    return _table(rows) if rows else "(nothing measured)"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.bench", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS), help="folder of minutes (default ../shared/corpus)")
    ap.add_argument("--quick", action="store_true", help="every 8th PDF, 200-page big PDF, "
                    "search at 10k and 100k only")
    ap.add_argument("--only", default="", help="comma-separated path prefixes under the corpus "
                    "(e.g. suffolk_libraries,alameda/CityCouncil/2023): a subset for iteration")
    ap.add_argument("--search-sizes", default="10000,100000,1000000")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--queries", type=int, default=60, help="search queries per size")
    ap.add_argument("--big-pages", type=int, default=1000)
    ap.add_argument("--source-db", help="a store with statements and embeddings to replicate for "
                    "the search benchmark (default: the end-to-end run's)")
    ap.add_argument("--workdir", help="keep databases here (default: a temporary folder)")
    ap.add_argument("--json", help="also write the figures to this file")
    for part in ("e2e", "pdfplumber", "reingest", "search", "big-pdf"):
        ap.add_argument(f"--skip-{part}", action="store_true")
    ap.add_argument("--search-only", action="store_true", help="only the search latency part "
                    "(needs --source-db): the same as skipping every other part")
    ap.add_argument("--quality", action="store_true", help="also run the gold evaluations")
    args = ap.parse_args(argv)
    require_corpus(args.corpus)
    if args.search_only:
        if not args.source_db:
            ap.error("--search-only needs --source-db (a store with statements and embeddings)")
        args.skip_e2e = args.skip_pdfplumber = args.skip_reingest = args.skip_big_pdf = True

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    corpus = Path(args.corpus)
    files = corpus_pdfs(corpus, args.quick, args.only)
    sizes = [int(s) for s in args.search_sizes.split(",") if s.strip()]
    if args.quick:
        sizes = [s for s in sizes if s <= 100_000] or sizes[:1]
        big_pages = min(args.big_pages, 200)
    else:
        big_pages = args.big_pages
    tmp = None
    if args.workdir:
        workdir = Path(args.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="cm_bench_")
        workdir = Path(tmp.name)
    res: dict = {"machine": {"cpus": os.cpu_count(), "load_avg_start": os.getloadavg()},
                 "pdfs": len(files)}

    def step(name: str) -> None:
        print(f"[bench] {name} ({time.strftime('%H:%M:%S')})", file=sys.stderr, flush=True)

    try:
        src_db = args.source_db
        if not args.skip_e2e:
            step(f"end to end: {len(files)} PDFs, {args.workers} workers")
            res["e2e"] = end_to_end(files, workdir, args.workers)
            src_db = src_db or res["e2e"]["db"]
        if not args.skip_pdfplumber:
            step("pdfplumber extract_text baseline")
            res["pdfplumber"] = pdfplumber_baseline(files, args.workers)
        if not args.skip_reingest and "e2e" in res:
            step("re-ingest of unchanged files")
            res["reingest"] = reingest(files, res["e2e"]["db"])
        if not args.skip_search and src_db:
            step(f"search at {sizes}")
            res["search"] = search_bench(src_db, sizes, workdir, args.queries)
        if not args.skip_big_pdf:
            step(f"one {big_pages}-page PDF")
            res["big_pdf"] = big_pdf(files, workdir, big_pages)
        if args.quality:
            step("quality evaluations")
            res["quality"] = quality()
    finally:
        res["machine"]["load_avg_end"] = os.getloadavg()
        if tmp is not None:
            tmp.cleanup()
    print(f"\nCommittee Memory benchmark — {len(files)} PDFs from {corpus}, {os.cpu_count()} CPUs, "
          f"load average at start {res['machine']['load_avg_start'][0]:.1f}, "
          f"at end {res['machine']['load_avg_end'][0]:.1f}\n")
    print(render(res))
    if args.json:
        Path(args.json).write_text(json.dumps(res, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
