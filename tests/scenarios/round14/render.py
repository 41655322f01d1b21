#!/usr/bin/env python3
"""Render the fourteenth round of probes: minutes of kinds of body and countries the first thirteen lack.

Usage (from the repository root): python tests/scenarios/round14/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). Doc, RuledDoc and the printed-then-scanned step come from render_kit.

- munali_municipal_council.pdf: a long (nine pages) ordinary meeting of a Zambian municipal
  council: "His Worship the Mayor … – In the Chair", councillors with their wards, a chiefs'
  representative, "MIN. NO. 22/2025" headings, a market relocation deferred from the previous
  meeting heard again with traders speaking for and against, amendments moved and lost,
  "carried by 8 votes to 3", those voting against named, "ACTION: … – by …" lines, a running footer.
- sakesar_cantonment_board.pdf: a Pakistani cantonment board's ordinary meeting whose attendance
  is a ruled table (S. No. | Name | Designation | Attendance, "Leave granted"), "Resolution No."
  under each item, "Proposed by: … Seconded by: …" on one line, "Passed by majority (5 in favour,
  2 against: …)", a traders' delegation that objects, dates "30-06-2025".
- gorongwe_rdc_scan.pdf: a Zimbabwean rural district council's full council meeting printed,
  then scanned (skewed, speckled, JPEG): councillors with their wards, "Officials in attendance:",
  items "1." …, "Moved by Cllr …, seconded by Cllr …", "The motion was carried with 7 votes for
  and 2 against", a village head who objects, the CEO to act by a date.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, RuledDoc, draw_scanned  # noqa: E402  (a script: see render_kit)


def municipal_council(path: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=84, right=84, top=84, bottom=96)
    P = lambda s, g=8: d.para(s, size=12, gap=g)  # noqa: E731

    def head(num: str, title: str) -> None:
        d.space(6)
        d.para(f"MIN. NO. {num}    {title}", bold=True, size=12, gap=6)

    def action(s: str) -> None:
        d.para(s, bold=True, size=11, indent=24, gap=8)

    d.para("MUNALI MUNICIPAL COUNCIL", bold=True, size=14, gap=3)
    d.para("MINUTES OF THE ORDINARY MEETING OF THE FULL COUNCIL HELD IN THE COUNCIL CHAMBER, "
           "CIVIC CENTRE, ON THURSDAY, 27TH MARCH, 2025 AT 09:00 HOURS", bold=True, size=11.5,
           gap=10)
    d.para("PRESENT:", bold=True, size=11.5, gap=3)
    for name, role in [("His Worship the Mayor, Cllr. Bernard Mwansa", "In the Chair"),
                       ("Her Worship the Deputy Mayor, Cllr. Mercy Tembo", "Ward 6"),
                       ("Cllr. Joseph Banda", "Ward 1"), ("Cllr. Esther Mulenga", "Ward 2"),
                       ("Cllr. Kelvin Sakala", "Ward 3"), ("Cllr. Agnes Nkhoma", "Ward 4"),
                       ("Cllr. Patrick Chileshe", "Ward 5"), ("Cllr. Ruth Kabwe", "Ward 7"),
                       ("Cllr. Moses Zulu", "Ward 8"), ("Cllr. Gift Siame", "Ward 9"),
                       ("Mr. Daniel Hamoonga", "Chiefs' Representative")]:
        d.row([name, "-", role], [24, 290, 304], size=11)
    d.space(4)
    d.para("APOLOGIES:", bold=True, size=11.5, gap=3)
    for name, role in [("Cllr. Violet Mumba", "Ward 10"), ("Cllr. Edwin Phiri", "Ward 11")]:
        d.row([name, "-", role], [24, 290, 304], size=11)
    d.space(4)
    d.para("IN ATTENDANCE:", bold=True, size=11.5, gap=3)
    for name, role in [("Mr. Kenneth Musonda", "Town Clerk"),
                       ("Mrs. Loveness Chanda", "Director of Finance"),
                       ("Mr. Alfred Simwanza", "Director of Engineering Services"),
                       ("Ms. Brenda Kalaba", "Director of Planning"),
                       ("Mr. Oscar Mweemba", "Legal Counsel"),
                       ("Mrs. Precious Ngoma", "Committee Clerk (Secretary)")]:
        d.row([name, "-", role], [24, 290, 304], size=11)
    d.space(6)

    head("18/2025", "OPENING PRAYER AND PRELIMINARIES")
    P("The meeting was opened with a prayer by Cllr. Zulu. His Worship the Mayor welcomed "
      "members and officers and declared the meeting properly constituted, a quorum being "
      "present.")
    head("19/2025", "DECLARATION OF INTEREST")
    P("Cllr. Chileshe declared an interest in Minute No. 23/2025 as a relative of the "
      "applicant and left the Chamber during its consideration.")
    head("20/2025", "CONFIRMATION OF MINUTES OF THE ORDINARY MEETING HELD ON 27TH FEBRUARY, 2025")
    P("The minutes of the Ordinary Meeting held on 27th February, 2025 were confirmed as a "
      "true record on a motion by Cllr. Nkhoma, seconded by Cllr. Mulenga.")
    head("21/2025", "MATTERS ARISING")
    P("Cllr. Banda asked whether the borehole at Kalundu Clinic, which Council had resolved to "
      "repair under Minute No. 09/2025, had been repaired. The Director of Engineering Services "
      "informed Council that the pump had been replaced on 14th March, 2025 and the borehole was "
      "working.")
    P("Cllr. Kabwe complained that the streetlights on Great East Road between Ward 7 and Ward 8 "
      "had still not been switched on, three months after the contractor was paid.")
    action("ACTION: Director of Engineering Services - report on the streetlights to the next "
           "meeting")
    head("22/2025", "PROPOSED RELOCATION OF KAMWALA SOUTH MARKET TO PLOT 14021, CHIKOKA ROAD "
         "(DEFERRED FROM MIN. NO. 11/2025)")
    P("The Town Clerk reminded Council that the item had been deferred at the meeting of 27th "
      "February, 2025 under Minute No. 11/2025 so that the marketeers could be consulted. The "
      "Director of Planning presented the report, which recommended that the 640 traders at "
      "Kamwala South Market be relocated to a new market to be built on Plot 14021, Chikoka "
      "Road, and that the present site be leased for a bus terminus. The new market would have "
      "water, toilets, drainage and 720 stalls, and would be built with a loan of K18,500,000 "
      "from the Local Authorities Development Fund.")
    P("The Director of Planning reported that two consultative meetings had been held with the "
      "marketeers on 6th and 13th March, 2025, attended by 212 and 187 traders respectively.")
    P("His Worship the Mayor invited the representatives of the marketeers, who had asked to be "
      "heard, to address Council.")
    P("Mr. Lackson Mutale, Chairperson of the Kamwala South Marketeers Association, spoke against "
      "the relocation, stating that Chikoka Road was four kilometres from the town centre and "
      "that customers would not follow the traders there.")
    P("Mrs. Ireen Chama, a vegetable trader at Kamwala South, spoke in support of the "
      "relocation, saying that the present market had no running water and that the toilets "
      "had been closed since November, 2024.")
    P("Mr. Bwalya Kapembwa, a trader in second-hand clothes, objected to the relocation, "
      "stating that the traders had paid K1,200 each for the shelters they had built at "
      "Kamwala South and had not been offered any compensation.")
    P("Ms. Chipo Nyirenda, representing the Kamwala Women Traders Cooperative, supported the "
      "relocation on condition that the stalls be allocated by ballot and that the present "
      "stall holders be given the first chance to apply.")
    P("Mr. Rabson Hachipuka, a butcher at Kamwala South, stated that the new site had no cold "
      "room and no abattoir nearby and that the butchers would lose their customers to the "
      "supermarkets.")
    P("Mrs. Florence Mumba, a resident of Chikoka, spoke in support of the relocation, stating "
      "that the residents of Chikoka had to travel to town for every purchase and would welcome "
      "a market on their doorstep.")
    P("Mr. Mutale further asked whether the minibus operators had been consulted on the use of "
      "the site as a bus terminus.")
    P("In response, the Director of Planning stated that the Munali Bus and Taxi Association had "
      "written in support of the terminus and that the stalls would be allocated first to "
      "traders on the current register.")
    P("Cllr. Banda stated that the relocation would destroy the livelihoods of hundreds of "
      "families and that Council had not shown where the traders would sell during the eighteen "
      "months of construction.")
    P("Cllr. Sakala supported the relocation, stating that Kamwala South had flooded every rainy "
      "season since 2019 and that a cholera outbreak there in January, 2024 had been traced to "
      "the open drains.")
    P("Cllr. Kabwe expressed concern that the loan repayments of K2,400,000 a year would take up "
      "most of the market levy and leave nothing for maintenance.")
    P("The Director of Finance explained that the repayments would be met from the bus terminus "
      "lease and not from the market levy.")
    P("Cllr. Mulenga stated that she supported the relocation in principle but was concerned "
      "that the traders had been consulted only twice and that many of them had learnt of the "
      "plan from the radio.")
    P("Cllr. Tembo supported the relocation, stating that the bus terminus would bring in "
      "K3,100,000 a year in lease rentals and that the traders on the present site were "
      "exposed to floods and disease.")
    P("Mr. Hamoonga asked whether the traders from the chiefdom who sold charcoal and "
      "vegetables at the market on Saturdays would also be given stalls at the new market. The "
      "Director of Planning confirmed that 60 stalls would be reserved for seasonal traders from "
      "the rural wards.")
    P("Cllr. Sakala moved, seconded by Cllr. Nkhoma, that Council approves the relocation of "
      "Kamwala South Market to Plot 14021, Chikoka Road, and the borrowing of K18,500,000 from "
      "the Local Authorities Development Fund for its construction.")
    P("Cllr. Banda moved an amendment, seconded by Cllr. Kabwe, that the relocation be deferred "
      "for a further six months to allow a full census of the traders. The amendment was put to "
      "the vote and was lost, 3 members voting for and 8 against.")
    P("Cllr. Siame moved a further amendment, seconded by Cllr. Kabwe, that the traders be paid "
      "compensation of K1,200 each for their shelters. The amendment was put to the vote and was "
      "lost by 4 votes to 7.")
    P("The substantive motion was then put to the vote and was carried by 8 votes to 3. Those "
      "who voted against were Cllr. Banda, Cllr. Kabwe and Cllr. Siame.")
    P("Council RESOLVED that Kamwala South Market be relocated to Plot 14021, Chikoka Road, and "
      "that the Town Clerk be authorised to borrow K18,500,000 from the Local Authorities "
      "Development Fund for the construction of the new market.")
    action("ACTION: Town Clerk - submit the loan application to the Ministry of Local Government "
           "and Rural Development by 30th April, 2025")
    action("ACTION: Director of Planning - open the register for the ballot of stalls by 15th "
           "May, 2025")
    head("23/2025", "APPLICATION FOR CHANGE OF USE OF PLOT 5512, LUMUMBA ROAD, FROM RESIDENTIAL "
         "TO COMMERCIAL (FILLING STATION)")
    P("The Director of Planning presented an application by Kafue Petroleum Limited for the "
      "change of use of Plot 5512, Lumumba Road, from residential to commercial for the "
      "construction of a filling station. The Planning Committee had recommended approval "
      "subject to an environmental impact assessment being approved by the Zambia Environmental "
      "Management Agency.")
    P("Mrs. Grace Mwale, Secretary of the Lumumba Road Residents Association, objected to the "
      "application, stating that the plot was 60 metres from Lumumba Road Primary School and "
      "that fuel tankers would use a road on which 900 children walked to school.")
    P("Mr. Felix Chanda, a resident of Plot 5510, stated that the residents had not been "
      "informed of the application until a notice appeared on the gate two weeks before the "
      "meeting.")
    P("Mr. Henry Mbewe, the applicant's consultant, stated that the filling station would "
      "employ 35 people and that the nearest filling station was eleven kilometres away.")
    P("Cllr. Mulenga asked whether the application complied with the minimum distance from a "
      "school. The Legal Counsel advised that the Urban and Regional Planning Act set no minimum "
      "distance but that Council was bound to consider the safety of the public.")
    P("Mrs. Mwale further stated that the residents had collected 430 signatures against the "
      "filling station and asked that the petition be recorded.")
    P("Cllr. Sakala supported the application, stating that the filling station would bring "
      "jobs and ground rent to a ward that had neither.")
    P("Cllr. Kabwe objected that the environmental impact assessment had not yet been submitted "
      "and that Council was being asked to approve a development whose risks it did not know.")
    P("Cllr. Zulu stated that he could not support a filling station next to a primary school.")
    P("Cllr. Nkhoma moved, seconded by Cllr. Sakala, that the change of use be approved subject "
      "to the environmental impact assessment. The motion was put to the vote and was lost, "
      "4 members voting for and 6 against.")
    P("The application was accordingly rejected.")
    action("ACTION: Director of Planning - inform the applicant of the decision of Council "
           "within 14 days")
    head("24/2025", "REPORT OF THE FINANCE AND GENERAL PURPOSES COMMITTEE")
    P("The Director of Finance presented the report of the Finance and General Purposes "
      "Committee meeting held on 12th March, 2025, which recommended a supplementary budget of "
      "K3,250,000 for 2025 and an increase in the daily market levy from K5 to K8 from 1st "
      "May, 2025.")
    P("The Director of Finance reported that revenue collection for January and February, 2025 "
      "stood at 71 per cent of the target, mainly because of low collection of property rates.")
    P("Cllr. Mulenga opposed the increase in the market levy, stating that traders were already "
      "struggling with the cost of load shedding and that the increase would come on top of the "
      "relocation.")
    P("Cllr. Sakala supported the increase, stating that the levy had not been revised since "
      "2019 and that Council could not keep the markets clean on K5 a day.")
    P("Cllr. Siame asked how many traders paid the levy at present. The Director of Finance "
      "stated that on average 2,850 traders paid the levy each day out of some 4,100 on the "
      "register.")
    P("Cllr. Chileshe moved an amendment, seconded by Cllr. Mulenga, that the levy be increased "
      "to K6 instead of K8. The amendment was put to the vote and was lost by 5 votes to 6.")
    P("Cllr. Tembo moved, seconded by Cllr. Zulu, that the report of the Finance and General "
      "Purposes Committee be adopted. The motion was carried by 7 votes to 4.")
    P("Council RESOLVED that the supplementary budget of K3,250,000 be approved and that the "
      "daily market levy be increased to K8 from 1st May, 2025.")
    action("ACTION: Director of Finance - publish the new levy in the Government Gazette by 15th "
           "April, 2025")
    head("25/2025", "REPORT OF THE PUBLIC HEALTH COMMITTEE")
    P("The Chairperson of the Public Health Committee, Cllr. Kabwe, presented the report of the "
      "meeting held on 10th March, 2025. The Committee reported that 14 cases of cholera had "
      "been recorded in Misisi and Kuku compounds since January, 2025, all of them treated at "
      "Chawama Level One Hospital.")
    P("The Committee recommended that Council procure two water bowsers to supply chlorinated "
      "water to Misisi compound until the Lusaka Water Supply pipeline was extended.")
    P("Cllr. Siame asked how much the two water bowsers would cost. The Director of Finance "
      "stated that the two bowsers would cost K1,900,000 and could be met from the Constituency "
      "Development Fund.")
    P("Council RESOLVED that the report of the Public Health Committee be adopted and that two "
      "water bowsers be procured.")
    action("ACTION: Town Clerk - advertise the tender for the water bowsers by 11th April, 2025")
    head("26/2025", "REPORT OF THE WORKS AND DEVELOPMENT COMMITTEE")
    P("The Director of Engineering Services presented the report on the grading of feeder roads "
      "in Wards 1, 4 and 9 under the 2025 road maintenance programme, and informed Council that "
      "the grader had been out of service since 2nd March, 2025 for want of a gearbox.")
    P("Cllr. Nkhoma complained that the grading in Ward 4 had been promised in 2023 and again "
      "in 2024 and had still not been done.")
    P("Council noted the report.")
    action("ACTION: Director of Engineering Services - repair the grader and resume grading by "
           "30th April, 2025")
    head("27/2025", "PETITION BY RESIDENTS OF CHAISA COMPOUND ON THE CHAISA DUMPSITE")
    P("The Town Clerk informed Council that a petition signed by 1,146 residents of Chaisa "
      "compound had been received on 3rd March, 2025, asking Council to close the dumpsite on "
      "Chaisa Road, which residents said was burnt every night and caused respiratory illness "
      "among children.")
    P("Mr. Edward Sinkala, who presented the petition on behalf of the residents, stated that "
      "Chaisa Clinic had recorded 312 cases of respiratory infection among children under five "
      "in February, 2025 alone.")
    P("Mrs. Beatrice Lungu, a waste picker at the dumpsite, spoke against the closure, stating "
      "that 80 families earned their living from sorting plastics and scrap metal at the site "
      "and had nowhere else to go.")
    P("Mr. Sinkala further stated that the dumpsite had been declared full by the Zambia "
      "Environmental Management Agency in 2021 and that Council had kept using it regardless.")
    P("The Director of Engineering Services stated that the new sanitary landfill at Chunga "
      "would be ready to receive waste from 1st July, 2025.")
    P("Cllr. Mulenga moved, seconded by Cllr. Chileshe, that the Chaisa dumpsite be closed on "
      "1st July, 2025 and that the waste pickers be registered and given first preference for "
      "sorting work at the Chunga landfill. The motion was carried unanimously.")
    action("ACTION: Director of Engineering Services - close the Chaisa dumpsite by 1st July, "
           "2025")
    action("ACTION: Town Clerk - register the waste pickers at Chaisa by 31st May, 2025")
    head("28/2025", "MOTION BY CLLR. SAKALA ON THE BURNING OF WASTE IN RESIDENTIAL AREAS")
    P("Cllr. Sakala, having given notice, moved that Council make a by-law prohibiting the "
      "burning of household waste in residential areas, with a fine of K1,500 for each "
      "offence. Cllr. Tembo seconded the motion.")
    P("Cllr. Sakala stated that burning of waste was the main cause of the smoke that covered "
      "the low-density areas every evening during the cold season.")
    P("Cllr. Zulu expressed reservations about the fine, stating that most households in the "
      "compounds had no refuse collection at all and burnt their waste because they had no other "
      "way of getting rid of it.")
    P("Cllr. Zulu moved an amendment, seconded by Cllr. Mulenga, that the by-law apply only in "
      "areas where Council or its franchise holders provide a weekly refuse collection. The "
      "amendment was put to the vote and was carried by 9 votes to 2.")
    P("The motion as amended was carried unanimously.")
    action("ACTION: Legal Counsel - draft the by-law and present it to the Council meeting of "
           "26th June, 2025")
    head("29/2025", "TOWN CLERK'S REPORT")
    P("The Town Clerk reported that the Auditor General's report on the accounts of Council for "
      "2023 had been received on 17th March, 2025 and raised eleven queries, seven of them on "
      "unretired imprests.")
    P("Cllr. Kabwe asked whether any officer had been disciplined over the unretired imprests. "
      "The Town Clerk stated that three officers had been charged and that their cases were "
      "before the Local Government Service Commission.")
    P("The Town Clerk further reported that the Council's new revenue collection system would "
      "go live on 1st June, 2025, after which all levies would be paid by mobile money.")
    P("Cllr. Banda expressed concern that marketeers without mobile phones would be unable to "
      "pay the levy under the new system.")
    P("Council noted the report.")
    action("ACTION: Town Clerk - respond to the audit queries by 30th April, 2025")
    head("30/2025", "ANY OTHER BUSINESS")
    P("Cllr. Zulu requested that Council name the new road in Ward 8 after the late Chief "
      "Mungule. The request was referred to the Plans, Works and Development Committee.")
    P("Mr. Hamoonga informed Council that the chiefs would hold the Lwiindi ceremony on 26th "
      "July, 2025 and invited members to attend.")
    head("31/2025", "CLOSING")
    P("There being no other business, His Worship the Mayor closed the meeting at 15:40 hours.")
    d.space(14)
    d.para("CONFIRMED: ____________________  MAYOR        ____________________  TOWN CLERK",
           size=10.5, gap=3)
    d.save(path, footer=lambda i, n: f"Minutes of the Ordinary Council Meeting - 27th March, "
                                      f"2025 - Page {i} of {n}")


def cantonment_board(path: Path) -> None:
    d = RuledDoc(size=A4, font="Helvetica", left=64, right=64)
    d.para("CANTONMENT BOARD SAKESAR", bold=True, size=13, gap=2)
    d.para("Minutes of the Ordinary Meeting of the Cantonment Board Sakesar held on 12-06-2025 at "
           "1100 hours in the Board Room, Cantonment Board Office, Sakesar", gap=10)
    d.para("ATTENDANCE", bold=True, gap=6)
    d.ruled([["S. No.", "Name", "Designation", "Attendance"],
             ["1", "Brig. Asad Mehmood", "Station Commander / President", "Present"],
             ["2", "Mr. Tariq Javed Awan", "Vice President (Ward 3)", "Present"],
             ["3", "Mr. Imran Qureshi", "Elected Member (Ward 1)", "Present"],
             ["4", "Mrs. Nusrat Bibi", "Elected Member (Ward 2)", "Present"],
             ["5", "Mr. Shahid Mahmood Khan", "Elected Member (Ward 4)", "Leave granted"],
             ["6", "Lt. Col. Farhan Saleem", "Nominated Member", "Present"],
             ["7", "Maj. Adeel Rauf", "Nominated Member", "Present"],
             ["8", "Mr. Zafar Iqbal Cheema", "Nominated Member", "Present"]],
            [40, 150, 175, 80], size=9.5)
    d.para("Also present: Mr. Kamran Yousaf, Cantonment Executive Officer (Member Secretary); "
           "Mr. Naveed Akhtar, Assistant Engineer; Mr. Bilal Hussain, Revenue Superintendent.",
           gap=10)

    def head(s: str) -> None:
        d.space(3)
        d.para(s, bold=True, gap=4)

    head("1. CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 17-04-2025")
    d.para("Resolution No. 41: Resolved that the minutes of the ordinary meeting held on "
           "17-04-2025 be confirmed.", gap=3)
    d.para("Proposed by: Mr. Imran Qureshi        Seconded by: Maj. Adeel Rauf", gap=3)
    d.para("Decision: Passed unanimously.", gap=8)
    head("2. BUDGET ESTIMATES FOR THE FINANCIAL YEAR 2025-26")
    d.para("The CEO presented the budget estimates for 2025-26 showing receipts of Rs. 412.6 "
           "million and expenditure of Rs. 398.2 million, including Rs. 46 million for the "
           "rehabilitation of the Sakesar Road sewerage line.", gap=4)
    d.para("Mr. Imran Qureshi objected that no funds had been provided for the girls' primary "
           "school in Ward 1, whose roof had been declared dangerous in 2024.", gap=4)
    d.para("Mrs. Nusrat Bibi asked why the conservancy charges were to rise by 20 percent when "
           "refuse was collected only twice a week in Ward 2.", gap=4)
    d.para("The CEO replied that the roof of the school would be repaired from the Board's "
           "contingency grant before the monsoon.", gap=4)
    d.para("Resolution No. 42: Resolved that the budget estimates for the financial year 2025-26 "
           "be approved and forwarded to the Director, Military Lands and Cantonments, Rawalpindi "
           "Region, for sanction.", gap=3)
    d.para("Proposed by: Lt. Col. Farhan Saleem        Seconded by: Mr. Tariq Javed Awan", gap=3)
    d.para("Decision: Passed by majority (5 in favour, 2 against: Mr. Imran Qureshi and "
           "Mrs. Nusrat Bibi).", gap=4)
    d.para("Action: CEO to forward the approved budget to the Director, ML&C by 30-06-2025.",
           gap=8)
    head("3. ENCROACHMENTS IN SADDAR BAZAAR")
    d.para("A delegation of the Saddar Bazaar Traders Welfare Association led by Haji Muhammad "
           "Aslam was heard. Haji Aslam objected to the removal of the shop extensions in "
           "Saddar Bazaar, stating that the traders had paid the Board an annual fee for them "
           "since 2016 and that 150 shops would be affected.", gap=4)
    d.para("The Assistant Engineer informed the Board that the extensions had narrowed the main "
           "road to 14 feet and that a fire tender could not pass.", gap=4)
    d.para("Mr. Tariq Javed Awan supported the removal, stating that the bazaar had burnt twice "
           "since 2019 and that the fire tender had not been able to reach the shops.", gap=4)
    d.para("Resolution No. 43: Resolved that the traders be given thirty days' notice to remove "
           "the extensions, after which the Board's staff will remove them.", gap=3)
    d.para("Proposed by: Mr. Tariq Javed Awan        Seconded by: Mr. Zafar Iqbal Cheema", gap=3)
    d.para("Decision: Passed by majority (6 in favour, 1 against: Mrs. Nusrat Bibi).", gap=4)
    d.para("Action: Revenue Superintendent to serve the notices by 20-06-2025.", gap=8)
    head("4. LEASE OF THE CANTONMENT BOARD SHOPPING CENTRE, MALL ROAD")
    d.para("The CEO proposed that the lease of the shopping centre on Mall Road be renewed for "
           "five years at a rent of Rs. 1.8 million a year.", gap=4)
    d.para("Mr. Imran Qureshi proposed that the lease be put to open auction instead. After "
           "discussion it was decided to defer the matter to the next meeting so that the CEO "
           "could obtain a valuation.", gap=4)
    d.para("Action: CEO to obtain a valuation of the shopping centre from the Military Estates "
           "Officer before the next meeting.", gap=8)
    head("5. ANY OTHER ITEM WITH THE PERMISSION OF THE PRESIDENT")
    d.para("Maj. Adeel Rauf requested that speed breakers be placed on Tufail Road near the "
           "Cantonment Public School. The request was referred to the Works Committee.", gap=8)
    d.para("The meeting ended with a vote of thanks to the chair.", gap=16)
    d.row(["(Kamran Yousaf)", "(Brig. Asad Mehmood)"], [0, 300], size=10)
    d.row(["Member Secretary", "President"], [0, 300], size=10)
    d.save(path)


def rural_district_council(src: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=70, right=70)
    d.para("GORONGWE RURAL DISTRICT COUNCIL", bold=True, size=13, gap=2)
    d.para("MINUTES OF THE FULL COUNCIL MEETING HELD ON 15 MAY 2025 IN THE COUNCIL BOARDROOM, "
           "MUSANI GROWTH POINT", bold=True, gap=8)
    d.para("Councillors Present:", bold=True, gap=2)
    for s in ["Cllr. T. Moyo - Council Chairperson (Ward 4)",
              "Cllr. R. Chiweshe - Vice Chairperson (Ward 2)", "Cllr. S. Ncube (Ward 1)",
              "Cllr. M. Gumbo (Ward 3)", "Cllr. F. Mutasa (Ward 5)", "Cllr. P. Sibanda (Ward 6)",
              "Cllr. E. Marufu (Ward 7)", "Cllr. J. Dube (Ward 8)", "Cllr. L. Chigumba (Ward 9)"]:
        d.para(s, indent=18, gap=0)
    d.space(5)
    d.para("Apologies:", bold=True, gap=2)
    d.para("Cllr. N. Mapfumo (Ward 10)", indent=18, gap=5)
    d.para("Officials in attendance:", bold=True, gap=2)
    d.para("Mr. P. Chikore - Chief Executive Officer", indent=18, gap=0)
    d.para("Mrs. A. Mhlanga - Finance Director", indent=18, gap=0)
    d.para("Mr. K. Nyoni - Works Supervisor", indent=18, gap=8)

    def head(s: str) -> None:
        d.space(3)
        d.para(s, bold=True, gap=4)

    head("1. OPENING PRAYER AND WELCOME")
    d.para("The meeting opened at 10.05 a.m. with a prayer by Cllr. Dube. The Chairperson "
           "welcomed all members.", gap=6)
    head("2. CONFIRMATION OF MINUTES OF 17 APRIL 2025")
    d.para("The minutes of the meeting held on 17 April 2025 were confirmed as a true record. "
           "Moved by Cllr. Gumbo, seconded by Cllr. Sibanda.", gap=6)
    head("3. UNIT TAX AND DEVELOPMENT LEVY FOR 2025")
    d.para("The Finance Director proposed that the unit tax for communal households be increased "
           "from US$5 to US$8 a year to fund the repair of boreholes.", gap=4)
    d.para("Cllr. Marufu opposed the increase, stating that the 2024 drought had left most "
           "households in Ward 7 without a harvest.", gap=4)
    d.para("Village Head Chief Matope, who attended as an observer, objected that the villagers "
           "had paid the levy for three years and not one borehole in his area had been repaired.",
           gap=4)
    d.para("Cllr. Chigumba asked how many boreholes were out of order. The Works Supervisor "
           "reported that 41 of the 126 boreholes in the district were not working.", gap=4)
    d.para("Moved by Cllr. Chiweshe, seconded by Cllr. Ncube, that the unit tax be increased to "
           "US$8 from 1 July 2025. The motion was carried with 7 votes for and 2 against "
           "(Cllr. Marufu and Cllr. Mutasa).", gap=4)
    d.para("The CEO to publish the new unit tax at every ward centre by 30 June 2025.", gap=6)
    head("4. ANY OTHER BUSINESS")
    d.para("Cllr. Ncube requested that the Council repair the bridge on the Musani-Chitsa road. "
           "The matter was referred to the Works Committee.", gap=6)
    d.para("The meeting closed at 1.15 p.m.", gap=14)
    d.para("T. Moyo, Council Chairperson", gap=0)
    d.save(src)


def main() -> None:
    municipal_council(HERE / "munali_municipal_council.pdf")
    cantonment_board(HERE / "sakesar_cantonment_board.pdf")
    draw_scanned(rural_district_council, "rdc.pdf", HERE / "gorongwe_rdc_scan.pdf")


if __name__ == "__main__":
    main()
