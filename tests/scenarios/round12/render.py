#!/usr/bin/env python3
"""Render the twelfth round of probes: minutes of kinds of body and countries the first eleven lack.

Usage (from the repository root): python tests/scenarios/round12/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py),
the noisy scan from the eighth (tests/scenarios/round8/render.py).

- missouri_cosmetology_board.pdf: a long (nine pages) open-session record of a US state licensing
  board: Roman-numbered items, "BOARD MEMBERS PRESENT" / "BOARD MEMBERS ABSENT" / "STAFF PRESENT"
  blocks of "Name, Office" lines, a public hearing on a proposed rule with public speakers for and
  against, one item per disciplinary case ("In re: …, License No. …"), motions "Motion by …,
  seconded by …", roll-call tables of surnames and Yes/No/Recused, "Motion carried 5-1", cases
  continued to a later meeting, a closed session, a running footer.
- otjozondjupa_rc_scan.pdf: a Namibian regional council's ordinary meeting printed, then scanned
  (skewed, speckled, JPEG): "Hon." councillors with constituencies, "10H00" times, numbered items
  with "RESOLVED:" paragraphs and council resolution numbers, a community delegation that objects,
  "6 in favour and 2 against", actions with due dates; item 4 runs over onto page 2.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, draw_scanned  # noqa: E402  (a script: see render_kit)

MEMBERS = ["Okafor", "Wexler", "Delgado", "Jenkins", "Booker", "Strickland", "Cho"]


def licensing_board(path: Path) -> None:
    d = Doc(size=letter, font="Helvetica", left=96, right=96, top=86, bottom=90)
    d.para("MISSOURI STATE BOARD OF COSMETOLOGY AND BARBER EXAMINERS", bold=True, size=12.5, gap=2)
    d.para("OPEN SESSION MINUTES", bold=True, size=12, gap=2)
    d.para("Monday, June 9, 2025 - 9:00 a.m.", bold=True, gap=2)
    d.para("Harry S Truman State Office Building, Room 490, 301 West High Street, Jefferson City, "
           "Missouri", gap=10)
    d.para("BOARD MEMBERS PRESENT", bold=True, gap=2)
    for s in ["Patricia Okafor, Chair", "Daniel Wexler, Vice Chair", "Rosa Delgado, Member",
              "Harold Jenkins, Member", "Tamika Booker, Member", "Glenn Strickland, Member",
              "Mei Lin Cho, Public Member"]:
        d.para(s, indent=18, gap=0)
    d.space(6)
    d.para("BOARD MEMBERS ABSENT", bold=True, gap=2)
    d.para("Frank Ostrowski, Member", indent=18, gap=6)
    d.para("STAFF PRESENT", bold=True, gap=2)
    for s in ["Karen Whitfield, Executive Director", "Marcus Reyes, Board Counsel",
              "Lisa Greenbaum, Chief Investigator", "Tom Albrecht, Licensing Supervisor"]:
        d.para(s, indent=18, gap=0)
    d.space(10)

    def head(s: str) -> None:
        d.space(4)
        d.para(s, bold=True, gap=4)

    def roll(votes: dict[str, str], result: str) -> None:
        d.para("Roll call vote:", gap=1)
        for name in MEMBERS:
            d.row(["", name, votes.get(name, "Yes")], [0, 30, 160], size=10)
        d.para(result, bold=True, gap=8)

    head("I. CALL TO ORDER")
    d.para("Chair Okafor called the meeting to order at 9:02 a.m. A quorum was present.", gap=6)
    head("II. APPROVAL OF THE AGENDA")
    d.para("Executive Director Whitfield asked that the application of Jordan Pike be removed "
           "from the agenda because the applicant had withdrawn it.", gap=4)
    d.para("Motion by Member Jenkins, seconded by Member Booker, to approve the agenda as "
           "amended.", gap=4)
    d.para("Motion carried unanimously by voice vote.", bold=True, gap=6)
    head("III. APPROVAL OF MINUTES OF THE MARCH 10, 2025 MEETING")
    d.para("Member Cho noted that the minutes stated the wrong license number for the case of "
           "Derrick Lowe on page 4 and asked that it be corrected.", gap=4)
    d.para("Motion by Vice Chair Wexler, seconded by Member Cho, to approve the open session "
           "minutes of the March 10, 2025 meeting as corrected.", gap=4)
    d.para("Motion carried unanimously by voice vote.", bold=True, gap=6)

    head("IV. PUBLIC HEARING: PROPOSED AMENDMENT TO 20 CSR 2085-12.010, HAIR BRAIDER "
         "REGISTRATION")
    d.para("Chair Okafor opened the public hearing at 9:15 a.m. Board Counsel Reyes explained that "
           "the proposed amendment would reduce the training required for registration as a hair "
           "braider from 1,000 hours to 300 hours and would allow the training to be completed "
           "under an apprenticeship in a licensed salon. The proposed amendment was published in "
           "the Missouri Register on April 15, 2025, and twenty-two written comments were "
           "received: fourteen in favor and eight against.", gap=5)
    d.para("Aisha Grant, owner of Crown Braiding Studio in Kansas City, spoke in favor of the "
           "amendment, stating that the 1,000-hour requirement kept experienced braiders from "
           "working legally because no school in the state taught braiding as a separate course.",
           gap=5)
    d.para("Dale Whitaker, Director of the Ozark Beauty Academy, spoke against the amendment, "
           "stating that 300 hours was not enough to teach infection control and scalp disorders "
           "and that the change would put the public at risk.", gap=5)
    d.para("Fatou Diallo, a braider from St. Louis, spoke in favor of the amendment, stating that "
           "she had braided hair for nineteen years in Senegal and in Missouri but could not afford "
           "to leave work for a year to attend school.", gap=5)
    d.para("Brenda Kessler, representing the Missouri Cosmetology Educators Association, objected "
           "that apprenticeships in salons were not inspected often enough to make sure that the "
           "hours were actually completed.", gap=5)
    d.para("Marcus Tillman, a policy analyst with the Show-Me Opportunity Institute, spoke in favor "
           "of the amendment, noting that thirty-one states required no license at all for "
           "natural hair braiding.", gap=5)
    d.para("Sheila Pruitt, a licensed cosmetologist from Springfield, spoke against the "
           "amendment, stating that braiders who pull hair too tightly cause traction alopecia "
           "and that the public would have no way to know who was properly trained.", gap=5)
    d.para("Chair Okafor closed the public hearing at 10:12 a.m.", gap=5)
    d.para("Member Strickland stated that he shared the concern about infection control and asked "
           "whether the 300 hours would include a set number of hours of sanitation instruction.",
           gap=5)
    d.para("Board Counsel Reyes answered that the proposed rule required at least 35 of the 300 "
           "hours to be spent on sanitation, infection control and scalp disorders.", gap=5)
    d.para("Member Delgado expressed concern that the Board had only one inspector for apprentices "
           "in the whole state and could not check the hours recorded by salons.", gap=5)
    d.para("Motion by Member Booker, seconded by Vice Chair Wexler, to adopt the amendment to "
           "20 CSR 2085-12.010 as published and to direct staff to file the order of rulemaking. "
           "At the request of Member Strickland, Member Booker accepted a friendly amendment that "
           "the Board review the apprenticeship hours reported under the rule after one year.",
           gap=4)
    roll({"Delgado": "No"}, "Motion carried 6-1.")
    d.para("Board Counsel Reyes to file the order of rulemaking with the Joint Committee on "
           "Administrative Rules by July 1, 2025.", gap=6)

    head("V. CASE NO. 2025-0117 - IN RE: BRITTANY SLOANE, COSMETOLOGIST LICENSE NO. 2019004412")
    d.para("Chief Investigator Greenbaum summarized the investigation. A routine inspection of "
           "Glam Lab Salon in Columbia on January 22, 2025 found that Ms. Sloane was using "
           "unlabeled disinfectant and had reused single-use pumice stones on at least three "
           "clients. Ms. Sloane has no prior discipline.", gap=5)
    d.para("Ms. Sloane appeared and stated that she had thrown away all reusable tools and had "
           "completed an eight-hour infection control course in April.", gap=5)
    d.para("Motion by Member Jenkins, seconded by Member Cho, to accept the Settlement Agreement "
           "placing the license of Brittany Sloane on probation for one year with a fine of $250.",
           gap=4)
    roll({}, "Motion carried 7-0.")

    head("VI. CASE NO. 2025-0131 - IN RE: TERRELL HUGHES, BARBER LICENSE NO. 2008017735")
    d.para("Chief Investigator Greenbaum reported that Mr. Hughes had operated Sharp Line Barber "
           "Shop in Sikeston for fourteen months after the shop license expired and had employed "
           "two unlicensed barbers. This is Mr. Hughes' second violation; he was censured in 2021 "
           "for the same conduct.", gap=5)
    d.para("Mr. Hughes did not appear.", gap=5)
    d.para("Member Delgado stated that a second violation for the same conduct called for a "
           "suspension and not a fine.", gap=5)
    d.para("Member Booker objected that a suspension would also put the two barbers out of work "
           "and that the Board had never suspended a barber for an expired shop license.", gap=5)
    d.para("Motion by Member Delgado, seconded by Member Strickland, to refer the case to the "
           "Administrative Hearing Commission with a request that the license of Terrell Hughes be "
           "suspended for ninety days.", gap=4)
    roll({"Booker": "No", "Cho": "No"}, "Motion carried 5-2.")
    d.para("Executive Director Whitfield to send the complaint to the Administrative Hearing "
           "Commission by June 30, 2025.", gap=6)

    head("VII. CASE NO. 2024-0388 - IN RE: VANESSA MORROW, ESTHETICIAN LICENSE NO. 2016022109 "
         "(CONTINUED FROM MARCH 10, 2025)")
    d.para("Board Counsel Reyes reported that counsel for Ms. Morrow had asked for a further "
           "continuance because the criminal case arising from the same facts had not yet been "
           "tried in the Circuit Court of Greene County.", gap=5)
    d.para("Vice Chair Wexler expressed concern that the case had now been continued three times "
           "and that Ms. Morrow was still practicing.", gap=5)
    d.para("Motion by Member Strickland, seconded by Member Jenkins, to continue the case to the "
           "September 8, 2025 meeting.", gap=4)
    roll({"Wexler": "No"}, "Motion carried 6-1.")

    head("VIII. CASE NO. 2025-0142 - IN RE: KEVIN PHAM, NAIL TECHNICIAN LICENSE NO. 2022031876")
    d.para("Chief Investigator Greenbaum reported that a client of Luxe Nails in Lee's Summit filed "
           "a complaint after developing a fungal infection following a pedicure on February 8, "
           "2025. The inspection found that the foot spa basins were not cleaned between clients "
           "and that the cleaning log had been filled in for days on which the salon was closed.",
           gap=5)
    d.para("Mr. Pham appeared with his attorney, Ruth Feldman, and stated that the log had been "
           "kept by the salon manager and that he had not known it was false.", gap=5)
    d.para("Member Cho asked whether the salon owner had also been charged.", gap=5)
    d.para("Chief Investigator Greenbaum answered that a separate complaint against the shop "
           "license was under investigation.", gap=5)
    d.para("Motion by Vice Chair Wexler, seconded by Member Delgado, to accept the Settlement "
           "Agreement placing the license of Kevin Pham on probation for two years, with a fine of "
           "$1,000 and sixteen hours of continuing education in infection control.", gap=4)
    roll({"Jenkins": "No"}, "Motion carried 6-1.")

    head("IX. CASE NO. 2025-0150 - IN RE: GLORIA STANFIELD, INSTRUCTOR LICENSE NO. 2011009954")
    d.para("Member Jenkins disclosed that Ms. Stanfield had been his instructor in 1998 and recused "
           "himself from the case. He left the room.", gap=5)
    d.para("Chief Investigator Greenbaum reported that Ms. Stanfield, an instructor at the Heartland "
           "School of Beauty in Joplin, had signed off training hours for four students who were "
           "not present on the days recorded.", gap=5)
    d.para("Ms. Stanfield appeared and stated that the school owner had told her to sign the hour "
           "sheets at the end of each month and that she had not checked them against the "
           "attendance book.", gap=5)
    d.para("Motion by Member Booker, seconded by Member Cho, to accept the Settlement Agreement "
           "publicly censuring the license of Gloria Stanfield.", gap=4)
    roll({"Jenkins": "Recused"}, "Motion carried 6-0, with Member Jenkins recused.")
    d.para("Member Jenkins returned to the meeting.", gap=6)

    head("X. CASE NO. 2025-0156 - IN RE: ANTHONY RUIZ, BARBER APPRENTICE")
    d.para("Chief Investigator Greenbaum reported that Mr. Ruiz had been cutting hair for paying "
           "clients in his home in Cape Girardeau while registered as an apprentice.", gap=5)
    d.para("Member Strickland stated that the Board should give an apprentice with no prior "
           "complaints a chance to finish his training.", gap=5)
    d.para("Motion by Member Strickland, seconded by Member Jenkins, to issue a letter of concern "
           "to Anthony Ruiz and to close the case without discipline.", gap=4)
    roll({"Delgado": "No", "Wexler": "No", "Okafor": "No", "Cho": "No"},
         "Motion failed 3-4.")
    d.para("By consensus, the Board continued the case to the July 14, 2025 meeting so that staff "
           "may offer Mr. Ruiz a settlement agreement with a fine of $200.", gap=6)

    head("XI. APPLICATIONS FOR LICENSURE REQUIRING BOARD REVIEW")
    d.para("Licensing Supervisor Albrecht presented the application of Shauna Briggs for a "
           "cosmetology license by reciprocity from Arkansas. Ms. Briggs disclosed a 2019 "
           "conviction for passing a bad check, for which she had completed probation.", gap=5)
    d.para("Motion by Member Cho, seconded by Member Booker, to approve the application of Shauna "
           "Briggs for licensure by reciprocity.", gap=4)
    roll({}, "Motion carried 7-0.")

    head("XII. CLOSED SESSION")
    d.para("Motion by Vice Chair Wexler, seconded by Member Delgado, to go into closed session "
           "under Section 610.021(14) RSMo and Section 324.001.8 RSMo to discuss investigative "
           "reports and complaints.", gap=4)
    roll({}, "Motion carried 7-0.")
    d.para("The Board went into closed session at 12:05 p.m. and returned to open session at "
           "1:20 p.m. No action was taken in closed session.", gap=6)

    head("XIII. EXECUTIVE DIRECTOR'S REPORT")
    d.para("Executive Director Whitfield reported that 3,412 licenses had been renewed online in "
           "May and that the average time to issue a new license had fallen from 21 days to "
           "9 days. She reported that the Board's fund balance on April 30, 2025 was $2.84 "
           "million.", gap=5)
    d.para("Member Strickland asked whether the online renewal system would accept continuing "
           "education certificates by the next renewal period.", gap=5)
    d.para("Executive Director Whitfield to report on the continuing education upload function at "
           "the July 14, 2025 meeting.", gap=6)

    head("XIV. OLD BUSINESS: SHOP INSPECTION FREQUENCY")
    d.para("Chief Investigator Greenbaum presented a proposal to inspect every licensed shop at "
           "least once every two years instead of once every three years, which would require two "
           "additional inspectors.", gap=5)
    d.para("Member Jenkins objected that the Board could not pay for two more inspectors without "
           "raising license fees, which the Board had promised not to do before 2027.", gap=5)
    d.para("Motion by Member Delgado, seconded by Member Cho, to table the proposal until the "
           "fiscal year 2026 budget is presented.", gap=4)
    d.para("Motion carried unanimously by voice vote.", bold=True, gap=6)

    head("XV. PUBLIC COMMENT")
    d.para("Latoya Simmons, a salon owner from Kansas City, stated that inspectors had visited her "
           "salon three times in one year while other salons in her street had never been "
           "inspected, and objected that inspections were not being assigned fairly.", gap=5)
    d.para("Chair Okafor thanked Ms. Simmons and asked the Chief Investigator to review how "
           "inspections are assigned in the Kansas City area.", gap=6)

    head("XVI. ADJOURNMENT")
    d.para("Motion by Member Jenkins, seconded by Member Booker, to adjourn. Motion carried "
           "unanimously. The meeting adjourned at 2:05 p.m.", gap=20)
    d.para("Approved by the Board on ____________________", gap=14)
    d.para("____________________________          ____________________________", gap=2)
    d.para("Patricia Okafor, Chair                              Karen Whitfield, Executive Director",
           gap=2)
    d.save(path, footer=lambda i, n: f"Open Session Minutes - June 9, 2025 - Page {i} of {n}")


def regional_council(src: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=68, right=68)
    d.para("REPUBLIC OF NAMIBIA", bold=True, size=12, gap=2)
    d.para("OTJOZONDJUPA REGIONAL COUNCIL", bold=True, size=13, gap=6)
    d.para("MINUTES OF THE 4TH ORDINARY COUNCIL MEETING OF THE OTJOZONDJUPA REGIONAL COUNCIL HELD "
           "ON TUESDAY, 22 APRIL 2025 AT 10H00 IN THE COUNCIL CHAMBERS, OTJIWARONGO", bold=True,
           gap=8)
    d.para("MEMBERS PRESENT:", bold=True, gap=2)
    for a, b in [("Hon. Eliaser Nghipandulwa", "Chairperson (Otjiwarongo Constituency)"),
                 ("Hon. Maria Kaura", "Vice-Chairperson (Okakarara Constituency)"),
                 ("Hon. Johannes Gaseb", "Councillor (Grootfontein Constituency)"),
                 ("Hon. Selma Haufiku", "Councillor (Tsumkwe Constituency)"),
                 ("Hon. Petrus Tjiueza", "Councillor (Omatako Constituency)"),
                 ("Hon. Anna Swartbooi", "Councillor (Okahandja Constituency)"),
                 ("Hon. Wilhelm Katjimune", "Councillor (Otavi Constituency)")]:
        d.row([a, "- " + b], [10, 190], size=10.5)
    d.para("ABSENT WITH APOLOGY:", bold=True, gap=2)
    d.row(["Hon. Thomas Nakale", "- Councillor (Okakarara Rural Constituency)"], [10, 190],
          size=10.5)
    d.para("OFFICIALS PRESENT:", bold=True, gap=2)
    for a, b in [("Mr. Immanuel Shikongo", "Chief Regional Officer"),
                 ("Ms. Hilma Amutenya", "Director: Planning and Development Services"),
                 ("Mr. Ruben Van Wyk", "Council Secretary")]:
        d.row([a, "- " + b], [10, 190], size=10.5)
    d.space(8)

    def head(s: str) -> None:
        d.para(s, bold=True, gap=3)

    head("1. OPENING AND WELCOME")
    d.para("The Chairperson opened the meeting at 10H05 and welcomed all members and officials.",
           gap=8)
    head("2. CONFIRMATION OF MINUTES OF THE 3RD ORDINARY COUNCIL MEETING")
    d.para("RESOLVED (CR 21/04/2025): That the minutes of the 3rd Ordinary Council Meeting held on "
           "25 February 2025 be confirmed as a true record. Proposed by Hon. Haufiku and seconded "
           "by Hon. Gaseb.", gap=8)
    head("3. RURAL WATER SUPPLY: OKAMATAPATI BOREHOLES")
    d.para("The Director: Planning and Development Services reported that two of the three "
           "boreholes at Okamatapati had dried up and that the community was being supplied by "
           "water tanker twice a week.", gap=3)
    d.para("A delegation of the Okamatapati community, led by Mr. Uazuvara Kandjii, addressed the "
           "Council and objected that the water tanker had not come for nine days in March.", gap=3)
    d.para("Hon. Kaura asked whether the drilling of a new borehole could be funded from the "
           "drought relief budget.", gap=3)
    d.para("RESOLVED (CR 22/04/2025): That Council approves the drilling of a new borehole at "
           "Okamatapati at an estimated cost of N$ 480,000 from the drought relief budget.", gap=3)
    d.para("The Director: Planning and Development Services to appoint the drilling contractor by "
           "31 May 2025.", gap=8)
    head("4. PROPOSED SALE OF ERVEN IN OTAVI EXTENSION 5")
    d.para("The Chief Regional Officer presented the proposal to sell 40 serviced erven in Otavi "
           "Extension 5 by public auction.", gap=3)
    d.para("Hon. Katjimune objected to the sale by auction, stating that low-income residents of "
           "Otavi would be outbid by buyers from Windhoek.", gap=3)
    d.para("Hon. Tjiueza moved that the erven be sold by public auction and Hon. Swartbooi seconded. "
           "The motion was put to the vote and carried with 6 in favour and 2 against.", gap=3)
    d.para("RESOLVED (CR 23/04/2025): That Council approves the sale of 40 serviced erven in Otavi "
           "Extension 5 by public auction.", gap=8)
    head("5. REPORT OF THE MANAGEMENT COMMITTEE")
    d.para("The Chairperson presented the report of the Management Committee for the quarter "
           "ending 31 March 2025.", gap=3)
    d.para("RESOLVED (CR 24/04/2025): That Council notes the report of the Management Committee.",
           gap=8)
    head("6. CONSTRUCTION OF TSUMKWE CLINIC STAFF HOUSING")
    d.para("Hon. Haufiku expressed concern that the contractor for the staff houses at Tsumkwe "
           "clinic was eight months behind schedule.", gap=3)
    d.para("RESOLVED (CR 25/04/2025): That the matter be deferred to the next Ordinary Council "
           "Meeting pending a site inspection report.", gap=3)
    d.para("The Chief Regional Officer to submit the site inspection report by 15 June 2025.",
           gap=8)
    head("7. CLOSURE")
    d.para("There being no further business, the Chairperson closed the meeting at 13H40.", gap=20)
    d.para("CHAIRPERSON                                         CHIEF REGIONAL OFFICER", gap=4)
    d.save(src)


def main() -> None:
    licensing_board(HERE / "missouri_cosmetology_board.pdf")
    draw_scanned(regional_council, "otjozondjupa_rc.pdf", HERE / "otjozondjupa_rc_scan.pdf")


if __name__ == "__main__":
    main()
