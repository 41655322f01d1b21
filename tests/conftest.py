"""Shared fixtures: the real corpus beside the checkout, and a fresh store."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from pipeline.eval_cache import corpus_dir  # noqa: E402  (after the thread settings)

REPO = Path(__file__).resolve().parents[1]
CORPUS = corpus_dir()
SAMPLES = REPO / "samples"


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    return CORPUS


@pytest.fixture
def fresh_store(tmp_path):
    from pipeline.store import Store
    s = Store(tmp_path / "test.db")
    yield s
    s.close()
