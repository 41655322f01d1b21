#!/usr/bin/env python3
"""Render the four Port of Tillicum Bay Commission minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/tillicum_bay_port/render.py
Writes tillicum_bay_port_<date>.pdf beside this script; output is deterministic (reportlab
invariant mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. US port district
commission style (Washington State): Times on letter paper, a centred title block, 'COMMISSIONERS
PRESENT:' and 'COMMISSIONERS EXCUSED:' in capitals with 'Commissioner X, President', 'STAFF
PRESENT:' with titles after commas, lettered sections 'A.' … with sub-items 'F.1' in the margin,
resolutions adopted in one sentence 'On a motion by Commissioner X, seconded by Commissioner Y, the
Commission adopted Resolution 2025-11 … by a roll call vote of 4–1, Commissioner Z voting no.',
'The Executive Director was directed to …' and 'Staff will …' as actions, public comment by named
members of the public, a commissioner resigning and another appointed to the district seat. In
MINUTES a line starting '## X ' is a bold heading with its letter or number in the margin, '--' a
page break; other lines are paragraphs indented under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-02-11"] = ("Tuesday, February 11, 2025", """\
COMMISSIONERS PRESENT: Commissioner Erik Lindqvist, President; Commissioner Abena Osei, Vice President; Commissioner Rafael Delgado, Secretary; Commissioner June Hartley; Commissioner Doug Marsh
COMMISSIONERS EXCUSED: None
STAFF PRESENT: Patricia Kwan, Executive Director; Neil Ferraro, Director of Engineering; Dana Sorensen, Finance Director; Amy Liu, Clerk of the Commission
## A. CALL TO ORDER
President Lindqvist called the regular meeting to order at 5:30 p.m. at the Port Administration Building.
## B. APPROVAL OF AGENDA
The agenda was approved as presented by consensus.
## C. PUBLIC COMMENT
No one signed up to speak on matters not on the agenda.
## D. CONSENT AGENDA
On a motion by Commissioner Marsh, seconded by Commissioner Hartley, the Commission approved the consent agenda, including the minutes of January 28, 2025 and vouchers totaling $1,184,302.17, by a vote of 5–0.
## E. NEW BUSINESS
## E.1 Pier 2 Shore Power – Feasibility Study Findings
The Director of Engineering presented the feasibility study prepared by Salish Marine Engineers. Cruise ships berthed at Pier 2 run their diesel generators for about ten hours a call; shore power would let them plug in to the grid instead. The study put the cost of two shore power vaults, a substation and cable at $11.8 million.
Commissioner Delgado doubted that the public utility district had enough capacity on the waterfront feeder to supply ships drawing up to 12 megawatts.
Linda Pettersen, speaking for the Tillicum Bay Fishermen's Association, told the Commission that construction barges at Pier 2 would block the fishing fleet's way to the fuel dock during the summer salmon season.
Commissioner Hartley asked how many cruise calls were booked for 2026. The Executive Director answered that 38 calls were booked, all by two lines.
On a motion by Commissioner Hartley, seconded by Commissioner Lindqvist, the Commission authorized staff to proceed with the preliminary design of shore power at Pier 2 by a vote of 5–0.
The Executive Director was directed to ask each cruise line calling at Pier 2 for a letter confirming that its ships would connect to shore power.
## E.2 Moorage Rates for 2025
On a motion by Commissioner Delgado, seconded by Commissioner Marsh, the Commission adopted Resolution 2025-03 raising permanent moorage rates at the East Marina by 6 percent from April 1, 2025, by a vote of 5–0.
## E.3 Marina Power Pedestal Replacement
The Director of Engineering reported that 40 of the East Marina's electrical pedestals were corroded. The Commission agreed to consider a replacement contract at a later meeting.
## F. COMMISSIONER REPORTS
Commissioner Lindqvist reported that there had been two break-ins at vehicles parked at the Fifth Street boat launch in January.
Staff will obtain prices for security cameras at the Fifth Street boat launch.
## G. ADJOURNMENT
President Lindqvist adjourned the meeting at 7:02 p.m.
""")

MINUTES["2025-04-08"] = ("Tuesday, April 8, 2025", """\
COMMISSIONERS PRESENT: Commissioner Erik Lindqvist, President; Commissioner Abena Osei, Vice President; Commissioner Rafael Delgado, Secretary; Commissioner Doug Marsh
COMMISSIONERS EXCUSED: Commissioner June Hartley
STAFF PRESENT: Patricia Kwan, Executive Director; Neil Ferraro, Director of Engineering; Dana Sorensen, Finance Director; Amy Liu, Clerk of the Commission
## A. CALL TO ORDER
President Lindqvist called the regular meeting to order at 5:30 p.m. at the Port Administration Building.
## B. APPROVAL OF AGENDA
The agenda was approved as presented by consensus.
## C. PUBLIC COMMENT
Three East Marina tenants asked the Commission to reconsider the moorage increase, saying that it came on top of higher insurance premiums.
## D. EXECUTIVE DIRECTOR'S REPORT
The Executive Director reported that letters had come in from Coastline Cruises and Northern Star Voyages, stating that every ship they would send to Tillicum Bay in 2026 was fitted to plug in at the berth.
## E. NEW BUSINESS
## E.1 Cruise Berth Electrification: Federal Grant and Local Match
The Director of Engineering reported that Tillicum PUD had confirmed in writing that it would build a new substation on Marine Drive, sized for the ships' full load, to be in service by May 2027.
The Finance Director reported that the Port had been invited to apply for a $6.5 million grant from the EPA Clean Ports Program, which required a local match of $5.3 million, and that the State Infrastructure Bank had offered a loan of $3.5 million toward the match.
Commissioner Marsh said that the Port should not take on debt while the marina's revenue was uncertain.
On a motion by Commissioner Marsh, seconded by Commissioner Osei, the Commission voted 4–0 to apply for the EPA Clean Ports grant, to decline the loan offered by the State Infrastructure Bank, and to fund the local match from the Port's capital reserve.
Staff will prepare the stormwater permit application for the construction work at Pier 2.
## E.2 Moorage Rates for 2025
The Finance Director reported that two other marinas on the bay had held their moorage rates for 2025.
On a motion by Commissioner Osei, seconded by Commissioner Delgado, the Commission adopted Resolution 2025-08, rescinding Resolution 2025-03 and setting the increase in permanent moorage rates at the East Marina at 4 percent from May 1, 2025, by a vote of 4–0.
## F. ADJOURNMENT
President Lindqvist adjourned the meeting at 6:48 p.m.
""")

MINUTES["2025-06-10"] = ("Tuesday, June 10, 2025", """\
COMMISSIONERS PRESENT: Commissioner Erik Lindqvist, President; Commissioner Abena Osei, Vice President; Commissioner June Hartley; Commissioner Doug Marsh; Commissioner Ana Whitcomb
COMMISSIONERS EXCUSED: None
STAFF PRESENT: Patricia Kwan, Executive Director; Neil Ferraro, Director of Engineering; Dana Sorensen, Finance Director; Amy Liu, Clerk of the Commission
## A. CALL TO ORDER
President Lindqvist called the regular meeting to order at 5:30 p.m. and welcomed Commissioner Ana Whitcomb, appointed on May 20 to the District 3 seat left vacant by the resignation of Rafael Delgado.
## B. APPROVAL OF AGENDA
The agenda was approved as presented by consensus.
## C. PUBLIC COMMENT
None.
## D. CONSENT AGENDA
On a motion by Commissioner Hartley, seconded by Commissioner Whitcomb, the Commission approved the consent agenda, including the minutes of April 8 and May 13, 2025, by a vote of 5–0.
## E. ACTION ITEMS
## E.1 Resolution 2025-11: Shore Power Construction Contract
The Director of Engineering reported that four bids had been received for the Pier 2 shore power works, and that the lowest responsive bid was from Harborline Electric at $8,960,000. He reported that the stormwater permit application was being drafted and would be filed with the Department of Ecology in July.
Commissioner Hartley supported the award, saying that every ship plugged in would stop running its generators beside the Old Town neighborhood for ten hours a day.
Commissioner Lindqvist spoke in favor, pointing out that the grant agreement required construction to begin by October 1.
Commissioner Osei objected that the Harborline bid was 35 percent above the engineer's estimate of $6.6 million.
Commissioner Marsh had reservations about the schedule, observing that the contract left only eight weeks between completion and the first cruise call of 2026.
On a motion by Commissioner Lindqvist, seconded by Commissioner Hartley, the Commission adopted Resolution 2025-11 awarding the Pier 2 shore power construction contract to Harborline Electric in the amount of $8,960,000 by a roll call vote of 4–1, Commissioner Osei voting no.
## E.2 Marina Power Pedestal Replacement – Award
On a motion by Commissioner Marsh, seconded by Commissioner Whitcomb, the Commission awarded the contract for 40 replacement power pedestals at the East Marina to Sound Dock Supply for $146,500 by a vote of 5–0.
## F. ADJOURNMENT
President Lindqvist adjourned the meeting at 6:55 p.m.
""")

MINUTES["2025-08-12"] = ("Tuesday, August 12, 2025", """\
COMMISSIONERS PRESENT: Commissioner Erik Lindqvist, President; Commissioner Abena Osei, Vice President; Commissioner June Hartley; Commissioner Ana Whitcomb
COMMISSIONERS EXCUSED: Commissioner Doug Marsh
STAFF PRESENT: Patricia Kwan, Executive Director; Neil Ferraro, Director of Engineering; Dana Sorensen, Finance Director; Amy Liu, Clerk of the Commission
## A. CALL TO ORDER
President Lindqvist called the regular meeting to order at 5:30 p.m. at the Port Administration Building.
## B. APPROVAL OF AGENDA
The agenda was approved as presented by consensus.
## C. PUBLIC COMMENT
None.
## D. EXECUTIVE DIRECTOR'S REPORT
## D.1 Capital Projects Update – Pier 2 Electrification
The Director of Engineering reported that Harborline Electric had mobilized on July 28 and that the first of the two shore power vaults had been poured.
The Finance Director reported that the $3.5 million State Infrastructure Bank loan for the shore power project had been signed on July 15 and the first draw of $1.2 million received.
--
Commissioner Osei again questioned paying Harborline a third more than the engineer had estimated.
The Director of Engineering explained that steel and copper prices had risen by a quarter since the estimate was made in 2023, and that all four bids had come in above it.
The Commission received the report.
## D.2 Boat Launch Parking Lot Repaving
The Director of Engineering reported that the Fifth Street boat launch parking lot would be repaved in September.
## E. ADJOURNMENT
President Lindqvist adjourned the meeting at 6:21 p.m.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(size=letter, left=72.0, font="Times-Roman")
    d.para("PORT OF TILLICUM BAY", bold=True, size=14, gap=2)
    d.para("BOARD OF COMMISSIONERS", bold=True, size=12, gap=2)
    d.para(f"MINUTES OF THE REGULAR MEETING, {when.upper()}", bold=True, size=11, gap=10)
    typeset(d, text, indent=30, flush=("COMMISSIONERS ", "STAFF PRESENT:"))
    d.save(path, header=lambda i, n: f"Port of Tillicum Bay Commission – {when}",
           footer=lambda i, n: f"Page {i} of {n}", title=f"Port of Tillicum Bay Commission {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"tillicum_bay_port_{date}.pdf")
