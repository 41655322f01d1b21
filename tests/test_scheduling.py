"""Keeping both cores busy: the costliest files go first, the tracker runs beside linking, and a
worker does not encode a text twice."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from pipeline.eval_cache import corpus_dir

CORPUS = corpus_dir()


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return CORPUS


def test_a_scanned_file_is_expected_to_cost_more_than_a_longer_text_file(corpus, tmp_path):
    from pipeline.ingest import expected_cost
    scan = corpus / "alameda/PensionBoard/2016-01-25.pdf"  # 3 image-only pages
    text = corpus / "alameda/CityCouncil/2005-01-04.pdf"  # 13 pages with a text layer
    assert expected_cost(str(scan)) > expected_cost(str(text)) >= 13
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 nothing else")
    assert expected_cost(str(bad)) == 0.0  # it fails at once in its worker
    assert expected_cost(str(tmp_path / "missing.pdf")) == 0.0


def _boom(message: str):
    raise ValueError(message)


def test_work_set_aside_returns_its_result_or_raises_its_error():
    from pipeline.derive import _aside
    wait = _aside(np.add, np.arange(3), 10)
    assert wait().tolist() == [10, 11, 12]
    wait = _aside(_boom, "no tracker")
    with pytest.raises(ValueError, match="no tracker"):
        wait()


def test_aside_work_whose_process_dies_is_done_here():
    from pipeline.derive import _aside
    pid = os.getpid()

    def where() -> int:
        if os.getpid() != pid:
            os._exit(3)  # the child dies without an answer
        return os.getpid()
    assert _aside(where)() == pid


def test_a_worker_encodes_a_text_met_in_an_earlier_file_once(monkeypatch):
    from types import SimpleNamespace as NS
    from pipeline import embed
    calls: list[list[str]] = []
    real = embed.encode

    def counting(texts, batch_size=0, max_tokens=embed.MODEL_TOKENS):
        calls.append(list(texts))
        return real(texts, batch_size, max_tokens)
    monkeypatch.setattr(embed, "encode", counting)
    monkeypatch.setattr(embed, "_worker_memo", {})

    def meeting(extra: str) -> NS:
        return NS(items=[NS(title="Minutes of the previous meeting", text="", statements=[
            NS(text="Adopted.", type="decision"), NS(text=extra, type="information")])])
    first = dict(((h, k), v) for h, k, _, v in embed.embed_meetings([meeting("It rained.")]))
    second = dict(((h, k), v) for h, k, _, v in embed.embed_meetings([meeting("It snowed.")]))
    encoded_later = [t for batch in calls[2:] for t in batch]
    assert encoded_later == ["It snowed."]
    shared = set(first) & set(second)
    assert len(shared) == 3 and all(first[k] == second[k] for k in shared)
