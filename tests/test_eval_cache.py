"""Evaluation scratch stores live in a folder named after the code that filled them."""
from __future__ import annotations

import pytest

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


def test_a_store_short_of_files_is_refused_but_bad_sources_are_not(tmp_path):
    from pipeline.store import Store
    good = tmp_path / "2024-03-05.md"
    good.write_text("# Parks Committee\nMinutes of the meeting held on 5 March 2024\n\n"
                    "1. Play area\nThe committee approved the new play area.\n")
    docx = tmp_path / "minutes.pdf"
    docx.write_bytes(b"PK\x03\x04" + b"\x00" * 200)  # a Word file named .pdf: the source is bad
    store = Store(tmp_path / "s.db")
    try:
        report = eval_cache.ingest_all([str(good), str(docx)], store)
        assert report.count("stored") == 1 and report.count("failed") == 1
        # a file that fails for another reason (here: missing) makes the store unfit to score
        try:
            eval_cache.ingest_all([str(tmp_path / "gone.pdf")], store)
        except RuntimeError as exc:
            assert "gone.pdf" in str(exc) and "delete" in str(exc)
        else:
            raise AssertionError("a store short of a file was scored")
    finally:
        store.close()


def test_only_the_pipelines_verdicts_on_bad_sources_count_as_input_problems():
    from pipeline.errors import E, InputError
    assert eval_cache._input_problem(str(InputError("x.pdf", E.ENCRYPTED)))
    assert eval_cache._input_problem(str(InputError("x.pdf", E.NOT_PDF.format(kind="a zip"))))
    assert not eval_cache._input_problem("x.pdf: reading took longer than 300 s and was stopped")
    assert not eval_cache._input_problem("x.pdf: worker died (KeyError: 'vectors')")
    # a fault in the segment stage is the pipeline's, not the file's: the store would be short
    fault = E.SEGMENT_FAILED.format(stage="reading the agenda items", detail="KeyError: 'x'")
    assert not eval_cache._input_problem(str(InputError("x.pdf", fault, page=3)))


def test_an_evaluation_without_the_corpus_stops_with_what_to_set(tmp_path, monkeypatch, capsys):
    from pipeline import eval_votes
    from pipeline.eval_cache import require_corpus
    missing = tmp_path / "no-corpus"
    with pytest.raises(SystemExit) as err:
        require_corpus(missing)
    assert str(missing) in str(err.value) and "COMMITTEE_MEMORY_CORPUS" in str(err.value)
    assert require_corpus(tmp_path) == tmp_path
    # a scoring run stops before reading any file rather than printing zeros as figures
    monkeypatch.setattr(eval_votes, "CORPUS", missing)
    monkeypatch.setattr(eval_votes, "evaluate", lambda: pytest.fail("scored without a corpus"))
    with pytest.raises(SystemExit):
        eval_votes.main([])
