#!/usr/bin/env python3
"""Render the sixteenth round of probes: minutes of kinds of body and countries the first fifteen lack.

Usage (from the repository root): python tests/scenarios/round16/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). Doc, RuledDoc and the printed-then-scanned step come from render_kit. The fourth
file of the round (vastra_lunde_ks.txt, a Word export) is written by hand, not by this script.

- kittiwake_cove_council.pdf: a long (eight pages or more) regular public meeting of a
  Newfoundland town council whose motions are set in a left margin column ("2025-081 /
  Moved: Coun. … / Seconded: Coun. … / Carried unanimously") beside the text; a public hearing on
  a development regulations amendment with residents for and against, short-term rental
  regulations continued from an earlier meeting, an amendment moved and lost, a recorded vote.
- harrowgate_icb_quality.pdf: an NHS integrated care board's quality and performance committee
  whose attendance is a ruled table (Name | Role | Attendance) and whose decisions and actions
  close it in a ruled log (Ref | Decision / Action | Owner | Due).
- nasinu_town_council_scan.pdf: a Fijian town council's ordinary meeting printed, then scanned:
  "Min. No. 41/2025", "Cr." members, a market vendors' delegation objecting to fees, "Moved Cr. …,
  seconded Cr. …", "carried 5 votes to 2 (…)".

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, RuledDoc, draw_scanned  # noqa: E402  (a script: see render_kit)

MARGIN = 148.0  # width of the motion column of the Newfoundland minutes


class MarginDoc(Doc):
    """Doc whose motions are set in a left column beside the paragraph they belong to."""

    def motion(self, margin: list[str], text: str, size: float = 12) -> None:
        self._need((size + 3.5) * max(len(margin), 2) + 6)
        y0 = self.y
        for k, s in enumerate(margin):
            self.pages[-1].append((self.left, y0 - k * (size + 2), s, self.bold if k == 0
                                   else self.font, size - 1.5))
        start = len(self.pages)
        self.para(text, size=size, indent=MARGIN, gap=0)
        if len(self.pages) == start:
            self.y = min(self.y, y0 - len(margin) * (size + 2))
        self.y -= 10


def council(path: Path) -> None:
    d = MarginDoc(size=letter, font="Helvetica", left=62, right=72, top=80, bottom=96)
    P = lambda s: d.para(s, size=12, indent=MARGIN, gap=10)  # noqa: E731
    M = d.motion

    def head(num: str, title: str) -> None:
        d.space(5)
        d.para(f"{num}  {title}", bold=True, size=12, gap=7)

    d.para("TOWN OF KITTIWAKE COVE", bold=True, size=15, gap=3)
    d.para("Minutes of the Regular Public Meeting of Council held in the Council Chambers, "
           "Town Hall, 14 Water Street, Kittiwake Cove, Newfoundland and Labrador, on Tuesday, "
           "April 22, 2025 at 7:00 p.m.", size=11.5, gap=10)
    d.row(["Present:", "Mayor Gerard Whelan (Chair)"], [0, MARGIN], size=11.5)
    for name in ["Deputy Mayor Sheila Tobin", "Councillor Brendan Power",
                 "Councillor Darlene Squires", "Councillor Wayne Noseworthy",
                 "Councillor Tina Kavanagh", "Councillor Mark Parsons"]:
        d.row(["", name], [0, MARGIN], size=11.5)
    d.space(3)
    d.row(["Regrets:", "Councillor Rita Hynes"], [0, MARGIN], size=11.5)
    d.space(3)
    d.row(["Staff:", "Colleen Walsh, Town Manager/Clerk"], [0, MARGIN], size=11.5)
    d.row(["", "Andrew Butt, Director of Public Works"], [0, MARGIN], size=11.5)
    d.row(["", "Jillian Hickey, Development Officer"], [0, MARGIN], size=11.5)
    d.space(8)

    head("1.", "CALL TO ORDER")
    P("Mayor Whelan called the meeting to order at 7:00 p.m. and welcomed the residents in the "
      "gallery. He reminded those present that the meeting was being recorded.")
    head("2.", "ADOPTION OF AGENDA")
    M(["2025-081", "Moved: Coun. Power", "Seconded: Coun. Squires", "Carried unanimously"],
      "That the agenda be adopted as circulated.")
    head("3.", "ADOPTION OF MINUTES")
    M(["2025-082", "Moved: D/M Tobin", "Seconded: Coun. Kavanagh", "Carried unanimously"],
      "That the minutes of the Regular Public Meeting of April 8, 2025 be adopted as "
      "circulated.")
    head("4.", "PUBLIC HEARING - DEVELOPMENT REGULATIONS AMENDMENT No. 7, 2025")
    P("The Development Officer explained that Development Regulations Amendment No. 7, 2025 "
      "would rezone 6.2 hectares of land off Southside Road from Rural to Residential Medium "
      "Density, so that Northern Ridge Homes Ltd. could build forty-four single dwellings and "
      "six semi-detached units. The amendment had been advertised in the Telegram on March 27 "
      "and April 3, 2025, and the Department of Municipal and Provincial Affairs had issued a "
      "release on March 19, 2025.")
    P("Mayor Whelan opened the public hearing at 7:06 p.m. and asked the speakers to keep "
      "their remarks to five minutes.")
    P("Mr. Terrence Dalton, of 31 Southside Road, objected to the rezoning, stating that "
      "Southside Road had no sidewalk and that fifty more households would send at least a "
      "hundred more cars a day past the school bus stop.")
    P("Ms. Paula Gosse, of 12 Ridge Lane, spoke in favour of the amendment, stating that her "
      "two grown children had left the town because there was nothing for sale under $350,000 "
      "and that young families needed somewhere to live.")
    P("Mrs. Edna Fowler, of 40 Southside Road, objected that the land drained into Cooper's "
      "Brook, which had flooded the basements of six homes on Brook Street in October 2023, "
      "and that paving the hillside would make the flooding worse.")
    P("Mr. Scott Rideout, President of Northern Ridge Homes Ltd., stated that the subdivision "
      "would have a storm water pond sized for a one-in-one-hundred-year storm and that the "
      "company would pay for a sidewalk along the front of the property.")
    P("Mr. Kevin Lush, of 7 Brook Street, asked whether Council had a study showing that the "
      "pond would protect Brook Street. The Director of Public Works replied that the "
      "engineering report was under review and that no permit would be issued until the Town's "
      "consulting engineer had approved the storm water design.")
    P("Ms. Amanda Kelly, on behalf of the Kittiwake Cove Trails Association, objected that "
      "the plan cut through the Ridge Path walking trail and asked that a twenty-metre green "
      "buffer be kept along the trail.")
    P("Mr. Harold Janes, a local contractor, supported the amendment, saying that the project "
      "would keep local trades working for three years and would add some $95,000 a year to "
      "the Town's property tax revenue.")
    P("There being no further speakers, Mayor Whelan closed the public hearing at 7:41 p.m. "
      "Written submissions from nine residents had been received, six against and three in "
      "favour, and were circulated to Council.")
    P("Councillor Noseworthy expressed concern that the Town had no plan for the extra traffic "
      "on Southside Road and said that he could not vote for a rezoning before the road was "
      "made safe for children walking to the bus.")
    P("Councillor Squires supported the amendment, stating that the Town's population had "
      "fallen by 4 per cent since the 2016 census and that the school would lose a teacher "
      "without new families.")
    P("Councillor Parsons asked who would maintain the storm water pond once the subdivision "
      "was complete. The Town Manager explained that the pond would be transferred to the "
      "Town, and that the developer would post a maintenance bond for the first five years.")
    M(["2025-083", "Moved: Coun. Squires", "Seconded: Coun. Power"],
      "That Council adopt Development Regulations Amendment No. 7, 2025 and forward it to the "
      "Department of Municipal and Provincial Affairs for registration.")
    M(["2025-084", "Moved: Coun. Noseworthy", "Seconded: Coun. Kavanagh", "Defeated"],
      "Amendment: that the motion be amended to add that the amendment not take effect until "
      "a sidewalk has been built along Southside Road from Ridge Lane to the school. The "
      "amendment was put to a vote and defeated, 2 in favour and 4 against.")
    P("Councillor Kavanagh requested a recorded vote on the main motion.")
    M(["2025-083", "Carried", "4 in favour", "2 against"],
      "Recorded vote on the main motion: In favour: Deputy Mayor Tobin, Councillor Power, "
      "Councillor Squires, Councillor Parsons. Against: Councillor Noseworthy, Councillor "
      "Kavanagh. The Mayor, as Chair, did not vote.")
    P("Action: the Development Officer is to send the adopted amendment to the Department "
      "of Municipal and Provincial Affairs by May 2, 2025.")
    head("5.", "BUSINESS ARISING - SHORT-TERM RENTAL REGULATIONS (DEFERRED FROM APRIL 8, 2025)")
    P("The Town Manager reminded Council that the draft Short-Term Rental Regulations had been "
      "deferred at the meeting of April 8, 2025 (Motion 2025-074) so that staff could report on "
      "the number of short-term rentals operating in the town and on licence fees charged "
      "elsewhere in the province.")
    P("The Town Manager reported that 63 properties in Kittiwake Cove were listed on rental "
      "platforms, up from 38 in 2022, and that 21 of them were whole homes whose owners lived "
      "outside the town. The Town of Witless Bay charged $150 a year and the City of Mount "
      "Pearl $300.")
    P("Councillor Kavanagh supported the regulations, stating that the whole-home rentals had "
      "taken houses off the long-term market at a time when the town had no vacant apartments.")
    P("Councillor Power objected to the proposed fee of $400, stating that most operators were "
      "seniors renting a basement room to top up a pension and that the fee would drive them "
      "out of business.")
    P("Deputy Mayor Tobin asked whether the regulations would apply to cabins rented for the "
      "summer only. The Development Officer replied that any property rented for fewer than "
      "thirty consecutive nights would need a licence.")
    M(["2025-085", "Moved: Coun. Power", "Seconded: Coun. Parsons", "Defeated"],
      "That the proposed annual licence fee be reduced from $400 to $150 for a rental within "
      "the owner's principal residence. The motion was defeated, 3 in favour and 3 against, "
      "the Mayor voting against to break the tie.")
    M(["2025-086", "Moved: Coun. Kavanagh", "Seconded: D/M Tobin", "Carried"],
      "That Council adopt the Short-Term Rental Regulations, 2025 as presented, to take effect "
      "on July 1, 2025. Carried, 5 in favour and 1 against (Councillor Power).")
    P("Action: the Town Manager/Clerk is to publish the regulations in the Newfoundland and "
      "Labrador Gazette and on the Town website by May 30, 2025.")
    head("6.", "FINANCE AND ADMINISTRATION")
    P("Councillor Parsons presented the report of the Finance and Administration Committee. "
      "Property tax collected to March 31, 2025 was $1,284,000, or 38 per cent of the year's "
      "levy, compared with 35 per cent a year earlier. Arrears stood at $212,000.")
    M(["2025-087", "Moved: Coun. Parsons", "Seconded: Coun. Squires", "Carried unanimously"],
      "That the cheque register for the period March 25 to April 17, 2025, totalling "
      "$418,662.37, be approved.")
    P("Councillor Noseworthy asked why the legal fees had reached $31,000 when the budget for "
      "the whole year was $25,000. The Town Manager explained that most of the cost arose from "
      "the Municipal Board appeal on the Cove Road quarry, which had now concluded.")
    M(["2025-088", "Moved: Coun. Parsons", "Seconded: Coun. Kavanagh", "Carried unanimously"],
      "That Council approve a payment of $6,500 to the Kittiwake Cove Volunteer Fire "
      "Department for the purchase of two sets of turnout gear, to be charged to the fire "
      "protection reserve.")
    head("7.", "PUBLIC WORKS")
    P("The Director of Public Works reported that the spring pothole program had begun and "
      "that crews had patched 140 potholes since April 1. The contract for the Main Road "
      "water main replacement would be tendered on May 6, 2025.")
    P("Councillor Squires complained that the gravel shoulder on Harbour Drive had washed out "
      "in the March storm and that it had still not been repaired six weeks later.")
    P("Action: the Director of Public Works is to repair the Harbour Drive shoulder by May 16, "
      "2025.")
    P("Councillor Noseworthy recommended that the Town buy a second-hand street sweeper rather "
      "than hire one each spring, since the hire had cost $18,400 in 2024. The Director of "
      "Public Works agreed to price used sweepers for the budget discussion in the fall.")
    M(["2025-089", "Moved: Coun. Squires", "Seconded: Coun. Power", "Carried unanimously"],
      "That Council award the tender for the supply of 2,400 tonnes of Class A gravel to "
      "Avalon Aggregates Ltd. at $19.85 per tonne, HST extra, being the lowest compliant bid.")
    head("8.", "PLANNING AND DEVELOPMENT")
    P("The Development Officer presented three permit applications.")
    M(["2025-090", "Moved: D/M Tobin", "Seconded: Coun. Parsons", "Carried unanimously"],
      "That Council approve the application of Mr. Leonard Coady for an accessory building "
      "(6.1 m by 7.3 m) at 19 Coady's Lane, subject to the conditions of the Development "
      "Officer's report.")
    P("The Development Officer presented the application of Mr. Bernard Ryan for a home-based "
      "boat repair business at 55 Harbour Drive. Two neighbours had written to object to the "
      "noise and to boats being stored on the road shoulder.")
    P("Councillor Kavanagh expressed concern that a boat repair shop would bring fibreglass dust "
      "and solvents into a residential street, and asked that the permit limit the hours of "
      "work.")
    M(["2025-091", "Moved: Coun. Kavanagh", "Seconded: Coun. Noseworthy", "Carried"],
      "That Council approve the application for a home-based boat repair business at 55 Harbour "
      "Drive on condition that no work be done outside 8:00 a.m. to 6:00 p.m., Monday to "
      "Saturday, and that no boat be stored on the road shoulder. Carried, 5 in favour and 1 "
      "against (Councillor Squires).")
    M(["2025-092", "Moved: Coun. Power", "Seconded: Coun. Squires", "Carried unanimously"],
      "That Council refuse the application for a fence of 2.4 metres at 3 Bayview Crescent, "
      "as the Development Regulations limit fences in a front yard to 1.2 metres.")
    head("9.", "RECREATION AND COMMUNITY SERVICES")
    P("Deputy Mayor Tobin reported that 112 children had registered for the summer day camp "
      "and that the Town had been approved for two Canada Summer Jobs students.")
    P("Councillor Parsons asked whether the Town would open the outdoor pool for the summer. "
      "Deputy Mayor Tobin replied that the pool liner had failed its inspection and that the "
      "pool would stay closed until a new liner could be installed in 2026.")
    P("Councillor Power objected to the closure, stating that the pool was the only place in "
      "the town where children could learn to swim and that the Town should find the money to "
      "replace the liner this year.")
    M(["2025-093", "Moved: D/M Tobin", "Seconded: Coun. Kavanagh", "Carried unanimously"],
      "That the replacement of the outdoor pool liner be referred to the Finance and "
      "Administration Committee for a report on its cost and funding by June 10, 2025.")
    head("10.", "CORRESPONDENCE")
    P("A letter from the Kittiwake Cove Lions Club asked that Council waive the rental fee for "
      "the Community Centre for its seniors' dinner on June 14, 2025.")
    M(["2025-094", "Moved: Coun. Squires", "Seconded: Coun. Parsons", "Carried unanimously"],
      "That the rental fee of $275 for the Lions Club seniors' dinner be waived.")
    P("A letter from the Department of Transportation and Infrastructure advised that the "
      "resurfacing of Route 10 through the town had been deferred to the 2026 construction "
      "season. Council received the letter for information.")
    head("11.", "NEW BUSINESS")
    P("Councillor Noseworthy gave notice that at the next regular meeting he would move that "
      "Council request the Department of Transportation and Infrastructure to reduce the speed "
      "limit on Southside Road to 40 km/h.")
    head("12.", "ADJOURNMENT")
    M(["2025-095", "Moved: Coun. Parsons", "Carried unanimously"],
      "That the meeting be adjourned. The meeting adjourned at 9:18 p.m.")
    d.space(24)
    d.row(["_____________________", "_____________________"], [MARGIN, 330], size=11)
    d.row(["", "Mayor", "Town Manager/Clerk"], [0, MARGIN, 330], size=11)
    d.save(path, footer=lambda i, n: f"Regular Public Meeting - April 22, 2025 - Page {i} of {n}")


def icb_committee(path: Path) -> None:
    d = RuledDoc(size=A4, font="Helvetica", left=56, right=56, top=64, bottom=76)
    P = lambda s: d.para(s, size=10.5, gap=6)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(4)
        d.para(title, bold=True, size=11, gap=5, first=num, indent=64)

    d.para("NHS Harrowgate and Dales Integrated Care Board", bold=True, size=14, gap=2)
    d.para("Quality and Performance Committee", bold=True, size=12, gap=2)
    d.para("Minutes of the meeting held on Thursday 12 June 2025, 10:00 - 12:30, Board Room, "
           "Wharfedale House, Harrowgate, and by Microsoft Teams", size=10.5, gap=8)
    d.ruled([["Name", "Role", "Attendance"],
             ["Dr Helen Ashworth", "Non-Executive Member (Chair)", "Present"],
             ["Mr Rajesh Patel", "Non-Executive Member", "Present"],
             ["Ms Fiona Lambert", "Chief Nursing Officer", "Present"],
             ["Dr Owen Pritchard", "Chief Medical Officer", "Present"],
             ["Mrs Claire Holroyd", "Director of Performance", "Present"],
             ["Mr Simon Whitaker", "Partner Member, Local Authorities", "Apologies"],
             ["Ms Joanne Birch", "Healthwatch Harrowgate (observer)", "In attendance"],
             ["Mr Daniel Okafor", "Head of Corporate Governance (minutes)", "In attendance"]],
            [150, 230, 100], size=9.5)
    d.space(6)
    head("QP/25/31", "Welcome, apologies and declarations of interest")
    P("The Chair welcomed members. Apologies were received from Mr Whitaker. Dr Pritchard "
      "declared that he remains a partner at Dales Medical Practice; the Committee agreed that "
      "this did not conflict with any item on the agenda.")
    head("QP/25/32", "Minutes of the meeting held on 10 April 2025 and action log")
    P("The minutes of the meeting held on 10 April 2025 were approved as an accurate record. "
      "Action QP/25/19 (report on ambulance handover delays) was closed; action QP/25/22 "
      "(audit of discharge summaries) remains open and is due in July.")
    head("QP/25/33", "Integrated Performance Report - Month 1")
    P("Mrs Holroyd presented the Integrated Performance Report for April 2025. The 4-hour "
      "emergency department standard was met for 71.8 per cent of patients against a plan "
      "of 76 per cent, and 2,114 patients had waited more than 65 weeks for elective "
      "treatment, of whom 1,380 were waiting for orthopaedics.")
    P("Mr Patel expressed concern that the orthopaedic backlog had grown for the third month "
      "running and that the recovery plan agreed in February had not been delivered.")
    P("Mr Patel asked whether patients waiting more than 65 weeks were being offered treatment "
      "with another provider. Mrs Holroyd replied that 214 patients had accepted transfer to "
      "the Wetherby independent sector hospital since March and that a further 300 would be "
      "offered transfer by the end of July.")
    P("The Committee noted the report and did not take assurance on elective recovery.")
    P("Action: Mrs Holroyd to bring a revised orthopaedic recovery trajectory to the "
      "August meeting.")
    head("QP/25/34", "Maternity Services - Quality Surveillance Report")
    P("Ms Lambert presented the report of the Local Maternity and Neonatal System. Two "
      "serious incidents had been reported at Harrowgate District Hospital in April, both "
      "referred to the Maternity and Newborn Safety Investigations programme.")
    P("Ms Birch, for Healthwatch, stated that families had told Healthwatch that partners "
      "were still being sent home at night on the postnatal ward, contrary to the Trust's own "
      "policy.")
    P("Dr Pritchard objected to the proposal to close the midwife-led birth centre at Skipton "
      "for six months, stating that women in the Dales would face a drive of more than an "
      "hour in labour.")
    P("The Committee agreed to escalate the staffing risk on the maternity unit to the Board "
      "and asked the Trust to consult the Committee before any closure of the birth centre.")
    P("Action: Ms Lambert to write to the Trust's Director of Midwifery setting out the "
      "Committee's request by 20 June 2025.")
    head("QP/25/35", "Continuing Healthcare - Fast Track Policy")
    P("Dr Pritchard presented the revised Continuing Healthcare Fast Track Policy and "
      "recommended that the Committee approve it.")
    P("Mr Patel asked how the policy would reduce the number of patients who died before a "
      "package of care was in place. Dr Pritchard explained that the policy allowed a care "
      "package to start on the day of referral while the eligibility paperwork was completed.")
    P("The Committee approved the Continuing Healthcare Fast Track Policy.")
    head("QP/25/36", "Board Assurance Framework - quality risks")
    P("Mr Okafor presented the quality risks on the Board Assurance Framework. The Committee "
      "agreed to raise the score of risk BAF 4 (elective recovery) from 16 to 20.")
    head("QP/25/37", "Any other business")
    P("There was no other business. The next meeting will be held on Thursday 14 August 2025.")
    d.para("Decision and action log", bold=True, size=11, gap=5)
    d.ruled([["Ref", "Decision / Action", "Owner", "Due"],
             ["QP/25/33", "Revised orthopaedic recovery trajectory", "C Holroyd", "14/08/2025"],
             ["QP/25/34", "Letter to Director of Midwifery", "F Lambert", "20/06/2025"],
             ["QP/25/34", "Escalate maternity staffing risk to Board", "H Ashworth",
              "03/07/2025"],
             ["QP/25/35", "Fast Track Policy approved", "-", "-"]],
            [62, 240, 90, 80], size=9.5)
    d.save(path, footer=lambda i, n: f"Quality and Performance Committee 12.06.25 - {i}")


def town_council(src: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=72, right=72)
    d.para("NASINU TOWN COUNCIL", bold=True, size=14, gap=2)
    d.para("Minutes of the Ordinary Meeting of Council held in the Council Chambers, Valelevu, "
           "Nasinu on Wednesday, 18th June 2025 commencing at 10.00 a.m.", size=11.5, gap=8)
    d.para("Present: His Worship the Mayor Cr. Ravinesh Chand (Chairman), Deputy Mayor Cr. "
           "Losana Tuilau, Cr. Mohammed Shafiq, Cr. Viliame Naivalu, Cr. Sunita Devi, Cr. "
           "Epeli Rokotuiloma, Cr. Anjali Prasad, Cr. Tomasi Waqa", size=11.5, gap=4)
    d.para("Apologies: Cr. Kamlesh Reddy", size=11.5, gap=4)
    d.para("In Attendance: Mr. Joeli Cawanibuka (Chief Executive Officer), Ms. Priya Lal "
           "(Manager Finance), Mr. Apisai Koroi (Manager Health and Markets)", size=11.5, gap=8)

    def head(num: str, title: str) -> None:
        d.space(3)
        d.para(f"{num}  {title}", bold=True, size=11.5, gap=4)

    P = lambda s: d.para(s, size=11.5, gap=5)  # noqa: E731
    head("Min. No. 40/2025", "CONFIRMATION OF MINUTES")
    P("Moved Cr. Naivalu, seconded Cr. Devi, that the minutes of the Ordinary Meeting held on "
      "21st May 2025 be confirmed. Carried.")
    head("Min. No. 41/2025", "VALELEVU MARKET - REVIEW OF STALL FEES")
    P("The Manager Health and Markets presented the proposal to increase the daily stall fee "
      "at Valelevu Market from $4.00 to $6.00 from 1st August 2025 to meet the cost of the "
      "new roof and toilets.")
    P("Mrs. Salote Vuniwai, President of the Valelevu Market Vendors Association, addressed "
      "Council and objected to the increase, stating that most vendors earned less than $40 "
      "a day and had not yet recovered from the closure of the market in 2021.")
    P("Cr. Shafiq expressed concern that vendors would move to the roadside at Laqere where "
      "no fee was charged.")
    P("Cr. Prasad asked how much the new roof had cost. The Manager Finance replied that the "
      "roof and toilets had cost $386,000, of which $150,000 was a government grant.")
    P("Moved Cr. Tuilau, seconded Cr. Waqa, that the daily stall fee be increased to $5.00 "
      "from 1st August 2025 and reviewed after twelve months. The motion was carried 5 votes "
      "to 2 (Cr. Shafiq and Cr. Devi against).")
    P("The Chief Executive Officer to inform the Vendors Association of the new fee by 30th "
      "June 2025.")
    head("Min. No. 42/2025", "DRAINAGE AT NADERA")
    P("Cr. Rokotuiloma reported that residents of Nadera had complained that the drains had "
      "not been cleared since the floods of April and that water stood in the road after "
      "every heavy shower.")
    P("Resolved that the Council allocate $25,000 from the drainage vote for the clearing of "
      "the Nadera drains, the work to be completed by 31st July 2025.")
    head("Min. No. 43/2025", "GENERAL BUSINESS")
    P("Cr. Waqa asked when the street lights on Kings Road would be repaired. The Chief "
      "Executive Officer replied that Energy Fiji Limited had scheduled the repairs for the "
      "first week of July.")
    P("There being no further business, the meeting closed at 12.05 p.m.")
    d.space(16)
    d.para("Confirmed: ........................ Mayor          ........................ CEO",
           size=11, gap=0)
    d.save(src)


def main() -> None:
    council(HERE / "kittiwake_cove_council.pdf")
    icb_committee(HERE / "harrowgate_icb_quality.pdf")
    draw_scanned(town_council, "nasinu_town_council.pdf", HERE / "nasinu_town_council_scan.pdf")


if __name__ == "__main__":
    main()
