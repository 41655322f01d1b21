#!/usr/bin/env python3
"""Render the four Kestrel Valley Wildlife Trust board minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/kestrel_valley_trust/render.py
Writes kestrel_valley_trust_<date>.pdf beside this script; output is deterministic (reportlab
invariant mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. English charity
trustee board style: the registered charity number under the name, 'Present:' trustees by full
name with offices, 'In attendance:' staff, numbered items whose number sits in the margin, 'Trustees
agreed …', 'It was resolved that …', 'The resolution was carried by seven votes to two, X and Y
voting against.', 'Action: Chief Executive to …' lines, a co-opted trustee and a resignation. In
MINUTES below a line starting '## N. ' is a bold heading with its number in the margin, '--' a page
break; other lines are paragraphs indented under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-03-18"] = ("18 March 2025", """\
Present: Margaret Oyelaran (Chair), David Pryce (Treasurer), Ruth Abiodun, Peter Gaskell, Alan Mercer, Helen Tranter, Simon Kaye, Joanna Webb
In attendance: Claire Hobbs (Chief Executive), Martin Lowe (Finance Manager), Gwen Price (minutes)
## 1. Welcome, apologies and declarations of interest
The Chair welcomed trustees. There were no apologies and no declarations of interest.
## 2. Minutes of the meeting of 21 January 2025
The minutes were approved as a correct record and signed by the Chair.
## 3. Hollins Marsh: visitor facilities
The Chief Executive presented a paper on visitor numbers at the Hollins Marsh nature reserve, which had risen to 38,000 a year with no toilets, no shelter and no space for school groups. She proposed that the Trust explore building a learning centre at the reserve entrance.
Helen Tranter said that 22 schools had asked for visits that the Trust could not host.
Peter Gaskell objected that a building on the reserve would disturb the bitterns breeding in the reedbed next to the car park.
Ruth Abiodun raised concerns that the Trust had no reserves to cover cost overruns on a building project.
Trustees agreed that the Chief Executive should prepare an outline proposal for a learning centre at Hollins Marsh.
## 4. Retail review: Ludlow shop
The Finance Manager reported that the Ludlow charity shop had lost £14,000 in 2024/25 and that its lease ended in June.
Trustees agreed to close the Ludlow shop when its lease ends in June 2025.
## 5. Finance
The Finance Manager presented the management accounts to 28 February. Unrestricted reserves stood at £410,000, all held in the current account.
Action: Finance Manager to ask the bank for terms on moving part of the reserves to a deposit account.
## 6. Any other business
Alan Mercer reported that the bird hide at Coppice Pool was beyond repair.
Action: Alan Mercer to contact Shrewsbury Rotary Club about sponsoring a new bird hide.
The meeting closed at 8.55pm.
""")

MINUTES["2025-05-20"] = ("20 May 2025", """\
Present: Margaret Oyelaran (Chair), David Pryce (Treasurer), Ruth Abiodun, Alan Mercer, Helen Tranter, Simon Kaye, Joanna Webb
In attendance: Claire Hobbs (Chief Executive), Martin Lowe (Finance Manager), Gwen Price (minutes)
## 1. Welcome, apologies and declarations of interest
Apologies were received from Peter Gaskell. There were no declarations of interest.
## 2. Minutes of the meeting of 18 March 2025
The minutes were approved as a correct record.
## 3. Capital projects: Heritage Fund bid
The Chief Executive presented the outline proposal for Hollins Marsh: a timber learning centre with toilets and a classroom for 30 pupils, costing £620,000, of which £480,000 would be sought from the National Lottery Heritage Fund.
Simon Kaye asked when the Fund would decide. The Chief Executive replied that the decision would be made in December.
Trustees agreed to develop a full application to the National Lottery Heritage Fund for the Hollins Marsh learning centre.
Action: Chief Executive to recruit volunteer learning leaders for the school programme.
## 4. Finance
The Finance Manager reported that £210,000 of reserves had been moved to a deposit account with Charity Bank at 4.1 per cent in April.
## 5. Safeguarding policy
The revised safeguarding policy was deferred to the July meeting pending advice from the Trust's solicitor.
## 6. Annual general meeting
Trustees agreed to hold the annual general meeting on 14 October 2025 at the Ludlow Assembly Rooms.
The meeting closed at 8.40pm.
""")

MINUTES["2025-07-15"] = ("15 July 2025", """\
Present: Margaret Oyelaran (Chair), David Pryce (Treasurer), Ruth Abiodun, Peter Gaskell, Alan Mercer, Helen Tranter, Simon Kaye, Joanna Webb, Sunita Rao
In attendance: Claire Hobbs (Chief Executive), Martin Lowe (Finance Manager), Gwen Price (minutes)
## 1. Welcome, apologies and declarations of interest
The Chair welcomed Sunita Rao, co-opted as a trustee in June. There were no apologies. Joanna Webb declared that she was a governor of a school on the Hollins Marsh visit list.
## 2. Minutes of the meeting of 20 May 2025
The minutes were approved as a correct record.
## 3. National Lottery Heritage Fund application: Hollins Marsh learning centre
The Chief Executive presented the final application for £480,000 towards the £620,000 learning centre.
The Finance Manager reported that the reserves policy allowed £150,000 of designated funds to be held as a contingency against overspending on the learning centre.
Joanna Webb spoke in support, saying that the centre would let the Trust host 4,000 schoolchildren a year.
Helen Tranter supported the application, noting that the Heritage Fund had named Hollins Marsh a priority site in its West Midlands plan.
Alan Mercer did not support the proposal because the Trust would have to raise £140,000 of match funding in a year when donations had fallen.
Peter Gaskell objected that the running costs of the centre, put at £45,000 a year, had not been budgeted.
It was resolved that the Trust submit its application for £480,000 to the National Lottery Heritage Fund for the Hollins Marsh learning centre by 1 August 2025.
The resolution was carried by seven votes to two, Peter Gaskell and Alan Mercer voting against.
--
## 4. Safeguarding policy
Trustees approved the revised safeguarding policy, incorporating the solicitor's advice.
## 5. Annual general meeting
The Chief Executive reported that the Ludlow Assembly Rooms would be closed for repairs in October.
It was resolved to rescind the decision of 20 May 2025 to hold the annual general meeting at the Ludlow Assembly Rooms, and to hold it online on 14 October 2025.
The meeting closed at 9.10pm.
""")

MINUTES["2025-09-16"] = ("16 September 2025", """\
Present: Margaret Oyelaran (Chair), David Pryce (Treasurer), Ruth Abiodun, Peter Gaskell, Helen Tranter, Simon Kaye, Joanna Webb, Sunita Rao
In attendance: Claire Hobbs (Chief Executive), Martin Lowe (Finance Manager), Owen Hughes (Reserves Manager), Gwen Price (minutes)
## 1. Welcome, apologies and declarations of interest
The Chair reported that Alan Mercer had resigned as a trustee in August and thanked him for six years of service. There were no apologies.
## 2. Minutes of the meeting of 15 July 2025
The minutes were approved as a correct record.
## 3. Hollins Marsh learning centre: design and planning
The Chief Executive reported that the application had been submitted on 29 July and had passed the Fund's first assessment, and that a pre-application meeting with Shropshire Council planners had been held on 2 September.
Sunita Rao asked whether the design would meet the Passivhaus standard. The Chief Executive replied that the architects had been asked to cost it.
Simon Kaye said that the car park would have to double in size to take school coaches.
The Chief Executive reported that the recruitment of volunteer learning leaders was ongoing, with four of the ten places filled.
Trustees noted the report.
## 4. Retail and trading update
The Finance Manager reported that the Ludlow shop, which continues to trade under a new two-year lease from July, had taken £9,800 over the summer.
Trustees noted the trading report.
## 5. Hollins Marsh grazing licence renewal
The Reserves Manager reported that the licence for grazing Konik ponies on the wet meadows at Hollins Marsh expired in October.
Trustees agreed to renew the grazing licence with Mr T. Evans for three years.
The meeting closed at 8.50pm.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(left=72.0)
    d.para("KESTREL VALLEY WILDLIFE TRUST", bold=True, size=13, gap=2)
    d.para("Registered charity no. 1123456 · Company no. 06543210", size=9, gap=8)
    d.para(f"Minutes of the meeting of the Board of Trustees held at Hollins Marsh Field Station on "
           f"Tuesday {when} at 7.00pm", bold=True, size=10.5, gap=8)
    typeset(d, text, indent=24, flush=("Present:", "In attendance:"))
    d.save(path, header=lambda i, n: "Kestrel Valley Wildlife Trust - Board of Trustees",
           footer=lambda i, n: f"Page {i} of {n}", title=f"Board of Trustees {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"kestrel_valley_trust_{date}.pdf")
