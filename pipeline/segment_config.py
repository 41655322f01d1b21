"""Thresholds and word lists of the segment stage, read once from models/segment_config.json.

Data, not code: the numbers that decide what an agenda block, a bullet outline or a recurring
sub-heading is, and the word lists (procedural run-in labels, generic body words). A missing or
unreadable file falls back to the defaults below, so the stage never fails on configuration.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["CONFIG", "load_config"]

PATH = Path(__file__).resolve().parents[1] / "models" / "segment_config.json"
_DEFAULTS: dict[str, Any] = {
    "date_window_lines": 40,
    "date_min_score": 4.0,
    "date_strong_score": 10.0,  # a printed date this sure beats one in the running header/footer
    "recurring_heading_count": 3,
    "outline_share": 0.8,
    "opening_min_words": 20,  # prose before the first heading makes an opening item from this many words
    "opening_prose_lower": 0.3,  # share of lower-case words that makes a line prose, not names or a title
    "agenda": {"opening_lines": 15, "long_line": 0.75, "agenda_max_prose": 0.3,
               "minutes_min_prose": 0.5, "min_agenda_items": 3},
    "procedural_labels": ["topic", "re", "subject", "note", "notes"],
    "procedural_heading": r"^\W*(?:mover|seconder|vote\s+on\b)\b",
    # what follows a member's name in a roll call ("Spencer: Aye; Knox White: Aye"): no run-in heading
    "roll_call_vote": r"^\W*(?i:ayes?|yes|yeas?|no|nays?|noes|abstain(?:ed|s|ing)?|abstention|absent|recused?)"
                      r"(?:\s*[;,.]|\s*$|\s+and\b|\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*:)",
    # a vote list that wrapped after its count's dash ("… Herrera Spencer" / "– 2. Noes: …"): no
    # numbered heading
    "vote_list_title": r"^\W*(?:ayes|noes|nays|yeas|abstentions?|abstain(?:ed|ing)?|absent|recused)\s*:",
    "table_header_words": ["action", "owner", "due", "by", "who", "when", "status", "deadline"],
    "generic_body_words": ["city", "council", "board", "committee", "commission", "of", "the", "and"],
}


def load_config(path: str | Path = PATH) -> dict[str, Any]:
    """The configuration at `path` over the defaults; word lists become sets."""
    cfg = json.loads(json.dumps(_DEFAULTS))
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(cfg.get(key), dict):
            cfg[key].update(value)
        else:
            cfg[key] = value
    for key in ("procedural_labels", "generic_body_words", "table_header_words"):
        cfg[key] = {w.lower() for w in cfg[key]}
    return cfg


CONFIG = load_config()
