"""A store from before badges, paid memberships and referral links travelled (revision
0023) is marked by migration 0025, and its next sync round queues what it holds once."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from loyalty_pos.domain.events import event_from_stored
from loyalty_pos.services.ports import PaidMembershipRow
from loyalty_pos.services.shop.counting_history import UNANNOUNCED, announce_unannounced
from loyalty_pos.store import schema
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _old_store(path: Path, *, rows: bool) -> None:
    schema.migrate(path, "0023")  # as the previous release left it
    engine = open_engine(path)
    with SqlUnitOfWork(engine) as uow:
        if rows:
            uow.counting.award_badges("m-ada", ["first"], T0, "s-1")
            uow.counting.add_paid_membership(PaidMembershipRow("pm-1", "m-ada", "gold-year", "Gold membership", "gold",
                                                               499_00, "NOK", T0, date(2027, 3, 1), "kari", "01",
                                                               "R01-000009"))
            uow.referrals.add("m-bob", "m-ada", "ABCD1234", T0)
        uow.commit()
    engine.dispose()


def test_an_upgraded_store_queues_its_badges_paid_years_and_referrals_once(tmp_path: Path) -> None:
    path = tmp_path / "loyalty.sqlite"
    _old_store(path, rows=True)
    schema.upgrade(path, tmp_path / "backups")
    engine = open_engine(path)
    try:
        assert announce_unannounced(SqlUnitOfWork(engine)) == 3
        with SqlUnitOfWork(engine, readonly=True) as uow:
            queued = {row.kind: event_from_stored(row.kind, row.payload) for row in uow.outbox.pending(10)}
            assert uow.sync_state.get(UNANNOUNCED) is None
        assert set(queued) == {"badge_earned", "paid_membership_sold", "member_referred"}
        paid = queued["paid_membership_sold"]
        assert (paid.paid_name, paid.sold_by, paid.until) == ("Gold membership", "kari", date(2027, 3, 1))  # type: ignore[attr-defined]
        assert announce_unannounced(SqlUnitOfWork(engine)) == 0  # once
    finally:
        engine.dispose()


def test_a_store_with_none_of_them_has_nothing_to_announce(tmp_path: Path) -> None:
    path = tmp_path / "loyalty.sqlite"
    _old_store(path, rows=False)
    schema.upgrade(path, tmp_path / "backups")
    engine = open_engine(path)
    try:
        with SqlUnitOfWork(engine, readonly=True) as uow:
            assert uow.sync_state.get(UNANNOUNCED) is None
        assert announce_unannounced(SqlUnitOfWork(engine)) == 0
    finally:
        engine.dispose()
