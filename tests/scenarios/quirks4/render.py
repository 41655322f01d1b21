#!/usr/bin/env python3
"""Render the fourth round of probes: quirks that real minutes PDFs have and the first rounds lack.

Usage (from the repository root): python tests/scenarios/quirks4/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The Doc
helper comes from the first round (tests/scenarios/pdf_layouts/render.py). expected.json holds the
values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import io
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas as _canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc  # noqa: E402  (a script: see render_kit)


def two_meetings(path: Path) -> None:
    """One file holding the minutes of two meetings of the same council, 3 and 17 March 2024, each
    with its own heading, attendance and items; the second starts on a new page."""
    d = Doc()
    d.para("RIDGEWAY PARISH COUNCIL", bold=True, size=14, gap=2)
    d.para("Minutes of the meeting of the Parish Council held on 3 March 2024 at 7.00pm in the "
           "Village Hall", gap=10)
    d.para("Present: Cllrs H Bramley (Chair), T Okafor, J Sutton and E Price")
    d.para("In attendance: W Carver (Clerk)")
    d.para("Apologies: Cllr D Lomax", gap=10)
    d.para("1. Declarations of interest", bold=True, gap=4)
    d.para("None were declared.")
    d.para("2. Playground inspection", bold=True, gap=4)
    d.para("Cllr Okafor reported that the zip wire cable was frayed and the equipment had been "
           "taped off. RESOLVED: That the Clerk obtain two quotes for a replacement cable.")
    d.para("3. Date of next meeting", bold=True, gap=4)
    d.para("The next meeting will be held on 17 March 2024. The meeting closed at 8.15pm.")
    d.page()
    d.para("RIDGEWAY PARISH COUNCIL", bold=True, size=14, gap=2)
    d.para("Minutes of the meeting of the Parish Council held on 17 March 2024 at 7.00pm in the "
           "Village Hall", gap=10)
    d.para("Present: Cllrs H Bramley (Chair), T Okafor, D Lomax and E Price")
    d.para("In attendance: W Carver (Clerk)")
    d.para("Apologies: Cllr J Sutton", gap=10)
    d.para("1. Declarations of interest", bold=True, gap=4)
    d.para("Cllr Price declared an interest in item 2 as a neighbour of the applicant.")
    d.para("2. Planning application 24/0456 – Rose Cottage extension", bold=True, gap=4)
    d.para("Cllr Lomax objected to the loss of the hedge along the lane. RESOLVED: That the "
           "Council object to the application.")
    d.para("3. Playground zip wire", bold=True, gap=4)
    d.para("The Clerk reported two quotes for the cable. RESOLVED: That the quote of £640 from "
           "Playsafe Ltd be accepted.")
    d.para("The meeting closed at 8.40pm.")
    d.save(path, footer=lambda i, n: f"Ridgeway Parish Council – Page {i} of {n}",
           title="Ridgeway PC minutes March 2024")


def appendices(path: Path) -> None:
    """Trust board minutes followed by two appendices: a chief executive's report in prose and a
    budget table. Neither appendix is an item, and their text is no statement of the last item."""
    d = Doc()
    d.para("HOLLINS VALLEY HOUSING TRUST", bold=True, size=14, gap=2)
    d.para("Minutes of the Board meeting held on Thursday 14 March 2024 at the Trust office",
           gap=10)
    d.para("Present: Margaret Quinn (Chair), Robert Asante, Fiona Doyle, Gareth Pryce")
    d.para("In attendance: Lena Hoffmann (Chief Executive), Simon Marsh (Finance Director)")
    d.para("Apologies: Yusuf Begum", gap=10)
    d.para("1. Minutes of the previous meeting", bold=True, gap=4)
    d.para("The minutes of 8 February 2024 were approved.")
    d.para("2. Chief Executive's report", bold=True, gap=4)
    d.para("The Chief Executive presented her report (Appendix A). Robert Asante asked about the "
           "backlog of damp and mould repairs. The Board noted the report.")
    d.para("3. Budget 2024/25", bold=True, gap=4)
    d.para("The Finance Director presented the budget (Appendix B). RESOLVED: That the budget for "
           "2024/25 be approved.")
    d.para("4. Any other business", bold=True, gap=4)
    d.para("Fiona Doyle to circulate the tenant survey results before the next meeting. The "
           "meeting closed at 8.30pm.")
    d.para("Signed: ........................ (Chair)      Date: ..............", gap=4)
    d.page()
    d.para("Appendix A – Chief Executive's Report, March 2024", bold=True, size=12, gap=6)
    d.para("1. Repairs", bold=True, gap=4)
    d.para("Open repairs stood at 412 at the end of February, of which 96 concern damp and mould. "
           "Contractor capacity remains the main constraint on the backlog.")
    d.para("2. Lettings", bold=True, gap=4)
    d.para("Twenty-three homes were let in the quarter. The average time to relet was 31 days.")
    d.page()
    d.para("Appendix B – Budget 2024/25", bold=True, size=12, gap=6)
    xs = [0, 230, 330]
    d.row(["Heading", "2023/24 (£k)", "2024/25 (£k)"], xs, bold=True)
    for row in (["Rental income", "8,420", "8,910"], ["Repairs and maintenance", "2,310", "2,650"],
                ["Staff costs", "1,980", "2,040"], ["Interest payable", "1,105", "1,160"],
                ["Surplus", "612", "585"]):
        d.row(row, xs)
    d.save(path, footer=lambda i, n: f"Page {i}", title="Hollins Valley HT Board 14 March 2024")


class RotDoc(Doc):
    """Doc with a landscape page and a table drawn rotated by 90 degrees on a portrait page."""

    def save_mixed(self, path: Path, land: set[int], rotated: dict[int, list[list[str]]],
                   title: str) -> None:
        c = _canvas.Canvas(str(path), pagesize=A4, invariant=1)
        c.setTitle(title)
        for i, items in enumerate(self.pages, 1):
            w, h = landscape(A4) if i in land else A4
            c.setPageSize((w, h))
            for x, y, s, f, sz in items:
                c.setFont(f, sz)
                c.drawString(x, y, s)
            if i in rotated:
                c.saveState()
                c.translate(120, 430)
                c.rotate(90)
                for r, row in enumerate(rotated[i]):
                    c.setFont(self.bold if r == 0 else self.font, 10)
                    for k, cell in enumerate(row):
                        c.drawString([0, 130, 190, 250][k], -16 * r, cell)
                c.restoreState()
            c.setFont(self.font, 8.5)
            c.drawCentredString(w / 2, 30, f"Page {i}")
            c.showPage()
        c.save()


def rotated(path: Path) -> None:
    """Joint committee minutes: page 1 portrait, page 2 landscape (a wide page of text), page 3
    portrait with a performance table printed sideways (rotated 90 degrees) under item 4."""
    lw, lh = landscape(A4)
    d = RotDoc()
    d.para("SEVERN ESTUARY JOINT WASTE COMMITTEE", bold=True, size=14, gap=2)
    d.para("Minutes of the meeting held on 21 March 2024 at Shire Hall", gap=10)
    d.para("Present: Cllr A Moreau (Chair), Cllr B Thistlewood, Cllr C Nakamura, Cllr D Ellery")
    d.para("Officers: P Venables (Joint Waste Manager)")
    d.para("Apologies: Cllr F Oduya", gap=10)
    d.para("1. Apologies for absence", bold=True, gap=4)
    d.para("Apologies were received from Cllr Oduya.")
    d.para("2. Minutes", bold=True, gap=4)
    d.para("The minutes of the meeting held on 18 January 2024 were approved.")
    d.page()
    # page 2 is landscape: wider lines, top of page at the landscape height
    d.w, d.h, d.right = lw, lh, lw - 64
    d.y = lh - d.top
    d.para("3. Recycling contract", bold=True, gap=4)
    d.para("The Joint Waste Manager reported that the recycling contract expires in March 2025 and "
           "set out the options for a new procurement. Cllr Thistlewood asked whether food waste "
           "could be included in the new contract. RESOLVED: That officers begin the procurement "
           "of a new recycling contract including food waste.")
    d.page()
    d.w, d.h, d.right = A4[0], A4[1], A4[0] - 64
    d.y = A4[1] - d.top
    d.para("4. Performance report", bold=True, gap=4)
    d.para("The Committee noted the performance figures in the table below. Cllr Nakamura noted "
           "that contamination rates had risen.")
    d.space(320)
    d.para("5. Date of next meeting", bold=True, gap=4)
    d.para("The next meeting will be held on 20 June 2024.")
    table = [["Indicator", "Target", "Q3", "Q4"], ["Recycling rate", "55%", "52%", "51%"],
             ["Contamination", "8%", "9.5%", "11%"], ["Missed bins per 100k", "40", "38", "44"]]
    d.save_mixed(path, land={2}, rotated={3: table}, title="SEJWC 21 March 2024")


def running_heads(path: Path) -> None:
    """Planning committee minutes whose running head ('Minutes – Planning Committee – 5 March 2024')
    and 'Page N of M' are printed at the top of each page in the body font, in the text flow, and
    with numbered footnotes at the foot of pages 1 and 2."""
    d = Doc()
    heads: list[int] = []

    def head() -> None:
        d.para("Minutes – Planning Committee – 5 March 2024", size=10.5, gap=0)
        d.para(f"Page {len(d.pages)} of 3", size=10.5, gap=8)

    head()
    d.para("ASHVALE BOROUGH COUNCIL", bold=True, size=14, gap=2)
    d.para("Minutes of the Planning Committee held on 5 March 2024 at 6.30pm", gap=10)
    d.para("Present: Councillors N Ferreira (Chair), G Halloran, S Kowalczyk, V Osei and R Tull")
    d.para("Officers: J Penrose (Planning Manager)")
    d.para("Apologies: Councillor I Draper", gap=10)
    d.para("1. Declarations of interest", bold=True, gap=4)
    d.para("Councillor Tull declared a non-pecuniary interest in item 3.1")
    d.para("2. Minutes", bold=True, gap=4)
    d.para("The minutes of the meeting held on 6 February 2024 were approved.")
    d.para("3. Applications", bold=True, gap=4)
    d.para("3.1 23/1187/FUL – Former Dairy, Mill Lane", bold=True, gap=4)
    d.para("Conversion of the dairy to six flats. Councillor Halloran objected to the lack of "
           "parking spaces.2 RESOLVED: That permission be granted.")
    d.y = d.bottom + 40
    d.para("1 Councillor Tull is a member of the Mill Lane Residents' Association.", size=8,
           gap=0)
    d.para("2 The highway authority raised no objection to the parking provision.", size=8)
    d.page()
    head()
    d.para("3.2 24/0042/HOU – 9 Orchard Rise", bold=True, gap=4)
    d.para("Two-storey side extension. Councillor Osei asked whether the neighbour had been "
           "consulted on the revised plans.3 RESOLVED: That permission be refused.")
    d.para("4. Enforcement update", bold=True, gap=4)
    d.para("The Planning Manager reported four new enforcement cases. The Planning Manager to "
           "report on the Mill Lane case to the April meeting.")
    d.y = d.bottom + 30
    d.para("3 Revised plans were published on 20 February 2024.", size=8)
    d.page()
    head()
    d.para("5. Appeals", bold=True, gap=4)
    d.para("The Committee noted two appeal decisions. The meeting closed at 8.10pm.")
    d.save(path, title="Ashvale Planning Committee 5 March 2024")


def skewed_scan(src: Path, path: Path, dpi: int = 200, angle: float = 1.2) -> None:
    """Rasterise `src`, rotate each page by `angle` degrees (a skewed scan) and print a red
    'APPROVED 12/04/2024' stamp over the text of page 1."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader
    pdf = pdfium.PdfDocument(str(src))
    c = _canvas.Canvas(str(path), invariant=1)
    for n, page in enumerate(pdf):
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("RGB")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor="white")
        if n == 0:
            stamp = Image.new("RGBA", (700, 160), (0, 0, 0, 0))
            dr = ImageDraw.Draw(stamp)
            try:
                font = ImageFont.truetype("DejaVuSans-Bold.ttf", 56)
            except OSError:
                font = ImageFont.load_default()
            dr.rectangle([4, 4, 695, 155], outline=(200, 30, 30, 200), width=8)
            dr.text((30, 45), "APPROVED 12/04/2024", fill=(200, 30, 30, 170), font=font)
            stamp = stamp.rotate(12, expand=True)
            img.paste(stamp, (int(img.width * 0.45), int(img.height * 0.38)), stamp)
        buf = io.BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=80)
        buf.seek(0)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


def main() -> None:
    two_meetings(HERE / "ridgeway_two_meetings.pdf")
    appendices(HERE / "hollins_appendices.pdf")
    rotated(HERE / "severn_rotated.pdf")
    running_heads(HERE / "ashvale_running_heads.pdf")
    skewed_scan(HERE / "hollins_appendices.pdf", HERE / "hollins_scan.pdf")


if __name__ == "__main__":
    main()
