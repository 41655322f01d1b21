"""Vector index over statement embeddings: exact for small collections, IVF (faiss) for large ones.

Contract: `build(ids, vectors)` takes int64 ids and L2-normalised float vectors (so dot = cosine) and
returns a `VectorIndex`; `index.search(qvec, k, allowed_ids=None)` returns at most k ids, best first,
only from `allowed_ids` when given. Below `EXACT_MAX` vectors the search is an exact matmul (a few ms,
always right); above it a faiss inverted-file index with 8-bit scalar-quantised vectors
(IVF-SQ8) answers in a few ms at 1M vectors, and a filtered search over a small subset falls back to
exact scoring of that subset. `for_store(store)` keeps the index beside the database (`DB.vindex/`),
keyed by the store's stamp: loaded when current, updated in place when statements were only added
or removed (the common ingest case), rebuilt otherwise. See README "Performance" for the measurements
behind the choice and the parameters.
"""
from __future__ import annotations

import json
import os
import threading
import uuid
from pathlib import Path

import numpy as np

__all__ = ["VectorIndex", "build", "for_store", "refresh", "index_dir", "EXACT_MAX"]

# Below this many vectors exact search is fast (< 5 ms at 50k x 384) and needs no training.
EXACT_MAX = 50_000
# A filtered search over at most this many allowed vectors scores them exactly (gathered from the
# float16 copy): cheaper than probing most IVF lists to find enough allowed neighbours.
SUBSET_EXACT_MAX = 100_000
# IVF: ~sqrt(n) lists (1M -> 1024), probe NPROBE of them (~3% of the vectors at 1M); k-means on
# TRAIN_PER_LIST points a list, TRAIN_ITER rounds: build stays well under a minute at 1M on 2 cores.
NPROBE = 32
TRAIN_ITER = 10
# Take REFINE*k candidates from the quantised lists and re-rank them exactly.
REFINE = 2
TRAIN_PER_LIST = 40  # faiss asks for at least 39 points a list
# Incremental update (add/remove) while the changes are at most this share of the index and the
# index has not grown past 4x the size its lists were trained for; else rebuild.
UPDATE_MAX_SHARE = 0.25
FORMAT = 1


def _faiss():
    try:
        import faiss
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError("the vector index needs faiss for collections above "
                           f"{EXACT_MAX} statements; run `pip install -e .`") from exc
    return faiss


def _nlist(n: int) -> int:
    return int(min(4096, max(16, 2 ** round(np.log2(np.sqrt(max(n, 1)))))))


class VectorIndex:
    """ids (sorted int64) and their vectors; `ann` is a faiss IVF index keyed by id, or None (exact).

    `keys` (optional) fingerprint each id's text. `vectors` is float32 for exact indexes and float16 beside an IVF index (used only for exact
    scoring of small filtered subsets; memory-mapped after `load`, so it costs RAM only when used).
    """

    def __init__(self, ids, vectors, ann=None, trained_n: int = 0, keys=None):
        ids = np.asarray(ids, dtype=np.int64)
        if not isinstance(vectors, np.memmap):
            vectors = np.asarray(vectors)
        keys = None if keys is None else np.asarray(keys, dtype=np.int64)
        if len(ids) and np.any(ids[1:] < ids[:-1]):
            order = np.argsort(ids, kind="stable")
            ids, vectors = ids[order], np.asarray(vectors)[order]
            keys = None if keys is None else keys[order]
        if ann is None and vectors.dtype != np.float32:
            vectors = vectors.astype(np.float32)
        self.ids, self.vectors, self.ann, self.trained_n = ids, vectors, ann, trained_n
        # keys: a 60-bit hash of each id's text, so a refresh notices a reused rowid
        self.keys = keys
        self.nprobe = NPROBE

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def kind(self) -> str:
        return "exact" if self.ann is None else f"ivf{self.ann.nlist}-sq8"

    # backwards-compatible names used by query.py's first version and its tests
    @property
    def rowids(self) -> np.ndarray:
        return self.ids

    def top(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
        """As `search`, with `allowed` a boolean mask over `ids`."""
        return self.search(qvec, k, None if allowed is None else self.ids[np.asarray(allowed)])

    # ---- search ----------------------------------------------------------------------------
    def search(self, qvec: np.ndarray, k: int, allowed_ids=None) -> list[int]:
        """The ids of the k nearest vectors (cosine), best first; only allowed ids if given."""
        if not len(self.ids) or k <= 0:
            return []
        q = np.asarray(qvec, dtype=np.float32).reshape(-1)
        if allowed_ids is not None:
            allowed = np.unique(np.asarray(allowed_ids if isinstance(allowed_ids, np.ndarray)
                                           else list(allowed_ids), dtype=np.int64))
            pos = _positions(self.ids, allowed)
            if self.ann is None or len(pos) <= SUBSET_EXACT_MAX:
                return self._exact(q, k, pos)
            return self._ann(q, k, self.ids[pos], share=len(pos) / len(self.ids))
        if self.ann is None:
            return self._exact(q, k, None)
        return self._ann(q, k, None)

    def _exact(self, q: np.ndarray, k: int, pos: np.ndarray | None) -> list[int]:
        if pos is None:
            scores = _dot(self.vectors, q)
            ids = self.ids
        else:
            if not len(pos):
                return []
            scores = _dot(self.vectors[pos], q)
            ids = self.ids[pos]
        k = min(k, len(scores))
        idx = np.argpartition(-scores, k - 1)[:k]
        idx = idx[np.argsort(-scores[idx], kind="stable")]
        return [int(i) for i in ids[idx]]

    def _ann(self, q: np.ndarray, k: int, allowed: np.ndarray | None, share: float = 1.0) -> list[int]:
        faiss = _faiss()
        # a filter keeps `share` of the vectors: probe more lists so ~as many candidates pass it
        nprobe = min(self.ann.nlist, int(np.ceil(self.nprobe / max(share, 1e-9))))
        params = faiss.SearchParametersIVF(nprobe=nprobe)
        if allowed is not None:
            sel = faiss.IDSelectorBatch(allowed)
            params.sel = sel
        _, labels = self.ann.search(q[None, :], k * REFINE, params=params)
        found = labels[0][labels[0] >= 0]
        if not len(found):
            return []
        # re-score the candidates on the float16 vectors: 8-bit codes misorder near ties
        pos = _positions(self.ids, np.unique(found))
        scores = _dot(self.vectors[pos], q)
        best = np.argsort(-scores, kind="stable")[:k]
        return [int(i) for i in self.ids[pos][best]]

    # ---- change ----------------------------------------------------------------------------
    def updated(self, add_ids, add_vectors, remove_ids, add_keys=None) -> VectorIndex:
        """A new index with `remove_ids` dropped and `add_ids` added (IVF lists kept).

        The IVF index is changed in place (the old object must not be used afterwards)."""
        add_ids = np.asarray(add_ids, dtype=np.int64)
        remove_ids = np.asarray(remove_ids, dtype=np.int64)
        keep = ~np.isin(self.ids, remove_ids) if len(remove_ids) else np.ones(len(self.ids), bool)
        dtype = np.float32 if self.ann is None else np.float16
        vecs = np.concatenate([np.asarray(self.vectors[keep]).astype(dtype, copy=False),
                               np.asarray(add_vectors, dtype=np.float32).reshape(-1, self.dim)
                               .astype(dtype, copy=False)])
        ids = np.concatenate([self.ids[keep], add_ids])
        keys = None
        if self.keys is not None and add_keys is not None:
            keys = np.concatenate([self.keys[keep], np.asarray(add_keys, dtype=np.int64)])
        ann = self.ann
        if ann is not None:
            faiss = _faiss()
            if len(remove_ids):
                ann.remove_ids(faiss.IDSelectorBatch(remove_ids))
            if len(add_ids):
                ann.add_with_ids(np.ascontiguousarray(add_vectors, dtype=np.float32), add_ids)
        return VectorIndex(ids, vecs, ann, self.trained_n, keys)

    @property
    def dim(self) -> int:
        return int(self.vectors.shape[1]) if self.vectors.ndim == 2 else 0

    # ---- disk ------------------------------------------------------------------------------
    def save(self, folder: str | Path, meta: dict | None = None) -> None:
        """Write the index into `folder`; `current.json` (written last, atomically) points at it."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        tag = uuid.uuid4().hex[:12]
        np.save(folder / f"{tag}.ids.npy", self.ids)
        np.save(folder / f"{tag}.vecs.npy", np.asarray(self.vectors))
        if self.keys is not None:
            np.save(folder / f"{tag}.keys.npy", self.keys)
        if self.ann is not None:
            _faiss().write_index(self.ann, str(folder / f"{tag}.ivf"))
        info = {"format": FORMAT, "tag": tag, "kind": self.kind, "n": len(self.ids),
                "trained_n": self.trained_n, **(meta or {})}
        tmp = folder / f"current.json.{tag}"
        tmp.write_text(json.dumps(info))
        os.replace(tmp, folder / "current.json")
        for f in folder.iterdir():  # earlier versions (an open memmap keeps its file alive)
            if not f.name.startswith((tag, "current.json")):
                try:
                    f.unlink()
                except OSError:
                    pass

    @classmethod
    def load(cls, folder: str | Path) -> tuple[VectorIndex, dict] | None:
        """The index saved in `folder` and its meta, or None when there is none (or it is broken)."""
        folder = Path(folder)
        try:
            info = json.loads((folder / "current.json").read_text())
            if info.get("format") != FORMAT:
                return None
            tag = info["tag"]
            ids = np.load(folder / f"{tag}.ids.npy")
            keys_file = folder / f"{tag}.keys.npy"
            keys = np.load(keys_file) if keys_file.exists() else None
            ann = None
            if info["kind"] != "exact":
                ann = _faiss().read_index(str(folder / f"{tag}.ivf"))
                vecs = np.load(folder / f"{tag}.vecs.npy", mmap_mode="r")
            else:
                vecs = np.load(folder / f"{tag}.vecs.npy")
        except (OSError, ValueError, KeyError, RuntimeError):
            return None
        return cls(ids, vecs, ann, info.get("trained_n", 0), keys), info


def _positions(sorted_ids: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Positions in `sorted_ids` of those `wanted` ids that are present."""
    pos = np.searchsorted(sorted_ids, wanted)
    ok = pos < len(sorted_ids)
    pos = pos[ok]
    return pos[sorted_ids[pos] == wanted[ok]]


def _dot(matrix: np.ndarray, q: np.ndarray, chunk: int = 65536) -> np.ndarray:
    if matrix.dtype == np.float32:
        return matrix @ q
    out = np.empty(len(matrix), dtype=np.float32)
    for s in range(0, len(matrix), chunk):
        out[s:s + chunk] = np.asarray(matrix[s:s + chunk], dtype=np.float32) @ q
    return out


def build(ids, vectors, *, keys=None, exact_max: int = EXACT_MAX, nlist: int | None = None,
          seed: int = 0) -> VectorIndex:
    """An index over `vectors` (n, dim), normalised, keyed by int64 `ids`."""
    ids = np.asarray(ids, dtype=np.int64)
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if len(ids) != len(vectors):
        raise ValueError(f"{len(ids)} ids for {len(vectors)} vectors")
    if len(ids) <= exact_max:
        return VectorIndex(ids, vectors, keys=keys)
    faiss = _faiss()
    n, dim = vectors.shape
    nlist = nlist or _nlist(n)
    quantizer = faiss.IndexFlatIP(dim)
    ann = faiss.IndexIVFScalarQuantizer(quantizer, dim, nlist, faiss.ScalarQuantizer.QT_8bit,
                                        faiss.METRIC_INNER_PRODUCT)
    rng = np.random.default_rng(seed)
    sample = vectors[np.sort(rng.choice(n, min(n, TRAIN_PER_LIST * nlist), replace=False))]
    ann.cp.seed = seed
    ann.cp.niter = TRAIN_ITER
    ann.train(sample)
    ann.add_with_ids(vectors, ids)
    return VectorIndex(ids, vectors.astype(np.float16), ann, trained_n=n, keys=keys)


# ---- the store's index -----------------------------------------------------------------------
_lock = threading.Lock()


def index_dir(store) -> Path | None:
    """Where `store`'s index is kept (None for an in-memory store or a URL)."""
    path = str(getattr(store, "path", ":memory:"))
    return None if path == ":memory:" or "://" in path else Path(path + ".vindex")


def _text_key(h: str) -> int:
    return int(h[:15], 16)


def _fetch(store, ids: np.ndarray, hashes: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ids, vectors, keys) of those statements whose text has an embedding."""
    from .embed import DIM, MODEL_NAME
    got_ids, blobs, keys = [], [], []
    for start in range(0, len(hashes), 50_000):
        chunk = hashes[start:start + 50_000]
        vecs = store.get_embeddings(set(chunk), MODEL_NAME)
        for rid, h in zip(ids[start:start + 50_000].tolist(), chunk):
            if h in vecs:
                got_ids.append(rid)
                blobs.append(vecs[h])
                keys.append(_text_key(h))
    matrix = np.frombuffer(b"".join(blobs), dtype=np.float32).reshape(-1, DIM) if blobs \
        else np.zeros((0, DIM), dtype=np.float32)
    return np.array(got_ids, dtype=np.int64), matrix, np.array(keys, dtype=np.int64)


def for_store(store, *, persist: bool = True) -> VectorIndex:
    """`store`'s index: loaded from beside the database when its stamp is current, else updated
    (only new or changed statements are read) or rebuilt, and saved again."""
    from .embed import MODEL_NAME
    stamp = list(store.stamp())
    folder = index_dir(store) if persist else None
    with _lock:
        loaded = VectorIndex.load(folder) if folder else None
        if loaded and loaded[1].get("stamp") == stamp and loaded[1].get("model") == MODEL_NAME:
            return loaded[0]
        old = loaded[0] if loaded and loaded[1].get("model") == MODEL_NAME else None
        index = refresh(store, old)
        if folder:
            try:
                index.save(folder, {"stamp": stamp, "model": MODEL_NAME})
            except OSError:
                pass  # a read-only location: the index still serves this process
        return index


def refresh(store, old: VectorIndex | None = None) -> VectorIndex:
    """An index of `store`'s statement vectors: `old` updated when few statements changed, else
    a new build. Statements are matched by rowid and text, so a reused rowid is noticed."""
    from .embed import text_hash
    rows = store.statement_texts()
    ids = np.fromiter((r[0] for r in rows), dtype=np.int64, count=len(rows))
    hashes = [text_hash(t) for _, t in rows]
    del rows
    if old is not None and len(old) and old.keys is not None:
        keys = np.fromiter((_text_key(h) for h in hashes), dtype=np.int64, count=len(hashes))
        pos = np.searchsorted(old.ids, ids)
        pos[pos >= len(old.ids)] = 0
        same = (old.ids[pos] == ids) & (old.keys[pos] == keys) if len(old.ids) else \
            np.zeros(len(ids), bool)
        removed = np.setdiff1d(old.ids, ids[same], assume_unique=True)
        fresh = np.nonzero(~same)[0]
        small = len(removed) + len(fresh) <= UPDATE_MAX_SHARE * len(old)
        grown = len(old) - len(removed) + len(fresh)
        fits = grown <= EXACT_MAX if old.ann is None else grown <= 4 * max(old.trained_n, 1)
        if small and fits:
            add_ids, add_vecs, add_keys = _fetch(store, ids[fresh], [hashes[i] for i in fresh])
            # statements whose embedding is not stored yet are picked up by a later refresh
            return old.updated(add_ids, add_vecs, removed, add_keys)
    got_ids, vecs, keys = _fetch(store, ids, hashes)
    return build(got_ids, vecs, keys=keys)
