"""Settings are read once per transaction (a checkout needs seven of them), and what is
read is never older than the transaction: own writes, other writers' commits and
rollbacks all show."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import event

from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.integration.conftest import Shop


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
        uow.settings.get("shop_name")
        uow.settings.set("shop_name", "Never saved")  # left without a commit: rolled back
    with uow:
        assert uow.settings.get("shop_name") != "Never saved"
