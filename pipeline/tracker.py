"""Action tracker: every action, and every recommendation a body makes to another, with its
follow-ups in later meetings and a status.

Contract: a pure step over typed rows and arrays (no store, no model). `track` takes the meetings,
the statements (with their normalised embeddings, aligned) and each item's thread, and returns one
`TrackedAction` per tracked statement. `derive.rebuild` runs it after analyse and stores the
result with the other derived records. Lexicons are data (`models/tracker_lexicon.json`),
thresholds live in `config.py` (`tracker_*`).

Statuses, judged as of the last stored meeting of the action's body:
- `done`: the latest follow-up that says anything decisive reports completion (or, when none
  says anything decisive, a task to bring something to a meeting was taken up at that meeting);
- `in_progress`: it reports progress, "ongoing", "carried forward", "no update", a deferral — or
  the matter was reported on without saying it was done;
- `cancelled`: a follow-up withdraws it, or says it is no longer required or superseded;
- `lost`: no follow-up although the body met at least N more times (`tracker_lost_after_meetings`)
  and the due date, when one is printed, had passed by its last meeting;
- `open`: no follow-up yet, and fewer later meetings (or the due date is still ahead).
"""
from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np

from .config import CONFIG, MODELS_DIR
from .link import cited_minutes

__all__ = ["MeetingRow", "ActRow", "Followup", "TrackedAction", "Subject", "track",
           "tracked_kind", "report_kind", "due_date", "status_of", "names_task", "owner_summary", "STATUSES"]

STATUSES = ("done", "in_progress", "cancelled", "lost", "open")


@dataclass
class MeetingRow:
    id: str
    body: str
    date: str  # ISO, "" when unknown
    seq: int = 0


@dataclass
class ActRow:
    id: str
    item_id: str
    meeting_id: str
    type: str
    text: str
    seq: int = 0
    outcome: str = ""
    owner: str = ""
    due: str = ""
    speaker: str = ""
    item_number: str = ""
    item_title: str = ""


@dataclass
class Followup:
    statement_id: str
    meeting_id: str
    date: str
    report: str  # done | in_progress | cancelled | "" (mentioned, nothing decisive)
    score: float


@dataclass
class TrackedAction:
    statement_id: str
    kind: str  # action | recommendation
    body: str
    meeting_id: str
    date: str
    owner: str
    due: str  # as printed ("" when none)
    due_date: str  # ISO when it could be read, else ""
    status: str  # one of STATUSES
    followups: list[Followup] = field(default_factory=list)
    later_meetings: int = 0  # meetings of the body after the action's
    age_days: int = 0  # from the action's meeting to the body's last stored meeting
    last_reported_meeting_id: str = ""
    reason: str = ""  # one line: why this status

    @property
    def followup_statement_ids(self) -> list[str]:
        return [f.statement_id for f in self.followups]


# ---- lexicons ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _lexicon() -> dict:
    data = json.loads((MODELS_DIR / "tracker_lexicon.json").read_text(encoding="utf-8"))
    out = {k: re.compile("|".join(f"(?:{p})" for p in v), re.I)
           for k, v in data.items() if isinstance(v, list)}
    out["imperative"] = re.compile(data["imperative"], re.I)
    out["procedural"] = re.compile(data["procedural"], re.I)
    out["stop"] = set(data["stop"].split())
    return out


def tracked_kind(s: ActRow) -> str:
    """'action' for an action; 'recommendation' for a decision that recommends, requests or
    refers to another body (or asks for a report back); 'action' for a decision that sets a task
    ("agreed that X would …", "to come to the July meeting"), and for any other statement that
    commits someone to a task in its wording ("X will circulate …", "to be brought to the next
    meeting", "is currently working on …", "IT are preparing a tender document", a bulleted
    "Begin planning …"), and a question the meeting granted ("asked if the review could be shared
    and this was agreed"): minutes often record tasks that way; '' otherwise. Statements under
    procedural headings (apologies, date of the next meeting …) are never tracked."""
    if s.type == "action":  # stated as an action: a task wherever it is printed (a heading
        return "action"  # read wrongly must not hide it)
    if procedural(s.item_title):
        return ""
    lex = _lexicon()
    if s.type == "decision":
        # a motion to approve "the recommendation" (an officer's, in a report) recommends
        # nothing to another body
        if s.outcome == "referred" or lex["recommendation"].search(
                lex["officer_recommendation"].sub(" ", s.text)):
            return "recommendation"
        if s.owner or lex["commission"].search(s.text):
            return "action"
    if s.type == "question" and lex["granted_request"].search(s.text):
        return "action"  # "X asked if the review could be shared and this was agreed"
    if s.type == "question" and written_as_task(s.text):
        return "action"  # "Staff to mail a survey card … asking whether …": a task, asking in it
    if s.type in ("information", "proposal", "question") and lex["standing_request"].search(
            s.text):
        # a request put to the body or to another one that stands until answered ("SCC have
        # requested a full briefing", "asked the Board for permission to publish", "recommended
        # to the Board", "would like the Legal team to check", "it was proposed that a job
        # evaluation is carried out")
        return "recommendation" if lex["recommendation"].search(s.text) else "action"
    if s.type in ("information", "proposal", "objection", "argument_for", "decision") and (
            lex["commitment"].search(s.text) or lex["imperative"].search(s.text)):
        return "action"
    return ""


_ASKING = re.compile(r"\b(?:ask\w*|request\w*|invit\w*|enquir\w*|inquir\w*|quer\w*|whether|how|"
                     r"what|why|when|who|which|if)\b", re.I)


def written_as_task(text: str) -> bool:
    """Is a line written as a task, "<holder> to <verb> …" from its start ("Staff to mail a
    survey card to all members asking whether they would subscribe …"), with no question mark
    and no one asking in its lead ("Mr Hill asked the Clerk to find out …" is a question put)?
    The wording of what the task asks does not make it a question."""
    if "?" in text:
        return False
    text = re.sub(r"^\W*(?:action\s*(?:point)?\s*[:\-–])\s*", "", text, flags=re.I)
    m = _TASK.search(text)
    if not m or not m.group(1)[0].islower() or not text[:1].isupper():
        return False
    lead = text[:m.start()]
    return 0 < len(lead) <= 60 and bool(_HOLDER.match(lead + " ")) and not _ASKING.search(lead)


def procedural(title: str) -> bool:
    """A procedural heading (apologies, declarations, date of the next meeting …): nothing under
    it is a task or a report on one. Container headings ("Old Business", "Reports") are not."""
    return bool(_lexicon()["procedural"].match((title or "").strip()))


def report_kind(text: str) -> str:
    """What a report-back says of the action: cancelled, in_progress, done, or '' (nothing
    decisive). Progress wording wins over completion ("one quotation had been received and two
    more were awaited" is in progress)."""
    lex = _lexicon()
    if lex["cancelled"].search(text):
        return "cancelled"
    if lex["in_progress"].search(text):
        return "in_progress"
    if lex["done"].search(text):
        return "done"
    return ""


# ---- due dates ---------------------------------------------------------------------------------
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|" \
         r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)"
_DUE_DAY = re.compile(r"\b(?:by|before|for|on|until|at)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+"
                      + _MONTH + r"\b(?:\s+(\d{4}))?", re.I)
_DUE_MEETING = re.compile(r"\b(?:the|its|our)\s+(?:\w+'s\s+)?" + _MONTH +
                          r"(?:\s+(\d{4}))?\s+(?:\w+\s+)?meeting\b", re.I)
_DUE_MONTH = re.compile(r"\b(?:by|before|for|in|until|during|at)\s+(?:the\s+)?(?:end\s+of\s+|"
                        r"beginning\s+of\s+|start\s+of\s+|mid[- ])?" + _MONTH +
                        r"\b(?:\s+(\d{4}))?", re.I)
_DUE_NEXT = re.compile(r"\b(?:next|following)\s+(?:\w+\s+)?meeting\b", re.I)
_DUE_XMAS = re.compile(r"\bbefore\s+christmas\b", re.I)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _on_or_after(start: date, month: int, year: str | None) -> int:
    if year:
        return int(year)
    return start.year if month >= start.month else start.year + 1


def due_date(text: str, due: str, meeting_date: str, body_dates: list[str]) -> str:
    """The date an action is due, read from its printed due field or its own wording ("by the
    end of May", "for the July meeting", "to the next meeting", "before Christmas"); month names
    without a year fall on or after the meeting. '' when none is printed or it cannot be read."""
    try:
        start = date.fromisoformat(meeting_date)
    except ValueError:
        return ""
    later = sorted(d for d in body_dates if d > meeting_date)
    for source in (due, text):
        if not source:
            continue
        m = _DUE_DAY.search(source)
        if m:
            month = _MONTHS[m.group(2).lower()]
            year = _on_or_after(start, month, m.group(3))
            try:
                return date(year, month, int(m.group(1))).isoformat()
            except ValueError:
                pass
        m = _DUE_MEETING.search(source)
        if m:
            month = _MONTHS[m.group(1).lower()]
            year = _on_or_after(start, month, m.group(2))
            prefix = f"{year:04d}-{month:02d}"
            held = [d for d in later if d.startswith(prefix)]
            return held[0] if held else _month_end(year, month).isoformat()
        m = _DUE_MONTH.search(source)
        if m:
            month = _MONTHS[m.group(1).lower()]
            return _month_end(_on_or_after(start, month, m.group(2)), month).isoformat()
        if _DUE_NEXT.search(source):
            return later[0] if later else ""
        if _DUE_XMAS.search(source):
            return date(start.year, 12, 25).isoformat()
    return ""


# ---- follow-ups --------------------------------------------------------------------------------
_WORD = re.compile(r"[a-z][a-z'\-]+")
_REF = re.compile(r"\b(?:minute|min\.?|item|action|agenda item|para(?:graph)?)s?\s*(?:no\.?\s*)?"
                  r"(\d{1,3}(?:\.\d{1,3})*)\b", re.I)


def content_words(text: str) -> set[str]:
    """Content words cut to a 5-letter stem ("circulate"/"circulated" meet)."""
    stop = _lexicon()["stop"]
    return {w[:5] for w in _WORD.findall(text.lower().replace("’", "'"))
            if len(w) > 2 and w not in stop}


def owner_patterns(owner: str) -> list[re.Pattern]:
    """One pattern per person or role named in an owner field ("AM/TR", "The Clerk", "DC")."""
    out = []
    for part in re.split(r"\s*(?:/|,|&|;|\band\b)\s*", owner or ""):
        part = re.sub(r"^(?:the|cllr|councillor|mr|mrs|ms|dr)\.?\s+", "", part.strip(), flags=re.I)
        if not part:
            continue
        if re.fullmatch(r"[A-Z]{2,4}", part):
            out.append(re.compile(rf"\b{part}\b"))
        elif len(part) >= 4:
            out.append(re.compile(rf"\b{re.escape(part)}\b", re.I))
    return out


_TASK = re.compile(r"\b(?:to|will|shall)\s+(?:also\s+|then\s+|now\s+)?"
                   r"(?!(?:be|have|the|a|an|all|his|her|their|its|our)\b)([A-Za-z][a-z\-]+)\s+")
_PHRASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|[^\sA-Za-z]")
_PHRASE_END = frozenset("for on to with about at by from in into of regarding concerning and or "
                        "that which who whom so before after when as if than within across "
                        "through under over between via per upon onto once until while whether "
                        "where".split())
_PARTICLES = frozenset("out up off back forward ahead around down".split())
# an action written as a task: "[ACTION:] <holder> to|will <verb> …", the holder a name or role
# ("Democratic Services Officer", "County Attorney Whitfield", "Staff was directed",
# "The Board directed County Administrator Greer"); in other prose the object is not read
_HOLDER = re.compile(r"^\W*(?:(?:the|of|and|for|&|/|[A-Z][\w.'’\-]*),?\s+)*?"
                     r"(?:(?:was|were|is|are|has been|have been)\s+)?"
                     r"(?:directed|asked|requested|instructed|tasked|invited|authori[sz]ed|"
                     r"delegated)?\s*(?:(?:the|of|and|[A-Z][\w.'’\-]*)\s+)*$")
# a request for something put to someone: "ask <whom> for <what>" (the words before "for" within
# a short span, no sentence break)
_ASK_VERBS = frozenset("ask approach".split())
_ASKED_FOR = re.compile(r"[^.;:]{1,60}?\bfor\s+(?=\S)")
# what opens a clause after a participle ("confirming that", "stating whether")
_CLAUSE_OPENERS = frozenset("that whether how why what when which".split())
_DETERMINERS = frozenset("a an the all any some this these those their its his her our your each "
                         "every".split())


def _stems(text: str) -> list[str]:
    """Every word of a text cut to its 5-letter stem, in order (stop words kept)."""
    return [w[:5] for w in _WORD.findall(text.lower().replace("’", "'"))]


def _heads(text: str, head: str) -> bool:
    """Whether `head` (a stem) heads a phrase in the text: said and not followed by another
    content word ("had confirmed in writing" for "written confirmation"; not "permit parking
    program" for "on-street parking", where it qualifies another noun)."""
    stop = _lexicon()["stop"]
    toks = re.findall(r"[a-z][a-z'\-]+|[^\sa-z]", text.lower().replace("’", "'"))
    for i, t in enumerate(toks):
        if t[:5] == head:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if not (nxt[:1].isalpha() and len(nxt) > 2 and nxt not in stop):
                return True
    return False


@dataclass
class Subject:
    """What an action is about: the object of its task ("to arrange [a training session] for
    members …", "will draft [a policy] on …") as content words, the pairs of words side by side
    in it and its head noun (its last word), and what it is of (the head noun's complement
    after "of", names left out: "notices [of the PFAS detections]"). Read only from an action
    written as a task ("[ACTION:] <holder> to <verb> …")."""
    object: frozenset[str]
    head: str = ""
    pairs: frozenset[tuple[str, str]] = frozenset()
    # what the object is of ("notices [of the PFAS detections]"): named as a phrase of its own
    # ("the PFAS results"), never by one rare word alone (see rare_word_in)
    about: frozenset[str] = frozenset()
    about_pairs: frozenset[tuple[str, str]] = frozenset()
    # the task's verb ("consult"), lower case: a report naming the task itself ("the
    # consultation … would close on 30 June") says what became of it (`names_task`)
    verb: str = ""

    @classmethod
    def of(cls, a: ActRow) -> "Subject":
        # a label before the task ("ACTION:", "Action point –", "Direction:", "Follow-up:")
        text = re.sub(r"^\W*(?:action\s*(?:point)?\s*[:\-–]|[A-Za-z][\w\- ]{0,24}:)\s*", "",
                      a.text, flags=re.I)
        for m in _TASK.finditer(text):
            if not m.group(1)[0].islower():
                continue  # "… to Station Road": a name, not a task verb
            lead = text[:m.start()]
            if len(lead) > 80 or not _HOLDER.match(lead + " "):
                break  # not written as a task: no object read
            # the object, and the complement of its head noun after one "of" ("notices [of the
            # PFAS detections]", "investigations [of the concrete panels]"): a later report may
            # name what the task was about rather than the thing made ("letters explaining the
            # PFAS results had been sent")
            parts: list[list[str]] = [[]]
            after = text[m.end():]
            asked = _ASKED_FOR.match(after) if m.group(1).lower() in _ASK_VERBS else None
            if asked:
                # "to ask each cruise line calling at Pier 2 for a letter confirming …": the task
                # is about what is asked for (the letter), not whom it is asked of
                after = after[asked.end():]
            toks = _PHRASE_TOKEN.findall(after)[:16]
            for n, tok in enumerate(toks):
                low = tok.lower()
                if low.endswith("ing") and parts[-1] and n + 1 < len(toks) \
                        and toks[n + 1].lower() in _CLAUSE_OPENERS:
                    break  # "a letter [confirming that …]": a participle's clause, not the object
                if (low == "of" and len(parts) == 1 and parts[0]
                        and CONFIG["tracker_subject_of_complement"]):
                    parts.append([])
                    continue
                if not tok[0].isalpha() or low in _PHRASE_END:
                    break
                # a name in the complement ("of Eagle Ridge") says where, the item's matter,
                # not what the task was about
                if len(parts) > 1 and tok[0].isupper() and not tok.isupper():
                    continue
                if low not in _DETERMINERS and not (not parts[-1] and low in _PARTICLES):
                    parts[-1].append(low)
            phrase = parts[0][:6]
            rest = parts[1][:6 - len(phrase)] if len(parts) > 1 else []
            obj = content_words(" ".join(phrase))
            stems = _stems(" ".join(phrase))
            head = next(iter(content_words(phrase[-1])), "") if phrase else ""
            about = content_words(" ".join(rest)) - obj
            rest_stems = _stems(" ".join(rest))
            return cls(frozenset(obj), head, frozenset(zip(stems, stems[1:])), frozenset(about),
                       frozenset(zip(rest_stems, rest_stems[1:])), m.group(1).lower())
        return cls(frozenset())

    def named_in(self, words_c: set[str], text_c: str) -> bool:
        """Whether a statement names the object: its one word, two of its words side by side
        ("the householder validation checklist" for "the local validation checklist", not
        "on-street occupancy" and "permit parking" for "on-street parking"), its head noun
        heading a phrase ("confirmed in writing" for "written confirmation"), or one of its
        words taken up as "the <word>" ("the guide was being written"). True when no object was
        read (nothing to judge by)."""
        if not self.object:
            return True
        if self._about_named(text_c):
            return True
        if len(self.object) == 1 or not CONFIG["tracker_subject_pairs"]:
            return bool(self.object & words_c)
        stems = _stems(text_c)
        if self.pairs & set(zip(stems, stems[1:])):
            return True
        if self.head and _heads(text_c, self.head):
            return True
        return any(re.search(rf"\bthe\s+{re.escape(w)}", text_c, re.I) for w in self.object)


    def _about_named(self, text_c: str) -> bool:
        """Whether a statement names what the object is of: two of its words side by side, or
        one taken up as "the <word>" ("the PFAS results" for "notices of the PFAS
        detections"); a one-word complement never names it alone."""
        if not self.about:
            return False
        stems = _stems(text_c)
        if self.about_pairs & set(zip(stems, stems[1:])):
            return True
        # one word of it ("of the roof") is the item's matter itself: "the roof leak" is no
        # report on "an assessment of the roof"
        return len(self.about) >= 2 and any(re.search(rf"\bthe\s+{re.escape(w)}", text_c, re.I) for w in self.about)

    def rare_word_in(self, words_c: set[str], idf: dict[str, float]) -> bool:
        """Whether a statement shares one of the object's rare words (idf at least
        `tracker_subject_arising_min_idf`): enough under a report-back heading."""
        floor = CONFIG["tracker_subject_arising_min_idf"]
        return any(idf.get(w, 0.0) >= floor for w in self.object & words_c)


@lru_cache(maxsize=4096)  # called for every (action, candidate) pair with few distinct numbers
def _number(n: str) -> str:
    return re.sub(r"[\s().]+$", "", (n or "").strip()).lower()


@lru_cache(maxsize=4096)
def _minute_key(n: str) -> str:
    """An item number as `cited_minutes` writes a cited one ("21 /25." → "21/25")."""
    return re.sub(r"\s+", "", n.strip(" .()"))


@dataclass
class _Facts:
    """What a statement says as a possible report-back, computed once per statement."""
    report: str  # report_kind of its text
    heading: bool  # under a report-back heading or introduced as one
    refs: set[str]  # item/minute numbers it cites ("item 4", "minute 21/25")
    minutes: set[str]

    @classmethod
    def of(cls, c: ActRow) -> "_Facts":
        return cls(report_kind(c.text), _report_heading(c),
                   {_number(n) for n in _REF.findall(c.text)}, cited_minutes(c.text))


def _features(a: ActRow, c: ActRow, cos: float, words_a: set[str], words_c: set[str],
              owners: list[re.Pattern], same_thread: bool, first_later: bool, due_meeting: bool,
              facts: _Facts, idf: dict[str, float], heading_c: frozenset[str] = frozenset(),
              reporting: bool = False, gap: int = 0, holder: frozenset[str] = frozenset()
              ) -> tuple[float, bool, dict[str, float]]:
    """Follow-up score of statement `c` for action `a`, whether `c` cites `a`'s minute, and the
    signals the score sums (each weighted by `tracker_weights`; the score is the cosine plus
    them, 0 when the two share nothing but wording).
    `heading_c`: content words of `c`'s item heading; a later item whose heading names the
    matter of the action ("IT Service Specification update", "Status of non-member groups")
    is where report-backs are written, whatever the statement's own words.
    `holder`: content words of the action's owner; sharing only those is sharing nothing."""
    w = CONFIG["tracker_weights"]
    titled = sum(idf.get(t, 0.0) for t in words_a & heading_c) if not same_thread else 0.0
    who = f"{c.speaker} {c.text}"
    shared = len(words_a & words_c)
    # rare words shared (names, places, things) say more than common ones: their summed idf
    # (in words said only once: see _idf)
    rare = sum(idf.get(t, 0.0) for t in words_a & words_c)
    number = _number(a.item_number)
    cited = bool(number and first_later and number in facts.refs) or bool(
        a.item_number and _minute_key(a.item_number) in facts.minutes)
    if not cited and not (words_a & words_c) - holder and titled < CONFIG[
            "tracker_heading_min_idf"]:
        return 0.0, False, {}  # nothing in common but wording: not a report on this action
    signals = {
        "heading": (min(titled / CONFIG["tracker_rare_full"], 1.0)
                    if titled >= CONFIG["tracker_heading_min_idf"] else 0.0),
        "due": float(due_meeting),  # said at the meeting the action was due to come to
        # the owner named counts only beside the same subject (an owner reports on many things)
        "owner": float(bool(owners) and (shared >= 2 or cos >= CONFIG["tracker_owner_min_cosine"])
                       and any(p.search(who) for p in owners)),
        "words": min(shared, 4) / 4,
        "rare": min(rare / CONFIG["tracker_rare_full"], 1.0),
        "thread": float(same_thread),
        "reference": float(cited),
        "context": float(facts.heading),
        "next": float(first_later),  # reports on an action usually come at the next meeting
        "report": float(bool(facts.report)),
        "done": float(facts.report == "done"),
        # meetings of the body between the action and the statement (up to 4)
        "gap": min(gap, 4) / 4,
        # no report-back wording: a plain mention (weights below 0: it needs more), less where
        # reports are given (same thread, matters arising, next meeting)
        "plain": float(not facts.report and not reporting),
        "plain_reporting": float(not facts.report and reporting),
    }
    score = w.get("cos", 1.0) * cos + sum(w.get(k, 0.0) * v for k, v in signals.items() if v)
    return score, cited, signals


# the noun a task verb makes ("consult" → "consultation", "inspect" → "inspection", "appoint" →
# "appointment", "renew" → "renewal", "assess" → "assessment")
_TASK_NOUN = "(?:ation|ition|ion|ment|al|ance|ence)s?"


def names_task(verb: str, text: str) -> bool:
    """Does a later line name the task itself, by the noun its verb makes ("the consultation
    with Brook Lane families had opened …" for "CEO to consult Brook Lane parents …")? Such a
    line reports on the task; another line of the same meeting on the task's matter ("the
    Regional Director had approved the transfer") says nothing of what became of it. Verbs of
    four letters or fewer make no sure noun ("act" → "action")."""
    if len(verb) < 5:
        return False
    root = verb[:-1] if verb.endswith("e") else verb
    return bool(re.search(rf"\b{re.escape(root)}{_TASK_NOUN}\b", text, re.I))


def _report_heading(c: ActRow) -> bool:
    """Said under a report-back heading (matters arising, action log …) or introduced as one."""
    lex = _lexicon()
    return bool(lex["report_context"].search(c.item_title)
                or lex["report_context"].search(c.text[:40]))


def _meeting_report(followups: list[Followup]) -> str:
    """What one meeting's follow-ups of an action say, weighed by their scores ("" for nothing
    decisive); the more cautious reading (cancelled, then in progress) wins unless another
    outweighs it by `tracker_report_margin`."""
    weight: dict[str, float] = defaultdict(float)
    for f in followups:
        if f.report:
            weight[f.report] += f.score
    if not weight:
        return ""
    # a reading wins only by a margin over the more cautious ones before it
    margin = 1.0 + CONFIG["tracker_report_margin"]
    best = ""
    for s in ("cancelled", "in_progress", "done"):
        if s in weight and (not best or weight[s] > weight[best] * margin):
            best = s
    return best


def status_of(followups: list[Followup], later_meetings: int, due: str, last_date: str,
              delivery: bool = False, begin: bool = False,
              direct: frozenset[str] = frozenset()) -> tuple[str, str]:
    """Status and a one-line reason, from the follow-ups (in date order) and the body's
    later meetings. The latest meeting whose follow-ups say something decisive decides: the
    report (cancelled, in progress, done) carried by the follow-ups of highest total score.
    `delivery`: the task is to bring something to a meeting ("the plan will be brought to the
    next Board meeting"); taken up at the meeting it was due at, with nothing decisive said
    after, it was delivered (done).
    `begin`: the task is to begin something ("Begin planning the budget", "Annual meeting
    preparation begins"); any later report on it, in progress or carried on ("Finalize the
    budget"), says it was begun (done) unless it was cancelled.
    `direct`: the follow-ups that name the task itself (`names_task`); at a meeting that has
    one, only they say what became of it."""
    n = CONFIG["tracker_lost_after_meetings"]
    if not followups:
        if later_meetings >= n and (not due or due <= last_date):
            return "lost", (f"never reported on in {later_meetings} later meeting(s)"
                            + (f"; due {due}" if due else ""))
        if due and due > last_date:
            return "open", f"no report yet; due {due}, after the last stored meeting"
        return "open", f"no report yet; {later_meetings} later meeting(s)"
    by_meeting: dict[str, list[Followup]] = defaultdict(list)
    order: list[str] = []
    for f in followups:
        if f.meeting_id not in by_meeting:
            order.append(f.meeting_id)
        by_meeting[f.meeting_id].append(f)
    said = {mid: _meeting_report([f for f in by_meeting[mid] if f.statement_id in direct]
                                 or by_meeting[mid]) for mid in order}
    if CONFIG["tracker_done_sticks"]:
        # reported done once: done, unless a later meeting cancelled it (a meeting reports done
        # when its done follow-ups outweigh the others: "the first count had been taken and the
        # second would be made" beside a weaker line that reads as done is progress)
        done_at = max((n for n, mid in enumerate(order) if said[mid] == "done"), default=-1)
        if done_at >= 0 and not any(f.report == "cancelled" for mid in order[done_at + 1:]
                                    for f in by_meeting[mid]):
            return "done", f"done as reported on {by_meeting[order[done_at]][0].date}"
    for mid in reversed(order):
        if said[mid]:
            status = said[mid]
            if status == "in_progress" and begin:
                return "done", f"begun: reported in progress on {by_meeting[mid][0].date}"
            return status, f"{status.replace('_', ' ')} as reported on {by_meeting[mid][0].date}"
    if delivery and due and any(f.date == due for f in followups):
        return "done", f"taken up at the meeting it was due at, {due}"
    if begin:
        return "done", f"begun: reported on {followups[-1].date}"
    return "in_progress", f"reported on {followups[-1].date}, not reported done"


def track(meetings: list[MeetingRow], statements: list[ActRow], vecs: np.ndarray,
          item_thread: dict[str, str], trace: dict | None = None,
          signals: dict | None = None) -> list[TrackedAction]:
    """Tracked actions and recommendations with their follow-ups and status (see module doc).
    `trace`, when given, is filled with why each (action, candidate) statement-index pair was
    kept or dropped: {(k, j): (cosine, score, need, why)}, why '' when kept (diagnostics);
    `signals`, when given, with the cosine and signals of each pair scored (calibration)."""
    note = trace.__setitem__ if trace is not None else (lambda key, value: None)
    by_id = {m.id: m for m in meetings}
    dated = sorted((m for m in meetings if m.date), key=lambda m: (m.date, m.seq))
    body_meetings: dict[str, list[MeetingRow]] = defaultdict(list)
    for m in dated:
        body_meetings[m.body].append(m)
    in_meeting: dict[str, list[int]] = defaultdict(list)
    in_thread: dict[str, list[int]] = defaultdict(list)
    for k, s in enumerate(statements):
        in_meeting[s.meeting_id].append(k)
        if item_thread.get(s.item_id):
            in_thread[item_thread[s.item_id]].append(k)
    words = [content_words(s.text) for s in statements]
    # an action's item heading names the matter it is about ("Aldeburgh library: the General
    # Manager to check the final outcome"); it counts as shared with a statement of another
    # thread (matters arising) that names it. In the same thread the thread signal says it.
    heading_words = [content_words(s.item_title) if CONFIG["tracker_title_words"] else set()
                     for s in statements]
    # the heading of a candidate's item, read whatever tracker_title_words says
    heading_words_c = [content_words(s.item_title) for s in statements]
    # statements under a procedural heading never report on an action
    eligible = [not procedural(s.item_title) for s in statements]
    facts = [_Facts.of(s) for s in statements]
    idf = _idf(words)
    no_report = _lexicon()["no_report"]
    # a motion formula or an officer presenting an application: read once per statement
    formula = [bool(no_report.search(s.text)) for s in statements]
    stance = set(CONFIG["tracker_stance_types"])
    # a reply: the question it answers (the latest question before it in its item), or -1
    asked = _questions_answered(statements)

    tracked: list[tuple[int, str]] = [(k, kind) for k, s in enumerate(statements)
                                      if (kind := tracked_kind(s))]
    pairs: list[tuple[int, int, float, float, bool]] = []  # (action, candidate, rank, score, cited)
    for k, _kind in tracked:
        a = statements[k]
        m = by_id.get(a.meeting_id)
        if not m or not m.date:
            continue
        later = [x for x in body_meetings[m.body] if x.date > m.date]
        # meetings are counted by date: two stored copies of one meeting (a draft beside the
        # approved minutes) are one meeting
        dates = sorted({x.date for x in later})
        window = [x for x in later if x.date in dates[:CONFIG["tracker_window_meetings"]]]
        first_later = {x.id for x in later if x.date == dates[0]} if dates else set()
        due = due_date(a.text, a.due, m.date, [x.date for x in body_meetings[m.body]])
        # body meetings between action and candidate
        gap = {x.id: dates.index(x.date) for x in later}
        cands = [j for x in window for j in in_meeting[x.id]]
        thread = item_thread.get(a.item_id)
        if thread:
            # the action's own thread: later items in other bodies (a referral) and, past the
            # window, later items of the same matter in its own body, up to a time limit
            limit = _add_days(m.date, CONFIG["tracker_window_days"])
            seen = set(cands)
            cands += [j for j in in_thread[thread] if j not in seen
                      and (by_id[statements[j].meeting_id].body != m.body
                           or CONFIG["tracker_thread_past_window"])
                      and m.date < by_id[statements[j].meeting_id].date <= limit]
        if not cands:
            continue
        cos = vecs[np.array(cands)] @ vecs[k]
        owners = owner_patterns(a.owner)
        # the holder's name is no shared subject ("Superintendent Marsh presented the
        # transition plan" for "Superintendent Marsh to report on the building")
        holder = frozenset(content_words(a.owner))
        subject = Subject.of(a)
        for j, cj in zip(cands, cos):
            c = statements[j]
            if not eligible[j] or c.type == "question":
                note((k, j), (float(cj), 0.0, 0.0, "procedural heading or question"))
                continue
            # a motion formula ("proposed by … and seconded by …") or an officer presenting
            # an application introduces the item's own business, and a correction to earlier
            # minutes ("… should read: X will speak with …") restates them: no report on a task
            if formula[j]:
                note((k, j), (float(cj), 0.0, 0.0,
                              "motion, presentation or correction formula"))
                continue
            # a member's stance argues the matter; unless it says what became of something
            # (report-back wording) it reports on no task
            if c.type in stance and not facts[j].report:
                note((k, j), (float(cj), 0.0, 0.0, "a stance (objection, support)"))
                continue
            # a reply answers its question: a report on the action only when that was asked
            if asked[j] >= 0 and float(vecs[asked[j]] @ vecs[k]) < CONFIG[
                    "tracker_reply_question_min_cosine"]:
                note((k, j), (float(cj), 0.0, 0.0, "a reply to a question about another matter"))
                continue
            same_thread = bool(thread) and item_thread.get(c.item_id) == thread
            f = facts[j]
            reporting = same_thread or f.heading or c.meeting_id in first_later
            floor = (max(CONFIG["tracker_min_cosine_reporting"],
                         CONFIG["tracker_min_cosine_thread"]) if same_thread
                     else CONFIG["tracker_min_cosine_reporting"] if reporting
                     else CONFIG["tracker_min_cosine"])
            if cj < floor and not f.refs and not f.minutes:
                note((k, j), (float(cj), 0.0, 0.0, "below min cosine"))
                continue
            # a later task is a follow-up only when it re-issues this one
            if c.type == "action" and cj < CONFIG["tracker_reissue_cosine"]:
                note((k, j), (float(cj), 0.0, 0.0, "later action, not a re-issue"))
                continue
            cm = by_id[c.meeting_id]
            words_a = words[k] if same_thread else words[k] | heading_words[k]
            n_between = (gap[c.meeting_id] if c.meeting_id in gap
                         else sum(d < cm.date for d in dates))
            score, cited, sig = _features(a, c, float(cj), words_a, words[j], owners, same_thread,
                                          c.meeting_id in first_later,
                                          bool(due) and cm.date == due and cm.body == m.body, f,
                                          idf, frozenset(heading_words_c[j]), reporting, n_between,
                                          holder)
            # a follow-up is about the action's object, not only one rare word it shares; under
            # a report-back heading of the next meeting (matters / business arising, action
            # log), where earlier tasks are reported on in other words, one rare word of the
            # object or a lower cosine will do ("Halvorsen Engineering had inspected the roof"
            # for "obtain a structural engineer's assessment of the roof")
            arising = f.heading and c.meeting_id in first_later
            if (not cited and cj < CONFIG["tracker_subject_min_cosine_arising" if arising
                                          else "tracker_subject_min_cosine"]
                    and not subject.named_in(words[j] | heading_words_c[j],
                                             f"{c.item_title}. {c.text}")
                    and not (arising and subject.rare_word_in(words[j], idf))):
                note((k, j), (float(cj), 0.0, 0.0, "not about the action's object"))
                continue
            if signals is not None:
                signals[(k, j)] = {"cos": float(cj), **sig}
            need = CONFIG["tracker_threshold"]
            if score < need:
                note((k, j), (float(cj), score, need,
                              "no shared content word" if score == 0 else "score below need"))
            else:
                note((k, j), (float(cj), score, need, ""))
                # ranked against other actions: the most recent matching action first
                rank = score - CONFIG["tracker_age_penalty"] * n_between
                pairs.append((k, j, rank, score, cited))
    # a statement reports on the action(s) it fits best, not on every similar one; but a report
    # on a matter reports on each task of that matter: an action this close to the one it fits
    # best keeps it too ("the proposed budget is almost completed" for "Begin budget planning",
    # which a later "The budgeting process will begin soon" would otherwise take by recency)
    best: dict[int, float] = {}
    winner: dict[int, int] = {}
    for k, j, rank, _s, _c in pairs:
        if rank > best.get(j, -1.0):
            best[j], winner[j] = rank, k
    chosen: dict[int, list[tuple[int, float]]] = defaultdict(list)
    for k, j, rank, score, cited in pairs:
        if rank >= best[j] - CONFIG["tracker_compete_margin"] or float(
                vecs[k] @ vecs[winner[j]]) >= CONFIG["tracker_same_matter_cosine"]:
            chosen[k].append((j, score))
        elif trace is not None:
            cos_kj, _sc, need, _why = trace[(k, j)]
            trace[(k, j)] = (cos_kj, score, need, "competed away to another action")

    out = []
    for k, kind in tracked:
        a = statements[k]
        m = by_id.get(a.meeting_id) or MeetingRow(a.meeting_id, "", "")
        timeline = body_meetings.get(m.body, [])
        later_dates = {x.date for x in timeline if m.date and x.date > m.date}
        last_date = timeline[-1].date if timeline else m.date
        due = due_date(a.text, a.due, m.date, [x.date for x in timeline])
        fus = sorted(chosen.get(k, []), key=lambda js: (
            by_id[statements[js[0]].meeting_id].date, by_id[statements[js[0]].meeting_id].seq,
            statements[js[0]].seq))
        followups = [Followup(statements[j].id, statements[j].meeting_id,
                              by_id[statements[j].meeting_id].date,
                              facts[j].report, round(score, 4))
                     for j, score in fus]
        verb = Subject.of(a).verb
        direct = frozenset(f.statement_id for f, (j, _s) in zip(followups, fus)
                           if names_task(verb, statements[j].text))
        status, reason = status_of(followups, len(later_dates), due, last_date,
                                   bool(_lexicon()["delivery"].search(a.text)),
                                   bool(_lexicon()["begin"].search(a.text)), direct)
        out.append(TrackedAction(
            statement_id=a.id, kind=kind, body=m.body, meeting_id=m.id, date=m.date,
            owner=a.owner, due=a.due, due_date=due, status=status, followups=followups,
            later_meetings=len(later_dates), age_days=_days(m.date, last_date),
            last_reported_meeting_id=followups[-1].meeting_id if followups else "",
            reason=reason))
    return out


def _questions_answered(statements: list[ActRow]) -> list[int]:
    """For each statement written as a reply ("X replied that …", "In response, …"), the index
    of the question it answers: the latest question before it in its item; -1 otherwise (and
    for a reply with no question before it)."""
    reply = _lexicon()["reply"]
    out = [-1] * len(statements)
    last_q: dict[str, int] = {}
    for k in sorted(range(len(statements)), key=lambda k: (statements[k].seq, k)):
        s = statements[k]
        if s.type == "question":
            last_q[s.item_id] = k
        elif reply.search(s.text):
            out[k] = last_q.get(s.item_id, -1)
    return out


def _idf(words: list[set[str]]) -> dict[str, float]:
    """Inverse document frequency of each content word over the statements, log(N/df) / log N:
    1.0 for a word said once, near 0 for a word in most statements (it says nothing about which
    action is meant). Dividing by log N keeps the scale the same for a body with a few dozen
    statements and one with thousands."""
    df: dict[str, int] = defaultdict(int)
    for ws in words:
        for t in ws:
            df[t] += 1
    n = len(words)
    top = float(np.log(n)) if n > 1 else 1.0
    return {t: float(np.log(n / c)) / top for t, c in df.items()}


def _days(a: str, b: str) -> int:
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return 0


def _add_days(iso: str, days: int) -> str:
    from datetime import timedelta
    return (date.fromisoformat(iso) + timedelta(days=days)).isoformat()


def owner_summary(rows: list[dict]) -> list[dict]:
    """Per owner (as printed; '(no owner)' when none): open actions held (open or in progress),
    lost (never reported on), done, cancelled, total, and the oldest open one's age in days."""
    agg: dict[str, dict] = {}
    for r in rows:
        owner = (r.get("owner") or "").strip() or "(no owner)"
        a = agg.setdefault(owner, {"owner": owner, "open": 0, "lost": 0, "done": 0,
                                   "cancelled": 0, "total": 0, "oldest_open_days": 0})
        a["total"] += 1
        st = r.get("status")
        if st in ("open", "in_progress"):
            a["open"] += 1
            a["oldest_open_days"] = max(a["oldest_open_days"], int(r.get("age_days") or 0))
        elif st in a:
            a[st] += 1
    return sorted(agg.values(), key=lambda a: (-(a["open"] + a["lost"]), a["owner"]))
