"""What pricing a sale reads from the store, once, for the till's refresh and for checkout.

Both price the same way from the same reading, so the till shows what checkout
will charge. Both read the cached balance and open lots the projection keeps equal
to the fold of the member's ledger (``check`` proves it) and never read the ledger
whole; checkout puts its entries on top of that state, and folds the ledger only for
a sale dated inside the member's history (services/sale/checkout.py). A training
sale still folds it (``fold_ledger``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from loyalty_pos.domain.amount_sale import is_amount_product
from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.fraud_limits import TodayUsage
from loyalty_pos.domain.ledger import LedgerEntry, PointsState, fold
from loyalty_pos.domain.limits import MAX_LINE_MINOR, check_amount
from loyalty_pos.domain.members import Member, MemberView
from loyalty_pos.domain.pricing import PricedSale, price_sale
from loyalty_pos.domain.program import Program
from loyalty_pos.services.members.member_view import build_member_view, stock_for
from loyalty_pos.services.members.membership import tier_metric
from loyalty_pos.services.members.projection import cached_state
from loyalty_pos.services.members.tier_history import tier_held
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.sale.fraud_checks import check_own_card, till_usage
from loyalty_pos.services.program.programs import program_in_force, published_program
from loyalty_pos.services.sale.counting import CountingReading, read_counting
from loyalty_pos.services.shop.profile import prices_include_tax
from loyalty_pos.services.shop.shop import shop_zone

if TYPE_CHECKING:
    from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput


@dataclass(frozen=True, slots=True)
class SaleReading:
    program: Program
    member: Member | None
    ledger: list[LedgerEntry] | None  # the member's entries, when they were folded (checkout)
    state: PointsState | None
    view: MemberView | None  # what pricing and the rewards list need, every limited reward counted
    stock: dict[str, int | None]  # every reward's stock left (None: not stocked)
    usage: TodayUsage | None = None  # what the till moved today, for its caps (None: not rung up at a till)
    counting: CountingReading | None = None  # challenges, badges, paid tier (services/sale/counting.py)


def _member(uow: UnitOfWork, member_id: str | None) -> Member | None:
    if member_id is None:
        return None
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
    return member


def read_sale(uow: UnitOfWork, member_id: str | None, now: datetime, *, fold_ledger: bool,
              back_dated: bool = False, actor: Actor | None = None) -> SaleReading:
    """The program and, for a member, their points, tier metric and limits; one read each.

    Every reward is counted and stocked, not just the ones on the sale: the same
    reading prices the sale and lists the rewards it could still take. A back-dated
    sale (imported from another register) reads the program in force at ``now`` and
    is priced at the tier the member held then; ``member`` stays as they are now, so
    an upgrade the sale earns starts from their current tier, never below it.
    With ``actor`` (the till's cashier) the sale is refused on their own member card and
    priced against what their till moved today (fraud limits).
    """
    program = program_in_force(uow, now) if back_dated else published_program(uow)
    member = _member(uow, member_id)
    if member is None:
        return SaleReading(program, None, None, None, None, {})
    if actor is not None:
        check_own_card(uow, actor, member)
    usage = till_usage(uow, actor.terminal_id, now) if actor is not None and not back_dated else None
    ledger = uow.ledger.for_member(member.id) if fold_ledger else None
    state = fold(ledger) if ledger is not None else cached_state(uow, member.id)
    priced_as = replace(member, tier_code=tier_held(uow, member, now)) if back_dated else member
    view = build_member_view(uow, program, priced_as, state, now,
                             tier_metric=tier_metric(uow, program, member.id, now))
    stock = stock_for(uow, program, [reward.id for reward in program.rewards])
    return SaleReading(program, member, ledger, state, view, stock, usage,
                       read_counting(uow, program, member.id, now))


def basket_of(uow: UnitOfWork, program: Program, lines: Sequence[SaleLineInput]) -> Basket:
    if not lines:
        raise ValidationError(code="empty_basket", template="The basket is empty")
    basket_lines = []
    known = uow.products.get_many([line.product_code for line in lines])
    for number, line in enumerate(lines, start=1):
        product = known.get(line.product_code)
        if product is None:
            raise NotFound(code="product_unknown", template="Product {key} was not found.", key=line.product_code)
        if line.amount_minor is not None:
            if not is_amount_product(product.code):
                raise ValidationError(code="not_an_amount_product", template="{product} has a price of its own",
                                      product=product.name)
            amount = check_amount(line.amount_minor, what=f"The amount for {product.name}", maximum=MAX_LINE_MINOR)
            product = replace(product, unit_price=amount)
        if not product.active:
            raise ValidationError(code="product_inactive", template="{product} is no longer sold", product=product.name)
        if product.currency != program.currency:
            raise ValidationError(code="currency_mismatch", template="{product} is priced in {currency}",
                                  product=product.name, currency=product.currency)
        basket_lines.append(BasketLine.of(number, product, line.quantity, line.manual_discount_minor))
    return Basket(program.currency, tuple(basket_lines), prices_include_tax=prices_include_tax(uow))


def price_reading(uow: UnitOfWork, reading: SaleReading, cmd: Checkout, now: datetime) -> PricedSale:
    basket = basket_of(uow, reading.program, cmd.lines)
    # An every-Nth instant win counts the till's receipts: only a sale rung up on a till has a number.
    number = uow.prizes.next_sale_number(cmd.terminal_id) if cmd.terminal_id else None
    return price_sale(basket, reading.view, reading.program, redemptions=cmd.redemptions,
                      stock_left=reading.stock, sale_id=cmd.sale_id, now=now, usage=reading.usage,
                      sale_number=number, zone=shop_zone(uow))
