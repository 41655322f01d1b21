#!/usr/bin/env python3
"""Render the four Wapiti Lake First Nation Chief and Council minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/wapiti_lake_fn/render.py
Writes wapiti_lake_fn_<date>.pdf beside this script; output is deterministic (reportlab invariant
mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. Canadian First Nation band
council style (in English): an opening prayer by an Elder, 'Quorum was established', 'Chief and
Council Present:' with each councillor as 'Councillor X', 'Regrets:', 'Staff:' and 'Also present:'
an Elder, Band Council Resolutions 'BCR 2025-11: Moved by Councillor X, seconded by Councillor Y,
that … Carried.', a tally 'In favour: 5. Opposed: 2 (Councillor A and Councillor B).', an item
'tabled to' the next meeting, 'ACTION: …' lines, a by-election bringing a new councillor. In MINUTES
a line starting '## N. ' is a bold heading with its number in the margin, '--' a page break; other
lines are paragraphs indented under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-01-21"] = ("Tuesday, January 21, 2025", """\
Chief and Council Present: Chief Darlene Morningstar, Councillor Ray Bighorn, Councillor Eva Whitehorse, Councillor Leonard Cardinal, Councillor Sharon Auger, Councillor Wesley Delorme, Councillor Tanya Yellowbird
Regrets: None
Staff: Gail Thunderchild (Band Manager), Marcus Lefthand (Housing Manager), Joyce Kennedy (Lands Manager), Bonnie Cree (Recording Secretary)
Also present: Elder Mary Sampson
## 1. Opening prayer and call to order
Elder Mary Sampson opened the meeting with a prayer. Chief Morningstar called the meeting to order at 10:05 a.m. Quorum was established.
## 2. Adoption of the agenda and previous minutes
Moved by Councillor Whitehorse, seconded by Councillor Auger, that the agenda and the minutes of December 17, 2024 be adopted as presented. Carried.
## 3. Housing Waitlist and New Lots
The Housing Manager reported that 46 families were on the housing waitlist, 19 of them living off reserve, and that the Nation had no serviced lots left. He proposed that Council open a new subdivision of 12 lots at Eagle Ridge, above the school.
Councillor Whitehorse said that some families on the list had three generations living in a two-bedroom house.
Elder Mary Sampson told Council that building on Eagle Ridge would destroy the berry-picking grounds that families had used for generations.
Councillor Bighorn feared that families living off reserve would be passed over in favour of those already living on reserve.
BCR 2025-04: Moved by Councillor Whitehorse, seconded by Councillor Delorme, that Chief and Council approve the planning of a 12-lot subdivision at Eagle Ridge. Carried.
ACTION: Housing Manager to contact every family on the waitlist to confirm that they still want a home.
## 4. Land Code ratification vote
The Lands Manager asked Council to set a date for the community ratification vote on the Land Code. The item was tabled to the March meeting so that Council could first hear from the Lands Advisory Board.
## 5. Roads and school transportation
Councillor Bighorn reported that the school bus could not get up Spruce Hill Road after a snowfall.
ACTION: Councillor Bighorn to meet with Northern Star Transport about winter access for the school bus on Spruce Hill Road.
## 6. Adjournment
Moved by Councillor Yellowbird that the meeting adjourn at 12:40 p.m. Carried.
""")

MINUTES["2025-03-18"] = ("Tuesday, March 18, 2025", """\
Chief and Council Present: Chief Darlene Morningstar, Councillor Ray Bighorn, Councillor Eva Whitehorse, Councillor Leonard Cardinal, Councillor Wesley Delorme, Councillor Tanya Yellowbird
Regrets: Councillor Sharon Auger
Staff: Gail Thunderchild (Band Manager), Marcus Lefthand (Housing Manager), Joyce Kennedy (Lands Manager), Bonnie Cree (Recording Secretary)
## 1. Opening prayer and call to order
Councillor Cardinal opened the meeting with a prayer. Chief Morningstar called the meeting to order at 10:00 a.m. Quorum was established.
## 2. Business arising from the minutes
The Housing Manager reported that the 46 households on the list had all been phoned, and that 39 of them had said they still wished to be housed.
## 3. Eagle Ridge Subdivision - Servicing and Construction Approach
The Band Manager reported that water, sewer and road servicing for the 12 lots was estimated at $2.1 million.
The Housing Manager reported that Keystone Modular Homes had offered to supply 12 factory-built homes at $265,000 each.
Councillor Cardinal said that building on site would train band members as carpenters and keep the wages in the community.
Council resolved to refuse the offer from Keystone Modular Homes to supply factory-built homes, and to build the Eagle Ridge homes on site with a crew of band members.
BCR 2025-11: Moved by Councillor Cardinal, seconded by Councillor Yellowbird, that the Eagle Ridge homes be built on site by a band member construction crew under the Housing Manager. Carried.
ACTION: Lands Manager to complete the environmental review of Eagle Ridge with Indigenous Services Canada.
## 4. Land Code ratification vote
BCR 2025-12: Moved by Councillor Delorme, seconded by Councillor Whitehorse, that the community ratification vote on the Land Code be held on June 14, 2025. Carried.
## 5. Spring Gathering
BCR 2025-13: Moved by Councillor Yellowbird, seconded by Councillor Bighorn, that the 2025 Spring Gathering be held at Moose Flats on May 24. Carried.
## 6. Adjournment
The meeting adjourned at 12:15 p.m.
""")

MINUTES["2025-05-20"] = ("Tuesday, May 20, 2025", """\
Chief and Council Present: Chief Darlene Morningstar, Councillor Ray Bighorn, Councillor Eva Whitehorse, Councillor Leonard Cardinal, Councillor Sharon Auger, Councillor Tanya Yellowbird, Councillor Jordan Nanooch
Regrets: None
Staff: Gail Thunderchild (Band Manager), Marcus Lefthand (Housing Manager), Joyce Kennedy (Lands Manager), Bonnie Cree (Recording Secretary)
## 1. Opening prayer and call to order
Elder Mary Sampson opened the meeting with a prayer. Chief Morningstar called the meeting to order at 10:10 a.m. Quorum was established. The Chief welcomed Councillor Jordan Nanooch, elected in the by-election of April 26 after the resignation of Wesley Delorme.
## 2. Business arising from the minutes
There was no business arising.
## 3. ISC Capital Funding: Phase 1 Homes
The Band Manager reported that Indigenous Services Canada had offered $2.4 million for servicing and the first six homes at Eagle Ridge, on condition that the Nation borrow the remaining $1.1 million through the First Nations Finance Authority.
The Lands Manager reported that the lot plan had been redrawn to leave the huckleberry patches on the east slope as a protected area, after a site walk with Elders in April.
Councillor Whitehorse spoke in favour, saying that six families could move out of overcrowded homes before next winter.
Councillor Yellowbird supported the motion, noting that Indigenous Services Canada would not hold the offer open past June 30.
Councillor Cardinal feared that the Nation's own-source revenue could not carry loan repayments of $88,000 a year for twenty years.
Councillor Bighorn objected that a loan of this size should go to a community meeting before Council signed it.
--
BCR 2025-19: Moved by Councillor Whitehorse, seconded by Councillor Yellowbird, that Chief and Council accept the Indigenous Services Canada funding offer for Phase 1 of Eagle Ridge and apply to the First Nations Finance Authority for a loan of $1.1 million.
In favour: 5. Opposed: 2 (Councillor Bighorn and Councillor Cardinal). Carried.
## 4. Spring Gathering
The Band Manager reported that the access road to Moose Flats had washed out in the May flooding.
BCR 2025-20: Moved by Councillor Auger, seconded by Councillor Nanooch, that BCR 2025-13 be rescinded and that the Spring Gathering be held at the Wapiti Lake Community Hall on May 24. Carried.
## 5. Adjournment
The meeting adjourned at 1:05 p.m.
""")

MINUTES["2025-07-15"] = ("Tuesday, July 15, 2025", """\
Chief and Council Present: Chief Darlene Morningstar, Councillor Ray Bighorn, Councillor Eva Whitehorse, Councillor Leonard Cardinal, Councillor Sharon Auger, Councillor Jordan Nanooch
Regrets: Councillor Tanya Yellowbird
Staff: Gail Thunderchild (Band Manager), Marcus Lefthand (Housing Manager), Joyce Kennedy (Lands Manager), Bonnie Cree (Recording Secretary)
## 1. Opening prayer and call to order
Councillor Auger opened the meeting with a prayer. Chief Morningstar called the meeting to order at 10:00 a.m. Quorum was established.
## 2. Business arising from the minutes
The Lands Manager reported that the Land Code had been ratified on June 14 with 64 per cent of the votes cast.
## 3. Eagle Ridge Housing - Construction Update
The Housing Manager reported that servicing had started on June 23 and that the first six homes, to be supplied by Keystone Modular Homes, would be delivered and set on their foundations in September.
The Lands Manager reported that work on the environmental review was ongoing, the archaeological survey having been put back to August by the flooding.
Councillor Cardinal asked whether the loan had been approved. The Band Manager replied that the First Nations Finance Authority had approved the loan on July 2.
Council noted the update.
## 4. Elders' Housing Repairs Program
The Housing Manager reported that 14 Elders' homes needed new roofs or furnaces before winter, at a cost of $310,000.
BCR 2025-27: Moved by Councillor Auger, seconded by Councillor Nanooch, that Council apply to CMHC for repair funding for the 14 Elders' homes. Carried.
## 5. Adjournment
The meeting adjourned at 11:50 a.m.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(size=letter, left=72.0)
    d.para("WAPITI LAKE FIRST NATION", bold=True, size=14, gap=2)
    d.para("Treaty 8 Territory", size=9, gap=8)
    d.para(f"Minutes of the Regular Meeting of Chief and Council held at the Band Administration "
           f"Office, Wapiti Lake, Alberta, on {when}", bold=True, size=10.5, gap=8)
    typeset(d, text, indent=24,
            flush=("Chief and Council Present:", "Regrets:", "Staff:", "Also present:"))
    d.save(path, header=lambda i, n: "Wapiti Lake First Nation - Chief and Council",
           footer=lambda i, n: f"Page {i} of {n}", title=f"Chief and Council {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"wapiti_lake_fn_{date}.pdf")
