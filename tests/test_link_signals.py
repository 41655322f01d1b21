"""Title signals of the link stage, on headings as real minutes print them."""
import numpy as np
import pytest

from pipeline.link import ItemRow, build_threads, distinct_conflicts, standing_flags
from pipeline.link_signals import base_file_id, office_report, report_offices, stem, title_key


@pytest.mark.parametrize("a, b", [
    ("Calendar of Required Board Actions for March",
     "Calendar of Required Board Actions in October/November"),
    ("FireWise Ambassador", "Fire Wise Ambassador"),
    ("Ratified bills in the amount of $957,461.80.",
     "Ratified bills in the amount of $5,857,749.52."),
    ("Finance & Audit", "Finance and Audit Committee"),
    ("General Managers Report", "General Manager Update"),
    ("Management Account", "Management Accounts"),
    ("7. Health & Safety", "Health and Safety"),
])
def test_one_recurring_heading_has_one_key(a, b):
    assert title_key(a) and title_key(a) == title_key(b)


@pytest.mark.parametrize("a, b", [
    ("Update on Management Reports", "Management Report"),  # the reports' format vs the report
    ("Finance Update", "Finance and Audit"),
    ("Proclamation Declaring February 2023 as Black History Month.",
     "Proclamation Declaring March 2023 as Women's History Month."),
    ("Treasurer’s Report", "Presentation and Acceptance of Financial Report"),
])
def test_different_headings_keep_different_keys(a, b):
    assert title_key(a) != title_key(b)


@pytest.mark.parametrize("title", ["Question submitted by Councillor B. Leddin",
                                   "Motion from Cllr Saleh", "Notice of Motion by Councillor Ryan"])
def test_a_members_question_or_motion_has_no_recurring_key(title):
    # each question is its own matter however often "Question submitted by …" recurs
    assert title_key(title) == ""


def test_report_words_alone_leave_no_key():
    assert title_key("Update") == "" and title_key("12. Reports") == ""


def test_office_report_paragraphs_under_the_office_heading():
    head = "CITY MANAGER COMMUNICATIONS"
    assert office_report("The Interim City Manager made an announcement regarding the storm.",
                         head) == "city manager"
    assert office_report("The Assistant City Manager discussed an alert.", head) == "city manager"
    # a named member's notice, or an office speaking under another heading, is no report
    assert office_report("Councilmember Jensen announced a town hall.",
                         "COUNCIL COMMUNICATIONS") == ""
    assert office_report("The City Clerk announced the item would not be heard.",
                         "AGENDA CHANGES") == ""


@pytest.mark.parametrize("title, text, offices", [
    ("General Manager Update", "Written report noted.", {"general manager"}),
    ("Treasurer’s Report", "", {"treasurer"}),
    ("Management Report", "The General Manager presented this report covering the following.",
     {"general manager"}),
    ("Presentation and Acceptance of Financial Report",
     "Robin Lucie, Treasurer, reported the second-half assessments.", {"treasurer"}),
    # not a report heading: who presents it does not make it the office's report
    ("A Future Library Strategy", "The General Manager presented the rationale.", set()),
    ("Dam", "The Treasurer noted the inspection.", set()),
])
def test_report_offices(title, text, offices):
    assert report_offices(title, text) == offices


def test_base_file_id():
    assert base_file_id("23-095A") == base_file_id("23-095") == "23-095"
    assert base_file_id("23-002 CC/23-02 SACIC") == "23-002"
    assert base_file_id("") == ""


def _rows(titles, body="Council"):
    return [ItemRow(f"i{k}", f"m{k}", body, f"2023-0{k + 1}-01", "", t) for k, t in
            enumerate(titles)]


def test_template_headings_with_different_names_conflict():
    items = _rows([
        "Conference with Real Property Negotiators; Property: 650 West Ranger Avenue (Building 92)",
        "Conference with Real Property Negotiators; Property: 650 West Tower Avenue (Building 41)",
        "Conference with Real Property Negotiators; Property: Building 92, Alameda Point",
        "Conference with Real Property Negotiators; Property: Pier 3, Ferry Point",
        "Conference with Real Property Negotiators; Property: Site A Development Project",
    ])
    conflicts = distinct_conflicts(items)
    assert conflicts[0, 3] and conflicts[0, 4] and conflicts[1, 4] and conflicts[3, 4]
    assert not conflicts[0, 2]  # the same building
    assert not conflicts[0, 1]  # both on "650 West …": a shared rare name, no proof of two


def test_capitals_headings_name_nothing_by_their_capitals():
    # US minutes print every heading in capitals: capitals are no cue to a name there
    items = _rows(["ELM STREET DOG PARK PROPOSAL", "ELM STREET DOG PARK - COST ESTIMATE",
                   "ELM STREET DOG PARK", "ELM STREET DOG PARK", "SUMMER POOL HOURS"])
    assert not distinct_conflicts(items)[0, 1]
    numbered = _rows(["CONFERENCE WITH NEGOTIATORS - BUILDING 92",
                      "CONFERENCE WITH NEGOTIATORS - BUILDING 41"])
    assert distinct_conflicts(numbered)[0, 1]  # numbers still name different things


def test_a_reworded_heading_keeps_its_rare_word_by_stem():
    # "Capping" at one meeting, "Cap" at the next: the same scheme, not two template matters
    items = _rows(["Fare Capping Pilot Program", "Contactless Fare Cap - Implementation Update",
                   "Paratransit Eligibility Recertification"])
    conflicts = distinct_conflicts(items)
    assert not conflicts[0, 1] and conflicts[0, 2]


@pytest.mark.parametrize("word,want", [("vaping", "vap"), ("vape", "vap"), ("capping", "cap"),
                                       ("sealing", "seal"), ("schools", "school"),
                                       ("bus", "bus"), ("23-095", "23-095"), ("ring", "ring")])
def test_stem(word, want):
    assert stem(word) == want


def test_stage_words_and_dates_make_no_conflict():
    items = _rows(["Residents' parking - Old Town (motion from Cllr Saleh)",
                   "Residents' parking scheme - Old Town: consultation results",
                   "Calendar of Required Board Actions for March",
                   "Calendar of Required Board Actions in October/November"])
    conflicts = distinct_conflicts(items)
    assert not conflicts[0, 1] and not conflicts[2, 3]


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_a_renamed_standing_report_stays_one_thread():
    # the minutes' format changed: "Presentation and Acceptance of Financial Report" given by
    # the Treasurer becomes "Treasurer’s Report"; wording and content drift apart
    far = [_unit([1, 0, 0]), _unit([0, 1, 0]), _unit([0, 0, 1])]
    items = [ItemRow("i1", "m1", "HOA", "2023-06-01", "", "Presentation and Acceptance of "
                     "Financial Report", "Robin Lucie, Treasurer, reported the balances."),
             ItemRow("i2", "m2", "HOA", "2023-07-01", "", "Treasurer’s Report", ""),
             ItemRow("i3", "m3", "HOA", "2023-08-01", "", "Treasurer's Report", "")]
    vecs = np.stack(far)
    assert [sorted(t.item_ids) for t in build_threads(items, vecs, vecs)] == [["i1", "i2", "i3"]]


def test_office_paragraphs_form_one_thread_and_members_notices_none():
    rows = []
    for k, (cm, member) in enumerate([
            ("The Interim City Manager made an announcement regarding the storm.",
             "Councilmember Jensen wished a Happy New Year to all."),
            ("The City Manager discussed recent extreme weather.",
             "Councilmember Vella announced a town hall."),
            ("The City Manager announced a strategic priority meeting.",
             "Mayor Ezzy Ashcraft announced a menorah lighting.")]):
        m, d = f"m{k}", f"2023-0{k + 1}-03"
        rows += [ItemRow(f"h{k}", m, "Council", d, "", "CITY MANAGER COMMUNICATIONS", seq=1),
                 ItemRow(f"c{k}", m, "Council", d, "23-1", cm, seq=2),
                 ItemRow(f"g{k}", m, "Council", d, "", "COUNCIL COMMUNICATIONS", seq=3),
                 ItemRow(f"n{k}", m, "Council", d, "23-2", member, seq=4)]
    rows.append(ItemRow("c9", "m0", "Council", "2023-01-03", "",
                        "The City Manager expressed appreciation for the Director.", seq=5))
    rows[-1].seq = 2  # a second paragraph of the report, printed just after the first
    rows[1].seq = 1
    rows[0].seq = 0
    rng = np.random.default_rng(0)
    vecs = np.stack([_unit(rng.normal(size=8)) for _ in rows])  # unrelated contents
    flags = dict(zip([r.id for r in rows], standing_flags(rows)))
    assert not flags["c0"] and not flags["c2"]  # "made an announcement" is the report
    assert flags["n1"]  # a member's announcement is not
    threads = [set(t.item_ids) for t in build_threads(rows, vecs, vecs)]
    report = next(t for t in threads if "c0" in t)
    assert {"c0", "c1", "c2", "c9"} <= report
    assert not any({"n0", "n2"} <= t for t in threads)


def test_a_heading_ending_in_another_heading_names_its_matter():
    from pipeline.link_signals import ends_with_heading, title_key_words
    keys = {title_key("Health & Safety"), title_key("Membership Applications"),
            title_key("Strategy")}
    assert ends_with_heading(title_key_words(
        "Decision on external advisor for Health and Safety"), keys) == {"healthsafety"}
    assert ends_with_heading(title_key_words(
        "Friends of Chantry Library Membership Application"), keys) == {"membershipapplication"}
    # one word is too little to name a matter ("Staffing Strategy" is not "Strategy")
    assert ends_with_heading(title_key_words("Staffing Strategy"), keys) == set()


def test_asides_and_member_names_name_no_matter():
    from pipeline.link_signals import names_a_member
    assert title_key("Consider Directing Staff to Review Narcan Vending Machines. "
                     "(Councilmember Herrera Spencer)") == \
        title_key("Consider Directing Staff to Review Narcan Vending Machines.")
    assert names_a_member("Councilmember Herrera Spencer")
    assert not names_a_member("Council Pay Proposed Increase")


@pytest.mark.parametrize("text, title, expected", [
    # the earlier item set up the event, the later heading reports on it
    ("It was agreed that the review would be launched at the service user and professionals "
     "meeting on 28 March 2018.", "Service user and professionals meeting, 28 March 2018: report",
     True),
    ("Staff will hold a community workshop on the downtown parking study on April 12th at the "
     "library.", "Downtown Parking Study Community Workshop - April 12", True),
    # the same words on another day, or the same day without the heading's words
    ("It was agreed that the review would be launched at the service user and professionals "
     "meeting on 28 March 2018.", "Service user and professionals meeting, 29 March 2018: report",
     False),
    ("The budget was adopted on 28 March 2018 after a long debate.",
     "Service user and professionals meeting, 28 March 2018: report", False),
    # a heading without a day names no event
    ("The service user and professionals meeting was well attended.",
     "Service user and professionals meeting: report", False),
])
def test_announces_the_dated_event_a_heading_reports_on(text, title, expected):
    from pipeline.link_signals import announces
    assert announces(text, title) is expected


def test_referral_names_its_source_body_and_matter():
    from pipeline.link_signals import referral, title_key_words
    partnership = title_key_words("Mid Shire Health and Wellbeing Partnership Group")
    commission = title_key_words("City of Riverton Planning Commission")
    title = ("Referral from the Health and Wellbeing Partnership Group: review of support for "
             "people in crisis")
    assert referral(title, partnership) == title_key_words("Review of support for people in crisis")
    assert referral(title, commission) == []  # names another body
    assert referral("Recommendation from the Planning Commission - Zoning Text Amendment for "
                    "Accessory Dwelling Units", commission) == \
        title_key_words("Zoning Text Amendment for Accessory Dwelling Units")
    assert referral("Review of support for people in crisis", partnership) == []


def _two_bodies(first: str, second: str, text: str = "") -> list[ItemRow]:
    return [ItemRow("a", "m1", "City of Riverton Planning Commission", "2023-03-01", "4", first,
                    text),
            ItemRow("b", "m2", "City of Riverton City Council", "2023-04-04", "7", second,
                    "The item was referred to the Council by the Planning Commission. " + text)]


def test_a_named_follow_up_links_whatever_the_cosine():
    """Vectors well below the thresholds: the heading alone carries the link, the same pair
    without the naming heading stays apart."""
    from pipeline.link import named_follow_ups
    vecs = np.array([[1.0, 0.0], [0.5, 0.866]], dtype=np.float32)  # cosine 0.5
    named = _two_bodies("Zoning Text Amendment for Accessory Dwelling Units",
                        "Recommendation from the Planning Commission: Zoning Text Amendment for "
                        "Accessory Dwelling Units")
    assert named_follow_ups(named)[0, 1]
    assert len(build_threads(named, vecs, vecs)) == 1
    unnamed = _two_bodies("Zoning Text Amendment for Accessory Dwelling Units",
                          "Recommendation from the Planning Commission: Downtown Specific Plan")
    assert not named_follow_ups(unnamed).any()
    assert len(build_threads(unnamed, vecs, vecs)) == 2


def test_name_runs_are_whole_names_of_sentence_case_headings():
    from pipeline.link_signals import name_runs, proper_words
    proper = proper_words(["The lease at Glenholm was signed.", "Glenholm residents asked.",
                           "A new reading room was proposed."])
    assert proper == {"glenholm"}
    assert name_runs("New reading room at Glenholm", proper) == {"glenholm"}
    assert name_runs("Glenholm annex fit-out", proper) == {"glenholm"}  # first word: a name
    assert name_runs("Reading room", proper) == set()
    assert name_runs("Glenholm Rugby Club raffle", proper) == {"glenholm rugby club"}
    # capitals and title case say nothing
    assert name_runs("GLENHOLM ANNEX FIT-OUT", proper) == set()
    assert name_runs("Glenholm Annex Fit-Out", proper) == set()


def test_a_heading_naming_a_matter_by_its_initials_pairs_with_it():
    from pipeline.link_signals import acronym_pairs
    titles = ["TRAFFIC CALMING - SID DELIVERY", "SPEED INDICATOR DEVICE", "AGM arrangements",
              "Annual General Meeting", "Speed limits on Main Street", "SID purchase"]
    bodies = ["parish"] * 5 + ["another council"]
    got = acronym_pairs(bodies, titles)
    assert got[0, 1] and got[1, 0]  # SID = Speed Indicator Device
    assert got[2, 3]  # AGM = Annual General Meeting (small words skipped)
    assert not got[0, 4] and not got[1, 4]  # same words, no initials spelled out
    assert not got[1, 5]  # another body's SID is no cue
    assert not got[0, 0]


def test_acronyms_are_matched_only_on_consecutive_initials():
    from pipeline.link_signals import acronym_pairs
    titles = ["CAB funding", "Citizens Advice Bureau", "Citizens' Budget Advice",
              "Citizens and the Advice of a Bureau"]
    got = acronym_pairs(["b"] * 4, titles)
    assert got[0, 1] and got[0, 3]  # "and", "the", "of", "a" are skipped
    assert not got[0, 2]  # the same letters in another order


def test_title_word_overlap_is_the_jaccard_of_every_pair():
    from pipeline.link import token_overlap
    sets = [{"parki", "schem"}, {"parki", "permi", "schem"}, set(), {"budge"}, {"parki"}]
    got = token_overlap(sets)
    for a, x in enumerate(sets):
        for b, y in enumerate(sets):
            want = len(x & y) / len(x | y) if a != b and x and y else 0.0
            assert got[a, b] == np.float32(want), (a, b)
    assert got.dtype == np.float32 and got[0, 1] == np.float32(2 / 3)


def test_matter_title_drops_presenter_period_and_nothing_minuted_tails() -> None:
    from pipeline.link_signals import matter_title

    assert matter_title("Treasurer’s Report – Robin") == "Treasurer’s Report"
    assert matter_title("District Manager’s Report - L. Reynolds") == "District Manager’s Report"
    assert matter_title("Ranch Manager Liaison Report – November/December") == \
        "Ranch Manager Liaison Report"
    assert matter_title("Approval of Previous Minutes – September 28, 2023, Board Meeting") == \
        "Approval of Previous Minutes"
    assert matter_title("Open Period Comments from Residents – 3 minutes time limit – None") == \
        "Open Period Comments from Residents"
    # what names the matter stays: a subject after a department, a place, an address range
    assert matter_title("Law Department – Claim Settlement") == "Law Department – Claim Settlement"
    assert matter_title("Parking – Old Town") == "Parking – Old Town"
    assert matter_title("Budget – Update") == "Budget – Update"
    long = "Conference with Real Property Negotiators (Property: 1501 – 1597 Ferry Point (Pier 3))"
    assert matter_title(long) == long


def test_phrases_are_pairs_of_content_words_within_a_clause_without_speakers():
    from pipeline.link_signals import phrases
    got = phrases("County Engineer Tollefson reported that the order for the new motor grader "
                  "had been cancelled, and that the north district would keep the 2009 grader.")
    assert {"motor grader", "north distri", "2009 grader", "county engine"} <= got
    assert not any("tollef" in p for p in got)  # the name before a verb of speaking
    assert phrases("the motor grader, north district") == {"motor grader", "north distri"}
    got = phrases("Dr Walsh said that Mrs Rowe and the Language Centre met on 12 03 2025.")
    assert "langua centre" in got
    assert not {"dr walsh", "walsh said", "mrs rowe", "rowe langua", "12 03"} & got


def test_rare_phrases_are_those_few_items_of_the_body_hold():
    from pipeline.link_signals import rare_phrases
    texts = ["The motor grader was bought.", "The motor grader was traded in.",
             "The motor grader was sold.", "The motor grader was parked.",
             "Glebe Field was assessed.", "Glebe Field was assessed.", ""]
    bodies = ["County"] * 4 + ["Group"] * 3
    got = rare_phrases(bodies, texts, max_df=3, max_share=0.02)
    assert got[0] == set()  # "motor grader" in four of the county's items
    assert got[4] == got[5] == {"glebe field"} and got[6] == set()
    # a share of a large body's items counts when it is more than max_df
    assert rare_phrases(bodies, texts, max_df=3, max_share=1.0)[0] == {"motor grader"}


def test_text_names_are_whole_names_in_running_text():
    from pipeline.link_signals import proper_words, text_names
    texts = ["The Board agreed that an options appraisal for Alder Court be brought to the "
             "Board. The Alder Court Residents' Association had asked for a survey.",
             "The lease of the Alder Road hub to Northgate Youth Trust ended in August 2025."]
    proper = proper_words(texts)
    got = text_names(texts[0], proper)
    assert "alder court" in got and "alder court residents' association" in got
    got = text_names(texts[1], proper)
    # another name holding a word of it is another name; a month and a year name no thing
    assert "northgate youth trust" in got and "alder road" in got
    assert not {"northgate", "alder court", "august", "august 2025"} & got
    # capitals are no cue ("NOTED"), nor is the first word of a sentence unless used as a name
    assert text_names("The Board NOTED the survey.", proper) == {"board"}
