import numpy as np
import pytest

from pipeline.link import ItemRow, StatementRow, build_threads, is_standing, link_statements


@pytest.mark.parametrize("title", [
    "Apologies for absence", "Declarations of interest", "DECLARATIONS OF BUSINESS INTEREST",
    "Minutes of the last meeting",
    "Approval of the minutes of 12 March", "Matters arising", "Date of next meeting",
    "Any other business", "AOB", "Adjournment", "Call to Order", "Roll Call",
    "Pledge of Allegiance", "Public Comment", "Welcome and apologies",
    "Board Member Survey for Conflicts of Interest with Agenda Items",
    "Approval/Changes to the Agenda: None made",
    # containers of many matters
    "REGULAR AGENDA ITEMS", "Consent Agenda", "Public Hearing (7:28 PM – 7:28 PM)",
])
def test_standing_items(title):
    assert is_standing(title)


@pytest.mark.parametrize("title", [
    "Review of support for people in crisis", "Residents' parking scheme", "Budget 2014/15",
    "Minimum wage ordinance", "Library opening hours consultation",
    "Public Hearing to Consider the 2024 Budget",
])
def test_matters_are_not_standing(title):
    assert not is_standing(title)


def _unit(v):
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def test_threads_link_similar_items_across_meetings_and_keep_distinct_items_apart():
    a, b, c = _unit([1, 0, 0]), _unit([0, 1, 0]), _unit([0, 0, 1])
    items = [
        ItemRow("i1", "m1", "Board", "2020-01-01", "4", "Parking scheme"),
        ItemRow("i2", "m1", "Board", "2020-01-01", "5", "Ferry timetable"),
        ItemRow("i3", "m2", "Board", "2020-02-01", "3", "Parking scheme"),
        ItemRow("i4", "m2", "Board", "2020-02-01", "4", "Library hours"),
        ItemRow("i5", "m3", "Board", "2020-03-01", "1", "Apologies"),
    ]
    vecs = np.stack([a, c, a, b, b])
    threads = build_threads(items, vecs, vecs)
    members = sorted(sorted(t.item_ids) for t in threads)
    assert ["i1", "i3"] in members and ["i2"] in members and ["i4"] in members
    assert not any("i5" in m for m in members)  # standing items form no thread


def test_two_items_of_one_meeting_share_a_thread_only_beside_a_minute_reference():
    a, near = _unit([1, 0, 0]), _unit([1, 0.3, 0])
    items = [ItemRow("i1", "m1", "Board", "2020-01-01", "20/04", "Parking scheme"),
             ItemRow("i2", "m2", "Board", "2020-02-01", "", "Minute 20/04"),
             ItemRow("i3", "m2", "Board", "2020-02-01", "20/09", "Parking scheme report")]
    vecs = np.stack([a, near, near])
    assert len(build_threads(items, vecs, vecs)) == 1
    items[1] = ItemRow("i2", "m2", "Board", "2020-02-01", "20/08", "Parking update")
    assert len(build_threads(items, vecs, vecs)) == 2  # no reference: one item per meeting


def test_cross_body_link_needs_higher_score_unless_referral():
    a = _unit([1, 0.0, 0])
    near = _unit([1, 0.9, 0])  # cosine ~0.74
    items = [ItemRow("i1", "m1", "Group", "2020-01-01", "4", "Crisis review"),
             ItemRow("i2", "m2", "Steering", "2020-02-01", "5", "Crisis review",
                     text="Referral from the partnership group.")]
    threads = build_threads(items, np.stack([a, near]), np.stack([a, a]))
    assert len(threads) == 1


def test_objection_answered_by_specific_response_not_by_general_decision():
    topic = _unit([1, 0, 0])
    objection = _unit([0.3, 1, 0])
    answer = _unit([0.3, 0.9, 0.1])  # about the objection
    decision = _unit([1, 0.2, 0])  # about the matter as a whole
    sts = [StatementRow("s1", "i1", "m1", "2020-01-01", "objection", "x", 1),
           StatementRow("s2", "i1", "m1", "2020-01-01", "decision", "y", 2),
           StatementRow("s3", "i1", "m1", "2020-01-01", "information", "z", 3)]
    links = link_statements(sts, np.stack([objection, decision, answer]), {"i1": topic})
    answers = {(s, d) for s, d, k, _ in links if k == "answers"}
    assert ("s1", "s3") in answers and ("s1", "s2") not in answers


def test_cited_minute_numbers():
    from pipeline.link import cited_minutes
    assert cited_minutes("Minute 21/06: residents' parking") == {"21/06"}
    assert cited_minutes("see item 23-104 and minute no. 2019/12") == {"23-104", "2019/12"}
    assert cited_minutes("Item 4: budget") == set()  # plain item numbers restart each meeting


def test_an_item_citing_an_earlier_minute_joins_its_thread():
    a, b = _unit([1, 0, 0]), _unit([0, 1, 0])
    items = [ItemRow("i1", "m1", "Board", "2021-02-09", "21/06", "Residents' parking"),
             ItemRow("i2", "m2", "Board", "2021-09-14", "21/31", "Minute 21/06",
                     text="The traders had reiterated their concern.")]
    threads = build_threads(items, np.stack([a, b]), np.stack([a, b]))
    assert len(threads) == 1


@pytest.mark.parametrize("title", [
    # minuted sentences about the meeting's conduct that the segmenter took for item titles
    "Mayor Ezzy Ashcraft noted a motion is needed to hear new items after 11:00 p.m.",
    "Mayor Ezzy Ashcraft suggested 5 more minutes be given for the presentation.",
    "Councilmember Herrera Spencer proposed",
    "The City Manager introduced the new Recreation and Parks Director.",
    "(23-537) Tod Hickman expressed concern over the agenda order",
    # section banners of other formats
    "ATTACHMENTS", "NOTICES OF MOTION", "DEFEATED [3 TO 10]", "PASSED [14 TO 1]",
])
def test_procedural_sentences_are_not_threads(title):
    assert is_standing(title)


@pytest.mark.parametrize("title", [
    "Recommendation to Authorize the City Manager to Execute an Agreement",
    "Newmarket Library", "Council Pay Proposed Increase", "City Manager Communications",
    "Motion to adopt the budget",
    # a hearing, an introduction or a committee named after a standing word is still a matter
    "Public Hearing to Consider Adoption of the Community Development Block Grant Action Plan",
    "Introduction of Ordinance Amending the Alameda Landing Waterfront Master Plan",
    "Welcome Committee",
    # a recurring consent item is a recurring matter (tests/gold/threads/GUIDE.md §2, §3.2)
    "Ratified bills in the amount of $957,461.80.",
])
def test_agenda_titles_with_names_or_verbs_are_matters(title):
    assert not is_standing(title)


@pytest.mark.parametrize("title", ["Public Hearings", "PUBLIC HEARING", "Introductions",
                                   "Welcome and introductions", "Chair's welcome"])
def test_bare_banners_stay_standing(title):
    assert is_standing(title)


def test_a_thread_takes_the_item_of_a_meeting_that_matches_it_best():
    # "Finance report" opens a thread; at the next meeting a loosely related item is printed
    # before the report itself: the report, not the first item, continues the thread
    report, loose = _unit([1, 0, 0]), _unit([1, 0.6, 0])  # cosine 0.86
    items = [ItemRow("i1", "m1", "Board", "2020-01-01", "4", "Finance report"),
             ItemRow("i2", "m2", "Board", "2020-02-01", "2", "Finance working group", seq=1),
             ItemRow("i3", "m2", "Board", "2020-02-01", "5", "Finance report", seq=2)]
    vecs = np.stack([report, loose, report])
    threads = {tuple(sorted(t.item_ids)) for t in build_threads(items, vecs, vecs)}
    assert ("i1", "i3") in threads and ("i2",) in threads


def test_the_very_next_statement_that_presents_itself_as_a_reply_answers():
    # real case: "PC questioned whether there is an update on the relocation of Newmarket
    # Library. It was confirmed that this is a decision which has to be made by SCC …"
    topic, q = _unit([1, 0, 0]), _unit([0.5, 1, 0])
    reply = _unit([1, 0, 0.8])  # cosine 0.35 with the question: below the reply threshold
    sts = [StatementRow("s1", "i1", "m1", "2015-09-24", "objection",
                        "PC questioned whether there is an update on the relocation.", 1,
                        speaker="Peter Callaghan"),
           StatementRow("s2", "i1", "m1", "2015-09-24", "information",
                        "It was confirmed that this is a decision for the County Council.", 2)]
    links = link_statements(sts, np.stack([q, reply]), {"i1": topic})
    assert ("s1", "s2", "answers") in {(s, d, k) for s, d, k, _ in links}
    # the same statement further on, after another point, is not taken as the answer
    sts[1].seq = 3
    links = link_statements(sts, np.stack([q, reply]), {"i1": topic})
    assert not [k for _, _, k, _ in links if k == "answers"]


def test_a_reply_to_a_question_of_its_own_meeting_does_not_answer_an_older_objection():
    # the samples' case: "County Cllr Rees replied that no assessment of that kind had been
    # carried out", right after a question at a later meeting, is the answer to that question,
    # not to an objection minuted months before (cosine 0.43: just over the reply bar)
    old = _unit([1, 0, 0])
    question, reply = _unit([0, 1, 0]), _unit([0.43, 0.9, 0.0])
    old_obj = StatementRow("s1", "i1", "m1", "2021-02-09", "objection",
                           "Cllr L said the problem was confined to the summer months.", 5)
    asked = StatementRow("s2", "i2", "m2", "2021-06-08", "question",
                         "Cllr O asked whether an assessment had been made.", 6)
    replied = StatementRow("s3", "i2", "m2", "2021-06-08", "information",
                           "County Cllr R replied that no assessment had been carried out.", 7)
    links = link_statements([old_obj, asked, replied], np.stack([old, question, reply]), {})
    answers = {(s, d) for s, d, k, _ in links if k == "answers"}
    assert ("s2", "s3") in answers and ("s1", "s3") not in answers
    # without the question before it, a reply at a later meeting answers the older objection
    # only when it addresses its point (shares the words of the point, or is close enough)
    links = link_statements([old_obj, replied], np.stack([old, reply]), {})
    assert ("s1", "s3") not in {(s, d) for s, d, k, _ in links if k == "answers"}
    on_point = StatementRow("s3", "i2", "m2", "2021-06-08", "information",
                            "County Cllr R replied that the problem was not confined to the "
                            "summer months.", 7)
    links = link_statements([old_obj, on_point], np.stack([old, reply]), {})
    assert ("s1", "s3") in {(s, d) for s, d, k, _ in links if k == "answers"}


def _cos(c: float) -> np.ndarray:
    """A unit vector at cosine `c` with [1, 0, 0]."""
    return _unit([c, (1 - c * c) ** 0.5, 0])


BODY = ("The Director reported that the Glenholm library annex lease had been signed and that "
        "shelving would arrive in the Glenholm hall in spring.")


CANOPY = ("The Parks Officer reported that the canopy survey had counted 4,100 trees across "
          "the wards, most of them planted before 1960.")


def test_headings_sharing_a_whole_rare_name_link_when_their_contents_are_similar():
    # a place named in reworded headings; content cosine 0.55, titles far apart
    base, near = _unit([1, 0, 0]), _cos(0.55)
    title_a, title_b = _unit([0, 0, 1]), _unit([0, 1, 0])
    items = [ItemRow("i1", "m1", "Board", "2021-01-01", "5", "New reading room at Glenholm",
                     text=BODY),
             ItemRow("i2", "m2", "Board", "2021-03-01", "5", "Glenholm annex fit-out", text=BODY)]
    threads = build_threads(items, np.stack([base, near]), np.stack([title_a, title_b]))
    assert len(threads) == 1
    # the same place inside another name ("Glenholm Rugby Club …") is another matter
    items[1] = ItemRow("i2", "m2", "Board", "2021-03-01", "5", "Glenholm Rugby Club raffle",
                       text="The Chair reported that the Glenholm Rugby Club would run a "
                            "raffle for the library at its clubhouse on 4 May.")
    assert len(build_threads(items, np.stack([base, near]), np.stack([title_a, title_b]))) == 2
    # and a shared name with dissimilar content is not enough
    items[1] = ItemRow("i2", "m2", "Board", "2021-03-01", "5", "Glenholm annex fit-out", text=BODY)
    far = _cos(0.3)
    assert len(build_threads(items, np.stack([base, far]), np.stack([title_a, title_b]))) == 2


def test_an_item_of_a_meeting_a_thread_skips_joins_it_at_a_lower_bar():
    # meetings 1 and 3 under one heading; meeting 2 words the matter differently, sharing one
    # heading word (score below link_threshold, above link_gap_threshold) and minuted in other
    # words (no phrase in common: `evidence_pairs` says nothing)
    base = _unit([1, 0, 0])
    items = [ItemRow("i1", "m1", "Board", "2021-01-01", "4", "Street tree planting", text=BODY),
             ItemRow("i2", "m2", "Board", "2021-02-01", "4", "Tree canopy", text=CANOPY),
             ItemRow("i3", "m3", "Board", "2021-03-01", "4", "Street tree planting", text=BODY)]
    mid = _cos(0.62)  # score 0.50
    threads = build_threads(items, np.stack([base, mid, base]), np.stack([base, mid, base]))
    assert [sorted(t.item_ids) for t in threads] == [["i1", "i2", "i3"]]
    # a heading sharing no word with the thread's nearest members stays apart
    items[1] = ItemRow("i2", "m2", "Board", "2021-02-01", "4", "Urban canopy", text=CANOPY)
    threads = build_threads(items, np.stack([base, mid, base]), np.stack([base, mid, base]))
    assert sorted(len(t.item_ids) for t in threads) == [1, 2]
    items[1] = ItemRow("i2", "m2", "Board", "2021-02-01", "4", "Tree canopy", text=CANOPY)
    # the same item below the gap bar stays apart
    low = _cos(0.3)
    threads = build_threads(items, np.stack([base, low, base]), np.stack([base, low, base]))
    assert sorted(len(t.item_ids) for t in threads) == [1, 2]
    # and so does one of a meeting where the thread already has an item
    items.append(ItemRow("i4", "m2", "Board", "2021-02-01", "5", "Street tree planting",
                         text=BODY, seq=1))
    vecs = np.stack([base, mid, base, base])
    threads = build_threads(items, vecs, vecs)
    assert sorted(sorted(t.item_ids) for t in threads) == [["i1", "i3", "i4"], ["i2"]]


def test_a_reply_after_two_objections_in_a_row_answers_the_one_it_is_about():
    # "Cllr H raised concern that no drainage survey had been carried out. Cllr O objected that
    # the access had no footway to the school. The Planning Officer advised that the flood
    # authority wanted more on surface water": the reply is on the drainage point only
    topic = _unit([0, 0, 1])
    drainage, footway = _unit([1, 0, 0]), _unit([0, 1, 0])
    reply = _unit([0.9, 0.2, 0.3])  # cosine ~0.2 with the footway: over the next-statement bar
    sts = [StatementRow("s1", "i1", "m1", "2025-01-15", "objection",
                        "Cllr H raised concern that no drainage survey had been done.", 1,
                        speaker="Cllr H"),
           StatementRow("s2", "i1", "m1", "2025-01-15", "objection",
                        "Cllr O objected that the access had no footway to the school.", 2,
                        speaker="Cllr O"),
           StatementRow("s3", "i1", "m1", "2025-01-15", "information",
                        "The Planning Officer advised that the flood authority wanted more.", 3,
                        speaker="The Planning Officer")]
    links = link_statements(sts, np.stack([drainage, footway, reply]), {"i1": topic})
    answers = {(s, d) for s, d, k, _ in links if k == "answers"}
    assert ("s1", "s3") in answers and ("s2", "s3") not in answers
    # alone before it, the footway objection takes the next paragraph as its answer
    links = link_statements(sts[1:], np.stack([footway, reply]), {"i1": topic})
    assert ("s2", "s3") in {(s, d) for s, d, k, _ in links if k == "answers"}


def test_an_update_on_a_field_continues_the_matter_its_content_reports():
    # "FENBRIDGE CONSERVATION AREA - PROPOSED EXTENSION" then, months later, "CONSERVATION
    # AREAS - UPDATE" reporting on that extension: the headings differ, the contents match
    text = "x" * 100
    matter, field = _unit([1, 0, 0]), _unit([0, 1, 0])
    update = _unit([0.75, 0.2, 0.63])  # cosine 0.72 with the matter
    items = [ItemRow("i1", "m1", "Planning", "2025-01-15", "49",
                     "Fenbridge Conservation Area - proposed extension", text),
             ItemRow("i2", "m2", "Planning", "2025-06-11", "12", "Conservation areas - update",
                     text)]
    titles = np.stack([matter, field])
    threads = {tuple(sorted(t.item_ids)) for t in build_threads(items, np.stack([matter, update]),
                                                                titles)}
    assert ("i1", "i2") in threads
    # an update whose content is on something else stays apart
    other = _unit([0.3, 0.2, 0.93])
    threads = {tuple(sorted(t.item_ids)) for t in build_threads(items, np.stack([matter, other]),
                                                                titles)}
    assert ("i1", "i2") not in threads
    # an update sharing no word of the matter's heading is left to the usual score
    items[1] = ItemRow("i2", "m2", "Planning", "2025-06-11", "12", "Finance update", text)
    threads = {tuple(sorted(t.item_ids)) for t in build_threads(items, np.stack([matter, update]),
                                                                titles)}
    assert ("i1", "i2") not in threads
    # and so does the same content under a heading naming another matter (the title decides)
    items[1] = ItemRow("i2", "m2", "Planning", "2025-06-11", "12", "Kiln Farm solar farm", text)
    threads = {tuple(sorted(t.item_ids)) for t in build_threads(items, np.stack([matter, update]),
                                                                titles)}
    assert ("i1", "i2") not in threads


def _items_for_pairs():
    """Items of two bodies: file ids shared (suffix aside), a minute cited, bodies apart."""
    long = " The committee discussed permit zones, prices and enforcement at some length."
    rows = [("a", "Council", "2023-01-01", "21/06", "Parking permits", "Parking on Main Street." + long,
             "23-095"),
            ("b", "Council", "2023-02-01", "", "Matters arising", "Minute 21/06 was noted.", ""),
            ("c", "Council", "2023-03-01", "", "Parking permits update", "", "23-095A"),
            ("d", "Planning", "2023-03-01", "", "Parking permits", "Minute 21/06 again." + long,
             "23-095"),
            ("e", "Planning", "2023-04-01", "", "", "", "")]
    return [ItemRow(i, f"m-{i}", body, d, num, title, text, fid)
            for i, body, d, num, title, text, fid in rows]


def test_explicit_references_pair_same_file_ids_and_cited_minutes_within_a_body():
    from pipeline.link import explicit_references
    got = explicit_references(_items_for_pairs())
    pairs = {(a, b) for a, b in zip(*np.nonzero(got)) if a < b}
    # a–c: one Legistar id (23-095 / 23-095A) in one body; a–b: b cites minute 21/06;
    # d holds the same id and cites 21/06 too, but in another body
    assert pairs == {(0, 1), (0, 2)}
    assert (got == got.T).all() and not got.diagonal().any()


def test_pair_scores_match_the_weighted_sum_computed_pair_by_pair():
    from pipeline.config import CONFIG
    from pipeline.link import _similarity, title_tokens, token_overlap
    items = _items_for_pairs()
    rng = np.random.default_rng(0)
    content, titles = (rng.normal(size=(len(items), 8)).astype(np.float32) for _ in range(2))
    content /= np.linalg.norm(content, axis=1, keepdims=True)
    titles /= np.linalg.norm(titles, axis=1, keepdims=True)
    got = _similarity(content, titles, items)
    w = CONFIG["link_weights"]
    toks = [title_tokens(i.title) for i in items]
    overlap = token_overlap(toks)
    body = [len(i.text.strip()) >= CONFIG["link_min_body_chars"] for i in items]
    assert 0 < sum(body) < len(items)  # both kinds of pair are checked
    for a in range(len(items)):
        for b in range(len(items)):
            union = len(toks[a] | toks[b])
            jac = len(toks[a] & toks[b]) / union if a != b and union else 0.0
            assert overlap[a, b] == pytest.approx(jac, abs=1e-6)
            t = w["title"] * float(titles[a] @ titles[b]) + w["tokens"] * jac
            want = (w["content"] * float(content[a] @ content[b]) + t if body[a] and body[b]
                    else t / (w["title"] + w["tokens"]))
            assert got[a, b] == pytest.approx(want, abs=1e-5)
    assert got.dtype == np.float32


@pytest.mark.parametrize("title", [
    "Notes of the last meeting (9 January 2025)", "Notes of the previous meeting",
])
def test_notes_of_the_last_meeting_are_standing(title):
    assert is_standing(title)


REFUSE = ("The Director reported that the refuse backlog in Ward 9 stood at six weeks and that "
          "outsourcing collection to a private contractor was being costed.")
TAXI = ("The Director reported that the taxi rank shelters would be replaced and that the "
        "public transport facilities at the rank needed new lighting.")
# the later meeting minutes each matter in its own words (at most one phrase in common with the
# earlier paragraph: `evidence_pairs` says nothing, the contents decide)
REFUSE_2 = ("Officers set out what tendering the weekly round would cost against the Council's "
            "own crews.")
TAXI_2 = ("Members discussed new shelters and lighting for the bus and taxi stops in the town "
          "centre.")


def _mosaka(refuse_again: np.ndarray, taxi_again: np.ndarray) -> list[list[str]]:
    """Two meetings of one council: refuse removal and the taxi rank, then a refuse item and a
    taxi item under headings sharing no word with the first ones (title vectors far apart);
    the earlier minutes speak of what the later headings name ("outsourcing", "transport")."""
    items = [ItemRow("r1", "m1", "Council", "2025-02-04", "4",
                     "Refuse removal backlog in Ward 9", text=REFUSE),
             ItemRow("t1", "m1", "Council", "2025-02-04", "5", "Upgrading of the taxi rank",
                     text=TAXI),
             ItemRow("r2", "m2", "Council", "2025-03-04", "4",
                     "Waste management: options for outsourcing collection", text=REFUSE_2),
             ItemRow("t2", "m2", "Council", "2025-03-04", "5", "Public transport facilities",
                     text=TAXI_2)]
    refuse, taxi = _unit([1, 0, 0, 0]), _unit([0, 0, 1, 0])
    content = np.stack([refuse, taxi, refuse_again, taxi_again])
    titles = np.eye(4, dtype=np.float32)
    return sorted(sorted(t.item_ids) for t in build_threads(items, content, titles))


def test_items_that_are_each_others_closest_in_content_are_one_matter():
    # each later item is closest to its own matter (content 0.70), under headings sharing no
    # word: the combined score alone (0.35 + title + words) stays under the threshold
    refuse_again = _unit([0.70, 0.71, 0.05, 0])
    taxi_again = _unit([0.05, 0, 0.70, 0.71])
    assert _mosaka(refuse_again, taxi_again) == [["r1", "r2"], ["t1", "t2"]]
    # under link_mutual_content (0.50) they stay apart
    low = _unit([0.50, 0.86, 0.05, 0])
    assert _mosaka(low, taxi_again) == [["r1"], ["r2"], ["t1", "t2"]]


def test_an_item_closer_to_another_matter_is_not_joined_by_the_mutual_rule():
    # the later refuse item is 0.62 like the earlier refuse item but closer still to the taxi
    # rank (0.66): it is not the closest on the earlier side, so nothing joins it to refuse
    r2 = _unit([0.62, 0.40, 0.66, 0.15])
    t2 = _unit([0, 0.3, 0.5, 0.81])  # 0.50 with the taxi rank: under the floor
    got = _mosaka(r2, t2)
    assert ["r1", "r2"] not in got and ["r1"] in got


def test_mutual_pairs_need_a_choice_on_each_side_and_skip_standing_items():
    from pipeline.link import mutual_pairs
    site = ("Members compared the housing sites; Station Yard lies beside the railway halt "
            "and has a safe access.")
    items = [ItemRow("a", "m1", "Board", "2025-01-01", "1", "Housing site", text=site),
             ItemRow("b", "m2", "Board", "2025-02-01", "1", "Station Yard", text=site)]
    content = np.stack([_unit([1, 0]), _unit([0.7, 0.71])])
    none = np.zeros((2, 2), dtype=bool)
    # one item on each side: the closest of one is no choice
    assert not mutual_pairs(items, content, [False, False], none).any()
    items += [ItemRow("c", "m1", "Board", "2025-01-01", "2", "Budget", text=BODY),
              ItemRow("d", "m2", "Board", "2025-02-01", "2", "Budget", text=BODY)]
    content = np.stack([_unit([1, 0, 0]), _unit([0.7, 0.71, 0]), _unit([0, 0, 1]),
                        _unit([0, 0.3, 0.95])])
    got = mutual_pairs(items, content, [False] * 4, np.zeros((4, 4), dtype=bool))
    assert got[0, 1] and got[1, 0] and not got[0, 3] and not got[1, 2]
    assert not mutual_pairs(items, content, [True, False, False, False],
                            np.zeros((4, 4), dtype=bool))[0, 1]
    # two headings cut from one template naming different things stay apart
    conflicts = np.zeros((4, 4), dtype=bool)
    conflicts[0, 1] = conflicts[1, 0] = True
    assert not mutual_pairs(items, content, [False] * 4, conflicts)[0, 1]
    # and so do two items neither of which speaks of what the other's heading names (two
    # motions minuted as the same roll-call vote)
    vote = "The motion carried by the following roll call vote: Ayes: 5; Noes: 0."
    items[0] = ItemRow("a", "m1", "Board", "2025-01-01", "1", "Expense policy", text=vote)
    items[1] = ItemRow("b", "m2", "Board", "2025-02-01", "1", "Senate bill position", text=vote)
    assert not mutual_pairs(items, content, [False] * 4, np.zeros((4, 4), dtype=bool))[0, 1]


GRADER_1 = ("County Engineer Tollefson recommended a replacement motor grader for the north "
            "district shop, less a trade-in allowance for the 2009 grader.")
GRADER_2 = ("County Engineer Tollefson reported that the order for the new motor grader had "
            "been cancelled and that the north district would keep the 2009 grader.")


def _grader(later: np.ndarray, title: str = "Fiscal year 2026 equipment and bridge program"):
    """A county board's grader purchase, then the year's roads programme that reports the
    order cancelled, beside another matter at each meeting (content 0.59 alike: under
    link_mutual_content)."""
    from pipeline.link import mutual_pairs
    items = [ItemRow("g1", "m1", "County", "2025-02-04", "4", "Purchase of motor grader",
                     text=GRADER_1),
             ItemRow("h1", "m1", "County", "2025-02-04", "5", "Courthouse security", text=BODY),
             ItemRow("g2", "m2", "County", "2025-07-01", "4", title, text=GRADER_2),
             ItemRow("h2", "m2", "County", "2025-07-01", "5", "County home property",
                     text=BODY)]
    content = np.stack([_unit([1, 0, 0, 0]), _unit([0, 0, 1, 0]), later,
                        _unit([0, 0.1, 0.2, 1])])
    return mutual_pairs(items, content, [False] * 4, np.zeros((4, 4), dtype=bool))


def test_closest_items_minuted_in_the_same_rare_phrases_join_at_a_lower_floor():
    # "motor grader", "north district", "2009 grader" in both; content 0.59
    assert _grader(_unit([0.59, 0.807, 0, 0]))[0, 2]
    # under link_mutual_phrase_content (0.55) they stay apart
    assert not _grader(_unit([0.50, 0.866, 0, 0]))[0, 2]


def test_headings_worded_alike_are_left_to_the_usual_score():
    # "Conference with Legal Counsel – Existing Litigation" on two cases: headings sharing
    # most of their words that did not link on them name two things
    assert not _grader(_unit([0.59, 0.807, 0, 0]), "Purchase of motor grader trade in")[0, 2]


def test_a_reassurance_at_a_later_meeting_answers_the_point_it_is_closest_to():
    from pipeline.link import StatementRow, link_statements
    rows = [StatementRow("o1", "i1", "m1", "2024-12-11", "objection",
                         "Members were not persuaded that students already enrolled would be "
                         "able to complete their degrees if language staff left.", 1),
            StatementRow("o2", "i1", "m1", "2024-12-11", "objection",
                         "Dr Walsh feared the exchange agreements would end.", 2,
                         speaker="Dr Walsh"),
            StatementRow("r1", "i2", "m2", "2025-06-11", "information",
                         "The Pro Vice-Chancellor gave an assurance that every student now on "
                         "the language degrees would be taught out to graduation.", 1),
            StatementRow("r2", "i2", "m2", "2025-06-11", "information",
                         "The Director reported that the Council had confirmed the closure.", 2),
            # the matter's own words, in most statements of the thread
            StatementRow("f1", "i1", "m1", "2024-12-11", "information",
                         "The students on the language degrees numbered 31.", 3),
            StatementRow("f2", "i1", "m1", "2024-12-11", "information",
                         "Language degrees cost more per student than other degrees.", 4)]
    # the reassurance is 0.45 like the first point (no word but the matter's in common) and
    # 0.36 like the second; the report of how things stand is as alike to the first
    vecs = np.stack([_unit([1, 0, 0, 0, 0, 0]), _unit([0, 1, 0, 0, 0, 0]),
                     _unit([0.45, 0.36, 0.818, 0, 0, 0]), _unit([0.45, 0, 0, 0.893, 0, 0]),
                     _unit([0, 0, 0, 0, 1, 0]), _unit([0, 0, 0, 0, 0, 1])]).astype(np.float32)
    item_vec = {"i1": _unit([0.2, 0.2, 0, 1, 0, 0]), "i2": _unit([0.2, 0.2, 0, 1, 0, 0])}
    answers = {(a, b) for a, b, kind, _ in link_statements(rows, vecs, item_vec)
               if kind == "answers"}
    assert ("o1", "r1") in answers
    assert ("o2", "r1") not in answers and ("o1", "r2") not in answers


def test_a_reply_naming_the_member_answers_that_members_earlier_point():
    # an objection, a motion joined to its result on the same point ("to defer … so that staff
    # can study parking. Motion carried 5-0."), and two meetings later the reply that names whose
    # point it takes up, in words of its own (cosine 0.40: under the reply bar; no word shared
    # but the matter's)
    topic = _unit([1, 0, 0, 0])
    parking, noise = _unit([0.3, 0.954, 0, 0]), _unit([0.3, 0, 0.954, 0])
    motion = _unit([0.9, 0.4, 0.1, 0])
    reply = _unit([0.3, 0.325, 0.43, 0.787])  # cosine 0.40 with parking, 0.50 with noise
    sts = [StatementRow("s1", "i1", "m1", "2023-03-21", "objection",
                        "Commissioner Alvarez raised a concern that the site has no off-street "
                        "parking and visitors would park on the residential streets.", 1,
                        speaker="Lucia Alvarez"),
           StatementRow("s2", "i1", "m1", "2023-03-21", "objection",
                        "Commissioner Brandt said the floodlights would shine into the flats.", 2,
                        speaker="Karl Brandt"),
           StatementRow("s3", "i1", "m1", "2023-03-21", "decision",
                        "Motion by Commissioner Brandt, seconded by Commissioner Alvarez, to "
                        "defer the skate park to the May meeting so that staff can study "
                        "parking. Motion carried 5-0.", 3, outcome="deferred",
                        speaker="Karl Brandt"),
           StatementRow("s4", "i2", "m2", "2023-05-16", "information",
                        "In response to Commissioner Alvarez's concern, staff proposed ten "
                        "angled bays along the Mill Lane frontage.", 2, speaker="Jo Tran")]
    vecs = np.stack([parking, noise, motion, reply])
    assert 0.38 < float(parking @ reply) < 0.42 and float(noise @ reply) > float(parking @ reply)
    links = link_statements(sts, vecs, {"i1": topic, "i2": topic})
    answers = {(s, d) for s, d, k, _ in links if k == "answers"}
    assert ("s1", "s4") in answers  # the named member's point
    assert ("s2", "s4") not in answers  # not another member's, though closer
    # unnamed, the same reply is under the bar and shares no word of the point: no answer
    plain = StatementRow("s4", "i2", "m2", "2023-05-16", "information",
                         "In response, staff proposed ten angled bays along the Mill Lane "
                         "frontage.", 2, speaker="Jo Tran")
    links = link_statements(sts[:3] + [plain], vecs, {"i1": topic, "i2": topic})
    assert ("s1", "s4") not in {(s, d) for s, d, k, _ in links if k == "answers"}


def test_the_member_a_reply_names():
    from pipeline.link import replied_by_name
    assert replied_by_name("In response to Commissioner Ortiz's concern about parking, staff "
                           "proposed twelve spaces.") == "ortiz"
    assert replied_by_name("In reply to a question from Councillor Mary Byrne, the Director "
                           "said the bins would be emptied weekly.") == "byrne"
    assert replied_by_name("Responding to the concerns raised by Mr Hale, the officer said …") \
        == "hale"
    assert replied_by_name("In answer to Cllr O'Brien's query about bins, …") == "o'brien"
    assert replied_by_name("In response to concerns, the officer explained the plan.") == ""
    assert replied_by_name("The officer responded to the question.") == ""


# a housing association's block over four meetings under four headings (tests/scenarios/
# stories/brackenbury_homes): the minutes name "Alder Court", the options appraisal promised in
# February and the survey and lettings plan of the later meetings; the hub lease of July names
# "Alder Road" and "Northgate Youth Trust", other things
ALDER = [
    ("a1", "m1", "2025-02-06", "Alder Court: stock condition survey findings",
     "The survey of Alder Court, on the Northgate estate, found carbonation in the concrete "
     "panels and damp in 41 flats. "
     "The Board agreed that an options appraisal for Alder Court be brought to the Board."),
    ("a2", "m2", "2025-03-27", "Building safety: the Alder Court tower",
     "The engineers found the panels safe for now. The Board refused the request for an "
     "independent structural survey of the block."),
    ("a3", "m3", "2025-05-22", "Northgate regeneration: options appraisal",
     "The Chief Executive presented the options appraisal for Alder Court: patch repairs, "
     "refurbishment, or demolition and 140 new homes. A local lettings plan would be drawn up."),
    ("a4", "m4", "2025-07-17", "Rehousing of residents: decant programme",
     "The independent structural survey of Alder Court, commissioned at the residents' "
     "request, confirmed the engineers' findings. Work on the local lettings plan was ongoing."),
    ("h4", "m4", "2025-07-17", "Alder Road community hub lease",
     "The lease of the Alder Road hub to Northgate Youth Trust ended in August and a new "
     "five-year lease was approved."),
]


def _alder(cos: float) -> tuple[list[ItemRow], np.ndarray]:
    """The items, and content vectors `cos` alike between the block's items (February and March
    0.80, as minuted in the same words), 0.30 with the hub."""
    items = [ItemRow(i, m, "Housing Board", d, str(k), t, text=x)
             for k, (i, m, d, t, x) in enumerate(ALDER)]
    gram = np.full((5, 5), cos)
    gram[0, 1] = gram[1, 0] = 0.80
    gram[4, :] = gram[:, 4] = 0.30
    np.fill_diagonal(gram, 1.0)
    return items, np.linalg.cholesky(gram)


def test_items_minuted_in_the_same_rare_words_are_one_matter_well_under_the_cosine_bars():
    from pipeline.link import evidence_pairs, matter_evidence
    items, content = _alder(0.45)
    use = [True] * 5
    found = matter_evidence(items, use)
    # "options appraisal" promised, then the heading; the estate May's heading names
    assert found[(0, 2)] == {"option apprai", "name:northgate"}
    # the name March's heading carries, named in July's text (its words no phrase apart)
    assert found[(1, 3)] == {"name:alder court", "indepe struct", "struct survey"}
    assert {"local lettin", "lettin plan"} <= found[(2, 3)]
    assert not any(4 in pair for pair in found)  # "Alder Road", "Northgate Youth Trust"
    none = np.zeros((5, 5), dtype=bool)
    got = evidence_pairs(items, content, [False] * 5, none)
    assert got[0, 2] and got[1, 3] and not got[:, 4].any()
    # two phrases in plain words ("local lettings plan") are not enough: one piece must be a
    # name the minutes print (`matter_evidence`: "name:", "proper:")
    assert not got[2, 3]
    # February and July share no rare phrase ("Alder Court" is in four items of the body)
    assert (0, 3) not in found and not got[0, 3]
    titles = np.eye(5, 6)
    threads = build_threads(items, content, titles)
    assert sorted(sorted(t.item_ids) for t in threads) == [["a1", "a2", "a3", "a4"], ["h4"]]
    # the same at a cosine a few hundredths either way (another CPU's vectors)
    for cos in (0.42, 0.48, 0.52):
        items, content = _alder(cos)
        assert sorted(sorted(t.item_ids) for t in build_threads(items, content, titles)) == \
            [["a1", "a2", "a3", "a4"], ["h4"]]


def test_words_in_common_do_not_link_dissimilar_contents_or_two_matters_by_their_headings():
    from pipeline.link import evidence_pairs
    items, content = _alder(0.30)  # under link_evidence_content
    none = np.zeros((5, 5), dtype=bool)
    assert not evidence_pairs(items, content, [False] * 5, none).any()
    items, content = _alder(0.45)
    apart = none.copy()
    apart[1, 3] = apart[3, 1] = True
    got = evidence_pairs(items, content, [False] * 5, apart)
    assert not got[1, 3] and got[0, 2]
    # standing items take no part
    assert not evidence_pairs(items, content, [False, True, False, False, False], none)[1, 3]


def test_word_evidence_found_once_reads_as_each_stage_finding_its_own():
    """The rebuild finds what names items as one matter in words once (`word_evidence`) for the
    thread building and the findings; each reading its part of it must see what it would find
    itself: the findings read fewer bodies and no standing item."""
    from pipeline.link import evidence_pairs, matter_evidence, word_evidence, worded_as_one
    block, content = _alder(0.45)
    other = [ItemRow("o" + i[1:], "n" + m[1:], "Parish Council", d, "1", t, text=x)
             for i, m, d, t, x in ALDER[:4]]
    # a standing heading over text naming the block: the findings leave it out, and so must
    # what they read of the evidence found over every item
    minutes = ItemRow("s3", "m3", "Housing Board", "2025-05-22", "1", "Minutes of the last meeting",
                      text="The minutes recorded that the options appraisal for Alder Court and "
                           "the independent structural survey were awaited.")
    items = block + other + [minutes]
    vecs = np.vstack([content, content[:4], content[2:3]])
    evidence = word_evidence(items)
    assert {("a1", "a3"), ("o1", "o3")} <= set(evidence.pieces)
    # the thread building: the same threads and evidence pairs as finding it alone
    titles = np.eye(len(items), len(items) + 1)
    assert sorted(sorted(t.item_ids) for t in build_threads(items, vecs, titles, evidence)) == \
        sorted(sorted(t.item_ids) for t in build_threads(items, vecs, titles))
    standing = [False] * 9 + [True]
    none = np.zeros((10, 10), dtype=bool)
    phrases, pieces = evidence.of(items, [not s for s in standing])
    assert (evidence_pairs(items, vecs, standing, none, phrases, pieces)
            == evidence_pairs(items, vecs, standing, none)).all()
    # the findings read one body's items of them, standing ones aside
    housing = block + [minutes]
    alone = worded_as_one(housing, vecs[[0, 1, 2, 3, 4, 9]])
    assert ("a1", "a3") in alone and not any("s3" in pair for pair in alone)
    assert worded_as_one(housing, vecs[[0, 1, 2, 3, 4, 9]], evidence) == alone
    use = [True] * 5 + [False]
    assert evidence.of(housing, use)[1] == matter_evidence(housing, use)


def test_findings_take_items_named_as_one_matter_as_one_matter():
    from pipeline.link import worded_as_one
    items, content = _alder(0.45)
    got = worded_as_one(items, content)
    assert ("a2", "a4") in got and ("a4", "a2") in got and ("a1", "a3") in got
    assert ("a3", "a4") not in got
    assert not any("h4" in pair for pair in got)
    # a rare name both headings carry, contents link_shared_name_content alike
    glen = [ItemRow("g1", "m1", "Board", "2021-01-01", "5", "New reading room at Glenholm",
                    text=BODY),
            ItemRow("g2", "m2", "Board", "2021-03-01", "5", "Glenholm annex fit-out",
                    text=CANOPY)]
    assert ("g1", "g2") in worded_as_one(glen, np.stack([_unit([1, 0]), _cos(0.52)[:2] /
                                                         np.linalg.norm(_cos(0.52)[:2])]))
    assert not worded_as_one(glen, np.stack([_unit([1, 0]), _unit([0.45, 0.89])]))


def test_a_thread_two_of_whose_items_are_tied_in_words_to_another_joins_it():
    # a petition (January) that the response (April) and the report (June) name in their words,
    # where the response took the site visit's thread: the petition's thread joins that one
    from pipeline.link import _evidence_merges, _Open
    from pipeline.records import Thread
    items = [ItemRow(i, m, "Roads", d, "3", i) for i, m, d in (
        ("petition", "m1", "2025-01-21"), ("visit", "m2", "2025-02-11"),
        ("response", "m3", "2025-04-08"), ("report", "m4", "2025-06-10"),
        ("road", "m2", "2025-02-11"))]

    def threads():
        out = []
        for members in ([0], [1, 2, 3], [4]):
            out.append(_Open(Thread(f"t{members[0]}", ""), list(members), {"Roads"}))
            out[-1].thread.item_ids = [items[m].id for m in members]
        return out
    evidence = np.zeros((5, 5), dtype=bool)
    for a, b in ((0, 2), (0, 3)):
        evidence[a, b] = evidence[b, a] = True
    none = np.zeros((5, 5), dtype=bool)
    got = _evidence_merges(threads(), items, evidence, none)
    assert sorted(sorted(t.thread.item_ids) for t in got) == [
        ["petition", "report", "response", "visit"], ["road"]]
    assert got[0].thread.item_ids == ["petition", "visit", "response", "report"]  # date order
    # one pair is not enough
    evidence[0, 3] = evidence[3, 0] = False
    assert len(_evidence_merges(threads(), items, evidence, none)) == 3
    # nor are two when a pair of them is two matters by their headings
    evidence[0, 3] = evidence[3, 0] = True
    apart = none.copy()
    apart[0, 1] = apart[1, 0] = True
    assert len(_evidence_merges(threads(), items, evidence, apart)) == 3
