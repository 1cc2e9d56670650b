"""A points line's label in the reader's language, from its rule code and ``PointsFacts``.

A line without facts (a receipt stored before they existed) or with a rule this release
does not know (a newer till's) reads as its stored English label: an old receipt still
reprints, only not translated. Numbers are written by a ``Numbers``: the catalogue's
locale formatting on paper and in the CLI, QLocale's on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from loyalty_pos.domain.fraud_limits import cap_trim
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.formatting import format_integer, format_money, marks


@dataclass(frozen=True, slots=True)
class Numbers:
    integer: Callable[[int], str]
    money: Callable[[Money], str]
    decimal_point: str


def numbers_in(language: str) -> Numbers:
    """Numbers as ``language``'s locale writes them, without Qt (receipts, the CLI)."""
    return Numbers(lambda value: format_integer(value, language), lambda money: format_money(money, language),
                   marks(language).decimal)


def multiplier_text(pct: int, numbers: Numbers) -> str:
    """200 -> "2", 150 -> "1.5" (nb "1,5"), 125 -> "1.25": no trailing zero, as the English label."""
    whole, hundredths = divmod(pct, 100)
    if not hundredths:
        return numbers.integer(whole)
    fraction = f"{hundredths:02d}".rstrip("0")
    return f"{numbers.integer(whole)}{numbers.decimal_point}{fraction}"


def _amount(minor: int, currency: str | None, numbers: Numbers) -> str:
    return numbers.money(Money(minor, currency)) if currency else numbers.integer(minor)


def points_label(rule: str, facts: PointsFacts | None, stored: str, *, currency: str | None, language: str,
                 numbers: Numbers | None = None) -> str:
    """The label of a points line with rule code ``rule`` in ``language``; ``stored`` (its
    English label) when the line has no facts or a rule this release does not know."""
    if facts is None:
        return stored
    numbers = numbers or numbers_in(language)
    kind, _, key = rule.partition(":")
    pct = multiplier_text(facts.multiplier_pct, numbers)
    match kind:
        case "base":
            code = "points.base_one" if facts.step_points == 1 else "points.base_many"
            return text(code, language, points=numbers.integer(facts.step_points),
                        amount=_amount(facts.step_minor, currency, numbers))
        case "category":
            # The category as the shop typed it (one name in every language), capitalised as a label starts.
            name = facts.name or key
            return text("points.category_multiplier", language, category=name[:1].upper() + name[1:],
                        multiplier=pct)
        case "product":
            return text("points.product_multiplier", language, product=facts.name or key, multiplier=pct)
        case "tier":
            return text("points.tier_multiplier", language, tier=facts.name or key, multiplier=pct)
        case "campaign" if facts.hour_until:
            hours = f"{facts.hour_from:02d}–{facts.hour_until:02d}"
            code = "points.campaign_hours_on" if facts.scope else "points.campaign_hours"
            return text(code, language, campaign=facts.name or key, hours=hours, multiplier=pct, scope=facts.scope)
        case "campaign":
            return text("points.campaign_multiplier", language, campaign=facts.name or key, multiplier=pct)
        case "volume":
            return text("points.volume_bonus", language, rule=facts.name or key)
        case "bonus":
            return text("points.campaign_bonus", language, campaign=facts.name or key)
        case "instant_win":
            return text("points.instant_win", language, campaign=facts.name or key)
        case "minimum_basket":
            return text("points.minimum_basket", language, amount=_amount(facts.limit, currency, numbers))
        case "no_negative":
            return text("points.no_negative", language)
        case "daily_cap":
            return text("points.daily_cap", language, cap=numbers.integer(facts.limit))
        case "terminal_cap" | "sale_cap":
            return text(f"points.{kind}", language, cap=numbers.integer(facts.limit))
        case "birthday" | "win_back" | "referral" | "referrer":
            return text(f"points.{kind}", language, campaign=facts.name or key)
    return stored


def cap_note(rules_and_points: Sequence[tuple[str, int]], points_earned: int, *, language: str,
             numbers: Numbers | None = None) -> str | None:
    """ "Daily points cap reached: 40 of 65 points earned" in ``language`` when a cap trimmed the sale's points."""
    trim = cap_trim(rules_and_points, points_earned)
    if trim is None:
        return None
    numbers = numbers or numbers_in(language)
    return text(f"receipt.cap.{trim.rule}", language, earned=numbers.integer(trim.earned),
                uncapped=numbers.integer(trim.uncapped))
