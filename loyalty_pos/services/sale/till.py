"""Read-only look-ups the till needs between commands: one unit of work each.

The sale screen shows, for the member on the sale, every reward with the reason
the ones that cannot be redeemed are not available; it looks products up by code
or barcode; it shows the member panel together with those rewards. Nothing here
writes: commands live in checkout, members, cards and returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.pricing import PricedSale, available_rewards, reward_progress
from loyalty_pos.domain.program import Program, Reward, RewardKind, TierBasis
from loyalty_pos.domain.rewards import Unavailable
from loyalty_pos.domain.sale_draft import SaleMember
from loyalty_pos.services.sale.checkout import Checkout
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.member_view import build_member_view, stock_for
from loyalty_pos.services.members.membership import MemberPanel, member_summary_from, panel_from_state, tier_metric
from loyalty_pos.services.ports import MemberSummary, Page, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.members.projection import current_state
from loyalty_pos.services.shop.shop import shop_name


@dataclass(frozen=True, slots=True)
class TillInfo:
    shop_name: str
    currency: str


@dataclass(frozen=True, slots=True)
class RewardOption:
    reward_id: str
    name: str
    description: str
    points_cost: int  # for a points-entered reward: the minimum
    points_entered: bool  # pay-with-points: the cashier types how many points
    available: bool
    reason: str | None  # the first reason it is not available, for a person: "needs Gold tier"
    reason_code: str | None  # stable code of that reason (domain.rewards.Unavailable)


@dataclass(frozen=True, slots=True)
class NextReward:
    """The cheapest reward the member could get but cannot afford yet."""

    reward_id: str
    name: str
    points_cost: int
    needed: int
    percent: int  # 0..99, floored


@dataclass(frozen=True, slots=True)
class RewardsOffer:
    member_id: str
    balance: int
    available_points: int  # balance minus the points this sale's redemptions already take
    options: tuple[RewardOption, ...]
    next_reward: NextReward | None


@dataclass(frozen=True, slots=True)
class TillMember:
    """The member panel with what the till needs to word it, and the rewards list."""

    panel: MemberPanel
    currency: str
    tier_basis: TierBasis
    rewards: RewardsOffer


@dataclass(frozen=True, slots=True)
class ProductLookup:
    exact: Product | None  # an active product with exactly this code or barcode
    page: Page[Product]  # catalog search results for the same text


def till_info(uow: UnitOfWork) -> TillInfo:
    with uow:
        return TillInfo(shop_name(uow), published_program(uow).currency)


def member_summary(uow: UnitOfWork, member_id: str) -> MemberSummary:
    """The list row for one member (e.g. straight after enrolment)."""
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(what="Member", key=member_id)
        balance = uow.balances.get(member_id)
    return member_summary_from(member, balance.balance if balance else 0)


def lookup_product(uow: UnitOfWork, text: str, *, limit: int = 25) -> ProductLookup:
    """Exact code or barcode first (a typed barcode is exact), then a name search."""
    cleaned = text.strip()
    with uow:
        exact = uow.products.by_barcode(cleaned) or uow.products.get(cleaned) or uow.products.get(cleaned.upper())
        if exact is not None and not exact.active:
            exact = None
        page = uow.products.search(cleaned, cursor=None, limit=max(1, min(limit, 200)))
    return ProductLookup(exact, page)


def _next_reward(program: Program, view: MemberView, now: datetime) -> NextReward | None:
    progress = reward_progress(program, view.tier_code, view.balance, now)
    if progress is None:
        return None
    target = progress.reward
    return NextReward(target.id, target.name, target.points_cost, progress.points_needed, progress.percent)


def _reason_text(uow: UnitOfWork, reason: Unavailable) -> str:
    """The domain names a product missing from the basket by its code (it only sees the
    basket); the cashier knows products by name, so name it when the catalog can."""
    code = reason.params.get("product_code")
    if reason.code == "product_not_in_basket" and isinstance(code, str) and code in reason.message:
        product = uow.products.get(code)
        if product is not None:
            return reason.message.replace(code, product.name)
    return reason.message


def reward_option(uow: UnitOfWork, reward: Reward, reasons: Sequence[Unavailable]) -> RewardOption:
    """One row of the till's reward lists; the back office previews a reward through it too."""
    return RewardOption(
        reward_id=reward.id,
        name=reward.name,
        description=reward.description,
        points_cost=reward.points_cost,
        points_entered=reward.kind is RewardKind.PAY_WITH_POINTS,
        available=not reasons,
        reason=_reason_text(uow, reasons[0]) if reasons else None,
        reason_code=reasons[0].code if reasons else None,
    )


def _offer(
    uow: UnitOfWork, program: Program, view: MemberView, priced: PricedSale | None, now: datetime
) -> RewardsOffer:
    lines = priced.lines if priced is not None else ()
    committed = priced.points_redeemed if priced is not None else 0
    in_sale = Counter(effect.reward_id for effect in priced.rewards) if priced is not None else Counter()
    stock = stock_for(uow, program, [reward.id for reward in program.rewards])
    listed = available_rewards(
        program, view, lines, stock, now, in_sale=in_sale, points_committed=committed, currency=program.currency,
    )
    options = tuple(reward_option(uow, reward, reasons) for reward, reasons in listed)
    return RewardsOffer(
        member_id=view.member_id,
        balance=view.balance,
        available_points=max(0, view.balance - committed),
        options=options,
        next_reward=_next_reward(program, view, now),
    )


def _member_view(uow: UnitOfWork, program: Program, member_id: str, now: datetime):  # noqa: ANN202
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(what="Member", key=member_id)
    state = current_state(uow, member_id)
    metric = tier_metric(uow, program, member_id, now)
    view = build_member_view(uow, program, member, state, now, tier_metric=metric)
    return member, state, metric, view


def rewards_for_sale(uow: UnitOfWork, cmd: Checkout, *, priced: PricedSale | None, clock: Clock) -> RewardsOffer:
    """Every switched-on reward for the sale's member, against the sale as last quoted
    (``priced``; None for an empty basket), with the reason for each that is not available."""
    if cmd.member_id is None:
        raise NotFound(what="Member", key="(none on this sale)")
    now = clock.now()
    with uow:
        program = published_program(uow)
        _member, _state, _metric, view = _member_view(uow, program, cmd.member_id, now)
        return _offer(uow, program, view, priced, now)


def till_member(uow: UnitOfWork, cmd: Checkout, *, priced: PricedSale | None, clock: Clock) -> TillMember:
    """The member panel and the rewards list in one read, after a scan or a pick."""
    if cmd.member_id is None:
        raise NotFound(what="Member", key="(none on this sale)")
    now = clock.now()
    with uow:
        program = published_program(uow)
        member, state, metric, view = _member_view(uow, program, cmd.member_id, now)
        panel = panel_from_state(member, state, program, metric, now)
        offer = _offer(uow, program, view, priced, now)
    return TillMember(panel, program.currency, program.tiers.basis, offer)


def is_active(member: MemberSummary) -> bool:
    return member.status == MemberStatus.ACTIVE.value


def sale_member(member: MemberSummary) -> SaleMember:
    """The member a list row or a scan names, as the sale holds them."""
    return SaleMember(member.member_id, member.name, member.tier_code, member.balance, MemberStatus(member.status))
