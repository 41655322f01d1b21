"""The bounded lexical plan (lexical.py): which words are ranked, AND before OR, common words."""
from __future__ import annotations

import pytest

from pipeline import lexical
from pipeline.config import CONFIG


def test_plan_takes_the_rarest_words_within_the_budget():
    counts = {"council": 900, "parking": 40, "meters": 5, "zzyzx": 0, "budget": 300}
    p = lexical.plan(["council", "parking", "meters", "zzyzx", "budget"], counts, 400)
    assert p.rare == ["meters", "parking", "budget"]  # 5 + 40 + 300 <= 400; council would pass it
    assert p.common == ["council"]  # zzyzx is in no statement: left out, not an empty AND


def test_plan_with_every_word_common():
    p = lexical.plan(["council", "staff"], {"council": 501, "staff": 501}, 500)
    assert p.rare == [] and p.common == ["council", "staff"]


class FakeStore:
    """Documents as sets of words; ranking = rowid order, newest = reverse rowid order."""

    def __init__(self, docs: dict[int, set[str]]):
        self.docs = docs
        self.calls: list[tuple] = []

    def doc_counts(self, words, cap):
        return {w: min(cap, sum(w in d for d in self.docs.values())) for w in words}

    def ranked_match(self, words, all_words, limit, **filters):
        self.calls.append(("and" if all_words else "or", tuple(words)))
        test = all if all_words else any
        return [r for r, d in sorted(self.docs.items()) if test(w in d for w in words)][:limit]

    def newest_match(self, words, limit, **filters):
        self.calls.append(("newest", tuple(words)))
        return [r for r, d in sorted(self.docs.items(), reverse=True)
                if all(w in d for w in words)][:limit]


@pytest.fixture
def budget(monkeypatch):
    def set_(n: int, min_hits: int = 100):
        monkeypatch.setitem(CONFIG, "search_lexical_budget", n)
        monkeypatch.setitem(CONFIG, "search_and_min_hits", min_hits)
    return set_


def test_search_puts_all_word_matches_first_then_fills_with_any(budget):
    budget(100)
    store = FakeStore({1: {"parking"}, 2: {"budget"}, 3: {"parking", "budget"}, 4: {"other"}})
    assert lexical.search(store, ["parking", "budget"], 10) == [3, 1, 2]
    assert store.calls == [("and", ("parking", "budget")), ("or", ("parking", "budget"))]
    assert lexical.search(store, ["parking", "budget"], 2) == [3, 1]


def test_search_skips_or_when_and_finds_enough(budget):
    budget(100, min_hits=1)
    store = FakeStore({1: {"parking"}, 2: {"parking", "budget"}})
    assert lexical.search(store, ["parking", "budget"], 10) == [2]
    assert [c[0] for c in store.calls] == ["and"]


def test_search_never_ranks_a_common_word(budget):
    budget(3)
    docs = {i: {"council"} for i in range(1, 8)}
    docs[8] = {"council", "parking"}
    docs[9] = {"parking"}
    store = FakeStore(docs)
    assert lexical.search(store, ["council", "parking"], 10) == [8, 9]
    assert store.calls == [("or", ("parking",))]  # one rare word: no AND, council left out


def test_search_with_every_word_common_returns_newest_holding_all(budget):
    budget(2)
    store = FakeStore({1: {"council", "staff"}, 2: {"council"}, 3: {"council", "staff"},
                       4: {"staff"}})
    assert lexical.search(store, ["council", "staff"], 10) == [3, 1]
    assert store.calls == [("newest", ("council", "staff"))]


def test_search_of_unknown_words_is_empty(budget):
    budget(10)
    store = FakeStore({1: {"parking"}})
    assert lexical.search(store, ["zzyzx"], 10) == [] and store.calls == []
    assert lexical.search(store, [], 10) == []
