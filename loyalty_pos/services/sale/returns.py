"""Returns: money back for the lines, earned points taken back, spent points restored."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime

from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import BalanceFlagged, ReturnProcessed
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, spent_by
from loyalty_pos.domain.members import Member, MemberStatus
from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptLine, mask_card_number
from loyalty_pos.domain.returns import (
    ReturnLine,
    ReturnPlan,
    plan_return,
    restored_lots,
    return_entries,
    rewards_put_back,
)
from loyalty_pos.domain.tender import Tender, parse_tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.shop.auth import use_approval
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import SaleRecord, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.chain_sales import sold_record
from loyalty_pos.services.sale.challenge_returns import take_back_completions
from loyalty_pos.services.sale.gift_cards import refunded_to_card
from loyalty_pos.services.sale.reprint import stored_receipt
from loyalty_pos.services.members.projection import current_state, post_entries
from loyalty_pos.services.shop.shop import receipt_footer, receipt_header, return_approval_minor, shop_name


@dataclass(frozen=True, slots=True)
class ReturnQuote:
    sale: SaleRecord
    remaining: dict[int, int]  # line_no -> quantity still returnable
    plan: ReturnPlan | None  # None until lines are chosen
    needs_approval: bool


@dataclass(frozen=True, slots=True)
class ProcessReturn:
    return_id: str  # UUID from the till: the same return twice is stored once
    receipt_no: str
    lines: tuple[ReturnLine, ...]
    # The id of the manager's approval (services.shop.auth.issue_approval) for this return id
    # and its refund, when the refund is above the shop's threshold; checked and used up here.
    approval: str | None = None
    tender: Tender = Tender.CASH


def _returned_so_far(uow: UnitOfWork, sale: SaleRecord) -> dict[int, int]:
    returned: dict[int, int] = defaultdict(int)
    for earlier in uow.sales.returns_of(sale.sale_id):
        for line in earlier.lines:
            returned[line.line_no] += line.quantity
    return dict(returned)


def _original(uow: UnitOfWork, receipt_no: str) -> SaleRecord:
    sale = uow.sales.by_receipt(receipt_no.strip().upper())
    if sale is None:
        raise NotFound(code="receipt_unknown", template="Receipt {key} was not found.", key=receipt_no)
    if sale.returned_of is not None:
        raise ValidationError(code="receipt_is_a_return", template="That receipt is itself a return")
    return sale


def _plan(uow: UnitOfWork, sale: SaleRecord, lines: tuple[ReturnLine, ...]) -> tuple[dict[int, int], ReturnPlan | None]:
    returned = _returned_so_far(uow, sale)
    remaining = {line.line_no: line.quantity - returned.get(line.line_no, 0) for line in sale.lines}
    if not lines:
        return remaining, None
    program = published_program(uow)
    holder = points_holder(uow, sale.member_id)
    balance = current_state(uow, holder.id).balance if holder else 0
    plan = plan_return(sale.lines, already_returned=returned, request=lines, balance=balance,
                       policy=program.negative_balance, qualifying=sale.qualifying)
    return remaining, plan


def points_holder(uow: UnitOfWork, member_id: str | None) -> Member | None:
    """Whose points a sale's return moves: its member, or, after a merge, the member it was
    merged into (the merge moved the points there; the merged record holds none)."""
    member = uow.members.get(member_id) if member_id else None
    seen: set[str] = set()
    while member is not None and member.merged_into and member.id not in seen:
        seen.add(member.id)
        member = uow.members.get(member.merged_into) or member
    return member


def quote_return(uow: UnitOfWork, receipt_no: str, lines: tuple[ReturnLine, ...] = ()) -> ReturnQuote:
    with uow:
        sale = _original(uow, receipt_no)
        remaining, plan = _plan(uow, sale, lines)
        threshold = return_approval_minor(uow)
        if sale.receipt is not None:  # the screen shows the receipt as printed: with the member's first name
            sale = replace(sale, receipt=stored_receipt(sale, uow.members))
    return ReturnQuote(sale, remaining, plan, needs_approval=plan is not None and plan.refund_minor > threshold)


def returned_lines(sale: SaleRecord, plan: ReturnPlan) -> tuple[PricedLine, ...]:
    by_no = {line.line_no: line for line in sale.lines}
    out = []
    for line_no, quantity, refund in plan.lines:
        original = by_no[line_no]
        gross = original.unit_price * quantity
        out.append(replace(original, quantity=quantity, gross_minor=gross, discount_minor=gross - refund,
                           points_paid_minor=0, points_earned=0, points_spent=0))
    return tuple(out)


def read_return(uow: UnitOfWork, cmd: ProcessReturn) -> tuple[SaleRecord, ReturnPlan]:
    """The sale a return takes back from and its plan: what it refunds and the points it moves."""
    if not cmd.lines:
        raise ValidationError(code="nothing_to_return", template="Choose at least one line to return")
    sale = _original(uow, cmd.receipt_no)
    _remaining, plan = _plan(uow, sale, cmd.lines)
    assert plan is not None
    return sale, plan


def process_return(uow: UnitOfWork, cmd: ProcessReturn, *, actor: Actor, clock: Clock) -> Receipt:
    if not cmd.lines:
        raise ValidationError(code="nothing_to_return", template="Choose at least one line to return")
    now = clock.now()
    with uow:
        existing = uow.sales.get(cmd.return_id)
        if existing is not None:
            return stored_receipt(existing, uow.members)
        sale, plan = read_return(uow, cmd)
        approval = None
        if plan.refund_minor > return_approval_minor(uow):
            approval = use_approval(uow, actor, cmd.approval, action=ApprovalAction.RETURN,
                                    amount_minor=plan.refund_minor, subject_id=cmd.return_id, now=now,
                                    code="return_needs_approval",
                                    template="A return of this size needs the manager role.")
        tender = parse_tender(cmd.tender)
        receipt_no = uow.sales.next_receipt_no(actor.terminal_id)
        balance = None
        member = points_holder(uow, sale.member_id)
        if member is not None:
            balance, taken = _post_points(uow, plan, sale, member.id, cmd, actor, now)
            # A challenge the sale completed and the return undoes: its bonus goes back with the earned points.
            plan = replace(plan, points_reversed=plan.points_reversed + taken,
                           points_to_take=plan.points_to_take + taken)
        lines = returned_lines(sale, plan)
        receipt = return_receipt(uow, sale, plan, lines, cmd, member=member, balance=balance, receipt_no=receipt_no,
                                 actor=actor, now=now)
        receipt = refunded_to_card(uow, sale.sale_id, plan.refund_minor, receipt, actor=actor, now=now)
        stored = SaleRecord(
            sale_id=cmd.return_id, receipt_no=receipt_no, member_id=sale.member_id,
            terminal_id=actor.terminal_id, actor=actor.username, at=now, currency=sale.currency,
            lines=lines, total_minor=-plan.refund_minor, tender=tender,
            points_earned=-plan.points_to_take, points_redeemed=-plan.points_restored,
            receipt=receipt, returned_of=sale.sale_id, qualifying=plan.qualifying,
        )
        uow.sales.add(stored)
        record(uow, actor, ReturnProcessed(
            cmd.return_id, sale.sale_id, receipt_no, plan.refund_minor, plan.points_reversed, plan.points_to_take,
            plan.points_restored, plan.flagged, approval.approver if approval else None,
            approval.approval_id if approval else None, sold_record(stored),
        ), now)
        uow.commit()
    return receipt


def return_receipt(uow: UnitOfWork, sale: SaleRecord, plan: ReturnPlan, lines: tuple[PricedLine, ...],
                   cmd: ProcessReturn, *, member: Member | None, balance: int | None, receipt_no: str,
                   actor: Actor, now: datetime) -> Receipt:
    """The return's receipt: what a return stores, and what training mode shows without storing."""
    return Receipt(
        kind=ReceiptKind.RETURN, receipt_no=receipt_no, sale_id=cmd.return_id, at=now,
        terminal_id=actor.terminal_id, cashier=actor.username, shop_name=shop_name(uow),
        header=receipt_header(uow), footer=receipt_footer(uow), currency=sale.currency,
        lines=tuple(ReceiptLine(l.name, l.quantity, l.unit_price, l.net_minor, l.discount_minor) for l in lines),
        gross=sum(l.gross_minor for l in lines), discount=sum(l.discount_minor for l in lines),
        total=-plan.refund_minor, store_credit=0, amount_due=-plan.refund_minor, tender=parse_tender(cmd.tender),
        # An erased member's receipts keep only the sale's member id: no name, not even the placeholder.
        member_name=member.name.split(" ")[0] if member and member.status is not MemberStatus.ERASED else None,
        card_number_masked=mask_card_number(member.active_card.number) if member and member.active_card else None,
        points_earned=-plan.points_to_take, points_restored=plan.points_restored,
        balance=balance, original_receipt_no=sale.receipt_no,
    )


def _post_points(uow: UnitOfWork, plan: ReturnPlan, sale: SaleRecord, member_id: str,
                 cmd: ProcessReturn, actor: Actor, now: datetime) -> tuple[int, int]:
    """The return's REVERSE entries, all in this transaction: spent points come back with
    the expiry they had when the sale spent them, and the earned points taken back come off
    those first, so every entry has the same sign (domain.returns.return_entries)."""
    program = published_program(uow)
    spent_entries = uow.ledger.for_member(sale.member_id) if sale.member_id else []
    redeems = sorted((e for e in spent_entries if e.sale_ref == sale.sale_id and e.kind is EntryKind.REDEEM),
                     key=lambda e: (e.at, e.id))
    restored_before = -sum(earlier.points_redeemed for earlier in uow.sales.returns_of(sale.sale_id))
    restored = restored_lots(spent_by(spent_entries, [e.id for e in redeems]), restored_before=restored_before,
                             restoring=plan.points_restored, fresh_expiry=program.expiry.expiry_for(now))
    reason = f"return {cmd.return_id}: -{plan.points_to_take} earned, +{plan.points_restored} restored"
    entries = [
        LedgerEntry(id=str(uuid.uuid4()), member_id=member_id, kind=EntryKind.REVERSE, points=points, at=now,
                    terminal_id=actor.terminal_id, actor=actor.username, sale_ref=sale.sale_id, reason=reason,
                    expires_at=expiry if points > 0 else None)
        for points, expiry in return_entries(restored, plan.points_to_take)
    ]
    if entries:
        post_entries(uow, entries)
    taken = take_back_completions(uow, program, sale, returned_lines(sale, plan), member_id, actor, now,
                                  entries=spent_entries)
    balance = current_state(uow, member_id).balance
    # A reward whose points all came back goes back on the shelf, if it is stocked.
    put_back = rewards_put_back([(e.reward_id, -e.points) for e in redeems if e.reward_id],
                                restored_before=restored_before, restoring=plan.points_restored)
    for reward_id, count in put_back.items():
        if uow.program.stock_left(reward_id) is not None:
            uow.program.put_back_stock(reward_id, count)
    if plan.flagged:
        record(uow, actor, BalanceFlagged(member_id, sale.sale_id, balance,
                                          plan.points_reversed - plan.points_to_take), now)
    return balance, taken
