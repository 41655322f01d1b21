"""Bad input, limits and security: every bad file gets one clear line, nothing partial is stored,
the rest of the batch is, memory stays bounded, names are never paths, nothing touches the network.

The bad-input corpus is generated at test time by `badinput.py`.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import psutil
import pytest

import badinput
from pipeline.ingest import IngestOptions, ingest, ingest_upload

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "pdf" / "seed_crisis_review"
GOOD = sorted(SEED.glob("*.pdf"))[:2]
MB = 2**20


def cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.update({"OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
                "PYTHONPATH": str(REPO), **extra})
    return env


def run_measured(args: list[str], env: dict | None = None, timeout: float = 600
                 ) -> tuple[subprocess.CompletedProcess, int]:
    """Run `python -m pipeline ARGS`; returns the result and the peak RSS (bytes) of any one
    process of its tree (CLI or worker), sampled every 20 ms with psutil."""
    proc = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=REPO,
                            env=env or cli_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not done.is_set():
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        peak = max(peak, p.memory_info().rss)
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            time.sleep(0.02)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    try:
        out, err = proc.communicate(timeout=timeout)
    finally:
        done.set()
        t.join()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err), peak


def db_counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "meetings", "items", "statements", "attendees")}
    finally:
        conn.close()


def doc_paths(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {r[0] for r in conn.execute("SELECT path FROM documents")}
    finally:
        conn.close()


def orphan_rows(db: Path) -> int:
    """Rows whose parent is missing: what a half-written file would leave."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT (SELECT count(*) FROM meetings WHERE sha256 NOT IN (SELECT sha256 FROM documents))"
            " + (SELECT count(*) FROM items WHERE meeting_id NOT IN (SELECT id FROM meetings))"
            " + (SELECT count(*) FROM statements WHERE item_id NOT IN (SELECT id FROM items))"
            " + (SELECT count(*) FROM attendees WHERE meeting_id NOT IN (SELECT id FROM meetings))"
            " + (SELECT count(*) FROM documents d WHERE NOT EXISTS"
            "    (SELECT 1 FROM meetings m WHERE m.sha256 = d.sha256))").fetchone()[0]
    finally:
        conn.close()


def assert_clean_output(text: str) -> None:
    assert "Traceback" not in text
    assert 'File "' not in text


@pytest.fixture(scope="session")
def warm_models():
    """Load the classifier once in the test process: upload workers fork with it loaded."""
    from pipeline.classify import _models
    _models()


@pytest.fixture(scope="session")
def bad_corpus(tmp_path_factory) -> tuple[Path, dict[str, tuple[str, str | None]]]:
    folder = tmp_path_factory.mktemp("bad")
    return folder, badinput.build_corpus(folder)


# ------------------------------------------------------------------------ bad input via the CLI

def test_bad_inputs_cli_one_line_each_rest_of_batch_stored(bad_corpus, tmp_path):
    folder, cases = bad_corpus
    if len(GOOD) < 2:
        pytest.skip("samples/pdf/seed_crisis_review is missing")
    db = tmp_path / "cli.db"
    files = [str(folder / n) for n in cases] + [str(p) for p in GOOD]
    res, _ = run_measured(["--db", str(db), "ingest", "--no-derive", *files])
    assert_clean_output(res.stdout + res.stderr)
    assert res.returncode == 0, res.stderr
    expect_failed = {n for n, (st, _) in cases.items() if st == "failed"}
    expect_stored = {n for n, (st, _) in cases.items() if st == "stored"}
    failed_lines = [ln.strip() for ln in res.stdout.splitlines() if ln.strip().startswith("FAILED")]
    assert len(failed_lines) == len(expect_failed), res.stdout
    for name in expect_failed:
        lines = [ln for ln in failed_lines if f"/{name}:" in ln]
        assert len(lines) == 1, (name, res.stdout)
        word = cases[name][1]
        assert word in lines[0].lower(), (name, lines[0])
        # the same one line on stderr as it happens
        assert sum(f"/{name}:" in ln for ln in res.stderr.splitlines()) == 1
    assert res.stdout.splitlines()[0].startswith(
        f"stored {len(expect_stored) + len(GOOD)}, skipped 0 (unchanged), "
        f"failed {len(expect_failed)}"), res.stdout
    stored = {Path(p).name for p in doc_paths(db)}
    assert stored == expect_stored | {p.name for p in GOOD}
    counts = db_counts(db)
    assert counts["documents"] == len(stored) and counts["meetings"] >= len(stored)
    assert orphan_rows(db) == 0


def test_bad_inputs_cli_exit_code_when_all_fail(bad_corpus, tmp_path):
    folder, _ = bad_corpus
    res, _ = run_measured(["--db", str(tmp_path / "x.db"), "ingest", "--no-derive",
                           str(folder / "zero.pdf"), str(folder / "corrupt.pdf"),
                           str(tmp_path / "missing.pdf")])
    assert_clean_output(res.stdout + res.stderr)
    assert res.returncode == 1
    assert "failed 3" in res.stdout and "missing.pdf: file not found" in res.stdout
    assert db_counts(tmp_path / "x.db")["documents"] == 0


# ------------------------------------------------------------------- bad input via ingest_upload

def test_bad_inputs_upload(bad_corpus, fresh_store, warm_models):
    folder, cases = bad_corpus
    opts = IngestOptions(derive=False)
    for name, (status, word) in cases.items():
        before = db_counts(Path(fresh_store.path))
        r = ingest_upload(fresh_store, name, (folder / name).read_bytes(), opts)
        assert r.status == status, (name, r.reason)
        after = db_counts(Path(fresh_store.path))
        if status == "failed":
            assert after == before, name  # no partial rows
            assert "\n" not in r.reason and r.reason.startswith(f"{name}: "), r.reason
            assert word in r.reason.lower(), r.reason
            assert_clean_output(r.reason)
            assert "/tmp" not in r.reason  # the temporary path never leaks into messages
        else:
            assert after["documents"] == before["documents"] + 1 and after["meetings"] > 0
    for good in GOOD:
        assert ingest_upload(fresh_store, good.name, good.read_bytes(), opts).status == "stored"
    assert orphan_rows(Path(fresh_store.path)) == 0


def test_javascript_pdf_text_read_but_script_not_kept(bad_corpus, fresh_store, warm_models):
    folder, _ = bad_corpus
    r = ingest_upload(fresh_store, "js.pdf", (folder / "javascript_attachment.pdf").read_bytes(),
                      IngestOptions(derive=False))
    assert r.status == "stored"
    texts = " ".join(s["text"] for s in fresh_store.statements())
    assert "refurbishment" in texts and "app.alert" not in texts and "MZ" not in texts


def test_odd_unicode_normalised(bad_corpus, fresh_store, warm_models):
    folder, _ = bad_corpus
    r = ingest_upload(fresh_store, "u.txt", (folder / "odd_unicode.txt").read_bytes(),
                      IngestOptions(derive=False))
    assert r.status == "stored"
    m = fresh_store.meetings()[0]
    assert m["date"] == "2023-03-14"
    texts = " ".join(s["text"] for s in fresh_store.statements())
    assert "refit" in texts and "\ufb01" not in texts and "\u200b" not in texts
    assert "\u202e" not in texts


# ------------------------------------------------------------------------- limits and bounds

def test_limits_are_configured():
    o = IngestOptions()
    assert (o.max_pages, o.max_mb, o.timeout_s, o.max_memory_mb) == (2000, 200.0, 600.0, 2048.0)
    from pipeline import limits
    assert limits.MAX_STREAM_MB == 256.0


def test_size_limit(tmp_path, fresh_store):
    r = ingest_upload(fresh_store, "big.pdf", GOOD[0].read_bytes(),
                      IngestOptions(max_mb=0.01, derive=False))
    assert r.status == "failed" and "more than the limit of 0 MB" in r.reason
    assert "--max-mb" in r.reason


def test_timeout_reported(fresh_store, monkeypatch):
    import time as _time

    import pipeline.ingest

    def slow(*args, **kwargs):  # a file that hangs the reader (workers are forked: they see this)
        _time.sleep(30)

    monkeypatch.setattr(pipeline.ingest, "process_file", slow)
    r = ingest_upload(fresh_store, "slow.pdf", GOOD[0].read_bytes(),
                      IngestOptions(timeout_s=1.0, derive=False))
    assert r.status == "failed" and "longer than" in r.reason and r.reason.startswith("slow.pdf: ")
    assert db_counts(Path(fresh_store.path))["documents"] == 0


def test_bomb_check_unit(tmp_path):
    import zlib

    from pipeline.errors import InputError
    from pipeline.limits import check_pdf, inflated_size
    zeros = zlib.compress(b"\x00" * (300 * MB), 9)
    assert inflated_size(zeros, 256 * MB) > 256 * MB
    assert inflated_size(zlib.compress(b"abc" * 1000), 256 * MB) == 3000
    assert inflated_size(b"\xff\xd8\xff\xe0 not deflate", 256 * MB) == 0
    nested = zlib.compress(zeros, 9)  # Deflate inside Deflate: a filter chain
    assert len(zlib.decompress(nested)) < 256 * MB
    assert inflated_size(nested, 256 * MB) > 256 * MB
    for i, payload in enumerate((zeros, nested)):
        p = tmp_path / f"b{i}.pdf"
        p.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Length " + str(len(payload)).encode()
                      + b" /Filter [/FlateDecode /FlateDecode] >>\nstream\n" + payload
                      + b"\nendstream\nendobj\n%%EOF\n")
        with pytest.raises(InputError, match="decompression bomb"):
            check_pdf(str(p))
    for good in GOOD:
        check_pdf(str(good))


def test_bomb_check_survives_a_slice_held_elsewhere(monkeypatch):
    """A sampling profiler (a Dask worker's) can hold a frame, and with it a slice of the file's
    map, while the check returns: the check must answer, not fail the file with BufferError."""
    import pipeline.limits
    held = []
    real = pipeline.limits.inflated_size

    def holding(data, limit):
        held.append(data[:16])
        return real(data, limit)

    monkeypatch.setattr(pipeline.limits, "inflated_size", holding)
    pipeline.limits.check_pdf(str(GOOD[0]))
    assert held and bytes(held[0])  # a slice was still alive when the map was let go
    held.clear()


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return badinput.make_bomb(tmp_path_factory.mktemp("bomb") / "bomb.pdf", inflated_gb=4.0)


@pytest.mark.slow
def test_bomb_refused_with_bounded_memory(bomb, tmp_path, fresh_store, warm_models):
    assert bomb.stat().st_size < 8 * MB
    db = tmp_path / "bomb.db"
    res, peak = run_measured(["--db", str(db), "ingest", "--no-derive", str(bomb), str(GOOD[0])])
    assert_clean_output(res.stdout + res.stderr)
    print(f"\nbomb: {bomb.stat().st_size / MB:.1f} MB file, 4 GB inflated; "
          f"peak RSS {peak / MB:.0f} MB")
    assert "bomb.pdf: PDF holds a compressed stream" in res.stdout
    assert "stored 1," in res.stdout and "failed 1" in res.stdout
    assert peak < 1024 * MB
    assert db_counts(db)["documents"] == 1 and orphan_rows(db) == 0
    r = ingest_upload(fresh_store, "bomb.pdf", bomb.read_bytes(), IngestOptions(derive=False))
    assert r.status == "failed" and "decompression bomb" in r.reason
    assert r.reason.startswith("bomb.pdf: ")


@pytest.mark.slow
def test_memory_cap_is_the_backstop(bomb, tmp_path, monkeypatch):
    """Were the stream check missed, the worker's memory cap still stops the reader: its file
    fails with one line, the parent and the rest of the batch carry on."""
    import pipeline.limits
    monkeypatch.setattr(pipeline.limits, "check_pdf", lambda *a, **k: None)  # workers fork
    import faulthandler
    from pipeline.store import Store
    store = Store(tmp_path / "cap.db")
    was_on = faulthandler.is_enabled()
    faulthandler.disable()  # the worker is meant to abort: keep its dump out of the log
    try:
        rep = ingest([str(bomb), str(GOOD[0])], store,
                     IngestOptions(derive=False, embed=False, max_memory_mb=1024, workers=1))
        by_name = {Path(r.path).name: r for r in rep.results}
        assert by_name["bomb.pdf"].status == "failed"
        assert "1024 MB memory limit" in by_name["bomb.pdf"].reason
        # (the reader alone: a worker that also holds the embedding model needs the default cap)
        assert by_name[GOOD[0].name].status == "stored", by_name[GOOD[0].name].reason
    finally:
        if was_on:
            faulthandler.enable()
        store.close()
    assert orphan_rows(tmp_path / "cap.db") == 0


@pytest.mark.parametrize("held_mb", [0, 600])
def test_limit_memory_unit(held_mb):
    # a worker forked from a process already holding 600 MB may still fill its own 512 MB
    code = textwrap.dedent(f"""
        held = bytearray({held_mb} * 2**20)
        from pipeline.limits import limit_memory
        limit_memory(512)
        ok = bytearray(256 * 2**20)
        try:
            b = bytearray(1024 * 2**20)
        except MemoryError:
            print("capped")
    """)
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=cli_env(),
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "capped", out.stderr


@pytest.fixture(scope="module")
def thousand(tmp_path_factory) -> Path:
    return badinput.make_thousand_pages(tmp_path_factory.mktemp("big") / "thousand.pdf")


@pytest.mark.slow
def test_thousand_pages_bounded(thousand, tmp_path, fresh_store, warm_models):
    db = tmp_path / "k.db"
    res, peak = run_measured(["--db", str(db), "ingest", "--no-derive", str(thousand)])
    assert_clean_output(res.stdout + res.stderr)
    print(f"\n1,000-page PDF ({thousand.stat().st_size / MB:.1f} MB): peak RSS {peak / MB:.0f} MB")
    assert res.stdout.startswith("stored 1,"), res.stdout
    assert peak < 1024 * MB
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT pages FROM documents").fetchone()[0] == 1000
    conn.close()
    # over the page limit: one line, nothing stored
    res, _ = run_measured(["--db", str(tmp_path / "k2.db"), "ingest", "--no-derive",
                           "--max-pages", "500", str(thousand)])
    assert "thousand.pdf: PDF has 1000 pages, more than the limit of 500" in res.stdout
    assert db_counts(tmp_path / "k2.db")["documents"] == 0
    # the upload path: limit first (fast), then the whole file
    r = ingest_upload(fresh_store, "thousand.pdf", thousand.read_bytes(),
                      IngestOptions(max_pages=500, derive=False))
    assert r.status == "failed" and r.reason.startswith("thousand.pdf: PDF has 1000 pages")
    r = ingest_upload(fresh_store, "thousand.pdf", thousand.read_bytes(),
                      IngestOptions(derive=False))
    assert r.status == "stored" and r.pages == 1000


# --------------------------------------------------------------------------------- security

@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "a/b\\c.pdf", "/abs/minutes.pdf",
                                  "..", "", "x" * 400 + ".pdf", "nul\x00byte.pdf"])
def test_upload_names_never_paths(name, tmp_path, warm_models):
    from pipeline.store import Store
    root = tmp_path / "root"
    root.mkdir()
    store = Store(root / "s.db")
    data = badinput.minutes_pdf_bytes(badinput.MINUTES_TEXT + [f"Upload named {name!r}"])
    before_tmp = set(Path("/tmp").iterdir())
    try:
        r = ingest_upload(store, name, data, IngestOptions(derive=False))
        suffix_ok = Path(Path(name).name).suffix.lower() == ".pdf"
        assert r.status == ("stored" if suffix_ok else "failed"), r.reason
        assert "/" not in r.path and len(r.path) <= 200
        if suffix_ok:
            sha = hashlib.sha256(data).hexdigest()
            assert [p.name for p in store.files_dir.iterdir()] == [f"{sha}.pdf"]
            assert all("/" not in d["path"] and ".." != d["path"] for d in store.documents())
    finally:
        store.close()
    outside = {p for p in root.rglob("*")} - {root / "s.db", root / "s.db-wal", root / "s.db-shm",
                                              root / "s.db.files"}
    outside -= set((root / "s.db.files").glob("*"))
    assert not outside, outside
    assert not (tmp_path / "etc").exists() and not Path("/abs").exists()
    leaked = {p for p in set(Path("/tmp").iterdir()) - before_tmp if "passwd" in p.name}
    assert not leaked


SITECUSTOMIZE = '''
import socket
_connect = socket.socket.connect
_connect_ex = socket.socket.connect_ex

def _guard(self, *args, **kwargs):
    if self.family != socket.AF_UNIX:
        raise OSError("network access attempted during an offline test")
    return _connect(self, *args, **kwargs)

def _guard_ex(self, *args, **kwargs):
    if self.family != socket.AF_UNIX:
        raise OSError("network access attempted during an offline test")
    return _connect_ex(self, *args, **kwargs)

def _no_dns(*args, **kwargs):
    raise OSError("DNS lookup attempted during an offline test")

socket.socket.connect = _guard
socket.socket.connect_ex = _guard_ex
socket.getaddrinfo = _no_dns
'''


@pytest.mark.slow
def test_no_network_at_run_time(tmp_path):
    if not SEED.is_dir():
        pytest.skip("samples missing")
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(SITECUSTOMIZE)
    env = cli_env(PYTHONPATH=f"{guard}{os.pathsep}{REPO}")
    env.pop("HF_HOME", None)
    probe = subprocess.run([sys.executable, "-c",
                            "import socket; socket.socket().connect(('192.0.2.1', 80))"],
                           env=env, capture_output=True, text=True, cwd=REPO)
    assert "network access attempted" in probe.stderr  # the guard is active
    db = tmp_path / "offline.db"
    res, _ = run_measured(["--db", str(db), "ingest", "--quiet", str(SEED)], env=env)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "offline test" not in res.stdout + res.stderr
    assert res.stdout.startswith("stored 5,"), res.stdout
    res = subprocess.run([sys.executable, "-m", "pipeline", "--db", str(db), "search",
                          "budget pressures", "--format", "json"], env=env, cwd=REPO,
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0, res.stderr
    import json
    hits = json.loads(res.stdout)
    assert hits and all(h["source_file"] for h in hits)
