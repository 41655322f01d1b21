"""Generator of the bad-input corpus, built at test time (never downloaded, never committed).

Each `make_*` function writes one file into a folder and returns its path. `CASES` lists the
fast cases with what ingest must do with them: "stored" (legitimately readable) or "failed",
plus a word the one-line error must contain. The 1,000-page PDF and the decompression bomb are
separate (slow) builders.
"""
from __future__ import annotations

import io
import random
import zipfile
import zlib
from pathlib import Path

__all__ = ["CASES", "MINUTES_TEXT", "minutes_pdf_bytes", "make_thousand_pages", "make_bomb",
           "build_corpus"]

# A small but complete set of minutes: body, date, attendance, numbered items, a decision.
MINUTES_TEXT = [
    "MINUTES OF THE REGULAR MEETING OF THE PARKS COMMITTEE",
    "Held on 14 March 2023 at the Town Hall",
    "Present: Cllr A. Smith (Chair), Cllr B. Jones, Cllr C. Patel",
    "Apologies: Cllr D. Brown",
    "1. Apologies for absence",
    "Apologies were received from Cllr Brown.",
    "2. Playground refurbishment",
    "The committee considered a report on refurbishing the Elm Street playground.",
    "Members raised concerns about the cost of the new surfacing.",
    "RESOLVED that the refurbishment be approved within a budget of 40,000 pounds.",
    "3. Tree planting programme",
    "It was agreed to plant fifty trees along the river path. AS to contact the contractor.",
    "The meeting closed at 8.15 pm.",
]


def _rl_canvas(buf, **kw):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    return canvas.Canvas(buf, pagesize=A4, **kw), A4


def minutes_pdf_bytes(lines: list[str] | None = None, pages: int = 1, *, javascript: bool = False,
                      attachment: bool = False) -> bytes:
    """A born-digital minutes PDF drawn with reportlab (optionally with JS and an attachment)."""
    lines = lines or MINUTES_TEXT
    buf = io.BytesIO()
    c, (w, h) = _rl_canvas(buf, invariant=1)
    for p in range(pages):
        y = h - 72
        for line in lines:
            c.setFont("Helvetica-Bold" if line[:1].isdigit() or line.isupper() else "Helvetica", 11)
            c.drawString(72, y, line)
            y -= 16
        c.setFont("Helvetica", 9)
        c.drawString(w / 2, 40, f"Page {p + 1}")
        c.showPage()
    c.save()
    data = buf.getvalue()
    if not (javascript or attachment):
        return data
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    if javascript:
        from pypdf.generic import DictionaryObject, NameObject, TextStringObject
        action = DictionaryObject({
            NameObject("/Type"): NameObject("/Action"), NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hello'); this.print({bUI:true});")})
        writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    if attachment:
        writer.add_attachment("payload.exe", b"MZ" + b"\x00" * 256)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _encrypted(user_password: str) -> bytes:
    from pypdf import PdfReader, PdfWriter
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(minutes_pdf_bytes())))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _image_only() -> bytes:
    """A page holding one picture (shapes, no glyphs) and no text objects at all."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    img = Image.new("RGB", (600, 400), "white")
    d = ImageDraw.Draw(img)
    rnd = random.Random(7)
    for _ in range(40):
        x, y = rnd.randrange(600), rnd.randrange(400)
        d.ellipse((x, y, x + rnd.randrange(10, 80), y + rnd.randrange(10, 80)),
                  fill=(rnd.randrange(256), rnd.randrange(256), rnd.randrange(256)))
    buf = io.BytesIO()
    c, (w, h) = _rl_canvas(buf, invariant=1)
    c.drawImage(ImageReader(img), 72, h - 500, width=450, height=300)
    c.showPage()
    c.save()
    return buf.getvalue()


def _corrupt() -> bytes:
    """Header intact, body overwritten with noise: no xref, no objects PDFium can use."""
    data = bytearray(minutes_pdf_bytes())
    rnd = random.Random(1)
    for i in range(20, len(data)):
        data[i] = rnd.randrange(256)
    return bytes(data)


def _truncated() -> bytes:
    data = minutes_pdf_bytes(pages=3)
    return data[: len(data) // 3]


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/content-types"/>')
        z.writestr("word/document.xml",
                   '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                   'wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Minutes</w:t></w:r></w:p>'
                   '</w:body></w:document>')
    return buf.getvalue()


def _word97() -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + b"Minutes of the meeting" * 20


def _html() -> bytes:
    return ("<!DOCTYPE html><html><head><title>Minutes</title></head><body><h1>Minutes of the "
            "Parks Committee</h1><p>14 March 2023</p></body></html>").encode()


ODD_UNICODE = "\n".join([
    "\ufeffMINUTES OF THE REGULAR MEETING OF THE PARKS COMMITTEE",
    "Held on 14 March 2023 at the Town\u00a0Hall \u200f\u202bقاعة المدينة\u202c\u200e",
    "Present: Cllr A.\u200b Smith (Chair), Cllr B. Jo\u200dnes, Cllr C. Pa\u2060tel",
    "1. Apologies for absence",
    "No apologies were received. \u2067עברית\u2069 \u202ereversed\u202c",
    "2. O\ufb03ce re\ufb01t and \ufb02oor plans",
    "The committee considered the o\ufb03ce re\ufb01t. Ｆｕｌｌ－ｗｉｄｔｈ text, combining e\u0301 and "
    "emoji \U0001F3DB\ufe0f, soft\u00adhyphen, lone surrogate-free.",
    "RESOLVED that the re\ufb01t be approved.",
    "3. Any other business",
    "None.\u2028Line separator\u2029paragraph separator",
]) + "\n"

LONG_LINE = ("MINUTES OF THE PARKS COMMITTEE held on 14 March 2023. "
             + "The committee discussed the playground at length and agreed nothing. " * 1500)[:100_000]


# name, builder, expected status, a word the error line must contain (lower case) or None
CASES: list[tuple[str, object, str, str | None]] = [
    ("zero.pdf", lambda: b"", "failed", "empty"),
    ("corrupt.pdf", _corrupt, "failed", "damaged"),
    ("truncated.pdf", _truncated, "failed", "damaged"),
    ("garbage_after_header.pdf", lambda: b"%PDF-1.7\n" + bytes(random.Random(3).randrange(256)
                                                                for _ in range(5000)),
     "failed", "damaged"),
    ("encrypted_with_password.pdf", lambda: _encrypted("s3cret"), "failed", "password"),
    ("encrypted_no_user_password.pdf", lambda: _encrypted(""), "stored", None),
    ("word_docx_named.pdf", _docx, "failed", "not a pdf"),
    ("word97_named.pdf", _word97, "failed", "not a pdf"),
    ("html_named.pdf", _html, "failed", "not a pdf"),
    ("image_only.pdf", _image_only, "failed", "no text"),
    ("javascript_attachment.pdf", lambda: minutes_pdf_bytes(javascript=True, attachment=True),
     "stored", None),
    ("odd_unicode.txt", lambda: ODD_UNICODE.encode("utf-8"), "stored", None),
    ("long_line.txt", lambda: LONG_LINE.encode(), "stored", None),
    ("long_line_pdf.pdf", lambda: minutes_pdf_bytes([LONG_LINE[:20_000]] + MINUTES_TEXT),
     "stored", None),
    ("binary_named.txt", lambda: bytes(range(256)) * 40, "failed", "utf-8"),
    ("unsupported.docx", _docx, "failed", "unsupported"),
]


def build_corpus(folder: Path) -> dict[str, tuple[str, str | None]]:
    """Write every fast case into `folder`; returns name -> (expected status, error word)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, build, status, word in CASES:
        (folder / name).write_bytes(build())
        out[name] = (status, word)
    return out


_TOPICS = ["river path", "playground", "library roof", "bus shelter", "allotments",
           "street lighting", "car park charges", "tree planting", "war memorial",
           "public toilets", "market square", "cycle lanes", "skate park"]


def make_thousand_pages(path: Path, pages: int = 1000) -> Path:
    """One 1,000-page minutes PDF: the header page, then one agenda item per page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    w, h = A4
    for p in range(pages):
        topic = _TOPICS[p % len(_TOPICS)]
        other = _TOPICS[(p * 7 + 3) % len(_TOPICS)]
        # Varied wording at the page top, so the running-header filter rightly keeps it.
        lines = MINUTES_TEXT[:4] if p == 0 else [
            f"The {other} working group had met {p % 9 + 2} times since the last meeting.",
            f"{p + 3}. {topic.capitalize()} (report {p})",
            f"The committee noted the report on the {topic}.",
            f"RESOLVED that the {topic} proposal be approved."]
        y = h - 72
        for k, line in enumerate(lines):
            c.setFont("Helvetica-Bold" if k == 1 else "Helvetica", 11)
            c.drawString(72, y, line)
            y -= 16
        c.setFont("Helvetica", 9)
        c.drawString(w / 2, 40, f"Page {p + 1}")
        c.showPage()
    c.save()
    return path


def make_bomb(path: Path, inflated_gb: float = 2.0) -> Path:
    """A small PDF whose one content stream (FlateDecode) inflates to `inflated_gb` GB of zeros
    (NUL is whitespace to a PDF content parser, so the stream is valid, merely enormous), with
    a short real text page before it so the file is otherwise ordinary."""
    # Deflate of 16 MB of zeros ended by a full flush leaves the compressor as it began, so the
    # block's output can be repeated as is: gigabytes of content for milliseconds of work.
    block = 1 << 24
    comp = zlib.compressobj(9)
    first = comp.compress(b"\x00" * block) + comp.flush(zlib.Z_FULL_FLUSH)
    header, body = first[:2], first[2:]
    text = b"BT /F1 12 Tf 72 720 Td (MINUTES OF THE PARKS COMMITTEE 14 March 2023) Tj ET\n"
    n_blocks = max(1, int(inflated_gb * 1024 / 16))
    tail = zlib.compressobj(9, zlib.DEFLATED, -15)
    last = tail.compress(text) + tail.flush()
    adler = zlib.adler32(text, (((n_blocks * block) % 65521) << 16) | 1)
    stream = header + body * n_blocks + last + adler.to_bytes(4, "big")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(bytes(out))
    return path
