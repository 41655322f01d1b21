#!/usr/bin/env python3
"""Render the four Manawa Regional Council committee minutes of this story as PDF.

Usage (from the repository root): python tests/scenarios/stories/manawa_regional/render.py
Writes manawa_regional_<date>.pdf beside this script; output is deterministic (reportlab invariant
mode). The Doc helper comes from tests/scenarios/pdf_layouts/render.py. New Zealand regional
council committee style: karakia, numbered reports with report numbers, 'Resolution EC25/03 /
Moved: / Seconded: / That the Committee: 1. … 2. …' then CARRIED, a division with the members
for and against, an appointed tangata whenua member. In MINUTES below a line starting '## ' is a
bold heading, '>> ' an indented resolution line, '--' a page break; other lines are paragraphs.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
from render_kit import Doc, typeset_flush  # noqa: E402  (a script: see render_kit)

MINUTES: dict[str, tuple[str, str]] = {}

MINUTES["2025-02-12"] = ("12 February 2025", """\
## MANAWA REGIONAL COUNCIL
## Minutes of the Environment and Catchment Committee
Held in the Council Chamber, Manawa House, 15 Tui Street, Hawera on Wednesday 12 February 2025 at 9.30am
Present: Cr H Te Rangi (Chair), Cr S Blake, Cr T Whitcombe, Cr A Parata, Cr G Holt, Cr J Liu, Cr M Dwyer, Ms N Kingi (Tangata Whenua Member)
In Attendance: R Ellison (Catchment Manager), K Vosper (Science Manager), D Hartley (Policy Manager), P Sione (Biodiversity Manager), L Grant (Governance Advisor)
## 1. Karakia
Ms Kingi opened the meeting with a karakia.
## 2. Apologies
There were no apologies.
## 3. Conflicts of Interest
Cr Holt declared an interest as the owner of a dairy farm in the Kotare catchment.
## 4. Confirmation of Minutes
Resolution EC25/01
Moved: Cr Liu
Seconded: Cr Blake
>> That the minutes of the Environment and Catchment Committee meeting held on 4 December 2024 be confirmed as a true and correct record.
CARRIED
## 5. Lake Kotare Water Quality - Report 25.04
The Science Manager presented the monitoring results for Lake Kotare. Total nitrogen at the lake outlet had risen by 38 per cent since 2015 and the lake had been closed to swimming for 41 days over the summer because of toxic algal blooms.
Cr Parata said that restoring the lake would bring back the summer visitors on whom the Kotare township depended.
Cr Dwyer objected that the monitoring data came from a single site at the lake outlet and could not show where the nutrients were entering the lake.
Cr Whitcombe asked whether the blooms were linked to the warm summer. The Science Manager replied that the warm water made the blooms worse but that the nutrients fed them.
Resolution EC25/02
Moved: Cr Parata
Seconded: Ms Kingi
>> That the Environment and Catchment Committee:
>> 1. Receives Report 25.04.
>> 2. Directs staff to prepare options for limits on nutrient losses in the Lake Kotare catchment.
CARRIED
Action: Catchment Manager to arrange a field trip to Lake Kotare for committee members.
Action: Chief Executive to write to the Minister for the Environment about central government funding for lake restoration.
## 6. Riparian Planting Grants 2025/26 - Report 25.05
The Biodiversity Manager presented the proposal for a contestable fund for fencing and planting stream banks on private land.
Resolution EC25/03
Moved: Cr Blake
Seconded: Cr Liu
>> That the Committee approves a contestable riparian planting grant fund of $250,000 for 2025/26, with grants of up to $10,000 a property.
CARRIED
## 7. Committee Meeting Venues
Resolution EC25/04
Moved: Ms Kingi
Seconded: Cr Parata
>> That the Committee holds its June 2025 meeting at Kotare Marae.
CARRIED
## 8. Lake Kotare Boat Ramp Replacement - Report 25.06
The Catchment Manager reported that the boat ramp at the Lake Kotare domain had been damaged by the July 2024 storm and that a replacement would cost $185,000, shared with the district council.
Resolution EC25/05
Moved: Cr Holt
Seconded: Cr Whitcombe
>> That the Committee approves a contribution of $92,500 towards the replacement of the Lake Kotare boat ramp.
CARRIED
The meeting closed at 11.40am with a karakia.
""")

MINUTES["2025-04-09"] = ("9 April 2025", """\
## MANAWA REGIONAL COUNCIL
## Minutes of the Environment and Catchment Committee
Held in the Council Chamber, Manawa House, 15 Tui Street, Hawera on Wednesday 9 April 2025 at 9.30am
Present: Cr H Te Rangi (Chair), Cr S Blake, Cr T Whitcombe, Cr A Parata, Cr J Liu, Cr M Dwyer, Ms N Kingi (Tangata Whenua Member)
In Attendance: R Ellison (Catchment Manager), D Hartley (Policy Manager), L Grant (Governance Advisor)
## 1. Karakia
Cr Parata opened the meeting with a karakia.
## 2. Apologies
Resolution EC25/06
Moved: Cr Liu
Seconded: Cr Blake
>> That the apology from Cr Holt be accepted.
CARRIED
## 3. Confirmation of Minutes
Resolution EC25/07
Moved: Cr Dwyer
Seconded: Cr Whitcombe
>> That the minutes of the meeting held on 12 February 2025 be confirmed as a true and correct record.
CARRIED
Members thanked the Catchment Manager for the field trip around Lake Kotare and two of its feeder streams on 14 March.
## 4. Kotare Catchment: Proposed Plan Change 7 - Report 25.11
The Policy Manager presented proposed Plan Change 7 to the Regional Plan, which would set a nitrogen loss cap for each farm in the Lake Kotare catchment and require the caps to be met by 2030.
Cr Blake raised concern that farmers in the catchment had not been told about the proposed nitrogen limits before the plan change was notified.
Cr Whitcombe asked how the caps would be measured. The Policy Manager replied that each farm's losses would be modelled with Overseer and checked through its freshwater farm plan.
Resolution EC25/08
Moved: Cr Parata
Seconded: Cr Liu
>> That the Committee:
>> 1. Receives Report 25.11.
>> 2. Approves proposed Plan Change 7 (Lake Kotare Catchment) for public notification.
CARRIED
Action: Policy Manager to prepare a plain-language guide for landowners on the proposed nitrogen caps.
--
## 5. Committee Meeting Venues
The Governance Advisor reported that Kotare Marae was not available in June because of a tangihanga.
Resolution EC25/09
Moved: Ms Kingi
Seconded: Cr Te Rangi
>> That the Committee revokes resolution EC25/04 and holds its June 2025 meeting in the Council Chamber, Manawa House, instead of at Kotare Marae.
CARRIED
## 6. Regional Pest Management Update
The Biodiversity Manager's report on the possum control programme was taken as read.
Resolution EC25/10
Moved: Cr Dwyer
Seconded: Cr Blake
>> That the Committee receives the Regional Pest Management Update.
CARRIED
The meeting closed at 11.05am with a karakia.
""")

MINUTES["2025-06-11"] = ("11 June 2025", """\
## MANAWA REGIONAL COUNCIL
## Minutes of the Environment and Catchment Committee
Held in the Council Chamber, Manawa House, 15 Tui Street, Hawera on Wednesday 11 June 2025 at 9.30am
Present: Cr H Te Rangi (Chair), Cr S Blake, Cr T Whitcombe, Cr A Parata, Cr G Holt, Cr J Liu, Cr P Ranginui, Ms N Kingi (Tangata Whenua Member)
In Attendance: R Ellison (Catchment Manager), D Hartley (Policy Manager), L Grant (Governance Advisor), Commissioner B Sutherland (Chair, Hearing Panel)
## 1. Karakia
Ms Kingi opened the meeting with a karakia.
## 2. Apologies
Resolution EC25/11
Moved: Cr Blake
Seconded: Cr Liu
>> That the apology from Cr Dwyer be accepted.
CARRIED
The Chair welcomed Cr Ranginui, elected at the Kotare constituency by-election on 24 May, to the committee.
## 3. Confirmation of Minutes
Resolution EC25/12
Moved: Cr Whitcombe
Seconded: Cr Parata
>> That the minutes of the meeting held on 9 April 2025 be confirmed as a true and correct record.
CARRIED
## 4. Hearing Panel Recommendations: Plan Change 7 (Lake Kotare) - Report 25.19
Commissioner Sutherland presented the hearing panel's recommendations on the 63 submissions received on Plan Change 7. The panel recommended keeping the nitrogen caps but extending the date for meeting them from 2030 to 2032 and adding a hardship provision.
The Policy Manager advised that letters had been posted to all 140 landholders in the catchment in May and that four drop-in sessions had been held at the Kotare Hall, attended by 96 farmers.
Cr Parata spoke in support, saying that the lake had now been closed to swimming for two summers in a row.
Ms Kingi supported the recommendations, saying that the hapu had waited thirty years for the lake to be restored.
Cr Whitcombe objected that the nitrogen cap would cost the average dairy farm in the catchment $38,000 a year in lost production.
Cr Holt raised concern that the 2032 deadline left too little time for farmers to change their farming systems.
Resolution EC25/13
Moved: Cr Parata
Seconded: Cr Ranginui
>> That the Committee recommends to Council that it adopts the hearing panel's recommendations and approves Plan Change 7 (Lake Kotare Catchment) as amended.
A division was called for, voting on which was as follows:
For: Cr Te Rangi, Cr Blake, Cr Parata, Cr Liu, Cr Ranginui, Ms Kingi
Against: Cr Whitcombe, Cr Holt
The division was declared CARRIED by 6 votes to 2.
The landowner guide on the nitrogen caps was discussed. The Policy Manager advised that the guide was being written with Federated Farmers and would be ready in August.
## 5. Biodiversity Update - Report 25.20
The Biodiversity Manager's report was taken as read.
Resolution EC25/14
Moved: Cr Liu
Seconded: Cr Blake
>> That the Committee receives Report 25.20.
CARRIED
The meeting closed at 12.10pm with a karakia.
""")

MINUTES["2025-09-10"] = ("10 September 2025", """\
## MANAWA REGIONAL COUNCIL
## Minutes of the Environment and Catchment Committee
Held in the Council Chamber, Manawa House, 15 Tui Street, Hawera on Wednesday 10 September 2025 at 9.30am
Present: Cr H Te Rangi (Chair), Cr S Blake, Cr A Parata, Cr G Holt, Cr J Liu, Cr P Ranginui, Cr M Dwyer, Ms N Kingi (Tangata Whenua Member)
In Attendance: R Ellison (Catchment Manager), P Sione (Biodiversity Manager), L Grant (Governance Advisor)
## 1. Karakia
Cr Ranginui opened the meeting with a karakia.
## 2. Apologies
Resolution EC25/15
Moved: Cr Blake
Seconded: Cr Parata
>> That the apology from Cr Whitcombe be accepted.
CARRIED
## 3. Confirmation of Minutes
Resolution EC25/16
Moved: Cr Liu
Seconded: Cr Holt
>> That the minutes of the meeting held on 11 June 2025 be confirmed as a true and correct record.
CARRIED
## 4. Freshwater Farm Plans - Kotare Catchment Rollout - Report 25.27
The Catchment Manager reported that Council had approved Plan Change 7 on 2 July and that the first 30 farms in the Lake Kotare catchment would have certified freshwater farm plans by March 2026.
Cr Ranginui asked whether Maori-owned land trusts would get help with the cost of the plans. The Catchment Manager replied that a $400,000 advisory fund from the Ministry for the Environment would pay for the first plan on every property.
Cr Holt said that farmers now wanted clear advice rather than more debate about the limits.
Resolution EC25/17
Moved: Cr Ranginui
Seconded: Cr Holt
>> That the Committee receives Report 25.27 and notes the rollout programme for freshwater farm plans in the Lake Kotare catchment.
CARRIED
## 5. Biodiversity and Riparian Programme Update - Report 25.28
The Biodiversity Manager reported that the riparian planting grant fund had been put on hold and that no grants would be offered in 2025/26, as the budget had been moved to the freshwater farm plan advisory work.
Cr Blake asked whether landowners who had already applied had been told. The Biodiversity Manager replied that the eleven applicants had been written to in August.
Resolution EC25/18
Moved: Cr Blake
Seconded: Ms Kingi
>> That the Committee receives Report 25.28.
CARRIED
The meeting closed at 11.20am with a karakia.
""")


def render(date: str, when: str, text: str, path: Path) -> None:
    d = Doc()
    typeset_flush(d, text, title="MANAWA", title_size=12)
    d.save(path, header=lambda i, n: f"Environment and Catchment Committee - {when}",
           footer=lambda i, n: f"Page {i} of {n}", title=f"Environment and Catchment Committee {when}")


if __name__ == "__main__":
    for date, (when, text) in MINUTES.items():
        render(date, when, text, HERE / f"manawa_regional_{date}.pdf")
