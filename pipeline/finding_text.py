"""Findings: what the text of a statement or title says, as rules kept apart from the analysis.

Closure and change-of-decision wording, what counts as a position (not "Not heard.", a tally, a
notice of motion, someone's speech), which objections are sure enough to report, what names one
specific matter in a title, and the content words two statements on one point share.
"""
from __future__ import annotations

import re

from .config import CONFIG

__all__ = ["is_closure", "reports_closure", "is_change_record", "is_position", "stops_matter",
           "reports_going_ahead", "award_parties", "reports_award", "reports_supplier", "reverses_state",
           "is_objection_for_finding", "contrary", "identifiers", "confidence", "topic_words",
           "POSITIVE", "is_staff", "by_staff", "is_bare_vote", "is_motion", "is_report_prose",
           "is_own_position", "is_own_heading", "is_guest_report"]

_CLOSURE = re.compile(
    r"\b(no further action|end of the matter|not (?:be )?(?:being )?(?:pursued|progressed)|"
    r"not (?:to )?proceed\w*|no longer (?:required|needed|proceeding|being (?:pursued|progressed))|"
    r"(?:was|were|is|are|be|been|being) (?:now )?(?:abandoned|shelved)|abandon (?:the|this|its|their)|nothing further (?:to|was)|no need for (?:a|the|any)|"
    r"(?:the|this|that) (?:matter|item|issue|review|scheme|project|proposal|action) (?:was|is|has been|"
    r"be|can be|could be) (?:now )?(?:closed|concluded|withdrawn|dropped)|"
    r"(?:close|closed|conclude|concluded) (?:the|this) (?:matter|item|issue)|"
    r"removed (?:it )?from (?:its|the) (?:programme|work ?plan|agenda|list)|"
    # a scheme reported stopped ("the programme had been stopped and would not be launched")
    # … or an order or purchase named with what it was for ("the order for the new motor
    # grader had been cancelled")
    r"(?:programme|program|project|scheme|pilot|plan|initiative|review|study|contract|service|"
    r"work|site|proposal|order|purchase)(?: (?:for|of) (?:an? |the )?[\w' -]{1,40}?)? "
    r"(?:had|has|have) (?:now )?been (?:stopped|halted|cancell?ed|"
    r"discontinued|scrapped|dropped|shelved)|"
    r"(?:will|would) not (?:now )?(?:be )?(?:launched|introduced|go(?:ing)? ahead|take place|continued)|"
    # what was decided reported as not to be done after all ("the extension … would not now be
    # designated", "the rink would not be built")
    r"(?:will|would) not (?:now )?be (?:designated|built|constructed|implemented|installed|"
    r"purchased|bought|delivered)|"
    # a purchase or scheme reported off ("the device would no longer be bought", "put on hold
    # indefinitely": a pause with no end is a stop)
    r"(?:will|would) no longer be (?:bought|purchased|built|installed|continued|funded)|"
    r"(?:put|placed) on hold indefinitely|"
    # a scheme reported paused by someone else than the body ("the grant fund had been put on hold
    # and no grants would be offered"): the body's approval is quietly not carried out
    r"(?:had|has|have) been (?:put|placed) on hold|"
    # a part of what was approved reported taken out ("the Pelican Flat balancing storage had
    # been dropped from the design")
    r"(?:had|has|have) (?:now )?been (?:dropped|removed|omitted|deleted|taken out|cut) from (?:the|its|their) "
    r"(?:design|scope|scheme|project|plans?|programme|program|works|contract|specification)\b|"
    # a service or its opening reported suspended with no end given ("weekend opening of the
    # minor injuries unit had been suspended from 2 August"; not "suspended until the repairs")
    r"\b(?:opening|hours|service|services|unit|clinic|facility|programme|program|scheme|route)"
    r"(?: (?:for|of|at) (?:an? |the )?[\w' -]{1,40}?)? (?:had|has|have) (?:now )?been suspended\b"
    r"(?![^.;]{0,40}\b(?:until|pending|while|for (?:a|one|two|three|four|the) (?:day|week|month))))", re.I)
# a statement that proposes a closure is not yet a position ("proposed that the scheme not proceed")
# ("moved to" a motion, not money "moved to the replacement of the bridge")
_PROPOSING = re.compile(r"\b(?:propos\w*|recommend\w*|suggest\w*|motion|urged|seek\w*|sought|"
                        r"asked|requested)\b|\b(?<!been )moved (?:that|to(?! (?:the|an?|its|their)\b))\b",
                        re.I)
_CHANGE = re.compile(
    r"\b(rescind\w*|revok\w*|revisit\w*|reconsider\w*|supersed\w*|"
    r"amend\w* (?:the|its|their) (?:earlier|previous|prior|original|\w+ )?(?:decision|resolution|motion)|"
    # the passive form: "THAT Resolution 2025-014 be amended to add …", "the resolution of 12
    # February 2025 (minute 62) be amended so that …"
    r"(?:decision|resolution|minute)\b[^.;]{0,60}?\bbe (?:amended|varied)\b|"
    r"in (?:the )?light of\b.*\b(?:agreed|decided|resolved)|"
    # "… agreed … instead", but not what another party "had agreed" ("the sign would not now be
    # bought, since Police Scotland had agreed to carry out speed checks instead")
    r"(?<!had )(?<!has )(?<!have )(?:agreed|decided|resolved)\b.*\binstead\b|vary (?:the|its) (?:earlier )?decision|"
    r"change (?:the|its) (?:earlier|previous) decision|reverse[ds]? (?:the|its) (?:earlier|previous)?)",
    re.I)
POSITIVE = {"approved", "amended"}
_NEGATIVE = {"rejected", "rescinded"}


def is_closure(text: str) -> bool:
    return bool(_CLOSURE.search(text))


def reports_closure(text: str) -> bool:
    """A report that the matter is closed or abandoned, not a proposal to close it: such a line
    is a position whatever type the classifier gave it ("Helen Price reported that the
    programme had been stopped" reads like an item's opening proposal)."""
    return is_closure(text) and not _PROPOSING.search(text)


# A decision that stops the matter itself: "Trustees agreed to close the Ludlow shop", "agreed to
# cease the service", "not to renew the lease" (besides the closure wording above).
_STOPS = re.compile(r"\b(?:to|would|will|shall|should|be)\s+(?:now\s+)?(?:close|shut|cease|"
                    r"discontinue|terminate|wind up|withdraw)\b|(?<!\bdid )(?<!\bdoes )(?<!\bdo )(?<!\bcould )"
                    r"(?<!\bcannot )\bnot (?:to )?(?:renew|extend|proceed|commission|"
                    r"appoint|purchase|buy|fund|pursue|install|build|introduce)\b|"
                    r"\bclosure of (?:the|its)\b|"
                    # "agreed that no out-of-zone places would be offered for 2026"
                    r"\bthat\s+no\s+(?:[\w-]+\s+){1,4}(?:would|will|shall|should|are\s+to|is\s+to)\s+"
                    r"(?:now\s+)?be\s+(?:offered|made|given|sought|taken\s+up|accepted|advertised|built|"
                    r"bought|purchased|sold|let)\b|"
                    # "to remove Well 7 from service until treatment is in place"
                    r"\bto\s+(?:remove|take|withdraw)\s+[^.;]{0,40}?\b(?:from|out\s+of)\s+"
                    r"(?:service|use|operation)\b", re.I)


# an agreed decision to turn something down ("voted … to decline the loan offered by the State
# Infrastructure Bank"); kept apart from _STOPS, whose match in a rejected motion says the
# motion to stop failed ("resolved to refuse the offer" is itself typed rejected)
_DECLINES = re.compile(r"\bto\s+(?:decline|refuse|turn\s+down)\b", re.I)


def stops_matter(text: str, outcome: str) -> bool:
    """Does a decision stop the matter: the matter closed or abandoned by an agreed decision
    ("agreed to close the shop", "agreed that the paving would not proceed"), or a proposal
    turned down? A rejected motion to close something keeps it going, so it does not."""
    if outcome == "rejected":
        return is_closure(text) or not _STOPS.search(text)
    return outcome in POSITIVE and (is_closure(text) or bool(_STOPS.search(text))
                                    or bool(_DECLINES.search(text)))


# A report that the matter goes on: "would go ahead in the spring", "continues to trade",
# "remains open", "work has started", "is now under way".
_GOES_ON = re.compile(
    r"\b(?:will|would|is to|are to|was to|were to|shall)\s+(?:now\s+|still\s+|therefore\s+)?"
    r"(?:go ahead|proceed)\b(?!\s+(?:to|with (?:the|this|that) (?:meeting|agenda|item|next)))|"
    r"\b(?:continues?|continued|continuing|carries on|carried on|keeps?|kept)\s+(?:to\s+)?"
    r"(?:trade|trading|operate|operating|run|running|open|function|functioning)\b|"
    r"\b(?:remains?|remained|stays?|stayed|is still|are still|was still|were still)\s+"
    r"(?:open\b(?!\s+(?:for|to)\s+(?:discussion|debate|comments?|questions?|consideration|"
    r"negotiation|interpretation))|in (?:operation|business|service|use)\b|trading\b|"
    r"operating\b|running\b)|"
    r"\b(?:work|works|construction|building|installation)\s+(?:has|have|had)\s+(?:now\s+|"
    r"already\s+)?(?:started|begun|commenced)\b|"
    r"\b(?:is|are|was|were)\s+(?:now\s+)?(?:going ahead|under ?way)\b|"
    # a start or a date reported for the work: "work on the parking bays would start in May",
    # "the examinations would be held before the Christmas break from 2025-26"
    r"\b(?:work|works|construction|building|installation)\s+(?:on|at|to|for|of)\b[^.;,]{0,80}?"
    r"\b(?:will|would|is to|"
    r"are to|shall)\s+(?:now\s+)?(?:start|begin|commence)\s+(?:in|on|from|next|this|before)\b|"
    r"\b(?:will|would|is to|are to|shall)\s+(?:now\s+)?be\s+(?:held|introduced|implemented)\s+"
    r"(?:[^.;]{0,40}?\s)?from\s+(?:\d|next|the\s+(?:start|beginning|next))|"
    # "the site assessment, now commissioned through …" (as "the contract, now awarded to …"),
    # "the storage container, now sited beside the pavilion", "the lighting, now being installed"
    r",\s+now\s+(?:being\s+)?(?:commissioned|sited|installed|built|erected|constructed|in\s+place|"
    r"under\s+construction|in\s+operation|in\s+use|operating|running)\b|"
    # "Sunday opening …, which began on May 4, had drawn 600 visitors": the start reported
    r",\s+(?:which|that)\s+(?:had\s+)?(?:began|begun|started|commenced)\s+(?:on|in)\s+|"
    # "Well 7 had been put back into service on May 12", "the pool, returned to use in June"
    r"\b(?:put|brought|returned|restored)\s+(?:back\s+)?(?:in|into|to)\s+(?:service|use|operation)\b|"
    # a deal done or an offer made, reported: "contracts for the purchase of the mart site had
    # been signed on 27th June", "the State Infrastructure Bank loan … had been signed", "15
    # out-of-zone places for 2026 had been advertised"
    r"\b(?:had|has|have)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:signed|advertised|drawn\s+down|"
    r"exchanged|concluded|purchased|bought)\b|"
    # "the independent survey, commissioned from Pellow Associates at the residents' request, …"
    r",\s+(?:now\s+)?(?:commissioned|carried\s+out|undertaken)\s+(?:from|by|through|with)\s+", re.I)
# what makes it no report of going on: negated, conditional or asked ("would not go ahead", "if
# the works went ahead", "whether the shop would stay open")
_NOT_SO = re.compile(r"\b(?:not|no longer|never|n't|if|unless|whether|until|could|might|"
                     r"only|should|must|hop\w*|wish\w*|want\w*|needs?|needed)\b|(?-i:\bmay\b)",
                     re.I)
# … or only for a while: "would remain open until the lease ends", "pending the sale"
_FOR_NOW = re.compile(r"^[^.;]{0,60}?\b(?:until|till|pending|for now|for the time being)\b", re.I)


def reports_going_ahead(text: str) -> bool:
    """Does a line report that the matter goes on (is going ahead, continues to operate, remains
    open, has started), not proposing, asking or supposing it?"""
    m = _GOES_ON.search(text)
    if not m or _PROPOSING.search(text):
        return False
    clause = re.split(r"[.;:,]", text[:m.start()])[-1]
    return not _NOT_SO.search(clause) and not _FOR_NOW.search(text[m.end():]) \
        and "?" not in text


# A contract or award given to a named party: "to award the … contract … to Summit Coach Lines",
# "the contract, now awarded to Redline Student Transit", "a contract with Apex Cleaning Ltd".
_PARTY = r"((?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|&|for)\s+)?){0,4}[A-Z][\w&'’.-]*)"
_AWARD = re.compile(r"\baward(?:ed|ing|s)?\b[^.;]{0,100}?\bto\s+(?:the\s+)?" + _PARTY
                    + r"|\bcontract(?:s|ed)?\s+(?:\w+\s+){0,3}?with\s+(?:the\s+)?" + _PARTY)
_PARTY_STOP = {"the", "of", "and", "for", "ltd", "limited", "inc", "llc", "plc", "co", "company",
               "group", "services", "council", "board", "city", "county", "district"}


# an award put to the body, not reported as made: "Recommendation to award …", "to authorize the
# General Manager to enter into a contract with …", "moved approval of the contract with …"
_ASKS = re.compile(r"\b(?:authori[sz]\w*|enter into|execute|approv\w*|renew\w*|extend\w*|"
                   r"extension|terminat\w*|amend\w*)\b", re.I)


def award_parties(text: str) -> set[str]:
    """The words naming the party a contract or award is given to (lower case, legal forms and
    generic words aside); empty when none is named, or when the award is denied ("was not
    awarded to …")."""
    out: set[str] = set()
    for m in _AWARD.finditer(text):
        if _NOT_SO.search(re.split(r"[.;:,]", text[:m.start()])[-1]) \
                or re.search(r"\b(?:not|never)\b", m.group(0), re.I):
            continue
        name = m.group(1) or m.group(2) or ""
        out |= {w.strip(".'’").lower() for w in name.split()} - _PARTY_STOP
    return {w for w in out if w}


def reports_award(text: str) -> bool:
    """Does a line report a contract or award as given to a named party ("the contract, now
    awarded to Redline Student Transit"), not put it to the body (a motion, a recommendation,
    "That …", an authority to enter into, extend or amend a contract)?"""
    return bool(award_parties(text)) and not is_motion(text) and not _PROPOSING.search(text) \
        and not _ASKS.search(text) and not re.match(r"^\W*that\b", text, re.I)


# What a party was refused ("refuse the offer from Keystone Modular Homes to supply …", "rejected
# the tender of Apex Ltd") and a later line reporting that party doing it after all ("the
# homes, to be supplied by Keystone Modular Homes, would be delivered in September").
_OFFER_FROM = re.compile(r"\b(?:offer|bid|tender|quot(?:e|ation)|proposal)s?\s+(?:from|of|by)\s+(?:the\s+)?"
                         + _PARTY)
_SUPPLIED_BY = re.compile(r"\b(?:supplied|provided|delivered|built|installed|manufactured|erected|"
                          r"operated|run)\s+by\s+(?:the\s+)?" + _PARTY)


def _parties(rx: re.Pattern, text: str) -> set[str]:
    out: set[str] = set()
    for m in rx.finditer(text):
        if _NOT_SO.search(re.split(r"[.;:,]", text[:m.start()])[-1]):
            continue
        out |= {w.strip(".'’").lower() for w in m.group(1).split()} - _PARTY_STOP
    return {w for w in out if w}


def reports_supplier(text: str) -> bool:
    """Does a line report a named party supplying, building or running the thing ("the first six
    homes, to be supplied by Keystone Modular Homes, would be delivered"), not put it to the body
    (a motion, a proposal, "That …")?"""
    return bool(_parties(_SUPPLIED_BY, text)) and not is_motion(text) \
        and not _PROPOSING.search(text) and not re.match(r"^\W*that\b", text, re.I)


def reverses_state(earlier_text: str, earlier_outcome: str, later: dict) -> bool:
    """Does a reported state (`later`, outcome "going_ahead" or "awarded") contradict an earlier
    decision: going ahead, trading on or started after a rejection or a closure, or a contract
    given to another named party than the one it was awarded to?"""
    if later.get("outcome") == "going_ahead":
        return stops_matter(earlier_text, earlier_outcome)
    if later.get("outcome") == "awarded" and earlier_outcome in POSITIVE:
        mine, theirs = award_parties(earlier_text), award_parties(later["text"])
        return bool(mine) and bool(theirs) and not mine & theirs
    if later.get("outcome") == "supplied" and earlier_outcome == "rejected":
        # the party whose offer was refused is reported supplying it after all
        return bool(_parties(_OFFER_FROM, earlier_text) & _parties(_SUPPLIED_BY, later["text"]))
    return False


# Lines that carry a decision marker but decide nothing about the matter: a member not heard on a
# roll call, a bare tally, a discussion moved to another item, a vote line without the motion.
_NON_POSITION = re.compile(
    r"^[^.;]{0,80}\bnot heard\W*$|^\W*(?:ayes?|noes?|nays?|abstain\w*|absent|recused)\b\s*:|"
    r"\b(?:discussion|matter|item|it) (?:was )?(?:deferred|moved|postponed) to (?:agenda )?item\b|"
    # a vote result without its motion, and a notice of a motion still to be moved
    r"^\W*(?:vote on the (?:main )?motion(?: as amended)?\s*)?result\s*:|"
    r"^\W*(?:passed|defeated|carried|failed|lost)\s*[\[(]\s*\d|"
    r"\bnotice of motion\b|\b(?:i|we) will move\b|"
    # a member's own conditional stance ("if a PSA is not agreed …, she will not vote in favor")
    r"\b(?:he|she|they|i|we) (?:will|would) (?:not |no longer )?(?:vote|support)\b",
    re.I)
# a bare tally: "Councilmembers Daysog, Herrera Spencer and Jensen – 3."
_TALLY = re.compile(r"^\W*(?:[A-Z][\w.'’-]*,?\s+(?:and\s+)?)+[A-Z][\w.'’-]*\s*[-–—:]\s*\d+\W*$")


# A member's or officer's speech ("Councilmember X stated Council did not approve…", "The Chair
# started this discussion by referring to the Cabinet's decision…") is not the body's decision,
# whatever decision words it quotes.
_SPEECH = re.compile(
    r"^\W*(?:[Uu]nder discussion,\s*)?(?:(?:[A-Z][\w.'’()-]*|and|of|for|the)\s+){1,8}"
    r"(?:stated|said|discussed|inquired|asked|questioned|queried|expressed|commented|suggested|"
    r"requested|responded|replied|explained|mentioned|started|referred|outlined|acknowledged|"
    r"noted that|wondered|argued|felt|believes?|thinks?|concurred|indicated|reiterated|"
    r"emphasi[sz]ed)\b")


def is_position(text: str, decision: bool = False) -> bool:
    """Does a line state a position on the matter (not "Not heard.", a bare tally, or a
    discussion moved to another item)? A formal decision must also not be someone's speech."""
    words = re.findall(r"[A-Za-z]{2,}", text)
    return len(words) >= 3 and not _NON_POSITION.search(text.strip()) \
        and not _TALLY.search(text.strip()) \
        and not (decision and _SPEECH.search(text))


# Statements the classifier or a rule labels objection although they state support, or say there
# is no problem ("does not see any problems or concerns", "struggling to see a problem").
_SUPPORTS = re.compile(
    r"\b(?:expressed|expresses|expressing|voiced|offered) (?:\w+ )?support for (?:the|this) "
    r"(?:matter|motion|proposal|project|resolution|ordinance|item|application|plan|"
    r"(?:staff )?recommendation)\b|\b(?:is|am|are|was|were) (?:fully |strongly )?in support of\b|"
    r"\bsupports? the (?:staff )?recommendation\b|"
    r"\b(?:not see|struggling to see|no|not any|without any) (?:any |a |real )?"
    r"(?:problems?|concerns?|issues?)\b(?! (?:with|about|over|regarding))", re.I)
_AGAINST = re.compile(r"\b(?:not|n't|never|no longer|cannot|can't|oppos\w+|against|but|however|"
                      r"although|though|urged? (?:council|the board) (?:not|to vote no))\b", re.I)


# an explicit sign of disagreement or doubt, which a label from a weak rule ("too …", "some
# issues", "no capacity") needs before it is reported as an objection
_DISSENT = re.compile(r"\?|\b(?:concern\w*|oppos\w*|object\w*|against|disagree\w*|reject\w*|"
                      r"question\w*|quer(?:y|ied)|doubt\w*|worr\w*|critic\w*|disappoint\w*|"
                      r"unhappy|(?:not|n't|never) (?:be )?support\w*)\b", re.I)


# An officer named by role ("The City Manager", "the Community Development Director", "Staff
# Counsel"): officers explain and answer; they do not object to the body's business. A bare
# "Director"/"Secretary" is left out: on many boards these are the members themselves.
# "The Treasurer" and "the Secretary" alone are left out too: on the boards of charities, clubs,
# HOAs and partnerships they are members holding an office; "the City Treasurer" is staff.
_STAFF = re.compile(
    r"^(?:the\s+head\s+of\s+(?!the\b)[a-z]\w*|"  # "The Head of Planning", "the Head of Legal Services"
    r"the\s+(?:[\w,'’-]+\s+){0,7}?(?:manager|director|clerk|counsel|attorney|officer|"
    r"engineer|planner|coordinator|controller|administrator|chief|"
    r"superintendent|solicitor|accountant|ceo|cao|cfo)|the\s+(?:city|county|town|borough|council['’]?s?|"
    r"company|deputy|assistant)\s+(?:treasurer|secretary)|"
    r"(?:staff|city|county|town|deputy|assistant)\s+"
    r"(?:counsel|attorney|clerk|manager|planner|engineer|solicitor))\b", re.I)


def is_staff(speaker: str) -> bool:
    """Is the speaker an officer named by role (not a member or a member of the public)?"""
    return bool(_STAFF.search((speaker or "").strip()))


def by_staff(s: dict) -> bool:
    """Is statement `s` an officer's, by its speaker or by the officer its text names?"""
    return is_staff(s.get("speaker") or "") or is_staff(s["text"])


# Paraphrased speech that reports a view or a suggestion without taking issue with anything ("gave
# his thoughts on densities and wanted to see consistency", "discussed her thoughts on …",
# "suggested giving it a year"): not an objection unless it also says something against.
_NEUTRAL = re.compile(
    r"\b(?:discussed|gave|shared|offered|expressed) (?:his|her|their|this|these|some|its|my) "
    r"(?:own )?(?:thoughts|views|ideas|perspective|experience)\b|\bwanted to see\b|"
    r"^\W*(?:[\w.'’-]+\s+){0,6}(?:suggested|recommended|proposed|hoped|would like)\b|"
    r"\bwas hesitant\b", re.I)
_TAKES_ISSUE = re.compile(
    r"\?|\b(?:not|n't|never|no|cannot|concern\w*|oppos\w*|object\w*|against|disagree\w*|"
    r"reject\w*|doubt\w*|worr\w*|critic\w*|unnecessary|overkill|wrong|ignor\w*|"
    r"took issue|problem\w*|unacceptable|inadequate)\b", re.I)


def is_objection_for_finding(s: dict) -> bool:
    """Is a statement labelled objection sure enough to report as unanswered? The classifier must
    be confident (rules count as sure; a weak rule needs a word of dissent as well), the speaker
    must not be an officer (officers explain; they do not object), the text must not be a neutral
    report of someone's thoughts or a suggestion, and it must not state support or say that there
    is no problem, unless it also says something against (", however…", "does not support")."""
    if confidence(s) < CONFIG["finding_min_objection_confidence"]:
        return False
    text = s["text"]
    if by_staff(s) or is_own_position(text, s.get("body") or ""):
        return False
    if _NEUTRAL.search(text) and not _TAKES_ISSUE.search(text):
        return False
    if states_no_point(text):
        return False
    rule = (s.get("generator") or "").removeprefix("rule:")
    if rule in CONFIG["finding_weak_objection_rules"] and not _DISSENT.search(text):
        return False
    m = _SUPPORTS.search(text)
    return not m or bool(_AGAINST.search(text[m.end():]) or _AGAINST.search(text[:m.start()][-40:]))


# a registered speaker's line: "Mr X, on behalf of the Parish Council, spoke in objection to the
# application.", "Speaking in opposition: Helen Brandt, 412 Mill Street; George Pappas, …"
_SPOKE_AGAINST = re.compile(r"\b(?:spoke|spoken|speaking|speakers?)\s+(?:in\s+)?"
                            r"(?:objection|opposition|against)\b", re.I)
_REASON = re.compile(r"\b(?:that|because|as|about|regarding|concern\w*|grounds|citing|due to|"
                     r"since|saying|stating|noting|arguing|asking|would|could|should)\b", re.I)


def states_no_point(text: str) -> bool:
    """Does an objection only record that someone spoke against the matter, with no point that
    could be answered or left unanswered (a speaker registered against an application)?"""
    m = _SPOKE_AGAINST.search(text)
    return bool(m) and not _REASON.search(text[m.end():])


def is_change_record(text: str, outcome: str = "") -> bool:
    return outcome in ("rescinded", "amended") or bool(_CHANGE.search(text))


# a refusal of what someone else asked or offered ("resolved to refuse the residents'
# association's request for an independent survey", "declined the offer from Keystone")
_REFUSED_ASK = re.compile(r"\b(?:refus\w*|declin\w*|reject\w*|turn(?:s|ed)?\s+down)\b[^.;]{0,80}?"
                          r"\b(request|offer|invitation|bid|appeal|petition|application|approach)e?s?\b",
                          re.I)


def _refuses_other_ask(earlier: str, later: str) -> bool:
    """Whether `later` refuses a request, offer or application that `earlier` did not decide:
    the body approving one step ("agreed that an options appraisal be brought") and then
    refusing a third party's request on the same matter has not reversed itself."""
    m = _REFUSED_ASK.search(later)
    return bool(m) and not re.search(rf"\b{m.group(1)}", earlier, re.I)


def contrary(earlier: dict, later: dict) -> bool:
    """Is `later` (a decision or agreed position) contrary to `earlier`?"""
    a, b = earlier.get("outcome") or "", later.get("outcome") or ""
    if a in POSITIVE and stops_matter(earlier.get("text") or "", a) \
            and (b == "closed" or is_closure(later["text"])):
        return False  # closed as agreed: "agreed to close the shop", then "the shop was closed"
    if a in POSITIVE and b in _NEGATIVE and _refuses_other_ask(earlier.get("text") or "", later["text"]):
        return False
    if a in POSITIVE and (b in _NEGATIVE or b == "closed" or is_closure(later["text"])):
        return True
    return a in ("rejected",) and b in ("approved",)


_IDENT = re.compile(
    r"\b[A-Z]{2,5}\s?\d{2,4}-\d{2,5}\b|"  # application / file numbers: PLN22-0401
    r"(?:\bNo\.?|\bNumber|#)\s*(\d[\d/-]*)|"  # Resolution No. 15956, Docket # 22-09645
    r"\b\d{1,5}(?:\s*-\s*\d{1,5})?\s+(?:[A-Z][a-z]+\s+){1,3}"  # street addresses
    r"(?:Street|St|Avenue|Ave|Road|Rd|Way|Boulevard|Blvd|Drive|Dr|Lane|Ln|Place|Pl|Court|Ct|Loop)\b")


def identifiers(title: str) -> set[str]:
    """What names one specific matter in a title: an application or file number, a resolution or
    docket number, a street address. Two items naming different ones are different matters, however
    alike their boilerplate ("Design Review Amendment … Public hearing to consider …")."""
    return {re.sub(r"\s+", " ", (m.group(1) or m.group(0))).lower() for m in _IDENT.finditer(title)}


def confidence(s: dict) -> float:
    """How sure the classifier was that the statement is an objection (rules count as sure), so
    that findings resting on a doubtful label sort below the rest."""
    if (s.get("generator") or "").startswith("rule:"):
        return 1.0
    return max(0.3, min(1.0, float(s.get("score") or 0.0)))


# words that say who spoke and how, not what about: two statements sharing only these are not on
# the same point ("X stated that she will not be supporting the motion" on two different matters)
_BOILERPLATE = set("""stated state states said discussed inquired inquire asked questioned expressed
expressing support supported supporting supports concern concerns concerned motion matter matters
item items council councilmember councilmembers member members mayor vice chair board committee
would should could about regarding whether there their they that this these those with from have
been will also like noted further under discussion staff city public comment comments meeting
recommendation raised point points issue issues question questions think thinks believes wants
being does done make made need needs very more much some other only into over than then what when
which while where were moved seconded second carried passed failed vote voted votes roll call
approve approved approval adopt adopted adoption""".split())


def topic_words(text: str, speaker: str = "") -> set[str]:
    """Content words of a statement (5-letter stems), without names of the speaker and the
    boilerplate of minuted speech."""
    names = {w.lower() for w in re.findall(r"[A-Za-z]+", speaker or "")}
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower())
            if w not in _BOILERPLATE and w not in names}


# A motion put, with what it is about: "Councilmember X moved approval of …", "Motion by X, seconded
# by Y, to approve …", "It was moved … that …" (not "seconded the motion").
_MOTION = re.compile(r"\bmoved\b(?! (?:on|up|forward|to (?:agenda )?item)\b)|\bmade a motion\b|"
                     r"\bmotion (?:is|was) (?:that|to)\b|\bmotion (?:to|that)\b|^\W*motion by\b",
                     re.I)
# A vote result that does not say what was voted on ("A roll call vote was taken and the motion
# failed 4-3", "Councilmember X seconded the motion, which carried …", "Vote was unanimous").
_BARE_VOTE = re.compile(
    r"\b(?:the|this|said|that) motion\b[^.;]{0,80}?\b(?:carried|passed|failed|lost|defeated|"
    r"approved|adopted)\b|^\W*(?:report of )?vote\b|"
    r"^\W*(?:the )?motion (?:carried|passed|failed|lost|was (?:carried|defeated|lost))\b",
    re.I)


def is_motion(text: str) -> bool:
    """Does the statement put a motion (and so say what it is about)?"""
    return bool(_MOTION.search(text))


def is_bare_vote(text: str) -> bool:
    """Is the statement a vote result that leaves out what the motion was about?"""
    return bool(_BARE_VOTE.search(text)) and not is_motion(text)


# An item that is one officer's written report: "E. Executive Vice President [Rich]", "Treasurer's
# Report", "Ranch Manager Liaison Report".
_OFFICE_REPORT = re.compile(
    r"^\W*(?:[A-Z]\.\s*)?(?:[\w’'-]+\s+){0,3}(?:president|secretary|treasurer|chair\w*|manager|"
    r"director|officer|clerk|auditor|comptroller|librarian|executive)(?:['’]s)?\s*"
    r"(?:\[[^\]]+\]|(?:liaison\s+)?report)\s*$", re.I)


# A written report pasted into the minutes speaks in its author's voice: "I have applied for help
# revising our Community Wildfire Protection Plan" (minutes proper report others in the third
# person); "I" opens a sentence or a clause there, not "Phase I was approved".
_FIRST_PERSON = re.compile(r"(?:^|[.;:]\s+|\b(?:and|but|so|that|as|because|when|which|where)\s+)"
                           r"I(?:'ve|’ve|'m|’m| have| am| will| was| had| would| met| attended| "
                           r"spoke| applied| contacted| received| sent| asked| think| believe| "
                           r"know| hope| want| just want| conclude)\b")


# a transcript's speaker label ("John Themelis: “What is conjecture?”", "MS. PARKS: …")
_SPEAKER_LABEL = re.compile(r"^\W*(?:(?:Mr|Ms|Mrs|Dr|MR|MS|MRS|DR)\.?\s+[A-Z][\w'’-]+|"
                            r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s*:\s*\S")


def is_report_prose(s: dict, title: str, item_rows: list[dict] = ()) -> bool:
    """Is an objection a line of someone's own written report: no speaker, under a heading that
    names the office ("still disappointing given the expanded scope of the event" in the
    Executive Vice President's report), or under an item that nobody is minuted speaking to and
    whose lines speak in the first person (the Firewise Ambassador's report: "This is preventing
    the collaboration … as the lawsuit goes through the courts", then "I have applied for help
    revising our … Plan")? A verbatim transcript names its speakers somewhere in the item. A
    report states how things stand; nobody objects to the body, so nothing is left
    unanswered."""
    if (s.get("speaker") or "").strip():
        return False
    return bool(_OFFICE_REPORT.match(title.strip())) or (
        not any((r.get("speaker") or "").strip() or _SPEAKER_LABEL.match(r["text"])
                for r in item_rows)
        and any(_FIRST_PERSON.search(r["text"]) for r in item_rows))


# the heading under which people from outside the body report to it: "Elected Officials
# Reports", "County Councillors' Report", "Police Report", "Partner Agencies Reports"
_GUEST_REPORTS = re.compile(
    r"^\W*(?:[\w’'-]+\s+){0,2}(?:officials?|councill?ors?|agenc(?:y|ies)|partners?|guests?|"
    r"representatives?|police|mps?)['’]?s?['’]?\s+(?:liaison\s+)?reports?\s*$", re.I)


def is_guest_report(s: dict, title: str, member: bool) -> bool:
    """Is an objection part of what someone from outside the body reports to it, under a heading
    for such reports ("Elected Officials Reports": "The representative for the Honorable Mayor …
    said … he wants to be able to filter all information down to every single resident and not
    have to worry about things being skewed through the media")? A guest who is not one of the
    members present tells the body what their office is doing; nothing is put to the body, so
    nothing is left unanswered. A member's report under such a heading is left to the other
    rules."""
    return not member and bool(_GUEST_REPORTS.match((title or "").strip()))


def _name_words(text: str) -> set[str]:
    return {w.removesuffix("s") for w in re.findall(r"[a-z]{3,}", text.lower().replace("’s", "")
                                                     .replace("'s", ""))}


# the body's own view, as its minutes state it: "Suffolk Libraries believes it cannot make any
# further savings …" (the organisation whose board meets), "We feel …"
_OWN_VIEW = re.compile(r"^\W*((?:[A-Z][\w’'-]*\s+){1,4})(?:believes?|feels?|considers?|"
                       r"maintains?|is of the (?:view|opinion)|takes? the view|"
                       r"remains? concerned)\b")


def is_own_position(text: str, body: str) -> bool:
    """Does the line state the body's own organisation's position (towards a funder, a council,
    a regulator), named as the subject ("Suffolk Libraries believes …" in the minutes of
    Suffolk's Libraries IPS)? That is the body's stance in a negotiation, not an objection put
    to the body, so there is nobody at the meeting to answer it."""
    m = _OWN_VIEW.match(text)
    if not m or not body:
        return False
    subject = _name_words(m.group(1))
    return bool(subject) and subject <= _name_words(body)


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", re.sub(r"^\W*\(?\d[\w-]*\)\s*", "", text or "")).strip().lower()


def is_own_heading(text: str, title: str) -> bool:
    """Is the objection the item's own heading: a comment printed as a numbered paragraph of its
    own and taken for an item ("(23-208) Nancy Lewis, South Shore Apartments Tenant Association,
    expressed concerns over … pass-through costs", under Oral Communications, Non-Agenda)? Such
    an item is the comment, not a matter put to the body, so nothing there leaves it
    unanswered."""
    t, h = _plain(text), _plain(title)
    return len(h) >= 30 and t.startswith(h[:200])
