"""File-level checks shared by the readers and the ingest entry point."""
from __future__ import annotations

import hashlib
from pathlib import Path

from .errors import E, InputError

__all__ = ["check_file", "sha256_file"]


def check_file(path: str, max_mb: float) -> int:
    """The file's size in bytes; InputError when it is missing, empty or over `max_mb` MiB."""
    p = Path(path)
    if not p.is_file():
        raise InputError(str(path), E.NOT_FOUND)
    size = p.stat().st_size
    if size == 0:
        raise InputError(str(path), E.EMPTY)
    if size > max_mb * 2**20:
        raise InputError(str(path), E.TOO_LARGE.format(size_mb=size / 2**20, limit_mb=max_mb))
    return size


def sha256_file(path: str | Path) -> str:
    """Content hash of a file, read in 1 MiB blocks."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
