"""Thresholds and settings, in one place (calibrated on gold; see README "Calibration")."""
from __future__ import annotations

import json
import os
from pathlib import Path

__all__ = ["CONFIG", "MODELS_DIR"]

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

CONFIG: dict = {
    # link: an item joins a thread when its combined score with the thread passes this
    "link_threshold": 0.58,
    # cross-body links (escalation/referral to another body) need a higher score
    "link_threshold_cross_body": 0.66,
    # weights of the link signals (sum to 1): content cosine, title cosine, title token overlap
    "link_weights": {"content": 0.5, "title": 0.3, "tokens": 0.2},
    # an item needs this much body text for its content to count in linking
    "link_min_body_chars": 80,
    # an explicit reference (same file id / item number cited) adds this bonus
    "link_reference_bonus": 0.35,
    # two items of one meeting (a minute reference, then the item) join one thread only when
    # this similar to each other
    "link_same_meeting_threshold": 0.20,
    # compare a new item with the last N items of a thread
    "link_window": 12,
    # threads more than this many days apart do not link (0: no limit)
    "link_max_gap_days": 800,
    # statement links: an objection is answered by a response this similar (cosine)
    "answer_threshold": 0.45,
    # … or this similar when the statement presents itself as a reply ("RC explained that …")
    "answer_threshold_reply": 0.42,
    # … or this, for a reply on the same item that answers "the concerns" raised at large
    "answer_threshold_generic_reply": 0.25,
    # … or this, for another named speaker's statement right after the objection (the very
    # next statement: an officer's reply is rarely worded like the concern it answers)
    "answer_threshold_next": [0.10, 0.35],
    # … and a decision or action must be this similar to count as answering it
    "answer_threshold_decision": 0.55,
    # a later statement repeats / carries forward an earlier objection at this similarity
    "repeat_threshold": 0.60,
    # … or this similar when it says it is raising the point again ("reiterated", "still")
    "repeat_threshold_cued": 0.45,
    # contrary formal decisions count as a reversal only when about the same thing (cosine)
    "reversal_min_similarity": 0.45,
    # search: reciprocal-rank-fusion constant and candidates taken from each ranker
    "rrf_k": 10,
    # weight of each ranker in the fusion (BM25 is noisier than embeddings on paraphrased
    # questions; calibrated on tests/gold/search)
    "rrf_weights": {"bm25": 0.3, "vector": 1.0},
    "search_candidates": 100,
    # embeddings (see embed.py, README "Performance"): statements are encoded with at most this
    # many tokens; the figure is part of the cache key, so vectors of different lengths never mix
    "embed_statement_max_tokens": 128,
    # … and items (their content is the title and up to 1,500 characters of text: threads are
    # built on it). 256 is the model's own limit and the key of the first release's vectors
    "embed_item_max_tokens": 256,
    # embed every statement at ingest (semantic search over all of them). When False, statements
    # of `embed_deferred_types` (information: ~60 % of them) are embedded only where linking or
    # the analysis compares them (derive.py) and search finds the others by BM25 alone: threads,
    # links and findings stay the same, ingest needs ~25 % less CPU, but search recall@10 on
    # tests/gold/search falls from 0.29 to 0.20 (README "Performance"), so it is off by default
    "embed_all_statements": True,
    "embed_deferred_types": ["information"],
    # texts per encoder batch: texts are sorted by length and each batch padded to its longest,
    # so small batches waste less on padding; on one CPU thread 8 encodes 2.5x faster than 64
    # (measured on a 15-page council file: 2.9 against 7.4 CPU-s)
    "embed_batch_size": 8,
    # files of more pages are embedded in derive instead of their worker: embedding a very long
    # file must not eat its per-file time limit, nor add the model to a worker that already holds
    # a thousand pages (the memory cap)
    "embed_worker_max_pages": 300,
    # torch threads per ingest worker process while embedding (workers run side by side)
    "embed_worker_threads": 1,
}

_override = os.environ.get("COMMITTEE_MEMORY_CONFIG")
if _override and Path(_override).is_file():
    CONFIG.update(json.loads(Path(_override).read_text()))
