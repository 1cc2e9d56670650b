"""Absurd numbers and stray control characters are refused with a clear message, and
nothing is written: no traceback, and no stored value that breaks Reports later."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import replace
from datetime import timedelta

import pytest

from loyalty_pos.demo.shop import SECOND_MANAGER_PIN, demo_limits
from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.limits import MAX_BALANCE, MAX_LINE_MINOR, MAX_POINTS_PER_ENTRY
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.services.members.membership import search_members
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.program_rules import save_rules
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.shop.reports import (
    liability,
    liability_over_time,
    program_report,
    top_members,
)
from tests.integration.conftest import Shop


def _counts(shop: Shop) -> tuple[int, ...]:
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        return tuple(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                     for table in ("sales", "sale_lines", "ledger", "balances", "audit_log", "outbox"))


def _refused(shop: Shop, code: str, call) -> ValidationError:  # noqa: ANN001
    before = _counts(shop)
    with pytest.raises(ValidationError) as refused:
        call()
    assert refused.value.code == code
    assert _counts(shop) == before
    return refused.value


def _reports(shop: Shop) -> None:
    now = shop.clock.now()
    start, end = now - timedelta(days=30), now + timedelta(days=1)
    with shop.uow(readonly=True) as uow:
        liability(uow, now=now)
        program_report(uow, start=start, end=end, now=now)
        top_members(uow, start=start, end=end)
        liability_over_time(uow, start=start, end=end)


@pytest.mark.parametrize("points", [2**63 - 1, -(2**63), 2**62, MAX_POINTS_PER_ENTRY + 1])
def test_a_points_adjustment_beyond_the_bound_is_refused(shop: Shop, points: int) -> None:
    member = shop.enrol()
    error = _refused(shop, "points_too_many", lambda: adjust_points(
        shop.uow(), member_id=member.id, points=points, reason="typo", actor=shop.manager, clock=shop.clock))
    assert f"{MAX_POINTS_PER_ENTRY:,}" in error.message
    _reports(shop)


def test_huge_adjustments_cannot_break_reports(shop: Shop) -> None:
    ada, bo = shop.enrol("Ada Lovelace"), shop.enrol("Bo Ek")
    for member in (ada, bo):
        with pytest.raises(ValidationError):
            adjust_points(shop.uow(), member_id=member.id, points=2**62, reason="x", actor=shop.manager,
                          clock=shop.clock)
        # Above the demo's threshold: its second manager approves, as at the till.
        approval = shop.approve(ApprovalAction.POINTS_ADJUSTMENT, MAX_POINTS_PER_ENTRY, member.id,
                                pin=SECOND_MANAGER_PIN)
        adjust_points(shop.uow(), member_id=member.id, points=MAX_POINTS_PER_ENTRY, reason="x", actor=shop.manager,
                      clock=shop.clock, approval=approval)
    _reports(shop)


def test_a_balance_stays_within_its_bound(shop: Shop) -> None:
    # A shop without a second-manager threshold: 99 approvals would test the approvals, not the bound.
    save_rules(shop.uow(), limits=replace(demo_limits(), second_manager_above=None), actor=shop.manager,
               clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    member = shop.enrol()  # 25 welcome points
    # 99 adjustments of the largest size, as a manager could make them: the 100th would cross the bound.
    for _ in range(MAX_BALANCE // MAX_POINTS_PER_ENTRY - 1):
        adjust_points(shop.uow(), member_id=member.id, points=MAX_POINTS_PER_ENTRY, reason="x", actor=shop.manager,
                      clock=shop.clock)
    _refused(shop, "balance_too_large", lambda: adjust_points(
        shop.uow(), member_id=member.id, points=MAX_POINTS_PER_ENTRY, reason="x", actor=shop.manager,
        clock=shop.clock))
    _reports(shop)


def _sale(quantity: object = 1, *, amount: object = None, code: str = "COF-CAP") -> Checkout:
    return Checkout(str(uuid.uuid4()), None, (SaleLineInput(code, quantity, 0, amount),))  # type: ignore[arg-type]


@pytest.mark.parametrize("quantity", [10**18, 1000, 0, -1, 1.5, True, "2"])
def test_an_absurd_quantity_is_refused_before_anything_is_written(shop: Shop, quantity: object) -> None:
    _refused(shop, "bad_quantity", lambda: checkout(shop.uow(), _sale(quantity), actor=shop.cashier, clock=shop.clock))


def test_the_largest_quantity_still_sells(shop: Shop) -> None:
    receipt = checkout(shop.uow(), _sale(999), actor=shop.cashier, clock=shop.clock).receipt
    assert receipt.total == 999 * 4500


def test_an_absurd_amount_or_sale_total_is_refused(shop: Shop) -> None:
    from loyalty_pos.domain.amount_sale import amount_product

    deli = amount_product("deli", "NOK")
    with shop.uow() as uow:
        uow.products.upsert(deli)
        uow.commit()
    _refused(shop, "amount_too_large", lambda: checkout(
        shop.uow(), _sale(amount=10**18, code=deli.code), actor=shop.cashier, clock=shop.clock))
    _refused(shop, "bad_amount", lambda: checkout(
        shop.uow(), _sale(amount=12.5, code=deli.code), actor=shop.cashier, clock=shop.clock))
    # Eleven lines at the line's cap are more than one sale may total.
    lines = tuple(SaleLineInput(deli.code, 1, 0, MAX_LINE_MINOR) for _ in range(11))
    _refused(shop, "amount_too_large", lambda: checkout(
        shop.uow(), Checkout(str(uuid.uuid4()), None, lines), actor=shop.cashier, clock=shop.clock))


def test_a_return_of_a_fractional_quantity_is_refused(shop: Shop) -> None:
    sale = checkout(shop.uow(), _sale(3), actor=shop.cashier, clock=shop.clock).receipt
    for quantity in (1.5, 10**18):
        _refused(shop, "bad_quantity", lambda q=quantity: process_return(
            shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, q),)),  # type: ignore[arg-type]
            actor=shop.cashier, clock=shop.clock))


@pytest.mark.parametrize("text", ["Ada\x00", "\x00\x00", "07\x1b[A", "a" * 101])
def test_a_member_search_with_control_characters_is_refused_cleanly(shop: Shop, text: str) -> None:
    shop.enrol()
    with pytest.raises(ValidationError) as refused:
        search_members(shop.uow(readonly=True), text)
    assert refused.value.code == "bad_search"


def test_a_search_with_a_tab_is_still_a_search(shop: Shop) -> None:
    shop.enrol("Ada Lovelace")
    assert [row.name for row in search_members(shop.uow(readonly=True), "Ada\tLove").rows] == ["Ada Lovelace"]


def test_an_absurd_amount_in_a_sales_import_refuses_that_row_only(shop: Shop) -> None:
    from loyalty_pos.services.sale.sales_import import import_sales

    shop.enrol(phone="+47 912 34 567")
    data = ("phone;amount;date;receipt\n"
            "+47 912 34 567;250,00;2026-11-20;1\n"
            "+47 912 34 567;100000000000000000000,00;2026-11-20;2\n"
            "+47 912 34 567;9000000000000,00;2026-11-20;3\n").encode()
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    # Over 18 digits the amount is not read at all (Money.parse); below that, the bound refuses it.
    assert [(o.line, o.imported, o.code) for o in report.outcomes] == [
        (2, True, ""), (3, False, "bad_amount"), (4, False, "amount_too_large")]
    _reports(shop)
