"""What the till reads between commands: one unit of work each, nothing written.

``refresh_sale`` is the one read after every change of the sale (a scan, a line,
a reward, the member): the priced sale, the member panel and every reward with
the reason the ones that cannot be redeemed are not available. Checkout builds
the same panel for after the sale (``member_on_till``) in its own transaction.
Products are looked up by code or barcode. Commands live in checkout, members,
cards and returns.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.ledger import PointsState
from loyalty_pos.domain.local_names import local_name
from loyalty_pos.domain.member_actions import VisitAward
from loyalty_pos.domain.members import Member, MemberStatus, MemberView
from loyalty_pos.domain.pricing import PricedSale, RewardProgress, available_rewards, reward_progress
from loyalty_pos.domain.counting_names import awards_in
from loyalty_pos.domain.receipt_names import earning_lines_in
from loyalty_pos.domain.program import Program, Reward, RewardKind, TierBasis
from loyalty_pos.domain.rewards import Unavailable
from loyalty_pos.domain.sale_draft import SaleMember
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.membership import MemberPanel, member_summary_from, panel_from_state
from loyalty_pos.services.ports import MemberSummary, Page, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.fraud_checks import check_verified
from loyalty_pos.services.sale.counting import CountingPanel, counting_panel, counting_panel_in
from loyalty_pos.services.sale.reading import price_reading, read_sale
from loyalty_pos.services.sale.segment_offers import SegmentOffer, segment_offers
from loyalty_pos.services.shop.shop import shop_name, shop_zone
from loyalty_pos.services.shop.till_preferences import spoken_language
from loyalty_pos.services.sale.visit_awards import due_visit_awards
from loyalty_pos.services.sale.welcome_offers import WelcomeOffer, welcome_offers

if TYPE_CHECKING:
    from loyalty_pos.services.sale.checkout import Checkout


@dataclass(frozen=True, slots=True)
class TillInfo:
    shop_name: str
    currency: str
    zone: tzinfo  # the shop's: the receipt on screen dates the sale as the printed one does


@dataclass(frozen=True, slots=True)
class RewardOption:
    reward_id: str
    name: str  # in the till's language when the manager wrote it in it, else the default
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
    name: str  # the default name
    points_cost: int
    needed: int
    percent: int  # 0..99, floored
    names: Mapping[str, str] = field(default_factory=dict)  # the reward's names per language

    def name_in(self, *languages: str | None) -> str:
        """The name a reader of the first of ``languages`` with one gets (the default after)."""
        return local_name(self.name, self.names, *languages)


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
    # What this visit gives by itself once paid (a birthday, a welcome back, a referral), for the panel.
    awards: tuple[VisitAward, ...] = ()
    counting: CountingPanel | None = None  # challenges, badges, paid tier; None when the program has none
    segment_campaigns: tuple[SegmentOffer, ...] = ()  # campaigns for a segment they are in (services.sale.segment_offers)
    welcome_offers: tuple[WelcomeOffer, ...] = ()  # a welcome back's reward this visit gets (services.sale.welcome_offers)


@dataclass(frozen=True, slots=True)
class SaleView:
    """What the sale screen shows after one change of the sale, read together."""

    priced: PricedSale | None  # None while the basket is empty
    member: TillMember | None  # None on an anonymous sale

    @property
    def next_reward(self) -> NextReward | None:
        """The reward to aim for once this sale is paid, as it stands now."""
        if self.priced is not None:
            return next_reward_of(self.priced.reward_progress)
        return self.member.rewards.next_reward if self.member is not None else None

    @property
    def balance(self) -> int | None:
        """The member's balance once this sale is paid, as it stands now."""
        if self.priced is not None and self.member is not None:
            return self.priced.balance_after
        return self.member.panel.balance if self.member is not None else None


@dataclass(frozen=True, slots=True)
class ProductLookup:
    exact: Product | None  # an active product with exactly this code or barcode
    page: Page[Product]  # catalog search results for the same text


def till_info(uow: UnitOfWork) -> TillInfo:
    with uow:
        return TillInfo(shop_name(uow), published_program(uow).currency, shop_zone(uow))


def member_summary(uow: UnitOfWork, member_id: str) -> MemberSummary:
    """The list row for one member (e.g. straight after enrolment)."""
    with uow:
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
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


def next_reward_of(progress: RewardProgress | None) -> NextReward | None:
    if progress is None:
        return None
    target = progress.reward
    return NextReward(target.id, target.name, target.points_cost, progress.points_needed, progress.percent,
                      target.names)


def _missing_product(reason: Unavailable) -> str | None:
    """The code of the product a reason says is missing from the basket, if that is the reason."""
    code = reason.params.get("product_code")
    if reason.code == "product_not_in_basket" and isinstance(code, str) and code in reason.message:
        return code
    return None


def _option(reward: Reward, reasons: Sequence[Unavailable], names: Mapping[str, str], language: str) -> RewardOption:
    # The domain names a product missing from the basket by its code (it only sees the
    # basket); the cashier knows products by name, so name it when the catalog can.
    reason = None
    if reasons:
        first, code = reasons[0], _missing_product(reasons[0])
        reason = first.message.replace(code, names[code]) if code is not None and code in names else first.message
    return RewardOption(
        reward_id=reward.id,
        name=local_name(reward.name, reward.names, language),
        description=local_name(reward.description, reward.descriptions, language),
        points_cost=reward.points_cost,
        points_entered=reward.kind is RewardKind.PAY_WITH_POINTS,
        available=not reasons,
        reason=reason,
        reason_code=reasons[0].code if reasons else None,
    )


def _product_names(uow: UnitOfWork, reasons: Sequence[Unavailable]) -> dict[str, str]:
    codes = [code for code in map(_missing_product, reasons) if code is not None]
    return {code: product.name for code, product in uow.products.get_many(codes).items()}


def reward_option(uow: UnitOfWork, reward: Reward, reasons: Sequence[Unavailable]) -> RewardOption:
    """One row of the till's reward lists, named in the till's language; the back office
    previews a reward through it too."""
    return _option(reward, reasons, _product_names(uow, reasons[:1]), spoken_language(uow))


def _offer(
    uow: UnitOfWork, program: Program, view: MemberView, priced: PricedSale | None,
    stock: Mapping[str, int | None], now: datetime,
) -> RewardsOffer:
    lines = priced.lines if priced is not None else ()
    committed = priced.points_redeemed if priced is not None else 0
    in_sale = Counter(effect.reward_id for effect in priced.rewards) if priced is not None else Counter()
    listed = available_rewards(
        program, view, lines, stock, now, in_sale=in_sale, points_committed=committed, currency=program.currency,
    )
    names = _product_names(uow, [reasons[0] for _reward, reasons in listed if reasons])  # one read for the list
    language = spoken_language(uow)
    options = tuple(_option(reward, reasons, names, language) for reward, reasons in listed)
    return RewardsOffer(
        member_id=view.member_id,
        balance=view.balance,
        available_points=max(0, view.balance - committed),
        options=options,
        next_reward=next_reward_of(reward_progress(program, view.tier_code, view.balance, now)),
    )


def member_on_till(
    uow: UnitOfWork, program: Program, member: Member, state: PointsState, view: MemberView, *,
    priced: PricedSale | None, stock: Mapping[str, int | None], now: datetime,
    counting: CountingPanel | None = None,
) -> TillMember:
    """The member panel and the rewards list against ``priced`` (None: an empty basket),
    from what the caller has already read: nothing about the member is read again."""
    panel = panel_from_state(member, state, program, view.tier_metric, now)
    language = spoken_language(uow)
    # The panel names challenges, badges, the paid tier and the awards' campaigns in the till's language.
    return TillMember(panel, program.currency, program.tiers.basis, _offer(uow, program, view, priced, stock, now),
                      awards_in(due_visit_awards(uow, program, member, state, now), program, language),
                      counting_panel_in(counting, program, language),
                      segment_offers(program, view, now, language),
                      welcome_offers(program, view, now.astimezone(shop_zone(uow)), language))


def refresh_sale(uow: UnitOfWork, cmd: Checkout, *, clock: Clock, actor: Actor | None = None) -> SaleView:
    """Everything the sale screen shows after a change of the sale, in one unit of work:
    the priced sale, and for a member the panel and the rewards list priced against it.
    The member's points come from the projection; their ledger is never read whole.
    With ``actor`` (the cashier) the sale meets the fraud limits as checkout will.
    """
    now = clock.now()
    with uow:
        reading = read_sale(uow, cmd.member_id, now, fold_ledger=False, actor=actor)
        priced = price_reading(uow, reading, cmd, now) if cmd.lines else None
        if priced is not None and actor is not None and reading.member is not None:
            check_verified(uow, reading.program.limits, actor, reading.member, priced.points_redeemed, now,
                           requests=len(cmd.redemptions))
        if priced is not None and priced.earning is not None:
            # The panel explains the points in the till's language: a campaign by its name in it.
            lines = earning_lines_in(priced.earning.lines, reading.program, spoken_language(uow))
            priced = replace(priced, earning=replace(priced.earning, lines=lines))
        if reading.member is None:
            return SaleView(priced, None)
        assert reading.state is not None and reading.view is not None
        counting = counting_panel(reading.program, reading.counting, priced.lines if priced is not None else ())
        member = member_on_till(uow, reading.program, reading.member, reading.state, reading.view,
                                priced=priced, stock=reading.stock, now=now, counting=counting)
    return SaleView(priced, member)


def is_active(member: MemberSummary) -> bool:
    return member.status is MemberStatus.ACTIVE


def sale_member(member: MemberSummary) -> SaleMember:
    """The member a list row or a scan names, as the sale holds them."""
    return SaleMember(member.member_id, member.name, member.tier_code, member.balance, MemberStatus(member.status))
