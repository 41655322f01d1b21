"""The --speaker-errors listing of eval_statements: mismatches by kind, with the sentence before."""
from __future__ import annotations

from pipeline.classify import Prediction
from pipeline.eval_statements import GoldRow, format_speaker_errors, speaker_errors


def _row(text: str, speaker: str, item: str = "5 Budget", file: str = "a.jsonl") -> GoldRow:
    return GoldRow(file, "body/a.pdf", item, text, "information", "", "", speaker)


def test_speaker_errors_are_grouped_by_kind_with_the_sentence_before() -> None:
    rows = [_row("Cllr Smith said the cost was high.", "Cllr Smith"),
            _row("He asked for a review.", "Cllr Smith"),
            _row("Water bills are sent from the office.", ""),
            _row("Ms. Lee replied.", "Ms. Lee"),
            _row("The item opened.", "", item="6 Roads")]
    preds = [Prediction("information", speaker="Cllr Smith"),
             Prediction("information", speaker=""),
             Prediction("information", speaker="Robin"),
             Prediction("information", speaker="the Chair"),
             Prediction("information", speaker="")]
    errs = speaker_errors(rows, preds)
    assert [(r.text[:8], prev[:8]) for r, _, prev in errs] == [
        ("He asked", "Cllr Smi"), ("Water bi", "He asked"), ("Ms. Lee ", "Water bi")]
    text = format_speaker_errors(errs)
    assert "-- speaker missed: 1" in text and "-- speaker spurious: 1" in text \
        and "-- speaker other: 1" in text
    assert "before: Cllr Smith said the cost was high." in text


def test_the_first_sentence_of_an_item_has_no_sentence_before() -> None:
    rows = [_row("Cllr Smith said so.", "Cllr Smith"), _row("Ms. Lee said so.", "Ms. Lee", item="6")]
    preds = [Prediction("information", speaker="Cllr Smith"), Prediction("information", speaker="")]
    assert speaker_errors(rows, preds)[0][2] == ""
