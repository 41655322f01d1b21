#!/usr/bin/env python3
"""Render the sample committee minutes in samples/src/*.md to PDF.

Usage (from the repository root):

    .venv/bin/python samples/render.py            # render every samples/src/*.md
    .venv/bin/python samples/render.py FILE.md    # render only the given source(s)

Each source file becomes samples/pdf/<scenario>/<date>_<body-slug>.pdf, laid out
like ordinary UK/US committee minutes: organisation/body heading, a
"Minutes of the meeting held on ..." line, attendance blocks, numbered items
with the text in a left column and an "Action" column on the right holding the
owner's initials beside the line they belong to, and a running footer with
"Page N of M" on every page. Output is deterministic (reportlab invariant mode),
so re-rendering an unchanged source gives a byte-identical PDF.

Source format (deliberately small)
----------------------------------
A front-matter block between two lines of three dashes, ``key: value`` per line:

    ---
    scenario: seed_crisis_review            # output sub-folder (required)
    body: Mid Shire Health and Wellbeing Partnership Group   # (required)
    date: 2018-09-19                        # ISO date (required)
    time: 2.00pm                            # used in the generated heading
    venue: the Riverside Centre, Quay Street, Midford
    org: HARBOURSIDE TOWN COUNCIL           # optional line printed above body
    full_name: Harbourside Town Council Planning and Transport Committee
                                            # optional: used for the file name and PDF
                                            # title instead of body
    heading: Minutes of ...                 # optional: replaces generated heading
    footer: Mid Shire HWB Partnership Group – Minutes {dmy}
                                            # {dmy} -> 19.09.18; "Page N of M" is appended
    footer_style: centre | split            # split = text left, page number right
    font: Helvetica | Times                 # base font family (default Helvetica)
    closing: The meeting closed at 4.10pm.  # optional line after the last item
    signature: yes                          # optional "Signed ... Chair  Date ..." block
    ---

Then, in order:

* Attendance blocks: a line ``[Label]`` (e.g. ``[Present]``, ``[Apologies]``,
  ``[In attendance]``) followed by one line per entry. ``Name (XX) | role`` puts
  the name and the role in two columns; a line without ``|`` is printed as is.
* Items: ``# <number> <title>``, e.g. ``# 4. Review of support for people in
  crisis`` or ``# 21/15 Residents' parking scheme``. The number is the first
  whitespace-separated token.
* Inside an item: paragraphs separated by blank lines (lines of one paragraph
  are joined with spaces). ``## Text`` is a bold sub-heading. A paragraph that
  starts with ``- `` is a bullet. ``**text**`` is bold.
* A paragraph ending in ``{XX}`` (or ``{XX/YY}``, ``{Clerk}``) carries an action: the
  initials are removed from the text and printed in the Action column, on the
  same baseline as the paragraph's last line.

Lines starting with ``%`` anywhere are comments and are ignored.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as _canvas

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"
OUT = HERE / "pdf"

PAGE_W, PAGE_H = A4
LEFT = 62.0            # item number column
TEXT_X = 96.0          # text column
TEXT_RIGHT = 468.0     # text wraps before this x
ACTION_X = 492.0       # action column
RIGHT = 540.0
TOP = PAGE_H - 60.0
BOTTOM = 78.0          # lowest baseline for body text
FOOTER_Y = 40.0
KEEP_TOGETHER = 6    # paragraphs of up to this many lines never split across pages

FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
}


# --------------------------------------------------------------------------- parsing

@dataclass
class Para:
    text: str
    kind: str = "para"          # para | sub | bullet
    action: str | None = None


@dataclass
class Item:
    number: str
    title: str
    paras: list[Para] = field(default_factory=list)


@dataclass
class Meeting:
    meta: dict
    blocks: list[tuple[str, list[str]]]
    items: list[Item]
    source: Path

    @property
    def date(self) -> _dt.date:
        return _dt.date.fromisoformat(self.meta["date"])


ACTION_RE = re.compile(r"\s*\{([A-Z][A-Za-z]{0,5}(?:\s*/\s*[A-Z][A-Za-z]{0,5})*)\}\s*$")


def parse(path: Path) -> Meeting:
    lines = [l.rstrip("\n") for l in path.read_text(encoding="utf-8").splitlines()]
    lines = [l for l in lines if not l.startswith("%")]
    if not lines or lines[0].strip() != "---":
        raise ValueError(f"{path}: missing front matter")
    end = lines.index("---", 1)
    meta = {}
    for l in lines[1:end]:
        if l.strip():
            k, _, v = l.partition(":")
            meta[k.strip()] = v.strip()
    for k in ("scenario", "body", "date"):
        if k not in meta:
            raise ValueError(f"{path}: front matter needs {k!r}")

    blocks: list[tuple[str, list[str]]] = []
    items: list[Item] = []
    buf: list[str] = []

    def flush():
        if not buf:
            return
        text = " ".join(s.strip() for s in buf)
        buf.clear()
        if not items:
            raise ValueError(f"{path}: text before first item: {text[:60]!r}")
        kind = "para"
        if text.startswith("- "):
            kind, text = "bullet", text[2:]
        action = None
        m = ACTION_RE.search(text)
        if m:
            action = re.sub(r"\s+", "", m.group(1))
            text = text[: m.start()]
        items[-1].paras.append(Para(text, kind, action))

    for l in lines[end + 1:]:
        s = l.strip()
        if not items and s.startswith("[") and s.endswith("]"):
            blocks.append((s[1:-1], []))
        elif s.startswith("# "):
            flush()
            num, _, title = s[2:].strip().partition(" ")
            items.append(Item(num, title.strip()))
        elif s.startswith("## "):
            flush()
            items[-1].paras.append(Para(s[3:].strip(), "sub"))
        elif not s:
            flush()
        elif not items:
            if not blocks:
                raise ValueError(f"{path}: text before first [block]: {s!r}")
            blocks[-1][1].append(s)
        else:
            if s.startswith("- ") and buf:
                flush()
            buf.append(s)
    flush()
    return Meeting(meta, blocks, items, path)


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def out_path(m: Meeting) -> Path:
    full = m.meta.get("full_name", m.meta["body"])
    return OUT / m.meta["scenario"] / f"{m.meta['date']}_{slug(full)}.pdf"


def ordinal_free_date(d: _dt.date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B %Y')}"


# --------------------------------------------------------------------------- layout

def _runs(text: str, bold_default: bool) -> list[tuple[str, bool]]:
    """Split '**bold**' markup into (word, bold) tokens."""
    toks: list[tuple[str, bool]] = []
    bold = bold_default
    for i, chunk in enumerate(text.split("**")):
        b = bold_default if i % 2 == 0 else (not bold_default)
        for w in chunk.split():
            toks.append((w, b))
    return toks


class Writer:
    """Lays out lines top-to-bottom; draws only when `draw` is true."""

    def __init__(self, c: _canvas.Canvas, m: Meeting, total: int | None, draw: bool):
        self.c, self.m, self.total, self.draw = c, m, total, draw
        fam = m.meta.get("font", "Helvetica")
        self.reg, self.bold = FONTS[fam]
        self.size = 10.5 if fam == "Helvetica" else 11.5
        self.lead = self.size * 1.38
        self.page = 1
        self.y = TOP
        self.items_started = False

    # -- page furniture
    def footer(self):
        if not self.draw:
            return
        c, m = self.c, self.m
        d = m.date
        text = m.meta.get("footer", m.meta["body"] + " – Minutes {dmy}")
        text = text.replace("{dmy}", d.strftime("%d.%m.%y"))
        page = f"Page {self.page} of {self.total}"
        c.setFont(self.reg, 8.5)
        c.setLineWidth(0.4)
        c.line(LEFT, FOOTER_Y + 12, RIGHT, FOOTER_Y + 12)
        if m.meta.get("footer_style", "centre") == "split":
            c.drawString(LEFT, FOOTER_Y, text)
            c.drawRightString(RIGHT, FOOTER_Y, page)
        else:
            c.drawCentredString(PAGE_W / 2, FOOTER_Y, f"{text}   {page}")

    def action_header(self):
        if self.draw:
            self.c.setFont(self.bold, self.size)
            self.c.drawString(ACTION_X, self.y, "Action")
        self.y -= self.lead * 1.2

    def new_page(self):
        self.footer()
        if self.draw:
            self.c.showPage()
        self.page += 1
        self.y = TOP
        if self.items_started:
            self.action_header()

    def ensure(self, n_lines: float):
        if self.y - (n_lines - 1) * self.lead < BOTTOM:
            self.new_page()

    # -- primitives
    def wrap(self, toks: list[tuple[str, bool]], width: float, size: float):
        lines, cur, cur_w = [], [], 0.0
        sp = stringWidth(" ", self.reg, size)
        for w, b in toks:
            ww = stringWidth(w, self.bold if b else self.reg, size)
            add = ww if not cur else cur_w + sp + ww
            if cur and add > width:
                lines.append(cur)
                cur, cur_w = [(w, b)], ww
            else:
                cur.append((w, b))
                cur_w = add
        if cur:
            lines.append(cur)
        return lines

    def draw_line(self, x: float, line, size: float):
        if not self.draw:
            return
        t = self.c.beginText(x, self.y)
        # group consecutive words of the same weight so the PDF holds real spaces
        groups: list[tuple[bool, list[str]]] = []
        for w, b in line:
            if groups and groups[-1][0] == b:
                groups[-1][1].append(w)
            else:
                groups.append((b, [w]))
        for gi, (b, words) in enumerate(groups):
            t.setFont(self.bold if b else self.reg, size)
            s = " ".join(words)
            if gi < len(groups) - 1:
                s += " "
            t.textOut(s)
        self.c.drawText(t)

    def text_block(self, text: str, x: float, right: float, bold=False, size=None,
                   action: str | None = None, gap_after: float = 0.55, keep: int = 1):
        size = size or self.size
        lines = self.wrap(_runs(text, bold), right - x, size)
        n = len(lines)
        # short paragraphs are kept on one page; longer ones may split, but
        # never leaving fewer than two lines at the foot or head of a page
        self.ensure(n if n <= KEEP_TOGETHER else max(keep, 2))
        fit = int((self.y - BOTTOM) // self.lead) + 1
        brk = fit if (n > KEEP_TOGETHER and fit < n) else None
        if brk is not None and n - brk < 2:
            brk = n - 2
        for i, line in enumerate(lines):
            if i == brk:
                self.new_page()
            self.draw_line(x, line, size)
            if action and i == len(lines) - 1 and self.draw:
                self.c.setFont(self.bold, size)
                self.c.drawString(ACTION_X, self.y, action)
            self.y -= self.lead
        self.y -= self.lead * gap_after

    # -- document parts
    def header(self):
        m, c = self.m, self.c
        if m.meta.get("org"):
            if self.draw:
                c.setFont(self.bold, self.size + 1.5)
                c.drawCentredString(PAGE_W / 2, self.y, m.meta["org"])
            self.y -= self.lead * 1.3
        body_lines = self.wrap(_runs(m.meta["body"], True), RIGHT - LEFT, self.size + 3)
        for line in body_lines:
            if self.draw:
                c.setFont(self.bold, self.size + 3)
                c.drawCentredString(PAGE_W / 2, self.y, " ".join(w for w, _ in line))
            self.y -= self.lead * 1.3
        heading = m.meta.get("heading")
        if not heading:
            heading = f"Minutes of the meeting held on {ordinal_free_date(m.date)}"
            if m.meta.get("time"):
                heading += f" at {m.meta['time']}"
            if m.meta.get("venue"):
                heading += f", {m.meta['venue']}"
        self.y -= self.lead * 0.2
        for line in self.wrap(_runs(heading, False), RIGHT - LEFT - 40, self.size):
            if self.draw:
                c.setFont(self.reg, self.size)
                c.drawCentredString(PAGE_W / 2, self.y, " ".join(w for w, _ in line))
            self.y -= self.lead
        self.y -= self.lead * 0.8

    def attendance(self):
        label_w = max([96.0] + [stringWidth(l + ":", self.bold, self.size) + 14
                                for l, _ in self.m.blocks])
        name_x = LEFT + label_w
        role_x = name_x + 168.0
        for label, entries in self.m.blocks:
            self.ensure(2)
            if self.draw:
                self.c.setFont(self.bold, self.size)
                self.c.drawString(LEFT, self.y, label + ":")
            first = True
            if not entries:
                self.y -= self.lead
            for e in entries:
                if not first:
                    self.ensure(1)
                first = False
                if "|" in e:
                    name, role = (s.strip() for s in e.split("|", 1))
                    if self.draw:
                        self.c.setFont(self.reg, self.size)
                        self.c.drawString(name_x, self.y, name)
                    if not role:
                        self.y -= self.lead
                    for i, line in enumerate(self.wrap(_runs(role, False), RIGHT - role_x, self.size)):
                        if i:
                            self.ensure(1)
                        self.draw_line(role_x, line, self.size)
                        self.y -= self.lead
                else:
                    for i, line in enumerate(self.wrap(_runs(e, False), RIGHT - name_x, self.size)):
                        if i:
                            self.ensure(1)
                        self.draw_line(name_x, line, self.size)
                        self.y -= self.lead
            self.y -= self.lead * 0.6
        if self.draw:
            self.c.setLineWidth(0.6)
            self.c.line(LEFT, self.y + self.lead * 0.4, RIGHT, self.y + self.lead * 0.4)
        self.y -= self.lead * 0.6

    def items(self):
        self.items_started = True
        self.ensure(4)
        self.action_header()
        for it in self.m.items:
            # keep the heading with (the start of) its first paragraph
            need = 4
            if it.paras and it.paras[0].kind != "sub":
                n = len(self.wrap(_runs(it.paras[0].text, False), TEXT_RIGHT - TEXT_X, self.size))
                need = 2 + (n if n <= KEEP_TOGETHER else 2)
            self.ensure(need)
            if self.draw:
                self.c.setFont(self.bold, self.size)
                self.c.drawString(LEFT, self.y, it.number)
            self.text_block(it.title, TEXT_X, TEXT_RIGHT, bold=True, gap_after=0.45, keep=1)
            for k, p in enumerate(it.paras):
                if p.kind == "sub":
                    nxt = it.paras[k + 1] if k + 1 < len(it.paras) else None
                    need = 3
                    if nxt is not None and nxt.kind != "sub":
                        n = len(self.wrap(_runs(nxt.text, False), TEXT_RIGHT - TEXT_X, self.size))
                        need = 1.3 + (n if n <= KEEP_TOGETHER else 2)
                    self.ensure(need)
                    self.text_block(p.text, TEXT_X, TEXT_RIGHT, bold=True, gap_after=0.3)
                elif p.kind == "bullet":
                    self.ensure(1)
                    if self.draw:
                        self.c.setFont(self.reg, self.size)
                        self.c.drawString(TEXT_X + 4, self.y, "\u2022")
                    self.text_block(p.text, TEXT_X + 16, TEXT_RIGHT, action=p.action, gap_after=0.35)
                else:
                    self.text_block(p.text, TEXT_X, TEXT_RIGHT, action=p.action, keep=2)
            self.y -= self.lead * 0.35

    def closing(self):
        m = self.m
        sign = m.meta.get("signature", "").lower() in ("yes", "true", "1")
        if sign:
            self.ensure(6)   # keep the closing line with the signature block
        if m.meta.get("closing"):
            self.y -= self.lead * 0.3
            self.text_block(m.meta["closing"], LEFT, TEXT_RIGHT)
        if sign:
            self.ensure(3)
            self.y -= self.lead
            if self.draw:
                self.c.setFont(self.reg, self.size)
                self.c.drawString(LEFT, self.y, "Signed: ........................................ (Chair)")
                self.c.drawString(LEFT + 300, self.y, "Date: ......................")
            self.y -= self.lead

    def run(self) -> int:
        self.header()
        self.attendance()
        self.items()
        self.closing()
        self.footer()
        if self.draw:
            self.c.showPage()
        return self.page


def render(m: Meeting) -> tuple[Path, int]:
    import io
    dry = _canvas.Canvas(io.BytesIO(), pagesize=A4, invariant=1)
    pages = Writer(dry, m, None, draw=False).run()
    path = out_path(m)
    path.parent.mkdir(parents=True, exist_ok=True)
    c = _canvas.Canvas(str(path), pagesize=A4, invariant=1, pageCompression=0)
    c.setTitle(f"{m.meta.get('full_name', m.meta['body'])} – Minutes {m.date.isoformat()}")
    c.setAuthor(m.meta.get("author", m.meta.get("org", m.meta["body"])))
    c.setCreator("Committee Memory sample renderer (samples/render.py)")
    n = Writer(c, m, pages, draw=True).run()
    assert n == pages, (n, pages)
    c.save()
    return path, pages


def main(argv: list[str]) -> int:
    srcs = [Path(a) for a in argv] or sorted(SRC.glob("*.md"))
    for s in srcs:
        m = parse(s)
        path, pages = render(m)
        warn = "  WARNING: fewer than 2 pages" if pages < 2 else ""
        print(f"{s.relative_to(HERE) if s.is_absolute() else s} -> {path.relative_to(HERE)} ({pages} pages){warn}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
