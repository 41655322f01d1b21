"""Votes: parse recorded votes out of an item's text into structured records.

Contract: `parse_votes(text, attendees)` is a pure function from one item's text (Item.text, the
verbatim body with lines joined) and the meeting's attendees (plain dicts with name/status/role)
to a list of `Vote` records, in text order. It reads the vote itself and the words before it: the
motion and who moved and seconded it, the result (carried, failed, no_second, withdrawn), printed
tallies, and each member's vote (roll calls "Daysog: Aye; Vella: No", voice-vote lists "Ayes:
Councilmembers A, B and Mayor C – 3", "carried unanimously" expanded to every present voting
member). Names are mapped to the meeting's attendees. A member is recorded aye only where the
minutes say so, or where arithmetic leaves no other reading: the printed ayes plus the members
named with their votes make up everyone present (chair included: a chair who did not vote would
leave the tally one short), and each printed count of noes, abstentions and recusals is the
number named with that vote ("carried 3 votes for and 2 against (Mr Corlett, Mrs Kneale)" with
five present: the other three voted aye); such a vote carries the note "ayes inferred …". The arithmetic (named votes vs printed
tallies vs those present, result vs tally) is checked and every mismatch is kept on the vote as a
`problem` — an auditor's question, never silently corrected.

`votes_for_store(store)` runs the parser over every stored item and returns the JSON-export dicts
of ../DESIGN.md ("votes"), each linked to the item's decision statement nearest to the vote.
`vote_findings(votes)` turns the problems into findings (kind "vote_arithmetic").
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Vote", "parse_votes", "votes_for_store", "vote_findings", "map_name",
           "voting_members", "colon_lists", "GENERATOR"]

GENERATOR = "votes.rules.v1"
RESULTS = ("carried", "failed", "no_second", "withdrawn")
MEMBER_VOTES = ("aye", "no", "abstain", "absent", "recused")
TALLY_KEYS = ("ayes", "noes", "abstain", "absent", "recused")
VOTING_STATUSES = ("chair", "present")
ABSENT_STATUSES = ("absent", "apologies")

_TITLES = (r"(?:Councilmembers?|Council\s+Members?|Vice\s+Mayor|Mayor|Vice[\s-]+Chair(?:man|woman|person)?|"
           r"Chair(?:man|woman|person)?|Board\s+Members?|Boardmembers?|Commissioners?|Trustees?|"
           r"Directors?|Members?|President|Vice[\s-]+President|Secretary|Treasurer|Supervisors?|"
           # ("Moved: Coun. Power", "Seconded: D/M Tobin": Canadian councils' short forms)
           r"Aldermen|Alderman|Alderpersons?|Councillors?|Cllrs?\.?|Coun\.?|D/M|Crs?\.?|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|"
           r"Deputy\s+Chair(?:man|woman|person)?|Deputy\s+Mayor|Shri|Sri|Smt\.?|Hon\.?|Honou?rable|"
           # a member of a Philippine local council ("Kagawad Santos", "Kgd. Reyes")
           r"Kagawads?|Kgd\.?)")
_TITLE_RE = re.compile(rf"^(?:(?:and|&)\s+)?(?:{_TITLES}(?:\s+|$))+", re.I)
# A name runs over capitalised words, but not into the words of a motion laid out line by line
# ("Moved by Councillor Gill / Seconded by Councillor Fortier / THAT the agenda …", lines joined).
_NAME = (r"[A-Z][\w'’.\-]*(?:\s+(?!(?:That|THAT|To|TO|Seconded|SECONDED|Seconder|SECOND|Second|Moved|MOVED|Carried|"
         r"CARRIED|Resolved|RESOLVED|Motion|MOTION|VOTE|Vote|Result|RESULT|Amendment|AMENDMENT)\b)(?:[A-Z][\w'’.\-]*|de|van|von|da|del|la|le))*")

_NUMWORDS = {"no": 0, "none": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
             "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUM = r"(\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|no|none)"
_NUMW = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|none|nil)"

_VOTE_WORD = {
    "aye": "aye", "ayes": "aye", "yes": "aye", "yea": "aye", "yeas": "aye", "for": "aye",
    "in favor": "aye", "in favour": "aye",
    "no": "no", "noes": "no", "nay": "no", "nays": "no", "against": "no", "opposed": "no",
    "abstain": "abstain", "abstains": "abstain", "abstained": "abstain", "abstention": "abstain",
    "abstentions": "abstain", "abstaining": "abstain",
    "absent": "absent", "recused": "recused", "recuse": "recused", "recusal": "recused",
    "recusals": "recused",
}
_TALLY_OF = {"aye": "ayes", "no": "noes", "abstain": "abstain", "absent": "absent",
             "recused": "recused"}

# --- anchors: the words that record that a vote happened ---------------------------------------
_ANCHORS: list[tuple[str, re.Pattern]] = [
    ("no_second", re.compile(
        r"\b(?:motion\s+)?(?:failed|died|fails|dies|was\s+lost)\s+(?:for\s+|due\s+to\s+)?"
        r"(?:a\s+|the\s+)?lack\s+of\s+(?:a\s+)?second\b|\bno\s+second(?:er)?\s+(?:was\s+)?"
        r"(?:received|forthcoming|made)|\bthere\s+was\s+no\s+second\b|\bnot\s+seconded\b", re.I)),
    ("withdrawn", re.compile(
        r"\b(?:withdrew\s+(?:the|his|her|their)\s+(?:motion|second)|motion\s+(?:was\s+)?"
        r"withdrawn)\b", re.I)),
    ("roll", re.compile(
        r"\b(?:(?:motion|which|and|it)\s+)?(?:was\s+)?(?:(carried|failed|passed|approved|adopted|"
        r"defeated|lost)\s+)?(?:unanimously\s+)?by\s+(?:the\s+)?(?:by\s+the\s+)?"
        r"(?:following\s+(?:roll[\s-]+call\s+|voice\s+|recorded\s+|electronic\s+)?vote|"
        r"(?:a\s+)?unanimous(?:\s+the\s+following)?\s+(?:voice\s+|roll[\s-]+call\s+)?vote|"
        r"(?:a\s+)?(?:roll[\s-]+call\s+)?vote\s+of\s+\d+\s*(?:[-–]|to)\s*\d+)", re.I)),
    ("tally", re.compile(
        r"\b(?:(?:motion\s+)?(?:to\s+\w+\s+)?(?:was\s+)?(?:passed|carried|approved|adopted)\s+"
        r"(?:unanimously\s+)?(?:as\s+presented\s+)?(?:by\s+)?)?(?:voted\s+by\s+)?"
        r"(?:affirmation|roll\s+call|voice\s+vote|show\s+of\s+hands)?\s*(?:of\s+)?"
        r"\d+\s+in\s+favou?r\b", re.I)),
    # a tally in words: "Seven members voted in favour and two voted against", "On a show of
    # hands, 5 members voted for and 2 against", "was lost, 3 members voting for and 8 against"
    ("tally", re.compile(
        rf"\b{_NUM}\s+(?:(?:members?|councillors?|directors?|trustees?|governors?)\s+)?"
        # ("2 Members voted for, 4 against and 1 abstained", as Hong Kong councils count it)
        r"vot(?:ed|ing)\s+(?:in\s+favou?r|for(?=\s*(?:,|and)\s+\w+\s+(?:\w+\s+)?against))\b", re.I)),
    ("against_for", re.compile(
        rf"\b{_NUM}\s+(?:against|opposed)\s*,\s*{_NUM}\s+in\s+favou?r\b", re.I)),
    # "A vote was taken: For 5, Against 2 (Mr Fraser and Mr Ross)", "(For 6, Against 1)", "In
    # favour: 5. Opposed: 2 (Councillor A and Councillor B). Carried." (each count a sentence):
    # the count after the capitalised word (a list of names after "For:" is a roll list)
    ("for_against", re.compile(
        r"(?<![\w])(?:For|In\s+[Ff]avou?r)\s*:?\s*(\d+)\s*[,;/.]?\s*(?:Against|Opposed)\s*:?\s*(\d+)\b")),
    # "On a division there voted for the motion 5 (Councillors …) and for the amendment 2
    # (Councillors …)", as Scottish councils and boards put a motion against an amendment: those
    # for the amendment voted against the motion
    ("for_against", re.compile(
        r"\bvoted\s+for\s+the\s+motion\s*:?\s*(\d{1,3})\b[^.;]{0,200}?\bfor\s+the\s+amendment\s*:?\s*"
        r"(\d{1,3})\b", re.I)),
    # "(Proposed by X, seconded by Y; 4 votes for, 1 vote against (Z))", as Hong Kong minutes
    # print the vote after a resolution
    ("for_against", re.compile(
        r"\b(\d+)\s+votes?\s+(?:for|in\s+favou?r)\s*[,;]?\s*(?:and\s+)?(\d+)\s+(?:votes?\s+)?against\b", re.I)),
    # "With 7 yes votes to 3 no votes the Executive Committee decided …", as Nordic minutes
    # translated into English count a division
    ("for_against", re.compile(
        r"\b(\d{1,3})\s+(?:yes|aye)\s+votes?\s*(?:to|against|and|,)\s*(\d{1,3})\s+no\s+votes?\b", re.I)),
    # "Carried: 4 for, 1 against (Mr. Ntshole)": the count right after the result word, "votes"
    # left out (Southern African boards)
    ("for_against", re.compile(
        # (or in brackets: "The amendment was put and carried (9 for, 3 against, 1 abstention)")
        r"\b(?:carried|passed|lost|defeated|failed)\s*[:,]?\s*\(?(?:by\s+)?(\d+)\s+(?:for|in\s+favou?r)\s*[,;]?\s*"
        r"(?:and\s+)?(\d+)\s+(?:votes?\s+)?against\b", re.I)),
    # "Vote: 6 yes, 2 no (Yildirim, Fuchs), 0 abstentions", as works councils' resolutions print it
    ("for_against", re.compile(
        r"(?<![\w])(?:Vote|Votes|Voting|Result)\s*:\s*(\d+)\s+(?:yes|ayes?)\s*[,;/]\s*"
        r"(\d+)\s+(?:no|noes|nays?)\b", re.I)),
    # "The question being put, the Committee divided: Ayes 3, Noes 2", as Westminster-style
    # parliamentary committees record a division
    ("for_against", re.compile(
        r"\bdivided\s*[:,-]?\s*(?:Ayes|Yeas|Contents)\s*:?\s*(\d{1,3})\s*[,;]?\s*(?:and\s+)?"
        r"(?:Noes|Nays|Not[\s-]+Contents)\s*:?\s*(\d{1,3})\b", re.I)),
    # "On a show of hands the Board approved the submission … by 5 votes to 3, A, B and C voting
    # against": the count closing the body's decision, its result word further back (the
    # majority decides, as for "voted 5 to 3")
    ("for_against", re.compile(
        r"(?<!\bvoted\s)(?<!\bvote\s)\bby\s+(\d{1,3})\s+votes?\s+to\s+(\d{1,3})\b(?!\s*[-–—]\s*\d)")),
    # "The Douzaine voted 5 to 3 to object to the application", "the Board voted 6-1 in favour
    # of the variance": a count with no result word, the majority deciding what follows it
    ("for_against", re.compile(
        r"\bvoted\s+(\d{1,2})\s*(?:votes?\s+)?(?:to|[-–—])\s*(\d{1,2})\s+(?:to\s+[a-z]|in\s+favou?r\s+of\b)")),
    # "the Community Council agreed by 5 votes to 2 to object to the application": a body's
    # decision counted, with no result word
    ("for_against", re.compile(
        r"\b(?:agreed|resolved|decided)\s+by\s+(?:a\s+(?:vote|majority)\s+of\s+)?(\d{1,2})\s+votes?\s+"
        r"to\s+(\d{1,2})\b", re.I)),
    # "The Council approved the appointment … by a show of hands: 7 for, 0 against, 1
    # abstention": the two counts set apart by a comma, as UK councils of governors print them
    ("for_against", re.compile(
        r"(?<![\w.,])(\d{1,3})\s+for\s*[,;]\s*(\d{1,3})\s+against\b", re.I)),
    # "approved on third and final reading by 8 affirmative, 2 negative votes", "The motion was
    # lost, 3 affirmative, 7 negative": counts called affirmative and negative, as Philippine and
    # other councils modelled on US legislatures print a division
    ("for_against", re.compile(
        r"\b(\d{1,3})\s+(?:votes?\s+)?(?:in\s+the\s+)?affirmative(?:\s+votes?)?\s*[,;]?\s*(?:and\s+|to\s+|with\s+)?"
        r"(\d{1,3})\s+(?:votes?\s+)?(?:in\s+the\s+)?negative\b", re.I)),
    # "Vote: 5-0." closing a motion printed as "Motion: Supervisor A. Second: Supervisor B. To
    # refer …": the count is the vote (a result sentence after it reads the count itself: "VOTE:
    # 5-0-1 (Abstain: Raman). The motion carried.")
    ("vote_label", re.compile(
        r"\bVote\s*:\s*(\d{1,2})\s*[-–—]\s*(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?![\d/-])"
        r"(?![^.]{0,160}\.\s*(?:The\s+)?(?:motion|MOTION|Motion)\b)(?![^.]{0,160}\.\s*(?:Carried|CARRIED|"
        r"Failed|FAILED|Defeated|DEFEATED|Lost|LOST|Passed|PASSED)\b)", re.I)),
    ("score", re.compile(
        # ("… and the amendment was lost, 4 votes to 6, as follows:": a comma after the result)
        # ("The resolution was passed by a majority of 5 votes to 2", as Indian and other
        # Commonwealth societies record a division)
        # ("Motion carried, 5 to 2.": a comma before the count closing the sentence)
        r"\b(carried|passed|failed|approved|adopted|defeated|lost)(?:\s+|,\s+(?=\d+\s+votes?\s+to\s+\d|"
        r"\d{1,3}\s+to\s+\d{1,3}\s*(?:[.;)]|$)))"
        r"(?:by\s+(?:a\s+)?(?:(?:vote|majority)\s+of\s+)?)?"
        # (a count has three digits at most: "Carried" / "2025-092", a motion's number, is none)
        r"\(?(\d{1,3})\s*(?:votes?\s+)?(?:[-–—]|to)\s*(\d{1,3})(?!\d)(?:\s*[-–—]\s*(\d+))?\)?", re.I)),
    # the score in words, as English minutes write it: "carried by seven votes to two"
    ("score", re.compile(
        r"\b(carried|passed|failed|approved|adopted|defeated|lost)\s+by\s+(?:a\s+(?:vote|majority)\s+of\s+)?"
        rf"{_NUMW}\s+votes?\s+to\s+{_NUMW}\b", re.I)),
    # "The Council voted 4-0, with Councilmember Huerta absent, to approve a settlement": the
    # body's vote as a score, as a closed session's report-out gives it (no motion printed)
    ("voted_score", re.compile(
        r"\b(?:council|board|committee|commission|members|trustees|directors|commissioners|"
        r"councillors|councilmembers)\s+(?:then\s+)?voted\s+\(?"
        # "N to M" in words is a count only before what it decides ("Members voted 2 to 1 in the
        # election of the chair" is not; "voted 5 to 3 to object", "voted 5 to 3." are)
        r"(?!\d{1,2}\s+to\s+\d{1,2}\s+(?!to\s+[a-z]|in\s+favou?r|against\b|for\b))"
        r"(\d{1,2})\s*(?:[-–—]|to)\s*(\d{1,2})"
        r"(?:\s*[-–—]\s*(\d{1,2}))?(?![-–—/.]?\d)\)?", re.I)),
    ("motion_result", re.compile(
        # ("the motion was negatived", the Westminster word Hong Kong councils announce)
        # ("The amended motion was then put and carried": put to the vote, then its result)
        r"\b(?:the\s+)?motion\s+(?:was\s+|is\s+)?(?:then\s+)?(?:put\s+(?:to\s+the\s+vote\s+)?and\s+)?"
        r"(unanimously\s+)?(passed|passes|carried|carries|"
        r"approved|adopted|failed|fails|defeated|lost|fell|negatived)(\s+unanimously)?\b", re.I)),
    # "The agenda was adopted on a motion moved by X and seconded by Y", "The minutes … were
    # confirmed (without amendment) on a motion by X, seconded by Y", "the meeting was adjourned
    # at 8:12 p.m. on a motion by X"
    ("motion_result", re.compile(
        r"\b(?:was|were)\s+(unanimously\s+)?(adopted|approved|carried|passed|agreed|confirmed|adjourned)(\s+unanimously)?"
        r"(?:\s+(?:with|without)\s+(?:amendments?|changes?)|\s+as\s+(?:presented|amended|circulated|corrected)"
        r"|\s+as\s+a\s+(?:true|correct)\s+record|\s+at\s+\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?)?"
        r"\s+on\s+(?:a|the)\s+motion\b", re.I)),
    # "The Cathaoirleach declared the proposal carried", "the resolution was declared lost", "The
    # division was declared CARRIED by 6 votes to 2": a proposal, resolution or division declared,
    # or plainly carried / lost (not "carried out"); "the proposal fell", as Northern Irish and
    # other UK committees record one defeated on a vote.
    ("motion_result", re.compile(
        r"\b(?:declared\s+the\s+(?:proposal|resolution|amendment|division)\s+(?:to\s+be\s+|as\s+)?|"
        r"(?:the\s+)?(?:proposal|resolution|division)\s+(?:was\s+)?(?:declared\s+)?)(unanimously\s+)?"
        r"(carried|defeated|lost|fell)(\s+unanimously)?\b(?!\s+out\b)", re.I)),
    ("unanimous", re.compile(
        r"\b(?:(?:was|were)\s+unanimously\s+(?:approved|accepted|adopted|passed|agreed|carried|"
        r"ratified|elected)|(?:the\s+)?(?:board|council|committee|members|commission)\s+"
        r"unanimously\s+(?:voted|approved|accepted|adopted|agreed|passed|ratified|elected)|"
        r"carried\s+unanimously|passed\s+unanimously|approved\s+unanimously|agreed\s+unanimously|"
        r"unanimously\s+(?:approved|passed|carried|adopted|agreed)|and\s+all\s+approving|"
        r"all\s+in\s+favou?r)", re.I)),
    # ("On a motion by X, seconded by Y, the Board referred the draft rule to …": a motion to
    # refer or defer that carried)
    ("board_result", re.compile(
        r"\b(?:the\s+)?(?:board|council|committee)\s+(approved|accepted|adopted|rejected|"
        r"declined|referred(?!\s+to\b)|deferred)\b", re.I)),
    # "On motion of X, seconded by Y, the minutes … were approved": the result of the motion
    # the sentence opens with (counted only there, see `_motion_sentence`)
    ("passive_result", re.compile(
        # ("… seconded by Y, the proposed resolution was referred back to the Committee …": a
        # motion to refer, defer or table that carried)
        r"\b(?:was|were)\s+(unanimously\s+)?(approved|adopted|carried|passed|confirmed|ratified|"
        r"accepted|rejected|defeated|referred|deferred|postponed|tabled)\b", re.I)),
    # "Approved as presented (Carter / Lindgren).", "Carried (M/S Ortiz/Chen)": the mover and
    # seconder in brackets after the result, as US boards abbreviate them
    ("pair_result", re.compile(
        r"\b(approved|adopted|carried|passed|accepted)(?:\s+(?:as\s+(?:presented|amended|corrected|"
        r"read|written|circulated)|unanimously))?\s*[.,]?\s*\((?:M\s*/\s*S\s*:?\s*)?"
        r"(?P<mover>[A-Z][\w'’-]+)\s*/\s*(?P<seconder>[A-Z][\w'’-]+)\)", re.I)),
    # "Moved by X, seconded by Y, that the agenda be approved as circulated. Carried.": the
    # result as a sentence of its own after the motion (counted only after one, see parse_votes)
    ("result_sentence", re.compile(
        r"(?:(?<=[.;:]\s)|(?<=\n)|^)(?:The\s+)?(?:[Mm]otion\s+)?(Carried|Defeated|Lost)"
        r"(?:\s+unanimously)?(?=\s*[.;]|\s*$)")),
    # a recorded vote listing names ("Ayes: …", "In favour: Cllrs A, B and C. Against: …")
    # ("Yes: Sjöberg (S), Lindqvist (M) … No: …" only capitalised, opening a sentence, before a name)
    # (not the public's speakers: "Speaking in favor: Jenna Morales, Downtown Alliance; …")
    # ("Voting yes: Voss, Koehn. Voting no: Hoffman.", "Those voting in favour: …", as US and
    # Canadian boards print a roll call)
    ("roll_list", re.compile(r"(?<![\w\[])(?<!speaking\s)(?<!spoke\s)(?:(?:Those\s+)?Voting\s+(?:yes|ayes?|in\s+favou?r)|Ayes|Yeas|In\s+favou?r|(?:^|(?<=[.;:)\]]\s))(?-i:Yes)(?=\s*:\s*[A-Z][a-z]))"
                             r"\s*:\s*(?=[A-Z])", re.I)),
    # The result set on a line of its own in capitals, as Commonwealth minutes print it after
    # the motion ("THAT Council approve … / CARRIED", "CARRIED 3/1", "LOST", "MOTION DEFEATED");
    # not a capitalised word ending a sentence ("the Chair declared the motion FAILED").
    ("result_line", re.compile(
        r"(?<![\w/-])(?:MOTION\s+)?(CARRIED|DEFEATED|LOST|FAILED)(?:\s+UNANIMOUSLY)?"
        r"(?:\s+[(\[]?(\d{1,2})\s*(?:[/–—-]|TO|to)\s*(\d{1,2})[)\]]?)?(?![\w/-])|"
        # … or in title case on a line of its own, after the motion or its count, as Canadian
        # and Australian minutes print it ("That … be adopted as circulated. / Carried",
        # "In favour: 4  Opposed: 0 / Carried", "Defeated"); not "Carried Forward"
        # (or after a gap of spaces, the last field of a line "Moved: A   Seconded: B   Carried",
        # as plain-text minutes set the mover, seconder and result in columns)
        r"(?:(?<=[.:;)]\s)|(?<=\d\s)|(?<=\S\s\s\s)|^)(?:Motion\s+)?(?:Carried|Defeated|Lost|Failed)(?:\s+[Uu]nanimously)?"
        r"(?!\s+(?:Forward|Over|Out)\b)(?=\s*[.;]|\s*$|\s+[A-Z(*])")),
    # "ADOPTED UNANIMOUSLY", "ADOPTED ON DIVISION (4 to 1)", "REJECTED ON DIVISION": the result
    # line of a Quebec council's resolution (minutes in English or translated from French); the
    # word alone ("ADOPTED") is too common in headings to count
    ("result_line", re.compile(
        r"(?<![\w/-])(ADOPTED|REJECTED|DEFEATED)(?:\s+UNANIMOUSLY|\s+ON\s+(?:A\s+)?DIVISION|\s+BY\s+MAJORITY)"
        r"(?:\s+[(\[]?(\d{1,2})\s*(?:[/–—-]|TO|to|against)\s*(\d{1,2})[)\]]?)?(?![\w/-])")),
    # "M/S/C (Jones/Lee) to approve …": moved, seconded and carried, as US library and school
    # boards abbreviate it ("M/S/F" failed)
    ("msc", re.compile(r"(?<![\w/])M\s*/\s*S\s*/\s*[CPF](?![\w/])")),
]
# "Councillor Fenwick asked that her vote against the resolution be recorded", "Cllr Ray wished
# it to be recorded that he voted against": a resolution passed without a count, one member's
# vote against it put on record at her request (UK councils and panels)
_RECORDED_AGAINST = re.compile(
    rf"(?:(?:{_TITLES})\s+)*(?P<name>{_NAME}(?:\s+and\s+(?:(?:{_TITLES})\s+)*{_NAME})?)\s+"
    r"(?:asked|requested|wished|requested)\s+(?:that\s+|for\s+)?"
    r"(?:it\s+(?:to\s+)?be\s+(?:recorded|minuted|noted)\s+that\s+(?:he|she|they)\s+(?:had\s+)?voted\s+"
    r"against|(?:his|her|their)\s+votes?\s+against\b[^.]{0,60}?\s+(?:to\s+)?be\s+(?:recorded|minuted|noted))")
# "M/S/C (Jones/Lee)", "M/S Cook/McNamara": the mover and seconder after the abbreviation
_MS_NAMES = re.compile(r"(?<![\w/])M\s*/\s*S(?:\s*/\s*[CPFU])?\s*\(?\s*(?P<mover>[A-Z][\w'’.\-]*)\s*/\s*"
                       r"(?P<seconder>[A-Z][\w'’.\-]*)\s*\)?")

# A vote line printed before its result, as US state boards set it: "VOTE: 5-0-1 (Abstain: Raman).
# The motion carried." (ayes-noes-abstentions, the dissenters named in brackets).
_VOTE_LABEL = re.compile(r"\bVOTE\s*:\s*(\d{1,2})\s*[-–—]\s*(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?\b", re.I)

# The proposer and seconder printed after the decision, with no result word ("The minutes … were
# adopted. Proposed: Declan Fahy. Seconded: Aoife Mulrooney.", "RESOLVED that … Proposed Cllr S
# Morgan, seconded Cllr O Pryce.", "… were confirmed … having been proposed by Hon. X and seconded
# by Hon. Y"), as Irish, Welsh and Kenyan minutes record a motion that passed without a vote.
_NAME_U = _NAME.replace("[A-Z]", "[A-ZÀ-ÖØ-Þ]")
_PROPOSED_SECONDED = re.compile(
    rf"\b(?:having\s+been\s+)?(?:[Pp]roposed|PROPOSED|[Pp]roposer(?=\s*:)|PROPOSER(?=\s*:)|"
    # ("The minutes … were confirmed as a true record. Moved by Cllr. X, seconded by Cllr. Y.")
    # (only opening a sentence: "The proposal was moved by X and seconded by Y." reads itself)
    # ("Moved Cr. Naivalu, seconded Cr. Devi, that …": Fijian, Australian and New Zealand
    # councils print the mover's title straight after "Moved")
    rf"(?P<moved>(?:(?<=[.;:]\s)|(?<=\n)|^)(?:Moved(?=\s+by\s|\s+(?:Crs?|Cllrs?|Coun)\.?\s)|MOVED(?=\s+BY\s)))|"
    rf"(?<=on\s)the\s+proposal\s+of)(?:\s+by)?\s*:?\s+(?:(?:{_TITLES})\s+)*"
    # ("Proposer: Shri Inamdar   Seconder: Smt. Thorat", as Indian proceedings set them)
    rf"(?P<mover>{_NAME_U})\s*[,.;]?\s*(?:and\s+)?(?:[Ss]econded|SECONDED|[Ss]econder(?=\s*:)|SECONDER(?=\s*:))(?:\s+by)?\s*:?\s+"
    rf"(?:(?:{_TITLES})\s+)*(?P<seconder>{_NAME_U})")
# the same in the active, printed after the result it belongs to ("The minutes of the meeting
# held on 19th March, 2025 were read and confirmed. Hon. Yaw Tetteh moved for the adoption of
# the minutes and was seconded by Hon. Selorm Kudjordji.", as Ghanaian assemblies print it)
_MOVED_SECONDED_AFTER = re.compile(
    rf"(?:(?<=[.;:]\s)|(?<=\n)|^)(?:(?:{_TITLES})\s+)*(?P<mover>{_NAME_U})\s+moved\s+(?:for|that|to)\b"
    rf"[^.;\n]{{0,200}}?(?:,?\s+and\s+(?:was\s+)?|,\s*)seconded\s+by\s+(?:(?:{_TITLES})\s+)*"
    rf"(?P<seconder>{_NAME_U})(?=\s*(?:[.;]|$))")
_DECIDED_BEFORE = re.compile(r"\b(?:resolved|agreed|adopted|approved|confirmed|ratified|accepted)\b"
                             r"[^.;]*[.;]\s*$", re.I)
_RESULT_AFTER = re.compile(r"\b(?:carried|passed|agreed|lost|defeated|failed|adopted|approved|"
                           r"in\s+favou?r|against|ayes?|unanimous\w*)\b", re.I)

_MOVER = re.compile(
    # ("Cllr. Sakala, having given notice, moved that …": a clause on the mover before the verb)
    # ("Councillor Munro, seconded by Councillor Mackay, moved that …", as Scottish boards minute it)
    rf"(?:(?:{_TITLES})\s+)*(?P<name>{_NAME})(?:,\s+having\s+[^,.;]{{3,40}},|,\s+seconded\s+by\s+(?P<sec>[^,.;]{{3,60}}),)?\s+(?:moved|motioned|made\s+(?:a|the)\s+(?:substitute\s+|friendly\s+|new\s+)?motion|moves|"
    r"proposed(?=\s+that\b|\s+the\s+motion\b))"  # "Mr Vella proposed that the Council requests …",
    # "Cllr. Walsh proposed the motion" (a notice of motion quoted above it)
    r"(?P<rest>[^\n]*)")
_MOVED_BY = re.compile(
    rf"\b(?:(?i:moved|proposed|motion(?:ed)?(?:\s+was\s+made)?|made)(?:\s+(?i:by)\s*:?|\s*:)|(?i:proposer|mover)\s*:|"
    rf"(?i:moved|proposed)(?=\s+(?:Crs?|Cllrs?|Coun)\.?\s)|"  # "Moved Cr. Naivalu, seconded Cr. Devi"
    # "MOVED Director Hayes, SECONDED Director Moreau, THAT …", as Canadian regional districts
    # print a motion: a member's title after "Moved" opening a sentence
    # (or after the resolution's number: "#R 024/25 MOVED Director Enns / SECONDED Director Sandhu")
    rf"(?:(?<=[.;:]\s)|(?<=\n)|^|(?<=\d\s)|(?<=\d\s\s))(?:MOVED|Moved)(?=\s+(?:Directors?|Councill?ors?|"
    rf"Trustees?|Commissioners?|"
    rf"Aldermen|Alderman|Supervisors?|Members?)\s+[A-Z])|"
    rf"(?i:(?:up)?on\s+(?:the\s+)?(?:motion|proposal)\s+of))\s+(?:(?:{_TITLES})\s+)*"  # "On motion of Kagawad X"
    # (not a list of votes after the label: "Recorded vote on the main motion: In favour: …")
    rf"(?!(?i:in\s+favou?r|for|against|ayes|yeas|yes|noes|nays)\s*:)(?P<name>{_NAME})")
_SECONDER = re.compile(
    rf"(?:(?:{_TITLES})\s+)*(?P<name>{_NAME})\s+(?:seconded|seconds|second(?:ed)?\s+the\s+(?:substitute\s+|amended\s+)?motion)\b")
_SECONDED_BY = re.compile(
    rf"\b(?i:seconded\s*:?\s*(?:by\s*:?\s+)?|second(?:ed)?\s*(?:by\s+|:\s*)|seconder\s*:\s*)"
    # "seconded by the Chiefdom Speaker, Mr. Joseph M. Koroma": the office, then the name
    r"(?:the\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3},\s+)?"
    rf"(?:(?:{_TITLES})\s+)*(?P<name>{_NAME})")
_DULY = re.compile(r"\bmotion\s+(?:was\s+)?(?:duly\s+)?made\s+and\s+seconded\b|"
                   r"\bduly\s+made\s+motion,\s+a\s+second\b|\bmoved\s+and\s+seconded\b", re.I)
_MOTION_TEXT = re.compile(
    r"\b(?:moved|motioned|proposed(?=\s+that\b)|motion(?:\s+was\s+(?:duly\s+)?made(?:\s+and\s+seconded)?)?),?\s+"
    r"(?:(?:by\s+\S+(?:\s+\S+)?\s+)?)(?:seconded\s+by\s+(?:\S+(?:\s+\S+)?|[^,.;]{2,50}?,)\s+)?"
    r"(?P<m>(?:to|that|for|approval|adoption|acceptance|"
    r"introduction|final\s+passage|denial|continu|direct(?!ors?\b)|approv|adopt|accept|amend|refer|"
    r"reconsider|appoint|hold|suspend|reject|rescind)[^\n]*)", re.I)
# the labels of a vote box printed over its values ("RESULT: MOVER: SECONDER: AYES: … PASSED
# [12 TO 0] Doug Tisdale, …"): "MOVER: SECONDER" names nobody
_BOX_LABELS = {w for label in ("Result", "Mover", "Seconder", "Ayes", "Nays", "Noes", "Absent", "Away",
                               "Abstain", "Abstentions", "Excused", "Recused") for w in (label, label.upper())}
_NON_NAMES = {"The", "A", "An", "It", "This", "That", "Motion", "Board", "Council", "Committee",
              "Staff", "Who", "Which", "He", "She", "They", "Then", "And", "Under", "On", "After",
              "Seconded", "Second", "Approval", "Moved", "Vote", "Ayes", "Noes", *_BOX_LABELS}


@dataclass
class Vote:
    """One recorded vote. Offsets are into the item text; `problems` are arithmetic questions."""

    motion: str = ""
    mover: str | None = None
    seconder: str | None = None
    result: str = "carried"
    tally: dict[str, int | None] = field(default_factory=lambda: dict.fromkeys(TALLY_KEYS))
    members: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the passage, verbatim: motion … tally
    start: int = 0
    end: int = 0
    anchor: int = 0  # offset of the words recording the vote
    kind: str = ""  # which anchor rule found it
    unanimous: bool = False
    printed: dict[str, int] = field(default_factory=dict)  # tallies as printed
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # how the record was read (not findings)
    generator: str = GENERATOR


# ---- names --------------------------------------------------------------------------------------
def _clean_name(raw: str) -> str:
    s = re.sub(r"\s+", " ", raw or "").strip(" ,;:.[]()–-")
    s = re.sub(r"\s*[–—-]\s*\d+\s*$", "", s)  # "Herrera Spencer – 1": a list's count
    if "/" in s:  # "Vice Mayor/Authority Member Daysog": joint-meeting titles
        s = s.split("/")[-1]
    # "… on the Unanimous Consent Agenda. Director Williams": a sentence ended before the title
    s = re.split(rf"(?<=[a-z]{{2}})\.\s+(?={_TITLES}\s)", s)[-1]
    s = _TITLE_RE.sub("", s).strip(" ,;:.")
    s = re.sub(r"^(?:and|&)\s+", "", s, flags=re.I)
    return s


def _name_after(name: str) -> str:
    """A name read after "seconded by" without the sentence that follows it ("Anita Deshpande.
    Passed unanimously"); an initial's or a title's dot stays."""
    return re.sub(r"(?<=[a-z]{3})(?<!Prof)(?<!Revd)\.\s.*$", "", name)


def _tokens(name: str) -> list[str]:
    return [t for t in re.sub(r"[^\w\s'-]", " ", (name or "").lower()).split() if t]


def _surname(name: str) -> str:
    words = _tokens(name)
    return words[-1] if words else name


def voting_members(attendees: list[dict]) -> tuple[list[str], list[str]]:
    """(present voting members, absent members) of a meeting, by attendee name."""
    present = [a["name"] for a in attendees
               if (a.get("status") or "") in VOTING_STATUSES and a.get("name")]
    absent = [a["name"] for a in attendees
              if (a.get("status") or "") in ABSENT_STATUSES and a.get("name")]
    return present, absent


def map_name(raw: str, names: list[str], run_on: bool = False) -> str | None:
    """The attendee name `raw` refers to ("Councilmember Knox White" → "Knox White", "Robin" →
    "Robin Lucie"), or None when no single attendee fits. With `run_on`, `raw` may be a full
    name run on into the words after it (a mover or seconder read over joined lines)."""
    want = _tokens(_clean_name(raw))
    if not want:
        return None
    scored = []
    for n in names:
        have = _tokens(_clean_name(n))
        if not have:
            continue
        if have == want:
            return n
        if len(want) <= len(have) and (have[-len(want):] == want or have[:len(want)] == want):
            scored.append((2, n))  # surname(s) or first name(s) of the attendee
        elif len(have) < len(want) and want[-len(have):] == have:
            scored.append((1, n))  # attendee stored by surname, roll gives the full name
        elif run_on and 2 <= len(have) < len(want) and want[:len(have)] == have:
            # a full name run on into the next line's words ("Seconded: Mere Tuilagi" / "Peni
            # Vunivalu objected …", lines joined): the name read first
            scored.append((1.5, n))
    if not scored and len(want) == 1:
        # a surname printed inside the name, as Singapore and Malaysian minutes list "Bernard
        # Quek Jun Hao" and then write "Mr Quek": one attendee only
        inner = [n for n in names if want[0] in _tokens(_clean_name(n))[1:-1]]
        if len(inner) == 1:
            return inner[0]
    if not scored:
        import difflib  # a misspelt surname in the roll ("Dayosg"): one close attendee only
        surnames = {_tokens(_clean_name(n))[-1]: n for n in names if _tokens(_clean_name(n))}
        close = difflib.get_close_matches(want[-1], list(surnames), n=2, cutoff=0.8)
        return surnames[close[0]] if len(close) == 1 and len(want[-1]) >= 4 else None
    best = max(s for s, _ in scored)
    hits = [n for s, n in scored if s == best]
    return hits[0] if len(hits) == 1 else None


# "(Lee opposed)", "with Treasurer Chen voting no", "Smith and Jones dissenting", "X abstained",
# "one (Mr Quek) voted against"; the few for a motion that failed: "failed by a vote of 2-5
# (Council Members Brandt and Pruitt voting aye)"
_DISSENT = re.compile(
    r"(?:\(|\bwith\s+|\band\s+|[,;]\s*|(?<=[a-z0-9)][.]\s))(?P<names>[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+|&\s+)?[A-Z][\w.'’-]*){0,8})"
    r"\)?\s+(?P<how>opposed|dissenting|voting\s+(?:no|nay|against)|voted\s+(?:no|nay|against)|against|"
    r"voting\s+(?:aye|yes|in\s+favou?r)|"
    r"abstaining|abstained|recused|recusing|"
    # "Professor Kerr, Dr Walsh and Dr Adeyemi asked that their dissent be recorded"
    r"(?:asked|requested|wished)\s+(?:that\s+|for\s+)?their\s+(?:dissent|votes?\s+against))\b")
# "two voted against (Helen Marsh and Dr Priya Nair)", "For 5, Against 2 (Mr Fraser and Mr Ross)",
# "6 yes, 2 no (Yildirim, Fuchs)",
# "7 in favour and 1 abstention (Mr Lee)":
# the names in brackets after the vote; those for it too, after their count ("Vote: 3 in favour
# (Chaudhry, Ouellette, Haddad), 1 opposed (Bell)", "4 votes for (…)")
_DISSENT_AFTER = re.compile(
    r"\b(?:voted\s+|voting\s+)?(?P<how>against|opposed|abstained|abstaining|abstentions?|(?<![\w])Against|"
    r"(?<=\d\s)no|(?:(?<=\d\s)|(?<=\svotes\s)|(?<=\svote\s))(?:in\s+favou?r|for)|(?<=\d\s)yes)\s*"
    r"(?::?\s*\d+\s*)?\((?P<names>[A-Z][^()]{0,150})\)")
# "Those who voted against were Cllr. Banda, Cllr. Kabwe and Cllr. Siame.", "The members who
# abstained were …": the names in a sentence of their own after the result
# "Voting in the negative: Hon. Bautista and Hon. Catapang.", "Voting against: Cllr A and Cllr B.":
# the same after a label
_DISSENT_WERE = re.compile(
    r"\b(?:(?:[Tt]hose|[Tt]he\s+(?:members?|councill?ors?)|[Mm]embers|[Cc]ouncill?ors)\s+(?:who\s+)?"
    r"(?P<how>voted\s+(?:against|no)|abstained)\s+(?:were|was)\s*:?|"
    r"(?<![\w])(?P<how2>(?:Voting|Voted)\s+(?:in\s+the\s+negative|against|no|nay))\s*:)"
    r"\s+(?P<names>[A-Z][^.;:()]{0,200}?)(?=\.\s|\.?$|;)")
_DISSENT_HOW = {"abstaining": "abstain", "abstained": "abstain", "recused": "recused",
                "recusing": "recused", "abstention": "abstain", "abstentions": "abstain"}


def _dissenters(passage: str, roster: list[str]) -> list[tuple[str, str]]:
    """Members a result line names as voting against or abstaining, mapped to the roster;
    [] unless every name maps (a resident "opposed" is not a member's vote)."""
    out = []
    plain = _ABBREV_DOT.sub(r"\1 ", passage[:400])  # same length: "Cllr. Banda" -> "Cllr  Banda"
    found = sorted([*_DISSENT.finditer(passage[:400]), *_DISSENT_AFTER.finditer(passage[:400]),
                    *_DISSENT_WERE.finditer(plain)], key=lambda m: m.start())
    for m in found:
        if m.re is _DISSENT_WERE and m.group("how2"):
            how = "no"
        else:
            how = _DISSENT_HOW.get(m.group("how").split()[-1 if m.re is _DISSENT_WERE else 0].lower(), "no")
        if m.group("how") and re.match(r"voting\s+(?:aye|yes|in\s+favou?r)|in\s+favou?r|for$|yes$",
                                       m.group("how"), re.I):
            how = "aye"
        names = _split_names(m.group("names"))
        mapped = [map_name(n, roster) for n in names]
        if not names or None in mapped:
            return []
        out += [(n, how) for n in mapped]
    return out


# "Cllrs. Breen, Fitzgerald": the full stop of a title is no sentence end
_ABBREV_DOT = re.compile(r"\b(Cllrs?|Coun|Crs?|Drs?|Mrs?|Ms|Messrs|Profs?|Revd?|Hon|St)\.(?=\s)")


def _split_names(chunk: str) -> list[str]:
    # a member's weight in a weighted vote ("Directors Pauls (3 votes) and Sandhu (3 votes)", as
    # Canadian regional districts record one) is no part of the name
    chunk = re.sub(r"\s*\(\s*\d{1,3}\s+votes?\s*\)", "", chunk)
    chunk = re.sub(r"(?:[–—-]\s*\d+|\(\s*\d+\s*\))\s*$", "", chunk.strip().strip(" ,;.[]"))
    chunk = chunk.strip(" ,;.[]")
    if not chunk or re.fullmatch(r"(?i)none|n/?a|\d+|zero", chunk) or re.match(r"(?i)(?:nil|none)\b", chunk):
        return []  # "Abstained: Nil The motion was declared CARRIED …": nobody
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*|;\s*", chunk)
    if len(parts) == 1:
        # names set one a line, each after its title ("For: Chairperson K Ngata / Member M
        # Tupou / Member A Whaanga", lines joined): each title opens a name
        parts = re.split(rf"(?<!\bDeputy)(?<!\bVice)(?<!\bActing)\s+(?=(?:{_TITLES})\s+[A-Z])", chunk)
    out = []
    for p in parts:
        c = _clean_name(p)
        if c and (c[0].isupper() or re.match(r"(?:van|von|de|da|del|du|la|le)\s+[a-zA-Z]", c)) \
                and len(c) < 40 and c not in _NON_NAMES:  # "van der Merwe"
            out.append(c)
    return out


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _NUMWORDS.get(s, 0)


# ---- the vote passage ---------------------------------------------------------------------------
_VOTE_TOKEN = re.compile(
    r"(?i)(?:(?:^|(?<=[.;:)\]]\s))(?-i:Yes|No)\s*:\s*(?=[A-Z][a-z])|\b(?:ayes?|noes|nays?|yeas?|abstentions?|abstain(?:ed|ing)?|absent|recused?|for|against|opposed)"
    # ("For (6): Alderman Corry, …": a side's count in brackets before its names)
    r"\s*(?:\(\d{1,3}\)\s*)?:|:\s*(?:ayes?|no|nay|abstain|abstention|absent|recused?)\b|\b\d+\s+in\s+favou?r|"
    r"\b\d+\s+(?:opposed|abstain\w*|recused)|"
    # "(Member Tremblay did not vote, having declared an interest.)" after the lists
    r"\bdid\s+not\s+vote\b|\bnot\s+voting\b|\btook\s+no\s+part\s+in\s+the\s+vote\b|"
    # "Those who voted against were …" after the result
    r"\b(?:those|members?|councill?ors?)\s+(?:who\s+)?(?:voted\s+(?:against|no)|abstained)\s+(?:were|was)\b|"
    # "Voting in the negative: Hon. Bautista and Hon. Catapang." after the count
    r"\bvot(?:ing|ed)\s+in\s+the\s+(?:negative|affirmative)\s*:|"
    # "Voting yes: Voss, Koehn. Voting no: Hoffman."
    r"\bvoting\s+(?:yes|no|ayes?|nays?|in\s+favou?r|against)\s*:|"
    # "Councillor Buchanan and Dr Kerr voted against." in a sentence of its own after the result
    r"\bvoted\s+(?:against|no|nay)(?:\s+(?:the|this)\s+(?:motion|recommendation|resolution|proposal))?\W*$)")
_STOP = re.compile(r";\s*(?:and\s+)?regarding\b|\[Items?\s+so\s+enacted|"
                   # the next motion's mover set as a label ("LOST 2/4 COUNCIL RESOLUTION OCM 25/043
                   # Moved: Cr Trevaskis Seconded: Cr Mudge …"): another vote starts there
                   r"(?<=\s)(?-i:Moved|MOVED)(?:\s+(?-i:by|BY))?\s*:|"
                   # … or opening its sentence in the present tense, as Quebec councils' resolutions
                   # do ("ADOPTED UNANIMOUSLY 2025-06-119 … IT IS PROPOSED BY Councillor …")
                   r"(?<=\s)(?-i:IT\s+IS|It\s+is)\s+(?-i:PROPOSED|proposed|MOVED|moved)\b", re.I)


# a sentence break, not the dot of a title or an initial ("In favour: Hon. Ogunleye, Hon. Bakare")
_SENT_BREAK = re.compile(r"(?<=[.\]])(?<!\bHon\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)(?<!\bCllrs\.)(?<!\bCoun\.)(?<!\bCr\.)(?<!\bCrs\.)"
                         r"(?<!\bSmt\.)(?<!\b[A-Z]\.)\s+(?=[\[A-Z(])|\n")


def _region_end(text: str, start: int, limit: int) -> int:
    """End of the roll/tally that follows an anchor: sentences that still carry vote tokens."""
    end = min(limit, len(text))
    m = _STOP.search(text, start, end)
    if m:
        end = m.start()
    pos = start
    first = True
    while pos < end:
        nxt = _SENT_BREAK.search(text, pos, end)
        stop = nxt.start() if nxt else end
        sent = text[pos:stop]
        if not first and not _VOTE_TOKEN.search(sent):
            return pos
        first = False
        if not nxt:
            return end
        pos = nxt.end()
    return end


# the item's text ends inside a list: a separator, a joining word or a title with no name after it
_OPEN_END = re.compile(rf"(?:[,;:&(]|\band|\b{_TITLES})\s*$")


def _complete_at(text: str, base: int, end: int) -> bool:
    """Whether the vote read on past the item's end (`base`) had ended with it: the item's text
    ends on a whole entry ("ABSENT: Councilmember Huerta", not "… vote: Councilmembers") and
    the next item's first sentence carries no vote word ("Mayor Pro Tem Oyelaran asked why the
    lowest bidder, Brightline Building Services, …" is no list of absent members)."""
    if _OPEN_END.search(text[max(0, base - 40):base]):
        return False
    nxt = _SENT_BREAK.search(text, base + 1, end)
    return not _VOTE_TOKEN.search(text, base, nxt.start() if nxt else end)


# "It was proposed by Cllr Patel, seconded by Cllr Brennan and RESOLVED to accept …": the
# resolution the proposal carried follows in the same sentence
_AND_RESOLVED = re.compile(r"\s*,?\s*and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:RESOLVED|[Rr]esolved|"
                           r"AGREED|[Aa]greed)\b")


# a vote reported as taken before the meeting, in the pluperfect, by another body or at an
# earlier meeting ("The Planning and Zoning Commission had recommended approval by a vote of 4-2
# on May 13", "the Board had approved the budget 5-2 in March"): no vote of this meeting
_EARLIER_VOTE = re.compile(r"\bhad\s+(?:(?:previously|earlier|already|unanimously|also)\s+)?"
                           r"(?:recommended|approved|voted|endorsed|adopted|supported|rejected|"
                           r"denied|refused|passed)\b", re.I)


def _find_anchors(text: str, base: int | None = None) -> list[tuple[int, int, str, re.Match]]:
    """Vote anchors in `text`; `base` is where the item's own text ends (the next item's text,
    appended to read a vote that runs on, prints no result of this item's motion)."""
    hits = []
    base = len(text) if base is None else base
    for m in _PROPOSED_SECONDED.finditer(text):
        if m.group("moved") and not (m.group(0).endswith(".") or re.match(r"\s*(?:[.;]|$)", text[m.end():])
                                     or re.search(r"[a-z]{2}\.\s+[A-Z]", m.group("seconder"))):
            continue  # "Moved by X, seconded by Y, that …": the motion itself, its result to come
        # only where no result follows (a result printed after the names reads them itself)
        after = m.end()
        if _AND_RESOLVED.match(text, m.end()):
            # "… seconded by Mrs Kneale and RESOLVED that the minutes … be approved": the words
            # of the resolution are no result; a result would follow in the next sentence
            stop = _SENT_BREAK.search(text, m.end(), base)
            after = stop.end() if stop else base
        if not _RESULT_AFTER.search(text[after:max(after, min(base, after + 120))].split("\n")[0]) and \
                (re.search(r"\b(?:resolved|agreed|adopted|approved|confirmed|ratified|accepted)\b",
                           text[max(0, m.start() - 400):m.start()], re.I) or _AND_RESOLVED.match(text, m.end())):
            hits.append((m.start(), m.end(), "seconded_after", m))
    for m in _MOVED_SECONDED_AFTER.finditer(text):
        # only after a sentence recording the decision, with no result of its own after it
        before = text[_sentence_start(text, max(0, m.start() - 400), max(0, m.start() - 2)):m.start()]
        if _DECIDED_BEFORE.search(before) and not _RESULT_AFTER.search(
                text[m.end():min(base, m.end() + 120)].split("\n")[0]):
            hits.append((m.start(), m.end(), "seconded_after", m))
    for kind, rx in _ANCHORS:
        for m in rx.finditer(text):
            if _EARLIER_VOTE.search(text, _sentence_start(text, max(0, m.start() - 400), m.start()),
                                    m.start()):
                continue  # "The Planning Commission had recommended approval by a vote of 4-2"
            if kind == "result_line" and re.search(r"\b[a-z][\w'’-]*[,;]?\s+$", text[max(0, m.start() - 30):m.start()]):
                continue  # the last word of a sentence ("declared the motion, as amended, FAILED")
            hits.append((m.start(), m.end(), kind, m))
    special = [h for h in hits if h[2] in ("no_second", "withdrawn")]
    # "The motion failed for lack of a second": the special result wins over a plain "failed"
    hits = [h for h in hits if h in special or
            not any(h[0] < s[1] and s[0] < h[1] + 12 for s in special)]
    hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    return hits


_RUNNING_HEAD = re.compile(
    r"\s(?:(?:Special|Regular|Joint|Annual|Adjourned)\s+(?:[\w,&]+\s+){0,12}?)?Meeting\s+"
    r"(?:[A-Z][\w,&]*\s+){0,12}?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2},\s+\d{4}(?:\s+\d{1,3}\b)?(?=\s)")


# OCR reads a lone "1" of a count as a bar ("5 votes in favour and | against"): a bar standing
# for a word before a vote word is the count (one character for one, so offsets hold)
_OCR_ONE = re.compile(r"(?<=\s)\|(?=\s+(?:votes?\s+)?(?:against|opposed|in\s+favou?r|abstentions?|"
                      r"abstained|abstaining)\b)")


def strip_running_heads(text: str) -> str:
    """Drop page headers left inside a sentence ("… Herrera Special Meeting September 6, 2022
    Spencer: Aye …"): a meeting name and date mid-roll are never part of the vote. Markdown bold
    marks go too ("… be confirmed. **Carried.**" reads "… be confirmed. Carried."), and a count
    OCR read as a bar is read back ("and | against" reads "and 1 against")."""
    return _RUNNING_HEAD.sub(" ", _OCR_ONE.sub("1", (text or "").replace("**", "")))


# a roll call's lists after a dash, not a colon ("Roll call vote: Ayes - Vega, Moss, Archuleta;
# Nays - Kline.", as US special districts print them): read as "Ayes: …"; the dash and its
# spaces become a colon and spaces, so that every offset into the text stays where it was
_DASHED_LIST = re.compile(r"(?<![\w-])(Ayes|AYES|Yeas|YEAS|Nays|NAYS|Noes|NOES|Abstain(?:ed|ing)?|ABSTAIN(?:ED)?|"
                          r"Absent|ABSENT)(\s+[-–—]\s+)(?=[A-Z][a-z])")


def _colon_list(m: re.Match) -> str:
    return m.group(1) + ":" + " " * (len(m.group(2)) - 1)


def colon_lists(text: str) -> str:
    """`text` with each vote list opened by a dash read as opened by a colon ("Ayes - Vega,
    Moss" -> "Ayes:  Vega, Moss"), of the same length."""
    return _DASHED_LIST.sub(_colon_list, text)


def parse_votes(text: str, attendees: list[dict] | None = None, *, after: str = "",
                skip_before: int = 0) -> list[Vote]:
    """Every vote recorded in one item's text, in order (see module docstring).

    `after` is the start of the next item's text: a roll call cut off by an item boundary is
    read on into it. Votes whose anchor lies before `skip_before` (already read by the previous
    item's continuation) are left out.
    """
    text = colon_lists(text or "")
    after = colon_lists(after) if after else after
    base = len(text or "")
    text = (text or "") + ((" " + after) if after else "")
    attendees = attendees or []
    present, absent_names = voting_members(attendees)
    roster = present + absent_names
    anchors = _find_anchors(text, base)
    votes: list[Vote] = []
    built: list[tuple] = []  # what each vote was built from (a count after it may extend it)
    consumed = 0
    prev_end = 0
    recorded = [r for r in _RECORDED_AGAINST.finditer(text, 0, base)
                if r.start() >= skip_before and not _NON_NAMES.intersection(r["name"].split()[:1])]
    for i, (a0, a1, kind, m) in enumerate(anchors):
        if a0 < consumed or a0 >= base or a0 < skip_before:
            continue
        nxt = next((h[0] for h in anchors[i + 1:] if h[0] >= a1 and
                    not _same_vote(text, a1, h[0])), len(text))
        end = _region_end(text, a0, min(nxt, a0 + 900))
        if a1 <= base < end and _complete_at(text, base, end):
            end = base  # the lists ended with the item ("ABSENT: Councilmember Huerta" / "Mayor …")
        end = max(end, a1)
        window = text[prev_end:a0]
        if kind == "board_result" and votes and a0 - votes[-1].end < 3 and \
                votes[-1].kind in ("tally", "against_for", "for_against"):
            # "Seven members voted in favour and two against. The Board REJECTED …": the result
            # of the tally just read
            if m.group(1).lower() in ("rejected", "declined"):
                votes[-1].result = "failed"
            continue
        mover = _MOVER.search(window[-400:]) if kind == "board_result" else None
        if mover and mover.string[mover.end("name"):mover.start("rest")].split()[-1:] == ["proposed"] \
                and not re.search(r"\bseconded\b", window[-400:], re.I):
            # "Member Okafor proposed that the policy also require a bench …" / "The Committee
            # referred the draft policy to its Subcommittee …": a member's proposal, neither
            # moved nor seconded, is no motion of the body's decision
            mover = None
        if kind == "board_result" and not (mover or _DULY.search(window[-400:])
                                           or _MOVED_BY.search(window[-120:])):
            # "the Board approved" counts only after a motion ("X moved …", "On a motion by X,
            # seconded by Y, the Board approved …")
            continue
        if kind == "passive_result" and not (_motion_sentence(text, a0) or _after_motion(text, a0)):
            continue
        if kind == "result_sentence" and not (_MOVED_BY.search(window[-400:]) or _MOVER.search(window[-400:])
                                               or _DULY.search(window[-400:])):
            continue
        if kind == "vote_label" and votes and a0 - votes[-1].end < 3 and not any(
                votes[-1].printed.get(k) is not None for k in ("ayes", "noes")):
            # "The Board approved consent items … as listed. Vote: 5-0.": the count of the
            # result just read, which is read again with the count closing its passage
            votes[-1] = _build(*built[-1][:5], max(end, built[-1][5]), *built[-1][6:])
            consumed = prev_end = votes[-1].end
            continue
        if kind == "motion_result" and votes and not m.group(1) and (
                a0 - votes[-1].end < 3 or _ANNOUNCED.fullmatch(". " + text[votes[-1].end:a0].lstrip(" .;"))):
            # (or announced by the chair: "… 4 against and 1 abstained. The Chairman announced
            # that the motion was negatived.")
            # the result of the count just read ("For 2, Against 5. The motion was lost.")
            if re.search(r"\b(failed|fails|defeated|lost|negatived)\b", m.group(0), re.I):
                votes[-1].result = "failed"
                # (the count read first as carried by default: the declared result stands)
                votes[-1].problems = [p for p in votes[-1].problems
                                      if not p.startswith("recorded as carried")]
            # (the rest of its sentence restates that vote: "The motion was defeated 6 to 9 on
            # the weighted vote." is no vote of its own)
            stop = _SENT_BREAK.search(text, a1, base)
            consumed = max(consumed, stop.start() if stop else a1)
            continue
        if kind == "result_line" and votes and not m.group(2) and (
                re.fullmatch(r"[\s.;,]*", text[votes[-1].end:a0])
                or (votes[-1].kind in ("for_against", "against_for", "tally")
                    and a0 - votes[-1].end < 200 and not _MOVED_BY.search(text, votes[-1].end, a0)
                    and not _MOVER.search(text, votes[-1].end, a0))):
            # "… declared CARRIED by 3 votes to 1. CARRIED": a bare result line restates the vote
            # just read; after a count ("In favour: 2  Opposed: 2 … Defeated") it gives its result
            if re.search(r"\b(?:defeated|lost|failed)\b", m.group(0), re.I):
                votes[-1].result = "failed"
                votes[-1].problems = [p for p in votes[-1].problems
                                      if not p.startswith("recorded as carried")]
            continue
        if kind == "roll_list" and (re.match(r"in\s+favou?r|ayes|yeas|yes", m.group(0), re.I) or re.search(
                r"(?:Nays|Noes|Against|Opposed)\s*:", text[a1:a1 + 300])):
            # "In favour: … Opposed: … CARRIED", "AYES: … NOES: … The motion carried 4-1.", "Ayes:
            # A, B. Nays: C. Motion carried 2-1.": the result printed after the lists reads them;
            # the lists alone are the vote only where no result follows ("… RESOLVED: That …")
            later = next((h for h in anchors[i + 1:] if h[2] != "roll_list"), None)
            if later and later[0] - a1 < 400 and not re.search(r"\b(?:moved|seconded|resolved)\b",
                                                               text[a1:later[0]], re.I):
                continue
        if kind in _COUNTED and _EARLIER_MEETING.search(text, _sentence_start(text, prev_end, a0), a0):
            continue  # "… introduced at the regular meeting of March 4, 2025 by a vote of 3-1"
        built.append((text, window, prev_end, a0, a1, end, kind, m, present, absent_names, roster))
        v = _build(*built[-1])
        votes.append(v)
        consumed = end
        prev_end = end
    for r in recorded:
        # ("Cllr. Brennan and Cllr. Hogan asked that their votes against be recorded": both)
        names = [re.sub(rf"^(?:(?:{_TITLES})\s+)*", "", n) for n in re.split(r"\s+and\s+", r["name"])]
        whos = [(map_name(n, roster) if roster else None) or _clean_name(n) for n in names]
        who = whos[0]
        before = [v for v in votes if v.end <= r.start() and r.start() - v.end < 300]
        if before:  # the vote just read: her vote against is one of its noes
            for w in whos:
                before[-1].members.setdefault(w, "no")
            continue
        if any(v.start <= r.start() < v.end for v in votes):
            continue
        # the resolution it objects to: the sentence before the request
        s0 = max(text.rfind(". ", 0, r.start() - 2), text.rfind("\n", 0, r.start() - 2))
        s0 = s0 + 2 if s0 >= 0 else 0
        v = Vote(motion=re.sub(r"\s+", " ", text[s0:r.start()]).strip(" .")[:400], result="carried",
                 members={w: "no" for w in whos}, text=text[s0:r.end()].strip(), start=s0, end=r.end(),
                 anchor=r.start(), kind="recorded_against")
        v.notes.append("a member's vote against recorded at her request; no count printed")
        votes.append(v)
    votes.sort(key=lambda v: v.start)
    return votes


# A vote taken at another meeting, reported in this one's text: the sentence holding the count
# names that meeting and its date ("… was introduced at the regular meeting of March 4, 2025 by a
# vote of 3-1"); not "The minutes of the meeting of March 4 were approved 5-0" (voted here).
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_EARLIER_MEETING = re.compile(
    r"\b(?:at|during)\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}(?:meeting|session)\s+(?:of|on|held\s+on)\s+"
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:{_MONTHS}\s+\d{{1,2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTHS}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}})", re.I)
_COUNTED = ("roll", "score", "voted_score", "tally", "for_against", "against_for")


def _sentence_start(text: str, lo: int, a0: int) -> int:
    """Start of the sentence holding offset `a0` (not before `lo`)."""
    starts = [b.end() for b in _SENT_BREAK.finditer(text, lo, a0)]
    return starts[-1] if starts else lo


# (the full stop of a title or an initial is no sentence end: "On motion of Hon. Ramos, seconded
# by Hon. Aquino, the minutes … were approved")
_TITLE_DOT = (r"(?:(?<=\bHon)|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bCllr)|(?<=\bCoun)|"
              r"(?<=\bCr)|(?<=\bRev)|(?<=\b[A-Z]))\.")
# ("On the proposal of Cllr. Brady, seconded by Cllr. Gavin, the minutes … were confirmed", as
# Irish councils minute a motion)
_ON_MOTION = re.compile(r"(?:^|(?<=[.;:\n]))\s*(?:(?:up)?on\s+(?:the\s+|a\s+)?(?:motion|proposal)\s+(?:of|by)|"
                        rf"(?:it\s+was\s+)?(?:moved|proposed)\s+by)\b(?:[^.;\n]|{_TITLE_DOT})*\bseconded\b", re.I)


# a sentence or clause break, not the dot of "No. 4", "Ord. 12", "Hon. X", "Mr. Y" or an initial
_CLAUSE_BREAK = re.compile(r"(?<!\bNo)(?<!\bNos)(?<!\bOrd)(?<!\bRes)(?<!\bArt)(?<!\bSec)(?<!\bHon)"
                           r"(?<!\bMrs)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bCllrs)(?<!\bCoun)(?<!\bCr)"
                           r"(?<!\b[A-Z])[.;](?=\s)|\n")


def _motion_sentence(text: str, a0: int) -> bool:
    """Whether the sentence holding `a0` opens with the motion and its seconder ("On motion of
    X, seconded by Y, …")."""
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, a0)]
    return bool(_ON_MOTION.match(text, breaks[-1] if breaks else 0, a0))


# the subject of a result sentence: "The minutes", "The motion", "They" (no one named)
_RESULT_SUBJECT = re.compile(r"\s*(?:(?:The|These|This|It|They)\b[^,;()]{0,60}?\s)?$")
_MOVED_SECONDED = re.compile(r"\b(?:moved|proposed)\b.*\bseconded\s+by\b", re.I | re.S)


def _after_motion(text: str, a0: int) -> bool:
    """Whether the sentence holding `a0` gives the result of the motion moved and seconded in
    the sentence just before ("The motion for adoption was moved by X and seconded by Y. The
    minutes were adopted as a true record.")."""
    breaks = [b.end() for b in _CLAUSE_BREAK.finditer(text, 0, a0)]
    if not breaks:
        return False
    start = breaks[-1]
    prev = text[breaks[-2] if len(breaks) > 1 else 0:start]
    return bool(_MOVED_SECONDED.search(prev)) and bool(_RESULT_SUBJECT.fullmatch(text, start, a0)) \
        and not _RESULT_AFTER.search(prev.split("seconded")[-1])


def _same_vote(text: str, a: int, b: int) -> bool:
    """Two anchors close together with only tally words between them are one vote, and so are a
    result and the lists of names printed right after it ("Motion carried 4-2. / Ayes: A, B …")."""
    gap = text[a:b]
    if re.fullmatch(r"[\s.;,]*(?:(?:the\s+)?vote(?:\s+was)?|voting)\s*:?\s*", gap, re.I):
        return True  # "… was approved. Voting: 4 in favor, 1 against": the count of that result
    if re.fullmatch(r"[\s\d.;,()–—-]*", gap) and re.match(r"(?:Ayes|Yeas)\s*:", text[b:b + 6], re.I):
        return True
    if _ANNOUNCED.fullmatch(gap):
        return True  # "… 4 against and 1 abstained. The Chairman announced that" / "the motion was negatived"
    return len(gap) < 40 and not re.search(r"[.;]\s", gap)


# the chair announcing the result of the count just printed, as Hong Kong and other councils
# minute it ("2 Members voted for, 4 against and 1 abstained. The Chairman announced that the
# motion was negatived.")
# ("The Chair declared the motion lost.", "The Cathaoirleach declared the motion lost.": the
# declaration without "that", as Australian and Irish minutes print it)
_ANNOUNCED = re.compile(r"[^.;]{0,80}[.;]\s+(?:The\s+|An\s+)?(?:Chair(?:man|woman|person)?|President|Mayor|Convener|"
                        r"Cathaoirleach|Presiding\s+Officer)\s+(?:then\s+)?(?:announced|declared|ruled)\s+(?:that\s+)?",
                        re.I)


_MOVED_AFTER = re.compile(r"\s*(?:The|This|That)\s+(?:proposal|motion|resolution|recommendation)\s+"
                          r"(?:had\s+been|was)\s+(?:moved|proposed)\s+by\s+[^.;]{2,60}?\s+and\s+seconded\s+by"
                          r"\s+[^.;]{2,60}?\.(?=\s|$)")


def _build(text, window, w0, a0, a1, end, kind, m, present, absent_names, roster) -> Vote:
    passage = text[a0:end]
    v = Vote(anchor=a0, end=end, kind=kind)
    v.start = _passage_start(window, w0, a0)
    # "For: A, B, C Against: D … declared CARRIED by 3 votes to 1": the lists before a score
    lists_first = kind == "score" and bool(_ANY_LIST_HEAD.search(text, v.start, a0))
    # "Yes: A, B, C. No: D, E. With 3 yes votes to 2 no votes …": the lists before the count
    lists_first = lists_first or kind == "for_against" and _list_block_start(text, max(w0, a0 - 600), a0) < a0
    if kind == "motion_result" or lists_first:
        # "For: Cllrs. A, B (2) Against: Cllr. C (1) The Chair declared the proposal carried"
        v.start = min(v.start, _list_block_start(text, max(w0, a0 - 600), a0))
    if kind == "result_line" or lists_first:
        # "In favour: … Opposed: …" is printed between the motion and its result line.
        passage = text[v.start:end]
    label = _VOTE_LABEL.search(text, v.start, a0) if kind == "motion_result" else None
    if label and re.fullmatch(r"[^.]*\.?\s*", text[label.end():a0]):
        passage = text[label.start():end]  # "VOTE: 4-2-0 (Nay: A, B). The motion carried."
    v.text = text[v.start:end].strip()
    low = text[a0:a1].lower()
    # result
    if kind in ("no_second", "withdrawn"):
        v.result = kind
    elif re.search(r"\b(failed|defeated|lost|fails|fell|rejected|declined|negatived)\b", low) or \
            (kind == "msc" and low.rstrip().endswith("f")):
        v.result = "failed"
    elif kind in ("voted_score", "vote_label") and int(m.group(1)) < int(m.group(2)):
        v.result = "failed"  # "The Board voted 2-3 to approve …": fewer for than against
    elif kind in ("for_against", "against_for", "tally") and re.match(
            r"[^.;]{0,40}?\b(?:lost|defeated|failed|not\s+(?:approved|carried|adopted|agreed))\b",
            text[a1:end], re.I):
        # "For: 2 / Against: 3 / Abstained: 1 Lost.", "On a show of hands 3 voted for and 5
        # against, and the proposal was not approved."
        v.result = "failed"
    elif kind == "for_against" and low.startswith("by ") and (
            int(m.group(1)) < int(m.group(2)) or re.search(
                r"\b(?:rejected|refused|declined|defeated|lost|failed)\b",
                text[_sentence_start(text, v.start, a0):a0], re.I)):
        v.result = "failed"  # "… was refused by 6 votes to 2", "… approved by 2 votes to 5"
    elif kind == "tally" and (re.match(r"[^.;]{0,60}?\b(?:was|were)\s+(?:lost|defeated|negatived)\b",
                                       text[a1:end], re.I)
                              or re.match(_ANNOUNCED.pattern + r"the\s+\w+\s+was\s+(?:lost|defeated|negatived)\b",
                                          text[a1:end], re.I)):
        # "On being put to the vote, 4 members voted in favour and 7 against, and the
        # recommendation was lost": the result after the count, in the same sentence
        v.result = "failed"
    elif kind in ("tally", "for_against") and re.search(r"\b(?:lost|defeated|failed|fell)\s*[,;:]?\s*$",
                                                       text[max(0, a0 - 30):a0], re.I):
        # "The amendment was lost, 3 members voting for and 8 against.", "On being put to the
        # vote the proposal fell: For 3, Against 5"
        v.result = "failed"
    else:
        v.result = "carried"
    v.unanimous = bool(re.search(r"unanim|all\s+approving|all\s+in\s+favou?r", low)) or bool(
        re.search(r"\bunanimous", passage[:200], re.I) and kind != "no_second")
    named, listed_counts = _parse_named(passage if kind not in ("no_second", "withdrawn") else "")
    roll_at = a0  # where a roll call printed before the result starts
    if not named and kind in ("motion_result", "score") and v.start < a0:
        # a roll call printed between the motion and its result ("Motion by Kim …" / "Walsh:
        # Yea; … Brown: Nay." / "Motion carried 3-1."): a table of votes under the motion
        before, _ = _parse_named(text[v.start:a0])
        if len(before) >= 2:
            named = before
            roll = re.search(rf"(?:\bVote\s*:\s*)?{re.escape(before[0][0])}\s*:", text[v.start:a0])
            roll_at = v.start + roll.start() if roll else a0
    # (a score as well: "Motion by … / ROLL CALL VOTE: / AYES: … / NOES: … / Motion carried 4-1.")
    lists = _ANY_LIST_HEAD.search(text, v.start, a0) if kind in ("motion_result", "score") and named else None
    if lists and roll_at == a0:
        roll_at = lists.start()  # lists printed between the motion and its result
    motion_end = roll_at if named and kind in ("motion_result", "score") and v.start < roll_at < a0 else a0
    v.printed = _parse_printed(passage, kind, m)
    if roster and kind not in ("no_second", "withdrawn") \
            and not any(how in ("aye", "no", "abstain") for _, how in named):
        # (a member recused or absent named with the result is no vote of those who voted:
        # "carried 4 votes to 1, Ms Nguyen voting against. (Mr Brennan, having declared an
        # interest, did not vote.)")
        done = {_surname(n) for n, _ in named}
        more = [(n, how) for n, how in _dissenters(passage, roster) if _surname(n) not in done]
        if more:
            named = [*named, *more]
            v.notes.append("dissenting votes named after the result")
    # mover, seconder, motion
    v.mover, v.seconder, v.motion = _motion_parts(text[v.start:motion_end] if v.start < a0 else window,
                                                  window)
    if _PUT_TO_VOTE.match(v.motion or "") and v.start > w0:
        # "That Tender MT 14/2025 … be awarded … The recommendation was put to the vote: 4 in
        # favour, 2 against": what was put is the resolution printed before
        before = [c for c in re.split(r"(?<=[.;:])\s+", text[max(w0, v.start - 600):v.start].strip()) if c]
        that = [c for c in before if re.match(r"^\W*(?:THAT|That)\s", c)]
        if that or before:
            v.motion = re.sub(r"\s+", " ", (that or before)[-1]).strip(" ,;.–-")[:400]
    if _LABELLED_MOVERS_ONLY.match(v.motion or "") and v.start > w0:
        # "Resolution No. 2/03/2025: Resolved that the work … be awarded …" / "Proposed by: X
        # Seconded by: Y" / "The resolution was passed by a majority of 5 votes to 2": the mover
        # line printed after the resolution names no motion; what was put is the resolution
        # (sentences end at a full stop, not after "No." of the resolution's number)
        before = [c for c in re.split(r"(?<![Nn]o\.)(?<=[.;])\s+(?=[A-Z])",
                                      text[max(w0, v.start - 800):v.start].strip()) if c]
        res = [c for c in before if _RESOLVED_OPENING.match(c)]
        if res and res[-1] is before[-1]:
            v.motion = re.sub(r"\s+", " ", _RESOLVED_OPENING.sub("", res[-1], count=1)).strip(" ,;.–-")[:400]
    if kind in ("seconded_after", "pair_result"):
        # (a name ends at a full stop after a word: "Mr Demetriou. The President briefed …")
        v.mover, v.seconder = (_clean_name(re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", m[k])[0])
                               for k in ("mover", "seconder"))
    ms = _MS_NAMES.match(text, a0) if kind == "msc" else None
    if ms:
        v.mover, v.seconder = _clean_name(ms["mover"]), _clean_name(ms["seconder"])
        v.motion = re.sub(r"\s+", " ", text[ms.end():end]).strip(" ,;.–-")[:400]
    if not (v.mover or v.seconder) and kind == "motion_result":
        # "… was adopted on a motion moved by X and seconded by Y": the names follow the result
        # ("… were confirmed on a motion by X, seconded by Y": read from the word "motion")
        # ("… confirmed without amendment on the motion of X, seconded by Y": from "on the motion")
        on = re.search(r"\bon\s+(?:a|the)\s+motion$", text[a0:a1], re.I)
        start = a0 + on.start() if on else a1 - len("motion") if text[a0:a1].lower().endswith("motion") else a1
        v.mover, v.seconder, _ = _motion_parts(text[start:end], window)
    if not (v.mover or v.seconder):
        # "… by 5 votes in favour and 1 against (Mr Ioannou). The proposal was moved by X and
        # seconded by Y.": the names in the sentence right after the count
        after = _MOVED_AFTER.match(text, end)
        if after:
            v.mover, v.seconder, _ = _motion_parts(after.group(0), window)
            v.end = end = after.end()
            v.text = text[v.start:end].strip()
    numbered = _MOTION_NUMBER.match(text, v.start)
    if numbered and _year_range(numbered["num"]):
        numbered = None  # "2023-24 Budget …", "2025-2028 Title VI Program": years, not a motion
    if not (v.mover or v.seconder) and numbered:
        # "2025-083 Recorded vote on the main motion: In favour: …": the motion moved earlier
        # under the same number ("2025-083 Moved: Coun. Squires Seconded: Coun. Power That …")
        v.mover, v.seconder = _numbered_motion(text, numbered["num"], v.start, window)
    sent0 = max(text.rfind(". ", 0, a0), text.rfind("\n", 0, a0)) + 1
    if not (v.mover or v.seconder) and (_MAIN_MOTION.search(text, sent0, a1) or (
            _THE_MOTION.search(text, sent0, a1) and _AMENDMENT_VOTED.search(text, 0, sent0))):
        # "The substantive motion was then put to the vote …", "The motion as amended was
        # carried": the motion moved first in the item, before the amendments voted since
        # (so is "the motion" put to the vote, with no names, after an amendment was voted on)
        v.mover, v.seconder = _main_motion(text[:v.start])
    interrupted = _interrupted_motion(text, a0, a1, window)
    if interrupted:
        v.mover, v.seconder = interrupted
    if kind == "for_against" and re.search(r"\bfor\s+the\s+motion\b[^.;]*\bfor\s+the\s+amendment\b",
                                           text[a0:a1], re.I):
        # a division of the motion against the amendment: the vote is the motion's, moved first
        main = _main_motion(text[:a0])
        if main[0]:
            v.mover, v.seconder = main
    if v.mover:
        v.mover = map_name(v.mover, roster, run_on=True) or v.mover
    if v.seconder:
        v.seconder = map_name(v.seconder, roster, run_on=True) or v.seconder
    if kind in ("no_second", "withdrawn"):
        v.tally = dict.fromkeys(TALLY_KEYS)
        return v
    # members
    members: dict[str, str] = {}
    unknown = []
    for raw, how in named:
        who = map_name(raw, roster) if roster else None
        if roster and who is None:
            unknown.append(raw)
            who = _clean_name(raw)
        members[who or _clean_name(raw)] = how
    if unknown:
        v.problems.append(f"named voter(s) not among the meeting's attendees: {', '.join(unknown)}")
    too_big = sum(v.printed.get(k, 0) for k in ("ayes", "noes", "abstain", "recused")) > len(roster)
    if v.unanimous and roster and not too_big:
        for n in present:
            members.setdefault(n, "aye")
    elif roster and not too_big and v.printed.get("ayes") and \
            v.printed["ayes"] + sum(1 for n in present if n in members) == len(present) and \
            all(v.printed.get(k, 0) == sum(1 for h in members.values() if _TALLY_OF[h] == k)
                for k in ("noes", "abstain", "recused")):
        # "Motion carried 4-1 (Lee opposed)" with five present: the other four voted aye
        for n in present:
            if n not in members:
                members[n] = "aye"
        v.notes.append("ayes inferred: the printed tally accounts for every member present")
    if members or v.unanimous:
        for n in absent_names:
            members.setdefault(n, "absent")
    if named and roster:
        for n in present + absent_names:
            if n in members:
                continue
            mm = re.search(rf"\b{re.escape(n)}\s*:?\s*(Aye|No|Abstain|Abstention|Absent|Recused)\b",
                           passage)
            if mm:
                members[n] = _VOTE_WORD[mm.group(1).lower()]
                v.notes.append(f"vote of {n} printed without the usual colon")
        missing = [n for n in present if n not in members]
        if len(missing) == 1:
            have = {k: 0 for k in TALLY_KEYS}
            for how in members.values():
                have[_TALLY_OF[how]] += 1
            gap = {k: v.printed[k] - have[k] for k in v.printed if v.printed[k] != have[k]}
            if len(gap) == 1 and list(gap.values())[0] == 1:
                how = next(h for h, k in _TALLY_OF.items() if k == list(gap)[0])
                members[missing[0]] = how
                v.notes.append(f"vote of {missing[0]} not legible in the text; inferred '{how}' "
                               "from the printed tally")
    v.members = members
    # tally: printed figures first, counted ones where nothing was printed
    counted = {k: 0 for k in TALLY_KEYS}
    for how in members.values():
        counted[_TALLY_OF[how]] += 1
    tally: dict[str, int | None] = dict.fromkeys(TALLY_KEYS)
    for k in TALLY_KEYS:
        if k in v.printed:
            tally[k] = v.printed[k]
        elif members:
            tally[k] = counted[k]
    if not members and v.printed:
        for k in ("noes", "abstain", "recused"):
            if tally[k] is None and ("ayes" in v.printed):
                tally[k] = 0 if kind in ("roll", "score", "against_for", "for_against",
                                         "tally") else None
    v.tally = tally
    _check(v, counted, listed_counts, present, absent_names, bool(named))
    return v


# ("The resolution was put to a vote: 5 in favour, 2 against": "a vote" as well as "the vote")
_PUT_TO_VOTE = re.compile(r"^\W*(?:(?:the\s+)?(?:recommendation|motion|resolution|proposal|matter|"
                          r"amendment|question)s?\s+(?:was|were)\s+(?:then\s+)?)?put\s+to\s+(?:the\s+|a\s+)?"
                          r"(?:vote|meeting)\b", re.I)  # … or bare: "Put to vote: 5 in favour …"
_LIST_HEAD = re.compile(r"(?<![\w])(?:Ayes|Yeas|(?:^|(?<=[.;:)\]]\s))Yes|For|In\s+favou?r)\s*:\s*(?=[A-Z])")
_ANY_LIST_HEAD = re.compile(r"(?<![\w])(?:Ayes|Yeas|Noes|Nays|(?:^|(?<=[.;:)\]]\s))(?:Yes(?=\s*:\s*[A-Z])|"
                            r"No(?=\s*:\s*[A-Z][a-z]))|"
                            r"For|Against|In\s+favou?r|Opposed|"
                            r"Abstentions?|Abstain(?:ed|ing)?|Absent|Recused?|"
                            # in capitals, as US roll calls print them ("AYES: Directors …")
                            r"AYES|YEAS|NOES|NAYS|OPPOSED|ABSTAIN(?:ED|ING|S)?|ABSENT|RECUSED?)\s*:")


def _list_block_start(text: str, lo: int, a0: int) -> int:
    """Start of the sentence holding vote lists ("For: …", "Against: …") printed right before a
    result at `a0`; `a0` when there are none. Between the lists and the result there is at most
    one sentence break (the result's own sentence)."""
    seg = _ABBREV_DOT.sub(r"\1 ", text[lo:a0])  # same length: "Cllrs." -> "Cllrs "
    heads = list(_LIST_HEAD.finditer(seg))
    if not heads:
        return a0
    h = heads[-1].start()
    breaks = [b for b in re.finditer(r"[.!?]\s+(?=[A-Z])", seg[h:])
              if not _ANY_LIST_HEAD.match(seg, h + b.end())]
    if len(breaks) > 1:
        return a0
    s = max(seg.rfind(". ", 0, h), seg.rfind("\n", 0, h))
    return lo + (s + 2 if s >= 0 else 0)


def _passage_start(window: str, w0: int, a0: int) -> int:
    """Where the vote's passage begins: the motion sentence, else the clause before the anchor."""
    tail = window[-1500:]
    off = w0 + len(window) - len(tail)
    best = None
    for rx in (_MOVER, _MOVED_BY, _DULY, _MS_NAMES, re.compile(r"\bMotion\s+to\b")):
        for mm in (_mover_matches(tail) if rx is _MOVER else rx.finditer(tail)):
            if "name" in rx.groupindex and mm.group("name") and mm.group("name").split()[0] in _BOX_LABELS:
                continue  # "MOVER: SECONDER: AYES:": the labels of a vote box, not a motion
            if best is None or mm.start() > best:
                best = mm.start()
    if best is not None:
        # start of that sentence (after ". ", "; " or a line break: "\nOn motion of …")
        s = max(tail.rfind(". ", 0, best), tail.rfind("\n", 0, best), tail.rfind("; ", 0, best))
        return off + (s + (1 if tail[s] == "\n" else 2) if s >= 0 else 0)
    s = max(tail.rfind(". "), tail.rfind("\n"), tail.rfind("; "))
    # (a line break is one character: "\nOn a show of hands …" keeps its "O")
    return off + (s + (1 if tail[s] == "\n" else 2) if s >= 0 else 0)


# a labelled mover line and nothing of a motion's words ("Proposed by: Shri A Seconded by: Shri
# B", with the subject of the result sentence after it: "… The resolution")
_LABELLED_MOVERS_ONLY = re.compile(
    r"^\W*(?:Proposed|Moved|PROPOSED|MOVED)(?:\s+(?:by|BY))?\s*:\s*[^:]{2,60}?\s+(?:Seconded|SECONDED)"
    r"(?:\s+(?:by|BY))?\s*:\s*[^:]{2,60}?(?:\s+(?:The|the)\s+(?:resolution|motion|proposal))?$")
# a resolution's opening, after its number perhaps ("Resolution No. 2/03/2025: Resolved that …",
# "RESOLVED THAT …", "Resolution: That …"); the number and label are no part of its text
_RESOLVED_OPENING = re.compile(r"^\W*(?:Resolution(?:\s+No\.?\s*[\w/.-]+)?\s*[:.–-]\s*)?"
                               r"(?=(?:Resolved|RESOLVED)\b|(?:That|THAT)\s)")

# the text of a resolution moved line by line, after the mover's and seconder's names
_RESOLUTION_TEXT = re.compile(r"(?<![\w])(?:THAT|That)\s+(?:the|this|council|committee|board|a|an)\b[^\n]*?"
                              r"(?=\.\s|\.?$|\s+(?:A\s+recorded|In\s+favou?r|MOTION\s+|CARRIED|DEFEATED|LOST)\b)",
                              re.I)


def _not_name(name: str) -> bool:
    """Whether a captured "name" is a word such as "The", "Motion"; an initial before a surname
    ("A Whaanga", as New Zealand minutes print "Member A Whaanga") is a name."""
    words = name.split()
    if len(words) > 1 and re.fullmatch(r"[A-Z]\.?", words[0]) and words[1][:1].isupper() \
            and words[1] not in _NON_NAMES:
        return False
    return words[0] in _NON_NAMES


_MAIN_MOTION = re.compile(r"\b(?:substantive|main|original|principal)\s+motion\b|\bmotion\s*,?\s+as\s+amended\b|"
                          r"\bamended\s+motion\b", re.I)
_THE_MOTION = re.compile(r"\bthe\s+motion\b", re.I)
_AMENDMENT_VOTED = re.compile(r"\bamendment\s+(?:was\s+)?(?:put\s+to\s+the\s+vote|carried|lost|defeated|"
                              r"failed|(?:was\s+)?(?:declared\s+)?(?:carried|lost))\b", re.I)
# "The motion was seconded by Alderman Raposo, who …": the seconder in a sentence of its own
_MOTION_SECONDED = re.compile(r"(?:^|(?<=[.;]\s))(?:The|This|That|His|Her)\s+motion\s+was\s+seconded\s+by\s+"
                              rf"(?:(?:{_TITLES})\s+)*(?P<name>{_NAME})")
_AMENDMENT_MOVED = re.compile(r"\W*(?:(?:an?|the|his|her|their)\s+)?(?:further\s+|second\s+|third\s+)?amendment\b", re.I)


# A motion's own number opening its paragraph, as Canadian town councils print it in a margin
# ("2025-083 Moved: Coun. Squires …"): a year and a running number
_MOTION_NUMBER = re.compile(r"\s*(?P<num>(?:19|20)\d{2}-\d{2,4})(?![\w-])\s+(?=\S)")


def _year_range(num: str) -> bool:
    """Whether "a-b" is a span of years ("2023-24", "2025-2028") rather than a motion's number."""
    year, run = num.split("-")
    return bool(re.fullmatch(r"(?:19|20)\d{2}", run)) or (len(run) == 2 and int(run) == (int(year) + 1) % 100)


def _numbered_motion(text: str, num: str, limit: int, window: str) -> tuple[str | None, str | None]:
    """(mover, seconder) of the motion printed earlier under the number `num`, read up to the
    next motion's number; (None, None) where it is not printed before `limit`."""
    for mm in re.compile(rf"(?<![\w-]){re.escape(num)}(?![\w-])").finditer(text, 0, limit):
        rest = text[mm.end():min(limit, mm.end() + 400)]
        nxt = re.search(r"(?<![\w-])(?:19|20)\d{2}-\d{2,4}(?![\w-])", rest)
        mover, seconder, _ = _motion_parts(rest[:nxt.start()] if nxt else rest, window)
        if mover or seconder:
            return mover, seconder
    return None, None


def _main_motion(before: str) -> tuple[str | None, str | None]:
    """(mover, seconder) of the first motion moved in `before` that is no amendment; the
    seconder in its sentence ("moved, seconded by Cllr. Nkhoma, that …") or in the sentence
    after it ("Cllr. Tembo seconded the motion.")."""
    for mm in _mover_matches(before):
        if _not_name(mm.group("name")) or _AMENDMENT_MOVED.match(mm.group("rest")):
            continue
        passive = _passive_motion(before, mm.start())
        if passive:
            return passive
        rest = _ABBREV_DOT.sub(r"\1 ", mm.group("rest"))  # same length
        stop = re.search(r"[.;]\s+(?=[A-Z])", rest)
        sentence = rest[:stop.start()] if stop else rest
        sb = _SECONDED_BY.search(mm.group("rest")[:len(sentence)])
        if not sb and mm.re.groupindex.get("sec") and mm.group("sec"):
            # "Councillor Munro, seconded by Councillor Mackay, moved …": named before the verb
            sb = _SECONDED_BY.search("seconded by " + mm.group("sec"))
        seconder = sb.group("name") if sb and not _not_name(sb.group("name")) else None
        if not seconder and stop:
            nxt = _SECONDER.match(mm.group("rest"), stop.end())
            seconder = nxt.group("name") if nxt and not _not_name(nxt.group("name")) else None
        if not seconder and stop:  # "… moved the motion of which he had given notice, that …. (…)
            # The motion was seconded by Alderman Raposo": within the sentences that follow it
            later = _MOTION_SECONDED.search(_ABBREV_DOT.sub(r"\1 ", mm.group("rest")[:600]), stop.end())
            seconder = later.group("name") if later and not _not_name(later.group("name")) else None
        if not seconder:
            # "Natalie Rossi proposed that the P&C contribute …" / "Motion: That …" / "Moved:
            # Natalie Rossi   Seconded: Liam O'Brien": her motion, moved formally with a seconder
            formal = _passive_motion(before, len(before))
            if formal and formal[1] and formal[0] and _clean_name(mm.group("name")).split()[-1:] == \
                    formal[0].split()[-1:]:
                return formal
        return _clean_name(mm.group("name")), _clean_name(seconder) if seconder else None
    return _passive_motion(before, len(before)) or (None, None)


# an amendment moved to a motion on the floor: "Trustee Lavallee moved an amendment, seconded by
# …", "Council Member Brandt moved to amend the motion …", "An amendment was moved by …"
_AMENDMENT_OPENS = re.compile(r"\b(?:moved|proposed)\s+(?:as\s+)?(?:an?\s+|a\s+further\s+)?amendment\b|"
                              r"\bmoved\s+to\s+amend\b|\bamendment\s+was\s+(?:moved|proposed)\b", re.I)


_A_RESULT = re.compile(r"\b(?:carried|passed|failed|defeated|lost|adopted)\b", re.I)


def _interrupted_motion(text: str, a0: int, a1: int,
                        window: str) -> tuple[str | None, str | None] | None:
    """(mover, seconder) of the motion an amendment interrupted, for the vote on it printed
    after the amendment's own vote ("Motion by A, seconded by B, to approve …" / "C moved to
    amend the motion …, seconded by D. The amendment failed 2-5." / "… a record vote on the main
    motion. … The motion carried 5-2."): read back from the result, the nearest motion is the
    amendment, whose mover is not this vote's. None unless an amendment was voted on before this
    result with no other motion moved since, and the words after that vote name the motion."""
    opens = list(_AMENDMENT_OPENS.finditer(text, 0, a0))
    if not opens:
        return None
    voted = _AMENDMENT_VOTED.search(text, opens[-1].end(), a0)
    if not voted or not (_MAIN_MOTION.search(text, voted.end(), a1)
                         or _THE_MOTION.search(text, voted.end(), a1)):
        return None
    since = text[voted.end():a0]
    if any(not _not_name(mm.group("name")) for mm in _mover_matches(since)) or _MOVED_BY.search(since):
        return None  # a motion moved after the amendment's vote: this result is that one's
    if _A_RESULT.search(since):
        return None  # the motion's own result printed before: this one is another vote's
    head = text[:opens[-1].start()]
    head = head[:max(head.rfind(". "), head.rfind("\n")) + 1]  # before the amendment's sentence
    firsts = [mm.start() for mm in _mover_matches(head) if not _not_name(mm.group("name"))
              and not _AMENDMENT_MOVED.match(mm.group("rest"))]
    firsts += [mb.start() for mb in _MOVED_BY.finditer(head) if not _not_name(mb.group("name"))]
    if not firsts:
        return None
    mover, seconder, _ = _motion_parts(head[max(firsts):], window)
    return (mover, seconder) if mover else None


def _passive_motion(before: str, limit: int) -> tuple[str | None, str | None] | None:
    """(mover, seconder) of a motion moved in the passive before offset `limit` ("It was moved
    by Deputy Mayor Trott and seconded by Common Councillor Lightbourne that …"), no amendment
    ("moved by X, seconded by Y, that the motion be amended …" is one), else None."""
    for mb in _MOVED_BY.finditer(before, 0, limit):
        if _not_name(mb.group("name")) or not re.match(r"(?i)moved", mb.group(0)):
            continue
        head = _ABBREV_DOT.sub(r"\1 ", before[mb.end():mb.end() + 400])
        # (an amendment's label on the next line ends the motion's names: "Moved: A   Seconded:
        # B" / "Amendment: That …")
        sentence = re.split(r"[.;]\s+(?=[A-Z])|\s(?=(?:Amendment|AMENDMENT)\s*:)", head)[0]
        if re.search(r"\bamend(?:ment|ed)?\b", sentence, re.I):
            continue
        sb = _SECONDED_BY.search(sentence)
        seconder = sb.group("name") if sb and not _not_name(sb.group("name")) else None
        return _clean_name(_name_after(mb.group("name"))), _clean_name(seconder) if seconder else None
    return None


def _mover_matches(text: str, rx: re.Pattern = _MOVER, group: str = "name") -> list[re.Match]:
    """Every "X moved …" in `text`, in order: each match's tail runs to the end of its line, so
    the next search starts after the name ("Cllr. Sakala moved, seconded by …, that …. Cllr.
    Banda moved an amendment …" on one line holds two movers); so with the motion's text."""
    out: list[re.Match] = []
    pos = 0
    while (mm := rx.search(text, pos)) is not None:
        out.append(mm)
        # (after the name; inside the motion's text, which may hold the next "moved")
        pos = max(mm.end(group) if group == "name" else mm.start(group), mm.start() + 1)
    return out


_ROLL_LABEL = re.compile(r"^\W*(?:(?:roll[\s-]+call|recorded|voice)\s+)?vote\s*:?\s*$|"
                         r"^\W*roll[\s-]+call\s*:?\s*$", re.I)


def _motion_parts(passage_head: str, window: str) -> tuple[str | None, str | None, str]:
    head = passage_head[-1500:]
    mover = seconder = None
    movers = [mm for mm in _mover_matches(head) if not _not_name(mm.group("name"))]
    if movers:
        mover = movers[-1].group("name")
    else:
        mb = list(_MOVED_BY.finditer(head))
        if mb and not _not_name(mb[-1].group("name")):
            mover = _name_after(mb[-1].group("name"))
    ms = list(_MS_NAMES.finditer(head))
    if ms and not mover:  # "M/S (Lee/Raman) to approve … Motion carried 4-1."
        mover = ms[-1]["mover"]
    secs = [mm for mm in _SECONDER.finditer(head) if not _not_name(mm.group("name"))]
    if secs:
        seconder = secs[-1].group("name")
    elif ms and mover == ms[-1]["mover"]:
        seconder = ms[-1]["seconder"]
    else:
        sb = [mm for mm in _SECONDED_BY.finditer(head) if not _not_name(mm.group("name"))]
        if sb:
            seconder = _name_after(sb[-1].group("name"))
    motion = ""
    mt = _mover_matches(head, _MOTION_TEXT, "m")
    if mt:
        motion = mt[-1].group("m")
        motion = re.split(r"(?<=[a-z\])])\.\s+(?=[A-Z])|\s+(?:Councilmember|Vice Mayor|Mayor)\s+"
                          r"\w+(?:\s\w+)?\s+seconded|,?\s+seconded\b|,\s+[A-Z]\w*(?:\s+[A-Z]\w*)?\s+"
                          r"second(?:ed|s)\b|\.\s*$", motion)[0]
    elif _RESOLUTION_TEXT.search(head):
        # "Moved: Cr Brennan Seconded: Cr Cho That the minutes … be confirmed. CARRIED 4/0"
        motion = list(_RESOLUTION_TEXT.finditer(head))[-1].group(0)
    else:
        # (not the label of a roll call printed under the motion: "ROLL CALL VOTE:")
        # ("On a show of hands the Board approved …": the decision after the way it was taken)
        clauses = [c for c in (re.sub(r"^(?:On|By)\s+a\s+show\s+of\s+hands,?\s+", "", c, flags=re.I)
                               for c in re.split(r"(?<=[.;])\s+", head.strip()))
                   if c and not re.search(r"\bseconded\b|^(?:On|Under)\s", c)
                   and not _ROLL_LABEL.match(c)]
        motion = clauses[-1] if clauses else ""
    motion = re.sub(r"\s+", " ", motion).strip(" ,;.–-")
    return (_clean_name(mover) if mover else None,
            _clean_name(seconder) if seconder else None, motion[:400])


# a member kept out of the vote by an interest: "X did not vote, having declared an interest",
# "X declared a pecuniary interest and took no part in the vote"
_NOT_VOTING = r"(?:did\s+not\s+(?:vote|take\s+part)|took\s+no\s+part|(?:was\s+)?not\s+voting|abstained|withdrew)"
_AN_INTEREST = (r"(?:(?:declared|declaring)\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}interest|"
                r"(?:a|his|her|their)\s+(?:[\w-]+\s+){0,2}conflict\s+of\s+interest)")
_INTEREST_OUT = re.compile(
    rf"(?P<names>(?:(?:{_TITLES})\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})\s+{_NOT_VOTING}"
    rf"[^.;()]{{0,40}}?\b{_AN_INTEREST}|"
    rf"(?P<names2>(?:(?:{_TITLES})\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}}),?\s+(?:having\s+)?"
    rf"{_AN_INTEREST}[^.;()]{{0,40}}?\b{_NOT_VOTING}")


def _parse_named(passage: str) -> tuple[list[tuple[str, str]], dict[str, int]]:
    """Named votes: roll-call pairs ("Daysog: Aye;") and lists ("Noes: Councilmember X – 1")."""
    named: list[tuple[str, str]] = []
    counts: dict[str, int] = {}
    words = "|".join(sorted((re.escape(w) for w in _VOTE_WORD if " " not in w), key=len,
                            reverse=True))
    # roll call: Name: Vote
    for mm in re.finditer(rf"(?P<name>{_NAME})\s*:\s*(?P<v>(?i:{words}))\b(?!\s*:)(?!\s*\d)",
                          passage):
        name = _clean_name(mm.group("name"))
        if not name or name.split()[-1].lower() in _VOTE_WORD or name in _NON_NAMES:
            continue
        if re.fullmatch(r"(?i)(vote|roll call vote|voice vote)", name):
            continue
        named.append((name, _VOTE_WORD[mm.group("v").lower()]))
    if not named:
        # a roll call in prose: "Roll call vote: Kowalski aye, Brennan nay, Oyelaran aye."
        rc = re.search(r"\broll[\s-]+call(?:\s+vote)?\s*:\s*(?P<list>[^.]+)", passage, re.I)
        segs = re.split(r"[,;]\s*|\s+and\s+", rc["list"].strip()) if rc else []
        # (or a dash between them: "Roll call: Sokol - Yea; Feld - Yea; Acheson - Nay.")
        pairs = [re.fullmatch(rf"(?:(?:{_TITLES})\s+)*(?P<name>{_NAME})\s+(?:[-–—]\s+)?(?P<v>(?i:{words}))",
                              seg.strip()) for seg in segs if seg.strip()]
        if len(pairs) >= 2 and all(pairs):
            named += [(_clean_name(p["name"]), _VOTE_WORD[p["v"].lower()]) for p in pairs]
        elif rc:
            # a roll-call table read row by row, name then vote with no separator: "Roll call vote:
            # Okafor Yes Wexler Yes Delgado No … Motion carried 6-1." (rows as long as they run)
            pair = re.compile(rf"\s*(?:(?:{_TITLES})\s+)*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){{0,2}}?)"
                              rf"\s+(?P<v>(?i:{words}))\b\s*[,;]?")
            rows, pos = [], rc.start("list")
            while (row := pair.match(passage, pos)) and row["name"] not in _NON_NAMES:
                rows.append(row)
                pos = row.end()
            if len(rows) >= 3:
                named += [(_clean_name(r["name"]), _VOTE_WORD[r["v"].lower()]) for r in rows]
    if not named:
        # a division of a motion against an amendment, each side's names in brackets after its
        # count ("for the motion 5 (Councillors A, B …) and for the amendment 2 (Councillors C
        # and D)"): for the motion aye, for the amendment no
        for mm in re.finditer(r"\bfor\s+the\s+(?P<side>motion|amendment)\s*:?\s*\d{1,3}\s*\((?P<names>[^()]+)\)",
                              passage, re.I):
            how = "aye" if mm["side"].lower() == "motion" else "no"
            named += [(n, how) for n in _split_names(mm["names"])]
    if not named:
        # dissenters named after their count: "(4 in favour, 1 against – Shri Suresh Iyer)"
        for mm in re.finditer(r"\b\d+\s+(against|opposed|abstained|abstentions?)\s*[–—:-]\s*"
                              r"(?P<names>[^()\[\].;]+)", passage, re.I):
            how = "no" if mm.group(1).lower() in ("against", "opposed") else "abstain"
            named += [(n, how) for n in _split_names(mm.group("names"))]
    rolled = {n for n, _ in named}
    # lists (after a roll call only "[Absent: Councilmembers Knox White and Vella – 2.]" adds): Ayes: A, B and C – 3. Noes: D – 1. [Absent: E – 1.]
    # ("Yes: Jones, Lee. No: Brooks." only capitalised, opening a sentence and before a name: not
    # "Resolution No: 4", nor the "City of Yes: Housing" plan)
    heads = list(re.finditer(r"(?<![\w])((?:Those\s+)?Voting\s+(?:yes|ayes?|in\s+favou?r|no|nays?|against)|Ayes|Yeas|Noes|Nays?|(?:^|(?<=[.;:)\]]\s))(?-i:Yes|No)(?=\s*:\s*[A-Z][a-z])|"
                             r"For|Against|In\s+favou?r|Opposed|"
                             r"Abstentions?|Abstain(?:ed|ing)?|"
                             # ("For (6): Alderman A, Councillors B and C": the count in brackets)
                             r"Absent|Recused?|Recusals?)\s*(?:\((?P<n>\d{1,3})\)\s*)?:\s*", passage, re.I))
    for k, h in enumerate(heads):
        stop = heads[k + 1].start() if k + 1 < len(heads) else len(passage)
        chunk = _ABBREV_DOT.sub(r"\1", passage[h.end():stop])
        chunk = re.split(r"(?<=[a-z\]\d)])\.\s|[\]]|\n(?=(?:The|This|It)\s)|(?<=\(\d\))\s|(?<=\(\d\d\))\s|\*\*\*|;\s*(?:regarding|and regarding)|"
                         r"\s(?=(?:MOTION\s+)?(?:CARRIED|DEFEATED|LOST|FAILED|ADOPTED|REJECTED)\b)|"
                         # the line after the list ("Opposed: Directors Baptiste and Lindgren" /
                         # "ACTION: Staff to …")
                         r"\s(?=(?:ACTION|Action|NOTE|Note)\s*:)|"
                         # … or an officer's task run on to the list where a scan lost the line
                         # break ("Opposed: Directors Wesley and Moreau Corporate Officer to submit …")
                         r"\s(?=(?:Chief\s+|Deputy\s+)?(?:[A-Z][a-z]+\s+)?(?:Officer|Clerk|Manager|Secretary|Treasurer|"
                         r"Administrator|Engineer|Staff|CAO|CEO)\s+to\s+[a-z])", chunk)[0]
        word = re.sub(r"^(?:those\s+)?voting\s+", "", re.sub(r"\s+", " ", h.group(1).lower()))
        how = _VOTE_WORD[re.sub(r"s$", "", word) if word not in _VOTE_WORD else word] \
            if (word in _VOTE_WORD or re.sub(r"s$", "", word) in _VOTE_WORD) else "abstain"
        if re.match(r"\s*\d+\b", chunk) and not re.search(r"[A-Z][a-z]", chunk):
            continue  # a number: a printed tally, read by _parse_printed
        bracket = re.match(r"\s*(\d+)\s*\(([^()]+)\)", chunk)
        if bracket:  # "Opposed: 2 (Councillor Crowfoot, Councillor Littlewolf)": count, then names
            chunk = f"{bracket.group(2)} – {bracket.group(1)}"
        cnt = re.search(r"(?:[–—-]\s*|\(\s*)(\d+)\s*\)?\s*[.;,\]]*\s*$", chunk.strip())
        names = _split_names(chunk)
        if rolled and how not in ("absent", "recused"):
            continue
        for n in names:
            if n not in rolled:
                named.append((n, how))
        if cnt or h["n"]:
            counts[_TALLY_OF[how]] = int(h["n"] or cnt.group(1))
    # "(Member Tremblay did not vote, having declared an interest.)" after the lists: a recusal
    voted = {_surname(n) for n, _ in named}
    for mm in _INTEREST_OUT.finditer(passage):
        names = _split_names(mm.group("names") or mm.group("names2"))
        named += [(n, "recused") for n in names if _surname(n) not in voted]
    return named, counts


# A count printed as capitalised words and figures after the result ("… was carried: For 6,
# Against 3, Abstain 0"), as UK and Irish committees print a vote on a line of its own.
_FOR_AGAINST_AFTER = re.compile(
    r"(?<![\w])(?:For|In\s+[Ff]avou?r)\s*:?\s*(?P<ayes>\d{1,3})\s*[,;/.]?\s*(?:Against|Opposed)\s*:?\s*"
    r"(?P<noes>\d{1,3})\b(?:\s*[,;/.]?\s*Abst(?:ain(?:ed|ing)?|entions?)\s*:?\s*(?P<abstain>\d{1,3})\b)?")


def _parse_printed(passage: str, kind: str, m: re.Match) -> dict[str, int]:
    out: dict[str, int] = {}
    lm = _VOTE_LABEL.match(passage)
    if not lm:
        # "The Board approved consent items … Vote: 5-0.": the count closing the passage
        lm = next((x for x in _VOTE_LABEL.finditer(passage)
                   if re.fullmatch(r"[\s.;)]*", passage[x.end():])), None)
    if lm:
        out.update(ayes=int(lm.group(1)), noes=int(lm.group(2)))
        if lm.group(3):
            out["abstain"] = int(lm.group(3))
    for mm in re.finditer(r"(?<![\w])(Ayes|Yeas|Noes|Nays|Abstentions?|Abstained|Abstain|Absent|Recused?)"
                          r"\s*:\s*(\d+)\b", passage, re.I):
        w = mm.group(1).lower()
        w = w if w in _VOTE_WORD else w.rstrip("s")
        out[_TALLY_OF[_VOTE_WORD.get(w, "abstain")]] = int(mm.group(2))
    for mm in re.finditer(r"(?<![\w])(Ayes|Yeas|Noes|Nays|Abstentions?|Abstain|Absent|Recused?)"
                          rf"\s*:\s*[^:;\]]*?[–—-]\s*(\d+)\b", passage, re.I):
        w = mm.group(1).lower()
        w = w if w in _VOTE_WORD else w.rstrip("s")
        out.setdefault(_TALLY_OF[_VOTE_WORD.get(w, "abstain")], int(mm.group(2)))
    if kind == "for_against":
        # "In favour: 4  Opposed: 0": the anchor's own count ("4 Opposed" below is not 4 noes)
        out.setdefault("ayes", int(m.group(1)))
        out.setdefault("noes", int(m.group(2)))
    fa = _FOR_AGAINST_AFTER.search(passage)
    if fa:
        # "the proposal was carried: For 6, Against 3, Abstain 0": the count after the result
        out.setdefault("ayes", int(fa["ayes"]))
        out.setdefault("noes", int(fa["noes"]))
        if fa["abstain"]:
            out.setdefault("abstain", int(fa["abstain"]))
    voted = r"(?:(?:members?|councillors?|directors?|trustees?|governors?)\s+)?vot(?:ed|ing)\s+"
    for rx, key in ((rf"\b{_NUM}\s+{voted}(?:in\s+favou?r|for(?=\s*(?:,|and)\s+\w+\s+(?:\w+\s+)?against))", "ayes"),
                    # "The motion was carried with 7 votes for and 2 against (…)"
                    (rf"\b{_NUM}\s+votes\s+(?:for|in\s+favou?r)\b(?=[,;]?\s+(?:and\s+)?\w+\s+(?:votes?\s+)?against)",
                     "ayes"),
                    (rf"\b{_NUM}\s+(?:\([^()]{{1,60}}\)\s+)?{voted}(?:against|no)\b", "noes"),
                    (rf"\b{_NUM}\s+in\s+favou?r", "ayes"), (rf"\b{_NUM}\s+(?:opposed|against)", "noes"),
                    # "The motion was lost, 3 affirmative, 7 negative"
                    (rf"\b{_NUM}\s+(?:votes?\s+)?(?:in\s+the\s+)?affirmative\b", "ayes"),
                    (rf"\b{_NUM}\s+(?:votes?\s+)?(?:in\s+the\s+)?negative\b", "noes"),
                    (rf"\b{_NUM}\s+abstain\w*", "abstain"), (rf"\b{_NUM}\s+abstentions?", "abstain"),
                    (rf"\b{_NUM}\s+recus\w*", "recused"), (rf"\b{_NUM}\s+absent", "absent")):
        # (not the label of the next list: "ABSTAIN: None" / "ABSENT: Councilmember Huerta"
        # is no "none absent")
        mm = next((x for x in re.finditer(rx, passage, re.I)
                   if not passage[x.end():].lstrip().startswith(":")), None)
        if mm and key not in out:
            out[key] = _num(mm.group(1))
    mm = re.search(r"unanimous\w*\s+(?:voice\s+|roll[\s-]+call\s+)?vote\s*[–—-]\s*(\d+)", passage, re.I)
    if mm:
        out.setdefault("ayes", int(mm.group(1)))
        out.setdefault("noes", 0)
    if kind in ("for_against", "voted_score"):
        # the count the anchor itself reads wins over a figure of the passage ("The Board voted
        # 6-1 in favour of …" is 6 ayes, not the "1 in favour" inside it)
        out["ayes"], out["noes"] = int(m.group(1)), int(m.group(2))
    if kind == "voted_score":
        if m.group(3):
            out.setdefault("abstain", int(m.group(3)))
    if kind == "result_line" and m.group(2):
        out.setdefault("ayes", int(m.group(2)))
        out.setdefault("noes", int(m.group(3)))
    words = re.search(rf"\bby\s+(?:a\s+vote\s+of\s+)?{_NUMW}\s+votes?\s+to\s+{_NUMW}\b", passage, re.I)
    if words:  # "carried by seven votes to two"
        out.setdefault("ayes", _num(words.group(1)))
        out.setdefault("noes", _num(words.group(2)))
    score = next(rx for k, rx in _ANCHORS if k == "score")  # the score in figures
    if score.search(passage) or re.search(r"vote\s+of\s+\d+\s*(?:[-–]|to)\s*\d+", passage):
        sm = re.search(r"(\d+)\s*(?:votes?\s+)?(?:[-–—]|to)\s*(\d+)(?:\s*[-–—]\s*(\d+))?",
                       passage[(score.search(passage) or re.search(r"vote\s+of", passage)).start():])
        if sm:
            out.setdefault("ayes", int(sm.group(1)))
            out.setdefault("noes", int(sm.group(2)))
            if sm.group(3):
                out.setdefault("abstain", int(sm.group(3)))
    return out


def _check(v: Vote, counted, listed_counts, present, absent_names, has_named) -> None:
    """Arithmetic: named vs printed vs present, and the result vs the tally."""
    if has_named:
        for k, n in v.printed.items():
            if k == "absent" and not counted[k] and not absent_names:
                continue
            if counted[k] != n:
                v.problems.append(f"printed {k} {n} but {counted[k]} named")
        for k, n in listed_counts.items():
            if counted[k] != n and v.printed.get(k) != counted[k]:
                msg = f"list of {k} gives {n} but names {counted[k]}"
                if msg not in v.problems:
                    v.problems.append(msg)
    roster = len(present) + len(absent_names)
    if present:
        voted = [n for n, how in v.members.items() if how != "absent"]
        missing = [n for n in present if n not in v.members]
        if has_named and missing:
            v.problems.append(f"present but no vote recorded: {', '.join(missing)}")
        extra = [n for n in voted if n not in present]
        if has_named and extra:
            v.problems.append(f"voted but not recorded present: {', '.join(extra)}")
        t = v.tally
        total = sum((t[k] or 0) for k in ("ayes", "noes", "abstain", "recused"))
        if v.printed and not has_named and total and total > roster:
            v.problems.append(f"tally counts {total} votes but only {roster} members are listed")
        gone = sum(1 for n in present if v.members.get(n) in ("absent", "recused"))
        if v.unanimous and "ayes" in v.printed and v.printed["ayes"] != len(present) - gone:
            v.problems.append(f"unanimous vote printed as {v.printed['ayes']} but "
                              f"{len(present)} members recorded present")
    a, n = v.tally.get("ayes"), v.tally.get("noes")
    if a is not None and n is not None and (a or n):
        if v.result == "carried" and a <= n:
            v.problems.append(f"recorded as carried with {a} ayes and {n} noes")
        if v.result == "failed" and a > n:
            v.problems.append(f"recorded as failed with {a} ayes and {n} noes (a higher threshold?)")


# ---- store integration --------------------------------------------------------------------------
def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("**", "")).strip().lower()


def _find(low: str, st: str, pos: int) -> int | None:
    """Where statement `st` starts in the item's text `low`: found by its first words, else by
    its last ones (a statement whose first words are not in the text as printed, a heading's
    words run into it, is still found by the rest)."""
    for probe, back in ((st[:60], 0), (st[-60:], max(0, len(st) - 60))):
        k = low.find(probe, pos)
        if k < 0:
            k = low.find(probe)
        if k >= 0:
            return max(0, k - back)
    return None


def _statement_spans(text: str, statements: list[dict]) -> list[tuple[int, int, dict]]:
    low = _norm(text)
    out, pos = [], 0
    for s in statements:
        st = _norm(s.get("text", ""))
        if not st:
            continue
        k = _find(low, st, pos)
        if k is None:
            continue
        out.append((k, k + len(st), s))
        pos = k + 1  # the next statement starts after this one: two with the same words are two
    return out


def link_decision(text: str, vote: Vote, statements: list[dict]) -> dict | None:
    """The item's decision statement nearest the vote (overlapping it, else closest)."""
    decisions = [s for s in statements if s.get("type") == "decision"]
    if not decisions:
        return None
    spans = _statement_spans(text, decisions)
    if not spans:
        return None
    low = _norm(text[:vote.start])
    s0 = len(low)
    e0 = s0 + len(_norm(vote.text))
    a0 = len(_norm(text[:vote.anchor]))

    def dist(span):
        k0, k1, _ = span
        if k0 < e0 and k1 > s0:  # overlaps the passage; the one holding the anchor first
            return -1.0 if k0 <= a0 < k1 else 0.0
        return float(min(abs(k0 - e0), abs(k1 - s0)))
    return min(spans, key=dist)[2]


def vote_id(item_id: str, offset: int) -> str:
    return "v" + hashlib.sha1(f"{item_id}:{offset}".encode()).hexdigest()[:16]


def votes_for_store(store, meeting_ids: list[str] | None = None) -> list[dict[str, Any]]:
    """Export-contract dicts (../DESIGN.md "votes") for every vote in the stored items.

    Extra fields beyond the contract: page, text (the verbatim passage), problems, generator,
    date, body.
    """
    out: list[dict[str, Any]] = []
    meetings = store.meetings()
    if meeting_ids is not None:
        keep = set(meeting_ids)
        meetings = [m for m in meetings if m["id"] in keep]
    for m in meetings:
        out += meeting_votes(store, m)
    return out


def meeting_votes(store, m: dict) -> list[dict[str, Any]]:
    """The export dicts of one stored meeting's votes."""
    out: list[dict[str, Any]] = []
    attendees = store.attendees(m["id"])
    items = store.items(m["id"])
    texts = [strip_running_heads(i.get("text") or "") for i in items]
    skip = 0
    for k, item in enumerate(items):
        text = texts[k]
        after = texts[k + 1][:800] if k + 1 < len(texts) else ""
        found = parse_votes(text, attendees, after=after, skip_before=skip) if text else []
        skip = 0
        if not found:
            continue
        if found[-1].end > len(text):
            skip = found[-1].end - len(text) - 1
        stmts = store.statements(item_id=item["id"])
        full = text + (" " + after if after else "")
        for v in found:
            if not v.motion or len(v.motion) < 12:
                v.motion = (item.get("title") or v.motion or "").strip()
            out.append(to_export(v, m, item, link_decision(full, v, stmts)))
    return out


def to_export(v: Vote, meeting: dict, item: dict, decision: dict | None) -> dict[str, Any]:
    page = (decision or {}).get("page") or item.get("page_start")
    return {
        "id": vote_id(item["id"], v.anchor), "meeting_id": meeting["id"], "item_id": item["id"],
        "decision_statement_id": decision["id"] if decision else None,
        "motion": v.motion or None, "mover": v.mover, "seconder": v.seconder,
        "result": v.result, "tally": dict(v.tally), "members": dict(v.members),
        "page": page, "text": v.text, "unanimous": v.unanimous, "problems": list(v.problems),
        "notes": list(v.notes), "span": [v.start, v.end], "anchor": v.anchor,
        "generator": v.generator, "date": meeting.get("date"), "body": meeting.get("body"),
        "source_file": meeting.get("source_file"),
    }


def vote_findings(votes: list[dict]) -> list[dict[str, Any]]:
    """Arithmetic mismatches as findings (kind "vote_arithmetic"), one per vote with problems."""
    out = []
    for v in votes:
        if not v.get("problems"):
            continue
        out.append({
            "id": "f" + v["id"][1:], "kind": "vote_arithmetic", "thread_id": None,
            "statement_ids": [v["decision_statement_id"]] if v.get("decision_statement_id") else [],
            "summary": "Vote arithmetic: " + "; ".join(v["problems"]),
            "score": float(len(v["problems"])), "status": "open",
            "evidence": [{"meeting_id": v["meeting_id"], "page": v.get("page"),
                          "quote": v.get("text", "")[:600], "date": v.get("date", ""),
                          "source_file": v.get("source_file", "")}],
            "data": {"vote_id": v["id"], "tally": v["tally"], "members": v["members"]},
        })
    return out


def as_dict(v: Vote) -> dict[str, Any]:
    return asdict(v)
