"""Returns give spent points back with the expiry they had, put a stocked reward back on
the shelf, and move the points of the member a merged record became."""

from __future__ import annotations

import uuid
from dataclasses import replace

from loyalty_pos.domain.calendar import add_months
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.members.membership import member_panel
from loyalty_pos.services.members.merge import merge_members
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from tests.integration.conftest import NOW, Shop


def _program(shop: Shop, coffee_stock: int | None = None) -> None:
    """No lucky-receipt draw (its bonus depends on the sale id) and no welcome back (the test's
    member buys first 90 days after joining); free coffee stocked if asked."""
    with shop.uow() as uow:
        program = uow.program.published()
        assert program is not None
        rewards = tuple(replace(r, stock=coffee_stock) if r.id == "free-coffee" else r for r in program.rewards)
        uow.program.save_draft(replace(program, campaigns=tuple(c for c in program.campaigns
                                                                  if c.id != "lucky" and c.action != "win_back"),
                                       rewards=rewards), actor="manager", at=shop.clock.now())
        uow.program.publish(actor="manager", at=shop.clock.now())
        uow.commit()


def _coffee_sale(shop: Shop, member_id: str):  # noqa: ANN202
    cmd = Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("COF-FIL", 1), SaleLineInput("BAK-SOUR", 1)),
                   redemptions=(RedemptionRequest("free-coffee"),))
    return checkout(shop.uow(), cmd, actor=shop.manager, clock=shop.clock).receipt


def _return_all(shop: Shop, receipt_no: str):  # noqa: ANN202
    cmd = ProcessReturn(str(uuid.uuid4()), receipt_no, (ReturnLine(1, 1), ReturnLine(2, 1)))
    return process_return(shop.uow(), cmd, actor=shop.manager, clock=shop.clock)


def _lots(shop: Shop, member_id: str) -> list[tuple[object, int]]:
    with shop.uow(readonly=True) as uow:
        return [(lot.expires_at, lot.remaining) for lot in uow.balances.lots(member_id)]


def test_restored_points_keep_the_expiry_they_had_when_spent(shop: Shop) -> None:
    _program(shop)
    member = shop.enrol()  # 25 welcome points, lapsing a year after NOW
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="goodwill", actor=shop.manager, clock=shop.clock)
    first_year = add_months(NOW, 12)
    shop.clock.advance(days=90)
    sale = _coffee_sale(shop, member.id)
    assert sale.points_redeemed == 100
    shop.clock.advance(days=30)
    back = _return_all(shop, sale.receipt_no)
    assert back.points_restored == 100 and back.balance == 225
    # The 100 given back are the first year's again, not a new year's. The earned points taken
    # back come off them (one entry, one sign), so the sale's own earning lot, no larger than
    # what it earned, is the only later one.
    lots = _lots(shop, member.id)
    assert sum(points for expiry, points in lots if expiry == first_year) == 225 - sale.points_earned
    assert [points for expiry, points in lots if expiry != first_year] == [sale.points_earned]
    assert check_file(shop.app.config.db_path).ok


def test_a_return_puts_a_stocked_reward_back(shop: Shop) -> None:
    _program(shop, coffee_stock=5)
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="goodwill", actor=shop.manager, clock=shop.clock)
    sale = _coffee_sale(shop, member.id)
    with shop.uow(readonly=True) as uow:
        assert uow.program.stock_left("free-coffee") == 4
    # The sourdough alone gives no reward points back: the coffee stays given.
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(2, 1),)),
                   actor=shop.manager, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        assert uow.program.stock_left("free-coffee") == 4
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 1),)),
                   actor=shop.manager, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        assert uow.program.stock_left("free-coffee") == 5


def test_a_return_after_a_merge_moves_the_kept_members_points(shop: Shop) -> None:
    _program(shop)
    duplicate, keep = shop.enrol("Ada Lovelace"), shop.enrol("Ada Lovelace-Byron")
    adjust_points(shop.uow(), member_id=duplicate.id, points=200, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    sale = _coffee_sale(shop, duplicate.id)
    earned = sale.points_earned
    merge_members(shop.uow(), keep_id=keep.id, duplicate_id=duplicate.id, actor=shop.manager, clock=shop.clock)
    kept_before = member_panel(shop.uow(readonly=True), keep.id, clock=shop.clock).balance
    assert kept_before == 25 + 25 + 200 - 100 + earned
    back = _return_all(shop, sale.receipt_no)
    assert back.balance == kept_before + 100 - earned
    assert member_panel(shop.uow(readonly=True), keep.id, clock=shop.clock).balance == kept_before + 100 - earned
    assert member_panel(shop.uow(readonly=True), duplicate.id, clock=shop.clock).balance == 0
    assert check_file(shop.app.config.db_path).ok
