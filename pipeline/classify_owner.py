"""Who is tasked, and by when: the owner and due date of an action as printed.

Contract: `find_owner(text, notes)` returns the owner ("AW", "NS/AW", "The Clerk", "Staff") or "";
an Action-column note wins over the text because that column is where minutes put the owner.
`find_due(text)` returns the printed due date ("4th April 2013", "the next meeting") or "";
`due_line(text)` returns it only when the text is nothing but a due label ("Due: 04/2025"), a
fragment that belongs to the task before it. `resolved_task(text)` returns the officer a
resolution does nothing but task, with a deadline ("The Committee resolved that the Chief
Officer submits a detailed report … within fourteen (14) days"), or "".
"""
from __future__ import annotations

import json
import re

__all__ = ["find_owner", "find_due", "due_line", "resolved_task"]

INITIALS = r"[A-Z][A-Za-z]?[A-Z]{1,3}"
# the due and status cells closing an action-table row
# (a date in figures, a day, month and year "16 May 2025" / "May 16, 2025", or a month and year)
_ROW_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_ROW_DUE = (r"(?P<d>\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+" + _ROW_MONTH + r"\s+\d{4}|"
            + _ROW_MONTH + r"\s+\d{1,2},?\s+\d{4}|" + _ROW_MONTH + r"\s+\d{4})"
            r"(?:\s+(?i:open|closed|complete[d]?|done|ongoing|overdue|pending|in\s+progress))?\s*\.?$")
# the owner cell of an action-table row naming an office, not initials (one word may qualify it:
# "Technical Officer", "Town Clerk")
_ROW_OFFICE = (r"(?:(?<!Mr\.\s)(?<!Mrs\.\s)(?<!Ms\.\s)(?<!Dr\.\s)(?<!Mr\s)(?<!Mrs\s)(?<!Ms\s)(?<!Dr\s)"
               r"[A-Z][a-z]+\s+)?(?:Secretary|Clerk|Treasurer|Chair(?:man|person|woman)?|Officer|Manager|"
               r"Director|Engineer|Co-?ordinator|Administrator|Accountant|Surveyor|Planner|Solicitor|CEO)")
# the owner cell of a row naming a person by an initial and surname ("H Ashworth", "F. Lambert")
# (or by a courtesy title and surname: "Mr. Loftus", "Ms Hegarty", as Irish councils' action lists do)
_ROW_NAME = r"(?:[A-Z]\.?|(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cr)\.?)\s+[A-Z][a-z][\w'’\-]+"
_OWNER = [
    # "ACTION: AW" / "Action - NS/AW"
    re.compile(rf"\b(?:ACTIONS?|Actions?)\s*(?:[:\-–—]|by|owner)?\s*[:\-–—]?\s*"
               rf"(?P<o>{INITIALS}(?:\s*(?:/|,|&|and)\s*{INITIALS})*)\b"),
    # "Action: Manager - by 15th March 2025": an office or a name after the label, then the date
    re.compile(r"^\W*(?:ACTIONS?|Actions?)\s*[:\-–—]\s*(?P<o>(?:[Tt]he\s+)?[A-Z][\w&/'’\-]*"
               r"(?:\s+[A-Z][\w&/'’\-]*){0,3})\s*(?:[-–—,]\s*)?(?:by|before|due)\s+\S"),
    # "ACTION: Director of Engineering Services - repair the grader …": an office or a name after
    # the label, then a spaced dash and the task
    re.compile(r"^\W*(?:ACTIONS?|Actions?)\s*[:\-–—]\s*(?P<o>(?:[Tt]he\s+)?[A-Z][\w&/'’\-]*"
               r"(?:\s+(?:(?:of|for|and|&)\s+(?:the\s+)?)?[A-Z][\w&/'’\-]*){0,5})\s+[-–—]\s+[a-z]"),
    # "AW to circulate", "NS/AW will", "SK and JO offered to"
    re.compile(rf"(?:^|[.;:]\s+|^\W*)(?P<o>{INITIALS}(?:\s*(?:/|,|&|and)\s*{INITIALS})*)\s+"
               r"(?:to|will|would|shall|agreed|undertook|offered|volunteered)\b"),
    # "Staff was directed to", "The Clerk was asked to"
    re.compile(r"(?P<o>(?:[Tt]he\s+)?(?:[A-Z][\w&\-]*\s+){0,4}(?:[Ss]taff|[Cc]lerk|[Oo]fficers?|"
               r"[Mm]anager|[Dd]irector|[Ss]ecretary|[Tt]reasurer|[Cc]hair(?:man|person)?|"
               r"[Ee]xecutive|[Cc]ounsel|[Aa]ttorney|[Ee]ngineer|[Tt]eam|[Mm]embers|"
               r"[Cc]oordinator|[Aa]dministrator|[Bb]oard|[Cc]ommittee))\s+"
               r"(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:directed|asked|"
               r"requested|instructed|tasked|charged|authori[sz]ed)\s+to\b"),
    # "Staff directed to return …", "Clerk instructed to advertise …": the same, minuted
    # without its verb "was", as action lists do (opening the sentence, an office only)
    re.compile(r"^\W*(?P<o>(?:[Tt]he\s+)?(?:[A-Z][\w&\-]*\s+){0,3}?(?:[Ss]taff|[Cc]lerk|[Oo]fficers?|"
               r"[Mm]anager|[Dd]irector|[Ss]ecretary|[Tt]reasurer|[Ee]xecutive|[Cc]ounsel|[Aa]ttorney|"
               r"[Ee]ngineer|[Aa]dministrat(?:or|ion)|[Mm]anagement))\s+(?:\w+ly\s+)?(?:directed|"
               r"instructed|tasked|charged|mandated)\s+to\s+[a-z]"),
    # "directed staff to", "asked the General Manager to"
    re.compile(r"\b(?:directed|asked|requested|instructed|tasked|directs|asks|requests)\s+"
               r"(?P<o>(?:the\s+)?(?:[A-Z][\w&\-]*\s+){0,4}?(?:[Ss]taff|[Cc]lerk|[Oo]fficers?|"
               r"[Mm]anager|[Dd]irector|[Ss]ecretary|[Tt]reasurer|[Cc]hair(?:man|person)?|"
               r"[Ee]xecutive|[Cc]ounsel|[Aa]ttorney|[Ee]ngineer|[Tt]eam|[Bb]oard|[Cc]ommittee|"
               r"[A-Z][a-z]+\s+[A-Z][a-z]+|" + INITIALS + r"))\s+to\b"),
    # "AI: Greg to pursue", "Brett: follow up", "Doug: to pursue" (action-log rows)
    # "Direction: the Fire Chief to report …", "Direction: the CAO/Clerk to write …"
    re.compile(r"^\W*(?:Directions?|DIRECTIONS?|Instruction|INSTRUCTION)\s*:\s*(?:the\s+)?"
               r"(?P<o>[A-Z][\w'’\-]+(?:/[A-Z][\w'’\-]+)?(?:\s+[A-Z][\w'’\-]+)?)\s+to\s+[a-z]"),
    # "The Director: Planning and Development Services to appoint …": an office printed with its
    # department after a colon (as Namibian and South African councils do), before "AI: Greg …"
    re.compile(r"^\W*(?P<o>(?:[Tt]he\s+)?(?:[A-Z][\w&\-']*\s+){0,2}?(?:Director|Head|Chief|Manager|"
               r"Officer|Secretary|Executive)\s*:\s*[A-Z][\w&\-']*(?:\s+(?:and\s+|&\s+|of\s+)?"
               r"[A-Z][\w&\-']*){0,5}),?\s+(?:to|will|shall)\s+(?!be\b|not\b)[a-z]"),
    re.compile(r"^\W*(?:AI|ACTION|Action)?\s*:?\s*(?!(?:Directions?|DIRECTIONS?|Instruction|"
               r"INSTRUCTION)\s*:)(?P<o>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
               r"\s*(?::\s*(?:to\s+)?|\s+to\s+)[A-Za-z]"),
    # "ACTION: Director of Adult Services to circulate …", "The Director of Finance would bring …":
    # an office named with "of"/"for" opening the task
    re.compile(r"^\W*(?:(?:ACTIONS?|Actions?|Directions?|DIRECTIONS?)\s*[:\-–—]\s*)?(?P<o>(?:[Tt]he\s+)?(?:[A-Z][\w&\-']*\s+){0,3}?"
               r"(?:Director|Head|Chief|Manager|Officer|Secretary|Chair|Clerk|Member|Lead)\s+(?:of|for)\s+"
               r"(?:the\s+)?[A-Z][\w&\-']*(?:\s+(?:and\s+)?[A-Z][\w&\-']*){0,3}|"
               # "The Committee on Public Utilities to submit …": a committee named on its subject
               r"(?:[Tt]he\s+)?(?:[A-Z][\w&\-']*\s+){0,2}?(?:Committee|Sub-?[Cc]ommittee|Commission)\s+"
               r"(?:on|of|for)\s+"
               r"(?:the\s+)?[A-Z][\w&\-']*(?:\s+(?:and\s+)?[A-Z][\w&\-']*){0,3}),?\s+"
               r"(?:to|will|shall|would|agreed\s+to|undertook\s+to|(?:is|are)\s+to)\s+(?!be\b|not\b)[a-z]"),
    # "The management company will survey owners", "The community manager will ask …": an office
    # named in lower case opening the task
    re.compile(r"^\W*(?P<o>[Tt]he\s+(?:[a-z]+\s+){0,2}(?:company|manager|clerk|secretary|treasurer|"
               r"officer|engineer|agent|contractor|administrator|coordinator|co-ordinator))\s+"
               r"(?:will|shall|would|to|agreed\s+to)\s+(?!be\b|not\b)[a-z]"),
    # "The Clerk will write", "Staff to report back", "Mary Ann and Robin will review", "The
    # Executive Secretary is to write"
    # ("Action: the Town Manager/Clerk is to publish …": after an action label, a joint office)
    re.compile(r"^\W*(?:(?:ACTIONS?|Actions?)\s*[:\-–—]\s*)?(?P<o>(?:[Tt]he\s+)?(?:[A-Z][\w&\-']*\s+){0,4}?(?:[A-Z][\w&\-']*(?:/[A-Z][\w&\-']*)?|staff|"
               r"officers|members)(?:\s*(?:,|and|&|,\s*and)\s*(?:[Tt]he\s+)?[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)*)*)"
               # "The Executive Engineer (Storm Water) shall …": a bracketed branch or section
               r"(?:\s+\([A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*){0,3}\))?"
               # "The General Manager, and staff, will …": the aside names helpers, not the owner
               r"(?:,\s*(?:and|with)\s+(?:the\s+|his\s+|her\s+|their\s+)?[a-z]+,)?"
               r",?\s+(?:to|will|shall|would|agreed\s+to|undertook\s+to|offered\s+to|"
               r"volunteered\s+to|(?:is|are)\s+to)\s+(?!be\b)[a-z]"),
    # "Draft the timetable  TR  30/05/2024": an action-table row ends in owner and due cells
    # (and perhaps a status cell: "… CS  14/11/2024  Open", "… MD  Nov 2024  Open")
    re.compile(rf"\s(?P<o>{INITIALS}(?:\s*/\s*{INITIALS})*)\s+{_ROW_DUE}"),
    # "Escalate maternity staffing risk to Board  H Ashworth  03/07/2025": … or an initial and
    # a surname, as NHS boards' action logs print the owner
    re.compile(rf"\s(?P<o>{_ROW_NAME})\s+{_ROW_DUE}"),
    # "Issue allocation letters, Extension 4   Secretary   13/06/2025": … or an office
    re.compile(rf"\s(?P<o>{_ROW_OFFICE})\s+{_ROW_DUE}"),
    # "... (Treasurer)" / "... (Secretary/Webmaster)" closing an action-log row
    re.compile(r"\((?P<o>[A-Z][\w/ .'’\-]+)\)\s*\.?$"),
    # "will be revised by Mark and Ray", "will be prepared by the Executive"
    # "will be revised around the chip seal impact in May by Mark and Ray"
    re.compile(r"\b(?:will|to|should|shall|must|would)\s+be\s+[a-z]+(?:\s+[\w'’\-]+){0,8}?\s+by\s+"
               r"(?P<o>(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|"
               r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
               r"the\s+end|end|next)\b)[A-Z][\w'’\-]+(?:\s+(?:and\s+)?[A-Z][\w'’\-]+)*)"),
    # "recommended that staff work on …", "asked that at the October meeting, each Human
    # Resources staff member bring back …", "requested that the Chief Executive and his
    # management team to identify …": an office or staff tasked after "that"
    re.compile(r"\b(?:requested|asked|recommended|recommend|recommends|directed|instructed)\s+that\s+"
               r"(?:(?:at|by|before|for|in)\s+[^,;]{2,40},\s+)?"
               r"(?P<o>(?:[\w&'’\-]+\s+){0,6}?"
               r"(?:staff(?:\s+members?)?|[Mm]ember|[Cc]lerk|[Oo]fficers?|[Mm]anager|[Dd]irector|"
               r"[Ss]ecretary|[Tt]reasurer|[Ee]xecutive|team|[Aa]ttorney|[Cc]ounsel|[Ee]ngineer|"
               r"[Cc]oordinator|[Aa]dministrat(?:or|ion)|management(?:\s+team)?|Mayor|[Pp]lanner|Chair(?:person)?))"
               r"\s+(?:to\s+)?(?!be\b|is\b|are\b|was\b|will\b|would\b|should\b|and\b|or\b|of\b|"
               r"with\b|along\b|his\b|her\b|their\b)[a-z]"),
    # "Paulette requested that Andrew provide …", "asked that the Treasurer circulate …"
    re.compile(r"\b(?:requested|asked|recommended|directed|instructed)\s+that\s+(?P<o>(?:the\s+)?"
               r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})\s+(?!be\b|is\b|are\b|was\b)[a-z]"),
    # a lettered part of a resolution: "(b) that the Head of Commissioning provide …"
    re.compile(r"^\W*\(?(?:[a-h]|[ivx]{1,4})\)\s*[Tt]hat\s+(?:the\s+)?(?P<o>[A-Z][\w'’\-]+(?:\s+(?:of\s+|for\s+)?"
               r"[A-Z][\w'’\-]+){0,4})\s+(?!be\b|is\b|are\b|was\b)[a-z]"),
    # "… stated staff will review", "… and the City Clerk will write" (mid-sentence)
    re.compile(r"\b(?P<o>staff|(?:the\s+)(?:[A-Z][\w&\-]*\s+){0,3}(?:[Cc]lerk|[Mm]anager|"
               r"[Oo]fficers?|[Dd]irector|[Ss]ecretary|[Tt]reasurer|[Aa]ttorney|[Ee]ngineer|"
               r"[Cc]oordinator|[Aa]dministrator))\s+(?:will|shall)\s+(?!be\b|not\b)[a-z]"),
    # "FredrickZink is working on our tax file, which is due by May 15", "… and Frederick Zink
    # is working on them": who is already doing a task with a due date
    re.compile(r"(?P<o>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+(?:is|are)\s+(?:working\s+on|"
               r"preparing|handling|looking\s+into|following\s+up)\b"),
    # "Ray Smith has the lead on …", "Bill can champion this", "Mark Smith will coordinate this"
    re.compile(r"(?P<o>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+(?:(?:has|have|takes|took|"
               r"will\s+take|is\s+taking)\s+the\s+lead\b|(?:can|will|to)\s+(?:champion|spearhead)\b)"),
    # "… – Gale Marinelli and Steve Dowler agreed to take this on" (mid-sentence)
    re.compile(r"(?P<o>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?(?:\s*(?:,|and|&)\s*[A-Z][\w'’\-]+"
               r"(?:\s+[A-Z][\w'’\-]+)?)*)\s+(?:agreed|offered|volunteered|undertook)\s+to\b"),
    # "Get budget summaries to Committee Chairs – Robin" (owner after a closing dash)
    re.compile(r"\s[–—-]\s+(?P<o>[A-Z][\w'’]+(?:[\s,]+(?:and\s+|&\s+)?[A-Z][\w'’]+)*"
               r"(?:,?\s+(?:and|&)\s+[\w'’]+)?)\s*\.?$"),
    # "Insurance renewals for FCR  Vice President": a role column read into
    # the row's text (last: any owner printed in the row itself wins)
    re.compile(r"\s(?<!the )(?<!to )(?<!by )(?<!for )(?<!of )(?<!with )(?P<o>(?:Vice[\s-]+)?"
               r"(?:President|Treasurer|Secretary|Chair(?:man|person)?|Webmaster|Clerk)"
               r"(?:\s*/\s*[A-Z]\w+)*)\s*\.?$"),
]
_LABEL = re.compile(r"^\W*(?:ACTIONS?|Actions?|AI|Action\s+item)\s*[:\-–—]\s*")
_NOT_OWNER = {"action", "actions", "it", "this", "that", "there", "these", "they", "we", "he", "she", "the", "a",
              "an", "in", "all", "any", "members", "minutes", "i", "you", "status", "note", "need",
              "updates", "update"}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
# "the next meeting", "the July meeting", "the April 23, 2025 meeting", "the 23 April meeting",
# "the July 7, 2025 sitting" (a council's sitting, as Quebec and other Canadian minutes say)
_MEETING = (r"(?:the\s+)?(?:(?:next|following)\s+(?:\w+\s+){0,3}?|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?" + _MONTH
            + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+\d{4})?\s+(?:\w+\s+)?)(?:meeting|sitting)")
_DAY_MONTH = (r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"(?:,?\s+\d{4})?|" + _MONTH
              + r"\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)(?:,?\s+\d{4})?")
_DUE = re.compile(
    # "by 31 March", "before 4th April 2013", "Due: 04/2025", "Deadline – end of Q2 2025"
    r"\b(?:by|before|no\s+later\s+than|until|prior\s+to|due(?:\s+date)?|deadline|"
    r"in\s+time\s+for)\s*[:\-–—]?\s+"
    r"(?P<d>(?:the\s+)?(?:" + _MEETING + "|" + _DAY_MONTH + r"|(?:(?:the\s+)?(?:end\s+of\s+|mid[\s-]|"
    r"early\s+|late\s+))?(?:" + _MONTH + r"(?:\s+\d{4})?|(?:the\s+)?(?:month|year|week|quarter)|"
    r"(?:Q[1-4]|spring|summer|autumn|fall|winter)(?:\s+\d{4})?)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|"
    # "by 30-06-2025", as minutes in Pakistan and India print dates (the year in full)
    r"\d{1,2}-\d{1,2}-(?:19|20)\d{2}|"
    r"\d{1,2}/\d{4}|(?:next|following)\s+(?:week|month)|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Easter|Christmas))"
    # "for the next meeting", "to the July meeting", "on 20th October 2014": a meeting or a
    # full day after a weaker preposition
    r"|\b(?:for|at|to|on)\s+(?P<w>" + _MEETING + "|" + _DAY_MONTH + ")"
    # "present it to the Council meeting of 26th June, 2025": the date of the meeting named
    r"|\b(?:for|to)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}meeting\s+(?:of|on)\s+(?:the\s+)?"
    r"(?P<w2>" + _DAY_MONTH + ")"
    # "by 2082 Asar 1 (15 June 2025)": a date of another calendar, the Gregorian one in brackets
    r"|\b(?:by|before|no\s+later\s+than)\s+[^()\n.;]{3,30}?\s*\((?P<w3>" + _DAY_MONTH + r")\)", re.I)


def _word_list(name: str) -> frozenset[str]:
    """One of the rules' word lists (models/statement_rules.jsonl, "define")."""
    from .classify_rules import RULES_PATH
    for raw in RULES_PATH.read_text(encoding="utf-8").splitlines():
        if raw.startswith('{"define"'):
            return frozenset(w.lower() for w in json.loads(raw)["define"].get(name, []))
    return frozenset()


# The task verbs an action-log row starts with ("Encourage members to …"): such a row's first
# words are the task, not its owner.
_IMPERATIVES = _word_list("IMPERATIVE")
# the task verbs of actions ("AW to circulate …"), read in the base form of a mandative clause
_TASK_VERBS = _word_list("AVERBS") - {"note", "consider", "agree", "discuss", "continue", "keep"}
_HONORIFIC_DOT = re.compile(r"\b(Mr|Mrs|Ms|Mx|Dr|Cllr|Cr|Prof|Rev|Fr|Sr|Hon)\.\s+(?=[A-Z])")


_ACTING = re.compile(r"(?<=[A-Za-z])\s*\((?:Ag|Acting|Interim|A/g)\.?\)", re.I)


def find_owner(text: str, notes: list[str] | None = None) -> str:
    """The tasked person or role (see module docstring)."""
    for note in notes or []:
        note = " ".join(note.split())
        if note and not note.lower().startswith(("page", "item")):
            return note
    # "ACTION: Parks Director Moore to return …": the label is not the owner
    bare = _LABEL.sub("", text, count=1)
    # "Ms. Walsh to refer …": the honorific's full stop is no sentence end inside a name
    bare = _HONORIFIC_DOT.sub(r"\1 ", bare)
    # "The CEO (Ag.) to submit …": an acting holder's mark is no part of the office
    bare = _ACTING.sub("", bare)
    for k, pattern in enumerate(_OWNER):
        m = pattern.search(text if k <= 2 else bare)  # the first three read the label
        if m:
            owner = " ".join(m.group("o").split())
            first = owner.split()[0].lower()
            if owner.lower() not in _NOT_OWNER and first not in {"it", "this", "there"} and \
                    first not in _IMPERATIVES:
                return owner
    return ""


def find_due(text: str) -> str:
    """The printed due date of an action, or "". A date after "by" (or "before", "due" …) wins
    over a meeting named after a weaker preposition earlier in the sentence ("… bring them to the
    July meeting for agreement by 1 July 2025")."""
    hits = list(_DUE.finditer(text))
    m = next((h for h in hits if h.group("d")), hits[0] if hits else None)
    if m:
        return " ".join((m.group("d") or m.group("w") or m.group("w2") or m.group("w3")).split()).rstrip(",")
    m = _ROW_CELLS.search(text) or _MD_DUE.search(text)  # the due cell of an action-table row
    return " ".join(m.group("d").split()).rstrip(",") if m else ""


# a Markdown table row whose last cell (or the one before a status cell) is a date:
# "| 1 | Notify members … | Club Secretary/Manager | 30 April 2025 |"
_MD_DUE = re.compile(r"\|\s*(?P<d>" + _DAY_MONTH + r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\s*\|"
                     r"(?:[^|\d]*\|)?\s*$", re.I)
_ROW_CELLS = re.compile(rf"\s(?:{INITIALS}(?:\s*/\s*{INITIALS})*|{_ROW_OFFICE}|{_ROW_NAME})\s+{_ROW_DUE}")
_DUE_LABEL = re.compile(r"^\W*(?:due(?:\s+date)?|deadline|target\s+date|by\s+when)\s*(?:[:\-–—]|by\b)",
                        re.I)


def due_line(text: str) -> str:
    """The due date of a line that is only a due label ("Due: 04/2025", "Deadline – 31 March"),
    else ""."""
    if not _DUE_LABEL.match(text):
        return ""
    due = find_due(text)
    rest = _DUE.sub("", text, count=1)
    return due if due and not re.search(r"[A-Za-z]{3,}", _DUE_LABEL.sub("", rest)) else ""


# A resolution whose whole content is one officer's task: the officer, a task verb in the present
# (the mandative "submits", "shall submit", "be requested to …") and a deadline. "It was agreed
# that AW would circulate …" records an agreed position and stays a decision; this records only
# who must do what by when, which is what a tracker follows.
_RESOLVED_TASK = re.compile(
    r"\b(?:resolved|agreed|decided|directed|ordered)\s+that\s+(?P<o>(?:the\s+)?(?:[A-Z][\w&'’\-]*\s+){0,3}?"
    r"(?:Officer|Clerk|Secretary|Director|Manager|Treasurer|Executive|Counsel|Staff|Chair(?:man|person)?|"
    r"Engineer|Administrator|Co-?ordinator|Secretariat|Principal|Accountant|Auditor))"
    r"(?:,\s*[A-Z][\w ,&]{0,40},)?\s+(?:submits?|prepares?|tables?|provides?|presents?|produces?|"
    r"furnishes?|(?:shall|must|should)\s+[a-z]+|be\s+(?:directed|requested|asked|instructed|tasked)\s+to)\b")
_WITHIN = re.compile(r"\bwithin\s+(?:\w+\s+)?(?:\(\d+\)\s+)?(?:working\s+|calendar\s+)?(?:days?|weeks?|months?)\b",
                     re.I)


# … and the same set as a label and an infinitive ("Agreed: the Club Secretary/Manager to obtain
# two quotes … by 30 April 2025", "Resolution: The Board directed the Manager to present a plan
# at the next meeting")
_OFFICE = (r"(?:the\s+)?(?:[A-Z][\w&'’\-]*\s+){0,3}?(?:Officer|Clerk|Secretary|Director|Manager|Treasurer|"
           r"Executive|Counsel|Staff|Chair(?:man|person)?|Engineer|Administrator|Co-?ordinator|Secretariat|"
           r"Principal|Accountant|Auditor|Captain)(?:/[A-Z][\w&'’\-]*)?")
_LABELLED_TASK = re.compile(
    rf"^\W*(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)\s*:\s*(?P<o>{_OFFICE})\s+to\s+[a-z]+|"
    rf"\b(?:directed|instructed|tasked)\s+(?P<o2>{_OFFICE})\s+to\s+[a-z]+")


# … and in the base form of the mandative ("It was agreed that the Mayor write to Transport Malta
# … by 31 August 2025", "The Council resolved that Cllr Vella contact the contractor before the
# next meeting"): the officer or the member named, then a task verb with no ending
_MANDATIVE_TASK = re.compile(
    r"\b(?:resolved|agreed|decided|directed|ordered|requested)\s+that\s+(?P<o>(?:the\s+)?"
    r"(?:[A-Z][\w&'’\-]*\s+){0,3}?(?:Mayor|Chair(?:man|person|woman)?|President|Officer|Clerk|"
    r"Secretary|Director|Manager|Treasurer|Executive|Counsel|Staff|Engineer|Administrator|"
    r"Co-?ordinator|Secretariat|Principal|Accountant|Auditor|Solicitor|Planner)|"
    r"(?:Cllr|Councillor|Cr|Mr|Mrs|Ms|Dr|Alderman|Trustee|Director)\.?\s+[A-Z][\w'’\-]+)"
    r"\s+(?P<v>[a-z][a-z\-]+)\b")


def resolved_task(text: str) -> str:
    """The officer a resolution tasks with a deadline (see above), or ""."""
    m = _LABELLED_TASK.search(text)
    if m and find_due(text[m.end():]):
        return " ".join((m.group("o") or m.group("o2")).split())
    m = _MANDATIVE_TASK.search(text)
    if m and m.group("v") in _TASK_VERBS and find_due(text[m.end():]):
        return " ".join(m.group("o").split())
    m = _RESOLVED_TASK.search(text)
    if not m or not (_WITHIN.search(text, m.end()) or find_due(text[m.end():])):
        return ""
    return " ".join(m.group("o").split())
