"""An offer made to the body from outside it is no action of the body's.

"The Clerk offered to circulate the figures" is a task someone present took on, and the tracker
follows it. "The Housing Manager reported that Keystone Modular Homes had offered to supply 12
factory-built homes at $265,000 each" reports a supplier's offer: something for the body to weigh
(a quote, a price), not a task anyone present undertook, so it is information. An offer is taken
as from outside when the one offering is named as a firm ("… Homes", "… Ltd", "… Engineering",
"… Builders") or when it offers to supply, sell, build or lease at a price.
"""
from __future__ import annotations

import re

__all__ = ["outside_offer"]

_FIRM = (r"(?:Homes|Ltd|Limited|Inc|Incorporated|LLC|LLP|plc|PLC|Engineering|Builders|Construction|"
         r"Contractors|Company|Co|Corporation|Corp|Group|Services|Partners|Associates|Developments?|"
         r"Properties|Holdings|Consultants|Consulting|Utilities|Industries|Enterprises)")
_FIRM_OFFERS = re.compile(rf"\b[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*)*\s+{_FIRM}\.?,?\s+"
                          r"(?:had\s+|has\s+|have\s+)?(?:offered|offers)\s+to\b")
_PRICED = re.compile(r"\b(?:offered|offers)\s+to\s+(?:supply|sell|provide|build|deliver|install|lease|"
                     r"manufacture|buy|purchase)\b[^.;]{0,120}?(?:[$£€]\s?\d|\b\d[\d,.]*\s*"
                     r"(?:dollars|pounds|euros)\b)")


def outside_offer(text: str) -> bool:
    """Whether `text` reports an offer made by a firm, or an offer to sell at a price."""
    return bool(_FIRM_OFFERS.search(text) or _PRICED.search(text))
