#!/usr/bin/env python3
"""Render the tenth round of probes: minutes of kinds of body and countries the first nine lack.

Usage (from the repository root): python tests/scenarios/round10/render.py
Writes <name>.pdf beside this script; output is deterministic (reportlab invariant mode, a seeded
noise generator). The Doc helper comes from the first round (tests/scenarios/pdf_layouts/render.py),
the noisy scan from the eighth (tests/scenarios/round8/render.py).

- kingswood_court_io.pdf: a Hong Kong owners' corporation management committee: names printed
  "Mr. CHAN Tai-man", every paragraph numbered under its item ("3.1" … "3.6"), an "Action" column
  in the right margin, a resolution followed by "(Proposed by …, seconded by …; 4 votes for,
  1 vote against (…))", an owner observing the meeting who objects; item 4 starts page 2.
- kori_chiefdom_council_scan.pdf: a Sierra Leone chiefdom council's minutes printed, then scanned
  (skewed, speckled, JPEG): "ATTENDANCE:" with offices before names, items "1.0 OPENING PRAYERS",
  "The motion for adoption was moved by … and seconded by …", "carried by 5 votes to 1", a trader
  present who objects, "ACTION: … to … by …"; item 5.0 starts page 2.

expected.json holds the values read from these texts before the pipeline was run on them.
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from render_kit import Doc, draw_scanned  # noqa: E402  (a script: see render_kit)


def owners_corporation(path: Path) -> None:
    d = Doc(size=A4, font="Helvetica", left=60, right=60)
    d.right -= 70  # the Action column sits in the right margin
    col = d.right + 20

    def para(num: str, s: str, action: str = "", gap: float = 5.0) -> None:
        if action:
            d._need(14)
            d.text(col, action, d.bold, 10)
        d.para(s, first=num, indent=30, gap=gap)

    d.para("THE INCORPORATED OWNERS OF KINGSWOOD COURT", bold=True, size=13, gap=2)
    d.para("Minutes of the 12th Meeting of the 9th Management Committee", bold=True, gap=8)
    d.row(["Date:", "22 March 2025 (Saturday)"], [0, 70])
    d.row(["Time:", "8:00 p.m."], [0, 70])
    d.row(["Venue:", "Management Office, G/F, Block A, Kingswood Court"], [0, 70])
    d.space(4)
    d.para("Present:", bold=True, gap=2)
    for name, role in [("Mr. CHAN Tai-man", "Chairman"), ("Ms. LEUNG Mei-ling", "Secretary"),
                       ("Mr. WONG Ka-fai", "Treasurer"), ("Mr. LAU Chi-keung", "Member"),
                       ("Ms. HO Siu-wai", "Member")]:
        d.row([name, role], [20, 200])
    d.para("Absent with apologies:", bold=True, gap=2)
    d.row(["Mr. NG Kwok-wing", "Vice-Chairman"], [20, 200])
    d.para("In attendance:", bold=True, gap=2)
    d.row(["Mr. Patrick TSE", "Property Manager, Goldfield Property Management Ltd"], [20, 200])
    d.row(["Ms. Cindy YIP", "Assistant Property Manager"], [20, 200])
    d.para("Observers: two owners", gap=8)
    d.text(col, "Action", d.bold, 10.5)
    d.para("1. Confirmation of the Minutes of the 11th Meeting", bold=True, gap=3)
    para("1.1", "The minutes of the 11th meeting held on 22 February 2025 were confirmed without "
         "amendment. (Proposed by Ms. HO Siu-wai, seconded by Mr. LAU Chi-keung)", gap=8)
    d.para("2. Matters Arising", bold=True, gap=3)
    para("2.1", "Water seepage at Flat 7D, Block A: the Property Manager reported that the "
         "contractor had completed the repair works on 10 March 2025.", gap=8)
    d.para("3. Lift Modernisation Works at Block B", bold=True, gap=3)
    para("3.1", "Mr. TSE reported that four tenders had been received and that the lowest "
         "conforming tender was from Apex Lift Engineering Ltd at HK$4,860,000.")
    para("3.2", "Mr. WONG asked whether the Building Maintenance Fund could cover the cost "
         "without a special levy on owners.")
    para("3.3", "Mr. YUEN of Flat 18C, an owner observing the meeting, objected that residents "
         "of Block B would be left without lift service for eight weeks and asked for the works "
         "to be phased.")
    para("3.4", "Ms. LEUNG expressed concern that the tender price was 20 per cent above the "
         "consultant's estimate.")
    para("3.5", "After discussion, the Management Committee resolved to accept the tender of "
         "Apex Lift Engineering Ltd at HK$4,860,000, the works to be carried out one lift at a "
         "time. (Proposed by Mr. LAU Chi-keung, seconded by Ms. HO Siu-wai; 4 votes for, 1 vote "
         "against (Ms. LEUNG Mei-ling))")
    para("3.6", "The Property Manager would issue a notice to all owners of Block B on the works "
         "programme by 15 April 2025.", action="PMO", gap=8)
    d.page()
    d.para("4. Renewal of Third Party Risks Insurance", bold=True, gap=3)
    para("4.1", "Three quotations for the renewal of the third party risks insurance policy were "
         "tabled. The Management Committee agreed to defer the decision to the next meeting "
         "pending a revised quotation from the current insurer.", gap=8)
    d.para("5. Any Other Business", bold=True, gap=3)
    para("5.1", "Mr. LAU reported complaints about illegal parking at the visitors' car park. "
         "The Management Committee agreed that the Property Management Office would step up "
         "patrols at night.", action="PMO", gap=8)
    d.para("6. Date of Next Meeting", bold=True, gap=3)
    para("6.1", "The next meeting will be held on 26 April 2025 at 8:00 p.m.", gap=8)
    d.para("There being no other business, the meeting closed at 10:05 p.m.", gap=20)
    d.para("Confirmed by: ____________________  Chairman", gap=4)
    d.save(path, footer=lambda i, n: f"IO of Kingswood Court - MC 9/12 - Page {i} of {n}")


def chiefdom_council(src: Path) -> None:
    d = Doc(size=A4, font="Times-Roman", left=70, right=70)
    d.para("KORI CHIEFDOM COUNCIL", bold=True, size=14, gap=2)
    d.para("MOYAMBA DISTRICT", bold=True, size=12, gap=6)
    d.para("MINUTES OF THE CHIEFDOM COUNCIL MEETING HELD AT THE COURT BARRAY, TAIAMA, ON THURSDAY "
           "12TH JUNE, 2025 AT 11:00 A.M.", bold=True, gap=10)
    d.para("ATTENDANCE:", bold=True, gap=3)
    for s in ["P.C. Bai Kurr Sesay II - Paramount Chief / Chairman",
              "Chiefdom Speaker Mr. Joseph M. Koroma",
              "Section Chief Pa Momoh Kamara - Kori Section",
              "Section Chief Madam Isatu Bangura - Mano Section",
              "Mammy Queen Madam Fatmata Conteh",
              "Town Chief Pa Alimamy Fofanah - Taiama Town"]:
        d.para(s, indent=20, gap=1)
    d.para("ABSENT WITH EXCUSE:", bold=True, gap=3)
    d.para("Section Chief Pa Sorie Lansana - Bumpe Section", indent=20, gap=4)
    d.para("IN ATTENDANCE:", bold=True, gap=3)
    d.para("Mr. Abdul Jalloh - Chiefdom Administrative Clerk", indent=20, gap=1)
    d.para("Hon. Mariama Sheriff - Ward Councillor, Ward 312", indent=20, gap=10)

    def head(num: str, title: str) -> None:
        d.para(f"{num}  {title}", bold=True, gap=3)

    head("1.0", "OPENING PRAYERS")
    d.para("The meeting started with Christian and Muslim prayers. The Paramount Chief welcomed all "
           "present.", gap=8)
    head("2.0", "ADOPTION OF PREVIOUS MINUTES")
    d.para("The minutes of the last meeting held on 8th May, 2025 were read by the Chiefdom "
           "Administrative Clerk. The motion for adoption was moved by Section Chief Pa Momoh "
           "Kamara and seconded by Madam Fatmata Conteh. The minutes were adopted as a true record.",
           gap=8)
    head("3.0", "MATTERS ARISING")
    d.para("The Chiefdom Speaker reported that the culvert at Mokebbie junction had been repaired by "
           "the District Council.", gap=8)
    head("4.0", "MARKET DUES COLLECTION")
    d.para("The Chiefdom Speaker informed the council that collection of market dues at Taiama "
           "market had fallen to Le 18,500 in May.", gap=3)
    d.para("Madam Isatu Bangura asked why the dues collectors had not been paid for three months.",
           gap=3)
    d.para("Mr. Santigie Kanu, a trader present at the meeting, objected to the proposed increase of "
           "market dues from Le 2 to Le 3 per table per day, saying that traders were already "
           "suffering from high transport costs.", gap=3)
    d.para("Section Chief Pa Momoh Kamara moved that the market dues be increased to Le 3 per table "
           "per day from 1st July, 2025, seconded by the Chiefdom Speaker, Mr. Joseph M. Koroma. "
           "The motion was put to the vote and carried by 5 votes to 1.", gap=3)
    d.para("ACTION: Chiefdom Administrative Clerk to pay the arrears of the dues collectors by 30th "
           "June, 2025.", gap=8)
    d.page()
    head("5.0", "LAND DISPUTE AT MAKUNDU VILLAGE")
    d.para("The Paramount Chief informed the council that the land dispute between two families at "
           "Makundu village was still pending.", gap=3)
    d.para("Madam Fatmata Conteh (Mammy Queen) expressed concern that women farmers had been "
           "prevented from harvesting their rice on the disputed land.", gap=3)
    d.para("After deliberations, the council resolved that the matter be referred to the Chiefdom "
           "Land Committee for investigation and report.", gap=8)
    head("6.0", "ANY OTHER MATTERS")
    d.para("The Youth Leader, Mr. Ibrahim Turay, who attended as an observer, asked whether the "
           "council would support the levelling of the youth football field.", gap=3)
    d.para("The council agreed to postpone the chiefdom cleaning exercise to July because of the "
           "rains.", gap=8)
    head("7.0", "CLOSING")
    d.para("There being no other matters, the meeting closed at 2:10 p.m. with prayers.", gap=20)
    d.para("Signed: ______________________  Chiefdom Speaker", gap=4)
    d.para("Signed: ______________________  Chiefdom Administrative Clerk", gap=4)
    d.save(src)


def main() -> None:
    owners_corporation(HERE / "kingswood_court_io.pdf")
    draw_scanned(chiefdom_council, "kori_chiefdom_council.pdf", HERE / "kori_chiefdom_council_scan.pdf")


if __name__ == "__main__":
    main()
