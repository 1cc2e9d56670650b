"""Reward kinds: who may redeem what, and what a redemption does to a basket.

Two questions, kept apart so the till can ask the first without the second:

* :func:`unavailable_reasons` — every reason a reward cannot be redeemed right
  now, each with a stable code and the numbers a cashier can act on.
* :func:`apply_reward` — what one redemption does: money off per line (a
  discount) or money paid with points (store credit, a tender), and the points
  it costs.

A discount never takes a line below what is already paid for it with store
credit, and never touches a product the reward excludes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from types import MappingProxyType

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import RewardUnavailable, ValidationError
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.money import Money, Rounding, allocate, divide, scale
from loyalty_pos.domain.program import Reward, RewardKind, TierPolicy
from loyalty_pos.domain.reward_facts import RewardFacts

_NOTHING: Mapping[int, int] = MappingProxyType({})
DISCOUNT_KINDS = frozenset(
    {
        RewardKind.AMOUNT_OFF,
        RewardKind.PERCENT_OFF,
        RewardKind.FREE_PRODUCT,
        RewardKind.BUY_X_GET_Y,
        RewardKind.PAY_WITH_POINTS,
    }
)
_PRODUCT_KINDS = frozenset({RewardKind.FREE_PRODUCT, RewardKind.BUY_X_GET_Y})
# Kinds whose basket effect is not planned here: non-basket prizes (partner codes, giveaway
# entries) and the mystery reward, whose drawn reward pricing plans (domain/prizes.py).
_NO_BASKET_PLAN = frozenset({RewardKind.PARTNER_CODE, RewardKind.GIVEAWAY, RewardKind.MYSTERY})


@dataclass(frozen=True, slots=True)
class Unavailable:
    code: str  # stable: "inactive", "not_yet_valid", "expired", "needs_tier", "min_basket",
    # "limit_reached", "out_of_stock", "insufficient_points", "product_not_in_basket",
    # "no_eligible_lines", "member_not_active" (and "no_member" from pricing)
    message: str  # English, with the numbers: "needs 500 points, member has 320"
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RedemptionRequest:
    reward_id: str
    points: int | None = None  # PAY_WITH_POINTS only: points the cashier typed (>= points_cost)


@dataclass(frozen=True, slots=True)
class RewardEffect:
    reward_id: str
    reward_name: str
    kind: RewardKind
    points: int  # points spent
    line_discounts: Mapping[int, int]  # line_no -> minor units off (discount kinds)
    tender_minor: int  # STORE_CREDIT: paid with points as a tender, not a discount
    description: str  # "NOK 50.00 off", "2 for 1: Cinnamon bun"
    line_payments: Mapping[int, int] = field(default_factory=dict)  # STORE_CREDIT: line_no -> minor units paid
    free_units: Mapping[int, int] = field(default_factory=dict)  # FREE_PRODUCT/BUY_X_GET_Y: line_no -> units made free
    facts: RewardFacts | None = None  # ``description`` as data, for readers of other languages
    drawn_id: str = ""  # MYSTERY: the pool's reward this redemption drew
    won_by: str = ""  # an instant win's campaign id: the sale won this reward, no points spent

    @property
    def amount_minor(self) -> int:
        """Money this redemption is worth to the customer (off or paid)."""
        return sum(self.line_discounts.values()) + self.tender_minor


def _amount(minor: int, currency: str | None) -> str:
    return Money(minor, currency).format() if currency else f"{minor:,}"


def room(line: PricedLine) -> int:
    """What is still charged in money on a line: the most any further reward may take."""
    return line.net_minor - line.points_paid_minor


def _eligible(reward: Reward, line: PricedLine) -> bool:
    if line.product_code in reward.excluded_products:
        return False
    if reward.kind is RewardKind.PERCENT_OFF and reward.category is not None:
        return line.category == reward.category
    if reward.kind in _PRODUCT_KINDS:
        return line.product_code == reward.product_code
    return True


def _paid_units(line: PricedLine, free_units: Mapping[int, int]) -> int:
    return max(0, line.quantity - free_units.get(line.line_no, 0))


@dataclass(frozen=True, slots=True)
class _Plan:
    discounts: dict[int, int]
    payments: dict[int, int]
    free: dict[int, int]
    points: int


def _spread(amount: int, lines: Sequence[PricedLine]) -> dict[int, int]:
    """``amount`` over ``lines`` by what is left on each; parts never exceed that."""
    parts = allocate(amount, [room(line) for line in lines])
    return {line.line_no: part for line, part in zip(lines, parts, strict=True) if part}


def _free_units_plan(
    lines: Sequence[PricedLine], units: int, free_units: Mapping[int, int]
) -> tuple[dict[int, int], dict[int, int]]:
    """Make ``units`` units free, cheapest paid unit first (the usual retail rule)."""
    candidates = sorted(
        (line for line in lines if _paid_units(line, free_units) and room(line) > 0),
        key=lambda line: (divide(room(line), _paid_units(line, free_units), Rounding.FLOOR), line.line_no),
    )
    discounts: dict[int, int] = {}
    free: dict[int, int] = {}
    for line in candidates:
        if units == 0:
            break
        paid = _paid_units(line, free_units)
        take = min(units, paid)
        # A unit is worth its share of what is still charged for the line's paid units, so a
        # manager's discount or an earlier percent off is shared by the units. FLOOR: a share
        # never rounds up into money the line does not have; all paid units free = the line.
        value = scale(room(line), take, paid, Rounding.FLOOR)
        if value:
            discounts[line.line_no] = value
            free[line.line_no] = take
        units -= take
    return discounts, free


def _plan(
    reward: Reward, lines: Sequence[PricedLine], points: int, free_units: Mapping[int, int]
) -> _Plan:
    eligible = [line for line in lines if _eligible(reward, line) and room(line) > 0]
    available = sum(room(line) for line in eligible)
    kind = reward.kind
    if kind in _NO_BASKET_PLAN:
        return _Plan({}, {}, {}, reward.points_cost)
    if kind is RewardKind.AMOUNT_OFF:
        return _Plan(_spread(min(reward.amount_minor, available), eligible), {}, {}, reward.points_cost)
    if kind is RewardKind.PERCENT_OFF:
        # FLOOR: the customer gets the discount rounded down to the minor unit. That favours
        # the shop by under one minor unit; we prefer it so a percent never rounds into money
        # the price list did not promise, and it matches how earning rounds.
        off = scale(available, reward.percent, 100, Rounding.FLOOR)
        return _Plan(_spread(off, eligible), {}, {}, reward.points_cost)
    if kind is RewardKind.FREE_PRODUCT:
        discounts, free = _free_units_plan(eligible, 1, free_units)
        return _Plan(discounts, {}, free, reward.points_cost)
    if kind is RewardKind.BUY_X_GET_Y:
        paid = sum(_paid_units(line, free_units) for line in eligible)
        group = reward.buy_quantity + reward.free_quantity
        units = paid // group * reward.free_quantity
        discounts, free = _free_units_plan(eligible, units, free_units)
        return _Plan(discounts, {}, free, reward.points_cost)
    if kind is RewardKind.PAY_WITH_POINTS:
        # FLOOR: points buy whole minor units only; a fraction is never paid out.
        worth = scale(points, reward.point_value_minor, reward.points_per_value, Rounding.FLOOR)
        if worth > available:
            # The basket is smaller than the points: charge only the fewest points that still
            # buy what is left (CEILING), never points that buy nothing. This can be below the
            # reward's minimum, which guards against tiny typed amounts, not small baskets.
            worth = available
            points = divide(available * reward.points_per_value, reward.point_value_minor, Rounding.CEILING)
        return _Plan(_spread(worth, eligible), {}, {}, points)
    # STORE_CREDIT: a tender for what the customer still owes on the lines it may pay for.
    paid = min(reward.amount_minor, available)
    return _Plan({}, _spread(paid, eligible), {}, reward.points_cost)


def _free_product(reward: Reward, plan: _Plan, lines: Sequence[PricedLine]) -> str:
    names = {line.line_no: line.name for line in lines}
    return next((names[no] for no in plan.free), reward.product_code or "")


def _facts(reward: Reward, plan: _Plan, lines: Sequence[PricedLine]) -> RewardFacts:
    kind = reward.kind
    if kind is RewardKind.PARTNER_CODE:
        return RewardFacts(kind.value, subject=reward.partner)
    if kind is RewardKind.PERCENT_OFF:
        return RewardFacts(kind.value, percent=reward.percent, subject=reward.category or "")
    if kind in (RewardKind.FREE_PRODUCT, RewardKind.BUY_X_GET_Y):
        return RewardFacts(kind.value, subject=_free_product(reward, plan, lines),
                           buy_quantity=reward.buy_quantity, free_quantity=reward.free_quantity)
    return RewardFacts(kind.value)


def _describe(reward: Reward, plan: _Plan, lines: Sequence[PricedLine], currency: str | None) -> str:
    kind = reward.kind
    if kind is RewardKind.PARTNER_CODE:
        return f"Partner voucher: {reward.partner}"
    if kind is RewardKind.GIVEAWAY:
        return "Giveaway entry"
    if kind is RewardKind.AMOUNT_OFF:
        return f"{_amount(sum(plan.discounts.values()), currency)} off"
    if kind is RewardKind.PERCENT_OFF:
        scope = f" {reward.category}" if reward.category else ""
        return f"{reward.percent} % off{scope}"
    product = _free_product(reward, plan, lines)
    if kind is RewardKind.FREE_PRODUCT:
        return f"Free: {product}"
    if kind is RewardKind.BUY_X_GET_Y:
        return f"{reward.buy_quantity + reward.free_quantity} for {reward.buy_quantity}: {product}"
    if kind is RewardKind.PAY_WITH_POINTS:
        return f"{plan.points:,} points = {_amount(sum(plan.discounts.values()), currency)}"
    return f"Store credit {_amount(sum(plan.payments.values()), currency)}"


def _points_for(reward: Reward, request: RedemptionRequest) -> int:
    if reward.kind is not RewardKind.PAY_WITH_POINTS:
        if request.points is not None:
            raise ValidationError(
                code="points_not_allowed",
                template="{reward} costs a fixed {points} points; points cannot be typed",
                reward=reward.name, points=reward.points_cost,
            )
        return reward.points_cost
    # Without typed points the cashier gets the reward's minimum: the cheapest redemption.
    points = reward.points_cost if request.points is None else request.points
    if points < reward.points_cost:
        raise ValidationError(
            code="points_below_minimum",
            template="{reward} needs at least {minimum} points, {entered} were entered",
            reward=reward.name, minimum=reward.points_cost, entered=points,
        )
    return points


def apply_reward(
    reward: Reward,
    lines: Sequence[PricedLine],
    request: RedemptionRequest,
    *,
    currency: str | None = None,
    free_units: Mapping[int, int] = _NOTHING,
) -> RewardEffect:
    """What redeeming ``reward`` on ``lines`` (as priced so far) does.

    ``free_units`` counts units per line already made free by earlier rewards in
    the sale, so a second free coffee needs a second coffee. ``currency`` only
    formats the description. Raises ``RewardUnavailable(code="no_eligible_lines")``
    when the reward would be worth nothing: points are never spent for nothing.
    """
    points = _points_for(reward, request)
    plan = _plan(reward, lines, points, free_units)
    if not plan.discounts and not plan.payments and reward.kind not in _NO_BASKET_PLAN:
        raise RewardUnavailable(
            code="no_eligible_lines", reward=reward.name,
            template="Reward {reward} is not available: nothing left in the basket it applies to.",
        )
    return RewardEffect(
        reward_id=reward.id,
        reward_name=reward.name,
        kind=reward.kind,
        points=plan.points,
        line_discounts=MappingProxyType(plan.discounts),
        tender_minor=sum(plan.payments.values()),
        description=_describe(reward, plan, lines, currency),
        line_payments=MappingProxyType(plan.payments),
        free_units=MappingProxyType(plan.free),
        facts=_facts(reward, plan, lines),
    )


_NO_LINES_MESSAGE = "nothing left in the basket it applies to"
_PERIOD_TEXT = {"day": " a day", "week": " a week", "month": " a month", "year": " a year", "ever": ""}


def _validity(reward: Reward, now: datetime) -> list[Unavailable]:
    if not reward.active:
        return [Unavailable("inactive", "switched off by a manager", {})]
    if reward.valid_from is not None and now < reward.valid_from:
        day = reward.valid_from.date().isoformat()
        return [Unavailable("not_yet_valid", f"valid from {day}", {"valid_from": reward.valid_from})]
    if reward.valid_until is not None and now >= reward.valid_until:
        day = reward.valid_until.date().isoformat()
        return [Unavailable("expired", f"ended {day}", {"valid_until": reward.valid_until})]
    return []


def _basket_reasons(
    reward: Reward, lines: Sequence[PricedLine], currency: str | None, free_units: Mapping[int, int]
) -> list[Unavailable]:
    reasons = []
    net = sum(line.net_minor for line in lines)
    if net < reward.min_basket_minor:
        minimum, basket = _amount(reward.min_basket_minor, currency), _amount(net, currency)
        reasons.append(
            Unavailable(
                "min_basket",
                f"needs a basket of {minimum}, basket is {basket}",
                {"minimum_minor": reward.min_basket_minor, "basket_minor": net},
            )
        )
    if reward.kind in _PRODUCT_KINDS:
        matching = [line for line in lines if line.product_code == reward.product_code]
        have = sum(_paid_units(line, free_units) for line in matching)
        need = 1 if reward.kind is RewardKind.FREE_PRODUCT else reward.buy_quantity + reward.free_quantity
        if have < need:
            name = matching[0].name if matching else reward.product_code
            message = f"needs {need} x {name} in the basket, basket has {have}"
            if reward.kind is RewardKind.FREE_PRODUCT and not matching:
                message = f"needs {name} in the basket"
            params = {"product_code": reward.product_code, "product": name, "needed": need, "quantity": have}
            reasons.append(Unavailable("product_not_in_basket", message, params))
            return reasons
    if reward.kind in _NO_BASKET_PLAN:
        return reasons
    cheapest = _plan(reward, lines, reward.points_cost, free_units)
    if not cheapest.discounts and not cheapest.payments:
        reasons.append(Unavailable("no_eligible_lines", _NO_LINES_MESSAGE, {}))
    return reasons


def unavailable_reasons(
    reward: Reward,
    *,
    member: MemberView,
    lines: Sequence[PricedLine],
    tiers: TierPolicy,
    now: datetime,
    stock_left: int | None,
    already_in_sale: int = 0,
    points_committed: int = 0,
    currency: str | None = None,
    free_units: Mapping[int, int] = _NOTHING,
) -> tuple[Unavailable, ...]:
    """Every reason ``member`` cannot redeem ``reward`` now; empty means available.

    ``already_in_sale`` is how many times this reward is already redeemed in the
    sale being rung up; ``points_committed`` the points other redemptions in it
    already take. Points come last so the cashier sees the reasons that points
    cannot fix first.
    """
    reasons: list[Unavailable] = []
    if member.status is not MemberStatus.ACTIVE:
        status = member.status.value
        reasons.append(Unavailable("member_not_active", f"member is {status}", {"status": status}))
    reasons += _validity(reward, now)
    if reward.min_tier is not None and tiers.rank(member.tier_code) < tiers.rank(reward.min_tier):
        tier = tiers.by_code(reward.min_tier)
        reasons.append(Unavailable("needs_tier", f"needs {tier.name} tier", {"tier": tier.code, "tier_name": tier.name}))
    if reward.per_member_limit is not None:
        used = member.redemptions_in_period.get(reward.id, 0) + already_in_sale
        if used >= reward.per_member_limit:
            limit = reward.per_member_limit
            reasons.append(
                Unavailable(
                    "limit_reached",
                    f"limit of {limit}{_PERIOD_TEXT.get(reward.limit_period, '')} reached",
                    {"limit": limit, "period": reward.limit_period, "used": used},
                )
            )
    if stock_left is not None and stock_left - already_in_sale <= 0:
        reasons.append(Unavailable("out_of_stock", "out of stock", {"stock_left": max(0, stock_left)}))
    reasons += _basket_reasons(reward, lines, currency, free_units)
    available = max(0, member.balance - points_committed)
    if available < reward.points_cost:
        reasons.append(
            Unavailable(
                "insufficient_points",
                f"needs {reward.points_cost} points, member has {available}",
                {"needed": reward.points_cost, "available": available},
            )
        )
    return tuple(reasons)
