#!/usr/bin/env python3
"""Render the twentieth round of probes: minutes of kinds of body and countries the first nineteen lack.

Usage (from the repository root): python tests/scenarios/round20/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The fourth file of the round (hollowmere_council_of_governors.md, an English NHS
foundation trust's Council of Governors) is written by hand, not by this script.

- madrone_county_bos.pdf: a California county Board of Supervisors, agenda numbers "25-0412" beside
  each title, a report out of closed session, a consent calendar, public comment, "Motion:
  Supervisor … / Second: Supervisor …", a roll-call vote in a ruled table (Aye / No / Absent),
  "Vote: 4-1 (Supervisor … dissenting)", a matter continued to a date, a referral to the Planning
  Commission, "Staff directed to … by …"; a running header on every page.
- san_isidro_sangguniang_bayan.pdf: a Philippine municipal council (Sangguniang Bayan) in regular
  session, its text in two columns under a full-width masthead; "Hon. …, Municipal Vice Mayor and
  Presiding Officer", "SB Members", the order of business numbered "I." to "IX.", ordinances on
  third reading, "8 affirmative, 2 negative", a resolution returned to committee, a privilege
  speech, "The Committee on Finance to … on or before …".
- skeena_ridge_rd_board_scan.pdf: a British Columbia regional district board printed then
  scanned: directors by electoral area and municipality, "MOVED Director … SECONDED Director …
  THAT …", "CARRIED", "DEFEATED", "Opposed: Directors …", a weighted vote recorded by director,
  a bylaw given three readings, a delegation, a matter referred to staff.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import (  # noqa: E402  (a script: see render_kit)
    Doc, RuledDoc, TwoColumnDoc, draw_scanned, numbered_heads)

NUM = 70.0  # width of the agenda-number column of the county minutes


def county(path: Path) -> None:
    d = RuledDoc(size=letter, font="Helvetica", left=56, right=56, top=70, bottom=70)
    P = lambda s: d.para(s, size=10, indent=NUM, gap=5)  # noqa: E731
    head = numbered_heads(d, size=10.5, gap=3, space=4, indent=NUM, in_margin=True)

    d.para("MADRONE COUNTY BOARD OF SUPERVISORS", bold=True, size=14, gap=3)
    d.para("Minutes of the Regular Meeting - Tuesday, June 17, 2025 - 9:00 a.m.", bold=True,
           size=11, gap=3)
    d.para("Board Chambers, County Administration Center, 810 Court Street, Alder Springs, "
           "California", size=10, gap=8)
    P("Present: Supervisor Teresa Alvarado, Chair (District 3); Supervisor Glen Whitaker, Vice "
      "Chair (District 1); Supervisor Monica Esparza (District 2); Supervisor Raymond Cho "
      "(District 4); Supervisor Dale Pruitt (District 5)")
    P("Also Present: Helen Marsh, County Administrative Officer; Victor Ruiz, County Counsel; "
      "Amy Lindqvist, Clerk of the Board")
    head("25-0410", "Call to Order, Pledge of Allegiance")
    P("Chair Alvarado called the meeting to order at 9:02 a.m. All members were present.")
    head("25-0411", "Report Out of Closed Session")
    P("County Counsel Ruiz reported that in closed session the Board gave direction to its labor "
      "negotiators regarding the Deputy Sheriffs' Association and that no reportable action was "
      "taken on the anticipated litigation item.")
    head("25-0412", "Public Comment on Non-Agenda Items")
    P("Ms. Carol Benning of Pine Flat asked when the Pine Flat Road culvert washed out in "
      "February would be replaced. Director of Public Works Sam Oduya replied that the "
      "replacement is scheduled for September.")
    head("25-0413", "Consent Calendar")
    P("Motion: Supervisor Whitaker. Second: Supervisor Cho. The Board approved consent items "
      "25-0413 (a) through (d) as listed on the agenda. Vote: 5-0.")
    head("25-0414", "Short-Term Rental Ordinance - Introduction")
    P("Planning Director Nora Kessler presented a draft ordinance that caps short-term rental "
      "permits at 300 in the unincorporated county and requires a local contact who can respond "
      "within one hour.")
    P("Supervisor Esparza supported the cap, stating that the number of long-term rentals in "
      "the lake communities has fallen by a third since 2019.")
    P("Supervisor Pruitt objected to the cap, stating that rental income keeps many retired "
      "owners in their homes and that the ordinance would hurt the lake economy.")
    P("Supervisor Cho asked how the 300 permits would be allocated among existing operators. "
      "Ms. Kessler replied that existing permit holders in good standing would be renewed first.")
    P("Motion: Supervisor Esparza. Second: Supervisor Whitaker. To introduce the ordinance, waive "
      "the first reading and set adoption for July 8, 2025. Roll call vote:")
    d.ruled([["Supervisor", "Aye", "No", "Absent"],
             ["Whitaker", "X", "", ""],
             ["Esparza", "X", "", ""],
             ["Alvarado", "X", "", ""],
             ["Cho", "X", "", ""],
             ["Pruitt", "", "X", ""]], [150, 60, 60, 60])
    P("Motion carried 4-1.")
    P("Ms. Kessler to publish the ordinance summary in the Alder Springs Courier by June 27, "
      "2025.")
    d.page()
    head("25-0415", "Cannabis Cultivation Setbacks")
    P("Supervisor Pruitt proposed that the setback of outdoor cannabis cultivation from "
      "residences be reduced from 600 feet to 300 feet. Supervisor Whitaker objected that the "
      "odor complaints in District 1 come from grows within 500 feet of homes.")
    P("Motion: Supervisor Pruitt. Second: Supervisor Cho. To direct staff to prepare an "
      "amendment reducing the setback to 300 feet. Vote: 2-3 (Supervisors Whitaker, Esparza and "
      "Alvarado dissenting). Motion failed.")
    P("Motion: Supervisor Whitaker. Second: Supervisor Esparza. To refer the setback question to "
      "the Planning Commission for a recommendation. Vote: 5-0.")
    head("25-0416", "Fire Station 7 Construction Contract")
    P("Supervisor Cho proposed awarding the contract for Fire Station 7 to Granite Peak "
      "Builders for $4,870,000. Supervisor Esparza asked why the second bidder was rejected. "
      "County Counsel Ruiz replied that its bid bond was not signed.")
    P("Motion: Supervisor Cho. Second: Supervisor Pruitt. To continue the item to the July 8, "
      "2025 meeting so that the bid protest can be answered. Vote: 5-0.")
    P("Staff directed to return with a response to the bid protest by July 1, 2025.")
    head("25-0417", "Board Member Reports")
    P("Supervisor Alvarado reported that the county fair drew 41,000 visitors, a record.")
    head("25-0418", "Adjournment")
    P("The meeting was adjourned at 11:47 a.m. in memory of former Supervisor Luis Ochoa.")
    d.save(path, header=lambda i, n: "Board of Supervisors Minutes - June 17, 2025",
           footer=lambda i, n: f"Page {i} of {n}")


def sangguniang(path: Path) -> None:
    d = TwoColumnDoc(size=A4, font="Times-Roman", left=48, right=48, top=64, bottom=64)
    P = lambda s: d.para(s, size=10.5, gap=5)  # noqa: E731
    head = numbered_heads(d, size=10.5, gap=3, sep=" ")

    for s, sz in [("Republic of the Philippines", 10), ("Province of Iloilo", 10),
                  ("MUNICIPALITY OF SAN ISIDRO", 12), ("OFFICE OF THE SANGGUNIANG BAYAN", 12)]:
        d.para(s, bold=sz > 10, size=sz, gap=1)
    d.space(6)
    d.para("MINUTES OF THE 48TH REGULAR SESSION OF THE SANGGUNIANG BAYAN OF SAN ISIDRO, ILOILO, "
           "HELD ON JULY 7, 2025 AT THE SB SESSION HALL", bold=True, size=10.5, gap=8)
    d.columns()
    d.para("PRESENT:", bold=True, size=10.5, gap=2)
    P("Hon. Ramon B. Dela Cruz, Municipal Vice Mayor and Presiding Officer")
    P("Hon. Liza M. Tolentino, SB Member; Hon. Arnel C. Villareal, SB Member; Hon. Jocelyn P. "
      "Ramos, SB Member; Hon. Edgar T. Bautista, SB Member; Hon. Mariel S. Gonzaga, SB Member; "
      "Hon. Noel R. Catapang, SB Member; Hon. Ferdinand L. Aquino, SB Member; Hon. Wilma D. "
      "Salazar, SB Member; Hon. Kristine Joy A. Lim, SK Federation President (Ex-Officio); Hon. "
      "Rodolfo E. Pascual, Liga ng mga Barangay President (Ex-Officio)")
    d.para("ABSENT:", bold=True, size=10.5, gap=2)
    P("Hon. Jaime F. Sorongon, SB Member (on official business)")
    d.para("ALSO PRESENT:", bold=True, size=10.5, gap=2)
    P("Ms. Analyn G. Torres, Secretary to the Sangguniang Bayan")
    head("I.", "CALL TO ORDER")
    P("The Presiding Officer called the session to order at 9:10 a.m. The Secretary certified a "
      "quorum.")
    head("II.", "READING AND APPROVAL OF THE MINUTES")
    P("On motion of Hon. Ramos, seconded by Hon. Aquino, the minutes of the 47th regular session "
      "were approved without amendment.")
    head("III.", "PRIVILEGE HOUR")
    P("Hon. Gonzaga delivered a privilege speech on the flooding of Barangay Tabuc, stating that "
      "the drainage canal along the national road has not been desilted since 2022.")
    head("IV.", "UNFINISHED BUSINESS")
    P("Proposed Ordinance No. 2025-011, regulating the operation of tricycles for hire, on third "
      "and final reading. Hon. Villareal, chair of the Committee on Transportation, sponsored the "
      "ordinance, stating that it sets fares and bars tricycles from the national highway.")
    P("Hon. Bautista objected to the ban on the national highway, stating that drivers from the "
      "upland barangays have no other route to the public market.")
    P("Hon. Salazar asked whether the fare matrix had been heard by the drivers' associations. "
      "Hon. Villareal replied that two public hearings were held in May.")
    P("On motion of Hon. Villareal, seconded by Hon. Tolentino, the ordinance was approved on "
      "third and final reading by 8 affirmative, 2 negative votes. Voting in the negative: Hon. "
      "Bautista and Hon. Catapang.")
    head("V.", "BUSINESS FOR THE DAY")
    P("Proposed Resolution No. 2025-133, authorizing the Municipal Mayor to enter into an "
      "agreement with Iloilo Water District for bulk water supply.")
    P("Hon. Lim proposed that the agreement include free water for the public schools. Hon. "
      "Aquino objected that the water district has not released its rate study.")
    P("On motion of Hon. Aquino, seconded by Hon. Ramos, the proposed resolution was referred "
      "back to the Committee on Public Utilities for further study.")
    P("The Committee on Public Utilities to submit its report on or before July 28, 2025.")
    P("Proposed Resolution No. 2025-134, requesting the DPWH to desilt the drainage canal of "
      "Barangay Tabuc. On motion of Hon. Gonzaga, seconded by Hon. Pascual, the resolution was "
      "unanimously approved.")
    P("The Secretary to transmit Resolution No. 2025-134 to the DPWH District Engineer by July "
      "11, 2025.")
    head("VI.", "COMMITTEE REPORTS")
    P("Hon. Catapang, chair of the Committee on Finance, reported that the supplemental budget "
      "of P4.2 million is still under review.")
    P("Hon. Catapang moved that the Body approve Supplemental Budget No. 2. Hon. Ramos objected "
      "that the appropriation for the new municipal vehicle is not urgent. The motion was lost, "
      "3 affirmative, 7 negative.")
    P("The Committee on Finance to present a revised supplemental budget on or before August 4, "
      "2025.")
    head("VII.", "OTHER MATTERS")
    P("Hon. Pascual proposed that the fiesta budget be increased. The Body deferred the matter to "
      "the next regular session.")
    head("VIII.", "ANNOUNCEMENTS")
    P("The next regular session will be held on July 14, 2025.")
    head("IX.", "ADJOURNMENT")
    P("There being no other matters, the session was adjourned at 11:35 a.m.")
    d.save(path, header=lambda i, n: "SB San Isidro - Minutes of the 48th Regular Session - "
           "July 7, 2025", footer=lambda i, n: f"Page {i} of {n}")


def regional_district(path: Path) -> None:
    d = Doc(size=letter, font="Times-Roman", left=64, right=64, top=68, bottom=70)
    P = lambda s: d.para(s, size=11.5, gap=6)  # noqa: E731
    head = numbered_heads(d, size=11.5, gap=4)

    d.para("REGIONAL DISTRICT OF SKEENA RIDGE", bold=True, size=14, gap=3)
    d.para("Minutes of the Regular Board Meeting held Thursday, May 22, 2025 at 10:00 a.m. in the "
           "Board Room, 300 Kalum Avenue, Terrace North, BC", size=11.5, gap=8)
    d.para("PRESENT: Chair Linda Olsen (Electoral Area A); Vice Chair Darren Pauls (City of "
           "Terrace North); Directors Marie Wesley (Electoral Area B), Gordon Hayes (Electoral "
           "Area C), Priya Sandhu (City of Terrace North), Ken Moreau (District of Kitsumkalum)",
           size=11.5, gap=4)
    d.para("REGRETS: Director Alan Bright (Village of Usk)", size=11.5, gap=4)
    d.para("STAFF: Corinne Fraser, Chief Administrative Officer; Jacob Nystrom, Manager of "
           "Planning; Tessa Lind, Corporate Officer (Recorder)", size=11.5, gap=8)
    head("1.", "CALL TO ORDER")
    P("Chair Olsen called the meeting to order at 10:01 a.m. and acknowledged that the meeting "
      "takes place on the traditional territory of the Tsimshian Nation.")
    head("2.", "ADOPTION OF MINUTES")
    P("MOVED Director Hayes, SECONDED Director Moreau, THAT the minutes of the Regular Board "
      "Meeting of April 24, 2025 be adopted. CARRIED")
    head("3.", "DELEGATIONS")
    P("Mr. Wes Dekker, Lakelse Lake Residents' Association, spoke in support of a boat launch "
      "at Lakelse Lake, stating that the existing launch is closed every August by low water.")
    head("4.", "BYLAWS")
    P("4.1 Electoral Area C Fire Protection Service Amendment Bylaw No. 842, 2025")
    P("Director Hayes proposed that the requisition limit for the Electoral Area C fire service "
      "be raised to $310,000 to pay for a second tender.")
    P("Director Wesley objected that the increase of 28 percent falls on residents who already "
      "pay the highest fire tax in the region.")
    P("MOVED Director Hayes, SECONDED Director Sandhu, THAT Bylaw No. 842, 2025 be read a first, "
      "second and third time. CARRIED")
    P("Opposed: Directors Wesley and Moreau")
    P("Corporate Officer to submit Bylaw No. 842 to the Inspector of Municipalities for approval "
      "by June 6, 2025.")
    d.page()
    head("5.", "ADMINISTRATION")
    P("5.1 Regional Landfill Tipping Fees")
    P("Ms. Fraser presented a proposal to raise the landfill tipping fee from $95 to $118 a "
      "tonne. Director Pauls asked whether the fee for construction waste would rise as well. Ms. "
      "Fraser replied that it would rise to $140 a tonne.")
    P("MOVED Director Pauls, SECONDED Director Sandhu, THAT the Board approve the tipping fee "
      "increase to $118 per tonne effective September 1, 2025. DEFEATED")
    P("Weighted vote: In favour: Directors Pauls (3 votes) and Sandhu (3 votes). Opposed: "
      "Directors Olsen (2 votes), Wesley (2 votes), Hayes (2 votes) and Moreau (3 votes). The "
      "motion was defeated 6 to 9 on the weighted vote.")
    P("MOVED Director Wesley, SECONDED Director Olsen, THAT the tipping fee proposal be referred "
      "to staff to report on a phased increase. CARRIED")
    P("CAO to report on a phased tipping fee increase at the June 26, 2025 meeting.")
    P("5.2 Lakelse Lake Boat Launch")
    P("MOVED Director Olsen, SECONDED Director Hayes, THAT consideration of a boat launch grant "
      "application be deferred until the provincial grant intake opens. CARRIED")
    head("6.", "DIRECTORS' REPORTS")
    P("Director Moreau reported that the Kitsumkalum water main replacement is complete.")
    head("7.", "ADJOURNMENT")
    P("MOVED Director Sandhu, SECONDED Director Pauls, THAT the meeting be adjourned at 11:52 "
      "a.m. CARRIED")
    d.save(path)


def main() -> None:
    county(HERE / "madrone_county_bos.pdf")
    sangguniang(HERE / "san_isidro_sangguniang_bayan.pdf")
    draw_scanned(regional_district, "skeena_ridge_rd_board.pdf",
                 HERE / "skeena_ridge_rd_board_scan.pdf")


if __name__ == "__main__":
    main()
