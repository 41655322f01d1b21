"""Where the evaluations keep their scratch stores: $COMMITTEE_MEMORY_EVAL_CACHE or the system
temp folder, in a sub-folder named after the code and models that fill a store.

An unchanged file is not read again on a later ingest, so a store filled by other code would be
scored as if today's code had read it: the folder's name changes with any change to
`pipeline/*.py` or `models/`, and a stale store is never reused.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from functools import lru_cache
from pathlib import Path

__all__ = ["require_corpus", "eval_cache_dir", "code_version", "ingest_all", "corpus_dir"]

REPO = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def code_version() -> str:
    """A short hash of the pipeline's sources and model files."""
    h = hashlib.sha256()
    files = sorted((REPO / "pipeline").glob("*.py")) + sorted(
        p for p in (REPO / "models").rglob("*") if p.is_file())
    for p in files:
        h.update(str(p.relative_to(REPO)).encode())
        h.update(p.read_bytes())
    return h.hexdigest()[:12]


def corpus_dir() -> Path:
    """The real minutes the evaluations, benchmark and corpus tests read: $COMMITTEE_MEMORY_CORPUS,
    else `shared/corpus` beside the checkout (where CI puts it; a second checkout elsewhere, such
    as a git worktree, sets the variable)."""
    return Path(os.environ.get("COMMITTEE_MEMORY_CORPUS") or REPO.parent / "shared" / "corpus")


def require_corpus(folder: str | Path | None = None) -> Path:
    """`folder` (default `corpus_dir()`), or exit with what is missing and what to set: an
    evaluation run without the real minutes would otherwise score every file as empty and print
    zeros as if they were figures."""
    path = Path(folder or corpus_dir())
    if not path.is_dir():
        raise SystemExit(f"error: no folder of real minutes at {path}: set COMMITTEE_MEMORY_CORPUS "
                         "to the corpus folder (shared/corpus beside the checkout)")
    return path


def eval_cache_dir() -> Path:
    root = Path(os.environ.get("COMMITTEE_MEMORY_EVAL_CACHE", tempfile.gettempdir()))
    folder = root / f"cm_eval_{code_version()}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def ingest_all(paths: list[str], store):
    """Ingest `paths` into an evaluation store and refuse to score a partial one.

    A file the pipeline rightly refuses (not a PDF, no text: the corpus holds a few) is fine; any
    other failure (a worker killed, the encoder cache removed mid-run) would otherwise leave
    the store short and the figures low for no visible reason; a failure is also remembered for
    the unchanged file, so the same store would stay short on the next run.
    """
    from .ingest import IngestOptions, ingest
    report = ingest(paths, store, IngestOptions(derive=False))
    failed = [r for r in report.results if r.status == "failed" and not _input_problem(r.reason)]
    if failed:
        reasons = "\n  ".join(r.reason for r in failed[:5])
        raise RuntimeError(
            f"{len(failed)} of {len(report.results)} files could not be ingested into the evaluation "
            f"store {store.path}; the figures would be wrong. First reasons:\n  {reasons}\n"
            f"Fix the cause, delete {store.path} and run the evaluation again.")
    return report


def _input_problem(reason: str) -> bool:
    """True when `reason` is one of the pipeline's own verdicts on a bad source file (errors.E)."""
    from .errors import E
    transient = {"OUT_OF_MEMORY", "TIMEOUT", "NOT_FOUND"}  # may pass on another try
    faults = {"SEGMENT_FAILED", "SEGMENT_STEP"}  # the pipeline's own fault, never the file's
    texts = [v for k, v in vars(E).items()
             if k.isupper() and k not in transient | faults and isinstance(v, str)]
    return any(t.split("{")[0] in reason for t in texts if len(t.split("{")[0]) >= 12)
