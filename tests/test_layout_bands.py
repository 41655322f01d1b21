"""Row bands and the walk over them that the block-reading layout passes share
(pipeline/layout_bands.py)."""
from __future__ import annotations

import pytest

from pipeline.layout_bands import bands, walk_bands
from pipeline.records import Line, Page


def _seg(text: str, x0: float, top: float, size: float = 10.0) -> Line:
    return Line(text=text, page=1, x0=x0, x1=x0 + 6 * len(text), top=top, bottom=top + size,
                size=size)


def _page(lines: list[Line]) -> Page:
    return Page(1, 612, 792, lines=lines)


def test_segments_overlapping_by_half_their_height_share_a_band_left_to_right() -> None:
    lines = [_seg("right", 300, 100), _seg("left", 50, 101), _seg("below", 50, 106),
             _seg("next", 50, 130)]
    # "below" overlaps "right" by 4 of 10 points: less than half, a band of its own
    assert bands(lines) == [[1, 0], [2], [3]]


def test_a_block_is_replaced_and_the_other_rows_are_kept_as_printed() -> None:
    lines = [_seg("Intro", 50, 80), _seg("A:", 50, 100), _seg("B:", 300, 100),
             _seg("a1", 50, 115), _seg("b1", 300, 115), _seg("After", 50, 140)]

    def read(rows: list[list[Line]], b: int):
        if [s.text for s in rows[b]] != ["A:", "B:"]:
            return None
        return [Line(text="A: a1; B: b1", page=1, top=rows[b][0].top)], b + 2

    out = walk_bands(_page(lines), read)
    assert [ln.text for ln in out.lines] == ["Intro", "A: a1; B: b1", "After"]


def test_a_page_without_a_block_comes_back_as_it_was() -> None:
    page = _page([_seg("Intro", 50, 80), _seg("Body", 50, 100)])
    assert walk_bands(page, lambda rows, b: None) is page


def test_a_block_that_does_not_move_past_its_first_row_is_an_error() -> None:
    page = _page([_seg("Intro", 50, 80)])
    with pytest.raises(ValueError, match="row 0 of page 1"):
        walk_bands(page, lambda rows, b: ([], b))
