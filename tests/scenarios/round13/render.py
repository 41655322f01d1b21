#!/usr/bin/env python3
"""Render the thirteenth round of probes: minutes of kinds of body and countries the first twelve lack.

Usage (from the repository root): python tests/scenarios/round13/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py),
the noisy scan from the eighth (tests/scenarios/round8/render.py).

- alder_grove_city_council.pdf: a long (eight pages or more) regular meeting of a California city
  council: roll call "PRESENT: Councilmembers …", a closed session report-out by the City Attorney,
  public comment, a consent calendar adopted in one motion with an item pulled for discussion,
  a public hearing with several speakers for and against, the second reading and adoption of an
  ordinance, an item continued to a later meeting, "AYES: / NOES: / ABSENT:" vote blocks,
  "Motion by …, seconded by …", direction to staff with dates, a running footer.
- kotmale_pradeshiya_sabha_scan.pdf: a Sri Lankan Pradeshiya Sabha's monthly meeting printed,
  then scanned (skewed, speckled, JPEG): "Hon." members, items "01." … with "Proposed by …,
  Seconded by …", a show of hands "5 members voted for and 2 against", a residents' delegation
  that objects, the Secretary to act by a date, a closing signature line.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, draw_scanned  # noqa: E402  (a script: see render_kit)


def city_council(path: Path) -> None:
    d = Doc(size=letter, font="Helvetica", left=96, right=96, top=96, bottom=110)
    P = lambda s, g=8: d.para(s, size=11.5, gap=g)  # noqa: E731

    def head(s: str) -> None:
        d.space(6)
        d.para(s, bold=True, size=11, gap=5)

    def vote(ayes: str, noes: str = "None", absent: str = "Councilmember Huerta",
             abstain: str = "None") -> None:
        for label, who in (("AYES:", ayes), ("NOES:", noes), ("ABSTAIN:", abstain),
                           ("ABSENT:", absent)):
            d.row([label, who], [0, 70], size=10.5)
        d.space(8)

    d.para("CITY OF ALDER GROVE", bold=True, size=13, gap=2)
    d.para("CITY COUNCIL REGULAR MEETING MINUTES", bold=True, size=12, gap=2)
    d.para("Tuesday, March 18, 2025", bold=True, size=11, gap=2)
    d.para("Council Chambers, 500 Civic Center Drive, Alder Grove, California", size=11, gap=12)
    head("1. CALL TO ORDER AND ROLL CALL")
    P("Mayor Lindqvist called the regular meeting to order at 6:00 p.m.")
    d.row(["PRESENT:", "Mayor Ingrid Lindqvist, Mayor Pro Tem Samuel Oyelaran, Councilmembers"],
          [0, 70], size=10.5)
    d.row(["", "Priya Natarajan and Thomas Kowalski"], [0, 70], size=10.5)
    d.row(["ABSENT:", "Councilmember Renata Huerta (excused)"], [0, 70], size=10.5)
    d.row(["STAFF:", "City Manager Gregory Ashby, City Attorney Dana Whitcombe, City Clerk"],
          [0, 70], size=10.5)
    d.row(["", "Monique Farrell, Public Works Director Luis Ortega, Community Development"],
          [0, 70], size=10.5)
    d.row(["", "Director Helen Park, Police Chief Raymond Sato"], [0, 70], size=10.5)
    d.space(8)
    head("2. REPORT OUT OF CLOSED SESSION")
    P("City Attorney Whitcombe reported that the Council met in closed session at 5:00 p.m. "
      "under Government Code Section 54956.9(d)(1) regarding Greenway Partners LLC v. City of "
      "Alder Grove, Alameda County Superior Court Case No. 24CV071193. The Council voted 4-0, "
      "with Councilmember Huerta absent, to approve a settlement agreement under which the City "
      "will pay $185,000 and the plaintiff will dismiss the action. No other reportable action "
      "was taken.")
    head("3. PLEDGE OF ALLEGIANCE")
    P("Councilmember Kowalski led the Pledge of Allegiance.")
    head("4. PRESENTATIONS")
    P("Mayor Lindqvist presented a proclamation declaring April 2025 as Fair Housing Month in "
      "the City of Alder Grove to Ms. Carmen Delacruz of the Eden Fair Housing Council.")
    P("Police Chief Sato introduced three new police officers, Officer Jamal Whitley, Officer "
      "Kristen Yamada and Officer Paolo Ferreira, who were sworn in on March 3, 2025.")
    head("5. PUBLIC COMMENT ON ITEMS NOT ON THE AGENDA")
    P("Walter Brennan, a resident of Sycamore Lane, complained that trucks using the Amberwood "
      "construction site were parking on Sycamore Lane overnight and blocking driveways, and asked "
      "the Council to enforce the construction traffic plan.")
    P("Deborah Quintana, speaking for the Alder Grove Library Friends, announced the spring book "
      "sale on April 12 and 13, 2025 at the Main Library.")
    P("Mayor Lindqvist asked the City Manager to look into the truck parking on Sycamore Lane and "
      "report back to the Council by April 1, 2025.")
    head("6. CONSENT CALENDAR")
    P("Mayor Pro Tem Oyelaran asked that Item 6.D be removed from the Consent Calendar for "
      "separate discussion. The following items were approved in one motion:")
    for s in ["6.A Approval of the minutes of the regular meeting of March 4, 2025",
              "6.B Receive the Treasurer's Investment Report for the quarter ended December 31, "
              "2024",
              "6.C Adopt Resolution No. 2025-021 accepting the Maple Avenue Sidewalk Repair "
              "Project as complete and authorizing the filing of a Notice of Completion",
              "6.E Adopt Resolution No. 2025-022 approving the annual purchase of water meters "
              "from Badger Meter Inc. in an amount not to exceed $240,000"]:
        d.para(s, size=10.5, indent=20, gap=3)
    d.space(4)
    P("Motion by Councilmember Natarajan, seconded by Councilmember Kowalski, to approve the "
      "Consent Calendar with the exception of Item 6.D. The motion carried by the following vote:")
    vote("Councilmembers Kowalski, Natarajan, Oyelaran, Mayor Lindqvist")
    head("6.D AWARD OF CONTRACT FOR JANITORIAL SERVICES AT CITY FACILITIES")
    P("Mayor Pro Tem Oyelaran asked why the lowest bidder, Brightline Building Services, had been "
      "found non-responsive. Public Works Director Ortega explained that Brightline had not "
      "submitted proof of workers' compensation insurance with its bid, as the bid documents "
      "required.")
    P("Mayor Pro Tem Oyelaran stated that he opposed awarding the contract to a firm whose bid "
      "was $61,000 higher over three years and that the insurance certificate could have been "
      "requested after the bid opening.")
    P("City Attorney Whitcombe advised that waiving a mandatory bid requirement for one bidder "
      "would expose the City to a bid protest.")
    P("Motion by Councilmember Kowalski, seconded by Mayor Lindqvist, to adopt Resolution No. "
      "2025-023 awarding a three-year contract for janitorial services to Pacific Coast Facility "
      "Care in an amount not to exceed $412,800. The motion carried by the following vote:")
    vote("Councilmembers Kowalski, Natarajan, Mayor Lindqvist", noes="Mayor Pro Tem Oyelaran")
    head("7. PUBLIC HEARINGS")
    head("7.A APPEAL OF PLANNING COMMISSION APPROVAL OF A 48-UNIT APARTMENT BUILDING AT "
         "2250 HESPERIAN BOULEVARD (PLN2024-0117)")
    P("Community Development Director Park presented the staff report. On January 23, 2025 the "
      "Planning Commission approved a design review permit for a four-story building of 48 "
      "apartments, seven of them affordable to very low income households, on a vacant lot at "
      "2250 Hesperian Boulevard. The Hesperian Neighbors Association appealed the approval, "
      "stating that the building was out of scale with the single-family homes on Cedar Court and "
      "that 52 parking spaces were too few. Director Park stated that the project complied with "
      "every objective standard in the zoning code and that under the Housing Accountability Act "
      "the Council could deny it only on written findings of a specific adverse impact on public "
      "health or safety.")
    P("Mayor Lindqvist opened the public hearing at 6:48 p.m.")
    P("Eleanor Whitfield, speaking for the appellant Hesperian Neighbors Association, stated that "
      "the fourth story would look directly into the back yards of six homes on Cedar Court and "
      "asked the Council to require the top floor to be set back by a further ten feet.")
    P("Rafael Montoya, the applicant's architect, spoke in support of the project, stating that "
      "the building already stepped down to three stories along Cedar Court and that the "
      "windows facing Cedar Court would use obscured glass.")
    P("Gordon Pike, a resident of Cedar Court, spoke against the project, stating that parking "
      "on Cedar Court was already full every evening and that 52 spaces for 48 apartments would "
      "push tenants' cars onto neighbouring streets.")
    P("Yolanda Brooks, a teacher at Hesperian Elementary School, spoke in favor of the project, "
      "stating that four of the teachers at her school commuted more than an hour because they "
      "could not find an apartment in Alder Grove.")
    P("Martin Kessler, a resident of Birch Street, objected that the traffic study had been "
      "carried out in July when school was out and did not show the morning drop-off traffic on "
      "Hesperian Boulevard.")
    P("Sunita Rao, speaking for East Bay Housing Action, spoke in favor of the project and urged "
      "the Council to deny the appeal, stating that the City had issued permits for only 31 of "
      "the 1,420 homes assigned to it for the current housing element cycle.")
    P("Harold Finch, a resident of Cedar Court, spoke against the project, stating that the "
      "construction of a four-story building next to single-family homes would lower the value "
      "of his property.")
    P("There being no further speakers, Mayor Lindqvist closed the public hearing at 7:31 p.m.")
    P("Councilmember Kowalski asked whether the City could require the applicant to pay for "
      "residential permit parking on Cedar Court. City Attorney Whitcombe answered that a "
      "condition of that kind could be added only with the applicant's consent.")
    P("Mr. Montoya stated that the applicant would agree to fund a residential permit parking "
      "program on Cedar Court for five years.")
    P("Councilmember Natarajan stated that she supported the project because the City needed "
      "homes that teachers and nurses could afford and the project met every objective standard.")
    P("Mayor Pro Tem Oyelaran expressed concern that the traffic study had been done during the "
      "summer and asked that a new count be taken during the school year before the building "
      "permit is issued.")
    P("Motion by Councilmember Natarajan, seconded by Councilmember Kowalski, to adopt Resolution "
      "No. 2025-024 denying the appeal and upholding the Planning Commission's approval of "
      "PLN2024-0117, with an added condition that the applicant fund residential permit parking "
      "on Cedar Court for five years. The motion carried by the following vote:")
    vote("Councilmembers Kowalski, Natarajan, Mayor Lindqvist", noes="Mayor Pro Tem Oyelaran")
    P("Community Development Director Park to have a new traffic count taken on Hesperian "
      "Boulevard during the school year and report it to the Council by May 20, 2025.")
    head("7.B PROPOSED INCREASE IN SOLID WASTE COLLECTION RATES (PROPOSITION 218 HEARING)")
    P("Public Works Director Ortega presented the proposal to increase the monthly residential "
      "solid waste collection rate from $38.40 to $42.75 on July 1, 2025, to pay for the organic "
      "waste collection that Senate Bill 1383 requires. Notices were mailed to 14,806 property "
      "owners on January 30, 2025 and 112 written protests had been received by the City Clerk.")
    P("Mayor Lindqvist opened the public hearing at 7:58 p.m.")
    P("Arthur Nguyen, a resident of Lupine Way, spoke against the increase, stating that it was "
      "the third increase in four years and that retired residents on fixed incomes could not "
      "keep absorbing it.")
    P("Grace Holloway, a resident of Fairmont Drive, asked whether the City had considered a "
      "smaller cart at a lower rate for households that produce little waste.")
    P("Mayor Lindqvist closed the public hearing at 8:09 p.m. City Clerk Farrell announced that "
      "the 112 written protests were far fewer than the 7,404 needed for a majority protest.")
    P("Councilmember Kowalski asked staff to return with a proposal for a 20-gallon cart rate. "
      "Mayor Lindqvist stated that the item would be continued so that the rate for the smaller "
      "cart could be considered together with the increase.")
    P("Motion by Councilmember Kowalski, seconded by Mayor Pro Tem Oyelaran, to continue the "
      "public hearing to the regular meeting of April 15, 2025. The motion carried by the "
      "following vote:")
    vote("Councilmembers Kowalski, Natarajan, Oyelaran, Mayor Lindqvist")
    P("Public Works Director Ortega to bring a 20-gallon cart rate to the Council by April 15, "
      "2025.")
    head("8. ORDINANCES - SECOND READING")
    head("8.A ORDINANCE NO. 2025-03 AMENDING CHAPTER 9.44 OF THE ALDER GROVE MUNICIPAL CODE "
         "TO REGULATE SIDEWALK VENDING")
    P("City Clerk Farrell read the title of the ordinance. The ordinance was introduced at the "
      "regular meeting of March 4, 2025 by a vote of 3-1.")
    P("Ana Lucia Herrera, speaking for the Alder Grove Street Vendors Collective, objected to the "
      "$450 annual permit fee, stating that most vendors earned less than $200 a week and that "
      "the fee would drive them back into unpermitted vending.")
    P("Councilmember Natarajan proposed that the permit fee be reduced to $150 for the first "
      "year. City Attorney Whitcombe advised that changing the fee in the ordinance would require "
      "it to be introduced again, and that the fee could instead be set in the master fee "
      "resolution.")
    P("Motion by Councilmember Natarajan, seconded by Mayor Lindqvist, to waive the full reading "
      "and adopt Ordinance No. 2025-03 by title only, and to direct staff to bring an amendment "
      "to the master fee resolution setting a first-year sidewalk vending permit fee of $150. The "
      "motion carried by the following vote:")
    vote("Councilmembers Natarajan, Oyelaran, Mayor Lindqvist", noes="Councilmember Kowalski")
    head("9. NEW BUSINESS")
    head("9.A AUTHORIZE THE CITY MANAGER TO APPLY FOR A CLEAN CALIFORNIA LOCAL GRANT FOR THE "
         "TENNYSON CREEK TRAIL")
    P("City Manager Ashby presented the proposal to apply for a Clean California Local Grant of "
      "up to $2,500,000 for lighting, litter removal and landscaping along the Tennyson Creek "
      "Trail, with a local match of $250,000 from the Park Development Fund.")
    P("Councilmember Kowalski asked whether the match would delay the Mission Park playground "
      "replacement. City Manager Ashby answered that the playground was paid for from a separate "
      "grant and would not be affected.")
    P("Motion by Mayor Pro Tem Oyelaran, seconded by Councilmember Natarajan, to adopt "
      "Resolution No. 2025-025 authorizing the City Manager to apply for the grant. The motion "
      "carried by the following vote:")
    vote("Councilmembers Kowalski, Natarajan, Oyelaran, Mayor Lindqvist")
    P("City Manager Ashby to submit the grant application by April 30, 2025.")
    head("9.B APPOINTMENTS TO THE PARKS AND RECREATION COMMISSION")
    P("Mayor Lindqvist nominated Beatriz Salgado and Kevin O'Rourke to fill the two vacant seats "
      "on the Parks and Recreation Commission for terms ending June 30, 2028.")
    P("Motion by Mayor Lindqvist, seconded by Councilmember Natarajan, to confirm the "
      "appointments. The motion carried by the following vote:")
    vote("Councilmembers Kowalski, Natarajan, Oyelaran, Mayor Lindqvist")
    head("10. CITY MANAGER'S REPORT")
    P("City Manager Ashby reported that the mid-year budget review would be presented on April "
      "1, 2025 and that the Hesperian Boulevard repaving would start on April 7, 2025.")
    head("11. COUNCIL REPORTS AND FUTURE AGENDA ITEMS")
    P("Mayor Pro Tem Oyelaran requested a future agenda item on a tenant relocation assistance "
      "ordinance. Councilmember Natarajan supported the request. The Council directed staff to "
      "bring the item to the meeting of May 6, 2025.")
    P("Councilmember Kowalski reported on the Alameda County Transportation Commission meeting "
      "of March 13, 2025.")
    head("12. ADJOURNMENT")
    P("Mayor Lindqvist adjourned the meeting at 9:14 p.m. in memory of former Councilmember "
      "Dorothy Alvarez.")
    d.space(10)
    P("Respectfully submitted,", 2)
    P("Monique Farrell, City Clerk", 2)
    P("Approved by the City Council on April 1, 2025", 2)
    d.save(path, footer=lambda i, n: f"City Council Minutes - March 18, 2025 - Page {i} of {n}")


def pradeshiya_sabha(src: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=70, right=70)
    d.para("KOTMALE PRADESHIYA SABHA", bold=True, size=13, gap=2)
    d.para("Minutes of the General Meeting held on 24th April 2025 at 10.00 a.m. in the "
           "Council Hall, Kotmale", bold=True, gap=8)
    d.para("Members Present:", bold=True, gap=2)
    for s in ["Hon. W. M. Senanayake - Chairman", "Hon. R. P. Dissanayake - Vice Chairman",
              "Hon. K. Thevarajah", "Hon. A. M. Farook", "Hon. S. Herath",
              "Hon. N. Jayasuriya", "Hon. P. Ranasinghe"]:
        d.para(s, indent=18, gap=0)
    d.space(5)
    d.para("Excused:", bold=True, gap=2)
    d.para("Hon. G. Bandara", indent=18, gap=5)
    d.para("Officers in Attendance:", bold=True, gap=2)
    d.para("Mrs. D. Wijesinghe - Secretary", indent=18, gap=0)
    d.para("Mr. T. Kumaran - Technical Officer", indent=18, gap=8)

    def head(s: str) -> None:
        d.space(3)
        d.para(s, bold=True, gap=4)

    head("01. CONFIRMATION OF THE MINUTES OF THE PREVIOUS MEETING")
    d.para("The minutes of the meeting held on 27th March 2025 were confirmed. Proposed by "
           "Hon. Herath, Seconded by Hon. Farook.", gap=6)
    head("02. ANNUAL ASSESSMENT TAX RATES FOR 2026")
    d.para("The Chairman proposed that the assessment tax on residential property be increased "
           "from 6% to 8% of the annual value from 1st January 2026.", gap=4)
    d.para("Hon. Thevarajah objected to the increase, stating that estate workers in the line "
           "rooms of Kotmale would be charged the same rate as owners of tourist bungalows.",
           gap=4)
    d.para("Hon. Jayasuriya asked whether the Sabha had collected the arrears of assessment tax "
           "for 2024.", gap=4)
    d.para("Proposed by Hon. Dissanayake, Seconded by Hon. Ranasinghe. On a show of hands, "
           "5 members voted for and 2 against. The increase was approved by majority.", gap=6)
    head("03. COMPLAINT OF RESIDENTS OF PUNDALUOYA ROAD ABOUT THE GARBAGE DUMP")
    d.para("A delegation of residents of Pundaluoya Road led by Mr. S. Gunawardena was heard. "
           "Mr. Gunawardena objected that the open dump near the Kotmale Oya was polluting the "
           "water used by 300 families and that it was burnt every week.", gap=4)
    d.para("The Technical Officer reported that a compost yard at Nawathispane had been approved "
           "by the Central Environmental Authority.", gap=4)
    d.para("Resolved that the dump at Pundaluoya Road be closed and the waste be taken to the "
           "Nawathispane compost yard from 1st June 2025. Proposed by Hon. Farook, Seconded by "
           "Hon. Thevarajah. Carried unanimously.", gap=4)
    d.para("The Secretary to inform the Central Environmental Authority of the closure by 15th "
           "May 2025.", gap=6)
    head("04. ANY OTHER BUSINESS")
    d.para("Hon. Ranasinghe requested that street lamps be installed on the road to the "
           "Kotmale Maha Vidyalaya. The request was referred to the Technical Officer for an "
           "estimate.", gap=6)
    d.para("The meeting ended at 12.30 p.m.", gap=14)
    d.para("W. M. Senanayake, Chairman", gap=0)
    d.save(src)


def main() -> None:
    city_council(HERE / "alder_grove_city_council.pdf")
    draw_scanned(pradeshiya_sabha, "sabha.pdf", HERE / "kotmale_pradeshiya_sabha_scan.pdf")


if __name__ == "__main__":
    main()
