"""Dask glue: the per-file stages (read → segment → classify → embed) on a Dask cluster.

Contract: `process_on_cluster(paths, options, scheduler)` yields `(path, (result, error))` for every
path, in the order given — the same outcomes `ingest._safe_process` gives locally, so the caller
stores them exactly as it stores local results (this process stays the only writer, one
transaction per file). Workers need not share a filesystem with the client: each file's bytes are
sent with its task and written to a temporary file on the worker, the original path kept as the
name users see. At most a few files per worker thread are in flight, so memory stays bounded on a
whole archive. Models load once per worker process and stay loaded (workers are long-lived).

A worker that dies on a file is restarted by its nanny; after Dask's allowed failures the file is
reported failed and the batch goes on. The per-file time limit of local ingest is not applied here.

`scheduler` is a scheduler address (`tcp://host:8786`), `local` or `local:N` (a LocalCluster of N
single-threaded worker processes on this machine), or an existing `distributed.Client`.
"""
from __future__ import annotations

import hashlib
import logging
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

__all__ = ["process_on_cluster", "connect", "scaling"]

_SCATTER_BYTES = 4 << 20  # larger files travel as scattered data, not inside the task graph


def _distributed():
    try:
        import distributed
    except ImportError:
        raise ImportError("--scheduler needs Dask distributed: pip install -e '.[scale]'"
                          "  (dask[distributed]>=2024)") from None
    return distributed


def local_cluster(n_workers: int):
    """A LocalCluster of single-threaded worker processes (models are not thread-safe to share)."""
    distributed = _distributed()
    # dashboard on a free port: two clusters on one machine (a test, a bench) never collide
    return distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                    dashboard_address=":0", silence_logs=logging.ERROR)


@contextmanager
def connect(scheduler, workers: int = 0):
    """A `distributed.Client` for `scheduler` (see the module docstring), closed on exit."""
    distributed = _distributed()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if str(scheduler).startswith("local"):
        n = int(str(scheduler).partition(":")[2] or workers or 2)
        with local_cluster(n) as cluster, distributed.Client(cluster) as client:
            yield client
        return
    with distributed.Client(str(scheduler), timeout="60s") as client:
        yield client


def process_bytes(name: str, data: bytes, options):
    """Worker side: one file's per-file stages from its bytes; outcome as `_safe_process`."""
    from .ingest import _safe_process
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="cm-") as tmp:
        path = str(Path(tmp) / (hashlib.sha256(data).hexdigest() + suffix))
        Path(path).write_bytes(data)
        result, error = _safe_process(path, options, name)
    if result:
        # `name` is the client's real path (not an upload's label): a changed file there
        # replaces its earlier rows, as in a local ingest
        result[0].replaces_path = True
    return result, error.replace(path, name) if error else error


def process_on_cluster(paths: Iterable[str], options, scheduler) -> Iterator[tuple[str, tuple]]:
    """Run the per-file stages of `paths` on the cluster; yield (path, outcome) in input order."""
    paths = list(paths)
    if not paths:  # nothing to do: do not start or reach a cluster
        return
    with connect(scheduler, getattr(options, "workers", 0)) as client:
        threads = sum(client.nthreads().values()) or 1
        window = max(4, 4 * threads)
        todo = iter(paths)
        pending: deque = deque()

        def submit_next() -> bool:
            path = next(todo, None)
            if path is None:
                return False
            try:
                data = Path(path).read_bytes()
            except OSError:  # missing or unreadable: the local reader words the reason
                from .ingest import _safe_process
                pending.append((path, None, _safe_process(str(path), options)))
                return True
            arg = client.scatter(data, hash=False) if len(data) > _SCATTER_BYTES else data
            fut = client.submit(process_bytes, str(path), arg, options, pure=False, key=_key(path))
            pending.append((path, fut, None))
            return True

        while len(pending) < window and submit_next():
            pass
        while pending:
            path, fut, outcome = pending.popleft()
            if fut is not None:
                outcome = _collect(path, fut)
                fut.release()
                if outcome[1] and "the cluster stopped" in outcome[1]:
                    outcome = _retry(client, path, options, outcome)
            yield path, outcome
            submit_next()


def _retry(client, path: str, options, outcome: tuple) -> tuple:
    """One more try after a lost connection or a restarted worker (not the file's fault)."""
    try:
        fut = client.submit(process_bytes, str(path), Path(path).read_bytes(), options,
                            pure=False, key=_key(path))
    except Exception:  # the file went away or the cluster is gone: keep the first outcome
        return outcome
    try:
        return _collect(path, fut)
    finally:
        fut.release()


def _key(path: str) -> str:
    return f"cm-file-{hashlib.sha1(str(path).encode()).hexdigest()[:12]}-{time.monotonic_ns()}"


def _collect(path: str, fut) -> tuple:
    try:
        return fut.result()
    except Exception as exc:  # KilledWorker, lost connection, an error outside _safe_process
        name = type(exc).__name__
        if name == "KilledWorker":
            return None, (f"{path}: the worker processing it died repeatedly; the file may be "
                          "too large or malformed")
        # worded "stopped" so the failure is not remembered: it may pass on another try
        return None, f"{path}: the cluster stopped before finishing it ({name}: {str(exc)[:200]})"


def _warm(path: str, options) -> bool:
    """Load models and libraries in a worker (untimed), by processing one file once."""
    from .ingest import _safe_process
    _safe_process(path, options)
    return True


def scaling(paths: Iterable[str], workers: Iterable[int] = (1, 2), options=None,
            repeat: int = 1) -> dict[int, float]:
    """Seconds the per-file stages of `paths` (files or folders) take on a LocalCluster of 1, then
    2 workers: `{1: seconds, 2: seconds}`, the best of `repeat` runs on each cluster.

    Each worker first processes one file untimed (model loading is a once-per-process cost), so
    the figures compare steady-state throughput. Nothing is stored.
    """
    from .ingest import IngestOptions, collect_files
    distributed = _distributed()
    files = [str(p) for p in collect_files(paths)]
    if not files:
        raise ValueError("scaling needs at least one file")
    options = options or IngestOptions(derive=False)
    out: dict[int, float] = {}
    for n in workers:
        with local_cluster(n) as cluster, distributed.Client(cluster) as client:
            client.run(_warm, files[0], options)
            runs = []
            for _ in range(max(1, repeat)):
                t0 = time.perf_counter()
                for _ in process_on_cluster(files, options, client):
                    pass
                runs.append(time.perf_counter() - t0)
            out[n] = min(runs)
    return out
