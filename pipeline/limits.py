"""Resource limits for reading untrusted files: what one file may cost, and how it is enforced.

Limits (defaults in `IngestOptions`; each can be raised per run):
  size        200 MB per file (`max_mb`, CLI --max-mb), checked before the file is opened
  pages       2,000 per PDF (`max_pages`, CLI --max-pages), checked from the page tree
  streams     no PDF stream may inflate past MAX_STREAM_MB (256 MB): checked by `check_pdf`
              before PDFium sees the file, so a decompression bomb (a few MB of Deflate that
              inflates to gigabytes) is refused with a clear message instead of being read
  memory      each worker process gets an address-space cap (`max_memory_mb`, 2,048 MB) as a
              backstop for anything the stream check cannot see; a reader that hits it dies
              alone and its file is reported
  time        600 s per file (`timeout_s`), enforced by the worker pool; 60 s per OCR page
"""
from __future__ import annotations

import mmap
import re
import zlib
from collections.abc import Iterator

from .errors import E, InputError

__all__ = ["MAX_STREAM_MB", "SCAN_BUDGET_MB", "check_pdf", "inflated_size", "limit_memory"]

MAX_STREAM_MB = 256.0  # a 600-dpi A3 colour scan is ~210 MB raw; content streams are far smaller
SCAN_BUDGET_MB = 4096.0  # stop measuring after this much inflated output (time bound)
_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 1 << 20


def _chunks(data) -> Iterator[bytes]:
    for pos in range(0, len(data), _CHUNK):
        yield data[pos:pos + _CHUNK]


def _inflate(source: Iterator[bytes]) -> Iterator[bytes]:
    """zlib-inflate a stream of pieces, yielding output at most _CHUNK bytes at a time."""
    d = zlib.decompressobj()
    for piece in source:
        buf = piece
        while buf and not d.eof:
            out = d.decompress(buf, _CHUNK)
            if out:
                yield out
            buf = d.unconsumed_tail
        if d.eof:
            return


def _measure(data, limit: int, layers: int) -> int:
    total = 0
    src: Iterator[bytes] = _chunks(data)
    for _ in range(layers):
        src = _inflate(src)
    try:
        for out in src:
            total += len(out)
            if total > limit:
                break
    except zlib.error:
        pass  # not (or no longer) Deflate data: what was inflated so far counts
    return total


def inflated_size(data, limit: int) -> int:
    """Bytes `data` inflates to as zlib/Deflate (a Deflate stream nested in another counts at
    its inner size), counting to at most about `limit`; 0 when it is not Deflate data.
    Holds at most ~1 MB of output at a time, whatever the ratio."""
    size = _measure(data, limit, 1)
    if 0 < size <= limit:
        try:
            head = next(_inflate(_chunks(data)))[:2]
        except (zlib.error, StopIteration):
            return size
        if len(head) == 2 and head[0] & 0x0F == 8 and int.from_bytes(head, "big") % 31 == 0:
            size = max(size, _measure(data, limit, 2))
    return size


def check_pdf(path: str, max_stream_mb: float = MAX_STREAM_MB,
              budget_mb: float = SCAN_BUDGET_MB) -> None:
    """Raise InputError if a stream of the PDF at `path` inflates past `max_stream_mb`."""
    limit = int(max_stream_mb * 2**20)
    budget = int(budget_mb * 2**20)
    with open(path, "rb") as fh:
        try:
            mm = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # empty file: the reader reports it
            return
        view = memoryview(mm)
        try:
            for m in _STREAM.finditer(mm):
                start = m.end()
                end = mm.find(b"endstream", start)
                if end < 0:
                    end = len(mm)
                size = inflated_size(view[start:end], limit)
                if size > limit:
                    raise InputError(path, E.BOMB.format(limit_mb=max_stream_mb))
                budget -= size
                if budget < 0:
                    return  # the memory cap and the timeout bound the rest
        finally:
            view.release()
            _close_map(mm)


def _close_map(mm: mmap.mmap) -> None:
    """Close `mm` unless a slice of it is still referenced (a suspended generator frame held by a
    sampling profiler, such as a Dask worker's, keeps one for a moment): that map is closed when
    its last slice is freed, and the check's answer stands."""
    try:
        mm.close()
    except BufferError:
        pass


def limit_memory(max_mb: float) -> None:
    """Cap what this process may add to its data segment (heap and private mappings) at `max_mb`
    (0: no cap).

    Called in each worker process at start. RLIMIT_DATA, not RLIMIT_AS: shared libraries and
    address-space reservations do not count, only memory the reader can actually fill.
    """
    if not max_mb:
        return
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return
    which = getattr(resource, "RLIMIT_DATA", None) or resource.RLIMIT_AS
    # on top of what the worker inherited: a worker forked from a large process (an app server,
    # a test run holding models) starts with the parent's private memory counted as its own
    cap = int(max_mb * 2**20) + _data_size(which == resource.RLIMIT_AS)
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(which, (cap, hard))


def _data_size(address_space: bool = False) -> int:
    """This process's data segment (or whole address space) in bytes, 0 when unknown."""
    field = "VmSize:" if address_space else "VmData:"
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0
