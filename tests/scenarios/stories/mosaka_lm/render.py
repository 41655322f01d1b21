#!/usr/bin/env python3
"""Render the four Mosaka Local Municipality portfolio committee minutes of this story as scans.

Usage (from the repository root): python tests/scenarios/stories/mosaka_lm/render.py
Writes mosaka_lm_<date>.pdf beside this script: each page is typeset with the Doc helper of
tests/scenarios/pdf_layouts/render.py, rasterised at 200 dpi, turned by a fraction of a degree,
given a grey speckle and saved as JPEG inside the PDF, so there is no text layer and OCR must read
it. Output is deterministic (fixed seed, reportlab invariant mode). South African municipal
portfolio committee style: items numbered 'CS 05/2025' with capital headings, 'RESOLVED:' and
'RECOMMENDED TO COUNCIL:', 'Recommendation not adopted.', 'The committee agreed …', 'It was noted
that concerns had been raised …', a vote 'put to the vote: 4 in favour, 2 against (Cllrs …)'.
In MINUTES below a line starting '## ' is a bold heading, '>> ' an indented resolution, '--' a
page break; other lines are paragraphs.
"""
from __future__ import annotations

import io
import random
import tempfile
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset_flush  # noqa: E402  (a script: see render_kit)

HEAD = """\
## MOSAKA LOCAL MUNICIPALITY
## MINUTES OF THE MEETING OF THE PORTFOLIO COMMITTEE: COMMUNITY SERVICES HELD IN COMMITTEE ROOM 2, MUNICIPAL OFFICES, 12 CHURCH STREET, MOSAKA ON TUESDAY, {when} AT 10:00
"""

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-02-04"] = ("4 FEBRUARY 2025", HEAD + """\
PRESENT: Cllr N.P. Mokoena (Chairperson), Cllr J. van Wyk, Cllr T.S. Dlamini, Cllr A. Pillay, Cllr M. Botha, Cllr L. Nkosi
OFFICIALS: Ms Z. Khumalo (Director: Community Services), Mr P. Naidoo (Manager: Parks), Ms R. Mahlangu (Manager: Libraries), Ms T. Sithole (Committee Officer)
## 1. OPENING AND WELCOME
The Chairperson opened the meeting with prayer and welcomed members and officials.
## 2. APOLOGIES
There were no apologies.
## 3. CONFIRMATION OF MINUTES
The minutes of the meeting held on 3 December 2024 were confirmed, proposed by Cllr Dlamini and seconded by Cllr Pillay.
## CS 01/2025 REFUSE REMOVAL BACKLOG IN WARD 9 AND MOSAKA EXTENSION 7
The Director: Community Services reported that refuse had not been collected in parts of Ward 9 and Extension 7 for up to six weeks because four of the seven compactor trucks were out of service.
Cllr Dlamini said that illegal dumping along the Mosaka River had become a health risk for children.
RESOLVED:
>> That the Director: Community Services hire three compactor trucks for three months to clear the refuse backlog in Ward 9 and Extension 7.
Action: Director: Community Services to compile a list of the streets in Ward 9 missed by refuse collection.
## CS 02/2025 UPGRADING OF THE MOSAKA TAXI RANK
The Director: Community Services presented a proposal to use R4.2 million of the Municipal Infrastructure Grant to pave and roof the Mosaka taxi rank.
Cllr Botha said that the grant was needed for the water reticulation project in Ward 11.
Recommendation not adopted.
The committee agreed that the paving and roofing of the Mosaka taxi rank would not proceed in 2025/26 and that the grant funds be kept for the Ward 11 water reticulation project.
## CS 03/2025 DRAFT KEEPING OF ANIMALS BY-LAW
The committee agreed to defer the item to the next meeting to allow Legal Services to comment on the draft by-law.
## CS 04/2025 LIBRARY SERVICES
The Manager: Libraries reported that four computers had been stolen from the Extension 7 library in January.
Action: Manager: Libraries to report on the security measures at the Extension 7 library after the theft of the computers.
## CLOSURE
The meeting closed at 12:15.
""")

MINUTES["2025-03-04"] = ("4 MARCH 2025", HEAD + """\
PRESENT: Cllr N.P. Mokoena (Chairperson), Cllr J. van Wyk, Cllr T.S. Dlamini, Cllr M. Botha, Cllr L. Nkosi
OFFICIALS: Ms Z. Khumalo (Director: Community Services), Mr S. Venter (Manager: Water and Sanitation), Ms R. Mahlangu (Manager: Libraries), Ms T. Sithole (Committee Officer)
## 1. OPENING AND WELCOME
The Chairperson opened the meeting with prayer.
## 2. APOLOGIES
An apology was received from Cllr A. Pillay.
## 3. CONFIRMATION OF MINUTES
The minutes of the meeting held on 4 February 2025 were confirmed, proposed by Cllr Nkosi and seconded by Cllr Botha.
## CS 05/2025 WASTE MANAGEMENT: OPTIONS FOR OUTSOURCING REFUSE COLLECTION
The Director: Community Services presented a report on options for refuse collection. The hired trucks had cleared the backlog, but the municipal fleet could not serve the growing Extension 7. The report recommends that refuse collection in Ward 9, Ward 11 and Extension 7 be put out to tender for three years.
The Director tabled the list of 38 streets in Ward 9 where refuse had been missed.
Cllr van Wyk objected that outsourcing would put the jobs of the 46 general workers in the cleansing section at risk.
It was noted that concerns had been raised by residents of Extension 7 that a contractor's trucks would not be able to reach the informal settlement along the river.
The committee agreed to recommend to Council that a tender be advertised for refuse collection in Ward 9, Ward 11 and Extension 7 for three years.
## CS 06/2025 DRAFT KEEPING OF ANIMALS BY-LAW
Legal Services had commented on the draft by-law and their changes had been made.
RESOLVED:
>> That the draft Keeping of Animals By-law be recommended to Council for public participation.
## CS 07/2025 LIBRARY OPENING HOURS
The Manager: Libraries reported that Saturday opening cost R180,000 a year in overtime.
The committee agreed that the Mosaka Library close on Saturdays from 1 April 2025 to save overtime costs.
--
## CS 08/2025 WASTE WATER TREATMENT WORKS: WARD 11 SEWER SPILLS
The Manager: Water and Sanitation reported three sewer spills from the Ward 11 pump station into the Mosaka River in February. Both pumps had been replaced and the spills had stopped.
RESOLVED:
>> That the report on the Ward 11 sewer spills be noted.
## CLOSURE
The meeting closed at 11:50.
""")

MINUTES["2025-05-06"] = ("6 MAY 2025", HEAD + """\
PRESENT: Cllr N.P. Mokoena (Chairperson), Cllr J. van Wyk, Cllr T.S. Dlamini, Cllr A. Pillay, Cllr M. Botha, Cllr L. Nkosi
OFFICIALS: Ms Z. Khumalo (Director: Community Services), Mr K. Molefe (Director: Supply Chain Management), Mr P. Naidoo (Manager: Parks), Ms R. Mahlangu (Manager: Libraries), Ms T. Sithole (Committee Officer)
## 1. OPENING AND WELCOME
The Chairperson opened the meeting with prayer.
## 2. APOLOGIES
There were no apologies.
## 3. CONFIRMATION OF MINUTES
The minutes of the meeting held on 4 March 2025 were confirmed, proposed by Cllr van Wyk and seconded by Cllr Dlamini.
## CS 09/2025 TENDER MT 14/2025: REFUSE COLLECTION SERVICES FOR WARD 9, WARD 11 AND EXTENSION 7
The Director: Supply Chain Management reported that five bids had been received and that the Bid Evaluation Committee recommended Thuthuka Waste Solutions at R11.6 million a year.
Cllr Pillay supported the recommendation, saying that 3,000 households had been left without a collection for six weeks and could not wait another year.
Cllr Dlamini spoke in favour, saying that the contractor would employ 60 local residents from the wards it served.
Cllr Botha did not support the proposal because the tender price was 40 per cent above the municipality's own cost of collection.
Cllr Nkosi raised concern that the preferred bidder had never run a municipal refuse contract before.
RECOMMENDED TO COUNCIL:
>> That Tender MT 14/2025 for refuse collection services be awarded to Thuthuka Waste Solutions for three years at R11.6 million a year.
The recommendation was put to the vote: 4 in favour, 2 against (Cllrs Botha and Nkosi). The recommendation was adopted.
## CS 10/2025 MOSAKA LIBRARY: SATURDAY OPENING
A petition signed by 1,200 residents asking that the library stay open on Saturdays was received.
RESOLVED:
>> That resolution CS 07/2025 on the Saturday closure of the Mosaka Library be rescinded and that the library remain open on Saturdays.
## CS 11/2025 CEMETERIES
The Manager: Parks reported that cattle were getting into the Ward 11 cemetery and damaging graves.
Action: Manager: Parks to fence the Ward 11 cemetery.
## CLOSURE
The meeting closed at 12:40.
""")

MINUTES["2025-08-05"] = ("5 AUGUST 2025", HEAD + """\
PRESENT: Cllr N.P. Mokoena (Chairperson), Cllr R. Smit, Cllr T.S. Dlamini, Cllr A. Pillay, Cllr M. Botha, Cllr L. Nkosi
OFFICIALS: Ms Z. Khumalo (Director: Community Services), Mr P. Naidoo (Manager: Parks), Ms T. Sithole (Committee Officer)
## 1. OPENING AND WELCOME
The Chairperson opened the meeting with prayer and welcomed Cllr R. Smit, who had replaced Cllr van Wyk on the committee.
## 2. APOLOGIES
There were no apologies.
## 3. CONFIRMATION OF MINUTES
The minutes of the meeting held on 6 May 2025 were confirmed, proposed by Cllr Pillay and seconded by Cllr Nkosi.
## CS 12/2025 REFUSE COLLECTION CONTRACT: FIRST QUARTER PERFORMANCE
The Director: Community Services reported that Thuthuka Waste Solutions had started on 1 July and had collected refuse on schedule from 14,200 households in its first five weeks.
The Director reported that the contractor was using two smaller tipper trucks to reach the informal settlement along the river in Extension 7.
Cllr Smit asked how complaints were handled. The Director replied that the complaints line had received 112 messages, all resolved within 48 hours.
Cllr Botha said that the contract should now be judged on its monthly reports rather than on its price.
The committee noted the report.
## CS 13/2025 TAXI RANK AND PUBLIC TRANSPORT FACILITIES
The Director: Community Services reported that the paving and roofing of the Mosaka taxi rank would go ahead in the spring, with the contractor on site in September.
The committee noted the report.
## CS 14/2025 CEMETERIES
The Manager: Parks reported that the fencing of the Ward 11 cemetery was work ongoing, with 60 per cent of the fence erected.
## CLOSURE
The meeting closed at 11:30.
""")


def _typeset(text: str, when: str) -> bytes:
    d = Doc()
    typeset_flush(d, text.format(when=when), title="MOSAKA LOCAL", title_size=11)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "typeset.pdf"
        d.save(out, footer=lambda i, n: f"Portfolio Committee: Community Services {when.title()} - Page {i}")
        return out.read_bytes()


def _scan(pdf_bytes: bytes, path: Path, seed: int, dpi: int = 200) -> None:
    """Rasterise, turn slightly, speckle and JPEG-compress each page: a photocopied scan."""
    import pypdfium2 as pdfium
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    rnd = random.Random(seed)
    pdf = pdfium.PdfDocument(pdf_bytes)
    c = canvas.Canvas(str(path), invariant=1)
    for page in pdf:
        w, h = page.get_size()
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(rnd.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=250)
        px = img.load()
        for _ in range(img.width * img.height // 8000):
            x, y = rnd.randrange(img.width), rnd.randrange(img.height)
            px[x, y] = rnd.randrange(150, 230)
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=40)
        buf.seek(0)
        c.setPageSize((w, h))
        c.drawImage(ImageReader(buf), 0, 0, width=w, height=h)
        c.showPage()
    c.save()


if __name__ == "__main__":
    for n, (date, (when, text)) in enumerate(MINUTES.items()):
        _scan(_typeset(text, when), HERE / f"mosaka_lm_{date}.pdf", seed=n)
