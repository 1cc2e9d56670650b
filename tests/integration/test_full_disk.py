"""A full disk or a read-only database during checkout (issue 19): a clear refusal, no
half sale, and look-ups keep working.

The disk is made "full" for real inside SQLite: ``PRAGMA max_page_count`` at the file's
current size refuses any write that needs a new page with SQLITE_FULL, exactly what a
full file system gives. Read-only is ``PRAGMA query_only`` (chmod does not stop root).
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.members.membership import (
    find_by_card,
    member_panel,
    search_members,
)
from loyalty_pos.services.program.catalog import search_products
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.store.errors import DiskFull, ReadOnlyDatabase
from tests.integration.conftest import Shop
from tests.sqlite_pragmas import every_connection_runs


@contextmanager
def database_pragma(shop: Shop, pragma: str) -> Iterator[None]:
    """Every connection the shop opens from now on runs ``pragma``."""
    with every_connection_runs(shop.app.database.engine, pragma):
        yield


def _pages(shop: Shop) -> int:
    shop.app.checkpoint()
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute("PRAGMA page_count").fetchone()[0]


def _big_sale(member_id: str) -> Checkout:
    # Many lines: the sale needs new pages whatever free space the file has left.
    lines = tuple(SaleLineInput(code, 1) for code in ("DEL-SAL", "COF-CAP", "BAK-CRO") for _ in range(60))
    return Checkout(sale_id=str(uuid.uuid4()), member_id=member_id, lines=lines, tender="card")


def _count(shop: Shop, table: str) -> int:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608 - a test's own names


@pytest.mark.parametrize(("pragma", "refusal", "words"), [
    ("max_page_count = {pages}", DiskFull, "disk holding the database is full"),
    ("query_only = ON", ReadOnlyDatabase, "cannot be written"),
])
def test_checkout_on_a_full_or_read_only_database_saves_nothing_and_lookups_work(
        shop: Shop, pragma: str, refusal: type[Exception], words: str) -> None:
    member = shop.enrol()
    assert member.active_card is not None
    sales, entries = _count(shop, "sales"), _count(shop, "ledger")
    balance = member_panel(shop.uow(readonly=True), member.id, clock=shop.clock).balance
    sale = _big_sale(member.id)
    with database_pragma(shop, pragma.format(pages=_pages(shop))):
        with pytest.raises(refusal) as refused:
            checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock)
        assert words in str(refused.value)
        # The till's reads go on: the card, the basket's prices, member and product search.
        assert find_by_card(shop.uow(readonly=True), member.active_card.number).member_id == member.id
        view = refresh_sale(shop.uow(readonly=True), sale, clock=shop.clock)
        assert view.priced is not None and view.priced.total_minor > 0
        assert search_members(shop.uow(readonly=True), "Ada").rows
        assert search_products(shop.uow(readonly=True), "salmon").rows
    assert (_count(shop, "sales"), _count(shop, "ledger")) == (sales, entries)
    assert member_panel(shop.uow(readonly=True), member.id, clock=shop.clock).balance == balance
    assert check_file(shop.app.config.db_path).ok
    # Space freed: the same sale (same id) goes through once.
    checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock)
    assert _count(shop, "sales") == sales + 1
