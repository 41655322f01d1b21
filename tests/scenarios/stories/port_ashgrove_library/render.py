#!/usr/bin/env python3
"""Render the four Port Ashgrove Public Library Board minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/port_ashgrove_library/render.py
Writes port_ashgrove_library_<date>.pdf beside this script; output is deterministic (reportlab
invariant mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. Ontario public
library board style: 'Regular Board Meeting - Minutes', Date / Time / Location lines, 'Present:'
trustees by full name, 'Regrets:', 'Staff:', decimal item numbers in the margin ('5.1'), motions
set out as 'Moved by: R. Sandhu' / 'Seconded by: G. Okonkwo' / 'THAT the Board …' / 'CARRIED' on
lines of their own, a recorded vote ('In favour: Trustees …' / 'Opposed: Trustees …'), 'ACTION:'
lines, a trustee resigning and one appointed by Town Council. In MINUTES below a line starting
'## N ' is a bold heading with its number in the margin, '--' a page break; other lines are
paragraphs indented under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-01-22"] = ("Wednesday, January 22, 2025", """\
Present: Linda Tremblay (Chair), Raj Sandhu (Vice-Chair), Councillor Mike Bouchard, Grace Okonkwo, Paul Deschamps, Emily Chen, Harold Fitzgerald
Regrets: None
Staff: Janet Morrow (CEO), Kevin Liu (Deputy CEO), Sarah Boyd (Recording Secretary)
## 1 Call to Order
The Chair called the meeting to order at 6:32 p.m. and acknowledged that the Library stands on the traditional territory of the Anishinaabe peoples.
## 2 Declarations of Conflict of Interest
None declared.
## 3 Approval of Minutes
Moved by: E. Chen
Seconded by: H. Fitzgerald
THAT the minutes of the Regular Board Meeting of November 27, 2024 be approved as circulated.
CARRIED
## 4.1 Westview Branch Facility Condition Report
The CEO presented the facility condition report for the Westview Branch: the roof membrane leaked in six places, the boiler was 31 years old and the washrooms did not meet accessibility standards. Renovating the branch in place was estimated at $3.1 million. She proposed that staff explore moving the branch to leased space nearby.
Trustee Fitzgerald feared that seniors in Orchard Heights would lose the branch they could walk to.
Moved by: R. Sandhu
Seconded by: G. Okonkwo
THAT the Board direct staff to report on accommodation options for the Westview Branch.
CARRIED
ACTION: CEO to obtain a structural engineer's assessment of the Westview Branch roof.
## 4.2 Sunday Service Hours
The Deputy CEO presented the cost of opening the Central Library on Sundays from May to October: $48,000 in staff costs.
Moved by: P. Deschamps
Seconded by: E. Chen
THAT the Board not proceed with Sunday opening at the Central Library in 2025.
CARRIED
## 4.3 Board Code of Conduct
Consideration of the revised Board Code of Conduct was deferred to the March meeting pending comments from the Board's solicitor.
## 5 Correspondence
The Board received a letter from the Ontario Library Association on trustee training.
ACTION: Recording Secretary to circulate the Ontario Library Association trustee training calendar to all trustees.
## 6 Adjournment
The meeting adjourned at 8:05 p.m.
""")

MINUTES["2025-03-26"] = ("Wednesday, March 26, 2025", """\
Present: Linda Tremblay (Chair), Raj Sandhu (Vice-Chair), Councillor Mike Bouchard, Grace Okonkwo, Paul Deschamps, Emily Chen, Harold Fitzgerald
Regrets: None
Staff: Janet Morrow (CEO), Kevin Liu (Deputy CEO), Sarah Boyd (Recording Secretary)
## 1 Call to Order
The Chair called the meeting to order at 6:30 p.m.
## 2 Declarations of Conflict of Interest
None declared.
## 3 Approval of Minutes and Business Arising
Moved by: H. Fitzgerald
Seconded by: M. Bouchard
THAT the minutes of the Regular Board Meeting of January 22, 2025 be approved as circulated.
CARRIED
The CEO reported that Halvorsen Engineering had inspected the Westview roof on February 12 and found the deck sound but the membrane beyond repair.
## 4.1 Branch Accommodation Options
The CEO presented two options: renovate the Westview Branch in place for $3.1 million, or lease Unit 4 at Westview Plaza, 400 metres away, for ten years with a fit-out cost of $2.2 million.
Trustee Sandhu said that the plaza unit was served by two bus routes that did not pass the present branch.
Trustee Okonkwo argued in favour, saying that the lower cost would free $900,000 for collections and technology.
Trustee Chen objected that the landlord would only offer a ten-year lease with no option to renew.
Trustee Deschamps told the Board that the plaza car park was already full on Saturdays.
Members were not persuaded that the landlord would allow the branch to stay open after the plaza's stores closed at 6 p.m.
Moved by: R. Sandhu
Seconded by: G. Okonkwo
THAT the Board approve in principle the relocation of the Westview Branch to Unit 4, Westview Plaza.
A recorded vote was requested by Trustee Chen.
In favour: Trustees Bouchard, Okonkwo, Sandhu and Tremblay
Opposed: Trustees Chen, Deschamps and Fitzgerald
CARRIED (4-3)
ACTION: Deputy CEO to draft a collection weeding plan for the move.
--
## 4.2 Meeting Room Rental Policy
The Deputy CEO presented a revised policy for renting the meeting rooms at the Central Library and the Westview Branch to community groups, with a fee of $25 an hour for non-profit groups.
Moved by: E. Chen
Seconded by: H. Fitzgerald
THAT the Board approve the revised Meeting Room Rental Policy.
CARRIED
## 4.3 Board Code of Conduct
Moved by: G. Okonkwo
Seconded by: P. Deschamps
THAT the Board adopt the revised Board Code of Conduct, incorporating the solicitor's comments.
CARRIED
## 4.4 Strategic Planning Retreat
Moved by: M. Bouchard
Seconded by: R. Sandhu
THAT the Board hold its strategic planning retreat at the Harbourview Inn on Saturday, June 7, 2025.
CARRIED
## 5 Adjournment
The meeting adjourned at 8:40 p.m.
""")

MINUTES["2025-05-28"] = ("Wednesday, May 28, 2025", """\
Present: Linda Tremblay (Chair), Raj Sandhu (Vice-Chair), Councillor Mike Bouchard, Grace Okonkwo, Emily Chen, Harold Fitzgerald, Aisha Rahman
Regrets: None
Staff: Janet Morrow (CEO), Kevin Liu (Deputy CEO), Sarah Boyd (Recording Secretary)
## 1 Call to Order
The Chair called the meeting to order at 6:31 p.m. and welcomed Trustee Aisha Rahman, appointed by Town Council on April 15 to replace Paul Deschamps, who resigned in April.
## 2 Declarations of Conflict of Interest
None declared.
## 3 Approval of Minutes
Moved by: G. Okonkwo
Seconded by: E. Chen
THAT the minutes of the Regular Board Meeting of March 26, 2025 be approved as circulated.
CARRIED
## 4.1 2026 Capital Budget: Westview Plaza Fit-Out
The CEO presented the draft 2026 capital budget request to Town Council, including $2.2 million for the fit-out of Unit 4 at Westview Plaza.
The CEO reported that the landlord had agreed in writing that the library may open until 9 p.m. on weekdays, with its own entrance from the street.
The CEO added that the landlord had since offered an option to renew the lease for a further five years, and would reserve 20 parking spaces for library users on Saturdays.
Councillor Bouchard said that the move would let the Town sell the present branch site for about $1.4 million.
The Deputy CEO reported that work on the weeding plan was ongoing, with the review of adult non-fiction complete.
Moved by: M. Bouchard
Seconded by: A. Rahman
THAT the Board submit a 2026 capital budget request of $2.2 million to Town Council for the Westview Plaza fit-out.
CARRIED
## 4.2 Sunday Service Hours - Update
The Deputy CEO reported that Sunday opening at the Central Library, which began on May 4, had drawn about 600 visitors each Sunday.
## 4.3 Strategic Planning Retreat
The Chair reported that the Harbourview Inn had double-booked its meeting room on June 7.
Moved by: R. Sandhu
Seconded by: H. Fitzgerald
THAT the Board rescind its resolution of March 26, 2025 to hold the strategic planning retreat at the Harbourview Inn, and hold the retreat in the Central Library Board Room on June 7, 2025.
CARRIED
## 5 Adjournment
The meeting adjourned at 8:15 p.m.
""")

MINUTES["2025-09-24"] = ("Wednesday, September 24, 2025", """\
Present: Linda Tremblay (Chair), Raj Sandhu (Vice-Chair), Councillor Mike Bouchard, Grace Okonkwo, Emily Chen, Aisha Rahman
Regrets: Harold Fitzgerald
Staff: Janet Morrow (CEO), Kevin Liu (Deputy CEO), Sarah Boyd (Recording Secretary)
## 1 Call to Order
The Chair called the meeting to order at 6:30 p.m.
## 2 Declarations of Conflict of Interest
None declared.
## 3 Approval of Minutes
Moved by: E. Chen
Seconded by: A. Rahman
THAT the minutes of the Regular Board Meeting of May 28, 2025 be approved as circulated.
CARRIED
## 4.1 Westview Branch Move - Update
The CEO reported that Town Council had approved the capital request on June 17, that the lease for Unit 4 had been signed on August 5, and that the fit-out would begin in October, with the new branch to open in March 2026.
Trustee Rahman asked whether a book drop would remain at the old site. The CEO replied that a book drop would stay there until the site was sold.
Moved by: R. Sandhu
Seconded by: G. Okonkwo
THAT the Board receive the Westview Branch move update for information.
CARRIED
## 4.2 Room Booking Fees for 2026
The Deputy CEO proposed raising the fees for booking meeting rooms at the Central Library and the Westview Branch by 3 per cent in 2026.
Moved by: A. Rahman
Seconded by: E. Chen
THAT the Board approve the 2026 room booking fees as presented.
CARRIED
## 5 Adjournment
The meeting adjourned at 7:50 p.m.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(left=72.0)
    d.para("PORT ASHGROVE PUBLIC LIBRARY BOARD", bold=True, size=13, gap=2)
    d.para("Regular Board Meeting - Minutes", bold=True, size=11, gap=6)
    d.para(f"Date: {when}", size=10, gap=1)
    d.para("Time: 6:30 p.m.", size=10, gap=1)
    d.para("Location: Central Library, Board Room, 120 Front Street", size=10, gap=8)
    typeset(d, text, indent=30, flush=("Present:", "Regrets:", "Staff:"))
    d.save(path, header=lambda i, n: "Port Ashgrove Public Library Board - Regular Meeting",
           footer=lambda i, n: f"Page {i} of {n}", title=f"Library Board {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"port_ashgrove_library_{date}.pdf")
