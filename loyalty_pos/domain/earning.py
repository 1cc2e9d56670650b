"""Earning rules -> points, as an explainable breakdown (one line per rule).

How a sale earns:

* Each basket line's earning base is what the customer really paid for it
  (``PricedLine.earnable_minor``: after discounts, minus the part paid with
  points), converted to the program's tax basis. Excluded products and
  categories earn nothing and do not count toward the minimum basket.
* Base points: ``points_per_step`` for every ``step_minor`` of eligible spend.
* Multipliers are *additive extras* over the base, each shown on its own line
  (a product's multiplier wins over its category's; the tier multiplier and each
  running multiplier campaign add their extra over their scope). Additive extras
  are what members can check on a receipt: "Dairy x2" adds one more base on dairy.
* Every breakdown line is kept as an exact fraction and rounded once with the
  program's rounding; the total is the sum of the rounded lines. With FLOOR a sum
  of floors never exceeds the floor of the sum, so rounding never creates points.
* Purchase points never go below 0 and are capped by the daily cap; campaign
  bonuses (purchase bonus, instant win) come on top and are not capped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.campaigns import multipliers, purchase_bonuses
from loyalty_pos.domain.fraud_limits import EarnCap
from loyalty_pos.domain.money import Money, Rounding, allocate, divide, scale
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.price_rules import RuleBonus
from loyalty_pos.domain.program import Campaign, EarningRules, TaxBasis, Tier, TierPolicy
from loyalty_pos.domain.time_windows import covers, tier_multiplier
from loyalty_pos.domain.window_labels import campaign_term_label

_BASIS_POINTS = 10_000  # tax rates are in basis points: 2500 = 25 %


@dataclass(frozen=True, slots=True)
class EarningLine:
    rule: str  # stable code: "base", "category:<cat>", "product:<code>", "tier:<code>",
    # "campaign:<id>", "bonus:<id>", "instant_win:<id>", "no_negative", "daily_cap", "minimum_basket"
    label: str  # short English text for logs; readers write ``facts`` in their language
    base_minor: int  # the money amount this line applies to (0 for fixed bonuses)
    multiplier_pct: int  # 100 = 1x; for extra lines the full multiplier (200 for x2)
    points: int
    campaign_id: str | None = None  # the campaign that gave these points, if a campaign did
    facts: PointsFacts = PointsFacts()


@dataclass(frozen=True, slots=True)
class EarningResult:
    points: int  # == sum of the lines' points; never negative
    lines: tuple[EarningLine, ...]  # the explainable breakdown, base first
    rounding: Rounding
    earnable_minor: int  # eligible spend after exclusions and tax-basis conversion
    purchase_points: int  # from purchase rules, after the daily cap -> booked as EARN
    bonus_points: int  # campaign bonuses and instant wins -> booked as BONUS
    per_line: tuple[tuple[int, int], ...]  # (line_no, points) for every input line; sums to points


@dataclass(slots=True)
class _Term:
    """A breakdown line while it is still exact: ``numerator / (step_minor * 100)`` points."""

    rule: str
    label: str
    multiplier_pct: int
    base_minor: int = 0
    numerator: int = 0
    campaign_id: str | None = None
    facts: PointsFacts = PointsFacts()


def _pct_text(pct: int) -> str:
    whole, hundredths = divmod(pct, 100)
    return str(whole) if not hundredths else f"{whole}.{hundredths:02d}".rstrip("0")


def _amount_text(minor: int, currency: str | None) -> str:
    return Money(minor, currency).format() if currency else f"{minor:,}"


def _base_label(rules: EarningRules, currency: str | None) -> str:
    unit = "pt" if rules.points_per_step == 1 else "pts"
    return f"Base {rules.points_per_step} {unit} / {_amount_text(rules.step_minor, currency)}"


def is_excluded(line: PricedLine, rules: EarningRules) -> bool:
    return line.product_code in rules.excluded_products or line.category in rules.excluded_categories


def earning_base(line: PricedLine, rules: EarningRules, prices_include_tax: bool) -> int:
    """The line's earnable amount in the program's tax basis (FLOOR: never rounds up spend)."""
    amount = max(0, line.earnable_minor)
    rate = _BASIS_POINTS + line.tax_rate_bp
    if rules.tax_basis is TaxBasis.EXCLUSIVE and prices_include_tax:
        return scale(amount, _BASIS_POINTS, rate, Rounding.FLOOR)
    if rules.tax_basis is TaxBasis.INCLUSIVE and not prices_include_tax:
        return scale(amount, rate, _BASIS_POINTS, Rounding.FLOOR)
    return amount


def _base_facts(rules: EarningRules) -> PointsFacts:
    return PointsFacts(step_points=rules.points_per_step, step_minor=rules.step_minor)


def category_title(category: str) -> str:
    """A category as a label starts with it: "coffee" reads "Coffee"."""
    return category[:1].upper() + category[1:]


def _line_multiplier(line: PricedLine, rules: EarningRules) -> tuple[str, str, int, str] | None:
    """(rule, label, pct, name) of the product or category multiplier on a line, if it changes anything."""
    if line.product_code in rules.product_multipliers:
        # An explicit product rule wins even at 100 %: it takes the product out of its category's deal.
        pct = rules.product_multipliers[line.product_code]
        rule, label, name = f"product:{line.product_code}", f"{line.name} x{_pct_text(pct)}", line.name
    elif line.category in rules.category_multipliers:
        pct = rules.category_multipliers[line.category]
        title = category_title(line.category)
        rule, label, name = f"category:{line.category}", f"{title} x{_pct_text(pct)}", line.category
    else:
        return None
    return None if pct == 100 else (rule, label, pct, name)


def _purchase_terms(
    lines: Sequence[PricedLine],
    amounts: Sequence[int],
    rules: EarningRules,
    tier: Tier,
    campaigns: Sequence[Campaign],
    currency: str | None,
) -> tuple[list[_Term], list[int]]:
    """The exact breakdown terms and each basket line's exact contribution (same denominator)."""
    base = _Term("base", _base_label(rules, currency), 100, facts=_base_facts(rules))
    extras: dict[str, _Term] = {}
    tier_label = f"{tier.name} tier x{_pct_text(tier.multiplier_pct)}"
    tier_term = _Term(f"tier:{tier.code}", tier_label, tier.multiplier_pct,
                      facts=PointsFacts(name=tier.name, multiplier_pct=tier.multiplier_pct))
    campaigns = [c for c in campaigns if tier_multiplier(c, tier.code) > 100]  # a tier's 1x adds nothing
    campaign_terms = [
        _Term(f"campaign:{c.id}", label, pct, campaign_id=c.id, facts=facts)
        for c in campaigns
        for label, pct, facts in (campaign_term_label(c, tier.code, lines),)
    ]
    contributions = [0] * len(lines)
    for index, (line, amount) in enumerate(zip(lines, amounts, strict=True)):
        if amount == 0:
            continue
        shares = [base, tier_term]
        found = _line_multiplier(line, rules)
        if found is not None:
            rule, label, pct, name = found
            shares.append(extras.setdefault(rule, _Term(rule, label, pct,
                                                        facts=PointsFacts(name=name, multiplier_pct=pct))))
        shares += [term for term, c in zip(campaign_terms, campaigns) if covers(c, line)]
        unit = amount * rules.points_per_step
        for term in shares:
            # The base term counts the whole 100 %; every other term only its extra over 1x.
            extra = unit * (100 if term is base else term.multiplier_pct - 100)
            term.base_minor += amount
            term.numerator += extra
            contributions[index] += extra
    terms = [base, *extras.values()]
    if tier.multiplier_pct != 100:
        terms.append(tier_term)
    terms += [term for term in campaign_terms if term.base_minor > 0]
    return terms, contributions


def _per_line(
    lines: Sequence[PricedLine],
    amounts: Sequence[int],
    contributions: Sequence[int],
    purchase: int,
    bonus: int,
) -> tuple[tuple[int, int], ...]:
    """Spread the points over the basket lines, so a return can take back each line's share."""
    weights = [max(0, c) for c in contributions]
    if sum(weights) == 0:
        # Multipliers below 1x can cancel every line out while rounding still leaves points.
        weights = list(amounts)
    purchase_parts = allocate(purchase, weights)
    bonus_parts = allocate(bonus, list(amounts))  # a bonus belongs to the whole eligible basket
    return tuple(
        (line.line_no, p + b) for line, p, b in zip(lines, purchase_parts, bonus_parts, strict=True)
    )


def compute_earning(
    lines: Sequence[PricedLine],
    *,
    rules: EarningRules,
    tiers: TierPolicy,
    tier_code: str,
    campaigns: Sequence[Campaign],
    prices_include_tax: bool,
    points_earned_today: int,
    sale_id: str,
    now: datetime,
    marketing_consent: bool,
    currency: str | None = None,
    caps: Sequence[EarnCap] = (),
    rule_bonuses: Sequence[RuleBonus] = (),
) -> EarningResult:
    """The points a member earns on a priced basket, with the breakdown that explains them.

    ``marketing_consent`` decides whether targeted (marketing) campaigns reach the member
    (``campaigns.is_marketing``).

    ``currency`` only formats amounts in labels ("Base 1 pt / NOK 1.00"); without it
    labels show plain minor units. ``caps`` (``fraud_limits.earn_caps``) trim the purchase
    points after the member's daily cap, each on its own line.
    """
    amounts = [
        0 if is_excluded(line, rules) else earning_base(line, rules, prices_include_tax) for line in lines
    ]
    earnable = sum(amounts)
    tier = tiers.by_code(tier_code)
    breakdown: list[EarningLine] = []
    contributions = [0] * len(lines)
    if earnable < rules.minimum_basket_minor:
        minimum = _amount_text(rules.minimum_basket_minor, currency)
        breakdown.append(EarningLine("base", _base_label(rules, currency), earnable, 100, 0,
                                     facts=_base_facts(rules)))
        breakdown.append(EarningLine("minimum_basket", f"Below minimum basket {minimum}", earnable, 100, 0,
                                     facts=PointsFacts(limit=rules.minimum_basket_minor)))
    else:
        live = multipliers(campaigns, tiers=tiers, tier_code=tier_code, now=now,
                           marketing_consent=marketing_consent)
        terms, contributions = _purchase_terms(lines, amounts, rules, tier, live, currency)
        denominator = rules.step_minor * 100
        # Each line is rounded once, from its exact value; the total is the sum of those.
        breakdown += [
            EarningLine(
                t.rule, t.label, t.base_minor, t.multiplier_pct, divide(t.numerator, denominator, rules.rounding),
                t.campaign_id, t.facts,
            )
            for t in terms
        ]
    purchase = sum(line.points for line in breakdown)
    if purchase < 0:
        breakdown.append(EarningLine("no_negative", "Purchase points not below 0", 0, 100, -purchase))
        purchase = 0
    if rules.daily_cap is not None:
        allowed = max(0, rules.daily_cap - points_earned_today)
        if purchase > allowed:
            cap_label = f"Daily cap {rules.daily_cap:,}"
            breakdown.append(EarningLine("daily_cap", cap_label, 0, 100, allowed - purchase,
                                         facts=PointsFacts(limit=rules.daily_cap)))
            purchase = allowed
    for cap in caps:
        if purchase > cap.left:
            breakdown.append(EarningLine(cap.rule, cap.label, 0, 100, cap.left - purchase,
                                         facts=PointsFacts(limit=cap.limit)))
            purchase = cap.left
    bonuses = purchase_bonuses(
        campaigns, tiers=tiers, tier_code=tier_code, eligible_minor=earnable, sale_id=sale_id, now=now,
        marketing_consent=marketing_consent,
    )
    breakdown += [EarningLine(b.rule, b.label, 0, 100, b.points, b.campaign.id, PointsFacts(name=b.campaign.name))
                  for b in bonuses]
    # Volume bonuses (domain/volume_pricing.py) are bonuses too: on top, never capped.
    breakdown += [EarningLine(b.rule, f"Volume: {b.name}", 0, 100, b.points, facts=PointsFacts(name=b.name))
                  for b in rule_bonuses if earnable > 0]
    bonus = sum(b.points for b in bonuses) + (sum(b.points for b in rule_bonuses) if earnable > 0 else 0)
    return EarningResult(
        points=purchase + bonus,
        lines=tuple(breakdown),
        rounding=rules.rounding,
        earnable_minor=earnable,
        purchase_points=purchase,
        bonus_points=bonus,
        per_line=_per_line(lines, amounts, contributions, purchase, bonus),
    )


def campaign_points(lines: Sequence[EarningLine]) -> dict[str, int]:
    """Points per campaign on a breakdown (a multiplier and a bonus of one campaign add up)."""
    points: dict[str, int] = {}
    for line in lines:
        if line.campaign_id is not None:
            points[line.campaign_id] = points.get(line.campaign_id, 0) + line.points
    return points
