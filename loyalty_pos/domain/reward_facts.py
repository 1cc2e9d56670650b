"""What a redeemed reward did, kept as data so every reader gets it in their language.

The engine still writes an English description ("NOK 50.00 off", "Free: Cinnamon bun")
for logs and for receipts stored before these facts existed; a receipt and the till
write it again from these facts, the reward's kind, its amount and its points.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RewardFacts:
    kind: str  # RewardKind's value: "amount_off", "percent_off", "free_product", ...
    percent: int = 0  # percent_off
    # percent_off: the category it is limited to (empty: the whole basket); free_product and
    # buy_x_get_y: the product made free, by the name the basket line had.
    subject: str = ""
    buy_quantity: int = 0  # buy_x_get_y
    free_quantity: int = 0
    code: str = ""  # partner_code: the voucher code handed out (filled in by checkout)
