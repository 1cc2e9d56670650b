"""Training mode: a new cashier rings up a sale or a return and sees the receipt a real
one would give, and nothing is stored. A sale is read and priced by the same path as
``checkout`` (``read_sale`` + ``price_reading``), a return by ``process_return``'s
(``read_return``); their writes are left out, and the unit of work is never committed,
so no ledger entry, sale row, stock, audit or outbox row exists afterwards."""

from __future__ import annotations

from dataclasses import replace

from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.errors import PermissionDenied
from loyalty_pos.domain.ledger import fold
from loyalty_pos.domain.pricing import member_after
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.tender import parse_tender
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.members.projection import current_state
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.sale.checkout import (
    Checkout,
    ReceiptAlreadyRecorded,
    SaleResult,
    ledger_entries,
    receipt_of,
)
from loyalty_pos.services.sale.reading import price_reading, read_sale
from loyalty_pos.services.sale.returns import (
    ProcessReturn,
    points_holder,
    read_return,
    return_receipt,
    returned_lines,
)

# Not a number from the till's sequence: a training sale must not use one up.
TRAINING_RECEIPT_NO = "TRAINING"


def _refuse_cashier_discount(cmd: Checkout, actor: Actor) -> None:
    """Training spends no approval (it writes nothing), so only a manager's own practice
    sale may carry a manual discount."""
    if not actor.is_manager and any(line.manual_discount_minor for line in cmd.lines):
        raise PermissionDenied(code="discount_needs_approval", template="A manual discount needs the manager role.")


def train_checkout(uow: UnitOfWork, cmd: Checkout, *, actor: Actor, clock: Clock) -> SaleResult:
    """The receipt ``checkout`` would print for ``cmd``, marked training; the member's
    balance on it is what they would have after the sale. Refuses what checkout refuses."""
    now = clock.now()
    tender = parse_tender(cmd.tender)
    with uow:
        # A register receipt already recorded is refused in practice too: the trainee
        # learns what the real till would say.
        if cmd.external is not None and uow.sales.has_external(cmd.external):
            raise ReceiptAlreadyRecorded.of(cmd.external)
        _refuse_cashier_discount(cmd, actor)
        reading = read_sale(uow, cmd.member_id, now, fold_ledger=True)
        program, member = reading.program, reading.member
        priced = price_reading(uow, reading, cmd, now)
        state, metric = None, 0
        if member is not None and reading.view is not None and reading.ledger is not None:
            state = fold([*reading.ledger, *ledger_entries(priced, program, member.id, actor, now)])
            metric = member_after(reading.view, priced, program.tiers.basis).tier_metric
            # The tier the sale would reach, printed as checkout prints it; the member row is not touched.
            change = tier_rules.review(program.tiers, tier_code=member.tier_code, metric=metric, now=now,
                                       last_reviewed_at=now)
            if change is not None and change.direction == "up":
                member = replace(member, tier_code=change.to_code)
        receipt = receipt_of(uow, cmd, priced, program=program, receipt_no=TRAINING_RECEIPT_NO, actor=actor,
                             tender=tender, member=member, state=state, now=now, metric=metric)
    return SaleResult(replace(receipt, training=True), replayed=False)


def train_return(uow: UnitOfWork, cmd: ProcessReturn, *, actor: Actor, clock: Clock) -> Receipt:
    """The receipt ``process_return`` would print, marked training. No manager approves a
    practice refund: an approval is audited, and no money leaves the drawer."""
    now = clock.now()
    with uow:
        sale, plan = read_return(uow, cmd)
        member = points_holder(uow, sale.member_id)
        balance = None
        if member is not None:
            balance = current_state(uow, member.id).balance + plan.points_restored - plan.points_to_take
        receipt = return_receipt(uow, sale, plan, returned_lines(sale, plan), cmd, member=member, balance=balance,
                                 receipt_no=TRAINING_RECEIPT_NO, actor=actor, now=now)
    return replace(receipt, training=True)
