"""What a carried motion decided: the outcome a bare result line ("Motion carried 5-0.") takes
from the motion it follows ("Motion by X, seconded by Y, to defer a decision to May").

US-style minutes print the motion and its result as two sentences; the result line alone reads
as "approved" whatever was moved. `motion_outcome` reads the verb of a motion text;
`is_bare_result` says whether a decision sentence only reports a vote's result.
"""
from __future__ import annotations

import re

__all__ = ["motion_outcome", "is_bare_result", "is_motion", "clause_opening", "clause_outcome",
           "clause_task", "CLAUSE"]

# the verb after "to" in a motion, mapped to the decision outcome it carries
_VERBS = [
    (r"defer|postpone|table|continue|hold\s+over|delay", "deferred"),
    (r"refer|send\s+back|remand", "referred"),
    (r"deny|reject|decline|refuse|disapprove|oppose", "rejected"),
    (r"rescind|repeal|revoke|withdraw", "rescinded"),
    # a motion to strike out or insert words is an amendment (Robert's Rules)
    (r"amend|modify|revise|strike|insert", "amended"),
    (r"receive|note|accept\s+the\s+(?:report|update|minutes)|file", "noted"),
    (r"approve|adopt|accept|authori[sz]e|award|ratify|grant|recommend|support|endorse|confirm|"
     r"direct|appoint|allocate|fund|proceed", "approved"),
]
# what a body withdraws when it takes back a step of its own business (rescinded): "to withdraw
# the application", "withdraw its offer"; withdrawing a service, a facility or funding is a
# decision to stop it ("That the Trust withdraw its minibus service"), which is approved
_WITHDRAWN_BUSINESS = re.compile(
    r"^withdraw\w*\s+(?:(?:the|this|that|his|her|their|its|our|said|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:motion|amendment|item|application|proposal|resolution|request|offer|nomination|appeal|"
    r"objection|petition|bid|tender|complaint|second|notice|recommendation|report|matter)s?\b", re.I)


def _verb_outcome(verb: str, rest: str) -> str:
    """The outcome the verb `verb` carries, `rest` the text from the verb on."""
    out = next((o for p, o in _VERBS if re.match(p, verb, re.I)), "")
    if out == "rescinded" and verb.lower().startswith("withdr") and not _WITHDRAWN_BUSINESS.match(rest):
        return "approved"
    return out


_MOTION = re.compile(
    r"\b(?:motion|moved|move[sd]?|it\s+was\s+moved|seconded|a\s+motion\s+was\s+made)\b", re.I)
_TO_VERB = re.compile(r"\bto\s+(?:\w+ly\s+)?(" + "|".join(v for v, _ in _VERBS) + r")\w*", re.I)
# "Ms Farrugia proposed that the application be deferred …": a motion without the word
_PROPOSED_THAT = re.compile(r"\b(?:proposed|proposes|moved|moves)\s+that\b", re.I)
# "… that the matter be referred to the Works Sub-Committee": what a motion asks, in the passive
_THAT_BE = re.compile(r"\bthat\b[^.;]{0,120}?\bbe\s+(?:\w+ly\s+)?([a-z]+(?:ed|wn|ied))\b", re.I)
# "Hon. X seconded the motion, which was carried unanimously": the motion's result, no verb of its own
CARRIES_THE_MOTION = re.compile(r"\b(?:the|this|that|which)\s+(?:motion|proposal|resolution)?\b[^.;]{0,40}?"
                                r"\b(?:was|were)\s+(?:then\s+)?(?:duly\s+)?(?:carried|passed|adopted|agreed)\b"
                                # "A roll call vote was taken and the motion passed 7-0."
                                r"|\bthe\s+motion\s+(?:then\s+)?(?:carried|passed|prevailed)\b", re.I)
_NEW_MOTION = re.compile(r"\b(?:motion|moved)\s+to\s+[a-z]", re.I)
_APPROVAL_OF = re.compile(r"\bmoved\s+(approval|adoption|denial|deferral|referral|rejection)\b", re.I)
_NOUNS = {"approval": "approved", "adoption": "approved", "denial": "rejected",
          "deferral": "deferred", "referral": "referred", "rejection": "rejected"}
_BARE = re.compile(
    r"^\W*(?:the\s+)?(?:motion|amendment|resolution|vote|(?:result|vote|action)\s*[:\-–])?\s*"
    r"(?:was\s+|has\s+been\s+)?"
    r"(?:carried|passed|adopted|approved|agreed|prevailed)\b(?!\s+(?:the|a|an|that|to|this|its)\b)"
    r"[^.;]*$", re.I)


# "M/S/C (Jones/Lee) to approve …": moved, seconded (and carried), as US library and school
# boards abbreviate it; capitals only ("m/s" is a speed)
_MS = re.compile(r"(?<![\w/])M\s*/\s*S(?:\s*/\s*[CPU])?(?![\w/])")


def is_motion(text: str) -> bool:
    """Whether `text` states a motion (moved, seconded, "Motion by …", "M/S/C")."""
    return bool(_MOTION.search(text) or _MS.search(text))


# a resolution's text printed on its own ("THAT the item be deferred to May"), moved by the lines above
_THAT = re.compile(r"^\W*(?:THAT|That)\s")
_THAT_VERB = re.compile(r"\b(" + "|".join(v for v, _ in _VERBS) + r")\w*", re.I)


# "THAT the letter be received and the Chairperson arrange a joint meeting": a motion that notes
# and does more ("received and filed" only notes)
_NOTES_AND_MORE = re.compile(r"\b(?:received|noted)\s+and\s+(?!(?:be\s+)?(?:filed|noted|recorded|placed|"
                             r"kept|entered)\b)(?:that\s+)?\w+", re.I)


# a programme carried on, not an item put off: "THAT the composter rebate program be continued in
# 2025 with a budget of $10,000" (an item "continued to the next meeting" is deferred)
_CARRIED_ON = re.compile(r"\bcontinu\w*\s+(?:in|into|through|throughout|with|at|beyond|as|"
                         r"for\s+(?:a\s+further|another|the|(?:\w+\s+)?more)\s+(?:\w+\s+)?(?:year|term|season|period))\b"
                         r"(?!\s+(?:the\s+)?(?:next|following|future|later|\w+\s+meeting))", re.I)


def motion_outcome(text: str) -> str:
    """The outcome the motion in `text` asks for ("" when no motion or no known verb)."""
    out = _motion_outcome(text)
    if out == "deferred" and _CARRIED_ON.search(text) \
            and not re.search(r"\b(?:defer|postpon|table|hold\s+over|delay)", text, re.I):
        return "approved"
    return "approved" if out == "noted" and _NOTES_AND_MORE.search(text) else out


# what a body sends up to another for its decision: "that the renovation be recommended to the
# General Assembly for approval", "be forwarded to the Regional Board", "to submit it to the
# Council": escalated, which the outcomes call referred. A body's own recommendation to another
# in the active, "made a motion to recommend to the City Council the Zoning Text Amendments",
# is its approval (the Alameda Planning Board's gold), and so is recommending with no body named.
_ESCALATED = re.compile(r"\b(?:be\s+(?:recommended|forwarded|submitted|escalated)|"
                        r"to\s+(?:forward|submit|escalate)\s+(?:[\w'’-]+\s+){0,4}?)\s*to\s+the\s+"
                        r"(?:[A-Z][\w'’-]*\s+){0,4}(?:Assembly|Council|Board|Committee|Commission|"
                        r"Cabinet|Executive|Authority|Parliament|Senate|Congress|Legislature|Minister|"
                        r"Ministry|Department)\b")


def _motion_outcome(text: str) -> str:
    if (_THAT.match(text) or is_motion(text) or _PROPOSED_THAT.search(text)) and _ESCALATED.search(text):
        return "referred"
    if _THAT.match(text) and not is_motion(text):
        m = _THAT_VERB.search(text)
        return _verb_outcome(m.group(1), text[m.start():]) if m else ""
    if not is_motion(text) and not _PROPOSED_THAT.search(text):
        return ""
    m = _APPROVAL_OF.search(text)
    if m:
        return _NOUNS[m.group(1).lower()]
    m = _TO_VERB.search(text)
    if not m:
        # "moved that the item be deferred to the June meeting": the verb in the passive
        be = _THAT_BE.search(text)
        if be:
            verb = re.sub(r"ied$", "y", be.group(1).lower())
            return next((o for p, o in _VERBS if re.match(p, verb, re.I)), "")
        # "made the motion to divide the policy": a new motion whose verb carries no outcome
        # of its own is approved when carried (and replaces the motion moved before it)
        return "approved" if _NEW_MOTION.search(text) else ""
    return _verb_outcome(m.group(1), text[m.start(1):])


def is_bare_result(text: str) -> bool:
    """Whether a decision sentence only reports that a motion passed ("Motion carried 5-0.",
    "The motion passed unanimously", "Carried (Lee opposed).", "RESULT: PASSED [10 TO 5]")."""
    return bool(_BARE.match(text.strip().rstrip(".")))


# A resolution printed as an opening line and lettered clauses: "That the Te Awa Rua Local Board:"
# / "a) approve the concept design …" / "b) request staff to report back …" (New Zealand and
# Australian councils), or "RESOLVED:" / "(a) That the report be noted." / "(b) That …" (South
# African and UK committees). The opening says what the clauses are: the text of a motion still
# to be voted on, or what the body resolved.
CLAUSE = re.compile(r"^\W{0,2}(?:\(?[a-z]{1,2}\)|\(?(?:i{1,3}|iv|vi{0,3})\)|\d{1,2}[.)])\s+(?=\S)|"
                    # a bulleted decision list under "The Committee:" ("• noted the review …;")
                    r"^\s*[•▪●◦]\s+(?=\S)")
_MOTION_OPENING = re.compile(r"^\W*(?:THAT|That)\s+(?:the\s+)?[^.;]{0,80}:\s*$")
_RESOLVED_OPENING = re.compile(r"^\W*(?:RESOLVED|Resolved|AGREED|Agreed|DECIDED|Decided)(?:\W*$|"
                               # the label over the motion's opening: "RESOLVED: That the Board:"
                               r"\s*:?\s*(?:THAT|That)\s+(?:the\s+)?[^.;]{0,80}:\s*$)|"
                               # the body named alone over the list of what it did: "The
                               # Committee:" / "• noted the review …;" / "• agreed that …"
                               # (Scottish and English boards)
                               r"^\W*The\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Committee|Board|Council|Panel|Sub-Committee|"
                               r"Subcommittee|Authority|Trustees|Governors|Members|Forum|Group|Commission|Cabinet)\s*:\s*$")
# the body's resolution in a sentence over its clauses: "Decision: The IJB agreed to:" (Scottish
# integration joint boards), "The Committee resolved:", "It was agreed that the Board would:"
_AGREED_OPENING = re.compile(
    r"^\W*(?:(?:Decisions?|Resolutions?|Outcome)\s*:\s*)?(?:The\s+\w+(?:\s+\w+){0,5}?|It\s+was|Members)\s+"
    r"(?:(?:unanimously|duly)\s+)?(?:agreed|resolved|decided)(?:\s+(?:to|that(?:\s+[\w ]{1,40})?))?\s*:\s*$")
_TASK = re.compile(r"^\W{0,2}(?:\(?[a-z]{1,2}\)|\d{1,2}[.)])\s+(?:that\s+)?(?:request|requests|direct|directs|"
                   r"instruct|instructs|ask|asks|delegates?\s+authority\s+to)\s+"
                   r"(?P<o>(?:the\s+)?[\w'’ -]{2,60}?)\s+to\s+[a-z]", re.I)


def clause_opening(text: str) -> str:
    """"motion" for the opening line of a motion's lettered clauses ("That the Board:"),
    "resolved" for a bare "RESOLVED:" over clauses, else ""."""
    if _MOTION_OPENING.match(text.strip()):
        return "motion"
    if _RESOLVED_OPENING.match(text.strip()) or _AGREED_OPENING.match(text.strip()):
        return "resolved"
    return ""


def clause_outcome(text: str) -> str:
    """The outcome a lettered clause asks for, from its first verb ("a) defer consideration …"
    -> deferred; "(a) That the report … be noted" -> noted), or ""."""
    body = CLAUSE.sub("", text.strip(), count=1) if CLAUSE.match(text.strip()) else text
    body = re.sub(r"^\W*(?:that|THAT)\s+", "", body.strip())
    m = _THAT_VERB.search(body)
    return _verb_outcome(m.group(1), body[m.start():]) if m else ""


def clause_task(text: str) -> str:
    """Who a clause tasks ("b) request staff to report back …" -> "staff"), or ""."""
    m = _TASK.match(text.strip())
    return m.group("o").strip() if m else ""
