"""Statement typing on sentences in the styles of bodies the rules were not written from.

Each case pairs a sentence that used to be mistyped with a neighbour the same rule must leave alone,
so that a rule made too broad or too narrow fails here."""
from __future__ import annotations

import pytest

from pipeline.classify import classify_sentences
from pipeline.classify_split import make_splitter, split_item
from pipeline.records import Item, Line


@pytest.mark.parametrize("text,type_,outcome", [
    # a named member asking whether: a question, even where the classifier reads information
    ("Cr Okafor asked whether the library could stay open until 8pm on Thursdays.", "question", ""),
    ("Trustee Lindqvist enquired if the grant could be spent on the roof.", "question", ""),
    # a "Motion:" line is what is moved, whatever it moves; a result on it still decides
    ("Motion: Commissioner Baptiste moved, Commissioner Ng seconded, to rescind the March 3 "
     "approval of the parking permit fee.", "proposal", ""),
    ("Motion: Director Haas moved, Director Ueda seconded, to approve the budget. Motion carried "
     "5-0.", "decision", "approved"),
    # a closing stance outweighs the worries it reports
    ("Mr Patel said families had told the centre that the scheme had helped them with worries "
     "that nobody else could resolve, and he supported the extension.", "argument_for", ""),
    # another body's decision, reported in the perfect, is news
    ("The Secretary reported that the parish council had approved the use of the field.",
     "information", ""),
    # an attendance line is not a task, though a name in it carries a role in brackets
    ("Trustees: Mrs Ada Pryce (Chair), Mr Tom Hale, Ms Rita Gomes", "information", ""),
    # a sentence-opening result word decides only as a result
    ("Lost 3-4.", "decision", "rejected"),
    ("Carried unanimously.", "decision", "approved"),
    ("CARRIED", "decision", "approved"),
    # "as opposed to" compares; "opposed to" objects
    ("The report compared leasing the vehicles as opposed to buying them outright.", "information", ""),
    ("Councilmember Vella opposed the lease of the vehicles.", "objection", ""),
    # "M/S/C" moved, seconded, carried; "M/S/F" failed; "M/S" alone is only moved and seconded
    ("M/S/C Cook/McNamara to approve the minutes.", "decision", "approved"),
    ("M/S/F (Ortiz/Chen) to approve the fee waiver.", "decision", "rejected"),
    ("M/S Cook/McNamara and unanimous to approve the minutes.", "decision", "approved"),
    ("M/S (Lee/Raman) to approve the budget.", "proposal", ""),
    # a US date's comma inside the minutes' own reference does not hide their approval
    ("The minutes of the meeting held on April 10, 2025 were confirmed.", "decision", "approved"),
    # speakers counted for and against cast no vote; members counted do
    ("The motion was approved, eight in favor and three against.", "decision", "approved"),
])
def test_unseen_styles(text: str, type_: str, outcome: str) -> None:
    pred = classify_sentences([(text, "5 General business")])[0]
    assert (pred.type, pred.outcome) == (type_, outcome), pred.generator


def test_a_result_word_opening_an_ordinary_sentence_decides_nothing() -> None:
    preds = classify_sentences([("Lost property was handed in to the office.", "5 General"),
                                ("Passed footpaths were inspected by the warden.", "5 General")])
    assert [p.type for p in preds if p.type == "decision"] == []


def test_closing_support_rule_leaves_support_for_concerns_alone() -> None:
    pred = classify_sentences([("Cllr Reyes said the design would not address flooding, and she "
                                "supported the concerns raised by residents.", "6 Flood works")])[0]
    assert pred.generator != "rule:argument_for.she_supported"


def _item(text: str) -> Item:
    lines = [Line(text, 2)]
    return Item(id="m1-i1", meeting_id="m1", number="26", title="26 Home Care", page_start=2,
                page_end=2, text=text, lines=lines)


def test_lettered_resolution_splits_into_decision_and_action_with_owner() -> None:
    text = ("RESOLVED – (a) that the update be received; (b) that the Director of Housing "
            "circulate the repair figures by ward before the next meeting.")
    units = split_item(_item(text), make_splitter())
    assert [u.text for u in units] == [
        "RESOLVED – (a) that the update be received;",
        "(b) that the Director of Housing circulate the repair figures by ward before the next "
        "meeting."]
    preds = classify_sentences([(u.text, "26 Home Care") for u in units])
    assert [p.type for p in preds] == ["decision", "action"]
    assert preds[1].owner == "Director of Housing"


def test_unlettered_resolution_and_lettered_body_decision_stay_whole() -> None:
    text = "RESOLVED – that the item on day services be deferred to the March 2025 meeting."
    assert len(split_item(_item(text), make_splitter())) == 1
    text = ("RESOLVED: (a) that the accounts be approved; (b) that the Committee note the audit "
            "letter.")
    units = split_item(_item(text), make_splitter())
    preds = classify_sentences([(u.text, "26 Accounts") for u in units])
    assert [p.type for p in preds] == ["decision", "decision"]


@pytest.mark.parametrize("text,title,type_", [
    # objections in ordinary prose, each beside a neighbour the same words leave alone
    ("Cr Ambrose doubted that the contractor could finish before the wet season.", "8 Depot",
     "objection"),
    ("Mr Reilly complained that the footpath had been closed for six weeks.", "8 Depot",
     "objection"),
    ("Governor Tate questioned the need for a second car park.", "8 Depot", "objection"),
    ("Residents urged the Committee not to approve the extension.", "8 Depot", "objection"),
    ("Ms Ferris said that tenants had not been consulted on the new charges.", "8 Depot",
     "objection"),
    ("The Treasurer said that the accounts had not yet been audited.", "8 Depot", "information"),
    # a benefit reported by a speaker argues for the item
    ("The Head of Estates said the new boilers would save around £30,000 a year.", "8 Depot",
     "argument_for"),
    ("Cllr Moran backed the proposal.", "8 Depot", "argument_for"),
    # welcoming what the item brings, or another group's backing, argues for it; welcoming people
    # does not
    ("Governors welcomed the improvement in attendance at the two primary schools.", "8 Schools",
     "argument_for"),
    ("The Chair welcomed the new members to their first meeting.", "8 Schools", "information"),
    ("The Head noted that the parents' forum had endorsed the proposal.", "8 Schools",
     "argument_for"),
    # asking an officer to explain is a question; asking one to do something tasks them
    ("Cllr Doyle asked the engineer to explain the delay to the drainage works.", "8 Depot",
     "question"),
    ("Cllr Doyle asked the engineer to inspect the drainage works before Friday.", "8 Depot",
     "action"),
    # a name with "to Speak" in it tasks no one; "X to circulate" still does
    ("The Freedom to Speak Up Guardian gave her half-yearly update.", "8 Staff", "information"),
    ("The Company Secretary to circulate the revised terms of reference.", "8 Staff", "action"),
    # a titled role that will or would do something is tasked; what it says will happen is news
    ("The Head of Facilities would arrange a site visit for members.", "8 Depot", "action"),
    ("The Head of Facilities said the roof would not need replacing for ten years.", "8 Depot",
     "information"),
    # what a mover moves is a motion, not yet the body's decision
    ("Moved by Trustee Lowry that the tender be accepted.", "8 Depot", "proposal"),
    ("The tender was accepted.", "8 Depot", "decision"),
    # a reported earlier resolution is news
    ("Members noted that the complaints from the bowls club had been resolved.", "8 Depot",
     "information"),
    # a petition asks the body for something
    ("A petition signed by 90 residents was presented requesting a crossing on Mill Lane.",
     "8 Petitions", "proposal"),
])
def test_unseen_stance_and_motion_wording(text: str, title: str, type_: str) -> None:
    pred = classify_sentences([(text, title)])[0]
    assert pred.type == type_, pred.generator


def test_numbered_action_item_is_an_item_put_to_the_vote_not_an_action_list() -> None:
    text = "Motion by Reyes, second by Kim, to approve the bus contract."
    voted = classify_sentences([(text, "Action Item 9.2: Transportation Contract")])[0]
    listed = classify_sentences([("Clerk to chase the bus contractor for the invoice.",
                                  "Review of Action Items")])[0]
    assert (voted.type, listed.type) == ("proposal", "action")


def test_reported_benefit_needs_a_benefit_not_a_task_or_a_bare_possibility() -> None:
    preds = classify_sentences([
        ("The City Manager stated staff would bring the item back to Council in March.", "9 Pool"),
        ("The Director said staff could provide a report on costs.", "9 Pool"),
        ("The Director said the new pool would save the town £40,000 a year.", "9 Pool")])
    assert [p.type == "argument_for" for p in preds] == [False, False, True]


def test_a_body_or_a_place_that_will_do_something_is_not_an_officer_tasked() -> None:
    from pipeline.classify import _models

    ruler, nlp = _models()["ruler"], _models()["nlp"]

    def fires(text: str) -> bool:
        hits = ruler.hits(ruler(nlp.make_doc(text)))
        return any(h.rule == "action.titled_role_will" for h in hits)

    assert not fires("The Planning Board will hold a study session on the standards.")
    assert not fires("The City will hold the citations in abeyance.")
    assert fires("The Support Services Manager will contact the insurer.")


@pytest.mark.parametrize("text", [
    "Eleven members of the public spoke, eight against and three in favor.",
    "Of the 40 consultation responses received, 31 were in favour of the scheme.",
])
def test_counted_speakers_are_no_vote(text: str) -> None:
    pred = classify_sentences([(text, "5 Public hearing: rezoning")])[0]
    assert pred.type != "decision", pred.generator


@pytest.mark.parametrize("motion,result,outcome", [
    # a motion in the passive ("that the item be deferred") is carried by a bare result after it
    ("Cllr Vella moved that the item be deferred to the June meeting, seconded by Cllr Abela.",
     "Approved unanimously.", "deferred"),
    # a motion typed a decision by its own verb stays open for the result that carries it
    ("It was moved by Hon. Mensah and seconded by Hon. Owusu that the matter be referred to the "
     "Works Sub-Committee.", "Hon. Owusu seconded the motion, which was carried unanimously.",
     "referred"),
    ("It was moved by Cllr Lee that the report be received and noted.", "Carried.", "noted"),
    ("Ms Farrugia proposed that the application be deferred until the accounts are audited.",
     "Approved unanimously.", "deferred"),
    ("Moved by Cllr Lee that the application be approved.", "Carried.", "approved"),
    # a decision that is no motion leaves nothing for a later result to carry
    ("The matter was referred to the Works Committee.", "Carried.", "approved"),
])
def test_result_carries_the_motion(motion: str, result: str, outcome: str) -> None:
    preds = classify_sentences([(motion, "7 Parking"), (result, "7 Parking")])
    assert (preds[1].type, preds[1].outcome) == ("decision", outcome), preds[1].generator
