"""Both store backends behind one query layer: every test runs on SQLite and on PostgreSQL.

PostgreSQL tests need a server (scripts/services.sh starts one) and psycopg; they skip with the
reason otherwise. `CM_TEST_PG` names the database (default postgresql:///cm_test); each test gets
its own schema, dropped afterwards.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from urllib.parse import quote

import numpy as np
import pytest

from pipeline.records import Attendee, Document, Evidence, Finding, Item, Meeting, Statement, Thread
from pipeline.store import Store

PG_URL = os.environ.get("CM_TEST_PG", "postgresql:///cm_test")


def _pg_available() -> str:
    """'' when a PostgreSQL test database can be reached, else why not."""
    try:
        import psycopg
    except ImportError:
        return "psycopg is not installed (pip install -e '.[scale]')"
    try:
        psycopg.connect(PG_URL, connect_timeout=3).close()
    except Exception as exc:
        return f"no PostgreSQL at {PG_URL} (run scripts/services.sh as root): {exc}"[:300]
    return ""


_PG_SKIP: list[str] = []


def pg_url_or_skip() -> str:
    if not _PG_SKIP:
        _PG_SKIP.append(_pg_available())
    if _PG_SKIP[0]:
        pytest.skip(_PG_SKIP[0])
    return PG_URL


@pytest.fixture
def pg_schema():
    """A PostgreSQL URL whose search_path is a fresh schema (dropped after the test)."""
    import psycopg
    url = pg_url_or_skip()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as c:
        c.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(url, autocommit=True) as c:
        c.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path, monkeypatch):
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path / "cache"))
    if request.param == "sqlite":
        s = Store(tmp_path / "t.db")
    else:
        from pipeline.store_pg import PgStore
        s = PgStore(request.getfixturevalue("pg_schema"))
    yield s
    s.close()


def make(sha="a" * 64, path="x.pdf", n_items=2, text="The board approved the budget.",
         body="Test Board", date="2020-01-02", kind="decision"):
    doc = Document(path=path, sha256=sha, pages=3, kind="born-digital", backend="test")
    m = Meeting(id=sha[:12] + "-0", body=body, date=date, title="Board", source_file=path,
                sha256=sha, pages=3, attendees=[Attendee("Ann Lee", "chair", "Chair", "AL"),
                                                Attendee("Bo Diaz", "apologies", "", "BD")])
    for k in range(n_items):
        it = Item(id=f"{m.id}-{k}", meeting_id=m.id, number=str(k + 1), title=f"Item {k}",
                  page_start=1, page_end=2, text=text, seq=k)
        it.statements = [Statement(id=f"{it.id}-s0", item_id=it.id, type=kind, text=text, page=1,
                                   outcome="approved" if kind == "decision" else "",
                                   score=0.123456789012345)]
        m.items.append(it)
    return doc, [m]


def corpus(store):
    """Three files of two bodies, one with no date (sorts first on both backends)."""
    store.save_document(*make("a" * 64, "a.pdf", text="Members raised concerns about parking.",
                              kind="objection"))
    store.save_document(*make("b" * 64, "b.pdf", text="The board approved the parking budget.",
                              body="Zeta Panel", date="2021-05-01"))
    store.save_document(*make("c" * 64, "c.pdf", text="Residents asked about street lighting.",
                              body="alpha group", date=None, kind="question"))


# ---- round trip ------------------------------------------------------------------------------
def test_round_trip(store):
    doc, meetings = make()
    doc.size, doc.mtime_ns = 1234, 5678
    store.save_document(doc, meetings)
    assert store.has_document("a" * 64) and not store.has_document("b" * 64)
    ms = store.meetings()
    assert [(m["n_items"], m["n_attendees"], m["n_statements"]) for m in ms] == [(2, 2, 2)]
    assert [a["status"] for a in store.attendees(ms[0]["id"])] == ["chair", "apologies"]
    assert [i["number"] for i in store.items(ms[0]["id"])] == ["1", "2"]
    rows = store.statements(type="decision")
    assert len(rows) == 2 and rows[0]["score"] == 0.123456789012345  # no float4 rounding
    assert rows[0]["item_title"] == "Item 0" and rows[0]["body"] == "Test Board"
    assert [d["path"] for d in store.documents()] == ["x.pdf"]
    assert store.bodies() == ["Test Board"]
    assert store.known_file("x.pdf", 1234, 5678) and not store.known_file("x.pdf", 1234, 1)


def test_rebuild_gives_one_name_per_body(store):
    store.save_document(*make("a" * 64, "minutes/a.pdf", body="City of Zed City Council"))
    store.save_document(*make("b" * 64, "minutes/b.pdf", body="City of Zed City Council"))
    store.save_document(*make("c" * 64, "minutes/c.pdf", body="City Council"))
    store.save_document(*make("d" * 64, "other/d.pdf", body="City Council"))
    from pipeline.bodies import canonical_bodies
    store.set_bodies(canonical_bodies((m["id"], m["body"], m["source_file"])
                                      for m in store.meetings()))
    by_file = {m["source_file"]: m["body"] for m in store.meetings()}
    assert by_file == {"minutes/a.pdf": "City of Zed City Council",
                       "minutes/b.pdf": "City of Zed City Council",
                       "minutes/c.pdf": "City of Zed City Council", "other/d.pdf": "City Council"}
    assert store.statements(body="City of Zed City Council")  # search filters see the new name


def test_replace_by_path_and_by_sha(store):
    store.save_document(*make(text="Members raised concerns about parking."))
    store.save_document(*make(text="Members raised concerns about parking."))  # same sha again
    assert len(store.statements()) == 2
    store.save_document(*make(sha="b" * 64, text="The budget was noted."))  # same path, new file
    assert not store.has_document("a" * 64) and store.has_document("b" * 64)
    assert [s["text"] for s in store.statements()] == ["The budget was noted."] * 2
    assert len(store.meetings()) == 1
    assert store.lexical_search(["parking"], 10) == []  # the text index followed the delete


def test_uploads_sharing_a_name_are_kept_apart(store):
    for sha in ("a" * 64, "b" * 64):
        doc, meetings = make(sha=sha, path="minutes.pdf")
        doc.replaces_path = False
        store.save_document(doc, meetings)
    assert len(store.documents()) == 2 and len(store.meetings()) == 2


def test_failed_write_leaves_nothing(store):
    doc, meetings = make()
    meetings[0].items[1].id = meetings[0].items[0].id  # duplicate primary key mid-file
    with pytest.raises(Exception):
        store.save_document(doc, meetings)
    assert store.meetings() == [] and not store.has_document(doc.sha256)
    assert store.conn.execute("SELECT count(*) FROM statements").fetchone()[0] == 0
    store.save_document(*make())  # the connection is usable after the rollback
    assert len(store.statements()) == 2


def test_failures_are_remembered_and_cleared(store):
    store.record_failure("x.pdf", 10, 20, "1.0", "x.pdf: broken")
    store.record_failure("x.pdf", 10, 20, "1.0", "x.pdf: still broken")
    assert store.known_failure("x.pdf", 10, 20, "1.0") == "x.pdf: still broken"
    assert store.known_failure("x.pdf", 10, 20, "2.0") is None
    store.save_document(*make())
    assert store.known_failure("x.pdf", 10, 20, "1.0") is None


def test_conn_adapter_rows_by_position_and_name(store):
    corpus(store)
    r = store.conn.execute("SELECT id, body FROM meetings WHERE body = ?", ("Zeta Panel",)
                           ).fetchone()
    assert r[0] == r["id"] == "bbbbbbbbbbbb-0" and dict(r) == {"id": r[0], "body": "Zeta Panel"}
    n = store.conn.execute("SELECT count(*) FROM statements WHERE text LIKE '%' || ? || '%'",
                           ("parking",)).fetchone()[0]
    assert n == 4
    assert [r["path"] for r in store.conn.execute("SELECT path FROM documents ORDER BY path")] \
        == ["a.pdf", "b.pdf", "c.pdf"]
    from pipeline.derive import load_items, load_statements
    assert len(load_items(store)) == 6 and len(load_statements(store)) == 6


def test_embeddings_round_trip(store):
    store.put_embeddings([("h1", "m", 2, b"\x00" * 8)])
    store.put_embeddings([("h1", "m", 2, b"\x01" * 8), ("h2", "m", 2, b"\x02" * 8)])
    assert store.get_embeddings(["h1", "h3"], "m") == {"h1": b"\x01" * 8}
    assert store.get_embeddings(["h1"], "other") == {}
    before = store.stamp()
    store.put_embeddings([("h3", "m", 2, b"\x03" * 8)])
    assert store.stamp() != before


def test_source_copies(store, tmp_path):
    src = tmp_path / "in.PDF"
    src.write_bytes(b"%PDF-1.4 test")
    kept = store.keep_source(src, "d" * 64, ".PDF")
    assert kept.read_bytes() == b"%PDF-1.4 test" and kept.suffix == ".pdf"
    assert store.source_path("d" * 64) == kept
    assert store.source_path("e" * 64) is None


def test_pg_source_copies_come_from_the_database(pg_schema, tmp_path, monkeypatch):
    import shutil
    from pipeline.store_pg import PgStore
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "in.pdf"
    src.write_bytes(b"%PDF-1.4 test")
    s = PgStore(pg_schema)
    s.keep_source(src, "d" * 64, ".pdf")
    shutil.rmtree(s.files_dir)  # another machine: no local copy yet
    assert s.source_path("d" * 64).read_bytes() == b"%PDF-1.4 test"
    s.close()


# ---- search ----------------------------------------------------------------------------------
def test_lexical_search_stems_and_filters(store):
    corpus(store)
    ids = {r: s for r, s in store.statement_texts()}
    hits = store.lexical_search(["parked"], 10)  # stemmed: parked ~ parking
    assert len(hits) == 4 and all("parking" in ids[r] for r in hits)
    assert len(store.lexical_search(["lighting", "budget"], 10)) == 4
    assert len(store.lexical_search(["lighting", "budget"], 1)) == 1
    assert {ids[r] for r in store.lexical_search(["parking"], 10, body="Zeta Panel")} == \
        {"The board approved the parking budget."}
    assert len(store.lexical_search(["parking"], 10, since="2021-01-01")) == 2
    assert len(store.lexical_search(["parking"], 10, until="2020-12-31")) == 2
    assert len(store.lexical_search(["parking"], 10, type="objection")) == 2
    assert store.lexical_search(["parking"], 10, type="action") == []


def test_lexical_primitives(store):
    corpus(store)
    store.save_document(*make("d" * 64, "d.pdf", text="Parking meters on the street were noted."))
    ids = {r: s for r, s in store.statement_texts()}
    counts = store.doc_counts(["parking", "street", "zzyzx"], 100)
    assert counts == {"parking": 6, "street": 4, "zzyzx": 0}
    assert store.doc_counts(["parking"], 3) == {"parking": 3}  # counted up to the cap only
    both = store.ranked_match(["parking", "street"], True, 10)
    assert len(both) == 2 and all(ids[r].startswith("Parking meters") for r in both)
    assert len(store.ranked_match(["parking", "street"], False, 10)) == 8
    assert store.ranked_match(["parking", "street"], True, 10, body="Zeta Panel") == []
    newest = store.newest_match(["parking"], 10)
    assert newest == sorted(newest, reverse=True) and len(newest) == 6
    assert {ids[r] for r in store.newest_match(["parking"], 10, type="objection")} == \
        {"Members raised concerns about parking."}
    # the plan: statements holding both words come first, then those holding either
    hits = store.lexical_search(["street", "parking"], 10)
    assert set(hits[:2]) == set(both) and len(hits) == 8


def test_keep_rowids_applies_filters(store):
    corpus(store)
    ids = {r: s for r, s in store.statement_texts()}
    kept = store.keep_rowids(list(ids) + [999_999], body="Zeta Panel")
    assert len(kept) == 2 and {ids[r] for r in kept} == {"The board approved the parking budget."}
    assert len(store.keep_rowids(list(ids), type="question")) == 2
    assert store.keep_rowids(list(ids), since="2030-01-01") == set()
    assert store.count_filtered(10, body="Zeta Panel") == 2
    assert store.count_filtered(3, until="2030-01-01") == 3  # counted up to the cap
    assert store.count_filtered(10, type="action") == 0


@pytest.mark.parametrize("words", [["a|b"], ["!"], ["'"], ['"'], ["x&y", "(z)"], ["%s", "?"],
                                   ["the"], ["über", "café"]])
def test_lexical_search_takes_any_words(store, words):
    corpus(store)
    assert isinstance(store.lexical_search(words, 5), list)


def _fake_vectors(texts: list[str]) -> np.ndarray:
    """A stand-in encoder: a fixed unit vector per text (no model load)."""
    from pipeline.embed import DIM
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, t in enumerate(texts):
        seed = int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)
        v = np.random.default_rng(seed).normal(size=DIM).astype(np.float32)
        out[i] = v / np.linalg.norm(v)
    return out


def test_hybrid_search_hits_with_filters(store, monkeypatch):
    from pipeline import embed, query
    from pipeline.embed import DIM, MODEL_NAME, text_hash
    corpus(store)
    texts = sorted({t for _, t in store.statement_texts()})
    store.put_embeddings([(text_hash(t), MODEL_NAME, DIM, v.tobytes())
                          for t, v in zip(texts, _fake_vectors(texts))])
    monkeypatch.setattr(embed, "encode", _fake_vectors)
    # the vector side alone: the query text's own vector finds it first
    hits = query.search(store, "Residents asked about street lighting.", mode="vector", limit=3)
    assert hits[0]["text"] == "Residents asked about street lighting."
    hits = query.search(store, "parking", limit=10)
    assert {h["text"] for h in hits[:4]} == {"Members raised concerns about parking.",
                                             "The board approved the parking budget."}
    h = hits[0]
    assert set(h) >= {"statement_id", "text", "meeting_id", "date", "body", "page",
                      "source_file", "thread_id", "score"}
    assert h["score"] == max(x["score"] for x in hits)
    only = query.search(store, "parking", limit=10, body="Zeta Panel")
    assert {x["body"] for x in only} == {"Zeta Panel"} and len(only) == 2
    assert {x["type"] for x in query.search(store, "parking", type="question")} <= {"question"}
    assert query.search(store, "parking", since="2030-01-01") == []


# ---- derived records -------------------------------------------------------------------------
def derived(store, n=2):
    ids = [s["id"] for s in store.statements()]
    items = sorted({s["item_id"] for s in store.statements()})
    threads = [Thread(id=f"t{k}", label=f"Thread {k}", item_ids=items[k::n]) for k in range(n)]
    links = [(ids[0], ids[1], "answers", 0.5), (ids[0], ids[1], "answers", 0.7),
             (ids[1], ids[2], "repeats", 0.9)]
    findings = [Finding(id=f"f{k}", kind="dropped_objection" if k else "drift",
                        thread_id=f"t{k}", statement_ids=ids[:2], summary=f"finding {k}",
                        evidence=[Evidence(meeting_id="m", page=1, quote="q")], score=k / 2,
                        status="dropped", data={"k": k})
                for k in range(n)]
    store.replace_derived(threads, links, findings, {"t0": {"note": "first"}})
    return ids


def test_derived_records_replace_together(store):
    corpus(store)
    ids = derived(store)
    assert [(t["id"], len(t["item_ids"])) for t in store.threads()] == [("t0", 3), ("t1", 3)]
    assert store.threads()[0]["data"] == {"note": "first"}
    links = {(x["src"], x["dst"], x["kind"]): x["score"] for x in store.links()}
    assert links == {(ids[0], ids[1], "answers"): 0.7, (ids[1], ids[2], "repeats"): 0.9}
    fs = store.findings()
    assert [f["id"] for f in fs] == ["f1", "f0"]  # by score, best first
    assert fs[0]["evidence"][0]["quote"] == "q" and fs[0]["data"] == {"k": 1}
    assert [f["id"] for f in store.findings("drift")] == ["f0"]
    derived(store, n=1)
    assert [t["id"] for t in store.threads()] == ["t0"] and len(store.findings()) == 1
    hit = store.hits([store.statement_texts()[0][0]], {store.statement_texts()[0][0]: 1.0})[0]
    assert hit["thread_id"] == "t0"


def test_tracker_rows_replace_with_the_derived_records(store):
    from pipeline.tracker import Followup, TrackedAction
    corpus(store)
    ids = [s["id"] for s in store.statements()]
    meeting = store.statements()[0]["meeting_id"]
    tracked = [TrackedAction(statement_id=ids[0], kind="action", body="Test Board",
                             meeting_id=meeting, date="2020-01-02", owner="AL", due="by May",
                             due_date="2020-05-31", status="done",
                             followups=[Followup(ids[1], meeting, "2020-02-02", "done", 0.9)],
                             later_meetings=3, age_days=90, last_reported_meeting_id=meeting,
                             reason="done as reported on 2020-02-02"),
               TrackedAction(statement_id=ids[2], kind="recommendation", body="Test Board",
                             meeting_id=meeting, date="2020-01-02", owner="", due="",
                             due_date="", status="lost", later_meetings=3, age_days=90)]
    store.replace_derived([], [], [], {}, tracked)
    rows = {r["statement_id"]: r for r in store.tracker()}
    assert rows[ids[0]]["followup_statement_ids"] == [ids[1]]
    assert rows[ids[0]]["followups"][0]["report"] == "done" and rows[ids[0]]["owner"] == "AL"
    assert rows[ids[0]]["text"] and rows[ids[0]]["source_file"] and rows[ids[0]]["page"]
    assert [r["statement_id"] for r in store.tracker(status="lost")] == [ids[2]]
    assert [r["statement_id"] for r in store.tracker(owner="AL")] == [ids[0]]
    derived(store)  # replacing the derived records without a tracker clears it
    assert store.tracker() == []


# ---- the two backends agree ------------------------------------------------------------------
def test_backends_export_the_same(tmp_path, pg_schema, monkeypatch):
    from pipeline.export import export_json
    from pipeline.store_pg import PgStore
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path / "cache"))
    out = []
    for s in (Store(tmp_path / "t.db"), PgStore(pg_schema)):
        corpus(s)
        derived(s)
        out.append((export_json(s), s.meetings(), s.statements(), s.bodies()))
        s.close()
    (e1, m1, s1, b1), (e2, m2, s2, b2) = out
    assert e1 == e2
    assert [m["id"] for m in m1] == [m["id"] for m in m2]  # NULL dates and case sort alike
    assert b1 == b2 == ["Test Board", "Zeta Panel", "alpha group"]
    assert [{k: v for k, v in r.items() if k != "rowid"} for r in s1] == \
        [{k: v for k, v in r.items() if k != "rowid"} for r in s2]


# ---- without a server ------------------------------------------------------------------------
def test_pgstore_offers_every_public_store_method():
    from pipeline.store_pg import PgStore
    public = {n for n in dir(Store) if not n.startswith("_")}
    assert public - set(dir(PgStore)) == set()


def test_open_store_picks_the_backend(tmp_path, monkeypatch):
    from pipeline.stores import open_store
    s = open_store(str(tmp_path / "x.db"))
    assert isinstance(s, Store)
    s.close()
    pytest.importorskip("psycopg")
    import psycopg
    with pytest.raises(psycopg.OperationalError):  # a PostgreSQL URL goes to psycopg
        open_store("postgresql://127.0.0.1:1/none?connect_timeout=2")


@pytest.mark.parametrize("sql, expected", [
    ("SELECT ? , ?", "SELECT %s , %s"),
    ("SELECT '?', \"a?\" , ?", "SELECT '?', \"a?\" , %s"),
    ("x LIKE '%' || ?", "x LIKE '%%' || %s"),
    ("SELECT 'it''s ?', ?", "SELECT 'it''s ?', %s"),
])
def test_placeholder_translation(sql, expected):
    from pipeline.store_pg import translate
    assert translate(sql) == expected


def test_ts_terms_quote_every_word():
    from pipeline.store_pg import ts_terms
    assert ts_terms(["parking", "a|b", "'x'", "Parking", "_"]) == "'parking' | 'a' | 'b' | 'x'"
    assert ts_terms(["!", "&"]) == ""
