"""The receipt as a document: what the customer keeps, printed or reprinted.

Built once at commit time and stored with the sale, so a reprint shows exactly
what was printed then, even after the program changes.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from loyalty_pos.domain.plain_data import from_plain
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.reward_facts import RewardFacts
from loyalty_pos.domain.tender import Tender


# The note under a receipt's points, in English, per rounding mode (``money.Rounding`` values);
# the catalogue's ``receipt.rounding.<mode>`` has it in the other languages. Stored in the
# document too, for readers older than ``Receipt.rounding``. Points earned are never below
# zero, so "floor" and "down" read alike.
ROUNDING_NOTES: dict[str, str] = {
    "floor": "Points are rounded down to whole points.",
    "down": "Points are rounded down to whole points.",
    "ceiling": "Points are rounded up to whole points.",
    "half_up": "Points are rounded to the nearest whole point (a half up).",
    "half_even": "Points are rounded to the nearest whole point (a half to the even one).",
}


class ReceiptKind(enum.StrEnum):
    SALE = "sale"
    RETURN = "return"


@dataclass(frozen=True, slots=True)
class ReceiptLine:
    name: str
    quantity: int
    unit_price: int
    net: int
    discount: int = 0


@dataclass(frozen=True, slots=True)
class ReceiptPriceRule:
    """A price rule's money off one item line (a member price, a volume step)."""

    line_index: int  # into ``Receipt.lines``
    rule: str  # "member_price:<id>" or "volume:<id>"
    name: str  # the rule's name as the manager wrote it
    amount: int  # minor units off the line
    percent: int = 0  # a volume step's percent (0 for a member unit price)


@dataclass(frozen=True, slots=True)
class ReceiptReward:
    description: str
    points: int
    amount: int  # money off or paid (minor units)
    # The reward redeemed, by id and by the name it had (absent on older receipts): a
    # receipt printed in the member's language names it in that language.
    reward_id: str = ""
    name: str = ""
    # What the reward did, as data, for printing ``description`` in the reader's language;
    # older receipts have none and print ``description`` as it was stored.
    facts: RewardFacts | None = None
    # The instant-win campaign that gave this reward for free (absent: a redemption).
    won_by: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptPointsLine:
    label: str
    points: int
    rule: str = ""  # the earning rule's stable code ("base", "tier:<code>", "campaign:<id>" ...)
    campaign_id: str | None = None  # the campaign these points came from, if any (absent on older receipts)
    # What the label says, as data, for printing it in the reader's language; older
    # receipts have none and print ``label`` as it was stored.
    facts: PointsFacts | None = None


@dataclass(frozen=True, slots=True)
class ReceiptNote:
    """A line about money or points beside the basket (a gift card, a donation), as data:
    printed from the catalogue's ``code`` in the reader's language; ``amount`` goes in the
    amount column when ``column`` is set."""

    code: str
    amount: int = 0
    points: int = 0
    name: str = ""  # a charity's name
    card: str = ""  # a gift card's masked number
    tender: str = ""  # a ``Tender`` value
    column: bool = True
    # A member action's slip: how many of the campaign's ``limit`` the member has had in the
    # period (the code names the period), and the campaign (``ref``) whose name ``name`` is.
    count: int = 0
    limit: int = 0
    ref: str = ""


@dataclass(frozen=True, slots=True)
class ReceiptChallenge:
    """A challenge's progress as printed: "Coffee challenge: 3 of 5", or done with its points."""

    name: str
    count: int
    target: int
    completed: bool = False  # this sale completed it and paid ``points``
    points: int = 0


@dataclass(frozen=True, slots=True)
class Receipt:
    kind: ReceiptKind
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
    tender: Tender
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
    next_reward_id: str | None = None  # absent on older receipts
    next_reward_points_needed: int = 0
    next_tier_name: str | None = None
    next_tier_needed: int = 0
    tier_basis: str = "spend"
    rounding_note: str = "Points are rounded down to whole points."
    # The earning rule's rounding (a ``money.Rounding`` value) the note is about: a receipt
    # prints the note from it in the reader's language. Older receipts have only the
    # English ``rounding_note`` and print it as stored.
    rounding: str = ""
    original_receipt_no: str | None = None
    footer: tuple[str, ...] = field(default=())
    # The shop's own cash register's receipt number, for an amount-only or imported sale:
    # the loyalty slip names the receipt the customer was charged on.
    register_receipt_no: str | None = None
    # Printed under the shop's name (its address, then the manager's header text);
    # receipts stored before the setting existed have none.
    header: tuple[str, ...] = field(default=())
    # Rung up in training mode: priced as a sale but never stored, so it must not pass for one.
    training: bool = False
    # A printer check from the settings, no sale: its one line is written in the reader's
    # language at print time (a test receipt is never stored).
    test_print: bool = False
    # Points the visit gave by itself (a birthday, a welcome back, a referral), each with its
    # campaign; already in ``balance``, not in ``points_earned`` (a return does not take them back).
    awards: tuple[ReceiptPointsLine, ...] = ()
    referral_code: str | None = None  # the member's code to invite a friend, while a referral campaign runs
    # Gift cards and donations (absent on older receipts): what a gift card paid of
    # ``amount_due``, and the lines about cards and donations. A receipt with notes and
    # no basket lines is a slip (a card sold or topped up, points donated), not a sale.
    gift_card_paid: int = 0
    notes: tuple[ReceiptNote, ...] = field(default=())

    @property
    def is_slip(self) -> bool:
        return not self.lines and bool(self.notes)
    # Challenges, badges and the paid tier (services/sale/counting.py); older receipts have none.
    challenges: tuple[ReceiptChallenge, ...] = ()
    new_badges: tuple[str, ...] = ()
    paid_tier: str | None = None
    paid_until: str | None = None  # ISO date: the day the paid tier ends
    # A paid membership's slip: its money was taken on the shop's own register.
    paid_on_register: bool = False
    # Member prices and volume steps, under the lines they took money off (absent on older receipts).
    price_rules: tuple[ReceiptPriceRule, ...] = ()
    # A slip's member's language, when they chose one: a slip is not a stored sale, so there
    # is no sale to find the member by when it prints ("" : the till's language).
    slip_language: str = ""

    def to_dict(self) -> dict[str, Any]:
        # One level of copying by hand: dataclasses.asdict deep-copies recursively and
        # was a noticeable share of a checkout's time.
        data = {name: getattr(self, name) for name in self.__dataclass_fields__}
        data["lines"] = [_plain(line) for line in self.lines]
        data["rewards"] = [_with_facts(reward) for reward in self.rewards]
        data["points_lines"] = [_with_facts(line) for line in self.points_lines]
        data["awards"] = [_with_facts(line) for line in self.awards]
        data["price_rules"] = [_plain(rule) for rule in self.price_rules]
        data["footer"] = list(self.footer)
        data["notes"] = [_plain(note) for note in self.notes]
        data["challenges"] = [_plain(challenge) for challenge in self.challenges]
        data["new_badges"] = list(self.new_badges)
        data["at"] = self.at.isoformat()
        data["expiring_at"] = self.expiring_at.isoformat() if self.expiring_at else None
        return data

    @classmethod
    def from_dict(cls, data: Any, *, what: str = "receipt") -> Receipt:
        """The receipt ``to_dict`` wrote, in this release or an earlier one (fields added
        since have defaults); anything else is a ``DocumentInvalid`` naming the field."""
        return from_plain(cls, data, what=what)


def _plain(value: Any) -> dict[str, Any]:
    return {name: getattr(value, name) for name in value.__dataclass_fields__}


def _with_facts(line: ReceiptPointsLine | ReceiptReward) -> dict[str, Any]:
    data = _plain(line)
    data["facts"] = None if line.facts is None else _plain(line.facts)
    return data


def paper_name(name: str) -> str:
    """First name only on paper."""
    return name.split(" ")[0]


def mask_card_number(number: str) -> str:
    """Only the last four digits on paper: a receipt in the bin must not be a card."""
    return "•••• " + number[-4:]
