"""Gift-card entries under the same tamper evidence as the points ledger: each edit is
made with raw sqlite3 on the shop's file, as someone with an SQLite editor would, and
``check`` must name it. A card's balance is the sum of its rows, so an edited row is
money nobody put on the card."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from loyalty_pos.domain.chain import LOCAL_ORIGIN, RecordKind
from loyalty_pos.domain.events import GiftCardEntryPosted
from loyalty_pos.domain.gift_cards import GiftCardEntryKind
from loyalty_pos.domain.tender import Tender
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.gift_cards import GiftCardPayment, gift_card_balance, load_gift_card
from loyalty_pos.store.chain_head_file import head_path, write_head
from loyalty_pos.store.chain_links import RawConnection, chain_backlog
from loyalty_pos.store.chain_links import head as chain_head
from tests.integration.conftest import Shop
from tests.integration.test_pulled_sales import OTHER, pull


@pytest.fixture
def carded(shop: Shop) -> Iterator[Shop]:
    """A card sold here, half of a coffee paid with it, and another till's spend pulled."""
    number = load_gift_card(shop.uow(), number=None, amount_minor=20_000, tender=Tender.CASH, actor=shop.cashier,
                            clock=shop.clock).number
    checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-FIL", 1),), tender=Tender.CASH,
                                  gift_card=GiftCardPayment(number, 1_000)), actor=shop.cashier, clock=shop.clock)
    theirs = GiftCardEntryPosted("their-entry", number, GiftCardEntryKind.REDEEM, -500, "NOK", shop.clock.now(),
                                 OTHER, "kari", "their-sale")
    assert pull(shop, theirs).applied == 1
    shop.card = number  # type: ignore[attr-defined]
    yield shop


def _db(shop: Shop) -> Path:
    return shop.app.config.db_path


def _sql(shop: Shop, *statements: str) -> list[tuple]:
    connection = sqlite3.connect(_db(shop))
    try:
        found: list[tuple] = []
        for statement in statements:
            found = connection.execute(statement).fetchall()
        connection.commit()
        return found
    finally:
        connection.close()


def _problems(shop: Shop) -> list[str]:
    report = check_file(_db(shop))
    assert not report.ok
    return report.problems


def test_each_card_entry_has_its_link_the_pulled_one_on_its_tills_chain(carded: Shop) -> None:
    linked = dict(_sql(carded, "SELECT g.id, c.origin FROM gift_card_entries g JOIN chain c "
                               f"ON c.kind = '{RecordKind.GIFT_CARD}' AND c.ref = CAST(g.seq AS TEXT)"))
    assert len(linked) == 3
    assert linked.pop("their-entry") == OTHER
    assert set(linked.values()) == {LOCAL_ORIGIN}
    report = check_file(_db(carded))
    assert report.ok, report.problems


def test_an_amount_edited_to_put_money_on_the_card_is_caught(carded: Shop) -> None:
    ((seq,),) = _sql(carded, "SELECT seq FROM gift_card_entries WHERE kind = 'redeem' AND id <> 'their-entry'")
    _sql(carded, f"UPDATE gift_card_entries SET amount_minor = -1 WHERE seq = {seq}")  # paid 0.01, not 10.00
    assert gift_card_balance(carded.uow(), carded.card).balance_minor == 19_499  # type: ignore[attr-defined]
    problems = _problems(carded)
    assert any(line.startswith(f"gift_card {seq} ") and "do not match the chain" in line for line in problems), \
        problems


def test_a_pulled_entry_edited_is_caught_on_its_tills_chain(carded: Shop) -> None:
    _sql(carded, "UPDATE gift_card_entries SET amount_minor = -2 WHERE id = 'their-entry'")
    assert any("gift_card" in line and "do not match the chain" in line for line in _problems(carded))


def test_a_deleted_redeem_entry_is_caught(carded: Shop) -> None:
    ((seq,),) = _sql(carded, "SELECT seq FROM gift_card_entries WHERE kind = 'redeem' AND id <> 'their-entry'")
    _sql(carded, f"DELETE FROM gift_card_entries WHERE seq = {seq}")
    problems = _problems(carded)
    assert any(line.startswith(f"gift_card {seq} ") and "the record is gone" in line for line in problems), problems


def test_an_inserted_top_up_is_caught_by_the_check_command_too(carded: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    card = carded.card  # type: ignore[attr-defined]
    _sql(carded, "INSERT INTO gift_card_entries (id, card_number, kind, amount_minor, currency, at, terminal_id, "
                 f"actor, sale_ref) SELECT 'forged', '{card}', 'top_up', 90000, 'NOK', max(at), '01', 'manager', "
                 "NULL FROM gift_card_entries")
    ((seq,),) = _sql(carded, "SELECT seq FROM gift_card_entries WHERE id = 'forged'")
    problems = _problems(carded)
    assert f"gift_card {seq} is not in the chain (inserted by hand?)" in problems, problems
    from loyalty_pos.cli.main import main

    assert main(["--data-dir", str(carded.app.config.data_dir), "check"]) != 0
    assert f"PROBLEM: gift_card {seq} is not in the chain (inserted by hand?)" in capsys.readouterr().out.splitlines()


def test_a_store_from_before_migrates_its_card_entries_into_the_chain_and_checks_clean(carded: Shop) -> None:
    """What the previous release left: the same records chained without the card entries,
    no void reasons, its head file beside it, at revision 0023."""
    db_path = _db(carded)
    carded.app.close()
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("DELETE FROM chain")
        connection.execute("ALTER TABLE gift_card_entries DROP COLUMN reason")  # 0026's
        connection.execute("DROP INDEX ix_prize_outcomes_kind_member_id")  # 0027's
        raw = RawConnection(connection)
        chain_backlog(raw, kinds=(RecordKind.PROGRAM, RecordKind.AUDIT, RecordKind.LEDGER, RecordKind.SALE))
        connection.execute("UPDATE alembic_version SET version_num = '0023'")
        connection.commit()
        write_head(db_path, [chain_head(raw)])
    finally:
        connection.close()
    assert any(line.startswith("gift_card ") and "is not in the chain" in line for line in check_file(db_path).problems)

    from loyalty_pos.app import open_app

    open_app(carded.app.config).close()  # opening migrates

    report = check_file(db_path)
    assert report.ok, report.problems
    assert head_path(db_path).is_file()
    assert _sql(carded, f"SELECT count(*) FROM chain WHERE kind = '{RecordKind.GIFT_CARD}'") == [(3,)]
    _sql(carded, "UPDATE gift_card_entries SET amount_minor = 30000 WHERE kind = 'issue'")
    assert any(line.startswith("gift_card ") and "do not match the chain" in line for line in _problems(carded))
