"""The till's chain head file, written off the sale path (store/head_file_keeper.py): a
commit only notes its head, the background checkpoint and closing the shop write it."""

from __future__ import annotations

import uuid
from pathlib import Path

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.store.chain_head_file import read_head
from loyalty_pos.store.chain_links import head as chain_head
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import Shop


def _sell(shop: Shop) -> None:
    cmd = Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-FIL", 1),))
    checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)


def _db_head(shop: Shop) -> int:
    uow = shop.uow(readonly=True)
    assert isinstance(uow, SqlUnitOfWork)
    with uow:
        return chain_head(uow.connection).n


def _file_head(db_path: Path) -> int:
    heads = read_head(db_path)
    assert heads is not None
    return heads[0].n


def test_a_deferred_head_is_written_by_the_checkpoint_not_by_the_sale(shop: Shop) -> None:
    db_path = shop.app.config.db_path
    _sell(shop)
    assert _file_head(db_path) == _db_head(shop)  # not deferred: each commit writes it
    shop.app.database.defer_head_file()
    before = _file_head(db_path)
    _sell(shop)
    _sell(shop)
    assert _file_head(db_path) == before  # the sales did not wait for the file
    assert _db_head(shop) > before
    assert check_file(db_path).problems == []  # a lagging head is an earlier link: accepted
    shop.app.checkpoint()
    assert _file_head(db_path) == _db_head(shop)


def test_closing_the_shop_writes_the_deferred_head(shop: Shop, tmp_path: Path) -> None:
    db_path = shop.app.config.db_path
    shop.app.database.defer_head_file()
    _sell(shop)
    newest = _db_head(shop)
    assert _file_head(db_path) < newest
    shop.app.close()
    assert _file_head(db_path) == newest
    shop.app = open_app(Config.load(shop.app.config.data_dir), clock=shop.clock)  # the fixture closes it again
