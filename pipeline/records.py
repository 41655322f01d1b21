"""Typed records passed between stages.

Each stage is a function from these records to these records; none of them touches the store or
the app. Ids are content-derived (sha256 of the source file plus position) so that re-ingesting the
same file yields the same ids.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = [
    "Attendee", "Document", "Finding", "Evidence", "Item", "Line", "Meeting", "Page",
    "Statement", "Thread", "ATTENDEE_STATUSES", "STATEMENT_TYPES", "OUTCOMES", "to_dict",
]

ATTENDEE_STATUSES = ("chair", "present", "apologies", "absent", "in_attendance")
STATEMENT_TYPES = (
    "proposal", "argument_for", "objection", "question", "decision", "action", "information",
)
OUTCOMES = ("approved", "rejected", "deferred", "referred", "noted", "amended", "rescinded")


@dataclass
class Line:
    """One visual line of text on a page, in reading order.

    `note` holds text printed beside the line in a right-hand margin column (the "Action" column
    of UK minutes: owner initials belong to the line they sit beside).
    """

    text: str
    page: int  # 1-based
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    bold: bool = False
    note: str = ""


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    ocr: bool = False  # text came from OCR
    warning: str = ""  # e.g. "image-only page, no OCR available"
    running: list[str] = field(default_factory=list)  # running header/footer text removed from lines


@dataclass
class Document:
    path: str
    sha256: str
    pages: int
    kind: str  # "born-digital" | "scanned" | "mixed" | "text"
    backend: str = ""  # extraction backend used
    warnings: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per stage
    size: int = 0  # bytes, for the fast unchanged-file check
    replaces_path: bool = True  # a new version of a file at this path replaces the old one
    mtime_ns: int = 0
    # vectors computed with the file (embed.embed_meetings): (text hash, cache key, dim, bytes)
    embeddings: list[tuple[str, str, int, bytes]] = field(default_factory=list, repr=False)


@dataclass
class Attendee:
    name: str
    status: str  # one of ATTENDEE_STATUSES
    role: str = ""
    initials: str = ""


@dataclass
class Statement:
    id: str
    item_id: str
    type: str  # one of STATEMENT_TYPES
    text: str  # verbatim
    page: int
    speaker: str = ""
    outcome: str = ""  # decisions only: one of OUTCOMES
    owner: str = ""  # actions only
    due: str = ""
    generator: str = ""  # rule id or model name+version that produced the type
    score: float = 1.0
    seq: int = 0  # order within the item


@dataclass
class Item:
    id: str
    meeting_id: str
    number: str  # as printed: "6.2", "5-A", "23/45"
    title: str
    page_start: int
    page_end: int
    text: str = ""  # body text of the item, verbatim, lines joined
    file_id: str = ""  # e.g. Legistar "23-104"
    seq: int = 0
    lines: list[Line] = field(default_factory=list, repr=False)
    statements: list[Statement] = field(default_factory=list)
    # the minutes' prose before their first item heading (segment_opening), kept so that no
    # text is lost to search; no printed heading, so never a matter of a thread
    opening: bool = False


@dataclass
class Meeting:
    id: str
    body: str
    date: str  # ISO yyyy-mm-dd, "" if unknown
    title: str
    source_file: str
    sha256: str
    pages: int
    venue: str = ""
    page_start: int = 1
    page_end: int = 1
    attendees: list[Attendee] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)


@dataclass
class Thread:
    id: str
    label: str
    item_ids: list[str] = field(default_factory=list)


@dataclass
class Evidence:
    meeting_id: str
    page: int
    quote: str
    date: str = ""
    source_file: str = ""
    statement_id: str = ""


@dataclass
class Finding:
    id: str
    kind: str  # dropped_objection | undocumented_reversal | drift | coalition_shift
    thread_id: str
    statement_ids: list[str] = field(default_factory=list)
    summary: str = ""
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 0.0
    status: str = ""
    data: dict[str, Any] = field(default_factory=dict)


def to_dict(record: Any) -> dict[str, Any]:
    """Plain dict of a record (recursively), for JSON and the store."""
    return asdict(record)
