"""The fast encoder (onnxruntime, int8) against the torch model on real minutes sentences, its
cache keys, and the fallback to torch when onnxruntime is missing or the export fails."""
from __future__ import annotations

import logging
import random
import re
import sys

import numpy as np
import pytest

pytestmark = pytest.mark.slow

# int8 vectors against torch's on corpus sentences: measured mean 0.992, worst 0.971 over 1,200
# sentences (README "Performance"); the float32 graph is the torch model itself
INT8_MIN_COSINE = 0.95
INT8_MEAN_COSINE = 0.985
FP32_MIN_COSINE = 0.9999


@pytest.fixture
def use_backend():
    """Switch `embed_backend` for one test; the configured backend is restored afterwards."""
    from pipeline import embed
    from pipeline.config import CONFIG
    saved = CONFIG["embed_backend"]

    def switch(name: str):
        CONFIG["embed_backend"] = name
        embed.reset()
        return embed.backend()

    yield switch
    CONFIG["embed_backend"] = saved
    embed.reset()


def _sentences(corpus, n: int, long: bool = False) -> list[str]:
    """Sentences (or, with `long`, paragraphs cut at 1,500 characters) of the text minutes of
    several bodies in the corpus."""
    files = sorted(p for p in corpus.rglob("*") if p.suffix in (".txt", ".md")
                   and p.name != "README.md")
    out: list[str] = []
    for f in files:
        text = f.read_text(errors="ignore")
        if long:
            paras = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text))
            out += [p[:1500] for p in paras if len(p) > 400]
        else:
            out += [s for s in re.split(r"(?<=[.?!])\s+", re.sub(r"\s+", " ", text))
                    if 40 <= len(s) <= 600]
    random.Random(0).shuffle(out)
    return out[:n]


def test_fast_encoders_agree_with_torch(corpus, use_backend):
    from pipeline.embed import encode
    short, long = _sentences(corpus, 300), _sentences(corpus, 40, long=True)
    assert len(short) == 300 and len(long) == 40
    use_backend("torch")
    ref_s, ref_l = encode(short, max_tokens=128), encode(long, max_tokens=256)
    for name, lowest, mean in (("onnx", FP32_MIN_COSINE, FP32_MIN_COSINE),
                               ("onnx-int8", INT8_MIN_COSINE, INT8_MEAN_COSINE)):
        assert use_backend(name).name == name  # not the fallback
        got_s, got_l = encode(short, max_tokens=128), encode(long, max_tokens=256)
        for got, ref in ((got_s, ref_s), (got_l, ref_l)):
            assert got.shape == ref.shape and got.dtype == np.float32
            assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-4)
            cos = (got * ref).sum(1)
            assert cos.min() >= lowest, (name, float(cos.min()), short[int(cos.argmin())][:80])
            assert cos.mean() >= mean, (name, float(cos.mean()))


def test_each_backend_has_its_own_cache_keys(use_backend, fresh_store):
    from pipeline import embed
    keys = {}
    for name in ("torch", "onnx", "onnx-int8"):
        use_backend(name)
        keys[name] = (embed.MODEL_NAME, embed.ITEM_MODEL)
        embed.embed_texts(fresh_store, ["The board approved the budget."])
        assert fresh_store.get_embeddings({embed.text_hash("The board approved the budget.")},
                                          embed.MODEL_NAME)
    assert keys["torch"] == ("all-MiniLM-L6-v2@128", "all-MiniLM-L6-v2")
    # the int8 recipe (smoothed layers) is part of its keys: vectors of another recipe never mix
    suffix = embed.backend().suffix
    assert suffix.startswith("-onnx-int8-") and keys["onnx-int8"] == \
        (f"all-MiniLM-L6-v2{suffix}@128", f"all-MiniLM-L6-v2{suffix}")
    assert len({k for pair in keys.values() for k in pair}) == 6
    rows = fresh_store.conn.execute("SELECT DISTINCT model FROM embeddings").fetchall()
    assert {r[0] for r in rows} == {keys[n][0] for n in keys}


def test_falls_back_to_torch_without_onnxruntime(use_backend, monkeypatch, tmp_path, caplog):
    from pipeline import embed
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path))
    monkeypatch.setitem(sys.modules, "onnxruntime", None)  # `import onnxruntime` fails
    with caplog.at_level(logging.WARNING, logger="pipeline.embed"):
        b = use_backend("onnx-int8")
    assert b.name == "torch" and embed.MODEL_NAME == "all-MiniLM-L6-v2@128"
    lines = [r.getMessage() for r in caplog.records if r.name == "pipeline.embed"]
    assert len(lines) == 1 and "\n" not in lines[0] and "onnxruntime" in lines[0]
    vec = embed.encode(["The committee approved the budget."])
    assert vec.shape == (1, embed.DIM) and abs(float(np.linalg.norm(vec)) - 1) < 1e-4
    assert not list(tmp_path.rglob("*.onnx"))


def test_falls_back_to_torch_when_the_export_fails(use_backend, monkeypatch, tmp_path, caplog):
    from pipeline import embed, embed_onnx
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path))

    def broken(*args, **kwargs):
        raise RuntimeError("exporter broke\nsecond line")

    monkeypatch.setattr(embed_onnx, "_export_graph", broken)
    with caplog.at_level(logging.WARNING, logger="pipeline.embed"):
        b = use_backend("onnx")
    assert b.name == "torch" and embed.ITEM_MODEL == "all-MiniLM-L6-v2"
    lines = [r.getMessage() for r in caplog.records if r.name == "pipeline.embed"]
    assert len(lines) == 1 and "exporter broke" in lines[0] and "second line" not in lines[0]
    assert not list(tmp_path.rglob("*.onnx")) and not list(tmp_path.rglob("*.tmp"))


def test_a_graph_that_disagrees_with_torch_is_not_kept(use_backend, monkeypatch, tmp_path):
    """The check after export: a graph whose vectors are further from torch's than
    `embed_onnx_check_cosine` allows (here a bound no int8 graph meets) is deleted and torch is
    used."""
    from pipeline.config import CONFIG
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path))
    monkeypatch.setitem(CONFIG, "embed_onnx_check_cosine", {"onnx-int8": 0.99999})
    assert use_backend("onnx-int8").name == "torch"
    assert not list(tmp_path.rglob("*.onnx")) and not list(tmp_path.rglob("*.tmp"))


def test_ingest_exports_the_encoder_before_its_memory_capped_workers_start(tmp_path, monkeypatch):
    # the one-off export (torch and its tracer) would break a worker's memory limit: it runs in a
    # process of its own first, and the workers only load the exported graph
    from pipeline import embed
    from pipeline.ingest import IngestOptions, ingest
    from pipeline.store import Store
    from tests.conftest import SAMPLES
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path / "cache"))
    embed.reset()
    try:
        pdf = sorted((SAMPLES / "pdf" / "seed_crisis_review").glob("*.pdf"))[0]
        store = Store(tmp_path / "s.db")
        report = ingest([str(pdf)], store, IngestOptions(workers=1, max_memory_mb=1200))
        assert report.count("stored") == 1, report.summary()
        assert list((tmp_path / "cache" / "models").glob("*.onnx"))
        store.close()
    finally:
        embed.reset()


@pytest.mark.parametrize("scheme, worst", [("s8", 0.01), ("s8-7bit", 0.02), ("u8", 0.01)])
def test_int8_layers_compute_the_float_product(scheme, worst):
    """What each weight scheme writes into the graph (its traced form dequantizes the weights):
    the product of a linear layer stays within a small relative error of the float one, weights
    in the scheme's range and type; smoothing (activation outliers moved into the weights)
    leaves the product as it was."""
    import torch
    from pipeline.embed_onnx import _quantize_linears
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(64, 32))
    x = torch.randn(5, 64)
    x[:, 3] *= 40  # an outlier channel, as LayerNorm outputs of BERT have
    want = net(x).detach()
    for smooth in (None, {"0": x.abs().amax(0).numpy()}):
        model = torch.nn.Sequential(torch.nn.Linear(64, 32))
        model.load_state_dict(net.state_dict())
        assert _quantize_linears(model, r"^0$", scheme, smooth) == 1
        q = model[0]
        assert q.wq.dtype == (torch.uint8 if scheme == "u8" else torch.int8)
        if scheme == "s8-7bit":
            assert int(q.wq.abs().max()) <= 63
        got = model(x).detach()
        assert float((got - want).norm() / want.norm()) < worst, (scheme, smooth is not None)
    with pytest.raises(ValueError):
        _quantize_linears(torch.nn.Sequential(torch.nn.Linear(4, 4)), r"^0$", "fp8")


def test_each_int8_recipe_has_its_own_graph_file(tmp_path, monkeypatch):
    """Scheme and smoothed layers name the cached graph (the default recipe keeps its name), and
    smoothing is calibrated on the sample minutes only."""
    from pipeline import embed_onnx
    from pipeline.embed import DEFAULT_INT8_LAYERS, _model_dir
    monkeypatch.setenv("COMMITTEE_MEMORY_CACHE", str(tmp_path))
    md = _model_dir()
    paths = {embed_onnx.graph_path(md, "m", True, DEFAULT_INT8_LAYERS, scheme, smooth)
             for scheme in ("s8", "u8") for smooth in ("", r"attention\.")}
    assert len(paths) == 4
    assert embed_onnx.graph_path(md, "m", True, DEFAULT_INT8_LAYERS) == \
        embed_onnx.graph_path(md, "m", True, DEFAULT_INT8_LAYERS, "s8", "")
    texts = embed_onnx.calibration_texts()
    assert len(texts) > 100 and any("crisis" in t for t in texts)
    assert not any(t.startswith("[") or t.startswith("scenario:") for t in texts)


@pytest.mark.parametrize("machine, flags, scheme", [
    ("x86_64", "fpu sse2 avx avx2 fma", "s8-7bit"),          # AVX2 only: vpmaddubsw saturates
    ("x86_64", "fpu avx2 avx512f avx512_vnni", "s8"),
    ("x86_64", "fpu avx2 avx_vnni", "s8"),
    ("x86_64", "", "s8-7bit"),                                # flags unreadable: the safe scheme
    ("aarch64", "fp asimd", "s8"),
    ("arm64", "", "s8"),
])
def test_the_int8_scheme_follows_the_cpu(machine, flags, scheme, monkeypatch):
    from pipeline import embed, embed_onnx
    from pipeline.config import CONFIG
    cpuinfo = f"processor\t: 0\nflags\t\t: {flags}\n" if flags else ""
    assert embed_onnx.native_scheme(cpuinfo, machine) == scheme
    # "auto" resolves to this CPU's scheme, and an explicit scheme is kept as set
    monkeypatch.setitem(CONFIG, "embed_int8_scheme", "auto")
    assert embed._int8_recipe()[1] == embed_onnx.native_scheme()
    monkeypatch.setitem(CONFIG, "embed_int8_scheme", "u8")
    assert embed._int8_recipe()[1] == "u8"

