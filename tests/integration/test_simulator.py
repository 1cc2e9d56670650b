"""The what-if simulator on the demo shop: real sales through checkout, a draft, a comparison."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.campaigns import instant_win
from loyalty_pos.domain.errors import Conflict, ValidationError
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.money import Rounding, scale
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import CampaignKind, Program
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.program import simulator
from loyalty_pos.services.program.catalog import save_draft
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.membership import member_panel
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.program.simulator import compare_draft
from tests.integration.conftest import NOW, Shop

Lines = tuple[tuple[str, int], ...]


def _sell(shop: Shop, member_id: str | None, lines: Lines, redemptions=()) -> tuple[str, int, str]:  # noqa: ANN001
    sale_id = _sale_id_that_wins_nothing(_program(shop))
    cmd = Checkout(sale_id, member_id, tuple(SaleLineInput(code, qty) for code, qty in lines),
                   redemptions=tuple(redemptions), tender="card")
    receipt = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt
    return sale_id, receipt.points_earned, receipt.receipt_no


def _sale_id_that_wins_nothing(program: Program) -> str:
    """A sale id no instant-win campaign picks, so a sale's points depend on the rules alone.

    The demo's "Lucky receipt" wins 1 sale in 50 by a hash of the sale id; a random
    id let a comparison of two sales' points fail one run in 25.
    """
    lucky = [c for c in program.campaigns if c.kind is CampaignKind.INSTANT_WIN]
    while True:
        sale_id = str(uuid.uuid4())
        if not any(instant_win(c, sale_id) for c in lucky):
            return sale_id


def _program(shop: Shop) -> Program:
    with shop.uow(readonly=True) as uow:
        program = uow.program.published()
    assert program is not None
    return program


Counted = list[tuple[str, str, Lines, object, tuple[RedemptionRequest, ...]]]


def _direct_points(shop: Shop, program: Program, sales: Counted) -> int:
    """Each sale priced again from its products and redemptions (not from the stored lines)."""
    total = 0
    with shop.uow(readonly=True) as uow:
        for sale_id, member_id, lines, at, redemptions in sales:
            products = [uow.products.get(code) for code, _ in lines]
            basket = Basket("NOK", tuple(BasketLine.of(n, p, qty) for n, (p, (_, qty))
                                         in enumerate(zip(products, lines, strict=True), start=1)))
            member = uow.members.get(member_id)
            view = MemberView(member_id, member.tier_code, balance=10_000)
            total += price_sale(basket, view, program, redemptions=redemptions, sale_id=sale_id,
                                now=at).points_earned
    return total


@pytest.fixture
def history(shop: Shop):  # noqa: ANN201
    """Sales 40, 20 and 3 days ago (the bakery x2 campaign runs from 7 days ago), a return,
    an anonymous sale and one paid partly with points; the clock ends an hour after NOW."""
    ada, bob = shop.enrol("Ada Lovelace", "+4790000001"), shop.enrol("Bob Builder", "+4790000002")
    counted: Counted = []
    earned = 0

    def sell(member_id: str, lines: Lines, *, count: bool = True) -> str:
        nonlocal earned
        sale_id, points, receipt_no = _sell(shop, member_id, lines)
        if count:
            counted.append((sale_id, member_id, lines, shop.clock.now(), ()))
            earned += points
        return receipt_no

    shop.clock.at = NOW - timedelta(days=40)
    sell(ada.id, (("DEL-SAL", 3),), count=False)  # outside a 30-day window
    shop.clock.at = NOW - timedelta(days=20)
    sell(ada.id, (("DEL-SAL", 2), ("COF-CAP", 1)))
    returned = sell(bob.id, (("BAK-BUN", 3), ("COF-CAP", 1)))
    shop.clock.at = NOW - timedelta(days=3)
    sell(ada.id, (("BAK-BUN", 2), ("DEL-SAND", 1)))
    sell(bob.id, (("DEL-SOUP", 1), ("TOB-CIG", 1)))
    _sell(shop, None, (("DEL-SOUP", 4),))  # anonymous: nobody to simulate
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), returned, (ReturnLine(1, 1),)),
                   actor=shop.manager, clock=shop.clock)
    # Pay with points: the points-paid part earned nothing at the till and earns nothing in the replay.
    paying = (RedemptionRequest("pay-points", 40),)
    sale_id, points, _ = _sell(shop, bob.id, (("DEL-SAL", 1),), paying)
    counted.append((sale_id, bob.id, (("DEL-SAL", 1),), shop.clock.now(), paying))
    earned += points
    shop.clock.at = NOW + timedelta(hours=1)
    return ada, bob, counted, earned


def test_without_a_draft_the_simulator_refuses(shop: Shop) -> None:
    with pytest.raises(Conflict) as refused:
        compare_draft(shop.uow(readonly=True), days=30, clock=shop.clock)
    assert refused.value.code == "no_draft"
    with pytest.raises(ValidationError) as bad:
        compare_draft(shop.uow(readonly=True), days=0, clock=shop.clock)
    assert bad.value.code == "bad_window"


def test_published_side_equals_points_issued_and_draft_equals_direct_computation(
    shop: Shop, history, monkeypatch: pytest.MonkeyPatch  # noqa: ANN001
) -> None:
    ada, bob, counted, earned = history
    published = _program(shop)
    # The draft doubles the base rate and makes deli x3.
    earning = replace(published.earning, points_per_step=2, category_multipliers={"deli": 300})
    draft = replace(published, earning=earning)
    save_draft(shop.uow(), draft, actor=shop.manager, clock=shop.clock)
    monkeypatch.setattr(simulator, "PAGE_SIZE", 2)  # stream several pages

    result = compare_draft(shop.uow(readonly=True), days=30, clock=shop.clock)

    assert (result.sales, result.members, result.days, result.currency) == (len(counted), 2, 30, "NOK")
    assert result.end - result.start == timedelta(days=30)
    assert result.published.program_version == published.version
    assert result.draft.program_version == published.version + 1
    assert result.actual_points == earned
    assert result.published.points_issued == earned == _direct_points(shop, published, counted)
    assert result.draft.points_issued == _direct_points(shop, draft, counted)
    assert result.draft.points_issued > result.published.points_issued

    # Every member is bronze: the whole cost sits in that segment; the others are empty.
    value, per = result.published.point_value
    assert (value, per) == (50, 1)  # the demo's pay-with-points rate: 1 point = NOK 0.50
    bronze, silver, gold = result.draft.segments
    assert (bronze.tier_code, bronze.members, bronze.sales) == ("bronze", 2, len(counted))
    assert bronze.points == result.draft.points_issued and silver.points == gold.points == 0
    assert bronze.cost_minor == result.draft.cost_minor == result.draft.points_issued * 50

    # Liability: the published side is today's real liability; the draft adds its extra points.
    balances = {m.id: member_panel(shop.uow(readonly=True), m.id, clock=shop.clock).balance for m in (ada, bob)}
    assert result.published.liability_points == sum(balances.values())
    extra = result.draft.points_issued - result.published.points_issued
    assert result.draft.liability_points == sum(balances.values()) + extra
    assert result.draft.liability_minor == scale(result.draft.liability_points, 50, 1, Rounding.HALF_UP)

    # Rewards redeemable: members whose (real or simulated) balance covers an in-season reward they may have.
    reach = {r.reward_id: r.members for r in result.published.redeemable}
    assert reach["pay-points"] == sum(1 for b in balances.values() if b >= 20)
    assert reach["free-coffee"] == sum(1 for b in balances.values() if b >= 100)
    assert reach["xmas-mug"] == 0  # gold only
    assert reach["bakery20"] == 0  # silver and up


def test_member_sales_between_pages_oldest_first_without_returns_or_anonymous(
    shop: Shop, history  # noqa: ANN001
) -> None:
    _ada, _bob, counted, _earned = history
    seen, cursor = [], None
    with shop.uow(readonly=True) as uow:
        while True:
            page = uow.sales.member_sales_between(NOW - timedelta(days=30), NOW + timedelta(hours=1),
                                                  cursor=cursor, limit=1)
            seen += page.rows
            cursor = page.next_cursor
            if cursor is None:
                break
    assert sorted(s.sale_id for s in seen) == sorted(sale_id for sale_id, *_ in counted)
    assert [s.at for s in seen] == sorted(s.at for s in seen)
    assert all(s.member_id and s.returned_of is None and s.lines for s in seen)


def test_a_sale_made_before_a_promotion_replays_at_the_tier_held_then(shop: Shop) -> None:
    from loyalty_pos.services.sale.amount_till import AmountEntry, open_amount_till, record_amount_sale
    from loyalty_pos.services.sale.checkout import new_sale_id

    ada = shop.enrol("Ada Lovelace", "+4790000001")
    shop.clock.at = NOW - timedelta(days=10)
    _sid, bronze_points, _no = _sell(shop, ada.id, (("DEL-SAL", 3),))
    shop.clock.at = NOW - timedelta(days=5)
    promotion = record_amount_sale(shop.uow(), AmountEntry(new_sale_id(), ada.id, 500_000),
                                   open_amount_till(shop.uow()), actor=shop.cashier, clock=shop.clock)
    shop.clock.at = NOW - timedelta(days=1)
    _sid, silver_points, _no = _sell(shop, ada.id, (("DEL-SAL", 3),))
    assert silver_points > bronze_points  # the promotion really moved her multiplier
    shop.clock.advance(hours=1)
    save_draft(shop.uow(), _program(shop), actor=shop.manager, clock=shop.clock)

    result = compare_draft(shop.uow(readonly=True), days=30, clock=shop.clock)

    assert result.actual_points == bronze_points + promotion.receipt.points_earned + silver_points
    assert result.published.points_issued == result.actual_points
