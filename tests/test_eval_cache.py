"""Evaluation scratch stores live in a folder named after the code that filled them."""
from __future__ import annotations

from pipeline import eval_cache


def test_the_cache_folder_changes_with_the_code(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMITTEE_MEMORY_EVAL_CACHE", str(tmp_path))
    first = eval_cache.eval_cache_dir()
    assert first.parent == tmp_path and first.is_dir()
    # another model file (or source) gives another folder: a stale store is never reused
    models = tmp_path / "repo" / "models"
    (tmp_path / "repo" / "pipeline").mkdir(parents=True)
    models.mkdir()
    (models / "rules.jsonl").write_text("a")
    monkeypatch.setattr(eval_cache, "REPO", tmp_path / "repo")
    eval_cache.code_version.cache_clear()
    try:
        a = eval_cache.code_version()
        (models / "rules.jsonl").write_text("b")
        eval_cache.code_version.cache_clear()
        assert eval_cache.code_version() != a
    finally:
        eval_cache.code_version.cache_clear()
