"""A full disk at the till (issue 19): one clear line for the cashier, the basket stays,
nothing is saved, and scanning and look-ups go on; paying works again once space is free."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt

from loyalty_pos.demo.shop import demo_products
from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png
from tests.sqlite_pragmas import every_connection_runs


@contextmanager
def full_disk(till: Till) -> Iterator[None]:
    """SQLite refuses every new page (SQLITE_FULL), as a full file system does."""
    till.settle()
    engine = till.app.database.engine
    engine.dispose()
    connection = sqlite3.connect(till.app.config.db_path)
    try:  # no free pages left inside the file either: the next sale must grow it
        connection.execute("VACUUM")
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
    finally:
        connection.close()

    with every_connection_runs(engine, f"max_page_count = {pages}"):
        yield


# Thirty different products: the sale's receipt spills over into new pages of the file.
BARCODES = [product.barcode for product in demo_products() if product.barcode][:30]


def _sales(till: Till) -> int:
    with sqlite3.connect(till.app.config.db_path) as connection:
        return connection.execute("SELECT count(*) FROM sales").fetchone()[0]


def test_paying_on_a_full_disk_keeps_the_basket_and_says_so(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    till.scan(till.card_payload(till.member_named("Ayu Lin")))
    for barcode in BARCODES:
        till.scan(barcode)
        till.settle()  # one at a time: on a loaded machine scans sent back to back can run together
    assert len(till.sale.state.lines) == len(BARCODES)
    sales, sale_id = _sales(till), till.sale.state.sale_id
    with full_disk(till):
        press(till.qtbot, Qt.Key.Key_F9, till.window)
        till.settle()
        message = till.window.messages.text()
        assert "full" in message and "nothing was saved" in message and "free some space" in message.lower(), message
        assert not till.sale.completed
        assert till.sale.state.sale_id == sale_id and len(till.sale.state.lines) == len(BARCODES)
        save_png(till.window, request.node.name)
        till.scan("7040000000011")  # look-ups go on: a second espresso is scanned and priced
        till.settle()
        assert till.sale.state.lines[0].quantity == 2 and till.sale.priced is not None
        assert _sales(till) == sales
    press(till.qtbot, Qt.Key.Key_F9, till.window)  # space freed: the same sale goes through
    till.settle()
    assert till.sale.completed and _sales(till) == sales + 1
