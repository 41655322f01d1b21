#!/usr/bin/env python3
"""Render the nineteenth round of probes: minutes of kinds of body and countries the first eighteen lack.

Usage (from the repository root): python tests/scenarios/round19/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The fourth file of the round (carragh_planning_committee.txt, a Northern Irish
borough council's planning committee) is written by hand, not by this script.

- sainte_brigide_council.pdf: a regular sitting of a Quebec municipal council, minutes in English,
  resolution numbers "2025-06-118" printed in a left margin column beside the resolution they open,
  "WHEREAS …" preambles, "IT IS PROPOSED BY Councillor … SECONDED BY Councillor … AND RESOLVED
  THAT", "ADOPTED UNANIMOUSLY", a vote asked for ("For: … Against: …", "ADOPTED ON DIVISION"), a
  resolution "REJECTED ON DIVISION", a notice of motion, a question period, a running header and a
  footer carrying the initials of the Mayor and of the Director General.
- tri_valley_transit_cac.pdf: a US transit agency's Citizens' Advisory Committee, its text set in
  two columns on portrait pages under a full-width masthead, with members who represent groups
  "(Senior Riders)", a consent calendar, public comment, recommendations to the Board of Directors
  passed "7-2-1" with "Ayes: … Noes: … Abstain: …", a motion that failed "3-6", a matter referred to
  a subcommittee and "Staff to … by …" actions; running header and footer.
- wexcombe_parish_council_scan.pdf: an English parish council's minutes printed then scanned, with
  minute references "25/047" before each title, "RESOLVED that …", the meeting adjourned for public
  participation, planning applications, "4 in favour, 2 against, 1 abstention", a proposal lost on
  a show of hands, a matter referred to the unitary council and "Clerk to … by …" actions.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import (  # noqa: E402  (a script: see render_kit)
    Doc, TwoColumnDoc, draw_scanned, numbered_heads)

MARGIN = 92.0  # width of the resolution-number column of the Quebec minutes


def quebec(path: Path) -> None:
    d = Doc(size=letter, font="Times-Roman", left=60, right=60, top=76, bottom=80)
    P = lambda s, first="": d.para(s, size=11, indent=MARGIN, gap=6, first=first)  # noqa: E731
    head = numbered_heads(d, size=11, gap=4, sep=". ", indent=MARGIN)

    def resolved(number: str, title: str, moved: str, seconded: str, text: str,
                 result: str, whereas: list[str] = ()) -> None:
        d.para(title, bold=True, size=10.5, indent=MARGIN, gap=3, first=number)
        for w in whereas:
            P(w)
        P(f"IT IS PROPOSED BY Councillor {moved}")
        P(f"SECONDED BY Councillor {seconded}")
        P(f"AND RESOLVED THAT {text}")
        if result:
            d.para(result, bold=True, size=11, indent=MARGIN, gap=8)

    for s in ["PROVINCE OF QUEBEC", "MRC OF BROME-MISSISQUOI",
              "MUNICIPALITY OF SAINTE-BRIGIDE-DU-LAC"]:
        d.para(s, bold=True, size=11, indent=MARGIN, gap=1)
    d.space(8)
    P("Minutes of the regular sitting of the municipal council of the Municipality of "
      "Sainte-Brigide-du-Lac, held on Monday, June 2, 2025 at 7:30 p.m. at the community hall, "
      "12 Principale Street, Sainte-Brigide-du-Lac.")
    P("ARE PRESENT: Councillors Marc Tremblay (seat 1), Heather McKinnon (seat 2), Denis "
      "Lapointe (seat 3), Sophie Charest (seat 4) and Robert Ashby (seat 6), forming a quorum "
      "under the presidency of the Mayor, Louise Gagnon.")
    P("IS ABSENT: Councillor Gilles Fontaine (seat 5).")
    P("ALSO PRESENT: Ms. Julie Bergeron, Director General and Clerk-Treasurer, who acts as "
      "secretary of the sitting. Eleven citizens attend.")
    head("1", "OPENING OF THE SITTING")
    P("The Mayor opens the sitting at 7:31 p.m. and notes that a quorum is present.")
    head("2", "ADOPTION OF THE AGENDA")
    resolved("2025-06-114", "Adoption of the agenda", "Heather McKinnon", "Denis Lapointe",
             "the agenda be adopted as presented, with item 9.1 left open.",
             "ADOPTED UNANIMOUSLY")
    head("3", "ADOPTION OF THE MINUTES")
    resolved("2025-06-115", "Minutes of the regular sitting of May 5, 2025", "Robert Ashby",
             "Sophie Charest",
             "the minutes of the regular sitting of May 5, 2025 be adopted as written.",
             "ADOPTED UNANIMOUSLY")
    head("4", "QUESTION PERIOD")
    P("Mr. Rejean Paquette of chemin du Lac asked when the municipality would grade chemin "
      "Bellevue, which has not been graded since the spring thaw. The Director General replied "
      "that the grader is booked for the week of June 16.")
    P("Ms. Karen Whitlock objected to the proposed paid parking at the municipal beach, stating "
      "that residents already pay for the beach through their property taxes.")
    d.page()
    head("5", "ADMINISTRATION AND FINANCE")
    head("5.1", "List of accounts payable")
    resolved("2025-06-116", "Approval of the accounts payable", "Marc Tremblay",
             "Heather McKinnon",
             "the council approve the list of accounts payable for May 2025 totalling "
             "$184,326.41 and authorize the Director General to pay them.",
             "ADOPTED UNANIMOUSLY")
    P("Certificate of availability of funds: I, the undersigned, Director General, certify that "
      "the municipality has the funds needed for the expenditures described above.")
    head("5.2", "Paid parking at the municipal beach")
    P("Councillor Lapointe presented the recreation committee's proposal to charge non-residents "
      "$15 a day to park at the municipal beach from June 21 to September 1.")
    P("Councillor McKinnon supported the proposal, stating that visitors from outside the "
      "municipality fill the lot every weekend and the municipality pays for the lifeguards.")
    P("Councillor Ashby objected, stating that the beach had always been free and that "
      "cottagers would park on chemin du Lac instead.")
    resolved("2025-06-117", "Paid parking for non-residents at the municipal beach",
             "Denis Lapointe", "Heather McKinnon",
             "the council introduce paid parking for non-residents at the municipal beach at $15 "
             "a day from June 21 to September 1, 2025, residents parking free with a sticker.",
             "", whereas=["WHEREAS the beach parking lot is full every weekend in July and August;",
                          "WHEREAS the cost of the lifeguards rose to $38,400 this year;"])
    P("Councillor Ashby requests a vote.")
    P("For: Councillors Tremblay, McKinnon, Lapointe and Charest")
    P("Against: Councillor Ashby")
    P("The Mayor does not vote.")
    d.para("ADOPTED ON DIVISION (4 to 1)", bold=True, size=11, indent=MARGIN, gap=6)
    P("Action: the Director General to order the parking signs and the residents' stickers by "
      "June 13, 2025.")
    head("6", "PUBLIC WORKS")
    head("6.1", "Paving of chemin Bellevue")
    resolved("2025-06-118", "Award of the paving contract for chemin Bellevue", "Robert Ashby",
             "Marc Tremblay",
             "the council award the contract for the paving of chemin Bellevue to Pavage "
             "Missisquoi Inc., the lowest conforming bidder, for $412,880.50, taxes included.",
             "", whereas=["WHEREAS the municipality called for public tenders on the SEAO "
                          "electronic tendering system and received three bids;"])
    P("Councillor Charest asked whether the contract could wait for the road-safety grant "
      "announced by the Ministry of Transport. The Director General replied that the grant "
      "would not be paid before 2026.")
    P("Councillor Charest requests a vote.")
    P("For: Councillors Ashby and Tremblay")
    P("Against: Councillors McKinnon, Lapointe and Charest")
    d.para("REJECTED ON DIVISION (2 to 3)", bold=True, size=11, indent=MARGIN, gap=6)
    resolved("2025-06-119", "Paving of chemin Bellevue postponed", "Sophie Charest",
             "Denis Lapointe",
             "the award of the paving contract for chemin Bellevue be postponed to the sitting "
             "of July 7, 2025, once the Ministry has replied to the grant application.",
             "ADOPTED UNANIMOUSLY")
    d.page()
    head("7", "URBAN PLANNING")
    head("7.1", "Minor exemption request - 48 chemin des Pins")
    P("The council studied the request for a minor exemption to allow a garage 1.2 metres from "
      "the side lot line instead of the 2 metres required by the zoning by-law.")
    resolved("2025-06-120", "Minor exemption - 48 chemin des Pins referred to the planning "
             "advisory committee", "Heather McKinnon", "Sophie Charest",
             "the request be referred to the planning advisory committee for its recommendation "
             "before the council rules on it.",
             "ADOPTED UNANIMOUSLY")
    head("8", "NOTICE OF MOTION")
    P("NOTICE OF MOTION is given by Councillor Tremblay that at a subsequent sitting By-law "
      "2025-07 respecting the nuisances caused by short-term rentals will be presented for "
      "adoption.")
    head("9", "VARIA")
    head("9.1", "Canada Day celebrations")
    P("Councillor Charest proposed that the municipality add a fireworks display to the Canada "
      "Day celebrations at a cost of $6,500.")
    P("Action: Councillor Charest to bring two quotations to the July 7, 2025 sitting.")
    head("10", "CLOSING OF THE SITTING")
    resolved("2025-06-121", "Closing of the sitting", "Denis Lapointe", "Robert Ashby",
             "the sitting be closed at 9:04 p.m.", "ADOPTED UNANIMOUSLY")
    P("I, Louise Gagnon, Mayor, attest that signing these minutes is equivalent to signing all "
      "the resolutions they contain within the meaning of section 142(2) of the Municipal Code.")
    d.space(12)
    d.para("__________________________          __________________________", size=11,
           indent=MARGIN, gap=1)
    d.para("Louise Gagnon, Mayor                          Julie Bergeron, Director General",
           size=11, indent=MARGIN, gap=1)
    d.save(path, header=lambda i, n: "Municipality of Sainte-Brigide-du-Lac - Regular sitting "
           "of June 2, 2025",
           footer=lambda i, n: f"Page {i}        Mayor's initials ______   DG's initials ______")


def transit_cac(path: Path) -> None:
    d = TwoColumnDoc(size=letter, font="Helvetica", left=50, right=50, top=66, bottom=66)
    P = lambda s: d.para(s, size=10.5, gap=5)  # noqa: E731
    head = numbered_heads(d, size=11, gap=3, sep=". ")

    d.para("TRI-VALLEY REGIONAL TRANSIT DISTRICT", bold=True, size=14, gap=3)
    d.para("Citizens' Advisory Committee - Minutes of the Regular Meeting", bold=True, size=11,
           gap=3)
    d.para("Wednesday, June 11, 2025, 6:00 p.m., Board Room, 1400 Depot Street, Linwood, Oregon",
           size=10, gap=10)
    d.columns()
    head("1", "Call to Order and Roll Call")
    P("Chair Dana Whitfield called the meeting to order at 6:02 p.m. A quorum was present.")
    P("Members Present: Chair Dana Whitfield (Senior Riders), Vice Chair Luis Ortega (City of "
      "Brookfield), Members Grace Okafor (Disability Community), Tom Lind (Linwood Chamber of "
      "Commerce), Priya Raman (Student Riders), Walt Rausch (Rural Riders), Ellen Hale (City of "
      "Linwood), Marcus Dupree (Transit Workers), Beth Sorensen (At Large), Kenji Mori (Bicycle "
      "Coalition)")
    P("Members Absent: Member Carla Vance (Environmental Groups), excused")
    P("Staff Present: Nadia Petrov, Planning Manager; Omar Haddad, Accessibility Coordinator; "
      "Julie Tran, Board Clerk")
    head("2", "Public Comment")
    P("Mr. Arthur Kim, a rider from Brookfield, asked why Route 22 buses leave the Brookfield "
      "Transit Center two minutes before the train arrives. Ms. Petrov replied that the "
      "September schedule would move the departure to 7:18 a.m.")
    P("Ms. Rosa Delgado spoke against the proposed elimination of Sunday service on Route 14, "
      "stating that she and her neighbors take it to church and to their weekend jobs.")
    head("3", "Consent Calendar")
    P("3.1 Minutes of the May 14, 2025 regular meeting")
    P("3.2 Ridership report, April 2025")
    P("Motion by Vice Chair Ortega, seconded by Member Sorensen, to approve the consent "
      "calendar. The motion passed 10-0.")
    head("4", "Draft FY 2026 Service Plan")
    P("Ms. Petrov presented the draft FY 2026 service plan, which adds 15-minute weekday service "
      "on Route 5 and Route 9, and pays for it by eliminating Sunday service on Route 14, whose "
      "Sunday buses carry an average of six riders a trip.")
    P("Member Lind supported the plan, stating that frequent service on the Route 5 and Route 9 "
      "corridors would serve the new hospital campus and most of the district's job growth.")
    P("Member Rausch objected to the elimination of Sunday service on Route 14, stating that "
      "the riders who depend on it have no other way to reach work on Sundays.")
    P("Member Raman asked whether the Route 9 frequency would continue during the summer term. "
      "Ms. Petrov replied that it would run year-round.")
    P("Member Rausch moved to recommend that the Board of Directors keep Sunday service on "
      "Route 14, seconded by Member Hale. The motion failed 3-6-1 (Ayes: Rausch, Hale, Okafor; "
      "Noes: Whitfield, Ortega, Lind, Raman, Dupree, Mori; Abstain: Sorensen).")
    P("Motion by Member Lind, seconded by Member Mori, to recommend that the Board of Directors "
      "adopt the draft FY 2026 service plan as presented. The motion passed 7-2-1 (Ayes: "
      "Whitfield, Ortega, Lind, Raman, Dupree, Mori, Sorensen; Noes: Rausch, Hale; Abstain: "
      "Okafor).")
    P("Staff to provide the Committee with Sunday ridership on Route 14 by stop by July 9, 2025.")
    head("5", "Bus Stop Amenities Policy")
    P("Mr. Haddad presented the draft policy for shelters and benches, which places a shelter at "
      "every stop with 40 or more daily boardings.")
    P("Member Okafor proposed that the policy also require a bench at every stop within a "
      "quarter mile of a senior center or medical clinic.")
    P("The Committee referred the draft policy to its Accessibility Subcommittee for review, with "
      "Member Okafor's proposal.")
    P("Mr. Haddad to send the Subcommittee the list of stops near senior centers and clinics by "
      "June 25, 2025.")
    head("6", "Fare Capping Pilot")
    P("Member Dupree proposed that the Committee ask the Board to start the fare capping pilot "
      "in January instead of July 2026. After discussion the Committee postponed the item to its "
      "August 13, 2025 meeting, when the fare study will be available.")
    head("7", "Paratransit Service Update")
    P("Mr. Haddad reported that on-time performance of LiftLine paratransit trips rose to 91 "
      "percent in May, and that the new scheduling software will go live on July 21.")
    P("Member Okafor asked whether riders would still be able to book trips by telephone. Mr. "
      "Haddad replied that telephone booking would continue alongside the new app.")
    P("Member Okafor objected to the plan to end same-day trip changes, stating that riders "
      "with dialysis appointments often finish late and cannot predict their return time.")
    P("Mr. Haddad to report on same-day trip changes at the August 13, 2025 meeting.")
    head("8", "Committee Member Reports")
    P("Member Mori reported that the Bicycle Coalition counted 412 bicycles loaded on buses in "
      "May, and that the racks on Route 5 are full at peak hours.")
    head("9", "Adjournment")
    P("Chair Whitfield adjourned the meeting at 7:48 p.m. The next regular meeting is August 13, "
      "2025.")
    d.save(path, header=lambda i, n: "Tri-Valley Regional Transit District - Citizens' Advisory "
           "Committee - June 11, 2025",
           footer=lambda i, n: f"CAC Minutes - Page {i} of {n}")


def parish(path: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=68, right=68, top=70, bottom=72)
    P = lambda s: d.para(s, size=12, gap=6)  # noqa: E731
    head = numbered_heads(d, size=12, gap=4)

    d.para("WEXCOMBE PARISH COUNCIL", bold=True, size=15, gap=4)
    d.para("Minutes of the Meeting of Wexcombe Parish Council held on Wednesday 9 July 2025 at "
           "7.30 pm in Wexcombe Memorial Hall", size=12, gap=8)
    d.para("Present: Cllr Peter Hollingworth (Chairman), Cllr Sarah Bewley (Vice-Chairman), "
           "Cllr Nigel Pound, Cllr Amrita Dhillon, Cllr Jeremy Catt, Cllr Wendy Tapper, "
           "Cllr Oliver Blunsdon", size=12, gap=4)
    d.para("In attendance: Mrs Claire Fennimore (Clerk and RFO), Somerset Cllr Derek Yeo, "
           "and five members of the public", size=12, gap=8)
    head("25/044", "Apologies for Absence")
    P("Apologies were received and accepted from Cllr Rachel Moss (family commitment).")
    head("25/045", "Declarations of Interest")
    P("Cllr Catt declared a pecuniary interest in item 25/048(b) as the owner of land adjoining "
      "the site and took no part in that item.")
    head("25/046", "Minutes of the Previous Meeting")
    P("RESOLVED that the minutes of the meeting held on 11 June 2025 be approved and signed by "
      "the Chairman as a true record. Proposed Cllr Pound, seconded Cllr Dhillon; all in favour.")
    head("25/047", "Public Participation")
    P("The meeting was adjourned for public participation. Mr Ken Abery asked whether the Parish "
      "Council would install a speed indicator device on the Bath Road. Mrs Lorna Pyke objected "
      "to the planning application for four dwellings at Church Farm, stating that Church Lane "
      "has no footway and floods at the ford. The meeting was reconvened.")
    head("25/048", "Planning")
    P("(a) 25/01187/HOU, 3 Mill Lane - single-storey rear extension. RESOLVED to raise no "
      "objection.")
    P("(b) 25/01203/FUL, Land at Church Farm, Church Lane - erection of four dwellings. Cllr "
      "Tapper objected to the application, stating that Church Lane is single track and that "
      "the site access has no visibility to the south. Cllr Blunsdon supported the application, "
      "stating that two of the dwellings would be affordable homes for local people. It was "
      "proposed by Cllr Tapper and seconded by Cllr Bewley that the Parish Council object to the "
      "application on highway and flooding grounds. 4 in favour, 2 against, 1 abstention. "
      "RESOLVED to object.")
    P("Clerk to submit the Parish Council's objection to Somerset Council by 18 July 2025.")
    d.page()
    head("25/049", "Highways and Footpaths")
    P("Cllr Pound reported that footpath WX12 between Mill Lane and the church is blocked by a "
      "fallen ash tree. RESOLVED to refer the blocked footpath to Somerset Council's Rights of "
      "Way team.")
    P("Cllr Dhillon proposed that the Parish Council buy a speed indicator device for the Bath "
      "Road at a cost of about £2,950. Cllr Bewley asked whether the device would need a new "
      "post. RESOLVED to defer a decision to the September meeting, when three quotations will "
      "be available.")
    P("Clerk to obtain three quotations for a speed indicator device by 31 August 2025.")
    head("25/050", "Play Area")
    P("Cllr Blunsdon proposed that the play area be closed on Sundays before 10 am, following "
      "complaints of noise from neighbours. Cllr Catt objected that families use the play area "
      "before church. The proposal was put to the vote and was lost, 2 in favour, 5 against.")
    head("25/051", "Finance")
    P("RESOLVED that the payments listed on the schedule, totalling £3,412.60, be approved. "
      "Proposed Cllr Bewley, seconded Cllr Catt.")
    P("The Clerk reported a bank balance of £28,904.17 at 30 June 2025.")
    head("25/052", "Somerset Councillor's Report")
    P("Cllr Yeo reported that the resurfacing of the A359 through the village is programmed for "
      "October 2025.")
    head("25/053", "Date of Next Meeting")
    P("Wednesday 10 September 2025 at 7.30 pm in the Memorial Hall. The meeting closed at "
      "9.12 pm.")
    d.save(path)


def main() -> None:
    quebec(HERE / "sainte_brigide_council.pdf")
    transit_cac(HERE / "tri_valley_transit_cac.pdf")
    draw_scanned(parish, "wexcombe_parish_council.pdf",
                 HERE / "wexcombe_parish_council_scan.pdf")


if __name__ == "__main__":
    main()
