"""Embedding at ingest: the workers embed items and the non-deferred statements, derive encodes
only the deferred statements that linking or the analysis compares, and the derived records are
the same as when every statement is embedded."""
from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lean():
    """Information statements deferred (embed_all_statements off) while a test runs."""
    from pipeline.config import CONFIG
    saved = CONFIG["embed_all_statements"]
    CONFIG["embed_all_statements"] = False
    yield
    CONFIG["embed_all_statements"] = saved


@pytest.fixture(scope="module")
def lean_store(tmp_path_factory, lean):
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    store = Store(tmp_path_factory.mktemp("embed") / "lean.db")
    report = ingest([str(SAMPLES / "pdf")], store, IngestOptions(isolate=False))
    assert report.count("stored") == 9, report.summary()
    yield store
    store.close()


def _vectors(store, model: str) -> set[str]:
    return {r[0] for r in store.conn.execute(
        "SELECT text_hash FROM embeddings WHERE model = ?", (model,))}


def test_statement_vectors_have_their_own_cache_key():
    from pipeline.config import CONFIG
    from pipeline.embed import ITEM_MODEL, MODEL_NAME
    if CONFIG["embed_statement_max_tokens"] != 256:
        assert MODEL_NAME != ITEM_MODEL
        assert MODEL_NAME.endswith(f"@{CONFIG['embed_statement_max_tokens']}")


def test_workers_embed_items_and_non_deferred_statements(tmp_path, lean):
    from pipeline.derive import item_content, load_items
    from pipeline.embed import ITEM_MODEL, MODEL_NAME, text_hash
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    store = Store(tmp_path / "w.db")
    try:
        pdf = sorted((SAMPLES / "pdf").rglob("*.pdf"))[0]
        report = ingest([str(pdf)], store, IngestOptions(isolate=False, derive=False))
        assert report.count("stored") == 1, report.summary()
        assert report.results[0].timings["embed"] > 0
        items = load_items(store)
        assert items
        assert {text_hash(item_content(i)) for i in items} <= _vectors(store, ITEM_MODEL)
        rows = store.conn.execute("SELECT type, text FROM statements").fetchall()
        kept = {text_hash(t) for ty, t in rows if ty != "information"}
        deferred = {text_hash(t) for ty, t in rows if ty == "information"} - kept
        assert kept and deferred
        got = _vectors(store, MODEL_NAME)
        assert kept <= got
        assert not deferred & got  # information statements wait for derive (or never)
    finally:
        store.close()


def test_derive_embeds_only_what_linking_compares(lean_store):
    from pipeline.derive import needs_vector, load_statements
    from pipeline.embed import MODEL_NAME, text_hash
    statements = load_statements(lean_store)
    got = _vectors(lean_store, MODEL_NAME)
    info = [s for s in statements if s.type == "information"]
    embedded = [s for s in info if text_hash(s.text) in got]
    assert 0 < len(embedded) < len(info)
    assert all(text_hash(s.text) in got for s in statements if s.type != "information")
    assert needs_vector([], []) == []


def test_default_embeds_every_statement_at_ingest(tmp_path):
    from pipeline.config import CONFIG
    from pipeline.embed import MODEL_NAME, text_hash
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    store = Store(tmp_path / "all.db")
    saved = CONFIG["embed_all_statements"]
    CONFIG["embed_all_statements"] = True  # the default (the module's `lean` fixture turns it off)
    try:
        pdf = sorted((SAMPLES / "pdf").rglob("*.pdf"))[0]
        report = ingest([str(pdf)], store, IngestOptions(workers=1, derive=False))
        assert report.count("stored") == 1, report.summary()
        texts = {text_hash(r[0]) for r in store.conn.execute("SELECT text FROM statements")}
        assert texts and texts <= _vectors(store, MODEL_NAME)
    finally:
        CONFIG["embed_all_statements"] = saved
        store.close()


def test_derived_records_match_embedding_every_statement(lean_store):
    from pipeline.config import CONFIG
    from pipeline.derive import rebuild

    def derived():
        links = sorted((r["src"], r["dst"], r["kind"], round(r["score"], 4))
                       for r in lean_store.links())
        findings = sorted((f["kind"], f["thread_id"], f["summary"]) for f in lean_store.findings())
        threads = sorted((t["id"], tuple(t["item_ids"]), json.dumps(t["data"], sort_keys=True))
                         for t in lean_store.threads())
        return links, findings, threads

    before = derived()
    assert before[0] and before[1]
    saved = CONFIG["embed_all_statements"]
    CONFIG["embed_all_statements"] = True
    try:
        rebuild(lean_store)
    finally:
        CONFIG["embed_all_statements"] = saved
    full = derived()
    assert full == before
