"""What the probe rounds' and stories' render scripts share: the Doc layout helper of the first
round (pdf_layouts/render.py) and its image-only copy of a PDF (scanned), the eighth round's ruled
tables (RuledDoc), its two columns (ColumnDoc) under a masthead (TwoColumnDoc) and a scan made
from a drawn PDF by its noisy_scan, an item's numbered heading (numbered_heads), and the
typesetting of the stories' minutes written in a small markup (typeset, typeset_flush).

A render.py is run as a script (`python tests/scenarios/roundN/render.py`), so it puts this
folder on sys.path and imports from here. The first and eighth rounds' scripts, which these
helpers come from, do not import it.
"""
from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Callable
from pathlib import Path

SCENARIOS = Path(__file__).resolve().parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_round1 = _load("_round1", SCENARIOS / "pdf_layouts" / "render.py")
Doc = _round1.Doc
scanned = _round1.scanned  # a PDF rasterised and wrapped as images (the first round's scan)
_round8 = _load("_round8", SCENARIOS / "round8" / "render.py")
noisy_scan = _round8.noisy_scan
RuledDoc = _round8.RuledDoc  # Doc with ruled tables (the eighth round's library board)


class TwoColumnDoc(_round8.ColumnDoc):
    """The eighth round's ColumnDoc on a page whose first lines (a masthead) span both columns:
    the text flows down two columns from `columns()` on, and from the top of each new page."""

    def __init__(self, *a, gutter: float = 24.0, **kw):
        super().__init__(*a, gutter=gutter, **kw)
        self.col, self.left, self.right = -1, self.full_left, self.full_right

    def columns(self) -> None:
        """End the full-width masthead: the text from here on flows in two columns."""
        self.col, self.top_y = 0, self.y
        self._set_col()

    def _need(self, height: float) -> None:
        if self.y - height < self.bottom:
            if self.col == 0:
                self.col, self.y = 1, self.top_y
            else:
                self.col = 0
                self.pages.append([])
                self.y = self.top_y = self.h - self.top
            self._set_col()

    def page(self) -> None:
        super().page()
        self.col, self.top_y = 0, self.y
        self._set_col()


def numbered_heads(d, *, size: float, gap: float, sep: str = "  ", space: float = 3.0,
                   indent: float = 0.0, in_margin: bool = False) -> Callable[[str, str], None]:
    """The `head(num, title)` a script draws an item's heading with in `d`: bold, `space` points
    below the text above it, the number before the title (`sep` between them) or, `in_margin`,
    in the left margin of its first line; the title indented by `indent`."""
    def head(num: str, title: str) -> None:
        d.space(space)
        if in_margin:
            d.para(title, bold=True, size=size, indent=indent, gap=gap, first=num)
        else:
            d.para(f"{num}{sep}{title}", bold=True, size=size, indent=indent, gap=gap)
    return head


def draw_scanned(draw: Callable[[Path], None], printed_name: str, out: Path) -> None:
    """Draw a document with `draw` into a temporary PDF named `printed_name`, then write its
    printed-and-scanned look to `out`."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / printed_name
        draw(src)
        noisy_scan(src, out)


def typeset(d, text: str, *, indent: float, flush: tuple[str, ...] = (), margin_words: int = 1,
            bold: tuple[str, ...] = ()) -> None:
    """Typeset a story's minutes in `d`: "--" a page break; "## 4.2 Title" a bold heading with
    its first `margin_words` words ("4.2") in the left margin and the title indented; "# 5. TITLE"
    a bold section heading at the margin; lines starting with one of `flush` (attendance lists)
    at the margin; lines starting with one of `bold` bold; other lines paragraphs indented under
    the heading."""
    for line in text.splitlines():
        if line == "--":
            d.page()
        elif line.startswith("## "):
            parts = line[3:].split(" ", margin_words)
            d.para(parts[-1], bold=True, indent=indent, gap=4, first=" ".join(parts[:-1]))
        elif line.startswith("# "):
            d.para(line[2:], bold=True, gap=4)
        elif line.startswith(flush):
            d.para(line, gap=4)
        elif line.startswith(bold):
            d.para(line, bold=True, indent=indent)
        elif line.strip():
            d.para(line, indent=indent)


def typeset_flush(d, text: str, *, title: str, title_size: float) -> None:
    """Typeset minutes whose headings stand at the margin: "--" a page break; "## …" a bold
    heading (at `title_size` when it contains `title`, the body's name); ">> …" a paragraph
    indented under the one above; other lines paragraphs at the margin."""
    for line in text.splitlines():
        if line == "--":
            d.page()
        elif line.startswith("## "):
            d.para(line[3:], bold=True, size=title_size if title in line else 10.5, gap=4)
        elif line.startswith(">> "):
            d.para(line[3:], indent=28, gap=3)
        elif line.strip():
            d.para(line)
