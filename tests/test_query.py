import numpy as np
import pytest

from pipeline.query import VectorIndex, fts_query, rrf, search
from tests.test_store import make


@pytest.mark.parametrize("text,expected", [
    ("what was said about the review", '"review"'),
    ("crisis review", '"crisis" OR "review"'),
    ('drop "table" OR x', '"drop" OR "table"'),  # quoted: no FTS operators from users
])
def test_fts_query(text, expected):
    assert fts_query(text) == expected


def test_rrf_prefers_items_ranked_well_by_both():
    fused = rrf([[1, 2, 3], [3, 1, 4]], k=60)
    assert max(fused, key=fused.get) == 1
    assert fused[3] > fused[2] and fused[4] < fused[2]


def test_vector_index_top_and_filter():
    rng = np.random.default_rng(0)
    m = rng.normal(size=(50, 8)).astype(np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    idx = VectorIndex(np.arange(100, 150), m)
    assert idx.top(m[7], 3)[0] == 107
    allowed = np.ones(50, bool)
    allowed[7] = False
    assert 107 not in idx.top(m[7], 5, allowed)


def test_bm25_search_returns_cited_hits(fresh_store):
    fresh_store.save_document(*make(text="Members raised concerns about the parking review."))
    hits = search(fresh_store, "what was said about the review", mode="bm25")
    assert hits and hits[0]["text"].endswith("parking review.")
    for key in ("statement_id", "text", "meeting_id", "date", "body", "page", "source_file",
                "thread_id", "score"):
        assert key in hits[0]
    assert search(fresh_store, "review", mode="bm25", body="Other Body") == []


@pytest.mark.parametrize("every,postfilter_max,count_says_many,fallback", [
    (2, 100, False, False),  # half the store passes: the nearest neighbours, checked
    (7, 6400, False, True),  # a seventh, fewer than postfilter_max: scored by themselves
    (7, 40, True, True),  # counted as many, but the neighbours hold too few: scored by themselves
])
def test_filtered_vector_search_equals_scoring_the_allowed(monkeypatch, every, postfilter_max,
                                                           count_says_many, fallback):
    from pipeline.config import CONFIG
    from pipeline.query import filtered_vector_search
    rng = np.random.default_rng(1)
    m = rng.normal(size=(300, 16)).astype(np.float32)
    m /= np.linalg.norm(m, axis=1, keepdims=True)
    ids = np.arange(1000, 1300)
    index = VectorIndex(ids, m)
    allowed = {int(i) for i in ids if i % every == 0}
    listed = []

    class Store:
        def count_filtered(self, cap, **filters):
            return cap if count_says_many else min(cap, len(allowed))

        def keep_rowids(self, rowids, **filters):
            assert filters == {"body": "x"}
            return {r for r in rowids if r in allowed}

        def filtered_rowids(self, **filters):
            listed.append(filters)
            return allowed

    monkeypatch.setitem(CONFIG, "search_postfilter_max", postfilter_max)
    for q in m[:5]:
        got = filtered_vector_search(Store(), index, q, 10, {"body": "x"})
        assert got == index.search(q, 10, allowed) and len(got) == 10
    assert bool(listed) == fallback


def test_search_says_when_statements_lack_vectors(fresh_store, capsys):
    # statements stored without vectors (an upgrade changed the encoder): the CLI says so
    from pipeline.cli import main
    fresh_store.save_document(*make(text="Members raised concerns about the parking review."))
    path = str(fresh_store.path)
    fresh_store.close()
    assert main(["--db", path, "search", "parking review"]) == 0
    out = capsys.readouterr()
    assert "parking review." in out.out
    assert "Only 0 of" in out.err and "rebuild" in out.err
