"""CPU time of this process (all threads) and of its reaped children, for per-stage figures.

The machine is often shared: wall time depends on the load, CPU seconds do not. Children count
once they have exited and been waited for (OCR's tesseract runs, finished worker processes).
"""
from __future__ import annotations

import time

__all__ = ["cpu_seconds"]


def cpu_seconds(children: bool = True) -> float:
    """User + system CPU seconds of this process, plus its reaped children when `children`."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not POSIX
        return time.process_time()
    r = resource.getrusage(resource.RUSAGE_SELF)
    total = r.ru_utime + r.ru_stime
    if children:
        c = resource.getrusage(resource.RUSAGE_CHILDREN)
        total += c.ru_utime + c.ru_stime
    return total
