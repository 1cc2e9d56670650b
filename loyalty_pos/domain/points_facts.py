"""What a points line's label says, kept as data so every reader gets it in their language.

The engine still writes an English label (logs, reports and receipts stored before these
facts existed print it); a receipt, the till and the customer display write the label
again from these facts and the line's rule code, in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PointsFacts:
    # The product, category, tier or campaign the line is about, as the shop typed it
    # (a campaign's name is swapped for the reader's language where the program has one).
    name: str = ""
    multiplier_pct: int = 100  # 100 = 1x; a multiplier line's full multiplier (200 for x2)
    step_points: int = 0  # base: ``step_points`` for every ``step_minor`` of spend
    step_minor: int = 0
    limit: int = 0  # minimum_basket: the minimum in minor units; daily_cap: the cap in points
    # A campaign with hours: its local hours (until 0 = none) and what it covers ("" = the basket).
    hour_from: int = 0
    hour_until: int = 0
    scope: str = ""
