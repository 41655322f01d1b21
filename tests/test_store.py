import sqlite3

import pytest

from pipeline.records import Attendee, Document, Item, Meeting, Statement
from pipeline.store import MIGRATIONS, Store


def make(sha="a" * 64, path="x.pdf", n_items=2, text="The board approved the budget."):
    doc = Document(path=path, sha256=sha, pages=3, kind="born-digital", backend="test")
    m = Meeting(id=sha[:12] + "-0", body="Test Board", date="2020-01-02", title="Board",
                source_file=path, sha256=sha, pages=3,
                attendees=[Attendee("Ann Lee", "chair", "Chair", "AL")])
    for k in range(n_items):
        it = Item(id=f"{m.id}-{k}", meeting_id=m.id, number=str(k + 1), title=f"Item {k}",
                  page_start=1, page_end=2, text=text, seq=k)
        it.statements = [Statement(id=f"{it.id}-s0", item_id=it.id, type="decision", text=text,
                                   page=1, outcome="approved")]
        m.items.append(it)
    return doc, [m]


def test_migrations_reach_latest_version(fresh_store):
    assert fresh_store.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_reopening_does_not_migrate_twice(tmp_path):
    Store(tmp_path / "a.db").close()
    s = Store(tmp_path / "a.db")
    assert s.conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)


def test_save_and_read_back(fresh_store):
    fresh_store.save_document(*make())
    assert fresh_store.has_document("a" * 64)
    ms = fresh_store.meetings()
    assert [m["n_items"] for m in ms] == [2]
    assert fresh_store.attendees(ms[0]["id"])[0]["status"] == "chair"
    assert len(fresh_store.statements(type="decision")) == 2


def test_fts_index_follows_inserts_and_deletes(fresh_store):
    fresh_store.save_document(*make(text="Members raised concerns about parking."))
    q = "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH 'parking'"
    assert fresh_store.conn.execute(q).fetchone()[0] == 2
    # same path, new content: old rows replaced, index follows
    fresh_store.save_document(*make(sha="b" * 64, text="The budget was noted."))
    assert fresh_store.conn.execute(q).fetchone()[0] == 0
    assert not fresh_store.has_document("a" * 64)
    assert len(fresh_store.meetings()) == 1


def test_failed_write_leaves_nothing(fresh_store):
    doc, meetings = make()
    meetings[0].items[1].id = meetings[0].items[0].id  # duplicate primary key mid-file
    with pytest.raises(sqlite3.IntegrityError):
        fresh_store.save_document(doc, meetings)
    assert fresh_store.meetings() == []
    assert fresh_store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
    assert not fresh_store.has_document(doc.sha256)


def test_embedding_cache_round_trip(fresh_store):
    fresh_store.put_embeddings([("h1", "m", 2, b"\x00" * 8)])
    assert fresh_store.get_embeddings(["h1", "h2"], "m") == {"h1": b"\x00" * 8}
    assert fresh_store.get_embeddings(["h1"], "other") == {}


def test_uploads_with_the_same_name_do_not_replace_each_other(fresh_store):
    doc, meetings = make()
    doc.replaces_path = False
    fresh_store.save_document(doc, meetings)
    doc2, meetings2 = make(sha="c" * 64)
    doc2.replaces_path = False
    fresh_store.save_document(doc2, meetings2)
    assert fresh_store.has_document("a" * 64) and fresh_store.has_document("c" * 64)
    assert len(fresh_store.meetings()) == 2


def _open_and_close(path):
    Store(path).close()
    return True


def test_many_processes_opening_one_new_database_at_once(tmp_path):
    """Switching a new file to WAL takes a lock SQLite's busy handler does not wait for."""
    from concurrent.futures import ProcessPoolExecutor
    for trial in range(3):
        path = str(tmp_path / f"new{trial}.db")
        with ProcessPoolExecutor(max_workers=6) as pool:
            assert all(pool.map(_open_and_close, [path] * 6))
        s = Store(path)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        s.close()
