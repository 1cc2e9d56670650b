"""Members, their cards and consents; card numbers with a Luhn check digit."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from loyalty_pos.domain.errors import CardRefused, ValidationError

CARD_NUMBER_LENGTH = 16
# 9 is ISO/IEC 7812's "national assignment" industry digit: our numbers can never
# be mistaken for payment cards (which start 2-6) by a receipt scanner or a DLP tool.
DEFAULT_ISSUER_PREFIX = "9400"


class MemberStatus(enum.StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"
    ERASED = "erased"  # personal data removed on request; ledger kept anonymous
    MERGED = "merged"  # a duplicate folded into another member (``Member.merged_into``)


class CardStatus(enum.StrEnum):
    ACTIVE = "active"
    BLOCKED = "blocked"  # lost/stolen: refused at the till
    REPLACED = "replaced"  # re-issued: the new card works, this one is refused


def luhn_check_digit(body: str) -> str:
    """The digit that makes ``body + digit`` pass the Luhn (mod 10) check."""
    if not body.isdigit():
        raise ValidationError(detail="card number body must be digits")
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:  # these get doubled once the check digit is appended
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    return (
        len(number) >= 2
        and number.isascii()
        and number.isdigit()
        and luhn_check_digit(number[:-1]) == number[-1]
    )


def new_card_number(randbelow: Callable[[int], int], prefix: str = DEFAULT_ISSUER_PREFIX) -> str:
    """A random (never sequential) 16-digit card number with its check digit.

    ``randbelow`` is injected (``secrets.randbelow`` in production) so the domain
    stays free of I/O and tests are reproducible.
    """
    if not prefix.isdigit() or len(prefix) >= CARD_NUMBER_LENGTH - 1:
        raise ValidationError(detail=f"bad issuer prefix {prefix!r}")
    random_len = CARD_NUMBER_LENGTH - 1 - len(prefix)
    body = prefix + str(randbelow(10**random_len)).zfill(random_len)
    return body + luhn_check_digit(body)


def validate_card_number(text: str) -> str:
    """Normalise a typed or scanned card number (spaces/dashes allowed) or refuse it."""
    number = re.sub(r"[\s-]", "", text)
    if not number.isascii() or not number.isdigit():
        raise CardRefused(code="card_not_numeric", template="Card refused: a card number has digits only.")
    if len(number) != CARD_NUMBER_LENGTH:
        raise CardRefused(
            code="card_bad_length",
            template="Card refused: a card number has {length} digits, this has {found}.",
            length=CARD_NUMBER_LENGTH,
            found=len(number),
        )
    if not luhn_valid(number):
        raise CardRefused(code="card_bad_check_digit", template="Card refused: the check digit is wrong (mistyped?).")
    return number


def group_card_number(number: str) -> str:
    """``9400123412341234`` -> ``9400 1234 1234 1234`` for print and screen."""
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


@dataclass(frozen=True, slots=True)
class Consents:
    marketing: bool = False
    data_processing: bool = False


@dataclass(frozen=True, slots=True)
class Card:
    number: str
    member_id: str
    status: CardStatus
    issued_at: datetime
    printed: bool = False

    def ensure_usable(self) -> None:
        if self.status is CardStatus.BLOCKED:
            raise CardRefused(code="card_blocked", template="Card refused: this card is blocked.")
        if self.status is CardStatus.REPLACED:
            raise CardRefused(code="card_replaced", template="Card refused: this card was replaced by a newer card.")


_PHONE_RE = re.compile(r"^\+?[0-9]{6,15}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_phone(text: str) -> str:
    """Keep a leading + and the digits; refuse anything that cannot be a phone."""
    stripped = text.strip()
    plus = stripped.startswith("+")
    digits = re.sub(r"[\s().-]", "", stripped.lstrip("+"))
    phone = ("+" if plus else "") + digits
    if not _PHONE_RE.match(phone):
        raise ValidationError(code="bad_phone", template="{text!r} is not a phone number", text=text)
    return phone


def normalise_email(text: str) -> str:
    email = text.strip().lower()
    if not _EMAIL_RE.match(email) or len(email) > 254:
        raise ValidationError(code="bad_email", template="{text!r} is not an email address", text=text)
    return email


def normalise_name(text: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise ValidationError(code="name_required", template="A member needs a name")
    if len(name) > 120:
        raise ValidationError(code="name_too_long", template="A name has at most {limit} characters", limit=120)
    return name


@dataclass(frozen=True, slots=True)
class Member:
    id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    consents: Consents
    tier_code: str
    status: MemberStatus
    enrolled_at: datetime
    cards: tuple[Card, ...] = field(default=())
    merged_into: str | None = None  # set only with status MERGED
    preferred_language: str | None = None  # a regions.LANGUAGES tag for their receipt; None: the till's

    @property
    def active_card(self) -> Card | None:
        return next((c for c in self.cards if c.status is CardStatus.ACTIVE), None)

    def ensure_active(self) -> None:
        if self.status is MemberStatus.BLOCKED:
            raise CardRefused(code="member_blocked", template="Card refused: this member is blocked.")
        if self.status is MemberStatus.ERASED:
            raise CardRefused(code="member_erased", template="Card refused: this member's data was erased.")
        if self.status is MemberStatus.MERGED:
            raise CardRefused(code="member_merged", template="Card refused: this member was merged into another member.")


@dataclass(frozen=True, slots=True)
class MemberView:
    """What pricing and eligibility need to know about a member at the till.

    The service assembles it from the store (balance projection, today's
    earning, redemption counts per reward in that reward's limit period).
    """

    member_id: str
    tier_code: str
    balance: int
    status: MemberStatus = MemberStatus.ACTIVE
    points_earned_today: int = 0
    points_redeemed_today: int = 0
    redemptions_in_period: Mapping[str, int] = field(default_factory=dict)
    tier_metric: int = 0  # rolling-window spend or points, per the program's tier basis
    birthday: date | None = None
    # Targeted (marketing) campaigns reach only members who said yes: not given is no.
    marketing_consent: bool = False
    segments: frozenset[str] = frozenset()  # ids of the program's segments they are in (domain.segments)
    # Their last points activity before this sale: a welcome back's offer is for a member away long enough.
    last_activity: datetime | None = None
