"""The statement ruler: explicit markers of minutes ("RESOLVED that", "ACTION: AW", "carried 5-2").

Registered as the spaCy factory "minutes_statement_ruler_v1" (factory names allow no dots). Patterns are data
(`models/statement_rules.jsonl`): a first line `{"define": {NAME: [words]}}` gives word lists that
patterns reference as "$NAME"; every other line is
`{"id", "label", "priority", "pattern", ["outcome"], ["at_end"], ["not_after"], ["after_lower"]}`
with `label` a statement type or "outcome"; `"at_end": true` keeps a match only when nothing but
punctuation or a closing "and" follows it (an outcome printed after an agenda title: "… Grant
Program.” Adopted."); `"not_after": [words]` drops a match that follows one of those words ("an
approach which will be made in 2016": a relative clause describes, it tasks no one);
`"after_lower": [words]` drops a match that follows any lower-case word but those ("AW to
circulate" opens a clause; "to encourage BART to run" makes BART the object of a verb). A
`{"settings": …}` line holds the classify stage's thresholds and is skipped here.

Contract: the component sets `doc.spans["statements"]` to one span per match, `span.label_` the type
(or "outcome:<outcome>"), `span.id_` the rule id; `doc.user_data["rule_priority"]` maps rule id to
priority. It reads tokens only (no tagger, no parser), so it runs on `spacy.blank("en")`.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

__all__ = ["Rule", "RuleHit", "StatementRuler", "load_rules", "best_hits", "RULES_PATH"]

RULES_PATH = Path(__file__).resolve().parent.parent / "models" / "statement_rules.jsonl"
SPANS_KEY = "statements"


@dataclass(frozen=True)
class Rule:
    id: str
    label: str  # a statement type or "outcome"
    priority: int
    pattern: list[dict[str, Any]]
    outcome: str = ""
    at_end: bool = False  # the match must close the sentence (see module docstring)
    not_after: frozenset[str] = frozenset()  # words that may not precede the match
    after_lower: frozenset[str] | None = None  # the only lower-case words that may precede it


@dataclass(frozen=True)
class RuleHit:
    rule: str
    label: str
    outcome: str
    priority: int
    start: int  # token offsets
    end: int


def _expand(value: Any, defs: dict[str, list[str]]) -> Any:
    if isinstance(value, str) and value.startswith("$"):
        return defs[value[1:]]
    if isinstance(value, dict):
        return {k: _expand(v, defs) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v, defs) for v in value]
    return value


def load_rules(path: Path | str = RULES_PATH) -> list[Rule]:
    """Read the rule file, expanding "$NAME" word lists."""
    defs: dict[str, list[str]] = {}
    rules: list[Rule] = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        row = json.loads(raw)
        if "define" in row:
            defs.update(row["define"])
            continue
        if "settings" in row:  # thresholds for the classify stage, not a rule
            continue
        lower = row.get("after_lower")
        rules.append(Rule(row["id"], row["label"], int(row["priority"]),
                          _expand(row["pattern"], defs), row.get("outcome", ""),
                          bool(row.get("at_end", False)),
                          frozenset(w.lower() for w in _expand(row.get("not_after", []), defs)),
                          None if lower is None else frozenset(
                              w.lower() for w in _expand(lower, defs))))
    return rules


@Language.factory("minutes_statement_ruler_v1", default_config={"rules_path": ""})
def make_statement_ruler(nlp: Language, name: str, rules_path: str) -> "StatementRuler":
    return StatementRuler(nlp, name, rules_path or str(RULES_PATH))


def trigger_words(pattern: list[dict[str, Any]]) -> frozenset[str] | None:
    """Lower-cased words of which a match must contain one, or None when no required token names
    its words. Of the required tokens' word sets, the rarest is taken: fewest stop words and
    punctuation (which occur in nearly every sentence), then fewest words."""
    from spacy.lang.en.stop_words import STOP_WORDS

    def common(words: frozenset[str]) -> tuple[int, int]:
        return sum(w in STOP_WORDS or not w.isalnum() for w in words), len(words)

    best: frozenset[str] | None = None
    for tok in pattern:
        if tok.get("OP", "") not in ("", "+", "{1}"):
            continue
        for key in ("LOWER", "ORTH", "TEXT"):
            val = tok.get(key)
            words = [val] if isinstance(val, str) else (val or {}).get("IN") \
                if isinstance(val, dict) else None
            if words:
                cand = frozenset(w.lower() for w in words)
                if best is None or common(cand) < common(best):
                    best = cand
    return best


# adverbs that may stand between an auxiliary and its verb ("had already asked", "has also")
_BETWEEN = frozenset({"already", "also", "previously", "earlier", "just", "since", "once",
                      "twice", "often", "recently", "not"})


def _follows(rule: Rule, doc: Doc, start: int) -> bool:
    """Whether the word before token `start` rules the match out (`not_after`, `after_lower`)."""
    if start == 0:
        return False
    prev = doc[start - 1]
    if prev.lower_ in rule.not_after:
        return True
    # an adverb between does not lift it: "had already asked for this" is "had asked"
    if start >= 2 and rule.not_after and (prev.lower_ in _BETWEEN or (
            prev.lower_.endswith("ly") and prev.is_alpha and len(prev) > 4)) \
            and doc[start - 2].lower_ in rule.not_after:
        return True
    return rule.after_lower is not None and prev.is_alpha and prev.is_lower \
        and prev.lower_ not in rule.after_lower


def _closes(doc: Doc, end: int) -> bool:
    """Whether only punctuation (or a list's closing "and") follows token `end` in `doc`."""
    return all(t.is_punct or t.lower_ == "and" for t in doc[end:])


class StatementRuler:
    """Token-pattern matcher writing typed spans to `doc.spans["statements"]`.

    spaCy's Matcher tries every pattern at every token, so its cost grows with the number of
    rules; each rule therefore gets its own matcher, run only when the doc contains one of the
    rule's trigger words (`trigger_words`) — same matches, a fraction of the work."""

    def __init__(self, nlp: Language, name: str, rules_path: str):
        self.name = name
        self.rules = {r.id: r for r in load_rules(rules_path)}
        self.matchers: dict[str, Matcher] = {}
        self.triggers: dict[str, list[str]] = {}  # word -> rule ids it may fire
        self.always: list[str] = []  # rules without trigger words: run on every doc
        for rule in self.rules.values():
            matcher = Matcher(nlp.vocab, validate=True)
            matcher.add(rule.id, [rule.pattern])
            self.matchers[rule.id] = matcher
            words = trigger_words(rule.pattern)
            if words is None:
                self.always.append(rule.id)
            for word in words or ():
                self.triggers.setdefault(word, []).append(rule.id)

    def __call__(self, doc: Doc) -> Doc:
        todo = set(self.always)
        for word in {t.lower_ for t in doc}:
            todo.update(self.triggers.get(word, ()))
        spans = []
        for rule_id in sorted(todo, key=list(self.rules).index):
            rule = self.rules[rule_id]
            label = f"outcome:{rule.outcome}" if rule.label == "outcome" else rule.label
            for _, start, end in self.matchers[rule_id](doc):
                if (rule.at_end and not _closes(doc, end)) or _follows(rule, doc, start):
                    continue
                spans.append(Span(doc, start, end, label=label, span_id=rule.id))
        doc.spans[SPANS_KEY] = spans
        return doc

    def hits(self, doc: Doc) -> list[RuleHit]:
        """The spans of `doc` as `RuleHit`s (the doc must have passed through this component)."""
        out = []
        for span in doc.spans.get(SPANS_KEY, []):
            rule = self.rules[span.id_]
            out.append(RuleHit(rule.id, rule.label, rule.outcome, rule.priority, span.start,
                               span.end))
        return out


def best_hits(hits: list[RuleHit]) -> tuple[RuleHit | None, RuleHit | None]:
    """The highest-priority type hit and outcome hit (ties: the earliest in the sentence)."""
    def pick(cands: list[RuleHit]) -> RuleHit | None:
        return min(cands, key=lambda h: (-h.priority, h.start)) if cands else None
    return (pick([h for h in hits if h.label != "outcome"]),
            pick([h for h in hits if h.label == "outcome"]))
