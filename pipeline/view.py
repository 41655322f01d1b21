"""Helpers for showing minutes safely: text escaped, PDF pages rendered. No streamlit here."""
from __future__ import annotations

import re
from io import BytesIO

__all__ = ["escape_markdown", "render_page_png", "TYPE_COLOURS"]

TYPE_COLOURS = {
    "proposal": "blue", "argument_for": "green", "objection": "red", "question": "orange",
    "decision": "violet", "action": "gray", "information": "gray",
}

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def escape_markdown(text: str) -> str:
    """Text that Markdown (and HTML) will show literally: every special character escaped."""
    text = text.replace("\r", " ").replace("\n", " ")
    return _MD_SPECIAL.sub(r"\\\1", text)


def render_page_png(pdf_path: str, page: int, scale: float = 1.4,
                    highlight: str | None = None) -> bytes:
    """PNG of one PDF page (1-based), with `highlight` text boxed where found on it."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_path)
    try:
        pg = doc[page - 1]
        image = pg.render(scale=scale).to_pil()
        if highlight:
            boxes = _find_boxes(pg, highlight)
            if boxes:
                from PIL import ImageDraw
                draw = ImageDraw.Draw(image)
                height = pg.get_height()
                for (x0, y0, x1, y1) in boxes:
                    draw.rectangle([x0 * scale - 2, (height - y1) * scale - 2,
                                    x1 * scale + 2, (height - y0) * scale + 2],
                                   outline=(220, 30, 30), width=3)
        buf = BytesIO()
        image.save(buf, format="PNG")
        return buf.getvalue()
    finally:
        doc.close()


def _find_boxes(page, quote: str) -> list[tuple[float, float, float, float]]:
    """Boxes of the first words of `quote` on the page (pdfium text search)."""
    textpage = page.get_textpage()
    words = quote.split()
    probe = " ".join(words[:6]) if len(words) > 6 else quote
    boxes = []
    try:
        searcher = textpage.search(probe, match_case=False, match_whole_word=False)
        hit = searcher.get_next()
        if hit:
            start, count = hit
            for i in range(textpage.count_rects(start, count)):
                boxes.append(textpage.get_rect(i))
    except Exception:  # text search is a nicety; the page still shows
        return []
    return boxes
