"""Who said it: the speaker of a sentence as printed, then matched to the meeting's attendees.

Contract: `find_speaker(text)` returns the speaker as printed ("Cllr Smith", "AW", "the Chair",
"a member of the public") or ""; `match_attendee(speaker, attendees)` returns the attendee's
name when exactly one attendee fits (surname, full name or initials), else the printed form.
Pure string functions; regular expressions because the cues are short fixed phrases and the
tokenizer-free path keeps this usable on any text.
"""
from __future__ import annotations

import re

from .records import Attendee

__all__ = ["find_speaker", "match_attendee", "turn_speaker", "title_speaker", "opens_narration",
           "handed_to", "PRONOUN"]

TITLES = (r"(?:Cllrs?\.?|Cmhlr\.?|Comhairleoir|Cr\.?|(?:Staff\s+)?Members?(?=\s+[A-Z])|Councillors?|Councilors?|Councilmembers?|Council\s+Members?|Commissioners?|"
          r"Supervisors?|Aldermen|Alderman|Alderpersons?|Directors?|Trustees?|Board\s+Members?|"
          r"Boardmembers?|Vice[\s-]Mayor|Mayor|Vice[\s-]Chair(?:man|woman|person)?|"
          r"Chair(?:man|woman|person)?|Vice[\s-]President|President|Treasurer|Secretary|"
          r"Senator|Representative|Rep\.|Deputy|Mr\.?|Mrs\.?|Ms\.?|Miss|Mdm\.?|Dr\.?|Prof\.?|Sir|Dame|"
          r"Shri|Sri|Smt\.?|Kum\.?|Hon\.?|Honou?rable|"
          # clergy ("Rev. David Okoro asked …", "Revd Canon Ann Price", "Fr. Doyle", "Canon Hale")
          r"Rev(?:d|\.)?|Reverend|Canon|Fr\.|Father|Rabbi|Imam|Pastor|"
          # "Madam Lee Ah Moi" (Singapore), not an address ("Madam Chair, …", "Madam Deputy Comptroller")
          r"Madam(?!\s+(?:Chair|Deputy|Vice|President|Mayor|Speaker|Secretary|Clerk|Comptroller)\w*)|"
          r"Lord|Lady|Judge|Justice|Comptroller|Superintendent|Sheriff|Chief|"
          # officers' acronyms before a surname ("CFO Okafor responded")
          r"C[EFOIT]O|GM)")
# letters of Latin Extended-A, which the Latin-1 ranges below leave out: the macrons of Māori and
# Hawaiian names ("Rāwiri Tane", "Hēni Walker"), Polish, Czech and Turkish letters ("Łukasz",
# "Dvořák", "Şahin"); a name cut at such a letter loses its speaker to the sentence before
_EXT_UP = "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_EXT_LO = "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())


def _latin(pattern: str) -> str:
    """`pattern` with its Latin-1 letter ranges widened to Latin Extended-A."""
    return pattern.replace("À-ÖØ-Þ", "À-ÖØ-Þ" + _EXT_UP).replace("à-öø-ÿ", "à-öø-ÿ" + _EXT_LO)


# capitals include accented ones ("Ólafsdóttir"); Irish surnames open with a particle ("Ó Briain")
# (an initial without its full stop, "Cllr R Evans", as UK minutes print it)
NAME = _latin(r"(?:(?:Ó|Ní|Nic|Mac|Ua|van\s+der|van\s+den|van|von|de\s+la|de|du)\s+(?=[A-ZÀ-ÖØ-Þ]))?(?:[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-Þ'’\-]+|"
        # a surname glued to a lower-case particle ("Councilmember deHaan", "Cllr di Marco")
        r"(?:de|di|da|du|la|le|van|von|ten|ter)[A-Z][a-zà-öø-ÿ'’\-]+|[A-Z]\.|[A-Z](?=\s+[A-Z][a-z]))(?:\s+(?:[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-Þ'’\-]+|"
        r"[A-Z]\.|de|van|von|bin|binti|Mc[A-Z]\w+)){0,3}")  # "Ahmad Rizal bin Ismail"
SAY = (r"(?:said|stated|asked|noted|commented|suggested|explained|reported|queried|questioned|felt|"
       r"raised|expressed|added|advised|confirmed|responded|replied|remarked|observed|argued|"
       r"proposed|moved|seconded|spoke|indicated|mentioned|highlighted|pointed|emphasi[sz]ed|"
       r"stressed|thanked|welcomed|agreed|disagreed|objected|enquired|inquired|believed|"
       r"considered|wondered|requested|presented|declared|informed|updated|gave|offered|voiced|"
       r"shared|urged|recommended|cautioned|warned|opposed|supported|tabled|introduced|"
       r"clarified|outlined|summari[sz]ed|provided|expressed|sought|made|made|was|is|has|had|"
       r"would|will|felt|fe[lt]t|asks|says|notes|states|reminded|circulated|led|"
       r"acknowledged|congratulated|praised|commended|described|discussed|invited|"
       r"apologi[sz]ed|announced|conveyed|reiterated|reflected|queries|wished|hoped|"
       r"told|concurred|did|does|could|should|can|also|then|further|further)")
SAY_STRICT = re.sub(r"\|(?:was|is|has|had|would|will|did|does|could|should|can|also|then|further)"
                    r"(?=\||\))", "", SAY)
# verbs that only report speech: what the "title_org" cue reads after a long description
_SPEECH = (r"(?:said|stated|asked|responded|replied|noted|explained|reported|commented|added|"
           r"presented|thanked|remarked|announced|indicated|testified|inquired|enquired)")
ACT = r"(?:[a-z]+ed|withdrew|gave|made|led|spoke|took|read|sought|left|went|said|met|brought|chose|moved)"
ROLE_WORDS = (r"(?:Chair(?:man|woman|person)?|Vice[\s-]Chair(?:man|woman|person)?|Clerk|Mayor|"
              r"Vice[\s-]Mayor|President|Secretary|Treasurer|Director|Manager|Officer|"
              r"Solicitor|Attorney|Counsel|Engineer|Planner|Auditor|Executive|Administrator|"
              r"Coordinator|Co-ordinator|Head|Lead|Leader|Controller|Superintendent|Chief|Captain|"
              r"Commander|Lieutenant|Inspector|Librarian|Analyst|Advis[oe]r|Specialist|Marshal|"
              r"Commissioner)")
# who a speaker is, between commas after the name: "Ms. Rosa Delgado, a parent of two pupils,",
# "Mr. Ibrahim Turay, who attended as an observer,", "Viliame Rokotuiloma, speaking from the
# floor with the President's leave,", "Mr. Gregory Tuzo, owner of the Lombard Building,", "Mr.
# Dwayne Pearman, of the Keep Port Royal Beautiful volunteers,", "Mr. Terrence Dalton, of 31
# Southside Road," (a street address), "Mr. Walter Finch, 118 Pecan Drive," (one with no "of", as
# US minutes print a public speaker)
APPOSITION = (r",\s+(?:(?:a|an|the|who|whose)\s|[a-z]+ing\s|on\s+behalf\s+of\s|"
              r"(?:of|from)\s+(?:the\s|\d{1,5}[A-Za-z]?\s+[A-Z])|\d{1,5}[A-Za-z]?\s+[A-Z][a-z]|"
              r"[a-z]{3,}\s+(?:of|for|to|at|with)\s)[^,;()]{2,80},")
# where a speaker is from, straight after the name: "Mr. YUEN of Flat 18C", "Ms. Lee from Unit 4",
# "Mr. Rejean Paquette of chemin du Lac" (a French street name opens in lower case)
_FROM = (r"(?:\s+(?:of|from)\s+(?:(?:chemin|rue|rang|avenue|boulevard|route|mont[ée]e|c[ôo]te|place|impasse|"
         r"promenade|allée)\s+(?:(?:du|de\s+la|de|des|d['’])\s*)?)?[A-Z0-9À-ÖØ-Þ][^,;()]{0,40}?)?")
BODY_WORDS = {"board", "committee", "council", "commission", "group", "members", "meeting",
              "panel", "trustees", "directors", "minutes", "report", "motion", "item", "city",
              "county", "authority", "library", "libraries", "company", "state", "government",
              "department", "agency", "association", "members'", "public", "it", "this", "that",
              "there", "they", "he", "she", "we", "these", "those", "a", "an", "the", "all"}

# Where a speaker from outside the meeting comes from, after the name ("Gerald Hughes of 44 Elm
# Street objected", "Mr. YUEN of Flat 18C, an owner …, objected")
# (a French street name opens in lower case: "Mr. Rejean Paquette of chemin du Lac asked …",
# "of rue Principale", "of rang Saint-Joseph", as Quebec and other French-speaking places print it)
_WHERE = (r"(?:\s+of\s+(?:(?:chemin|rue|rang|avenue|boulevard|route|mont[ée]e|c[ôo]te|place|impasse|"
          r"promenade|allée)\s+(?:(?:du|de\s+la|de|des|d['’])\s*)?)?[A-Z0-9À-ÖØ-Þ][\w'’/\-]*"
          r"(?:\s+[A-Z0-9À-ÖØ-Þ][\w'’/\-]*){0,3})?")
# An office after the name, perhaps with why the person was there ("Mrs. Radhika Ragoonanan,
# President of the Freeport Market Vendors' Association, who addressed the Council …, objected",
# "Madam Lee Ah Moi, a resident of Blk 221 who attended as an observer …, objected")
_OFFICE_WHO = r",\s+(?:[A-Z]|an?\s+[a-z])[^,;()]{2,120},(?:\s+who\s+[^,;()]{2,80},)?"

# "Jr.", "Sr.", "III" printed after a name, behind a comma or not
_SUFFIX = r"(?:,?\s+(?:Jr|Sr)\.?|\s+(?:II|III|IV))?"
# an office printed after the name, with no closing comma before the verb ("Ms. Arline Parks,
# Chairperson said", "…, Chairperson Economic Development-Land Use & Housing said")
_OFFICE_AFTER = (rf",\s+(?:(?:[A-Z][\w’'\-]*|&|and|of|the|for)\s+){{0,3}}{ROLE_WORDS}"
                 r"(?:\s+(?:[A-Z][\w’'\-]*|&|and|of|the|for)){0,8}")
# an office, then the surname, opening the sentence ("Human Resources Manager Romeo stated",
# "City Planner Tai responded", "Staff Member Tai said")
_ROLE_NAME = (rf"^(?P<s>(?:[A-Z][\w&\-]*\s+){{0,3}}(?:{ROLE_WORDS}|Member)\s+"
              r"(?!(?:Report|Update|Updates|Comments|Communications)\b)[A-Z][a-zà-öø-ÿ'’\-]+)")

# how a named person felt about the matter: "Karen Bey was concerned …", "Cyndy Johnsen was very
# excited for the plan", or how far they were won over ("Governor Akande was not persuaded that
# …", "Rāwiri Tane was not sure the ground could take …")
_FELT_WORDS = (r"(?:concerned|worried|bothered|excited|pleased|happy|unhappy|supportive|opposed|"
               r"disappointed|frustrated|surprised|upset|troubled|glad|grateful|thankful|sceptical|"
               r"skeptical|shocked|encouraged|delighted|against|in\s+favou?r|persuaded|convinced|"
               r"sure|certain|satisfied|comfortable|confident)")
_FELT = rf"(?:was|were)\s+(?:(?:very|also|not|extremely|deeply|really|quite|particularly)\s+)*{_FELT_WORDS}"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # "The representative for the Honorable Jose M. Serrano, State Senator said …", "The
    # representative from the office of the Mayor said …": someone speaking for someone else is
    # named by whom they speak for, office and all
    ("representative", re.compile(r"^(?P<s>(?:[Tt]he|[Aa]n?)\s+(?:representative|spokes(?:person|man|woman)|"
                                  r"delegate|liaison|aide)\s+(?:for|from|of)\s+[^;:()]{3,120}?),?\s+"
                                  rf"(?:\w+ly\s+)?(?:{SAY_STRICT})\b")),
    # "Surveillance system – Paulette provided an update", "Budget – Robin – The goal is …":
    # a topic, a dash, then who reports it
    ("dash_name", re.compile(r"^[^–—:;]{3,80}?\s[–—-]\s*(?P<s>(?:[A-Z]\.\s?)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,1})"
                             rf"(?:,[^,;]{{2,40}},)?\s*(?:[–—]\s|\s+(?:\w+ly\s+)?(?:{SAY_STRICT}|{ACT})\b)")),
    # "Expressed concern: Jane Doe" / "Spoke in opposition: Jane Doe, John Roe"
    ("colon", re.compile(r"^(?:Expressed\s+\w+|Spoke\s+(?:in\s+)?\w+(?:\s+of)?|Speakers?|"
                         r"Public\s+(?:comment|speakers?)|Comments?\s+(?:by|from))\s*[:\-–]\s*"
                         rf"(?P<s>(?:{TITLES}\s+)?{NAME})", re.I)),
    # "Moved by Cllr X, seconded by ..." / "Motion by X"
    ("moved_by", re.compile(rf"\b(?:[Mm]oved\s+for\s+(?:approval|adoption)|[Mm]oved|[Mm]otion(?:\s+made)?|[Pp]roposed|[Pp]resented|[Rr]ead|"
                            # (", led by Jonni Greiner," describes a committee: no speaker)
                            rf"(?<!,\s)[Ll]ed|(?<!,\s)[Ll]ead|[Ii]ntroduced)\s+(?:[Bb]y\s*:?|:)\s+"
                            rf"(?P<s>(?:{TITLES}\s+)?{NAME})")),
    # "Seconded by Councillor Costelloe;" (a line of its own: the seconder speaks it)
    # … or "The motion was seconded by Cmhlr. O’Ceallaigh."
    ("seconded_by", re.compile(rf"^\W*(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+motion\s+was\s+)?[Ss]econded\s+(?:by\s*:?|:)\s+(?P<s>(?:{TITLES}\s+)?{NAME})")),
    # "Councilmember Vella and Vice Mayor Daysog made brief comments"
    ("pair", re.compile(rf"^(?P<s>(?:{TITLES}\s+)?{NAME}\s+and\s+(?:{TITLES}\s+)?{NAME})\s+"
                        rf"(?:both\s+|also\s+)?(?:{SAY_STRICT}|{ACT})\b")),
    # "Gerald Forsburg - speaking in support of …", "Roy Ruiz - Assemblymember Glick’s office -
    # updated the community …": a speaker list of name, dash, what they said
    # … whose office may follow a comma ("Roy Ruiz, Assemblymember Deborah Glick’s Office -
    # Updated the Board …"), with the verb capitalised or a stance instead ("Jessica Davidson -
    # Speaking in support …", "Mariama James - Concerned about …", "Susan Jung - in support of …")
    ("name_dash", re.compile(r"^(?P<s>[A-Z][\w'’.\-]+(?:\s+[A-Z][\w'’.\-]+){1,3})(?:,[^-–—,;]{2,80})?\s+[-–—]\s+"
                             r"(?:[^-–—]{2,60}\s+[-–—]\s+)?(?i:speaking|spoke|updated|asked|stated|said|"
                             r"commented|expressed|presented|reported|noted|discussed|raised|thanked|"
                             r"announced|gave|requested|urged|testified|supported|opposed|"
                             r"concerned|wants?\s+to|in\s+(?:support|opposition|favou?r)\s+of)\b")),
    # "Motion (Vella/Knox White)"
    ("motion_paren", re.compile(rf"\b[Mm]otion\s*\((?P<s>{NAME})\s*/")),
    # "Mr. Drew Kiriazides, Catholic Homes New York said …", "Captain Herren, Executive Office
    # PSA7 Housing Bureau Police, New York City Police Department said …": a titled speaker
    # opening the sentence, then whom they speak for, with no closing comma before the verb
    ("title_org", re.compile(rf"^(?P<s>(?:(?:Acting|Interim)\s+)?(?:{TITLES}|{ROLE_WORDS})\s+{NAME}{_SUFFIX}),"
                             rf"\s+(?!(?:Jr|Sr)\b)[A-Z][^;()]{{2,160}}?\s+(?:\w+ly\s+)?{_SPEECH}\b")),
    # "Cllr Smith said" / "Commissioner Ruiz asked" / "Mayor X adjourned the meeting"
    # … or with who they are between commas ("Ms. Rosa Delgado, a parent of two pupils, spoke
    # against …", as public comment is minuted)
    # … or with a generational suffix and the office after a comma ("Mr. Freddy Perez, Jr.,
    # Chairperson Economic Development-Land Use & Housing said", "Ms. Arline Parks, Chairperson
    # said"), or a party tag and on whose behalf ("Councillor Sheahan (J), on behalf of the Fine
    # Gael Group, welcomed")
    # … but not "as Ms. Parks mentioned": the speaker refers to what someone else said
    ("title_name", re.compile(rf"(?<![Aa]s\s)(?P<s>(?:^(?!(?:NOTE|VOTE|AYES|NOES|NAYS)\b)[A-Z]{{2,4}}\s+)?\b(?:(?:Acting|Interim)\s+)?{TITLES}(?:/{TITLES})?\s+{NAME}{_SUFFIX}){_FROM}"
                              rf"(?:\s*\([^)]*\))?(?:{APPOSITION}|{_OFFICE_WHO}|{_OFFICE_AFTER})?,?\s+"
                              rf"(?:\w+ly\s+|again\s+)?(?:{SAY}|{ACT})\b")),
    # "Club member Viliame Rokotuiloma, speaking from the floor …, objected": a member of the
    # body at large (a club's, a society's) named after the word "member"
    ("member_name", re.compile(rf"(?:^|(?<=[,;:]\s))(?P<s>(?:[A-Z][a-z]+\s+)?member\s+{NAME}){_FROM}"
                               rf"(?:{APPOSITION})?,?\s+(?:\w+ly\s+)?(?:{SAY_STRICT}|{ACT})\b")),
    # "Expressed concern about …: Tod Hickman, Alameda." (public speakers named at the end)
    ("trailing", re.compile(r"^(?:[A-Z][a-z]+(?:ed|ged)|Spoke|Gave|Made|Read|Sought)\b.*:\s*"
                            r"(?P<s>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+|\s+de\s+\w+){1,3})"
                            r"(?:,\s*[^:;]{0,60})?\.?$")),
    # "Financial Services Manager, Geoffrey Buchheim answered …": the office, then the person
    ("role_comma_name", re.compile(rf"^(?:[A-Z][\w&\-]*\s+){{0,4}}{ROLE_WORDS}(?:\s+of\s+(?:the\s+)?"
                                   rf"[A-Z][\w&\-]*(?:\s+[A-Z][\w&\-]*)*)?,\s+(?P<s>(?:{TITLES}\s+)?{NAME})"
                                   rf"(?:{APPOSITION})?,?\s+"
                                   rf"(?:\w+ly\s+)?(?:{SAY}|{ACT})\b")),
    ("role_name", re.compile(rf"{_ROLE_NAME},?\s+(?:\w+ly\s+)?(?:{SAY_STRICT}|{ACT})\b")),
    # "The Chair said" / "the General Manager asked"
    # … or with the portfolio after the office, Australian style ("The Manager Roads and
    # Drainage advised", "the Director Infrastructure reported")
    ("role", re.compile(rf"(?P<s>\b[Tt]he\s+(?:(?:[A-Z][\w&\-]*,?|and)\s+){{0,6}}{ROLE_WORDS}(?:\s+of\s+"
                        rf"(?:the\s+)?(?:(?:[A-Z][\w&\-]*|and)\s*)+|(?:\s+(?:and\s+|&\s+)?[A-Z][a-z][\w\-]*){{1,4}})?)"
                        rf"(?:\s*\([A-Z]{{2,4}}\))?,?\s+(?:\w+ly\s+)?{SAY}\b")),
    # … or opening the sentence with what the officer did ("The City Clerk administered the
    # Oath", "The Acting Police Chief accepted the Resolution"), the office perhaps printed in
    # lower case after its department ("The General manager presented the report")
    ("role_act", re.compile(rf"^\W*(?P<s>[Tt]he\s+(?:(?:Acting|Interim)\s+)?(?:(?:[A-Z][\w&\-]*\s+){{0,4}}{ROLE_WORDS}|"
                            rf"(?:[A-Z][\w&\-]*\s+){{1,4}}(?i:{ROLE_WORDS})))"
                            rf"\s+(?:\w+ly\s+|also\s+|then\s+)?(?:{SAY_STRICT}|{ACT})\b")),
    # "Members queried …", "Members also requested …": the members as a group
    ("members", re.compile(rf"^(?P<s>(?:[Tt]he\s+)?(?:Board\s+|Council\s+|Committee\s+)?[Mm]embers)"
                           rf"\s+(?:also\s+|then\s+|further\s+)?(?:{SAY_STRICT})\b")),
    # "a member of the public spoke against"
    ("public", re.compile(r"(?P<s>\b(?:[Aa]|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]everal|[Tt]hree|[Tt]he)\s+"
                          r"(?:members?|residents?|speakers?)\s+(?:of\s+the\s+public)?|"
                          r"\b[Mm]embers\s+of\s+the\s+public|\b[Aa]\s+resident\b)")),
    # "AW suggested", "RH requested"
    ("initials", re.compile(rf"(?:^|[\s(])(?P<s>[A-Z]{{2,4}}(?:\s*(?:/|and|&)\s*[A-Z]{{2,4}})?)"
                            rf"\s+{SAY_STRICT}\b")),
    # "... (AW)" as a speaker tag at the end or after the first clause
    ("paren_initials", re.compile(r"\((?P<s>[A-Z]{2,4})\)\s*[.:]?\s*$")),
    # "Jane Doe said" at sentence start; accented letters and Irish particles are part of a name
    # ("Gráinne Dolan asked", "Tomás Ó Ceallaigh expressed concern")
    # (a hyphenated first name keeps its second capital: "Mei-Ling Fraser proposed …")
    ("name", re.compile(_latin(rf"^(?P<s>(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+-)?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’\-]+(?:\s+(?:(?:Ó|Ní|Nic|Mac|Uí)\s+)?"
                        rf"[A-ZÀ-ÖØ-Þ][a-zA-Zà-öø-ÿÀ-ÖØ-Þ'’\-]+){{1,2}}{_SUFFIX}){_WHERE}"
                        rf"(?:\s*\([^)]*\)|,[^,;]{{2,80}}(?:,[^,;]{{2,60}})?,|{_OFFICE_AFTER}|,)?\s+(?:\w+ly\s+|also\s+|then\s+)?"
                        # … or a stance in the negative ("Alan Mercer did not support …"), or
                        # how they felt ("Karen Bey was concerned that …")
                        rf"(?:{SAY_STRICT}|{ACT}|(?:did|does|could|would)\s+not|{_FELT})\b"))),
    # "K. Bares led the Commission …", "S. Martin Newberry discussed …": an initial, then the
    # surname (a list's "A. Staff reported" is no name: see `find_speaker`)
    ("initial_name", re.compile(r"^(?P<s>[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?)"
                                rf"\s+(?:\w+ly\s+|also\s+)?(?:{SAY_STRICT}|{ACT})\b")),
    # "Enrico & Sherry Limcaco echoed …", "Steve & Stacy (no last name given) were homeowners …":
    # a couple speaking together
    ("couple", re.compile(r"^(?P<s>[A-Z][a-z'’\-]+\s*&\s*[A-Z][a-z'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
                          r"(?:\s*\([^)]*\))?,?\s+(?:\w+ly\s+)?"
                          rf"(?:{SAY_STRICT}|{ACT}|were\s+(?:\w+ly\s+)?(?:homeowners|residents|neighbou?rs|owners|tenants|{_FELT_WORDS}))\b")),
    # "Paulette reported that …", "Robin asked …": one first name, then a reporting verb
    ("first_name", re.compile(rf"^(?P<s>[A-Z][a-z'’\-]{{2,}})\s+(?:also\s+)?(?:{SAY_STRICT})\b")),
]


# capitalised words that open a sentence or follow a dash without being anyone's name
_NOT_NAMES = {"staff", "residents", "everyone", "someone", "nobody", "management", "officers",
              "members", "councillors", "trustees", "directors", "governors", "owners", "tenants",
              "speakers", "attendees", "participants", "volunteers", "parents", "neighbours",
              "neighbors", "questions", "discussion", "update", "updates", "report", "reports",
              "motion", "vote", "action", "note", "please", "see", "approved", "deferred",
              "tabled", "carried", "agreed", "resolved", "noted", "received", "next", "no",
              "none", "all", "some", "each", "both", "other", "others", "one", "two", "three",
              "chair", "mayor", "president", "treasurer", "secretary", "council", "board",
              "contractor", "contractors", "police", "applicant", "applicants"}
_PREFIX = re.compile(r"^\s*(?:\(\*?[\w.\-]+\)|\d+(?:\.\d+)*[.)]?|[a-z][.)])\s+")
PRONOUN = re.compile(r"^\s*(?:He|She)\b(?!\s+(?:also\s+)?(?:noted|said)\s+that\s+the\s+(?:Board|Council))")


# "MS. BRYANT: …", "PRESIDENT: …" — verbatim transcripts name the speaker once per turn
TURN = re.compile(r"^\s*(?P<s>(?:MR|MS|MRS|DR|MISS)\.?\s+[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,2}|"
                  r"(?:PRESIDENT|COMPTROLLER|MAYOR|CHAIR|CHAIRMAN|CHAIRPERSON|CLERK|SECRETARY|"
                  r"TREASURER|SOLICITOR|COUNSEL|DIRECTOR|COMMISSIONER|COUNCILMEMBER|COUNCILLOR|"
                  r"SUPERVISOR|MANAGER)(?:\s+[A-Z][A-Z.'’\-]+){0,2}):\s")


# "President: “Good morning.", "City Solicitor: “I move approval.”", "Mr. Sharkey: “Yes.":
# a transcript printed in ordinary case names the speaker before an opening quotation mark
TURN_QUOTED = re.compile(r"^\s*(?P<s>(?:(?:Mr|Ms|Mrs|Dr|Miss)\.?\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?|"
                         r"(?:(?:Vice|Deputy|Acting|City|County|Board)\s+)?(?:President|Comptroller|"
                         r"Mayor|Chair(?:man|woman|person)?|Clerk|Secretary|Treasurer|Solicitor|"
                         r"Counsel|Director|Commissioner|Councilmember|Councillor|Supervisor|"
                         r"Manager)(?:\s+[A-Z][\w'’\-]+){0,2})):\s*[“\"]")


def turn_speaker(text: str) -> str:
    """The speaker label opening a transcript turn, title-cased ("Ms. Bryant"), or ""."""
    m = TURN.match(text)
    if not m:
        quoted = TURN_QUOTED.match(text)
        return " ".join(quoted.group("s").split()) if quoted else ""
    if m.group("s").split()[0] in {"RESOLVED", "ACTION", "NOTE", "VOTE", "AYES", "NOES",
                                   "MOTION", "AGREED", "DECISION", "RESULT", "AI"}:
        return ""
    return " ".join(w.capitalize() for w in m.group("s").split())


# an item titled with who brought it: "Notice of Motion submitted by Councillor J. Gilligan",
# "Question submitted by Comhairleoir S. Ó Ceallaigh", "Treasurer’s Report – Robin"
_TITLE_SPEAKER = [
    re.compile(rf"\b(?:submitted|tabled|brought|raised|presented)\s+by\s+(?P<s>(?:{TITLES}\s+)?{NAME})"
               r"\s*\.?$"),
    re.compile(r"\b(?:[Rr]eport|[Uu]pdate|[Dd]iscussion|[Pp]resentation|[Rr]emarks)\b[^–—]*\s[–—-]\s*"
               r"(?P<s>(?!(?:January|February|March|April|May|June|July|August|September|October|"
               r"November|December)\b)[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?)\s*$"),
]


def title_speaker(title: str) -> str:
    """Who an item's title says brought it (see `_TITLE_SPEAKER`), or ""."""
    for pattern in _TITLE_SPEAKER:
        m = pattern.search(title or "")
        if m:
            return " ".join(m.group("s").split())
    return ""


# narration that starts a new paragraph of the minutes' own voice: "A motion was made…",
# "The meeting adjourned…", "Following discussion…", "There were no speakers.", "Please note…"
_NARRATION = re.compile(r"^\W*(?:(?:A|The)\s+motion\b|Motion\b|Please\b|Note\b|The\s+meeting\b|"
                        # the minutes' impersonal voice: "It was noted that concerns had been raised …"
                        r"It\s+was\s+(?:noted|agreed|reported|resolved|felt|suggested|stated|confirmed)\b|"
                        r"(?:A|Further|General)\s+discussion\b|(?:Following|After)\s+(?:further\s+|"
                        r"a\s+|brief\s+)?discussion\b|There\s+(?:was|were)\b|"
                        # a group as the subject: "Members were not persuaded that …", "Residents
                        # of Ejipura told the Committee …" is no named speaker going on
                        # (a group's speech or view: "Members had to be residents" may be the
                        # last speaker's words)
                        r"(?:(?:Several|Some|Many|Most|All|Other|The)\s+)?(?:members|residents|"
                        r"parents|objectors)(?:\s+of(?:\s+[\w'’-]+){1,3})?\s+(?:also\s+)?(?:were\s+"
                        r"(?:not\s+)?(?:persuaded|convinced|concerned|satisfied|worried)|told|said|"
                        r"asked|queried|questioned|raised|expressed|felt|feared|doubted|objected|"
                        r"spoke|urged|welcomed|reported|commented)\b)", re.I)


# a sentence whose subject is a titled person or an office ("Cr Doyle again …", "The Manager
# Roads and Drainage …") is about someone else, even when no speech verb names them the speaker
_OTHER_SUBJECT = re.compile(rf"^\W*(?:{TITLES}\s+{NAME}|(?:[Tt]he\s+)?(?:[A-Z][\w&\-]*\s+){{0,4}}"
                            rf"{ROLE_WORDS})\b")


def opens_narration(text: str) -> bool:
    """Whether `text` is the minutes' own narration or turns to another titled person, so an
    earlier speaker no longer carries on."""
    return bool(_NARRATION.match(text) or _OTHER_SUBJECT.match(text))


# "Councillor Collins (M)": an initial in brackets tells apart members who share a surname
_NAME_TAG = re.compile(r"\s*(\([A-Z]\))")


# a titled person and the body she speaks for before her verb ("Mr NG Tsz-chun of the Transport
# Department responded that …", "Ms Rita Hale of the Environment Agency said …")
_OF_THE_BODY = re.compile(r"^(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
                          r"\s+of\s+the\s+(?:[A-Z][\w'’&/-]*\s+){1,6}(?=[a-z])")


def find_speaker(text: str) -> str:
    """The speaker of `text` as printed, or "" when the minutes name nobody."""
    text = _PREFIX.sub("", text)  # "(23-621) Paul Beusterien, Alameda, commented …"
    # "Mr NG Tsz-chun of the Transport Department responded …": the officer, not his department
    text = _OF_THE_BODY.sub(r"\g<who> ", text, count=1)
    fallback = ""
    for kind, pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        speaker = " ".join(m.group("s").split()).rstrip(",.")
        if _POSSESSIVE.search(speaker):
            # "In response to Councilmember Vella’s inquiry, the City Manager stated …",
            # "Councillor Benson’s proposed amendments were circulated": whose, not who speaks
            continue
        tag = _NAME_TAG.match(text, m.end("s"))
        if tag and kind not in {"initials", "paren_initials", "public", "members"}:
            speaker += f" {tag.group(1)}"  # "Councillor Sheahan (J)": two councillors share a surname
        if kind in {"name", "initials", "pair", "name_dash"} and \
                speaker.split()[0].lower() in BODY_WORDS and not re.match(TITLES, speaker):
            continue
        if kind in {"first_name", "dash_name", "couple", "name_dash"} and \
                any(w.lower() in BODY_WORDS | _NOT_NAMES for w in speaker.split()):
            continue
        if kind == "initial_name" and any(
                w.lower() in BODY_WORDS | _NOT_NAMES or re.fullmatch(f"{TITLES}|{ROLE_WORDS}", w)
                for w in speaker.split()[1:]):
            continue  # "A. Staff reported", "C. Treasurer Smith presented": a list's letter
        if kind == "name" and any(w.lower() in BODY_WORDS for w in speaker.split()):
            continue
        if kind in {"name", "first_name"} and (speaker.split()[0] in {"As", "Like"} or (
                speaker.split()[0] == "Per" and (len(speaker.split()) < 2 or re.fullmatch(
                    f"{TITLES}|{ROLE_WORDS}", speaker.split()[1])))):
            # "As Cllr Smith said, …", "Per Cllr Smith …": a reference to what someone else
            # said ("Per Åkesson objected": the Scandinavian first name)
            continue
        if kind == "initials" and speaker in {"RESOLVED", "ACTION", "AGREED", "NOTED", "VOTE",
                                              "CARRIED", "AYES", "NOES", "MOTION", "NOTE"}:
            continue
        if kind == "public":
            if not _PUBLIC_SPEAKS.match(text[m.end("s"):]):
                # "Appointing Michael B. Cooper as a member of the Commission", "Members had to
                # be a resident of Alameda", "Paulette will send a member email": a member or
                # resident named with no speech of theirs
                continue
            speaker = speaker[0].lower() + speaker[1:]
            if _NAME_BEFORE.match(text[:m.start("s")]):
                # "Gordon Pike, a resident of Cedar Court, spoke against …": who he is, after
                # his name; the name is the speaker
                fallback = fallback or speaker
                continue
        return speaker
    return fallback


# what follows "a member of the public", "two residents" when they speak: where from, who they
# are, then a verb ("A resident of Cedar Court, a parent, objected …", "Several residents also spoke")
_PUBLIC_SPEAKS = re.compile(rf"\s*(?:(?:of|from|on)\s+[^,;]{{1,50}}?)?(?:,[^,;]{{2,80}},)?\s*"
                            rf"(?:\w+ly\s+|also\s+|then\s+|both\s+|all\s+)?(?:{SAY_STRICT}|{ACT}|were|was|"
                            rf"(?:could|did|would)\s+not)\b")

# who is given the floor: "Thank you, Madam Deputy Comptroller would you read into the record
# …", "Ms. Goodwin, Chair of the Health Committee can you give your report", "Mr. Philps you
# have the forum"
_ADDRESSEE = rf"(?:{TITLES})\s+{NAME}|(?:[Tt]he\s+)?(?:[A-Z][\w&\-]*\s+){{0,3}}{ROLE_WORDS}"
_HANDOVER = re.compile(rf"\b(?:Madam|Mister)\s+(?P<m>{_ADDRESSEE})\s+(?:would|will|can|could)\b|"
                       rf"(?<!\w)(?P<s>{_ADDRESSEE})(?:,[^,;]{{2,80}})?,?\s+(?:(?:would|will|can|could)\s+you\s+"
                       r"(?:please\s+)?(?:read|give|present|report|proceed|begin|start|take)|"
                       r"you\s+have\s+the\s+(?:floor|forum))\b")


def handed_to(text: str) -> str:
    """Who a sentence hands the floor to (see `_HANDOVER`), or "": verbatim minutes print that
    person's words next, without naming them again."""
    m = _HANDOVER.search(text)
    return " ".join((m.group("m") or m.group("s")).split()) if m else ""


# a name in the possessive ("Vella’s", "Members'") names whose something is, not a speaker
_POSSESSIVE = re.compile(r"[’']s?$")

# a name and its comma opening the sentence, before a description of the person
_NAME_BEFORE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3},\s*$")


def _surname(name: str) -> str:
    name = re.sub(r"\s*\([A-Z]\)\s*$", "", name)  # "Councillor Collins (M)"
    words = [w for w in re.sub(TITLES, " ", name).split() if len(w) > 1 or w.isalpha()]
    return words[-1].lower().strip(".,") if words else ""


def match_attendee(speaker: str, attendees: list[Attendee], heard: list[str] | None = None) -> str:
    """Map a printed speaker onto the attendee list when exactly one attendee fits.

    An office named short ("The Manager replied …") is the one attendee whose office it heads
    ("R. Silva, Manager of Environmental Services", "General Manager"); where several hold such
    an office, the one of them the item last heard speak (`heard`: the attendees matched to
    earlier sentences of the item, in order), else no one (the office stays as printed)."""
    if not speaker or not attendees:
        return speaker
    role = re.sub(r"^(?:the|our)\s+", "", speaker.strip(), flags=re.I).lower()
    by_role = [a for a in attendees if a.role and a.role.strip().lower() == role]
    if len(by_role) == 1:  # "The Community Manager presented …" and "Karen Wells, Community Manager"
        return by_role[0].name
    if not by_role and re.fullmatch(r"(?:manager|director|officer|engineer|planner|treasurer|clerk|"
                                    r"secretary|solicitor|administrator|coordinator)", role):
        held = [a for a in attendees if a.role and re.search(rf"\b{role}\b", a.role, re.I)
                and a.status != "chair"]
        if len(held) == 1:
            return held[0].name
        spoke = [n for n in reversed(heard or []) if n in {a.name for a in held}]
        if held and spoke:
            return spoke[0]
        if held:
            return speaker
    if re.fullmatch(r"(?:chair(?:man|person|woman)?|convener|cathaoirleach|presiding\s+officer)", role):
        # "The Chair spoke in favour" and "Mr Ewan Sinclair, Non-Executive Member (Chair)": the
        # one attendee in the chair, whatever else the roster calls her
        chairs = [a for a in attendees if a.status == "chair"]
        if len(chairs) == 1:
            return chairs[0].name
    if re.fullmatch(r"[A-Z]{2,4}", speaker):
        hits = [a for a in attendees if a.initials == speaker or _initials(a.name) == speaker]
    else:
        sur = _surname(speaker)
        if not sur:
            return speaker
        hits = [a for a in attendees if _surname(a.name) == sur]
        if len(hits) > 1:  # several with that surname: use the full name if printed
            hits = [a for a in hits if a.name.lower() in speaker.lower()]
    return hits[0].name if len(hits) == 1 else speaker


def _initials(name: str) -> str:
    words = [w for w in re.sub(TITLES, " ", name).split() if w[:1].isalpha()]
    return "".join(w[0].upper() for w in words)
