"""What the statement classifier reads: the sentence, normalised, plus the statement ruler's hits.

Contract: `model_text(text, title, hits)` is a pure function used identically when training
(`pipeline.train_statements`) and classifying (`pipeline.classify`); change it only together with
a retrained model. Words the bag-of-words model cannot carry from one body's minutes to another
are folded: people's initials ("AW") become `xinit`, numbers `xnum`, reference numbers (`23-314`,
`21/0042/HH`) `xref`. Every rule hit is appended as a pseudo-word (`xr_<rule>` and `xl_<type>`),
so the classifier learns how far each explicit marker is to be trusted next to the wording
around it.
"""
from __future__ import annotations

import re

from .classify_rules import RuleHit

__all__ = ["model_text", "FEATURES"]

# The extras the shipped model is trained with. Measured both ways round (train on the TRAIN
# documents, test on TEST, and the reverse), "norm" + "rules" raised accuracy and objection and
# action F1 in both directions; "title" (the item title as `xt_` words) helped one direction only.
# Measured again on objections (4-fold CV on TRAIN / held-out TEST, objection F1 0.519 / 0.514
# without): "title" 0.524 / 0.495; the previous sentence's rule labels as words 0.525 / 0.514;
# dissent word classes (negation, contrast, doubt, excess) as words 0.511 / 0.505; both 0.521 /
# 0.509; none kept. The classifier's objection score as a lower threshold (0.1-0.5) never beat
# taking the top class.
FEATURES = frozenset({"norm", "rules"})

_REF = re.compile(r"\(?\*?\b\d+[-/]\d+(?:[-/][A-Za-z0-9]+)*\)?")
_NUM = re.compile(r"(?<![\w])[$£€]?\d[\d,.:%]*")
_INIT = re.compile(r"\b[A-Z]{2,4}\b")
_KEEP = {"AGREED", "RESOLVED", "ACTION", "NOTED", "DECISION", "VOTE", "RESULT", "PASSED",
         "CARRIED", "AYES", "NOES", "NAYS", "TO", "AND", "THE", "OF", "FOR", "NO", "IT", "IN",
         "ON", "BY", "AS", "AT", "BE", "IS", "WAS", "ADOPTED", "FAILED", "AYE", "NAY", "YES"}


def _initials(m: re.Match) -> str:
    return m.group(0) if m.group(0) in _KEEP else "xinit"


def model_text(text: str, title: str = "", hits: list[RuleHit] | None = None,
               features: frozenset[str] | None = None) -> str:
    """The classifier's input for one sentence (see module docstring); `features` defaults to
    the module's FEATURES, read at call time so that a measurement can set it."""
    features = FEATURES if features is None else features
    out = text
    if "norm" in features:
        out = _INIT.sub(_initials, _NUM.sub(" xnum ", _REF.sub(" xref ", out)))
    if "rules" in features and hits:
        marks = sorted({f"xr_{h.rule.replace('.', '_')}" for h in hits}
                       | {f"xl_{h.label if h.label != 'outcome' else 'outcome_' + h.outcome}"
                          for h in hits})
        out = f"{out} {' '.join(marks)}"
    if "title" in features and title:
        out = f"{out} " + " ".join(f"xt_{w}" for w in re.findall(r"[a-z]{4,}", title.lower()))
    return out
