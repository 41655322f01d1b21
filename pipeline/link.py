"""Link stage: agenda items across meetings into threads; statements to the statements they answer.

Pure functions over typed rows and arrays (no store, no model): `build_threads` takes items with
their embeddings, `link_statements` takes the statements of threads with theirs. The signals are
content and title similarity, title word overlap, explicit references (the same Legistar-style file
id, "referred from"/"escalated to" wording for cross-body links) and date order. Standing items
(apologies, minutes of the last meeting, date of next meeting …) never form threads.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from .config import CONFIG
from .link_signals import (acronym_pairs, announces, base_file_id, codes, day_months,
                           ends_with_heading, heading_names, heading_of, name_runs,
                           names_a_member, office_report, proper_words, rare_phrases, referral,
                           report_offices, shared_names, SPEAKING, stem, template_conflicts, text_names,
                           title_key, title_key_words)
from .link_merge import lone_joins, lone_pairs, thread_merges
from .records import Thread

__all__ = ["ItemRow", "StatementRow", "is_standing", "standing_flags", "build_threads",
           "link_statements", "title_tokens", "evidence_pairs", "matter_evidence", "enough_evidence",
           "worded_as_one", "WordEvidence", "word_evidence"]

_STANDING = re.compile(
    r"^\W*(?:\d+[\w.\-]*\s+)?(?:"
    r"apolog|attendance|present\b|disclosures?\b|"
    r"declarations? of (?:business |personal |pecuniary )?(?:interest|pecuniary)|"
    r"(?:[\w']+ ){0,4}(?:for |of )?conflicts? of interest|"
    r"(?:approval|changes?|amendments?)(?:\s*/\s*\w+)? (?:to|of) (?:the )?agenda\b|"
    r"(?:draft |approval of |adoption of |confirmation of |review of )?(?:the )?minutes\b|"
    r"approval of (?:the )?(?:agenda|minutes)|adoption of (?:the )?agenda|agenda\b|"
    r"notes? of (?:the )?(?:last|previous|prior) meeting|"
    r"matters? arising|date,? (?:time )?(?:and venue )?of (?:the )?next|next meeting|"
    r"(?:any )?other (?:competent )?business|a\.?o\.?b\.?\b|adjourn|call(?:ed)? to order|"
    r"roll call|pledge of allegiance|land acknowledg|invocation|moment of silence|"
    r"public (?:comment|forum|participation|session)|oral communications|"
    r"(?:chair(?:man|person)?'?s? )?(?:welcome|opening)(?!\s+(?:committee|group|pack))|"
    # "Introductions" of those present, not "Introduction of Ordinance …"
    r"introductions?\b(?!\s+(?:of|to)\s+(?:an?\s+|the\s+)?(?:ordinance|resolution|bill|by-?law|"
    r"policy|new\s+(?:policy|ordinance|scheme)))|quorum|"
    r"close of (?:the )?meeting|closing\b|meeting closed|announcements?\b|"
    r"consent calendar\b|non-agenda|communications from|correspondence\b|"
    r"executive session|closed session|in camera|signed\b|signature|"
    # containers: headings that gather unrelated matters under one title
    r"(?:old|new|unfinished|other|general) business\b|(?:committee |officers'? )?reports?\s*$|"
    r"updates? from (?:the )?(?:board |sub-?)?(?:committees|working groups)|"
    r"committee (?:reports|updates)\b|(?:board |sub-?)?committees\s*$|review of\s*:?\s*$|"
    r"(?:management|officers'?|staff) reports\s*$|"
    r"(?:special |regular |joint )+meeting\b|"
    r"public (?:hearings?|speakers?)\s*(?:\([^)]*\))?\s*:?\s*$|consent agenda\b|"
    r"(?:regular|consent|action|discussion|business|information(?:al)?) (?:agenda )?items?\s*$|"
    r"items? for (?:information|noting)|urgent (?:items?|matters?)|decisions?\s*$|"
    r"(?:\w+ )?comments? (?:by|from) (?:the )?(?:members? of )?(?:the )?public|"
    r"open (?:period|forum|session)|(?:approval|adoption|confirmation) of (?:the )?"
    r"(?:previous|prior|last|draft) minutes|"
    r"\*{2,}|[A-Z][\w .'-]{0,60}\bmoved (?:approval|to|that)\b|"
    # section banners of other formats: attachments, notices of motion, vote results as headings
    r"attachments?\b|appendi(?:x|ces)\b|notices? of motions?\b|motions?\s*$|"
    r"(?:passed|defeated|carried|failed|adopted|lost)\s*[\[(]\s*\d"
    r")", re.I)

_STOP = set("""a an the and or of to for in on at by with from as is are was be this that these those
its it their our your his her re item items report reports update updates new proposed proposal
meeting board council committee group""".split())


# A "title" that is a minuted sentence about the meeting's conduct: a named member or officer
# doing something ("Mayor X noted a motion is needed to hear new items after 11:00 p.m.",
# "Councilmember Y proposed", "The City Manager introduced the new Director"). Agenda titles are
# noun phrases; these are paragraphs set apart between asterisks (procedural motions, speaking
# time, announcements) that the segmenter took for items. Case matters: names are capitalised
# and the verb is not.
_PROCEDURAL_SENTENCE = re.compile(
    r"^\W*(?:\(\*?\d[\w-]*\)\s*)?(?:The\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}"
    r"(?:noted|suggested|stated|requested|called|announced|inquired|proposed|moved|recessed|"
    r"adjourned|thanked|congratulated|recused|seconded|introduced|expressed|made|left|returned|"
    r"recognized|recognised|read|presented a proclamation)\b")


def is_standing(title: str) -> bool:
    """True for procedural items that recur every meeting and are not a matter in themselves."""
    t = title.strip()
    return bool(_STANDING.match(t)) or bool(_PROCEDURAL_SENTENCE.match(t)) \
        or not title_tokens(title)


def title_tokens(title: str) -> set[str]:
    """Content words of a title, cut to a 5-letter stem so that "Manager"/"Management" and
    "Finance"/"Financial" meet; the parts of a hyphenated word count apart ("Vape-Free") and
    common endings go first, so that "Vaping"/"Vape", "Capping"/"Cap" and "Sealing"/"Seal",
    which a heading reworded at the next meeting often uses, meet too."""
    words = re.findall(r"[a-z][a-z']+", title.lower().replace("’", "'"))
    return {stem(w.split("'")[0])[:5] for w in words if w not in _STOP and len(w) > 2}


@dataclass
class ItemRow:
    id: str
    meeting_id: str
    body: str
    date: str
    number: str
    title: str
    text: str = ""
    file_id: str = ""
    seq: int = 0


@dataclass
class StatementRow:
    id: str
    item_id: str
    meeting_id: str
    date: str
    type: str
    text: str
    seq: int = 0
    outcome: str = ""
    speaker: str = ""


@dataclass
class _Open:
    thread: Thread
    members: list[int] = field(default_factory=list)  # indices into items
    bodies: set[str] = field(default_factory=set)


def _days(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:
        return 0


_XREF = re.compile(r"\b(refer(?:red|ral)?|escalat\w*|report(?:ed)? back|steering group|"
                   r"recommend\w* to|from the .{0,40}(?:group|committee|board))\b", re.I)


def pair_scores(content: np.ndarray, titles: np.ndarray, items: list[ItemRow]) -> np.ndarray:
    """Combined link score for every pair of items (symmetric matrix).

    Content similarity only speaks when both items have a body; for a heading with little or
    no text under it (a standing report with nothing minuted, a run-in label) the title decides.
    Within one body: headings cut from one template that name different things score
    `link_conflict_factor` times less (`template_conflicts`); the same recurring heading
    (`title_key`: "Treasurer’s Report" every month), a heading ending in another one
    (`ends_with_heading`), the same office's report (`report_offices`, `office_report`) and a
    follow-up its heading names (`named_follow_ups`) score at least `link_same_title_score`; an explicit reference settles a link (at least 1.0).
    """
    return _boosted(_similarity(content, titles, items), items, explicit_references(items),
                    _reports(items), content)


def _similarity(content: np.ndarray, titles: np.ndarray, items: list[ItemRow]) -> np.ndarray:
    """Weighted content, title and title-word similarity of every pair (no explicit signals)."""
    w = CONFIG["link_weights"]
    # n × n float32 matrices, computed in place (three at most alive: ~450 MB at 6,000 items,
    # not ~1 GB); the same operations in the same order as
    # where(both have a body, wc·C + wt·T + wk·O, (wt·T + wk·O) / (wt + wk))
    tokens = token_overlap([title_tokens(i.title) for i in items])
    tokens *= w["tokens"]
    title = (titles @ titles.T).astype(np.float32, copy=False)
    title *= w["title"]
    out = (content @ content.T).astype(np.float32, copy=False)
    out *= w["content"]
    out += title
    out += tokens
    title += tokens  # now the title-only score
    del tokens
    title /= w["title"] + w["tokens"]
    no_body = np.array([len(i.text.strip()) < CONFIG["link_min_body_chars"] for i in items])
    out[no_body, :] = title[no_body, :]
    out[:, no_body] = title[:, no_body]
    return out


def token_overlap(tok: list[set[str]]) -> np.ndarray:
    """Jaccard overlap of every pair of token sets (0 on the diagonal and for an empty set), as
    float32: shared tokens counted through each token's list of sets, not pair by pair."""
    n = len(tok)
    postings: dict[str, list[int]] = {}
    for k, ts in enumerate(tok):
        for t in ts:
            postings.setdefault(t, []).append(k)
    inter = np.zeros((n, n), dtype=np.int32)
    for ks in postings.values():
        if len(ks) > 1:
            idx = np.asarray(ks)
            inter[np.ix_(idx, idx)] += 1
    np.fill_diagonal(inter, 0)
    sizes = np.array([len(t) for t in tok], dtype=np.float64)
    # the counts become the overlaps in their own memory, a block of rows at a time (each
    # block's counts are read before its rows are written), in float64 as one pair at a time
    overlap = inter.view(np.float32)
    step = max(1, (1 << 22) // max(n, 1))
    for r0 in range(0, n, step):
        shared = inter[r0:r0 + step].astype(np.float64)
        union = sizes[r0:r0 + step, None] + sizes[None, :] - shared
        ratio = np.divide(shared, union, out=np.zeros_like(shared), where=shared > 0)
        overlap[r0:r0 + step] = ratio.astype(np.float32)
    return overlap


def _reports(items: list[ItemRow], offices: list[str] | None = None) -> list[set[str]]:
    """Per item, the offices whose standing report it is (heading, presenter or paragraph)."""
    offices = office_reports(items) if offices is None else offices
    return [(report_offices(i.title, i.text) | {office}) - {""}
            for i, office in zip(items, offices)]


def _boosted(score: np.ndarray, items: list[ItemRow], explicit: np.ndarray,
             reports: list[set[str]], content: np.ndarray,
             conflicts: np.ndarray | None = None) -> np.ndarray:
    """`score` raised where a recurring heading, an office's report, a shared rare name with
    similar content (`named_pairs`) or a reference links (`conflicts`: `distinct_conflicts`,
    when the caller has it already)."""
    words = [title_key_words(i.title) for i in items]
    keys = ["".join(w) for w in words]
    multi = {k for k, w, i in zip(keys, words, items) if len(w) >= 2
             and not is_standing(i.title) and not names_a_member(i.title)}
    # a heading ending in another heading of the body names the same matter, more precisely
    heads = [ends_with_heading(w, multi) | ({k} if k else set()) for k, w in zip(keys, words)]
    recurring = _same_label(items, heads) | _same_label(items, reports) | named_follow_ups(items)
    # two headings cut from one template ("Conference with Real Property Negotiators …
    # Property: Building 92" / "… Building 41") that differ in their rare words are two matters
    conflicts = distinct_conflicts(items) if conflicts is None else conflicts
    # one float32 copy of `score`, changed in place where each signal holds
    out = score.astype(np.float32)
    np.multiply(out, CONFIG["link_conflict_factor"], out=out, where=conflicts)
    np.maximum(out, CONFIG["link_same_title_score"], out=out, where=recurring)
    del recurring
    np.maximum(out, CONFIG["link_threshold"], out=out, where=named_pairs(items, content))
    np.add(out, CONFIG["link_reference_bonus"], out=out, where=explicit)
    np.maximum(out, 1.0, out=out, where=explicit)
    return out


_UPDATE = re.compile(r"\b(?:updates?|progress)\W*$", re.I)


_REPORT_TOKENS = {"updat", "repor", "progr"}


def update_pairs(items: list[ItemRow]) -> np.ndarray:
    """Pairs of one body's items of different meetings, one headed as an update on a field
    ("CONSERVATION AREAS - UPDATE", "Parks and Recreation Update") and the other a matter in
    that field, its heading sharing a word of the field ("Fenbridge Conservation Area -
    proposed extension", "Outdoor Rink at Memorial Park"), both minuted at some length (boolean
    matrix). The update's heading is too broad to say which matter it continues, so where no
    thread takes it on the usual score, its content is scored alone (`build_threads`); an
    update sharing no word of the heading ("Finance Update" / "Contract Sum") is not."""
    n = len(items)
    if not n:
        return np.zeros((0, 0), dtype=bool)
    upd = [bool(_UPDATE.search(i.title)) and not is_standing(i.title) for i in items]
    tok = [title_tokens(i.title) - _REPORT_TOKENS for i in items]
    has_body = [len(i.text.strip()) >= CONFIG["link_min_body_chars"] for i in items]
    out = np.zeros((n, n), dtype=bool)
    for a in range(n):
        if not upd[a] or not has_body[a]:
            continue
        for b in range(n):
            if not upd[b] and has_body[b] and items[b].body == items[a].body \
                    and items[b].meeting_id != items[a].meeting_id and tok[a] & tok[b]:
                out[a, b] = out[b, a] = True
    return out


def named_follow_ups(items: list[ItemRow]) -> np.ndarray:
    """Pairs where a heading names the matter it follows up, whatever the wording around it
    (boolean matrix): within one body, an earlier item announced the dated event the later
    heading reports on (`announces`: "… at the service user and professionals meeting on
    28 March 2018" → "Service user and professionals meeting, 28 March 2018: report"); across
    bodies, a heading names the other body as its source or destination and, apart from that,
    the other's heading (`referral`: "Referral from the … Partnership Group: review of support
    for people in crisis" → the Partnership Group's "Review of support for people in crisis").
    The cosine of such a pair can sit anywhere near the threshold; what the heading says
    does not move with the encoder."""
    n = len(items)
    out = np.zeros((n, n), dtype=bool)
    dated = [k for k, it in enumerate(items) if day_months(it.title) and not is_standing(it.title)]
    found: dict[int, dict] = {}
    for b in dated:
        for a, it in enumerate(items):
            if it.body == items[b].body and it.date and it.date < items[b].date:
                if a not in found:
                    found[a] = day_months(it.text)
                if found[a] and announces(it.text, items[b].title, found=found[a]):
                    out[a, b] = out[b, a] = True
    bodies = {it.body: title_key_words(it.body) for it in items}
    keys = [title_key_words(it.title) for it in items]
    for a, it in enumerate(items):
        for body, words in bodies.items():
            matter = referral(it.title, words) if body != it.body else []
            if len(matter) < 2:
                continue
            for b, other in enumerate(items):
                if other.body != body:
                    continue
                theirs = referral(other.title, bodies[it.body]) or keys[b]
                short, long_ = sorted((matter, theirs), key=len)
                if len(short) >= 2 and long_[-len(short):] == short:
                    out[a, b] = out[b, a] = True
    return out

def named_pairs(items: list[ItemRow], content: np.ndarray) -> np.ndarray:
    """Pairs of one body's items of different meetings whose headings carry the same whole rare
    name (`link_signals.shared_names`: a place, a scheme, a project) and whose contents, both
    minuted at some length, are at least `link_shared_name_content` similar: one matter however
    its heading is reworded ("Second distribution site in Mosgiel" / "Expansion to Mosgiel")."""
    named = shared_names([i.body for i in items], [i.title for i in items],
                         [i.text for i in items], CONFIG["link_rare_title_df"]) \
        | acronym_pairs([i.body for i in items], [i.title for i in items])
    meeting = codes([i.meeting_id for i in items])
    has_body = np.array([len(i.text.strip()) >= CONFIG["link_min_body_chars"] for i in items])
    return named & (meeting[:, None] != meeting[None, :]) & np.outer(has_body, has_body) \
        & (content @ content.T >= CONFIG["link_shared_name_content"])


def _ordinal(d: str) -> int:
    """The day number of an ISO date, -1 when it is none."""
    try:
        return date.fromisoformat(d).toordinal()
    except ValueError:
        return -1


def mutual_pairs(items: list[ItemRow], content: np.ndarray, standing: list[bool],
                 conflicts: np.ndarray, phrases: list[set[str]] | None = None) -> np.ndarray:
    """Pairs of one body's items of two meetings that are each other's closest in content: the
    later item is closer to the earlier than to any other item the body minuted before it
    (within `link_mutual_max_days`), and the earlier closer to the later than to any other item of
    the later meeting, both minuted at some length, not standing, their contents at least
    `link_mutual_content` alike, and their headings not cut from one template naming different
    things (`conflicts`); each side must have had a choice (two items or more), and the heading
    or text of one must carry a word of the other's heading (two motions minuted as alike
    roll-call votes are alike in content and two matters). A matter discussed again under a new heading ("Refuse removal backlog
    in Ward 9" / "Waste management: options for outsourcing refuse collection") is what the
    later meeting says most like it; an item merely of the same field is closer to its own
    matter (boolean matrix).

    Two such items minuted in the same rare phrases (`item_phrases`: at least
    `link_mutual_phrases` of them, "motor grader", "2009 grader", "north district") need only be
    `link_mutual_phrase_content` alike when their headings differ (sharing under
    `link_thread_template_overlap` of their words): "SECONDARY ROADS -
    PURCHASE OF MOTOR GRADER" / "SECONDARY ROADS - FISCAL YEAR 2026 EQUIPMENT AND BRIDGE
    PROGRAM" ("the order for the new motor grader had been cancelled")."""
    n = len(items)
    out = np.zeros((n, n), dtype=bool)
    floor, gap = CONFIG["link_mutual_content"], CONFIG["link_mutual_max_days"]
    low = min(floor, CONFIG["link_mutual_phrase_content"])
    heads = [title_tokens(it.title) for it in items]
    named = item_phrases(items) if phrases is None else phrases
    # headings sharing most of their words that did not link on them are one template naming
    # two things ("Conference with Legal Counsel – Existing Litigation" on two cases)
    worded_alike = token_overlap(heads) >= CONFIG["link_thread_template_overlap"]
    said: dict[int, set[str]] = {}

    rare: set[str] = set()

    def speaks_of(k: int, other: int) -> bool:
        """Does item k's heading or text carry a word of item `other`'s heading that few items
        of the body carry (`link_mutual_word_share`)?"""
        return bool(said[k] & heads[other] & rare)

    by_body: dict[str, list[int]] = {}
    for k, it in enumerate(items):
        if not standing[k] and len(it.text.strip()) >= CONFIG["link_min_body_chars"] and it.date:
            by_body.setdefault(it.body, []).append(k)
    for ks in by_body.values():
        if len(ks) < 2:
            continue
        for k in ks:
            said[k] = heads[k] | title_tokens(items[k].text)
        df = Counter(w for k in ks for w in said[k])
        # the two items themselves carry it: two is always few
        most = max(2.0, CONFIG["link_mutual_word_share"] * len(ks))
        rare = {w for w, c in df.items() if c <= most}
        idx = np.asarray(ks)
        sims = content[idx] @ content[idx].T
        day = np.array([_ordinal(items[k].date) for k in ks])
        meeting = codes([items[k].meeting_id for k in ks])
        for pb, b in enumerate(ks):
            earlier = (day >= 0) & (day < day[pb]) & ((day[pb] - day <= gap) if gap else True)
            same = meeting == meeting[pb]
            if day[pb] < 0 or earlier.sum() < 2 or same.sum() < 2:
                continue  # closest of one is no choice
            pa = int(np.argmax(np.where(earlier, sims[pb], -np.inf)))
            a = ks[pa]
            if sims[pb, pa] < low or conflicts[a, b]:
                continue
            if not (sims[pb, pa] >= floor and (speaks_of(a, b) or speaks_of(b, a))
                    or (len(named[a] & named[b]) >= CONFIG["link_mutual_phrases"]
                        and not worded_alike[a, b])):
                continue
            if int(np.argmax(np.where(same, sims[pa], -np.inf))) == pb:
                out[a, b] = out[b, a] = True
    return out


def evidence_pairs(items: list[ItemRow], content: np.ndarray, standing: list[bool],
                   apart: np.ndarray, phrases: list[set[str]] | None = None,
                   pieces: dict[tuple[int, int], set[str]] | None = None) -> np.ndarray:
    """Pairs of one body's items of two meetings, both minuted at some length and not standing,
    that the minutes tie together in words as well as in content (boolean matrix): at least
    `link_evidence_pieces` pieces of evidence (`matter_evidence`: rare two-word phrases both are
    minuted in, rare names the heading of one carries and the other names), contents at least
    `link_evidence_content` alike, and not two matters by their headings (`apart`).

    A matter whose heading changes at every meeting ("Alder Court: stock condition survey
    findings", "Northgate regeneration: options appraisal" — "… an options appraisal for Alder
    Court be brought to the Board", then "the options appraisal for Alder Court" —, "Rehousing
    of residents: decant programme" — "the independent structural survey of Alder Court") has
    contents about 0.45-0.55 alike, where the other rules' cosine bars sit: which side of them
    it falls moves with the encoder's vectors (0.01-0.03 between CPUs). What the minutes name in
    common does not; with it, a content floor well under those bars decides. `pieces`: the
    `matter_evidence` of these items when the caller has it (`WordEvidence.of`)."""
    n = len(items)
    out = np.zeros((n, n), dtype=bool)
    if not n:
        return out
    floor = CONFIG["link_evidence_content"]
    has_body = [len(it.text.strip()) >= CONFIG["link_min_body_chars"] and not standing[k]
                for k, it in enumerate(items)]
    phrases = item_phrases(items) if phrases is None else phrases
    pieces = matter_evidence(items, has_body, phrases) if pieces is None else pieces
    for (a, b), found in pieces.items():
        if not (has_body[a] and has_body[b]):
            continue
        if enough_evidence(found, phrases[a], phrases[b]) and not apart[a, b] \
                and float(content[a] @ content[b]) >= floor:
            out[a, b] = out[b, a] = True
    return out


def enough_evidence(pieces: set[str], mine: set[str], theirs: set[str]) -> bool:
    """Do `pieces` of `matter_evidence` name two items as one matter? At least
    `link_evidence_pieces` of them, and at least `link_evidence_overlap` of what the two could
    have in common (pieces over the geometric mean of their numbers of rare phrases, `mine` and
    `theirs`): two long transcripts share a few rare phrases by chance ("staff time", "going
    forward"), two paragraphs on one matter share its things. One piece must be a rare name a
    heading carries: phrases in plain words ("local lettings plan", "total agreement amount")
    and the names of offices and agencies in running text recur across matters."""
    return len(pieces) >= CONFIG["link_evidence_pieces"] and len(pieces) >= \
        CONFIG["link_evidence_overlap"] * (max(len(mine), 1) * max(len(theirs), 1)) ** 0.5 \
        and any(p.startswith("name:") for p in pieces)


def worded_as_one(items: list[ItemRow], content: np.ndarray,
                  evidence: WordEvidence | None = None) -> set[tuple[str, str]]:
    """Pairs of item ids (both orders) of one body's items of two meetings that the minutes name
    as one matter in words, and so need less alike contents to be one than an item's content
    alone would: headings carrying the same whole rare name (`link_signals.shared_names`) with
    contents `link_shared_name_content` alike ("Second distribution site in Mosgiel" /
    "Expansion to Mosgiel"), or `link_evidence_pieces` pieces of `matter_evidence` with contents
    `link_evidence_content` alike; standing items aside. For the findings: which later items of
    a thread take up an earlier item's matter. `evidence`: the rebuild's `word_evidence` over
    these items' bodies, when the thread building has found it already."""
    out: set[tuple[str, str]] = set()
    if not items:
        return out
    use = [len(it.text.strip()) >= CONFIG["link_min_body_chars"] and not is_standing(it.title)
           for it in items]
    named = shared_names([i.body for i in items], [i.title for i in items],
                         [i.text for i in items], CONFIG["link_rare_title_df"])
    for a, b in zip(*np.nonzero(np.triu(named, 1))):
        if use[a] and use[b] and items[a].meeting_id != items[b].meeting_id and \
                float(content[a] @ content[b]) >= CONFIG["link_shared_name_content"]:
            out |= {(items[a].id, items[b].id), (items[b].id, items[a].id)}
    if evidence is None:
        phrases = item_phrases(items)
        found = matter_evidence(items, use, phrases)
    else:
        phrases, found = evidence.of(items, use)
    for (a, b), pieces in found.items():
        if enough_evidence(pieces, phrases[a], phrases[b]) and \
                float(content[a] @ content[b]) >= CONFIG["link_evidence_content"]:
            out |= {(items[a].id, items[b].id), (items[b].id, items[a].id)}
    return out


def matter_evidence(items: list[ItemRow], use: list[bool],
                    phrases: list[set[str]] | None = None) -> dict[tuple[int, int], set[str]]:
    """For pairs (a < b) of one body's items of two meetings (those with `use` set), what names
    them as one matter in words: the rare two-word phrases both are minuted in (`item_phrases`:
    "independent structural survey", "local lettings plan"), and the rare whole names the
    heading of one carries (`link_signals.heading_names`) that the other's heading or text names
    as a whole name (`text_names`: "Alder Court", not "Alder Court Residents' Association"); a
    phrase inside such a name counts once, with it. Pairs with none are left out."""
    phrases = item_phrases(items) if phrases is None else phrases
    bodies = [it.body for it in items]
    heads = heading_names(bodies, [it.title for it in items], [it.text for it in items],
                          CONFIG["link_rare_title_df"])
    meeting = [it.meeting_id for it in items]
    found: dict[tuple[int, int], set[str]] = {}

    def add(a: int, b: int, piece: str) -> None:
        if a != b and use[a] and use[b] and bodies[a] == bodies[b] and meeting[a] != meeting[b]:
            found.setdefault((min(a, b), max(a, b)), set()).add(piece)

    by_phrase: dict[tuple[str, str], list[int]] = {}
    for k, ps in enumerate(phrases):
        if use[k]:
            for p in ps:
                if p.split()[0] not in SPEAKING:  # "moved claire": a mover, no thing
                    by_phrase.setdefault((bodies[k], p), []).append(k)
    for (_, p), ks in by_phrase.items():
        for x, a in enumerate(ks):
            for b in ks[x + 1:]:
                add(a, b, p)
    named: dict[tuple[str, str], list[int]] = {}
    for k, ns in enumerate(heads):
        if use[k]:
            for name in ns:
                named.setdefault((bodies[k], name), []).append(k)
    if named:
        proper = {body: proper_words([it.text for it in items if it.body == body])
                  for body in {b for b, _ in named}}
        for k, it in enumerate(items):
            if not use[k] or it.body not in proper:
                continue
            said = text_names(it.text, proper[it.body]) | name_runs(it.title, proper[it.body])
            for name in said:
                for a in named.get((it.body, name), ()):
                    add(a, k, "name:" + name)
    # a phrase inside a name found (the two words of "alder court") is that name again
    for pair, pieces in found.items():
        cut = [{w[:6] for w in p[5:].split()} for p in pieces if p.startswith("name:")]
        if cut:
            found[pair] = {p for p in pieces if p.startswith("name:")
                           or not any(set(p.split()) <= c for c in cut)}
    return found


@dataclass(frozen=True)
class WordEvidence:
    """What names a rebuild's items as one matter in words, by item id: each item's rare phrases
    (`item_phrases`) and, per pair of items, the pieces of `matter_evidence`. Found once and read
    by the thread building (`evidence_pairs`) and the findings (`worded_as_one`), which is
    the same as each finding it for itself: a phrase's or name's rarity is its body's, and a
    pair's pieces are its two items' alone."""
    phrases: dict[str, set[str]]
    pieces: dict[tuple[str, str], set[str]]

    def of(self, items: list[ItemRow], use: list[bool]
           ) -> tuple[list[set[str]], dict[tuple[int, int], set[str]]]:
        """The `item_phrases` and `matter_evidence` of `items` (whole bodies of the items this
        was found over; `use` within the items it used), indexed by position in `items`."""
        at = {it.id: k for k, it in enumerate(items)}
        found: dict[tuple[int, int], set[str]] = {}
        for (x, y), pieces in self.pieces.items():
            a, b = at.get(x), at.get(y)
            if a is not None and b is not None and use[a] and use[b]:
                found[(min(a, b), max(a, b))] = pieces
        return [self.phrases.get(it.id, set()) for it in items], found


def word_evidence(items: list[ItemRow], standing: list[bool] | None = None) -> WordEvidence:
    """`WordEvidence` of `items`, over the items minuted at some length and not standing
    (`standing_flags`): those the thread building reads, of which the findings read a part."""
    standing = standing_flags(items) if standing is None else standing
    use = [len(it.text.strip()) >= CONFIG["link_min_body_chars"] and not standing[k]
           for k, it in enumerate(items)]
    phrases = item_phrases(items)
    found = matter_evidence(items, use, phrases)
    return WordEvidence({it.id: ps for it, ps in zip(items, phrases)},
                        {(items[a].id, items[b].id): pieces for (a, b), pieces in found.items()})


def item_phrases(items: list[ItemRow]) -> list[set[str]]:
    """Per item, the two-word phrases of its heading and text that few items of its body use
    (`link_signals.rare_phrases`: in at most `link_phrase_max_df` of the body's items minuted at
    some length, or `link_phrase_max_share` of them); none for an item with little text."""
    texts = [f"{it.title}. {it.text}" if len(it.text.strip()) >= CONFIG["link_min_body_chars"]
             else "" for it in items]
    return rare_phrases([it.body for it in items], texts, CONFIG["link_phrase_max_df"],
                        CONFIG["link_phrase_max_share"])


def distinct_conflicts(items: list[ItemRow]) -> np.ndarray:
    """Pairs of one body's items whose headings each carry rare names or numbers and share none
    of them (`link_signals.template_conflicts`)."""
    return template_conflicts([i.body for i in items], [i.title for i in items],
                              CONFIG["link_rare_title_df"])


def _same_label(items: list[ItemRow], labels: list) -> np.ndarray:
    """Pairs of one body's items sharing a non-empty label (boolean matrix); an item's label is
    a string or a set of strings."""
    n = len(items)
    out = np.zeros((n, n), dtype=bool)
    groups: dict[tuple[str, str], list[int]] = {}
    for k, (it, label) in enumerate(zip(items, labels)):
        for one in ({label} if isinstance(label, str) else label) - {""}:
            groups.setdefault((it.body, one), []).append(k)
    for ks in groups.values():
        if len(ks) > 1:
            out[np.ix_(ks, ks)] = True
    np.fill_diagonal(out, False)
    return out


def explicit_references(items: list[ItemRow]) -> np.ndarray:
    """Pairs of items one of which names the other (boolean matrix): the same Legistar-style
    file id, suffixes aside ("23-095" and "23-095A"), or, within one body, a minute number the
    other item cites ("Minute 21/06")."""
    n = len(items)
    out = np.zeros((n, n), dtype=bool)
    # items grouped by (body, file id) and by (body, minute number): only those pairs are set
    same_file: dict[tuple[str, str], list[int]] = {}
    numbered: dict[tuple[str, str], list[int]] = {}
    for k, it in enumerate(items):
        file_id = base_file_id(it.file_id)
        if file_id:
            same_file.setdefault((it.body, file_id), []).append(k)
        number = it.number.strip(" .()")
        if _MINUTE_NO.fullmatch(number):
            numbered.setdefault((it.body, number), []).append(k)
    for ks in same_file.values():
        out[np.ix_(ks, ks)] = True
    for k, it in enumerate(items):
        for ref in cited_minutes(it.title + " " + it.text[:400]):
            for m in numbered.get((it.body, ref), ()):
                out[k, m] = out[m, k] = True
    np.fill_diagonal(out, False)
    return out


def office_reports(items: list[ItemRow]) -> list[str]:
    """Per item, the office whose standing report it is a paragraph of ("" for most items):
    "The City Manager discussed …" printed under a "City Manager Communications" heading."""
    out = [""] * len(items)
    by_meeting: dict[str, list[int]] = {}
    for k, it in enumerate(items):
        by_meeting.setdefault(it.meeting_id, []).append(k)
    for ks in by_meeting.values():
        ks.sort(key=lambda k: items[k].seq)
        heads = [items[k].title for k in ks]
        texts = [items[k].text for k in ks]
        for pos, k in enumerate(ks):
            if items[k].title.lstrip().startswith("The "):
                out[k] = office_report(items[k].title, heading_of(heads, texts, pos))
    return out


def standing_flags(items: list[ItemRow], offices: list[str] | None = None) -> list[bool]:
    """Per item, True when it forms no thread: a standing or procedural heading (`is_standing`),
    unless it is a paragraph of an office's standing report ("The City Manager announced …"
    under "City Manager Communications"), which recurs as one matter."""
    offices = office_reports(items) if offices is None else offices
    return [is_standing(it.title) and not office for it, office in zip(items, offices)]


# Minute numbers unique within a body ("21/06", "23-45", "2019/123"), unlike plain item numbers
# that restart every meeting.
_MINUTE_NO = re.compile(r"\d{1,4}\s*[/-]\s*\d{1,4}")
_CITED = re.compile(r"\b(?:minutes?|min\.|item|resolution)\s+(?:no\.?\s*)?(\d{1,4}\s*[/-]\s*\d{1,4})",
                    re.I)


def cited_minutes(text: str) -> set[str]:
    """Minute numbers a text cites ("Minute 21/06", "item 23-45")."""
    return {re.sub(r"\s+", "", m) for m in _CITED.findall(text)}


def build_threads(items: list[ItemRow], content: np.ndarray, titles: np.ndarray,
                  evidence: WordEvidence | None = None) -> list[Thread]:
    """Date-ordered clustering of non-standing items into threads, one meeting at a time.

    Each item of a meeting is scored against every open thread (its last few members of other
    meetings); the best (item, thread) pairs passing the threshold are taken first, so a thread
    takes the item of the meeting that matches it best, not the first one printed. Two items of
    one meeting share a thread only when they are one item (same file id, one office's report in
    several paragraphs, one heading printed twice) or when the first joined it through an
    explicit reference to an earlier minute and the two match each other. An item no thread
    takes starts one. Cross-body joins need a higher score unless the item speaks of a referral
    or escalation. `evidence`: the items' `word_evidence` when the caller keeps it for the
    findings (found here otherwise).
    """
    order = sorted(range(len(items)), key=lambda i: (items[i].date or "9999", items[i].meeting_id,
                                                     items[i].seq))
    offices = office_reports(items)
    standing = standing_flags(items, offices)
    keep = [i for i in order if not standing[i]]
    explicit = explicit_references(items)
    keys = [title_key(it.title) for it in items]
    raw = _similarity(content, titles, items) if items else np.zeros((0, 0))
    reports = _reports(items, offices)
    conflicts = distinct_conflicts(items) if items else np.zeros((0, 0), dtype=bool)
    score = _boosted(raw, items, explicit, reports, content, conflicts) if items else raw
    # each other's closest in content across two meetings: one matter under a new heading
    # computed once: both the mutual-closest rule and the thread-level pass read them
    template = _template_pairs(items, conflicts) if items else conflicts
    evidence = word_evidence(items, standing) if evidence is None else evidence
    phrases, pieces = evidence.of(items, [not s for s in standing])
    if items:
        np.maximum(score, CONFIG["link_threshold"], out=score,
                   where=mutual_pairs(items, content, standing, template, phrases))
    # one matter in words as well as in content (`evidence_pairs`)
    worded = evidence_pairs(items, content, standing, template, phrases, pieces)
    if items:
        np.maximum(score, CONFIG["link_threshold"], out=score, where=worded)
    # an update on a field ("Conservation areas - update") that no thread took on the usual
    # score continues the matter its content reports on (`update_pairs`)
    fallback = score
    updates = update_pairs(items) if items else np.zeros((0, 0), dtype=bool)
    if updates.any():
        fallback = (content @ content.T).astype(np.float32, copy=False)
        np.maximum(fallback, score, out=fallback)
        np.copyto(fallback, score, where=~updates)
    del updates
    threads: list[_Open] = []
    by_reference: set[int] = set()

    def one_item(i: int, m: int) -> bool:
        """May items i and m of one meeting share a thread? Only when they are one item (the
        same file id, one office's report in several paragraphs, one heading printed twice)
        or beside a reference to an earlier minute ("Minute 21/06" under matters arising,
        then the item itself)."""
        return bool(explicit[i, m] or (reports[i] & reports[m])
                    or (keys[i] and keys[i] == keys[m])
                    or (m in by_reference
                        and score[i, m] >= CONFIG["link_same_meeting_threshold"]))

    for meeting in _runs(keep, lambda i: (items[i].date, items[i].meeting_id)):
        # best first; among equal scores (two threads under one recurring heading) the one
        # whose members are closer in plain similarity
        taken: dict[int, int] = {}  # item → thread
        for pass_score in (score, fallback):
            # the usual scores first; then, for the items none took, the update scores
            candidates = [c for c in _candidates(meeting, threads, items, pass_score, raw)
                          if c[3] not in taken]
            for _, _, _, i, t in sorted(candidates, reverse=True):
                if i in taken:
                    continue
                members = threads[t].members
                same = [m for m in members if items[m].meeting_id == items[i].meeting_id]
                if not all(one_item(i, m) for m in same):
                    continue
                taken[i] = t
                if any(explicit[i, m] for m in members if m not in same):
                    by_reference.add(i)  # joined through an explicit reference
                _join(threads[t], i, items)
        opened: list[int] = []  # threads this meeting opens
        for i in meeting:
            if i in taken:
                continue
            # a heading printed twice in one meeting (matters arising on it, then the item)
            # opens one thread
            same = [t for t in opened if all(one_item(i, m) for m in threads[t].members)]
            if same:
                _join(threads[same[0]], i, items)
                continue
            tid = "t-" + hashlib.sha1(items[i].id.encode()).hexdigest()[:10]
            threads.append(_Open(Thread(tid, items[i].title)))
            _join(threads[-1], i, items)
            opened.append(len(threads) - 1)
    threads = _fill_gaps(threads, items, score, conflicts)
    threads = _merge(threads, items, content, template, phrases)
    threads = _evidence_merges(threads, items, worded, template)
    out = []
    for t in threads:
        titles_seen = Counter(items[m].title.strip() for m in t.members)
        t.thread.label = titles_seen.most_common(1)[0][0]
        out.append(t.thread)
    return out


# a heading opening with an address: a number, a few capitalised words, then a comma or a
# dash ("21 Dey Street, Legends Hospitality LLC …", "396 Broadway, …"), not "12 Budget Update"
_STREET_NO = re.compile(r"^\W*(\d{1,5}[A-Za-z]?(?:-\d{1,5})?)\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s?){1,4}"
                        r"(?:,|\s[-–]\s)")


def _template_pairs(items: list[ItemRow], conflicts: np.ndarray) -> np.ndarray:
    """Pairs of headings that are two matters however alike their contents: cut from one
    template naming different things (`conflicts`, sharing at least
    `link_thread_template_overlap` of their words), or naming different application, file,
    resolution or docket numbers or street addresses ("21 Dey Street", "396 Broadway": a
    heading opening with a street number)."""
    from .finding_text import identifiers
    template = conflicts & (token_overlap([title_tokens(i.title) for i in items])
                            >= CONFIG["link_thread_template_overlap"])
    ids = [identifiers(i.title) | set(_STREET_NO.findall(i.title)[:1]) for i in items]
    holding = [k for k, x in enumerate(ids) if x]
    for a in holding:
        for b in holding:
            if not ids[a] & ids[b]:
                template[a, b] = True
    return template


def _merge(threads: list[_Open], items: list[ItemRow], content: np.ndarray,
           template: np.ndarray, phrases: list[set[str]]) -> list[_Open]:
    """Threads of one body whose items are alike in content in several pairs, one matter under
    changing headings (`link_merge.thread_merges`), as one thread in date order. Headings cut
    from one template that name different things (`distinct_conflicts`, sharing at least
    `link_thread_template_overlap` of their words: "Conference with Real Property Negotiators …
    Building 92" / "… Building 41"), or naming different numbers or addresses
    (`finding_text.identifiers`, a leading street number), are two matters however alike
    their contents (`template`: `_template_pairs`); `phrases` are the items' rare phrases
    (`item_phrases`)."""
    if not threads:
        return threads
    has_body = np.array([len(i.text.strip()) >= CONFIG["link_min_body_chars"] for i in items])
    merges = thread_merges([list(t.members) for t in threads], [i.body for i in items],
                           [i.meeting_id for i in items], [i.date for i in items], content,
                           has_body, template, [title_tokens(i.title) for i in items],
                           phrases)
    # then an item left alone under a heading of its own, each other's closest with an item of
    # a thread of several meetings (`link_merge.lone_joins`)
    merged = [list(t.members) for t in threads]
    for k, into in merges:
        merged[into] += merged[k]
        merged[k] = []
    lone = lone_joins(merged, [i.body for i in items], [i.meeting_id for i in items],
                      [i.date for i in items], content, has_body, template, phrases)
    for k, into in lone:
        merged[into] += merged[k]
        merged[k] = []
    # and two such items, each the other's closest, that together point at one thread
    # (`link_merge.lone_pairs`)
    merges = merges + lone + lone_pairs(merged, [i.body for i in items],
                                        [i.meeting_id for i in items], [i.date for i in items],
                                        content, has_body, template, phrases)
    gone = set()
    for k, into in merges:
        for m in threads[k].members:
            _join(threads[into], m, items)
        gone.add(k)
    for u, t in enumerate(threads):
        if u not in gone and any(into == u for _, into in merges):
            t.members.sort(key=lambda m: (items[m].date or "9999", items[m].meeting_id,
                                          items[m].seq))
            t.thread.item_ids = [items[m].id for m in t.members]
    return [t for k, t in enumerate(threads) if k not in gone]


def _evidence_merges(threads: list[_Open], items: list[ItemRow], evidence: np.ndarray,
                     template: np.ndarray) -> list[_Open]:
    """A thread of one body joins an earlier thread of its body, sharing no meeting with it,
    when at least `link_thread_pairs` pairs of their items are `evidence_pairs` and none is
    marked in `template` (the earlier thread with the most such pairs). An item takes one
    thread at its meeting, on its best score: a response that joins a site visit's thread, though
    minuted in the words of the petition before it too, leaves the petition apart unless another
    item of the matter names it again."""
    if not evidence.any():
        return threads
    order = sorted(range(len(threads)), key=lambda k: min(
        (items[m].date or "9999", items[m].meeting_id) for m in threads[k].members))
    gone: set[int] = set()
    for pos, k in enumerate(order):
        mine = threads[k].members
        if len(threads[k].bodies) != 1:
            continue
        best, best_n = -1, CONFIG["link_thread_pairs"] - 1
        for u in order[:pos]:
            theirs = threads[u].members
            if u in gone or threads[u].bodies != threads[k].bodies or \
                    {items[m].meeting_id for m in mine} & {items[m].meeting_id for m in theirs}:
                continue
            cross = np.ix_(mine, theirs)
            n = int(evidence[cross].sum())
            if n > best_n and not template[cross].any():
                best, best_n = u, n
        if best >= 0:
            for m in mine:
                _join(threads[best], m, items)
            gone.add(k)
    for u, t in enumerate(threads):
        if u not in gone:
            t.members.sort(key=lambda m: (items[m].date or "9999", items[m].meeting_id,
                                          items[m].seq))
            t.thread.item_ids = [items[m].id for m in t.members]
    return [t for k, t in enumerate(threads) if k not in gone]


def _fill_gaps(threads: list[_Open], items: list[ItemRow], score: np.ndarray,
               conflicts: np.ndarray) -> list[_Open]:
    """A matter minuted before and after a meeting of its body but not at it was often there
    under another heading ("ROADSIDE WEED SPRAYING CONTRACT", then "ROADSIDE VEGETATION
    MANAGEMENT", then "ROADSIDE WEED CONTROL"): an item of that meeting that no thread took and
    that took no later item joins the thread when its score with the thread's nearest member
    before or after it, whose heading shares a word with its own, passes `link_gap_threshold`
    (the best such thread, if several), unless its heading and a member's are cut from one
    template and name different things."""
    need = CONFIG["link_gap_threshold"]
    words = [title_tokens(it.title) for it in items]
    merged: set[int] = set()
    for k, t in enumerate(threads):
        if len(t.members) != 1:
            continue
        i = t.members[0]
        it = items[i]
        best, best_t = need, -1
        for u, other in enumerate(threads):
            if u == k or u in merged or len(other.members) < 2 or other.bodies != {it.body}:
                continue
            members = other.members
            before = [m for m in members if items[m].date < it.date]
            after = [m for m in members if items[m].date > it.date]
            if not before or not after or len(before) + len(after) < len(members) \
                    or conflicts[i, members].any():
                continue  # not a gap of the thread, or a meeting it has an item of
            near_before = max(before, key=lambda m: (items[m].date, items[m].seq))
            near_after = min(after, key=lambda m: (items[m].date, items[m].seq))
            near = [m for m in (near_before, near_after) if words[i] & words[m]]
            s = float(max(score[i, m] for m in near)) if near else 0.0
            if s >= best:
                best, best_t = s, u
        if best_t >= 0:
            _join(threads[best_t], i, items)
            merged.add(k)
    for u in set(range(len(threads))) - merged:  # members back in date order
        t = threads[u]
        t.members.sort(key=lambda m: (items[m].date or "9999", items[m].meeting_id, items[m].seq))
        t.thread.item_ids = [items[m].id for m in t.members]
    return [t for k, t in enumerate(threads) if k not in merged]


def _runs(seq: list[int], key) -> list[list[int]]:
    """Consecutive runs of `seq` sharing `key`."""
    out: list[list[int]] = []
    for i in seq:
        if out and key(out[-1][0]) == key(i):
            out[-1].append(i)
        else:
            out.append([i])
    return out


def _join(t: _Open, i: int, items: list[ItemRow]) -> None:
    t.members.append(i)
    t.bodies.add(items[i].body)
    t.thread.item_ids.append(items[i].id)


def _candidates(meeting: list[int], threads: list[_Open], items: list[ItemRow],
                score: np.ndarray, raw: np.ndarray) -> list[tuple[float, float, int, int, int]]:
    """(score, plain similarity, -position, item, thread) for each item of one meeting and each
    open thread it may join: the best score with the thread's last `link_window` members of
    other meetings (none when the latest is more than `link_max_gap_days` before) passing the
    same-body threshold, or the cross-body one when the item speaks of a referral or escalation
    (another body takes up a matter only when it is sent there; similar wording alone is not
    enough). A meeting's items share its date and body, and none joins a thread before all are
    scored, so the members compared are found once per meeting."""
    first = items[meeting[0]]
    window, gap = CONFIG["link_window"], CONFIG["link_max_gap_days"]
    live: list[int] = []
    flat: list[int] = []
    starts: list[int] = []
    for t, th in enumerate(threads):
        last = [m for m in th.members if items[m].meeting_id != first.meeting_id][-window:]
        if last and not (gap and _days(items[last[-1]].date, first.date) > gap):
            live.append(t)
            starts.append(len(flat))
            flat += last
    if not live:
        return []
    cols, at = np.asarray(flat), np.asarray(starts)
    same_body = np.array([first.body in threads[t].bodies for t in live])
    need = np.where(same_body, CONFIG["link_threshold"], CONFIG["link_threshold_cross_body"])
    out = []
    for k, i in enumerate(meeting):
        s = np.maximum.reduceat(score[i, cols], at)
        ok = s >= need
        if not same_body.all() and not _XREF.search(items[i].title + " " + items[i].text[:2000]):
            ok &= same_body
        if ok.any():
            r = np.maximum.reduceat(raw[i, cols], at)
            out += [(float(s[j]), float(r[j]), -k, i, live[j]) for j in np.flatnonzero(ok)]
    return out


_RESPONSE = re.compile(
    r"\b(in (?:response|reply|answer) to|respond\w*|repl(?:y|ied)|explain\w*|clarif\w*|"
    r"confirm\w*|assur\w*|reassur\w*|in (?:the )?light of|having considered|address(?:ed|ing) (?:the|this|that|these|those) "
    r"(?:concern|point|issue|question)s?|content with|satisfied with|allay\w*|"
    r"(?:concern|point|question|issue)s? (?:raised|had been|was|were) (?:addressed|resolved|answered))",
    re.I)


# ("renewed", not "renewable" or "renewal")
_REPEAT = re.compile(r"\b(reiterat\w*|repeat\w*|restat\w*|again|renew(?:s|ed|ing)?|once more|"
                     r"remain\w* (?:concerned|worried|opposed)|continu\w* to|still|"
                     r"(?:previously|earlier) (?:raised|expressed))\b", re.I)


_GENERIC_REPLY = re.compile(r"\b(?:the|these|those|this|that|their|members'?|such) (?:\w+ ){0,2}"
                            r"(?:concerns?|objections?|points?|questions?|issues?)\b", re.I)


def is_response(text: str) -> bool:
    """Does the statement present itself as a reply (explained, confirmed, in response to …)?"""
    return bool(_RESPONSE.search(text))


def _asked_just_before(statements: list[StatementRow], order: list[int]) -> set[int]:
    """Statements that come right after an objection or question of their own item."""
    out = set()
    for prev, cur in zip(order, order[1:]):
        if statements[prev].item_id == statements[cur].item_id \
                and statements[prev].type in ("objection", "question"):
            out.add(cur)
    return out


def raised_before(statements: list, order: list[int], b: int) -> list[int]:
    """The objections and questions raised one after another on b's item right before b (the
    run that a reply in the next paragraph may answer), nearest first: those of named speakers
    (an unattributed line is the report's own prose, no member's point)."""
    pos = order.index(b)
    out = []
    for a in reversed(order[:pos]):
        sa = statements[a]
        if sa.item_id != statements[b].item_id or sa.type not in ("objection", "question"):
            break
        if sa.speaker:
            out.append(a)
    return out


def answers_in_run(run: list[int], a: int, sim_to_reply, speaker_of=lambda r: "") -> bool:
    """Whether a reply following the run of objections and questions `run` is about `a`: the one
    most similar to the reply, or within `answer_next_run_margin` of it ("Cllr H raised concern
    about drainage. Cllr O objected that there was no footway. The officer advised that the
    flood authority wanted more on surface water": the reply answers the drainage point only).
    Only other members' points compete: a reply to a member who made several points in a row
    answers them all."""
    others = [r for r in run if r != a and speaker_of(r) != speaker_of(a)]
    if a not in run or not others:
        return True
    best = max(sim_to_reply(r) for r in others + [a])
    return sim_to_reply(a) >= best - CONFIG["answer_next_run_margin"]


def _reads_as_reply(s) -> bool:
    """An officer speaking or a statement presenting itself as a reply: what answers a point of
    its own (another member's or a public speaker's statement is left as it was linked)."""
    from .finding_text import is_staff
    return is_response(s.text) or is_staff(s.speaker or "") or is_staff(s.text)


def concern_words(statements: list[StatementRow]) -> list[set[str]]:
    """Per statement of one thread, its content words (`finding_text.topic_words`) that are not
    common on the thread: in at most `answer_common_word_share` of its statements. "Toilets" is
    in every statement about the public toilets; "disabled", "accessible" mark one point."""
    from .finding_text import topic_words
    words = [topic_words(s.text, s.speaker) for s in statements]
    df = Counter(w for ws in words for w in ws)
    most = max(2.0, CONFIG["answer_common_word_share"] * len(statements))
    return [{w for w in ws if df[w] <= most} for ws in words]


def _closest_earlier_point(statements: list[StatementRow], order: list[int],
                           sim: np.ndarray) -> dict[int, int]:
    """Per statement presenting itself as a reply that reassures (`is_response`,
    `finding_answer.is_reassurance`: an assurance, a guarantee, an undertaking), the objection
    or question of an earlier meeting of the thread it is most alike: the point a reassurance
    at a later meeting takes up, in its own words ("students already enrolled would be able to
    complete their degrees" / "an assurance that every student now on the language degrees
    would be taught out to graduation": the matter's words, nothing else, in common). A reply
    that only reports how things stand ("Cllr Moir reported that the Council had confirmed the
    closure …") answers no point of its own accord."""
    from .finding_answer import is_reassurance
    out: dict[int, int] = {}
    for pos, b in enumerate(order):
        sb = statements[b]
        if not (is_response(sb.text) and is_reassurance(sb.text)):
            continue
        points = [a for a in order[:pos] if statements[a].type in ("objection", "question")
                  and statements[a].meeting_id != sb.meeting_id]
        if points:
            out[b] = max(points, key=lambda a: float(sim[a, b]))
    return out


# a reply that names whose point it takes up: "In response to Commissioner Ortiz's concern about
# parking, …", "In reply to a question from Councillor Byrne, …", "Responding to the concerns
# raised by Mr Hale, …" (the name is the last capitalised word before the possessive or after
# "from"/"by")
_POINT = (r"(?:concerns?|questions?|quer(?:y|ies)|points?|objections?|comments?|worr(?:y|ies)|"
          r"fears?)")
_NAME_RUN = r"(?:[A-Z][\w.'’-]*\s+){0,3}(?P<%s>[A-Z][\w’-]*(?:'[A-Z][\w’-]+)?)"
_NAMED_REPLY = re.compile(
    r"\b(?i:in\s+(?:response|reply|answer)\s+to|respond(?:ing|ed)\s+to|replying\s+to|"
    r"answering)\s+(?:(?i:the|a|an)\s+)?(?:"
    + _NAME_RUN % "owner" + r"(?:'s|’s)\s+(?:\w+\s+){0,2}?" + _POINT  # "Cllr Ortiz's concern"
    + r"|(?:\w+\s+){0,2}?" + _POINT + r"\s+(?:(?:raised|put|made|asked|expressed)\s+)?"
    r"(?:from|by|of)\s+(?:the\s+)?" + _NAME_RUN % "name" + r")")  # "a question from Cllr Byrne"


def replied_by_name(text: str) -> str:
    """The name (its last word, lower case) of the one whose point a statement says it replies
    to (`_NAMED_REPLY`), or ""."""
    m = _NAMED_REPLY.search(text or "")
    return ((m.group("owner") or m.group("name")) or "").lower() if m else ""


def _names_speaker(text: str, speaker: str) -> bool:
    """Does the text name the speaker (by the last word of the name)?"""
    last = re.findall(r"[\w’'-]+", (speaker or "").lower())
    words = re.findall(r"[\w’'-]+", re.sub(r"['’]s\b", "", (text or "").lower()))
    return bool(last) and last[-1] in words


def _named_points(statements: list[StatementRow], order: list[int],
                  sim: np.ndarray) -> dict[int, int]:
    """Per statement replying to a named member's point (`replied_by_name`), that member's
    objection or question earlier in the thread it is most alike: the point the reply itself
    says it takes up, at its meeting or a later one, however few words the two share ("concern
    that the site has no off-street parking and visitors would park on the residential streets",
    two meetings later "In response to Commissioner Ortiz's concern about parking, staff
    proposed twelve angled parking spaces along the Elm Street frontage")."""
    out: dict[int, int] = {}
    for pos, b in enumerate(order):
        name = replied_by_name(statements[b].text)
        if not name:
            continue
        points = [a for a in order[:pos] if statements[a].type in ("objection", "question")
                  and name in re.findall(r"[\w’'-]+", (statements[a].speaker or "").lower())]
        if points:
            out[b] = max(points, key=lambda a: float(sim[a, b]))
    return out


def link_statements(statements: list[StatementRow], vecs: np.ndarray,
                    item_vec: dict[str, np.ndarray]) -> list[tuple[str, str, str, float]]:
    """Links between statements of one thread: (src, dst, kind, score).

    kinds: `answers` (dst responds to objection/question src: a later statement, same meeting or
    after, closer to the objection than to the item as a whole, or replying to its speaker by
    name), `repeats` (a later objection or
    question raising the same point again), `follows` (a later decision on the same matter as an
    earlier decision: the decision history the reversal check walks).
    """
    links: list[tuple[str, str, str, float]] = []
    key = [(s.date or "9999", s.meeting_id, s.item_id, s.seq) for s in statements]
    order = sorted(range(len(statements)), key=lambda i: key[i])
    sim = vecs @ vecs.T if len(statements) else np.zeros((0, 0))
    asked = _asked_just_before(statements, order)
    concern = concern_words(statements)
    closest = _closest_earlier_point(statements, order, sim)
    named = _named_points(statements, order, sim)

    def addresses(a: int, b: int, s: float) -> bool:
        """Is the reply b about a's point, not only its matter? A statement presenting itself
        as a reply is taken at a lower bar than others, and without asking it to be closer to
        the point than to the item ("Cllr Moir reported that the Council had confirmed the
        closure …"), so under another item or at another meeting, or as a decision ("It was
        agreed that the community council would respond to the consultation opposing the
        closure"), it must be alike enough or share the words that set a's point apart on the
        thread, or be a reassurance at a later meeting closest to a's point of all the
        thread's earlier points (`_closest_earlier_point`); the discussion that follows a point on its
        own item at its meeting is taken to be about it."""
        sa, sb = statements[a], statements[b]
        if sb.item_id == sa.item_id and sb.meeting_id == sa.meeting_id \
                and sb.type not in ("decision", "action"):
            return True
        return s >= CONFIG["answer_threshold_addressed"] or len(
            concern[a] & concern[b]) >= CONFIG["answer_min_concern_words"] or closest.get(b) == a
    for pos, a in enumerate(order):
        sa = statements[a]
        if sa.type in ("objection", "question"):
            topic = item_vec.get(sa.item_id)
            for b in order[pos + 1:]:
                sb = statements[b]
                s = float(sim[a, b])
                if sb.meeting_id != sa.meeting_id and sb.type in ("objection", "question"):
                    need = CONFIG["repeat_threshold_cued"] if _REPEAT.search(sb.text) \
                        else CONFIG["repeat_threshold"]
                    if s >= need:
                        links.append((sa.id, sb.id, "repeats", s))
                    continue
                if sb.type in ("information", "argument_for", "decision", "action"):
                    same_item = sb.item_id == sa.item_id
                    # a reply naming the member whose point it takes up answers that point
                    # (`_named_points`), in words of its own, and no one else's it does not name
                    if named.get(b) == a and s >= CONFIG["answer_threshold_generic_reply"]:
                        links.append((sa.id, sb.id, "answers", s))
                        continue
                    if b in named and not _names_speaker(sb.text, sa.speaker):
                        continue
                    # a reply names itself as one and needs only to be on the same point; one
                    # that answers "the concerns" at large answers those just raised on the item
                    # … though a reply right after a question or objection of its own meeting
                    # answers that one: an earlier meeting's objection needs the usual bar
                    if is_response(sb.text) and (sb.meeting_id == sa.meeting_id
                                                 or b not in asked):
                        need = CONFIG["answer_threshold_reply"]
                        generic = same_item and bool(_GENERIC_REPLY.search(sb.text))
                        if generic:
                            need = CONFIG["answer_threshold_generic_reply"]
                        if s >= need and (generic or addresses(a, b, s)):
                            links.append((sa.id, sb.id, "answers", s))
                            continue
                    # someone else speaking right after an objection, on its point: the answer;
                    # so is the very next statement when it presents itself as a reply ("It was
                    # confirmed that …", "The Director responded …"), named or not
                    gap = sb.seq - sa.seq
                    if same_item and 0 < gap <= 2 and s >= CONFIG["answer_threshold_next"][gap - 1] \
                            and (not _reads_as_reply(sb)
                                 or answers_in_run(raised_before(statements, order, b), a,
                                                   lambda r: float(sim[r, b]),
                                                   lambda r: statements[r].speaker)) \
                            and ((sb.type == "information" and sb.speaker
                                  and sb.speaker != sa.speaker)
                                 or (gap == 1 and is_response(sb.text)
                                     and (not sb.speaker or sb.speaker != sa.speaker))):
                        links.append((sa.id, sb.id, "answers", s))
                        continue
                    specific = s - (float(vecs[b] @ topic) if topic is not None else 0.0)
                    # a motion or task answers only when plainly about the same point
                    need = CONFIG["answer_threshold"] if sb.type in ("information", "argument_for") \
                        else CONFIG["answer_threshold_decision"]
                    if s >= need and specific > 0:
                        links.append((sa.id, sb.id, "answers", s))
        elif sa.type == "decision":
            for b in order[pos + 1:]:
                sb = statements[b]
                if sb.type == "decision" and sb.meeting_id != sa.meeting_id:
                    links.append((sa.id, sb.id, "follows", float(sim[a, b])))
                    break
    return links
