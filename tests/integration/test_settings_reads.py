"""Settings are read once per transaction (a checkout needs seven of them), and what is
read is never older than the transaction: own writes, other writers' commits and
rollbacks all show."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.integration.conftest import NOW, Shop


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    """One demo shop for the module (conftest's is per test): each test here writes
    settings of its own or only reads."""
    clock = FixedClock(NOW)
    app = open_app(Config.load(tmp_path_factory.mktemp("settings") / "data"), clock=clock, new_shop=True)
    manager = install_demo_shop(app.uow, clock)
    try:
        yield Shop(app, clock, manager, Actor("cashier", Role.CASHIER, "01"))
    finally:
        app.close()


@contextmanager
def settings_reads(shop: Shop) -> Iterator[list[str]]:
    seen: list[str] = []

    def note(conn, cursor, statement: str, parameters, context, executemany) -> None:  # noqa: ANN001
        if "FROM settings" in statement:
            seen.append(statement)

    engine = shop.app.database.engine
    event.listen(engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", note)


def test_a_checkout_reads_the_settings_once(shop: Shop) -> None:
    member = shop.enrol()
    cmd = Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("COF-FIL", 1), SaleLineInput("BAK-BUN", 2)))
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("COF-FIL", 1),)),
             actor=shop.cashier, clock=shop.clock)  # statement caches warm
    with settings_reads(shop) as reads:
        result = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    assert result.receipt.shop_name  # the settings were used ...
    assert len(reads) == 1  # ... and read in one statement


def test_a_setting_written_in_the_transaction_is_read_back_in_it(shop: Shop) -> None:
    uow = shop.uow()
    with uow:
        before = uow.settings.get("shop_name")
        uow.settings.set("shop_name", "Renamed")
        assert uow.settings.get("shop_name") == "Renamed"
        uow.commit()
        assert uow.settings.get("shop_name") == "Renamed"  # after the commit, in the next transaction
    assert before != "Renamed"
    with shop.uow(readonly=True) as reader:
        assert reader.settings.get("shop_name") == "Renamed"


def test_another_writers_commit_is_seen_by_the_next_transaction(shop: Shop) -> None:
    reader = shop.uow(readonly=True)
    with reader:
        assert reader.settings.get("receipt_footer_test") is None
    writer = shop.uow()
    with writer:
        writer.settings.set("receipt_footer_test", "Thank you")
        writer.commit()
    with reader:  # the same unit of work, a new transaction
        assert reader.settings.get("receipt_footer_test") == "Thank you"


def test_a_rolled_back_write_is_not_read_later(shop: Shop) -> None:
    uow = shop.uow()
    with uow:
        uow.settings.get("receipt_header_test")
        uow.settings.set("receipt_header_test", "Never saved")  # left without a commit: rolled back
    with uow:
        assert uow.settings.get("receipt_header_test") is None


def test_a_write_undone_by_a_savepoint_is_not_read_later_in_the_transaction(shop: Shop) -> None:
    from loyalty_pos.store.repositories.savepoint import all_or_nothing

    uow = shop.uow()
    with uow:
        assert uow.settings.get("receipt_note_test") is None
        with pytest.raises(RuntimeError), all_or_nothing(uow.connection):
            uow.settings.set("receipt_note_test", "Undone")
            raise RuntimeError("the rest of the batch failed")
        assert uow.settings.get("receipt_note_test") is None
