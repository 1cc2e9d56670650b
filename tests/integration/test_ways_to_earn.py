"""Ways to earn on a real store: the demo's happy hour, member price and volume steps at
checkout and on the receipt, early access refused at the till, price rules saved as a
draft and published, and the price rules report over the sales."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.price_rules import EarlyAccess
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.printing.receipt_text import WIDTH_80MM, receipt_lines
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.program import program_rules
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.price_rule_editing import PriceRules, price_rules_of
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.price_rule_report import price_rule_report
from loyalty_pos.services.shop.reports import campaign_results
from loyalty_pos.services.shop.shop import shop_zone
from tests.integration.conftest import NOW, Shop, ShopTemplate, demo_shop_copy_at

# NOW is Monday 23 Nov 2026 11:00 in Oslo; 14:30 UTC is 15:30 there, inside the happy hour.
HAPPY = NOW.replace(hour=14, minute=30)


def _sale(member_id: str | None, *lines: tuple[str, int]) -> Checkout:
    return Checkout(sale_id=str(uuid.uuid4()), member_id=member_id,
                    lines=tuple(SaleLineInput(code, qty) for code, qty in lines), redemptions=(), tender="card")


@pytest.fixture(scope="module")
def sold(shop_template: ShopTemplate, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Shop, Receipt, Receipt]]:
    """Two member sales in the happy hour, sold once for the module (the tests only read them)."""
    with demo_shop_copy_at(shop_template.data_dir, tmp_path_factory.mktemp("earn") / "data") as app:
        shop = Shop(app, app.clock, shop_template.manager, Actor("cashier", Role.CASHIER, "01"))
        member = shop.enrol("Kari Nordmann")
        shop.clock.at = HAPPY
        # A waffle at its member price, six croissants (10 % off) and a latte in the happy hour.
        first = checkout(shop.uow(), _sale(member.id, ("BAK-WAF", 1), ("BAK-CRO", 6), ("COF-LAT", 1)),
                         actor=shop.cashier, clock=shop.clock).receipt
        # A bakery order of NOK 1,000 or more (15 sourdough loaves, NOK 1,035.00): 100 bonus points.
        second = checkout(shop.uow(), _sale(member.id, ("BAK-SOUR", 15), ("DEL-SOUP", 10)), actor=shop.cashier,
                          clock=shop.clock).receipt
        yield shop, first, second


def test_checkout_applies_the_member_price_the_volume_step_and_the_happy_hour(sold) -> None:  # noqa: ANN001
    shop, receipt, _ = sold
    rules = {rule.rule: rule.amount for rule in receipt.price_rules}
    assert rules == {"member_price:member-waffle": 700, "volume:croissants-6": 1920}
    assert receipt.total == 3500 + 6 * 3200 - 1920 + 4900
    points = {line.rule: line.points for line in receipt.points_lines}
    assert points["campaign:happy-hour"] == 4  # NOK 49.00 of latte, 1 pt / NOK 10, one extra base
    with shop.uow(readonly=True) as uow:
        zone = shop_zone(uow)
    text = [row.text for row in receipt_lines(receipt, width=WIDTH_80MM, tz=zone)]
    assert any(line.startswith("  Member price") and line.endswith("-7.00") for line in text)
    assert any(line.startswith("  Volume discount 10 %") and line.endswith("-19.20") for line in text)
    assert any(line.startswith("  Happy hour 15–17: x2 on Caffè latte") for line in text)
    assert check_file(shop.app.config.db_path).ok


def test_a_bakery_order_earns_the_volume_bonus(sold) -> None:  # noqa: ANN001
    _, _, receipt = sold
    points = {line.rule: line.points for line in receipt.points_lines}
    assert points["volume:bakery-order"] == 100


def test_the_report_sums_money_off_and_points_per_rule(sold) -> None:  # noqa: ANN001
    shop, _, _ = sold
    report = price_rule_report(shop.uow(readonly=True), start=HAPPY - timedelta(hours=1), end=HAPPY + timedelta(hours=1))
    rows = {(row.kind, row.rule_id): (row.name, row.total.sales, row.total.discount_minor, row.total.points)
            for row in report.rows}
    assert rows == {
        ("volume", "croissants-6"): ("6+ croissants: 10 % off", 1, 1920, 0),
        ("member_price", "member-waffle"): ("Member waffle", 1, 700, 0),
        ("volume", "bakery-order"): ("Bakery order NOK 1,000: +100 points", 1, 0, 100),
    }
    assert (report.discount_minor, report.points) == (2620, 100)
    assert price_rule_report(shop.uow(readonly=True), start=HAPPY + timedelta(hours=1),
                             end=HAPPY + timedelta(hours=2)).rows == ()


def test_the_happy_hours_points_are_in_the_campaign_results(sold) -> None:  # noqa: ANN001
    shop, first, _ = sold
    happy_points = {line.rule: line.points for line in first.points_lines}["campaign:happy-hour"]
    results = campaign_results(shop.uow(readonly=True), start=HAPPY - timedelta(hours=1),
                               end=HAPPY + timedelta(hours=1))
    happy = next(result for result in results.campaigns if result.campaign_id == "happy-hour")
    # Only the first sale had a latte in it: the second (bread and soup) is not the happy hour's.
    assert (happy.reach.points, happy.reach.sales, happy.reach.members) == (happy_points, 1, 1)
    assert happy.reach.spend_minor == first.total


def test_anonymous_sale_pays_shelf_price_but_gets_the_volume_step(shop: Shop) -> None:
    view = refresh_sale(shop.uow(readonly=True), _sale(None, ("BAK-WAF", 1), ("BAK-CRO", 6)), clock=shop.clock)
    assert view.priced is not None
    assert [(d.rule, d.amount_minor) for d in view.priced.rule_discounts] == [("volume:croissants-6", 1920)]


def test_early_access_saved_published_and_refused_below_its_tier(shop: Shop) -> None:
    with shop.uow(readonly=True) as uow:
        rules = price_rules_of(working_draft(uow))
    until = NOW + timedelta(days=7)
    program_rules.save_rules(shop.uow(), price_rules=PriceRules(rules.member_prices,
                                                                (EarlyAccess("BAK-CAKE", "gold", until),),
                                                                rules.volume_rules),
                             actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    member = shop.enrol("Ola Nordmann")
    with pytest.raises(ValidationError) as refused:
        refresh_sale(shop.uow(readonly=True), _sale(member.id, ("BAK-CAKE", 1)), clock=shop.clock)
    assert refused.value.code == "early_access"
    assert str(refused.value) == "Carrot cake slice is only for Gold members and up until 2026-11-30"
    shop.clock.at = until
    assert refresh_sale(shop.uow(readonly=True), _sale(member.id, ("BAK-CAKE", 1)), clock=shop.clock).priced


def test_price_rules_naming_an_unknown_product_or_tier_are_refused(shop: Shop) -> None:
    for access in (EarlyAccess("NOPE", "gold", NOW), EarlyAccess("BAK-CAKE", "platinum", NOW)):
        with pytest.raises(Exception) as refused:
            program_rules.save_rules(shop.uow(), price_rules=PriceRules(early_access=(access,)),
                                     actor=shop.manager, clock=shop.clock)
        assert refused.value.code in ("unknown_product", "no_such_tier")  # type: ignore[attr-defined]


def test_a_member_priced_and_volume_line_is_refunded_at_what_was_paid_and_reprints(shop: Shop) -> None:
    from loyalty_pos.domain.returns import ReturnLine
    from loyalty_pos.services.sale.returns import ProcessReturn, process_return

    member = shop.enrol("Per Hansen")
    sale = checkout(shop.uow(), _sale(member.id, ("BAK-WAF", 2), ("BAK-CRO", 6)), actor=shop.cashier,
                    clock=shop.clock).receipt
    # Three croissants back: half the line's paid 172.80, not three at shelf price.
    back = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(2, 3),)),
                          actor=shop.manager, clock=shop.clock)
    assert back.total == -8640  # a return's total is money going back
    waffles = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt_no, (ReturnLine(1, 2),)),
                             actor=shop.manager, clock=shop.clock)
    assert waffles.total == -7000  # the member price, not 2 x 42.00
    with shop.uow(readonly=True) as uow:
        stored = uow.sales.by_receipt(sale.receipt_no)
    assert stored is not None and stored.receipt.price_rules == sale.price_rules  # as it reprints
