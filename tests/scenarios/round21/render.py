#!/usr/bin/env python3
"""Render the twenty-first round of probes: minutes of kinds of body and countries the first twenty lack.

Usage (from the repository root): python tests/scenarios/round21/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The fourth file of the round (wattle_creek_pc_association.txt, a New South Wales
public school's P&C Association) is written by hand, not by this script.

- kwun_ping_district_council.pdf: a Hong Kong District Council, its attendance in a ruled table
  with times of arrival and departure, members named in the Hong Kong way ("Mr CHAN Tai-man, MH"),
  government representatives in attendance, items headed "Item 3: …" over paragraphs numbered
  1, 2, 3 … in the left margin through the whole minutes, papers cited as "(Paper No. 23/2025)",
  a motion put to the vote with the names "For:" / "Against:" / "Abstain:" and the Chairman
  announcing the result, a motion negatived, a matter referred to a committee; a running header.
- northmoor_police_crime_panel.pdf: an English Police and Crime Panel, its minute references
  "PCP 25/14" before each title, members by their appointing council and independent co-opted
  members, the Commissioner and officers of the OPCC in attendance, a right-hand "Action" column
  naming who acts beside the sentence, a confirmation hearing with a recorded vote ("8 in favour,
  3 against"), a recommendation lost, a complaint referred to the Monitoring Officer, a report
  deferred to the next meeting; running header and footer.
- pinewood_fpd_board_scan.pdf: a Colorado fire protection district's board of directors printed
  then scanned: directors by office ("President", "Secretary/Treasurer"), a director absent and
  excused, "Director … moved …; Director … seconded", roll-call votes "Ayes: … Nays: …", a motion
  failed on a tie, a motion tabled to a later meeting, a resolution adopted, "Chief … will … by …".

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


def district_council(path: Path) -> None:
    d = RuledDoc(size=A4, font="Times-Roman", left=60, right=60, top=70, bottom=70)
    n = iter(range(1, 100))

    def P(s: str) -> None:  # a paragraph numbered in the left margin, as Hong Kong minutes are
        d.para(s, size=11, indent=30, gap=6, first=f"{next(n)}.")

    def head(num: str, title: str) -> None:
        d.space(4)
        d.para(f"Item {num}: {title}", bold=True, size=11, gap=4)

    d.para("Minutes of the 7th Meeting of the Kwun Ping District Council (2024-2027)", bold=True,
           size=12.5, gap=3)
    d.para("Date: 10 July 2025 (Thursday)", size=11, gap=2)
    d.para("Time: 2:30 pm", size=11, gap=2)
    d.para("Venue: Conference Room, Kwun Ping District Council, 4/F, Kwun Ping Government Offices",
           size=11, gap=8)
    d.para("Present", bold=True, size=11, gap=3)
    d.ruled([["Name", "Time of Arrival (pm)", "Time of Departure (pm)"],
             ["Mr WONG Chi-keung, JP (Chairman)", "2:30", "6:10"],
             ["Ms LEUNG Mei-ling, MH (Vice-Chairman)", "2:30", "6:10"],
             ["Mr CHAN Tai-man, MH", "2:30", "6:10"],
             ["Dr HO Wing-sze", "2:30", "5:15"],
             ["Mr LAM Siu-fung", "2:45", "6:10"],
             ["Ms TSANG Ka-yan", "2:30", "6:10"],
             ["Mr YIP Kwok-hung, BBS", "2:30", "6:10"],
             ["Mr CHOW Man-lok", "2:30", "6:10"]], [230, 120, 130])
    d.para("Absent with Apologies", bold=True, size=11, gap=3)
    d.para("Mr KWOK Hon-ming", size=11, gap=6)
    d.para("In Attendance", bold=True, size=11, gap=3)
    d.para("Miss CHEUNG Hoi-yan, District Officer (Kwun Ping), Home Affairs Department", size=11,
           gap=2)
    d.para("Mr NG Tsz-chun, Chief Transport Officer/Kowloon, Transport Department", size=11, gap=2)
    d.para("Ms FONG Lai-kuen, Secretary, Kwun Ping District Council", size=11, gap=8)

    head("1", "Confirmation of the Minutes of the 6th Meeting")
    P("The Chairman said that the draft minutes had been circulated to Members and no proposed "
      "amendment had been received. The minutes were confirmed without amendment.")
    head("2", "Proposal on Extending the Green Minibus Route 41K to Shun Lee Estate "
         "(Paper No. 23/2025)")
    P("Mr CHAN Tai-man introduced the paper, proposing that the Transport Department extend Green "
      "Minibus Route 41K to Shun Lee Estate during the morning and evening peaks.")
    P("Ms TSANG Ka-yan supported the proposal, stating that elderly residents of Shun Lee Estate "
      "now walk fifteen minutes to the nearest minibus stop.")
    P("Mr NG Tsz-chun of the Transport Department responded that the operator had reported a "
      "shortage of drivers and that an extension would lengthen the headway of the route.")
    P("Mr YIP Kwok-hung objected to the extension, stating that the route already runs full at "
      "Ngau Tau Kok Station in the morning peak and that the extension would leave passengers "
      "there behind.")
    P("Dr HO Wing-sze asked whether the Department would consider a short-working service "
      "instead. Mr NG replied that the Department would study the option with the operator.")
    P("Mr CHAN Tai-man moved the following motion, seconded by Ms TSANG Ka-yan: \"That the Kwun "
      "Ping District Council urges the Transport Department to extend Green Minibus Route 41K to "
      "Shun Lee Estate within this year.\"")
    P("The Chairman put the motion to the vote. The voting results were as follows: For: Mr CHAN "
      "Tai-man, Ms TSANG Ka-yan, Ms LEUNG Mei-ling, Mr LAM Siu-fung, Mr CHOW Man-lok (5); "
      "Against: Mr YIP Kwok-hung (1); Abstain: Dr HO Wing-sze (1). The Chairman announced that "
      "the motion was carried.")
    P("The Secretariat would forward the motion to the Transport Department by 24 July 2025.")
    head("3", "Proposal on Installing Covered Walkways at Kwun Ping Road (Paper No. 24/2025)")
    P("Mr LAM Siu-fung proposed that the Council fund covered walkways along Kwun Ping Road from "
      "its District Minor Works allocation at an estimated cost of $3.2 million.")
    P("Mr CHOW Man-lok objected to the proposal, stating that the Highways Department plans to "
      "widen the footpath in 2026 and that the walkways would have to be removed.")
    P("Mr LAM Siu-fung moved, seconded by Dr HO Wing-sze, that the Council approve the funding "
      "of $3.2 million. The Chairman put the motion to the vote: 2 Members voted for, 4 against "
      "and 1 abstained. The Chairman announced that the motion was negatived.")
    P("Ms LEUNG Mei-ling suggested, and Members agreed, that the matter be referred to the "
      "District Facilities Management Committee for further discussion with the Highways "
      "Department.")
    head("4", "Report of the District Officer")
    P("Miss CHEUNG Hoi-yan reported that the Kwun Ping Community Hall would close for "
      "renovation from September 2025 to March 2026.")
    P("Mr WONG Chi-keung asked the District Office to arrange temporary venues for the "
      "community groups using the hall. The District Office to submit a list of temporary venues "
      "to the Council by 15 August 2025.")
    head("5", "Any Other Business")
    P("There being no other business, the meeting was adjourned at 6:10 pm.")
    d.para("Kwun Ping District Council Secretariat", size=11, gap=2)
    d.para("July 2025", size=11, gap=2)
    d.save(path, header=lambda i, k: "Kwun Ping District Council - Minutes of the 7th Meeting",
           footer=lambda i, k: f"{i}")


def police_crime_panel(path: Path) -> None:
    d = Doc(size=A4, font="Helvetica", left=56, right=56, top=72, bottom=72)
    ACT = 90.0  # width of the right-hand Action column
    text_right = d.right - ACT

    def P(s: str, action: str = "") -> None:
        """A paragraph set to the left of the Action column; `action` beside its first line."""
        keep = d.right
        d.right = text_right
        d._need(13)
        if action:
            d.text(text_right + 14, action, d.bold, 9.5)
        d.para(s, size=10, indent=80, gap=6)
        d.right = keep

    def head(ref: str, title: str) -> None:
        d.space(4)
        d.para(title, bold=True, size=10.5, indent=80, gap=4, first=ref)

    d.para("NORTHMOOR POLICE AND CRIME PANEL", bold=True, size=14, gap=3)
    d.para("Minutes of the meeting held on Monday 16 June 2025 at 10.30 am in the Council "
           "Chamber, County Hall, Thornbury", size=10.5, gap=8)
    d.para("Present:", bold=True, size=10, gap=2)
    d.para("Councillor Janet Holloway (Chair) - Thornbury City Council", size=10, indent=20,
           gap=1)
    d.para("Councillor Mark Pendle (Vice-Chair) - Northmoor County Council", size=10, indent=20,
           gap=1)
    d.para("Councillors Ruth Ainsley (Eskdale District Council), Tom Bracegirdle (Northmoor "
           "County Council), Samir Qureshi (Thornbury City Council), Alan Fenwick (Wharfe Vale "
           "Borough Council), Gillian Ormerod (Ryedale Moors District Council), Paul Hirst (Eskdale "
           "District Council) and Linda Crowther (Wharfe Vale Borough Council)", size=10,
           indent=20, gap=1)
    d.para("Independent co-opted members: Mrs Deborah Kaye and Mr Imran Saleem", size=10,
           indent=20, gap=4)
    d.para("Apologies:", bold=True, size=10, gap=2)
    d.para("Councillor Steven Marwood (Ryedale Moors District Council)", size=10, indent=20, gap=4)
    d.para("In attendance:", bold=True, size=10, gap=2)
    d.para("Zoe Castellano (Police and Crime Commissioner); Richard Blenkin (Chief Executive, "
           "OPCC); Helen Tait (Chief Finance Officer, OPCC); Claire Dunning (Panel Secretariat, "
           "Thornbury City Council)", size=10, indent=20, gap=8)
    d.para("Action", bold=True, size=10, gap=2, indent=text_right - d.left + 14)

    head("PCP 25/13", "Declarations of Interest")
    P("Councillor Qureshi declared a personal interest in item PCP 25/16 as a member of the "
      "Thornbury Community Safety Partnership.")
    head("PCP 25/14", "Minutes of the meeting held on 3 February 2025")
    P("RESOLVED that the minutes of the meeting held on 3 February 2025 be approved as a correct "
      "record.")
    head("PCP 25/15", "Confirmation Hearing - Proposed Deputy Police and Crime Commissioner")
    P("The Commissioner presented her proposal to appoint Mr Graham Leyland as Deputy Police and "
      "Crime Commissioner, stating that he had led the county's violence reduction unit for five "
      "years.")
    P("Councillor Bracegirdle supported the appointment, stating that Mr Leyland's work with "
      "schools had reduced knife crime among under-18s in Thornbury.")
    P("Councillor Fenwick objected that the post had not been advertised and that no other "
      "candidate had been considered.")
    P("Mrs Kaye asked what the salary of the post would be. The Commissioner replied that it "
      "would be £68,000 a year, met from the OPCC's existing budget.")
    P("Councillor Pendle moved and Councillor Ainsley seconded that the Panel endorse the "
      "appointment. On being put to the vote, 8 members voted in favour and 3 against.")
    P("RESOLVED that the Panel endorses the appointment of Mr Graham Leyland as Deputy Police and "
      "Crime Commissioner.")
    P("The Panel Secretariat to write to the Commissioner with the Panel's report on the "
      "hearing by 23 June 2025.", action="CD")
    d.page()
    head("PCP 25/16", "Police and Crime Plan - Annual Report 2024/25")
    P("The Chief Executive of the OPCC presented the annual report. Response times in rural "
      "areas had risen to an average of 24 minutes against a target of 20.")
    P("Councillor Ormerod proposed that the Panel recommend that the Commissioner set a separate "
      "response time target for the rural districts. Councillor Qureshi objected that a separate "
      "target would move officers away from the city centre at night.")
    P("Councillor Ormerod moved and Councillor Hirst seconded the recommendation. On being put "
      "to the vote, 4 members voted in favour and 7 against, and the recommendation was lost.")
    P("The Chief Executive of the OPCC to circulate rural response times by district to members "
      "by 31 July 2025.", action="RB")
    head("PCP 25/17", "Complaints against the Commissioner")
    P("The Panel received a report of one complaint about the conduct of the Commissioner "
      "received since the last meeting.")
    P("RESOLVED that the complaint be referred to the Monitoring Officer of Thornbury City "
      "Council for informal resolution.")
    head("PCP 25/18", "Panel Budget and Home Office Grant 2025/26")
    P("Councillor Crowther asked why the Home Office grant for the Panel had not risen since "
      "2021. Ms Dunning replied that the grant had been held at £71,400 for all panels.")
    P("RESOLVED that consideration of the Panel budget be deferred to the meeting on 15 September "
      "2025, when the Home Office grant letter is expected.")
    head("PCP 25/19", "Work Programme")
    P("RESOLVED that the work programme be noted.")
    P("The meeting closed at 12.40 pm.")
    d.save(path, header=lambda i, k: "Northmoor Police and Crime Panel - 16 June 2025",
           footer=lambda i, k: f"Page {i} of {k}")


def fire_district(path: Path) -> None:
    d = Doc(size=letter, font="Times-Roman", left=66, right=66, top=70, bottom=72)
    P = lambda s: d.para(s, size=11.5, gap=6)  # noqa: E731
    head = numbered_heads(d, size=11.5, gap=4, sep=". ")

    d.para("PINEWOOD FIRE PROTECTION DISTRICT", bold=True, size=14, gap=3)
    d.para("Board of Directors - Regular Meeting Minutes", bold=True, size=12, gap=3)
    d.para("Wednesday, July 9, 2025, 6:00 p.m., Station 1 Training Room, 2140 County Road 73, "
           "Pinewood, Colorado", size=11.5, gap=8)
    d.para("Directors Present: President Karen Archuleta; Vice President Dean Kline; "
           "Secretary/Treasurer Rosa Vega; Director Tom Moss", size=11.5, gap=3)
    d.para("Director Absent: Director Bill Haugen (excused)", size=11.5, gap=3)
    d.para("Staff Present: Fire Chief Mike Dorsey; Deputy Chief Erin Lowe; Kathy Brandt, "
           "Administrative Assistant (recording)", size=11.5, gap=8)
    head("1", "CALL TO ORDER AND ROLL CALL")
    P("President Archuleta called the meeting to order at 6:02 p.m. A quorum was present.")
    head("2", "APPROVAL OF MINUTES")
    P("Director Moss moved to approve the minutes of the June 11, 2025 regular meeting as "
      "presented; Director Vega seconded. Motion carried 4-0.")
    head("3", "CHIEF'S REPORT")
    P("Chief Dorsey reported 61 calls for service in June, including 9 wildland fires, and that "
      "Engine 2 is out of service for a pump repair.")
    head("4", "OLD BUSINESS")
    P("4a. Station 2 Roof Replacement")
    P("Chief Dorsey presented two bids for the Station 2 roof replacement, the lower from Summit "
      "Roofing for $48,300. Director Kline objected that neither bid includes removal of the "
      "old roof deck.")
    P("Director Kline moved to table the roof replacement until the August 13, 2025 meeting so "
      "that revised bids can be obtained; Director Moss seconded. Motion carried 4-0.")
    P("Chief Dorsey will obtain revised bids including deck removal by August 1, 2025.")
    head("5", "NEW BUSINESS")
    P("5a. Resolution 2025-04, Mill Levy Ballot Question")
    P("Director Vega proposed that the Board refer a mill levy increase of 2.5 mills to the "
      "November 2025 ballot to fund three additional firefighters.")
    P("Director Moss spoke in favor, stating that the district has answered calls with a single "
      "engine crew on 40 nights this year.")
    P("Director Kline asked how much the increase would cost the owner of a $500,000 home. "
      "Secretary/Treasurer Vega answered about $90 a year.")
    P("Director Vega moved to adopt Resolution 2025-04 referring the mill levy question to the "
      "November 4, 2025 ballot; Director Moss seconded. Roll call vote: Ayes - Vega, Moss, "
      "Archuleta; Nays - Kline. Motion carried 3-1.")
    P("Kathy Brandt will file the certified ballot question with the County Clerk by September "
      "5, 2025.")
    P("5b. Purchase of Used Water Tender")
    P("Director Kline proposed purchasing a used 2012 water tender from the Elk Basin Fire "
      "District for $95,000. Director Archuleta objected that the tender has 180,000 miles on it.")
    P("Director Kline moved to purchase the water tender for $95,000; Director Vega seconded. "
      "Roll call vote: Ayes - Kline, Vega; Nays - Archuleta, Moss. Motion failed 2-2.")
    head("6", "PUBLIC COMMENT")
    P("Mr. Hal Jensen of Elk Ridge Road asked whether the district would burn slash piles for "
      "residents this fall. Chief Dorsey replied that the district does not burn on private land.")
    head("7", "ADJOURNMENT")
    P("There being no further business, President Archuleta adjourned the meeting at 7:48 p.m.")
    d.para("Respectfully submitted, Kathy Brandt, Administrative Assistant", size=11.5, gap=2)
    d.save(path)


def main() -> None:
    district_council(HERE / "kwun_ping_district_council.pdf")
    police_crime_panel(HERE / "northmoor_police_crime_panel.pdf")
    draw_scanned(fire_district, "pinewood_fpd_board.pdf", HERE / "pinewood_fpd_board_scan.pdf")


if __name__ == "__main__":
    main()
