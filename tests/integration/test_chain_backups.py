"""The chain's head travels with every backup, and a restore leaves a chained
'restored to entry N' record."""

from __future__ import annotations

import json
import sqlite3
import uuid

from loyalty_pos.jobs.backups import back_up, restore
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.store.chain_head_file import head_path, read_head
from tests.integration.conftest import Shop


def _sell(shop: Shop, member_id: str) -> None:
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("COF-CAP", 1),), tender="card"),
             actor=shop.cashier, clock=shop.clock)


def test_a_backup_keeps_its_head_beside_it_and_checks_against_it(shop: Shop, tmp_path) -> None:
    member = shop.enrol()
    _sell(shop, member.id)
    config = shop.app.config
    copy = back_up(config.db_path, config.key_path, tmp_path / "copies")
    heads = read_head(copy)
    assert heads is not None and heads == read_head(config.db_path)
    report = check_file(copy)
    assert report.ok and not report.notes
    # The backup's own tail cut off: its head file tells.
    connection = sqlite3.connect(copy)
    connection.execute("DELETE FROM chain WHERE n = (SELECT max(n) FROM chain)")
    connection.commit()
    connection.close()
    assert any("cut off the end" in line for line in check_file(copy).problems)


def test_a_restore_is_a_chained_record_naming_the_entry_it_went_back_to(shop: Shop, tmp_path) -> None:
    member = shop.enrol()
    _sell(shop, member.id)
    config = shop.app.config
    copy = back_up(config.db_path, config.key_path, tmp_path / "copies")
    backed_up = read_head(copy)[0]
    _sell(shop, member.id)
    later = read_head(config.db_path)[0]
    shop.app.close()

    restore(config.db_path, config.key_path, config.backup_dir, copy)

    connection = sqlite3.connect(config.db_path)
    try:
        action, details = connection.execute(
            "SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    finally:
        connection.close()
    assert action == "chain_restored"
    entry = json.loads(details)
    assert (entry["restored_to"], entry["restored_hash"]) == (backed_up.n, backed_up.hash)
    assert (entry["replaced_head"], entry["replaced_hash"]) == (later.n, later.hash)
    assert entry["backup"] == copy.name
    assert read_head(config.db_path)[0].n == backed_up.n + 1  # the record itself is the next link
    report = check_file(config.db_path)
    assert report.ok, report.problems
    assert head_path(config.db_path).is_file()


def test_two_writers_at_once_extend_one_chain_without_a_fork(shop: Shop) -> None:
    """The till and a job commit side by side: each reads the head inside its own write
    transaction, so the links stay one unbroken sequence."""
    import threading

    from loyalty_pos.services.members.points import adjust_points

    members = [shop.enrol(f"Writer {i}").id for i in range(2)]
    errors: list[BaseException] = []

    def write(member_id: str) -> None:
        try:
            for _ in range(15):
                adjust_points(shop.uow(), member_id=member_id, points=3, reason="race", actor=shop.manager,
                              clock=shop.clock)
        except BaseException as error:  # noqa: BLE001 - handed to the test's thread
            errors.append(error)

    threads = [threading.Thread(target=write, args=(member_id,)) for member_id in members]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    connection = sqlite3.connect(shop.app.config.db_path)
    try:
        n, count = connection.execute("SELECT max(n), count(*) FROM chain").fetchone()
    finally:
        connection.close()
    assert n == count
    report = check_file(shop.app.config.db_path)
    assert report.ok, report.problems
