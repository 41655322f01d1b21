"""Table and chart text printed in minutes (a budget tabled at a statutory meeting, a return of
persons elected per area) is no agenda item; each case beside a neighbour that stays one.
Cases are shaped on the Limerick budget and annual meeting minutes (plain text)."""
from __future__ import annotations

from pathlib import Path

from pipeline.segment import segment
from pipeline.textsrc import read_text

_HEAD = ["MINUTES OF PROCEEDINGS AT STATUTORY BUDGET MEETING OF THE COUNTY COUNCIL",
         "HELD ON FRIDAY, 15TH NOVEMBER, 2019, AT 10.00 A.M.", "",
         "**MEMBERS PRESENT**", "", "Councillors Benson, Butler, Carey.", ""]


def _titles(tmp_path: Path, body: list[str]) -> list[str]:
    path = tmp_path / "minutes.md"
    path.write_text("\n".join(_HEAD + body) + "\n", encoding="utf-8")
    doc, pages = read_text(str(path))
    return [i.title for m in segment(doc, pages) for i in m.items]


def test_captions_and_column_labels_over_figures_are_no_items(tmp_path: Path) -> None:
    body = ["**1. DRAFT BUDGET 2020**", "",
            "The Chief Executive presented the draft budget to the members of the Council.", "",
            "**Analysis of Income 2020**", "",
            "The level of expenditure shown above will be financed from the following sources:", "",
            "**Amount**", "", "1. Local Property Tax", "", "€19,914,250", "", "2. Commercial Rates", "",
            "€58,567,823", "", "3. Grants & Subsidies (net of HAP)", "", "€52,451,473", "",
            "**Table 3: Analysis of Draft Budget 2020 Income**", "",
            "**(Excl HAP)**", "",
            "**LPT 100%**", "", "€15,731,940", "",
            "**Commercial Rates**", "",
            "The draft budget has been prepared with no proposed increase in the rate on valuation.", "",
            "**2. ADOPTION OF BUDGET**", "", "It was proposed by Councillor Carey and agreed to adopt it."]
    titles = _titles(tmp_path, body)
    assert "Analysis of Income 2020" in titles and "Commercial Rates" in titles
    assert "ADOPTION OF BUDGET" in titles
    for fragment in ("Amount", "Table 3: Analysis of Draft Budget 2020 Income", "(Excl HAP)", "LPT 100%"):
        assert fragment not in titles


def test_a_heading_over_a_bullet_outcome_stays_an_item(tmp_path: Path) -> None:
    # Falls Creek Ranch: "Approval of Previous Minutes – …" / "● Approved as presented"
    body = ["**1. Call to order**", "", "The meeting was called to order at 7 pm by the President.", "",
            "**Approval of Previous Minutes – September 28, 2023, Board Meeting**", "",
            "● Approved as presented", "", "●", "",
            "**Treasurer's Report**", "", "The treasurer reported that the accounts are in order and balanced."]
    titles = _titles(tmp_path, body)
    assert "Approval of Previous Minutes – September 28, 2023, Board Meeting" in titles


def test_a_heading_repeated_over_each_areas_table_is_no_item(tmp_path: Path) -> None:
    body = ["**1. RESULT OF THE LOCAL ELECTIONS**", "",
            "The Chief Executive, as Returning Officer, read the results of the elections held in May.", ""]
    for area, code in (("City West", "V94 KAW2"), ("City North", "V94 KXV6"), ("City East", "V35 X2T1"),
                       ("Newcastle West", "V42 Y7P3")):
        body += [f"**RETURN OF PERSONS ELECTED – COUNTY COUNCIL The following is the Result of the Poll "
                 f"taken on: 24th May, 2019 To fill the 7 seats in the Local Electoral Area of {area}**", "",
                 "**NAME**", "", "**PARTY**", "", *(["**Occupation ADDRESS**"] if area == "City West" else
                   ["**OCCUPATION**", "", "**ADDRESS**"]), "", "Butler, Daniel", "", "Fine Gael", "", f"**{code}**", "",
                 "Collins, James", ""]
    body += ["**2. ELECTION OF MAYOR**", "", "Councillor Collins invited nominations for the office of Mayor."]
    titles = _titles(tmp_path, body)
    assert titles == ["RESULT OF THE LOCAL ELECTIONS", "ELECTION OF MAYOR"]
