"""Selling a paid membership at the till: "Gold membership NOK 499/year".

The money is taken on the shop's own register, as in amount-only mode: this till
records who paid for which tier until when, puts the member in that tier (never
down), and prints a slip. A renewal while the membership still holds adds its months
to the old end. The yearly tier review leaves a member alone while it holds
(services/members/tier_review.py).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from loyalty_pos.domain.errors import NotFound
from loyalty_pos.domain.events import PaidMembershipSold, TierChanged
from loyalty_pos.domain.paid_membership import PaidTier, holds, paid_until
from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptLine, mask_card_number, paper_name
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import PaidMembershipRow, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import receipt_footer, receipt_header, shop_name, shop_zone


@dataclass(frozen=True, slots=True)
class PaidTierSale:
    receipt: Receipt
    until: date
    tier_code: str  # the tier the member is in now


def paid_tier_offer(uow: UnitOfWork) -> tuple[PaidTier, ...]:
    """The memberships the till can sell, as published."""
    with uow:
        return tuple(paid for paid in published_program(uow).paid_tiers if paid.active)


def sell_paid_tier(uow: UnitOfWork, member_id: str, paid_tier_id: str, *, actor: Actor, clock: Clock) -> PaidTierSale:
    now = clock.now()
    with uow:
        program = published_program(uow)
        paid = next((p for p in program.paid_tiers if p.id == paid_tier_id and p.active), None)
        if paid is None:
            raise NotFound(code="paid_tier_unknown", template="Paid membership {key} is not on sale.", key=paid_tier_id)
        member = uow.members.get(member_id)
        if member is None:
            raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
        member.ensure_active()
        today = now.astimezone(shop_zone(uow)).date()
        current = uow.counting.paid_membership(member.id)
        running = current if current is not None and holds(current.until, today) and \
            current.tier_code == paid.tier_code else None
        until = paid_until(today, paid.months, running.until if running else None)
        tiers = program.tiers
        tier_code = member.tier_code
        if tiers.rank(paid.tier_code) > tiers.rank(member.tier_code):
            tier_code = paid.tier_code
            uow.members.update(replace(member, tier_code=tier_code))
            record(uow, actor, TierChanged(member.id, member.tier_code, tier_code,
                                           f"{paid.name} until {until.isoformat()}"), now)
        receipt_no = uow.sales.next_receipt_no(actor.terminal_id)
        row = PaidMembershipRow(str(uuid.uuid4()), member.id, paid.id, paid.name, paid.tier_code, paid.fee_minor,
                                program.currency, now, until, actor.username, actor.terminal_id, receipt_no)
        uow.counting.add_paid_membership(row)
        record(uow, actor, PaidMembershipSold(row.id, member.id, paid.id, paid.tier_code, paid.fee_minor,
                                              program.currency, until, receipt_no, paid.name, actor.username), now)
        card = member.active_card
        receipt = Receipt(
            kind=ReceiptKind.SALE, receipt_no=receipt_no, sale_id=row.id, at=now, terminal_id=actor.terminal_id,
            cashier=actor.username, shop_name=shop_name(uow), currency=program.currency,
            lines=(ReceiptLine(paid.name, 1, paid.fee_minor, paid.fee_minor),), gross=paid.fee_minor, discount=0,
            total=paid.fee_minor, store_credit=0, amount_due=paid.fee_minor, tender=Tender.OTHER,
            member_name=paper_name(member.name), card_number_masked=mask_card_number(card.number) if card else None,
            header=receipt_header(uow), footer=receipt_footer(uow),
            paid_tier=paid.name, paid_until=until.isoformat(), paid_on_register=True,
            rounding_note="",  # no points on this slip: no note about rounding them
        )
        uow.commit()
    return PaidTierSale(receipt, until, tier_code)
