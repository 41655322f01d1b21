"""Misreads the probe rounds kept in KNOWN, put right by rules phrased for minutes in general:
each on the printed form it was found in, at least one other wording, and the forms it must leave
alone."""
from __future__ import annotations


def _one(text: str, title: str = "Item"):
    from pipeline.classify import classify_sentences
    return classify_sentences([(text, title)], [[]])[0]


def test_an_office_of_a_department_to_do_a_task_by_a_date():
    p = _one("Director of Development Services to publish the ordinance caption in the Cedar "
             "Bluff Courier by June 12, 2025.")
    assert (p.type, p.owner, p.due) == ("action", "Director of Development Services", "June 12, 2025")
    q = _one("The Head of Legal Services to review the lease by 1 March 2026.")
    assert q.type == "action" and "Head of Legal Services" in q.owner and q.due == "1 March 2026"
    r = _one("The Assistant Director of Parks and Recreation will survey the trail before the "
             "July meeting.")
    assert r.type == "action" and "Director of Parks and Recreation" in r.owner
    # the office reporting, or a heading naming it, tasks no one
    assert _one("The Director of Finance presented the report on the grader.").type != "action"
    assert _one("Director of Planning to Council: report on the zoning appeal").type != "action"


def test_an_agreed_task_in_the_mandative_with_a_deadline():
    p = _one("It was agreed that the Mayor write to Transport Malta asking for a traffic count in "
             "Triq il-Bahar by 31 August 2025.")
    assert (p.type, p.due) == ("action", "31 August 2025") and "Mayor" in p.owner
    q = _one("The Council resolved that Cllr Vella contact the contractor about the playground "
             "before the next meeting.")
    assert q.type == "action" and q.owner == "Cllr Vella"
    # no deadline, no task verb, or a standing arrangement: the body's decision
    assert _one("It was agreed that the Clerk write to the residents.").type == "decision"
    assert _one("It was agreed that the Chairman remain in office until 30 June 2026.").type == "decision"
    assert _one("It was agreed that the Marketing and Communications Manager would attend all "
                "future Board meetings.").type == "decision"
