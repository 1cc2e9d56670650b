"""price_sale: basket + member + program + redemptions -> the priced sale.

The order is fixed so a sale prices the same on the till, in the service and
in a replay:

1. basket lines with the manager's line discounts;
2. discount rewards, in the order the cashier added them, each checked against
   the basket as the rewards before it left it;
3. store credit (a tender) after every discount, whatever order it was added
   in, so it pays what the discounts left and never more;
4. earning on what the customer really pays in money (``earning.py``);
5. each line's share of the points earned and spent, so a return can give back
   and take back exactly its share.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from types import MappingProxyType

from loyalty_pos.domain import counting
from loyalty_pos.domain.basket import Basket, PricedLine
from loyalty_pos.domain.campaign_audience import campaigns_for
from loyalty_pos.domain.earning import EarningLine, EarningResult, compute_earning
from loyalty_pos.domain.errors import (
    InsufficientPoints,
    LoyaltyError,
    NotFound,
    RewardUnavailable,
    ValidationError,
)
from loyalty_pos.domain.fraud_limits import TodayUsage, check_sale_redemptions, earn_caps
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.money import Money, allocate
from loyalty_pos.domain.price_rules import RuleDiscount
from loyalty_pos.domain.program import Program, Reward, RewardKind, TierBasis
from loyalty_pos.domain.rewards import (
    RedemptionRequest,
    RewardEffect,
    Unavailable,
    apply_reward,
    unavailable_reasons,
)
from loyalty_pos.domain.rule_pricing import apply_price_rules
from loyalty_pos.domain.tiers import Qualifying, TierProgress, tier_progress
from loyalty_pos.domain.prize_pricing import draw_mystery, instant_prizes
from loyalty_pos.domain.win_back_offer import welcome_back_prizes

_NO_STOCK: Mapping[str, int | None] = MappingProxyType({})
_NO_COUNTS: Mapping[str, int] = MappingProxyType({})
NO_MEMBER = Unavailable("no_member", "no member on the sale", {})


@dataclass(frozen=True, slots=True)
class RewardProgress:
    """The cheapest reward the member cannot afford yet after this sale: something to aim for."""

    reward: Reward
    points_needed: int
    percent: int  # 0..99, floored: how far the balance is toward its price


@dataclass(frozen=True, slots=True)
class PricedSale:
    sale_id: str
    currency: str
    at: datetime
    lines: tuple[PricedLine, ...]  # discounts, store credit and points per line, final
    gross_minor: int
    discount_minor: int
    total_minor: int  # sum of the lines' nets
    store_credit_minor: int
    amount_due_minor: int  # total - store credit: what the tender pays
    rewards: tuple[RewardEffect, ...]
    points_redeemed: int
    earning: EarningResult | None  # None when nobody (active) earns: anonymous or blocked
    points_earned: int
    balance_before: int
    balance_after: int
    reward_progress: RewardProgress | None
    tier_progress: TierProgress | None
    qualifying: Qualifying  # what this sale adds to the member's tier metric, either basis
    instant_wins: tuple[RewardEffect, ...] = ()  # rewards the sale won (domain/prize_pricing.py), no points spent
    rule_discounts: tuple[RuleDiscount, ...] = ()  # member prices and volume deals, per line

    @property
    def breakdown(self) -> tuple[EarningLine, ...]:
        return self.earning.lines if self.earning is not None else ()


def _basket_lines(basket: Basket) -> list[PricedLine]:
    return [
        PricedLine(
            line_no=line.line_no,
            product_code=line.product_code,
            name=line.name,
            category=line.category,
            quantity=line.quantity,
            unit_price=line.unit_price,
            tax_rate_bp=line.tax_rate_bp,
            gross_minor=line.gross,
            discount_minor=line.manual_discount,
        )
        for line in basket.lines
    ]


_REFUSED = "Reward {reward} is not available: "
# One wording per reason, each the reason's English sentence (``Unavailable.message``) as a
# template, so the catalogue (error.reward_unavailable.<why>) can say it in the reader's
# language from the values; a word the reason names (a period, a member's status) is its
# own variant, never a value.
REASON_TEMPLATES: dict[str, str] = {
    "no_member": _REFUSED + "no member on the sale.",
    "inactive": _REFUSED + "switched off by a manager.",
    "not_yet_valid": _REFUSED + "valid from {day}.",
    "expired": _REFUSED + "ended {day}.",
    "needs_tier": _REFUSED + "needs {tier} tier.",
    "limit_reached_day": _REFUSED + "limit of {limit} a day reached.",
    "limit_reached_week": _REFUSED + "limit of {limit} a week reached.",
    "limit_reached_month": _REFUSED + "limit of {limit} a month reached.",
    "limit_reached_year": _REFUSED + "limit of {limit} a year reached.",
    "limit_reached_ever": _REFUSED + "limit of {limit} reached.",
    "out_of_stock": _REFUSED + "out of stock.",
    "min_basket": _REFUSED + "needs a basket of {minimum}, basket is {basket}.",
    "product_count": _REFUSED + "needs {needed} x {product} in the basket, basket has {quantity}.",
    "product": _REFUSED + "needs {product} in the basket.",
    "no_eligible_lines": _REFUSED + "nothing left in the basket it applies to.",
    "member_blocked": _REFUSED + "member is blocked.",
    "member_erased": _REFUSED + "member is erased.",
    "member_merged": _REFUSED + "member is merged.",
}


def _refuse(reward: Reward, reason: Unavailable, currency: str) -> RewardUnavailable:
    """``reason`` as a refusal: the English sentence stays as ``reason`` (callers and logs
    read it), its values beside it for the catalogue's wording."""
    params = reason.params
    values: dict[str, object] = {}
    why = reason.code
    if why in ("not_yet_valid", "expired"):
        moment = params["valid_from" if why == "not_yet_valid" else "valid_until"]
        values["day"] = moment.date() if isinstance(moment, datetime) else moment
    elif why == "needs_tier":
        values["tier"] = params["tier_name"]
    elif why == "limit_reached":
        why = f"limit_reached_{params['period'] if params['period'] in ('day', 'week', 'month', 'year') else 'ever'}"
        values["limit"] = params["limit"]
    elif why == "min_basket":
        # Money, not text: the reader's language writes it (``format_money``); the English
        # message keeps ``Money.format``'s way, which ``str`` gives.
        values["minimum"] = Money(params["minimum_minor"], currency)
        values["basket"] = Money(params["basket_minor"], currency)
    elif why == "product_not_in_basket":
        why = "product" if reason.message == f"needs {params['product']} in the basket" else "product_count"
        values.update(product=params["product"], needed=params["needed"], quantity=params["quantity"])
    elif why == "member_not_active":
        why = f"member_{params['status']}"
    return RewardUnavailable(code=reason.code, template=REASON_TEMPLATES[why], reward=reward.name,
                             reason=reason.message, **values)


def _about(error: LoyaltyError, index: int) -> LoyaltyError:
    error.redemption = index
    return error


@dataclass(slots=True)
class _Redeeming:
    """The sale while rewards are applied to it, one at a time."""

    lines: list[PricedLine]
    member: MemberView
    program: Program
    stock_left: Mapping[str, int | None]
    currency: str
    now: datetime
    effects: list[tuple[int, RewardEffect]]  # (request index, effect)
    used: Counter[str]
    free_units: Counter[int]
    committed: int = 0
    sale_id: str = ""  # a mystery reward draws from it

    def redeem(self, index: int, reward: Reward, request: RedemptionRequest) -> None:
        try:
            self._redeem(index, reward, request)
        except LoyaltyError as error:
            if error.redemption is None:
                error.redemption = index
            raise

    def _redeem(self, index: int, reward: Reward, request: RedemptionRequest) -> None:
        reasons = unavailable_reasons(
            reward, member=self.member, lines=self.lines, tiers=self.program.tiers, now=self.now,
            stock_left=self.stock_left.get(reward.id), already_in_sale=self.used[reward.id],
            points_committed=self.committed, currency=self.currency, free_units=self.free_units,
        )
        # A points shortage is reported with the sale's total below, after the
        # reasons that points cannot fix.
        blocking = [r for r in reasons if r.code != "insufficient_points"]
        if blocking:
            raise _refuse(reward, blocking[0], self.currency)
        if reward.kind is RewardKind.MYSTERY:
            effect = draw_mystery(reward, self.program, self.lines, sale_id=self.sale_id,
                                  occurrence=self.used[reward.id], currency=self.currency, free_units=self.free_units)
        else:
            effect = apply_reward(reward, self.lines, request, currency=self.currency, free_units=self.free_units)
        self.committed += effect.points
        if self.committed > self.member.balance:
            # The sale's total is too much: the newest of the redemptions counted so far goes
            # (store credit is counted last, whenever it was added).
            newest = max([index, *(done for done, _ in self.effects)])
            raise _about(InsufficientPoints(needed=self.committed, available=max(0, self.member.balance)), newest)
        self.used[reward.id] += 1
        self.free_units.update(effect.free_units)
        self.lines = [
            line.adjusted(
                discount=effect.line_discounts.get(line.line_no, 0),
                paid=effect.line_payments.get(line.line_no, 0),
            )
            for line in self.lines
        ]
        self.effects.append((index, effect))


def _resolve(program: Program, redemptions: Sequence[RedemptionRequest]) -> list[Reward]:
    rewards = []
    for index, request in enumerate(redemptions):
        reward = program.reward(request.reward_id)
        if reward is None:
            raise _about(NotFound(code="reward_unknown", template="Reward {key} was not found.", key=request.reward_id), index)
        rewards.append(reward)
    return rewards


def _redeem_all(
    lines: list[PricedLine],
    member: MemberView | None,
    program: Program,
    redemptions: Sequence[RedemptionRequest],
    stock_left: Mapping[str, int | None],
    currency: str,
    now: datetime,
    sale_id: str = "",
) -> tuple[list[PricedLine], tuple[RewardEffect, ...]]:
    rewards = _resolve(program, redemptions)
    if not rewards:
        return lines, ()
    if member is None:
        raise _about(_refuse(rewards[0], NO_MEMBER, currency), 0)
    state = _Redeeming(lines, member, program, stock_left, currency, now, [], Counter(), Counter(), sale_id=sale_id)
    requests = list(enumerate(zip(rewards, redemptions, strict=True)))
    for index, (reward, request) in requests:
        if reward.kind is not RewardKind.STORE_CREDIT:
            state.redeem(index, reward, request)
    for index, (reward, request) in requests:
        if reward.kind is RewardKind.STORE_CREDIT:
            state.redeem(index, reward, request)
    # Effects are reported in the order the cashier added them, whatever order they applied in.
    return state.lines, tuple(effect for _, effect in sorted(state.effects, key=lambda pair: pair[0]))


def _points_spent(lines: Sequence[PricedLine], effects: Sequence[RewardEffect]) -> dict[int, int]:
    """Each reward's points over the lines it discounted or paid, by the money involved."""
    spent: Counter[int] = Counter()
    for effect in effects:
        amounts = {**effect.line_discounts}
        for line_no, paid in effect.line_payments.items():
            amounts[line_no] = amounts.get(line_no, 0) + paid
        parts = allocate(effect.points, [amounts.get(line.line_no, 0) for line in lines])
        spent.update({line.line_no: part for line, part in zip(lines, parts, strict=True)})
    return dict(spent)


def reward_progress(program: Program, tier_code: str, balance: int, now: datetime) -> RewardProgress | None:
    """The cheapest reward still out of reach. Rewards the member could never get (tier,
    dates) are not something to aim for; the till, the receipt and pricing all use this."""
    tiers = program.tiers
    candidates = [
        reward
        for reward in program.rewards
        if reward.active
        and reward.points_cost > balance
        and (reward.valid_from is None or reward.valid_from <= now)
        and (reward.valid_until is None or now < reward.valid_until)
        and (reward.min_tier is None or tiers.rank(tier_code) >= tiers.rank(reward.min_tier))
    ]
    if not candidates:
        return None
    target = min(candidates, key=lambda reward: (reward.points_cost, reward.name, reward.id))
    # The stamp card's "7 of 9" is this progress; challenges count toward theirs the same way.
    counted = counting.progress(balance, target.points_cost)
    return RewardProgress(target, counted.needed, counted.percent)


def price_sale(
    basket: Basket,
    member: MemberView | None,
    program: Program,
    *,
    redemptions: Sequence[RedemptionRequest] = (),
    stock_left: Mapping[str, int | None] = _NO_STOCK,
    sale_id: str,
    now: datetime,
    usage: TodayUsage | None = None,
    sale_number: int | None = None,
    zone: tzinfo = UTC,
) -> PricedSale:
    """Price a sale. Refuses a redemption with the reason the cashier can act on.

    Raises ``NotFound`` for an unknown reward id, ``RewardUnavailable`` (code from
    :class:`Unavailable`, or ``no_member`` on an anonymous sale) and
    ``InsufficientPoints`` when the sale's redemptions together cost more than the
    balance; each names in ``redemption`` the request it is about (for a points
    shortage, the newest of those that together overran the balance). The offline
    redemption cap is the services' job: they know whether the till is offline.
    The program's fraud limits trim the points earned and refuse redemptions over a cap;
    ``usage`` (what this till moved today) is needed for the till caps.
    """
    if basket.currency != program.currency:
        raise ValidationError(
            code="currency_mismatch",
            template="The basket is in {basket}, the program in {program}",
            basket=basket.currency, program=program.currency,
        )
    # ``zone``: the shop's, for campaign hours and early-access days (domain/time_windows.py).
    ruled = apply_price_rules(_basket_lines(basket), member, program, now=now, zone=zone)
    lines, effects = _redeem_all(
        ruled.lines, member, program, redemptions, stock_left, basket.currency, now, sale_id
    )
    if member is not None:
        check_sale_redemptions(program.limits, points=sum(effect.points for effect in effects), usage=usage,
                               member_redeemed_today=member.points_redeemed_today, requests=len(redemptions))
    earns = member is not None and member.status is MemberStatus.ACTIVE
    lines, won = instant_prizes(lines, effects, member if earns else None, program, sale_id=sale_id,
                                sale_number=sale_number, currency=basket.currency, now=now, stock_left=stock_left)
    lines, welcomed = welcome_back_prizes(lines, (*effects, *won), member if earns else None, program,
                                          currency=basket.currency, now=now.astimezone(zone), stock_left=stock_left)
    won += welcomed
    earning = None
    if earns:
        assert member is not None
        earning = compute_earning(
            lines, rules=program.earning, tiers=program.tiers, tier_code=member.tier_code,
            campaigns=campaigns_for(program.campaigns, member.member_id, member.segments),
            prices_include_tax=basket.prices_include_tax,
            points_earned_today=member.points_earned_today, sale_id=sale_id, now=now.astimezone(zone),
            marketing_consent=member.marketing_consent, currency=basket.currency, rule_bonuses=ruled.bonuses,
            caps=earn_caps(program.limits, usage),
        )
    earned = dict(earning.per_line) if earning is not None else {}
    spent = _points_spent(lines, effects)
    final = tuple(
        line.with_points(earned=earned.get(line.line_no, 0), spent=spent.get(line.line_no, 0))
        for line in lines
    )
    total = sum(line.net_minor for line in final)
    store_credit = sum(effect.tender_minor for effect in effects)
    redeemed = sum(effect.points for effect in effects)
    points_earned = earning.points if earning is not None else 0
    balance_before = member.balance if member is not None else 0
    balance_after = balance_before - redeemed + points_earned
    qualifying = Qualifying(total - store_credit, earning.purchase_points if earning is not None else 0)
    progress = tier = None
    if earns:
        assert member is not None
        metric = member.tier_metric + qualifying.metric(program.tiers.basis)
        tier = tier_progress(program.tiers, member.tier_code, metric)
        progress = reward_progress(program, member.tier_code, balance_after, now)
    return PricedSale(
        sale_id=sale_id,
        currency=basket.currency,
        at=now,
        lines=final,
        gross_minor=sum(line.gross_minor for line in final),
        discount_minor=sum(line.discount_minor for line in final),
        total_minor=total,
        store_credit_minor=store_credit,
        amount_due_minor=total - store_credit,
        rewards=effects,
        points_redeemed=redeemed,
        earning=earning,
        points_earned=points_earned,
        balance_before=balance_before,
        balance_after=balance_after,
        reward_progress=progress,
        tier_progress=tier,
        qualifying=qualifying,
        instant_wins=won,
        rule_discounts=ruled.discounts,
    )


def member_after(member: MemberView, sale: PricedSale, basis: TierBasis) -> MemberView:
    """The member as their next sale will see them, worked out from this sale alone: its
    points earned and spent today, its redemptions, its balance and what it adds to the
    tier metric. (A tier it lifts them to is checkout's decision, not this sale's.)"""
    counts = dict(member.redemptions_in_period)
    for effect in sale.rewards:
        if effect.reward_id in counts:  # only limited rewards are counted at all
            counts[effect.reward_id] += 1
    return replace(
        member,
        balance=sale.balance_after,
        points_earned_today=member.points_earned_today + sale.points_earned,
        points_redeemed_today=member.points_redeemed_today + sale.points_redeemed,
        redemptions_in_period=counts,
        tier_metric=member.tier_metric + sale.qualifying.metric(basis),
    )


def available_rewards(
    program: Program,
    member: MemberView | None,
    lines: Sequence[PricedLine],
    stock_left: Mapping[str, int | None],
    now: datetime,
    *,
    in_sale: Mapping[str, int] = _NO_COUNTS,
    points_committed: int = 0,
    currency: str | None = None,
) -> tuple[tuple[Reward, tuple[Unavailable, ...]], ...]:
    """The till's reward list: every switched-on reward with why it cannot be redeemed (empty = it can).

    Pass the lines of the sale as priced so far (``PricedSale.lines``), the times
    each reward is already in it and the points those redemptions take, so the
    list reflects the sale the cashier sees. Rewards a manager switched off are left out.
    """
    out = []
    for reward in program.rewards:
        if not reward.active:
            continue
        if member is None:
            out.append((reward, (NO_MEMBER,)))
            continue
        reasons = unavailable_reasons(
            reward, member=member, lines=lines, tiers=program.tiers, now=now,
            stock_left=stock_left.get(reward.id), already_in_sale=in_sale.get(reward.id, 0),
            points_committed=points_committed, currency=currency or program.currency,
        )
        out.append((reward, reasons))
    return tuple(out)
