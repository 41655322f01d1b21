"""PostgreSQL store: the backend past one machine, behind the same public methods as `store.Store`.

Contract (the same as the SQLite store): each source file is written in one transaction, files are
identified by sha256 (unchanged: skipped; changed at the same path: its rows replaced), derived
records are replaced together by `replace_derived`, records cross the boundary as plain dicts.
Writers are serialised by a transaction-scoped advisory lock, as SQLite's BEGIN IMMEDIATE does.

PostgreSQL's own full-text search ranks the lexical side (an expression GIN index on
`to_tsvector('english', text)`, queried as lexical.py plans: the rarer words AND-ed, then OR-ed);
vectors are kept as bytea and searched
by the in-process index of `query.vector_index` (pgvector is not packaged here). Source copies are
kept in the database too, so every machine of a cluster can show them; `source_path` writes a local
cached copy under `path` (this database's cache folder on this machine, see `PgStore.__init__`). Text columns use the "C" collation and ORDER BY states NULLS FIRST/LAST, so listings and
exports come out in the same order as from SQLite.

`conn` is an adapter for the few modules that send their own SQL: `?` placeholders are accepted and
rows index by position and by name (`r[0]`, `r["id"]`, `dict(r)`), as sqlite3.Row does.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .records import Document, Finding, Meeting, Thread
from .store import TRACKER_COLUMNS, TRACKER_SELECT, tracker_filters, tracker_rows, tracker_values

__all__ = ["PgStore", "MIGRATIONS", "Row", "translate", "ts_terms"]

# one key for every writer of one database (pg_advisory_xact_lock takes a bigint)
_WRITE_LOCK = 0x434D5354  # "CMST"
_MIGRATE_LOCK = 0x434D4D47  # "CMMG"

MIGRATIONS: list[str] = [
    # 1: the spine (as store.py migration 1; FTS is an expression index, not a shadow table)
    """
    CREATE DOMAIN ctext AS TEXT COLLATE "C";
    CREATE TABLE documents (
        sha256 ctext PRIMARY KEY, path ctext NOT NULL, pages INTEGER, kind ctext, backend ctext,
        warnings ctext DEFAULT '[]', ingested_at DOUBLE PRECISION, size BIGINT DEFAULT 0,
        mtime_ns BIGINT DEFAULT 0
    );
    CREATE INDEX documents_path ON documents(path);
    CREATE TABLE meetings (
        id ctext PRIMARY KEY, sha256 ctext NOT NULL REFERENCES documents(sha256) ON DELETE CASCADE,
        body ctext, date ctext, title ctext, venue ctext, source_file ctext, pages INTEGER,
        page_start INTEGER, page_end INTEGER, seq INTEGER
    );
    CREATE INDEX meetings_body_date ON meetings(body, date);
    CREATE INDEX meetings_sha256 ON meetings(sha256);
    CREATE TABLE attendees (
        meeting_id ctext NOT NULL REFERENCES meetings(id) ON DELETE CASCADE, seq INTEGER,
        name ctext, role ctext, initials ctext, status ctext
    );
    CREATE INDEX attendees_meeting ON attendees(meeting_id);
    CREATE TABLE items (
        id ctext PRIMARY KEY, meeting_id ctext NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        seq INTEGER, number ctext, title ctext, page_start INTEGER, page_end INTEGER, text ctext,
        file_id ctext
    );
    CREATE INDEX items_meeting ON items(meeting_id);
    CREATE TABLE statements (
        rowid BIGSERIAL PRIMARY KEY, id ctext UNIQUE NOT NULL,
        item_id ctext NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        meeting_id ctext NOT NULL, seq INTEGER, type ctext, text ctext, page INTEGER, speaker ctext,
        outcome ctext, owner ctext, due ctext, generator ctext, score DOUBLE PRECISION
    );
    CREATE INDEX statements_item ON statements(item_id);
    CREATE INDEX statements_meeting ON statements(meeting_id);
    CREATE INDEX statements_type ON statements(type);
    CREATE INDEX statements_fts ON statements
        USING GIN (to_tsvector('english'::regconfig, coalesce(text, '')));
    """,
    # 2: vectors (cached by text hash), threads, links, findings (as store.py migration 2)
    """
    CREATE TABLE embeddings (
        text_hash ctext NOT NULL, model ctext NOT NULL, dim INTEGER, vec BYTEA,
        PRIMARY KEY (text_hash, model)
    );
    CREATE TABLE threads (id ctext PRIMARY KEY, label ctext, data ctext DEFAULT '{}');
    CREATE TABLE thread_items (
        thread_id ctext NOT NULL, item_id ctext NOT NULL, seq INTEGER,
        PRIMARY KEY (thread_id, item_id)
    );
    CREATE INDEX thread_items_item ON thread_items(item_id);
    CREATE TABLE statement_links (
        src ctext NOT NULL, dst ctext NOT NULL, kind ctext NOT NULL, score DOUBLE PRECISION,
        PRIMARY KEY (src, dst, kind)
    );
    CREATE TABLE findings (
        id ctext PRIMARY KEY, kind ctext, thread_id ctext, summary ctext, score DOUBLE PRECISION,
        status ctext, statement_ids ctext DEFAULT '[]', evidence ctext DEFAULT '[]',
        data ctext DEFAULT '{}'
    );
    CREATE INDEX findings_kind ON findings(kind);
    """,
    # 3: failures remembered (as store.py migration 3); source copies in the database, so any
    # machine of a cluster can show them; an id telling this database from a re-created one
    """
    CREATE TABLE failures (
        path ctext PRIMARY KEY, size BIGINT, mtime_ns BIGINT, version ctext, reason ctext,
        at DOUBLE PRECISION
    );
    CREATE TABLE sources (sha256 ctext PRIMARY KEY, suffix ctext NOT NULL, data BYTEA NOT NULL);
    CREATE TABLE store_info (id ctext NOT NULL);
    INSERT INTO store_info SELECT md5(random()::text || clock_timestamp()::text);
    """,
    # 4: the action tracker (as store.py migration 5)
    """
    CREATE TABLE tracker (
        statement_id ctext PRIMARY KEY, kind ctext, status ctext, body ctext, meeting_id ctext,
        date ctext, owner ctext, due ctext, due_date ctext, age_days INTEGER,
        later_meetings INTEGER, last_reported_meeting_id ctext, reason ctext,
        followup_statement_ids ctext DEFAULT '[]', followups ctext DEFAULT '[]'
    );
    CREATE INDEX tracker_status ON tracker(status);
    """,
    # 5: opening items (as store.py migration 6)
    """
    ALTER TABLE items ADD COLUMN opening INTEGER DEFAULT 0;
    """,
]

# the expression the GIN index covers; queries must repeat it exactly for the index to be used
_TSV = "to_tsvector('english'::regconfig, coalesce(s.text, ''))"


def _psycopg():
    try:
        import psycopg
    except ImportError:
        raise ImportError("a postgresql:// store needs psycopg 3: "
                          "pip install -e '.[scale]'  (psycopg[binary]>=3.1)") from None
    return psycopg


class Row(tuple):
    """A result row indexable by position and by column name, like sqlite3.Row."""

    __slots__ = ()
    _names: tuple[str, ...] = ()
    _index: dict[str, int] = {}

    def __getitem__(self, key):
        if isinstance(key, str):
            return tuple.__getitem__(self, self._index[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor):
    """psycopg row factory: one Row subclass per result shape, carrying its column names."""
    names = tuple(c.name for c in cursor.description or ())
    cls = type("Row", (Row,), {"__slots__": (), "_names": names,
                               "_index": {n: i for i, n in reversed(list(enumerate(names)))}})
    return lambda values: cls(values)


_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def translate(sql: str) -> str:
    """sqlite-style `?` placeholders (outside quotes) to psycopg's `%s`; every literal `%` to `%%`
    (psycopg reads `%` even inside quoted strings)."""
    return _TOKEN.sub(lambda m: {"?": "%s"}.get(m.group(0), m.group(0).replace("%", "%%")), sql)


class Connection:
    """The part of sqlite3.Connection the query layer uses, over one psycopg connection."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, sql: str, params: Iterable[Any] = ()):
        return self.raw.execute(translate(sql), list(params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]):
        rows = [list(r) for r in rows]
        cur = self.raw.cursor()
        if rows:
            cur.executemany(translate(sql), rows)
        return cur

    def close(self) -> None:
        self.raw.close()


def _cache_base(dsn: str, store_id: str) -> Path:
    """This machine's cache folder for one database (`$COMMITTEE_MEMORY_CACHE`, else
    ~/.cache/committee-memory); named by the URL and the database's id, so a re-created database
    never meets the caches of the old one."""
    root = os.environ.get("COMMITTEE_MEMORY_CACHE") or Path.home() / ".cache" / "committee-memory"
    return Path(root) / f"pg-{hashlib.sha256(dsn.encode()).hexdigest()[:12]}-{store_id[:12]}"


class PgStore:
    """Thin query/write layer over one PostgreSQL database (same public methods as `Store`)."""

    def __init__(self, dsn: str):
        psycopg = _psycopg()
        self.dsn = str(dsn)
        raw = psycopg.connect(self.dsn, autocommit=True, row_factory=_row_factory)
        self.conn = Connection(raw)
        _migrate(raw)
        store_id = raw.execute("SELECT id FROM store_info").fetchone()[0]
        # `path` names this database on this machine: the base of its local caches (source
        # copies in `path.files`, the vector index in `path.vindex`) and the query cache's key
        self.path = str(_cache_base(self.dsn, store_id) / "store")

    @property
    def files_dir(self) -> Path:
        """Local copies of the kept source files (the database holds the originals)."""
        return Path(self.path + ".files")

    def keep_source(self, src: str | Path, sha256: str, suffix: str) -> Path:
        """Keep a source file's bytes in the database (idempotent); returns the local copy."""
        data = Path(src).read_bytes()
        with self.transaction():
            self.conn.raw.execute(
                "INSERT INTO sources VALUES (%s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
                (sha256, suffix.lower(), data))
        return self._cache_copy(sha256, suffix.lower(), data)

    def source_path(self, sha256: str) -> Path | None:
        """A local copy of a kept source file (written from the database on first use)."""
        if self.files_dir.is_dir():
            hits = sorted(p for p in self.files_dir.glob(f"{sha256}.*")
                          if not p.name.endswith(".part"))
            if hits:
                return hits[0]
        r = self.conn.raw.execute("SELECT suffix, data FROM sources WHERE sha256 = %s",
                                  (sha256,)).fetchone()
        return self._cache_copy(sha256, r[0], r[1]) if r else None

    def _cache_copy(self, sha256: str, suffix: str, data: bytes) -> Path:
        self.files_dir.mkdir(parents=True, exist_ok=True)
        dest = self.files_dir / f"{sha256}{suffix}"
        if not dest.exists():
            tmp = dest.with_name(f"{dest.name}.{os.getpid()}.part")
            tmp.write_bytes(data)
            os.replace(tmp, dest)
        return dest

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One write transaction; writers of the same database queue on one advisory lock."""
        raw = self.conn.raw
        if raw.info.transaction_status != 0:  # already inside one (nested use)
            with raw.transaction():
                yield self.conn
            return
        with raw.transaction():
            raw.execute("SELECT pg_advisory_xact_lock(%s)", (_WRITE_LOCK,))
            yield self.conn

    # ---- documents -------------------------------------------------------------------------
    def has_document(self, sha256: str) -> bool:
        return self.conn.raw.execute(
            "SELECT 1 FROM documents WHERE sha256 = %s", (sha256,)).fetchone() is not None

    def save_document(self, doc: Document, meetings: list[Meeting]) -> None:
        """Store one source file with everything extracted from it, atomically.

        Earlier rows for the same sha256, or for the same path with other content, are replaced.
        """
        with self.transaction():
            c = self.conn.raw.cursor()
            if doc.replaces_path:
                c.execute("DELETE FROM documents WHERE sha256 = %s OR path = %s",
                          (doc.sha256, doc.path))
            else:  # an upload: its name is only a label, two uploads may share it
                c.execute("DELETE FROM documents WHERE sha256 = %s", (doc.sha256,))
            c.execute("INSERT INTO documents (sha256, path, pages, kind, backend, warnings,"
                      " ingested_at, size, mtime_ns) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                      (doc.sha256, doc.path, doc.pages, doc.kind, doc.backend,
                       json.dumps(doc.warnings), time.time(), doc.size, doc.mtime_ns))
            c.execute("DELETE FROM failures WHERE path = %s", (doc.path,))
            for m_seq, m in enumerate(meetings):
                c.execute("INSERT INTO meetings VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                          (m.id, doc.sha256, m.body, m.date, m.title, m.venue, m.source_file,
                           m.pages, m.page_start, m.page_end, m_seq))
                _many(c, "INSERT INTO attendees VALUES (%s,%s,%s,%s,%s,%s)",
                      [(m.id, i, a.name, a.role, a.initials, a.status)
                       for i, a in enumerate(m.attendees)])
                _many(c, "INSERT INTO items (id, meeting_id, seq, number, title, page_start,"
                         " page_end, text, file_id, opening) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                      [(it.id, m.id, it.seq, it.number, it.title, it.page_start, it.page_end,
                        it.text, it.file_id, int(it.opening)) for it in m.items])
                _many(c, "INSERT INTO statements (id, item_id, meeting_id, seq, type, text, page,"
                         " speaker, outcome, owner, due, generator, score)"
                         " VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                      [(s.id, it.id, m.id, s.seq, s.type, s.text, s.page, s.speaker, s.outcome,
                        s.owner, s.due, s.generator, s.score)
                       for it in m.items for s in it.statements])
            # vectors the worker computed with the file (a cache: an existing one is kept)
            _many(c, "INSERT INTO embeddings VALUES (%s,%s,%s,%s)"
                     " ON CONFLICT (text_hash, model) DO NOTHING", doc.embeddings)

    def set_bodies(self, bodies: dict[str, str]) -> None:
        """Rename meetings' bodies ({meeting_id: body}), as `bodies.canonical_bodies` resolves them."""
        if bodies:
            with self.transaction():
                _many(self.conn.raw.cursor(), "UPDATE meetings SET body = %s WHERE id = %s",
                      [(b, mid) for mid, b in bodies.items()])

    def known_file(self, path: str, size: int, mtime_ns: int) -> bool:
        """Is this exact file (same path, size and modification time) stored already?"""
        return self.conn.raw.execute(
            "SELECT 1 FROM documents WHERE path = %s AND size = %s AND mtime_ns = %s",
            (path, size, mtime_ns)).fetchone() is not None

    def known_failure(self, path: str, size: int, mtime_ns: int, version: str) -> str | None:
        """The reason an unchanged file failed before with this version, if it did."""
        r = self.conn.raw.execute(
            "SELECT reason FROM failures WHERE path = %s AND size = %s AND mtime_ns = %s"
            " AND version = %s", (path, size, mtime_ns, version)).fetchone()
        return r[0] if r else None

    def record_failure(self, path: str, size: int, mtime_ns: int, version: str,
                       reason: str) -> None:
        with self.transaction():
            self.conn.raw.execute(
                "INSERT INTO failures VALUES (%s,%s,%s,%s,%s,%s) ON CONFLICT (path) DO UPDATE"
                " SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
                " version = excluded.version, reason = excluded.reason, at = excluded.at",
                (path, size, mtime_ns, version, reason, time.time()))

    def documents(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM documents ORDER BY path")

    # ---- reading ---------------------------------------------------------------------------
    def meetings(self, body: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT m.*, (SELECT count(*) FROM items i WHERE i.meeting_id = m.id) AS n_items,"
               " (SELECT count(*) FROM attendees a WHERE a.meeting_id = m.id) AS n_attendees,"
               " (SELECT count(*) FROM statements s WHERE s.meeting_id = m.id) AS n_statements"
               " FROM meetings m")
        args: tuple = ()
        if body:
            sql += " WHERE m.body = %s"
            args = (body,)
        sql += " ORDER BY m.body NULLS FIRST, m.date NULLS FIRST, m.seq NULLS FIRST"
        return self._dicts(sql, args)

    def attendees(self, meeting_id: str) -> list[dict[str, Any]]:
        return self._dicts("SELECT name, role, initials, status FROM attendees"
                           " WHERE meeting_id = %s ORDER BY seq NULLS FIRST", (meeting_id,))

    def items(self, meeting_id: str) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM items WHERE meeting_id = %s ORDER BY seq NULLS FIRST",
                           (meeting_id,))

    def statements(self, *, item_id: str | None = None, type: str | None = None,
                   body: str | None = None, since: str | None = None,
                   until: str | None = None) -> list[dict[str, Any]]:
        sql = ("SELECT s.*, m.body, m.date, m.source_file, i.number AS item_number,"
               " i.title AS item_title FROM statements s JOIN items i ON i.id = s.item_id"
               " JOIN meetings m ON m.id = s.meeting_id WHERE 1=1")
        args: list[Any] = []
        for clause, value in (("s.item_id = %s", item_id), ("s.type = %s", type),
                              ("m.body = %s", body), ("m.date >= %s", since),
                              ("m.date <= %s", until)):
            if value:
                sql += f" AND {clause}"
                args.append(value)
        sql += (" ORDER BY m.date NULLS FIRST, m.seq NULLS FIRST, i.seq NULLS FIRST,"
                " s.seq NULLS FIRST, s.rowid")
        return self._dicts(sql, args)

    def bodies(self) -> list[str]:
        return [r[0] for r in self.conn.raw.execute(
            "SELECT DISTINCT body FROM meetings ORDER BY body NULLS FIRST")]

    # ---- search support (called by the query layer, as for the SQLite store) ---------------
    def stamp(self) -> tuple:
        """Changes whenever statements or embeddings change (cache key for in-memory indexes)."""
        r = self.conn.raw.execute(
            "SELECT count(*), coalesce(max(rowid), 0) FROM statements").fetchone()
        e = self.conn.raw.execute("SELECT count(*) FROM embeddings").fetchone()
        return (self.path, r[0], r[1], e[0])

    def statement_texts(self) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self.conn.raw.execute(
            "SELECT rowid, text FROM statements ORDER BY rowid")]

    @staticmethod
    def _filters(**filters) -> tuple[str, list]:
        from .store import Store  # the same filters as SQLite, in psycopg's placeholder style
        sql, args = Store._filters(**filters)
        return sql.replace("?", "%s"), args

    def lexical_search(self, words: list[str], limit: int, **filters) -> list[int]:
        """Statement rowids ranked by PostgreSQL full-text rank (ts_rank_cd) for `words`: AND
        first, then OR over the rarer words, within a work budget (lexical.py)."""
        from . import lexical
        return lexical.search(self, words, limit, **filters)

    def doc_counts(self, words: list[str], cap: int) -> dict[str, int]:
        """How many statements hold each word (as the text index stems it), counted up to `cap`."""
        out = {}
        for w in words:
            terms = ts_terms([w], "&")
            out[w] = 0 if not terms else self.conn.raw.execute(
                "SELECT count(*) FROM (SELECT 1 FROM statements s"
                f" WHERE {_TSV} @@ to_tsquery('english'::regconfig, %s) LIMIT %s) x",
                (terms, cap)).fetchone()[0]
        return out

    def _match(self, words: list[str], op: str, order: str, limit: int, filters) -> list[int]:
        terms = f" {op} ".join(f"({t})" for t in (ts_terms([w], "&") for w in words) if t)
        if not terms:
            return []
        where, args = self._filters(**filters)
        join = " JOIN meetings m ON m.id = s.meeting_id" if where else ""
        return [r[0] for r in self.conn.raw.execute(
            f"SELECT s.rowid FROM statements s{join}, to_tsquery('english'::regconfig, %s) q"
            f" WHERE {_TSV} @@ q {where} ORDER BY {order} LIMIT %s", [terms, *args, limit])]

    def ranked_match(self, words: list[str], all_words: bool, limit: int,
                     **filters) -> list[int]:
        """Statement rowids holding all (or any) of `words`, best ts_rank_cd first; meetings
        are joined only when a filter needs them."""
        return self._match(words, "&" if all_words else "|",
                           f"ts_rank_cd({_TSV}, q, 1) DESC, s.rowid", limit, filters)

    def newest_match(self, words: list[str], limit: int, **filters) -> list[int]:
        """Statement rowids holding all of `words`, newest first (no ranking)."""
        return self._match(words, "&", "s.rowid DESC", limit, filters)

    def filtered_rowids(self, **filters) -> set[int]:
        where, args = self._filters(**filters)
        return {r[0] for r in self.conn.raw.execute(
            "SELECT s.rowid FROM statements s JOIN meetings m ON m.id = s.meeting_id"
            f" WHERE 1=1 {where}", args)}

    def count_filtered(self, cap: int, **filters) -> int:
        """How many statements pass the filters, counted up to `cap`."""
        where, args = self._filters(**filters)
        return self.conn.raw.execute(
            "SELECT count(*) FROM (SELECT 1 FROM statements s JOIN meetings m"
            f" ON m.id = s.meeting_id WHERE 1=1 {where} LIMIT %s) x", [*args, cap]).fetchone()[0]

    def keep_rowids(self, rowids: list[int], **filters) -> set[int]:
        """Those of `rowids` whose statements pass the filters."""
        where, args = self._filters(**filters)
        return {r[0] for r in self.conn.raw.execute(
            "SELECT s.rowid FROM statements s JOIN meetings m ON m.id = s.meeting_id"
            f" WHERE s.rowid = ANY(%s) {where}", [[int(r) for r in rowids], *args])}

    def hits(self, rowids: list[int], scores: dict[int, float]) -> list[dict[str, Any]]:
        """Search hits for statement rowids, in the given order, with citation fields."""
        if not rowids:
            return []
        rows = {r["rowid"]: dict(r) for r in self._rows(
            "SELECT s.rowid, s.id AS statement_id, s.text, s.type, s.page, s.speaker, s.outcome,"
            " s.owner, s.item_id, m.id AS meeting_id, m.date, m.body, m.source_file,"
            " i.number AS item_number, i.title AS item_title,"
            " (SELECT thread_id FROM thread_items ti WHERE ti.item_id = s.item_id"
            "  ORDER BY thread_id LIMIT 1) AS thread_id"
            " FROM statements s JOIN items i ON i.id = s.item_id"
            " JOIN meetings m ON m.id = s.meeting_id WHERE s.rowid = ANY(%s)", (list(rowids),))}
        from .store import ranked_hits  # the same ordering and scores as SQLite
        return ranked_hits(rows, rowids, scores)

    # ---- embeddings cache ------------------------------------------------------------------
    def get_embeddings(self, hashes: Iterable[str], model: str) -> dict[str, bytes]:
        hashes = list(hashes)
        out: dict[str, bytes] = {}
        for start in range(0, len(hashes), 5000):
            for r in self.conn.raw.execute(
                    "SELECT text_hash, vec FROM embeddings WHERE model = %s"
                    " AND text_hash = ANY(%s)", (model, hashes[start:start + 5000])):
                out[r[0]] = bytes(r[1])
        return out

    def put_embeddings(self, rows: Iterable[tuple[str, str, int, bytes]]) -> None:
        with self.transaction():
            _many(self.conn.raw.cursor(),
                  "INSERT INTO embeddings VALUES (%s,%s,%s,%s) ON CONFLICT (text_hash, model)"
                  " DO UPDATE SET dim = excluded.dim, vec = excluded.vec", list(rows))

    # ---- derived records -------------------------------------------------------------------
    def replace_derived(self, threads: list[Thread], links: list[tuple[str, str, str, float]],
                        findings: list[Finding], thread_data: dict[str, dict] | None = None,
                        tracked: list | None = None) -> None:
        """Replace all threads, statement links, findings and tracked actions in one
        transaction."""
        thread_data = thread_data or {}
        with self.transaction():
            c = self.conn.raw.cursor()
            for table in ("threads", "thread_items", "statement_links", "findings", "tracker"):
                c.execute(f"DELETE FROM {table}")
            _many(c, f"INSERT INTO tracker VALUES ({','.join(['%s'] * len(TRACKER_COLUMNS))})",
                  tracker_values(tracked or []))
            _many(c, "INSERT INTO threads VALUES (%s,%s,%s)",
                  [(t.id, t.label, json.dumps(thread_data.get(t.id, {}))) for t in threads])
            _many(c, "INSERT INTO thread_items VALUES (%s,%s,%s)",
                  [(t.id, item_id, i) for t in threads for i, item_id in enumerate(t.item_ids)])
            # the last of duplicate links wins, as INSERT OR REPLACE does in the SQLite store
            unique = {(s, d, k): (s, d, k, score) for s, d, k, score in links}
            _many(c, "INSERT INTO statement_links VALUES (%s,%s,%s,%s)", list(unique.values()))
            _many(c, "INSERT INTO findings VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                  [(f.id, f.kind, f.thread_id, f.summary, f.score, f.status,
                    json.dumps(f.statement_ids),
                    json.dumps([e.__dict__ for e in f.evidence]), json.dumps(f.data))
                   for f in findings])

    def threads(self) -> list[dict[str, Any]]:
        rows = self._dicts("SELECT * FROM threads ORDER BY id")
        members: dict[str, list[str]] = {}
        for r in self.conn.raw.execute(
                "SELECT thread_id, item_id FROM thread_items ORDER BY seq NULLS FIRST"):
            members.setdefault(r[0], []).append(r[1])
        for t in rows:
            t["item_ids"] = members.get(t["id"], [])
            t["data"] = json.loads(t["data"] or "{}")
        return rows

    def links(self) -> list[dict[str, Any]]:
        return self._dicts("SELECT * FROM statement_links ORDER BY src, dst, kind")

    def tracker(self, *, status: str | None = None, body: str | None = None,
                owner: str | None = None) -> list[dict[str, Any]]:
        """Tracked actions with their statement's text, page, item and source file, oldest first."""
        where, args = tracker_filters(status, body, owner)
        return tracker_rows(self.conn.execute(
            f"{TRACKER_SELECT} WHERE 1=1 {where} ORDER BY t.date NULLS FIRST, m.seq NULLS FIRST,"
            " i.seq NULLS FIRST, s.seq NULLS FIRST", args))

    def findings(self, kind: str | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM findings", ()
        if kind:
            sql, args = sql + " WHERE kind = %s", (kind,)
        out = self._dicts(sql + " ORDER BY score DESC NULLS LAST, id", args)
        for d in out:
            for key in ("statement_ids", "evidence", "data"):
                d[key] = json.loads(d[key] or "null")
        return out

    # ---- helpers ---------------------------------------------------------------------------
    def _rows(self, sql: str, args: Iterable[Any] = ()):
        return self.conn.raw.execute(sql, list(args))

    def _dicts(self, sql: str, args: Iterable[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows(sql, args)]


def _many(cursor, sql: str, rows: list) -> None:
    if rows:
        cursor.executemany(sql, rows)


def ts_terms(words: Iterable[str], op: str = "|") -> str:
    """A to_tsquery expression joining the words' pieces with `op` (| or &), each quoted (no
    operator injection)."""
    pieces = [p for w in words for p in re.findall(r"[^\W_]+", str(w).lower())]
    return f" {op} ".join(f"'{p}'" for p in dict.fromkeys(pieces))


def _migrate(raw) -> None:
    """Apply the numbered migrations not yet applied (schema_version holds the version reached)."""
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATE_LOCK,))
        raw.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        row = raw.execute("SELECT max(version) FROM schema_version").fetchone()
        version = row[0] or 0
        for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
            for statement in (s.strip() for s in script.split(";")):
                if statement:
                    raw.execute(statement)
            raw.execute("INSERT INTO schema_version VALUES (%s)", (number,))
