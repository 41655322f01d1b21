"""The MiniLM encoder run by onnxruntime: exported once from the model shipped in the wheel, then
loaded per process without torch.

Contract: `OnnxEncoder.encode(texts, batch_size, max_tokens)` returns what the torch
SentenceTransformer returns (mean pooling over the attention mask, L2-normalised float32 rows),
computed by an ONNX graph cached under `$COMMITTEE_MEMORY_CACHE/models` (default
~/.cache/committee-memory/models). The graph is written at first use by `torch.onnx.export`
(the TorchScript exporter: it needs neither the `onnx` nor the `onnxscript` package), then
checked against the torch model on a few sentences before it is kept; nothing is downloaded.

With `int8=True` the nn.Linear layers whose names match `layers` (a regular expression over the
BERT module names) become dynamic int8 matrix products, as onnxruntime's own
`quantize_dynamic` writes them (its quantizer needs the `onnx` package, which is not installed):
weights symmetric int8 per output channel, activations quantized per tensor at run time
(DynamicQuantizeLinear → MatMulInteger → scale), fused by onnxruntime into one kernel.
Per-channel weights matter: per-tensor weights lose 4 points of cosine (README "Performance").
"""
from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

import numpy as np

__all__ = ["OnnxEncoder", "load", "cache_dir", "export", "graph_path", "native_scheme"]

RECIPE = "v2"  # bump when the exported graph changes: it is part of the cached file's name
# and (past v1) of the vector keys
# attention as plain matrix products: the graph has fewer nodes than with SDPA's mask handling,
# and onnxruntime pays a fixed cost per node on every call (README "round 3")
ATTENTION = "eager"
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


def cache_dir() -> Path:
    root = os.environ.get("COMMITTEE_MEMORY_CACHE") or Path.home() / ".cache" / "committee-memory"
    return Path(root) / "models"


def _fingerprint(model_dir: Path, int8: bool, layers: str, scheme: str = "s8",
                 smooth: str = "") -> str:
    """Names the exported file: the model files (names and sizes; the wheel is pinned), the recipe
    and the quantized layers, their weight scheme and smoothed layers."""
    extra = f"|{scheme}|{smooth}" if int8 and (scheme, smooth) != ("s8", "") else ""
    h = hashlib.sha256(f"{RECIPE}|{int8}|{layers}{extra}".encode())
    for p in sorted(model_dir.rglob("*")):
        if p.is_file():
            h.update(f"{p.relative_to(model_dir)}:{p.stat().st_size}".encode())
    return h.hexdigest()[:16]


def graph_path(model_dir: Path, name: str, int8: bool, layers: str, scheme: str = "s8",
               smooth: str = "") -> Path:
    """Where the exported graph of this model and recipe is cached."""
    return cache_dir() / (f"{name}-{'int8' if int8 else 'fp32'}-"
                          f"{_fingerprint(model_dir, int8, layers, scheme, smooth)}.onnx")


def calibration_texts() -> list[str]:
    """The paragraphs of the invented sample minutes (samples/src): what smoothing is calibrated
    on, so that no corpus text shapes the encoder."""
    src = Path(__file__).resolve().parents[1] / "samples" / "src"
    out: list[str] = []
    for f in sorted(src.glob("*.md")):
        body = f.read_text(encoding="utf-8").split("---", 2)[-1]
        out += [p.strip() for p in re.split(r"\n\s*\n", body)
                if len(p.strip()) > 40 and not p.lstrip().startswith("[")]
    if not out:
        raise RuntimeError(f"no calibration text for the int8 encoder in {src} (the sample "
                           "minutes ship with the repository); set embed_int8_smooth to \"\"")
    return out


def load(model_dir: Path, name: str, int8: bool, layers: str, threads: int,
         check_texts: Sequence[str] = (), check_cosine: float = 0.0, scheme: str = "s8",
         smooth: str = "") -> "OnnxEncoder":
    """The encoder of the cached graph, exported first when missing (raises when onnxruntime is
    missing, the export fails or its check does)."""
    import onnxruntime  # noqa: F401  (fail before a long export when it is missing)
    path = graph_path(model_dir, name, int8, layers, scheme, smooth)
    if not path.exists():
        export(model_dir, path, int8, layers, check_texts, check_cosine, scheme, smooth)
    return OnnxEncoder(path, model_dir, threads)


class OnnxEncoder:
    """One onnxruntime session and the model's own tokenizer (`tokenizers`, no transformers)."""

    def __init__(self, path: Path, model_dir: Path, threads: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(0, threads)
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        # idle pool threads sleep instead of spinning: the cores are shared with the other worker
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.path = path
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        pad = self.tokenizer.token_to_id("[PAD]")
        self.tokenizer.enable_padding(pad_id=0 if pad is None else pad, pad_token="[PAD]")

    def encode(self, texts: Sequence[str], batch_size: int, max_tokens: int) -> np.ndarray:
        """Rows in input order; texts stripped, cut at `max_tokens` tokens (with [CLS] and [SEP])
        and batched longest first, as sentence-transformers does."""
        texts = [str(t).strip() for t in texts]
        self.tokenizer.enable_truncation(max_length=max_tokens)
        order = np.argsort([-len(t) for t in texts], kind="stable")
        out = np.zeros((len(texts), 0), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            idx = order[start:start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] for i in idx])
            feeds = {
                "input_ids": np.array([e.ids for e in enc], dtype=np.int64),
                "attention_mask": np.array([e.attention_mask for e in enc], dtype=np.int64),
                "token_type_ids": np.array([e.type_ids for e in enc], dtype=np.int64),
            }
            vecs = self.session.run(None, feeds)[0]
            if out.shape[1] == 0:
                out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
            out[idx] = vecs
        return out


SCHEMES = ("s8", "s8-7bit", "u8")
# x86 features with which onnxruntime multiplies int8 by int8 into 32-bit sums (VNNI, AMX)
_VNNI_FLAGS = {"avx512_vnni", "avx_vnni", "amx_int8", "avx_vnni_int8"}


def native_scheme(cpuinfo: str | None = None, machine: str | None = None) -> str:
    """The int8 weight scheme this CPU computes faithfully ("auto" in `embed_int8_scheme`).

    Without VNNI an x86 CPU multiplies onnxruntime's uint8 activations by int8 weights with
    vpmaddubsw, whose 16-bit sums of two products saturate when the weights use the full ±127
    range: on an AVX2-only AMD EPYC the "s8" graph gave vectors of cosine 0.973 mean / 0.951
    worst with the float32 model over the sample paragraphs, "s8-7bit" (±63, onnxruntime's
    reduce_range for such CPUs) 0.995 / 0.987 and "u8" 0.996 / 0.993 at 1.2x its CPU. CPUs with
    VNNI or AMX, and other architectures, keep "s8" (0.996 mean there). `cpuinfo` and `machine`
    default to /proc/cpuinfo and the running platform; where the flags cannot be read on x86
    the safe "s8-7bit" is chosen."""
    import platform
    machine = (machine if machine is not None else platform.machine()).lower()
    if machine not in ("x86_64", "amd64", "i386", "i686", "x86"):
        return "s8"
    if cpuinfo is None:
        try:
            cpuinfo = Path("/proc/cpuinfo").read_text(errors="ignore")
        except OSError:
            cpuinfo = ""
    flags = {f for line in cpuinfo.splitlines() if line.lower().startswith("flags")
             for f in line.split(":", 1)[-1].split()}
    return "s8" if flags & _VNNI_FLAGS else "s8-7bit"


def _quantize_linears(bert, layers: str, scheme: str = "s8",
                      smooth: dict[str, "np.ndarray"] | None = None) -> int:
    """Replace the nn.Linear modules whose dotted names match `layers` by their int8 export form;
    returns how many were replaced.

    `scheme`, per output channel: "s8" symmetric int8 weights in ±127 (onnxruntime's QInt8,
    per_channel), "s8-7bit" the same in ±63 (its reduce_range), "u8" asymmetric uint8 weights
    with a zero point (its QUInt8). `smooth` (module name → largest |input| per input channel,
    measured on calibration text) moves activation outliers into the weights (SmoothQuant,
    alpha 0.5): the input is divided by s per channel before it is quantized and the weight row
    multiplied by it, so the product is unchanged and the per-tensor activation scale is no
    longer set by a few channels."""
    import torch
    if scheme not in SCHEMES:
        raise ValueError(f"int8 scheme must be one of {SCHEMES}, not {scheme!r}")

    class _QMatMul(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x, wq, scale, zero, bias):  # what the graph computes, for tracing
            w = (wq.float() - zero.float()) * scale
            return torch.nn.functional.linear(x, w.t(), bias)

        @staticmethod
        def symbolic(g, x, wq, scale, zero, bias):
            xq, xscale, xzero = g.op("DynamicQuantizeLinear", x, outputs=3)
            y = g.op("MatMulInteger", xq, wq, xzero, zero)
            y = g.op("Mul", g.op("Cast", y, to_i=1), g.op("Mul", xscale, scale))  # 1 = float
            return g.op("Add", y, bias)

    class QLinear(torch.nn.Module):
        def __init__(self, lin: torch.nn.Linear, peak: "np.ndarray | None"):
            super().__init__()
            w = lin.weight.detach().t().contiguous().float()  # [in, out]
            self.smooth = peak is not None
            if self.smooth:
                a = torch.as_tensor(peak, dtype=torch.float32).clamp(min=1e-5)
                s = (a.sqrt() / w.abs().amax(1).clamp(min=1e-5).sqrt()).clamp(1e-2, 1e2)
                w = w * s[:, None]
                self.register_buffer("inv_s", (1.0 / s).float())
            if scheme == "u8":
                lo, hi = w.amin(0).clamp(max=0), w.amax(0).clamp(min=0)
                scale = ((hi - lo) / 255.0).clamp(min=1e-12)
                zero = torch.round(-lo / scale).clamp(0, 255)
                wq = (torch.round(w / scale) + zero).clamp(0, 255).to(torch.uint8)
                zero = zero.to(torch.uint8)
            else:
                top = 127.0 if scheme == "s8" else 63.0
                scale = (w.abs().amax(0) / top).clamp(min=1e-12)
                wq = torch.round(w / scale).clamp(-top, top).to(torch.int8)
                zero = torch.zeros(w.shape[1], dtype=torch.int8)
            self.register_buffer("wq", wq)
            self.register_buffer("scale", scale.float())
            self.register_buffer("zero", zero)
            bias = lin.bias if lin.bias is not None else torch.zeros(w.shape[1])
            self.register_buffer("bias", bias.detach().clone().float())

        def forward(self, x):
            if self.smooth:
                x = x * self.inv_s
            return _QMatMul.apply(x, self.wq, self.scale, self.zero, self.bias)

    pattern = re.compile(layers)
    n = 0
    for name, mod in list(bert.named_modules()):
        for cname, child in list(mod.named_children()):
            full = f"{name}.{cname}" if name else cname
            if isinstance(child, torch.nn.Linear) and pattern.search(full):
                setattr(mod, cname, QLinear(child, (smooth or {}).get(full)))
                n += 1
    return n


def input_peaks(st, texts: Sequence[str], layers: str) -> dict[str, np.ndarray]:
    """Largest |input| per channel of each nn.Linear matching `layers`, over `texts` (the
    calibration of `smooth`)."""
    import torch
    bert = st[0].auto_model.eval()
    pattern = re.compile(layers)
    peaks: dict[str, torch.Tensor] = {}
    hooks = []
    for name, mod in bert.named_modules():
        if isinstance(mod, torch.nn.Linear) and pattern.search(name):
            def hook(m, inp, out, name=name):
                a = inp[0].detach().abs().reshape(-1, inp[0].shape[-1]).amax(0)
                peaks[name] = torch.maximum(peaks[name], a) if name in peaks else a
            hooks.append(mod.register_forward_hook(hook))
    try:
        with torch.no_grad():
            st.encode(list(texts), batch_size=1, convert_to_numpy=True)
    finally:
        for h in hooks:
            h.remove()
    return {k: v.numpy() for k, v in peaks.items()}


def export(model_dir: Path, path: Path, int8: bool, layers: str,
           check_texts: Sequence[str] = (), check_cosine: float = 0.0, scheme: str = "s8",
           smooth: str = "") -> None:
    """Write the ONNX graph of the sentence-transformers model in `model_dir` to `path` (atomic:
    written beside it, checked, then renamed; one process exports while the others wait)."""
    import fcntl
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if path.exists():  # another process exported it while this one waited
            return
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        try:
            reference = _export_graph(model_dir, tmp, int8, layers, check_texts, scheme,
                                      smooth)
            if check_texts:
                got = OnnxEncoder(tmp, model_dir, threads=1).encode(check_texts, batch_size=8, max_tokens=256)
                worst = float((got * reference).sum(1).min())
                if worst < check_cosine:
                    raise RuntimeError(f"the exported graph disagrees with the torch model "
                                       f"(cosine {worst:.3f} < {check_cosine})")
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)


def _export_graph(model_dir: Path, out: Path, int8: bool, layers: str,
                  check_texts: Sequence[str], scheme: str = "s8",
                  smooth: str = "") -> np.ndarray:
    """Trace the model (mean pooling and normalisation included) into `out`; returns the torch
    model's vectors of `check_texts` (256 tokens), computed before any layer is quantized."""
    import torch
    from sentence_transformers import SentenceTransformer
    try:  # no "Loading weights" progress bar
        from transformers.utils import logging as hf_logging
        hf_logging.disable_progress_bar()
    except Exception:  # pragma: no cover - an older transformers without it
        pass
    st = SentenceTransformer(str(model_dir), device="cpu",
                             model_kwargs={"attn_implementation": ATTENTION})
    st.max_seq_length = 256
    reference = (st.encode(list(check_texts), batch_size=8, normalize_embeddings=True,
                           convert_to_numpy=True) if check_texts else np.zeros((0, 0)))
    bert = st[0].auto_model.eval()
    peaks = input_peaks(st, calibration_texts(), smooth) if int8 and smooth else None
    if int8 and not _quantize_linears(bert, layers, scheme, peaks):
        raise RuntimeError(f"no layer of the model matches embed_int8_layers {layers!r}")

    class Pooled(torch.nn.Module):
        def __init__(self, model):
            super().__init__()
            self.model = model

        def forward(self, input_ids, attention_mask, token_type_ids):
            h = self.model(input_ids=input_ids, attention_mask=attention_mask,
                           token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(h.dtype)
            v = (h * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(v, p=2, dim=1)

    # a padded batch of two, so the traced graph handles padding and any batch and length
    example = st.tokenizer(["The committee approved the budget.", "Noted."], padding=True,
                           return_tensors="pt")
    args = tuple(example[k] for k in _INPUTS)
    axes = {k: {0: "batch", 1: "tokens"} for k in _INPUTS} | {"embedding": {0: "batch"}}
    import warnings
    with torch.no_grad(), warnings.catch_warnings(), _without_onnx_package():
        warnings.simplefilter("ignore")
        torch.onnx.export(Pooled(bert).eval(), args, str(out), dynamo=False, opset_version=17,
                          input_names=list(_INPUTS), output_names=["embedding"],
                          dynamic_axes=axes)
    return np.asarray(reference, dtype=np.float32)


class _without_onnx_package:
    """The TorchScript exporter builds the ModelProto itself and imports `onnx` only to insert
    onnxscript functions, of which this model has none: without the package, skip that step."""

    def __enter__(self):
        self.saved = None
        try:
            import onnx  # noqa: F401
        except ImportError:
            from torch.onnx._internal.torchscript_exporter import onnx_proto_utils as opu
            self.saved = opu._add_onnxscript_fn
            opu._add_onnxscript_fn = lambda proto, custom_opsets: proto
        return self

    def __exit__(self, *exc):
        if self.saved is not None:
            from torch.onnx._internal.torchscript_exporter import onnx_proto_utils as opu
            opu._add_onnxscript_fn = self.saved
        return False
