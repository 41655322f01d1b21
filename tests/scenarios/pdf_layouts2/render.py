#!/usr/bin/env python3
"""Render the second round of layout probes: minutes of bodies and layouts not seen before.

Usage (from the repository root): python tests/scenarios/pdf_layouts2/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The
Doc helper and the scanner come from the first round (tests/scenarios/pdf_layouts/render.py).
expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, scanned  # noqa: E402  (a script: see render_kit)


class ColumnDoc(Doc):
    """Newspaper columns: text fills the left column, then the right one, then the next page."""

    def __init__(self, gutter: float = 24.0, **kw):
        super().__init__(**kw)
        self.full = (self.left, self.right)
        half = (self.right - self.left - gutter) / 2
        self.cols = [(self.left, self.left + half), (self.left + half + gutter, self.right)]
        self.col = -1
        self.col_top = self.y

    def columns(self) -> None:
        """Start the two columns below what has been written across the page."""
        self.col = 0
        self.col_top = self.y
        self.left, self.right = self.cols[0]

    def next_column(self) -> None:
        """End the current column here (columns balanced by hand, as a typesetter does)."""
        self.y = self.bottom - 1
        self._need(1)

    def _need(self, height: float) -> None:
        if self.y - height >= self.bottom:
            return
        if self.col == 0:
            self.col = 1
            self.y = self.col_top
        else:
            self.pages.append([])
            self.y = self.h - self.top
            self.col_top = self.y
            self.col = 0 if self.col == 1 else -1
        if self.col >= 0:
            self.left, self.right = self.cols[self.col]


def canadian_council(path: Path) -> None:
    """Canadian city council: Moved by / Seconded by / THAT ... / CARRIED, a recorded vote."""
    d = Doc(size=letter)
    d.para("CITY OF LAKESHORE FALLS", bold=True, size=14, gap=2)
    d.para("REGULAR COUNCIL MEETING MINUTES", bold=True, size=12, gap=2)
    d.para("Tuesday, April 16, 2024, 7:00 p.m., Council Chambers, City Hall", gap=12)
    d.para("PRESENT: Mayor Linda Tremblay, Councillor Raj Gill, Councillor Anne Fortier, "
           "Councillor Mark Dubois, Councillor Sarah Wong")
    d.para("REGRETS: Councillor Paul Kovac")
    d.para("STAFF: Jean Roy, Chief Administrative Officer; Emma Lee, City Clerk", gap=12)
    d.para("1. CALL TO ORDER", bold=True, gap=4)
    d.para("Mayor Tremblay called the meeting to order at 7:00 p.m.")
    d.para("2. ADOPTION OF THE AGENDA", bold=True, gap=4)
    for ln in ["Moved by Councillor Gill", "Seconded by Councillor Fortier"]:
        d.para(ln, gap=1)
    d.para("THAT the agenda for the April 16, 2024 Regular Council Meeting be adopted as "
           "circulated.", gap=1)
    d.para("CARRIED", bold=True)
    d.para("3. ADOPTION OF MINUTES", bold=True, gap=4)
    for ln in ["Moved by Councillor Wong", "Seconded by Councillor Dubois"]:
        d.para(ln, gap=1)
    d.para("THAT the minutes of the Regular Council Meeting of April 2, 2024 be adopted as "
           "presented.", gap=1)
    d.para("CARRIED", bold=True)
    d.para("4. WATERFRONT TRAIL EXTENSION \u2013 REPORT PW-2024-11", bold=True, gap=4)
    d.para("Jean Roy presented the report recommending a 1.2 km extension of the waterfront trail "
           "from Pier Street to Bayview Park at a cost of $860,000.")
    d.para("Councillor Dubois expressed concern that the cost of the extension has risen by 40 "
           "percent since the 2023 estimate.")
    d.para("Councillor Fortier asked whether provincial funding had been applied for.")
    d.page()
    for ln in ["Moved by Councillor Fortier", "Seconded by Councillor Gill"]:
        d.para(ln, gap=1)
    d.para("THAT Council approve the extension of the waterfront trail as set out in Report "
           "PW-2024-11.", gap=4)
    d.para("A recorded vote was requested.", gap=2)
    d.para("In favour: Mayor Tremblay, Councillors Fortier, Gill and Wong", gap=1)
    d.para("Opposed: Councillor Dubois", gap=1)
    d.para("CARRIED", bold=True)
    d.para("5. RESIDENTIAL PARKING PERMIT FEES", bold=True, gap=4)
    for ln in ["Moved by Councillor Dubois", "Seconded by Councillor Wong"]:
        d.para(ln, gap=1)
    d.para("THAT the annual fee for residential parking permits be reduced from $60 to $40.", gap=1)
    d.para("DEFEATED", bold=True)
    d.para("The City Clerk to report back on parking permit revenue by June 4, 2024.")
    d.para("6. ADJOURNMENT", bold=True, gap=4)
    for ln in ["Moved by Councillor Gill", "Seconded by Councillor Wong"]:
        d.para(ln, gap=1)
    d.para("THAT the meeting adjourn at 8:32 p.m.", gap=1)
    d.para("CARRIED", bold=True)
    d.save(path, footer=lambda i, n: f"Regular Council Meeting Minutes \u2013 April 16, 2024  "
           f"Page {i} of {n}", title="Lakeshore Falls Council 2024-04-16")


def australian_council(path: Path) -> None:
    """Australian shire: Cr names, 9.1 items, officer's recommendation then a council resolution."""
    d = Doc()
    d.para("WATTLE CREEK SHIRE COUNCIL", bold=True, size=14, gap=2)
    d.para("MINUTES OF THE ORDINARY COUNCIL MEETING", bold=True, size=12, gap=2)
    d.para("HELD ON WEDNESDAY 21 FEBRUARY 2024 AT 9.00AM IN THE COUNCIL CHAMBERS, 12 MAIN STREET, "
           "WATTLE CREEK", gap=12)
    ind = 36
    d.para("OPENING", bold=True, gap=4, first="1", indent=ind)
    d.para("The Mayor, Cr Helen Ashby, declared the meeting open at 9.02am.", indent=ind)
    d.para("ATTENDANCE", bold=True, gap=4, first="2", indent=ind)
    d.para("Present: Cr Helen Ashby (Mayor), Cr Tom Brennan (Deputy Mayor), Cr Lisa Cho, "
           "Cr Ravi Singh", indent=ind)
    d.para("Officers: Greg Mills (Chief Executive Officer), Karen Holt (Director Infrastructure)",
           indent=ind)
    d.para("APOLOGIES", bold=True, gap=4, first="3", indent=ind)
    d.para("Apologies: Cr Neil Duffy, Cr Amy Evans", indent=ind)
    d.para("LEAVE OF ABSENCE", bold=True, gap=4, first="4", indent=ind)
    d.para("Nil.", indent=ind)
    d.para("CONFIRMATION OF MINUTES", bold=True, gap=4, first="5", indent=ind)
    d.para("COUNCIL RESOLUTION CR/2024/011", bold=True, gap=2, indent=ind)
    d.para("Moved: Cr Brennan", indent=ind, gap=1)
    d.para("Seconded: Cr Cho", indent=ind, gap=1)
    d.para("That the minutes of the Ordinary Council Meeting held on 17 January 2024 be confirmed.",
           indent=ind, gap=1)
    d.para("CARRIED 4/0", bold=True, indent=ind)
    d.para("INFRASTRUCTURE REPORTS", bold=True, gap=4, first="9", indent=ind)
    d.para("ROADSIDE VEGETATION MANAGEMENT PLAN", bold=True, gap=4, first="9.1", indent=ind)
    d.para("Karen Holt presented the draft Roadside Vegetation Management Plan for the sealed and "
           "unsealed road network.", indent=ind)
    d.para("OFFICER'S RECOMMENDATION", bold=True, gap=2, indent=ind)
    d.para("That Council adopt the Roadside Vegetation Management Plan as presented.", indent=ind)
    d.page()
    d.para("Cr Singh raised concerns that the plan allows slashing during the bird nesting season "
           "on roads next to the wetlands.", indent=ind)
    d.para("COUNCIL RESOLUTION CR/2024/017", bold=True, gap=2, indent=ind)
    d.para("Moved: Cr Singh", indent=ind, gap=1)
    d.para("Seconded: Cr Cho", indent=ind, gap=1)
    d.para("That Council adopt the Roadside Vegetation Management Plan with the amendment that no "
           "slashing take place next to wetlands between September and December.", indent=ind,
           gap=1)
    d.para("CARRIED 3/1", bold=True, indent=ind)
    d.para("WATTLE CREEK POOL OPENING HOURS", bold=True, gap=4, first="9.2", indent=ind)
    d.para("Cr Brennan asked whether the pool could open at 6am on weekdays in January.",
           indent=ind)
    d.para("The Director Infrastructure to report on the cost of extended opening hours to the "
           "March meeting.", indent=ind)
    d.para("CLOSURE", bold=True, gap=4, first="10", indent=ind)
    d.para("There being no further business the Mayor declared the meeting closed at 10.47am.",
           indent=ind)
    d.save(path, footer=lambda i, n: f"Ordinary Council Meeting Minutes 21 February 2024  |  "
           f"Page {i}", title="Wattle Creek Shire OCM 21 February 2024")


def county_scrutiny(path: Path) -> None:
    """UK county scrutiny committee: PRESENT paragraph, declarations, RESOLVED (a)/(b)."""
    d = Doc()
    d.para("BRAMSHIRE COUNTY COUNCIL", bold=True, size=14, gap=2)
    d.para("ADULT SOCIAL CARE AND HEALTH SCRUTINY COMMITTEE", bold=True, size=12, gap=8)
    d.para("MINUTES of a meeting of the Adult Social Care and Health Scrutiny Committee held at "
           "County Hall, Bramford on Thursday, 7 November 2024.", gap=10)
    d.para("PRESENT: Councillor Margaret Ellis (Chairman); Councillors David Foster, Priya Nair, "
           "Stephen Ward and Janet Yates.")
    d.para("Also in attendance: Councillor Robert Hale (Cabinet Member for Adult Social Care).")
    d.para("Officers: Director of Adult Social Services (Claire Benson), Head of Commissioning "
           "(Ian Marsh), Democratic Services Officer (Tessa Quinn).", gap=12)
    d.para("23. APOLOGIES FOR ABSENCE", bold=True, gap=4)
    d.para("Apologies for absence were received from Councillor Kevin Lord.")
    d.para("24. DECLARATIONS OF INTEREST", bold=True, gap=4)
    d.para("Councillor Nair declared a personal interest in minute 26 as her mother receives home "
           "care from a commissioned provider.")
    d.para("25. MINUTES OF THE PREVIOUS MEETING", bold=True, gap=4)
    d.para("RESOLVED \u2013 that the minutes of the meeting held on 12 September 2024 be confirmed "
           "and signed by the Chairman.")
    d.para("26. HOME CARE COMMISSIONING", bold=True, gap=4)
    d.para("The Head of Commissioning introduced the report on the new home care contracts, which "
           "began in July 2024 with four lead providers.")
    d.para("Members raised concerns that waiting times for a first home care visit in rural "
           "districts have risen to 19 days.")
    d.page()
    d.para("Councillor Ward asked how many care workers had left the lead providers since July.")
    d.para("RESOLVED \u2013 (a) that the report be noted; (b) that the Head of Commissioning "
           "provide a breakdown of waiting times by district to the next meeting.")
    d.para("27. WORK PROGRAMME", bold=True, gap=4)
    d.para("The Committee considered its work programme for 2024/25.")
    d.para("RESOLVED \u2013 that the item on day services be deferred to the March 2025 meeting.")
    d.para("The meeting ended at 12.15 pm.", gap=16)
    d.para("CHAIRMAN")
    d.save(path, footer=lambda i, n: f"{i}", title="Bramshire ASC Scrutiny 7 November 2024")


def school_board(path: Path) -> None:
    """US school board: the agenda printed first, then minutes with roll-call tables per motion."""
    d = Doc(size=letter)
    d.para("CEDAR VALLEY UNIFIED SCHOOL DISTRICT", bold=True, size=13, gap=2)
    d.para("BOARD OF EDUCATION", bold=True, size=12, gap=2)
    d.para("REGULAR MEETING AGENDA", bold=True, gap=2)
    d.para("Monday, January 13, 2025 \u2013 6:30 p.m. \u2013 District Office Board Room", gap=12)
    for n, t in [("1.", "Call to Order and Roll Call"), ("2.", "Pledge of Allegiance"),
                 ("3.", "Public Comment"), ("4.", "Approval of Minutes"),
                 ("5.", "Superintendent's Report"), ("7.", "Action Items"),
                 ("7.1", "Approval of the 2025-26 Instructional Calendar"),
                 ("7.2", "Award of Contract for HVAC Replacement at Lincoln Elementary"),
                 ("8.", "Adjournment")]:
        d.row([n, t], [0, 36])
    d.page()
    d.para("CEDAR VALLEY UNIFIED SCHOOL DISTRICT", bold=True, size=13, gap=2)
    d.para("BOARD OF EDUCATION \u2013 MINUTES OF THE REGULAR MEETING", bold=True, size=12, gap=2)
    d.para("January 13, 2025", gap=12)
    d.para("1. CALL TO ORDER AND ROLL CALL", bold=True, gap=4)
    d.para("President Karen Walsh called the meeting to order at 6:31 p.m.")
    d.para("Members present: Karen Walsh, President; Luis Ortega, Vice President; Dana Kim, Clerk; "
           "Michael Brown. Members absent: Jennifer Adams.")
    d.para("Staff present: Dr. Robert Hayes, Superintendent; Nina Patel, Chief Business Officer.")
    d.para("2. PLEDGE OF ALLEGIANCE", bold=True, gap=4)
    d.para("Member Kim led the Pledge of Allegiance.")
    d.para("3. PUBLIC COMMENT", bold=True, gap=4)
    d.para("Tom Rivera, a parent at Lincoln Elementary, said the classrooms are too hot in "
           "September and asked the Board to fund air conditioning.")
    d.para("Sarah Lopez, a teacher, spoke against moving the spring break to March.")
    d.para("4. APPROVAL OF MINUTES", bold=True, gap=4)
    d.para("Motion by Ortega, second by Kim, to approve the minutes of December 9, 2024.")
    xs = [0, 120, 180, 240]
    d.row(["Vote", "Yea", "Nay", "Absent"], xs, bold=True)
    for row in [("Walsh", "X", "", ""), ("Ortega", "X", "", ""), ("Kim", "X", "", ""),
                ("Brown", "X", "", ""), ("Adams", "", "", "X")]:
        d.row(list(row), xs)
    d.para("Motion carried 4-0.")
    d.para("5. SUPERINTENDENT'S REPORT", bold=True, gap=4)
    d.para("Dr. Hayes reported that enrollment is 6,412 students, 38 fewer than projected.")
    d.page()
    d.para("7. ACTION ITEMS", bold=True, gap=4)
    d.para("Action Item 7.1 \u2013 Approval of the 2025-26 Instructional Calendar", bold=True, gap=4)
    d.para("Member Brown objected that the proposed calendar starts school on August 6, before "
           "the hottest weeks of the summer are over.")
    d.para("Motion by Kim, second by Ortega, to approve the 2025-26 Instructional Calendar as "
           "presented.")
    d.row(["Vote", "Yea", "Nay", "Absent"], xs, bold=True)
    for row in [("Walsh", "X", "", ""), ("Ortega", "X", "", ""), ("Kim", "X", "", ""),
                ("Brown", "", "X", ""), ("Adams", "", "", "X")]:
        d.row(list(row), xs)
    d.para("Motion carried 3-1.")
    d.para("Action Item 7.2 \u2013 Award of Contract for HVAC Replacement at Lincoln Elementary",
           bold=True, gap=4)
    d.para("Nina Patel presented the three bids received. Staff recommend award to the lowest "
           "responsive bidder, Summit Mechanical, for $1,284,000.")
    d.para("Motion by Brown, second by Walsh, to award the contract to Summit Mechanical.")
    d.row(["Vote", "Yea", "Nay", "Absent"], xs, bold=True)
    for row in [("Walsh", "X", "", ""), ("Ortega", "X", "", ""), ("Kim", "X", "", ""),
                ("Brown", "X", "", ""), ("Adams", "", "", "X")]:
        d.row(list(row), xs)
    d.para("Motion carried 4-0.")
    d.para("8. ADJOURNMENT", bold=True, gap=4)
    d.para("The meeting was adjourned at 8:05 p.m.")
    d.save(path, footer=lambda i, n: f"CVUSD Board of Education \u2013 January 13, 2025 \u2013 "
           f"Page {i}", title="CVUSD Board 2025-01-13")


def partnership_columns(path: Path) -> None:
    """Partnership board in two newspaper columns, nested numbering, Action lines, action log."""
    d = ColumnDoc()
    d.para("Riverside Skills Partnership Board", bold=True, size=15, gap=2)
    d.para("Minutes of the meeting held on 4 June 2024, 14:00, Riverside College, Room B12",
           gap=10)
    d.columns()
    d.para("Present: Jane Baker (JB) Chair, Owen Price (OP), Fatima Ali (FA), Liam Grant (LG)",
           size=10)
    d.para("Apologies: Helen Moss (HM)", size=10, gap=10)
    d.para("1. Welcome and apologies", bold=True, size=10, gap=3)
    d.para("1.1 JB welcomed members and noted the apologies from HM.", size=10)
    d.para("2. Minutes and action log", bold=True, size=10, gap=3)
    d.para("2.1 The minutes of 2 April 2024 were agreed as a correct record.", size=10)
    d.para("2.2 All actions from April are complete except the employer survey, which is carried "
           "forward.", size=10)
    d.para("3. Apprenticeship programme", bold=True, size=10, gap=3)
    d.para("3.1 OP reported that 64 apprentices started this year against a target of 80, with "
           "the largest shortfall in construction trades.", size=10)
    d.para("3.2 FA raised concerns that small employers cannot afford the time to supervise "
           "apprentices and are leaving the scheme.", size=10)
    d.next_column()
    d.para("3.3 The board agreed to fund a shared supervisor post for small employers for one "
           "year.", size=10)
    d.para("Action: OP to draft the job description for the shared supervisor post.", size=10)
    d.para("4. Digital skills fund", bold=True, size=10, gap=3)
    d.para("4.1 LG presented the bids received for the digital skills fund. Eleven bids were "
           "received for a fund of 150,000 pounds.", size=10)
    d.para("4.2 LG asked whether bids from outside the borough could be considered.", size=10)
    d.para("4.3 The board agreed to defer the decision on the fund to the July meeting.",
           size=10)
    d.para("Action: LG to score the bids against the published criteria.", size=10)
    d.next_column()
    d.para("5. Any other business", bold=True, size=10, gap=3)
    d.para("5.1 None.", size=10, gap=10)
    d.para("Action log", bold=True, size=10, gap=3)
    d.para("OP \u2013 shared supervisor job description \u2013 by 30 June", size=10, gap=1)
    d.para("LG \u2013 score digital skills fund bids \u2013 by 10 July", size=10, gap=1)
    d.para("JB \u2013 employer survey (carried forward) \u2013 by 10 July", size=10, gap=1)
    d.save(path, footer=lambda i, n: f"Page {i} of {n}", title="Riverside Skills Partnership")


def word_export(path: Path) -> None:
    """Word export: a running header on every page, bullets, words hyphenated across lines."""
    d = Doc(top=84)
    d.para("Minutes of the Meeting of the Finance and Resources Committee", bold=True, size=13,
           gap=2)
    d.para("Ashgrove Housing Association", size=12, gap=2)
    d.para("Held on Wednesday 11 September 2024 at 18:00, Head Office, Ashgrove", gap=10)
    d.para("Members present:", bold=True, gap=2)
    bullet_x = 14
    for n in ["Gordon Firth (Chair)", "Anita Desai", "Paul Jennings", "Ruth Osei"]:
        d.para(n, indent=bullet_x + 14, gap=1, first="\u2022")
    d.space(4)
    d.para("In attendance:", bold=True, gap=2)
    for n in ["Colin Marsh, Director of Finance", "Sophie Turner, Governance Officer"]:
        d.para(n, indent=bullet_x + 14, gap=1, first="\u2022")
    d.space(4)
    d.para("Apologies:", bold=True, gap=2)
    d.para("Ian Blake", indent=bullet_x + 14, gap=10, first="\u2022")

    def lines(ls: list[str], gap: float = 6.0) -> None:
        for ln in ls:
            d._need(14)
            d.text(d.left, ln)
            d.y -= 14
        d.y -= gap

    d.para("1. Management accounts to 31 July 2024", bold=True, gap=4)
    lines(["The Director of Finance presented the management accounts. Rental income is 2% above",
           "budget, but repairs spending is 18% over budget because of the damp and mould pro-",
           "gramme started in the spring."])
    lines(["Anita Desai raised concerns that the repairs overspend will reduce the surplus needed",
           "for the new build programme next year."])
    d.para("The Committee noted the management accounts.")
    d.para("2. Treasury management strategy", bold=True, gap=4)
    lines(["The Committee reviewed the draft treasury management strategy. Key points:"], gap=2)
    for b in ["the loan facility of 12 million pounds is due for renewal in March 2025;",
              "interest cover is forecast at 1.4 times against a covenant of 1.1 times;",
              "no new borrowing is proposed this year."]:
        d.para(b, indent=bullet_x + 14, gap=1, first="\u2022")
    d.space(4)
    lines(["Paul Jennings asked whether the association had tested the strategy against an",
           "interest rate rise of two percentage points."])
    d.page()
    lines(["The Committee approved the treasury management strategy and recommended it to the",
           "Board for adop-", "tion."])
    d.para("Action: Colin Marsh to circulate the interest rate stress test to members.")
    d.para("3. Rent setting policy", bold=True, gap=4)
    lines(["Ruth Osei proposed that the service charge increase be capped at inflation for the",
           "next two years."])
    d.para("The proposal was deferred to the November meeting pending a report on service costs.")
    d.para("4. Date of next meeting", bold=True, gap=4)
    d.para("Wednesday 13 November 2024 at 18:00.")
    d.save(path, header=lambda i, n: "Ashgrove Housing Association \u2013 Finance and Resources "
           "Committee \u2013 Minutes \u2013 11 September 2024 \u2013 DRAFT",
           footer=lambda i, n: f"{i}", title="Ashgrove HA F&R 11 September 2024")


def main() -> None:
    canadian_council(HERE / "lakeshore_council.pdf")
    australian_council(HERE / "wattle_creek_shire.pdf")
    county_scrutiny(HERE / "bramshire_scrutiny.pdf")
    school_board(HERE / "cedar_valley_usd.pdf")
    partnership_columns(HERE / "riverside_partnership.pdf")
    word_export(HERE / "ashgrove_finance.pdf")
    scanned(HERE / "wattle_creek_shire.pdf", HERE / "scanned" / "wattle_creek_scan.pdf")


if __name__ == "__main__":
    (HERE / "scanned").mkdir(exist_ok=True)
    main()
