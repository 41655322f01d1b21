"""Body names resolved across a store: one name per body within a folder of minutes."""
from __future__ import annotations

from pipeline.bodies import canonical_bodies


def _rows(folder: str, names: list[str]) -> list[tuple[str, str, str]]:
    return [(f"{folder}-{k}", n, f"{folder}/{k}.pdf") for k, n in enumerate(names)]


def test_a_short_title_takes_the_full_name_of_its_folder() -> None:
    rows = _rows("alameda/CityCouncil", ["City of Alameda City Council"] * 5 + ["City Council"] * 2
                 + ["City of Alameda Community Improvement Commission"])
    out = canonical_bodies(rows)
    assert out == {"alameda/CityCouncil-5": "City of Alameda City Council",
                   "alameda/CityCouncil-6": "City of Alameda City Council"}


def test_ocr_noise_and_header_lines_resolve_to_the_clean_name() -> None:
    rows = _rows("bronx", ["LEE Bronx Community Board #1 e Bronx"] * 2 + ["Bronx Community Board #1 e",
                 "Bronx Community Board #1", "Bronx Community Board #1 nx",
                 "City of New York Bronx Community Board #1",
                 "Vanessa L. Gibson Anthony R. Jordan District Manager", ""])
    out = canonical_bodies(rows)
    assert set(out.values()) == {"Bronx Community Board #1"}
    assert "bronx-3" not in out and len(out) == 7  # the clean one stays; the rest take it


def test_folders_and_different_bodies_stay_apart() -> None:
    rows = (_rows("a", ["City Council"] * 3) + _rows("b", ["City of Springfield City Council"] * 3)
            + _rows("c", ["Planning Board", "Parks Committee", "Planning Board", ""]))
    assert canonical_bodies(rows) == {}  # no variants within a folder; no main body in "c"


def test_resolving_twice_changes_nothing_more() -> None:
    rows = _rows("lim", ["Limerick City and County Council"] * 4 + ["County Council",
                 "Limenck City and County Council", "County of Limerick County Council"])
    out = canonical_bodies(rows)
    assert set(out.values()) == {"Limerick City and County Council"} and len(out) == 3
    again = [(mid, out.get(mid, body), src) for mid, body, src in rows]
    assert canonical_bodies(again) == {}
