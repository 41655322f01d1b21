#!/usr/bin/env python3
"""Render the seventeenth round of probes: minutes of kinds of body and countries the first sixteen lack.

Usage (from the repository root): python tests/scenarios/round17/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The fourth file of the round (red_aspen_sd_board.txt, a Manitoba school
division's board of trustees) is written by hand, not by this script.

- cedar_bluff_city_council.pdf: a long (eight pages) regular meeting of a Texas city council
  ("COUNCIL PRESENT: … / COUNCIL ABSENT: … / STAFF PRESENT: …"), a consent agenda, a public
  hearing on a zoning case with residents for and against, a water rate ordinance continued from
  an earlier meeting, an amendment moved and failed, "Item was approved by a vote of 6-1
  (Council Member X voting no)" and a record vote ("Ayes: … Nays: …").
- jamaica_paac.pdf: a committee of the Jamaican House of Representatives whose attendance is a
  ruled table (Member | Constituency | Attendance) and which closes with a ruled action log
  (No. | Action | Responsible | Due); an accounting officer questioned by members.
- wied_il_qaliet_lc_scan.pdf: a Maltese local council's ordinary sitting, printed then scanned:
  "Sitting No. 42", items "4.1", "Proposed by Cllr …, seconded by Cllr …", "approved with four
  votes in favour and one against (Cllr …)".

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, RuledDoc, draw_scanned  # noqa: E402  (a script: see render_kit)


def texas(path: Path) -> None:
    d = Doc(size=letter, font="Times-Roman", left=72, right=72, top=84, bottom=100)
    P = lambda s: d.para(s, size=13, gap=11)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(6)
        d.para(f"{num}  {title}", bold=True, size=13, gap=8)

    d.para("CITY OF CEDAR BLUFF, TEXAS", bold=True, size=16, gap=4)
    d.para("MINUTES OF THE REGULAR CITY COUNCIL MEETING", bold=True, size=13, gap=4)
    d.para("Tuesday, June 3, 2025 - 6:00 p.m. - Council Chambers, City Hall, 400 N. Main Street",
           size=12, gap=12)
    d.para("COUNCIL PRESENT: Mayor Linda Garza; Mayor Pro Tem Dale Whitfield; Council Members "
           "Rosa Villarreal, Tom Brandt, Keisha Moore, Hector Salinas and Jim Pruitt", size=12.5,
           gap=6)
    d.para("COUNCIL ABSENT: Council Member Amy Kowalski", size=12.5, gap=6)
    d.para("STAFF PRESENT: Robert Ainsworth, City Manager; Melissa Tran, City Secretary; "
           "Carlos Dominguez, City Attorney; Janet Hurst, Director of Development Services",
           size=12.5, gap=12)
    head("1.", "CALL TO ORDER")
    P("Mayor Garza called the meeting to order at 6:00 p.m. and declared a quorum present.")
    head("2.", "INVOCATION AND PLEDGES OF ALLEGIANCE")
    P("Pastor Ruben Ochoa of First Baptist Church gave the invocation. Council Member Moore "
      "led the pledges to the United States and Texas flags.")
    head("3.", "CITIZENS COMMUNICATIONS")
    P("Mr. Walter Finch, 118 Pecan Drive, objected to the condition of the alley behind Pecan "
      "Drive, stating that residents had reported the potholes three times since January and "
      "that garbage trucks could no longer use it.")
    P("Ms. Gloria Reyna, 2204 Bluebonnet Lane, asked when the splash pad at Heritage Park "
      "would reopen. The City Manager replied that the replacement pump had been ordered and "
      "that the splash pad should reopen by June 20.")
    head("4.", "CONSENT AGENDA")
    P("a. Approve the minutes of the May 20, 2025 regular meeting. b. Approve Resolution "
      "2025-31 authorizing the purchase of two patrol vehicles from Caldwell Country Ford in "
      "the amount of $118,460. c. Approve the May 2025 financial report.")
    P("Motion by Council Member Villarreal, seconded by Mayor Pro Tem Whitfield, to approve "
      "the consent agenda as presented. Item was approved by a vote of 7-0.")
    d.page()
    head("5.", "PUBLIC HEARING - ZONING CASE Z2025-07, 38.5 ACRES AT FM 1626 AND LIMESTONE "
               "ROAD")
    P("Ms. Hurst presented the request of Hillcrest Land Partners to rezone 38.5 acres from "
      "Agricultural (AG) to Planned Development (PD) for 142 single-family lots and a "
      "two-acre neighborhood park. The Planning and Zoning Commission had recommended "
      "approval by a vote of 4-2 on May 13, 2025. Staff recommended approval with the "
      "condition that a left-turn lane be built on FM 1626.")
    P("Mayor Garza opened the public hearing at 6:21 p.m.")
    P("Mr. Dennis Holloway, 77 Limestone Road, spoke in opposition, stating that Limestone "
      "Road was a narrow county road with no shoulders and that 142 homes would put some "
      "1,300 more trips a day on it.")
    P("Mrs. Patricia Engel, 91 Limestone Road, objected that the drainage from the site ran "
      "into Onion Creek and that her property had flooded in May 2024.")
    P("Mr. Luis Carrillo, 1410 Mesa Verde, spoke in favor of the zoning case, stating that "
      "his daughter, a teacher at Cedar Bluff ISD, could not find a house in the city that "
      "she could afford.")
    P("Ms. Naomi Parks, representing the Cedar Bluff Chamber of Commerce, supported the "
      "request, stating that new rooftops were needed to bring a grocery store to the east "
      "side of the city.")
    P("Mr. Gary Voss, 15 Limestone Road, asked whether the developer would pay for the "
      "turn lane. Mr. Ben Castle, for Hillcrest Land Partners, replied that the developer "
      "would build the turn lane at its own cost before the first certificate of occupancy.")
    P("Mayor Garza closed the public hearing at 6:58 p.m.")
    d.page()
    head("6.", "CONSIDER ORDINANCE 2025-14, ZONING CASE Z2025-07")
    P("Council Member Brandt expressed concern that the park was too small for 142 homes and "
      "said he could not support the case without a larger park.")
    P("Council Member Moore supported the request, stating that the planned development "
      "would add about $410,000 a year in property tax revenue.")
    P("Council Member Salinas asked who would maintain the detention pond. Ms. Hurst "
      "explained that a homeowners association would own and maintain the pond.")
    P("Motion by Council Member Moore, seconded by Council Member Villarreal, to approve "
      "Ordinance 2025-14 with the turn lane condition recommended by staff.")
    P("Council Member Brandt moved to amend the motion to require a five-acre park, "
      "seconded by Council Member Pruitt. The amendment failed by a vote of 2-5 (Council "
      "Members Brandt and Pruitt voting aye).")
    P("Council Member Pruitt requested a record vote on the main motion. Record vote: Ayes: "
      "Mayor Garza, Mayor Pro Tem Whitfield, Council Members Villarreal, Moore and Salinas. "
      "Nays: Council Members Brandt and Pruitt. The motion carried 5-2.")
    P("Director of Development Services to publish the ordinance caption in the Cedar Bluff "
      "Gazette by June 12, 2025.")
    d.page()
    head("7.", "CONSIDER ORDINANCE 2025-12, WATER AND WASTEWATER RATES (CONTINUED FROM MAY "
               "20, 2025)")
    P("The City Manager reminded Council that this item had been continued from the May 20, "
      "2025 meeting so that staff could bring back a rate option with a lower base charge "
      "for senior citizens.")
    P("Mr. Ainsworth presented two options: Option A, a 9 percent increase in all water and "
      "wastewater rates; and Option B, a 9 percent increase with the base charge held at "
      "$18.50 for customers aged 65 and over.")
    P("Mr. Harold Stiles, 503 Oak Street, objected to any increase, stating that his water "
      "bill had already risen by $22 a month since 2023.")
    P("Mayor Pro Tem Whitfield asked how much the senior rate would cost the utility fund. "
      "The City Manager replied that Option B would reduce revenue by about $64,000 a year.")
    P("Council Member Salinas objected to Option B, stating that a rate based on age was "
      "unfair to working families on low incomes.")
    P("Motion by Mayor Pro Tem Whitfield, seconded by Council Member Moore, to approve "
      "Ordinance 2025-12 with Option B, effective October 1, 2025. Item was approved by a "
      "vote of 6-1 (Council Member Salinas voting no).")
    d.page()
    head("8.", "CONSIDER RESOLUTION 2025-32, INTERLOCAL AGREEMENT WITH CALDWELL COUNTY FOR "
               "ROAD MAINTENANCE")
    P("Mr. Ainsworth explained that the county would resurface 2.1 miles of city streets at "
      "cost, saving the city about $90,000 against its own contract prices.")
    P("Council Member Pruitt asked whether the alley behind Pecan Drive could be added. The "
      "City Manager replied that alleys were not covered by the agreement but that Public "
      "Works would patch the alley within two weeks.")
    P("Motion by Council Member Pruitt, seconded by Council Member Salinas, to approve "
      "Resolution 2025-32. Item was approved by a vote of 7-0.")
    P("The City Manager will report back on a program for alley repairs at the July 1, 2025 "
      "meeting.")
    head("9.", "CONSIDER APPOINTMENTS TO THE PARKS AND RECREATION ADVISORY BOARD")
    P("Motion by Council Member Villarreal, seconded by Council Member Brandt, to appoint "
      "Maria Lozano and Steven Yates to the Parks and Recreation Advisory Board for terms "
      "ending June 30, 2027. Item was approved by a vote of 7-0.")
    d.page()
    head("10.", "EXECUTIVE SESSION")
    P("Council convened in executive session at 8:12 p.m. under Section 551.071 of the Texas "
      "Government Code to consult with the City Attorney about pending litigation, Cedar "
      "Bluff v. Onion Creek Utility Co. Council reconvened in open session at 8:47 p.m. No "
      "action was taken.")
    head("11.", "FUTURE AGENDA ITEMS")
    P("Council Member Brandt requested an item on a parkland dedication ordinance. Council "
      "Member Moore requested a report on the splash pad repairs.")
    d.page()
    head("12.", "ADJOURNMENT")
    P("Motion by Council Member Moore, seconded by Council Member Pruitt, to adjourn. Item "
      "was approved by a vote of 7-0. Mayor Garza adjourned the meeting at 8:52 p.m.")
    d.space(30)
    d.para("APPROVED: ______________________  Linda Garza, Mayor", size=12, gap=10)
    d.para("ATTEST: ______________________  Melissa Tran, City Secretary", size=12, gap=0)
    d.page()
    d.para("ATTACHMENT A - SPEAKER CARDS RECEIVED, ITEM 5", bold=True, size=13, gap=8)
    for s in ["Dennis Holloway, 77 Limestone Road - opposed", "Patricia Engel, 91 Limestone "
              "Road - opposed", "Luis Carrillo, 1410 Mesa Verde - in favor", "Naomi Parks, "
              "Cedar Bluff Chamber of Commerce - in favor", "Gary Voss, 15 Limestone Road - "
              "neutral"]:
        d.para(s, size=12, gap=4)
    d.save(path, footer=lambda i, n: f"City Council Minutes - June 3, 2025 - Page {i} of {n}")


def jamaica(path: Path) -> None:
    d = RuledDoc(size=A4, font="Helvetica", left=56, right=56, top=64, bottom=76)

    def head(num: str, title: str) -> None:
        d.space(4)
        d.para(f"{num}  {title}", bold=True, size=11, gap=5)

    P = lambda s: d.para(s, size=10.5, gap=6)  # noqa: E731
    d.para("HOUSES OF PARLIAMENT, JAMAICA", bold=True, size=13, gap=3)
    d.para("PUBLIC ACCOUNTS AND APPROPRIATIONS COMMITTEE", bold=True, size=12, gap=3)
    d.para("Minutes of the meeting held on Wednesday, 14 May 2025 at 10:00 a.m. in the "
           "Committee Room, Gordon House, Kingston", size=10.5, gap=10)
    d.ruled([["Member", "Constituency", "Attendance"],
             ["Hon. Dr. Marcia Campbell, MP (Chairman)", "St. Catherine North Central", "Present"],
             ["Hon. Desmond Grant, MP", "Manchester South", "Present"],
             ["Mr. Kirk Thompson, MP", "St. Andrew East Rural", "Present"],
             ["Mrs. Andrea Morrison, MP", "Clarendon North Western", "Present"],
             ["Mr. Leroy Bailey, MP", "Trelawny Southern", "Apologies"],
             ["Dr. Shawn Ellis, MP", "St. James West Central", "Present"]],
            [230, 170, 83])
    d.para("Also present: Mrs. Pauline Reid, Auditor General; Mr. Damion Wright, Clerk to the "
           "Committee", size=10.5, gap=5)
    d.para("Witnesses: Mr. Owen Sinclair, Permanent Secretary, Ministry of Health and "
           "Wellness; Ms. Cheryl Hylton, Chief Financial Officer", size=10.5, gap=10)
    head("1.", "CALL TO ORDER AND PRAYERS")
    P("The Chairman called the meeting to order at 10:04 a.m. Prayers were offered by Mr. "
      "Thompson.")
    head("2.", "CONFIRMATION OF MINUTES")
    P("The minutes of the meeting held on 30 April 2025 were confirmed on a motion by Mr. "
      "Thompson, seconded by Mrs. Morrison.")
    head("3.", "AUDITOR GENERAL'S REPORT ON THE NATIONAL HEALTH FUND DRUG PROCUREMENT")
    P("The Auditor General presented her report, which found that $1.2 billion of drugs had "
      "been bought in 2023/24 without competitive tender and that drugs worth $86 million had "
      "expired in the Kingston warehouse.")
    P("Mr. Grant asked why the tender rules had not been followed. The Permanent Secretary "
      "replied that the purchases had been made under the emergency procedure during the "
      "dengue outbreak and that the Ministry had since reverted to open tender.")
    P("Dr. Ellis objected that the emergency procedure had been used for eleven months, long "
      "after the outbreak had ended, and said that the explanation was not acceptable.")
    P("Mrs. Morrison asked how the expired drugs had been disposed of. Ms. Hylton replied "
      "that the drugs had been incinerated by the National Solid Waste Management Authority "
      "in March 2025.")
    P("Mr. Thompson proposed that the Committee call the Chief Executive Officer of the "
      "National Health Fund to appear at its next meeting.")
    P("Mr. Thompson moved, seconded by Dr. Ellis, that the Committee summon the Chief "
      "Executive Officer of the National Health Fund to its meeting of 28 May 2025. The "
      "question being put, the Committee divided: Ayes 3, Noes 2. The motion was carried.")
    P("The Permanent Secretary is to submit a list of all emergency purchases made in "
      "2023/24 by 23 May 2025.")
    head("4.", "ANY OTHER BUSINESS")
    P("The Chairman asked the Clerk to circulate the Auditor General's follow-up audit "
      "schedule before the next meeting.")
    head("5.", "ADJOURNMENT")
    P("The meeting was adjourned at 12:36 p.m. The next meeting will be held on 28 May 2025.")
    d.space(4)
    d.para("ACTION LOG", bold=True, size=11, gap=5)
    d.ruled([["No.", "Action", "Responsible", "Due"],
             ["PAAC/25/11", "List of emergency purchases made in 2023/24", "Permanent Secretary",
              "23 May 2025"],
             ["PAAC/25/12", "Summons to the CEO of the National Health Fund", "Clerk",
              "16 May 2025"]],
            [70, 240, 110, 63])
    d.save(path)


def local_council(path: Path) -> None:
    d = Doc(size=A4, font="Helvetica", left=64, right=64, top=70, bottom=72)
    P = lambda s: d.para(s, size=11.5, gap=5)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(3)
        d.para(f"{num}  {title}", bold=True, size=11.5, gap=4)

    d.para("WIED IL-QALIET LOCAL COUNCIL", bold=True, size=14, gap=3)
    d.para("Minutes of Ordinary Sitting No. 42 held on Thursday 10 July 2025 at 6.30 p.m. at "
           "the Council Offices, Triq il-Kappella", size=11.5, gap=8)
    d.para("Present: Mayor Joseph Camilleri, Deputy Mayor Maria Borg, Cllr Stephen Farrugia, "
           "Cllr Rita Vella, Cllr Kevin Zammit", size=11.5, gap=4)
    d.para("Excused: Cllr Paul Grech", size=11.5, gap=4)
    d.para("In attendance: Ms. Diane Attard, Executive Secretary", size=11.5, gap=8)
    head("1.", "Approval of Minutes")
    P("The minutes of Sitting No. 41 of 12 June 2025 were approved. Proposed by Cllr Vella, "
      "seconded by Cllr Zammit. Approved unanimously.")
    head("2.", "Tender for Street Cleaning")
    P("The Executive Secretary reported that three bids had been received for the street "
      "cleaning tender and that the lowest compliant bid was that of Clean Streets Ltd at "
      "EUR 96,400 a year.")
    P("Cllr Farrugia objected that the winning bidder had been fined twice by the Local "
      "Councils Department for missed rounds in another locality.")
    P("Deputy Mayor Borg asked whether the tender allowed the Council to impose penalties. "
      "The Executive Secretary replied that clause 14 allowed a deduction of EUR 200 for each "
      "missed round.")
    P("Proposed by Deputy Mayor Borg, seconded by Cllr Vella, that the tender be awarded to "
      "Clean Streets Ltd for three years. The motion was approved with four votes in favour "
      "and one against (Cllr Farrugia).")
    head("3.", "Residents' Petition on Parking in Triq il-Bahar")
    P("A petition signed by 61 residents was read. Mr. Anthony Debono, on behalf of the "
      "residents, objected to the proposed residents' parking scheme, stating that it would "
      "push visitors' cars into the side streets.")
    P("Cllr Zammit supported the scheme, stating that residents could not park near their "
      "homes on summer weekends.")
    P("It was agreed that the Mayor write to Transport Malta asking for a traffic count in "
      "Triq il-Bahar by 31 August 2025.")
    head("4.", "Any Other Business")
    P("Cllr Vella asked when the playground at Gnien il-Familja would be repaired. The Mayor "
      "replied that the works would start in September.")
    P("The sitting ended at 8.05 p.m.")
    d.save(path)


def main() -> None:
    texas(HERE / "cedar_bluff_city_council.pdf")
    jamaica(HERE / "jamaica_paac.pdf")
    draw_scanned(local_council, "wied_il_qaliet_lc.pdf", HERE / "wied_il_qaliet_lc_scan.pdf")


if __name__ == "__main__":
    main()
