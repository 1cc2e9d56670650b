"""Sales rung up on another register, imported from its CSV export.

Each accepted row is a sale of one amount line through the same ``record_sale`` as
the till's checkout, so the ledger, campaigns, reports and tier metric see it as
any sale. It earns under the program in force on its date and its points expire
counting from that date. A dry run does every row's work in the transaction and
rolls it back, so the report it shows is exactly what confirming would store;
confirming stores every accepted row in ONE transaction, or none of them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, time

from loyalty_pos.domain.amount_sale import amount_product
from loyalty_pos.domain.errors import CardRefused, LoyaltyError, NotFound
from loyalty_pos.domain.members import Member, validate_card_number
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.phones import phone_region, to_e164
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import ExternalReceipt, UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, record_sale
from loyalty_pos.services.sale.sales_csv import RowProblem, SalesRow, parse_sales_csv
from loyalty_pos.services.shop.shop import shop_zone

# A row without a time is placed at midday: in any zone it stays on its date.
_NO_TIME = time(12, 0)


@dataclass(frozen=True, slots=True)
class RowOutcome:
    line: int
    receipt: str  # the register's receipt number ("" when the row could not be read)
    imported: bool
    points_earned: int = 0
    amount_minor: int = 0
    code: str = ""  # why it was refused, stable for translation
    message: str = ""


@dataclass(frozen=True, slots=True)
class SalesImportReport:
    outcomes: tuple[RowOutcome, ...]  # by line
    currency: str
    committed: bool  # False for a dry run, and when nothing was accepted

    @property
    def imported(self) -> int:
        return sum(1 for outcome in self.outcomes if outcome.imported)

    @property
    def refused(self) -> int:
        return len(self.outcomes) - self.imported


def _member(uow: UnitOfWork, row: SalesRow) -> Member:
    if row.card is not None:
        found = uow.members.by_card(validate_card_number(row.card))
        if found is None:
            raise CardRefused(code="card_unknown", template="Card refused: no member has this card.")
        member, card = found
        card.ensure_usable()
    else:
        assert row.phone is not None
        # Stored phones are E.164 for the shop's country, as the till's search reads them.
        member = uow.members.by_phone(to_e164(row.phone, phone_region(uow)))
        if member is None:
            raise NotFound(code="phone_unknown", template="Member with phone {key} was not found.", key=row.phone)
    member.ensure_active()
    return member


def _record(uow: UnitOfWork, row: SalesRow, currency: str, actor: Actor, now: datetime) -> RowOutcome:
    at = datetime.combine(row.on, row.at_time or _NO_TIME, tzinfo=shop_zone(uow)).astimezone(UTC)
    if at > now:
        return RowOutcome(row.line, row.receipt, False, amount_minor=row.amount_minor, code="future_date",
                          message=f"{row.on.isoformat()} is in the future")
    member = _member(uow, row)
    product = amount_product(row.category, currency)
    if uow.products.get(product.code) is None:
        uow.products.upsert(product)
    cmd = Checkout(
        sale_id=str(uuid.uuid4()), member_id=member.id,
        lines=(SaleLineInput(product.code, amount_minor=row.amount_minor),),
        tender=Tender.OTHER,  # the register took the money, in a tender the file does not say
        external=ExternalReceipt(row.register, row.on, row.receipt), back_dated=True,
    )
    result = record_sale(uow, cmd, actor=actor, now=at)
    return RowOutcome(row.line, row.receipt, True, points_earned=result.receipt.points_earned,
                      amount_minor=row.amount_minor)


def _refused(problem: RowProblem) -> RowOutcome:
    return RowOutcome(problem.line, "", False, code=problem.code, message=f"{problem.column}: {problem.message}")


def import_sales(uow: UnitOfWork, data: bytes, *, actor: Actor, clock: Clock, commit: bool) -> SalesImportReport:
    """Every row's outcome; with ``commit`` the accepted rows are stored, all in one transaction."""
    actor.require_manager("Importing sales")
    now = clock.now()
    with uow:
        currency = published_program(uow).currency
        parsed = parse_sales_csv(data, currency)
        outcomes = [_refused(problem) for problem in parsed.problems]
        for row in parsed.rows:
            try:
                outcomes.append(_record(uow, row, currency, actor, now))
            except LoyaltyError as error:
                outcomes.append(RowOutcome(row.line, row.receipt, False, amount_minor=row.amount_minor,
                                           code=error.code, message=error.message))
        accepted = any(outcome.imported for outcome in outcomes)
        if commit and accepted:
            uow.commit()
        else:
            uow.rollback()
    return SalesImportReport(tuple(sorted(outcomes, key=lambda o: o.line)), currency, commit and accepted)
