"""SQLite store: the default, embedded backend.

Contract: each source file is written in one transaction (all its meetings, items and statements,
or nothing); files are identified by sha256, so an unchanged file is skipped and a changed file at
the same path replaces its earlier rows. Derived, corpus-wide records (threads, links, findings)
are replaced together in one transaction by `replace_derived`. Records cross this boundary as
plain dicts. Schema changes are numbered migrations in `MIGRATIONS`; `PRAGMA user_version` holds
the version reached.
"""
from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from . import lexical
from .records import Document, Finding, Meeting, Thread

TRACKER_COLUMNS = ("statement_id", "kind", "status", "body", "meeting_id", "date", "owner", "due",
                   "due_date", "age_days", "later_meetings", "last_reported_meeting_id", "reason",
                   "followup_statement_ids", "followups")
# what a tracker row shows of its action statement, its item and its source
TRACKER_SELECT = (
    "SELECT t.*, s.text, s.page, s.type, s.speaker, s.item_id, i.number AS item_number,"
    " i.title AS item_title, m.source_file FROM tracker t JOIN statements s"
    " ON s.id = t.statement_id JOIN items i ON i.id = s.item_id JOIN meetings m"
    " ON m.id = t.meeting_id")


def tracker_values(tracked) -> list[tuple]:
    """Rows for the tracker table from `tracker.TrackedAction` records."""
    return [(a.statement_id, a.kind, a.status, a.body, a.meeting_id, a.date, a.owner, a.due,
             a.due_date, a.age_days, a.later_meetings, a.last_reported_meeting_id, a.reason,
             json.dumps(a.followup_statement_ids),
             json.dumps([f.__dict__ for f in a.followups])) for a in tracked]


def tracker_filters(status=None, body=None, owner=None) -> tuple[str, list]:
    sql, args = "", []
    for clause, value in (("t.status = ?", status), ("t.body = ?", body), ("t.owner = ?", owner)):
        if value:
            sql += f" AND {clause}"
            args.append(value)
    return sql, args


def tracker_rows(rows) -> list[dict[str, Any]]:
    out = []
    for r in rows:
        d = dict(r)
        d["followup_statement_ids"] = json.loads(d["followup_statement_ids"] or "[]")
        d["followups"] = json.loads(d["followups"] or "[]")
        out.append(d)
    return out

__all__ = ["Store", "connect", "MIGRATIONS", "TRACKER_COLUMNS"]

MIGRATIONS: list[str] = [
    # 1: the spine
    """
    CREATE TABLE documents (
        sha256 TEXT PRIMARY KEY, path TEXT NOT NULL, pages INTEGER, kind TEXT, backend TEXT,
        warnings TEXT DEFAULT '[]', ingested_at REAL
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE meetings (
        id TEXT PRIMARY KEY, sha256 TEXT NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        body TEXT, date TEXT, title TEXT, venue TEXT, source_file TEXT, pages INTEGER,
        page_start INTEGER, page_end INTEGER, seq INTEGER
    );
    CREATE INDEX meetings_body_date ON meetings(body, date);
    CREATE TABLE attendees (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, seq INTEGER,
        name TEXT, role TEXT, initials TEXT, status TEXT
    );
    CREATE INDEX attendees_meeting ON attendees(meeting_id);
    CREATE TABLE items (
        id TEXT PRIMARY KEY, meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER, number TEXT, title TEXT, page_start INTEGER, page_end INTEGER, text TEXT,
        file_id TEXT
    );
    CREATE INDEX items_meeting ON items(meeting_id);
    CREATE TABLE statements (
        rowid INTEGER PRIMARY KEY, id TEXT UNIQUE NOT NULL,
        item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        meeting_id TEXT NOT NULL, seq INTEGER, type TEXT, text TEXT, page INTEGER, speaker TEXT,
        outcome TEXT, owner TEXT, due TEXT, generator TEXT, score REAL
    );
    CREATE INDEX statements_item ON statements(item_id);
    CREATE INDEX statements_type ON statements(type);
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, content='statements', content_rowid='rowid', tokenize='porter unicode61'
    );
    CREATE TRIGGER statements_ai AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER statements_ad AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
    """,
    # 2: vectors (cached by text hash), threads, links, findings
    """
    CREATE TABLE embeddings (
        text_hash TEXT NOT NULL, model TEXT NOT NULL, dim INTEGER, vec BLOB,
        PRIMARY KEY (text_hash, model)
    );
    CREATE TABLE threads (id TEXT PRIMARY KEY, label TEXT, data TEXT DEFAULT '{}');
    CREATE TABLE thread_items (
        thread_id TEXT NOT NULL, item_id TEXT NOT NULL, seq INTEGER, PRIMARY KEY (thread_id, item_id)
    );
    CREATE INDEX thread_items_item ON thread_items(item_id);
    CREATE TABLE statement_links (
        src TEXT NOT NULL, dst TEXT NOT NULL, kind TEXT NOT NULL, score REAL,
        PRIMARY KEY (src, dst, kind)
    );
    CREATE TABLE findings (
        id TEXT PRIMARY KEY, kind TEXT, thread_id TEXT, summary TEXT, score REAL, status TEXT,
        statement_ids TEXT DEFAULT '[]', evidence TEXT DEFAULT '[]', data TEXT DEFAULT '{}'
    );
    CREATE INDEX findings_kind ON findings(kind);
    """,
    # 3: file stat for the fast unchanged check; failures remembered so an unchanged bad file
    # is reported again without being re-read
    """
    ALTER TABLE documents ADD COLUMN size INTEGER DEFAULT 0;
    ALTER TABLE documents ADD COLUMN mtime_ns INTEGER DEFAULT 0;
    CREATE TABLE failures (
        path TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER, version TEXT, reason TEXT,
        at REAL
    );
    """,
    # 4: statements by meeting, so a body or date filter reaches its statements through the
    # meetings instead of scanning every statement (1M statements: 0.6 s -> ms)
    """
    CREATE INDEX IF NOT EXISTS statements_meeting ON statements(meeting_id);
    """,
    # 5: the action tracker (derived): one row per tracked action or recommendation
    """
    CREATE TABLE IF NOT EXISTS tracker (
        statement_id TEXT PRIMARY KEY, kind TEXT, status TEXT, body TEXT, meeting_id TEXT,
        date TEXT, owner TEXT, due TEXT, due_date TEXT, age_days INTEGER, later_meetings INTEGER,
        last_reported_meeting_id TEXT, reason TEXT, followup_statement_ids TEXT DEFAULT '[]',
        followups TEXT DEFAULT '[]'
    );
    CREATE INDEX IF NOT EXISTS tracker_status ON tracker(status);
    """,
    # 6: opening items (the minutes' prose before their first heading): stored and searched,
    # never a matter of a thread
    """
    ALTER TABLE items ADD COLUMN opening INTEGER DEFAULT 0;
    """,
]


def connect(path: str | Path, *, timeout: float = 30.0) -> sqlite3.Connection:
    """Open (creating if needed) and migrate the database; WAL so readers never block the writer."""
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None,
                           check_same_thread=False)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
    if str(path) != ":memory:":
        _when_unlocked(lambda: conn.execute("PRAGMA journal_mode = WAL"), timeout)
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    _when_unlocked(lambda: _migrate(conn), timeout)
    return conn


def ranked_hits(rows: dict[int, dict[str, Any]], rowids: list[int],
                scores: dict[int, float]) -> list[dict[str, Any]]:
    """Hit rows (keyed by statement rowid) in ranking order, each with its fused score."""
    out = []
    for rid in rowids:
        if rid in rows:
            h = rows[rid]
            h.pop("rowid")
            h["score"] = round(scores[rid], 6)
            out.append(h)
    return out


def _phrase(word: str) -> str:
    """One FTS5 phrase for a query word: quoted, so no FTS5 operator comes from users."""
    return '"' + word.replace('"', "") + '"'


def _when_unlocked(step, timeout: float):
    """Run `step`, retrying while another process holds the lock. Switching a new database to
    WAL takes an exclusive lock that SQLite's busy handler does not wait for, so two processes
    opening one new file at once would otherwise fail with "database is locked"."""
    deadline = time.monotonic() + timeout
    delay = 0.02
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # re-check inside the lock: another process may have migrated meanwhile
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("ROLLBACK")
                continue
            for statement in _split_sql(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf = [], []
    for line in script.strip().splitlines():
        buf.append(line)
        chunk = "\n".join(buf).strip()
        if chunk.endswith(";") and sqlite3.complete_statement(chunk):
            out.append(chunk)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf))
    return out


class Store:
    """Thin query/write layer over one SQLite file."""

    def __init__(self, path: str | Path = "committee_memory.db"):
        self.path = str(path)
        self.conn = connect(self.path)
        self._counts: dict[tuple[str, int], int] = {}  # (word, cap) -> statements holding it
        self._counts_marks: tuple | None = None

    @property
    def files_dir(self) -> Path:
        """Content-addressed copies of stored source files (named by sha256, never by upload name)."""
        return Path(self.path + ".files")

    def keep_source(self, src: str | Path, sha256: str, suffix: str) -> Path:
        """Copy a source file into the store's file area (atomically; idempotent)."""
        import os
        import shutil
        self.files_dir.mkdir(parents=True, exist_ok=True)
        dest = self.files_dir / f"{sha256}{suffix.lower()}"
        if not dest.exists():
            tmp = dest.with_suffix(dest.suffix + ".part")
            shutil.copyfile(src, tmp)
            os.replace(tmp, dest)
        return dest

    def source_path(self, sha256: str) -> Path | None:
        """The stored copy of a source file, if kept."""
        if not self.files_dir.is_dir():
            return None
        hits = sorted(self.files_dir.glob(f"{sha256}.*"))
        return next((h for h in hits if not h.name.endswith(".part")), None)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # ---- documents -------------------------------------------------------------------------
    def has_document(self, sha256: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def save_document(self, doc: Document, meetings: list[Meeting]) -> None:
        """Store one source file with everything extracted from it, atomically.

        Earlier rows for the same sha256, or for the same path with other content, are replaced.
        """
        with self.transaction() as c:
            if doc.replaces_path:
                c.execute("DELETE FROM documents WHERE sha256 = ? OR path = ?",
                          (doc.sha256, doc.path))
            else:  # an upload: its name is only a label, two uploads may share it
                c.execute("DELETE FROM documents WHERE sha256 = ?", (doc.sha256,))
            c.execute(
                "INSERT INTO documents (sha256, path, pages, kind, backend, warnings,"
                " ingested_at, size, mtime_ns) VALUES (?,?,?,?,?,?,?,?,?)",
                (doc.sha256, doc.path, doc.pages, doc.kind, doc.backend,
                 json.dumps(doc.warnings), time.time(), doc.size, doc.mtime_ns))
            c.execute("DELETE FROM failures WHERE path = ?", (doc.path,))
            for m_seq, m in enumerate(meetings):
                c.execute(
                    "INSERT INTO meetings VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (m.id, doc.sha256, m.body, m.date, m.title, m.venue, m.source_file, m.pages,
                     m.page_start, m.page_end, m_seq))
                c.executemany(
                    "INSERT INTO attendees VALUES (?,?,?,?,?,?)",
                    [(m.id, i, a.name, a.role, a.initials, a.status)
                     for i, a in enumerate(m.attendees)])
                for item in m.items:
                    c.execute(
                        "INSERT INTO items (id, meeting_id, seq, number, title, page_start,"
                        " page_end, text, file_id, opening) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (item.id, m.id, item.seq, item.number, item.title, item.page_start,
                         item.page_end, item.text, item.file_id, int(item.opening)))
                    c.executemany(
                        "INSERT INTO statements (id, item_id, meeting_id, seq, type, text, page,"
                        " speaker, outcome, owner, due, generator, score)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        [(s.id, item.id, m.id, s.seq, s.type, s.text, s.page, s.speaker,
                          s.outcome, s.owner, s.due, s.generator, s.score)
                         for s in item.statements])
            # vectors the worker computed with the file (a cache: an existing one is kept)
            c.executemany("INSERT OR IGNORE INTO embeddings VALUES (?,?,?,?)", doc.embeddings)

    def set_bodies(self, bodies: dict[str, str]) -> None:
        """Rename meetings' bodies ({meeting_id: body}), as `bodies.canonical_bodies` resolves them."""
        if bodies:
            with self.transaction() as c:
                c.executemany("UPDATE meetings SET body = ? WHERE id = ?",
                              [(b, mid) for mid, b in bodies.items()])

    def known_file(self, path: str, size: int, mtime_ns: int) -> bool:
        """Is this exact file (same path, size and modification time) stored already?"""
        return self.conn.execute(
            "SELECT 1 FROM documents WHERE path = ? AND size = ? AND mtime_ns = ?",
            (path, size, mtime_ns)).fetchone() is not None

    def known_failure(self, path: str, size: int, mtime_ns: int, version: str) -> str | None:
        """The reason an unchanged file failed before with this version, if it did."""
        r = self.conn.execute(
            "SELECT reason FROM failures WHERE path = ? AND size = ? AND mtime_ns = ?"
            " AND version = ?", (path, size, mtime_ns, version)).fetchone()
        return r[0] if r else None

    def record_failure(self, path: str, size: int, mtime_ns: int, version: str,
                       reason: str) -> None:
        with self.transaction() as c:
            c.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?,?,?,?)",
                      (path, size, mtime_ns, version, reason, time.time()))

    def documents(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM documents ORDER BY path")]

    # ---- reading ---------------------------------------------------------------------------
    def meetings(self, body: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT m.*, (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) AS n_items,"
               " (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id) AS n_attendees,"
               " (SELECT count(*) FROM statements s WHERE s.meeting_id = m.id) AS n_statements"
               " FROM meetings m")
        args: tuple = ()
        if body:
            sql += " WHERE m.body = ?"
            args = (body,)
        sql += " ORDER BY m.body, m.date, m.seq"
        return [dict(r) for r in self.conn.execute(sql, args)]

    def attendees(self, meeting_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT name, role, initials, status FROM attendees WHERE meeting_id = ? ORDER BY seq",
            (meeting_id,))]

    def items(self, meeting_id: str) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(
            "SELECT * FROM items WHERE meeting_id = ? ORDER BY seq", (meeting_id,))]

    def statements(self, *, item_id: str | None = None, type: str | None = None,
                   body: str | None = None, since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT s.*, m.body, m.date, m.source_file, i.number AS item_number,"
               " i.title AS item_title FROM statements s JOIN items i ON i.id = s.item_id"
               " JOIN meetings m ON m.id = s.meeting_id WHERE 1=1")
        args: list[Any] = []
        for clause, value in (("s.item_id = ?", item_id), ("s.type = ?", type),
                              ("m.body = ?", body), ("m.date >= ?", since),
                              ("m.date <= ?", until)):
            if value:
                sql += f" AND {clause}"
                args.append(value)
        sql += " ORDER BY m.date, m.seq, i.seq, s.seq"
        return [dict(r) for r in self.conn.execute(sql, args)]

    # ---- search support (the query layer calls these; other backends implement the same) ----
    def stamp(self) -> tuple:
        """Changes whenever statements or embeddings change (cache key for in-memory indexes)."""
        r = self.conn.execute("SELECT count(*), coalesce(max(rowid), 0) FROM statements").fetchone()
        e = self.conn.execute("SELECT count(*) FROM embeddings").fetchone()
        return (self.path, r[0], r[1], e[0])

    def statement_texts(self) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self.conn.execute(
            "SELECT rowid, text FROM statements ORDER BY rowid")]

    @staticmethod
    def _filters(body=None, since=None, until=None, type=None) -> tuple[str, list]:
        sql, args = "", []
        for clause, value in (("m.body = ?", body), ("m.date >= ?", since),
                              ("m.date <= ?", until), ("s.type = ?", type)):
            if value:
                sql += f" AND {clause}"
                args.append(value)
        return sql, args

    def lexical_search(self, words: list[str], limit: int, **filters) -> list[int]:
        """Statement rowids ranked by BM25 (FTS5) for `words`: AND first, then OR over the
        rarer words, within a work budget (lexical.py)."""
        return lexical.search(self, words, limit, **filters)

    def doc_counts(self, words: list[str], cap: int) -> dict[str, int]:
        """How many statements hold each word (stemmed as FTS5 does), counted up to `cap`;
        remembered until the database changes."""
        marks = self.conn.execute("PRAGMA data_version").fetchone()[0], self.conn.total_changes
        if self._counts_marks != marks:
            self._counts, self._counts_marks = {}, marks
        out = {}
        for w in words:
            n = self._counts.get((w, cap))
            if n is None:
                n = self._counts[(w, cap)] = self.conn.execute(
                    "SELECT count(*) FROM (SELECT rowid FROM statements_fts"
                    " WHERE statements_fts MATCH ? LIMIT ?)", (_phrase(w), cap)).fetchone()[0]
            out[w] = n
        return out

    def ranked_match(self, words: list[str], all_words: bool, limit: int,
                     **filters) -> list[int]:
        """Statement rowids holding all (or any) of `words`, best BM25 first. Without filters
        FTS5 answers alone (no join per matching row)."""
        return self._match(words, " AND " if all_words else " OR ", "rank",
                           "bm25(statements_fts)", limit, filters)

    def newest_match(self, words: list[str], limit: int, **filters) -> list[int]:
        """Statement rowids holding all of `words`, newest first (no ranking: cheap for any
        number of matches)."""
        return self._match(words, " AND ", "rowid DESC", "f.rowid DESC", limit, filters)

    def _match(self, words: list[str], op: str, order: str, joined_order: str, limit: int,
               filters: dict) -> list[int]:
        """`words` joined by `op` in the text index, ordered by `order` (by `joined_order` when
        a filter joins statements and meetings)."""
        match = op.join(_phrase(w) for w in words)
        where, args = self._filters(**filters)
        if not where:
            return [r[0] for r in self.conn.execute(
                "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
                f" ORDER BY {order} LIMIT ?", (match, limit))]
        return [r[0] for r in self.conn.execute(
            "SELECT s.rowid FROM statements_fts f JOIN statements s ON s.rowid = f.rowid"
            " JOIN meetings m ON m.id = s.meeting_id"
            f" WHERE statements_fts MATCH ? {where} ORDER BY {joined_order} LIMIT ?",
            [match, *args, limit])]

    def filtered_rowids(self, **filters) -> set[int]:
        where, args = self._filters(**filters)
        return {r[0] for r in self.conn.execute(
            "SELECT s.rowid FROM statements s JOIN meetings m ON m.id = s.meeting_id"
            f" WHERE 1=1 {where}", args)}

    def count_filtered(self, cap: int, **filters) -> int:
        """How many statements pass the filters, counted up to `cap`."""
        where, args = self._filters(**filters)
        return self.conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM statements s JOIN meetings m"
            f" ON m.id = s.meeting_id WHERE 1=1 {where} LIMIT ?)", [*args, cap]).fetchone()[0]

    def keep_rowids(self, rowids: list[int], **filters) -> set[int]:
        """Those of `rowids` whose statements pass the filters."""
        where, args = self._filters(**filters)
        return {r[0] for r in self.conn.execute(
            "SELECT s.rowid FROM statements s JOIN meetings m ON m.id = s.meeting_id"
            f" WHERE s.rowid IN (SELECT value FROM json_each(?)) {where}",
            [json.dumps([int(r) for r in rowids]), *args])}

    def hits(self, rowids: list[int], scores: dict[int, float]) -> list[dict[str, Any]]:
        """Search hits for statement rowids, in the given order, with citation fields."""
        if not rowids:
            return []
        marks = ",".join("?" * len(rowids))
        rows = {r["rowid"]: dict(r) for r in self.conn.execute(
            "SELECT s.rowid, s.id AS statement_id, s.text, s.type, s.page, s.speaker, s.outcome,"
            " s.owner, s.item_id, m.id AS meeting_id, m.date, m.body, m.source_file,"
            " i.number AS item_number, i.title AS item_title,"
            " (SELECT thread_id FROM thread_items ti WHERE ti.item_id = s.item_id LIMIT 1)"
            " AS thread_id FROM statements s JOIN items i ON i.id = s.item_id"
            f" JOIN meetings m ON m.id = s.meeting_id WHERE s.rowid IN ({marks})", rowids)}
        return ranked_hits(rows, rowids, scores)

    def bodies(self) -> list[str]:
        return [r[0] for r in self.conn.execute(
            "SELECT DISTINCT body FROM meetings ORDER BY body")]

    # ---- embeddings cache ------------------------------------------------------------------
    def get_embeddings(self, hashes: Iterable[str], model: str) -> dict[str, bytes]:
        hashes = list(hashes)
        out: dict[str, bytes] = {}
        for start in range(0, len(hashes), 500):
            chunk = hashes[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f"SELECT text_hash, vec FROM embeddings WHERE model = ? AND text_hash IN ({marks})",
                    [model, *chunk]):
                out[r[0]] = r[1]
        return out

    def put_embeddings(self, rows: Iterable[tuple[str, str, int, bytes]]) -> None:
        with self.transaction() as c:
            c.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?,?)", list(rows))

    # ---- derived records -------------------------------------------------------------------
    def replace_derived(self, threads: list[Thread], links: list[tuple[str, str, str, float]],
                        findings: list[Finding], thread_data: dict[str, dict] | None = None,
                        tracked: list | None = None) -> None:
        """Replace all threads, statement links, findings and tracked actions (`tracker.
        TrackedAction`) in one transaction."""
        thread_data = thread_data or {}
        with self.transaction() as c:
            for table in ("threads", "thread_items", "statement_links", "findings", "tracker"):
                c.execute(f"DELETE FROM {table}")
            c.executemany(f"INSERT INTO tracker VALUES ({','.join('?' * len(TRACKER_COLUMNS))})",
                          tracker_values(tracked or []))
            for t in threads:
                c.execute("INSERT INTO threads VALUES (?,?,?)",
                          (t.id, t.label, json.dumps(thread_data.get(t.id, {}))))
                c.executemany("INSERT INTO thread_items VALUES (?,?,?)",
                              [(t.id, item_id, i) for i, item_id in enumerate(t.item_ids)])
            c.executemany("INSERT OR REPLACE INTO statement_links VALUES (?,?,?,?)", links)
            c.executemany(
                "INSERT INTO findings VALUES (?,?,?,?,?,?,?,?,?)",
                [(f.id, f.kind, f.thread_id, f.summary, f.score, f.status,
                  json.dumps(f.statement_ids),
                  json.dumps([e.__dict__ for e in f.evidence]), json.dumps(f.data))
                 for f in findings])

    def threads(self) -> list[dict[str, Any]]:
        rows = [dict(r) for r in self.conn.execute("SELECT * FROM threads ORDER BY id")]
        members: dict[str, list[str]] = {}
        for r in self.conn.execute("SELECT thread_id, item_id FROM thread_items ORDER BY seq"):
            members.setdefault(r[0], []).append(r[1])
        for t in rows:
            t["item_ids"] = members.get(t["id"], [])
            t["data"] = json.loads(t["data"] or "{}")
        return rows

    def links(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute("SELECT * FROM statement_links")]

    def tracker(self, *, status: str | None = None, body: str | None = None,
                owner: str | None = None) -> list[dict[str, Any]]:
        """Tracked actions with their statement's text, page, item and source file, oldest first."""
        where, args = tracker_filters(status, body, owner)
        return tracker_rows(self.conn.execute(
            f"{TRACKER_SELECT} WHERE 1=1 {where} ORDER BY t.date, m.seq, i.seq, s.seq", args))

    def findings(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM findings", ()
        if kind:
            sql, args = sql + " WHERE kind = ?", (kind,)
        out = []
        for r in self.conn.execute(sql + " ORDER BY score DESC, id", args):
            d = dict(r)
            for key in ("statement_ids", "evidence", "data"):
                d[key] = json.loads(d[key] or "null")
            out.append(d)
        return out
