"""Vector index on random vectors (no model): exact and IVF modes, filters, disk, store refresh."""
import numpy as np
import pytest

from pipeline import vindex
from pipeline.embed import text_hash
from pipeline.vindex import VectorIndex, build


def unit(n, dim=32, seed=0):
    v = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.fixture(scope="module", params=["exact", "ivf"])
def index_and_vectors(request):
    vecs = unit(3000)
    ids = np.arange(1000, 4000, dtype=np.int64)[::-1].copy()  # unsorted ids on purpose
    exact_max = 10_000 if request.param == "exact" else 100
    index = build(ids, vecs, exact_max=exact_max, nlist=32)
    assert index.kind == "exact" if request.param == "exact" else index.kind.startswith("ivf")
    return index, ids, vecs


def test_top1_of_a_stored_vector_is_itself(index_and_vectors):
    index, ids, vecs = index_and_vectors
    for i in (0, 17, 1234, 2999):
        assert index.search(vecs[i], 5)[0] == ids[i]


def test_results_best_first_and_at_most_k(index_and_vectors):
    index, ids, vecs = index_and_vectors
    hits = index.search(vecs[3], 10)
    assert len(hits) == 10 and len(set(hits)) == 10
    by_id = dict(zip(ids.tolist(), vecs))
    scores = [float(by_id[h] @ vecs[3]) for h in hits]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize("share", [0.01, 0.5])
def test_allowed_ids_filter_respected(index_and_vectors, share, monkeypatch):
    index, ids, vecs = index_and_vectors
    rng = np.random.default_rng(1)
    allowed = rng.choice(ids, int(len(ids) * share), replace=False)
    # share 0.5 over 3000 goes through the IVF selector when the subset limit is low
    monkeypatch.setattr(vindex, "SUBSET_EXACT_MAX", 100)
    for i in (0, 5, 99):
        hits = index.search(vecs[i], 10, allowed_ids=allowed)
        assert hits and set(hits) <= set(allowed.tolist())
    inside = int(np.nonzero(np.isin(ids, allowed))[0][0])
    assert index.search(vecs[inside], 3, allowed_ids=set(allowed.tolist()))[0] == ids[inside]
    assert index.search(vecs[0], 5, allowed_ids=[]) == []


def test_save_load_round_trip(index_and_vectors, tmp_path):
    index, ids, vecs = index_and_vectors
    index.save(tmp_path / "ix", {"stamp": [1, 2]})
    loaded, meta = VectorIndex.load(tmp_path / "ix")
    assert meta["stamp"] == [1, 2] and meta["kind"] == index.kind and len(loaded) == len(index)
    for i in (0, 500, 2999):
        assert loaded.search(vecs[i], 10) == index.search(vecs[i], 10)
    index.save(tmp_path / "ix")  # a second save replaces the first version's files
    assert len(list((tmp_path / "ix").glob("*.ids.npy"))) == 1


def test_load_of_missing_or_broken_folder_is_none(tmp_path):
    assert VectorIndex.load(tmp_path / "none") is None
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "current.json").write_text("{not json")
    assert VectorIndex.load(tmp_path / "bad") is None


def test_update_adds_and_removes():
    vecs = unit(400)
    index = build(np.arange(300), vecs[:300], keys=np.arange(300), exact_max=100, nlist=8)
    index = index.updated(np.arange(300, 400), vecs[300:], np.arange(0, 50), np.arange(300, 400))
    assert len(index) == 350
    assert index.search(vecs[350], 1) == [350]
    assert 10 not in index.search(vecs[10], 20)


def clustered(n, dim, seed):
    """Points around 300 centres: embeddings of minutes cluster by topic; uniform noise does not."""
    rng = np.random.default_rng(seed)
    centres = unit(300, dim, seed + 1)
    v = centres[rng.integers(0, 300, n)] + rng.normal(scale=0.6 / np.sqrt(dim), size=(n, dim))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_ann_recall_against_exact():
    vecs = clustered(20_050, 64, seed=3)
    vecs, queries = vecs[:20_000], vecs[20_000:]
    ids = np.arange(len(vecs))
    exact = build(ids, vecs, exact_max=10**9)
    ann = build(ids, vecs, exact_max=0)
    recall = np.mean([len(set(ann.search(q, 10)) & set(exact.search(q, 10))) / 10 for q in queries])
    assert recall >= 0.9


def test_top_keeps_the_boolean_mask_api():
    vecs = unit(50, dim=8)
    index = VectorIndex(np.arange(100, 150), vecs)
    allowed = np.ones(50, bool)
    allowed[7] = False
    assert index.top(vecs[7], 3)[0] == 107
    assert 107 not in index.top(vecs[7], 5, allowed)


class _FakeStore:
    """The three store calls the index uses, over a dict rowid -> text with random vectors."""

    def __init__(self, path, texts):
        self.path, self.texts, self.version = path, dict(texts), 0
        self.vecs = {}
        self.fetched = 0

    def stamp(self):
        return (self.path, self.version)

    def statement_texts(self):
        return sorted(self.texts.items())

    def get_embeddings(self, hashes, model):
        out = {}
        for rid, t in self.texts.items():
            h = text_hash(t)
            if h in hashes:
                self.fetched += 1
                v = np.random.default_rng(abs(hash(t)) % 2**32).normal(size=384)
                out[h] = (v / np.linalg.norm(v)).astype(np.float32).tobytes()
        return out


def test_store_index_is_kept_beside_the_db_and_refreshed(tmp_path):
    store = _FakeStore(str(tmp_path / "x.db"), {i: f"statement {i}" for i in range(1, 201)})
    first = vindex.for_store(store)
    assert len(first) == 200 and (tmp_path / "x.db.vindex" / "current.json").exists()
    store.fetched = 0
    assert len(vindex.for_store(store)) == 200 and store.fetched == 0  # loaded, not rebuilt
    # a rowid reused with another text (SQLite reuses the top rowid after a delete) is re-read
    store.texts[200] = "another statement"
    store.texts[201] = "statement 201"
    del store.texts[5]
    store.version += 1
    store.fetched = 0
    index = vindex.for_store(store)
    assert len(index) == 200 and store.fetched == 2
    assert 5 not in index.ids
    blob = store.get_embeddings({text_hash("another statement")}, "m").popitem()[1]
    probe = np.frombuffer(blob, dtype=np.float32)
    assert index.search(probe, 1) == [200]


def test_query_layer_index_follows_store_changes(fresh_store):
    from pipeline import query
    from pipeline.embed import DIM, MODEL_NAME
    from tests.test_store import make
    fresh_store.save_document(*make(text="The board approved the budget."))
    assert len(query.vector_index(fresh_store)) == 0  # nothing embedded yet
    vec = unit(1, DIM)[0]
    fresh_store.put_embeddings([(text_hash("The board approved the budget."), MODEL_NAME, DIM,
                                 vec.tobytes())])
    index = query.vector_index(fresh_store)
    assert len(index) == 2 and query.vector_index(fresh_store) is index  # cached while unchanged
    rowid = fresh_store.conn.execute("SELECT rowid FROM statements LIMIT 1").fetchone()[0]
    assert rowid in index.search(vec, 2)
    # and a new process finds it beside the database
    loaded, meta = VectorIndex.load(vindex.index_dir(fresh_store))
    assert len(loaded) == 2 and meta["stamp"] == list(fresh_store.stamp())
