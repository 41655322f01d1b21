#!/usr/bin/env python3
"""Render the eighth round of probes: layouts the first seven rounds lack.

Usage (from the repository root): python tests/scenarios/round8/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py).

- kelso_library_board.pdf: a Canadian public library board whose attendance and recorded vote
  are ruled tables (Trustee | Position | Attendance with "Regrets" and "Staff"; Trustee | Yes |
  No | Abstain with X marks), "Moved by X, seconded by Y, that …" motions.
- mesa_verde_water_scan.pdf: a US water district's minutes printed, then scanned: the page is
  an image, skewed by 0.7 degrees, with speckle noise and JPEG loss; "DIRECTORS PRESENT:" lists
  with offices before names, "Director X moved … Director Y seconded. Motion carried 3-1".
- hallam_town_council.pdf: an English town council's minutes on landscape pages set in two
  columns, minute numbers "24/101", "Proposed by Cllr …, seconded by Cllr …", "RESOLVED: that …".
- ashby_parish_agenda_minutes.pdf: a parish council's agenda (its own date of issue, numbered
  items) printed before the minutes of the meeting it called, which repeat its numbers.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import importlib.util
import io
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as _canvas

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("_round1", HERE.parent / "pdf_layouts" / "render.py")
_round1 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_round1)
Doc = _round1.Doc


class RuledDoc(Doc):
    """Doc that can draw a table with its cell borders ruled."""

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.rules: list[list[tuple[float, float, float, float]]] = [[]]

    def _need(self, height: float) -> None:
        before = len(self.pages)
        super()._need(height)
        while len(self.rules) < len(self.pages):
            self.rules.append([])
        assert len(self.pages) >= before

    def page(self) -> None:
        super().page()
        self.rules.append([])

    def ruled(self, rows: list[list[str]], widths: list[float], size: float = 9.5) -> None:
        """A table with every cell ruled; the first row is the header, set in bold."""
        pad, h = 4.0, size + 8.0
        self._need(h * len(rows) + 4)
        x0 = self.left
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        top = self.y + size
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                font = self.bold if r == 0 else self.font
                if cell in ("X", "x"):  # a mark centred in its cell
                    x = xs[c] + (widths[c] - stringWidth(cell, font, size)) / 2
                else:
                    x = xs[c] + pad
                self.pages[-1].append((x, self.y - 2, cell, font, size))
            self.y -= h
        bottom = self.y + size
        for k in range(len(rows) + 1):
            y = top - k * h
            self.rules[-1].append((xs[0], y, xs[-1], y))
        for x in xs:
            self.rules[-1].append((x, top, x, bottom))
        self.y -= 6

    def _under(self, c: _canvas.Canvas, page: int) -> None:
        """The table rules of page `page`, drawn before its text."""
        c.setLineWidth(0.6)
        for x1, y1, x2, y2 in (self.rules[page - 1] if page - 1 < len(self.rules) else []):
            c.line(x1, y1, x2, y2)


def library_board(path: Path) -> None:
    d = RuledDoc(size=letter, font="Helvetica", left=60, right=60)
    d.para("KELSO PUBLIC LIBRARY BOARD", bold=True, size=14, gap=2)
    d.para("Minutes of the Regular Board Meeting", bold=True, size=12, gap=2)
    d.para("Thursday, May 16, 2024, 7:00 p.m., Kelso Branch Meeting Room", gap=10)
    d.para("Attendance", bold=True, gap=6)
    d.ruled([["Trustee", "Position", "Attendance"],
             ["Margaret Okonkwo", "Chair", "Present"],
             ["Luc Tremblay", "Vice-Chair", "Present"],
             ["Priya Raman", "Trustee", "Present"],
             ["Daniel Whitford", "Trustee", "Regrets"],
             ["Sofia Costa", "Trustee (Council Representative)", "Present"],
             ["Aaron Kim", "Trustee", "Absent"],
             ["Helen Ross", "Chief Executive Officer", "Staff"]], [150, 190, 90])
    d.space(8)

    def head(num: str, title: str) -> None:
        d.para(f"{num}. {title}", bold=True, gap=3)

    head("1", "Call to Order")
    d.para("The Chair called the meeting to order at 7:02 p.m.", gap=8)
    head("2", "Approval of the Agenda")
    d.para("Moved by Luc Tremblay, seconded by Priya Raman, that the agenda be approved as "
           "circulated. Carried.", gap=8)
    head("3", "CEO's Report")
    d.para("Helen Ross presented the monthly report. Circulation rose 6 per cent over April.", gap=3)
    d.para("Trustee Raman asked whether e-book loans were included in the circulation figures.",
           gap=8)
    head("4", "Sunday Opening Pilot")
    d.para("Moved by Sofia Costa, seconded by Luc Tremblay, that the Board approve a six-month "
           "pilot of Sunday opening at the Kelso Branch from September 2024.", gap=3)
    d.para("Trustee Tremblay expressed concern that the pilot would require overtime that the "
           "2024 budget does not cover.", gap=3)
    d.para("Recorded vote:", gap=6)
    d.ruled([["Trustee", "Yes", "No", "Abstain"],
             ["Okonkwo", "X", "", ""],
             ["Tremblay", "", "X", ""],
             ["Raman", "X", "", ""],
             ["Costa", "X", "", ""]], [150, 60, 60, 60])
    d.para("Carried 3-1.", gap=3)
    d.para("Action: Helen Ross to report on staffing costs for the pilot by June 20, 2024.", gap=8)
    head("5", "Facilities Committee Report")
    d.para("The Board received the Facilities Committee report for information.", gap=8)
    head("6", "Adjournment")
    d.para("The meeting adjourned at 8:41 p.m.", gap=8)
    d.save(path, footer=lambda i, n: f"Page {i} of {n}")


def water_district(src: Path) -> None:
    d = Doc(size=letter, font="Times-Roman", left=72, right=72)
    d.para("MESA VERDE WATER DISTRICT", bold=True, size=14, gap=2)
    d.para("MINUTES OF THE REGULAR MEETING OF THE BOARD OF DIRECTORS", bold=True, size=11, gap=2)
    d.para("March 12, 2024", bold=True, size=11, gap=10)
    d.para("DIRECTORS PRESENT: President Ruth Alvarado, Vice President Tom Becker, Director Lena "
           "Ortiz, Director Sam Whitehorse", gap=3)
    d.para("DIRECTORS ABSENT: Director Carl Jensen", gap=3)
    d.para("STAFF PRESENT: General Manager Dana Price, District Counsel Mark Feld, Board Secretary "
           "Ann Lowe", gap=10)

    def head(num: str, title: str) -> None:
        d.para(f"{num}. {title}", bold=True, gap=3)

    head("1", "CALL TO ORDER")
    d.para("President Alvarado called the meeting to order at 6:00 p.m.", gap=8)
    head("2", "PUBLIC COMMENT")
    d.para("Resident Gary Miles spoke against the proposed rate increase.", gap=8)
    head("3", "CONSENT CALENDAR")
    d.para("Director Ortiz moved to approve the consent calendar, including the minutes of "
           "February 13, 2024. Director Whitehorse seconded. Motion carried 4-0 (Jensen absent).",
           gap=8)
    head("4", "WATER RATE INCREASE FOR FISCAL YEAR 2024-25")
    d.para("General Manager Price presented the rate study recommending a 6 percent increase.", gap=3)
    d.para("Director Becker questioned whether the reserve targets justified an increase of that "
           "size.", gap=3)
    d.para("Director Whitehorse moved to adopt Resolution 2024-07 approving a 4 percent increase. "
           "Director Ortiz seconded. Motion carried 3-1, Director Becker voting no, Director "
           "Jensen absent.", gap=3)
    d.para("Staff was directed to mail rate notices to customers by April 15, 2024.", gap=8)
    head("5", "WELL NO. 6 REHABILITATION")
    d.para("The Board deferred award of the well rehabilitation contract to the April meeting.",
           gap=8)
    head("6", "ADJOURNMENT")
    d.para("The meeting was adjourned at 7:25 p.m.", gap=8)
    d.save(src)


def noisy_scan(src: Path, path: Path, dpi: int = 200, angle: float = 0.7, seed: int = 8) -> None:
    """Rasterise `src`, skew each page by `angle` degrees, sprinkle speckles and save it as a
    JPEG image inside a PDF: no text layer, OCR must read it."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    from reportlab.lib.utils import ImageReader
    rng = random.Random(seed)
    pdf = pdfium.PdfDocument(str(src))
    c = _canvas.Canvas(str(path), invariant=1)
    for page in pdf:
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
        px = img.load()
        for _ in range(img.width * img.height // 400):  # dust and toner specks
            x, y = rng.randrange(img.width), rng.randrange(img.height)
            px[x, y] = rng.choice((0, 60, 200))
        img = img.filter(ImageFilter.GaussianBlur(0.6))
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=60)
        buf.seek(0)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


class ColumnDoc(Doc):
    """Doc that flows its text down two columns of a landscape page, then the next page."""

    def __init__(self, *a, gutter: float = 36.0, **kw):
        super().__init__(*a, **kw)
        self.gutter = gutter
        self.col = 0
        self.full_left, self.full_right = self.left, self.right
        self._set_col()

    def _set_col(self) -> None:
        half = (self.full_right - self.full_left - self.gutter) / 2
        self.left = self.full_left + self.col * (half + self.gutter)
        self.right = self.left + half

    def _need(self, height: float) -> None:
        if self.y - height < self.bottom:
            if self.col == 0:
                self.col = 1
            else:
                self.col = 0
                self.pages.append([])
            self._set_col()
            self.y = self.h - self.top


def town_council(path: Path) -> None:
    d = ColumnDoc(size=landscape(A4), font="Helvetica", left=48, right=48, top=60, bottom=60)
    d.para("HALLAM TOWN COUNCIL", bold=True, size=13, gap=2)
    d.para("Minutes of the meeting of the Full Council held on Tuesday 9 July 2024 at 7.00 pm in "
           "the Council Chamber, Hallam Town Hall", gap=8)
    d.para("Present: Cllr J Hartley (Mayor, in the Chair), Cllr P Singh, Cllr R Owusu, "
           "Cllr E Marsh, Cllr T Doyle", gap=3)
    d.para("In attendance: Mrs K Bell (Town Clerk) and two members of the public", gap=8)

    def head(num: str, title: str) -> None:
        d.para(f"{num} {title}", bold=True, gap=3)

    head("24/101", "Apologies for absence")
    d.para("Apologies were received and accepted from Cllr S Fenwick.", gap=8)
    head("24/102", "Declarations of interest")
    d.para("Cllr Doyle declared a personal interest in minute 24/105 as a director of Hallam "
           "Traders Association.", gap=8)
    head("24/103", "Minutes")
    d.para("RESOLVED: that the minutes of the meeting held on 11 June 2024 be approved and signed "
           "by the Mayor as a correct record.", gap=8)
    head("24/104", "Skatepark refurbishment")
    d.para("The Clerk reported that three quotations had been received for the refurbishment of "
           "the Mill Lane skatepark, and that the lowest was from Urban Ramps Ltd at £38,400.", gap=3)
    d.para("Cllr Owusu raised concerns about noise for residents of Mill Lane during the evening "
           "sessions.", gap=3)
    d.para("Cllr Singh said that the skatepark was the most used facility for young people in "
           "the town and that the refurbishment was long overdue.", gap=3)
    d.para("Proposed by Cllr Singh, seconded by Cllr Marsh. 4 in favour, 1 against.", gap=3)
    d.para("RESOLVED: that the quotation from Urban Ramps Ltd of £38,400 be accepted.", gap=3)
    d.para("The Clerk to place the order by 31 July 2024.", gap=8)
    head("24/105", "Christmas lights contract")
    d.para("Members considered the renewal of the Christmas lights contract, which ends in "
           "January 2025. Cllr Marsh asked whether the town's traders would again contribute "
           "to the cost of the lights.", gap=3)
    d.para("RESOLVED: that the decision on the contract be deferred to the September meeting "
           "pending a reply from the traders.", gap=8)
    head("24/106", "Date of next meeting")
    d.para("The next meeting will be held on Tuesday 10 September 2024 at 7.00 pm.", gap=8)
    d.para("The meeting closed at 8.32 pm.", gap=8)
    d.save(path, footer=lambda i, n: f"Hallam Town Council  9 July 2024  Page {i}")


def agenda_then_minutes(path: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=70, right=70)
    d.para("ASHBY PARISH COUNCIL", bold=True, size=14, gap=4)
    d.para("AGENDA", bold=True, size=13, gap=4)
    d.para("for the meeting of the Parish Council to be held on Monday 3 June 2024 at 7.30 pm in "
           "Ashby Village Hall", gap=6)
    d.para("Members are hereby summoned to attend to transact the business below.", gap=8)
    for n, t in [("1", "Apologies for absence"), ("2", "Declarations of interest"),
                 ("3", "Minutes of the meeting held on 13 May 2024"),
                 ("4", "Playing field drainage - to consider quotations"),
                 ("5", "Planning applications"), ("6", "Finance - payments for approval"),
                 ("7", "Date of next meeting")]:
        d.para(f"{n}. {t}", gap=4)
    d.space(10)
    d.para("Jane Morris, Clerk to the Council, 28 May 2024", gap=4)
    d.page()
    d.para("ASHBY PARISH COUNCIL", bold=True, size=14, gap=4)
    d.para("MINUTES of the meeting of the Parish Council held on Monday 3 June 2024 at 7.30 pm in "
           "Ashby Village Hall", bold=True, gap=8)
    d.para("Present: Cllr D Reeve (Chairman), Cllr A Patel, Cllr M Hughes, Cllr L Brennan", gap=3)
    d.para("In attendance: Jane Morris (Clerk) and three members of the public", gap=8)

    def head(num: str, title: str) -> None:
        d.para(f"{num}. {title}", bold=True, gap=3)

    head("1", "Apologies for absence")
    d.para("Apologies were received from Cllr G Webb.", gap=8)
    head("2", "Declarations of interest")
    d.para("There were no declarations of interest.", gap=8)
    head("3", "Minutes of the meeting held on 13 May 2024")
    d.para("The minutes of the meeting held on 13 May 2024 were approved as a correct record and "
           "signed by the Chairman.", gap=8)
    head("4", "Playing field drainage")
    d.para("Three quotations for drainage works on the playing field were considered. Cllr Hughes "
           "asked whether the work could be completed before the summer fete.", gap=3)
    d.para("It was proposed by Cllr Patel, seconded by Cllr Brennan and RESOLVED to accept the "
           "quotation of £6,250 from GreenTurf Ltd.", gap=3)
    d.para("The Clerk to instruct GreenTurf Ltd to start the works by 1 July 2024.", gap=8)
    head("5", "Planning applications")
    d.para("24/0311 - 12 Church Lane, two-storey rear extension. The Council had no objection.",
           gap=3)
    d.para("24/0327 - Land off Mill Road, four dwellings. Cllr Brennan objected to the loss of "
           "the hedgerow along Mill Road. The Council resolved to object to the application.",
           gap=8)
    head("6", "Finance - payments for approval")
    d.para("The payments listed in the schedule, totalling £3,412.50, were approved.", gap=8)
    head("7", "Date of next meeting")
    d.para("The next meeting will be held on Monday 1 July 2024 at 7.30 pm.", gap=8)
    d.para("The meeting closed at 9.05 pm.", gap=8)
    d.save(path)


def main() -> None:
    library_board(HERE / "kelso_library_board.pdf")
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "mesa_verde_water.pdf"
        water_district(src)
        noisy_scan(src, HERE / "mesa_verde_water_scan.pdf")
    town_council(HERE / "hallam_town_council.pdf")
    agenda_then_minutes(HERE / "ashby_parish_agenda_minutes.pdf")


if __name__ == "__main__":
    main()
