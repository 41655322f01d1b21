"""Thread-level second pass (link_merge.thread_merges): threads of one body alike in content in
several pairs of items are one matter; one alike pair, a template pair or a shared meeting is not
enough. Vectors are hand-made so that each case states which contents are alike."""
from __future__ import annotations

import numpy as np

from pipeline.link import ItemRow, build_threads
from pipeline.link_merge import lone_joins, lone_pairs, thread_merges

TEXT = "The officer presented the report and members discussed it at some length. " * 2


def _unit(v) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    return v / np.linalg.norm(v)


def _cos(c: float, axis: int = 1) -> np.ndarray:
    """A unit vector at cosine `c` with [1, 0, 0, 0] (the rest on `axis`)."""
    v = np.zeros(4, dtype=np.float32)
    v[0], v[axis] = c, (1 - c * c) ** 0.5
    return v


def _args(n: int, meetings: list[str], bodies: list[str] | None = None):
    dates = [f"2025-0{int(m[1:])}-01" for m in meetings]
    return (bodies or ["Committee"] * n), meetings, dates


def test_an_item_alike_to_two_items_of_a_thread_joins_it():
    # Manawa: "Lake Kotare Water Quality - Report 25.04" with the three Plan Change 7 items
    # (contents 0.71 / 0.69 / 0.69); its headings share no name with theirs
    content = np.stack([_cos(1.0), _cos(0.71), _cos(0.72, 2), _cos(0.40, 3)])
    bodies, meetings, dates = _args(4, ["m1", "m2", "m3", "m4"])
    has_body = np.ones(4, dtype=bool)
    groups = [[0], [1, 2], [3]]
    assert thread_merges(groups, bodies, meetings, dates, content, has_body) == [(1, 0)]


def test_one_alike_pair_is_not_enough():
    # item 2 is far from item 0 and from the pair's centroid: two matters minuted alike once
    content = np.stack([_cos(1.0), _cos(0.71), _cos(-0.3, 1)])
    bodies, meetings, dates = _args(3, ["m1", "m2", "m3"])
    assert thread_merges([[0], [1, 2]], bodies, meetings, dates, content,
                         np.ones(3, dtype=bool)) == []


def test_template_pairs_threads_of_one_meeting_and_other_bodies_stay_apart():
    content = np.stack([_cos(1.0), _cos(0.75), _cos(0.76, 2)])
    has_body = np.ones(3, dtype=bool)
    bodies, meetings, dates = _args(3, ["m1", "m2", "m3"])
    assert thread_merges([[0], [1, 2]], bodies, meetings, dates, content, has_body) == [(1, 0)]
    # "Conference with Real Property Negotiators … Building 92" / "… Building 41"
    apart = np.zeros((3, 3), dtype=bool)
    apart[0, 1:] = apart[1:, 0] = True
    assert thread_merges([[0], [1, 2]], bodies, meetings, dates, content, has_body, apart) == []
    # a thread holding an item of the same meeting
    assert thread_merges([[0], [1, 2]], bodies, ["m1", "m2", "m1"], dates, content,
                         has_body) == []
    # another body
    assert thread_merges([[0], [1, 2]], ["A", "B", "B"], meetings, dates, content,
                         has_body) == []
    # items with no body text to compare
    assert thread_merges([[0], [1, 2]], bodies, meetings, dates, content,
                         np.array([False, True, True])) == []


def test_build_threads_joins_a_reworded_heading_through_its_contents():
    water = _unit([1, 0, 0, 0])
    plan = _unit([0.70, 0.71, 0, 0])
    hearing = _unit([0.70, 0.62, 0.35, 0])
    boat = _unit([0.30, 0, 0, 0.95])
    items = [ItemRow("i1", "m1", "Committee", "2025-02-12", "1",
                     "Lake Kotare Water Quality - Report 25.04", TEXT),
             ItemRow("i2", "m1", "Committee", "2025-02-12", "2",
                     "Lake Kotare Boat Ramp Replacement - Report 25.06", TEXT),
             ItemRow("i3", "m2", "Committee", "2025-04-09", "1",
                     "Kotare Catchment: Proposed Plan Change 7 - Report 25.11", TEXT),
             ItemRow("i4", "m3", "Committee", "2025-06-11", "1",
                     "Hearing Panel Recommendations: Plan Change 7 - Report 25.19", TEXT)]
    vecs = np.stack([water, boat, plan, hearing])
    titles = np.stack([_unit([1, 0, 0, 0]), _unit([0, 0, 0, 1]), _unit([0, 1, 0, 0]),
                       _unit([0, 0.8, 0.6, 0])])
    members = sorted(sorted(t.item_ids) for t in build_threads(items, vecs, titles))
    assert ["i1", "i3", "i4"] in members and ["i2"] in members


def test_a_thread_with_an_item_unlike_the_other_thread_stays_apart():
    # two pairs alike, but the other thread also holds an item far from this one (a heading
    # that gathers several matters, "161 Water Street …; 206 West Street …"): not one matter
    content = np.stack([_cos(1.0), _cos(0.75), _cos(0.74, 2), _cos(0.30, 3)])
    bodies, meetings, dates = _args(4, ["m1", "m2", "m3", "m4"])
    assert thread_merges([[0], [1, 2, 3]], bodies, meetings, dates, content,
                         np.ones(4, dtype=bool)) == []


def test_headings_sharing_no_word_stay_apart():
    content = np.stack([_cos(1.0), _cos(0.75), _cos(0.74, 2)])
    bodies, meetings, dates = _args(3, ["m1", "m2", "m3"])
    has_body = np.ones(3, dtype=bool)
    words = [{"kotar", "water"}, {"kotar", "plan"}, {"plan", "heari"}]
    assert thread_merges([[0], [1, 2]], bodies, meetings, dates, content, has_body,
                         words=words) == [(1, 0)]
    words[1] = {"fare", "struc"}
    words[2] = {"servi", "chang"}
    assert thread_merges([[0], [1, 2]], bodies, meetings, dates, content, has_body,
                         words=words) == []


def test_headings_opening_with_two_street_numbers_are_two_matters():
    items = [ItemRow("i1", "m1", "Community Board", "2024-03-26", "1",
                     "26 Ann Street, corporate change of the liquor licence holder", TEXT),
             ItemRow("i2", "m2", "Community Board", "2024-04-30", "1",
                     "396 Broadway, new application for a liquor licence", TEXT),
             ItemRow("i3", "m3", "Community Board", "2024-05-28", "1",
                     "396 Broadway, renewal of the liquor licence", TEXT)]
    vecs = np.stack([_unit([1, 0, 0]), _unit([0.75, 0.66, 0]), _unit([0.75, 0.6, 0.28])])
    titles = np.stack([_unit([1, 0, 0]), _unit([0, 1, 0]), _unit([0, 1, 0])])
    members = sorted(sorted(t.item_ids) for t in build_threads(items, vecs, titles))
    assert ["i1"] in members and ["i2", "i3"] in members


def test_threads_of_several_meetings_each_others_closest_in_content_join():
    # Ashcombe: "Call for sites - results", "Preferred housing site" / "Station Yard: technical
    # evidence", "Drop-in feedback … housing at Station Yard": no pair of items reaches
    # link_thread_content (every pair 0.50), the centroids are alike and each thread is the
    # other's closest; a third thread (green spaces) is far from both
    content = np.stack([_unit([1, 1, 0, 0]), _unit([1, -1, 0, 0]),
                        _unit([1, 0, 1, 0]), _unit([1, 0, -1, 0]),
                        _unit([0.1, 0, 0, 1]), _unit([0, 0.1, 0, 1])])
    sims = content[:2] @ content[2:4].T
    assert sims.max() < 0.6
    bodies, meetings, dates = _args(6, ["m1", "m2", "m3", "m5", "m3", "m7"])
    has_body = np.ones(6, dtype=bool)
    words = [{"call", "sites", "resul"}, {"prefe", "housi", "site"}, {"stati", "yard", "techn"},
             {"drop", "feedb", "housi", "stati", "yard"}, {"local", "green", "space"},
             {"local", "green", "space"}]
    # twenty more headings of the body, none with "housing": a word few headings carry
    words_all = words + [{f"w{k}"} for k in range(20)]
    pad = np.zeros((20, 4), dtype=np.float32)
    pad[:, 3] = 1
    content_all = np.vstack([content, pad])
    b, m, d = _args(26, meetings + ["m9"] * 20)
    got = thread_merges([[0, 1], [2, 3], [4, 5]], b, m, d, content_all,
                        np.ones(26, dtype=bool), words=words_all)
    assert got == [(1, 0)]
    # a shared word carried by every heading of the body (its own name) is no cue
    common = [(w - {"housi"}) | {"ashco"} for w in words_all]
    assert thread_merges([[0, 1], [2, 3], [4, 5]], b, m, d, content_all,
                         np.ones(26, dtype=bool), words=common) == []
    # a single item is one meeting's word, not several meetings agreeing
    assert thread_merges([[0], [2, 3], [4, 5]], bodies, meetings, dates, content, has_body,
                         words=words) == []


def test_threads_each_others_closest_sharing_rare_phrases_join_whatever_their_headings():
    # Wearside: "Portfolio review: School of Humanities", "Modern Languages: proposed
    # suspension of recruitment" / "Report of the Languages Working Group", "Institution-Wide
    # Language Programme": centroids 0.66 (under link_thread_mutual 0.70), no heading word in
    # common across the threads; the minutes speak of the "Language Centre" and the "language
    # degrees" in both
    content = np.stack([_unit([1, 0.8, 0, 0]), _unit([1, 0, 0.8, 0]),
                        _unit([1, -0.5, 0.3, 0.6]), _unit([1, 0.2, -0.5, 0.6]),
                        _unit([0, 0, 0, 1]), _unit([0, 0.1, 0, 1])])
    centre = lambda ks: _unit(content[ks].sum(axis=0))  # noqa: E731
    assert 0.65 <= float(centre([0, 1]) @ centre([2, 3])) < 0.70
    bodies, meetings, dates = _args(6, ["m1", "m2", "m3", "m6", "m1", "m3"])
    has_body = np.ones(6, dtype=bool)
    words = [{"portf", "revie", "schoo", "human"}, {"moder", "langu", "suspe", "recru"},
             {"worki", "group"}, {"insti", "wide", "progr"},
             {"acade", "calen"}, {"acade", "calen", "semes"}]
    phrases = [{"langua degree", "dean of"}, {"langua centre", "dean of"}, {"langua centre"},
               {"langua degree", "langua centre"}, set(), set()]
    groups = [[0, 1], [2, 3], [4, 5]]
    assert thread_merges(groups, bodies, meetings, dates, content, has_body,
                         words=words) == []
    assert thread_merges(groups, bodies, meetings, dates, content, has_body, words=words,
                         phrases=phrases) == [(1, 0)]
    # one shared phrase is one thing named, not a matter minuted in the same terms
    one = [p - {"langua degree"} for p in phrases]
    assert thread_merges(groups, bodies, meetings, dates, content, has_body, words=words,
                         phrases=one) == []


def _lone_case(lone: float = 0.55, decoy: float = 0.0, thread_meetings: int = 3):
    """Four meetings of one body, two threaded items each: the matter (thread 0: axis 0) at the
    first `thread_meetings`, a one-off at each meeting (its own axis), and at the last meeting a
    lone item `lone` alike to the matter's items; the third meeting's one-off is `decoy` alike
    to the matter."""
    e = np.eye(10, dtype=np.float32)
    matter = [e[0]] * thread_meetings
    oneoffs = [e[2 + k] for k in range(4)]
    oneoffs[2] = _unit(decoy * e[0] + (1 - decoy * decoy) ** 0.5 * e[8]) if decoy else oneoffs[2]
    lone_vec = _unit(lone * e[0] + (1 - lone * lone) ** 0.5 * e[9])
    content = np.stack(matter + oneoffs + [lone_vec])
    meetings = [f"m{k + 1}" for k in range(thread_meetings)] + ["m1", "m2", "m3", "m4", "m4"]
    n = len(meetings)
    groups = [list(range(thread_meetings))] + [[thread_meetings + k] for k in range(4)] + [[n - 1]]
    phrases = [{"teifi builders"}] + [set()] * (n - 2) + [{"teifi builders"}]
    bodies, meetings, dates = _args(n, meetings)
    return groups, bodies, meetings, dates, content, np.ones(n, dtype=bool), phrases


def test_a_lone_item_each_others_closest_with_a_matter_at_its_next_meeting_joins_it():
    # Aberdyfan: June "Town centre facilities: handover and opening" (0.55 with April's
    # "Bridge Street toilets - refurbishment quotations", Teifi Builders in both)
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case()
    lone = len(groups) - 1
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, phrases) == [(lone, 0)]


def test_a_lone_item_stays_alone_without_a_shared_phrase_or_when_not_alike_enough():
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case()
    no_phrase = [set()] * len(phrases)
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, no_phrase) == []
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case(lone=0.45)
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, phrases) == []


def test_a_lone_item_with_another_candidate_nearly_as_alike_stays_alone():
    # an item of another thread within link_lone_margin: several matters of the field alike
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case(decoy=0.95)
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, phrases) == []


def test_a_lone_item_not_next_to_the_matter_stays_alone():
    # the matter was minuted at the first two meetings only: the fourth is not the next
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case(thread_meetings=2)
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, phrases) == []


def test_a_lone_item_of_a_template_pair_stays_alone():
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case()
    apart = np.zeros((len(content), len(content)), dtype=bool)
    apart[-1, 2] = apart[2, -1] = True
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, apart, phrases) == []


def test_a_lone_item_unlike_the_matters_item_at_the_meeting_before_stays_alone():
    # Harbour Lights: "Mosgiel Lions Club Christmas food drive" is closest to May's "Mosgiel
    # satellite pantry" (0.51), but 0.44 with July's "Expansion to Mosgiel" it would follow
    groups, bodies, meetings, dates, content, has_body, phrases = _lone_case()
    content = content.copy()
    content[2] = _unit([0.6, 0.8] + [0.0] * 8)
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, phrases) == []


def _pair_case(to_matter: tuple[float, float] = (0.46, 0.54), meetings_n: int = 4):
    """Meetings m1 … m`meetings_n` of one body, a one-off at each (its own axis); the matter
    (axis 0) at m2 and m3; a lone item at m1 and one at the last meeting, `to_matter` alike to
    the matter and 0.55 to each other (sharing axis 1): Las Piedras' January "Well 7 PFAS
    Detections" and June "Capital Program: Wellhead Treatment" around the ion exchange plant."""
    e = np.eye(12, dtype=np.float32)
    shared = 0.55 - to_matter[0] * to_matter[1]
    x = shared ** 0.5
    lone = [_unit(to_matter[0] * e[0] + x * e[1] + (1 - to_matter[0] ** 2 - x * x) ** 0.5 * e[10]),
            _unit(to_matter[1] * e[0] + x * e[1] + (1 - to_matter[1] ** 2 - x * x) ** 0.5 * e[11])]
    oneoffs = [e[2 + k] for k in range(meetings_n)]
    content = np.stack([e[0], e[0]] + oneoffs + lone)
    meetings = ["m2", "m3"] + [f"m{k + 1}" for k in range(meetings_n)] + ["m1", f"m{meetings_n}"]
    n = len(meetings)
    groups = [[0, 1]] + [[2 + k] for k in range(meetings_n)] + [[n - 2], [n - 1]]
    phrases = [{"ion exchange"}, set()] + [set()] * meetings_n + [set(), {"ion exchange"}]
    bodies, meetings, dates = _args(n, meetings)
    return groups, bodies, meetings, dates, content, np.ones(n, dtype=bool), phrases


def test_two_lone_items_each_others_closest_around_a_matter_join_it():
    groups, bodies, meetings, dates, content, has_body, phrases = _pair_case()
    a, b = len(groups) - 2, len(groups) - 1
    # lone_joins takes neither: the closest of each is the other lone item
    assert lone_joins(groups, bodies, meetings, dates, content, has_body, None, phrases) == []
    assert lone_pairs(groups, bodies, meetings, dates, content, has_body, None,
                      phrases) == [(a, 0), (b, 0)]


def test_two_lone_items_stay_alone_unless_alike_enough_next_to_it_and_naming_it():
    # neither is link_lone_content alike to the matter
    args = _pair_case(to_matter=(0.46, 0.45))
    assert lone_pairs(*args[:6], None, args[6]) == []
    # no rare phrase shared with the matter
    args = _pair_case()
    assert lone_pairs(*args[:6], None, [set()] * len(args[6])) == []
    # a fifth meeting between the matter and the later item minuted none of it
    args = _pair_case(meetings_n=5)
    assert lone_pairs(*args[:6], None, args[6]) == []
