#!/usr/bin/env python3
"""Render the fifth round of probes: minutes of bodies and countries the first four rounds lack.

Usage (from the repository root): python tests/scenarios/round5/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The
Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py). The plain-text
and Markdown minutes of this round sit beside it as they are. expected.json holds the values
read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc  # noqa: E402  (a script: see render_kit)


def nz_local_board(path: Path) -> None:
    """New Zealand local board: role | name attendance table, 'Resolution number TA/2024/44'
    above each resolution, 'MOVED by …, seconded by …:', lettered clauses, a division."""
    d = Doc(font="Helvetica")
    d.para("Te Awa Rua Local Board", bold=True, size=14, gap=2)
    d.para("OPEN MINUTES", bold=True, size=12, gap=8)
    d.para("Minutes of a meeting of the Te Awa Rua Local Board held in the Boardroom, Te Awa Rua "
           "Service Centre, 12 Rimu Street, Glenvale on Wednesday, 17 April 2024 at 10.00am.",
           gap=10)
    xs = [0, 170]
    d.para("PRESENT", bold=True, gap=2)
    for role, name in [("Chairperson", "Kerry Ngata"), ("Deputy Chairperson", "Tom Fale"),
                       ("Members", "Peter Lindqvist"), ("", "Mele Tupou"), ("", "Aroha Whaanga")]:
        d.row([role, name], xs)
    d.space(4)
    d.para("APOLOGIES", bold=True, gap=2)
    d.row(["Member", "Grant Hoskins"], xs)
    d.space(4)
    d.para("ALSO PRESENT", bold=True, gap=2)
    d.row(["Democracy Advisor", "Rachel Oh"], xs)
    d.row(["Senior Local Board Advisor", "Sina Faleolo"], xs)
    d.space(8)
    ind = 28

    def head(num: str, title: str) -> None:
        d.para(title, bold=True, indent=ind, gap=3, first=num)

    def resolution(ref: str, mover: str, seconder: str, clauses: list[str], result: str = "CARRIED"):
        d.para(f"Resolution number {ref}", bold=True, indent=ind, gap=2)
        d.para(f"MOVED by {mover}, seconded by {seconder}:", indent=ind, gap=2)
        d.para("That the Te Awa Rua Local Board:", indent=ind, gap=2)
        for c in clauses:
            d.para(c, indent=ind + 18, gap=2)
        if result:
            d.para(result, bold=True, indent=ind, gap=8)

    head("1", "Welcome")
    d.para("Member A Whaanga opened the meeting with a karakia.", indent=ind)
    head("2", "Apologies")
    resolution("TA/2024/41", "Chairperson K Ngata", "Deputy Chairperson T Fale",
               ["a) accept the apology from Member G Hoskins for absence."])
    head("3", "Declaration of Interest")
    d.para("There were no declarations of interest.", indent=ind)
    head("4", "Confirmation of Minutes")
    resolution("TA/2024/42", "Member P Lindqvist", "Member M Tupou",
               ["a) confirm the ordinary minutes of its meeting, held on Wednesday, 20 March "
                "2024, as true and correct."])
    d.page()
    head("5", "Deputations")
    head("5.1", "Deputation - Glenvale Residents Association")
    d.para("Hana Rewiti of the Glenvale Residents Association spoke about traffic calming in Rimu "
           "Street.", indent=ind)
    resolution("TA/2024/43", "Chairperson K Ngata", "Member A Whaanga",
               ["a) thank Hana Rewiti of the Glenvale Residents Association for her presentation "
                "on traffic calming in Rimu Street."])
    head("6", "Glenvale Skate Park renewal")
    d.para("Senior Local Board Advisor Sina Faleolo presented the report.", indent=ind)
    d.para("Member Lindqvist asked how many young people had responded to the engagement survey.",
           indent=ind)
    d.para("Deputy Chairperson Fale raised concerns that the lighting would disturb residents of "
           "Kowhai Crescent.", indent=ind)
    resolution("TA/2024/44", "Member M Tupou", "Member A Whaanga",
               ["a) approve the concept design for the Glenvale Skate Park renewal.",
                "b) request staff to report back on lighting options by 30 June 2024."], result="")
    d.para("A division was called for, voting on which was as follows:", indent=ind, gap=2)
    xs2 = [ind, ind + 70]
    d.row(["For:", "Chairperson K Ngata"], xs2)
    d.row(["", "Member M Tupou"], xs2)
    d.row(["", "Member A Whaanga"], xs2)
    d.row(["Against:", "Deputy Chairperson T Fale"], xs2)
    d.row(["", "Member P Lindqvist"], xs2)
    d.row(["Abstained:", "Nil"], xs2)
    d.para("The motion was declared CARRIED by 3 votes to 2.", indent=ind, gap=2)
    d.para("CARRIED", bold=True, indent=ind, gap=8)
    head("7", "Local board grants round two 2023/2024")
    resolution("TA/2024/45", "Deputy Chairperson T Fale", "Member P Lindqvist",
               ["a) defer consideration of the grant applications to the 15 May 2024 business "
                "meeting."])
    head("8", "Consideration of Extraordinary Items")
    d.para("There was no consideration of extraordinary items.", indent=ind)
    d.para("10.52am The Chairperson thanked members for their attendance and closed the meeting "
           "with a karakia.", gap=14)
    d.para("CONFIRMED AS A TRUE AND CORRECT RECORD. CHAIRPERSON: .................. DATE: "
           "..................", bold=True)
    d.save(path, header=lambda i, n: "Te Awa Rua Local Board                                "
           "                                                       17 April 2024",
           footer=lambda i, n: f"Minutes Page {i}", title="Te Awa Rua Local Board minutes")


def us_school_board(path: Path) -> None:
    """US school district board: roll call in prose with titled names, a consent agenda with
    lettered entries, 'Motion by X, second by Y … Roll call vote: X aye, Y nay … Motion carried 4-1'."""
    d = Doc(size=letter, font="Times-Roman")
    d.para("MAPLE RIDGE COMMUNITY SCHOOL DISTRICT", bold=True, size=13, gap=2)
    d.para("Minutes of the Regular Meeting of the Board of Education", bold=True, size=12, gap=2)
    d.para("Monday, October 14, 2024 - 6:30 p.m. - District Office Board Room", gap=12)
    d.para("1. CALL TO ORDER AND ROLL CALL", bold=True, gap=4)
    d.para("The regular meeting of the Board of Education was called to order at 6:30 p.m. by "
           "President Dana Kowalski. Roll call: Present: President Dana Kowalski, Vice President "
           "Sean Brennan, Directors Grace Oyelaran, Paul Fitzgerald and Rosa Mendoza. Absent: "
           "Director Keith Sorensen. Also present: Superintendent Dr. Alan Pruitt; Board "
           "Secretary Lisa Grant.")
    d.para("2. APPROVAL OF AGENDA", bold=True, gap=4)
    d.para("Motion by Brennan, second by Oyelaran, to approve the agenda as presented. Roll call "
           "vote: Kowalski aye, Brennan aye, Oyelaran aye, Fitzgerald aye, Mendoza aye. Motion "
           "carried 5-0.")
    d.para("3. PUBLIC COMMENT", bold=True, gap=4)
    d.para("Tom Reyes, a parent, spoke in opposition to the proposed change of school start times, "
           "citing the early bus schedule for elementary students.")
    d.para("4. CONSENT AGENDA", bold=True, gap=4)
    d.para("The following items were presented on the consent agenda:", gap=2)
    for ln in ["a. Minutes of the September 23, 2024 regular meeting",
               "b. Payment of bills in the amount of $1,284,310.55",
               "c. Personnel report",
               "d. Open enrollment requests"]:
        d.para(ln, indent=24, gap=1)
    d.space(4)
    d.para("Director Mendoza asked that item 4c be removed from the consent agenda for separate "
           "consideration.")
    d.para("Motion by Fitzgerald, second by Brennan, to approve consent agenda items 4a, 4b and "
           "4d. Roll call vote: Kowalski aye, Brennan aye, Oyelaran aye, Fitzgerald aye, Mendoza "
           "aye. Motion carried 5-0.")
    d.para("5. ACTION ITEMS", bold=True, gap=4)
    d.para("5.1 Personnel Report (removed from the consent agenda)", bold=True, gap=4)
    d.para("Director Mendoza asked when the assistant coach position had been posted.")
    d.para("Motion by Mendoza, second by Oyelaran, to approve the personnel report as presented. "
           "Roll call vote: Kowalski aye, Brennan aye, Oyelaran aye, Fitzgerald aye, Mendoza aye. "
           "Motion carried 5-0.")
    d.page()
    d.para("5.2 2025-26 School Start Times", bold=True, gap=4)
    d.para("Superintendent Pruitt presented the transportation committee's recommendation to move "
           "the high school start time to 8:30 a.m.")
    d.para("Director Oyelaran spoke in favor, noting that later start times improve attendance.")
    d.para("Vice President Brennan expressed concern that the change would add $180,000 a year in "
           "bus costs.")
    d.para("Motion by Oyelaran, second by Kowalski, to approve the 2025-26 school start times as "
           "recommended. Roll call vote: Kowalski aye, Brennan nay, Oyelaran aye, Fitzgerald aye, "
           "Mendoza aye. Motion carried 4-1.")
    d.para("5.3 Resolution Setting a Public Hearing on the Sale of the Elm Street Property",
           bold=True, gap=4)
    d.para("Motion by Fitzgerald, second by Mendoza, to table the resolution until the November "
           "11, 2024 meeting. Roll call vote: Kowalski aye, Brennan aye, Oyelaran nay, Fitzgerald "
           "aye, Mendoza aye. Motion carried 4-1.")
    d.para("6. SUPERINTENDENT'S REPORT", bold=True, gap=4)
    d.para("Superintendent Pruitt reported that fall enrollment is 3,918 students. Superintendent "
           "Pruitt will bring a revised transportation budget to the November 11 meeting.")
    d.para("7. ADJOURNMENT", bold=True, gap=4)
    d.para("Motion by Brennan, second by Fitzgerald, to adjourn at 8:12 p.m. Motion carried 5-0.",
           gap=16)
    d.para("Lisa Grant, Board Secretary")
    d.save(path, footer=lambda i, n: f"Board of Education Minutes - October 14, 2024 - Page {i}",
           title="Board minutes October 14, 2024")


def uk_senate(path: Path) -> None:
    """UK university senate: 'Minute 24/47' headings, titled names with roles in brackets,
    'Matters arising' citing earlier minutes, 'ACTIONS:' lines, next-meeting date at the end."""
    d = Doc()
    d.para("UNIVERSITY OF CALDERBROOK", bold=True, size=13, gap=2)
    d.para("SENATE", bold=True, size=13, gap=2)
    d.para("Minutes of the meeting of Senate held on Wednesday 13 November 2024 at 2.00 pm in the "
           "Council Chamber, Whitcombe Building.", gap=10)
    d.para("Present: Professor Helen Marsh (Vice-Chancellor, Chair), Professor David Okoye "
           "(Deputy Vice-Chancellor), Professor Anna Lindgren, Dr Samuel Price, Dr Fiona "
           "Gallagher, Ms Priya Nair (Students' Union President).")
    d.para("Apologies: Professor Mark Ellison, Dr Ruth Kamau.")
    d.para("In attendance: Mr James Whitfield (Academic Registrar), Ms Clare Dobson (Secretary to "
           "Senate).", gap=12)
    ind = 0

    def head(num: str, title: str) -> None:
        d.para(f"Minute {num}  {title}", bold=True, gap=4)

    head("24/45", "Minutes of the previous meeting")
    d.para("Senate approved the minutes of the meeting held on 9 October 2024 as a correct record.")
    head("24/46", "Matters arising")
    d.para("Minute 24/38: the Academic Registrar reported that the revised extenuating "
           "circumstances policy had been published on 21 October 2024.")
    d.para("Minute 24/41: the review of the academic calendar is in progress and will come to the "
           "February meeting.")
    head("24/47", "Academic Regulations 2025/26")
    d.para("Senate received paper SEN/24/61, which proposed the removal of condonement at level 4 "
           "of undergraduate programmes.")
    d.para("Dr Price objected that removing condonement at level 4 would increase withdrawals "
           "among first-year students.")
    d.page()
    d.para("Ms Nair asked how the change would be communicated to current students.")
    d.para("Senate approved the revised regulations, subject to the wording of regulation 7.3 "
           "being agreed by Chair's action.")
    d.para("ACTIONS: Academic Registrar to publish the 2025/26 regulations by 31 January 2025. "
           "Secretary to Senate to report the changes to Council.")
    head("24/48", "National Student Survey 2024 results")
    d.para("Professor Lindgren presented the National Student Survey results, which showed "
           "overall satisfaction of 81 per cent.")
    d.para("Senate noted the results.")
    d.para("Senate deferred consideration of the faculty action plans to its February 2025 "
           "meeting.")
    d.para("ACTION: DO to circulate the faculty action plans to members by 15 January 2025.")
    head("24/49", "Any other business")
    d.para("There was no other business.")
    d.para("Date of next meeting: Wednesday 12 February 2025 at 2.00 pm.", gap=14)
    d.save(path, footer=lambda i, n: f"Senate 13.11.24 - Unconfirmed minutes - {i}",
           title="Senate minutes")


def au_water(path: Path) -> None:
    """Australian water corporation board: 'Directors present', numbered resolutions, and an
    action register table (No. | Action | Responsible | Due | Status) at the end."""
    d = Doc()
    d.para("COOLABAH VALLEY WATER CORPORATION", bold=True, size=13, gap=2)
    d.para("Minutes of Board Meeting No. 287", bold=True, size=12, gap=2)
    d.para("Held: Thursday 19 September 2024, 9.30 am, Board Room, 40 Lachlan Street, Hay NSW",
           gap=10)
    d.para("Directors present: Margaret Ellery (Chair), Dr Tran Nguyen, Bruce Whitlam, Kylie "
           "Anderson")
    d.para("Apologies: Ian Forsyth")
    d.para("In attendance: Leanne Cook (Managing Director), Ravi Sharma (Chief Financial "
           "Officer), Joanne Birch (Company Secretary)", gap=12)

    def head(num: str, title: str) -> None:
        d.para(title, bold=True, gap=4, indent=30, first=num)

    head("1.", "Welcome and Acknowledgement of Country")
    d.para("The Chair opened the meeting at 9.32 am and acknowledged the Wiradjuri people as "
           "Traditional Custodians of the land.", indent=30)
    head("2.", "Apologies and Conflicts of Interest")
    d.para("Apologies were received from Ian Forsyth. No conflicts of interest were declared.",
           indent=30)
    head("3.", "Minutes of Previous Meeting")
    d.para("The Board resolved that the minutes of Board Meeting No. 286 held on 15 August 2024 be "
           "confirmed as a true and accurate record.", indent=30)
    head("4.", "Managing Director's Report")
    d.para("The Managing Director reported that storage in Lake Coolabah stood at 64 per cent and "
           "that non-revenue water had risen to 13.2 per cent.", indent=30)
    head("5.", "Matters for Decision")
    head("5.1", "Hay Water Treatment Plant Upgrade - Stage 2 Contract")
    d.para("Management sought approval to award the Stage 2 contract to Riverina Civil Pty Ltd for "
           "$8.7 million.", indent=30)
    d.para("Dr Nguyen asked whether the tender evaluation had included a climate resilience "
           "assessment.", indent=30)
    d.para("Mr Whitlam raised concerns that the contract contingency of 5 per cent was too low for "
           "works of this kind.", indent=30)
    d.para("Resolution 2024/31: The Board approved the award of the Stage 2 contract to Riverina "
           "Civil Pty Ltd for $8,700,000 (excl. GST), subject to the contingency being increased "
           "to 10 per cent.", indent=30)
    head("5.2", "Pricing Submission 2025-2030")
    d.para("The Board deferred consideration of the pricing submission to its October meeting, "
           "pending the results of further customer engagement.", indent=30)
    d.page()
    head("6.", "Matters for Noting")
    head("6.1", "Quarterly Water Quality Report")
    d.para("The Board noted the Quarterly Water Quality Report for April to June 2024.", indent=30)
    head("7.", "Next Meeting")
    d.para("The next meeting will be held on Thursday 17 October 2024.", indent=30)
    head("8.", "Action Register")
    xs = [0, 46, 300, 380, 440]
    d.row(["No.", "Action", "Responsible", "Due", "Status"], xs, bold=True)
    d.row(["287/1", "Report on options to reduce non-revenue water", "MD", "Nov 2024", "Open"], xs)
    d.row(["287/2", "Update the risk appetite statement for climate risk", "CS", "14/11/2024",
           "Open"], xs)
    d.row(["286/4", "Circulate the revised delegations manual", "CFO", "19/09/2024", "Complete"],
          xs)
    d.space(10)
    d.para("The meeting closed at 11.47 am.", gap=14)
    d.para("Signed as a true and correct record: ______________________ Chair")
    d.save(path, footer=lambda i, n: f"Coolabah Valley Water - Board Meeting 287 - Page {i} of {n}",
           title="Board Meeting 287 minutes")


def ca_school_board(path: Path) -> None:
    """Held out (written after the rules were changed on the six above): a Canadian district
    school board with a role | name table under bare labels, lettered clauses under "THAT the
    Board:", a recorded vote in prose and the secretary's signature line."""
    d = Doc(size=letter)
    d.para("PINE LAKE DISTRICT SCHOOL BOARD", bold=True, size=13, gap=2)
    d.para("Minutes of the Regular Board Meeting", bold=True, size=12, gap=2)
    d.para("Tuesday, February 11, 2025, 7:00 p.m., Education Centre Boardroom", gap=10)
    xs = [0, 150]
    d.para("PRESENT", bold=True, gap=2)
    for role, name in [("Chair", "Miriam Okonkwo"), ("Vice-Chair", "Daniel Leblanc"),
                       ("Trustees", "Harpreet Sandhu"), ("", "Colleen Murphy"), ("", "Ethan Sauve")]:
        d.row([role, name], xs)
    d.space(4)
    d.para("REGRETS", bold=True, gap=2)
    d.row(["Trustee", "Wendy Tremblay"], xs)
    d.space(4)
    d.para("STAFF PRESENT", bold=True, gap=2)
    d.row(["Director of Education", "Paul Nakamura"], xs)
    d.row(["Superintendent of Business", "Lina Haddad"], xs)
    d.space(8)
    d.para("1. CALL TO ORDER", bold=True, gap=4)
    d.para("The Chair called the meeting to order at 7:02 p.m.")
    d.para("2. APPROVAL OF THE AGENDA", bold=True, gap=4)
    d.para("Moved by Trustee Sandhu, seconded by Trustee Murphy:", gap=2)
    d.para("THAT the agenda be approved as circulated.", gap=2)
    d.para("CARRIED", bold=True)
    d.para("3. 2025-2026 BUDGET CONSULTATION PLAN", bold=True, gap=4)
    d.para("The Superintendent of Business presented the consultation plan.")
    d.para("Trustee Sauve asked how families without internet access would be consulted.")
    d.para("Vice-Chair Leblanc expressed concern that three weeks is not enough time for school "
           "councils to respond.")
    d.para("Moved by Trustee Murphy, seconded by Vice-Chair Leblanc:", gap=2)
    d.para("THAT the Board:", gap=2)
    d.para("a) postpone approval of the consultation plan to the March 11, 2025 meeting;",
           indent=18, gap=2)
    d.para("b) direct the Director of Education to report back on paper survey options by March "
           "4, 2025.", indent=18, gap=2)
    d.para("Recorded vote: In favour: Trustees Murphy, Sandhu and Sauve, Vice-Chair Leblanc. "
           "Opposed: Chair Okonkwo.", gap=2)
    d.para("CARRIED", bold=True)
    d.para("4. ADJOURNMENT", bold=True, gap=4)
    d.para("The meeting adjourned at 8:15 p.m.", gap=16)
    d.para("Paul Nakamura, Secretary of the Board")
    d.save(path, footer=lambda i, n: f"Pine Lake DSB - Regular Board Minutes - Page {i} of {n}",
           title="Board minutes February 11, 2025")


def main() -> None:
    nz_local_board(HERE / "te_awa_rua_local_board.pdf")
    us_school_board(HERE / "maple_ridge_school_board.pdf")
    uk_senate(HERE / "calderbrook_senate.pdf")
    au_water(HERE / "coolabah_valley_water.pdf")
    ca_school_board(HERE / "pine_lake_school_board.pdf")


if __name__ == "__main__":
    main()
