"""The demo year's catering orders: a few members (offices, a café next door) order bread,
croissants and coffee beans by the case once in the last two months. The order meets both
of the demo's volume steps (six or more croissants; NOK 1,000 of bakery) and earns more
purchase points than a member may in a day, so the Price rules report has volume rows and
the points-caps report has the daily cap's trims, priced by the same rules as any visit.

Who orders is a hash of the member's id, not the member's random generator: the
baskets drawn for everyone else stay as they were.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from datetime import datetime, timedelta

from loyalty_pos.domain.basket import BasketLine, Product

ORDER_ONE_IN = 20  # of members
ORDER_WINDOW_DAYS = 60  # their first visit in the last two months is the order
# (product code, quantity): NOK 1,382 of croissants (10 % off), NOK 690 of bread, NOK 2,980 of beans.
ORDER = (("BAK-CRO", 48), ("BAK-SOUR", 10), ("COF-BEAN", 20))


def orders(member_id: str) -> bool:
    digest = hashlib.sha256(f"catering:{member_id}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % ORDER_ONE_IN == 0


def catering_order(member_id: str, at: datetime, now: datetime, ordered: bool,
                   by_code: Mapping[str, Product]) -> list[BasketLine] | None:
    """The order's lines when this visit is the member's order, else None."""
    if ordered or at < now - timedelta(days=ORDER_WINDOW_DAYS) or not orders(member_id):
        return None
    if any(code not in by_code for code, _quantity in ORDER):
        return None  # a catalogue without them (a test's): no order
    return [BasketLine.of(n, by_code[code], quantity) for n, (code, quantity) in enumerate(ORDER, 1)]
