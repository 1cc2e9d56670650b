"""Checkout, returns and points services on a real SQLite file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
import uuid

import pytest

from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.errors import InsufficientPoints, LoyaltyError, PermissionDenied
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.sale import checkout as checkout_service
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.membership import member_panel
from loyalty_pos.services.members.points import adjust_points, transfer_points
from loyalty_pos.services.sale.returns import ProcessReturn, process_return, quote_return
from loyalty_pos.services.sale.till import refresh_sale
from tests.integration.conftest import Shop


def _sale(member_id: str | None, *lines: tuple[str, int], redemptions=(), sale_id: str | None = None) -> Checkout:
    return Checkout(
        sale_id=sale_id or str(uuid.uuid4()), member_id=member_id,
        lines=tuple(SaleLineInput(code, qty) for code, qty in lines),
        redemptions=tuple(redemptions), tender="card",
    )


def _rows(shop: Shop, sql: str) -> list[tuple]:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute(sql).fetchall()


def test_checkout_earns_points_explained_and_survives_check(shop: Shop) -> None:
    member = shop.enrol()
    # 2 x NOK 129.00 smoked salmon (deli x1.5) = NOK 258.00 -> base 25, deli extra 12 (floor of 12.9)
    result = checkout(shop.uow(), _sale(member.id, ("DEL-SAL", 2)), actor=shop.cashier, clock=shop.clock)
    receipt = result.receipt
    assert not result.replayed
    assert receipt.total == 25800
    assert receipt.points_earned == sum(line.points for line in receipt.points_lines)
    assert receipt.points_earned >= 25 + 12
    panel = member_panel(shop.uow(readonly=True), member.id, clock=shop.clock)
    assert panel.balance == receipt.balance == 25 + receipt.points_earned  # 25 welcome bonus
    assert check_file(shop.app.config.db_path).ok


def test_same_sale_id_twice_is_stored_once(shop: Shop) -> None:
    member = shop.enrol()
    cmd = _sale(member.id, ("COF-CAP", 4))
    first = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    second = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    assert second.replayed and second.receipt == first.receipt
    assert _rows(shop, f"SELECT count(*) FROM sales WHERE sale_id = '{cmd.sale_id}'") == [(1,)]
    # One EARN entry (a lucky-receipt BONUS may come with it; the draw depends on the sale id).
    assert _rows(shop, f"SELECT count(*) FROM ledger WHERE sale_ref = '{cmd.sale_id}' AND kind = 'earn'") == [(1,)]


def test_redeeming_more_than_the_balance_is_refused_and_nothing_saved(shop: Shop) -> None:
    member = shop.enrol()  # 25 welcome points
    cmd = _sale(member.id, ("COF-FIL", 1), redemptions=[RedemptionRequest("free-coffee")])
    with pytest.raises(InsufficientPoints) as refused:
        checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    assert refused.value.params == {"needed": 100, "available": 25}
    assert _rows(shop, "SELECT count(*) FROM sales") == [(0,)]


def test_a_failure_in_the_middle_of_checkout_leaves_nothing_half_saved(shop: Shop, monkeypatch) -> None:
    member = shop.enrol()
    before = _rows(shop, "SELECT count(*) FROM ledger")

    def explode(*args, **kwargs):
        raise RuntimeError("power cut while building the receipt")

    monkeypatch.setattr(checkout_service, "sale_receipt", explode)
    with pytest.raises(RuntimeError):
        checkout(shop.uow(), _sale(member.id, ("DEL-SAL", 3)), actor=shop.cashier, clock=shop.clock)
    assert _rows(shop, "SELECT count(*) FROM ledger") == before
    assert _rows(shop, "SELECT count(*) FROM sales") == [(0,)]
    assert check_file(shop.app.config.db_path).ok


def test_redeem_free_coffee_after_earning(shop: Shop) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    sale = checkout(shop.uow(), _sale(member.id, ("COF-FIL", 1), ("BAK-SOUR", 1),
                                      redemptions=[RedemptionRequest("free-coffee")]),
                    actor=shop.cashier, clock=shop.clock)
    assert sale.receipt.points_redeemed == 100
    assert sale.receipt.total == 6900  # the coffee is free
    assert check_file(shop.app.config.db_path).ok


def test_quote_does_not_save(shop: Shop) -> None:
    member = shop.enrol()
    priced = refresh_sale(shop.uow(readonly=True), _sale(member.id, ("BAK-BUN", 2)), clock=shop.clock).priced
    assert priced is not None
    assert priced.points_earned > 0
    assert _rows(shop, "SELECT count(*) FROM sales") == [(0,)]


def test_partial_returns_reverse_earned_points_pro_rata(shop: Shop) -> None:
    member = shop.enrol()
    sale = checkout(shop.uow(), _sale(member.id, ("DEL-SOUP", 4)), actor=shop.cashier, clock=shop.clock).receipt
    earned = sale.points_earned
    quote_ = quote_return(shop.uow(readonly=True), sale.receipt_no)
    assert quote_.remaining == {1: 4}
    first = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 1),)),
                           actor=shop.cashier, clock=shop.clock)
    rest = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 3),)),
                          actor=shop.manager, clock=shop.clock)
    assert -(first.points_earned + rest.points_earned) == earned
    assert rest.balance == 25
    with pytest.raises(LoyaltyError):
        process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 1),)),
                       actor=shop.manager, clock=shop.clock)
    assert check_file(shop.app.config.db_path).ok


def test_large_return_needs_a_manager(shop: Shop) -> None:
    member = shop.enrol()
    sale = checkout(shop.uow(), _sale(member.id, ("HOU-MUG", 5)), actor=shop.cashier, clock=shop.clock).receipt
    with pytest.raises(PermissionDenied):
        process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 5),)),
                       actor=shop.cashier, clock=shop.clock)
    return_id = str(uuid.uuid4())
    approval = shop.approve(ApprovalAction.RETURN, 64500, return_id)
    receipt = process_return(
        shop.uow(), ProcessReturn(return_id, sale.receipt_no, (ReturnLine(1, 5),), approval=approval),
        actor=shop.cashier, clock=shop.clock)
    assert receipt.total == -64500


def test_adjustment_needs_manager_and_reason(shop: Shop) -> None:
    member = shop.enrol()
    with pytest.raises(PermissionDenied):
        adjust_points(shop.uow(), member_id=member.id, points=10, reason="x", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(LoyaltyError):
        adjust_points(shop.uow(), member_id=member.id, points=10, reason="  ", actor=shop.manager, clock=shop.clock)
    assert adjust_points(shop.uow(), member_id=member.id, points=-5, reason="typo", actor=shop.manager,
                         clock=shop.clock) == 20


def test_transfer_in_steps_of_1000_keeps_expiry(shop: Shop) -> None:
    giver, receiver = shop.enrol("Per Hansen"), shop.enrol("Kari Hansen")
    adjust_points(shop.uow(), member_id=giver.id, points=2500, reason="migration", actor=shop.manager,
                  clock=shop.clock)
    with pytest.raises(LoyaltyError):
        transfer_points(shop.uow(), from_member_id=giver.id, to_member_id=receiver.id, points=1500,
                        actor=shop.manager, clock=shop.clock)
    balances = transfer_points(shop.uow(), from_member_id=giver.id, to_member_id=receiver.id, points=2000,
                               actor=shop.manager, clock=shop.clock)
    assert balances == (525, 2025)
    assert check_file(shop.app.config.db_path).ok


def test_an_amount_line_is_priced_at_its_amount_and_earns_like_any_sale(shop: Shop) -> None:
    from loyalty_pos.domain.amount_sale import amount_product
    from loyalty_pos.domain.errors import ValidationError
    from loyalty_pos.services.ports import ExternalReceipt

    member = shop.enrol()
    deli = amount_product("deli", "NOK")
    with shop.uow() as uow:
        uow.products.upsert(deli)
        program = uow.program.published()
        assert program is not None  # the lucky receipt would add points one sale in 50
        uow.program.save_draft(replace(program, campaigns=tuple(c for c in program.campaigns if c.id != "lucky")),
                               actor="manager", at=shop.clock.now())
        uow.program.publish(actor="manager", at=shop.clock.now())
        uow.commit()
    register = ExternalReceipt("", shop.clock.now().date(), "4711")
    cmd = Checkout(str(uuid.uuid4()), member.id, (SaleLineInput(deli.code, amount_minor=25800),), external=register)
    receipt = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt
    # The same as two smoked salmon (deli x1.5) at NOK 258.00: base 25, deli extra 12.
    assert (receipt.total, receipt.points_earned) == (25800, 37)
    with pytest.raises(LoyaltyError) as twice:  # the register's receipt is recorded once
        checkout(shop.uow(), replace(cmd, sale_id=str(uuid.uuid4())), actor=shop.cashier, clock=shop.clock)
    assert twice.value.code == "receipt_already_recorded"
    with pytest.raises(ValidationError) as priced:  # a shelf-priced product never takes a typed amount
        checkout(shop.uow(), Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("DEL-SAL", amount_minor=100),)),
                 actor=shop.cashier, clock=shop.clock)
    assert priced.value.code == "not_an_amount_product"
