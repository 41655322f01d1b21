#!/usr/bin/env python3
"""Render the four Wearside University Senate minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/wearside_senate/render.py
Writes wearside_senate_<date>.pdf beside this script; output is deterministic (reportlab invariant
mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. UK university senate style:
'UNCONFIRMED MINUTES', members by title (Professor, Dr, Ms) with their office, 'In attendance:'
officers, minute numbers 'SEN 24/NN' in the margin with sentence-case headings, 'Senate RECEIVED /
APPROVED / RESOLVED', objections in reported speech ('Members were not persuaded that …',
'Dr X feared that …', 'Some members questioned whether …'), a vote recorded as 'The motion was
carried by 8 votes to 4; Professor X, … asked that their dissent be recorded', 'ACTION: <officer>'
on its own line after the minute. In MINUTES a line starting '## N ' is a bold heading with its
number in the margin, '--' a page break; other lines are paragraphs indented under the heading.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2024-11-13"] = ("13 November 2024", """\
Present: Professor Alison Carr (Vice-Chancellor, Chair), Professor David Nwosu (Deputy Vice-Chancellor), Professor Helen Marsh (Pro Vice-Chancellor Education), Professor Ian Kerr (Dean of Humanities), Professor Ruth Bell (Dean of Science), Dr Sarah Walsh, Dr Tomasz Nowak, Dr Grace Adeyemi, Dr Paul Henderson, Ms Lucy Teague (Students' Union President)
In attendance: Mr Mark Elliott (Academic Registrar), Ms Joanne Pike (Secretary to Senate)
## SEN 24/20 Apologies and declarations of interest
There were no apologies. No interests were declared.
## SEN 24/21 Minutes of the meeting of 16 October 2024
The minutes were approved as a correct record.
## SEN 24/22 Portfolio review: School of Humanities
The Dean of Humanities presented the portfolio review. The BA Modern Languages and the BA French and Spanish had recruited 31 students in 2024 against a target of 90, and the programmes had run at a deficit of £640,000.
Dr Walsh feared that closing the language degrees would end the University's exchange agreements with eleven partner universities in France, Spain and Latin America.
Dr Nowak said that the staff-student ratio in languages was the lowest in the University at 1:9.
Senate RESOLVED that the Faculty should bring options for the future of the language degrees to the next meeting.
ACTION: Academic Registrar to obtain the applications data for the language degrees for the last five years.
## SEN 24/23 Academic calendar 2025-26
The Students' Union President presented a proposal to hold the semester one examinations before the Christmas break.
Some members questioned whether teaching could be completed in eleven weeks.
Senate RESOLVED to refuse the proposal to move the semester one examinations before the Christmas break.
## SEN 24/24 Code of Practice on Postgraduate Research Supervision
Consideration of the revised Code of Practice was deferred to the next meeting, as the Doctoral College had not completed its consultation with supervisors.
## SEN 24/25 Library opening hours
The Students' Union President asked for the library to open for 24 hours during the examination period.
ACTION: Dean of Science to consult the Students' Union and the Library on the cost of opening the library overnight during examinations.
## SEN 24/26 Any other business
There was no other business. The meeting closed at 4.05pm.
""")

MINUTES["2024-12-11"] = ("11 December 2024", """\
Present: Professor Alison Carr (Vice-Chancellor, Chair), Professor David Nwosu (Deputy Vice-Chancellor), Professor Helen Marsh (Pro Vice-Chancellor Education), Professor Ian Kerr (Dean of Humanities), Professor Ruth Bell (Dean of Science), Dr Sarah Walsh, Dr Tomasz Nowak, Dr Grace Adeyemi, Dr Paul Henderson, Ms Lucy Teague (Students' Union President), Mr Owen Fairley (Students' Union Education Officer), Dr Meera Shah
In attendance: Mr Mark Elliott (Academic Registrar), Ms Joanne Pike (Secretary to Senate)
## SEN 24/27 Apologies and declarations of interest
There were no apologies. Dr Walsh and Dr Nowak declared an interest as members of staff in Modern Languages.
## SEN 24/28 Minutes and matters arising
The minutes of 13 November 2024 were approved. The Academic Registrar tabled figures showing that applications to the language degrees had fallen from 412 in 2020 to 138 in 2024.
## SEN 24/29 Modern Languages: proposed suspension of recruitment
The Dean of Humanities proposed that recruitment to the BA Modern Languages and the BA French and Spanish be suspended from 2026 entry and that language teaching be concentrated in the Language Centre.
Professor Nwosu supported the proposal, noting that the deficit on the programmes would reach £900,000 by 2026 if nothing changed.
Professor Marsh spoke in favour, saying that the Language Centre could offer languages to all 14,000 students rather than to 31.
Members were not persuaded that students already enrolled would be able to complete their degrees if language staff left.
Dr Adeyemi argued that the region would lose its only honours degree in languages, which served students who could not move away from home.
Senate RESOLVED to suspend recruitment to the BA Modern Languages and the BA French and Spanish from 2026 entry.
The motion was carried by 8 votes to 4; Professor Kerr, Dr Walsh, Dr Adeyemi and Dr Henderson asked that their dissent be recorded.
--
## SEN 24/30 Code of Practice on Postgraduate Research Supervision
Senate APPROVED the revised Code of Practice on Postgraduate Research Supervision, with effect from January 2025.
## SEN 24/31 Academic misconduct regulations
Senate APPROVED the revised regulations on academic misconduct, including the use of generative AI in assessment, to take effect from 1 February 2025.
## SEN 24/32 English language entry requirements
The Academic Registrar proposed that the minimum IELTS score for undergraduate entry be lowered from 6.5 to 6.0 with no component below 5.5.
Senate APPROVED the revised English language entry requirements for 2025 entry.
## SEN 24/33 Any other business
There was no other business. The meeting closed at 4.30pm.
""")

MINUTES["2025-03-12"] = ("12 March 2025", """\
Present: Professor Alison Carr (Vice-Chancellor, Chair), Professor David Nwosu (Deputy Vice-Chancellor), Professor Helen Marsh (Pro Vice-Chancellor Education), Professor Ian Kerr (Dean of Humanities), Professor Ruth Bell (Dean of Science), Dr Tomasz Nowak, Dr Grace Adeyemi, Dr Paul Henderson, Ms Lucy Teague (Students' Union President), Mr Owen Fairley (Students' Union Education Officer), Dr Meera Shah
In attendance: Mr Mark Elliott (Academic Registrar), Ms Joanne Pike (Secretary to Senate), Dr Colin Grant (Director of the Language Centre)
## SEN 24/40 Apologies and declarations of interest
Apologies were received from Dr Walsh. Dr Nowak declared an interest.
## SEN 24/41 Minutes of the meeting of 11 December 2024
The minutes were approved as a correct record.
## SEN 24/42 Report of the Languages Working Group
The Director of the Language Centre presented the report of the working group set up after the December meeting. It proposed that every undergraduate be entitled to study a language for credit from the second year.
Dr Shah welcomed the report and said that graduates with a language earned more in their first jobs.
Dr Henderson doubted that the Language Centre, with six tutors, could teach several thousand students without more staff.
Senate RESOLVED to endorse the principle of a language entitlement for all undergraduates.
ACTION: Director of the Language Centre to prepare a costed plan for an Institution-Wide Language Programme for the June meeting.
## SEN 24/43 Academic calendar: semester one assessment
The Academic Registrar reported that semester one examinations would be held before the Christmas break from 2025-26, in the two weeks from 8 December, and that the calendar would be published in April.
## SEN 24/44 Academic misconduct regulations
The Pro Vice-Chancellor Education reported that the Office of the Independent Adjudicator had opened a consultation on its good practice framework for misconduct involving AI.
Senate RESOLVED to rescind its approval of 11 December 2024 of the revised academic misconduct regulations, and to retain the 2023 regulations until the consultation had closed.
## SEN 24/45 Any other business
There was no other business. The meeting closed at 3.55pm.
""")

MINUTES["2025-06-11"] = ("11 June 2025", """\
Present: Professor Alison Carr (Vice-Chancellor, Chair), Professor David Nwosu (Deputy Vice-Chancellor), Professor Helen Marsh (Pro Vice-Chancellor Education), Professor Ian Kerr (Dean of Humanities), Professor Ruth Bell (Dean of Science), Dr Sarah Walsh, Dr Tomasz Nowak, Dr Paul Henderson, Ms Lucy Teague (Students' Union President), Dr Meera Shah
In attendance: Mr Mark Elliott (Academic Registrar), Ms Joanne Pike (Secretary to Senate), Dr Colin Grant (Director of the Language Centre)
## SEN 24/50 Apologies and declarations of interest
Apologies were received from Dr Adeyemi and Mr Fairley.
## SEN 24/51 Minutes of the meeting of 12 March 2025
The minutes were approved as a correct record.
## SEN 24/52 Institution-Wide Language Programme
The Director of the Language Centre reported that the costing of the programme was still being worked on with Finance and that a full plan would come to Senate in October.
The Pro Vice-Chancellor Education gave an assurance that every student now on the language degrees would be taught out to graduation, with teaching guaranteed until 2028.
Dr Walsh said that the programme would need at least four more tutors in its first year.
Senate NOTED the progress report.
## SEN 24/53 Student voice: National Student Survey results
Professor Marsh reported that overall satisfaction had risen to 81 per cent.
Senate NOTED the report.
## SEN 24/54 Any other business
There was no other business. The meeting closed at 3.40pm.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc(left=64.0)
    d.para("WEARSIDE UNIVERSITY", bold=True, size=13, gap=2)
    d.para("SENATE", bold=True, size=11, gap=2)
    d.para(f"UNCONFIRMED MINUTES of the meeting held on Wednesday {when} at 2.00pm in the "
           f"Council Chamber, Edgeworth Building", size=10.5, gap=8)
    typeset(d, text, indent=66, flush=("Present:", "In attendance:"), margin_words=2,
            bold=("ACTION:",))
    d.save(path, header=lambda i, n: "Wearside University - Senate",
           footer=lambda i, n: f"Senate minutes {when} - page {i} of {n}", title=f"Senate {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"wearside_senate_{date}.pdf")
