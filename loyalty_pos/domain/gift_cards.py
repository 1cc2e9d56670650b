"""Gift cards: a money balance kept as an append-only ledger of its own.

A card's balance is never a stored number anyone edits: it is the sum of its entries.
Selling a card issues it, a top-up adds, paying with it redeems, giving the money back
to the card (a returned sale) refunds, and a manager's void takes what is left. Entries
are exchanged between tills as they are (by their id), so two tills' histories merge
by union; a merged balance below zero means two offline tills spent the same money
and is listed for the manager rather than hidden.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.errors import LoyaltyError, ValidationError
from loyalty_pos.domain.gs1 import gs1_check_digit

# "GC" and 10 digits, the last a GS1 mod-10 check digit: a scan cannot be a member card
# (16 digits), a receipt (R01-...) or an EAN, and a slip of one digit is caught.
GIFT_CARD_PREFIX = "GC"
GIFT_CARD_DIGITS = 10
_GIFT_CARD = re.compile(rf"{GIFT_CARD_PREFIX}[0-9]{{{GIFT_CARD_DIGITS}}}")
# A till refuses single amounts above this: a typo of three zeros must not mint a fortune.
MAX_GIFT_CARD_AMOUNT_MINOR = 100_000_000


class GiftCardEntryKind(enum.StrEnum):
    ISSUE = "issue"  # the card is sold with its first money (+)
    TOP_UP = "top_up"  # more money put on it (+)
    REDEEM = "redeem"  # paid part of a sale (-)
    REFUND = "refund"  # a returned sale's gift-card part goes back on the card (+)
    VOID = "void"  # a manager takes what is left off the card (-)


_ADDING = {GiftCardEntryKind.ISSUE, GiftCardEntryKind.TOP_UP, GiftCardEntryKind.REFUND}


class GiftCardRefused(LoyaltyError):
    code = "gift_card_refused"


class GiftCardTooLittle(GiftCardRefused):
    code = "gift_card_balance"
    template = "Gift card {card} has {available} left; it cannot pay {wanted}."


class GiftCardVoided(GiftCardRefused):
    code = "gift_card_voided"
    template = "Gift card {card} was voided on {day}: {reason}"


class GiftCardOfflineCap(GiftCardRefused):
    code = "gift_card_offline_cap"
    template = ("This till has not reached the chain's server lately, so gift card {card} may pay at most {cap} "
                "a day here ({used} already paid today). Take less from the card, or sync first.")


def gift_card_number(serial: int) -> str:
    """The printed and scanned number of the ``serial``-th card: GC, 9 digits, check digit."""
    if not 0 < serial < 10 ** (GIFT_CARD_DIGITS - 1):
        raise ValidationError(code="bad_gift_card_serial", template="A gift card serial is 1 to 999,999,999")
    body = f"{serial:0{GIFT_CARD_DIGITS - 1}d}"
    return f"{GIFT_CARD_PREFIX}{body}{gs1_check_digit(body)}"


def is_gift_card_number(text: str) -> bool:
    """Whether ``text`` (already upper-cased, without spaces) is a well-formed gift card number."""
    if not _GIFT_CARD.fullmatch(text):
        return False
    digits = text[len(GIFT_CARD_PREFIX):]
    return gs1_check_digit(digits[:-1]) == int(digits[-1])


def normal_gift_card_number(text: str) -> str:
    """A typed or scanned number as stored (upper case, no spaces or dashes), or a refusal."""
    cleaned = "".join(ch for ch in text.strip().upper() if ch not in " -")
    if not is_gift_card_number(cleaned):
        raise ValidationError(code="bad_gift_card_number",
                              template="A gift card number is GC and 10 digits, with a correct last digit")
    return cleaned


def masked(number: str) -> str:
    """What a receipt prints: enough to tell two cards apart, not enough to spend one."""
    return f"{GIFT_CARD_PREFIX}••••{number[-4:]}"


@dataclass(frozen=True, slots=True)
class GiftCardEntry:
    id: str  # UUID: the same entry synced twice is stored once
    card_number: str
    kind: GiftCardEntryKind
    amount_minor: int  # signed: what the entry adds to the balance
    currency: str
    at: datetime
    terminal_id: str
    actor: str
    sale_ref: str | None = None
    reason: str | None = None  # a void's: why the manager took the money off (the till says it)

    def __post_init__(self) -> None:
        if not isinstance(self.amount_minor, int) or isinstance(self.amount_minor, bool) or not self.amount_minor:
            raise ValidationError(code="bad_gift_card_amount", template="A gift card amount is above 0")
        if abs(self.amount_minor) > MAX_GIFT_CARD_AMOUNT_MINOR:
            raise ValidationError(code="gift_card_amount_too_large",
                                  template="A gift card amount is at most {maximum:,} minor units",
                                  maximum=MAX_GIFT_CARD_AMOUNT_MINOR)
        if (self.kind in _ADDING) != (self.amount_minor > 0):
            raise ValidationError(code="bad_gift_card_amount", template="A gift card amount is above 0")


@dataclass(frozen=True, slots=True)
class GiftCardState:
    """What a card's entries say: its balance and its money in and out."""

    number: str
    currency: str | None = None
    balance_minor: int = 0
    loaded_minor: int = 0  # issued, topped up and refunded onto it
    spent_minor: int = 0  # redeemed and voided off it
    issued_at: datetime | None = None
    last_at: datetime | None = None
    # A voided card takes nothing more and pays nothing more; the first void names why.
    voided_at: datetime | None = None
    void_reason: str | None = None

    @property
    def issued(self) -> bool:
        return self.issued_at is not None

    @property
    def voided(self) -> bool:
        return self.voided_at is not None

    @property
    def overspent(self) -> bool:
        """Only two offline tills spending the same money can leave a card below zero."""
        return self.balance_minor < 0


def fold_card(number: str, entries: Iterable[GiftCardEntry]) -> GiftCardState:
    """The card's state from its entries (any order: a sum does not care)."""
    state = GiftCardState(number)
    balance = loaded = spent = 0
    issued_at = last_at = voided_at = None
    void_reason = None
    currency = None
    for entry in entries:
        balance += entry.amount_minor
        if entry.amount_minor > 0:
            loaded += entry.amount_minor
        else:
            spent -= entry.amount_minor
        if entry.kind is GiftCardEntryKind.ISSUE and (issued_at is None or entry.at < issued_at):
            issued_at = entry.at
        if last_at is None or entry.at > last_at:
            last_at = entry.at
        if entry.kind is GiftCardEntryKind.VOID and (voided_at is None or entry.at < voided_at):
            voided_at, void_reason = entry.at, entry.reason
        currency = currency or entry.currency
    return GiftCardState(state.number, currency, balance, loaded, spent, issued_at, last_at, voided_at, void_reason)


def refuse_voided(state: GiftCardState, day: str) -> None:
    """A voided card is refused with the manager's reason (``day``: the void's date as the
    shop writes it): a card reported lost must not be spendable by whoever found it."""
    if state.voided and state.void_reason:
        raise GiftCardVoided(card=masked(state.number), day=day, reason=state.void_reason)
    if state.voided:  # voided by a release that kept no reason
        raise GiftCardVoided(code="gift_card_voided_no_reason", template="Gift card {card} was voided on {day}",
                             card=masked(state.number), day=day)


def spendable(state: GiftCardState, *, offline_cap_minor: int | None, spent_here_today_minor: int) -> int:
    """How much the card may pay now: its balance, and, when the till is offline with a cap, what
    is left of the cap today (another till may be spending the same card meanwhile)."""
    room = max(state.balance_minor, 0)
    if offline_cap_minor is not None:
        room = min(room, max(offline_cap_minor - spent_here_today_minor, 0))
    return room


@dataclass(frozen=True, slots=True)
class GiftCardSettings:
    """The program's gift-card rules (a manager edits them with the rest of the program)."""

    enabled: bool = True
    # The most a card may pay per day at a till that has not synced within the sync
    # setting: two offline tills can then overspend a card by at most this much each.
    offline_spend_cap_minor: int | None = None
    max_load_minor: int = 1_000_000  # the most one sale or top-up puts on a card

    def __post_init__(self) -> None:
        if self.offline_spend_cap_minor is not None and self.offline_spend_cap_minor < 0:
            raise ValidationError(code="bad_gift_card_cap", template="The offline gift card cap cannot be negative")
        if not 0 < self.max_load_minor <= MAX_GIFT_CARD_AMOUNT_MINOR:
            raise ValidationError(code="bad_gift_card_max", template="The most put on a card at once is above 0 "
                                  "and at most {maximum:,} minor units", maximum=MAX_GIFT_CARD_AMOUNT_MINOR)
