"""Property-based tests: arbitrary text never makes a text stage raise.

Stages under test: every public function of pipeline.layout, pipeline.segment.segment on Pages
built from arbitrary lines, pipeline.classify.classify_meetings, pipeline.textsrc.read_text on
arbitrary bytes (which may raise InputError, the documented bad-input error, and nothing else).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import layout
from pipeline.errors import InputError
from pipeline.records import Document, Line, Page

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Text with the characters minutes make hard: digits, punctuation, dates, marks, RTL, zero-width,
# ligatures, surrogate-free astral characters, control characters and minutes-like words.
ODD = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069\ufeff" \
      "\u00ad\ufb01\ufb02\ufb03\u00a0\u2028\u2029\u0301\u05d0\u0627\uff21\u00bd\u2122\x0c\t"
WORDS = ["MINUTES", "OF", "THE", "MEETING", "Present:", "Apologies:", "RESOLVED", "that", "1.",
         "2.1", "Item", "Council", "14", "March", "2023", "Cllr", "AS", "Action", "Page", "-",
         "agreed", "carried", "5-2", "Chair", "(Chair)", "Minutes", "of", "Board", "Meeting",
         "January", "12/03/2023", "objection", "concerns", "Ayes:", "Noes:"]
text = st.one_of(
    st.text(max_size=120),
    st.text(alphabet=st.sampled_from(list(ODD) + list("abcXYZ019 .,:;-()/")), max_size=80),
    st.lists(st.sampled_from(WORDS), max_size=14).map(" ".join),
)
coord = st.floats(min_value=-50, max_value=900, allow_nan=False, allow_infinity=False)
size = st.one_of(st.just(0.0), st.floats(min_value=0.0, max_value=72, allow_nan=False))


@st.composite
def lines(draw, page: int | None = None, max_size: int = 30):
    out = []
    for _ in range(draw(st.integers(0, max_size))):
        x0, top = draw(coord), draw(coord)
        out.append(Line(draw(text), page if page is not None else draw(st.integers(1, 4)),
                        x0, x0 + draw(st.floats(0, 500)), top, top + draw(st.floats(0, 30)),
                        draw(size), draw(st.booleans()), draw(st.sampled_from(["", "AS", "x"]))))
    return out


@st.composite
def pages(draw, max_pages: int = 4):
    n = draw(st.integers(1, max_pages))
    return [Page(no, draw(st.sampled_from([0.0, 612.0, 595.0])),
                 draw(st.sampled_from([0.0, 792.0, 842.0])), draw(lines(no)))
            for no in range(1, n + 1)]


def _doc(kind: str = "born-digital", n: int = 1) -> Document:
    return Document(path="prop.pdf", sha256="0" * 64, pages=n, kind=kind)


# ----------------------------------------------------------------------------------- layout

@SETTINGS
@given(lines(page=1))
def test_layout_line_functions_never_raise(ws):
    assert isinstance(layout.join_runs(ws), list)
    assert isinstance(layout.words_to_lines(ws), list)
    assert isinstance(layout.merge_rows(ws), list)
    layout.find_gutter(ws, 612.0)
    layout.find_gutter(ws, 0.0)


@SETTINGS
@given(text)
def test_layout_text_functions_never_raise(t):
    assert isinstance(layout.undouble(t), str)
    assert isinstance(layout.is_page_number(t), bool)


@SETTINGS
@given(pages())
def test_layout_page_functions_never_raise(ps):
    for p in ps:
        layout.action_notes(p)
        layout.order_columns(p)
        layout.lay_out(p)
        keys = layout.edge_keys(p)
        layout.strip_running(p, keys)
    layout.running_keys([layout.edge_keys(p) for p in ps])
    layout.remove_running(ps)
    layout.join_hyphens(ps)
    out = list(layout.clean(ps, window=2))
    assert [p.number for p in out] == [p.number for p in ps]


# ---------------------------------------------------------------------------------- segment

@SETTINGS
@given(pages(), st.sampled_from(["born-digital", "text"]))
def test_segment_never_raises(ps, kind):
    from pipeline.segment import segment
    meetings = segment(_doc(kind, len(ps)), ps)
    assert isinstance(meetings, list)
    for m in meetings:
        for item in m.items:
            assert item.page_start <= item.page_end or not item.page_end


@SETTINGS
@given(st.lists(text, min_size=1, max_size=40))
def test_segment_text_lines_never_raise(rows):
    from pipeline.segment import segment
    ps = [Page(1, 0.0, 0.0, [Line(t, 1) for t in rows])]
    assert isinstance(segment(_doc("text"), ps), list)


# --------------------------------------------------------------------------------- classify

@pytest.fixture(scope="module")
def classify_meetings():
    mod = pytest.importorskip("pipeline.classify")
    return mod.classify_meetings


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(text, min_size=1, max_size=25))
def test_classify_never_raises(classify_meetings, rows):
    from pipeline.segment import segment
    head = [Line("MINUTES OF THE MEETING OF THE PARKS COMMITTEE", 1), Line("14 March 2023", 1),
            Line("1. Playground", 1)]
    ps = [Page(1, 0.0, 0.0, head + [Line(t, 1) for t in rows])]
    meetings = segment(_doc("text"), ps)
    classify_meetings(meetings)
    from pipeline.records import STATEMENT_TYPES
    for m in meetings:
        for item in m.items:
            assert all(s.type in STATEMENT_TYPES for s in item.statements)


# --------------------------------------------------------------------------------- textsrc

@SETTINGS
@given(st.one_of(st.binary(max_size=2000),
                 text.map(lambda t: t.encode("utf-8", "surrogatepass")),
                 st.text(max_size=300).map(lambda t: t.encode("utf-16")),
                 st.text(alphabet=st.characters(max_codepoint=255), max_size=300)
                 .map(lambda t: t.encode("latin-1"))),
       st.sampled_from([".txt", ".md"]))
def test_read_text_arbitrary_bytes(data, suffix):
    from pipeline.textsrc import read_text
    with tempfile.TemporaryDirectory() as tmp:
        p = Path(tmp) / f"f{suffix}"
        p.write_bytes(data)
        try:
            doc, ps = read_text(str(p))
        except InputError as exc:
            assert "\n" not in str(exc) and str(exc).startswith(str(p))
            return
        assert doc.pages == len(ps) >= 1
        for page in ps:
            for line in page.lines:
                assert "\u200b" not in line.text and "\n" not in line.text
