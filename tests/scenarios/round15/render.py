#!/usr/bin/env python3
"""Render the fifteenth round of probes: minutes of kinds of body and countries the first fourteen lack.

Usage (from the repository root): python tests/scenarios/round15/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). Doc, RuledDoc and the printed-then-scanned step come from render_kit.

- port_royal_corporation.pdf: a long (eight pages or more) regular meeting of a Bermudian
  municipal corporation: "His Worship the Mayor … (Chair)", Aldermen and Common Councillors,
  "Regrets:", minute numbers "25/044", a waterfront redevelopment continued from an earlier
  minute and heard with members of the public for and against, two amendments moved and lost (one
  on a recorded division "For: … Against: …"), the substantive motion carried on a division, an
  amendment carried, "Action: … by …" lines, a running footer.
- motlhabaneng_land_board.pdf: a Botswana sub land board's ordinary meeting whose attendance is
  a ruled table (Name | Designation | Status, "Absent with apology"), "ITEM 5:" headings,
  "Resolution:" paragraphs, "Motion by … seconded by …. Carried: 4 for, 1 against (…)", a
  plot dispute heard with the complainant and the respondent, a Kgosi, and an action log in ruled
  cells (Action | Responsible | Due date).
- ballakilley_commissioners_scan.pdf: an Isle of Man village district commissioners' public
  meeting printed, then scanned (skewed, speckled, JPEG): "Mr J Quayle (Chairman)", minute
  numbers "25/061", "It was proposed by Mr …, seconded by Mrs … and RESOLVED that", a planning
  application objected to, a resident who objects, "carried, 3 votes for and 2 against (…)".

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, RuledDoc, draw_scanned  # noqa: E402  (a script: see render_kit)


def corporation(path: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=80, right=80, top=84, bottom=96)
    P = lambda s, g=9: d.para(s, size=12, gap=g)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(6)
        d.para(title, bold=True, size=12, gap=6, first=num, indent=62)

    def action(s: str) -> None:
        d.para(s, bold=True, size=11.5, indent=30, gap=9)

    d.para("THE CORPORATION OF PORT ROYAL", bold=True, size=15, gap=3)
    d.para("Minutes of the Regular Meeting of the Mayor, Aldermen and Common Councillors held in "
           "the Council Chamber, Town Hall, Harbour Road, Port Royal, on Tuesday, 8th April 2025 "
           "at 5:00 p.m.", size=12, gap=12)
    d.para("Present:", bold=True, size=12, gap=3)
    for name, role in [("His Worship the Mayor, Mr. Desmond Outerbridge", "(Chair)"),
                       ("Deputy Mayor, Alderman Carla Trott", ""),
                       ("Alderman Kevin Furbert", ""), ("Alderman Sandra DeSilva", ""),
                       ("Alderman Wendell Tucker", ""), ("Alderman Marisa Raposo", ""),
                       ("Common Councillor Jason Darrell", ""),
                       ("Common Councillor Nadine Simmons", ""),
                       ("Common Councillor Gavin Astwood", ""),
                       ("Common Councillor Tamara Lightbourne", ""),
                       ("Common Councillor Philip Burgess", "")]:
        d.row([name, role], [30, 300], size=11.5)
    d.space(4)
    d.para("Regrets:", bold=True, size=12, gap=3)
    d.row(["Common Councillor Lorraine Minors", ""], [30, 300], size=11.5)
    d.space(4)
    d.para("In Attendance:", bold=True, size=12, gap=3)
    for name, role in [("Mrs. Yvette Paynter", "Town Secretary"),
                       ("Mr. Colin Dill", "Town Engineer"),
                       ("Ms. Andrea Cann", "Director of Finance")]:
        d.row([name, role], [30, 300], size=11.5)
    d.space(8)

    head("25/040", "OPENING")
    P("His Worship the Mayor called the meeting to order at 5:02 p.m. and welcomed members, "
      "staff and the members of the public present in the gallery. The Town Secretary confirmed "
      "that a quorum was present.")
    head("25/041", "DECLARATIONS OF INTEREST")
    P("Alderman Raposo declared an interest in Minute 25/046 as the owner of a business on "
      "Front Street and took no part in the vote on that item.")
    head("25/042", "CONFIRMATION OF MINUTES")
    P("It was moved by Alderman Furbert and seconded by Common Councillor Simmons that the "
      "minutes of the Regular Meeting held on 11th March 2025 be confirmed as a correct record. "
      "The motion was carried unanimously.")
    head("25/043", "MATTERS ARISING")
    P("Common Councillor Astwood asked whether the repairs to the sea wall at Ely's Landing, "
      "agreed under Minute 25/019, had been started. The Town Engineer replied that the "
      "contractor would be on site from 22nd April 2025 and that the work would take six weeks.")
    P("Alderman DeSilva complained that the street lights on Middle Road had been out for more "
      "than two months and that residents had been left walking in the dark.")
    action("Action: Town Engineer to report on the Middle Road street lights to the next meeting.")
    head("25/044", "FRONT STREET WATERFRONT REDEVELOPMENT - PUBLIC HEARING (CONTINUED FROM "
         "MINUTE 25/027)")
    P("The Town Secretary reminded members that the hearing had been adjourned at the meeting "
      "of 11th March 2025 under Minute 25/027 so that the developer could answer the questions "
      "raised about parking and the fishing dock.")
    P("The Town Engineer presented the report, which recommended that the Corporation grant a "
      "sixty-year lease of the Front Street waterfront lots to Harbourview Developments Ltd. for "
      "a five-storey hotel with ground-floor shops, a public boardwalk and a rebuilt fishing "
      "dock, at a ground rent of $240,000 a year rising with inflation.")
    P("The Town Engineer informed members that the revised plans kept forty public parking "
      "spaces on the site and moved the fishing dock eighty feet to the east, and that the "
      "Department of Planning had raised no objection in principle.")
    P("His Worship the Mayor opened the hearing to the public and invited those who had "
      "registered to speak to address the Council, each for no more than five minutes.")
    P("Mr. Stephen Mello, President of the Port Royal Fishermen's Association, spoke against "
      "the lease, stating that the new dock would be too shallow for the larger boats and that "
      "eleven families depended on landing their catch at Front Street.")
    P("Ms. Kim Swan, Chair of the Port Royal Chamber of Commerce, spoke in favour of the lease, "
      "stating that Front Street had lost nine shops since 2020 and that a hotel would bring "
      "visitors into the town all year round.")
    P("Mrs. Beverley Wilkinson, a resident of Harbour Road, objected to the hotel, stating that "
      "a five-storey building would block the view of the harbour from every house on the "
      "north side of Harbour Road and that deliveries would use a road with no sidewalk.")
    P("Mr. Jonathan Gibbons, architect for Harbourview Developments Ltd., stated that the "
      "building had been set back twenty feet from the boardwalk and that all deliveries would "
      "be made from the Crow Lane entrance before 9:00 a.m.")
    P("Mr. Earl Richardson, a resident of Crow Lane, asked whether the boardwalk would remain "
      "open to the public at night. The Town Engineer replied that the draft lease required the "
      "boardwalk to be open to the public at all times.")
    P("Ms. Patrice Butterfield, on behalf of the Port Royal Heritage Trust, objected that the "
      "plans would demolish the 1890s customs shed, the last building of its kind on the "
      "waterfront, and asked that it be kept and restored.")
    P("Mr. Calvin Bascome, a taxi owner, supported the lease, saying that the taxi drivers of "
      "the town had lost most of their cruise ship work and needed the hotel guests.")
    P("Mr. Mello further asked whether the fishermen would be charged for using the new dock. "
      "The Town Secretary replied that the draft lease kept the dock free of charge for "
      "licensed fishermen for the whole of the term.")
    P("There being no further speakers, His Worship the Mayor closed the public hearing at "
      "6:10 p.m.")
    P("Alderman Tucker stated that he could not support a sixty-year lease of public land "
      "without a tender, and that the Corporation had received only one proposal because the "
      "opportunity had never been advertised.")
    P("Common Councillor Lightbourne supported the lease, stating that the lots had stood empty "
      "since the fire of 2017 and earned the Corporation nothing.")
    P("Alderman DeSilva expressed concern that a five-storey hotel would be out of scale with "
      "the rest of Front Street, where no building was higher than three storeys.")
    P("Common Councillor Burgess asked what would happen if the developer failed to build. The "
      "Town Secretary explained that the lease would end if construction had not started within "
      "two years.")
    P("Alderman Furbert supported the lease, stating that the ground rent alone would pay for "
      "the repair of the sea wall and that the hotel would create some 120 permanent jobs.")
    P("Common Councillor Darrell asked how many of the jobs would go to Bermudians. The Town "
      "Secretary replied that the developer had undertaken in writing to fill at least 80 per "
      "cent of the posts with Bermudians and to run a training scheme with the Bermuda College.")
    P("Alderman Raposo stated that she supported the lease in principle but was concerned that "
      "the customs shed would be lost, and asked that the lease require it to be kept.")
    P("It was moved by Deputy Mayor Trott and seconded by Common Councillor Lightbourne that "
      "the Corporation grant a sixty-year lease of the Front Street waterfront lots to "
      "Harbourview Developments Ltd. on the terms set out in the report.")
    P("Alderman DeSilva moved an amendment, seconded by Alderman Tucker, that the lease be "
      "granted only for a building of no more than three storeys. A recorded division was "
      "requested and the amendment was lost, 4 votes to 6, as follows:")
    d.para("For: Alderman DeSilva, Alderman Tucker, Alderman Raposo, Common Councillor Burgess.",
           size=12, indent=30, gap=2)
    d.para("Against: Deputy Mayor Trott, Alderman Furbert, Common Councillor Darrell, Common "
           "Councillor Simmons, Common Councillor Astwood, Common Councillor Lightbourne.",
           size=12, indent=30, gap=9)
    P("Alderman Tucker moved a further amendment, seconded by Alderman Raposo, that the matter "
      "be deferred until the lease had been advertised for tender. The amendment was put to the "
      "vote and was lost by 3 votes to 7.")
    P("The substantive motion was then put to the vote. A recorded division was requested and "
      "the motion was carried, 7 votes to 3, as follows:")
    d.para("For: Deputy Mayor Trott, Alderman Furbert, Alderman Raposo, Common Councillor "
           "Darrell, Common Councillor Simmons, Common Councillor Astwood, Common Councillor "
           "Lightbourne.", size=12, indent=30, gap=2)
    d.para("Against: Alderman DeSilva, Alderman Tucker, Common Councillor Burgess.", size=12,
           indent=30, gap=9)
    P("RESOLVED that the Corporation grant a sixty-year lease of the Front Street waterfront "
      "lots to Harbourview Developments Ltd., on condition that the customs shed be kept and "
      "restored as part of the development.")
    action("Action: Town Secretary to send the draft lease to the Corporation's attorneys by "
           "30th April 2025.")
    action("Action: Town Engineer to meet the Fishermen's Association on the depth of the new "
           "dock by 15th May 2025.")
    head("25/045", "FINANCE REPORT FOR THE PERIOD ENDED 31ST MARCH 2025")
    P("The Director of Finance presented the finance report for the year ended 31st March 2025. "
      "Municipal tax receipts stood at $6.1 million, 4 per cent above the budget, while "
      "wharfage receipts were $310,000 below the budget because two cruise calls had been "
      "cancelled.")
    P("Common Councillor Darrell asked why the arrears of municipal tax had risen to $1.4 "
      "million. The Director of Finance explained that three large hotel properties had fallen "
      "behind and that payment plans had been agreed with two of them.")
    P("Alderman Furbert expressed concern that the Corporation had drawn $500,000 from its "
      "reserves for the second year running and warned that the reserves would be exhausted "
      "within four years at that rate.")
    P("It was moved by Common Councillor Simmons and seconded by Alderman Furbert that the "
      "finance report be received. The motion was carried.")
    action("Action: Director of Finance to bring a plan for the recovery of tax arrears to the "
           "Finance Committee by 20th May 2025.")
    head("25/046", "PROPOSED INCREASE IN PARKING FEES")
    P("The Town Engineer proposed that the hourly parking fee on Front Street and Queen Street "
      "be increased from $2.00 to $3.00 from 1st June 2025 and that the first thirty minutes "
      "remain free.")
    P("Common Councillor Astwood opposed the increase, stating that it would drive shoppers to "
      "the out-of-town stores at a time when Front Street was already struggling.")
    P("Common Councillor Simmons supported the increase, stating that the fee had not been "
      "changed since 2012 and that the car parks cost more to run than they earned.")
    P("Mrs. Judith Cooper, a shop owner on Queen Street who had been given leave to "
      "speak, objected to the increase, stating that her customers already complained about the "
      "cost of parking and that the Corporation had not consulted the merchants.")
    P("Common Councillor Lightbourne asked how much the increase would raise. The Director of "
      "Finance replied that an increase to $3.00 would raise about $420,000 a year.")
    P("Common Councillor Darrell moved an amendment, seconded by Common Councillor Astwood, that "
      "the fee be increased to $2.50 instead of $3.00. The amendment was put to the vote and was "
      "carried by 6 votes to 3.")
    P("The motion as amended, moved by Deputy Mayor Trott and seconded by Common Councillor "
      "Simmons, that the hourly parking fee be increased to $2.50 from 1st June 2025, was put "
      "to the vote and carried by 8 votes to 1. Alderman Raposo did not vote.")
    action("Action: Town Engineer to change the parking meters and signs by 31st May 2025.")
    head("25/047", "NOTICE OF MOTION - COMMON COUNCILLOR BURGESS: SINGLE-USE PLASTICS AT "
         "CORPORATION EVENTS")
    P("Common Councillor Burgess moved the motion of which he had given notice, that from 1st "
      "September 2025 no single-use plastic cups, plates, cutlery or bags be sold or given away "
      "at any event held on Corporation property, including the Harbour Nights street festival.")
    P("Common Councillor Burgess stated that the Harbour Nights festival alone had filled "
      "fourteen skips with plastic waste in 2024 and that volunteers had pulled plastic cups "
      "from the harbour for a week afterwards.")
    P("The motion was seconded by Alderman Raposo, who supported it, saying that the vendors of "
      "St. George's had made the change in 2023 without losing trade.")
    P("Alderman Furbert expressed concern that the small food vendors, most of whom sold from "
      "carts, would face higher costs for paper and bamboo goods at a time when their takings "
      "were already down.")
    P("Ms. Carolyn Smith, Secretary of the Harbour Nights Vendors' Association, who had been "
      "given leave to speak, objected to the start date, stating that vendors had already "
      "bought their stock of cups and plates for the 2025 season.")
    P("Mr. Dwayne Pearman, of the Keep Port Royal Beautiful volunteers, spoke in support of the "
      "motion and presented photographs of the harbour after the last festival.")
    P("Common Councillor Darrell asked whether the Corporation would help the vendors with the "
      "cost of the change. The Director of Finance replied that the events budget held $15,000 "
      "that could be used for a one-off grant.")
    P("Deputy Mayor Trott moved an amendment, seconded by Alderman Furbert, that the start date "
      "be moved to 1st January 2026. The amendment was put to the vote and was lost by 4 votes "
      "to 6.")
    P("Alderman Tucker stated that he supported the aim of the motion but was concerned that "
      "the Corporation had no staff to enforce it at the festival.")
    P("The motion was put to the vote and was carried by 9 votes to 1, Alderman Furbert voting "
      "against.")
    action("Action: Town Secretary to write to all licensed vendors about the new rule by 15th "
           "June 2025.")
    action("Action: Director of Finance to prepare a scheme of grants to vendors for the "
           "Finance Committee of 20th May 2025.")
    head("25/048", "REQUEST TO FELL TREES AT BARR'S BAY PARK")
    P("The Town Engineer reported that an arborist had found three of the royal palms at Barr's "
      "Bay Park to be rotten at the base and had advised that they be felled before the "
      "hurricane season, and asked the Council to approve the felling and replanting at a cost "
      "of $18,500.")
    P("Mrs. Rosalind Cox, a resident of Pitts Bay Road, objected to the felling of all three "
      "palms and asked that a second opinion be obtained, stating that the trees had been "
      "planted by her grandfather's generation.")
    P("Common Councillor Simmons asked whether the palms could be braced instead. The Town "
      "Engineer replied that bracing would not make rotten trees safe in a hurricane.")
    P("It was moved by Alderman Furbert and seconded by Common Councillor Astwood that the "
      "felling and replanting be approved. The motion was carried.")
    action("Action: Town Engineer to fell and replant the palms by 31st May 2025.")
    head("25/049", "PLANNING APPLICATIONS REFERRED BY THE DEPARTMENT OF PLANNING")
    P("The Town Engineer presented two applications referred to the Corporation for comment by "
      "the Department of Planning: P0211/25, for a rooftop bar on the Lombard Building, 12 "
      "Queen Street, and P0234/25, for the conversion of the former Anchor Bakery, Church "
      "Street, into four apartments.")
    P("On P0211/25, Common Councillor Simmons objected that a rooftop bar open until 1:00 a.m. "
      "would keep the residents of Church Street awake and that the Corporation had received "
      "six letters of objection from them.")
    P("Mr. Gregory Tuzo, owner of the Lombard Building, stated that the bar would close at "
      "midnight on weeknights and that a glass screen would be built on the Church Street side "
      "to contain the noise.")
    P("Alderman Tucker asked whether the Corporation could attach a condition on opening hours. "
      "The Town Secretary explained that opening hours were a matter for the Liquor Licensing "
      "Authority, but that the Corporation could ask the Department of Planning to limit the "
      "hours of use of the roof terrace.")
    P("It was agreed that the Corporation object to application P0211/25 unless the roof "
      "terrace is closed by 11:00 p.m. every night.")
    P("On P0234/25, members welcomed the return of the Anchor Bakery building to use. It was "
      "agreed that the Corporation raise no objection to application P0234/25.")
    action("Action: Town Engineer to send the Corporation's comments to the Department of "
           "Planning by 18th April 2025.")
    head("25/050", "CORRESPONDENCE")
    P("The Town Secretary read a letter dated 24th March 2025 from Mr. and Mrs. Hayward of "
      "Point Shares Road complaining of noise and fumes from cruise ships left running their "
      "engines at the Port Royal dock overnight.")
    P("Alderman Raposo asked whether the Corporation had any power to require ships to use "
      "shore power. The Town Secretary replied that the matter fell to the Department of Marine "
      "and Ports.")
    P("The letter was referred to the Works and Harbour Committee for a report.")
    head("25/051", "REPORT OF THE WORKS AND HARBOUR COMMITTEE")
    P("Alderman Furbert presented the report of the Works and Harbour Committee meeting of 25th "
      "March 2025, which covered the resurfacing of Crow Lane, the replacement of two refuse "
      "trucks and the dredging of the inner harbour.")
    P("Alderman DeSilva objected that the dredging had been postponed for the third year in a "
      "row while the inner harbour grew shallower every season.")
    P("The Council noted the report.")
    action("Action: Town Engineer to obtain two quotations for the dredging of the inner "
           "harbour by 30th June 2025.")
    head("25/052", "ANY OTHER BUSINESS")
    P("Common Councillor Burgess asked when the public toilets at Barr's Bay Park would reopen. "
      "The Town Engineer replied that new fittings had been ordered and would arrive in May.")
    P("Common Councillor Lightbourne raised the request of the Port Royal Youth Band for the "
      "free use of the Town Hall for its summer concert. It was agreed to defer the request to "
      "the next meeting so that the cost could be established.")
    head("25/053", "CLOSE OF MEETING")
    P("There being no further business, His Worship the Mayor declared the meeting closed at "
      "7:48 p.m. The next Regular Meeting will be held on Tuesday, 13th May 2025.")
    d.space(18)
    d.para("Confirmed: ____________________________    Mayor", size=11.5, gap=4)
    d.save(path, footer=lambda i, n: f"Corporation of Port Royal - Regular Meeting - 8th April "
                                     f"2025 - Page {i} of {n}")


def land_board(path: Path) -> None:
    d = RuledDoc(size=A4, font="Helvetica", left=62, right=62, top=70, bottom=80)
    P = lambda s, g=7: d.para(s, size=10.5, gap=g)  # noqa: E731

    def head(s: str) -> None:
        d.space(5)
        d.para(s, bold=True, size=10.5, gap=5)

    d.para("MOTLHABANENG SUB LAND BOARD", bold=True, size=13, gap=3)
    d.para("MINUTES OF THE ORDINARY BOARD MEETING HELD ON 22ND MAY 2025 AT THE BOARD ROOM, "
           "MOTLHABANENG SUB LAND BOARD OFFICES, AT 0900 HOURS", bold=True, size=10.5, gap=10)
    d.para("ATTENDANCE", bold=True, size=10.5, gap=8)
    d.ruled([["Name", "Designation", "Status"],
             ["Mr. Onkemetse Kgosiemang", "Chairperson", "Present"],
             ["Ms. Tshiamo Mogapi", "Vice Chairperson", "Present"],
             ["Mr. Boitumelo Sebina", "Member", "Present"],
             ["Mrs. Kelebogile Molefe", "Member", "Absent with apology"],
             ["Mr. Lesego Ntshole", "Member", "Present"],
             ["Mr. Pako Mothibi", "Member", "Present"],
             ["Kgosi Dikgang Gaolathe", "Member (ex officio)", "Present"],
             ["Mr. Mpho Tau", "Sub Land Board Secretary", "In attendance"],
             ["Ms. Naledi Dintwa", "Technical Officer (Surveys)", "In attendance"]],
            [180, 170, 120], size=10)
    d.space(8)
    head("ITEM 1: OPENING AND WELCOME")
    P("The Chairperson opened the meeting at 0910 hours and welcomed members. Kgosi Gaolathe "
      "led the meeting in prayer.")
    head("ITEM 2: CONFIRMATION OF MINUTES OF THE MEETING HELD ON 24TH APRIL 2025")
    P("Motion by Mr. Sebina, seconded by Ms. Mogapi, that the minutes of the meeting held on 24th "
      "April 2025 be confirmed. Carried unanimously.")
    head("ITEM 3: APPLICATIONS FOR RESIDENTIAL PLOTS - MOTLHABANENG EXTENSION 4")
    P("The Secretary presented 38 applications for residential plots in Extension 4 and "
      "recommended that the 31 applicants who had been on the waiting list since 2016 or "
      "earlier be allocated plots.")
    P("Mr. Ntshole objected that the remaining seven applicants were young people who had "
      "applied in 2019 and would be left out again, while some of the older applicants already "
      "held plots in other wards.")
    P("Mr. Mothibi asked whether the applicants had been checked against the national land "
      "register. The Secretary replied that all 38 had been checked and none held another "
      "residential plot in the tribal area.")
    P("Resolution: The Board resolved to allocate residential plots in Extension 4 to the 31 "
      "applicants on the waiting list since 2016 or earlier.")
    P("Action: Secretary to issue the allocation letters by 13th June 2025.")
    head("ITEM 4: DISPUTE OVER PLOT 1142, MOTLHABANENG WARD")
    P("The Board heard a dispute between Mrs. Gaone Seleka, the complainant, and Mr. Kabo "
      "Rampa, the respondent, over the boundary between Plot 1142 and Plot 1143.")
    P("Mrs. Seleka objected that Mr. Rampa had built a wall two metres inside her plot and "
      "asked the Board to order its removal.")
    P("Mr. Rampa stated that the wall followed the pegs placed by the Board's surveyors in 2011 "
      "and that he had built in good faith.")
    P("The Technical Officer (Surveys) reported that a resurvey on 6th May 2025 had found the "
      "wall 1.8 metres inside Plot 1142.")
    P("Kgosi Gaolathe supported the resurvey findings and advised the parties to settle the "
      "matter between themselves before a court case was opened.")
    P("Resolution: The Board resolved that Mr. Rampa remove the wall within 90 days, failing "
      "which the Board will remove it at his cost.")
    head("ITEM 5: CHANGE OF LAND USE - PLOT 556 (ARABLE TO COMMERCIAL)")
    P("Mr. Thato Modise applied for the change of use of his arable field, Plot 556, to "
      "commercial for a filling station and tuck shop along the A1 road.")
    P("Ms. Mogapi supported the application, stating that the nearest filling station was 30 "
      "kilometres away and that the project would employ 15 people.")
    P("Mr. Ntshole opposed the application, stating that arable land in the ward was scarce and "
      "that the Board had refused a similar application in 2023.")
    P("Motion by Ms. Mogapi, seconded by Mr. Mothibi, that the change of land use be approved "
      "subject to an Environmental Impact Assessment. Carried: 4 for, 1 against (Mr. Ntshole).")
    head("ITEM 6: ANY OTHER BUSINESS")
    P("Mr. Sebina requested that the Board vehicle be repaired before the next allocation "
      "exercise. The matter was referred to the Main Land Board.")
    P("The meeting closed at 1305 hours.")
    head("ACTIONS ARISING")
    d.ruled([["Action", "Responsible", "Due date"],
             ["Issue allocation letters, Extension 4", "Secretary", "13/06/2025"],
             ["Serve the removal order on Mr. Rampa", "Secretary", "30/05/2025"],
             ["Submit Plot 556 file to Environmental Affairs",
              "Technical Officer", "30/06/2025"]],
            [260, 110, 100], size=9.5)
    d.space(14)
    d.para("O. Kgosiemang, Chairperson          M. Tau, Secretary", size=10, gap=0)
    d.save(path)


def commissioners(src: Path) -> None:
    d = Doc(size=A4, font="Helvetica", left=70, right=70)
    d.para("BALLAKILLEY DISTRICT COMMISSIONERS", bold=True, size=13, gap=2)
    d.para("Minutes of the Public Meeting of the Board held in the Commissioners' Office, Main "
           "Road, Ballakilley on Wednesday 14th May 2025 at 7.00 pm", gap=8)
    d.para("Present: Mr J Quayle (Chairman), Mrs A Kermode (Vice-Chairman), Mr P Corlett, "
           "Mrs S Kneale, Mr D Cregeen", gap=3)
    d.para("In attendance: Mrs H Callister (Clerk), Mr T Kinvig (Assistant Clerk)", gap=3)
    d.para("Apologies: Mr R Christian", gap=8)

    def head(s: str) -> None:
        d.space(3)
        d.para(s, bold=True, gap=4)

    head("25/061  Minutes of the meeting held on 9th April 2025")
    d.para("It was proposed by Mr Corlett, seconded by Mrs Kneale and RESOLVED that the minutes "
           "of the meeting held on 9th April 2025 be approved and signed as a true record.",
           gap=6)
    head("25/062  Planning Application PA 25/00412 - Erection of six dwellings, Ballakilley Farm")
    d.para("The Clerk presented the application for six dwellings on the field north of "
           "Ballakilley Farm, with access from the Back Road.", gap=4)
    d.para("Mrs Kermode expressed concern that the Back Road had no footway and that the "
           "junction with the Main Road was blind in both directions.", gap=4)
    d.para("Mr Tom Kewley, a resident of the Back Road, addressed the Board and objected that "
           "the field flooded every winter and that the new houses would send the water onto "
           "the road.", gap=4)
    d.para("Mr Cregeen asked whether the Department of Infrastructure had been consulted on "
           "the junction. The Clerk replied that no response had yet been received.", gap=4)
    d.para("It was proposed by Mrs Kermode, seconded by Mr Cregeen and RESOLVED that the Board "
           "object to the application on the grounds of road safety and flooding. This was "
           "carried, 3 votes for and 2 against (Mr Corlett, Mrs Kneale).", gap=4)
    d.para("Clerk to send the Board's objection to the Planning Office by 28th May 2025.",
           gap=6)
    head("25/063  Public Toilets, Ballakilley Beach")
    d.para("Mr Corlett proposed that the public toilets at the beach be opened from Easter to "
           "the end of September only, to save £4,000 a year.", gap=4)
    d.para("Mrs Kneale objected to the proposal, saying that dog walkers and sea swimmers used "
           "the beach throughout the winter.", gap=4)
    d.para("After discussion it was agreed to defer the matter to the June meeting so that the "
           "cost of winter cleaning could be obtained.", gap=6)
    head("25/064  Any Other Business")
    d.para("Mr Quayle reported that the new bench at the war memorial had been installed. The "
           "Board noted the report.", gap=6)
    d.para("The meeting closed at 8.35 pm.", gap=14)
    d.para("J Quayle, Chairman", gap=0)
    d.save(src)


def main() -> None:
    corporation(HERE / "port_royal_corporation.pdf")
    land_board(HERE / "motlhabaneng_land_board.pdf")
    draw_scanned(commissioners, "commissioners.pdf", HERE / "ballakilley_commissioners_scan.pdf")


if __name__ == "__main__":
    main()
