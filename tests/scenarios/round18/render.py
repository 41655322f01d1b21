#!/usr/bin/env python3
"""Render the eighteenth round of probes: minutes of kinds of body and countries the first seventeen lack.

Usage (from the repository root): python tests/scenarios/round18/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The fourth file of the round (riverbend_health_foundation.md, a hospital
foundation's board of directors) is written by hand, not by this script.

- yarrabee_shire_council.pdf: an ordinary meeting of a Western Australian shire council with a
  running header and a "Page i of n" footer, items "6.2.1" under officers' reports, each report
  opened by "File Reference: / Author: / Disclosure of Interest:" lines, "OFFICER RECOMMENDATION /
  COUNCIL RESOLUTION" blocks with resolution numbers "OCM 25/043", "Moved: Cr … Seconded: Cr …",
  "CARRIED 4/2" with "For: … Against: …", an amendment "LOST 2/4" and a resolution that differs
  from the officer's recommendation with the reason printed.
- ashgrove_condo_board.pdf: an Ontario condominium corporation's board of directors, attendance set
  in two columns side by side (Directors Present | Also Present / Regrets), an owner who objects,
  contractors' quotations in a ruled table inside an item, a rule referred to the corporation's
  lawyer, a recorded vote "3 in favour (…), 1 opposed (…)".
- kinnordy_community_council_scan.pdf: a Scottish community council's meeting, printed then
  scanned ("In attendance: Cllr … (Angus Council), PC … (Police Scotland)", a planning
  application the council agrees by 5 votes to 2 to object to, a matter referred to the council,
  "AOCB" with a proposal not seconded, "Action: Secretary to … by …").

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, RuledDoc, draw_scanned  # noqa: E402  (a script: see render_kit)


def shire(path: Path) -> None:
    d = Doc(size=A4, font="Helvetica", left=62, right=62, top=78, bottom=70)
    P = lambda s: d.para(s, size=10.5, gap=6)  # noqa: E731
    L = lambda s, g=2: d.para(s, size=10.5, gap=g)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(4)
        d.para(f"{num}   {title}", bold=True, size=11, gap=5)

    def block(label: str) -> None:
        d.para(label, bold=True, size=10.5, gap=3)

    d.para("SHIRE OF YARRABEE", bold=True, size=16, gap=4)
    d.para("MINUTES", bold=True, size=13, gap=4)
    d.para("Ordinary Council Meeting held in the Council Chambers, 14 Forrest Street, Yarrabee "
           "on Thursday 22 May 2025, commencing at 3.00pm", size=10.5, gap=10)
    head("1.", "DECLARATION OF OPENING / ANNOUNCEMENT OF VISITORS")
    P("The Presiding Member declared the meeting open at 3.02pm and acknowledged the Ballardong "
      "Noongar people, the traditional custodians of the land on which the meeting was held.")
    head("2.", "RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE")
    L("Members:", 1)
    for s in ["Cr Joan Pether - Shire President (Presiding Member)",
              "Cr Neil Trevaskis - Deputy Shire President", "Cr Alison Mudge",
              "Cr Rob Fairclough", "Cr Tegan Ashworth", "Cr Darren Kowald"]:
        d.para(s, size=10.5, indent=24, gap=1)
    d.space(3)
    L("Staff:", 1)
    for s in ["Mr Greg Hollis - Chief Executive Officer",
              "Ms Leanne Boyd - Manager Corporate Services",
              "Mr Sanjay Mehta - Manager Works and Services",
              "Ms Kate Dunne - Executive Assistant (Minute Taker)"]:
        d.para(s, size=10.5, indent=24, gap=1)
    d.space(3)
    L("Apologies:", 1)
    d.para("Cr Peter Lindqvist", size=10.5, indent=24, gap=4)
    L("Leave of Absence: Nil", 4)
    L("Members of the Public: Eight", 6)
    head("3.", "PUBLIC QUESTION TIME")
    P("Mrs Helen Quartermaine of Goomalling Road asked when the Shire would reseal the shoulders "
      "of Goomalling Road between the townsite and the grain receival point. The Manager Works "
      "and Services responded that the works were listed in the 2025/26 road program for October "
      "2025.")
    P("Mr Ian Farrell, President of the Yarrabee Districts Football Club, spoke in support of "
      "item 6.2.1 and stated that the change rooms had no hot water and did not meet the "
      "guidelines for female players.")
    head("4.", "CONFIRMATION OF MINUTES OF PREVIOUS MEETINGS")
    block("COUNCIL RESOLUTION   OCM 25/041")
    L("Moved: Cr Trevaskis          Seconded: Cr Mudge", 3)
    L("That the Minutes of the Ordinary Council Meeting held on 24 April 2025 be confirmed as a "
      "true and correct record.", 3)
    block("CARRIED 6/0")
    head("5.", "DECLARATIONS OF INTEREST")
    P("Cr Kowald declared an impartiality interest in item 6.2.1 as a life member of the Yarrabee "
      "Districts Football Club.")
    d.page()
    head("6.", "REPORTS OF OFFICERS")
    head("6.1", "CORPORATE SERVICES")
    head("6.1.1", "Monthly Statement of Financial Activity - April 2025")
    L("File Reference: FIN/12")
    L("Author: Leanne Boyd, Manager Corporate Services")
    L("Disclosure of Interest: Nil", 5)
    P("The Manager Corporate Services presented the statement of financial activity for the period "
      "ending 30 April 2025, showing a closing surplus of $1,284,000.")
    P("Cr Ashworth asked why the rates debtors had risen to $412,000. The Manager Corporate "
      "Services replied that eleven farming properties had entered payment arrangements after the "
      "dry season.")
    block("OFFICER RECOMMENDATION / COUNCIL RESOLUTION   OCM 25/042")
    L("Moved: Cr Mudge          Seconded: Cr Ashworth", 3)
    L("That Council receive the Monthly Statement of Financial Activity for the period ending 30 "
      "April 2025.", 3)
    block("CARRIED 6/0")
    head("6.2", "WORKS AND SERVICES")
    head("6.2.1", "Tender RFT 03/2025 - Yarrabee Oval Change Rooms Upgrade")
    L("File Reference: TEN/03/2025")
    L("Author: Sanjay Mehta, Manager Works and Services")
    L("Disclosure of Interest: Nil", 5)
    P("The Manager Works and Services reported that four tenders had been received and that the "
      "tender of Wheatbelt Build Pty Ltd for $684,500 scored highest against the selection "
      "criteria. The upgrade is funded by a grant of $400,000 and the building reserve.")
    block("OFFICER RECOMMENDATION")
    L("That Council accept the tender of Wheatbelt Build Pty Ltd for $684,500 for the Yarrabee "
      "Oval Change Rooms Upgrade.", 6)
    P("Cr Fairclough objected to the cost, stating that the building reserve would fall below "
      "$150,000 and that the Shire had no money left for the swimming pool.")
    P("Cr Mudge supported the recommendation, stating that female players had been changing in "
      "their cars for two seasons.")
    block("AMENDMENT")
    L("Moved: Cr Fairclough          Seconded: Cr Kowald", 3)
    L("That the matter be deferred to the June 2025 Ordinary Council Meeting to allow the club "
      "to be asked for a contribution.", 3)
    block("LOST 2/4")
    d.page()
    block("COUNCIL RESOLUTION   OCM 25/043")
    L("Moved: Cr Trevaskis          Seconded: Cr Mudge", 3)
    L("That Council accept the tender of Wheatbelt Build Pty Ltd for $684,500 for the Yarrabee "
      "Oval Change Rooms Upgrade, subject to the Yarrabee Districts Football Club contributing "
      "$25,000 towards the fit-out.", 3)
    block("CARRIED 4/2")
    L("For: Cr Pether, Cr Trevaskis, Cr Mudge, Cr Ashworth")
    L("Against: Cr Fairclough, Cr Kowald", 5)
    P("Reason for change to the officer recommendation: Council considered that the club should "
      "contribute to the fit-out of the building it will use.")
    P("Action: The Chief Executive Officer is to write to the Yarrabee Districts Football Club "
      "seeking its contribution by 6 June 2025.")
    head("7.", "ELECTED MEMBERS' MOTIONS")
    head("7.1", "Cr Ashworth - Verge Spraying Near Waterways")
    P("Cr Ashworth proposed that the Shire stop spraying herbicide on road verges within 50 "
      "metres of the Mortlock River.")
    P("Cr Kowald expressed concern that weeds would then block the culverts.")
    block("COUNCIL RESOLUTION   OCM 25/044")
    L("Moved: Cr Ashworth          Seconded: Cr Fairclough", 3)
    L("That the matter be referred to the Shire's Natural Resource Management Advisory Committee "
      "for a report to Council.", 3)
    block("CARRIED 6/0")
    head("8.", "CLOSURE")
    P("There being no further business, the Presiding Member declared the meeting closed at "
      "4.47pm.")
    d.save(path, header=lambda i, n: "Shire of Yarrabee - Minutes - Ordinary Council Meeting - "
           "22 May 2025", footer=lambda i, n: f"Page {i} of {n}")


def condo(path: Path) -> None:
    d = RuledDoc(size=letter, font="Helvetica", left=64, right=64, top=80, bottom=62)
    P = lambda s: d.para(s, size=10.5, gap=6)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(4)
        d.para(f"{num}. {title}", bold=True, size=11, gap=5)

    d.para("ASHGROVE PLACE", bold=True, size=15, gap=3)
    d.para("PEEL STANDARD CONDOMINIUM CORPORATION NO. 1187", bold=True, size=12, gap=3)
    d.para("Minutes of the Meeting of the Board of Directors", size=11, gap=3)
    d.para("Tuesday, April 15, 2025 at 6:30 p.m., Party Room, 2250 Ashgrove Drive, Mississauga, "
           "Ontario", size=10.5, gap=10)
    xs = [0, 250]
    d.row(["Directors Present:", "Also Present:"], xs, bold=True, size=10.5)
    for pair in [["Anita Chaudhry, President", "Kevin Tsang, Property Manager,"],
                 ["Marcus Bell, Vice-President", "Crestline Property Management"],
                 ["Lorraine Ouellette, Treasurer", ""],
                 ["Farid Haddad, Secretary", "Regrets:"]]:
        d.row(pair, xs, bold=pair[1] == "Regrets:", size=10.5)
    d.row(["", "Paul Okafor, Director"], xs, size=10.5)
    d.space(6)
    head("1", "Call to Order and Quorum")
    P("The President called the meeting to order at 6:34 p.m. and confirmed that a quorum of "
      "directors was present.")
    head("2", "Disclosure of Conflicts of Interest")
    P("No conflicts of interest were declared.")
    head("3", "Approval of the Agenda")
    P("On a motion by Marcus Bell, seconded by Farid Haddad, the Board approved the agenda as "
      "presented.")
    head("4", "Approval of the Minutes of March 18, 2025")
    P("On a motion by Lorraine Ouellette, seconded by Marcus Bell, the Board approved the minutes "
      "of the meeting of March 18, 2025 as amended to record Paul Okafor's regrets.")
    head("5", "Owner Submissions")
    P("Mrs. Grace Whitby, the owner of Unit 1402, attended at the Board's invitation and objected "
      "to the proposed rule on electric vehicle charging, stating that owners who do not drive "
      "would pay for the electrical upgrade through their common expenses.")
    P("Mr. Devinder Sidhu, the owner of Unit 807, asked whether the Corporation would allow "
      "owners to install chargers at their own expense. The President replied that the Board "
      "would consider an agreement under section 98 of the Condominium Act.")
    head("6", "Treasurer's Report")
    P("The Treasurer reported that the operating fund showed a surplus of $18,240 at March 31, "
      "2025 and that the reserve fund stood at $2,146,900. Arrears were $6,310, owed by two "
      "units, and liens had been registered against both.")
    d.page()
    head("7", "Balcony Guard Replacement - Quotations")
    P("The Property Manager presented three quotations for replacing the balcony guards of the "
      "north elevation, as recommended by the reserve fund study:")
    d.ruled([["Contractor", "Scope", "Price (HST incl.)", "Start"],
             ["Halton Glass and Rail Ltd.", "Glass guards, 96 balconies", "$412,300", "June 2025"],
             ["Meridian Restoration Inc.", "Glass guards, 96 balconies", "$389,750", "Aug. 2025"],
             ["Keystone Aluminum Co.", "Picket guards, 96 balconies", "$351,200", "July 2025"]],
            [150, 150, 100, 84])
    P("The Vice-President objected to the picket guards, stating that they would change the "
      "appearance of the building and would need painting every eight years.")
    P("The Treasurer supported the Meridian quotation, stating that it was the lowest price for "
      "glass guards and that the reserve fund could pay for it without a special assessment.")
    P("Moved by Lorraine Ouellette, seconded by Farid Haddad, that the Board accept the quotation "
      "of Meridian Restoration Inc. for $389,750 for the balcony guard replacement. Vote: 3 in "
      "favour (Chaudhry, Ouellette, Haddad), 1 opposed (Bell). The motion was carried.")
    P("Action: Kevin Tsang to have the engineer prepare the contract with Meridian Restoration "
      "Inc. by May 2, 2025.")
    head("8", "Proposed Rule - Electric Vehicle Charging")
    P("The Board reviewed the draft rule, which would allow the Corporation to recover charging "
      "costs from users through metered stations in the P1 garage.")
    P("Farid Haddad asked whether the rule could require owners to pay for the electrical panel "
      "upgrade. The Property Manager replied that only the Corporation's lawyer could advise on "
      "that.")
    P("On a motion by Farid Haddad, seconded by Anita Chaudhry, the Board referred the draft rule "
      "to the Corporation's lawyer for review before it is sent to owners.")
    P("Action: Kevin Tsang to send the draft rule to the lawyer by April 25, 2025.")
    head("9", "Request to Replace the Lobby Furniture")
    P("Marcus Bell proposed that the lobby furniture be replaced at a cost of $14,800.")
    P("Moved by Marcus Bell, seconded by Anita Chaudhry, that the Board approve the replacement "
      "of the lobby furniture at a cost of $14,800. Vote: 1 in favour (Bell), 3 opposed "
      "(Chaudhry, Ouellette, Haddad). The motion was defeated.")
    head("10", "Property Manager's Report")
    P("The Property Manager reported that the garage sweeping had been completed on April 8 and "
      "that the elevator modernization would be discussed at the May meeting.")
    P("The Board deferred the review of the window cleaning contract to the May 20, 2025 meeting.")
    head("11", "Adjournment")
    P("There being no further business, the meeting was adjourned at 8:12 p.m. on a motion by "
      "Lorraine Ouellette.")
    d.save(path, header=lambda i, n: "PSCC No. 1187 - Board of Directors - April 15, 2025",
           footer=lambda i, n: f"Page {i} of {n}")


def community_council(path: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=70, right=70, top=70, bottom=72)
    P = lambda s: d.para(s, size=12, gap=6)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(3)
        d.para(f"{num}  {title}", bold=True, size=12, gap=4)

    d.para("KINNORDY AND DISTRICT COMMUNITY COUNCIL", bold=True, size=14, gap=4)
    d.para("Minutes of the meeting held in Kinnordy Village Hall on Tuesday 13 May 2025 at "
           "7.30 pm", size=12, gap=8)
    d.para("Present: Mrs Fiona Lindsay (Chair), Mr Callum Reid (Secretary), Mrs Morag Petrie "
           "(Treasurer), Mr Alasdair Guthrie, Ms Eilidh Tosh, Mr Graham Stott, Dr Ruth Ogilvie",
           size=12, gap=4)
    d.para("Apologies: Mr Hamish Cargill", size=12, gap=4)
    d.para("In attendance: Cllr Brenda Duncan (Angus Council), PC Iain Shand (Police Scotland), "
           "and six members of the public", size=12, gap=8)
    head("1.", "Welcome and Apologies")
    P("The Chair welcomed everyone to the meeting. Apologies were noted as above.")
    head("2.", "Minutes of the Previous Meeting")
    P("The minutes of the meeting of 8 April 2025 were approved, proposed by Mrs Petrie and "
      "seconded by Mr Guthrie.")
    head("3.", "Police Report")
    P("PC Shand reported four incidents of speeding on the B951 and one theft of diesel from a "
      "farm at Balnaboth. Ms Tosh asked whether a speed camera van could be sent to Kinnordy "
      "Brae. PC Shand replied that he would pass the request to the road policing unit.")
    head("4.", "Planning - 25/00412/FULL, Erection of Six Houses at Kirkton Field")
    P("The Secretary summarised the application for six houses on the field east of the school, "
      "with access from Kirkton Road.")
    P("Mr Stott objected to the application, stating that Kirkton Road has no footway and that "
      "children walk on it to the school.")
    P("Dr Ogilvie supported the application, stating that the village needs homes for young "
      "families and that the school roll has fallen to 31.")
    P("A resident, Mrs Jean Mitchell, objected that the field floods every winter.")
    P("After discussion the Community Council agreed by 5 votes to 2 to object to the "
      "application on the grounds of road safety and flooding.")
    P("Action: Secretary to submit the objection to Angus Council by 23 May 2025.")
    d.page()
    head("5.", "Windfarm Community Benefit Fund")
    P("The Treasurer reported that the Glen Ogil windfarm fund had £42,600 to allocate this "
      "year and that three applications had been received.")
    P("Mr Guthrie proposed that £15,000 be given to the village hall for a new heating system, "
      "seconded by Mrs Petrie. This was agreed unanimously.")
    P("The application from the Kinnordy Curling Club was deferred to the June meeting, as the "
      "club had not sent its accounts.")
    head("6.", "Roads and Paths")
    P("Members noted that the potholes on the Glenisla road had still not been repaired. It was "
      "agreed to refer the matter to Angus Council's roads department and to ask Cllr Duncan to "
      "follow it up.")
    P("Action: Cllr Duncan to raise the Glenisla road with the roads department by 30 May 2025.")
    head("7.", "AOCB")
    P("Ms Tosh proposed that the Community Council buy a defibrillator for the bus shelter at "
      "Balnaboth. Mr Reid objected that the Community Council had no insurance for it. The "
      "proposal was not seconded.")
    head("8.", "Date of Next Meeting")
    P("The next meeting will be held on Tuesday 10 June 2025 at 7.30 pm in the Village Hall.")
    d.save(path)


def main() -> None:
    shire(HERE / "yarrabee_shire_council.pdf")
    condo(HERE / "ashgrove_condo_board.pdf")
    draw_scanned(community_council, "kinnordy_community_council.pdf",
                 HERE / "kinnordy_community_council_scan.pdf")


if __name__ == "__main__":
    main()
