"""Bounded lexical search: AND first, then OR over the rarer words, never ranking a common word.

Ranking a full-text match costs time in proportion to the postings it touches: SQLite's BM25 reads
every posting of each query word to count its documents, and both stores score every matching row.
An OR of common words ("council", "staff") touches most of a large store (0.9 s at 1M statements).
So each query word's document frequency is counted first (capped at the budget, so a common word
costs no more than the budget to count), and only the rarest words whose frequencies add up to at
most `search_lexical_budget` postings take part in ranked queries:

1. all of those rare words must match (AND), ranked;
2. when that finds fewer than `search_and_min_hits`, any of them may match (OR), ranked, after the
   AND hits;
3. when every word is common (even the rarest one alone is over the budget), the statements holding
   all of the words, newest first (unranked: every word then weighs little in BM25 anyway).

Words found in no statement are left out (a misspelt word no longer empties an AND). Common words
left out of the match lose only their share of the score: their inverse document frequency is low
by definition. Both stores (store.py, store_pg.py) run this plan through three small primitives:
`doc_counts(words, cap)`, `ranked_match(words, all_words, limit, filters)` and
`newest_match(words, limit, filters)`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .config import CONFIG

__all__ = ["LexicalPlan", "plan", "search"]


@dataclass(frozen=True)
class LexicalPlan:
    """What one lexical search runs: the `rare` words ranked (AND first, then OR), or, when no
    word is rare, the statements holding all `common` words, newest first."""
    rare: list[str] = field(default_factory=list)
    common: list[str] = field(default_factory=list)


def plan(words: list[str], counts: dict[str, int], budget: int) -> LexicalPlan:
    """Split the query words into rare (ranked) and common (left out of ranking) by their
    document frequency `counts` (capped above `budget`): rarest first, while the frequencies of
    the rare words add up to at most `budget`."""
    present = [w for w in dict.fromkeys(words) if counts.get(w, 0) > 0]
    present.sort(key=lambda w: counts[w])  # stable: equal counts keep the query's order
    rare: list[str] = []
    total = 0
    for w in present:
        if total + counts[w] > budget:
            break
        rare.append(w)
        total += counts[w]
    return LexicalPlan(rare, present[len(rare):])


def search(store, words: list[str], limit: int, **filters) -> list[int]:
    """Statement rowids for `words`, best first, at most `limit` (see the module docstring)."""
    if not words or limit <= 0:
        return []
    budget = int(CONFIG["search_lexical_budget"])
    p = plan(words, store.doc_counts(words, budget + 1), budget)
    if not p.rare:
        return store.newest_match(p.common, limit, **filters) if p.common else []
    hits: list[int] = []
    if len(p.rare) > 1:
        hits = store.ranked_match(p.rare, True, limit, **filters)
    if len(hits) < min(limit, int(CONFIG["search_and_min_hits"])):
        seen = set(hits)
        hits += [r for r in store.ranked_match(p.rare, False, limit, **filters)
                 if r not in seen][:limit - len(hits)]
    return hits
