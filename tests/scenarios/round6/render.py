#!/usr/bin/env python3
"""Render the sixth round of probes: minutes of bodies and countries the first five rounds lack.

Usage (from the repository root): python tests/scenarios/round6/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode). The
Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py). The plain-text
and Markdown minutes of this round sit beside it as they are. expected.json holds the values
read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, letter

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc  # noqa: E402  (a script: see render_kit)


def sg_statutory_board(path: Path) -> None:
    """Singapore statutory board: formal English, paragraph-numbered minutes ('3.1 … 3.2 …'),
    'Action: Secretariat' lines, attendance under 'Present' / 'Absent with Apologies' /
    'In Attendance', a 'CONFIDENTIAL' running header."""
    d = Doc(font="Helvetica")
    d.para("HAWKER HERITAGE DEVELOPMENT BOARD", bold=True, size=13, gap=2)
    d.para("MINUTES OF THE 38TH BOARD MEETING HELD ON FRIDAY, 8 MARCH 2024 AT 2.30 PM "
           "AT THE BOARD ROOM, 5 MAXWELL ROAD, SINGAPORE", bold=True, gap=10)
    xs = [0, 40]
    d.para("Present", bold=True, gap=2)
    for i, n in enumerate(["Mr Lim Boon Huat (Chairman)", "Ms Tan Mei Ling (Deputy Chairman)",
                           "Dr Ravi Chandran", "Mr Ahmad Rizal bin Ismail", "Mrs Grace Ong Siew Lan"], 1):
        d.row([f"{i}.", n], xs)
    d.space(4)
    d.para("Absent with Apologies", bold=True, gap=2)
    d.row(["1.", "Prof Wong Kah Keng"], xs)
    d.space(4)
    d.para("In Attendance", bold=True, gap=2)
    d.row(["1.", "Ms Jasmine Koh, Chief Executive Officer"], xs)
    d.row(["2.", "Mr Daniel Yeo, Director, Corporate Services (Secretary)"], xs)
    d.space(10)

    def head(num: str, title: str) -> None:
        d.para(title.upper(), bold=True, gap=3, first=num, indent=24)

    def par(num: str, text: str, gap: float = 4) -> None:
        d.para(text, indent=24, gap=gap, first=num)

    head("1", "Confirmation of Minutes")
    par("1.1", "The minutes of the 37th Board Meeting held on 12 January 2024 were confirmed "
        "without amendments.")
    head("2", "Matters Arising")
    par("2.1", "The Board noted that the revised tenancy guidelines had been published on "
        "1 February 2024.")
    head("3", "Proposed Rental Relief for Hawker Centre Stallholders")
    par("3.1", "The CEO presented the paper on rental relief for stallholders at the nine "
        "hawker centres under renovation.")
    par("3.2", "Dr Ravi Chandran asked whether the relief would also cover cooked food stalls "
        "that had relocated temporarily.")
    par("3.3", "Mr Ahmad Rizal bin Ismail expressed reservations about extending the relief "
        "beyond six months given the Board's budget position.")
    par("3.4", "After discussion, the Board approved a rental waiver of 50 per cent for six "
        "months for affected stallholders.")
    par("3.5", "Action: Secretariat to inform affected stallholders of the rental waiver by "
        "22 March 2024.", gap=8)
    d.page()
    head("4", "Audit and Risk Committee Report")
    par("4.1", "The Deputy Chairman reported on the Audit and Risk Committee meeting of "
        "20 February 2024.")
    par("4.2", "The Board noted the report of the Audit and Risk Committee.")
    par("4.3", "The Board deferred the appointment of the internal auditor to its next "
        "meeting pending further proposals.")
    par("4.4", "Action: Director, Corporate Services to obtain revised proposals from three "
        "internal audit firms by 15 April 2024.", gap=8)
    head("5", "Any Other Business")
    par("5.1", "There being no other business, the meeting ended at 4.10 pm.", gap=14)
    d.para("Recorded by: Daniel Yeo", gap=2)
    d.para("Vetted by: Lim Boon Huat", gap=2)
    d.save(path, header=lambda p, n: f"CONFIDENTIAL                                              "
                                     f"HHDB/BM/38/2024")


def scot_ijb(path: Path) -> None:
    """Scottish health and social care partnership IJB: 'Sederunt' attendance with voting /
    non-voting members, 'Decision: The IJB agreed to: (i) … (ii) …', 'Action:' lines."""
    d = Doc(font="Times-Roman")
    d.para("GLENCAIRN HEALTH AND SOCIAL CARE PARTNERSHIP", bold=True, size=13, gap=2)
    d.para("Minute of Meeting of the Integration Joint Board", bold=True, size=12, gap=2)
    d.para("Held in the Council Chambers, Glencairn House, Kilmarnock Road, on Wednesday 25 "
           "September 2024 at 10.00 am", gap=10)
    d.para("Sederunt", bold=True, gap=2)
    d.para("Voting Members:", bold=True, gap=2)
    xs = [0, 190]
    for n, r in [("Councillor Fiona Baird (Chair)", "Glencairn Council"),
                 ("Ms Moira Drummond (Vice Chair)", "NHS Ayrshire Board"),
                 ("Councillor Iain McAllister", "Glencairn Council"),
                 ("Mr Stuart Henderson", "NHS Ayrshire Board")]:
        d.row([n, r], xs)
    d.space(3)
    d.para("Non-Voting Members:", bold=True, gap=2)
    for n, r in [("Ms Karen Lockhart", "Chief Officer"),
                 ("Mr Gordon Rae", "Chief Finance Officer")]:
        d.row([n, r], xs)
    d.space(3)
    d.para("In Attendance:", bold=True, gap=2)
    d.row(["Ms Anne Strachan", "Committee Services Officer"], xs)
    d.space(3)
    d.para("Apologies:", bold=True, gap=2)
    d.row(["Councillor Robert Gow", "Glencairn Council"], xs)
    d.space(10)

    def head(num: str, title: str) -> None:
        d.para(title, bold=True, gap=3, first=num + ".", indent=24)

    def par(text: str, gap: float = 4, indent: float = 24) -> None:
        d.para(text, indent=indent, gap=gap)

    head("1", "Apologies")
    par("Apologies were noted as above.")
    head("2", "Declarations of Interest")
    par("There were no declarations of interest.")
    head("3", "Minute of Previous Meeting")
    par("The minute of the meeting held on 26 June 2024 was approved as a correct record.", gap=8)
    head("4", "Financial Performance Report to 31 July 2024")
    par("The Chief Finance Officer presented the report, which projected an overspend of "
        "£2.3 million for 2024/25, largely in prescribing and care at home.")
    par("Councillor McAllister asked what recovery actions had been taken on the care at home "
        "overspend.")
    par("Mr Henderson disagreed with the proposal to draw on reserves before the recovery plan "
        "had been costed.")
    par("Decision: The IJB agreed to:", gap=2)
    par("(i) note the projected overspend of £2.3 million;", gap=2, indent=42)
    par("(ii) approve the financial recovery plan set out in Appendix 2; and", gap=2, indent=42)
    par("(iii) defer a decision on the use of reserves to the meeting on 27 November 2024.",
        gap=4, indent=42)
    par("Action: Chief Finance Officer to bring a costed reserves proposal to the IJB on "
        "27 November 2024.", gap=8)
    d.page()
    head("5", "Strategic Commissioning Plan 2025-2028")
    par("The Chief Officer presented the draft Strategic Commissioning Plan for consultation.")
    par("Decision: The IJB agreed to:", gap=2)
    par("(i) approve the draft Strategic Commissioning Plan for public consultation; and",
        gap=2, indent=42)
    par("(ii) instruct the Chief Officer to report the consultation findings to the IJB in "
        "February 2025.", gap=8, indent=42)
    head("6", "Date of Next Meeting")
    par("The next meeting will be held on Wednesday 27 November 2024 at 10.00 am.")
    d.save(path)


def us_nonprofit_table(path: Path) -> None:
    """US nonprofit board with the minutes laid out as a table: Agenda item | Discussion |
    Action | Responsible, one row per item, wrapped cells."""
    d = Doc(size=letter, font="Helvetica", left=48, right=48)
    d.para("Riverbend Community Food Bank, Inc.", bold=True, size=14, gap=2)
    d.para("Board of Directors Meeting Minutes", bold=True, size=12, gap=2)
    d.para("Date: Tuesday, October 15, 2024, 6:00 p.m.   Location: 410 Mill Street, Dayton, Ohio",
           gap=8)
    d.para("Directors present: Sandra Whitaker (President), Marcus Bell (Treasurer), "
           "Elena Ruiz (Secretary), Jamal Carter, Heather Lindgren", gap=2)
    d.para("Directors absent: Tom Okafor", gap=2)
    d.para("Staff: Rebecca Sloane, Executive Director", gap=10)
    xs = [0, 110, 330, 450]
    d.row(["Agenda item", "Discussion", "Action", "Responsible"], xs, bold=True)
    d.space(4)

    def entry(item: list[str], disc: list[str], act: list[str], resp: list[str]) -> None:
        n = max(len(item), len(disc), len(act), len(resp))
        cols = [c + [""] * (n - len(c)) for c in (item, disc, act, resp)]
        for k in range(n):
            d.row([c[k] for c in cols], xs, size=9.0)
        d.space(8)

    entry(["1. Call to order"], ["President Whitaker called the meeting", "to order at 6:04 p.m.;",
                                 "a quorum was present."], ["None"], [""])
    entry(["2. Minutes of", "September 17, 2024"], ["The minutes were reviewed."],
          ["Approved as", "presented (Carter /", "Lindgren)."], ["Secretary"])
    entry(["3. Treasurer's", "report"], ["Treasurer Bell reported a surplus of", "$18,400 for Q3.",
                                         "Jamal Carter asked whether the", "surplus included the "
                                         "county grant."], ["Report accepted."], ["Treasurer"])
    entry(["4. Warehouse", "lease renewal"], ["Executive Director Sloane presented", "the lease terms "
                                              "for 2025-2027.", "Heather Lindgren objected to the",
                                              "five-year term without a break clause."],
          ["Motion to renew for", "three years approved", "5-1 (Lindgren", "opposed)."], ["Executive", "Director"])
    entry(["5. Holiday food", "drive"], ["Elena Ruiz proposed a partnership", "with Dayton public "
                                        "schools."], ["Draft partnership", "letter by November",
                                                     "1, 2024."], ["Elena Ruiz"])
    entry(["6. Adjournment"], ["The meeting adjourned at 7:45 p.m."], [""], [""])
    d.save(path)


def main() -> None:
    sg_statutory_board(HERE / "hawker_heritage_board.pdf")
    scot_ijb(HERE / "glencairn_ijb.pdf")
    us_nonprofit_table(HERE / "riverbend_food_bank.pdf")


if __name__ == "__main__":
    main()
