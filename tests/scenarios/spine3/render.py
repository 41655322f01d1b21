#!/usr/bin/env python3
"""Render the PDF cases of the third round of probes: dates, item numbering, attendance wording.

Usage (from the repository root): python tests/scenarios/spine3/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The
Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py). The plain-text
cases (.txt, .md) beside this script are ingested as they are. expected.json holds the values
read from all these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc  # noqa: E402  (a script: see render_kit)


def uk_planning(path: Path) -> None:
    """UK planning committee: weekday and day without the year (the year is in the footer only),
    substitutes and remote attendance in the Present paragraph, a late arrival, and a list of
    planning applications, each one an item under 'Planning applications'."""
    d = Doc()
    d.para("NORTHFIELD DISTRICT COUNCIL", bold=True, size=14, gap=2)
    d.para("Minutes of the Planning Committee held on Wednesday 6 March at 6.00pm in the "
           "Council Chamber, Northfield House", gap=10)
    d.para("Present: Councillors J Whitmore (Chair), R Patel (substitute for Cllr S Green), "
           "L Ross (attended remotely), K O'Neill and M Fisher")
    d.para("Officers: A Lyle (Development Manager), C Dunn (Legal Adviser)", gap=10)
    d.para("1. Apologies and substitutions", bold=True, gap=4)
    d.para("Apologies were received from Councillors S Green and P Hart. Councillor Patel "
           "attended as substitute for Councillor Green.")
    d.para("2. Declarations of interest", bold=True, gap=4)
    d.para("There were no declarations of interest.")
    d.para("3. Minutes", bold=True, gap=4)
    d.para("The minutes of the meeting held on 7 February 2024 were agreed as a correct record.")
    d.para("4. Planning applications", bold=True, gap=4)
    d.para("Councillor Fisher arrived at 6.20pm during this item and took no part in the "
           "decision on application 24/00123/FUL.")
    d.para("24/00123/FUL – 12 High Street, Northfield", bold=True, gap=4)
    d.para("Change of use of the ground floor from a shop to a café with extraction flue. The "
           "Development Manager presented the report. Councillor O'Neill raised concerns about "
           "cooking odours affecting the flats above.")
    d.para("RESOLVED: That planning permission be granted subject to the conditions in the report.")
    d.para("24/00150/OUT – Land east of Mill Road", bold=True, gap=4)
    d.para("Outline application for up to 45 dwellings. Councillor Ross asked whether the "
           "highway authority had assessed the junction with the A614.")
    d.page()
    d.para("RESOLVED: That the application be deferred for a site visit.")
    d.para("24/00171/LBC – The Old Rectory, Church Lane", bold=True, gap=4)
    d.para("Listed building consent for replacement windows.")
    d.para("RESOLVED: That listed building consent be refused, as the uPVC windows would harm "
           "the character of the listed building.")
    d.para("5. Appeal decisions", bold=True, gap=4)
    d.para("The Committee noted the appeal decisions received since the last meeting. The "
           "Development Manager to circulate the inspector's decision on Croft Farm to all "
           "members by 20 March.")
    d.para("The meeting closed at 8.05pm.")
    d.save(path, footer=lambda i, n: f"Planning Committee – March 2024 – Page {i} of {n}",
           title="Planning Committee minutes")


def us_nonprofit(path: Path) -> None:
    """US nonprofit board: an 'Approved' date printed above the meeting date, the meeting date as
    'Tuesday, March 5th, 2024', lettered items A.–E., directors present by video, absent and
    regrets, a director joining late."""
    d = Doc(size=letter)
    d.para("Approved by the Board on April 9th, 2024", size=9, gap=8)
    d.para("LINDENMOOR COMMUNITY LAND TRUST", bold=True, size=14, gap=2)
    d.para("Minutes of the Board of Directors", bold=True, size=12, gap=2)
    d.para("Tuesday, March 5th, 2024, 6:30 p.m., Trust office, 41 Elm Street, and by video "
           "conference", gap=10)
    d.para("Directors present: Karen Holloway (President), Marcus Bell (Treasurer), Janet Ortiz")
    d.para("Directors present by video conference: Samuel Greer, Priya Raman")
    d.para("Regrets: Thomas Keane")
    d.para("Absent: Wendy Lowe")
    d.para("Staff: Nadia Flores, Executive Director", gap=10)
    d.para("A. Call to Order", bold=True, gap=4)
    d.para("Ms. Holloway called the meeting to order at 6:34 p.m. A quorum was present.")
    d.para("B. Consent Agenda", bold=True, gap=4)
    d.para("The minutes of February 6th, 2024 and the January financial statements were approved "
           "by consent.")
    d.para("C. Homeownership Program Report", bold=True, gap=4)
    d.para("Ms. Ortiz left the meeting at 7:10 p.m. during this item.")
    d.para("Ms. Flores reported that three resale homes had closed in February. Mr. Greer asked "
           "whether the resale formula should be reviewed before the next appraisal cycle.")
    d.para("D. Ground Lease Fee Increase", bold=True, gap=4)
    d.para("Mr. Bell moved to raise the monthly ground lease fee from $35 to $45 effective "
           "July 1st, 2024. Ms. Raman seconded. The motion carried 4-0.")
    d.para("Ms. Flores will notify all leaseholders in writing by April 1st, 2024.")
    d.para("E. Adjournment", bold=True, gap=4)
    d.para("The meeting adjourned at 8:02 p.m.")
    d.save(path, title="Board minutes")


def harbour_board(path: Path) -> None:
    """A harbour board writing English minutes abroad: ISO date, 'Agenda Item No. N' headings,
    numbering that restarts at 1 in 'Part B – exempt items' on the second page."""
    d = Doc()
    d.para("OSTERVIK HARBOUR BOARD", bold=True, size=14, gap=2)
    d.para("Minutes of the Board meeting", bold=True, size=12, gap=6)
    d.para("Date: 2024-03-05   Time: 09:00–11:30   Place: Harbour Office, Quay 1", gap=8)
    d.para("Members present: Ingrid Solberg (Chair), Lars Haugen, Mette Dahl, Per Nilsen")
    d.para("Absent with notice: Kari Berg")
    d.para("Also present: Jonas Lie, Harbour Master; Eva Strand, Secretary", gap=10)
    d.para("PART A – OPEN ITEMS", bold=True, gap=6)
    d.para("Agenda Item No. 1 – Opening of the meeting", bold=True, gap=4)
    d.para("The Chair opened the meeting and confirmed that notice had been given on 2024-02-20.")
    d.para("Agenda Item No. 2 – Approval of the minutes of 2024-02-06", bold=True, gap=4)
    d.para("The minutes were approved without changes.")
    d.para("Agenda Item No. 3 – Dredging of the inner basin", bold=True, gap=4)
    d.para("The Harbour Master presented two tenders for dredging the inner basin. Lars Haugen "
           "expressed concern that the lower tender did not include disposal of the spoil.")
    d.para("Decision: The Board awarded the dredging contract to Nordmudring AS for NOK 4.2 "
           "million.")
    d.para("Agenda Item No. 4 – Cruise ship season 2024", bold=True, gap=4)
    d.para("The Board noted the booking list for the season from 2024-05-15 to 2024-09-10.")
    d.para("Action: Harbour Master to publish the berth schedule by 2024-04-01.")
    d.page()
    d.para("PART B – EXEMPT ITEMS (press and public excluded)", bold=True, gap=6)
    d.para("Agenda Item No. 1 – Lease of warehouse 7", bold=True, gap=4)
    d.para("The Board discussed the terms offered by the current tenant.")
    d.para("Decision: The Board approved a five-year lease renewal on the terms offered.")
    d.para("Agenda Item No. 2 – Legal claim from Fjordline AS", bold=True, gap=4)
    d.para("The Secretary reported on the claim. The Board noted the report.")
    d.para("The meeting closed at 11:25.")
    d.save(path, footer=lambda i, n: f"{i}/{n}", title="Board minutes")


def us_township(path: Path) -> None:
    """Written after the rules above were changed, to check them on a body they were not tuned on:
    a US township board, a numeric date "3/5/2024", "Item N:" headings set in bold, lettered
    sub-items "(a)", "(b)", offices printed before names, supervisors absent."""
    d = Doc(size=letter)
    d.para("BRIAR CREEK TOWNSHIP", bold=True, size=14, gap=2)
    d.para("BOARD OF SUPERVISORS – REGULAR MEETING MINUTES", bold=True, size=12, gap=2)
    d.para("3/5/2024 – 7:00 p.m. – Township Building", gap=10)
    d.para("Supervisors present: Chairman Walter Hess, Vice Chairman Linda Sauer, Supervisor Ray Kline")
    d.para("Supervisors absent: Supervisor Joan Metz")
    d.para("Also present: Township Manager Carl Yoder, Solicitor Amy Brandt, Engineer Scott Weaver",
           gap=10)
    d.para("Item 1: Call to Order and Pledge", bold=True, gap=4)
    d.para("Chairman Hess called the meeting to order at 7:00 p.m.")
    d.para("Item 2: Approval of Minutes", bold=True, gap=4)
    d.para("Motion by Sauer, second by Kline, to approve the minutes of 2/20/2024. Motion carried 3-0.")
    d.para("Item 3: Public Comment", bold=True, gap=4)
    d.para("Resident Mary Zook asked when Orchard Road would be repaved.")
    d.para("Item 4: Old Business", bold=True, gap=4)
    d.para("(a) Orchard Road paving bid", bold=True, gap=4)
    d.para("The Engineer reported three bids. Motion by Kline, second by Sauer, to award the paving "
           "contract to Keystone Paving for $212,400. Motion carried 3-0.")
    d.para("(b) Park pavilion roof", bold=True, gap=4)
    d.para("Vice Chairman Sauer expressed concern that the roof estimate had doubled since 2023. "
           "The matter was tabled until 4/2/2024.")
    d.para("Item 5: Adjournment", bold=True, gap=4)
    d.para("Motion to adjourn at 8:47 p.m. carried 3-0.")
    d.save(path, title="Board of Supervisors minutes")


CASES = {"northfield_planning.pdf": uk_planning, "lindenmoor_trust.pdf": us_nonprofit,
         "ostervik_harbour.pdf": harbour_board, "briar_creek_township.pdf": us_township}

if __name__ == "__main__":
    for name, draw in CASES.items():
        draw(HERE / name)
        print("wrote", HERE / name)
