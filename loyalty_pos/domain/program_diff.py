"""What a draft program changes compared with the published one, in plain sentences.

A manager about to publish must see every difference, in the words of the
editors ("Dairy multiplier: 100 % → 200 %"), not a JSON diff. Each change names
its area so a screen can group them; the order is the order of the editors.
"""

from __future__ import annotations

import calendar
import dataclasses
import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.program import EarningRules, NegativeBalancePolicy, Program, Tier, TierBasis, TierPolicy

EARNING = "Earning"
TIERS = "Tiers"
EXPIRY = "Expiry"
REWARDS = "Rewards"
CAMPAIGNS = "Campaigns"

_ARROW = " → "
_NEGATIVE = {
    NegativeBalancePolicy.REVERSE_TO_ZERO_AND_FLAG: "stop at 0 and flag the member",
    NegativeBalancePolicy.ALLOW_DEBT: "allow a negative balance",
}


@dataclass(frozen=True, slots=True)
class ProgramChange:
    area: str  # EARNING, TIERS, EXPIRY, REWARDS or CAMPAIGNS
    text: str

    def __str__(self) -> str:
        return f"{self.area}: {self.text}"


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).format()


def _pct(pct: int | None) -> str:
    return "none" if pct is None else f"{pct} %"


def _base_rate(rules: EarningRules, currency: str) -> str:
    unit = "point" if rules.points_per_step == 1 else "points"
    return f"{rules.points_per_step} {unit} per {_money(rules.step_minor, currency)}"


def _cap(cap: int | None) -> str:
    return "no cap" if cap is None else f"{cap} points"


def _changed(label: str, before: str, after: str) -> Iterator[str]:
    if before != after:
        yield f"{label}: {before}{_ARROW}{after}"


def _multipliers(kind: str, before: Mapping[str, int], after: Mapping[str, int]) -> Iterator[str]:
    for key in sorted(before.keys() | after.keys()):
        yield from _changed(f"{kind} {key} multiplier", _pct(before.get(key)), _pct(after.get(key)))


def _exclusions(kind: str, before: frozenset[str], after: frozenset[str]) -> Iterator[str]:
    for key in sorted(after - before):
        yield f"{kind} {key} no longer earns points"
    for key in sorted(before - after):
        yield f"{kind} {key} earns points again"


def _earning(before: EarningRules, after: EarningRules, currency: str) -> Iterator[str]:
    yield from _changed("Base rate", _base_rate(before, currency), _base_rate(after, currency))
    yield from _changed("Rounding", before.rounding.value, after.rounding.value)
    yield from _multipliers("Category", before.category_multipliers, after.category_multipliers)
    yield from _multipliers("Product", before.product_multipliers, after.product_multipliers)
    yield from _exclusions("Category", before.excluded_categories, after.excluded_categories)
    yield from _exclusions("Product", before.excluded_products, after.excluded_products)
    yield from _changed("Minimum basket", _money(before.minimum_basket_minor, currency),
                        _money(after.minimum_basket_minor, currency))
    yield from _changed("Tax basis", before.tax_basis.value, after.tax_basis.value)
    yield from _changed("Daily cap", _cap(before.daily_cap), _cap(after.daily_cap))


def threshold_text(threshold: int, basis: TierBasis, currency: str) -> str:
    """A tier threshold as a manager reads it: money for a spend basis, else points."""
    return _money(threshold, currency) if basis is TierBasis.SPEND else f"{threshold:,} points"


def _tier_summary(tier: Tier, basis: TierBasis, currency: str) -> str:
    perks = ", ".join(tier.perks) or "no perks"
    return f"{tier.name} ({tier.code}) from {threshold_text(tier.threshold, basis, currency)}, " \
           f"earns {tier.multiplier_pct} %, {perks}"


def _review(policy: TierPolicy) -> str:
    month = calendar.month_name[policy.review_month] if 1 <= policy.review_month <= 12 else policy.review_month
    return f"{policy.review_day} {month}"


def _tiers(before: TierPolicy, after: TierPolicy, currency: str) -> Iterator[str]:
    yield from _changed("Tier basis", before.basis.value, after.basis.value)
    yield from _changed("Qualifying window", f"{before.window_months} months", f"{after.window_months} months")
    yield from _changed("Yearly review", _review(before), _review(after))
    yield from _changed("Grace after review", f"{before.grace_days} days", f"{after.grace_days} days")
    old = {tier.code: tier for tier in before.tiers}
    new = {tier.code: tier for tier in after.tiers}
    for tier in after.tiers:
        if tier.code not in old:
            yield "New tier " + _tier_summary(tier, after.basis, currency)
    for tier in before.tiers:
        if tier.code not in new:
            yield f"Tier {tier.name} ({tier.code}) removed"
    for tier in after.tiers:
        was = old.get(tier.code)
        if was is None:
            continue
        label = f"Tier {tier.name}"
        yield from _changed(f"Tier {was.name} name", was.name, tier.name)
        yield from _changed(f"{label} threshold", threshold_text(was.threshold, before.basis, currency),
                            threshold_text(tier.threshold, after.basis, currency))
        yield from _changed(f"{label} multiplier", _pct(was.multiplier_pct), _pct(tier.multiplier_pct))
        yield from _changed(f"{label} perks", ", ".join(was.perks) or "none", ", ".join(tier.perks) or "none")


def _months(value: int | None) -> str:
    return "never" if value is None else f"{value} months"


def _plain(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")
    if isinstance(value, frozenset | set):  # of names, or of weekday numbers
        return ", ".join(str(item) for item in sorted(value)) or "none"
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value) or "none"
    if isinstance(value, Mapping):
        return ", ".join(f"{key}: {item}" for key, item in value.items()) or "none"
    return str(value)


def _by_id(kind: str, before: tuple[Any, ...], after: tuple[Any, ...]) -> Iterator[str]:
    """Rewards and campaigns: added, removed, and each changed field of the rest."""
    old = {item.id: item for item in before}
    new = {item.id: item for item in after}
    for item in after:
        was = old.get(item.id)
        if was is None:
            yield f"New {kind.lower()} {item.name}"
            continue
        for field in dataclasses.fields(item):
            label = field.name.replace("_", " ")
            yield from _changed(f"{kind} {item.name} {label}", _plain(getattr(was, field.name)),
                                _plain(getattr(item, field.name)))
    for item in before:
        if item.id not in new:
            yield f"{kind} {item.name} removed"


def program_changes(published: Program | None, draft: Program) -> tuple[ProgramChange, ...]:
    """Every difference of ``draft`` from ``published`` (all of the draft when nothing
    is published yet); empty when publishing would change nothing."""
    if published is None:
        return (ProgramChange(EARNING, "First program: nothing is published yet"),)
    currency = draft.currency
    changes: list[ProgramChange] = []

    def add(area: str, texts: Iterator[str]) -> None:
        changes.extend(ProgramChange(area, text) for text in texts)

    add(EARNING, _earning(published.earning, draft.earning, currency))
    add(TIERS, _tiers(published.tiers, draft.tiers, currency))
    add(EXPIRY, _changed("Points expire", _months(published.expiry.months_after_earning),
                         _months(draft.expiry.months_after_earning)))
    add(EXPIRY, _changed("Inactive accounts expire", _months(published.expiry.inactivity_months),
                         _months(draft.expiry.inactivity_months)))
    add(EXPIRY, _changed("Return below zero", _NEGATIVE[published.negative_balance],
                         _NEGATIVE[draft.negative_balance]))
    add(REWARDS, _changed("Offline redemption cap", _cap(published.offline_redeem_cap_per_day),
                          _cap(draft.offline_redeem_cap_per_day)))
    add(REWARDS, _by_id("Reward", published.rewards, draft.rewards))
    add(CAMPAIGNS, _by_id("Campaign", published.campaigns, draft.campaigns))
    add(CAMPAIGNS, _by_id("Challenge", published.challenges, draft.challenges))
    add(CAMPAIGNS, _by_id("Badge", published.badges, draft.badges))
    add(TIERS, _by_id("Paid membership", published.paid_tiers, draft.paid_tiers))
    add(CAMPAIGNS, _by_id("Segment", published.segments, draft.segments))  # what campaigns are aimed at
    # Price rules are earning rules' neighbours on the rules screen.
    add(EARNING, _by_id("Member price", published.member_prices, draft.member_prices))
    add(EARNING, _changed("Early access", _early(published), _early(draft)))
    add(EARNING, _by_id("Volume rule", published.volume_rules, draft.volume_rules))
    return tuple(changes)


def _early(program: Program) -> str:
    return "; ".join(f"{a.product_code} for {a.min_tier} until {a.until.date().isoformat()}"
                     for a in program.early_access) or "none"
