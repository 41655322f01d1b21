#!/usr/bin/env python3
"""Render the three District Council of Yallunda Plains Audit and Risk Committee minutes as PDF.

Usage (from the repository root): python tests/scenarios/stories/yallunda_plains_arc/render.py
Writes yallunda_plains_arc_<date>.pdf beside this script; output is deterministic (reportlab
invariant mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. South Australian
council audit and risk committee style: A4 in Helvetica, a title block 'MINUTES of the meeting of
the Audit and Risk Committee held in the Council Chambers, … on Monday 17 February 2025
commencing at 5.30pm', 'PRESENT:' with 'Presiding Member:' and 'Members:' lines (independent
members as 'Mr' / 'Ms', elected members as 'Cr'), 'IN ATTENDANCE:' staff with titles,
'APOLOGIES:', items numbered 7.1 in the margin with title-case headings, 'Moved: Cr X Seconded:
Ms Y' above a resolution numbered 'ARC 07/25' ('That the Committee recommends to Council …') and
'CARRIED', a division as 'For: … Against: …', 'ACTION: …' lines, a new independent member after
one's term ended and a councillor replaced by Council. In MINUTES a line starting '## 7.1 ' is a
bold heading with its number in the margin, '--' a page break; other lines are paragraphs indented
under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-02-17"] = ("Monday 17 February 2025", """\
PRESENT:
Presiding Member: Mr Graham Telfer (Independent Member)
Members: Ms Priya Raman (Independent Member), Cr Jodie Pahl, Cr Neville Kuerschner, Cr Tanya Bormann
IN ATTENDANCE:
Ms Karen Zadow (Chief Executive Officer), Mr Brett Liebelt (Manager Finance), Ms Amy Nitschke (Governance Officer, minute taker)
APOLOGIES:
Nil
## 1. Welcome and Acknowledgement of Country
The Presiding Member opened the meeting at 5.31pm and acknowledged the Barngarla people as the traditional custodians of the land.
## 2. Conflict of Interest Declarations
Nil.
## 3. Confirmation of Minutes
Moved: Cr Bormann Seconded: Ms Raman
ARC 06/25 That the minutes of the Audit and Risk Committee meeting held on 18 November 2024 be taken as read and confirmed.
CARRIED
## 7.1 Internal Audit Services – Outsourcing Proposal
The Manager Finance tabled a report proposing that the Council engage an external firm to carry out its internal audit program under a three-year contract with a budget of $45,000 a year, in place of the occasional reviews now done by finance staff of one another's work.
Cr Pahl doubted that $45,000 a year would pay for more than two reviews, given that firms were charging councils around $1,800 a day.
Ms Raman pointed out that finance staff would lose hours to the auditors in July and August, when they were busiest closing the year's accounts.
Cr Kuerschner was not satisfied that a firm which also gave the Council accounting advice could be independent when auditing it.
Moved: Ms Raman Seconded: Cr Bormann
ARC 07/25 That the Committee recommends to Council that the internal audit function be outsourced under a three-year contract, and that the Chief Executive Officer call for tenders.
CARRIED
## 7.2 Strategic Risk Register Review
The Chief Executive Officer presented the quarterly review of the strategic risk register. Cyber attack remained rated high. The Karoonda Road fuel depot's underground tanks were 41 years old and rated as a high environmental risk.
ACTION: Chief Executive Officer to arrange an independent penetration test of the Council's network.
Moved: Cr Kuerschner Seconded: Cr Pahl
ARC 08/25 That the Committee recommends to Council that the Karoonda Road fuel depot be decommissioned by 30 June 2025 and its underground tanks removed.
CARRIED
## 7.3 Rates Debt Write-off
The Manager Finance reported that rates of $12,400 had been owing on Lot 7 Schell Road, Yallunda since 2016, the owner having died without a will.
Moved: Cr Pahl Seconded: Cr Kuerschner
ARC 09/25 That the Committee recommends to Council that unpaid rates of $12,400 on Lot 7 Schell Road, Yallunda be written off.
CARRIED
## 8. General Business
Members discussed whether independent members were covered by the Council's insurance when travelling to meetings.
ACTION: Presiding Member to write to the Local Government Association seeking advice on insurance cover for independent members of council committees.
## 9. Closure
The meeting closed at 7.02pm.
""")

MINUTES["2025-05-19"] = ("Monday 19 May 2025", """\
PRESENT:
Presiding Member: Mr Graham Telfer (Independent Member)
Members: Ms Priya Raman (Independent Member), Cr Jodie Pahl, Cr Neville Kuerschner
IN ATTENDANCE:
Ms Karen Zadow (Chief Executive Officer), Mr Brett Liebelt (Manager Finance), Ms Amy Nitschke (Governance Officer, minute taker)
APOLOGIES:
Cr Tanya Bormann
## 1. Welcome and Acknowledgement of Country
The Presiding Member opened the meeting at 5.30pm and acknowledged the Barngarla people as the traditional custodians of the land.
## 2. Conflict of Interest Declarations
Nil.
## 3. Confirmation of Minutes
Moved: Cr Pahl Seconded: Cr Kuerschner
ARC 14/25 That the minutes of the Audit and Risk Committee meeting held on 17 February 2025 be taken as read and confirmed.
CARRIED
## 7.1 Appointment of Internal Auditor – Tender Evaluation
The Manager Finance reported that three tenders had been received and evaluated by a panel of the Chief Executive Officer, the Manager Finance and the Presiding Member. The panel recommended Murray Assurance Partners at $43,500 a year. Murray Assurance had proposed to carry out all of its fieldwork between September and April, leaving the months of the financial year end free for the finance team.
The Presiding Member, Mr Telfer, supported the recommendation, saying that Murray Assurance had the strongest methodology of the three and had offered a fixed fee for all three years.
Ms Raman spoke in favour, noting that the Committee had gone two years without any independent check of payroll, where most of the Council's fraud risk lay.
Cr Kuerschner argued that none of Murray Assurance's present clients were councils, so its staff would be learning the Local Government Act at the ratepayers' expense.
The Manager Finance replied that the firm's engagement partner had spent eight years as internal auditor of a metropolitan council before joining it.
Moved: Ms Raman Seconded: Cr Pahl
ARC 15/25 That the Committee recommends to Council that Murray Assurance Partners be appointed as the Council's internal auditor for three years from 1 July 2025 at a fee of $43,500 a year.
A division was called by Cr Kuerschner.
For: Mr Telfer, Ms Raman, Cr Pahl
Against: Cr Kuerschner
CARRIED 3 votes to 1
ACTION: Manager Finance to revise the Fraud and Corruption Control Policy to reflect the new internal audit arrangements.
## 7.2 External Audit Plan 2024-25
Ms Felicity Lange of Lange Partners, the Council's external auditor, presented the audit plan for the 2024-25 financial statements, with interim fieldwork in June and the final audit in September.
Moved: Cr Kuerschner Seconded: Ms Raman
ARC 16/25 That the Committee notes the External Audit Plan 2024-25.
CARRIED
## 7.3 Rates Debt Write-off
The Manager Finance reported that the estate of the late owner of Lot 7 Schell Road had paid the outstanding rates in full in April.
Moved: Cr Pahl Seconded: Ms Raman
ARC 17/25 That resolution ARC 09/25 of 17 February 2025, recommending the write-off of $12,400 in unpaid rates on Lot 7 Schell Road, Yallunda, be rescinded.
CARRIED
## 8. Closure
The meeting closed at 6.48pm.
""")

MINUTES["2025-08-18"] = ("Monday 18 August 2025", """\
PRESENT:
Presiding Member: Mr Graham Telfer (Independent Member)
Members: Mr Lachlan Ferris (Independent Member), Cr Jodie Pahl, Cr Tanya Bormann, Cr Rosa Marchetti
IN ATTENDANCE:
Ms Karen Zadow (Chief Executive Officer), Mr Brett Liebelt (Manager Finance), Ms Amy Nitschke (Governance Officer, minute taker), Mr Owen Pearce (Murray Assurance Partners)
APOLOGIES:
Nil
## 1. Welcome and Acknowledgement of Country
The Presiding Member opened the meeting at 5.32pm and acknowledged the Barngarla people as the traditional custodians of the land. He welcomed Mr Ferris, appointed by Council in June as an independent member on the end of Ms Raman's term, and Cr Marchetti, appointed by Council to the Committee in place of Cr Kuerschner.
## 2. Conflict of Interest Declarations
Nil.
## 3. Confirmation of Minutes
Moved: Cr Pahl Seconded: Cr Bormann
ARC 22/25 That the minutes of the Audit and Risk Committee meeting held on 19 May 2025 be taken as read and confirmed.
CARRIED
## 7.1 Internal Audit Plan 2025-26 – First Review by Contractor
Mr Pearce presented Murray Assurance Partners' plan for the first year of the contract, beginning with a review of payroll controls in October and of procurement and contract management in March.
Cr Bormann asked how the firm could audit the Council's procurement if it was also helping the Council with its accounting. The Chief Executive Officer replied that the terms of engagement barred Murray Assurance from doing any other paid work for the Council while the contract ran.
Moved: Mr Ferris Seconded: Cr Marchetti
ARC 23/25 That the Committee endorses the Internal Audit Plan 2025-26.
CARRIED
## 7.2 External Audit – Interim Management Letter
Ms Felicity Lange presented the interim management letter from the external audit, which raised two moderate findings on the reconciliation of the fixed asset register.
Moved: Cr Bormann Seconded: Mr Ferris
ARC 24/25 That the Committee notes the interim management letter and management's responses.
CARRIED
## 8.1 Work Health and Safety Quarterly Report
The Chief Executive Officer reported two lost-time injuries in the quarter, both in the road crew. The Karoonda Road fuel depot, where new bunding had been installed in July so that the tanks could stay in use for the works fleet, had passed its EPA inspection.
## 8.2 Information Technology Report
The Manager Finance reported that an outside firm had tried for five days in June to break into the Council's network and email system, and that the two weaknesses it found had since been fixed.
## 8.3 Policy Review
The Manager Finance advised that the redraft of the fraud and corruption control policy had been sent to the Council's lawyers and would come to the November meeting.
## 9. Closure
The meeting closed at 6.55pm.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(size=A4, left=70.0, font="Helvetica")
    d.para("DISTRICT COUNCIL OF YALLUNDA PLAINS", bold=True, size=13, gap=4)
    d.para(f"MINUTES of the meeting of the Audit and Risk Committee held in the Council Chambers, "
           f"14 Railway Terrace, Yallunda on {when} commencing at 5.30pm", size=10.5, gap=10)
    typeset(d, text, indent=40,
            flush=("PRESENT:", "Presiding Member:", "Members:", "IN ATTENDANCE:", "APOLOGIES:"),
            bold=("CARRIED",))
    d.save(path, header=lambda i, n: f"Audit and Risk Committee – {when}",
           footer=lambda i, n: f"Page {i} of {n}", title=f"Audit and Risk Committee Minutes {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"yallunda_plains_arc_{date}.pdf")
