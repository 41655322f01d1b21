"""Readers while a writer ingests (WAL + busy timeout): no "database is locked", ever.

A reader thread in this process and a reader process both open the store while the CLI is
creating and filling it, and query it in a loop (Store.meetings, Store.statements, BM25
search); two CLI writers on one database both finish.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "samples" / "pdf" / "seed_crisis_review"
OTHER = REPO / "samples" / "pdf" / "harbourside_parking"

pytestmark = pytest.mark.slow

READER = textwrap.dedent("""
    import sys, time
    from pipeline.store import Store
    from pipeline.query import search
    store = Store(sys.argv[1])
    n = errors = 0
    end = time.time() + float(sys.argv[2])
    while time.time() < end:
        try:
            store.meetings(); store.statements(type="decision")
            search(store, "budget consultation", mode="bm25", limit=5)
            n += 1
        except Exception as exc:
            errors += 1
            print("ERROR", type(exc).__name__, exc, flush=True)
        time.sleep(0.01)
    print("queries", n, "errors", errors)
""")


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    e.update(OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1",
             PYTHONPATH=str(REPO))
    return e


def ingest_cmd(db: Path, *paths: Path, derive: bool = False) -> list[str]:
    return [sys.executable, "-m", "pipeline", "--db", str(db), "ingest", "--quiet",
            *map(str, paths), *([] if derive else ["--no-derive"])]


def test_readers_while_cli_writes(tmp_path):
    if not SEED.is_dir():
        pytest.skip("samples missing")
    from pipeline.query import search
    from pipeline.store import Store
    db = tmp_path / "rw.db"
    # the writer and the reader process race to create and migrate the database
    writer = subprocess.Popen(ingest_cmd(db, SEED, derive=True), cwd=REPO, env=env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), "25"], cwd=REPO, env=env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    errors: list[str] = []
    seen: list[int] = []
    stop = threading.Event()

    def read_loop() -> None:
        time.sleep(0.2)
        store = Store(db)
        try:
            while not stop.is_set():
                try:
                    seen.append(len(store.meetings()))
                    search(store, "public health budget", mode="bm25", limit=5)
                except Exception as exc:  # what we test against
                    errors.append(f"{type(exc).__name__}: {exc}")
                time.sleep(0.01)
        finally:
            store.close()

    t = threading.Thread(target=read_loop)
    t.start()
    try:
        out, err = writer.communicate(timeout=600)
    finally:
        stop.set()
        t.join()
    r_out, r_err = reader.communicate(timeout=120)
    assert writer.returncode == 0, out + err
    assert out.startswith("stored 5,"), out
    assert "locked" not in out + err
    assert not errors, errors[:3]
    assert "errors 0" in r_out and "locked" not in r_out + r_err, r_out + r_err
    assert seen and max(seen) >= 5 and len(set(seen)) > 1  # we did read while it wrote
    print(f"\nthread: {len(seen)} reads during ingest; process: {r_out.strip()}")


def test_two_writers_one_database(tmp_path):
    if not (SEED.is_dir() and OTHER.is_dir()):
        pytest.skip("samples missing")
    db = tmp_path / "ww.db"
    procs = [subprocess.Popen(ingest_cmd(db, folder), cwd=REPO, env=env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder in (SEED, OTHER)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0 and "locked" not in out + err, out + err
    from pipeline.store import Store
    store = Store(db)
    try:
        n_files = len(list(SEED.glob("*.pdf"))) + len(list(OTHER.glob("*.pdf")))
        assert len(store.documents()) == n_files
    finally:
        store.close()
