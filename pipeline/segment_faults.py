"""Faults inside the segment stage: each step fails on its own, and says so.

Segmenting a file is several steps (vote tables, meeting split, items, date, body, attendees).
A fault in one of them (an unforeseen layout that trips a rule) must neither lose the file in
silence nor take down what the other steps read: a fault reading the attendees still keeps the
meeting's items and date. `StageGuard.soft` runs one step and, on a fault, puts a warning on the
document (file, page, step, what was kept, what the user can do; stored with the document and
printed in the ingest summary) and returns the step's fallback. A fault in a step that leaves
nothing worth keeping escapes `soft`; `segment` turns it into the pipeline's per-file
`InputError` naming the file, the page and the step, and the ingest batch goes on with the next
file (nothing of this one is stored, and nothing stored before is touched).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from .errors import E, InputError
from .records import Document

__all__ = ["StageGuard"]

T = TypeVar("T")


def _detail(exc: BaseException) -> str:
    """"KeyError: 'x'": the fault's type and the first 120 characters of its message."""
    text = " ".join(str(exc).split())[:120]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _where(pages: tuple[int, int] | None) -> str:
    if not pages or not pages[0]:
        return ""
    first, last = pages
    return f"page {first}" if last <= first else f"pages {first}-{last}"


class StageGuard:
    """Runs the steps of one file's segmentation, remembering which step runs on which pages."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.stage = "reading the lines"
        self.pages: tuple[int, int] | None = None

    def at(self, stage: str, pages: tuple[int, int] | None = None) -> None:
        """Mark the step that runs now (for the error when a step with no fallback fails)."""
        self.stage, self.pages = stage, pages

    def soft(self, stage: str, pages: tuple[int, int] | None, kept: str,
             step: Callable[..., T], *args: Any, fallback: Callable[[], T], **kwargs: Any) -> T:
        """`step(*args, **kwargs)`; on a fault, a warning on the document saying what failed
        and what was `kept`, and `fallback()` in its place. Memory faults are never caught: the
        ingest layer reports them with their own advice."""
        previous = (self.stage, self.pages)
        self.at(stage, pages)
        try:
            result = step(*args, **kwargs)
        except MemoryError:
            raise
        except Exception as exc:  # a fault in this step only: keep what the others read
            where = _where(pages)
            head = f"{self.doc.path}, {where}" if where else self.doc.path
            self.doc.warnings.append(f"{head}: " + E.SEGMENT_STEP.format(
                stage=stage, detail=_detail(exc), kept=kept))
            result = fallback()
        self.stage, self.pages = previous
        return result

    def failed(self, exc: Exception) -> InputError:
        """The per-file error for a fault that leaves nothing of the file worth storing."""
        page = self.pages[0] if self.pages else None
        return InputError(self.doc.path, E.SEGMENT_FAILED.format(stage=self.stage, detail=_detail(exc)),
                          page=page)
