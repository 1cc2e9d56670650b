"""What the till's reads and checkout cost, counted where the work happens (binding targets):

* a change of the sale (a line, a reward, the member identified): one unit of work,
  no fold of the member's ledger (the projection holds the balance and the lots),
  the rewards list computed once;
* checkout: one unit of work, no fold of the member's ledger either (its entries go on
  top of the projection, which holds the fold), and the member panel for after the sale
  built from what it already read.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import event

from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import member_panel
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.members.projection import cached_state, current_state
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.till import refresh_sale
from tests.integration.conftest import Shop
from tests.sale_costs import Costs, cost_meter


def _sale(member_id: str | None, *lines: tuple[str, int], redemptions: tuple[RedemptionRequest, ...] = (),
          sale_id: str | None = None) -> Checkout:
    return Checkout(sale_id or str(uuid.uuid4()), member_id, tuple(SaleLineInput(c, q) for c, q in lines),
                    redemptions)


def test_a_change_of_the_sale_is_one_read_without_the_ledger(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    sale_id = str(uuid.uuid4())
    steps = {
        "member identified": _sale(member.id, sale_id=sale_id),
        "a product": _sale(member.id, ("COF-FIL", 1), sale_id=sale_id),
        "a second product": _sale(member.id, ("COF-FIL", 1), ("BAK-BUN", 1), sale_id=sale_id),
        "a reward": _sale(member.id, ("COF-FIL", 1), ("BAK-BUN", 1),
                          redemptions=(RedemptionRequest("free-coffee"),), sale_id=sale_id),
    }
    with cost_meter(monkeypatch) as meter:
        for name, cmd in steps.items():
            with meter.step() as cost:
                view = refresh_sale(shop.uow(readonly=True), cmd, clock=shop.clock)
            assert view.member is not None and view.member.panel.balance == 225, name
            assert (cost.units_of_work, cost.ledger_folds, cost.offers) == (1, 0, 1), name
    assert view.priced is not None and view.priced.points_redeemed == 100
    assert view.member.rewards.available_points == 125  # the list is priced against this sale


def test_checkout_is_one_unit_of_work_without_a_ledger_fold(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    shop.clock.at += timedelta(minutes=1)  # an entry at the sale's very moment would make it fold (see below)
    cmd = _sale(member.id, ("COF-FIL", 1), ("BAK-BUN", 1), redemptions=(RedemptionRequest("free-coffee"),))
    with cost_meter(monkeypatch) as meter, meter.step() as cost:
        result = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    assert (cost.units_of_work, cost.ledger_folds, cost.offers) == (1, 0, 1)
    # What it hands back for the panel is what a fresh read of the member says.
    assert result.member is not None
    assert result.member.panel == member_panel(shop.uow(readonly=True), member.id, clock=shop.clock)
    assert result.member.rewards == refresh_sale(shop.uow(readonly=True), _sale(member.id),
                                                 clock=shop.clock).member.rewards  # type: ignore[union-attr]
    assert result.member.panel.balance == result.receipt.balance == 225 - 100 + 6  # the bun: 3, bakery x2


def test_an_anonymous_sale_reads_no_member_at_all(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    with cost_meter(monkeypatch) as meter:
        with meter.step() as quoting:
            view = refresh_sale(shop.uow(readonly=True), _sale(None, ("COF-FIL", 2)), clock=shop.clock)
        with meter.step() as paying:
            result = checkout(shop.uow(), _sale(None, ("COF-FIL", 2)), actor=shop.cashier, clock=shop.clock)
    assert view.member is None and view.priced is not None and view.priced.total_minor == 7000
    assert result.member is None
    assert quoting.row() == paying.row() == Costs(units_of_work=1).row()


def test_checkout_reads_the_chain_head_once(shop: Shop) -> None:
    """A sale links its ledger entries, the sale and the audit entry, and its commit names
    the new head: the head is read from the chain table once, then carried in the transaction."""
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    head_reads: list[str] = []

    def count(_conn: object, _cursor: object, sql: str, *_rest: object) -> None:
        if "FROM chain" in sql and "ORDER BY n DESC LIMIT 1" in sql:
            head_reads.append(sql)

    engine = shop.app.database.engine
    event.listen(engine, "before_cursor_execute", count)
    try:
        checkout(shop.uow(), _sale(member.id, ("COF-FIL", 1), ("BAK-BUN", 1),
                                   redemptions=(RedemptionRequest("free-coffee"),)),
                 actor=shop.cashier, clock=shop.clock)
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len(head_reads) == 1


@pytest.mark.parametrize("hours_later", [-24, 0, 1])
def test_the_projection_a_checkout_leaves_is_the_fold_of_the_ledger(shop: Shop, hours_later: int) -> None:
    """Its entries go on top of the projection only when they come after every entry the
    member has; a sale dated before the newest one (or at the same moment) is replayed in
    its place by folding the whole ledger, as ``check`` will."""
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    clock = FixedClock(shop.clock.now() + timedelta(hours=hours_later))
    checkout(shop.uow(), _sale(member.id, ("COF-FIL", 1), ("BAK-BUN", 1),
                               redemptions=(RedemptionRequest("free-coffee"),)), actor=shop.cashier, clock=clock)
    with shop.uow(readonly=True) as uow:
        cached, folded = cached_state(uow, member.id), current_state(uow, member.id)
    assert cached == folded
