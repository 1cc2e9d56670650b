"""Fraud limits: how many points may move per member, per till and per sale, when an
adjustment needs a second manager, and when a member must prove who they are.

One policy in the program, so a manager sets every limit in one place and a published
version says which limits a sale was rung up under. The member's own daily earning cap
stays where it always was (``EarningRules.daily_cap``): stored programs keep it, and
it is the first of the earning caps here.

Caps count the ledger the till holds. A till that syncs holds every till's entries for
its members once they arrive, so the member caps are chain-wide up to the last sync; the
till caps only ever count that till's own entries. Purchase points are trimmed to what a
cap leaves (the sale still goes through, and says so); a redemption over a cap is refused,
since points spent cannot be half spent.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from loyalty_pos.domain.errors import LoyaltyError, ValidationError


class Verification(enum.Enum):
    """What a member found by search (not by their card) proves before spending points."""

    OFF = "off"
    PHONE_DIGITS = "phone_digits"  # the last digits of the phone on file
    BIRTH_DATE = "birth_date"  # the birth date on file


MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 2, 6
MAX_WINDOW_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class FraudLimits:
    """Every cap is in points; None means no cap. Thresholds of unusual patterns count
    events inside ``window_minutes``; None leaves that pattern unwatched."""

    member_redeem_per_day: int | None = None
    terminal_earn_per_day: int | None = None
    terminal_redeem_per_day: int | None = None
    earn_per_sale: int | None = None
    redeem_per_sale: int | None = None
    # A manual adjustment moving more points than this (either way) needs a second manager.
    second_manager_above: int | None = None
    verify_searched: Verification = Verification.OFF
    phone_digits: int = 4
    window_minutes: int = 60
    member_redemptions: int | None = None  # redemptions by one member within the window
    cashier_redemptions: int | None = None  # redemptions rung up by one cashier within the window
    cashier_lookups: int | None = None  # different members one cashier looked up within the window

    def __post_init__(self) -> None:
        for name in ("member_redeem_per_day", "terminal_earn_per_day", "terminal_redeem_per_day",
                     "earn_per_sale", "redeem_per_sale", "second_manager_above"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ValidationError(code="bad_limit", template="A points limit cannot be negative")
        for name in ("member_redemptions", "cashier_redemptions", "cashier_lookups"):
            value = getattr(self, name)
            if value is not None and value < 2:
                raise ValidationError(code="bad_pattern_threshold",
                                      template="An unusual pattern needs a threshold of 2 or more")
        if not MIN_PHONE_DIGITS <= self.phone_digits <= MAX_PHONE_DIGITS:
            raise ValidationError(code="bad_phone_digits", template="Ask for {low} to {high} digits of the phone",
                                  low=MIN_PHONE_DIGITS, high=MAX_PHONE_DIGITS)
        if not 1 <= self.window_minutes <= MAX_WINDOW_MINUTES:
            raise ValidationError(code="bad_pattern_window",
                                  template="The pattern window is from 1 minute to 24 hours")


@dataclass(frozen=True, slots=True)
class TodayUsage:
    """Points already moved today (the shop's day) by the till a sale is rung up on."""

    terminal_earned: int = 0
    terminal_redeemed: int = 0


@dataclass(frozen=True, slots=True)
class EarnCap:
    """A cap on a sale's purchase points: ``rule`` names it on the breakdown and the
    receipt, ``limit`` is the cap as set, ``left`` what it still allows on this sale."""

    rule: str  # "terminal_cap" or "sale_cap" ("daily_cap" is the member's, in earning.py)
    limit: int
    left: int

    @property
    def label(self) -> str:
        """English, for logs and old readers; i18n.points_labels writes it in the reader's language."""
        return f"{_CAP_NAMES[self.rule]} {self.limit:,}"


_CAP_NAMES = {"terminal_cap": "Till's daily cap", "sale_cap": "Cap per sale"}


# Every breakdown rule that trims a sale's points to a cap, the member's own first.
CAP_RULES = ("daily_cap", "terminal_cap", "sale_cap")


def earn_caps(limits: FraudLimits, usage: TodayUsage | None) -> tuple[EarnCap, ...]:
    """The caps a sale's purchase points meet after the member's daily cap, in that order.
    Without ``usage`` (a simulation, a price check) the till cap is not known and not applied."""
    caps: list[EarnCap] = []
    if limits.terminal_earn_per_day is not None and usage is not None:
        left = max(0, limits.terminal_earn_per_day - usage.terminal_earned)
        caps.append(EarnCap("terminal_cap", limits.terminal_earn_per_day, left))
    if limits.earn_per_sale is not None:
        caps.append(EarnCap("sale_cap", limits.earn_per_sale, limits.earn_per_sale))
    return tuple(caps)


@dataclass(frozen=True, slots=True)
class CapTrim:
    """What the caps did to a sale's points: it earned ``earned`` of the ``uncapped`` it
    would have earned, and ``rule`` is the cap that bit last (the tightest)."""

    rule: str
    earned: int
    uncapped: int


def cap_trim(rules_and_points: Sequence[tuple[str, int]], points_earned: int) -> CapTrim | None:
    """From a sale's breakdown (rule, points) and its points, what a cap took, if any:
    a receipt and the till say "Daily points cap reached: 40 of 65 points earned"."""
    cut = [(rule, points) for rule, points in rules_and_points if rule in CAP_RULES and points < 0]
    if not cut:
        return None
    return CapTrim(cut[-1][0], points_earned, points_earned - sum(points for _rule, points in cut))


class RedeemLimitReached(LoyaltyError):
    code = "redeem_limit"
    template = "This redemption is over a points limit."


class MemberRedeemCap(RedeemLimitReached):
    code = "member_redeem_cap"
    template = ("A member may redeem at most {cap} points a day; this member has redeemed {used} today, "
                "so {left} are left.")


class TerminalRedeemCap(RedeemLimitReached):
    code = "terminal_redeem_cap"
    template = ("This till may hand out at most {cap} points of rewards a day; {used} are already redeemed "
                "here today, so {left} are left.")


class SaleRedeemCap(RedeemLimitReached):
    code = "sale_redeem_cap"
    template = "One sale may redeem at most {cap} points; this sale would redeem {points}."


def check_redeem(limits: FraudLimits, *, points: int, member_redeemed_today: int,
                 usage: TodayUsage | None) -> None:
    """Refuses a sale's redemptions (``points`` in total) that would pass a redeem cap,
    naming the cap, its figure and what is left; nothing redeemed passes every cap."""
    if points <= 0:
        return
    if limits.redeem_per_sale is not None and points > limits.redeem_per_sale:
        raise SaleRedeemCap(cap=limits.redeem_per_sale, points=points)
    cap = limits.member_redeem_per_day
    if cap is not None and member_redeemed_today + points > cap:
        raise MemberRedeemCap(cap=cap, used=member_redeemed_today, left=max(0, cap - member_redeemed_today))
    cap = limits.terminal_redeem_per_day
    if cap is not None and usage is not None and usage.terminal_redeemed + points > cap:
        raise TerminalRedeemCap(cap=cap, used=usage.terminal_redeemed, left=max(0, cap - usage.terminal_redeemed))


def check_sale_redemptions(limits: FraudLimits, *, points: int, member_redeemed_today: int,
                           usage: TodayUsage | None, requests: int) -> None:
    """:func:`check_redeem` for a priced sale: the refusal names the newest redemption,
    so the till takes that one off and keeps the rest of the sale."""
    try:
        check_redeem(limits, points=points, member_redeemed_today=member_redeemed_today, usage=usage)
    except RedeemLimitReached as error:
        error.redemption = requests - 1 if requests else None
        raise


def needs_second_manager(limits: FraudLimits, points: int) -> bool:
    """A manual adjustment this size needs another manager's approval."""
    return limits.second_manager_above is not None and abs(points) > limits.second_manager_above


class SecondManagerNeeded(LoyaltyError):
    code = "second_manager_needed"
    template = ("Adjusting more than {threshold} points needs a second manager: another manager approves "
                "this adjustment of {points} points with their PIN.")


class SameManager(LoyaltyError):
    code = "second_manager_same"
    template = "The second manager must be someone else than the manager making the adjustment."


def _digits(text: str | None) -> str:
    return "".join(char for char in text or "" if char.isdigit())


def same_phone(one: str | None, other: str | None) -> bool:
    """Two phones as typed are one number: the same digits, or one is the other with its
    country code (a staff form's "91234567" is the member's "+4791234567")."""
    a, b = _digits(one), _digits(other)
    if len(a) < 6 or len(b) < 6:  # too short to be anybody's number: never a match
        return False
    return a == b or a.endswith(b) or b.endswith(a)


def is_own_card(*, staff_member_id: str | None, staff_phone: str | None, member_id: str,
                member_phone: str | None) -> bool:
    """The member is the staff account's holder: linked by a manager, or by the same phone."""
    return staff_member_id == member_id or same_phone(staff_phone, member_phone)


class OwnCardRefused(LoyaltyError):
    code = "own_card"
    template = ("This is your own member card ({name}): staff cannot earn on, redeem from or adjust their own card. "
                "Ask a colleague to ring up this sale.")


class VerifyByPhone(LoyaltyError):
    code = "verify_by_phone"
    template = ("{name} was found by search, not by their card: ask for the last {digits} digits of their phone "
                "before spending points.")


class VerifyByBirthDate(LoyaltyError):
    code = "verify_by_birth_date"
    template = "{name} was found by search, not by their card: ask for their birth date before spending points."


class VerificationFailed(LoyaltyError):
    code = "verification_failed"
    template = "That does not match what is on file for {name}: no points can be spent. Scan their card instead."


class VerificationImpossible(LoyaltyError):
    code = "verification_impossible"
    template = "Nothing is on file to check {name} against: scan their card to spend points."


def verification_needed(limits: FraudLimits, name: str) -> LoyaltyError:
    """The refusal of spending points for a searched, unverified member, asking for the proof."""
    if limits.verify_searched is Verification.BIRTH_DATE:
        return VerifyByBirthDate(name=name)
    return VerifyByPhone(name=name, digits=limits.phone_digits)


def can_verify(limits: FraudLimits, *, phone: str | None, birthday: str | None) -> bool:
    """Whether the member has what the shop's check asks for on file."""
    if limits.verify_searched is Verification.PHONE_DIGITS:
        return len(_digits(phone)) >= limits.phone_digits
    if limits.verify_searched is Verification.BIRTH_DATE:
        return birthday is not None
    return True


def answer_matches(limits: FraudLimits, answer: str, *, phone: str | None, birthday: str | None) -> bool:
    """Whether ``answer`` proves the member: the last ``phone_digits`` digits of their phone,
    or their birth date as ISO ``YYYY-MM-DD``. An empty answer never does."""
    answer = answer.strip()
    if not answer:
        return False
    if limits.verify_searched is Verification.PHONE_DIGITS:
        digits = _digits(phone)
        return len(digits) >= limits.phone_digits and _digits(answer) == digits[-limits.phone_digits:]
    if limits.verify_searched is Verification.BIRTH_DATE:
        return birthday is not None and answer == birthday
    return True
