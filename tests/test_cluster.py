"""Per-file stages on a Dask cluster: same stored results as a local run, in input order.

The cluster tests start a LocalCluster of two single-threaded worker processes (as a real cluster
runs them) and skip with the reason when dask.distributed is not installed.
"""
from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import uuid
import warnings
from pathlib import Path
from urllib.parse import quote

import pytest

from pipeline.ingest import IngestOptions

REPO = Path(__file__).resolve().parents[1]
PDFS = sorted((REPO / "samples" / "pdf" / "seed_crisis_review").glob("*.pdf"))[:3]
TEXTS = sorted((REPO / "samples" / "src").glob("2018-*.md"))[:2]
PG_URL = os.environ.get("CM_TEST_PG", "postgresql:///cm_test")
VOLATILE = {"ingested_at", "timings"}


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed "
                                                            "(pip install -e '.[scale]')")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", silence_logs=logging.ERROR) as cluster:
        with distributed.Client(cluster) as c:
            yield c


def test_worker_side_keeps_the_original_name():
    from pipeline.cluster import process_bytes
    name = "minutes/" + TEXTS[0].name
    (doc, meetings), error = process_bytes(name, TEXTS[0].read_bytes(),
                                           IngestOptions(classify=False))
    assert error is None and doc.path == name and doc.replaces_path  # a path, not an upload
    assert {m.source_file for m in meetings} == {name}
    result, error = process_bytes("bad/broken.pdf", b"%PDF-1.4 not really", IngestOptions())
    assert result is None and error.startswith("bad/broken.pdf: ")
    assert "cm-" not in error  # the worker's temporary file is never shown


@pytest.mark.slow
def test_outcomes_come_back_in_input_order(client, tmp_path):
    from pipeline.cluster import process_on_cluster
    from pipeline.ingest import _safe_process
    missing = str(tmp_path / "missing.md")
    paths = [str(TEXTS[1]), missing, str(TEXTS[0])]
    out = list(process_on_cluster(paths, IngestOptions(classify=False), client))
    assert [p for p, _ in out] == paths
    assert out[1][1] == _safe_process(missing, IngestOptions())  # worded as a local failure
    for path, (result, error) in (out[0], out[2]):
        assert error is None and result[0].path == path


def _pg_url() -> str | None:
    """A fresh schema's URL in the test database, or None when PostgreSQL is not reachable."""
    try:
        import psycopg
        with psycopg.connect(PG_URL, autocommit=True, connect_timeout=3) as c:
            schema = "t_" + uuid.uuid4().hex[:12]
            c.execute(f"CREATE SCHEMA {schema}")
    except Exception:
        return None
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"


def _drop(url: str) -> None:
    import psycopg
    schema = url.rsplit("search_path%3D", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as c:
        c.execute(f"DROP SCHEMA {schema} CASCADE")


def _cli(db: str, *args: str, env: dict) -> str:
    run = subprocess.run([sys.executable, "-m", "pipeline", "--db", db, *args], cwd=REPO,
                         env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, f"{args[0]} failed:\n{run.stderr[-4000:]}"
    return run.stdout


def _stable(value):
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


@pytest.mark.slow
def test_cluster_ingest_exports_the_same_as_local(client, tmp_path):
    """`ingest --scheduler tcp://…` into SQLite (and PostgreSQL when reachable) exports exactly
    what a local ingest exports; a broken file fails the same way, named by its own path."""
    assert len(PDFS) == 3
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not a PDF")
    files = [str(p) for p in PDFS] + [str(broken)]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "COMMITTEE_MEMORY_CACHE": str(tmp_path / "c")}
    runs = {"local": (str(tmp_path / "local.db"), []),
            "dask": (str(tmp_path / "dask.db"), ["--scheduler", client.scheduler.address])}
    pg = _pg_url()
    if pg:
        runs["dask+postgres"] = (pg, ["--scheduler", client.scheduler.address])
    try:
        exports = {}
        for name, (db, extra) in runs.items():
            summary = _cli(db, "ingest", "--quiet", *extra, *files, env=env)
            assert "stored 3, skipped 0 (unchanged), failed 1" in summary, f"{name}: {summary}"
            assert f"FAILED {broken}: " in summary and "cm-" not in summary
            exports[name] = _stable(json.loads(_cli(db, "export", "--format", "json", env=env)))
    finally:
        if pg:
            _drop(pg)
    local = exports.pop("local")
    assert len(local["meetings"]) == 3 and local["threads"]
    for name, export in exports.items():
        assert export == local, name
    if not pg:
        warnings.warn(f"no PostgreSQL at {PG_URL}: the cluster run was compared on SQLite only")


@pytest.mark.slow
def test_scaling_reports_one_and_two_workers():
    pytest.importorskip("distributed")
    from pipeline.cluster import scaling
    out = scaling([str(p) for p in TEXTS], options=IngestOptions(classify=False, derive=False))
    assert sorted(out) == [1, 2] and all(v > 0 for v in out.values())


class _Future:
    def __init__(self, outcome=None, exc=None):
        self.outcome, self.exc, self.released = outcome, exc, False

    def result(self):
        if self.exc:
            raise self.exc
        return self.outcome

    def release(self):
        self.released = True


class _Client:
    """Stands in for a distributed.Client whose first task is lost with its connection."""
    def __init__(self, outcomes):
        self.outcomes, self.submitted = list(outcomes), []

    def submit(self, fn, name, data, options, **kw):
        self.submitted.append((name, len(data)))
        return self.outcomes.pop(0)


def test_a_lost_connection_is_retried_once_and_a_broken_file_is_not(tmp_path):
    from pipeline.cluster import _collect, _retry
    f = tmp_path / "m.md"
    f.write_text("# Minutes\n")
    lost = _collect(str(f), _Future(exc=ConnectionError("stream closed")))
    assert lost[0] is None and "the cluster stopped" in lost[1] and str(f) in lost[1]
    ok = ("result", None)
    client = _Client([_Future(ok)])
    assert _retry(client, str(f), IngestOptions(), lost) == ok
    assert client.submitted == [(str(f), f.stat().st_size)]
    again = _Client([_Future(exc=ConnectionError("still closed"))])
    assert "the cluster stopped" in _retry(again, str(f), IngestOptions(), lost)[1]
    gone = _Client([])
    f.unlink()
    assert _retry(gone, str(f), IngestOptions(), lost) == lost and not gone.submitted
