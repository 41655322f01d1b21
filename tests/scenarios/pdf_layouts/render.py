#!/usr/bin/env python3
"""Render the layout probes: short minutes PDFs in layouts the samples and corpus do not use.

Usage (from the repository root): python tests/scenarios/pdf_layouts/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The
scanned probe is the parish council minutes rasterised at 200 dpi and wrapped as images, so the
text can only come from OCR. The expected values are in expected.json, written from these texts.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

from reportlab.lib.pagesizes import A4, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as _canvas

HERE = Path(__file__).resolve().parent


class Doc:
    """A tiny flowing layout: paragraphs and tables on pages, running header/footer drawn last."""

    def __init__(self, size=A4, left=64.0, right=64.0, top=70.0, bottom=72.0, font="Helvetica"):
        self.w, self.h = size
        self.left, self.right, self.top, self.bottom = left, self.w - right, top, bottom
        self.font = font
        self.bold = "Times-Bold" if font.startswith("Times") else font + "-Bold"
        self.pages: list[list[tuple]] = [[]]
        self.y = self.h - top

    def _need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.pages.append([])
            self.y = self.h - self.top

    def text(self, x: float, s: str, font: str | None = None, size: float = 10.5) -> None:
        self.pages[-1].append((x, self.y, s, font or self.font, size))

    def para(self, s: str, bold: bool = False, size: float = 10.5, indent: float = 0.0,
             gap: float = 6.0, first: str = "") -> None:
        """A wrapped paragraph; `first` is a label printed in the margin of its first line."""
        font = self.bold if bold else self.font
        width = self.right - self.left - indent
        words, line, lines = s.split(), "", []
        for w in words:
            t = (line + " " + w).strip()
            if stringWidth(t, font, size) > width and line:
                lines.append(line)
                line = w
            else:
                line = t
        lines.append(line)
        for n, ln in enumerate(lines):
            self._need(size + 3)
            if n == 0 and first:
                self.text(self.left, first, self.bold, size)
            self.text(self.left + indent, ln, font, size)
            self.y -= size + 3.5
        self.y -= gap

    def row(self, cells: list[str], xs: list[float], bold: bool = False, size: float = 10.0) -> None:
        self._need(size + 6)
        font = self.bold if bold else self.font
        for c, x in zip(cells, xs):
            self.text(self.left + x, c, font, size)
        self.y -= size + 6

    def page(self) -> None:
        """Start a new page (an item carried over a page break)."""
        self.pages.append([])
        self.y = self.h - self.top

    def space(self, h: float) -> None:
        self.y -= h

    def _under(self, c: _canvas.Canvas, page: int) -> None:
        """Draw what lies under page `page`'s text (nothing here; rules in a ruled table's Doc)."""

    def save(self, path: Path, header: Callable[[int, int], str] | None = None,
             footer: Callable[[int, int], str] | None = None, title: str = "") -> None:
        c = _canvas.Canvas(str(path), pagesize=(self.w, self.h), invariant=1)
        c.setTitle(title)
        n = len(self.pages)
        for i, items in enumerate(self.pages, 1):
            self._under(c, i)
            if header:
                c.setFont(self.font, 8.5)
                c.drawString(self.left, self.h - 36, header(i, n))
            for x, y, s, f, sz in items:
                c.setFont(f, sz)
                c.drawString(x, y, s)
            if footer:
                c.setFont(self.font, 8.5)
                c.drawCentredString(self.w / 2, 40, footer(i, n))
            c.showPage()
        c.save()


def parish(path: Path) -> None:
    """UK parish council: minute references 23/045, Present paragraph, RESOLVED blocks."""
    d = Doc()
    d.para("ASHCOMBE PARISH COUNCIL", bold=True, size=14)
    d.para("Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 14th March 2023 at "
           "7.30pm in the Village Hall, Church Road, Ashcombe.", gap=10)
    d.para("Present: Cllr J Harper (Chairman), Cllr M Okafor, Cllr S Patel and Cllr D Whitley.")
    d.para("Apologies: Cllr R Lowe.")
    d.para("In attendance: Mrs K Dunn (Clerk) and two members of the public.", gap=12)
    ind = 52
    d.para("23/045 Declarations of interest", bold=True, gap=4)
    d.para("Cllr Patel declared a personal interest in minute 23/047 as a neighbour of the site.",
           indent=ind)
    d.para("23/046 Minutes of the previous meeting", bold=True, gap=4)
    d.para("RESOLVED: that the minutes of the meeting held on 14th February 2023 be approved as a "
           "true record and signed by the Chairman.", indent=ind)
    d.para("23/047 Planning application 23/0412/FUL, Land at Mill Lane", bold=True, gap=4)
    d.para("The Council considered the application for four dwellings on the field north of Mill "
           "Lane. Cllr Okafor raised concerns that the access onto Mill Lane is too narrow for "
           "construction traffic and that the lane floods every winter.", indent=ind)
    d.page()
    d.para("Cllr Whitley asked whether the drainage report had been shared with the Parish Council.",
           indent=ind)
    d.para("RESOLVED: that the Council objects to the application on the grounds of highway safety "
           "and flood risk.", indent=ind)
    d.para("23/048 Footpath repairs", bold=True, gap=4)
    d.para("The surface of footpath FP12 behind the school has broken up and is now unsafe after "
           "the winter rain.", indent=ind)
    d.para("The Clerk to obtain three quotes for resurfacing footpath FP12 before the April meeting.",
           indent=ind)
    d.para("23/049 Date of next meeting", bold=True, gap=4)
    d.para("The next meeting will be held on Tuesday 11th April 2023 at 7.30pm.", indent=ind)
    d.para("The meeting closed at 8.55pm.", gap=20)
    d.para("Signed ............................ Chairman      Date ..................")
    d.save(path, footer=lambda i, n: f"Page {i}", title="Ashcombe Parish Council 14 March 2023")


def us_board(path: Path) -> None:
    """US board: running header with Page N of M, two-column roll-call table, motions."""
    d = Doc(size=letter, top=78)
    d.para("CITY OF FAIRHAVEN", bold=True, size=13, gap=2)
    d.para("PLANNING AND ZONING BOARD", bold=True, size=13, gap=2)
    d.para("Regular Meeting Minutes", gap=2)
    d.para("October 3, 2024", gap=12)
    d.para("1. CALL TO ORDER", bold=True, gap=4)
    d.para("Chair Alvarez called the meeting to order at 6:02 p.m. in Council Chambers.")
    d.para("2. ROLL CALL", bold=True, gap=4)
    d.row(["Board Member", "Attendance"], [20, 240], bold=True)
    for name, st in [("Maria Alvarez, Chair", "Present"), ("Daniel Brooks, Vice Chair", "Present"),
                     ("Helen Carver", "Present"), ("Samuel Diaz", "Absent"),
                     ("Grace Ellison", "Present")]:
        d.row([name, st], [20, 240])
    d.space(4)
    d.para("Staff present: Owen Park, City Planner; Lisa Grant, Recording Secretary.", gap=10)
    d.para("3. APPROVAL OF MINUTES", bold=True, gap=4)
    d.para("Motion by Member Brooks, seconded by Member Carver, to approve the minutes of the "
           "September 5, 2024 meeting as presented. Motion carried 4-0.")
    d.para("4. PUBLIC HEARING: SITE PLAN SP-24-07, HARBOR VIEW APARTMENTS", bold=True, gap=4)
    d.para("City Planner Park presented the application for a 48-unit apartment building at 210 "
           "Harbor Road. Staff recommend approval with conditions on landscaping and lighting.")
    d.para("Member Ellison expressed concern that the proposed parking of 52 spaces is not "
           "sufficient for 48 units and will push overflow parking onto Harbor Road.")
    d.para("Three residents spoke in opposition, citing traffic at the Harbor Road intersection.")
    d.page()
    d.para("Member Carver asked whether a traffic study had been completed for the intersection.")
    d.para("Motion by Member Brooks, seconded by Member Ellison, to continue the public hearing to "
           "the November 7, 2024 meeting and direct staff to obtain a traffic study. Motion carried "
           "4-0.")
    d.para("5. NEW BUSINESS: ZONING CODE AMENDMENT ZA-24-03, ACCESSORY DWELLING UNITS", bold=True,
           gap=4)
    d.para("City Planner Park summarized the draft amendment allowing accessory dwelling units on "
           "lots of 5,000 square feet or more in residential districts.")
    d.para("Member Carver stated that the amendment would add modest housing without changing "
           "neighborhood character.")
    d.para("Motion by Member Carver, seconded by Member Brooks, to recommend approval of ZA-24-03 to "
           "the City Council. Motion carried 3-1, with Member Ellison voting no.")
    d.para("6. STAFF REPORTS", bold=True, gap=4)
    d.para("City Planner Park will circulate the 2025 meeting calendar before the next meeting.")
    d.para("7. ADJOURNMENT", bold=True, gap=4)
    d.para("There being no further business, the meeting adjourned at 7:41 p.m.")
    d.save(path, header=lambda i, n: f"City of Fairhaven \u2013 Planning and Zoning Board Minutes "
           f"\u2013 October 3, 2024 \u2013 Page {i} of {n}", title="Fairhaven PZB 2024-10-03")


def action_table(path: Path) -> None:
    """Partnership steering group: attendees with initials, items numbered without dots, action table."""
    d = Doc()
    d.para("Northgate Community Health Partnership", bold=True, size=14, gap=2)
    d.para("Steering Group", bold=True, size=12, gap=2)
    d.para("Notes of meeting, 9 May 2024, 10:00-12:00, Online (Teams)", gap=10)
    d.para("Attendees: Priya Shah (PS) Chair, Tom Reed (TR), Nadia Hussain (NH), Colin Baxter (CB)")
    d.para("Apologies: Ann Cole (AC), Mark Evans (ME)", gap=12)
    ind = 30
    d.para("Welcome and introductions", bold=True, gap=4, first="1", indent=ind)
    d.para("PS welcomed members. The notes of the meeting of 11 April 2024 were agreed.", indent=ind)
    d.para("Community transport pilot", bold=True, gap=4, first="2", indent=ind)
    d.para("TR reported that the pilot carried 412 passengers in its first eight weeks, most of them "
           "to hospital outpatient appointments.", indent=ind)
    d.para("NH raised concerns that the pilot does not reach the rural villages north of the "
           "river, where the need is greatest.", indent=ind)
    d.page()
    d.para("It was agreed to extend the pilot to September and to add a rural route.", indent=ind)
    d.para("Winter pressures plan", bold=True, gap=4, first="3", indent=ind)
    d.para("CB presented the draft winter pressures plan. Members asked whether the plan includes "
           "care home discharge support.", indent=ind)
    d.para("The group agreed to defer approval of the plan to the June meeting so that discharge "
           "support can be added.", indent=ind)
    d.para("Any other business", bold=True, gap=4, first="4", indent=ind)
    d.para("None.", indent=ind, gap=14)
    d.para("Action log", bold=True, size=12, gap=4)
    xs = [0, 300, 370]
    d.row(["Action", "Owner", "Due"], xs, bold=True)
    d.row(["Draft the rural route timetable for the transport pilot", "TR", "30/05/2024"], xs)
    d.row(["Add care home discharge support to the winter plan", "CB", "13/06/2024"], xs)
    d.row(["Circulate the pilot passenger figures to members", "PS", "17/05/2024"], xs)
    d.save(path, footer=lambda i, n: f"{i}", title="Northgate CHP Steering Group 9 May 2024")


def irish_council(path: Path) -> None:
    """Irish municipal district: Moved/Seconded lines with CARRIED, Cllrs list, Item headings."""
    d = Doc(font="Times-Roman")
    d.para("KILBRACK MUNICIPAL DISTRICT", bold=True, size=14)
    d.para("Minutes of the Monthly Meeting of Kilbrack Municipal District held in the Council "
           "Chamber, Kilbrack, on Monday, 5th February 2024 at 10.00 a.m.", gap=10)
    d.para("Members Present: Cllrs. A. Byrne (Cathaoirleach), P. Nolan, S. Fitzgerald, "
           "M. Quinn, T. Hennessy.")
    d.para("Apologies: Cllr. J. Daly.")
    d.para("Officials Present: Ms. E. Walsh, District Manager; Mr. D. Kearney, Senior Engineer; "
           "Ms. R. Moran, Meetings Administrator.", gap=12)
    d.para("Item 1: Confirmation of Minutes", bold=True, gap=4)
    d.para("The minutes of the meeting held on 8th January 2024 were confirmed.")
    d.para("Moved: Cllr. P. Nolan    Seconded: Cllr. M. Quinn    CARRIED")
    d.para("Item 2: Schedule of Municipal District Works 2024", bold=True, gap=4)
    d.para("Mr. Kearney presented the draft Schedule of Municipal District Works for 2024 with an "
           "allocation of \u20ac2.4 million for road resurfacing.")
    d.para("Cllr. Fitzgerald objected that no funding is allocated to the Glenmore road, which has "
           "deteriorated badly since the flooding in November.")
    d.page()
    d.para("Cllr. Hennessy asked when the footpath at Main Street, Ballyduff, would be completed.")
    d.para("Mr. Kearney replied that the footpath will be completed by the end of April.")
    d.para("It was proposed that the Schedule of Municipal District Works 2024 be adopted.")
    d.para("Moved: Cllr. T. Hennessy    Seconded: Cllr. A. Byrne    CARRIED")
    d.para("Item 3: Notice of Motion - Speed Limit at Ballyduff National School", bold=True, gap=4)
    d.para("Cllr. Quinn moved the following motion: \u201cThat this Municipal District calls on the "
           "Council to reduce the speed limit outside Ballyduff National School to 30 km/h.\u201d")
    d.para("Seconded: Cllr. S. Fitzgerald    CARRIED")
    d.para("Ms. Walsh to refer the motion to the Roads Department for a speed limit review.")
    d.para("Item 4: Any Other Business", bold=True, gap=4)
    d.para("No other business was raised. The meeting concluded at 11.40 a.m.")
    d.save(path, footer=lambda i, n: f"Kilbrack MD Minutes  |  {i}",
           title="Kilbrack MD 5 February 2024")


def footer_date(path: Path) -> None:
    """Trustees' minutes: the date only in the running footer, an item running over a page break."""
    d = Doc(bottom=90)
    d.para("Westbrook Library Trust", bold=True, size=14, gap=2)
    d.para("Minutes of the Trustees' Meeting", bold=True, size=12, gap=10)
    d.para("Trustees present: Helen Marsh (Chair), Robert Ng, Sunita Rao, Peter Quayle")
    d.para("Also present: Jane Doyle (Library Manager)")
    d.para("Apologies: Kevin O'Brien", gap=12)
    d.para("1. Minutes and matters arising", bold=True, gap=4)
    d.para("The minutes of the previous meeting were approved.", indent=18)
    d.para("2. Finance", bold=True, gap=4)
    d.para("RN presented the management accounts to the end of October. Income is 6% behind "
           "budget because the room hire income has not recovered.", indent=18)
    d.para("The trustees approved the revised budget for 2023-24.", indent=18)
    d.para("3. Building repairs", bold=True, gap=4)
    long = ("The Library Manager reported on the condition of the roof of the reading room. The "
            "surveyor found that the flat roof membrane has failed in several places and that water "
            "is entering above the local history collection. Temporary covers were fitted in "
            "September. The surveyor estimates the cost of replacing the membrane at about 38,000 "
            "pounds, and the work would close the reading room for around six weeks. ")
    for k in range(3):
        if k == 2:
            d.page()
        d.para(long if k == 0 else "The trustees discussed the options at length. " + long[long.index("The surveyor found"):],
               indent=18)
    d.para("Sunita Rao expressed concern that closing the reading room in spring would clash with "
           "the exam season, when students rely on it most.", indent=18)
    d.para("Peter Quayle asked whether the insurance policy would cover any part of the cost.",
           indent=18)
    d.para("The trustees agreed to replace the roof membrane in July and August 2024 and to apply "
           "to the Heritage Fund for a grant towards the cost.", indent=18)
    d.para("Jane Doyle to obtain two further quotes for the roof by 15 January 2024.", indent=18)
    d.para("4. Any other business", bold=True, gap=4)
    d.para("There was no other business.", indent=18)
    d.para("5. Date of next meeting", bold=True, gap=4)
    d.para("The next meeting will be held in February 2024.", indent=18)
    d.save(path, footer=lambda i, n: f"Westbrook Library Trust \u2013 Trustees' Meeting 21/11/2023 "
           f"\u2013 page {i}", title="Westbrook Library Trust trustees")


def charity_board(path: Path) -> None:
    """Charity board: unnumbered bold headings in sentence case, a list of those present."""
    d = Doc(font="Helvetica")
    d.para("Greenfield Food Bank", bold=True, size=15, gap=2)
    d.para("Board of Trustees \u2013 Minutes", size=12, gap=2)
    d.para("Saturday 18 January 2025, 10am, St Luke's Church Hall", gap=12)
    d.para("Present", bold=True, gap=2)
    for n in ["Alan Fisher (Chair)", "Beatrice Lomax (Treasurer)", "Chidi Obi", "Deborah Hale"]:
        d.para(n, gap=1)
    d.space(6)
    d.para("Apologies", bold=True, gap=2)
    d.para("Edward Price", gap=10)
    d.para("Treasurer's report", bold=True, gap=4)
    d.para("Beatrice Lomax reported donations of 14,200 pounds in the quarter, up from 11,900 "
           "pounds a year earlier. Reserves stand at four months of running costs.")
    d.para("The board approved the treasurer's report.")
    d.para("Warehouse lease", bold=True, gap=4)
    d.para("The landlord has offered a new five-year lease on the Dock Road warehouse at a rent "
           "15% higher than now.")
    d.para("Chidi Obi objected that a five-year commitment is too risky while the council grant is "
           "only confirmed for one year.")
    d.page()
    d.para("Deborah Hale argued in favour, as the warehouse is the only site with a loading bay "
           "near the town centre.")
    d.para("The board agreed to seek a three-year lease with a break clause. Alan Fisher to write "
           "to the landlord by 31 January.")
    d.para("Volunteer recruitment", bold=True, gap=4)
    d.para("Weekday volunteer numbers have fallen to 22 from 35 last year. Deborah Hale proposed "
           "a recruitment drive with the two secondary schools.")
    d.para("The proposal was deferred to the March meeting so that safeguarding costs can be "
           "checked.")
    d.para("Date of next meeting", bold=True, gap=4)
    d.para("Saturday 15 March 2025 at 10am.")
    d.save(path, title="Greenfield Food Bank board")


def governors(path: Path) -> None:
    """School governors: a three-column attendance table, lettered items, title on the next line."""
    d = Doc()
    d.para("Hillside Primary School", bold=True, size=14, gap=2)
    d.para("Full Governing Board", bold=True, size=12, gap=2)
    d.para("Minutes of the meeting held on Wednesday 6 March 2024 at 6pm in the school library",
           gap=10)
    xs = [0, 170, 340]
    d.row(["Name", "Role", "Attendance"], xs, bold=True)
    for row in [("Fiona Grant", "Chair of Governors", "Present"),
                ("Martin Hughes", "Headteacher", "Present"),
                ("Rachel Oduya", "Parent Governor", "Present"),
                ("Simon Leach", "Co-opted Governor", "Apologies"),
                ("Tariq Shah", "Staff Governor", "Absent")]:
        d.row(list(row), xs)
    d.space(4)
    d.para("Clerk: Louise Barton", gap=12)
    for letter, title, body in [
        ("A.", "Headteacher's report", [
            "Martin Hughes presented his report. Attendance this term is 95.1%, above the national "
            "average.",
            "Rachel Oduya asked whether persistent absence had fallen since the autumn term."]),
        ("B.", "School Development Plan", [
            "Governors reviewed progress against the plan. Rachel Oduya raised concerns that the "
            "reading targets for Year 2 are unlikely to be met by July.",
            "Governors agreed to add a termly reading progress report to the plan."]),
        ("C.", "Premises", [
            "The roof over the hall leaks in heavy rain. The Headteacher to obtain quotes for the "
            "repair before the summer term."]),
    ]:
        if letter == "C.":
            d.page()
        d.para(letter, bold=True, gap=2)
        d.para(title, bold=True, gap=4, indent=24)
        for b in body:
            d.para(b, indent=24)
    d.save(path, footer=lambda i, n: f"Page {i} of {n}", title="Hillside FGB 6 March 2024")


def scanned(src: Path, path: Path, dpi: int = 200) -> None:
    """Rasterise `src` and wrap each page image in a PDF: no text layer, OCR must read it."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader
    pdf = pdfium.PdfDocument(str(src))
    c = _canvas.Canvas(str(path), invariant=1)
    for page in pdf:
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        buf = io.BytesIO()
        img.save(buf, format="PNG", optimize=True)
        buf.seek(0)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def main() -> None:
    parish(HERE / "ashcombe_parish.pdf")
    us_board(HERE / "fairhaven_pzb.pdf")
    action_table(HERE / "northgate_steering.pdf")
    irish_council(HERE / "kilbrack_md.pdf")
    footer_date(HERE / "westbrook_trustees.pdf")
    charity_board(HERE / "greenfield_foodbank.pdf")
    governors(HERE / "hillside_governors.pdf")
    scanned(HERE / "ashcombe_parish.pdf", HERE / "scanned" / "ashcombe_scan.pdf")


if __name__ == "__main__":
    (HERE / "scanned").mkdir(exist_ok=True)
    main()
