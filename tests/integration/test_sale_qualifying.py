"""What a sale adds to the tier metric: one rule for the till's progress, checkout's
upgrade, returns and the stored history (domain.tiers.qualifying_metric).

Worked numbers (demo shop, tiers switched to a points basis, Silver at 100 points):
4 x fish soup = NOK 580.00 earns base 58 + deli extra 29 = 87 purchase points (the
EARN entry) and the "Big basket bonus" campaign's 20 (a BONUS entry, from NOK
500.00). Only the 87 qualify. The demo's 1-in-50 "Lucky receipt" is left out so
the points do not depend on the sale's random id.
"""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.domain.approvals import ApprovalAction
from loyalty_pos.domain.program import Tier, TierBasis
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.tiers import Qualifying
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.members.membership import member_panel
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.sale.returns import ProcessReturn, process_return, quote_return
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.store import schema
from tests.integration.conftest import Shop


def _points_tiers(shop: Shop, *, silver: int = 100) -> None:
    with shop.uow() as uow:
        program = uow.program.published()
        assert program is not None
        tiers = replace(program.tiers, basis=TierBasis.POINTS, tiers=(
            Tier("bronze", "Bronze", 0), Tier("silver", "Silver", silver, 125), Tier("gold", "Gold", 10_000, 150)))
        campaigns = tuple(c for c in program.campaigns if c.id != "lucky")
        uow.program.save_draft(replace(program, tiers=tiers, campaigns=campaigns), actor="manager",
                               at=shop.clock.now())
        uow.program.publish(actor="manager", at=shop.clock.now())
        uow.commit()


def _sale(member_id: str | None, *lines: tuple[str, int]) -> Checkout:
    return Checkout(str(uuid.uuid4()), member_id, tuple(SaleLineInput(code, qty) for code, qty in lines))


def _tier(shop: Shop, member_id: str) -> str:
    with shop.uow(readonly=True) as uow:
        member = uow.members.get(member_id)
    assert member is not None
    return member.tier_code


def test_the_tier_the_till_shows_reached_is_the_tier_checkout_grants(shop: Shop) -> None:
    _points_tiers(shop)
    member = shop.enrol()  # the 25 welcome points are no purchase: they never qualify
    soup = _sale(member.id, ("DEL-SOUP", 4))
    priced = refresh_sale(shop.uow(readonly=True), soup, clock=shop.clock).priced
    assert priced.points_earned == 87 + 20
    assert priced.qualifying == Qualifying(58_000, 87)
    assert priced.tier_progress is not None
    assert (priced.tier_progress.metric, priced.tier_progress.needed) == (87, 13)  # not "Silver reached"
    checkout(shop.uow(), soup, actor=shop.cashier, clock=shop.clock)
    assert _tier(shop, member.id) == "bronze"  # and checkout agrees
    panel = member_panel(shop.uow(readonly=True), member.id, clock=shop.clock)
    assert panel.tier_metric == 87  # the history counts the sale as the till did

    # A smoked salmon (NOK 129.00, deli x1.5: 12 + 6 = 18) crosses 100: shown reached, and granted.
    salmon = _sale(member.id, ("DEL-SAL", 1))
    priced = refresh_sale(shop.uow(readonly=True), salmon, clock=shop.clock).priced
    assert priced.tier_progress is not None
    assert priced.tier_progress.metric == 87 + 18 and priced.tier_progress.needed == 0
    checkout(shop.uow(), salmon, actor=shop.cashier, clock=shop.clock)
    assert _tier(shop, member.id) == "silver"


def test_a_return_takes_its_share_off_the_tier_metric(shop: Shop) -> None:
    _points_tiers(shop, silver=1_000)
    member = shop.enrol()
    receipt = checkout(shop.uow(), _sale(member.id, ("DEL-SOUP", 4)), actor=shop.cashier, clock=shop.clock).receipt
    first = ProcessReturn(str(uuid.uuid4()), receipt.receipt_no, (ReturnLine(1, 1),))
    process_return(shop.uow(), first, actor=shop.cashier, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        stored = uow.sales.get(first.return_id)
    assert stored is not None
    # 107 points on the line, a quarter back: 26; the qualifying 87 go back in step: floor(87 * 26 / 107) = 21.
    assert stored.qualifying == Qualifying(-14_500, -21)
    assert member_panel(shop.uow(readonly=True), member.id, clock=shop.clock).tier_metric == 87 - 21
    rest_id, rest_lines = str(uuid.uuid4()), (ReturnLine(1, 3),)
    refund = quote_return(shop.uow(readonly=True), receipt.receipt_no, rest_lines).plan.refund_minor
    rest = ProcessReturn(rest_id, receipt.receipt_no, rest_lines,
                         approval=shop.approve(ApprovalAction.RETURN, refund, rest_id))
    process_return(shop.uow(), rest, actor=shop.cashier, clock=shop.clock)
    assert member_panel(shop.uow(readonly=True), member.id, clock=shop.clock).tier_metric == 0  # all of it back


def _copy_into_0006(source: Path, target: Path) -> None:
    """A store at revision 0006 holding the rows ``source`` holds, as the previous release
    wrote them: every column it had, none of 0007's."""
    schema.migrate(target, "0006")
    with closing(sqlite3.connect(target)) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("ATTACH DATABASE ? AS new", (str(source),))
        tables = [row[0] for row in db.execute(
            "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'members_fts%' AND name != 'alembic_version'")]
        for table in tables:
            columns = [row[1] for row in db.execute(f"PRAGMA main.table_info({table})")]
            names = ", ".join(columns)
            db.execute(f"INSERT INTO main.{table} ({names}) SELECT {names} FROM new.{table}")
        db.commit()
        db.execute("DETACH DATABASE new")
    assert schema.current_revision(target) == "0006"


def test_migration_0007_gives_old_sales_what_checkout_gives_new_ones(shop: Shop, tmp_path: Path) -> None:
    _points_tiers(shop)
    ada, bo = shop.enrol("Ada Lovelace"), shop.enrol("Bo Ek")
    cashier, manager, clock = shop.cashier, shop.manager, shop.clock
    soup = checkout(shop.uow(), _sale(ada.id, ("DEL-SOUP", 4), ("COF-FIL", 3)), actor=cashier, clock=clock).receipt
    for lines in ((ReturnLine(1, 1), ReturnLine(2, 2)), (ReturnLine(1, 2),)):
        process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), soup.receipt_no, lines),
                       actor=manager, clock=clock)
    salmon = checkout(shop.uow(), _sale(ada.id, ("DEL-SAL", 2)), actor=cashier, clock=clock).receipt
    checkout(shop.uow(), _sale(bo.id, ("BAK-BUN", 3)), actor=cashier, clock=clock)
    checkout(shop.uow(), _sale(None, ("COF-ESP", 1)), actor=cashier, clock=clock)
    columns = "SELECT sale_id, member_id, qualifying_spend_minor, qualifying_points FROM sales ORDER BY sale_id"
    with closing(sqlite3.connect(shop.app.config.db_path)) as db:
        as_written = db.execute(columns).fetchall()
        tiers = db.execute("SELECT id, tier_code FROM members ORDER BY id").fetchall()
    assert len(as_written) == 6
    assert sorted(points for _sale_id, member, _spend, points in as_written if member == ada.id)[0] < 0  # returns
    ada_metric = sum(points for _sale_id, member, _spend, points in as_written if member == ada.id)
    assert member_panel(shop.uow(readonly=True), ada.id, clock=clock).tier_metric == ada_metric > 0

    old = Config.load(tmp_path / "old-release")
    old.data_dir.mkdir(parents=True)
    _copy_into_0006(shop.app.config.db_path, old.db_path)
    old.key_path.write_bytes(shop.app.config.key_path.read_bytes())  # the release kept its key beside the file
    app = open_app(old, clock=clock)  # what the till does on start: back up, then migrate
    try:
        assert schema.current_revision(old.db_path) == schema.HEAD
        with closing(sqlite3.connect(old.db_path)) as db:
            assert db.execute(columns).fetchall() == as_written
            assert db.execute("SELECT id, tier_code FROM members ORDER BY id").fetchall() == tiers
        assert check_file(old.db_path).ok  # the ledger and balances are as they were
        assert member_panel(app.uow(readonly=True), ada.id, clock=clock).tier_metric == ada_metric

        # An old sale is still reprinted, and returned with its share of the stored figures.
        assert receipt_for(app.uow(readonly=True), salmon.receipt_no) == salmon
        back = ProcessReturn(str(uuid.uuid4()), salmon.receipt_no, (ReturnLine(1, 2),))
        refund = process_return(app.uow(), back, actor=manager, clock=clock)
        assert refund.total == -salmon.total
        with app.uow(readonly=True) as uow:
            returned, original = uow.sales.get(back.return_id), uow.sales.get(salmon.sale_id)
        assert returned is not None and original is not None and original.qualifying.points > 0
        assert returned.qualifying == Qualifying(-original.qualifying.spend_minor, -original.qualifying.points)
        assert check_file(old.db_path).ok
    finally:
        app.close()
