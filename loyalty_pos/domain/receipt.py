"""The receipt as a document: what the customer keeps, printed or reprinted.

Built once at commit time and stored with the sale, so a reprint shows exactly
what was printed then, even after the program changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    quantity: int
    unit_price: int
    net: int
    discount: int = 0


@dataclass(frozen=True, slots=True)
class ReceiptReward:
    description: str
    points: int
    amount: int  # money off or paid (minor units)


@dataclass(frozen=True, slots=True)
class ReceiptPointsLine:
    label: str
    points: int
    rule: str = ""  # the earning rule's stable code ("campaign:<id>" ...): campaign results count by it


@dataclass(frozen=True, slots=True)
class Receipt:
    kind: str  # "sale" or "return"
    receipt_no: str
    sale_id: str
    at: datetime
    terminal_id: str
    cashier: str
    shop_name: str
    currency: str
    lines: tuple[ReceiptLine, ...]
    gross: int
    discount: int
    total: int
    store_credit: int
    amount_due: int
    tender: str
    rewards: tuple[ReceiptReward, ...] = ()
    member_name: str | None = None
    card_number_masked: str | None = None
    points_earned: int = 0
    points_lines: tuple[ReceiptPointsLine, ...] = ()
    points_redeemed: int = 0
    points_restored: int = 0
    balance: int | None = None
    expiring_points: int = 0
    expiring_at: datetime | None = None
    next_reward_name: str | None = None
    next_reward_points_needed: int = 0
    next_tier_name: str | None = None
    next_tier_needed: int = 0
    tier_basis: str = "spend"
    rounding_note: str = "Points are rounded down to whole points."
    original_receipt_no: str | None = None
    footer: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        # One level of copying by hand: dataclasses.asdict deep-copies recursively and
        # was a noticeable share of a checkout's time.
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["lines"] = [_plain(line) for line in self.lines]
        data["rewards"] = [_plain(reward) for reward in self.rewards]
        data["points_lines"] = [_plain(line) for line in self.points_lines]
        data["footer"] = list(self.footer)
        data["at"] = self.at.isoformat()
        data["expiring_at"] = self.expiring_at.isoformat() if self.expiring_at else None
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Receipt:
        values = dict(data)
        values["at"] = datetime.fromisoformat(values["at"])
        if values.get("expiring_at"):
            values["expiring_at"] = datetime.fromisoformat(values["expiring_at"])
        values["lines"] = tuple(ReceiptLine(**line) for line in values["lines"])
        values["rewards"] = tuple(ReceiptReward(**r) for r in values.get("rewards", ()))
        values["points_lines"] = tuple(ReceiptPointsLine(**p) for p in values.get("points_lines", ()))
        values["footer"] = tuple(values.get("footer", ()))
        return cls(**values)


def _plain(value: Any) -> dict[str, Any]:
    return {name: getattr(value, name) for name in value.__dataclass_fields__}


def mask_card_number(number: str) -> str:
    """Only the last four digits on paper: a receipt in the bin must not be a card."""
    return "•••• " + number[-4:]
