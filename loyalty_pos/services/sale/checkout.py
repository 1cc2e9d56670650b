"""Checkout: basket -> earn and redeem in one durable transaction.

Idempotent on the sale UUID the till generated: a retry after a crash or a
double press returns the first result instead of charging points twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.approvals import Approval, ApprovalAction
from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.earning import campaign_points
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import SaleCommitted, TierChanged
from loyalty_pos.services.sale.chain_sales import sold_record
from loyalty_pos.services.sale.counting import receipt_fields, sale_counting
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, PointsState
from loyalty_pos.domain.members import Member, MemberView
from loyalty_pos.domain.pricing import PricedSale, member_after
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.sale_draft import SaleDraft
from loyalty_pos.domain.tender import Tender, parse_tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.projection import post_entries
from loyalty_pos.services.ports import ExternalReceipt, SaleRecord, UnitOfWork
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, paid_in_part
from loyalty_pos.services.sale.reading import price_reading, read_sale
from loyalty_pos.services.sale.prizes import settle_prizes
from loyalty_pos.services.sale.receipts import sale_receipt
from loyalty_pos.services.sale.fraud_checks import check_verified
from loyalty_pos.services.sale.reprint import stored_receipt
from loyalty_pos.services.sale.till import TillMember, member_on_till
from loyalty_pos.services.sale.visit_awards import book_visit_awards
from loyalty_pos.services.shop.auth import use_approval
from loyalty_pos.services.shop.shop import receipt_footer, receipt_header, shop_name
from loyalty_pos.services.shop.sync_status import offline_redeem_cap, till_offline


class OfflineRedeemCap(LoyaltyError):
    code = "offline_redeem_cap"
    template = ("This till has not reached the chain's server lately, so a member may redeem at most {cap} "
                "points a day here ({used} already used today). Redeem less, or sync first.")


@dataclass(frozen=True, slots=True)
class SaleLineInput:
    product_code: str
    quantity: int = 1
    manual_discount_minor: int = 0
    amount_minor: int | None = None  # an amount product's line (amount-only till, import): its price


@dataclass(frozen=True, slots=True)
class Checkout:
    sale_id: str
    member_id: str | None
    lines: tuple[SaleLineInput, ...]
    redemptions: tuple[RedemptionRequest, ...] = ()
    tender: Tender = Tender.CASH
    # The id of the manager's approval of the manual discounts (services.shop.auth.issue_approval),
    # for this sale id and the lines' discount total; checked and used up here.
    discount_approval: str | None = None
    # Forces the offline cap (a test, an import of sales rung up offline); otherwise checkout
    # decides from the till's sync state itself, whatever the window believes.
    offline: bool = False
    external: ExternalReceipt | None = None  # the receipt another register gave this sale
    # Made in the past (imported): earns under the program in force at the clock's time.
    back_dated: bool = False
    gift_card: GiftCardPayment | None = None  # part of the amount due paid from a gift card
    # The till ringing the sale up, for an every-Nth-sale instant win (checkout sets its own).
    terminal_id: str | None = None

    @classmethod
    def for_draft(cls, draft: SaleDraft, tender: Tender = Tender.CASH) -> Checkout:
        """The sale as rung up at the till, to price or to pay."""
        return cls(
            sale_id=draft.sale_id,
            member_id=draft.member.member_id if draft.member else None,
            lines=tuple(
                SaleLineInput(line.product.code, line.quantity, line.manual_discount) for line in draft.lines
            ),
            redemptions=draft.redemptions,
            tender=tender,
            discount_approval=draft.discount_approval,
        )


@dataclass(frozen=True, slots=True)
class SaleResult:
    receipt: Receipt
    replayed: bool  # True when this sale id was already committed
    changes: Changes = Changes.NONE  # what the sale changed: SALES, BALANCE, MEMBER when it upgraded the tier
    # The member panel and rewards list as they stand after the sale, so the till
    # shows the new balance without reading the member again; None on an anonymous sale.
    member: TillMember | None = None


def new_sale_id() -> str:
    return str(uuid.uuid4())


def check_discount_approval(uow: UnitOfWork, cmd: Checkout, actor: Actor, now: datetime) -> Approval | None:
    """The approval the sale's manual discounts use up (None: no discount, or a manager's sale)."""
    discount = sum(line.manual_discount_minor for line in cmd.lines)
    if not discount:
        return None
    return use_approval(uow, actor, cmd.discount_approval, action=ApprovalAction.DISCOUNT, amount_minor=discount,
                        subject_id=cmd.sale_id, now=now, code="discount_needs_approval",
                        template="A manual discount needs the manager role.")


def _check_offline_cap(uow: UnitOfWork, program: Program, cmd: Checkout, view: MemberView | None,
                       priced: PricedSale, now: datetime) -> None:
    if view is None or not priced.points_redeemed:
        return
    cap = offline_redeem_cap(uow, program.offline_redeem_cap_per_day)
    if cap is None or not (cmd.offline or till_offline(uow, now)):
        return
    if view.points_redeemed_today + priced.points_redeemed > cap:
        raise OfflineRedeemCap(cap=cap, used=view.points_redeemed_today)


def ledger_entries(priced: PricedSale, program: Program, member_id: str, actor: Actor, now: datetime) -> list[LedgerEntry]:
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


class ReceiptAlreadyRecorded(LoyaltyError):
    code = "receipt_already_recorded"
    template = "Receipt {ref}{register}, dated {on}, is already recorded."

    @classmethod
    def of(cls, receipt: ExternalReceipt) -> ReceiptAlreadyRecorded:
        # Most shops have one register and leave its name out: no "of register -".
        return cls(ref=receipt.ref, register=f" of register {receipt.register}" if receipt.register else "",
                   on=receipt.on.isoformat())


def receipt_of(uow: UnitOfWork, cmd: Checkout, priced: PricedSale, *, program: Program, receipt_no: str,
               actor: Actor, tender: Tender, member: Member | None, state: PointsState | None, now: datetime,
               metric: int) -> Receipt:
    """The receipt of ``cmd`` as the shop prints it (its name, header and footer, and the
    other register's receipt number); checkout and training build it alike."""
    receipt = sale_receipt(
        priced, program=program, receipt_no=receipt_no, actor=actor, shop=shop_name(uow),
        tender=tender, member=member, state=state, now=now, metric=metric,
        header=receipt_header(uow), footer=receipt_footer(uow),
    )
    if cmd.external is not None:
        receipt = replace(receipt, register_receipt_no=cmd.external.ref)
    return receipt


def checkout(uow: UnitOfWork, cmd: Checkout, *, actor: Actor, clock: Clock) -> SaleResult:
    now = clock.now()
    with uow:
        existing = uow.sales.get(cmd.sale_id)
        if existing is not None:
            return SaleResult(stored_receipt(existing, uow.members), replayed=True,
                              member=_member_now(uow, existing.member_id, now))
        result = record_sale(uow, cmd, actor=actor, now=now)
        uow.commit()
    return replace(result, changes=uow.changes)


def record_sale(uow: UnitOfWork, cmd: Checkout, *, actor: Actor, now: datetime) -> SaleResult:
    """The sale's writes inside the caller's transaction, which commits it: checkout one
    sale, a sales import every accepted row at once."""
    tender = parse_tender(cmd.tender)
    if cmd.external is not None and uow.sales.has_external(cmd.external):
        raise ReceiptAlreadyRecorded.of(cmd.external)
    approval = check_discount_approval(uow, cmd, actor, now)
    reading = read_sale(uow, cmd.member_id, now, fold_ledger=False, back_dated=cmd.back_dated, actor=actor)
    program, member = reading.program, reading.member
    live = cmd.external is None and not cmd.back_dated  # an import was not rung up on this till
    priced = price_reading(uow, reading, replace(cmd, terminal_id=actor.terminal_id if live else None), now)
    _check_offline_cap(uow, program, cmd, reading.view, priced, now)
    if member is not None and cmd.external is None:  # another register's sale was proved there
        check_verified(uow, program.limits, actor, member, priced.points_redeemed, now,
                       requests=len(cmd.redemptions))
    priced = settle_prizes(uow, priced, reading.member.id if reading.member else None, actor, now)
    receipt_no = uow.sales.next_receipt_no(actor.terminal_id)
    state = None
    metric = 0
    shown = None
    awards = None
    counting, completions = None, []
    if member is not None and reading.view is not None and reading.state is not None:
        entries = ledger_entries(priced, program, member.id, actor, now)
        if not cmd.back_dated:  # an imported sale is history: its visit's awards were the past's to give
            awards = book_visit_awards(uow, program, member, reading.state, cmd.sale_id, actor, now)
            entries += awards.entries
        counting, completions = sale_counting(uow, program, reading.counting, priced, member.id, actor, now)
        entries += completions
        # The common sale comes after everything the member has: its entries go on top of
        # the projection. Back-dated ones (an import) land inside the history, so the
        # member's whole ledger is folded again.
        latest = uow.ledger.latest_at(member.id) if entries else None
        on_top = {member.id: reading.state} if latest is None or latest < now else None
        state = post_entries(uow, entries, folded=on_top).get(member.id, reading.state)
        stock = dict(reading.stock)
        for effect in priced.rewards:
            left = stock.get(effect.reward_id)
            if left is not None:
                uow.program.take_stock(effect.reward_id, 1)
                stock[effect.reward_id] = left - 1
        after = member_after(reading.view, priced, program.tiers.basis)
        metric = after.tier_metric
        member = _review_tier(uow, program, member, metric, actor, now)
        # last_activity: this visit ends any lapse, so the panel after it offers no welcome back again.
        shown = member_on_till(uow, program, member, state, replace(after, tier_code=member.tier_code,
                                                                    last_activity=now),
                               priced=None, stock=stock, now=now, counting=counting)
    receipt = receipt_of(uow, cmd, priced, program=program, receipt_no=receipt_no, actor=actor, tender=tender,
                         member=member, state=state, now=now, metric=metric)
    if awards is not None:
        receipt = replace(receipt, awards=awards.lines)
    receipt = paid_in_part(uow, cmd.gift_card, receipt, program=program, actor=actor, now=now, offline=cmd.offline)
    receipt = replace(receipt, **receipt_fields(counting, completions))
    sale = SaleRecord(
        sale_id=cmd.sale_id, receipt_no=receipt_no, member_id=member.id if member else None,
        terminal_id=actor.terminal_id, actor=actor.username, at=now, currency=priced.currency,
        lines=priced.lines, total_minor=priced.amount_due_minor, tender=tender,
        points_earned=priced.points_earned, points_redeemed=priced.points_redeemed,
        receipt=receipt, campaign_points=campaign_points(priced.breakdown), qualifying=priced.qualifying,
        external=cmd.external,
    )
    uow.sales.add(sale)
    record(uow, actor, SaleCommitted(
        cmd.sale_id, receipt_no, sale.member_id, sale.total_minor, sale.currency, tender,
        sale.points_earned, sale.points_redeemed,
        approval.approver if approval else None, approval.approval_id if approval else None,
        sold_record(sale),
    ), now)
    return SaleResult(receipt, replayed=False, member=shown)


def _member_now(uow: UnitOfWork, member_id: str | None, now: datetime) -> TillMember | None:
    """For a replayed sale: the member as they stand, read from the projection."""
    if member_id is None:
        return None
    reading = read_sale(uow, member_id, now, fold_ledger=False)
    assert reading.member is not None and reading.state is not None and reading.view is not None
    return member_on_till(uow, reading.program, reading.member, reading.state, reading.view,
                          priced=None, stock=reading.stock, now=now)


def _review_tier(uow: UnitOfWork, program: Program, member: Member, metric: int, actor: Actor, now: datetime) -> Member:
    """Upgrades happen at once, on the sale that crosses the threshold."""
    change = tier_rules.review(program.tiers, tier_code=member.tier_code, metric=metric, now=now,
                               last_reviewed_at=now)
    if change is None or change.direction != "up":
        return member
    upgraded = replace(member, tier_code=change.to_code)
    uow.members.update(upgraded)
    record(uow, actor, TierChanged(member.id, change.from_code, change.to_code, change.reason), now)
    return upgraded
