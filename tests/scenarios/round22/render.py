#!/usr/bin/env python3
"""Render the twenty-second round of probes: minutes of kinds of body and countries the first twenty-one lack.

Usage (from the repository root): python tests/scenarios/round22/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The fourth file of the round (carrowkeel_municipal_district.txt, an Irish county
council's municipal district) is written by hand, not by this script.

- brennan_county_elections_board.pdf: an Ohio county board of elections (two members of each
  party), staff "Also present", each motion's mover, seconder, vote and result in a ruled table
  under it ("Moved | Seconded | Vote | Result"), a roll call "Yea"/"Nay" tied 2-2 and the tie
  sent to the Secretary of State, a matter tabled to a special meeting, "will … by …" actions;
  a running header and a "Page 1 of 3" footer.
- strathdearn_licensing_board.pdf: a Scottish licensing board, its minute references "25/43" in
  a left margin column, the Convener in the chair, the Clerk, a Licensing Standards Officer and
  Police Scotland in attendance, a motion and an amendment put to a division with the names
  ("for the motion 5 … for the amendment 2"), "Resolved (unanimously):" set off and indented, a
  review hearing continued to a later meeting, a matter remitted to the Clerk; running header
  and footer.
- mitta_plains_cma_scan.pdf: a Victorian catchment management authority's board printed then
  scanned: directors by name with the Chair, apologies in a sentence, items numbered 5.1 …,
  "Moved: … / Seconded: …" lines with "CARRIED UNANIMOUSLY" on its own line, a vote "For 3,
  Against 4, Abstain 1" and "The Chair declared the motion lost", a matter referred to a
  committee of the board, and a final "Action list" table.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import (  # noqa: E402  (a script: see render_kit)
    Doc, RuledDoc, draw_scanned, numbered_heads)


def elections_board(path: Path) -> None:
    d = RuledDoc(size=letter, font="Helvetica", left=64, right=64, top=72, bottom=72)
    P = lambda s: d.para(s, size=10.5, gap=6)  # noqa: E731
    head = numbered_heads(d, size=11, gap=4, sep=". ", space=4)

    def motion(text: str, moved: str, seconded: str, vote: str, result: str) -> None:
        d.para(text, size=10.5, indent=24, gap=4)
        d.ruled([["Moved", "Seconded", "Vote", "Result"], [moved, seconded, vote, result]],
                [110, 110, 110, 110], size=9.5)

    d.para("BRENNAN COUNTY BOARD OF ELECTIONS", bold=True, size=14, gap=3)
    d.para("Minutes of Regular Meeting", bold=True, size=12, gap=3)
    d.para("Tuesday, August 12, 2025 - 9:00 a.m. - Board Office, 118 West Market Street, "
           "Lancaster Falls, Ohio", size=10.5, gap=8)
    d.para("Board Members Present: Linda Sokol, Chair; Thomas Acheson; Marcia Feld; Curtis "
           "Dunmore", size=10.5, gap=3)
    d.para("Also Present: Karen Whitby, Director; Luis Ortega, Deputy Director; Dana Royce, "
           "Assistant Prosecuting Attorney", size=10.5, gap=8)
    head("1", "Call to Order")
    P("Chair Sokol called the meeting to order at 9:02 a.m. and led the Pledge of Allegiance. "
      "All four Board members were present.")
    head("2", "Approval of Minutes")
    motion("Motion to approve the minutes of the July 8, 2025 regular meeting as presented.",
           "Acheson", "Feld", "4-0", "Carried")
    head("3", "Director's Report")
    P("Director Whitby reported that the office processed 1,214 new voter registrations in July "
      "and that the post-election audit of the May 6, 2025 primary found no discrepancies.")
    head("4", "Polling Location Change - Precinct Brennan 14")
    P("Deputy Director Ortega proposed that the polling location for Precinct Brennan 14 be "
      "moved from Grace Lutheran Church to the Brennan Township Hall for the November 4, 2025 "
      "general election.")
    P("Member Acheson supported the change, stating that the church's gymnasium has no "
      "accessible entrance and that the Township Hall meets the ADA survey standards.")
    P("Member Feld objected that the Township Hall has only 22 parking spaces for a precinct of "
      "1,900 registered voters.")
    P("Member Dunmore asked how voters would be told of the change. Deputy Director Ortega "
      "replied that every registered voter in the precinct would receive a notice card.")
    motion("Motion to move the Precinct Brennan 14 polling location to the Brennan Township Hall "
           "effective with the November 4, 2025 general election.",
           "Acheson", "Dunmore", "3-1", "Carried")
    P("Deputy Director Ortega will mail notice cards to all Precinct Brennan 14 voters by "
      "October 3, 2025.")
    head("5", "Purchase of Ballot-on-Demand Printers")
    P("Director Whitby proposed that the Board purchase three ballot-on-demand printers for the "
      "early voting center at a cost of $27,600, to be paid from the HAVA grant.")
    P("Member Dunmore objected that the grant balance is needed for the replacement of the "
      "poll pads in 2026.")
    P("Member Feld asked whether the vendor would lease the printers instead. Director Whitby "
      "replied that the vendor offers no lease.")
    motion("Motion to purchase three ballot-on-demand printers at a cost of $27,600.",
           "Feld", "Sokol", "2-2", "Tie")
    P("Roll call: Sokol - Yea; Feld - Yea; Acheson - Nay; Dunmore - Nay. The motion failed on a "
      "tie vote.")
    P("Director Whitby will submit the tie vote to the Secretary of State for decision by "
      "August 22, 2025.")
    head("6", "Certification of Village of Carrick Levy Ballot Language")
    P("Assistant Prosecuting Attorney Royce reported that the County Auditor has not yet "
      "certified the tax valuation for the proposed Village of Carrick fire levy.")
    motion("Motion to table the certification of the Village of Carrick levy ballot language "
           "until the special meeting of August 26, 2025.", "Dunmore", "Acheson", "4-0",
           "Carried")
    head("7", "Public Comment")
    P("Ms. Janet Purcell of Carrick Road asked whether the early voting center would open on "
      "the Sunday before the election. Director Whitby replied that the hours are set by the "
      "Secretary of State's directive.")
    head("8", "Adjournment")
    motion("Motion to adjourn at 10:14 a.m.", "Feld", "Dunmore", "4-0", "Carried")
    d.para("Attest: Karen Whitby, Director", size=10.5, gap=2)
    d.save(path, header=lambda i, k: "Brennan County Board of Elections - Regular Meeting - "
           "August 12, 2025", footer=lambda i, k: f"Page {i} of {k}")


def licensing_board(path: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=60, right=60, top=72, bottom=72)
    IND = 62.0

    def P(s: str) -> None:
        d.para(s, size=11, indent=IND, gap=6)

    def R(s: str) -> None:  # a resolution set off, indented further
        d.para(s, size=11, indent=IND + 24, gap=6)

    def head(ref: str, title: str) -> None:
        d.space(4)
        d.para(title, bold=True, size=11, indent=IND, gap=4, first=ref)

    d.para("STRATHDEARN LICENSING BOARD", bold=True, size=14, gap=3)
    d.para("Minute of Meeting of the Strathdearn Licensing Board held in the Council Chamber, "
           "Glenmorven House, Invermorven on Thursday 21 August 2025 at 10.00 am.", size=11,
           gap=8)
    d.para("Present:", bold=True, size=11, gap=2)
    d.para("Councillor Morag Fraser (Convener), Councillor Iain Munro, Councillor Duncan Ross, "
           "Councillor Kirsty Mackay, Councillor Alan Grant, Councillor Fiona Urquhart and "
           "Councillor Hamish Sutherland.", size=11, indent=20, gap=4)
    d.para("Apologies:", bold=True, size=11, gap=2)
    d.para("Councillor Ewan Campbell.", size=11, indent=20, gap=4)
    d.para("In Attendance:", bold=True, size=11, gap=2)
    d.para("Ms Rhona MacLeod, Clerk to the Board; Mr Craig Dunbar, Depute Clerk; Mr Stuart "
           "Gillies, Licensing Standards Officer; Sergeant Lorna Baird, Police Scotland.",
           size=11, indent=20, gap=8)
    head("25/41", "Declarations of Interest")
    P("Councillor Sutherland declared a non-financial interest in item 25/45 as a director of "
      "the Strathdearn Highland Games and took no part in that item.")
    head("25/42", "Minute of Previous Meeting")
    P("The Minute of the meeting of 19 June 2025 was submitted and approved.")
    head("25/43", "Application for Variation of Premises Licence - The Drover's Inn, Dalcross")
    P("There was submitted an application by Dalcross Inns Ltd to vary the premises licence of "
      "The Drover's Inn to extend the terminal hour on Fridays and Saturdays from midnight to "
      "1.00 am.")
    P("Mr Neil Forbes, solicitor for the applicant, proposed that the Board grant the "
      "variation, stating that the premises had operated without incident since 2019.")
    P("Sergeant Baird objected on behalf of the Chief Constable that there had been fourteen "
      "calls to disorder in Dalcross Square after midnight in the past year.")
    P("Councillor Ross asked whether door stewards would be employed after 11.00 pm. Mr Forbes "
      "confirmed that two stewards would be on duty.")
    P("Councillor Munro, seconded by Councillor Mackay, moved that the variation be granted "
      "subject to two door stewards being on duty after 11.00 pm.")
    P("Councillor Grant, seconded by Councillor Urquhart, moved as an amendment that the "
      "variation be refused on the ground of preventing public nuisance.")
    P("On a division there voted for the motion 5 (Councillors Fraser, Munro, Ross, Mackay and "
      "Sutherland) and for the amendment 2 (Councillors Grant and Urquhart), with no "
      "abstentions. The motion was accordingly carried.")
    d.page()
    head("25/44", "Review of Premises Licence - Quick Stop Convenience, High Street, Nairnside")
    P("Mr Gillies reported that the premises had failed two test purchases of alcohol by young "
      "people in May and July 2025. The premises licence holder did not attend.")
    P("Councillor Mackay proposed that the review hearing be continued so that the licence "
      "holder could be heard.")
    R("Resolved (unanimously): to continue the review hearing to the meeting of the Board on "
      "18 September 2025.")
    P("The Clerk would write to the premises licence holder requiring attendance by 1 "
      "September 2025.")
    head("25/45", "Occasional Licence - Strathdearn Highland Games")
    P("There was submitted an application for an occasional licence for the Highland Games "
      "beer tent on 6 September 2025.")
    P("Councillor Urquhart asked whether the event plan had been approved by the Safety "
      "Advisory Group. The Depute Clerk replied that the plan was still awaited.")
    R("Resolved: to remit the application to the Clerk for determination under delegated "
      "powers once the Safety Advisory Group has approved the event plan.")
    head("25/46", "Statement of Licensing Policy - Overprovision Assessment")
    P("The Clerk presented a report proposing a public consultation on declaring the Invermorven "
      "town centre an area of overprovision for off-sales.")
    P("Councillor Grant spoke in support, stating that the town centre has eleven off-sales "
      "premises within four hundred metres.")
    P("Councillor Ross objected that a declaration would prevent a new supermarket from "
      "opening at the Harbour Road retail park.")
    R("Resolved (unanimously): to approve the consultation draft for publication.")
    P("The Clerk to publish the consultation draft on the Board's website by 30 September 2025.")
    P("The meeting closed at 12.05 pm.")
    d.save(path, header=lambda i, k: "Strathdearn Licensing Board - 21 August 2025",
           footer=lambda i, k: f"{i}")


def catchment_authority(path: Path) -> None:
    d = RuledDoc(size=A4, font="Helvetica", left=62, right=62, top=70, bottom=72)
    P = lambda s: d.para(s, size=10.5, gap=5)  # noqa: E731
    B = lambda s: d.para(s, bold=True, size=10.5, gap=5)  # noqa: E731
    head = numbered_heads(d, size=11, gap=4, sep="  ", space=4)

    d.para("MITTA PLAINS CATCHMENT MANAGEMENT AUTHORITY", bold=True, size=13.5, gap=3)
    d.para("Minutes of Board Meeting No. 214", bold=True, size=12, gap=3)
    d.para("Held on Wednesday 17 September 2025 at 9.30 am at the Authority's office, 41 Hume "
           "Street, Wodonga East, Victoria", size=10.5, gap=8)
    d.para("Present: Ms Helen Bright (Chair), Mr Graham Tully, Ms Anika Rao, Mr Peter "
           "Kilpatrick, Dr Sue Whelan, Mr Jack Ferris, Ms Lara Mendes, Mr Owen Drury", size=10.5,
           gap=3)
    d.para("In attendance: Mr Colin Barrett (Chief Executive Officer), Ms Tracey Lim (Manager "
           "Waterways), Ms Jo Armitage (Board Secretary, minutes)", size=10.5, gap=3)
    P("Apologies were received from Mr Dennis Hogg, who was overseas.")
    head("1", "Acknowledgement of Country and Welcome")
    P("The Chair opened the meeting at 9.32 am and acknowledged the Traditional Owners of the "
      "land on which the meeting was held.")
    head("2", "Confirmation of Minutes")
    P("That the minutes of Board Meeting No. 213 held on 20 August 2025 be confirmed.")
    P("Moved: Mr Tully")
    P("Seconded: Dr Whelan")
    B("CARRIED UNANIMOUSLY")
    head("3", "Chief Executive Officer's Report")
    P("Mr Barrett reported that the Authority had completed 38 kilometres of riparian fencing "
      "on the Kiewa River against a target of 40 kilometres for the year.")
    head("4", "Matters for Decision")
    head("4.1", "Willow Removal - Lower Mitta Reach")
    P("Ms Lim proposed that the Authority award the contract for willow removal on the Lower "
      "Mitta reach to Riverine Works Pty Ltd for $186,000.")
    P("Mr Kilpatrick spoke in support, stating that the willows are diverting the channel into "
      "the Talgarno Road embankment.")
    P("Ms Mendes asked whether the landholders along the reach had been consulted. Ms Lim "
      "replied that eleven of the twelve had signed access agreements.")
    P("That the Board award the contract for willow removal on the Lower Mitta reach to "
      "Riverine Works Pty Ltd for $186,000 (excluding GST).")
    P("Moved: Mr Kilpatrick")
    P("Seconded: Ms Rao")
    B("CARRIED UNANIMOUSLY")
    P("Ms Lim will notify the landholders of the start date by 10 October 2025.")
    head("4.2", "Carp Control Trial - Lake Coonara")
    P("Mr Ferris proposed that the Authority fund a two-year carp netting trial at Lake "
      "Coonara at a cost of $95,000 from the reserve.")
    P("Mr Drury objected that the reserve is committed to the flood recovery works at "
      "Tallangatta Creek.")
    P("That the Board fund a two-year carp netting trial at Lake Coonara at a cost of $95,000.")
    P("Moved: Mr Ferris")
    P("Seconded: Ms Mendes")
    P("For 3, Against 4, Abstain 1. The Chair declared the motion lost.")
    head("4.3", "Regional Catchment Strategy - Annual Report Card")
    P("Dr Whelan proposed that the Board adopt the draft annual report card for publication.")
    P("The Board agreed to refer the draft report card to the Audit and Risk Committee for "
      "review of the financial indicators before adoption.")
    head("5", "General Business")
    P("Ms Rao asked when the Board would next inspect the Kiewa works. The Chair replied that "
      "an inspection would be arranged for November.")
    P("The meeting closed at 12.10 pm.")
    B("Action list")
    d.ruled([["No.", "Action", "Responsible", "Due"],
             ["1", "Notify Lower Mitta landholders of start date", "Ms Lim", "10 October 2025"],
             ["2", "Report card review by Audit and Risk Committee", "Mr Barrett",
              "15 October 2025"],
             ["3", "Arrange inspection of the Kiewa works", "Ms Armitage", "31 October 2025"]],
            [30, 250, 90, 100], size=9)
    d.save(path, footer=lambda i, k: f"Board Meeting No. 214 - Page {i}")


def main() -> None:
    elections_board(HERE / "brennan_county_elections_board.pdf")
    licensing_board(HERE / "strathdearn_licensing_board.pdf")
    draw_scanned(catchment_authority, "mitta_plains_cma.pdf", HERE / "mitta_plains_cma_scan.pdf")


if __name__ == "__main__":
    main()
