#!/usr/bin/env python3
"""Render the eleventh round of probes: minutes of kinds of body and countries the first ten lack.

Usage (from the repository root): python tests/scenarios/round11/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py),
the noisy scan from the eighth (tests/scenarios/round8/render.py).

- brantwood_adjustment.pdf: an Ontario committee of adjustment's hearing: "Members Present:" /
  "Regrets:" / "Staff Present:" in initial-and-surname form with offices after commas, one agenda
  item per application ("4. A-029/25 - 42 Elm Street"), applicants' agents and neighbours who
  object, "Moved by: … / Seconded by: …" on lines of their own, "THAT …", "CARRIED" / "DEFEATED",
  a recorded vote "For: … Against: …"; item 6 starts page 2; a running footer.
- pafiou_chamber_council_scan.pdf: a Cypriot professional chamber's council minutes printed, then
  scanned (skewed, speckled, JPEG): a "Meeting No. 4/2025" heading, dates "09.04.2025", attendance
  "Name, Office" lines, items "Item 3: …", "Decision:" paragraphs, "5 in favour, 1 against
  (Mr Ioannou)", a member of the chamber attending who objects; item 4 starts page 2.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, draw_scanned  # noqa: E402  (a script: see render_kit)


def adjustment(path: Path) -> None:
    d = Doc(size=letter, font="Helvetica", left=72, right=72)
    d.para("CITY OF BRANTWOOD", bold=True, size=13, gap=2)
    d.para("COMMITTEE OF ADJUSTMENT", bold=True, size=12, gap=2)
    d.para("Minutes of Hearing - Wednesday, May 14, 2025 - 6:30 p.m.", bold=True, gap=2)
    d.para("Council Chambers, Brantwood City Hall, 100 Wellington Street West", gap=8)
    d.row(["Members Present:", "D. Kowalski, Chair"], [0, 120])
    d.row(["", "R. Singh"], [0, 120])
    d.row(["", "M. Tremblay"], [0, 120])
    d.row(["", "L. O'Neill"], [0, 120])
    d.row(["Regrets:", "J. Fraser"], [0, 120])
    d.row(["Staff Present:", "A. Petrov, Secretary-Treasurer"], [0, 120])
    d.row(["", "K. Lam, Planner"], [0, 120])
    d.space(8)

    def head(s: str) -> None:
        d.para(s, bold=True, gap=3)

    head("1. Call to Order")
    d.para("The Chair called the hearing to order at 6:30 p.m. and explained the hearing "
           "procedure.", gap=8)
    head("2. Disclosure of Pecuniary Interest")
    d.para("Member Tremblay declared a pecuniary interest in Application B-007/25 as the owner of "
           "an abutting property and did not take part in the discussion or vote.", gap=8)
    head("3. Adoption of Minutes")
    d.para("Moved by: R. Singh", gap=1)
    d.para("Seconded by: L. O'Neill", gap=1)
    d.para("THAT the minutes of the Committee of Adjustment hearing of April 9, 2025 be adopted "
           "as circulated.", gap=1)
    d.para("CARRIED", bold=True, gap=8)
    head("4. A-029/25 - 42 Elm Street")
    d.para("The applicant requests relief from Zoning By-law 2019-145 to permit a rear yard setback "
           "of 4.2 metres whereas 7.5 metres is required, to construct a two-storey addition.", gap=3)
    d.para("Sam Ortiz, agent for the owner, presented the application and advised that the "
           "addition would house the owner's elderly parents.", gap=3)
    d.para("Gerald Hughes of 44 Elm Street objected to the application, stating that the addition "
           "would overshadow his rear garden for most of the afternoon.", gap=3)
    d.para("Member Singh asked whether a shadow study had been submitted.", gap=3)
    d.para("K. Lam, Planner, advised that Planning staff had no objection and that the variance met "
           "the four tests of the Planning Act.", gap=3)
    d.para("Moved by: M. Tremblay", gap=1)
    d.para("Seconded by: R. Singh", gap=1)
    d.para("THAT Minor Variance Application A-029/25 be APPROVED subject to the condition that "
           "the side wall facing 44 Elm Street have no windows above the first floor.", gap=1)
    d.para("CARRIED", bold=True, gap=8)
    head("5. A-030/25 - 118 Lakeview Drive")
    d.para("The applicant requests relief to permit a lot coverage of 41% whereas 35% is "
           "permitted, for a detached garage.", gap=3)
    d.para("Member O'Neill expressed concern that the drawings did not show the drainage swale "
           "along the east lot line.", gap=3)
    d.para("Moved by: L. O'Neill", gap=1)
    d.para("Seconded by: M. Tremblay", gap=1)
    d.para("THAT Application A-030/25 be DEFERRED to the June 11, 2025 hearing to allow the "
           "applicant to submit a revised grading plan.", gap=1)
    d.para("CARRIED", bold=True, gap=8)
    d.page()
    head("6. B-007/25 - 15 Mill Road (Consent to Sever)")
    d.para("The applicant requests consent to sever a 610 square metre lot fronting on Mill Road "
           "and retain a 1,150 square metre lot with the existing dwelling.", gap=3)
    d.para("Helen Vasquez of 19 Mill Road spoke in opposition, stating that the new lot would be "
           "out of character with the neighbourhood and increase traffic at the school crossing.",
           gap=3)
    d.para("Member Singh expressed concern that the proposed lot frontage of 12 metres was well "
           "below that of the surrounding lots.", gap=3)
    d.para("Moved by: D. Kowalski", gap=1)
    d.para("Seconded by: L. O'Neill", gap=1)
    d.para("THAT Consent Application B-007/25 be GRANTED subject to the conditions set out in the "
           "staff report.", gap=1)
    d.para("Recorded vote: For: D. Kowalski, L. O'Neill. Against: R. Singh. (Member Tremblay did "
           "not vote, having declared an interest.)", gap=1)
    d.para("CARRIED", bold=True, gap=8)
    head("7. Other Business")
    d.para("The Secretary-Treasurer will circulate the revised 2025 hearing schedule to members by "
           "May 30, 2025.", gap=8)
    head("8. Adjournment")
    d.para("Moved by: R. Singh. THAT the hearing be adjourned at 8:05 p.m. CARRIED", gap=20)
    d.para("D. Kowalski, Chair ____________________     A. Petrov, Secretary-Treasurer "
           "____________________", size=9.5, gap=4)
    d.save(path, footer=lambda i, n: f"Committee of Adjustment Minutes - May 14, 2025 - Page {i} of {n}")


def chamber(src: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=70, right=70)
    d.para("PAFIOU CHAMBER OF REGISTERED SURVEYORS AND VALUERS", bold=True, size=13, gap=2)
    d.para("Limassol, Cyprus", gap=8)
    d.para("MINUTES OF THE MEETING OF THE COUNCIL - MEETING No. 4/2025", bold=True, gap=4)
    d.row(["Date:", "09.04.2025"], [0, 60])
    d.row(["Time:", "17:30"], [0, 60])
    d.row(["Place:", "Chamber Offices, 27 Anexartisias Street, Limassol"], [0, 60])
    d.space(4)
    d.para("Present:", bold=True, gap=2)
    for s in ["Mr Andreas Georgiou, President", "Ms Eleni Christodoulou, Vice-President",
              "Mr Kyriakos Ioannou, Honorary Secretary", "Mr Marios Charalambous, Treasurer",
              "Ms Maria Panayiotou, Member", "Mr Nicos Demetriou, Member"]:
        d.para(s, indent=20, gap=1)
    d.para("Absent:", bold=True, gap=2)
    d.para("Mr Stelios Constantinou, Member (excused)", indent=20, gap=2)
    d.para("Also present:", bold=True, gap=2)
    d.para("Mrs Despo Michael, Director General (keeping the minutes)", indent=20, gap=10)

    def head(s: str) -> None:
        d.para(s, bold=True, gap=3)

    head("Item 1: Approval of the Minutes of Meeting No. 3/2025")
    d.para("The minutes of Meeting No. 3/2025 of 12.03.2025 were approved on the proposal of Ms "
           "Christodoulou, seconded by Mr Demetriou.", gap=8)
    head("Item 2: President's Briefing")
    d.para("The President briefed the Council on his meeting with the Director of the Department of "
           "Lands and Surveys on 2 April 2025 regarding delays in the registration of title deeds.",
           gap=8)
    head("Item 3: Revision of the Scale of Minimum Fees")
    d.para("The Treasurer presented the proposal of the Fees Committee to raise the minimum fee for "
           "a valuation report on a residential unit from EUR 250 to EUR 320.", gap=3)
    d.para("Mr Ioannou objected to the proposal, noting that the Commission for the Protection of "
           "Competition had questioned minimum fee scales in other professions.", gap=3)
    d.para("Mr Panicos Hadjipetrou, a member of the Chamber attending at his own request, objected "
           "that young valuers working alone would lose clients to the large firms.", gap=3)
    d.para("Ms Panayiotou asked whether the new scale would apply to reports for banks.", gap=3)
    d.para("Decision: The Council approved the revised scale of minimum fees with effect from "
           "1 June 2025, by 5 votes in favour and 1 against (Mr Ioannou). The proposal was moved "
           "by Mr Charalambous and seconded by Ms Panayiotou.", gap=3)
    d.para("The Director General to notify all members of the revised scale by 30 April 2025.",
           gap=8)
    d.page()
    head("Item 4: Continuing Professional Development Programme")
    d.para("Ms Christodoulou presented the draft CPD programme for the second half of 2025.", gap=3)
    d.para("Mr Demetriou expressed concern that most seminars were held in Nicosia, making "
           "attendance difficult for members in Paphos.", gap=3)
    d.para("Decision: The Council decided to defer approval of the programme to its next meeting, "
           "so that seminars in Paphos and Larnaca may be added.", gap=8)
    head("Item 5: Any Other Business")
    d.para("The Council noted the letter of the Cyprus Bar Association on joint seminars.", gap=3)
    d.para("The meeting ended at 19:50.", gap=20)
    d.para("THE PRESIDENT                                   THE HONORARY SECRETARY", gap=4)
    d.save(src)


def main() -> None:
    adjustment(HERE / "brantwood_adjustment.pdf")
    draw_scanned(chamber, "pafiou_chamber_council.pdf", HERE / "pafiou_chamber_council_scan.pdf")


if __name__ == "__main__":
    main()
