"""Classify stage: agenda items → sentence-level Statements (type, outcome, owner, speaker, page).

Contract: `classify_meetings(meetings)` fills `item.statements` of every item in place (replacing
what was there) and returns None. `classify_sentences(pairs)` classifies ready-made sentences
(text, item title) and is what the evaluation uses. Models load once per process.

How a type is chosen: the statement ruler's explicit markers win when strong (priority ≥
`strong_priority`); an Action-column note beside the sentence makes it an action; otherwise the
trained text classifier decides, and a weak rule wins only when the classifier is unsure. The
remarks (information or argument for, by the classifier, at least `stance_min_words` long, with no
question, motion, decision or action marker) of a member who then voted against taking the item
forward become objections (`classify_stance`): stance is relative to the item, and the vote says it.
A reported remark ("X said that …") saying what the item's subject lacks is an objection, one
saying what it brings ("served", "the only site where", "would recover the cost") an argument for
(`classify_stance.remark_side`); a no-voter's short point of fact about the matter is an objection.
Decisions get an outcome from the outcome rules (default "approved"); actions an owner and a due
date; every statement a speaker when the minutes name one.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .classify_features import model_text
from .classify_motion import (CARRIES_THE_MOTION, CLAUSE, clause_opening, clause_outcome,
                              clause_task, is_bare_result, is_motion, motion_outcome)
from .classify_owner import due_line, find_due, find_owner, resolved_task
from .classify_rules import RULES_PATH, RuleHit, best_hits
from .classify_speaker import (PRONOUN, ROLE_WORDS, find_speaker, handed_to, match_attendee,
                               opens_narration, title_speaker, turn_speaker)
from .classify_bare import is_bare_label, is_marker, reads_as_sentence, strip_reference
from .classify_split import Unit, is_item_heading, make_splitter, split_item
from .classify_join import labelled_result, motion_spans, mover_of, to_text_outcome
from .classify_offer import outside_offer
from .classify_tally import is_tally_only, tally_lines_to_drop
from .classify_stance import (SAYS_THAT, agreed_with, backers, continues, dissenters, list_item_of,
                              names_harm, remark_side, says_of_thing, voted_against)
from .config import CONFIG
from .records import Attendee, Meeting, Statement
from .segment_items import ACTION_INITIALS, is_table_header
from .votes import map_name

__all__ = ["classify_meetings", "classify_sentences", "Prediction", "MODEL_DIR"]

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "textcat"
DEFAULTS = {"strong_priority": 80, "weak_rule_max_prob": 0.6, "note_makes_action": True}
_CACHE: dict[str, Any] = {}
HEADING_KEPT_WORDS = 8  # an item heading of this many words or more is kept as a statement
# types whose sentence says nothing of the speaker's stance: the recorded vote decides it
STANCE_FREE = {"information", "argument_for"}
# … unless a marker says the sentence asks, moves or decides something
MARKED = {"question", "proposal", "decision", "action"}
# a line recording how members voted, printed between a motion and its result
_TALLY_LINE = re.compile(r"^\W*(?:(?:roll[\s-]+call|recorded|division)(?:\s+vote)?\s*:|a\s+division\s+was\s+called|"
                         r"(?:ayes|yeas|for|in\s+favou?r)\s*:|"
                         # "VOTE: 4-2-0 (Nay: Ostrowski, Bell)." printed before "The motion carried."
                         r"vote\s*:\s*\d{1,2}\s*[-–—]\s*\d{1,2}(?:\s*[-–—]\s*\d{1,2})?\b)", re.I)
# a line listing how members voted ("Roll call vote: Ayes: A, B.", "Nays: C, D.")
_LIST_LINE = re.compile(r"^\W*(?:(?:roll[\s-]+call|recorded)(?:\s+vote)?\s*:\s*)?"
                        r"(?:ayes|yeas|nays|noes|for|against|in\s+favou?r|opposed|abstain\w*|absent)\s*:", re.I)
_VOTE_WORDS = re.compile(r"\b(?:seconded|carried|ayes|vote|votes|voted|passed|unanimously)\b", re.I)


@dataclass
class Prediction:
    type: str
    outcome: str = ""
    owner: str = ""
    due: str = ""
    speaker: str = ""
    generator: str = ""
    score: float = 1.0
    motion_from: int = -1  # a bare result's motion opens at this sentence (one decision with it)


def _settings() -> dict[str, Any]:
    """Thresholds live beside the rules (first `{"settings": …}` line), defaults otherwise."""
    out = dict(DEFAULTS)
    for raw in RULES_PATH.read_text(encoding="utf-8").splitlines():
        if raw.startswith('{"settings"'):
            out.update(json.loads(raw)["settings"])
    return out


def _models() -> dict[str, Any]:
    """Splitter, statement pipeline and settings, loaded once per process."""
    if not _CACHE:
        import spacy

        from . import classify_rules  # noqa: F401  (registers the ruler factory)

        if (MODEL_DIR / "meta.json").exists():
            nlp = spacy.load(MODEL_DIR)
            version = nlp.meta.get("version", "0")
        else:  # no trained model shipped: rules only, the rest is information
            nlp = spacy.blank("en")
            nlp.add_pipe("minutes_statement_ruler_v1")
            version = ""
        _CACHE.update(splitter=make_splitter(), nlp=nlp, settings=_settings(),
                      generator=f"textcat:{nlp.meta.get('name', 'statements')}-{version}",
                      ruler=nlp.get_pipe("minutes_statement_ruler_v1"))
    return _CACHE


def _decide(hits: list[RuleHit], cats: dict[str, float], notes: list[str],
            settings: dict[str, Any], generator: str) -> tuple[str, str, float, str]:
    """(type, generator, score, outcome) from rule hits, classifier scores and margin notes."""
    type_hit, outcome_hit = best_hits(hits)
    if type_hit and type_hit.label == "action":
        # "It was agreed that AW would circulate …", "The Board agreed and asked the Manager
        # to …": the body's decision framing the task is what the sentence records
        framing = [h for h in hits if h.label == "decision" and h.start < type_hit.start
                   and h.priority >= settings["strong_priority"]]
        type_hit = max(framing, key=lambda h: h.priority) if framing else type_hit
    outcome = outcome_hit.outcome if outcome_hit else "approved"
    strong = type_hit and type_hit.priority >= settings["strong_priority"]
    if strong and not (notes and type_hit.label not in {"decision", "action"}):
        return type_hit.label, f"rule:{type_hit.rule}", type_hit.priority / 100, outcome
    if notes and settings["note_makes_action"]:
        return "action", "rule:action_column", 0.9, outcome
    if cats:
        label, prob = max(cats.items(), key=lambda kv: kv[1])
        if type_hit and prob < settings["weak_rule_max_prob"]:
            return type_hit.label, f"rule:{type_hit.rule}", type_hit.priority / 100, outcome
        return label, generator, round(prob, 4), outcome
    if type_hit:
        return type_hit.label, f"rule:{type_hit.rule}", type_hit.priority / 100, outcome
    return "information", "default", 0.5, outcome


_REPORTING = {"reported", "said", "explained", "advised", "informed", "told", "stated",
              "replied", "responded", "confirmed", "noted", "added", "indicated", "understood",
              "cautioned", "warned", "pointed",
              # a speaker's reasons given with a participle ("opposed the application, stating
              # that …", "supported it, noting that …")
              "stating", "saying", "noting", "adding", "explaining", "arguing", "pointing",
              "indicating", "warning"}
# verbs that report speech or a question without "that" ("The Director stated the grant being
# accepted is …", "inquired whether Councilmembers would need to vote to approve");
# "noted" and "confirmed" are left out: "The Board noted the report" is the body deciding
_SPOKE = {"stated", "said", "explained", "responded", "replied", "told", "advised", "indicated",
          "commented", "suggested", "added", "inquired", "enquired", "queried", "wondered",
          "questioned"}


def _unreported(hits: list[RuleHit], doc) -> list[RuleHit]:
    """A decision marker inside reported speech ("the Clerk reported that the County Council had
    confirmed …") records what someone said, not the body's decision: it drops to a weak hint, or
    goes when its verb is in the perfect ("had confirmed", "had been resolved": taken earlier or
    by another body)."""
    words = [t.lower_ for t in doc]
    # "could not be rescinded", "if the amendments are approved": nothing was decided, so the
    # passive marker and the outcome it carries are dropped
    unreal = [(_unreal(words, h.start), h.end) for h in hits if h.rule == "decision.passive"]
    unreal = [(a, b) for a, b in unreal if a is not None]
    hits = [h for h in hits if not any(
        a <= h.start < b and h.label in ("decision", "outcome") for a, b in unreal)]
    # "I need a motion from the floor to accept the locations that were approved by the NYPD":
    # what follows a call for a motion is what the chair asks the body to decide
    ask = _motion_request(words)
    hits = [h for h in hits if ask is None or h.start < ask or h.label not in ("decision", "outcome")]
    hits = [h for h in hits if not (h.rule == "decision.passive" and _other_agent(doc, h.end))]
    # "hopefully to have a resolution passed for the proposed budget": a result wished for
    hits = [h for h in hits if not (h.rule in _RESULTS and h.start >= 2
                                    and words[h.start - 1] in ("a", "the", "this", "that")
                                    and words[h.start - 2] in _CAUSATIVE)]
    # "the proclamation would be forwarded to the American Heart Association": a referral yet to
    # happen (or a motion's text) is no referral; the outcome it names stays for a decision
    # found by another marker ("It was agreed that the matter would be referred to …")
    hits = [h for h in hits if not (h.rule in _REFERRALS and _unreal_referral(words, h.start))]
    hits = _mentions(hits, doc, words)
    hits = [h for h in hits if not (h.rule == "objection.out_of_order" and _under_repair(words, h.end))]
    hits = _reasons_after_stance(hits, words)
    # (but "asked why the second bidder was rejected": a refusal asked about moves nothing)
    if any(h.label == "outcome" and h.outcome not in ("", "approved")
           and not _told_as_past(words, h) and not _asked_whether(words[:h.start][-14:])
           for h in hits):
        return hits  # a reported deferral, referral or refusal still moves the matter
    out = []
    for h in hits:
        before = words[:h.start]
        if h.rule.startswith("decision.in_favour") and any(w in _SPEAKERS for w in before[-14:]) \
                and not any(w in _VOTING for w in words):
            continue  # "Eleven members of the public spoke, eight against and three in favor": no vote
        if h.label == "action" and "that" in before[-12:] and any(w in _REPLIED for w in before[-14:]):
            continue  # "X replied that the costs would be set out in the study": an answer, no task
        if h.rule == "action.will_be_sent" and words[h.start] in _OPINION_MODALS \
                and any(w in _SPOKE for w in before):
            continue  # "X stated …; consideration should be given to …": an opinion, no task
        if h.label == "decision" and (
                ("that" in before[-12:] and any(w in _REPORTING for w in before[-14:]))
                or any(w in _SPOKE for w in before[-14:]) or _asked_whether(before[-14:])):
            if any(w in _PERFECT for w in words[max(0, h.start - 1):h.end]):
                continue  # "… reported that the church council had confirmed the booking": news
            h = RuleHit(h.rule, h.label, h.outcome, min(h.priority, 55), h.start, h.end)
        out.append(h)
    return out


# what puts a thing out of service for a while: "Engine 2 is out of service for a pump repair"
# reports a fault being seen to, where "six boreholes were out of order" names one left standing
_REPAIR = {"repair", "repairs", "maintenance", "servicing", "service", "refit", "refurbishment",
           "overhaul", "inspection", "upgrade", "replacement"}


def _under_repair(words: list[str], end: int) -> bool:
    """Whether "out of order/service/action" ending at token `end` goes on to say it is being
    repaired or serviced ("… for a pump repair", "… while the pump is serviced"): a report of
    the state, no objection."""
    after = words[end:end + 7]
    return bool(after) and after[0] in {"for", "while", "until", "pending", "during"} and \
        any(w in _REPAIR or w in {"repaired", "serviced", "replaced", "inspected", "fitted"}
            for w in after[1:])


# doubts and practical difficulties worded as a member's stance ("was not sure the ground could
# take …", "questioned whether the grid could deliver …", "had no way of keeping them off",
# "pointed out that there was no …"): an office speaking in its own name reports or reassures
_MEMBER_DOUBTS = {f"rule:objection.{r}" for r in (
    "not_sure_that", "questioned_whether_could", "had_no_way_of", "shortage_of",
    "could_not_see_how", "could_not_see_the_need", "pointed_out_there_was_no",
    # "the contractor did not achieve the MBE goals": a member's criticism, an office's report
    "goal_not_met", "goal_was_not_met",
    # "accepted that … but stated that …": a member's reservation, an office's reassurance
    "conceded_but")}
_OFFICE = re.compile(rf"^(?:[Tt]he\s+)?(?:(?:Acting|Interim|Deputy|Assistant)\s+)?"
                     rf"(?:[A-Z][\w&\-]*\s+){{0,4}}{ROLE_WORDS}(?:\s+(?:of|for)\s+.*)?$")

_STANCES = {"objection": "argument_for", "argument_for": "objection"}


def _reasons_after_stance(hits: list[RuleHit], words: list[str]) -> list[RuleHit]:
    """A speaker's stance stated first ("spoke in support of item 6.2.1 and stated that the
    change rooms had no hot water", "objected to the fee, stating that it was fully funded")
    outranks the opposite stance's markers in the reasons after it: those reasons describe the
    problem the supporter wants solved (or what the objector discounts), so they drop to weak
    hints below it. Only reasons given in the same clause: the "stated that" within eight words
    of the stance, no semicolon between ("expressed support for hearing input …; stated that …;
    expressed concern over …" lists remarks of their own)."""
    out = []
    for h in hits:
        other = _STANCES.get(h.label)
        first = [g for g in hits if other and g.label == other and g.end <= h.start]
        if first and ";" not in words[first[0].end:h.start] and any(
                words[k] == "that" and words[k - 1] in _REPORTING
                for k in range(first[0].end, min(h.start, first[0].end + 9))):
            h = RuleHit(h.rule, h.label, h.outcome, min(h.priority, first[0].priority - 1),
                        h.start, h.end)
        out.append(h)
    return out


# what a speaker may back when backing the matter before the body ("expressed support for the
# resolution", "in support of the application"), besides the words of the item's title
_ITEM_NOUNS = {"resolution", "proposal", "project", "application", "item", "matter", "referral",
               "plan", "motion", "recommendation", "ordinance", "policy", "scheme", "bylaw", "by-law",
               "amendment", "agreement", "contract", "programme", "program", "request", "budget"}
_NOT_OF_TITLE = {"board", "council", "committee", "commission", "cabinet", "city", "county", "town",
                 "district", "public", "regular", "special", "meeting", "presentation", "report",
                 "update", "discussion"}
# the words of a marker that backs something outright, not one that names a benefit ("an
# excellent set of accounts", "the opportunity to address items") before the speaker's doubts
_BACKING = {"support", "supports", "supported", "supportive", "favour", "favor", "endorse",
            "endorsed", "endorses", "backed", "backs"}


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") else word


def _support_for_item_first(hits: list[RuleHit], words: list[str], title: str) -> list[RuleHit]:
    """A list of one speaker's remarks that opens by backing the item itself ("Expressed support
    for the resolution; discussed affordable housing; expressed concern over the State …") argues
    for it: the concerns voiced after it are about how it is carried out, so they drop to weak
    hints below the support. Stance is relative to the item: support for something else first
    ("expressed support for the staff; expressed concern over …") decides nothing here, nor does
    support voiced after the first concern."""
    stances = sorted((h for h in hits if h.label in _STANCES), key=lambda h: h.start)
    first = stances[0] if stances else None
    if first is None or first.label != "argument_for" or not _BACKING & set(words[first.start:first.end]) \
            or not any(h.label == "objection" for h in stances):
        return hits
    of_title = {_stem(w) for w in re.findall(r"[a-z][a-z'-]{3,}", (title or "").lower())} - _NOT_OF_TITLE
    backed: list[str] = []  # the marker's words and up to five after it, to the clause's end
    for w in words[first.start:first.end + 5]:
        if not w[:1].isalnum():
            break
        backed.append(_stem(w))
    # a word of the title counts as the head of what is backed ("support for the library
    # expansion", not "for the library staff"): the last of the words after the marker's own
    after = backed[first.end - first.start:]
    while after and after[0] in _MINOR | {"his", "her", "their", "its", "our"}:
        after = after[1:]
    run = []
    for w in after:
        if w in _MINOR or w.endswith("ing"):
            break
        run.append(w)
    if not any(w in _ITEM_NOUNS for w in backed) and not (run and run[-1] in of_title):
        return hits
    return [RuleHit(h.rule, h.label, h.outcome, min(h.priority, first.priority - 1), h.start, h.end)
            if h.label == "objection" else h for h in hits]


# a line of a report under its topic ("Common Property – Lack of snow this year has driven up the
# wildfire danger", "Staff sickness – work is being undertaken …") in an item that is a report
_REPORT_TITLE = re.compile(r"(?i)\b(?:reports?|updates?)\b")
_TOPIC_LINE = re.compile(r"^\W*[A-Z][\w&/'’ ]{2,40}?\s[–—-]\s")


def _report_line(hits: list[RuleHit], text: str, title: str) -> list[RuleHit]:
    """A line of a report, set out under its topic in an item that is a report, states how
    things stand: a difficulty it names ("lack of snow", "a disproportionate amount of sick
    leave") is news, not someone's objection to the matter, so those markers go (the classifier
    decides). A concern or opposition voiced by someone (the markers of priority 85 and above)
    stays."""
    if not (_TOPIC_LINE.match(text) and _REPORT_TITLE.search(title or "")):
        return hits
    return [h for h in hits if h.label != "objection" or h.priority >= 85]


# a motion's own line: its mover ("043/25 MOVED Director Wiebe / SECONDED Director Sandhu") or
# its wording ("THAT the bylaw be read a first, second and third time.")
_MOTION_LINE = re.compile(r"^\W*(?:\d{2,4}[-/]\d{1,4}\s+)?(?:THAT|That|MOVED|Moved|BE\s+IT\s+RESOLVED)\b")


_COURTESY = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z]")


def _guest(speaker: str, attendees: list[Attendee]) -> bool:
    """Whether the speaker is a person named with a courtesy title ("Mr. Jonathan Gibbons")
    who is not among the meeting's attendees (known only when it lists some): a member of the
    public, an applicant or a delegate, not an office ("The City Manager") the list may miss."""
    return bool(attendees and speaker and _COURTESY.match(speaker)
                and speaker not in {a.name for a in attendees})


def _told_as_past(words: list[str], h: RuleHit) -> bool:
    """Whether an outcome is told by a speaker in the past perfect ("…, stating that the Board
    had refused a similar application in 2023", "It was noted that this item had been deferred
    from the July meeting"): what was decided before, which moves nothing now."""
    before = words[:h.start]
    return "had" in words[max(0, h.start - 2):h.end] and "that" in before[-12:] \
        and any(w in _REPORTING for w in before[-14:])


def _asked_whether(before: list[str]) -> bool:
    """Whether the words before a marker put a question ("X asked whether the borehole, which
    Council had resolved to repair, had been repaired"): what follows is asked about, up to a
    semicolon or colon ("asked why; the item was deferred to May" tells the result)."""
    cut = max((k for k, w in enumerate(before) if w in (";", ":")), default=-1)
    before = before[cut + 1:]
    return any(w in ("asked", "asks") and nxt in _QUESTION_WORDS for w, nxt in zip(before, before[1:]))


_QUESTION_WORDS = {"whether", "if", "why", "how", "when", "what", "who", "where"}


# what a motion does when it fails "to" do something: it fails to carry, it fails to tackle
# the housing crisis is criticism, not a result
_FAILS_TO_RESULT = {"carry", "pass", "receive", "gain", "get", "obtain", "win", "secure", "attract",
                    "reach", "achieve", "be", "find"}


def _mentions(hits: list[RuleHit], doc, words: list[str]) -> list[RuleHit]:
    """Decision markers that are a speaker's words about something: "Councillor X welcomed the
    budget and referred to the prosperity …" mentions, it refers nothing to anyone (the marker
    and its outcome drop to weak hints the classifier may overrule); "it fails to tackle the
    housing crisis" criticises (the marker goes)."""
    out = []
    speaker = None
    for h in hits:
        if h.rule in ("decision.was_referred", "outcome.referred") and "and" in words[max(0, h.start - 1):h.end] \
                and "referred" in words[h.start:h.end] and h.label in ("decision", "outcome"):
            if speaker is None:
                speaker = find_speaker(doc.text)
            if speaker:
                h = RuleHit(h.rule, h.label, h.outcome, min(h.priority, 55), h.start, h.end)
        if h.label == "decision" and words[h.end - 1] in ("fails", "failed", "fail") \
                and h.end + 1 < len(words) and words[h.end] == "to" \
                and words[h.end + 1] not in _FAILS_TO_RESULT:
            continue
        out.append(h)
    return out


# who are counted for and against without a vote: speakers, letters, consultation responses
_SPEAKERS = {"spoke", "speakers", "speaker", "letters", "emails", "e-mails", "comments", "submissions",
             "responses", "respondents", "representations", "petitions", "residents", "cards",
             "callers", "objectors"}
_VOTING = {"vote", "votes", "voted", "voting", "motion", "carried", "passed", "resolution", "ayes",
           "roll", "resolved", "adopted"}
# the words that report a motion's result
# a member proposing, perhaps with a party's letters and a supporter ("Eva Holmgren (C) proposed,
# supported by Per Åkesson (V), that …", as Nordic minutes record each proposal put to the vote)
_MEMBER_PROPOSES = re.compile(r"^\W*(?:[\w.'’-]+\s+){1,4}(?:\([A-ZÅÄÖ]{1,4}\)\s+)?proposed"
                              r"(?:,\s*(?:supported|seconded)\s+by\s+[^,]{2,60},)?\s+that\b")
_RESULT_WORD = re.compile(r"\b(?:carried|passed|adopted|agreed|approved|resolved|lost|defeated|failed|"
                          r"unanimous(?:ly)?)\b", re.I)
# verbs that report an answer: what follows them informs, it tasks no one
_REPLIED = {"replied", "responded", "answered"}
# a reported decision in the past perfect was taken earlier or by someone else: it is reported news
_PERFECT = {"had", "has", "have"}
# a weak "should be given" after a reporting verb is what the speaker thinks ought to happen
_OPINION_MODALS = {"should", "must", "need", "needs"}
_MODALS = {"can", "could", "would", "might", "may", "must", "should", "to"}
_IF = {"if", "unless", "once", "until", "provided"}
_MOVED = {"moved", "moves", "proposed", "proposes", "recommended", "recommends", "suggested"}


_ASK_MOTION = {"need", "have", "entertain", "want", "get", "seek", "requested", "request"}


def _motion_request(words: list[str]) -> int | None:
    """Where a call for a motion opens ("can I have a motion to …", "I need a motion from the
    floor to …"), or None. "made a motion" and "the motion carried" are no request."""
    for i in range(2, len(words)):
        if words[i] == "motion" and words[i - 1] == "a" and words[i - 2] in _ASK_MOTION:
            return i - 2
    return None


# who else may approve or pass something: "approved by each of the Municipal Districts"
_OTHER_AGENTS = {"each", "all", "both", "several", "every", "various"}


def _other_agent(doc, end: int) -> bool:
    """Whether the passive marker ending at token `end` (its word after the verb) names another
    agent: "by each of the …", "by the NYPD" (an acronym no body word of ours). The body's own
    "approved by the Board", "by a vote of 5-0", "by consent" stay decisions."""
    if end < 1 or end > len(doc) or doc[end - 1].lower_ != "by" or end >= len(doc):
        return False
    nxt = doc[end]
    if nxt.lower_ in _OTHER_AGENTS:
        return True
    if nxt.lower_ == "the" and end + 1 < len(doc):
        agent = doc[end + 1]
        return agent.is_alpha and agent.is_upper and len(agent) >= 2 \
            and agent.lower_ not in _BODY_WORDS and (end + 2 >= len(doc) or not doc[end + 2].is_title)
    return False


_BODY_WORDS = {"board", "council", "committee", "commission", "pcc", "cabinet"}
_CAUSATIVE = {"have", "get", "having", "getting", "see", "seeing"}
_RESULTS = {"decision.motion_result", "decision.motion_carried"}
_REFERRALS = {"decision.referred_to", "decision.was_referred"}


def _unreal_referral(words: list[str], start: int) -> bool:
    """Whether the referral marker at `start` ("be referred", or "forwarded" after "be") is
    hypothetical or a motion's text (see `_unreal`)."""
    if words[start] != "be":
        if start == 0 or words[start - 1] != "be":
            return False
        start -= 1
    return _unreal(words, start) is not None


def _unreal(words: list[str], start: int) -> int | None:
    """Where the clause of a hypothetical or conditional passive marker opens ("could not be
    rescinded", "yet to be agreed", "if the amendments are approved"), or None when the marker
    at `start` (its "be"/"are" word) states what happened."""
    near = [w for w in words[max(0, start - 3):start] if w not in ("not", "n't", "yet")]
    if words[start] == "be" and near and near[-1] in _MODALS:
        return start - 1
    if words[start] == "be":  # "Moved by Cllr X that the report be adopted": the motion's text
        for i in range(start - 1, max(-1, start - 12), -1):
            if words[i] in _MOVED and "that" in words[i:start]:
                return i
    for i in range(start - 1, max(-1, start - 7), -1):
        if words[i] in _IF:
            return i
    return None


# an item that lists tasks ("Review Outstanding Action Items", "Calendar of Required Board
# Actions", "Action Log"), but not a US agenda's "Recommended Action" (what is proposed) nor
# its numbered "Action Item 7.3: Approval of …" (an item put to the vote)
_ACTION_LIST = re.compile(r"(?i)^(?!.*\brecommended\s+action)"
                          r"(?!\W*action\s+item\s*#?\s*\d[\d.]*\s*[:\-–—])"
                          r".*\b(?:action\s+(?:items?|log|list|points?|"
                          r"tracker|register)|(?:required|outstanding|open|new|board)\s+actions|"
                          r"actions?\s+(?:arising|from\s+(?:the\s+)?(?:last|previous)))\b")
# … and a log of decisions and actions set under a heading of its own inside an item, after the
# last item's text ("Decision and action log" / "Ref  Decision / Action  Owner  Due" / rows)
# (also the "Action list" closing the minutes, its table's header row perhaps joined to it:
# "ACTION LIST No. Action Responsible Due")
_LOG_HEADING = re.compile(r"(?i)^\W*(?:(?:decisions?\s+and\s+)?actions?\s+(?:log|tracker|register|list)|"
                          r"decisions?\s+log|log\s+of\s+(?:decisions\s+and\s+)?actions)"
                          r"(?:\s+(?:no|item|ref|action|actions|responsible|owner|who|due|by|when|deadline|"
                          r"status|date|target)\b\.?)*\W*$")
# a row of such a list that reports progress on a task rather than setting one
_PROGRESS_ROW = re.compile(r"(?i)^\W*(?:(?:status|update|progress|note)\s*[:\-–—]|(?:done|completed?|"
                           r"closed|ongoing|carried\s+forward|no\s+change)\b)")


# rules whose task is the speaker's own: "X said she would invite them", "I will send …"
_SELF_TASK = {"rule:action.said_she_would", "rule:action.said_she_would_give", "rule:action.i_will_send"}
_FIRST_PERSON = re.compile(r"^\W*(?:I|We)\b")
_PRONOUN_OWNER = re.compile(r"^\W*(I|We|He|She|They)\s+(?:will|shall|would|agreed|undertook|"
                            r"offered|am|are|plan|intend)\b")
# who reports in a section heading: "President [Ross]", "Treasurer's Report – Robin",
# "Treasurer's Report", "Committee Reports: Utilities Committee"
_TITLE_REPORTER = [
    re.compile(r"\[(?P<o>[A-Z][\w'’\- ]+)\]\s*$"),
    re.compile(r"\s[–—-]\s*(?P<o>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s*$"),
    re.compile(r"(?P<o>(?:[A-Z][\w&\-]*\s+){1,3}(?:Committee|Sub-?committee|Team|Group|Panel))\s*$"),
    re.compile(r"^\W*(?:\d+[A-Z]?\.?\s+)?(?P<o>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s\s+[Rr]eport"),
]


_BRACKET_REPORTER = re.compile(r"\[(?P<o>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’.\-]+){0,3})\]\s*$")


def _item_reporter(title: str) -> str:
    """The one person a report heading names in brackets ("4B. President [Ross]"): who speaks
    the report's sentences when they name nobody else. A heading naming two ("[Jane Doe /
    Greg]": author and shepherd) names no single speaker."""
    m = _BRACKET_REPORTER.search(title or "")
    return m.group("o") if m else title_speaker(title)


def _title_reporter(title: str) -> str:
    for pattern in _TITLE_REPORTER:
        m = pattern.search(title or "")
        if m:
            return " ".join(m.group("o").split())
    return ""


_TAG = re.compile(r"^(?P<base>.+?)\s+\([A-Z]\)$")


def _with_tag(speaker: str, tagged: dict[str, set[str]]) -> str:
    """The speaker with the bracketed initial that told apart members sharing a surname when the
    item first named them ("Councillor Sheahan (J), on behalf of …" then "Councillor Sheahan
    referred to …"): only when one tagged member of that name spoke in the item. Records tags."""
    m = _TAG.match(speaker)
    if m:
        tagged.setdefault(m.group("base"), set()).add(speaker)
        return speaker
    forms = tagged.get(speaker, set())
    return next(iter(forms)) if len(forms) == 1 else speaker


def _pronoun_owner(text: str, title: str, speaker: str, last_owner: str) -> str:
    """The owner of an action opening with a pronoun ("She will work on …", "I will conduct …"):
    "They" is the owner of the item's previous action; "I", "He", "She" the sentence's speaker;
    failing that (and for "We") whoever the item's heading names as reporting; "" otherwise."""
    m = _PRONOUN_OWNER.match(text)
    if not m:
        return ""
    if m.group(1) == "They":
        return last_owner
    return (speaker if m.group(1) != "We" else "") or _title_reporter(title)


# Markdown emphasis around a word ("**Action:** Principal to …", "__RESOLVED__ that …"): the
# marks are type, not words, and the rules read the words (the stored text keeps them).
_MARKS = re.compile(r"(?<!\w)(?:\*\*|__)(?=\S)|(?<=\S)(?:\*\*|__)(?!\w)")

# The number of a numbered paragraph ("3.5 Action: Secretariat to …", "4.2 The Board noted …"), as
# statutory boards and many committees number minutes: a reference, not part of the sentence.
_PARA_NUMBER = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=\S)")
_WHOLE_PARA_NUMBER = re.compile(r"^\s*\d{1,3}\.\s+(?=[A-Z])")

def classify_sentences(pairs: list[tuple[str, str]], notes: list[list[str]] | None = None,
                       attendees: list[Attendee] | None = None) -> list[Prediction]:
    """Classify sentences given as (text, item title) pairs; `notes` are Action-column notes."""
    m = _models()
    notes = notes or [[] for _ in pairs]
    # (a paragraph's number before its sentence, "9. The Secretariat would forward …", as
    # minutes that number every paragraph print it, is no word of the sentence)
    pairs = [(_WHOLE_PARA_NUMBER.sub("", _PARA_NUMBER.sub("", _MARKS.sub("", text))), title)
             for text, title in pairs]
    nlp, ruler = m["nlp"], m["ruler"]
    # the ruler reads the sentence as printed; the classifier reads `model_text` (normalised,
    # with the rule hits as extra words), so each gets its own doc
    hits = [_report_line(_support_for_item_first(_unreported(ruler.hits(doc), doc),
                                                 [t.lower_ for t in doc], title), text, title)
            for doc, (text, title) in zip((ruler(nlp.make_doc(text)) for text, _ in pairs), pairs)]
    cats: list[dict[str, float]] = [{} for _ in pairs]
    if "textcat" in nlp.pipe_names:
        docs = (nlp.make_doc(model_text(text, title, h)) for (text, title), h in zip(pairs, hits))
        cats = [dict(doc.cats) for doc in nlp.get_pipe("textcat").pipe(docs)]
    out: list[Prediction] = []
    last_speaker, last_title, turn, last_owner, moved, clauses = "", None, "", "", "", ""
    heard: dict[str, list[str]] = {}  # the attendees each item has heard speak, in order
    carry = ""  # the last named speaker, who goes on speaking until the minutes narrate again
    stance: dict[str, str] = {}  # per surname, the type of that speaker's last statement here
    tagged: dict[str, set[str]] = {}  # "Councillor Sheahan" -> {"Councillor Sheahan (J)"} in this item
    against: list[str] = []
    movers: dict[str, int] = {}
    first = 0
    roster = [{"name": a.name, "status": a.status} for a in attendees or [] if a.name]
    for i, ((text, title), note, hit, cat) in enumerate(zip(pairs, notes, hits, cats)):
        if title != last_title:  # "He"/"She" only refers back within one item
            last_speaker, last_title, turn, last_owner, moved, clauses = "", title, "", "", "", ""
            in_log = False
            carry, stance, tagged = "", {}, {}
            end = next((j for j in range(i, len(pairs)) if pairs[j][1] != title), len(pairs))
            against = dissenters([t for t, _ in pairs[i:end]], roster)
            movers, first = backers([t for t, _ in pairs[i:end]], roster), i
        turn = turn_speaker(text) or turn
        kind, gen, score, outcome = _decide(hit, cat, note, m["settings"], m["generator"])
        if kind == "decision" and _MEMBER_PROPOSES.match(text) and not _RESULT_WORD.search(text):
            # "Eva Holmgren (C) proposed, supported by Per Åkesson (V), that the matter be
            # referred back …": what the member asks, not yet decided
            kind, gen, score, outcome = "proposal", "rule:proposal.member_proposes", 0.85, ""
        tasked = resolved_task(text) if kind == "decision" else ""
        if tasked:  # "The Committee resolved that the Chief Officer submits … within 14 days"
            kind, gen, score, outcome = "action", "rule:resolved_task", 0.85, ""
        if _LOG_HEADING.match(text):
            in_log = True  # the rows after it are the log's, whatever the item's title
            kind, gen, score, outcome = "information", "rule:action_log_heading", 0.85, ""
        elif _ACTION_LIST.search(title or "") or in_log and (find_owner(text, note) or find_due(text)):
            # (a row of a decision and action log with neither owner nor due date, "QP/25/35
            # Fast Track Policy approved  -  -", records a decision)
            if (kind in ("information", "proposal") or kind == "decision" and not gen.startswith("rule:")) \
                    and not _PROGRESS_ROW.match(text) and not is_table_header(text) \
                    and not gen.startswith("rule:information"):  # a header row, a signature
                # (a row the model reads as a decision is still a row of the action list)
                kind, gen, score, outcome = "action", "rule:action_list_item", 0.85, ""
            elif kind in ("decision", "action") and _PROGRESS_ROW.match(text) and not note:
                # "Status: report was received" reports on a task; it decides nothing
                kind, gen, score = "information", "rule:action_list_status", 0.85
        # the lettered clauses under "That the Board:" (a motion) or a bare "RESOLVED:"
        if clauses and CLAUSE.match(text):
            task = clause_task(text)
            if task:
                kind, gen, score, outcome = "action", "rule:clause.task", 0.85, ""
            elif clauses == "resolved" and kind not in ("action", "decision"):
                kind, gen, score = "decision", "rule:clause.resolved", 0.85
                outcome = clause_outcome(text) or "approved"
            elif clauses == "motion" and kind in ("information", "decision"):
                kind, gen, score, outcome = "proposal", "rule:clause.motion", 0.85, ""
            if clauses == "motion" and not moved:
                moved = clause_outcome(text)  # the first clause says what the motion does
        elif not CLAUSE.match(text):
            clauses = clause_opening(text)
        pred = Prediction(kind, generator=gen, score=score)
        if kind == "decision":
            # "Motion carried 5-0." decides what was moved ("… to defer the item to May")
            own = motion_outcome(text)
            tally = bool(_TALLY_LINE.match(text) or _LIST_LINE.match(text))
            if outcome == "approved" and (own or (moved and (is_bare_result(text) or tally or (
                    not own and CARRIES_THE_MOTION.search(text))))):
                outcome = own or moved
            pred.outcome = outcome
            carry = ""  # the body's decision closes the discussion
            if own and is_motion(text) and not _RESULT_WORD.search(text):
                # "It was moved … that the matter be referred to …" typed a decision by its verb:
                # the motion is still open, and the "Carried." after it carries what it asks
                moved = own
            elif not tally:  # a roll-call line before "Motion carried 4-1" leaves the motion open
                moved = ""
        else:
            moved = motion_outcome(text) or moved
        if kind != "decision" or not _VOTE_WORDS.search(text):
            # a vote line's seconder is not the one deciding; the body decides
            printed = find_speaker(text)
            speaker = printed or turn
            if not speaker and PRONOUN.match(text):
                speaker = last_speaker
            if opens_narration(text):
                carry = ""
            if not speaker and (kind not in ("decision", "action") or _FIRST_PERSON.match(text)):
                speaker = carry  # a report or argument goes on over several sentences
                # ("I will send the application on Friday": the speaker's own task, too)
            speaker = _with_tag(speaker, tagged)
            # a named person carries on; "a member", "the residents" may not be the next one
            carry = speaker if speaker[:1].isupper() else ""
            carry = handed_to(text) or carry  # "Madam Deputy Comptroller would you read …"
            if kind != "decision":  # the body decides, not whoever brought the item
                speaker = speaker or _item_reporter(title)
            pred.speaker = match_attendee(speaker, attendees or [], heard.get(title, []))
            if pred.speaker and pred.speaker != speaker:
                heard.setdefault(title, []).append(pred.speaker)
            if gen in _MEMBER_DOUBTS and _OFFICE.match(speaker):
                # "The Treasurer pointed out that there was no outstanding balance": an
                # office reporting or reassuring, where a member's doubt is an objection (the
                # classifier reads the rule's hint among its words, so its objection is set aside)
                kind = max((k for k in cat if k != "objection"), key=cat.get, default="information")
                pred.type, pred.generator, pred.score = kind, m["generator"], cat.get(kind, 0.5)
            if kind == "action" and gen == "rule:action.will_be_sent" and SAYS_THAT.search(text) \
                    and _guest(pred.speaker, attendees or []):
                # "Mr. Jonathan Gibbons, architect for the developer, stated that … all
                # deliveries would be made … before 9:00 a.m.": what one the body cannot task
                # (a named guest, no member or officer present) undertakes is what he says
                kind = max((k for k in cat if k != "action"), key=cat.get, default="information")
                pred.type, pred.generator, pred.score = kind, "rule:action.told_by_guest", cat.get(kind, 0.5)
            who = printed or pred.speaker  # as printed, else the attendee matched
            if (kind in STANCE_FREE and not gen.startswith("rule:")
                    and not any(h.label in MARKED for h in hit)
                    and (len(text.split()) >= CONFIG["stance_min_words"] or names_harm(text)
                         or says_of_thing(text))
                    and voted_against(who, against) and not _MOTION_LINE.match(text)):
                # remarks by a member who then voted against the item argue against it (not the
                # motion's own lines, "043/25 MOVED Director Wiebe / SECONDED …" / "THAT the
                # bylaw be read …", whoever spoke last)
                pred.type, pred.generator = "objection", "rule:stance.voted_no"
            mover = map_name(who or "", list(movers)) if movers else None
            if (pred.type == "information" and not gen.startswith("rule:")
                    and not any(h.label in MARKED for h in hit) and SAYS_THAT.search(text)
                    and mover and i - first < movers[mover]
                    and not voted_against(who, against)):
                # a member's remark before they move or second the motion taking the item
                # forward argues for it ("Trustee Sandhu said that …" / "Moved by: R. Sandhu")
                pred.type, pred.generator = "argument_for", "rule:stance.moved"
            side = remark_side(text, title or "") if (
                pred.type == "information" and not gen.startswith("rule:")
                and not any(h.label in MARKED for h in hit)) else ""
            if side == "against" and not mover:
                # "Residents told the Council that the toilets had no baby-changing facility"
                pred.type, pred.generator = "objection", "rule:stance.lacks"
            elif side == "for" and not voted_against(who, against):
                # "Cllr Morgan said that the toilets served the coach parties …"
                pred.type, pred.generator = "argument_for", "rule:stance.brings"
            if (pred.type in STANCE_FREE and not any(h.label in MARKED for h in hit)
                    and stance.get(_last_word(agreed_with(text))) == "objection"):
                # "Melissa Donahue agreed with Nanette Geller": siding with an objector objects
                pred.type, pred.generator = "objection", "rule:stance.agreed_with_objector"
            if (pred.type in STANCE_FREE and not gen.startswith("rule:")
                    and not any(h.label in MARKED for h in hit) and i > first
                    and out[-1].type == "objection" and continues(text)):
                # "She was also concerned for parking …" / "He also discussed other information
                # he had requested that had not been provided": the objector goes on
                pred.type, pred.generator = "objection", "rule:stance.continues_objection"
            if (pred.type in STANCE_FREE and not gen.startswith("rule:")
                    and not any(h.label in MARKED for h in hit) and i > first
                    and (out[-1].type == "objection" and pairs[i - 1][0].rstrip().endswith(":")
                         or out[-1].generator == "rule:stance.list_item")
                    and list_item_of(pairs[i - 1][0])):
                # "The remedy I seek is that this action be delayed until:" / "the contract is
                # not awarded …;" / "the Council enacts …": the items of an objector's list
                pred.type, pred.generator = "objection", "rule:stance.list_item"
            if speaker and stance.get(_last_word(speaker)) != "objection":
                # one who objected in this item stays an objector when they go on to inform
                # ("She noted that the HOA was owned by the developer"): siding with them objects
                stance[_last_word(speaker)] = pred.type
        if kind == "action":
            pred.owner = (tasked if not note else "") or (
                # "Director Bronstein said she would invite them": the speaker tasks herself
                pred.speaker if gen in _SELF_TASK and not note else "") \
                or find_owner(text, note) or clause_task(text) \
                or _pronoun_owner(text, title, pred.speaker, last_owner)
            pred.due = find_due(text)
            last_owner = pred.owner or last_owner
        if pred.speaker:
            last_speaker = pred.speaker
        out.append(pred)
    _heading_outcomes_to_proposals(pairs, out)
    _due_lines_to_their_task(pairs, out)
    _initials_to_their_task(pairs, out, attendees or [])
    _vote_lines_take_result(pairs, out)
    _outside_offers_to_information(pairs, out)
    _instruments_described_to_proposals(pairs, out)
    _motions_join_their_results(pairs, out, attendees or [])
    return out


# an officer setting out what a named instrument before the body would do: "The Development
# Officer explained that Development Regulations Amendment No. 7, 2025 would rezone 6.2 hectares
# …", "The Clerk reported that By-law 2025-14 would raise the fee …": what the item asks for
_INSTRUMENT_WOULD = re.compile(
    r"^\W*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:explained|reported|advised|outlined|presented|"
    r"informed\s+(?:the\s+)?\w+|said|stated)\s+that\s+(?:the\s+)?(?:proposed\s+|draft\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Amendment|By-?law|Bylaw|Ordinance|Regulations?|Resolution|Scheme|"
    r"Local\s+Law)\s+(?:No\.?\s*)?[\w./-]*\d[\w./-]*(?:,\s*\d{4})?\s+would\s+[a-z]+")


def _instruments_described_to_proposals(pairs: list[tuple[str, str]], preds: list[Prediction]) -> None:
    """What a numbered instrument put to the body would do, set out by whoever brings it, is the
    item's proposal (`_INSTRUMENT_WOULD`), not news."""
    for (text, _), p in zip(pairs, preds):
        if p.type == "information" and _INSTRUMENT_WOULD.match(text):
            p.type, p.generator, p.score = "proposal", "rule:proposal.instrument_would", 0.85


def _motions_join_their_results(pairs: list[tuple[str, str]], preds: list[Prediction],
                                attendees: list[Attendee]) -> None:
    """A motion and the bare result printed after it ("Motion by X … to approve the consent
    agenda." / "Item was approved by a vote of 7-0.") are one decision (`classify_join`): the
    motion's lines take the result's type and outcome, and the result records where its motion
    opens, so that `classify_meetings` exports the two as one statement. Its speaker is the
    mover as printed ("Moved: Coun. Squires"), else no one (not the speaker before it)."""
    for k, ((text, title), p) in enumerate(zip(pairs, preds)):
        result = labelled_result(text) if p.type != "decision" else ""
        if result:  # "Vote on The Motion: The motion passed …" reports the result
            moved = next((motion_outcome(t) for t, ti in reversed(pairs[:k]) if ti == title
                          and motion_outcome(t)), "") if result == "approved" else ""
            p.type, p.outcome, p.owner, p.due = "decision", moved or result, "", ""
            p.generator, p.score = "rule:decision.labelled_result", 0.85
    texts, titles = [t for t, _ in pairs], [t for _, t in pairs]
    for span in motion_spans(texts, titles, [p.type for p in preds], [p.outcome for p in preds]):
        res, start, stop = preds[span.result], span.start, span.stop
        if span.kind == "amended_main":
            # the main motion carried in the amended form: decided, as amended
            p = preds[start]
            p.type, p.outcome, p.owner, p.due = "decision", "amended", "", ""
            p.generator, p.score = "rule:decision.main_motion_amended", 0.85
            continue
        if span.kind == "debated":
            # debate between a motion and its result keeps them apart: the motion's lines take
            # the result's type and outcome ("Hon. Catapang moved that …" is the decision the
            # motion lost)
            lines = list(range(start, stop)) + ([span.seconder] if span.seconder is not None else [])
            for k in lines:
                p = preds[k]
                p.type, p.outcome, p.owner, p.due = "decision", res.outcome, "", ""
                p.generator, p.score = "rule:decision.debated_motion", 0.85
            continue
        # a motion carried by its counts alone ("… To refer the question to the Planning
        # Commission. Vote: 5-0.") decides what its words ask: referred, deferred …
        asked = next((o for k in range(start, stop) if (o := to_text_outcome(texts[k]))), "")
        outcome = asked if res.outcome == "approved" and asked else res.outcome
        mover = match_attendee(mover_of(texts[start]) or find_speaker(texts[start]), attendees)
        if span.kind == "joined":
            res.motion_from, res.outcome = start, outcome
        for k in range(start, stop):
            if span.kind == "joined" and is_tally_only(texts[k]):
                continue  # a roll call's line records the vote, as before
            p = preds[k]
            p.type, p.outcome, p.owner, p.due = "decision", outcome, "", ""
            p.generator, p.score = "rule:decision.motion_with_result", 0.85
        preds[start].speaker = mover
        # a motion an amendment parted from its result: its lines are one decision taking the
        # result's outcome, the result a decision of its own after the amendment
        if span.kind == "parted" and stop - 1 > start:
            preds[stop - 1].motion_from = start


def _outside_offers_to_information(pairs: list[tuple[str, str]], preds: list[Prediction]) -> None:
    """A firm's offer reported to the body ("Keystone Modular Homes had offered to supply 12
    homes at $265,000 each") is no task anyone present took on (`classify_offer`)."""
    for (text, _), p in zip(pairs, preds):
        if p.type == "action" and outside_offer(text):
            p.type, p.owner, p.due = "information", "", ""
            p.generator, p.score = "rule:information.outside_offer", 0.9


def _vote_lines_take_result(pairs: list[tuple[str, str]], preds: list[Prediction]) -> None:
    """The lists of a roll call printed between a motion and its result ("Ayes: A, B." / "Nays:
    C, D, E." / "Motion lost 2-3.") record the vote whose result follows: they take its outcome,
    not the motion's (a lost motion's "Ayes:" line approved nothing)."""
    for i in range(len(preds) - 1, 0, -1):
        res = preds[i]
        if res.type != "decision" or not (is_bare_result(pairs[i][0]) or res.outcome == "rejected"):
            continue
        j = i - 1
        while j >= 0 and pairs[j][1] == pairs[i][1] and preds[j].type == "decision" \
                and _LIST_LINE.match(pairs[j][0]):
            preds[j].outcome = res.outcome
            j -= 1


def _due_lines_to_their_task(pairs: list[tuple[str, str]], preds: list[Prediction]) -> None:
    """A due label printed after a task ("Renew the insurance. Due: 04/2025") dates that task;
    the label alone is no second action."""
    for i in range(1, len(preds)):
        prev = preds[i - 1]
        due = due_line(pairs[i][0])
        if due and prev.type == "action" and pairs[i][1] == pairs[i - 1][1]:
            prev.due = prev.due or due
            p = preds[i]
            p.type, p.owner, p.due, p.outcome = "information", "", "", ""
            p.generator, p.score = "rule:due_of_previous_action", 0.9


def _initials_to_their_task(pairs: list[tuple[str, str]], preds: list[Prediction],
                            attendees: list[Attendee]) -> None:
    """An owner's initials on a line of their own ("Mrs Petrie would revise the terms of
    reference …" / "ACTION: JP", the action column of Scottish and English boards) make the
    sentence above them the action, owned by the attendee with those initials (else by whom
    the sentence names); the initials line alone is no second action. A decision above them
    stays the decision it is (the body's resolution framing the task)."""
    for i in range(1, len(preds)):
        m = ACTION_INITIALS.match(pairs[i][0].strip())
        prev = preds[i - 1]
        if not m or pairs[i][1] != pairs[i - 1][1] or prev.type in ("decision", "question"):
            continue
        who = re.sub(r"^\W*(?i:actions?)\s*[:–—-]\s*", "", pairs[i][0].strip()).rstrip(". ")
        first = re.split(r"\s*(?:[,/&]|\band\b)\s*", who)[0]
        named = match_attendee(first, attendees) if re.fullmatch(r"[A-Z]{2,4}", first) else ""
        if prev.type != "action":
            prev.type, prev.generator, prev.score, prev.outcome = \
                "action", "rule:action.initials_below", 0.85, ""
            prev.due = prev.due or find_due(pairs[i - 1][0])
        prev.owner = (named if named != first else "") or prev.owner or prev.speaker or first
        p = preds[i]
        p.type, p.owner, p.due, p.outcome = "information", "", "", ""
        p.generator, p.score = "rule:initials_of_previous_action", 0.9


def _last_word(name: str) -> str:
    return name.split()[-1].lower().strip(",.’'") if name.strip() else ""


def _heading_outcomes_to_proposals(pairs: list[tuple[str, str]], preds: list[Prediction]) -> None:
    """An agenda title printed with its outcome ("(22-658) Resolution No. 15984, “…” Adopted."),
    then debated, then moved and voted on in the same item: the vote line is the decision on
    record and the title states what was put to the body (one decision, not two). A title with
    no debate before its vote (a consent-calendar line, a recorded no vote) stays a decision."""
    for i, p in enumerate(preds):
        if p.generator != "rule:decision.closing_outcome":
            continue
        title, debated = pairs[i][1], False
        for (text, t), q in zip(pairs[i + 1:], preds[i + 1:]):
            if t != title:
                break
            if q.type == "decision" and (is_motion(text) or _VOTE_WORDS.search(text)):
                if debated:
                    p.type, p.outcome = "proposal", ""
                    p.generator = "rule:proposal.outcome_heading"
                break
            debated = debated or (q.type != "decision" and not is_motion(text))


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", text.lower()))


_MINOR = frozenset("a an and are as at be by for from in is it its of on or that the this to was "
                   "were with".split())


def _said_again(title: str, texts: list[str]) -> bool:
    """Whether the item's other sentences repeat at least CONFIG["heading_repeated_share"] of
    its heading's content words: then the heading names nothing they do not (see config)."""
    heading = {w for w in _words(title) if w not in _MINOR}
    said = set(_words(" ".join(texts)))
    return bool(heading) and len(heading & said) >= CONFIG["heading_repeated_share"] * len(heading)


def _join_motions(units: list[Unit], preds: list[Prediction]) -> tuple[list[Unit], list[Prediction]]:
    """Each bare result with the motion before it as one unit: the text from the motion's first
    sentence to the result (verbatim, the lines of a roll call between them included), the
    motion's page, the result's outcome, the mover as speaker."""
    absorbed = {k for i, p in enumerate(preds) if p.motion_from >= 0 for k in range(p.motion_from, i)}
    out_u: list[Unit] = []
    out_p: list[Prediction] = []
    for i, (u, p) in enumerate(zip(units, preds)):
        if i in absorbed:
            continue
        if p.motion_from >= 0:
            parts = units[p.motion_from:i + 1]
            u = replace(parts[0], text=" ".join(x.text for x in parts), end=u.end,
                        notes=[n for x in parts for n in x.notes])
            p = replace(p, speaker=preds[p.motion_from].speaker or p.speaker,
                        generator="rule:decision.motion_with_result", motion_from=-1)
        out_u.append(u)
        out_p.append(p)
    return out_u, out_p


def classify_meetings(meetings: list[Meeting]) -> None:
    """Fill `item.statements` for every item of every meeting (see module docstring)."""
    m = _models()
    for meeting in meetings:
        for item in meeting.items:
            units: list[Unit] = split_item(item, m["splitter"])
            preds = classify_sentences([(u.text, item.title) for u in units],
                                       [u.notes for u in units], meeting.attendees)
            heading = _words(f"{item.number} {item.title}")
            units, preds = _join_motions(units, preds)
            # the heading's number, split from its title ("AA." / "Apache Kafka Project"), and
            # other lines that state nothing (`classify_bare`): what the classifier read as
            # information only
            bare = [p.type == "information" and is_marker(u.text) for u, p in zip(units, preds)]
            lead = next((k for k, b in enumerate(bare) if not b), len(units))
            kept = []
            for k, (u, p) in enumerate(zip(units, preds)):
                if bare[k]:
                    continue
                own = bool(heading) and (_words(u.text) in (heading, _words(item.title))
                                         or is_item_heading(u.text, item))
                if own and k > lead and p.type == "information":
                    continue  # the heading printed again (a new page): already the title
                if own and k == lead and len(units) == k + 1 and p.type == "information" \
                        and len(_words(item.title)) < HEADING_KEPT_WORDS \
                        and not reads_as_sentence(u.text):
                    continue  # a heading with no text under it ("Matters Arising")
                if k < len(units) - 1 and p.type == "information" and is_bare_label(u.text):
                    continue  # a field's label ("Recommendation:"): its value follows
                if own and k == lead and len(units) > k + 1:
                    if len(_words(item.title)) < HEADING_KEPT_WORDS \
                            or _said_again(item.title, [v.text for v in units[k + 1:]]):
                        continue  # the item's own heading line is its title, not a statement
                    # a long heading states the matter ("North West Battery Park City Resiliency
                    # Plan Draft Environmental Impact Statement - Resolution"): kept, so that
                    # search finds it, as information
                    p.type, p.outcome, p.owner, p.due = "information", "", "", ""
                    p.generator, p.score = "rule:heading", 0.9
                if u.heading:  # a sub-heading names a topic; it states nothing
                    p.type, p.outcome, p.owner, p.due = "information", "", "", ""
                    p.generator, p.score = "rule:heading", 0.9
                kept.append((u, p))
            # a roll call's lines record the vote on the motion before them: no statements
            tally = tally_lines_to_drop([u.text for u, _ in kept], [p.type for _, p in kept])
            kept = [up for k, up in enumerate(kept) if k not in tally]
            item.statements = [
                Statement(id=f"{item.id}-s{seq}", item_id=item.id, type=p.type,
                          text=strip_reference(u.text),
                          page=u.page, speaker=p.speaker, outcome=p.outcome, owner=p.owner,
                          due=p.due, generator=p.generator, score=p.score, seq=seq)
                for seq, (u, p) in enumerate(kept, start=1)]
