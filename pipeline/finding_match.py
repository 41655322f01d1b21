"""Findings: matching across items and meetings (attendee name variants, answers and repeats
minuted under another item of the same body)."""
from __future__ import annotations

import bisect
import difflib
import re
from collections import defaultdict
from datetime import date as _date

import numpy as np

from .config import CONFIG
from .finding_text import by_staff, is_staff, stops_matter, topic_words
from .link import answers_in_run, is_response

__all__ = ["days", "merge_aliases", "answered_elsewhere", "replied_next", "rare_words",
           "raised_again", "is_public_speaker", "is_officer", "decided_after_public_comment",
           "signed_name", "moved_by_objector", "mooted_by_stop"]


def days(a: str, b: str) -> int:
    """Days between two ISO dates (0 when either is missing)."""
    try:
        return abs((_date.fromisoformat(a) - _date.fromisoformat(b)).days)
    except ValueError:
        return 0


def _day(iso: str) -> float:
    """The day number of an ISO date, NaN when missing or malformed (`days` counts 0 then)."""
    try:
        return float(_date.fromisoformat(iso).toordinal())
    except (ValueError, TypeError):
        return float("nan")


def merge_aliases(present: dict[str, set[str]], body: dict[str, str]) -> dict[str, set[str]]:
    """The same person spelt differently in one body's attendance lists ("James Tramell",
    "James Trammell") under one name: the first spelling seen, so that turnover is not inflated
    by typing."""
    canon: dict[str, list[str]] = defaultdict(list)  # body -> names kept
    alias: dict[tuple[str, str], str] = {}
    out = {}
    for mid in sorted(present):
        b = body.get(mid, "")
        names = set()
        for name in sorted(present[mid]):
            key = (b, name)
            if key not in alias:
                norm = re.sub(r"[^a-z ]", "", name.lower())
                alias[key] = next(
                    (c for c in canon[b] if difflib.SequenceMatcher(
                        None, norm, re.sub(r"[^a-z ]", "", c.lower())).ratio()
                     >= CONFIG["attendee_alias_ratio"]), name)
                if alias[key] == name:
                    canon[b].append(name)
            names.add(alias[key])
        out[mid] = names
    return out


def answered_elsewhere(objections: list[dict], statements: list[dict], item_seq: dict[str, int],
                       svecs: np.ndarray, s_index: dict[str, int],
                       known: set[tuple[str, str]],
                       matter_words: dict[str, set[str]] | None = None,
                       item_vec: dict[str, np.ndarray] | None = None
                       ) -> list[tuple[str, str, str, float]]:
    """Links from objections to statements of the same body under any item that answer them or
    raise them again: after the objection at its meeting, or at a later meeting within the
    follow-up window. Minutes often record the answer under another heading (an officer's report,
    the same matter under a new title), which the thread's own links cannot see. A close match
    (`answer_threshold_anywhere`) is needed, since the two need not share a thread, and shared
    words that say the same point: the words naming the matter in the headings of the
    objection's thread (`matter_words` by item id: "scheme" of "Residents' parking scheme") are
    on every statement about the matter and do not count. An answer at a later meeting must
    also be about the point more than about the matter at large (closer to the objection than to the content of
    the objection's item, as `link_statements` asks of answers on a thread): a later report of
    the matter's figures ("47 rental permits had been issued, 31 of them in the shoreland
    district") shares the objection's words without answering it ("no cap on the number of
    permits in the shoreland district").
    """
    if not objections or not len(svecs):
        return []
    def order(s: dict) -> tuple:
        return (s["date"] or "9999", s["meeting_id"], item_seq.get(s["item_id"], 0), s["seq"])
    by_body: dict[str, list[dict]] = defaultdict(list)
    for s in statements:
        if s["id"] in s_index:
            by_body[s["body"] or ""].append(s)
    for rows in by_body.values():
        rows.sort(key=order)
    keys = {b: [order(s) for s in rows] for b, rows in by_body.items()}
    # per body, arrays over its rows for the candidate filter: the day number (NaN for a
    # missing or malformed date, which `days` takes as 0 days away), dated or not, item
    cols = {b: (np.array([_day(s["date"]) for s in rows], dtype=np.float64),
                np.array([bool(s["date"]) for s in rows], dtype=bool),
                np.array([s["item_id"] for s in rows], dtype=object)) for b, rows in by_body.items()}
    out = []
    for o in objections:
        if o["id"] not in s_index or not o["date"]:
            continue
        rows = by_body.get(o["body"] or "", [])
        start = bisect.bisect_right(keys[o["body"] or ""], order(o))
        day, dated, item = (c[start:start + 4000] for c in cols.get(o["body"] or "", (
            np.zeros(0), np.zeros(0, dtype=bool), np.zeros(0, dtype=object))))
        near = np.abs(day - _day(o["date"])) <= CONFIG["finding_followup_days"]
        keep = np.flatnonzero((item != o["item_id"]) & dated & (near | np.isnan(day)
                                                                 | np.isnan(_day(o["date"]))))
        cand = [rows[start + k] for k in keep]
        if not cand:
            continue
        sims = svecs[[s_index[s["id"]] for s in cand]] @ svecs[s_index[o["id"]]]
        words = topic_words(o["text"], o.get("speaker") or "") \
            - (matter_words or {}).get(o["item_id"], set())
        for k in np.argsort(-sims)[:5]:
            if sims[k] < CONFIG["answer_threshold_anywhere"]:
                break
            c = cand[k]
            # the same point, not only the same speaker and the same way of minuting speech
            if len(words & topic_words(c["text"], c.get("speaker") or "")) < \
                    CONFIG["answer_anywhere_min_shared_words"] or (o["id"], c["id"]) in known:
                continue
            kind = "repeats" if c["type"] in ("objection", "question") \
                and c["meeting_id"] != o["meeting_id"] else "answers"
            topic = (item_vec or {}).get(o["item_id"])
            if kind == "answers" and topic is not None and c["meeting_id"] != o["meeting_id"] \
                    and float(svecs[s_index[c["id"]]] @ topic) >= sims[k]:
                continue
            out.append((o["id"], c["id"], kind, round(float(sims[k]), 4)))
            break
    return out


def _is_reply(s: dict, officer=by_staff) -> bool:
    """Does a statement read as a reply: an officer speaking (officers explain, whatever words the
    classifier keyed on), or a statement that presents itself as one ("responded", "explained",
    "clarified", "confirmed that")?"""
    if s["type"] == "question":
        return False
    if officer(s):
        return True
    return s["type"] in ("information", "argument_for", "proposal", "action") \
        and (is_response(s["text"]) or bool(_CHAIR_LEAD.match(s["text"])))


# the chair taking up a point raised to the meeting ("The Chairman stated that the waterproofing
# of the C wing terrace would be taken up before June"), as `finding_answer.addresses_point`
# reads the chair's reply; the chair's own objection or question is no reply
_CHAIR_LEAD = re.compile(r"^\W*the chair(?:man|woman|person)?\b", re.I)


def replied_next(objections: list[dict], by_item: dict[str, list[dict]],
                 svecs: np.ndarray | None = None, s_index: dict[str, int] | None = None,
                 officer=by_staff) -> list[tuple[str, str, str, float]]:
    """Links from objections to the reply that follows them on the same item: the first statement
    after the objection (and after the objector's own next sentences) by someone else, when it
    reads as a reply. Minutes record an officer's answer in the next paragraph, in its own words
    ("The City Manager stated before the City decided to front the money as a loan …"), so no
    wording overlap is asked for; another member's question in between is no reply. Where
    members raise several objections one after another before the reply, it answers the one it
    is about (`answers_in_run`, with statement vectors when given). `officer` tells an officer's
    statement (default: `finding_text.by_staff`)."""
    out = []
    s_index = s_index or {}

    def sim(a: dict, b: dict) -> float:
        if svecs is None or a["id"] not in s_index or b["id"] not in s_index:
            return 0.0
        return float(svecs[s_index[a["id"]]] @ svecs[s_index[b["id"]]])

    for o in objections:
        rows = sorted(by_item.get(o["item_id"], []), key=lambda s: s["seq"])
        run = [k for k, s in enumerate(rows) if s["id"] == o["id"]]
        for k, s in enumerate(rows):
            if s["seq"] <= o["seq"]:
                continue
            if o.get("speaker") and s.get("speaker") == o["speaker"]:
                continue  # the objector going on
            if s["type"] == "objection" and svecs is not None and not _is_reply(s, officer):
                continue  # another member's objection: the reply may come after it
            if _is_reply(s, officer):
                before = []
                for j in range(k - 1, -1, -1):
                    if rows[j]["type"] not in ("objection", "question"):
                        break
                    if rows[j].get("speaker"):  # a member's point, not the report's prose
                        before.append(j)
                if answers_in_run(before, run[0], lambda r: sim(rows[r], s),
                                  lambda r: rows[r].get("speaker") or ""):
                    out.append((o["id"], s["id"], "answers", 1.0))
            break
    return out


def rare_words(statements: list[dict]) -> dict[str, set[str]]:
    """Per body, the content words (`topic_words`) rare in its minutes: in at most
    `finding_rare_word_share` of its statements (and never fewer than two). Names of a scheme,
    a group, a place or a clause ("AAPS", "RHNA", "overkill") mark one point when said again."""
    df: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    n: dict[str, int] = defaultdict(int)
    for s in statements:
        b = s["body"] or ""
        n[b] += 1
        for w in topic_words(s["text"]):
            df[b][w] += 1
    return {b: {w for w, k in words.items()
                if k <= max(2, CONFIG["finding_rare_word_share"] * n[b])}
            for b, words in df.items()}


# ("renewed her objection", not "Bluestem Renewables" nor "the renewal of the lease")
_RAISED = re.compile(r"\b(?:restat\w*|reiterat\w*|repeat\w*|again|renew(?:s|ed|ing)?|still|"
                     r"concerns?|comments?|objections?|letter|points?)\b", re.I)


# stems of the words that say how a point is minuted, not what it is: "objected", "spoke in
# objection", "on behalf of", "again", "reiterated" (rare in a small body's minutes, yet no point)
# ("Councillor X feared that …" and "Councillor Y feared that …" share no point)
_MINUTING = {"objec", "again", "behal", "spoke", "reite", "repea", "resta", "renew", "still",
             "feare", "worri", "doubt", "warne", "argue", "told", "counc"}


def raised_again(objections: list[dict], later: list[dict], rare: dict[str, set[str]],
                 svecs: np.ndarray, s_index: dict[str, int],
                 matter: dict[str, set[str]] | None = None) -> list[tuple[str, str, str, float]]:
    """Links from objections to a statement of any type at a later meeting of their thread that
    takes the point up again, often in other words or as a summary ("restated the society's
    comments and concerns that the proposed upzoning … were unnecessary to meet the RHNA"): it
    shares `finding_repeat_rare_words` of the objection's rare words, or is very similar
    (`repeat_threshold`). One rare word is enough when the statement is itself an objection or
    question, or speaks of concerns, comments or restating, and it says the same point: it also
    shares `finding_repeat_min_shared_words` content words with the objection, the words naming
    the matter in the thread's headings (`matter` by item id) and the minuting words aside, or
    is `finding_repeat_one_word_similarity` alike. Another member objecting on the same matter
    ("would push overflow parking onto the residential streets" after "the study counted
    parking only on weekdays") is not the first objection raised again, nor is an argument for
    the proposal, however alike ("4.1 cents was below the 5.3 cents the cooperative paid
    Sunflower" after a doubt on the Sunflower contract)."""
    out = []
    matter = matter or {}
    for o in objections:
        body_rare = rare.get(o["body"] or "", set())
        words = topic_words(o["text"], o.get("speaker") or "") - _MINUTING
        mine = words & body_rare
        for c in later:
            if (c["date"] or "") <= (o["date"] or "") or c["meeting_id"] == o["meeting_id"] \
                    or days(o["date"], c["date"]) > CONFIG["finding_followup_days"] \
                    or c["type"] == "argument_for":
                continue
            theirs = topic_words(c["text"], c.get("speaker") or "")
            shared = mine & theirs
            sim = float(svecs[s_index[o["id"]]] @ svecs[s_index[c["id"]]]) \
                if o["id"] in s_index and c["id"] in s_index else 0.0
            cued = c["type"] in ("objection", "question") or _RAISED.search(c["text"])
            same_point = len(words & theirs - matter.get(o["item_id"], set())) >= \
                CONFIG["finding_repeat_min_shared_words"] \
                or sim >= CONFIG["finding_repeat_one_word_similarity"]
            if len(shared) >= CONFIG["finding_repeat_rare_words"] \
                    or (cued and shared and same_point) or sim >= CONFIG["repeat_threshold"]:
                out.append((o["id"], c["id"], "repeats", round(sim, 4)))
                break
    return out


# words of a speaker's name that say what they are, not who ("Councilmember Jensen", "Mrs Oduya")
_TITLES = set("""mr mrs ms miss mx dr prof revd rev cllr cr clr councillor councilmember council
member members board vice deputy mayor president chair chairman chairwoman chairperson director
commissioner trustee governor supervisor alderman alderperson treasurer secretary clerk
officer manager executive chief head headteacher principal the of and""".split())


def _name_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z][a-z'’-]+", (text or "").lower()) if w not in _TITLES}


# a speaker minuted with a member's title is a member, whatever the attendance list holds
_MEMBER_TITLE = re.compile(r"\b(?:councill?or|councilmember|council member|cllr|cr|clr|"
                           r"board member|commissioner|director|trustee|governor|mayor|chair\w*|"
                           r"president|alderman|alderperson|supervisor|member)\b", re.I)


def is_public_speaker(speaker: str, attendees: list[dict]) -> bool:
    """Is the speaker someone from outside the body (public comment): named, not an officer, not
    minuted with a member's title ("Councillor Collins"), and no word of the name is in the
    meeting's attendance list (names and roles, whatever the status)? A meeting without a
    usable attendance list (fewer than `finding_min_attendees` names: one read badly) tells
    nothing, so nobody is public there."""
    words = _name_words(speaker)
    if not words or len(attendees) < CONFIG["finding_min_attendees"] \
            or is_staff(speaker or "") or _MEMBER_TITLE.search(speaker or ""):
        return False
    listed = set().union(*(_name_words(f"{a.get('name') or ''} {a.get('role') or ''}")
                           for a in attendees))
    return not words & listed


# the title of an official who serves the body ("Director Thomas", "Staff Member Tai", "Counsel
# Chen", "City Planner Tai", "Police Chief"): an officer when not in the meeting's attendance list
_OFFICIAL_TITLE = re.compile(
    r"^\W*(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}?(?:director|counsel|planner|manager|clerk|"
    r"attorney|engineer|officer|secretary|treasurer|chief|captain|superintendent|solicitor|"
    r"administrator|coordinator|staff(?:\s+member)?|consultant|librarian)\b", re.I)
_OFFICIAL_ROLE = re.compile(r"\b(?:director|counsel|planner|manager|clerk|attorney|engineer|"
                            r"officer|secretary|treasurer|chief|captain|superintendent|solicitor|"
                            r"administrator|coordinator|staff|consultant|librarian|analyst)\b",
                            re.I)


def is_officer(speaker: str, attendees: list[dict]) -> bool:
    """Is the speaker an officer of the body: named by role (`finding_text.is_staff`: "The City
    Manager"), or not one of the meeting's members (listed present, chair, absent or with
    apologies) and either minuted with an official's title ("Director Thomas", "Staff Member
    Tai") or listed in attendance with one ("Nancy Bronstein, Human Resources Director")? A
    board whose directors are its members lists them. With no usable attendance list (fewer
    than `finding_min_attendees` names) the title alone tells."""
    if is_staff(speaker or ""):
        return True
    words = _name_words(speaker)
    titled = bool(_OFFICIAL_TITLE.search(speaker or ""))
    if not words or len(attendees) < CONFIG["finding_min_attendees"]:
        return titled
    def names(rows):
        return set().union(set(), *(_name_words(a.get("name") or "") for a in rows))
    if words & names(a for a in attendees if a.get("status") != "in_attendance"):
        return False
    return titled or bool(words & names(
        a for a in attendees if a.get("status") == "in_attendance"
        and _OFFICIAL_ROLE.search(a.get("role") or "")))


# a public speaker's paraphrased comment signed at its end with name and town ("… expressed
# opposition to 100% of renovations being paid by tenants: Monika, Alameda."), where the speaker
# was not read (a single name)
_SIGNED = re.compile(r":\s+([A-Z][a-z'’-]+(?:\s+[A-Z][\w'’-]+){0,3}),\s+[A-Z][A-Za-z .'’-]{1,40}\.?\s*$")


def signed_name(text: str) -> str:
    """The name a public comment is signed with at its end (": Monika, Alameda."), or ""."""
    m = _SIGNED.search(text or "")
    return m.group(1) if m else ""


# outcomes by which a body settles what was put to it (not deferred, referred or merely noted)
_SETTLED = {"approved", "amended", "rejected", "rescinded"}


def decided_after_public_comment(objections: list[dict], rows: list[dict],
                                 item_seq: dict[str, int], public
                                 ) -> list[tuple[str, str, str, float]]:
    """Links from a public speaker's objection to the decision the body then took on the same
    matter at the same meeting: on the objection's own item (minutes often print the result
    under the heading, before the comments: "Introduced;"), or on a later item of the thread at
    that meeting. Public comment is heard, and the body answers it by deciding ("Urged Council
    not to approve the lease …", then the ordinance introduced 4-0). A member's objection is not
    settled so: it stands as a dissent, and the matter going on without it is what drops it
    (`analyse._overridden`)."""
    def order(s: dict) -> tuple:
        return (item_seq.get(s["item_id"], 0), s["seq"])
    out = []
    for o in objections:
        if not public(o):
            continue
        settled = [d for d in rows if d["meeting_id"] == o["meeting_id"]
                   and d["type"] == "decision" and (d.get("outcome") or "") in _SETTLED
                   and (d["item_id"] == o["item_id"] or order(d) > order(o))]
        if settled:
            d = min(settled, key=order)
            out.append((o["id"], d["id"], "answers", 1.0))
    return out


def _surname(speaker: str) -> str:
    words = re.findall(r"[A-Z][\w'’-]+", speaker or "")
    return words[-1] if words else ""


def _moves_or_seconds(name: str, s: dict) -> bool:
    """Does statement `s` record `name` moving or seconding a motion ("Vice President Hom made a
    motion that …", "Councilmember Vella seconded the motion, which carried …", "Moved by Cllr
    Price, seconded by Cllr Hale")?"""
    n = re.escape(name)
    text = s["text"]
    return bool(re.search(rf"\b{n}\b[^.;:]{{0,40}}?\b(?:moved|made (?:a|the) motion|seconded|"
                          rf"proposed the motion)\b", text)
                or re.search(rf"\b(?:moved|seconded|proposed)\s+by\s+(?:[\w.’'-]+\s+){{0,3}}?{n}\b",
                             text, re.I)
                or (s.get("speaker") and _surname(s["speaker"]) == name and s["type"] != "objection"
                    and re.search(r"\b(?:moved|made (?:a|the) motion|seconded)\b", text)))


def moved_by_objector(objections: list[dict], rows: list[dict]
                      ) -> list[tuple[str, str, str, float]]:
    """Links from a member's objection to the decision carrying the motion that the objector then
    moved or seconded on the same item at the same meeting ("Councilmember Vella stated that she
    would like more detail and regulation over materials used to construct parklets", then
    "Councilmember Vella seconded the motion, which carried by unanimous voice vote"). The
    objector took the point into the motion or let it go for the decision they put forward: the
    body's decision answers it, and nothing is left for the matter to drop."""
    out = []
    for o in objections:
        name = _surname(o.get("speaker") or "")
        if not name or by_staff(o):
            continue
        here = sorted((r for r in rows if r["item_id"] == o["item_id"] and r["seq"] > o["seq"]),
                      key=lambda r: r["seq"])
        for k, r in enumerate(here):
            if not _moves_or_seconds(name, r):
                continue
            carried = [d for d in here[k:] if d["type"] == "decision"
                       and (d.get("outcome") or "") in ("approved", "amended")]
            if carried:
                out.append((o["id"], carried[0]["id"], "answers", 1.0))
                break
    return out


# a decision that a demand will not be made after all: "the formal Community Contribution will
# not be requested from local groups", "the charge would no longer be levied"
_NOT_DEMANDED = re.compile(r"\b(?:will|would|shall|is|are)\s+(?:not|no longer)\s+(?:now\s+)?"
                           r"(?:be\s+)?(?:requested|sought|required|charged|levied|collected|"
                           r"imposed|demanded)\b", re.I)
# an objection to stopping something ("concern about closing the branch", "opposed the cut"):
# a decision to stop it overrides the objection rather than meeting it
_AGAINST_STOPPING = re.compile(r"\b(?:clos\w*|shut\w*|ceas\w*|cut\w*|discontinu\w*|terminat\w*|"
                               r"withdraw\w*|scrap\w*|abandon\w*|los[es]\w*|los[st])\b", re.I)


# where a decision that stops one thing turns to what is done instead ("not to proceed with the
# purchase of the mart site, and to develop the campus on land already owned")
_INSTEAD = re.compile(r"[,;]\s+and\s+(?:instead\s+)?(?:to|that)\b|\s+and\s+instead\b|[,;]\s+but\s+to\b",
                      re.I)


def stopped_part(text: str) -> str:
    """The part of a stopping decision that names what is stopped: the words before it turns to
    what is done instead. "The Board resolved not to proceed with the purchase of the former
    Kilcarra Mart site, and to develop the campus on land already in the ownership of the ETB"
    stops the purchase, not the campus, so an objection to the campus is not moot by it."""
    return _INSTEAD.split(text, maxsplit=1)[0]


def mooted_by_stop(objections: list[dict], rows: list[dict], known: set[str], days
                   ) -> list[tuple[str, str, str, float]]:
    """Links from an objection (not already answered: `known`) to a decision at a later meeting
    of its thread, within the follow-up window, that stops the thing objected to: the matter
    closed, not to proceed, or a demand not to be made after all ("There is concern over double
    taxation if parish and town councils precept for the community contribution", then seven
    months later "the Board agreed that the formal Community Contribution will not be requested
    from local groups"). The thing no longer happens, so the objection is moot, not dropped. The
    decision must name what the objection names (`finding_moot_min_shared_words` content words). A
    refusal under the objection's own item at its meeting, naming something it names, meets it
    too. An objection
    to stopping something ("concern about closing the branch") is overridden by such a decision,
    not met, so it is left as it is."""
    out = []
    for o in objections:
        if o["id"] in known or _AGAINST_STOPPING.search(o["text"]):
            continue
        words = topic_words(o["text"], o.get("speaker") or "")
        for d in rows:
            if d["type"] == "decision" and d["item_id"] == o["item_id"] and d["seq"] > o["seq"] \
                    and (d.get("outcome") or "") == "rejected" \
                    and words & topic_words(d["text"], d.get("speaker") or ""):
                # the body refused what was put to it, right after the objection and naming
                # what it names ("feared that the container would block the view …", then
                # "resolved to refuse the request … to site a storage container"): it prevailed
                out.append((o["id"], d["id"], "answers", 1.0))
                break
            if d["type"] != "decision" or (d["date"] or "") <= (o["date"] or "") \
                    or days(o["date"], d["date"]) > CONFIG["finding_followup_days"]:
                continue
            if not (stops_matter(d["text"], d.get("outcome") or "")
                    or ((d.get("outcome") or "") in ("approved", "amended")
                        and _NOT_DEMANDED.search(d["text"]))):
                continue
            if len(words & topic_words(stopped_part(d["text"]), d.get("speaker") or "")) \
                    >= CONFIG["finding_moot_min_shared_words"]:
                out.append((o["id"], d["id"], "answers", 1.0))
                break
    return out
