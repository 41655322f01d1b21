#!/usr/bin/env python3
"""Render the three Regional District of Kettle River Board minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/kettle_river_rd/render.py
Writes kettle_river_rd_<date>.pdf beside this script; output is deterministic (reportlab
invariant mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. British Columbia
regional district board style: Helvetica on letter paper, a one-paragraph title 'MINUTES of the
Regular Meeting of the Board of Directors … held in the Boardroom … on Thursday, February 13, 2025',
'PRESENT:' / 'ABSENT:' / 'STAFF:' blocks with one director a line as 'Chair M. Thibodeau, Electoral
Area A', upper-case numbered headings with sub-items 7.1, resolutions numbered '031/25' in the margin
with 'MOVED Director X / SECONDED Director Y' above 'THAT …' and 'CARRIED' / 'CARRIED UNANIMOUSLY'
under it, a recorded vote as 'CARRIED on a recorded vote of …' with 'In favour:' and 'Opposed:'
lines, 'Staff were directed to …' and 'ACTION: …' as actions, a city director resigning and his
successor appointed by the city council. In MINUTES a line starting '## X ' is a bold heading with
its number in the margin, '#R N ' a resolution number in the margin before the paragraph, '--' a
page break; other lines are paragraphs indented under the heading.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

from reportlab.lib.pagesizes import letter

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location(
    "_round1", HERE.parents[1] / "pdf_layouts" / "render.py")
_round1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round1)
Doc = _round1.Doc

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-02-13"] = ("Thursday, February 13, 2025", """\
PRESENT:
Chair M. Thibodeau, Electoral Area A
Vice-Chair O. Kowalski, City of Halden
Director P. Sandhu, Village of Ferris Creek
Director L. Baptiste, Electoral Area C
Director H. McTavish, Electoral Area D
Director G. Enns, City of Halden
ABSENT:
Director A. Lindgren, Village of Rock Bend
STAFF:
D. Hutchinson, Chief Administrative Officer
R. Silva, Manager of Environmental Services
C. Park, Chief Financial Officer
T. Morin, Corporate Officer (recording)
## 1. CALL TO ORDER
Chair Thibodeau called the meeting to order at 1:00 p.m. and acknowledged that the meeting was held on the traditional territory of the Sinixt and Syilx peoples.
## 2. ADOPTION OF AGENDA
#R 024/25 MOVED Director Enns / SECONDED Director Sandhu
THAT the agenda for the February 13, 2025 Regular Board meeting be adopted as circulated.
CARRIED UNANIMOUSLY
## 3. ADOPTION OF MINUTES
#R 025/25 MOVED Director McTavish / SECONDED Vice-Chair Kowalski
THAT the minutes of the January 16, 2025 Regular Board meeting be adopted.
CARRIED UNANIMOUSLY
## 4. DELEGATIONS
None.
## 5. SOLID WASTE
## 5.1 Regional Organics Diversion Strategy – Composting Facility
The Manager of Environmental Services presented the consultant's strategy for keeping kitchen and yard waste out of the Westbench landfill. Food scraps and yard trimmings made up about 40 percent by weight of what the region landfilled. The strategy recommended a covered aerated composting facility handling 9,000 tonnes a year, built on the closed cell at Westbench, at an estimated capital cost of $6.2 million. A second site at Copper Flats, next to the Highway 3 gravel pit, had also been examined.
Director Baptiste stated his opposition on the grounds that odour from the composting pad would drift over the Riverside mobile home park on the prevailing westerly winds.
Director McTavish was concerned that loaded collection trucks would run along Ferry Road past Ferris Creek Elementary at the start and end of the school day.
Director Enns asked whether the facility would take material from the neighbouring regional district. The Manager replied that it would be sized for this region alone.
#R 026/25 MOVED Director Sandhu / SECONDED Director Enns
THAT the Board endorse the Regional Organics Diversion Strategy; AND THAT the composting facility be located at the Westbench landfill, and that the Copper Flats site no longer be considered.
CARRIED
Staff were directed to report to the April meeting on options for financing the capital cost of the facility.
## 6. FINANCE
## 6.1 Grants-in-Aid – Electoral Area C
#R 027/25 MOVED Director Baptiste / SECONDED Director McTavish
THAT a grant-in-aid of $2,500 be awarded from the Electoral Area C grant-in-aid fund to the Ferris Creek Curling Club toward the replacement of its ice plant compressor.
CARRIED
## 7. ADMINISTRATION
## 7.1 Electronic Participation and Webcasting
The Corporate Officer reported that several residents had asked to watch Board meetings from home.
ACTION: The Corporate Officer to draft a policy on webcasting Board meetings for the Board's review.
## 8. DIRECTORS' REPORTS
Director McTavish reported that the Electoral Area D volunteer fire department had taken delivery of its new tender.
## 9. ADJOURNMENT
#R 028/25 MOVED Director Enns
THAT the meeting be adjourned at 2:41 p.m.
CARRIED
""")

MINUTES["2025-04-10"] = ("Thursday, April 10, 2025", """\
PRESENT:
Chair M. Thibodeau, Electoral Area A
Vice-Chair O. Kowalski, City of Halden
Director P. Sandhu, Village of Ferris Creek
Director L. Baptiste, Electoral Area C
Director A. Lindgren, Village of Rock Bend
Director T. Wiebe, City of Halden
ABSENT:
Director H. McTavish, Electoral Area D
STAFF:
D. Hutchinson, Chief Administrative Officer
R. Silva, Manager of Environmental Services
C. Park, Chief Financial Officer
T. Morin, Corporate Officer (recording)
## 1. CALL TO ORDER
Chair Thibodeau called the meeting to order at 1:00 p.m. and welcomed Director Wiebe, appointed by Halden City Council to the seat left by the resignation of Director Enns.
## 2. ADOPTION OF AGENDA
#R 041/25 MOVED Director Sandhu / SECONDED Director Wiebe
THAT the agenda for the April 10, 2025 Regular Board meeting be adopted as circulated.
CARRIED UNANIMOUSLY
## 3. ADOPTION OF MINUTES
#R 042/25 MOVED Vice-Chair Kowalski / SECONDED Director Baptiste
THAT the minutes of the February 13, 2025 Regular Board meeting be adopted.
CARRIED UNANIMOUSLY
## 4. SOLID WASTE
## 4.1 Westbench Organics Facility – Loan Authorization Bylaw No. 1907
The Chief Financial Officer presented a comparison of interim financing through the Municipal Finance Authority with long-term borrowing over twenty years under a loan authorization bylaw, and recommended the bylaw, with the debt repaid from the solid waste service.
The Manager of Environmental Services advised that the haulers' contracts would require every vehicle bringing organics to the site to come in by Highway 3 and the Industrial Way bypass, so that none would travel through the village past the school.
Director Sandhu supported the bylaw, noting that without the facility the Westbench landfill would be full by 2034 and a new landfill would cost the region three times as much.
Director Wiebe spoke in favour, saying that the provincial CleanBC organics grant of $2.1 million would be lost if the Board did not commit to the project before September.
Director Lindgren objected that the $6.2 million debt would be repaid by every taxpayer in the region, including village households that already composted their own kitchen scraps.
Director Baptiste argued that the region's population was too small to keep a facility of this size supplied, and that the consultant's tonnage forecast was optimistic.
#R 043/25 MOVED Director Wiebe / SECONDED Director Sandhu
THAT Regional District of Kettle River Westbench Organics Facility Loan Authorization Bylaw No. 1907, 2025 be read a first, second and third time.
CARRIED on a recorded vote of 4 to 2
In favour: Chair Thibodeau, Vice-Chair Kowalski, Directors Sandhu and Wiebe
Opposed: Directors Baptiste and Lindgren
ACTION: Staff to invite expressions of interest from engineering consultants for the design of the organics facility.
## 4.2 Backyard Composter Rebate Program
The Manager of Environmental Services reported that 212 rebates of $40 had been paid in 2024 for backyard composters and worm bins.
#R 044/25 MOVED Director Lindgren / SECONDED Vice-Chair Kowalski
THAT the backyard composter rebate program be continued in 2025 with a budget of $10,000.
CARRIED UNANIMOUSLY
## 5. FINANCE
## 5.1 Grants-in-Aid – Electoral Area C
Director Baptiste reported that the Ferris Creek Curling Club had since received full funding for its compressor from the Columbia Basin Trust.
#R 045/25 MOVED Director Baptiste / SECONDED Director Lindgren
THAT Resolution 027/25, awarding a grant-in-aid of $2,500 to the Ferris Creek Curling Club, be rescinded.
CARRIED
## 6. ADJOURNMENT
#R 046/25 MOVED Director Sandhu
THAT the meeting be adjourned at 2:58 p.m.
CARRIED
""")

MINUTES["2025-06-12"] = ("Thursday, June 12, 2025", """\
PRESENT:
Chair M. Thibodeau, Electoral Area A
Director P. Sandhu, Village of Ferris Creek
Director L. Baptiste, Electoral Area C
Director H. McTavish, Electoral Area D
Director A. Lindgren, Village of Rock Bend
Director T. Wiebe, City of Halden
ABSENT:
Vice-Chair O. Kowalski, City of Halden
STAFF:
D. Hutchinson, Chief Administrative Officer
R. Silva, Manager of Environmental Services
C. Park, Chief Financial Officer
T. Morin, Corporate Officer (recording)
## 1. CALL TO ORDER
Chair Thibodeau called the meeting to order at 1:00 p.m.
## 2. ADOPTION OF AGENDA
#R 061/25 MOVED Director McTavish / SECONDED Director Wiebe
THAT the agenda for the June 12, 2025 Regular Board meeting be adopted as circulated.
CARRIED UNANIMOUSLY
## 3. ADOPTION OF MINUTES
#R 062/25 MOVED Director Lindgren / SECONDED Director Sandhu
THAT the minutes of the April 10, 2025 Regular Board meeting be adopted.
CARRIED UNANIMOUSLY
## 4. SOLID WASTE
## 4.1 Food Waste Processing Project – Status Report
The Manager of Environmental Services reported that five expressions of interest had been received from engineering firms and were being scored by staff, with a recommendation on the design contract to come to the July meeting.
The Manager further reported that geotechnical drilling had been completed at the Copper Flats gravel pit site in May, and that the facility's site plan was now being prepared for Copper Flats.
--
Director Lindgren again questioned why rural households that did their own composting should help pay off the borrowing.
The Chief Financial Officer explained that the debt would be recovered through tipping fees charged on organics delivered to the facility rather than through the property tax requisition, so households that sent no food waste would pay nothing toward it.
#R 063/25 MOVED Director Wiebe / SECONDED Director Sandhu
THAT the status report on the food waste processing project be received for information.
CARRIED
## 4.2 Compost Giveaway Day
The Manager of Environmental Services reported that 60 cubic metres of finished compost from the Halden yard waste pile had been given away to residents at the May 24 giveaway day.
## 5. DIRECTORS' REPORTS
Director Baptiste reported on the Electoral Area C community hall roof replacement.
## 6. ADJOURNMENT
#R 064/25 MOVED Director McTavish
THAT the meeting be adjourned at 2:16 p.m.
CARRIED
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(size=letter, left=72.0, font="Helvetica")
    d.para("REGIONAL DISTRICT OF KETTLE RIVER", bold=True, size=13, gap=4)
    d.para(f"MINUTES of the Regular Meeting of the Board of Directors of the Regional District of "
           f"Kettle River held in the Boardroom, 202 Main Street, Halden, BC on {when}", size=10.5,
           gap=10)
    for line in text.splitlines():
        if line == "--":
            d.page()
        elif line.startswith("## "):
            num, title = line[3:].split(" ", 1)
            d.para(title, bold=True, indent=54, gap=4, first=num)
        elif line.startswith("#R "):
            num, rest = line[3:].split(" ", 1)
            d.para(rest, indent=54, first=num)
        elif line.rstrip(":") in ("PRESENT", "ABSENT", "STAFF"):
            d.para(line, bold=True, gap=2)
        elif line.startswith(("CARRIED", "DEFEATED")) and len(line) < 24:
            d.para(line, indent=330, gap=4)
        elif line.strip():
            d.para(line, indent=54)
    d.save(path, header=lambda i, n: f"Regional District of Kettle River – Regular Board – {when}",
           footer=lambda i, n: f"Page {i} of {n}", title=f"RDKR Regular Board Minutes {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"kettle_river_rd_{date}.pdf")
