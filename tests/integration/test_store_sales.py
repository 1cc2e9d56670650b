"""Sales and returns, receipt numbers, products, program versions and reward stock."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.domain.basket import PricedLine, Product
from loyalty_pos.domain.errors import Conflict, NotFound, RewardUnavailable, ValidationError
from loyalty_pos.domain.members import Consents, Member, MemberStatus
from loyalty_pos.domain.program import EarningRules, Program, Reward, RewardKind, Tier, TierPolicy
from loyalty_pos.domain.receipt import Receipt, ReceiptKind, ReceiptLine
from loyalty_pos.domain.tender import Tender
from loyalty_pos.domain.tiers import Qualifying
from loyalty_pos.services.ports import ExternalReceipt, SaleRecord
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import migrated_store

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_store(tmp_path_factory.mktemp("template"), seed=lambda uow: uow.members.add(Member(
        "ann", "Ann", None, None, date(1990, 1, 1), Consents(False, True), "basic", MemberStatus.ACTIVE, T0)))


def line(line_no: int, code: str, quantity: int, unit_price: int, discount: int = 0, earned: int = 0) -> PricedLine:
    return PricedLine(line_no, code, f"Product {code}", "coffee", quantity, unit_price, 1500, quantity * unit_price,
                      discount, points_paid_minor=0, points_earned=earned, points_spent=0)


def sale(sale_id: str, receipt_no: str, at: datetime, total: int, *, lines: tuple[PricedLine, ...] = (),
         member_id: str | None = "ann", returned_of: str | None = None) -> SaleRecord:
    return SaleRecord(
        sale_id=sale_id, receipt_no=receipt_no, member_id=member_id, terminal_id="01", actor="cashier", at=at,
        currency="NOK", lines=lines, total_minor=total, tender=Tender.CARD, points_earned=total // 100,
        points_redeemed=0, receipt=Receipt(
            kind=ReceiptKind.SALE, receipt_no=receipt_no, sale_id=sale_id, at=at, terminal_id="01", cashier="cashier",
            shop_name="Shop", currency="NOK", lines=(ReceiptLine("Espresso", 1, 3200, 3200),), gross=3200,
            discount=0, total=total, store_credit=0, amount_due=total, tender=Tender.CARD,
        ),
        returned_of=returned_of,
    )


def test_sale_with_lines_round_trips(engine: Engine) -> None:
    lines = (line(1, "COF-ESP", 2, 3200, discount=400, earned=60), line(2, "BAK-BUN", 1, 3900, earned=39))
    original = sale("s-1", "R01-000001", T0, 9900, lines=lines)
    with SqlUnitOfWork(engine) as uow:
        uow.sales.add(original)
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        stored = uow.sales.get("s-1")
        assert stored == original
        assert uow.sales.by_receipt("R01-000001") == stored
        assert uow.sales.get("s-2") is None and uow.sales.by_receipt("R01-000002") is None


def test_returns_of_a_sale_and_net_spend(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.sales.add(sale("s-1", "R01-000001", T0, 10000, lines=(line(1, "A", 2, 5000),)))
        uow.sales.add(sale("s-2", "R01-000002", T0 + 2 * DAY, 2500))
        uow.sales.add(sale("r-1", "R01-000003", T0 + 3 * DAY, -5000, lines=(line(1, "A", 1, 5000),),
                           returned_of="s-1"))
        uow.sales.add(sale("r-2", "R01-000004", T0 + 4 * DAY, -1000, returned_of="s-1"))
        uow.sales.add(sale("s-3", "R01-000005", T0 + 4 * DAY, 7777, member_id=None))  # anonymous sale
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        returns = uow.sales.returns_of("s-1")
        assert [r.sale_id for r in returns] == ["r-1", "r-2"]
        assert returns[0].lines == (line(1, "A", 1, 5000),) and returns[1].lines == ()
        assert uow.sales.returns_of("s-2") == []
        assert uow.sales.spend_since("ann", T0) == 10000 + 2500 - 5000 - 1000
        assert uow.sales.spend_since("ann", T0 + DAY) == 2500 - 5000 - 1000
        assert uow.sales.spend_since("nobody", T0) == 0


def test_the_tier_window_sums_what_each_sale_stored(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.sales.add(replace(sale("s-1", "R01-000001", T0, 10000), qualifying=Qualifying(10000, 80)))
        uow.sales.add(replace(sale("s-2", "R01-000002", T0 + 2 * DAY, 2500), qualifying=Qualifying(2000, 15)))
        uow.sales.add(replace(sale("r-1", "R01-000003", T0 + 3 * DAY, -5000, returned_of="s-1"),
                              qualifying=Qualifying(-5000, -40)))
        uow.sales.add(replace(sale("s-3", "R01-000004", T0 + 4 * DAY, 7777, member_id=None),
                              qualifying=Qualifying(7777, 0)))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.sales.get("r-1").qualifying == Qualifying(-5000, -40)  # type: ignore[union-attr]
        assert uow.sales.qualifying_since("ann", T0) == Qualifying(10000 + 2000 - 5000, 80 + 15 - 40)
        assert uow.sales.qualifying_since("ann", T0 + DAY) == Qualifying(2000 - 5000, 15 - 40)
        assert uow.sales.qualifying_since("nobody", T0) == Qualifying(0, 0)


def test_a_sale_stored_twice_is_a_conflict(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.sales.add(sale("s-1", "R01-000001", T0, 100, lines=(line(1, "A", 1, 100),)))
        with pytest.raises(Conflict):
            uow.sales.add(sale("s-1", "R01-000002", T0, 100))
        with pytest.raises(Conflict):  # a duplicate line number: nothing of this sale is kept
            uow.sales.add(sale("s-2", "R01-000003", T0, 100, lines=(line(1, "A", 1, 50), line(1, "B", 1, 50))))
        with pytest.raises(NotFound):
            uow.sales.add(sale("s-3", "R01-000004", T0, 100, member_id="zed"))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.sales.get("s-2") is None and uow.sales.get("s-3") is None


def test_receipt_numbers_count_per_terminal_and_roll_back_with_the_sale(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        assert [uow.sales.next_receipt_no("01") for _ in range(3)] == ["R01-000001", "R01-000002", "R01-000003"]
        assert uow.sales.next_receipt_no("b7") == "RB7-000001"
        uow.commit()
    with SqlUnitOfWork(engine) as uow:
        assert uow.sales.next_receipt_no("01") == "R01-000004"
        # leaving without commit: the number is not used up
    with SqlUnitOfWork(engine) as uow:
        assert uow.sales.next_receipt_no("01") == "R01-000004"


def test_products_upsert_lookup_search_and_categories(engine: Engine) -> None:
    espresso = Product("COF-ESP", "Espresso", "coffee", 3200, "NOK", 1500, "7040000000011")
    bun = Product("BAK-BUN", "Cinnamon bun", "bakery", 3900, "NOK", 1500, None)
    latte = Product("COF-LAT", "Caffè latte 50%", "coffee", 4900, "NOK", 1500, "7040000000035", active=False)
    with SqlUnitOfWork(engine) as uow:
        for product in (espresso, bun, latte):
            uow.products.upsert(product)
        uow.products.upsert(replace(espresso, unit_price=3400, name="Espresso doppio"))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.products.get("COF-ESP") == replace(espresso, unit_price=3400, name="Espresso doppio")
        assert uow.products.by_barcode("7040000000035") == latte
        assert uow.products.get("NOPE") is None and uow.products.by_barcode("123") is None
        assert uow.products.categories() == ["bakery", "coffee"]
        assert [p.code for p in uow.products.search("", cursor=None, limit=10).rows] == [
            "COF-LAT", "BAK-BUN", "COF-ESP"  # by name: Caffè, Cinnamon, Espresso
        ]
        assert [p.code for p in uow.products.search("cof", cursor=None, limit=10).rows] == ["COF-LAT", "COF-ESP"]
        assert [p.code for p in uow.products.search("50%", cursor=None, limit=10).rows] == ["COF-LAT"]
        assert [p.code for p in uow.products.search("_", cursor=None, limit=10).rows] == []  # not a wildcard
        assert [p.code for p in uow.products.search("7040000000011", cursor=None, limit=10).rows] == ["COF-ESP"]
        first = uow.products.search("", cursor=None, limit=2)
        second = uow.products.search("", cursor=first.next_cursor, limit=2)
        assert [p.code for p in (*first.rows, *second.rows)] == ["COF-LAT", "BAK-BUN", "COF-ESP"]
        assert second.next_cursor is None


def program(stock: int | None, *, name: str = "v") -> Program:
    return Program(
        currency="NOK", earning=EarningRules(), tiers=TierPolicy((Tier("basic", "Basic", 0),)),
        rewards=(Reward("mug", f"Mug {name}", RewardKind.FREE_PRODUCT, 500, product_code="MUG", stock=stock),
                 Reward("coffee", "Coffee", RewardKind.AMOUNT_OFF, 100, amount_minor=3200)),
    )


def test_program_draft_publish_and_versions(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        assert uow.program.published() is None and uow.program.draft() is None
        with pytest.raises(Conflict):
            uow.program.publish(actor="boss", at=T0)
        uow.program.save_draft(program(10, name="first"), actor="boss", at=T0)
        uow.program.save_draft(program(10, name="second"), actor="boss", at=T0 + DAY)  # replaces the draft
        assert uow.program.draft() == replace(program(10, name="second"), version=1)
        published = uow.program.publish(actor="boss", at=T0 + DAY)
        uow.commit()
    assert published == replace(program(10, name="second"), version=1)
    with SqlUnitOfWork(engine) as uow:
        assert uow.program.published() == published and uow.program.draft() is None
        uow.program.save_draft(program(10, name="third"), actor="boss", at=T0 + 2 * DAY)
        assert uow.program.published() == published  # the till keeps selling on version 1
        assert uow.program.publish(actor="boss", at=T0 + 2 * DAY).version == 2
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.program.published() == replace(program(10, name="third"), version=2)
        statuses = uow.connection.exec_driver_sql("SELECT version, status FROM program_versions ORDER BY 1").all()
        assert statuses == [(1, "retired"), (2, "published")]


def test_reward_stock_is_taken_and_follows_published_changes(engine: Engine) -> None:
    def publish(stock: int | None) -> None:
        with SqlUnitOfWork(engine) as uow:
            uow.program.save_draft(program(stock), actor="boss", at=T0)
            uow.program.publish(actor="boss", at=T0)
            uow.commit()

    publish(10)
    with SqlUnitOfWork(engine) as uow:
        assert uow.program.stock_left("mug") == 10 and uow.program.stock_left("coffee") is None
        uow.program.take_stock("mug", 3)
        uow.program.take_stock("coffee", 1)  # unlimited: nothing to count
        with pytest.raises(RewardUnavailable) as refused:
            uow.program.take_stock("mug", 8)
        assert "only 7 left" in refused.value.message
        with pytest.raises(ValidationError):
            uow.program.take_stock("mug", 0)
        uow.commit()
    publish(10)  # republished unchanged: 7 left, not reset to 10
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.program.stock_left("mug") == 7
    publish(15)  # the manager adds 5 mugs
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.program.stock_left("mug") == 12
    publish(2)  # cut below what was given out: none left, never negative
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.program.stock_left("mug") == 0
    publish(None)  # unlimited again
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.program.stock_left("mug") is None


def test_campaign_results_are_written_from_the_sale_s_campaign_points_not_its_receipt_text(engine: Engine) -> None:
    # The receipt's points lines name no campaign at all: only the field counts.
    with SqlUnitOfWork(engine) as uow:
        uow.sales.add(replace(sale("s-1", "R01-000001", T0, 9900), campaign_points={"x2": 40, "big": 20}))
        uow.sales.add(replace(sale("s-2", "R01-000002", T0 + DAY, 5000), campaign_points={"x2": 10}))
        uow.sales.add(replace(sale("s-3", "R01-000003", T0 + DAY, -5000, returned_of="s-2"),
                              campaign_points={"x2": 99}))  # a return is never a campaign's result
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        x2 = uow.reports.campaign_sales("x2", T0, T0 + 2 * DAY)
        big = uow.reports.campaign_sales("big", T0, T0 + 2 * DAY)
    assert (x2.points, x2.sales, x2.members, x2.spend_minor) == (50, 2, 1, 14900)
    assert (big.points, big.sales, big.members, big.spend_minor) == (20, 1, 1, 9900)


def test_another_register_s_receipt_is_stored_once_per_register_and_date(engine: Engine) -> None:
    k1 = ExternalReceipt("K1", date(2024, 5, 1), "77")
    with SqlUnitOfWork(engine) as uow:
        assert not uow.sales.has_external(k1)
        uow.sales.add(replace(sale("s-1", "R01-000001", T0, 100), external=k1))
        uow.sales.add(replace(sale("s-2", "R01-000002", T0, 100), external=replace(k1, register="K2")))
        uow.sales.add(replace(sale("s-3", "R01-000003", T0, 100), external=replace(k1, on=date(2024, 5, 2))))
        uow.sales.add(sale("s-4", "R01-000004", T0, 100))  # rung up here: no register receipt
        uow.sales.add(sale("s-5", "R01-000005", T0, 100))
        with pytest.raises(Conflict):
            uow.sales.add(replace(sale("s-6", "R01-000006", T0, 100), external=k1))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.sales.has_external(k1)
        assert not uow.sales.has_external(replace(k1, ref="78"))
        stored = uow.sales.get("s-1")
        assert stored is not None and stored.external == k1
        assert uow.sales.get("s-4").external is None  # type: ignore[union-attr]
        assert uow.sales.get("s-6") is None


def test_the_program_in_force_at_a_time_is_the_one_published_last_before_it(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        assert uow.program.in_force_at(T0) is None
        uow.program.save_draft(program(10, name="first"), actor="boss", at=T0)
        uow.program.publish(actor="boss", at=T0 + DAY)
        uow.program.save_draft(program(10, name="second"), actor="boss", at=T0)
        uow.program.publish(actor="boss", at=T0 + 3 * DAY)
        uow.program.save_draft(program(10, name="draft"), actor="boss", at=T0 + 4 * DAY)
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        def name_at(at: datetime) -> str:
            found = uow.program.in_force_at(at)
            assert found is not None
            return found.rewards[0].name.removeprefix("Mug ")

        assert name_at(T0) == "first"  # before anything was published: the first version
        assert name_at(T0 + 2 * DAY) == "first"
        assert name_at(T0 + 3 * DAY) == "second"
        assert name_at(T0 + 5 * DAY) == "second"  # a draft is never in force
