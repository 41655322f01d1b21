"""pdf stage: a minutes PDF → Document + pages of positioned Lines in reading order.

Contract: `extract(path)` returns `(Document, [Page])`; `stream(path)` returns the Document at
once and a generator of Pages, holding at most a small window of pages in memory (running
headers are judged over `layout.WINDOW` pages either side), so 1,000 pages stay bounded.
`Document.kind` and `Document.warnings` are final once the generator is exhausted. Every bad
input raises `InputError` with a message from `errors.E`, never a traceback: missing, empty,
not a PDF (sniffed, whatever the file name), too large, too many pages, encrypted, damaged.
A PDF that yields no text is not an error here: pages carry `warning`, and the caller decides.

Backends, measured on all 220 corpus PDFs (2,090 pages), CPU time on one core, layout
included (bench_notes_pdf.md):
  pypdfium2   123-147 pages/s  the default: words from PDFium's own spaces; drawing order keeps
                               stamps and clipped lines apart; bold from weight, flags and name.
                               0 run-together tokens; same words as pdfplumber on 2,074 pages,
                               and the 16 others are pdfplumber's faults or footers
  pdfplumber  4.5 pages/s      extract_words(x_tolerance=1.5); "auto" re-reads a page with it
                               only when PDFium's text has a run-together token (25+ letters)
                               and pdfplumber's has fewer; backend="pdfplumber" forces it
  tesseract   ~0.8 CPU-s/page  image-only pages: rendered at 200 dpi, up to 8 pages a process
                               (`tesseract - - --psm 6 tsv`, a multi-page TIFF on its input),
                               one thread, a timeout per page; without the binary the pages get
                               a warning that names them
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from typing import Any

from . import layout
from .errors import E, InputError
from .files import check_file, sha256_file
from .records import Document, Line, Page

__all__ = ["extract", "stream", "iter_pages", "BACKENDS"]

BACKENDS = ("auto", "pypdfium2", "pdfplumber")
MAX_MB = 200.0
MIN_TEXT_CHARS = 10  # fewer real characters than this and the page counts as having no text
RUN_TOGETHER = re.compile(r"[A-Za-z]{25,}")  # longer than any English word: spaces were lost
# 200 dpi: on 21 born-digital corpus pages of 11 bodies rendered to images, Tesseract's word
# recall against the text layer is 0.9895 at 200 dpi and 0.9873 at 300 (precision 0.9896 /
# 0.9891) for 0.92 against 1.16 CPU-s a page; on 10 real scans it reads 98 % of the 300-dpi
# words, the rest mostly stamp and logo noise either way, for 24 % less CPU (README "OCR")
OCR_DPI = 200
TURNED_SHEAR = 0.35  # glyphs whose matrix turns them more than ~20 degrees are drawn sideways
OCR_TIMEOUT_S = 60.0  # per page (a batch of n pages has n times as long)
# image-only pages read by one Tesseract process: its start-up (~0.1 CPU-s) is paid once per
# batch; 17 % less CPU per scanned page than one process per page (README "OCR")
OCR_BATCH = 8
OCR_MIN_CONF = 30.0  # below this Tesseract is reading a seal, a signature or a smudge
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.I)
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag
_SPACES = {0, 0x09, 0x0A, 0x0D, 0x20, 0xA0, 0x2002, 0x2003, 0x2009, 0x200B, 0x3000}


# ------------------------------------------------------------------------------- input checks

def _sniff(path: str, max_mb: float) -> None:
    """Raise InputError unless `path` is a readable, non-empty PDF of acceptable size."""
    check_file(path, max_mb)
    with Path(path).open("rb") as fh:
        head = fh.read(1024)
    # Some producers put junk before the header; PDF readers accept it within the first 1 KB.
    if b"%PDF-" in head:
        return
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        kind = "a Word/Office 97-2003 file"
    elif head.startswith(b"PK"):
        kind = "a Word .docx or other zip file"
    elif head.lstrip().startswith(b"<"):
        kind = "an HTML/XML page"
    elif head.startswith(b"{\\rtf"):
        kind = "an RTF document"
    elif head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        kind = "an image"
    else:
        kind = "text" if _looks_text(head) else "unknown binary data"
    raise InputError(path, E.NOT_PDF.format(kind=kind))


def _looks_text(head: bytes) -> bool:
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in head


def _open(path: str, password: str | None) -> Any:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        return pdfium.PdfDocument(path, password=password)
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == raw.FPDF_ERR_PASSWORD or "password" in str(exc).lower():
            raise InputError(path, E.ENCRYPTED) from None
        raise InputError(path, E.CORRUPT.format(detail=_detail(exc))) from None


def _detail(exc: Exception) -> str:
    m = re.search(r"PDFium: ([^)]*)", str(exc))
    return (m.group(1) if m else str(exc)).strip().rstrip(".").lower() or type(exc).__name__


# ------------------------------------------------------------------------------------ pdfium

class _Frame:
    """Maps PDF user space to page space: points from the top-left of the crop box, as shown."""

    def __init__(self, page: Any) -> None:
        self.left, self.bottom, self.right, self.top = page.get_cropbox()
        self.rot = page.get_rotation() % 360
        self.width, self.height = page.get_size()  # already swapped for 90/270

    def box(self, l: float, b: float, r: float, t: float) -> tuple[float, float, float, float]:
        """(x0, x1, top, bottom) of a user-space rectangle."""
        if self.rot == 90:
            xs, ys = (b - self.bottom, t - self.bottom), (l - self.left, r - self.left)
        elif self.rot == 180:
            xs, ys = (self.right - r, self.right - l), (b - self.bottom, t - self.bottom)
        elif self.rot == 270:
            xs, ys = (self.top - t, self.top - b), (self.right - r, self.right - l)
        else:
            xs, ys = (l - self.left, r - self.left), (self.top - t, self.top - b)
        return min(xs), max(xs), min(ys), max(ys)


def _pdfium_words(page: Any, page_no: int) -> tuple[list[Line], int]:
    """Words of a page from PDFium's text page, and the count of real characters.

    Word breaks are PDFium's own (it inserts spaces from glyph gaps and drops overprinted
    duplicate glyphs), plus any backward jump or wide gap it missed. Size and bold are read
    from each word's first glyph: one call per word, not per character, keeps this fast.
    """
    import pypdfium2.raw as raw

    frame = _Frame(page)
    tp = page.get_textpage()
    try:
        h = tp.raw
        n = raw.FPDFText_CountChars(h)
        rect = raw.FS_RECTF()
        matrix = raw.FS_MATRIX()
        namebuf = ctypes.create_string_buffer(128)
        flags = ctypes.c_int(0)
        words: list[Line] = []
        chars: list[str] = []
        box = [0.0, 0.0, 0.0, 0.0]  # l, r, bottom, top (user space)
        size = 0.0
        bold = False
        real = 0
        turned = False  # the word's glyphs are drawn turned (a table printed sideways)
        sideways: set[int] = set()  # ids of the turned words

        def flush(spaced: bool = False) -> None:
            if chars:
                x0, x1, top, bottom = frame.box(box[0], box[2], box[1], box[3])
                # A trailing space records a real word break (see layout._join).
                text = "".join(chars) + (" " if spaced else "")
                words.append(Line(text, page_no, x0, x1, top, bottom, size, bold))
                if turned:
                    sideways.add(id(words[-1]))
                chars.clear()

        for i in range(n):
            u = raw.FPDFText_GetUnicode(h, i)
            if u in _SPACES:
                flush(spaced=True)
                continue
            raw.FPDFText_GetLooseCharBox(h, i, rect)
            l, r, t, b = rect.left, rect.right, rect.top, rect.bottom
            if chars:
                em = size or 10.0
                if (l < box[0] - 0.5 or l - box[1] > 0.3 * em
                        or min(t, box[3]) - max(b, box[2]) < 0.3 * (t - b)):
                    flush()
            if not chars:
                box[:] = [l, r, b, t]
                # The nominal size ignores the text matrix (some writers set 240 pt scaled by
                # 0.05), so scale it, as pdfminer does: spacing decisions are made in ems.
                raw.FPDFPageObj_GetMatrix(raw.FPDFText_GetTextObject(h, i), matrix)
                scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5 or 1.0
                size = round(raw.FPDFText_GetFontSize(h, i) * scale, 1)
                turned = abs(matrix.b) + abs(matrix.c) > TURNED_SHEAR * (abs(matrix.a) + abs(matrix.d))
                weight = raw.FPDFText_GetFontWeight(h, i)
                raw.FPDFText_GetFontInfo(h, i, namebuf, 128, ctypes.byref(flags))
                bold = (weight >= 600 or bool(_BOLD_NAME.search(namebuf.value.decode("latin-1")))
                        or bool(flags.value & _FORCE_BOLD))
            else:
                box[0], box[1] = min(box[0], l), max(box[1], r)
                box[2], box[3] = min(box[2], b), max(box[3], t)
            # PDFium reports a hyphen at a line end as U+0002; soft hyphens are hyphens too.
            chars.append("-" if u in (0x02, 0xAD) else chr(u))
            real += 1
        flush()
        # Text turned on a page of upright text (a table printed sideways) comes out one glyph
        # a word, in no reading order: it is left out of the text flow rather than read as
        # letters ("% % 4 1 1 4 Q"). A page whose text is mostly turned (its glyphs) keeps it all.
        if sideways:
            turned_chars = sum(len(w.text.strip()) for w in words if id(w) in sideways)
            if 2 * turned_chars < sum(len(w.text.strip()) for w in words):
                words = [w for w in words if id(w) not in sideways]
        return layout.join_runs(words), real
    finally:
        tp.close()


def _has_image(page: Any) -> bool:
    import pypdfium2.raw as raw

    for _ in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
        return True
    return False


# -------------------------------------------------------------------------------- pdfplumber

def _plumber_words(pl_page: Any, page_no: int) -> list[Line]:
    """Words from pdfplumber with a 1.5 pt x tolerance (3 runs words together in some files)."""
    words = pl_page.dedupe_chars().extract_words(
        x_tolerance=1.5, keep_blank_chars=False, extra_attrs=["size", "fontname"])
    x_off, y_off = pl_page.bbox[0], pl_page.bbox[1]
    return [Line(w["text"], page_no, w["x0"] - x_off, w["x1"] - x_off, w["top"] - y_off,
                 w["bottom"] - y_off, round(w["size"], 1), bool(_BOLD_NAME.search(w["fontname"])))
            for w in words]


class _Plumber:
    """pdfplumber opened on first use and closed with the stream (it is slow to open)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.pdf: Any = None

    def words(self, page_no: int) -> list[Line]:
        if self.pdf is None:
            import pdfplumber

            self.pdf = pdfplumber.open(self.path)
        pl_page = self.pdf.pages[page_no - 1]
        try:
            return _plumber_words(pl_page, page_no)
        finally:
            pl_page.close()  # drop its cached objects: memory stays flat over long files

    def close(self) -> None:
        if self.pdf is not None:
            self.pdf.close()


def _run_together(words: list[Line]) -> int:
    return sum(1 for w in words if RUN_TOGETHER.search(w.text))


# ------------------------------------------------------------------------------------- OCR

def _render(page: Any) -> Any:
    """The page as a greyscale PIL image at OCR_DPI (a copy: the PDFium bitmap is freed)."""
    bitmap = page.render(scale=OCR_DPI / 72, grayscale=True)
    try:
        return bitmap.to_pil().copy()
    finally:
        bitmap.close()


def _tesseract(images: list[Any], page_nos: list[int], timeout: float) -> list[list[Line]]:
    """Words of each image, read by one Tesseract process: the images go in as one multi-page
    TIFF, so its start-up and model load (~0.1 CPU-s) are paid once per batch, not per page.

    Raises subprocess.TimeoutExpired past `timeout` per image, CalledProcessError if Tesseract
    fails.
    """
    scale = OCR_DPI / 72
    buf = BytesIO()
    if len(images) == 1:
        images[0].save(buf, format="PPM")  # uncompressed: cheaper than PNG for a pipe
    else:
        images[0].save(buf, format="TIFF", save_all=True, append_images=images[1:])
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one core per file; files run in parallel
    res = subprocess.run(["tesseract", "-", "-", "--psm", "6", "tsv"], input=buf.getvalue(),
                         capture_output=True, timeout=timeout * len(images), env=env, check=True)
    rows = [r.split("\t") for r in res.stdout.decode("utf-8", "replace").splitlines()[1:]]
    line_h: dict[tuple[str, ...], float] = {}
    words: list[list[Line]] = [[] for _ in images]
    for r in rows:
        if len(r) < 12 or not r[1].isdigit() or not 1 <= int(r[1]) <= len(images):
            continue
        left, top, w, h = (float(v) / scale for v in r[6:10])
        if r[0] == "4":  # a text line: its height gives the font size
            line_h[tuple(r[1:5])] = h
        elif r[0] == "5" and r[11].strip() and float(r[10]) >= OCR_MIN_CONF:
            # A line box spans ascender to descender, about 0.85 em: size is approximate.
            size = round(line_h.get(tuple(r[1:5]), h) / 0.85, 1)
            k = int(r[1]) - 1
            words[k].append(Line(r[11].strip(), page_nos[k], left, left + w, top, top + h, size))
    return words


def _ocr_batch(images: list[Any], page_nos: list[int],
               timeout: float) -> list[tuple[list[Line], str]]:
    """(words, warning) per image-only page: one Tesseract process for the batch; when it fails
    or runs out of time, each page again on its own, so one bad page costs only itself."""
    try:
        return [(w, "") for w in _tesseract(images, page_nos, timeout)]
    except (subprocess.TimeoutExpired, subprocess.CalledProcessError, OSError):
        if len(images) == 1:
            raise
    out: list[tuple[list[Line], str]] = []
    for img, no in zip(images, page_nos):
        try:
            out.append((_tesseract([img], [no], timeout)[0], ""))
        except subprocess.TimeoutExpired:
            out.append(([], f"image-only page; OCR stopped after {timeout:.0f} s"))
        except (subprocess.CalledProcessError, OSError) as exc:
            out.append(([], f"image-only page; OCR failed ({type(exc).__name__})"))
    return out


def _ocr_words(page: Any, page_no: int, timeout: float) -> list[Line]:
    """Words of one image-only page read by Tesseract (raises as `_tesseract`)."""
    return _tesseract([_render(page)], [page_no], timeout)[0]


def _ranges(nums: list[int]) -> str:
    out: list[str] = []
    for n in nums:
        if out and n == int(out[-1].split("-")[-1]) + 1:
            out[-1] = f"{out[-1].split('-')[0]}-{n}"
        else:
            out.append(str(n))
    return ", ".join(out)


# --------------------------------------------------------------------------------- the stage

def stream(path: str, *, max_pages: int = 2000, ocr: bool = True, backend: str = "auto",
           max_mb: float = MAX_MB, password: str | None = None, raw: bool = False,
           ocr_timeout: float = OCR_TIMEOUT_S) -> tuple[Document, Iterator[Page]]:
    """Check and open `path`; return its Document and a generator of its Pages.

    Input errors are raised here, before any page is read. `raw=True` skips the layout steps
    (pages then hold row segments, headers and page numbers included). `ocr=False` never runs
    Tesseract. The generator closes the file when exhausted or closed.
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {BACKENDS}, not {backend!r}")
    path = str(path)
    _sniff(path, max_mb)
    pdf = _open(path, password)
    try:
        count = len(pdf)
    except Exception as exc:  # PDFium reads the page tree lazily; a broken one fails here
        pdf.close()
        raise InputError(path, E.CORRUPT.format(detail=_detail(exc))) from None
    if count > max_pages:
        pdf.close()
        raise InputError(path, E.TOO_MANY_PAGES.format(pages=count, limit=max_pages))
    if count == 0:
        pdf.close()
        raise InputError(path, E.CORRUPT.format(detail="no pages"))
    doc = Document(path=path, sha256=sha256_file(path), pages=count, kind="born-digital",
                   backend="pdfplumber" if backend == "pdfplumber" else "pypdfium2")
    pages = _pages(pdf, doc, backend=backend, ocr=ocr, ocr_timeout=ocr_timeout)
    return doc, (pages if raw else layout.clean(pages))


def _pages(pdf: Any, doc: Document, *, backend: str, ocr: bool,
           ocr_timeout: float) -> Iterator[Page]:
    """Pages of row segments, one at a time; fills in doc.kind/backend/warnings at the end."""
    plumber = _Plumber(doc.path)
    can_ocr = ocr and shutil.which("tesseract") is not None
    text_pages: list[int] = []
    image_pages: list[int] = []
    unread: list[int] = []
    used = {doc.backend}
    # Image-only pages wait, with the pages after them, until OCR_BATCH pages are held (or the
    # file ends): their Tesseract process reads them together, then they go out in order.
    held: list[tuple[Page, list[Line] | None]] = []  # None: lines come from OCR
    scans: list[tuple[Page, Any]] = []  # held image-only pages and their renderings

    def release() -> Iterator[Page]:
        if scans:
            read = _ocr_batch([img for _, img in scans], [pg.number for pg, _ in scans],
                              ocr_timeout)
            for (pg, _), (words, warning) in zip(scans, read):
                pg.ocr, pg.warning, pg.lines = not warning, warning, layout.words_to_lines(words)
                used.update(("tesseract",) if not warning else ())
                if not words:
                    unread.append(pg.number)
            scans.clear()
        for pg, words in held:
            if words is not None:
                pg.lines = layout.words_to_lines(words)
            yield pg
        held.clear()

    try:
        for i in range(doc.pages):
            no = i + 1
            try:
                page = pdf[i]
            except Exception as exc:
                detail = _detail(exc)
                raise InputError(doc.path, E.CORRUPT.format(detail=detail), page=no) from None
            try:
                frame = _Frame(page)
                out = Page(no, round(frame.width, 2), round(frame.height, 2))
                words, real = _pdfium_words(page, no)
                if real >= MIN_TEXT_CHARS:
                    text_pages.append(no)
                    bad = _run_together(words) if backend == "auto" else 0
                    if backend == "pdfplumber" or bad:
                        alt = plumber.words(no)
                        if backend == "pdfplumber" or _run_together(
                                layout.words_to_lines(alt)) < bad:
                            words = alt
                            used.add("pdfplumber")
                elif _has_image(page):
                    image_pages.append(no)
                    words = []
                    if can_ocr:
                        scans.append((out, _render(page)))
                        words = None
                    else:
                        out.warning = ("image-only page; OCR is off" if not ocr else
                                       "image-only page; install tesseract-ocr to read it")
                        unread.append(no)
            finally:
                page.close()
            held.append((out, words))
            if not scans or len(held) >= OCR_BATCH:
                yield from release()
        yield from release()
    finally:
        plumber.close()
        pdf.close()
        doc.kind = ("born-digital" if not image_pages else
                    "scanned" if not text_pages else "mixed")
        doc.backend = "+".join(b for b in ("pypdfium2", "pdfplumber", "tesseract") if b in used)
        if not text_pages and not image_pages:
            doc.warnings.append("no text or image on any page: the pages are blank")
        if unread:
            what = "are images" if len(unread) > 1 else "is an image"
            fix = ("OCR is off" if not ocr else "install tesseract-ocr to read them"
                   if not can_ocr else "OCR could not read them")
            doc.warnings.append(f"pages {_ranges(unread)} {what}; {fix}" if len(unread) > 1
                                else f"page {unread[0]} {what}; {fix}")


def iter_pages(path: str, **kwargs: Any) -> Iterator[Page]:
    """The Pages of `path` one at a time (see `stream` for the keyword arguments)."""
    return stream(path, **kwargs)[1]


def extract(path: str, *, max_pages: int = 2000, ocr: bool = True,
            **kwargs: Any) -> tuple[Document, list[Page]]:
    """All Pages of `path` in reading order, with its finished Document (see `stream`)."""
    doc, pages = stream(path, max_pages=max_pages, ocr=ocr, **kwargs)
    return doc, list(pages)
