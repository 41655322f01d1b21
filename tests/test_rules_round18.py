"""The small rules the eighteenth probe round added, each on the printed forms it was made for
and on the forms it must leave alone."""
from __future__ import annotations

from pipeline.classify_speaker import find_speaker
from pipeline.records import Line, Page
from pipeline.segment_attendees import label_of, parse_people
from pipeline.votes import parse_votes


def _types(title: str, *sentences: str) -> list[tuple[str, str]]:
    from pipeline.classify import classify_sentences
    return [(p.type, p.outcome) for p in classify_sentences([(s, title) for s in sentences])]


def _roster(*names: str) -> list[dict]:
    return [{"name": n, "status": "present"} for n in names]


def test_hyphenated_first_name_speaks():
    assert find_speaker("Mei-Ling Fraser proposed that the 2026 gala be moved.") == "Mei-Ling Fraser"
    assert find_speaker("Jean-Paul Roy objected to the fee.") == "Jean-Paul Roy"
    assert find_speaker("Anne-Marie asked.") == ""  # one word is no name of a speaker


def test_the_board_referred_it_to():
    assert _types("Gala", "The Board referred the choice of venue to the Events Committee for a "
                          "costed comparison.") == [("decision", "referred")]
    assert _types("Roads", "It was agreed to refer the matter to Angus Council's roads department "
                           "and to ask Cllr Duncan to follow it up.") == [("decision", "referred")]
    # "referred to" is a mention, no referral
    assert _types("Letters", "Members referred to the letter from the County.")[0][0] != "decision"


def test_a_proposal_not_seconded():
    assert _types("AOCB", "The proposal was not seconded.", "The motion failed for lack of a second.",
                  "The amendment lapsed for want of a seconder.") == [("decision", "rejected")] * 3
    assert _types("AOCB", "Ms Tosh proposed that the Community Council buy a defibrillator.")[0][0] \
        == "proposal"


def test_stance_first_outranks_the_reasons_after_it():
    assert _types("Public question time",
                  "Mr Ian Farrell spoke in support of item 6.2.1 and stated that the change rooms had "
                  "no hot water and did not meet the guidelines for female players.")[0][0] == "argument_for"
    assert _types("Tender", "Cr Fairclough objected to the cost, stating that the building reserve "
                            "would fall below $150,000.")[0][0] == "objection"
    # with no stance stated first, the reasons' marker still speaks
    assert _types("Pool", "The Manager stated that the pool did not meet the guidelines.")[0][0] \
        != "argument_for"
    # remarks listed after a semicolon are remarks of their own, not reasons
    assert _types("Reconsideration", "Councilmember Lee expressed support for hearing input from "
                  "other Councilmembers; stated that she does not know what new information could "
                  "have arisen; expressed concern over matters being brought back for political "
                  "reasons.")[0][0] == "objection"


def test_names_in_brackets_after_the_count_for():
    (v,) = parse_votes("Moved by Owen Barlow, seconded by Priya Sandhu, that the Board accept the "
                       "pledge. Vote: 4 in favour (Nakamura, Barlow, Sandhu, Fraser), 2 opposed "
                       "(Whitcombe, Oyelowo); Cardinal did not vote. Carried.",
                       _roster("Catherine Nakamura", "Owen Barlow", "Priya Sandhu", "Alan Whitcombe",
                               "Mei-Ling Fraser", "Robert Cardinal", "Sandra Oyelowo"))
    assert v.members == {"Catherine Nakamura": "aye", "Owen Barlow": "aye", "Priya Sandhu": "aye",
                         "Mei-Ling Fraser": "aye", "Alan Whitcombe": "no", "Sandra Oyelowo": "no"}


def test_on_a_motion_by_the_board_decided():
    roster = _roster("Anita Chaudhry", "Marcus Bell", "Lorraine Ouellette", "Farid Haddad")
    (v,) = parse_votes("On a motion by Farid Haddad, seconded by Anita Chaudhry, the Board referred "
                       "the draft rule to the Corporation's lawyer for review.", roster)
    assert (v.mover, v.seconder, v.result) == ("Farid Haddad", "Anita Chaudhry", "carried")
    (v,) = parse_votes("There being no further business, the meeting was adjourned at 8:12 p.m. on a "
                       "motion by Lorraine Ouellette.", roster)
    assert (v.mover, v.result) == ("Lorraine Ouellette", "carried")
    # with no motion before it, the Board's decision is no vote
    assert not parse_votes("The Board approved the agenda as presented.", roster)
    assert not parse_votes("The Board referred to its earlier decision on the matter.", roster)


def test_agreed_by_votes_and_agreed_unanimously():
    roster = _roster("Fiona Lindsay", "Callum Reid", "Morag Petrie", "Alasdair Guthrie",
                     "Eilidh Tosh", "Graham Stott", "Ruth Ogilvie")
    (v,) = parse_votes("After discussion the Community Council agreed by 5 votes to 2 to object to "
                       "the application.", roster)
    assert (v.printed.get("ayes"), v.printed.get("noes"), v.result) == (5, 2, "carried")
    (v,) = parse_votes("Mr Guthrie proposed that £15,000 be given to the village hall, seconded by "
                       "Mrs Petrie. This was agreed unanimously.", roster)
    assert (v.mover, v.seconder, v.result) == ("Alasdair Guthrie", "Morag Petrie", "carried")
    assert not parse_votes("Members agreed that the hall needs a new roof.", roster)


def test_a_result_stops_at_the_next_movers_label():
    roster = _roster("Neil Trevaskis", "Alison Mudge", "Rob Fairclough", "Darren Kowald")
    amendment, motion = parse_votes(
        "AMENDMENT Moved: Cr Fairclough Seconded: Cr Kowald That the matter be deferred. LOST 2/4 "
        "COUNCIL RESOLUTION OCM 25/043 Moved: Cr Trevaskis Seconded: Cr Mudge That Council accept "
        "the tender. CARRIED 4/2", roster)
    assert (amendment.mover, amendment.result) == ("Rob Fairclough", "failed")
    assert (motion.mover, motion.seconder, motion.result) == ("Neil Trevaskis", "Alison Mudge", "carried")


def test_ex_officio_label_and_offices_after_a_name():
    assert label_of("Ex officio: Dr. Janine Koval, President and CEO")[0] == "present"
    assert label_of("Ex officio members are entitled to vote.") is None
    (p,) = parse_people("Dr. Janine Koval, President and CEO, Riverbend Regional Hospital", "present")
    assert (p.name, p.role) == ("Janine Koval", "President and CEO, Riverbend Regional Hospital")
    (p,) = parse_people("Kevin Tsang, Property Manager, Crestline Property Management", "in_attendance")
    assert p.name == "Kevin Tsang"
    # two people are still two
    assert [a.name for a in parse_people("John Smith, Chair, Mary Jones, Secretary", "present")] == \
        ["John Smith", "Mary Jones"]


def _seg(text: str, x0: float, top: float, bold: bool = False, width: float = 150) -> Line:
    return Line(text, 1, x0=x0, x1=x0 + width, top=top, bottom=top + 10, size=10.5, bold=bold)


def test_side_by_side_attendance_lists():
    from pipeline.layout_lists import side_by_side_lists
    rows = [[("Directors Present:", True), ("Also Present:", True)],
            [("Anita Chaudhry, President", False), ("Kevin Tsang, Property Manager", False)],
            [("Marcus Bell, Vice-President", False), ("Regrets:", True)],
            [("Farid Haddad, Secretary", False), ("Paul Okafor, Director", False)]]
    segs = [_seg(t, 64 + 250 * c, 100 + 15 * r, b) for r, row in enumerate(rows)
            for c, (t, b) in enumerate(row)]
    segs.append(_seg("1. Call to Order", 64, 180, True))
    out = [ln.text for ln in side_by_side_lists(Page(1, 612, 792, segs)).lines]
    assert out == ["Directors Present:", "Anita Chaudhry, President", "Marcus Bell, Vice-President",
                   "Farid Haddad, Secretary", "Also Present:", "Kevin Tsang, Property Manager",
                   "Regrets:", "Paul Okafor, Director", "1. Call to Order"]
    # two columns of prose are no lists
    prose = [_seg("The Board met.", 64, 100), _seg("Members agreed.", 314, 100)]
    assert side_by_side_lists(Page(1, 612, 792, prose)).lines == prose


def test_a_table_of_figures_keeps_its_cells():
    from pipeline.layout_cells import cell_rows
    xs = [68, 218, 368, 468]
    rows = [["Contractor", "Scope", "Price (HST incl.)", "Start"],
            ["Halton Glass Ltd.", "Glass guards", "$412,300", "June 2025"],
            ["Meridian Inc.", "Glass guards", "$389,750", "Aug. 2025"]]
    segs = [_seg(t, x, 100 + 15 * r, r == 0, 90) for r, row in enumerate(rows) for x, t in zip(xs, row)]
    out = [ln.text for ln in cell_rows(Page(1, 612, 792, segs)).lines]
    assert out == ["Contractor | Scope | Price (HST incl.) | Start",
                   "Halton Glass Ltd. | Glass guards | $412,300 | June 2025",
                   "Meridian Inc. | Glass guards | $389,750 | Aug. 2025"]
    # a bold row over a single row is left as printed
    assert cell_rows(Page(1, 612, 792, segs[:8])).lines == segs[:8]
    # so is an action log, whose rows are read as tasks with their owner and date
    log = [["Ref", "Action", "Owner", "Due"], ["QP/25/41", "Escalate the risk", "Ashworth", "03/07/2025"],
           ["QP/25/42", "Report on waits", "Okoro", "10/07/2025"]]
    segs = [_seg(t, x, 100 + 15 * r, r == 0, 90) for r, row in enumerate(log) for x, t in zip(xs, row)]
    assert cell_rows(Page(1, 612, 792, segs)).lines == segs


def test_a_table_header_and_motion_labels_are_no_headings():
    from pipeline.segment_items import detect_headings
    texts = [("1. Balcony Guards", True), ("The Manager presented three quotations:", False),
             ("Contractor | Scope | Price | Start", True),
             ("Halton Glass Ltd. | Glass guards | $412,300 | June 2025", False),
             ("AMENDMENT", True), ("Moved: Cr Fairclough Seconded: Cr Kowald", False),
             ("That the matter be deferred.", False), ("LOST 2/4", True),
             ("2. Closure", True), ("The meeting closed at 4.47pm.", False)]
    lines = [Line(t, 1, x0=62, x1=62 + 6 * len(t), top=100 + 16 * k, bottom=110 + 16 * k, size=10.5,
                  bold=b) for k, (t, b) in enumerate(texts)]
    assert [h.title for h in detect_headings(lines)] == ["Balcony Guards", "Closure"]


def test_a_bodys_own_number_stays():
    from pipeline.segment_body import meeting_body
    lines = [Line("PEEL STANDARD CONDOMINIUM CORPORATION NO. 1187", 1, bold=True, size=12),
             Line("Minutes of the Meeting of the Board of Directors", 1, size=11)]
    assert meeting_body(lines, lines) == "Peel Standard Condominium Corporation No. 1187"
    lines = [Line("CITY COUNCIL", 1, bold=True, size=15), Line("Regular Meeting No. 287", 1, size=12)]
    assert meeting_body(lines, lines) == "City Council"
