"""A manager's approval is proof: issued on a manager's PIN, bound to one action, amount
and sale or return, short-lived, used once, in the transaction that needs it."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing

import pytest

from loyalty_pos.domain.approvals import ApprovalAction, ApprovalRefused
from loyalty_pos.domain.errors import PermissionDenied, ValidationError
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.ports import AuditFilter
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.shop import auth
from loyalty_pos.services.shop.auth import SignInRefused
from tests.integration.conftest import Shop

# 2 x Cappuccino at NOK 45.00, NOK 10.00 off.
DISCOUNT = 1000


def _discounted(sale_id: str, approval: str | None, discount: int = DISCOUNT) -> Checkout:
    return Checkout(sale_id=sale_id, member_id=None, lines=(SaleLineInput("COF-CAP", 2, discount),),
                    discount_approval=approval)


def _counts(shop: Shop) -> tuple[int, ...]:
    """Everything a refused sale or return must leave as it was."""
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("sales", "sale_lines", "ledger", "audit_log", "outbox"))


def _used(shop: Shop, approval_id: str) -> bool:
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        return db.execute("SELECT used_at FROM approvals WHERE approval_id = ?", (approval_id,)).fetchone()[0] is not None


def _refused(shop: Shop, cmd: Checkout, error: type[Exception] = ApprovalRefused) -> None:
    before = _counts(shop)
    with pytest.raises(error):
        checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    assert _counts(shop) == before


def test_a_cashier_typing_a_managers_name_is_refused(shop: Shop) -> None:
    sale_id = str(uuid.uuid4())
    _refused(shop, _discounted(sale_id, None), PermissionDenied)
    _refused(shop, _discounted(sale_id, "manager"))


def test_a_forged_approval_id_is_refused(shop: Shop) -> None:
    _refused(shop, _discounted(str(uuid.uuid4()), str(uuid.uuid4())))


def test_an_approval_for_another_sale_or_amount_or_action_is_refused(shop: Shop) -> None:
    sale_id = str(uuid.uuid4())
    other_sale = shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, str(uuid.uuid4()))
    _refused(shop, _discounted(sale_id, other_sale))
    smaller = shop.approve(ApprovalAction.DISCOUNT, DISCOUNT - 1, sale_id)
    _refused(shop, _discounted(sale_id, smaller))
    a_return = shop.approve(ApprovalAction.RETURN, DISCOUNT, sale_id)
    _refused(shop, _discounted(sale_id, a_return))
    for approval in (other_sale, smaller, a_return):
        assert not _used(shop, approval)  # a refusal does not spend it either


def test_an_approval_expires_within_minutes(shop: Shop) -> None:
    sale_id = str(uuid.uuid4())
    approval = shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, sale_id)
    shop.clock.advance(minutes=10)
    _refused(shop, _discounted(sale_id, approval))


def test_an_approval_is_used_once_and_the_sale_says_who_approved_what(shop: Shop) -> None:
    sale_id = str(uuid.uuid4())
    approval = shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, sale_id)
    shop.clock.advance(minutes=9)
    receipt = checkout(shop.uow(), _discounted(sale_id, approval), actor=shop.cashier, clock=shop.clock).receipt
    assert receipt.total == 2 * 4500 - DISCOUNT
    assert _used(shop, approval)
    with shop.uow(readonly=True) as uow:
        entries = uow.audit.search(AuditFilter(action="sale_committed"), cursor=None, limit=10).rows
    assert entries[0].details["discount_approved_by"] == "manager"
    assert entries[0].details["discount_approval_id"] == approval
    # The same approval again, even for a sale just like it: refused.
    _refused(shop, _discounted(str(uuid.uuid4()), approval))


def test_a_cashiers_pin_issues_no_approval_and_a_manager_needs_none(shop: Shop) -> None:
    with pytest.raises(SignInRefused):
        shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, "s", pin="1111")
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        assert db.execute("SELECT count(*) FROM approvals").fetchone() == (0,)
    result = checkout(shop.uow(), _discounted(str(uuid.uuid4()), None), actor=shop.manager, clock=shop.clock)
    assert result.receipt.total == 2 * 4500 - DISCOUNT


def test_an_approval_by_a_manager_deactivated_since_is_refused(shop: Shop) -> None:
    auth.create_staff(shop.uow(), username="lena", display_name="Lena", role=Role.MANAGER, pin="4321",
                      actor=shop.manager, clock=shop.clock)
    sale_id = str(uuid.uuid4())
    approval = shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, sale_id, pin="4321")
    auth.set_active(shop.uow(), username="lena", active=False, actor=shop.manager, clock=shop.clock)
    _refused(shop, _discounted(sale_id, approval))


def test_a_large_return_uses_an_approval_for_its_refund_and_records_the_approver(shop: Shop) -> None:
    sale = checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("HOU-MUG", 5),)),
                    actor=shop.cashier, clock=shop.clock).receipt
    return_id, lines = str(uuid.uuid4()), (ReturnLine(1, 5),)
    refund = 5 * 12900

    def attempt(approval: str | None, error: type[Exception] = ApprovalRefused, rid: str = return_id) -> None:
        before = _counts(shop)
        with pytest.raises(error):
            process_return(shop.uow(), ProcessReturn(rid, sale.receipt_no, lines, approval=approval),
                           actor=shop.cashier, clock=shop.clock)
        assert _counts(shop) == before

    attempt(None, PermissionDenied)
    attempt("manager")
    attempt(shop.approve(ApprovalAction.RETURN, refund - 100, return_id))  # another amount
    attempt(shop.approve(ApprovalAction.RETURN, refund, str(uuid.uuid4())))  # another return
    attempt(shop.approve(ApprovalAction.DISCOUNT, refund, return_id))  # another action
    approval = shop.approve(ApprovalAction.RETURN, refund, return_id)
    receipt = process_return(shop.uow(), ProcessReturn(return_id, sale.receipt_no, lines, approval=approval),
                             actor=shop.cashier, clock=shop.clock)
    assert receipt.total == -refund and _used(shop, approval)
    with shop.uow(readonly=True) as uow:
        entry = uow.audit.search(AuditFilter(action="return_processed"), cursor=None, limit=1).rows[0]
    assert entry.details["approved_by"] == "manager" and entry.details["approval_id"] == approval


def test_an_approval_is_audited_with_what_it_allows(shop: Shop) -> None:
    sale_id = str(uuid.uuid4())
    approval = shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, sale_id)
    with shop.uow(readonly=True) as uow:
        entry = uow.audit.search(AuditFilter(action="approval_issued"), cursor=None, limit=1).rows[0]
    assert entry.actor == "manager"
    assert {k: entry.details[k] for k in ("approval_id", "action", "amount_minor", "subject_id", "approver")} == {
        "approval_id": approval, "action": "discount", "amount_minor": DISCOUNT, "subject_id": sale_id,
        "approver": "manager"}


def test_a_cashier_actor_named_manager_is_still_a_cashier(shop: Shop) -> None:
    impostor = Actor("manager", Role.CASHIER, "01")
    before = _counts(shop)
    with pytest.raises(PermissionDenied):
        checkout(shop.uow(), _discounted(str(uuid.uuid4()), None), actor=impostor, clock=shop.clock)
    assert _counts(shop) == before


def test_guessing_pins_for_approvals_locks_approvals_at_the_till(shop: Shop) -> None:
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(SignInRefused):
            shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, "s", pin="0000")
    with pytest.raises(auth.AccountLocked):  # even the manager's PIN waits: no brute force through the till
        shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, "s")
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        assert db.execute("SELECT count(*) FROM approvals").fetchone() == (0,)
    shop.clock.advance(minutes=6)
    assert shop.approve(ApprovalAction.DISCOUNT, DISCOUNT, "s")


def test_an_absurd_approval_amount_is_refused_before_the_pin_is_checked(shop: Shop) -> None:
    before = _counts(shop)
    for amount in (-1, 2**63, 1.5):
        with pytest.raises(ValidationError):
            shop.approve(ApprovalAction.DISCOUNT, amount, "s")  # type: ignore[arg-type]
    assert _counts(shop) == before
