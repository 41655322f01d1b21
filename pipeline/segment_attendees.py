"""Attendance in minutes: who was present, chaired, sent apologies, was absent, or attended.

Pure functions. `parse_people` turns the text after a label ("Councilmembers Daysog, Knox White
and Mayor Ezzy Ashcraft – 5.") into `Attendee`s; `label_of` recognises a label at the start of a
line ("Present:", "Apologies for absence were received from", "Officials in attendance:");
`find_attendees` walks a meeting's opening lines, gathers each label's text (continuation lines,
one-name-per-line blocks, roll-call tables) and parses it. An attendance table (label | name |
role, the role column wrapping onto lines of its own) is read by `segment_table.read_table`; once
one is read it is the meeting's attendance record, and "Apologies were received from …" prose is
not read. Public speakers are never attendees: only labelled attendance blocks are read.
"""
from __future__ import annotations

from dataclasses import replace
import re
import statistics

from .records import Attendee, Line
from .segment_table import char_scale, read_table, split_columns, split_row
from .segment_items import FILE_ID_RE, SERIAL_HEAD, parse_number

__all__ = ["parse_people", "label_of", "find_attendees", "split_honorific", "unquote_name", "HONORIFIC_RE",
           "listed_names", "is_attendance_header"]

# Office titles go to `role`; courtesy titles (Mr, Dr …) are dropped from the name.
_OFFICES = [
    # ("His Worship the Mayor Cr. Ravinesh Chand (Chairman)": the civic style before the title)
    r"(?:his|her)\s+worship\s+the\s+(?:deputy\s+)?(?:lord\s+)?mayor",
    # ("Mayor Pro Tem Dale Whitfield", as Texas and California cities print the deputy)
    r"mayor\s+pro[\s-]+tem(?:pore)?", "vice mayor", "deputy mayor", "mayor", "councilmembers?", "council members?", "councilwoman",
    "councilman", "councillors?", "councilors?", "cllrs?", "clirs?", "crs?", "cmhlr", "commissioners?",
    "board members?", "members?", r"vice[\s-]chair(?:man|woman|person)?", r"deputy[\s-]chair(?:man|woman|person)?", "chair(?:man|woman|person)?",
    # the chair of an Irish council or municipal district and of a Scottish committee, printed
    # after the name as "Chair" is ("Cllr. Mary Keane, Cathaoirleach"; "Leas-Chathaoirleach" the deputy)
    r"(?:an\s+)?(?:leas[\s-])?c(?:h)?athaoirleach", "convene[rn]",
    "vice president", "president", "directors?", "trustees?", "treasurer", "secretary",
    "supervisors?", "aldermen|alderman", r"select(?:man|men|woman|women|person|board\s+members?)", "alderpersons?", "delegates?", "senators?",
    "assemblymembers?", "representatives?", "staff member", "school board members?",
    r"(?:county|district|borough|town|city|parish|common)\s+(?:cllrs?|councill?ors?|councilm[ae]n)",
]
# ("clirs?" is "Cllr" as OCR reads it off a scan: the two l's taken for l and i)
_COURTESY = ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "rev", "revd",
             # ("Honorable Joan M. Pratt", "The Honourable …", as US and Commonwealth bodies print
             # their elected members)
             r"(?:the\s+)?honou?rable", "hon",
             # academic ranks printed before a name ("Associate Professor Daniel Osei")
             r"(?:associate|assistant|adjunct|emeritus)\s+prof(?:essor)?",
             # Indian courtesy titles ("Shri Vikram Rao", "Smt. Anita Deshpande", "Kum. Asha Rao")
             "shri", "sri", "smt", "shrimati", "kum",
             # police ranks printed before a name in UK attendance lists ("Insp. Karen Doyle")
             r"insp", r"(?:ch(?:ief)?|det)\.?\s+supt", "supt", "sgt", r"(?:det\.?\s+)?ch\.?\s+insp",
             # West African courtesy titles ("Madam Isatu Bangura", "Pa Momoh Kamara", "Alhaji
             # Sorie Bangura"); "Pa" only as printed, never "PA" (a personal assistant)
             "madam", r"(?-i:Pa)", "alhaji", "alhaja", "hajia"]
_ONE = rf"(?:{'|'.join(_OFFICES)}|{'|'.join(_COURTESY)})\.?"
HONORIFIC_RE = re.compile(rf"^\s*((?:{_ONE})(?:\s*/\s*(?:{_ONE}))*)\s+", re.I)
_COURTESY_RE = re.compile(rf"^(?:{'|'.join(_COURTESY)})\.?$", re.I)
_COURTESY_LEAD = re.compile(rf"^\s*(?:{'|'.join(_COURTESY)})\.?\s+[A-Z]", re.I)

_INITIALS_RE = re.compile(r"^[A-Z]{2,4}[a-z]?$")  # "AM", "AMe" (Anil Mehta, beside Adrian Marsh)
_COUNT_RE = re.compile(r"\s*[-–—]\s*\d+\s*\.?\s*$|\s*\(\d+\)\s*$")
_PARTICLES = {"de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "del", "dos", "y", "bin", "al"}
_EMPTY = re.compile(r"^(none|nil|n/?a|no one|nobody|all|all members|all present|none noted|"
                    r"none received|none\.?|-|"
                    # a sentence saying nobody sent apologies ("There were no apologies.")
                    r"there\s+(?:were|was)\s+no\s+(?:apolog\w*|absences?)(?:\s+for\s+absence)?(?:\s+and\s+no\s+[\w ]+)?|"
                    r"no\s+apologies(?:\s+for\s+absence)?(?:\s+(?:were|had\s+been)\s+received)?)\W*$", re.I)
_TRAILING_NOTE = re.compile(
    r"\s+(?:were|was|is|are|all|left|arrived|joined|departed|attended|present|absent|via|from|"
    r"until|after|at)\b.*$", re.I)
# A printed role that makes a listed person staff, not a member ("printed-officer-role rule").
_STAFF_ROLE = re.compile(
    r"\b(manager|chief\s+executive|director|clerk|analyst|attorney|counsel|solicitor|officer|planner|"
    r"technician|engineer|administrator|coordinator|executive\s+secretary|head\s+of|staff|"
    r"(?:police|fire)\s+chief|"
    r"consultant|accountant|auditor|librarian|superintendent|minute\s+taker|governance|advis[eo]r|"
    r"(?:administrative|executive|office|personal)\s+assistant|"
    r"(?:recording|minutes?|committee|meetings?|corporate|company|trust|board)\s+secretary|"
    r"democratic\s+services)\b", re.I)
# a non-executive director sits on the board whatever list she is printed in, and so does an
# elected student officer ("Mr Owen Fairley (Students' Union Education Officer)" on a senate)
_BOARD_ROLE = re.compile(r"\b(hon\.?|honorary|chair(?:man|person|woman)?|vice|president|treasurer|trustee|"
                         r"board\s+member|member|non[-\s]executive|students?['’]?\s+union|"
                         r"student\s+(?:member|representative|governor|trustee)|"
                         # a representative elected by staff or parents sits on the board
                         # ("Mere Paku (staff representative)" on a school board)
                         r"(?:staff|parent|teacher|employee|workers?|tenant)s?['’]?\s+"
                         r"(?:representative|governor|trustee|member))\b", re.I)
# An agenda heading that introduces a list of apologies ("1. Welcome and Apologies").
_APOLOGY_HEADING = re.compile(r"^\s*(?:\d+[.)]?\s*)?(?:[\w ]+\s+(?:and|&)\s+)?apologies(?:\s+for\s+absence)?\s*:?\s*$",
                              re.I)

# (pattern, status) — tried in order at the start of a line, longest phrases first.
_LABELS: list[tuple[re.Pattern[str], str]] = [(re.compile(p, re.I), s) for p, s in [
    # a label in prose, as formal minutes print it ("The following Members were present:")
    (r"the\s+following(?:\s+[a-z]+){0,2}\s+(?:were|was)\s+(?:also\s+)?in\s+attendance", "in_attendance"),
    (r"the\s+following(?:\s+[a-z]+){0,2}\s+(?:were|was)\s+also\s+present", "in_attendance"),
    (r"the\s+following(?:\s+[a-z]+){0,2}\s+(?:were|was)\s+present", "present"),
    # the members of a kind a joint panel lists apart ("Independent co-opted members: Mrs
    # Deborah Kaye and Mr Imran Saleem", "Lay members: …"): present, as its councillors are
    (r"(?:(?:independent|co-?opted|lay|elected|appointed|associate|ordinary|voting|non-voting)\s+)+"
     r"members?(?=\s*:)", "present"),
    (r"present\s+in\s+the\s+chair", "chair"),
    (r"in\s+the\s+chair", "chair"),
    (r"(?:chair(?:man|person|woman)?|presiding|presided\s+(?:over\s+)?by)", "chair"),
    (r"(?:officials?|officers?|staff|also|others?|employees?|council\s+staff|city\s+staff|"
     r"executive\s+officers?|advisors?|consultants?)\s+(?:in\s+attendance|present|attending)", "in_attendance"),
    (r"also\s+(?:in\s+attendance|present|attending)", "in_attendance"),
    (r"in\s+attendance", "in_attendance"),
    # ("Invitees:", "Special invitees:", as South Asian committees list those invited)
    (r"(?:invited|(?:special\s+)?invitees?|guests?|observers?|staff|officers|officials|clerk|minute\s+taker|"
     r"minutes\s+taken\s+by|secretariat|advisers?|advisors?)", "in_attendance"),
    # a Canadian school board's "Administration:" (its officers), a parliamentary committee's
    # "Witnesses:" (those it questions); only with their colon, as "ADMINISTRATION" is also a heading
    (r"(?:administration|witness(?:es)?)(?=\s*:)", "in_attendance"),
    # "Ex officio: Dr. Janine Koval, President and CEO": a member by her office (a hospital's CEO
    # on its foundation's board); only with its colon, as "ex officio" also opens a sentence
    (r"ex[-\s]officio(?:\s+(?:members?|directors?|trustees?|governors?))?(?=\s*:)", "present"),
    # ("Apologies were received and accepted from Cllr S Fenwick")
    (r"apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+(?:were|was))?(?:\s+(?:received|noted|tendered|given)"
     r"(?:\s+and\s+(?:accepted|approved|noted))?)?"
     r"(?:\s+(?:from|on\s+behalf\s+of))?", "apologies"),
    (r"(?:regrets|excused(?:\s+absences?)?|absent\s+with\s+(?:apolog(?:y|ies)|notice|leave|regrets|permission|excuse))", "apologies"),
    # "Absent (informed):", "Absent (with leave):": absent, having sent word
    (r"absent\s*\(\s*(?:informed|intimated|with\s+(?:apolog(?:y|ies)|notice|leave|permission))\s*\)", "apologies"),
    # "Leave of absence: Shri Harish Gupta", "Leave of absence was granted to …"
    (r"leave\s+of\s+absence(?:\s+(?:was\s+)?granted)?(?:\s+to)?", "apologies"),
    (r"(?:[a-z]+\s+)?(?:community|lot|owners?|residents?|public|guests?|visitors?|observers?)"
     r"(?:\s+[a-z]+)?\s+(?:present|in\s+attendance|attending)", "in_attendance"),
    (r"board\s+members|directors|commissioners|trustees|councillors|councilmembers", "present"),
    (r"(?:[a-z]+\s+){0,2}absent", "absent"),
    (r"not\s+present", "absent"),
    # "Directors present by video conference:", "Members present remotely:"
    (r"(?:[a-z]+\s+){0,2}present(?:\s+(?:by|via|through)\s+(?:[a-z]+\s+){0,2}[a-z]+(?=\s*:)|"
     r"\s+(?:remotely|virtually|online|electronically|in\s+person))?", "present"),
    (r"(?:attendees|attendance|attending|members|(?:board\s+)?roll\s+call)", "present"),
    # Scottish minutes head the attendance "Sederunt", with "Voting Members:" and "Non-Voting
    # Members:" (integration joint boards) under it
    (r"sederunt|(?:non[-\s]?)?voting\s+members", "present"),
    # members sitting in for others ("Substitutes serving: Olle Strand (S) for Maria Lund (S)",
    # "Substitute Members: Cllr A Patel")
    (r"substitutes(?:\s+(?:serving|present|attending))?|substitute\s+members?", "present"),
]]
# whom a substitute sits in for: "… for Maria Lund (S)", "… in place of Cllr B Jones"
_SUBSTITUTE_FOR = re.compile(r"\s+(?:for|replacing|in\s+place\s+of)\s+(?:[A-Z][\w'’.-]*\s*){1,5}"
                             r"(?:\([^)]*\))?(?=\s*(?:[,;.]|$))")
# A label is followed by ":" or a dash, or ends the line ("Directors Present:" / "PRESENT").
_LEAD = r"^[\s•●o\-\*·]*(?:\d+\.?\s+|[ivx]+\.\s+)?(?:call\s+to\s+order\s+and\s+)?(?:roll\s+call\s*[-–—:]\s*)?"
_TABLE_HEAD = re.compile(r"^\s*(attendee\s+name|name|(?:board\s+)?members?|trustees?|directors?|"
                         r"councill?ors?|governors?|commissioners?)\s*(?:(?:role|title|position|office)\s*)?"
                         r"(title|status|attendance)?\s*$", re.I)
_TABLE_STATUS = {
    "present": "present", "remote": "present", "in person": "present", "late": "present",
    "virtual": "present", "absent": "absent", "excused": "apologies", "apologies": "apologies",
    # Canadian "Regrets"; a "Staff" row of a board's attendance table attends, it is no member
    "regrets": "apologies", "apology": "apologies", "staff": "in_attendance",
}


def split_honorific(segment: str) -> tuple[str, str]:
    """("Vice Mayor Vella") -> ("Vella", "Vice Mayor"). Courtesy titles are dropped."""
    role_parts: list[str] = []
    rest = segment.strip()
    while True:
        m = HONORIFIC_RE.match(rest)
        if not m or len(rest[m.end():].strip()) == 0:
            break
        for part in re.split(r"\s*/\s*", m.group(1)):
            if not _COURTESY_RE.match(part):
                role_parts.append(part.rstrip("."))
        rest = rest[m.end():]
    return rest.strip(), " ".join(role_parts)


def _singular(role: str) -> str:
    out = []
    for w in role.split():
        low = w.lower()
        if low.endswith("members") or low in ("councillors", "councilors", "commissioners",
                                               "directors", "trustees", "cllrs", "supervisors",
                                               "delegates", "senators", "representatives"):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def _split_top(text: str, seps: str) -> list[str]:
    """Split on any of `seps` outside brackets."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        if ch in seps and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p for p in (x.strip() for x in parts) if p]


def _split_and(segment: str) -> list[str]:
    """Split "A and B" / "A & B" outside brackets ("Hon. Secretary & Treasurer" stays whole)."""
    marked = re.sub(r"\s+and\s+", " \x00 ", segment)
    marked = re.sub(r"\s+&\s+", " \x01 ", marked)
    out: list[str] = []
    for piece in _split_top(marked, "\x00\x01"):
        piece = piece.replace(" \x00 ", " and ").replace(" \x01 ", " & ").strip()
        piece = re.sub(r"^(?:and|&)\s+", "", piece)
        if piece:
            out.append(piece)
    return out


def _are_initials(code: str, name: str) -> bool:
    """"AW" are initials of "Alison Wheeler"; "SCC" (an organisation) is not."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _PARTICLES]
    if not _INITIALS_RE.match(code) or not words:
        return False
    return code[0] == words[0][0].upper() and words[-1][0].upper() in code[1:]


def _looks_like_name(name: str) -> bool:
    words = name.replace(".", ". ").split()
    if not words or len(words) > 6 or _EMPTY.match(name):
        return False
    if re.search(r"\d|@|http|:", name):
        return False
    lower = [w for w in words if w[0].islower() and w.lower() not in _PARTICLES]
    return not lower and any(c.isalpha() for c in name)


_BI_TITLE = re.compile(r"(?:^|(?<=[,;(]\s)|(?<=\())[^\W\d][\w'’]*(?:\s+[\w'’]+)?\s+/\s+(?=[A-Z])")
_POSTNOMINAL = re.compile(r",\s*(?:MCA|MP|MLA|MPP|MHA|MNA|MHK|MSP|MS|AM|TD|JP|OBE|MBE|CBE|KC|QC|SC|PhD|"
                          r"EBS|HSC|MBS|GBM|GBS|SBS|BBS|MH)\b(?=\s*(?:$|[,;(–—-]))")
# (Hong Kong's honours, "Mr WONG Chi-keung, JP (Chairman)", "Mr YIP Kwok-hung, BBS", come before
# the office in brackets)


_MOTION_LABELS = re.compile(r"(?:^|(?<=[.;]\s))(?:moved|seconded|proposed)(?:\s+by)?\s*:", re.I)
_AS_ABOVE = re.compile(r"^\W*(?:apologies|attendance|present)?\s*(?:were\s+)?(?:as\s+)?(?:listed|noted|"
                       r"recorded|shown)\s+above\W*", re.I)


def parse_people(text: str, status: str, role: str = "") -> list[Attendee]:
    """People named in `text`, all with `status`.

    Handles "A, B and C", "Cllr A Smith (AS) (Chair)", "Councilmembers X, Y and Mayor Z – 5.",
    "Director, Housing (Ms. A. Duke)" (name in brackets after an office), a trailing role
    segment ("J. Collins, Mayor"), and "(Chair)" making the status chair.
    """
    text = re.sub(r"\[[^\]]*\]?", " ", text)  # "[The meeting was held via Zoom.]"
    # a motion minuted under the apologies ("Apologies as listed above. Moved: Jo Pearce.
    # Seconded: Fiona Kettle. Carried."): its mover and seconder sent no apologies
    text = _MOTION_LABELS.split(text)[0]
    text = _AS_ABOVE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip().rstrip(".;, ")
    text = _BULLET.sub("", text)  # "• Colin Marsh, Director of Finance": a bulleted list
    text = _COUNT_RE.sub("", text)
    # post-nominal letters after a name ("Hon. Esther Njoroge, MCA - Chairperson", "Ann Lee, MBE,
    # Chair") belong to that name: they are no person of their own
    text = _POSTNOMINAL.sub("", text)
    # a title in two languages ("Cynghorydd / Councillor Gwenllian Parry"): the English one is read
    text = _BI_TITLE.sub("", text)
    if not text or _EMPTY.match(text):
        return []
    roll = [_ROLL_ITEM.match(seg) for seg in _split_top(text, ",;")]
    if len(roll) > 1 and all(roll):
        # a roll call in prose: "Chair Dana Whitfield – present, Selectman Paul Esposito – absent"
        people = []
        for m in roll:
            for p in parse_people(m["who"], _TABLE_STATUS[m["st"].lower()], role):
                if m["note"]:
                    p.role = ", ".join(r for r in (p.role, m["note"]) if r)
                if p.status == "present" and re.match(r"chair(?:man|person|woman)?\b", p.role, re.I):
                    p.status = "chair"
                people.append(p)
        return people
    # "Desmond Clarke – Chairman" (or a spaced hyphen): a role printed after a dash is a role
    # printed after a comma
    # (only where an office follows the dash: "Chair – Tony Brown" prints the office first)
    text = re.sub(r"(?<=[a-z.])\s+[–—-]\s+(?=(?P<after>[A-Z][^,;()]*))",
                  lambda m: ", " if _is_office(m["after"]) else m.group(0), text)
    # ... and the body a member sits for after a dash is said in brackets ("Councillor Janet
    # Holloway (Chair) - Thornbury City Council", as joint panels list each member's council)
    text = re.sub(r"(?<=[\w.)])\s+[–—-]\s+(?P<after>[A-Z][^,;()]*?)(?=\s*(?:[,;]|$))",
                  lambda m: f" ({m['after']})" if _body_name(m["after"]) else m.group(0), text)
    parts = _split_top(text, ";")
    if len(parts) > 1 and not re.search(r"\(\s*(?:mr|mrs|ms|miss|dr)\.?\s", text, re.I):
        # "Karen Walsh, President; Luis Ortega, Vice President": each part is one person with
        # the role printed after the name, which goes with that name, not the next
        # and where every part is "name, one more thing" that thing is the role ("Jonas Lie,
        # Harbour Master"), unless it is titled as a person ("Cllr B Jones")
        paired = all(len(_split_top(part, ",")) == 2 for part in parts)
        # and where every part is a person with a courtesy title, then untitled pieces, those
        # pieces describe that person ("Mr. Prakash Poudel, Assistant Forest Officer, Division
        # Forest Office, Makwanpur; Mrs. Sarita Dahal, Ward Chairperson, …")
        described = not paired and all(
            len(pieces) >= 2 and _COURTESY_LEAD.match(pieces[0])
            and not any(_COURTESY_LEAD.match(x) for x in pieces[1:])
            for pieces in (_split_top(part, ",") for part in parts))
        people = []
        for part in parts:
            pieces = _split_top(part, ",")
            one = parse_people(pieces[0], status, role) if paired or described else []
            if len(one) == 1 and not HONORIFIC_RE.match(pieces[1] + " ") or described and len(one) == 1:
                what = ", ".join(x.strip(" .") for x in pieces[1:])
                one[0].role = ", ".join(r for r in (one[0].role, what) if r)
                _apply_staff_rule(one[0], what)
                people += one
            else:
                people += parse_people(part, status, role)
        return people
    people: list[Attendee] = []
    # Office then the person in brackets: "Director, Housing Development (Ms. A. Duke)".
    bracketed = list(re.finditer(r"([^()]*?)\(\s*(?:mr|mrs|ms|miss|dr)\.?\s+([^)]*)\)", text, re.I))
    if bracketed:
        for m in bracketed:
            office = m.group(1).strip(" ,;.").removeprefix("and ").strip()
            name = m.group(2).strip(" .")
            if name:
                people.append(Attendee(name=name, status=status, role=office or role))
        return people
    carried = role
    pending = ""  # an office printed before the name ("Human Resources Director …, Nancy Bronstein")
    for segment in _split_top(text, ",;:"):
        # An office with its holder in brackets: "Head of Commissioning (Ian Marsh)".
        held = re.fullmatch(r"(?:and\s+)?(?P<office>[^()]+?)\s*\((?P<name>[^()]+)\)", segment.strip())
        if held and _is_role_text(held["office"]) and len(held["name"].split()) >= 2 \
                and _looks_like_name(split_honorific(held["name"])[0]) and not _is_role_text(held["name"]):
            person = Attendee(name=split_honorific(held["name"])[0], status=status,
                              role=held["office"].strip())
            _apply_staff_rule(person, person.role)
            people.append(person)
            continue
        holder = _office_then_name(segment)
        if holder:
            person = Attendee(name=holder[1], status=status, role=holder[0])
            _apply_staff_rule(person, holder[0])
            people.append(person)
            continue
        if not people and _OFFICE_FIRST.fullmatch(segment.strip(" .")):
            pending = segment.strip(" .")  # "The Mayor, Cllr Gwyneth Morgan (Chair); Cllrs …"
            continue
        if _is_role_text(segment):
            if len(segment.split()) >= 3 or not people:
                pending = segment.strip(" .")
            else:
                people[-1].role = (people[-1].role + ", " if people[-1].role else "") + segment.strip(" .")
                _apply_staff_rule(people[-1])
            continue
        if people and _joint_office(segment):
            # "Dr. Janine Koval, President and CEO": two offices one person holds
            people[-1].role = ", ".join(r for r in (people[-1].role, segment.strip(" ."))  if r)
            _apply_staff_rule(people[-1], segment)
            continue
        if people and people[-1].role and _EMPLOYER.search(segment) and _title_words(segment):
            # "Kevin Tsang, Property Manager, Crestline Property Management": the employer
            # printed after the office is no person
            people[-1].role = f"{people[-1].role}, {segment.strip(' .')}"
            continue
        for piece in _split_and(segment):
            piece = _COUNT_RE.sub("", piece).strip(" .–-")
            initials, roles = "", []
            # "Priya Shah (PS) Chair": words after the person's initials are their role
            after = re.match(r"^(?P<name>[^()]+?)\s*\((?P<ini>[A-Z]{2,4})\)\s+(?P<rest>[A-Za-z][^()]*)$", piece)
            if after and _are_initials(after["ini"], split_honorific(after["name"])[0]):
                piece = f"{after['name']} ({after['ini']})"
                roles.append(after["rest"].strip())
            bare = re.sub(r"\((?:[^)]{2,})\)", " ", piece)
            for inner in re.findall(r"\(([^)]*)\)", piece):
                inner = inner.strip()
                if _are_initials(inner, split_honorific(bare)[0]):
                    initials = inner
                elif len(inner) > 1:
                    roles.append(inner)
            name = bare
            name = re.sub(r"\s+", " ", name).strip(" .–-")
            name = _TRAILING_NOTE.sub("", name) if len(name.split()) > 2 else name
            name, honor = split_honorific(name)
            name = unquote_name(name)
            if honor:
                carried = _singular(honor)
            # A bare office after a name ("J. Collins, Mayor") describes that person.
            # (hyphenated or honorary: "Vice-President", "Secretary-Treasurer", "Honorary Secretary")
            # an office word that may be a surname ("Pradhan") is an office when an office
            # glosses it in brackets ("Smt. S. V. Gawade, Sabhapati (Chairperson)")
            glossed = bool(not honor and people and len(name.split()) == 1 and roles
                           and name.lower().rstrip(".") in _office_words()
                           and all(_bare_office(r) for r in roles))
            if not name or glossed or (not honor and people and len(name.split()) <= 2 and _bare_office(name)):
                if people and name:
                    people[-1].role = (people[-1].role + ", " if people[-1].role else "") + name.rstrip(".") \
                        + (f" ({', '.join(roles)})" if glossed else "")
                    if re.fullmatch(r"chair(?:man|person|woman)?\.?", name, re.I) or glossed and any(
                            re.fullmatch(r"chair(?:man|person|woman)?", r.strip(), re.I) for r in roles):
                        people[-1].status = "chair" if people[-1].status == "present" else people[-1].status
                    if people[-1].status == "absent" and any(_EXCUSED.fullmatch(r.strip()) for r in roles):
                        # "Mr Stelios Constantinou, Member (excused)": absent with notice
                        people[-1].status = "apologies"
                continue
            if _COLLECTIVE.match(name):
                continue  # "Applicants, agents and objectors (listed under each application)"
            if people and _EXCUSED.fullmatch(name.strip()):
                # "Members Absent: Member Carla Vance (Environmental Groups), excused": the note
                # after the comma is the absent member's
                if people[-1].status == "absent":
                    people[-1].status = "apologies"
                continue
            if not honor and people and (_SEAT.fullmatch(name) or _MEMBER_KIND.fullmatch(name)):
                # "Chair M. Thibodeau, Electoral Area A", "Mr Ewan Sinclair, Non-Executive Member
                # (Chair)": the seat or the kind of member printed after the name is that
                # person's, and a bare "(Chair)" after it makes her the chair (not "(Chair, Area
                # Clinical Forum)": the chair of another body)
                people[-1].role = ", ".join(r for r in (
                    people[-1].role, name + (f" ({', '.join(roles)})" if roles else "")) if r)
                if people[-1].status == "present" and any(
                        re.fullmatch(r"chair(?:man|person|woman)?|convene[rn]|cathaoirleach", r.strip(), re.I)
                        for r in roles):
                    people[-1].status = "chair"
                continue
            if not _looks_like_name(name):
                continue
            excused = [r for r in roles if _EXCUSED.fullmatch(r.strip())]
            roles = [r for r in roles if r not in excused]
            person_role = ", ".join([r for r in [honor and _singular(honor) or carried] if r] + roles
                                    + ([pending] if pending else []))
            printed = ", ".join(roles + ([pending] if pending else []))
            pending = ""
            st = status
            if st == "absent" and excused:
                st = "apologies"  # "Commissioners absent: Gerald Pruitt (excused)": absent with notice
            # ("(Convener)": a Scottish committee's chair)
            if st == "present" and any(re.fullmatch(r"(?:(?:in\s+)?the\s+)?(?:chair(?:man|person|woman)?|cathaoirleach|convene[rn])",
                                                    piece.strip(), re.I)
                                       for r in roles for piece in r.split(",")):
                st = "chair"
            person = Attendee(name=name, status=st, role=person_role, initials=initials)
            if printed:
                _apply_staff_rule(person, printed)
            people.append(person)
    if pending and people:  # "Colin Marsh, Director of Finance": a role printed after the name
        people[-1].role = (people[-1].role + ", " if people[-1].role else "") + pending
        _apply_staff_rule(people[-1], pending)
    return people


# officers' acronyms, an office of their own ("President and CEO")
_OFFICE_ACRONYM = re.compile(r"C[EFOIT]O|CAO|GM|MD")
# the kind of body that employs an officer or a member, by its last word ("Crestline Property
# Management", "Riverbend Regional Hospital", "Halton Glass Ltd")
_EMPLOYER = re.compile(r"\b(?:hospital|management|ltd|limited|inc|incorporated|llc|llp|plc|corporation|"
                       r"company|co|associates|partners|group|university|college|school|bank|"
                       r"foundation|association|society|ministry|clinic|services|consulting|"
                       r"consultants|solicitors|lawyers|architects|engineers)\.?$", re.I)


def _joint_office(segment: str) -> bool:
    """"President and CEO", "Secretary and Treasurer": offices joined by "and", held by one person."""
    parts = [p.strip(" .") for p in _split_and(segment)]
    return len(parts) >= 2 and all(
        _OFFICE_ACRONYM.fullmatch(p) or _bare_office(p) or _is_role_text(p) for p in parts)


def _title_words(segment: str) -> bool:
    """A name-like phrase of two to six capitalised words ("Riverbend Regional Hospital")."""
    words = segment.strip(" .").split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w in ("of", "and", "&", "the") for w in words)


_BULLET = re.compile(r"^[•●▪◦·\-\*–]\s+")
# People named by their part, not by name ("Others in Attendance: Applicants, agents and
# objectors (listed under each application)", "Residents", "Press"): no attendee
_COLLECTIVE = re.compile(r"^(?:the\s+)?(?:applicants?|agents|objectors|residents|speakers|visitors|"
                         r"observers|petitioners|supporters|deputations?|press|media|public|"
                         r"members\s+of\s+the\s+(?:public|press))\W*$", re.I)
# A member's seat printed after the name ("Director L. Baptiste, Electoral Area C", "Cr Ana
# Whitcomb, Ward 3"), and the kind of member she is ("Non-Executive Member", "Lay Member"):
# neither is a person of its own.
_SEAT = re.compile(r"(?:electoral\s+area|ward|district|division|riding|zone|precinct|constituency)\s+"
                   r"(?:[A-Z]|\d+|[IVX]+)", re.I)
_MEMBER_KIND = re.compile(r"(?:(?:non[-\s]executive|executive|lay|independent|elected|appointed|ordinary|"
                          r"co-?opted|associate|ex[-\s]officio|stakeholder|councillor)\s+)+(?:board\s+)?member",
                          re.I)
# a bracket saying its person chairs the meeting ("(Chair)", not "(Chair, Area Clinical Forum)",
# the chair of another body)
_CHAIR_NOTE = re.compile(r"(?:(?:in\s+)?the\s+)?(?:chair(?:man|person|woman)?|convene[rn]|cathaoirleach|presiding)",
                         re.I)
_EXCUSED = re.compile(r"excused|with\s+(?:apolog(?:y|ies)|notice|regrets|leave|permission|excuse)|apologi[sz]ed|"
                      r"apologies|regrets", re.I)
_ROLL_ITEM = re.compile(r"^(?P<who>[^,;]+?)\s*(?:[–—:-]|\.{2,})\s*(?P<st>"
                        + "|".join(sorted(_TABLE_STATUS, key=len, reverse=True))
                        + r")\b\s*(?:\((?P<note>[^)]*)\))?\s*\.?$", re.I)


def _is_role_text(segment: str) -> bool:
    """A list segment that is an office, not a person ("Senior Human Resources Analyst")."""
    seg = re.sub(r"\([^)]*\)", "", segment).strip(" .")
    # "Jane Smith (JS) Director of Public Health" names a person by her initials first
    person = re.match(r"^[^()]+\(([A-Z]{2,4})\)\s", segment.strip())
    if person and _are_initials(person.group(1), split_honorific(segment.split("(")[0].strip())[0]):
        return False
    # "Director Alan Bright (Village of Usk)": a member's title before a person's full name, as
    # Canadian regional districts list their directors, is that person, not an office
    name, title = split_honorific(seg)
    if title and 2 <= len(name.split()) <= 4 and _looks_like_name(name) \
            and not _STAFF_ROLE.search(name) and not {w.lower() for w in name.split()} & _office_words():
        return False
    return bool(seg) and bool(_STAFF_ROLE.search(seg)) and len(seg.split()) <= 14


def _body_name(text: str) -> bool:
    """"Thornbury City Council", "Wharfe Vale Borough Council": the whole text a body's name,
    capitalised words ending in a word for a council, board or the like."""
    return bool(re.fullmatch(r"(?:[A-Z][\w'’&.-]*\s+){1,5}(?:Council|Board|Committee|Commission|"
                             r"Authority|Trust|Agency|Department)\s*", text))


def _is_office(text: str) -> bool:
    """"Chairman", "Deputy Chairman", "Director", "General Manager": an office, not a name."""
    t = text.strip(" .")
    return t.lower() in _office_words() or _is_role_text(t) or bool(
        re.fullmatch(rf"(?:(?:deputy|vice|acting|honorary|hon\.?)\s+)?{_ONE}", t, re.I))


_ORG_WORD = re.compile(r"\b(?:board|council|committee|commission|department|services?|authority|office|"
                       r"division|district|city|county|trust|agency|unit|team)\b", re.I)


# A row of a role | name table whose name carries a title: "Dean of Science  Professor Li Wei",
# "Student member  Ms Olivia Tran" (the title marks where the name starts)
_TITLED_HOLDER = re.compile(
    r"^(?P<office>[A-Z][\w'’&-]*(?:\s+[\w'’&-]+){0,5}?)\s+(?P<title>(?:Associate\s+|Assistant\s+|Adjunct\s+)?"
    r"Professor|Prof\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Madam|Pa|Hon\.?|Alhaji|Alhaja|Hajia)"
    r"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})$")
# The last word of an office held by rank in a community or a club, not a surname: "Section
# Chief Pa Momoh Kamara", "Chiefdom Speaker Mr. Joseph Koroma", "Youth Leader Mr. Ibrahim Turay"
_RANK = re.compile(r"\b(?:chief|speaker|queen|king|leader|head|elder|captain|warden|steward|imam|"
                   r"pastor|bishop|headman|principal|representative|delegate|councillor|patron)$", re.I)


def _titled_holder(segment: str) -> tuple[str, str] | None:
    """(office, titled name) for an office printed before a titled holder ("Dean of Science
    Professor Li Wei", "Mammy Queen Madam Fatmata Conteh"), else None."""
    seg = segment.strip(" .")
    held = _TITLED_HOLDER.match(seg)
    if held and not HONORIFIC_RE.match(seg) and not re.search(r"\b(?:and|or)\b|[&,;]", held["office"]) \
            and (any(w[:1].islower() for w in held["office"].split()[1:]) or _is_office(held["office"])
                 or _RANK.search(held["office"])):
        # the office has a lower-case word or is one ("Deputy Chair"), unlike a name before it
        return held["office"], seg[held.start("title"):]
    return None


def _office_then_name(segment: str) -> tuple[str, str] | None:
    """(office, name) for an office printed before its holder ("Town Counsel Robert Feld",
    "Chief Executive Officer Jane Smith", "Dean of Science Professor Li Wei"), else None."""
    seg = segment.strip(" .")
    held = _titled_holder(seg)
    if held:
        return held[0], split_honorific(held[1])[0]
    offices = list(_STAFF_ROLE.finditer(seg))
    if not offices or "(" in seg:
        return None
    last = offices[-1]
    name = seg[last.end():].strip()
    words = name.split()
    if words[:1] in (["of"], ["for"]) and len(words) >= 4:
        # "Director of Education Paul Nakamura": the office runs on to the name, its last words
        for k in (2, 3):
            cand = " ".join(words[-k:])
            # not "… of Planning and | Development Services", "… of the Civil | Service Board"
            if len(words) - k >= 2 and _looks_like_name(cand) and words[-k - 1].lower() not in _JOINERS \
                    and "the" not in (w.lower() for w in words[:-k]) and not _ORG_WORD.search(cand):
                return f"{seg[:last.end()]} {' '.join(words[:-k])}".strip(), " ".join(words[-k:])
        return None
    if len(name.split()) < 2 or not _looks_like_name(name) or _STAFF_ROLE.search(name):
        return None
    return seg[:last.end()].strip(), split_honorific(name)[0]


# "Hon. Ricardo M. Dela Cruz - Punong Barangay, Presiding Officer", "Dr. Samuel Kariuki - Chief
# Officer, Health Services": one person a line, the name, a spaced dash, then the office
_DASH_ROLE = re.compile(r"^(?P<who>[^–—]*?[\w.])\s+[–—-]\s+(?P<role>[A-Z][^–—]*)$")


# a civic office printed before its titled holder and a comma, as Zambian, Malawian and other
# councils print their mayors ("His Worship the Mayor, Cllr. Bernard Mwansa", "Her Worship the
# Deputy Mayor, Cllr. Mercy Tembo")
_CEREMONIAL_HOLDER = re.compile(
    r"^(?P<office>(?:(?:His|Her)\s+Worship\s+the\s+)?(?:(?:Deputy|Vice|Acting)\s+)?(?:Lord\s+)?"
    r"(?:Mayor|Chair(?:man|person|woman)?|President|Speaker)),\s+(?P<who>\S.*)$")


# the civic office opening a list, before the name of its holder: "The Mayor, Cllr Gwyneth Morgan
# (Chair); Cllrs …" (Welsh and English town councils), "The Lord Provost, Bailie …"
_OFFICE_FIRST = re.compile(
    r"(?:(?:His|Her)\s+Worship\s+)?(?:the\s+)?(?:(?:Deputy|Vice|Acting)\s+)?(?:(?:Lord|Town)\s+)?"
    r"(?:Mayor|Provost|Chair(?:man|person|woman)?|President|Speaker|Cathaoirleach)", re.I)


def _dash_role(text: str) -> tuple[str, str] | None:
    """(name, role) of a block line that prints one person, a spaced dash and the office after
    the name (commas in the office kept: "Chief Officer, Health Services"), else None."""
    m = _DASH_ROLE.match(_strip_bullet(text).strip())
    if not m:
        return None
    who = _POSTNOMINAL.sub("", m["who"]).strip(" ,")
    role = m["role"].strip(" .")
    held = _titled_holder(who)
    if held:  # "Section Chief Pa Momoh Kamara - Kori Section": the office before the name too
        who, role = held[1], f"{held[0]}, {role}"
    ceremonial = _CEREMONIAL_HOLDER.match(who)
    if ceremonial:  # "His Worship the Mayor, Cllr. Bernard Mwansa - In the Chair"
        who, role = ceremonial["who"], f"{ceremonial['office']}, {role}"
    name, _ = split_honorific(who)
    honor = bool(HONORIFIC_RE.match(who + " "))  # titled: "Hon.", "Ms.", "Cllr"
    if "," in who or not who[:1].isupper() or not _looks_like_name(name) or len(name.split()) < 2 and not honor \
            or _is_office(who) or _is_role_text(who) or _ORG_WORD.search(who) \
            or HONORIFIC_RE.match(role + " ") and len(role.split()) > 1 or ":" in role or len(role.split()) > 8:
        # "Chair – Tony Brown" prints the office first; "A – Cllr B" two people ("Mr Daniel
        # Grech - Councillor": a title alone after the dash is his office)
        return None
    # a titled person, or an office after the name ("Peggy Catlin - Vice Chair"), not a
    # heading and its subject ("Police Department – Acceptance of Grant Award")
    if not honor and not (_is_office(role) or _STAFF_ROLE.search(role) or _BOARD_ROLE.search(role)):
        return None
    # nor a report ("Senator Kavanaugh - Updated the board on …") or a heading over its chair
    # ("Common Property – Phil Boroff, Chair")
    first = role.split(",")[0].strip()
    if len([w for w in role.split() if w[0].islower() and w not in _JOINERS | {"from", "with"}]) >= 2 \
            or not honor and _looks_like_name(first) and not (_is_office(first) or _is_role_text(first)) \
            and len(first.split()) >= 2 and not _STAFF_ROLE.search(first) and "," in role:
        return None
    return who, role


_OFFICE_DASH = re.compile(r"^(?P<office>[A-Z][\w.'’]*(?:[ -][\w.'’]+){0,4}?)\s*[–—-]\s+(?P<who>[A-Z].*?)"
                          r"\s*(?:\((?P<note>[^()]*)\))?\s*$")


def _office_dash(text: str) -> tuple[str, str] | None:
    """(name, role) of a block line that prints the office first, a dash, then the holder
    ("Chairman      - Alderman Rajesh Maharaj", "Councillor - Mr. Kevon Alexander (Electoral
    District of Longdenville)"), else None. The office must be one ("Police Department – Grant
    Award" is a heading) and the holder a name of two words or more."""
    m = _OFFICE_DASH.match(_strip_bullet(text).strip())
    if not m:
        return None
    office, who = m["office"].strip(), m["who"].strip(" ,.")
    if not (_is_office(office) or _STAFF_ROLE.fullmatch(office) or
            re.fullmatch(r"(?:vice|deputy)[\s-]+" + _ONE, office, re.I)):
        return None
    name, _ = split_honorific(who)
    if "," in who or not _looks_like_name(name) or len(name.split()) < 2 or _is_office(name):
        return None
    return who, ", ".join(r for r in (office, m["note"] or "") if r)


def _apply_staff_rule(person: Attendee, printed: str | None = None) -> None:
    """A person listed as present whose printed role is a staff post attends as staff."""
    role = person.role if printed is None else printed
    if re.fullmatch(r"\W*directors?\W*", role, re.I):
        return  # "Errol Fontaine – Director" on a board of directors is a member, not staff
    if person.status == "present" and _STAFF_ROLE.search(role) and not _BOARD_ROLE.search(role):
        person.status = "in_attendance"


def _bare_office(name: str) -> bool:
    """An office printed alone after a name: "Mayor", "Vice-President", "Secretary-Treasurer",
    "Honorary Secretary" (an honorary office is the office), "Public Member"."""
    # ("SB Member", "PTA Treasurer": the body's letters before the office, as Philippine
    # councils and school associations print a member's seat)
    body = re.match(r"(?:[A-Z]{2,4})\s+(?=\w)", name.strip())
    if body and _bare_office(name.strip()[body.end():]):
        return True
    n = re.sub(r"\s+", " ", name.lower().rstrip(".").strip())
    plain = re.sub(r"^(?:honorary|hon\.?)\s+", "", n)
    if n in _office_words():
        return bool(HONORIFIC_RE.match(name + " x")) or "-" in n
    parts = re.split(r"\s*[-–]\s*|\s+", plain)
    return " ".join(parts) in _office_words() or (
        len(parts) == 2 and all(w in _office_words() for w in parts)) or bool(
        # the kind of seat a member holds ("Mei Lin Cho, Public Member", "Lay Member")
        re.fullmatch(r"(?:public|lay|citizen|co-opted|ex[\s-]officio|independent|student|parent|"
                     r"community|consumer)\s+members?", n))


def _office_words() -> set[str]:
    return {"member", "members", "mayor", "chair", "chairman", "chairperson", "chairwoman", "cathaoirleach",
            "president", "vice chair", "deputy mayor", "secretary", "treasurer", "clerk",
            "vice president", "vice-president", "vice-chair", "vice chairman", "deputy chair",
            "deputy chairman", "deputy chairperson", "deputy chairwoman", "vice chairperson",
            "vice chairwoman",
            # the chair and deputy of Indian panchayat bodies, printed after the name
            "sabhapati", "upa-sabhapati", "sarpanch", "up-sarpanch", "upsarpanch", "pradhan",
            "up-pradhan", "adhyaksha", "upadhyaksha"}


def _wrapped_office(prev: str, nxt: str) -> bool:
    """Whether a line's last word and the next line's first words are one office ("Council" /
    "Members Rosa Villarreal, …"), as a list of names wrapped inside a title prints it."""
    last = re.search(r"(?<![,;:])\b([A-Z][a-z]+)\s*$", prev)
    if not last:
        return False
    m = HONORIFIC_RE.match(f"{last.group(1)} {nxt.strip()}")
    return bool(m) and " " in m.group(1).strip() and m.group(1).startswith(last.group(1))


def label_of(text: str) -> tuple[str, str] | None:
    """(status, rest of line) when `text` starts with an attendance label, else None."""
    text = text.replace("**", "")  # a Markdown label set in bold ("**Members present:**")
    # a label opening a bulleted list entry ("- Trustees absent: …"): the bullet's dash is no
    # dash after the label
    text = re.sub(r"^\s*[-•●·*–]\s+(?=[A-Za-z])", "", text)
    # a bilingual label, the other language first ("Yn bresennol / Present:", "Ymddiheuriadau /
    # Apologies:", "Présents / Present:"): the label is read from its English half
    bi = _BILINGUAL.match(text)
    if bi:
        text = bi["label"]
    roll = _ROLL_CALL.match(text)
    # (not a vote taken by roll call: "Roll call: Sokol - Yea; Feld - Yea; Acheson - Nay.")
    if roll and re.search(r"(?i)\s[-–—:]\s*(?:yeas?|nays?|ayes?|noe?s?|yes|abstain\w*)\s*(?:[;,.]|$)",
                          roll["rest"]):
        return None
    if roll and not re.match(r"[\w ]{1,40}:", roll["rest"]):
        # "Roll call: Chair Dana Whitfield – present, …": the names follow, titles and all
        return "present", roll["rest"]
    for pat, status in _LABELS:
        m = re.match(_LEAD + r"(?:" + pat.pattern + r")(?:\s*[:\-–—]\s*|\s+|$)(?P<rest>.*)$", text, re.I)
        if m:
            rest = m.group("rest")
            # Without ":" or a dash the label must be followed by a name ("Attendees Shona
            # Bendix (SB)", a label column) or "were"; "Members agreed that …" is a sentence.
            if not re.search(r"[:\-–—]", text[: m.start("rest") + 1]) and rest:
                if not re.match(r"(were|was)\b|[A-Z][a-z]*\.?\s+[A-Z(]", rest) and status != "apologies":
                    continue
                # "Chair Gloria Alvarez called the meeting to order …": a name, then a verb, is
                # a sentence about the person, not a list of names
                if status != "apologies" and _NAME_THEN_VERB.match(rest):
                    continue
            rest = re.sub(r"^(were|was)\s+", "", rest, flags=re.I)
            if pat.pattern.startswith("substitutes"):
                rest = _SUBSTITUTE_FOR.sub("", rest)
            return status, rest
    # a joint body lists its members under each party's name ("Tsalakw First Nation: Chief
    # Marlene Joseph (Co-Chair), Councillor Darren Williams"): a label of no attendance word,
    # read as present when every entry after it is a member's title and a name
    party = _PARTY_LABEL.match(text)
    if party and not _VOTE_LABEL.match(party["label"]):
        entries = [e.strip() for e in re.split(r"[,;]\s*", party["rest"]) if e.strip()]
        if len(entries) >= 2 and all(_TITLED_MEMBER.match(e) for e in entries):
            return "present", party["rest"]
    return None


_PARTY_LABEL = re.compile(r"^\s*(?P<label>[A-Z][\w'’.&-]*(?:\s+[\w'’.&-]+){0,5})\s*:\s*(?P<rest>\S.*)$")
_VOTE_LABEL = re.compile(r"(?i)(?:ayes|noes|nays?|yeas|yes|no|for|against|in\s+favou?r|opposed|abstain\w*|"
                         r"vote\w*|moved|seconded|motion|mover|seconder|proposed|proposer|action|resolved)$")
_TITLED_MEMBER = re.compile(r"(?i:chief|councill?or|cllr\.?|councilmember|council\s+member|mayor|deputy\s+mayor|"
                            r"reeve|alderm[ae]n|warden)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}"
                            r"(?:\s*\([^()]+\))?$")


_AGENDA_LINE = re.compile(r"^\W*(?:the\s+)?agenda\W*$", re.I)
_BILINGUAL = re.compile(r"^\W*[^\W\d][\w'’ ]{1,30}?\s+/\s+(?P<label>[A-Za-z][A-Za-z ]{1,30}:.*)$")
# A label that names those it lists members ("Members present:", "Board Members Present").
_MEMBERS_LABEL = re.compile(r"^\W*(?:[A-Za-z-]+\s+)?(?:members?|directors|trustees|governors|councillors|"
                            r"commissioners)\b(?:\s+present)?\s*[:\-–—]?", re.I)
_PROSE = re.compile(r"\b[a-z]+\s+[a-z]+\s+(?:the|a|an)\s+[a-z]+")  # "presided over the meeting"
_INLINE_PRESENT = re.compile(r"(?<=[.;:]\s)(?:(?:board\s+)?members\s+)?present\s*:\s*(?=[A-Z])", re.I)
_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}(?!(?:and|or|&)\b)(?:[a-z]+\s+){2}")
_ROLL_CALL = re.compile(r"^[\s•●o\-\*·]*(?:\d+\.?\s+|[ivx]+\.\s+)?(?:call\s+to\s+order\s+and\s+)?"
                        r"roll\s+call\s*[:\-–—]\s*(?P<rest>\S.*)$", re.I)
_EMBEDDED = re.compile(
    r"(?:^|(?<=[.;]\s))(?P<label>(?:[A-Z][a-z]+\s+){0,3}(?:members?\s+)?(?:present|absent|in\s+attendance)|"
    r"apologies(?:\s+for\s+absence)?)\s*:\s*"
    # a status label after a comma inside a list ("…, William Soderlund, Absent: Bruce Edwards")
    r"|(?<=,\s)(?:absent|excused|apologies)\s*:\s*", re.I)


def _parse_run(text: str, status: str, demoted: list[Attendee] | None = None) -> list[Attendee]:
    """People in a run of text that may carry further labels after a sentence ("Board Members
    present: A, B. Community members present: C, D."); those listed as present whose printed
    role made them staff are added to `demoted`."""
    text = _first_sentences(text)
    marks = [m for m in _EMBEDDED.finditer(text) if m.start() > 0]
    parts = [(text[:marks[0].start()] if marks else text, status)]
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        lab = label_of(m.group(0))
        parts.append((text[m.end():end], lab[0] if lab else status))
    people: list[Attendee] = []
    for part, st in parts:
        got = parse_people(part, st)
        if st == "present" and demoted is not None:
            demoted += [p for p in got if p.status == "in_attendance"]
        people += got
    return people


# A full stop after a word (not an initial or a title), then a sentence: a lowercase word before
# any comma within the next few words ("… and Cllr Ann Lloyd. These were accepted.").
_SENTENCE_END = re.compile(r"(?<=\w\w)\.\s+(?=[A-Z][\w'’]*(?:\s+[A-Z][\w'’.]*){0,3}\s+"
                           r"(?!and\b|de\b|van\b|von\b|da\b|le\b|la\b)[a-z])")


def _first_sentences(text: str) -> str:
    """`text` up to the first sentence that is not a list of names or a further label: the
    names of a label end with its sentence ("Apologies … from A and B. Cllr C attended as …")."""
    for m in _SENTENCE_END.finditer(text):
        word = re.findall(r"[\w'’]+$", text[:m.start()])
        rest = text[m.end():]
        if word and _COURTESY_RE.match(word[0]) or _EMBEDDED.match(rest) or label_of(rest):
            continue
        return text[:m.start()]
    return text


def _initial_name(label: Line, line: Line) -> bool:
    """"R. Singh" or "K. Lam, Planner" printed under the value column of a labelled line
    ("Members Present:  D. Kowalski, Chair"): a person named by initial and surname, not a
    lettered item (those start at the margin)."""
    num = parse_number(line.text)
    if not num or num[2] not in ("letter", "roman") or len(num[0]) != 1 or line.bold:
        return False
    if not (label.x1 and line.x0 > label.x0 + 40 and line.page == label.page):
        return False
    return len(line.text) <= 60 and _looks_like_name(line.text.split(",")[0].strip())


def _typical_gap(lines: list[Line]) -> float:
    gaps = sorted(b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top)
    return gaps[len(gaps) // 3] if gaps else 12.0


def _para_break(prev: Line, line: Line, gap: float = 12.0) -> bool:
    if line.page != prev.page:
        return False
    return line.top - prev.top > gap * 1.45


def _table(lines: list[Line]) -> list[Attendee]:
    names: list[str] = []
    statuses: list[str] = []
    for line in lines:
        t = line.text.strip()
        low = t.lower()
        if low in _TABLE_STATUS:
            statuses.append(_TABLE_STATUS[low])
        elif re.fullmatch(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}", t) and "District" not in t:
            names.append(t)
    people = []
    for i, name in enumerate(names):
        status = statuses[i] if i < len(statuses) and len(statuses) == len(names) else "present"
        people.append(Attendee(name=name, status=status))
    return people


# A row of a roll-call table read as one line: "Maria Alvarez, Chair   Present".
_ROW = re.compile(r"^(?P<who>[A-Z].*?\S)\s+(?P<st>" + "|".join(sorted(_TABLE_STATUS, key=len, reverse=True))
                  + r")\s*$", re.I)
# The header row over such a table: "Board Member   Attendance", "Name  Status".
_ROW_HEAD = re.compile(r"^\s*(?:(?:board|committee|council)?\s*members?|names?|councillors?|directors?|"
                       r"trustees?|commissioners?)\s+(?:attendance|status|present)\s*$", re.I)


def is_attendance_header(text: str) -> bool:
    """The header row of an attendance table ("Name  Position  Status", "Board Member
    Attendance", "Name  Time of Arrival  Time of Departure")."""
    return bool(_TABLE_HEAD.match(text) or _ROW_HEAD.match(text) or _CLOCK_HEAD.match(text))


def _row(text: str) -> tuple[str, str, str] | None:
    """(who, status, role) when `text` is a roll-call table row whose last cell is a status word;
    a role cell after a name cell ("Fiona Grant Chair of Governors") comes back as the role."""
    m = _ROW.match(text.strip())
    if not m:
        return None
    who, status = m.group("who"), _TABLE_STATUS[m.group("st").lower()]
    words = who.split()
    if "," not in who:
        for k in (2, 3):  # a name cell of two or three words, then a role cell
            name, role = " ".join(words[:k]), " ".join(words[k:])
            if role and _looks_like_name(name) and _ROLE_CELL.match(role):
                return name, status, role
    return (who, status, "") if _block_name(who) else None


def _table_person(who: str, status: str, role: str = "") -> list[Attendee]:
    """The person of a table row; a chair's role makes the status chair, a staff post (without
    a board role) in_attendance."""
    if role:
        people = [Attendee(name=split_honorific(who)[0], status=status, role=role)]
        _apply_staff_rule(people[0])
    else:
        people = parse_people(who, status)
    for p in people:
        if p.status == "present" and re.match(r"chair(?:man|person|woman)?\b(?!\s+of\s+(?!governors|the\s+board|trustees))",
                                              p.role, re.I):
            p.status = "chair"
    return people


# A role cell beside a name in an attendance table.
_ROLE_CELL = re.compile(r"(?:[\w-]+\s+){0,2}(?:chair\w*|vice|governor|member|councillor|trustee|director|head\w*|"
                        r"clerk|secretary|treasurer|officer|manager|co-?opted|parent|staff|"
                        r"representative|observer|associate|president|mayor)\b", re.I)


_COLON_LABEL = re.compile(r"^\s*[A-Za-z][A-Za-z ]{1,40}:")
# A title read by OCR with a colon for its full stop ("Hon: Thomas Nakale", "Dr: Anna Berg")
# before a name of two capitalised words is the title, not a label with its value.
_TITLE_COLON = re.compile(r"^(\s*(?:\d{1,2}[.)]\s*)?)(Hon|Cllr|Mr|Mrs|Ms|Dr|Prof)\s?:\s*"
                          r"(?=[A-Z][\w'’-]+\s+[A-Z])")


def _title_colon(line: Line) -> Line:
    text = _TITLE_COLON.sub(r"\1\2. ", line.text, count=1)
    text = _CLOCK_COLUMNS.sub("", text)
    return line if text == line.text else replace(line, text=text)


# The times of arrival and departure printed in columns after each name of an attendance table
# ("Mr WONG Chi-keung, JP (Chairman)   2:30   6:10", as Hong Kong councils record them): no part
# of the name; and the header row over them ("Name  Time of Arrival (pm)  Time of Departure (pm)")
_CLOCK_COLUMNS = re.compile(r"(?<=[A-Za-z)])(?:\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?){2}\s*$", re.I)
_CLOCK_HEAD = re.compile(r"^\W*(?:names?|members?)\s+(?:time\s+of\s+)?arrival\b.*\bdeparture\b", re.I)


def find_attendees(lines: list[Line], stop: int | None = None) -> list[Attendee]:
    """Attendees from the labelled attendance blocks among `lines[:stop]`, in printed order,
    one entry per (name, status)."""
    lines = [_title_colon(ln) for ln in (lines[:stop] if stop else lines)]
    typical = _typical_gap(lines)
    people: list[Attendee] = []
    demoted: list[Attendee] = []  # listed under a present label, taken for staff by their role
    staff_block = False  # a labelled block of officers or staff was read
    one_each = False  # the blocks list one person a line, a description after the name
    table_x: float | None = None  # label column of an attendance table already read
    col_x = 0.0  # the second column of a name | organisation list under bare labels
    scale = char_scale(lines)
    members: list[Attendee] = []  # a board's roster printed over the minutes
    i = 0
    while i < len(lines):
        line = lines[i]
        if table_x is not None:
            # A printed table is the attendance record: only a further block of it (a label in
            # its label column, "Apologies:") is read, not "Apologies were received from …" prose.
            if abs(line.x0 - table_x) <= 0.5 * (line.size or 10.0) and _COLON_LABEL.match(line.text) \
                    and label_of(line.text):
                got = read_table(lines, i, typical, scale)
                if got:
                    people += got[0]
                    i = max(got[1], i + 1)
                    continue
            i += 1
            continue
        if _TABLE_HEAD.match(line.text) and i + 1 < len(lines) and _row(lines[i + 1].text):
            # a table whose rows were read as whole lines: each row names its status
            j = i + 1
            while j < len(lines) and _row(lines[j].text):
                people += _table_person(*_row(lines[j].text))
                j += 1
            i = j
            continue
        if _TABLE_HEAD.match(line.text):
            j = i + 1
            while j < len(lines) and not re.match(r"^\s*(?:[IVX]+\.|\d+\.)\s*$|^\s*(?:[IVX]+|\d+)\.\s+\w", lines[j].text) \
                    and not lines[j].text.lower().startswith("in addition"):
                j += 1
            people += _table(lines[i + 1:j])
            i = j
            continue
        roster = _roster(lines, i) or (
            # (under a heading: "Board of Directors" over its roster)
            _roster(lines, i + 1) if i + 1 < len(lines) and len(line.text.split()) <= 4 else None) or (
            _seat_roster(lines, i) if not people and not members and i < SEAT_ROSTER_LINES else None)
        if roster:
            # a board's roster, one member a line, office before the name and the seat after
            # ("Chair – Erik Davidson, District I" / "Bob Broom, District F"): the name is the
            # attendee, the office and seat the role, never "District I Secretary – …"
            members += roster[0]
            i = roster[1]
            continue
        lab = label_of(line.text)
        if not lab and _APOLOGY_HEADING.match(line.text):
            lab = ("apologies", "")
        if not lab:
            m = re.search(r"apolog(?:y|ies)\b.*?\b(?:from|on behalf of)\s+(?P<rest>.+)$", line.text, re.I)
            if m:
                lab = ("apologies", m.group("rest"))
        if not lab:
            # a roll call inside the paragraph calling the meeting to order ("… by President
            # Dana Kowalski. Roll call: Present: President Dana Kowalski, …. Absent: …")
            m = _INLINE_PRESENT.search(line.text)
            if m:
                lab = ("present", line.text[m.end():])
        if not lab:
            i += 1
            continue
        if lab and label_of(line.text):
            got = read_table(lines, i, typical, scale)
            if got:
                people += got[0]
                table_x = line.x0
                i = max(got[1], i + 1)
                continue
        status, rest = lab
        chunk = [rest]
        listed = [False]  # which lines of the block are numbered entries ("1. Hon. …")
        j = i + 1
        block = not rest.strip()
        serial = False  # the rows of a numbered table with a column after the name
        while j < len(lines) and j - i <= 40:
            nxt = lines[j]
            nlab = label_of(nxt.text)
            # "Helen Carver   Present" reads like a label, but in a block it is a table row; so
            # is "Chairperson  Kerry Ngata" under a bare "PRESENT" (a role | name table), where
            # a bare label set as a heading ("ALSO PRESENT", "APOLOGIES") opens the next block.
            bare = bool(nlab) and not nlab[1].strip() and (nxt.bold or _caps_line(nxt.text))
            # ("Chairman      - Alderman Rajesh Maharaj" under a bare "PRESENT:" is a line of
            # an office - holder list, not a label of its own)
            # ("…; Mayor Pro Tem Dale Whitfield; Council" / "Members Rosa Villarreal, …" is an
            # office wrapped over two lines, not a label "Members" opening a block)
            if (nlab and not (not block and _wrapped_office(lines[j - 1].text, nxt.text))
                    and (bare or not (block and (_row(nxt.text) or _role_row(nxt.text)
                                                 or _office_dash(nxt.text))))) \
                    or _TABLE_HEAD.match(nxt.text) or nxt.page - line.page > 1:
                break
            prev = lines[j - 1]
            if block and nxt.page == prev.page and (
                    chunk[-1].count("(") > chunk[-1].count(")") and ")" in nxt.text
                    or chunk and chunk[-1].strip() and _entry_wraps(chunk[-1], nxt.text, prev, lines[i + 1:j + 1])):
                # a bracket opened on the line above and closed here ("… and Linda Crowther
                # (Wharfe Vale" / "Borough Council)"): one entry wrapped, not two; an entry wrapped
                # in a narrow column ("Hon. Liza M. Tolentino, SB Member; Hon. Arnel C." / "Villareal,
                # SB Member; …", "…, Municipal Vice Mayor and" / "Presiding Officer")
                chunk[-1] = f"{chunk[-1].rstrip()} {nxt.text.strip()}"
                j += 1
                continue
            hang = _hanging_person(nxt) if not block and rest.strip() else ""
            if hang:
                # plain text: a person a line under the value of an inline label, indented to it
                # ("Present:      Mr P. Le Tissier (Dean …)" / "              Mrs J. Robilliard
                # (Senior Constable)" / "              Douzeniers: Mr R. Brehaut, Mrs S. Mahy,")
                if not re.search(r"[,;]\s*$", chunk[-1]):
                    chunk[-1] += ","
                chunk.append(hang)
                listed.append(False)
                j += 1
                continue
            if block:
                if not nxt.text.strip() and not any(c.strip() for c in chunk):
                    j += 1  # a blank line between a bare label and its list (plain text)
                    continue
                if _CLOCK_HEAD.match(nxt.text) and not any(c.strip() for c in chunk):
                    j += 1  # "Name  Time of Arrival  Time of Departure" over the rows
                    continue
                if SERIAL_HEAD.match(nxt.text) and not any(c.strip() for c in chunk):
                    serial = bool(re.search(r"name\s+\S", nxt.text, re.I))
                    j += 1  # "S. No. Name Designation" over the rows
                    continue
                entry = _BI_TITLE.sub("", nxt.text if nxt.bold else _unnumbered(nxt.text))
                if not (_block_name(entry) or _row(nxt.text) or _ROW_HEAD.match(nxt.text)
                        or _office_then_name(nxt.text)  # "Director of Education  Paul Nakamura"
                        or _name_list(entry)):  # "Councillors Benson, Butler, Carey, …"
                    break
                if parse_number(nxt.text) and (_caps_line(nxt.text) or nxt.bold and not prev.bold):
                    # "I. CALL TO ORDER", or a numbered bold title under names in body type
                    # ("25/41 Declarations of Interest"): the first item heading after the list
                    break
                if _AGENDA_LINE.match(nxt.text):
                    break  # "AGENDA" over the agenda listed after the attendance: no person
            elif _para_break(prev, nxt, typical) or (nxt.x0 < line.x0 - 2 and nxt.page == line.page) \
                    or not nxt.text.strip():
                break  # (in plain text a blank line ends the paragraph of names)
            elif not re.search(r"(?:[,;]|\band)\s*$", prev.text) and _PROSE.search(nxt.text) \
                    and not _PROSE.search(line.text):
                break  # a sentence after the names ("The Chairman, Shri R. Menon, presided over …")
            elif (nxt.bold and not line.bold) or (parse_number(nxt.text) and not _initial_name(line, nxt)) \
                    or FILE_ID_RE.match(nxt.text.strip()):
                # an item heading ("23/045 Declarations …", a bold title, a Legistar paragraph
                # "(23-471) Recommendation to Approve …" opening the next page) ends the list
                break
            elif _BULLET.match(prev.text.strip()) and not _BULLET.match(nxt.text) \
                    and not nxt.text[:1].isspace() and not (nxt.x0 or nxt.x1):
                break  # plain text: the bulleted entry ended ("- Also present: …" / "President …")
            elif _COLON_LABEL.match(nxt.text):
                break  # a line of its own kind ("Quorum: yes", "Location: …") ends the list
            elif _caps_line(nxt.text) and not _caps_line(line.text):
                break  # an unnumbered heading in capitals ("WELCOME AND APOLOGIES")
            # Text far to the right of the value column is a margin note ("Action").
            # (In a block, a name of two words or more there is a row of the name column.)
            if nxt.x0 > max(prev.x0, line.x0) + 120 and len(nxt.text) < 25 \
                    and not (block and len(nxt.text.split()) >= 2 and _block_name(nxt.text)):
                break
            if j - i > 6 and not block:
                break
            if not block and nxt.x1 and nxt.x0 > line.x0 + 40 and nxt.page == line.page \
                    and len(prev.text.strip()) <= 45 and len(nxt.text.strip()) <= 45 \
                    and not re.search(r"(?:[,;]|\band)\s*$", prev.text) and _block_name(nxt.text):
                # one name a row under the value column of a labelled line ("Members Present:
                # D. Kowalski, Chair" / "R. Singh" / "M. Tremblay"): each row is one more person
                chunk[-1] += ","
            if block and chunk[-1].count(",") >= 3 and not re.search(r"[,;]\s*$", chunk[-1]) \
                    and _name_list(chunk[-1]) and _name_list(nxt.text + ","):
                # a list of names wrapped inside a name ("…, Novak Uí" / "Chonchúir, O’Brien, …")
                chunk[-1] = f"{chunk[-1].rstrip()} {nxt.text.strip()}"
                j += 1
                continue
            if block and chunk and chunk[-1].rstrip().endswith(",") and _EMPLOYER.search(nxt.text.strip()) \
                    and _title_words(nxt.text):
                # "Kevin Tsang, Property Manager," / "Crestline Property Management": the
                # employer wrapped on to a line of its own is no entry
                chunk[-1] = f"{chunk[-1].rstrip()} {nxt.text.strip()}"
                j += 1
                continue
            chunk.append(_unnumbered(nxt.text) if block and not nxt.bold else nxt.text)
            listed.append(bool(_LIST_ENTRY.match(nxt.text)) and chunk[-1] != nxt.text)
            j += 1
        got: list[Attendee] = []
        body = [l for l in lines[i + 1:j] if l.text.strip()]
        # (measured in the list's own type size, which may be smaller than the prose's)
        cols = split_columns(body, (char_scale(lines, statistics.median(l.size for l in body))
                                    if body and all(l.size for l in body) else 0.0) or scale,
                             col_x, _one_person) if block and not rest.strip() and \
            [l.text for l in body] == [c for c in chunk if c.strip()] and \
            not any(_row(c) or _ROW_HEAD.match(c) for c in chunk) else None
        if cols and any(_is_role_text(a) or _is_office(a) or _office_then_name(a)
                        or re.fullmatch(r"[\w\s]*\b(?:advis[eo]r|officer|manager|members?)", a, re.I)
                        for a, _ in cols[0]):
            cols = None  # an office | name table ("Democracy Advisor   Rachel Oh"): read as before
        if cols:
            # a name | organisation-or-office list ("Councillor Fiona Baird (Chair)   Glencairn
            # Council"): the second column is the person's role, never part of the name
            pairs, col_x = cols
            for name_text, second in pairs:
                one = parse_people(name_text, status)
                if len(one) != 1:
                    got += one
                    continue
                one[0].role = ", ".join(r for r in (one[0].role, second) if r)
                if one[0].status == "present" and re.fullmatch(r"chair(?:man|person|woman)?",
                                                               second.strip(" ."), re.I):
                    one[0].status = "chair"  # "Mr. CHAN Tai-man   Chairman" under "Present:"
                elif second:
                    _apply_staff_rule(one[0], second)
                got += one
        elif block:
            # a meeting's blocks share a style: once one block prints a description after each
            # name, "Janet Fowler, Healthwatch Westmere" in another is one person too
            one_each = one_each or _one_per_line(chunk)
            for k, c in enumerate(chunk):
                row = _row(c)
                if _ROW_HEAD.match(c):
                    continue  # the header of a two-column roll-call table
                if _group_label(chunk, listed, k):
                    continue  # "County Executive" over "1. Dr. Samuel Kariuki - Chief Officer"
                cells = split_row(c) if serial else None
                if row:  # each row of the table carries its own status
                    got += _table_person(*row)
                elif cells:  # "Shri Ramesh Kulkarni  Chairman" under "S. No. Name Designation"
                    got += _table_person(c[:c.rindex(cells[2])].strip() if cells[2] else c,
                                         status, cells[2])
                elif _dash_role(c):
                    got += _dashed_person(_dash_role(c), status)
                elif _office_dash(c):  # "Chairman      - Alderman Rajesh Maharaj"
                    got += _dashed_person(_office_dash(c), status)
                elif _spaced_role(c):  # "Mr. Turyahabwe Denis      Manager": plain-text columns
                    got += _dashed_person(_spaced_role(c), status)
                elif c.strip():
                    got += _line_person(c, status) if one_each else parse_people(c, status)
            for p in got:
                # "Chairperson  Kerry Ngata" in the role column of a present block: she chairs
                if p.status == "present" and re.fullmatch(r"chair(?:man|person|woman)?", p.role, re.I):
                    p.status = "chair"
        else:
            got += _parse_run(" ".join(c for c in chunk if c.strip()), status,
                              demoted if _MEMBERS_LABEL.match(line.text) else None)
        if status == "in_attendance":
            staff_block = True
        elif status == "present" and block and (one_each or cols or _MEMBERS_LABEL.match(line.text)):
            # (a name | office table is one member a line with her office, as `one_each`)
            demoted += [p for p in got if p.status == "in_attendance"]
        people += got
        i = j
    if staff_block:
        # Minutes that list their officers under a label of their own ("In attendance:", "Staff
        # present:") and their members under a label naming them members ("Members present:"),
        # or one member a line each with her office or organisation (a partnership board whose
        # members are officers of its member bodies), list members there: a printed office
        # ("Dana Kim, Clerk" on a school board, "Helen Price, Director of Public Health" on a
        # health board) does not make her staff. A plain "Present:" run naming the chief
        # executive among the board is left to the staff rule.
        for p in demoted:
            p.status = "present"
    people = _dedupe(_with_roster(members, people))
    if not any(p.status == "chair" for p in people):
        for chair in _header_chair(lines[:HEADER_LINES]):
            same = [p for p in people if p.name.lower() == chair.name.lower()]
            if same and same[0].status == "present":
                same[0].status = "chair"
            elif not same:
                people.insert(0, chair)
    _mark_chair(lines[:40], people)
    return people


# "Chair – Erik Davidson, District I" / "Bob Broom, District F": an office (or none), a dash,
# a name of two to four words, a comma and a short seat or office
_ROSTER_LINE = re.compile(r"^\s*(?:(?P<office>[A-Z][\w.'’]*(?:[ -][\w.'’]+){0,4}?)\s+[–—-]\s+)?"
                          r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s*"
                          r"(?P<seat>[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,3})\s*$")


def _entry_wraps(entry: str, nxt: str, prev: Line, block: list[Line]) -> bool:
    """Whether the next line of a block of names goes on with the entry above it rather than
    opening an entry of its own: the entry ends on a joining word or inside a bracket, or is a
    list separated by semicolons whose last entry the line cut ("…; Hon. Arnel C." /
    "Villareal, SB Member; …"), or the line was full and one word was left for the next
    ("Ms. Analyn G. Torres, Secretary to the Sangguniang" / "Bayan")."""
    entry, nxt = entry.rstrip(), nxt.strip()
    if not nxt or label_of(nxt):
        return False
    if entry.count("(") > entry.count(")"):
        return True
    if re.search(r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bSt)(?<!\bHon)\.$", entry):
        return False  # a full stop (not an initial's or a title's) ends the list: "…; Sergeant
        # Lorna Baird, Police Scotland." / "25/41 Declarations of Interest" is the first item
    last = entry.rsplit(";", 1)[-1].strip()
    if ";" in entry and not entry.endswith(";") and not last.endswith(")") and len(last.split()) <= 10:
        return True  # (an entry closed by its bracket, or run on past a name and office, is no
        # name the line cut)
    if re.search(r"(?i)\b(?:and|&|of|the|to|for|in|on)\s*$", entry) and nxt[:1].isupper():
        return True
    widest = max((l.x1 for l in block if l.x1 > l.x0), default=0.0)
    return bool(prev.x1 > prev.x0 and widest and prev.x1 >= widest - 0.1 * (widest - prev.x0)
                and re.fullmatch(r"[A-Z][\w'’-]+\)?\.?", nxt) and len(entry.split()) >= 5
                and re.search(r"[A-Za-z]$", entry))


def _roster_entry(text: str) -> Attendee | None:
    m = _ROSTER_LINE.match(text)
    # ("First Vice Chair", "Second Vice Chair": the rank of a vice chair is no part of the office)
    if not m or m["office"] and not _is_office(re.sub(r"^(?:first|second|third)\s+", "", m["office"], flags=re.I)):
        return None
    name, _ = split_honorific(m["who"])
    if not _looks_like_name(name) or _is_office(name) or _is_office(m["seat"]) and not m["office"]:
        return None
    seat = m["seat"]
    # the seat is a place or an office ("District F", "Ward 3", "Treasurer"), never a second
    # name ("Members – John Smith, Jane Doe" lists two people)
    if not (_ORG_WORD.search(seat) or _is_office(seat) or re.search(r"\b(?:[A-Z]|\d+|[IVX]+)$", seat)
            or re.search(r"\b(?:ward|precinct|seat|at[- ]large|division|region|area)\b", seat, re.I)):
        return None
    office = m["office"] or ""
    chair = bool(re.fullmatch(r"chair(?:man|person|woman)?", office, re.I))
    return Attendee(name=name, status="chair" if chair else "present",
                    role=", ".join(r for r in (office, m["seat"]) if r))


def _with_roster(roster: list[Attendee], people: list[Attendee]) -> list[Attendee]:
    """The roster's members as the attendance record says they attended: a member the roll call
    names (by full name, or by surname where one member has it: "Jamie Lewis" is the roster's
    "Jaime Lewis") takes its name and status, keeping the roster's office and seat and the chair;
    a member it does not name keeps the roster's listing."""
    def key(name: str) -> str:  # ("O’Keefe" in the roster, "O'Keefe" in the roll call)
        return name.lower().replace("’", "'")

    def last(name: str) -> str:
        return key(name).split()[-1] if name.split() else ""

    out = []
    for r in roster:
        same = [p for p in people if key(p.name) == key(r.name)]
        if not same:
            same = [p for p in people if last(p.name) == last(r.name)]
            if len([q for q in roster if last(q.name) == last(r.name)]) > 1:
                same = []
        for p in same:
            p.role = p.role or r.role
            if p.status == "present" and r.status == "chair":
                p.status = "chair"
        if not same:
            out.append(r)
    return out + people


def _roster(lines: list[Line], i: int) -> tuple[list[Attendee], int] | None:
    """(members, index after the roster) when a roster starts at `lines[i]`: a line with an
    office, a dash, a name and a seat, and at least two more lines of its kind (blank lines
    between them skipped), else None."""
    first = _ROSTER_LINE.match(lines[i].text)
    if not first or not first["office"] or not _roster_entry(lines[i].text):
        return None
    people: list[Attendee] = []
    j = i
    while j < len(lines):
        if not lines[j].text.strip():
            j += 1
            continue
        one = _roster_entry(lines[j].text)
        if not one:
            break
        people.append(one)
        j += 1
    return (people, j) if len(people) >= 3 else None


# "Honorable Joan M. Pratt, Comptroller and Secretary" / "George A. Nilson, City Solicitor" /
# "Donald Huskey, Deputy City Solicitor": a name, a comma, an office in capitalised words
_SEAT_LINE = re.compile(r"^\s*(?P<who>[A-Z][^,;:()]{2,60}?),\s*(?P<office>[A-Z][\w'’.&-]*"
                        r"(?:\s+(?:[A-Z][\w'’.&-]*|of|and|for|the|&)){0,6})\s*$")
_SEAT_WORD = re.compile(r"\b(?:president|mayor|comptroller|controller|secretary|solicitor|attorney|director|"
                        r"clerk|treasurer|auditor|member|chair\w*|commissioner|supervisor|manager|officer|"
                        r"counsel|engineer|councill?or|councilmember|alderman|trustee|executive|deputy|"
                        r"vice|assessor|recorder|sheriff|judge|administrator|superintendent)\b", re.I)
_DEPUTY = re.compile(r"^(?:deputy|assistant|acting\s+deputy|associate)\b|\b(?:recording\s+secretary|"
                     r"minute\s+taker|clerk\s+to\b)", re.I)
SEAT_ROSTER_LINES = 30  # the roster is printed in the minutes' opening lines


def _seat_roster(lines: list[Line], i: int) -> tuple[list[Attendee], int] | None:
    """(those listed, index after them) when the minutes open with their seats listed one a line,
    name and office and no label over them ("Honorable Bernard C. Young, President" / …
    "George A. Nilson, City Solicitor" / "Ben Meli, Deputy Director of Public Works"), as boards
    of estimates, county commissions and other US boards whose seats go with offices print
    them: three or more such lines in one column, each office naming a post. The office holders
    are the members (their offices are their seats, a director's too); a deputy or an assistant
    listed with them supports the one whose post she deputises, and attends as staff."""
    people: list[Attendee] = []
    j = i
    while j < len(lines) and lines[j].page == lines[i].page and abs(lines[j].x0 - lines[i].x0) <= 3:
        m = _SEAT_LINE.match(lines[j].text)
        if not m or not _SEAT_WORD.search(m["office"]):
            break
        name, _ = split_honorific(m["who"])
        if not _looks_like_name(name) or len(name.split()) < 2 or _is_office(name) or _SEAT_WORD.search(name):
            break
        office = m["office"].strip()
        people.append(Attendee(name=name, status="in_attendance" if _DEPUTY.search(office) else "present",
                               role=office))
        j += 1
    return (people, j) if len(people) >= 3 and any(p.status == "present" for p in people) else None


HEADER_LINES = 15
# "Ms. Arline Parks – Chairperson" on a line of its own in a meeting's (or its agenda's) header.
_HEADER_CHAIR = re.compile(
    r"^\s*(?P<who>(?:(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})"
    r"(?:\s*,|\s*[–—]|\s+-)\s*(?P<role>chair(?:person|man|woman)?|presiding(?:\s+officer)?)\s*$", re.I)
# (a hyphen joined to the word before is "Vice-Chairman": an office of its own, no separator)


def _header_chair(lines: list[Line]) -> list[Attendee]:
    for line in lines:
        m = _HEADER_CHAIR.match(line.text)
        if m:
            name, _ = split_honorific(m.group("who"))
            if _looks_like_name(name):
                return [Attendee(name=name, status="chair", role=m.group("role").capitalize())]
    return []


_PRESIDED = [
    re.compile(r"(?:called\s+(?:the\s+meeting\s+)?to\s+order|convened|chaired|presided)[^.;]*?\bby\s+"
               r"(?P<who>[^.;,]+)", re.I),
    re.compile(r"(?P<who>(?:[A-Z][\w'’/-]+\s+){1,5})(?:convened|reconvened|called\s+the\s+meeting\s+to\s+order|"
               r"presided|chaired)", re.I),
]


def _mark_chair(lines: list[Line], people: list[Attendee]) -> None:
    """The person who convened or presided is the chair, when no one is labelled chair."""
    if any(p.status == "chair" for p in people):
        return
    text = " ".join(l.text for l in lines)
    for pat in _PRESIDED:
        m = pat.search(text)
        if not m:
            continue
        who = m.group("who").lower()
        # "called to order by the President": the one listed with that office
        office = re.sub(r"^(?:the|our)\s+", "", who.strip())
        held = [p for p in people if p.status == "present" and p.role and p.role.lower() == office]
        if len(held) == 1:
            held[0].status = "chair"
            return
        for p in people:
            last = p.name.lower().split()[-1] if p.name else ""
            if p.status == "present" and last and re.search(rf"\b{re.escape(last)}\b", who):
                p.status = "chair"
                return


def _caps_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_SUB_LABEL = re.compile(r"^(?P<lab>[A-Z][a-z]+s)\s*:\s+(?P<rest>\S.*)$")


def _hanging_person(line: Line) -> str:
    """The names of a plain-text line indented under the value of an inline label, when it opens
    with a titled person (a group's plural label before them dropped: "Douzeniers: Mr R. Brehaut,
    Mrs S. Mahy,"), else ""."""
    if line.x0 or line.x1 or not re.match(r"\s{4,}\S", line.text):
        return ""
    text = line.text.strip()
    sub = _SUB_LABEL.match(text)
    if sub and not label_of(text):
        text = sub["rest"]
    # (a title and an initial: "Deputy L. Queripel", as Guernsey prints a States deputy)
    if not (HONORIFIC_RE.match(text + " ") or re.match(r"[A-Z][a-z]+\s+[A-Z]\.\s*[A-Z][a-z]", text)) \
            or _PROSE.search(text):
        return ""
    return text if _block_name(text) or _name_list(text + ",") else ""


def _block_name(text: str) -> bool:
    """A line of a one-name-per-line block ("Cllr A Smith (Chair)", "Ross Gardler left at 11:04")."""
    t = text.strip(" •●o-*·\t")
    if _dash_role(t) or _office_dash(t):
        return True
    if not t or len(t) > 90 and (t.endswith(",") or t.count("(") != t.count(")")
                                 or len(re.sub(r"\([^)]*\)", "", t)) > 90):
        return False  # a long line is one entry with a note in brackets, not a wrapped list
    t = _TRAILING_NOTE.sub("", t)
    # (a note in brackets cut by the line's end: "Hon. Jaime F. Sorongon, SB Member (on official")
    t = re.sub(r"\([^)]*\)|\([^()]*$", "", t).strip(" ,.")
    ceremonial = _CEREMONIAL_HOLDER.match(t)
    if ceremonial:  # "His Worship the Mayor, Mr. Desmond Outerbridge": the office, then its holder
        t = ceremonial["who"]
    if "," in t:
        # "Colin Marsh, Director of Finance": a name, then names or the person's role
        # (an office numbered by rank: "Johan Lindqvist (M), 1st Vice-Chair")
        parts = [re.sub(r"^\s*(?:\d(?:st|nd|rd|th)|first|second|third)\s+(?=\S)", "", p, flags=re.I)
                 for p in _split_top(t, ",") if p]
        # or a description of the person ("Cabinet Member for Health", "Westmere Police")
        return _looks_like_name(split_honorific(parts[0])[0]) and all(
            _looks_like_name(split_honorific(p)[0]) or _is_role_text(p) or _description(p)
            for p in parts[1:])
    return _looks_like_name(split_honorific(t)[0])


def _name_list(text: str) -> bool:
    """A line of a comma-separated list of names under a bare label ("MEMBERS PRESENT:" over
    "Councillors Benson, Butler, Collins (B), …" and "Teefy, Teskey."), not a sentence."""
    # (the "and" before the last name is the list's, no word of a sentence: "Kirsty Mackay,
    # Councillor Alan Grant and Councillor Hamish Sutherland.")
    if "," not in text or ":" in text or _PROSE.search(text) or re.search(r"\b(?!and\b)[a-z]{3,}\b", re.sub(r"\([^)]*\)", "", text)):
        return False
    return len(parse_people(text, "present")) >= 2


def _one_per_line(chunk: list[str]) -> bool:
    """A block of one person a line, each with a description after the name ("Cllr Ruth Adeyemi
    (Chair), Cabinet Member for Health", "Supt Lee Hart, Westmere Police"): some line's words
    after the first comma are an office or a phrase that is no name; every line opens with a
    name, none wraps, and no line's later parts are titled as a person ("Cllr A Smith, Cllr B
    Jones" lists two)."""
    described = False
    for c in chunk:
        if c.count("(") != c.count(")") or c.strip().endswith(","):
            return False  # a list wrapped over lines ("… Support Services (Mr. S." / "Coughlan), …")
        parts = [p for p in _split_top(re.sub(r"\([^)]*\)", "", c).strip(" ,."), ",") if p.strip()]
        if len(parts) < 2:
            continue
        if _is_role_text(parts[0]) or not _looks_like_name(split_honorific(parts[0])[0]):
            return False  # an office first ("Chief Executive (Mr. C. Murray), …"): no name a line
        # "Dr Ruth Okafor, Chair": an office on its own after the name is her office, not a
        # second person titled "Chair"
        if any(HONORIFIC_RE.match(p.strip() + " ") and _looks_like_name(split_honorific(p)[0])
               and not _is_role_text(p) and not _is_office(p) for p in parts[1:]):
            return False
        described = described or any(_is_role_text(p) or not _looks_like_name(p.strip())
                                     for p in parts[1:])
    return described


def _line_person(text: str, status: str) -> list[Attendee]:
    """The one person of a block line "Name (Chair), office, organisation": the name and its
    brackets are parsed as a person, the rest is the role."""
    dash = _dash_role(text)
    if dash:
        return _dashed_person(dash, status)
    several = [t for t in _split_top(text, ";") if t.strip()]
    if len(several) > 1:  # "Helen Marsh, Non-Executive Director; Andrew Lowe, Director of …"
        return [p for t in several for p in _line_person(t, status)]
    head, _, rest = _strip_bullet(text).partition(",")
    people = parse_people(head, status)
    if len(people) != 1:
        return parse_people(text, status)
    rest = re.sub(r"\s+", " ", rest).strip(" .,")
    if rest:
        people[0].role = ", ".join(r for r in (people[0].role, rest) if r)
        _apply_staff_rule(people[0], rest)
        if people[0].status == "present" and any(_CHAIR_NOTE.fullmatch(b.strip())
                                                  for b in re.findall(r"\(([^()]*)\)", rest)):
            people[0].status = "chair"  # "Mr Ewan Sinclair, Non-Executive Member (Chair)"
    return people


def _one_person(text: str) -> bool:
    """Whether a table cell names one person ("Councillor Fiona Baird (Chair)", "Ms Karen
    Lockhart"), not an office or a unit ("Democracy", "Senior Local Board")."""
    people = parse_people(text, "present")
    return len(people) == 1 and (len(people[0].name.split()) >= 2 or bool(HONORIFIC_RE.match(text + " "))) \
        and not _ORG_WORD.search(people[0].name) and not _is_role_text(text)


def _group_label(chunk: list[str], listed: list[bool], k: int) -> bool:
    """Whether block line k heads a group of a numbered list ("IN ATTENDANCE" / "Secretariat" /
    "1. Mr. Brian Odhiambo - Clerk Assistant" / … / "County Executive" / "1. Dr. …"): an
    unnumbered line with no title, dash or comma, right above a numbered entry, in a block
    whose entries are numbered."""
    c = chunk[k].strip()
    nxt = next((n for n in range(k + 1, len(chunk)) if chunk[n].strip()), None)
    return bool(c) and not listed[k] and nxt is not None and listed[nxt] \
        and not HONORIFIC_RE.match(c + " ") and not re.search(r"[,–—(]|\s-\s", c) \
        and len(c.split()) <= 4


_SPACED = re.compile(r"^\s*(?P<who>\S.*?\S)\s{3,}(?P<role>[A-Z][^\s].*?)\s*$")


def _spaced_role(text: str) -> tuple[str, str] | None:
    """(name, role) of a plain-text block line that sets the office in a column of its own after
    the name, runs of spaces between them ("Mrs. Tumusiime Grace      Vice Chairperson"), else
    None."""
    m = _SPACED.match(text)
    if not m or re.search(r"\s{3,}", m["role"]):
        return None
    who, role = m["who"], m["role"]
    name, _ = split_honorific(who)
    if "," in who or not _looks_like_name(name) or len(name.split()) < 2 \
            or not (_is_office(role) or _STAFF_ROLE.search(role) or _BOARD_ROLE.search(role)
                    or _is_role_text(role)):
        return None
    return who, role


def _dashed_person(dash: tuple[str, str], status: str) -> list[Attendee]:
    """The person of a "Name - Office" line, the office her role; the office "Chairperson" (or
    "Presiding Officer") makes a present member the chair."""
    people = parse_people(dash[0], status)
    if len(people) != 1:
        return people
    p = people[0]
    p.role = ", ".join(r for r in (p.role, dash[1]) if r)
    # ("Chairman, Works Sub-Committee" chairs a sub-committee: a member here)
    if p.status == "present" and re.search(r"^chair(?:man|person|woman)?\b(?![^()]*\bsub-?\s?committee)|"
                                           r"\bpresiding\s+officer\b|\bin\s+the\s+chair\b", dash[1], re.I):
        p.status = "chair"  # (a presiding officer is no staff officer)
    else:
        _apply_staff_rule(p, dash[1])
    return people


_LIST_ENTRY = re.compile(r"^\s*\d{1,2}[.)]\s+(?=\S)")


def _unnumbered(text: str) -> str:
    """A line of a numbered list of names without its number ("1. Shri Ramesh K. Menon –
    Chairman"); a numbered heading in capitals ("1. CALL TO ORDER") keeps it."""
    if _caps_line(text) or not _LIST_ENTRY.match(text):
        return text
    rest = _LIST_ENTRY.sub("", text)
    # a person: titled ("Shri …", "Cllr …") or with a role after the name ("… – Chairman"),
    # not an agenda list ("4. Old Business")
    person = HONORIFIC_RE.match(rest) or re.search(r"\s[–—-]\s|,|\(", rest)
    return rest if person and _block_name(rest) else text


def listed_names(lines: list[Line]) -> set[int]:
    """Indexes of the lines of numbered lists of names under a bare attendance label
    ("Members present:" / "1. Shri Ramesh K. Menon – Chairman" / "2. …"): no agenda items."""
    out: set[int] = set()
    for i, line in enumerate(lines):
        lab = label_of(line.text)
        if not lab or lab[1].strip():
            continue
        j = i + 1
        while j < len(lines) and (not lines[j].text.strip() or SERIAL_HEAD.match(lines[j].text)):
            j += 1
        while j < len(lines) and not lines[j].bold and _unnumbered(lines[j].text) != lines[j].text:
            out.add(j)
            j += 1
    return out


def _role_row(text: str) -> bool:
    """A row of a role | name table ("Chairperson  Kerry Ngata", "Members  Peter Lindqvist"):
    a role read as a label, then a name straight after it, with no ":" or dash between."""
    lab = label_of(text)
    if not lab or not lab[1].strip() or re.search(r"[:\-–—]", text[: len(text) - len(lab[1])]):
        return False
    return lab[0] in ("chair", "present") and _looks_like_name(lab[1].strip())


def _strip_bullet(text: str) -> str:
    return _BULLET.sub("", text.strip())


def _description(text: str) -> bool:
    """An office or affiliation printed after a name: capitalised words joined by a few
    lowercase ones ("Cabinet Member for Children's Services"), no sentence."""
    words = text.split()
    return 0 < len(words) <= 12 and words[0][0].isupper() and not re.search(r"[.;:!?]|\d", text) \
        and all(w[0].isupper() or w.lower() in _JOINERS for w in words)


_JOINERS = {"for", "of", "and", "the", "&", "in", "on", "to", "at"} | _PARTICLES


# A quote mark at either end of a name is none of it: OCR reads a speck beside a letter as one
# ("Mrs 'S Kneale"). An apostrophe inside a name stays ("O'Brien", "D’Souza"), and so does a
# nickname in a pair of quotes ('James "Jim" Ruiz', 'Ruiz, James "Jim"').
_QUOTES = "'\"‘’“”`´"


def unquote_name(name: str) -> str:
    """The name without a stray quote mark at either end ("'S Kneale" → "S Kneale")."""
    while name and sum(ch in _QUOTES for ch in name) % 2 and (name[0] in _QUOTES or name[-1] in _QUOTES):
        name = (name[1:] if name[0] in _QUOTES else name[:-1]).strip()
    return name


def _dedupe(people: list[Attendee]) -> list[Attendee]:
    """One entry per (name, status); an explicit apology or absence overrides a listing as
    present (UK minutes list the invited, then record who sent apologies)."""
    for p in people:
        p.name = unquote_name(p.name)
    # "noted the apologies from HM": initials of a person already named are that person
    named = {p.initials for p in people if p.initials}
    people = [p for p in people if not (_INITIALS_RE.match(p.name) and p.name in named)]
    people = _merge_surnames(people)
    away = {p.name.lower() for p in people if p.status in ("apologies", "absent")}
    seen: set[tuple[str, str]] = set()
    out = []
    for p in people:
        if p.status not in ("apologies", "absent") and p.name.lower() in away:
            continue
        key = (p.name.lower(), p.status)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _merge_surnames(people: list[Attendee]) -> list[Attendee]:
    """A person named by surname alone ("Apologies were received from Cllr Oduya") after being
    listed with initials or a first name ("Apologies: Cllr F Oduya") is that person, where the
    surname fits one listed name only: one entry, with the apology or absence if either says so."""
    out: list[Attendee] = []
    for p in people:
        if " " not in p.name.strip():
            same = [q for q in people if q is not p and " " in q.name.strip()
                    and q.name.split()[-1].lower() == p.name.strip().lower()]
            if len(same) == 1:
                if p.status in ("apologies", "absent") and same[0].status not in ("apologies", "absent"):
                    same[0].status = p.status
                continue
        out.append(p)
    return out
