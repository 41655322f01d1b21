"""Title signals for the link stage: what a heading says about which matter it continues.

Pure functions over titles and item text (no store, no model), used by `link.pair_scores`:

* `title_key`: a heading with its dates, numbers, amounts, months and report words taken out, so
  that one body's recurring headings meet however they are dated or spaced ("Calendar of Required
  Board Actions for March" = "… in October/November", "FireWise Ambassador" = "Fire Wise
  Ambassador", "Ratified bills in the amount of $957,461.80." = "… $5,857,749.52.").
* `office_report`: the office whose standing report a paragraph is ("The Interim City Manager
  made an announcement …" under "CITY MANAGER COMMUNICATIONS" → "city manager").
* `report_offices`: the offices whose standing report a report heading is, named in the heading
  ("General Manager Update", "Treasurer’s Report") or as the one presenting it ("Management
  Report": "The General Manager presented this report …"; "Financial Report": "Robin Lucie,
  Treasurer, reported …").
* `ends_with_heading`: a heading that ends in another heading of the body ("Decision on external
  advisor for Health and Safety" → "Health & Safety").
* `base_file_id`: a Legistar-style file id without its suffix ("23-095A" → "23-095").
* `template_conflicts`: headings cut from one template that name different things ("…
  Property: Building 92" / "… Building 41").
* `announces`: an earlier item's text announces the dated event a later heading reports on ("…
  launched at the service user and professionals meeting on 28 March 2018" → "Service user and
  professionals meeting, 28 March 2018: report").
* `referral`: the matter of a heading that names another body as its source ("Referral from the
  Health and Wellbeing Partnership Group: review of support for people in crisis").
* `rare_phrases`: the two-word phrases of an item's heading and text that few items of its body
  use ("motor grader", "Glebe Field", "three sites"): the named things a matter is discussed in
  terms of, whatever its heading says at each meeting.
"""
from __future__ import annotations

import re
from collections import Counter

import numpy as np

__all__ = ["codes", "stem", "matter_title", "title_key", "title_key_words", "ends_with_heading", "names_a_member",
           "office_report", "report_offices", "base_file_id", "heading_of", "template_conflicts",
           "day_months", "announces", "referral", "name_runs", "proper_words", "heading_names",
           "shared_names", "text_names",
           "acronym_pairs", "phrases", "rare_phrases", "SPEAKING"]

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# words that say a heading is a report or an update, not what it is about
_REPORT_WORDS = set("""report reports update updates report's progress briefing verbal written
quarterly monthly annual interim final draft""".split())
_KEY_STOP = set("""a an the and or to for in at by with as is are was be this that its
it their our re item items meeting board council committee committees group""".split())
_REPORT_LEAD = {"on", "of", "from"}


_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?")
# what follows a dash at the end of a heading when it names who presents it, the period or date it
# reports on, or that nothing was minuted, not the matter: "Treasurer's Report – Robin", "Ranch
# Manager Liaison Report – November/December", "Treasurer's Report – Ending July 30, 2023 …",
# "Approval of Previous Minutes – September 28, 2023, Board Meeting", "Open Period Comments from
# Residents – 3 minutes time limit – None", "District Manager's Report - L. Reynolds"
_TAIL = re.compile(
    r"\s+[–—-]\s+(?:"
    r"(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+)?"  # a name
    r"|(?:[A-Z]\.\s*){1,2}[A-Z][a-z'’-]+)\s*$"  # initials and a surname
    rf"|(?i:(?:ending|ended|for|as\s+of|through|to)\s+)?(?i:{_MONTH})(?:\s*[/&-]\s*(?i:{_MONTH}))?\b.*$"
    r"|(?i:(?:q[1-4]|fy\s*\d{2,4}|(?:19|20)\d{2}))\b.*$"
    r"|(?i:none|nil|n/a|no\s+report)\.?\s*$"
    r"|\d+\s+(?i:minutes?)\b.*$)")
_REPORT_HEAD = re.compile(r"\b(?:report|reports|update|liaison|briefing)\W*$", re.I)
_NOT_A_NAME = {"update", "report", "budget", "review", "none", "discussion", "approval", "action",
               "plan", "policy", "proposal", "presentation", "consent", "minutes", "reports"}


def matter_title(title: str) -> str:
    """`title` without the dash-separated tails that name its presenter, its period or date, or
    that nothing was minuted (see _TAIL): what two meetings' headings of one matter share."""
    out = title.strip()
    while True:
        m = _TAIL.search(out)
        if not m or m.start() < 8 or len(out) - m.start() > 70:
            return out
        tail = out[m.start():].strip(" –—-").lower()
        if tail.split()[0] in _NOT_A_NAME:
            return out
        if m.group("name") and not _REPORT_HEAD.search(out[:m.start()]):
            return out  # a name only after a report's heading ("Law Department – Claim Settlement")
        out = out[:m.start()].rstrip()


def title_key(title: str) -> str:
    """The heading's words that name its matter, run together ("" when none are left).

    Dates, years, numbers, amounts, month names, report words ("update", "report"), small words
    and spacing are dropped, and the rest lower-cased and joined, so the key survives the month
    or the amount changing and "Fire Wise" against "FireWise". Possessives and "&"/"and" go too
    ("Treasurer’s Report" → "treasurer", "Finance & Audit" = "Finance and Audit").
    """
    return "".join(title_key_words(title))


def title_key_words(title: str) -> list[str]:
    """The words of `title_key`, in order."""
    if _SUBMISSION.match(title):
        return []
    t = title.lower().replace("’", "'")
    t = re.sub(r"^\W*(?:\(?\*?\d[\w.\-]*\)?\s+)", " ", t)  # leading item number
    t = re.sub(r"\([^()]*\)", " ", t)  # asides: sponsor, code section, abbreviation
    t = re.sub(r"\$[\d,.]+|\b\d[\d,./\-:]*(?:st|nd|rd|th|am|pm)?\b", " ", t)
    t = re.sub(rf"\b(?:{_MONTHS})\b\.?", " ", t)
    t = re.sub(r"'s\b|s'(?=\s|$)", " ", t)
    words = [w for w in re.findall(r"[a-z]+", t) if w not in _KEY_STOP]
    if len(words) > 2 and words[0] in _REPORT_WORDS and words[1] in _REPORT_LEAD:
        words = words[2:]  # "Update on X", "Report of the Treasurer": what follows is the matter
    else:
        while words and words[-1] in _REPORT_WORDS:  # "General Manager Update", "… Report"
            words.pop()
    # plural and singular meet ("Management Account(s)", "General Managers Report")
    return [w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
            for w in words]


def ends_with_heading(words: list[str], keys: set[str]) -> set[str]:
    """The keys among `keys` of two words or more that a heading's key words end with, the
    heading saying more: "Decision on external advisor for Health and Safety" ends with
    "Health & Safety", "Friends of Chantry Library Membership Application" with "Membership
    Applications"."""
    return {k for n in range(2, len(words)) if (k := "".join(words[-n:])) in keys}


_MEMBER = re.compile(r"^\W*(?:vice\s+)?(?:councilmembers?|councillors?|cllrs?|mayor|alderm[ae]n|"
                     r"supervisors?|commissioners?|trustees?)\b", re.I)


def names_a_member(title: str) -> bool:
    """A heading that is a member's name ("Councilmember Herrera Spencer"), not a matter."""
    return bool(_MEMBER.match(title))


# A member's question, motion or petition is headed by who submitted it ("Question submitted by
# Councillor B. Leddin"): each is its own matter, however often the heading recurs.
_SUBMISSION = re.compile(
    r"^\W*(?:[\d.]+\s+)?(?:questions?|motions?|notices? of motion|petitions?|deputations?)\b"
    r"[^:]{0,40}?\b(?:by|from|of)\s+(?:the\s+)?(?:cllrs?|councillors?|council\s*members?|"
    r"members?|mayor|alderm[ae]n|supervisors?|commissioners?|directors?|mr|mrs|ms|dr)\b",
    re.I)

# "The [Interim|Acting|Assistant|Deputy] City Manager discussed …": the subject is an office,
# not a named person; the verb is lower case.
_OFFICE_SUBJECT = re.compile(
    r"^\W*The\s+(?:(?:Interim|Acting|Assistant|Deputy|Vice)\s+)?"
    r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+[a-z]")


def office_report(title: str, heading: str) -> str:
    """The office (lower case) when `title` is a paragraph by an office under a heading named for
    that office: "The City Manager discussed …" under "City Manager Communications". A standing
    report minuted as one paragraph per subject; "" otherwise (a named member's announcement under
    "Council Communications" is not an office's report)."""
    m = _OFFICE_SUBJECT.match(title)
    if not m or not heading:
        return ""
    office = m.group(1).lower()
    return office if re.search(rf"\b{re.escape(office)}\b", heading.lower()) else ""


def heading_of(titles: list[str], texts: list[str], k: int, max_words: int = 8) -> str:
    """The nearest earlier heading of item `k` in its meeting (titles/texts in printed order):
    an item with a short title and hardly any text of its own, i.e. a section banner."""
    for j in range(k - 1, -1, -1):
        if len(titles[j].split()) <= max_words and len(texts[j].strip()) < 40:
            return titles[j]
    return ""


# Nouns that end the name of an office: "General Manager", "Treasurer", "City Clerk", …
_OFFICE_NOUNS = ("manager|treasurer|clerk|secretary|director|officer|chair|chairman|chairperson|"
                 "president|executive|administrator|controller|auditor|engineer|attorney|"
                 "librarian|superintendent|mayor|lead|coordinator|head")
_OFFICE = rf"((?:[A-Z][\w&-]*\s+){{0,3}}(?:{_OFFICE_NOUNS.replace('|', '|').title()}|" \
    rf"{_OFFICE_NOUNS})s?)"
# the first words of a report's text naming who gives it: "The General Manager presented …",
# "Robin Lucie, Treasurer, reported …"
_PRESENTER = re.compile(
    rf"^\W*(?:(?:\d+\.\s*)+)?(?:The\s+(?:(?:Interim|Acting|Assistant|Deputy|Vice)\s+)?{_OFFICE}"
    rf"|(?:[A-Z][\w'-]+\s+){{0,2}}[A-Z][\w'-]+(?:\s+\([A-Z]{{1,4}}\))?,\s+(?:the\s+)?{_OFFICE},)"
    rf"\s+[a-z]")
_TITLE_OFFICE = re.compile(rf"^\W*(?:[\d.]+\s+)?(?:the\s+)?{_OFFICE}(?:'s?|’s?)?$", re.I)


def _office_name(phrase: str) -> str:
    words = phrase.lower().replace("’", "'").replace("'", " ").split()
    words = [w for w in words if w not in ("s", "the")]
    if words and words[-1].endswith("s") and words[-1][:-1] in _OFFICE_NOUNS.split("|"):
        words[-1] = words[-1][:-1]  # "General Managers Report"
    return " ".join(words)


def report_offices(title: str, text: str) -> set[str]:
    """Offices (lower case) whose standing report the heading is: the office the heading names
    before its report word ("General Manager Update", "Treasurer’s Report"), and, for a report
    heading, the office its first words name as giving it ("Management Report": "The General
    Manager presented …"). Empty for a heading that is no report."""
    words = title.strip().rstrip(".:").split()
    if not words or words[-1].lower().strip("'’") not in _REPORT_WORDS | {"communications"}:
        return set()
    out = set()
    head = " ".join(words[:-1])
    m = _TITLE_OFFICE.match(head)
    if m:
        out.add(_office_name(m.group(1)))
    m = _PRESENTER.match(text[:300])
    if m:
        out.add(_office_name(m.group(1) or m.group(2)))
    return out


_FILE_ID = re.compile(r"\d{2,4}-\d{1,4}")


def base_file_id(file_id: str) -> str:
    """"23-095A" → "23-095", "23-002 CC-A" → "23-002"; "" when there is no id."""
    m = _FILE_ID.search(file_id or "")
    return m.group(0) if m else ""


def template_conflicts(bodies: list[str], titles: list[str], max_df: int) -> np.ndarray:
    """Pairs of one body's headings that each carry rare names or numbers (capitalised or
    numeric words in at most `max_df` headings of the body: a property, a case, a building
    number, a person) and hold none of each other's (boolean matrix): two matters cut from one
    template ("Conference with Real Property Negotiators … Building 92" / "… Building 41"). A
    lower-case word ("consultation results", "detailed proposals") says what stage a matter is
    at, not which matter it is, so it never makes a conflict."""
    from scipy import sparse
    n = len(titles)
    # compared by stem: a heading reworded at the next meeting ("Fare Capping Pilot" /
    # "Contactless Fare Cap") still names the same thing
    words = [{stem(w) for w in re.findall(r"[a-z0-9]+(?:[-/.][a-z0-9]+)*",
                                          t.lower().replace("’", "'")) if w not in _RARE_STOP}
             for t in titles]
    df: Counter = Counter()
    for body, ws in zip(bodies, words):
        df.update((body, w) for w in ws)
    vocab: dict[tuple[str, str], int] = {}
    rows, cols = [], []
    for k, (body, ws) in enumerate(zip(bodies, words)):
        for w in ws & {stem(n) for n in _names(titles[k])}:
            if df[(body, w)] <= max_df:
                rows.append(k)
                cols.append(vocab.setdefault((body, w), len(vocab)))
    rare = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                             shape=(n, max(len(vocab), 1)))
    # a rare name of one heading that the other heading holds in any position shares it: "Main
    # Street Pay Parking" / "Parking on Main Street" (a heading's first word is no name cue)
    wrows, wcols = [], []
    for k, (body, ws) in enumerate(zip(bodies, words)):
        for w in ws:
            if (body, w) in vocab:
                wrows.append(k)
                wcols.append(vocab[(body, w)])
    held = sparse.csr_matrix((np.ones(len(wrows), dtype=np.float32), (wrows, wcols)),
                             shape=rare.shape)
    shared = (rare @ held.T + held @ rare.T).astype(bool).toarray()
    has = np.asarray(rare.sum(axis=1)).ravel() > 0
    body = codes(bodies)
    return np.outer(has, has) & ~shared & (body[:, None] == body[None, :])


def codes(values: list[str]) -> np.ndarray:
    """An integer per value, equal for equal values: pairs compared as integers, not as n²
    Python strings."""
    index: dict[str, int] = {}
    return np.array([index.setdefault(v, len(index)) for v in values], dtype=np.int64)


def _names(title: str) -> set[str]:
    """Lower-cased words a heading capitalises or numbers mid-phrase: names, places, numbers
    (the first word of the heading, or of a part after ":" or a dash, is capitalised anyway;
    dates, years and months say when, not what)."""
    out = set()
    letters = [c for c in title if c.isalpha()]
    caps = bool(letters) and all(c.isupper() for c in letters)  # "ELM STREET DOG PARK": no cue
    for part in re.split(r"[:;–—(]|\s-\s", title.replace("’", "'")):
        for k, w in enumerate(re.findall(r"[\w]+(?:[-/.][\w]+)*", part)):
            if _WHEN.fullmatch(w.lower()):
                continue
            if any(ch.isdigit() for ch in w) or (k > 0 and w[0].isupper() and not caps):
                out.add(w.lower())
    return out


_WHEN = re.compile(r"(?:19|20)\d\d(?:[-/]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[-/.]\d{1,2}"
                   r"(?:[-/.]\d{2,4})?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|"
                   r"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
                   r"dec(?:ember)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*/\w+")


def stem(word: str) -> str:
    """A word without its commonest ending ("vaping" → "vap", "capping" → "cap", "sealing" →
    "seal"), for matching a heading against its rewording; words with digits are kept whole."""
    if not word.isalpha():
        return word
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]  # "capp(ing)" → "cap"
    return word


_RARE_STOP = set("""a an the and or of to for in on at by with from as is are be was were this
that these those it its into than then per via no not all any new""".split())


# ------------------------------------------------------------------- follow-ups a heading names

_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTHS})\b\.?"
                        rf"|\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b", re.I)


def day_months(text: str) -> dict[tuple[int, str], list[int]]:
    """The days of a month a text names ("28 March", "March 28th"), each with where it starts."""
    out: dict[tuple[int, str], list[int]] = {}
    for m in _DAY_MONTH.finditer(text):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= 31:
            out.setdefault((int(day), month.lower()[:3]), []).append(m.start())
    return out


def announces(text: str, title: str, window: int = 150,
              found: dict[tuple[int, str], list[int]] | None = None) -> bool:
    """Does `text` (an earlier item) announce the dated event a later heading reports on?

    "Service user and professionals meeting, 28 March 2018: report" follows the item that said
    the review "would be launched at the service user and professionals meeting on 28 March
    2018": the heading names a day, the text names the same day with the heading's own words
    just before it (at least two of them, and two thirds)."""
    when = day_months(title)
    words = set(title_key_words(title))
    if not when or len(words) < 2:
        return False
    need = max(2, -(-2 * len(words) // 3))
    found = day_months(text) if found is None else found
    for day in when.keys() & found.keys():
        for at in found[day]:
            if len(words & set(title_key_words(text[max(0, at - window):at]))) >= need:
                return True
    return False


_REFERRAL = re.compile(r"\b(?:referr(?:al|ed)|escalat\w*|report(?:ed)?\s+back|recommendations?)"
                       r"\s+(?:from|of|by|to)\s+(?:the\s+)?(?P<name>[^:;–—(]+)", re.I)


def referral(title: str, body_words: list[str]) -> list[str]:
    """The matter of a heading that names another body as its source or destination
    ("Referral from the Health and Wellbeing Partnership Group: review of support for people in
    crisis" → the key words of "review of support for people in crisis"), when the body it
    names is `body_words` (the key words of that body's name, which the heading may shorten from
    the front: "Mid Shire Health and Wellbeing …"); [] otherwise."""
    parts = [p for p in re.split(r"[:;–—]|\s-\s", title) if p.strip()]
    for k, part in enumerate(parts):
        m = _REFERRAL.search(part)
        if not m:
            continue
        named = title_key_words(m.group("name"))
        if len(named) >= 2 and body_words[-len(named):] == named:
            rest = " ".join(parts[:k] + parts[k + 1:])
            return title_key_words(rest)
    return []


# words that join the parts of a name, not break it ("Friends of Chantry Library")
_NAME_JOIN = {"of", "de", "la", "du", "von", "van", "and", "&"}


def proper_words(texts: list[str]) -> set[str]:
    """Lower-cased words the texts print capitalised inside a sentence and never in lower case:
    the names (places, organisations, schemes) a body's minutes use ("Mosgiel", "Taieri")."""
    upper: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:;])\s+|\n+", text):
            for k, w in enumerate(re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)):
                if w.islower():
                    lower.add(w)
                elif k > 0 and w[0].isupper() and not w.isupper():
                    upper.add(w.lower())
    return upper - lower


def _capital_runs(words: list[str], proper: set[str], capitals: bool) -> set[str]:
    """The maximal runs of capitalised words in one clause's `words`, lower-cased and joined by a
    space: a word after the first that starts with a capital, the first one too when the body's
    minutes use it as a name (`proper`), a number after a name ("Phase 2"), and "of", "and" …
    between two names. A date or a month ("2024", "June") ends a run. A word all in capitals
    counts as a name only when `capitals` is true: the one difference between a heading's runs
    (`name_runs`) and a minuted text's (`text_names`), which leaves such words out."""
    out: set[str] = set()
    run: list[str] = []
    for k, w in enumerate(words + [""]):
        name = bool(w) and not _WHEN.fullmatch(w.lower()) and (capitals or not w.isupper()) and (
            w[0].isdigit() and bool(run) or w[0].isupper() and (k > 0 or w.lower() in proper))
        if name or (run and w.lower() in _NAME_JOIN and k + 1 < len(words)
                    and words[k + 1][0].isupper()):
            run.append(w.lower())
            continue
        if run:
            out.add(" ".join(run))
        run = []
    return out


def name_runs(title: str, proper: set[str], max_words: int = 8) -> set[str]:
    """The whole names a sentence-case heading carries: maximal runs of capitalised words after
    its first one ("Second distribution site in Mosgiel" → "mosgiel"), its first word too when
    the body's minutes use it as a name (`proper`: "Mosgiel satellite pantry" → "mosgiel",
    "Mosgiel Lions Club Christmas food drive" → "mosgiel lions club christmas": another name).
    Empty for a heading in capitals or title case, whose case says nothing, and for a long one
    (more than `max_words` words: a recommendation or a minuted sentence names many things)."""
    out: set[str] = set()
    if len(title.split()) > max_words:
        return out
    for part in re.split(r"[:;–—(]|\s-\s", title.replace("’", "'")):
        words = re.findall(r"[A-Za-z][\w'&-]*|\d[\w/.-]*", part)
        lower = [w for w in words[1:] if w[0].islower() and w not in _NAME_JOIN]
        if not lower:  # capitals or title case: no cue
            continue
        out |= _capital_runs(words, proper, capitals=True)
    return out


def heading_names(bodies: list[str], titles: list[str], texts: list[str],
                  max_df: int) -> list[set[str]]:
    """Per heading, the whole names it carries (`name_runs`) that at most `max_df` headings of
    its body carry: "mosgiel" for "Second distribution site in Mosgiel", not the town every
    heading of a town council names."""
    by_body: dict[str, list[int]] = {}
    for k, b in enumerate(bodies):
        by_body.setdefault(b, []).append(k)
    out: list[set[str]] = [set() for _ in titles]
    for ks in by_body.values():
        proper = proper_words([texts[k] for k in ks])
        runs = {k: name_runs(titles[k], proper) for k in ks}
        df = Counter(r for k in ks for r in runs[k])
        for k in ks:
            out[k] = {r for r in runs[k] if df[r] <= max_df}
    return out


def shared_names(bodies: list[str], titles: list[str], texts: list[str],
                 max_df: int) -> np.ndarray:
    """Pairs of one body's headings that carry the same whole rare name (in at most `max_df`
    headings of the body) as a boolean matrix: "Second distribution site in Mosgiel" / "Mosgiel
    satellite pantry", and not "Mosgiel Lions Club Christmas food drive", whose name is
    another."""
    n = len(titles)
    names = heading_names(bodies, titles, texts, max_df)
    out = np.zeros((n, n), dtype=bool)
    groups: dict[tuple[str, str], list[int]] = {}
    for k, rs in enumerate(names):
        for r in rs:
            groups.setdefault((bodies[k], r), []).append(k)
    for g in groups.values():
        if len(g) > 1:
            out[np.ix_(g, g)] = True
    np.fill_diagonal(out, False)
    return out


def text_names(text: str, proper: set[str]) -> set[str]:
    """The whole names a minuted text carries: maximal runs of capitalised words inside a clause
    (its first word too when the body's minutes use it as a name, `proper`), joined by "of",
    "and" …, lower-cased ("… an options appraisal for Alder Court be brought to the Board" →
    "alder court", "board"). "Alder Court Residents' Association" is another name than "Alder
    Court", as in a heading (`name_runs`)."""
    out: set[str] = set()
    for clause in re.split(r"(?<=[.!?])\s+|[\n,:;()\[\]\"“”–—]+|\s-\s", text.replace("’", "'")):
        words = re.findall(r"[A-Za-z][\w'&-]*|\d[\w/.-]*", clause)
        out |= _capital_runs(words, proper, capitals=False)
    return out


# ------------------------------------------------------------------- a matter named by its initials

_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")
_INITIAL_SKIP = {"of", "the", "and", "for", "to", "in", "on", "a", "an", "&"}


def _initials(title: str) -> str:
    """The initials of a title's words, skipping "of", "the" …: "Speed Indicator Device" → SID."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", title)
                   if w.lower() not in _INITIAL_SKIP).upper()


def _initials_in(acronym: str, title: str) -> bool:
    """Does `title` spell out `acronym` in consecutive words ("Speed Indicator Device" for SID)?"""
    return acronym in _initials(title)


def acronym_pairs(bodies: list[str], titles: list[str]) -> np.ndarray:
    """Pairs of one body's headings where one names the other's matter by its initials ("TRAFFIC
    CALMING - SID DELIVERY" / "SPEED INDICATOR DEVICE"), as a boolean matrix. An acronym spelled
    out in its own heading is no cue."""
    n = len(titles)
    out = np.zeros((n, n), dtype=bool)
    initials = [_initials(t) for t in titles]  # each word gives one letter: consecutive words
    by_body: dict[str, list[int]] = {}  # spell an acronym when it is a substring
    for k, b in enumerate(bodies):
        by_body.setdefault(b, []).append(k)
    for a, t in enumerate(titles):
        for acr in set(_ACRONYM.findall(t)):
            if acr in initials[a]:
                continue
            for b in by_body[bodies[a]]:
                if b != a and acr in initials[b]:
                    out[a, b] = out[b, a] = True
    return out


# ------------------------------------------------------------- the phrases a matter is minuted in

# words that are no part of a phrase naming a thing (function words, "also", "would")
_PHRASE_STOP = set("""a an the and or of to for in on at by with from as is are was were be been
being it its this that these those their our your his her he she they we which who whom whose
had has have would could should will shall may might can not no but than then there also any
all each every some such more most other them him out about after before over under between per
into onto re item items report reports update updates new proposed proposal meeting board council
committee group""".split())
# a person's title: the name after it is a speaker, in every item they speak to
_HONORIFIC = set("""mr mrs ms miss dr cllr councillor councilmember councilman councilwoman
supervisor professor prof sir dame lord lady mayor alderman commissioner trustee director chair
chairman chairperson chairwoman president vice""".split())
# a name followed by one of these is a speaker ("Tollefson presented", "Kendall reported")
_SAYS = set("""said says reported report reports presented presents noted notes asked asks stated
states explained explains told added replied moved seconded argued feared proposed suggested
suggests welcomed raised confirmed agreed advised expressed doubted questioned discussed
discusses emphasized emphasised commented mentioned recommended thanked requested inquired
enquired announced opposed supported urged spoke responded indicated clarified acknowledged
highlighted shared""".split())


# the six-letter cuts of the verbs of speaking: "moved claire" ("Moved Claire Donovan, seconded
# …") is the mover of a motion, no thing the matter is discussed in terms of
SPEAKING = {w[:6] for w in _SAYS}


def phrases(text: str) -> set[str]:
    """Two-word phrases of content words in `text`, within one clause, each word cut to six
    letters ("Motor Grader" / "motor graders" → "motor grader"), leaving out a person's title and
    the name after it ("Dr Walsh", "Mrs Rowe": a member speaks to many matters), the name before
    a verb of speaking ("County Engineer Tollefson presented") and two numbers in a row (a
    date)."""
    out: set[str] = set()
    for clause in re.split(r"[.;:,()!?\n\"“”]+", text.replace("’", "'")):
        words = re.findall(r"[a-z0-9][a-z0-9'&-]*", clause.lower())
        person = {k for k, w in enumerate(words) if w in _HONORIFIC or (
            k and words[k - 1] in _HONORIFIC) or (k + 1 < len(words) and words[k + 1] in _SAYS)}
        for k, (x, y) in enumerate(zip(words, words[1:])):
            if k in person or k + 1 in person or y in _SAYS:
                continue
            if x in _PHRASE_STOP or y in _PHRASE_STOP or (x.isdigit() and y.isdigit()):
                continue
            out.add(x[:6] + " " + y[:6])
    return out


def rare_phrases(bodies: list[str], texts: list[str], max_df: int,
                 max_share: float) -> list[set[str]]:
    """Per text, its `phrases` that at most `max_df` texts of its body hold, or `max_share` of
    them when that is more (texts of a body are its items' headings and text, minuted at some
    length; an empty text has none): the things a matter is discussed in terms of ("motor
    grader", "Glebe Field", "Language Centre"), not the body's everyday words ("County
    Engineer", "the Plan")."""
    held = [phrases(t) if t else set() for t in texts]
    by_body: dict[str, list[int]] = {}
    for k, b in enumerate(bodies):
        if held[k]:
            by_body.setdefault(b, []).append(k)
    out: list[set[str]] = [set() for _ in texts]
    for ks in by_body.values():
        df = Counter(p for k in ks for p in held[k])
        most = max(float(max_df), max_share * len(ks))
        for k in ks:
            out[k] = {p for p in held[k] if df[p] <= most}
    return out
