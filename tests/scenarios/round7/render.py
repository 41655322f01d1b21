#!/usr/bin/env python3
"""Render the seventh round of probes: minutes of bodies and countries the first six rounds lack.

Usage (from the repository root): python tests/scenarios/round7/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The
Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py). The plain-text
and Markdown minutes of this round sit beside it as they are. expected.json holds the values
read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc  # noqa: E402  (a script: see render_kit)


def in_standing_committee(path: Path) -> None:
    """Indian municipal standing committee: formal English, 'Subject No. 14' headings, dates
    '26.03.25', attendance as a table (S. No. | Name | Designation), 'Decision: Approved as
    proposed' lines."""
    d = Doc(font="Times-Roman")
    d.para("PUNE MUNICIPAL CORPORATION", bold=True, size=13, gap=2)
    d.para("STANDING COMMITTEE", bold=True, size=12, gap=2)
    d.para("Minutes of the Ordinary Meeting of the Standing Committee held on 26.03.25 at 11.00 "
           "A.M. in the Standing Committee Hall, Main Building, Shivajinagar.", gap=10)
    d.para("The following Members were present:", gap=3)
    xs = [0, 40, 230]
    d.row(["S. No.", "Name", "Designation"], xs, bold=True)
    for r in [("1.", "Shri Ramesh Kulkarni", "Chairman"),
              ("2.", "Smt. Sunita Deshpande", "Member"),
              ("3.", "Shri Anil Jadhav", "Member"),
              ("4.", "Smt. Kavita Patil", "Member"),
              ("5.", "Shri Mohammed Shaikh", "Member")]:
        d.row(list(r), xs)
    d.space(4)
    d.para("Leave of absence was granted to Shri Vijay Gaikwad, Member.", gap=4)
    d.para("Also present: Shri Prakash Joshi, Additional Municipal Commissioner; Smt. Meena "
           "Rao, Municipal Secretary.", gap=10)

    def subject(num: str, title: str) -> None:
        d.para(f"Subject No. {num}: {title}", bold=True, gap=3)

    subject("12", "Confirmation of the minutes of the meeting held on 12.03.25")
    d.para("The minutes of the meeting held on 12.03.25 were read and confirmed.", gap=3)
    d.para("Decision: Confirmed.", gap=8)
    subject("13", "Proposal for desilting of nallahs before monsoon 2025")
    d.para("The Additional Municipal Commissioner placed before the Committee the proposal for "
           "desilting of 142 nallahs at an estimated cost of Rs. 18.40 crore.", gap=3)
    d.para("Smt. Sunita Deshpande enquired whether the work would be completed before 31.05.25.",
           gap=3)
    d.para("Shri Mohammed Shaikh opposed awarding the work to a single contractor for all wards.",
           gap=3)
    d.para("Decision: Approved as proposed.", gap=3)
    d.para("The Executive Engineer (Storm Water) shall submit a progress report to the Committee "
           "by 30.04.25.", gap=8)
    d.page()
    subject("14", "Revision of parking charges in the central business district")
    d.para("The proposal to revise parking charges from Rs. 10 to Rs. 20 per hour was discussed.",
           gap=3)
    d.para("Decision: Deferred for want of a traffic study.", gap=8)
    subject("15", "Any other subject with the permission of the Chair")
    d.para("No other subject was taken up. The meeting ended with a vote of thanks to the Chair.",
           gap=14)
    d.para("Municipal Secretary", gap=2)
    d.save(path, footer=lambda p, n: f"Standing Committee Minutes dated 26.03.25 - Page {p} of {n}")


def ca_band_council(path: Path) -> None:
    """Canadian First Nation band council: 'BCR #2025-031' resolutions, 'Moved by / Seconded by /
    Carried' on lines of their own, attendance as a list, a running header and 'Page N' footer."""
    d = Doc(size=letter, font="Helvetica")
    d.para("RED WILLOW CREE NATION", bold=True, size=14, gap=2)
    d.para("Minutes of Duly Convened Meeting of Chief and Council", bold=True, size=12, gap=2)
    d.para("Date: March 26th, 2025", gap=2)
    d.para("Location: Band Administration Office, Council Chambers", gap=8)
    d.para("Quorum Present:", bold=True, gap=2)
    for n in ["Chief Robert Whitehorse", "Councillor Dorothy Bearchild",
              "Councillor James Littlewolf", "Councillor Sarah Crowfoot",
              "Councillor Michael Eaglespeaker"]:
        d.para(n, indent=18, gap=1)
    d.space(4)
    d.para("Regrets:", bold=True, gap=2)
    d.para("Councillor Anne Runningwater", indent=18, gap=4)
    d.para("Staff:", bold=True, gap=2)
    d.para("Linda Stonechild, Band Manager", indent=18, gap=1)
    d.para("Kyle Redcrow, Recording Secretary", indent=18, gap=10)

    def head(num: str, title: str) -> None:
        d.para(title, bold=True, gap=3, first=num + ".", indent=24)

    def par(text: str, gap: float = 3) -> None:
        d.para(text, indent=24, gap=gap)

    head("1", "Opening Prayer and Call to Order")
    par("The meeting opened with a prayer. Chief Whitehorse called the meeting to order at "
        "9:10 a.m.", gap=8)
    head("2", "Adoption of Minutes of March 12th, 2025")
    par("Moved by: Councillor Bearchild")
    par("Seconded by: Councillor Crowfoot")
    par("That the minutes of March 12th, 2025 be adopted as circulated.")
    par("Carried", gap=8)
    head("3", "Housing Renovation Program 2025-26")
    par("The Band Manager presented the housing renovation list of 22 units.")
    par("Councillor Littlewolf questioned whether the list followed the housing policy priority "
        "ranking.")
    par("BCR #2025-031")
    par("Moved by: Councillor Eaglespeaker")
    par("Seconded by: Councillor Littlewolf")
    par("That Chief and Council approve the 2025-26 housing renovation list of 22 units.")
    par("In favour: 4   Opposed: 0")
    par("Carried", gap=3)
    par("Action: Band Manager to notify the 22 households in writing by April 11th, 2025.",
        gap=8)
    d.page()
    head("4", "Lease of Reserve Lands for a Gas Bar")
    par("Councillor Crowfoot expressed concern that the proposed lease term of 49 years was too "
        "long without a community vote.")
    par("BCR #2025-032")
    par("Moved by: Councillor Bearchild")
    par("Seconded by: Councillor Eaglespeaker")
    par("That Chief and Council approve the lease of Lot 14 to Prairie Fuels Ltd.")
    par("In favour: 2   Opposed: 2 (Councillor Crowfoot, Councillor Littlewolf)")
    par("Chief Whitehorse cast the deciding vote against the motion.")
    par("Defeated", gap=8)
    head("5", "Adjournment")
    par("Moved by Councillor Littlewolf to adjourn at 12:05 p.m. Carried.", gap=8)
    d.save(path, header=lambda p, n: "Chief and Council Minutes - March 26th, 2025",
           footer=lambda p, n: f"Page {p}")


def uk_police_crime_panel(path: Path) -> None:
    """UK police and crime panel: attendance in prose, numbered paragraphs under headings,
    'Resolved – That the Panel recommends to the Commissioner …', date with weekday."""
    d = Doc(font="Helvetica")
    d.para("NORTHSHIRE POLICE AND CRIME PANEL", bold=True, size=13, gap=4)
    d.para("Minutes of a meeting of the Northshire Police and Crime Panel held at County Hall, "
           "Northampton on Wednesday, 5 February 2025 at 10.00 am.", gap=8)
    d.para("Present: Councillor Elaine Marsh (Chair), Councillor Tariq Hussain (Vice-Chair), "
           "Councillor Peter Olds, Councillor Rachel Fenwick and Mr Colin Ashby (Independent "
           "Co-opted Member).", gap=4)
    d.para("Also in attendance: Ms Jo Whitfield (Police, Fire and Crime Commissioner), Mr Neil "
           "Cartwright (Chief Finance Officer, OPFCC) and Ms Hannah Lowe (Democratic Services "
           "Officer).", gap=4)
    d.para("Apologies for absence were received from Councillor Simon Yeats.", gap=10)

    def head(num: str, title: str) -> None:
        d.para(f"{num}  {title}", bold=True, gap=3)

    def par(num: str, text: str, gap: float = 4) -> None:
        d.para(text, indent=30, gap=gap, first=num)

    head("31", "DECLARATIONS OF INTEREST")
    par("31.1", "There were no declarations of interest.", gap=8)
    head("32", "MINUTES OF THE MEETING HELD ON 28 NOVEMBER 2024")
    par("32.1", "Resolved – That the minutes of the meeting held on 28 November 2024 be approved "
        "as a correct record.", gap=8)
    head("33", "PROPOSED POLICE PRECEPT 2025/26")
    par("33.1", "The Commissioner presented her proposal to increase the police precept by £14 for "
        "a Band D property.")
    par("33.2", "Councillor Olds asked how many additional officers the increase would fund.")
    par("33.3", "Councillor Fenwick voiced strong reservations about raising the precept in a "
        "cost of living crisis.")
    par("33.4", "Resolved – That the Panel supports the proposed precept of £14 for a Band D "
        "property for 2025/26.")
    par("33.5", "Councillor Fenwick asked that her vote against the resolution be recorded.", gap=8)
    d.page()
    head("34", "POLICE AND CRIME PLAN PERFORMANCE REPORT")
    par("34.1", "The Chief Finance Officer introduced the quarter three performance report.")
    par("34.2", "Resolved – That the Panel recommends to the Commissioner that rural crime "
        "figures are reported separately in future performance reports.")
    par("34.3", "The Democratic Services Officer to add rural crime to the work programme by "
        "31 March 2025.", gap=8)
    head("35", "DATE OF NEXT MEETING")
    par("35.1", "The next meeting will be held on 10 April 2025.", gap=10)
    d.para("The meeting closed at 12.15 pm.", gap=2)
    d.save(path, footer=lambda p, n: f"Police and Crime Panel - 5 February 2025 - Page {p} of {n}")


def au_academic_board(path: Path) -> None:
    """Australian university academic board (held out: written after the rules were changed):
    'Meeting 3/2025', attendance as a role | name table under 'Members present', items '3.1',
    'Outcome: The Board endorsed …' lines, 'Moved: … Seconded: … Carried', a running footer."""
    d = Doc(font="Helvetica")
    d.para("UNIVERSITY OF THE SOUTHERN TABLELANDS", bold=True, size=13, gap=2)
    d.para("Academic Board", bold=True, size=12, gap=2)
    d.para("Minutes of Meeting 3/2025 held on Wednesday 14 May 2025 at 2.00 pm in the Council "
           "Chamber, Chancellery Building", gap=10)
    xs = [0, 170]
    d.para("Members present", bold=True, gap=3)
    for role, name in [("Chair", "Professor Margaret Quinlan"),
                       ("Deputy Chair", "Associate Professor Daniel Osei"),
                       ("Dean of Science", "Professor Li Wei"),
                       ("Dean of Arts", "Professor Catherine Doyle"),
                       ("Elected staff member", "Dr Ahmed Karimi"),
                       ("Student member", "Ms Olivia Tran")]:
        d.row([role, name], xs)
    d.space(4)
    d.para("Apologies: Professor Graham Whitlock (Dean of Business)", gap=3)
    d.para("In attendance: Ms Rebecca Hollis (Academic Registrar); Mr Sam Nguyen (Secretary)",
           gap=10)

    def head(num: str, title: str) -> None:
        d.para(title, bold=True, gap=3, first=num, indent=30)

    def par(text: str, gap: float = 4) -> None:
        d.para(text, indent=30, gap=gap)

    head("1", "Welcome and Acknowledgement of Country")
    par("The Chair opened the meeting and acknowledged the traditional custodians of the land.", 8)
    head("2", "Minutes of the Previous Meeting")
    par("Moved: Professor Doyle. Seconded: Dr Karimi.")
    par("That the minutes of Meeting 2/2025 held on 9 April 2025 be confirmed as a true record.")
    par("Carried", 8)
    head("3", "Matters for Decision")
    head("3.1", "Revised Assessment Policy")
    par("The Academic Registrar presented the revised Assessment Policy, which limits any single "
        "examination to 50 per cent of a unit's grade.")
    par("Dr Karimi raised concerns that the limit would increase the marking load for large "
        "first-year units.")
    par("Ms Tran asked when the policy would apply to units already in progress.")
    par("Outcome: The Board endorsed the revised Assessment Policy for recommendation to Council.")
    par("Action: Academic Registrar to submit the policy to Council by 20 June 2025.", 8)
    d.page()
    head("3.2", "Proposal to Discontinue the Bachelor of Applied Linguistics")
    par("Professor Doyle presented the proposal to discontinue the course from 2026.")
    par("Outcome: The Board deferred consideration of the proposal to its July meeting pending "
        "a report on student transition arrangements.", 8)
    head("4", "Matters for Noting")
    head("4.1", "Academic Integrity Report, Semester 2 2024")
    par("Outcome: The Board noted the report.", 8)
    head("5", "Next Meeting")
    par("The next meeting will be held on Wednesday 16 July 2025.")
    d.save(path, footer=lambda p, n: f"Academic Board Minutes 3/2025 - Page {p} of {n}")


def main() -> None:
    in_standing_committee(HERE / "pune_standing_committee.pdf")
    ca_band_council(HERE / "red_willow_band_council.pdf")
    uk_police_crime_panel(HERE / "northshire_pcp.pdf")
    au_academic_board(HERE / "tablelands_academic_board.pdf")


if __name__ == "__main__":
    main()
