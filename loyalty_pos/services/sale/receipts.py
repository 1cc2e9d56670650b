"""Turns a priced sale into the receipt document the customer keeps."""

from __future__ import annotations

from datetime import datetime

from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.ledger import PointsState, soonest_expiry
from loyalty_pos.domain.members import Member
from loyalty_pos.domain.pricing import PricedSale, reward_progress
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import (
    ROUNDING_NOTES,
    Receipt,
    ReceiptKind,
    ReceiptLine,
    ReceiptPointsLine,
    ReceiptPriceRule,
    ReceiptReward,
    mask_card_number,
)
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.referrals import invite_code
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import receipt_footer, receipt_header, shop_name

RECEIPT_EXPIRY_WINDOW_DAYS = 90
# The test receipt's line in English; printing writes it in the reader's language (test_print).
TEST_PRINT_LINE = "TEST PRINT - NOT A SALE"


def sale_receipt(
    priced: PricedSale,
    *,
    program: Program,
    receipt_no: str,
    actor: Actor,
    shop: str,
    tender: Tender,
    member: Member | None,
    state: PointsState | None,
    now: datetime,
    metric: int,
    header: tuple[str, ...] = (),
    footer: tuple[str, ...] = (),
) -> Receipt:
    loyalty: dict[str, object] = {}
    if member is not None and state is not None:
        expiring = soonest_expiry(state, now, RECEIPT_EXPIRY_WINDOW_DAYS)
        aim = reward_progress(program, member.tier_code, state.balance, now)
        progress = tier_rules.tier_progress(program.tiers, member.tier_code, metric)
        card = member.active_card
        loyalty = {
            "member_name": member.name.split(" ")[0],  # first name only on paper
            "card_number_masked": mask_card_number(card.number) if card else None,
            "points_earned": priced.points_earned,
            "points_lines": tuple(ReceiptPointsLine(line.label, line.points, line.rule, line.campaign_id,
                                                    line.facts)
                                  for line in priced.breakdown),
            "points_redeemed": priced.points_redeemed,
            "balance": state.balance,
            "expiring_points": expiring[1] if expiring else 0,
            "expiring_at": expiring[0] if expiring else None,
            "next_reward_name": aim.reward.name if aim else None,
            "next_reward_id": aim.reward.id if aim else None,
            "next_reward_points_needed": aim.points_needed if aim else 0,
            "next_tier_name": progress.next.name if progress.next else None,
            "next_tier_needed": progress.needed,
            "tier_basis": program.tiers.basis.value,
            "rounding_note": ROUNDING_NOTES[program.earning.rounding.value],
            "rounding": program.earning.rounding.value,
            "referral_code": invite_code(program, member, now),
        }
    return Receipt(
        kind=ReceiptKind.SALE,
        receipt_no=receipt_no,
        sale_id=priced.sale_id,
        at=now,
        terminal_id=actor.terminal_id,
        cashier=actor.username,
        shop_name=shop,
        header=header,
        footer=footer,
        currency=priced.currency,
        lines=tuple(
            ReceiptLine(line.name, line.quantity, line.unit_price, line.net_minor, line.discount_minor)
            for line in priced.lines
        ),
        gross=priced.gross_minor,
        discount=priced.discount_minor,
        total=priced.total_minor,
        store_credit=priced.store_credit_minor,
        amount_due=priced.amount_due_minor,
        tender=tender,
        rewards=tuple(
            ReceiptReward(effect.description, effect.points,
                          sum(effect.line_discounts.values()) + effect.tender_minor,
                          reward_id=effect.reward_id, name=effect.reward_name, facts=effect.facts,
                          won_by=effect.won_by)
            for effect in (*priced.rewards, *priced.instant_wins)
        ),
        price_rules=_price_rules(priced),
        **loyalty,  # type: ignore[arg-type]
    )


def _price_rules(priced: PricedSale) -> tuple[ReceiptPriceRule, ...]:
    index = {line.line_no: position for position, line in enumerate(priced.lines)}
    return tuple(ReceiptPriceRule(index[given.line_no], given.rule, given.name, given.amount_minor, given.percent)
                 for given in priced.rule_discounts)


def test_receipt(uow: UnitOfWork, *, actor: Actor, now: datetime) -> Receipt:
    """A short receipt with the shop's header and footer and no sale, to check a printer."""
    with uow:
        return Receipt(
            kind=ReceiptKind.SALE, receipt_no="TEST", sale_id="test-print", at=now, terminal_id=actor.terminal_id,
            cashier=actor.username, shop_name=shop_name(uow), currency=published_program(uow).currency,
            lines=(ReceiptLine(TEST_PRINT_LINE, 1, 0, 0, 0),), gross=0, discount=0, total=0,
            store_credit=0, amount_due=0, tender=Tender.OTHER, header=receipt_header(uow), footer=receipt_footer(uow),
            test_print=True,
        )
