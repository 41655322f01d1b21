#!/usr/bin/env python3
"""Render the three Cambrook University Board of Governors open-session minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/cambrook_bog/render.py
Writes cambrook_bog_<date>.pdf beside this script; output is deterministic (reportlab invariant
mode). The Doc helper and typesetting come from tests/scenarios/render_kit.py. Canadian university
board of governors style: Times on letter paper, a centred-looking title block of four lines
(university, board, 'Minutes of the Open Session', date and place), 'Governors Present:' as one
paragraph of initials and surnames with offices in brackets, 'Regrets:' and 'Also Present:'
paragraphs, a Treaty land acknowledgement, items numbered 6.1 under upper-case section headings,
motions as 'It was moved (Wierzbicki/Lindqvist):' over 'THAT the Board of Governors …' with
'CARRIED' or 'CARRIED (5 in favour, 2 opposed: Governors Dubois and Lindqvist)' under it, 'Action:'
lines, a student governor's term ending and a new one seated. In MINUTES a line starting '## N ' is
a bold heading with its number in the margin, '# ' an upper-case section heading, '--' a page
break; other lines are paragraphs indented under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-02-20"] = ("Thursday, February 20, 2025", """\
Governors Present: E. Bastien (Chair), T. Wierzbicki (Vice-Chair), P. Raghunathan (President and Vice-Chancellor), G. Halliwell (Chancellor), M. Dubois, S. Akande, I. Lindqvist
Regrets: H. Mann
Also Present: R. Okafor (Vice-President Finance and Operations), J. Thorsteinson (Associate Vice-President Facilities), L. Chen (University Secretary), D. Roy (recording)
## 1. Call to Order and Land Acknowledgement
The Chair called the meeting to order at 1:00 p.m. and acknowledged that the University stands on Treaty 6 territory and the homeland of the Métis.
## 2. Approval of the Agenda
It was moved (Halliwell/Akande):
THAT the agenda for the open session of February 20, 2025 be approved as circulated.
CARRIED
## 3. Approval of the Minutes of December 12, 2024
It was moved (Wierzbicki/Dubois):
THAT the minutes of the open session of December 12, 2024 be approved.
CARRIED
## 4. Report of the President
The President reported on the provincial operating grant announced in the February budget, an increase of 2.1 percent, and on winter term enrolment, which was up 3 percent on last year.
# 5. ITEMS FOR DECISION
## 5.1 Central Heating Plant Renewal – Options Analysis
The Vice-President Finance and Operations presented the options analysis for the central heating plant, whose four natural gas steam boilers dated from 1967. Three options had been costed: replacing the boilers like for like ($31 million); a combined heat and power plant ($44 million); and an electric energy centre with large heat pumps and thermal storage ($48.5 million), which would cut the campus's heating emissions by about 80 percent. The campus steam tunnels would be converted to hot water in stages.
Governor Dubois questioned whether SaskPower's grid could deliver the extra electrical load in the coldest weeks of January without the University having to pay for a new substation.
Governor Akande was not persuaded that students should carry any share of the cost through ancillary fees.
Governor Halliwell asked how long the conversion of the tunnels would take. The Associate Vice-President Facilities replied that it would be done building by building over four summers.
It was moved (Wierzbicki/Raghunathan):
THAT the Board of Governors endorse the electric energy centre as the preferred option for renewing the central heating plant, and direct the administration to bring a project proposal for capital approval.
CARRIED
Action: The Vice-President Finance and Operations to bring a financing plan for the energy centre with the project proposal.
## 5.2 Naming of the Agricultural Sciences Atrium
It was moved (Halliwell/Bastien):
THAT the Board of Governors approve the naming of the atrium of the Agricultural Sciences Building as the Halvorsen Family Atrium, in recognition of a gift of $1.5 million.
CARRIED
# 6. ITEMS FOR INFORMATION
## 6.1 Winter Term Enrolment Report
The Board received the winter term enrolment report for information.
# 7. OTHER BUSINESS
## 7.1 Board Orientation and Public Information
The Chair noted that three governors' terms would end this year.
Action: The University Secretary to arrange an orientation session on the legal duties of governors for incoming members of the Board.
Action: The University Secretary to post the Board's meeting calendar and open session agendas on the University website.
## 8. Adjournment
The open session adjourned at 2:35 p.m.
""")

MINUTES["2025-04-17"] = ("Thursday, April 17, 2025", """\
Governors Present: E. Bastien (Chair), T. Wierzbicki (Vice-Chair), P. Raghunathan (President and Vice-Chancellor), M. Dubois, S. Akande, I. Lindqvist, H. Mann
Regrets: G. Halliwell (Chancellor)
Also Present: R. Okafor (Vice-President Finance and Operations), J. Thorsteinson (Associate Vice-President Facilities), L. Chen (University Secretary), D. Roy (recording)
## 1. Call to Order and Land Acknowledgement
The Chair called the meeting to order at 1:00 p.m. and acknowledged that the University stands on Treaty 6 territory and the homeland of the Métis.
## 2. Approval of the Agenda
It was moved (Mann/Lindqvist):
THAT the agenda for the open session of April 17, 2025 be approved as circulated.
CARRIED
## 3. Approval of the Minutes of February 20, 2025
It was moved (Akande/Wierzbicki):
THAT the minutes of the open session of February 20, 2025 be approved.
CARRIED
## 4. Report of the President
The President reported that the University had signed a research partnership with the Saskatchewan Polytechnic on agricultural drones.
# 5. ITEMS FOR DECISION
## 5.1 Low-Carbon Energy Centre – Project Approval
The Vice-President Finance and Operations presented the project proposal for the energy centre, to be built on the Parking Lot C site at the north edge of campus at a total budget of $48.5 million. The financing plan combined a federal grant of $18 million from the Low Carbon Economy Fund with internal borrowing of $30.5 million over twenty years. He confirmed that tuition and student fees would play no part: the internal loan would be repaid entirely from the natural gas and carbon charges the University would no longer pay.
Governor Mann spoke in favour, noting that the boilers were 58 years old and that the University's insurer would not cover two of them after March 2027.
Governor Wierzbicki supported the motion, observing that the University's carbon charges would pass $2 million a year by 2030 if the plant were left as it was.
Governor Lindqvist doubted that heat pumps could keep the buildings warm when the temperature fell to minus 40.
Governor Dubois spoke against the motion, arguing that the University should not take on $30.5 million of internal borrowing while its operating budget was in deficit.
It was moved (Wierzbicki/Mann):
THAT the Board of Governors approve the Low-Carbon Energy Centre project at a total budget of $48.5 million, the energy centre to be built on the Parking Lot C site, funded by a federal grant of $18 million and internal borrowing of $30.5 million.
CARRIED (5 in favour, 2 opposed: Governors Dubois and Lindqvist)
Action: The Vice-President Finance and Operations to issue a request for proposals for design-build services for the energy centre.
--
## 5.2 Naming of the Agricultural Sciences Atrium – Rescission
The University Secretary reported that the Halvorsen family had asked that the gift be recognised through student scholarships rather than the naming of a space.
It was moved (Bastien/Akande):
THAT the motion of February 20, 2025 naming the atrium of the Agricultural Sciences Building as the Halvorsen Family Atrium be rescinded, and that the atrium retain its present name.
CARRIED
## 5.3 Residence Energy Fees – 2025-26 Rates
The Associate Vice-President Facilities presented the proposed energy fees charged to students in the family residences, where each suite is metered.
It was moved (Akande/Lindqvist):
THAT the residence energy fee for 2025-26 be set at $42 per month for a one-bedroom suite and $55 per month for a two-bedroom suite.
CARRIED
## 6. Adjournment
The open session adjourned at 2:50 p.m.
""")

MINUTES["2025-06-19"] = ("Thursday, June 19, 2025", """\
Governors Present: E. Bastien (Chair), P. Raghunathan (President and Vice-Chancellor), G. Halliwell (Chancellor), M. Dubois, I. Lindqvist, H. Mann, C. Tremblay
Regrets: T. Wierzbicki (Vice-Chair)
Also Present: R. Okafor (Vice-President Finance and Operations), J. Thorsteinson (Associate Vice-President Facilities), L. Chen (University Secretary), D. Roy (recording)
## 1. Call to Order and Land Acknowledgement
The Chair called the meeting to order at 1:00 p.m. and acknowledged that the University stands on Treaty 6 territory and the homeland of the Métis.
## 2. Welcome
The Chair welcomed C. Tremblay, elected by the Students' Union as student governor for 2025-26, and thanked S. Akande, whose term ended on April 30, for his service to the Board.
## 3. Approval of the Minutes of April 17, 2025
It was moved (Mann/Halliwell):
THAT the minutes of the open session of April 17, 2025 be approved.
CARRIED
## 4. Report of the President
The President reported on spring convocation, at which 2,140 degrees were conferred. She further reported that the City had asked to use Parking Lot C for its new north transit exchange, and that the energy centre would accordingly go up on the former grounds depot beside the existing heating plant on College Drive.
# 5. ITEMS FOR INFORMATION
## 5.1 Energy Centre Project – Progress Report
The Associate Vice-President Facilities reported that the request for proposals for design-build services had closed on May 30 with four submissions, which an evaluation committee was now scoring; a recommendation would come to the Board in the fall.
Governor Lindqvist returned to whether the heat pumps could cope with a cold snap of the kind the city had in February 2021. The Associate Vice-President replied that the heat pumps were sized for the coldest day expected in thirty years, and that the two newest gas boilers would be kept on standby for days below minus 30.
The Board received the progress report for information.
## 5.2 Report of the Governance and Nominating Committee
Governor Mann, Chair of the Governance and Nominating Committee, reported that the two governors appointed this spring had completed a half-day workshop in May with the University's legal counsel on the fiduciary responsibilities of board members.
# 6. ITEMS FOR DECISION
## 6.1 Plant Sciences Greenhouse Renewal
The Associate Vice-President Facilities presented a proposal to replace the glazing and heating of the Plant Sciences research greenhouses, built in 1984.
It was moved (Halliwell/Dubois):
THAT the Board of Governors approve $2.1 million from the capital renewal reserve for the renewal of the Plant Sciences greenhouses.
CARRIED
## 7. Adjournment
The open session adjourned at 2:20 p.m.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(size=letter, left=72.0, font="Times-Roman")
    d.para("CAMBROOK UNIVERSITY", bold=True, size=14, gap=2)
    d.para("BOARD OF GOVERNORS", bold=True, size=12, gap=2)
    d.para("Minutes of the Open Session", size=12, gap=2)
    d.para(f"{when}, 1:00 p.m., Senate Chamber, Cambrook Hall, Prince Alder, Saskatchewan",
           size=11, gap=12)
    typeset(d, text, indent=40, flush=("Governors Present:", "Regrets:", "Also Present:"),
            bold=("CARRIED", "DEFEATED"))
    d.save(path, header=lambda i, n: f"Board of Governors – Open Session – {when}",
           footer=lambda i, n: f"{i}", title=f"Cambrook University Board of Governors {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"cambrook_bog_{date}.pdf")
