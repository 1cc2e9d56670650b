"""Checkout: basket -> earn and redeem in one durable transaction.

Idempotent on the sale UUID the till generated: a retry after a crash or a
double press returns the first result instead of charging points twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.errors import LoyaltyError, NotFound, ValidationError
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, fold
from loyalty_pos.domain.members import Member, MemberView
from loyalty_pos.domain.pricing import PricedSale, price_sale
from loyalty_pos.domain.program import Program, TierBasis
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.auth import require_approval
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.member_view import build_member_view, stock_for
from loyalty_pos.services.members.membership import tier_metric
from loyalty_pos.services.ports import SaleRecord, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.members.projection import post_entries
from loyalty_pos.services.sale.receipts import sale_receipt
from loyalty_pos.services.shop.profile import prices_include_tax
from loyalty_pos.services.shop.shop import shop_name

TENDERS = ("cash", "card", "mobile", "voucher", "other")


class OfflineRedeemCap(LoyaltyError):
    code = "offline_redeem_cap"
    template = "Offline, a member may redeem at most {cap} points a day ({used} used today)."


@dataclass(frozen=True, slots=True)
class SaleLineInput:
    product_code: str
    quantity: int = 1
    manual_discount_minor: int = 0


@dataclass(frozen=True, slots=True)
class Checkout:
    sale_id: str
    member_id: str | None
    lines: tuple[SaleLineInput, ...]
    redemptions: tuple[RedemptionRequest, ...] = ()
    tender: str = "cash"
    discount_approved_by: str | None = None  # a manager's user name, verified here
    offline: bool = False  # the till could not reach the sync server


@dataclass(frozen=True, slots=True)
class SaleResult:
    receipt: Receipt
    replayed: bool  # True when this sale id was already committed


def new_sale_id() -> str:
    return str(uuid.uuid4())


def _basket(uow: UnitOfWork, program: Program, lines: tuple[SaleLineInput, ...]) -> Basket:
    if not lines:
        raise ValidationError(code="empty_basket", detail="The basket is empty")
    basket_lines = []
    known = uow.products.get_many([line.product_code for line in lines])
    for number, line in enumerate(lines, start=1):
        product = known.get(line.product_code)
        if product is None:
            raise NotFound(code="product_unknown", what="Product", key=line.product_code)
        if not product.active:
            raise ValidationError(code="product_inactive", detail=f"{product.name} is no longer sold")
        if product.currency != program.currency:
            raise ValidationError(code="currency_mismatch", detail=f"{product.name} is priced in {product.currency}")
        basket_lines.append(BasketLine.of(number, product, line.quantity, line.manual_discount_minor))
    return Basket(program.currency, tuple(basket_lines), prices_include_tax=prices_include_tax(uow))


def _load_member(uow: UnitOfWork, member_id: str | None) -> Member | None:
    if member_id is None:
        return None
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(what="Member", key=member_id)
    return member


@dataclass(frozen=True, slots=True)
class _Pricing:
    program: Program
    member: Member | None
    view: MemberView | None
    ledger: list[LedgerEntry]  # the member's entries as read in this transaction
    priced: PricedSale


def _price(uow: UnitOfWork, cmd: Checkout, now: datetime) -> _Pricing:
    program = published_program(uow)
    basket = _basket(uow, program, cmd.lines)
    member = _load_member(uow, cmd.member_id)
    reward_ids = [r.reward_id for r in cmd.redemptions]
    view = None
    ledger: list[LedgerEntry] = []
    if member is not None:
        ledger = uow.ledger.for_member(member.id)
        view = build_member_view(uow, program, member, fold(ledger), now, reward_ids=reward_ids,
                                 tier_metric=tier_metric(uow, program, member.id, now))
    priced = price_sale(
        basket, view, program, redemptions=cmd.redemptions,
        stock_left=stock_for(uow, program, reward_ids), sale_id=cmd.sale_id, now=now,
    )
    return _Pricing(program, member, view, ledger, priced)


def quote(uow: UnitOfWork, cmd: Checkout, *, clock: Clock) -> PricedSale:
    """Price the basket as it stands, without saving: the till's live total and points."""
    with uow:
        return _price(uow, cmd, clock.now()).priced


def _check_discount_approval(uow: UnitOfWork, cmd: Checkout, actor: Actor) -> None:
    if any(line.manual_discount_minor for line in cmd.lines):
        require_approval(uow, actor, cmd.discount_approved_by, code="discount_needs_approval",
                         action="A manual discount")


def _check_offline_cap(program: Program, cmd: Checkout, view: MemberView | None, priced: PricedSale) -> None:
    cap = program.offline_redeem_cap_per_day
    if not cmd.offline or cap is None or view is None or not priced.points_redeemed:
        return
    if view.points_redeemed_today + priced.points_redeemed > cap:
        raise OfflineRedeemCap(cap=cap, used=view.points_redeemed_today)


def _entries(priced: PricedSale, program: Program, member_id: str, actor: Actor, now: datetime) -> list[LedgerEntry]:
    common = {"member_id": member_id, "at": now, "terminal_id": actor.terminal_id,
              "actor": actor.username, "sale_ref": priced.sale_id}
    entries = [
        LedgerEntry(id=str(uuid.uuid4()), kind=EntryKind.REDEEM, points=-effect.points,
                    reward_id=effect.reward_id, reason=effect.description, **common)
        for effect in priced.rewards if effect.points
    ]
    earning = priced.earning
    expires_at = program.expiry.expiry_for(now)
    if earning is not None and earning.purchase_points > 0:
        entries.append(LedgerEntry(id=str(uuid.uuid4()), kind=EntryKind.EARN, points=earning.purchase_points,
                                   expires_at=expires_at, **common))
    if earning is not None and earning.bonus_points > 0:
        entries.append(LedgerEntry(id=str(uuid.uuid4()), kind=EntryKind.BONUS, points=earning.bonus_points,
                                   reason="campaign", expires_at=expires_at, **common))
    return entries


def checkout(uow: UnitOfWork, cmd: Checkout, *, actor: Actor, clock: Clock) -> SaleResult:
    if cmd.tender not in TENDERS:
        raise ValidationError(code="bad_tender", detail=f"Tender must be one of {', '.join(TENDERS)}")
    now = clock.now()
    with uow:
        existing = uow.sales.get(cmd.sale_id)
        if existing is not None:
            return SaleResult(Receipt.from_dict(existing.receipt), replayed=True)
        _check_discount_approval(uow, cmd, actor)
        pricing = _price(uow, cmd, now)
        program, member, priced = pricing.program, pricing.member, pricing.priced
        _check_offline_cap(program, cmd, pricing.view, priced)
        receipt_no = uow.sales.next_receipt_no(actor.terminal_id)
        state = None
        metric = 0
        if member is not None and pricing.view is not None:
            entries = _entries(priced, program, member.id, actor, now)
            state = post_entries(uow, entries, known={member.id: pricing.ledger}).get(member.id)
            if state is None:
                state = fold(pricing.ledger)
            for effect in priced.rewards:
                reward = program.reward(effect.reward_id)
                if reward is not None and reward.stock is not None:
                    uow.program.take_stock(reward.id, 1)
            # The metric before this sale, plus this sale (whose row is written last).
            metric = pricing.view.tier_metric + (
                priced.amount_due_minor if program.tiers.basis is TierBasis.SPEND
                else sum(e.points for e in entries if e.kind is EntryKind.EARN)
            )
            member = _review_tier(uow, program, member, metric, actor, now)
        receipt = sale_receipt(
            priced, program=program, receipt_no=receipt_no, actor=actor, shop=shop_name(uow),
            tender=cmd.tender, member=member, state=state, now=now, metric=metric,
        )
        sale = SaleRecord(
            sale_id=cmd.sale_id, receipt_no=receipt_no, member_id=member.id if member else None,
            terminal_id=actor.terminal_id, actor=actor.username, at=now, currency=priced.currency,
            lines=priced.lines, total_minor=priced.amount_due_minor, tender=cmd.tender,
            points_earned=priced.points_earned, points_redeemed=priced.points_redeemed,
            receipt=receipt.to_dict(),
        )
        uow.sales.add(sale)
        record(uow, actor, "sale_committed", now, key=cmd.sale_id, details={
            "sale_id": cmd.sale_id, "receipt_no": receipt_no, "member_id": sale.member_id,
            "total_minor": sale.total_minor, "currency": sale.currency, "tender": cmd.tender,
            "points_earned": sale.points_earned, "points_redeemed": sale.points_redeemed,
        })
        uow.commit()
    return SaleResult(receipt, replayed=False)


def _review_tier(uow: UnitOfWork, program: Program, member: Member, metric: int, actor: Actor, now: datetime) -> Member:
    """Upgrades happen at once, on the sale that crosses the threshold."""
    change = tier_rules.review(program.tiers, tier_code=member.tier_code, metric=metric, now=now,
                               last_reviewed_at=now)
    if change is None or change.direction != "up":
        return member
    upgraded = replace(member, tier_code=change.to_code)
    uow.members.update(upgraded)
    record(uow, actor, "tier_changed", now, key=member.id, details={
        "member_id": member.id, "from": change.from_code, "to": change.to_code, "reason": change.reason,
    })
    return upgraded
