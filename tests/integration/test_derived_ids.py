"""Entries two tills derive alone (expiry, sign-up bonus) are one entry once sync copies them across."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from loyalty_pos.domain.derived_ids import enrolment_bonus_id
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.services.actor import SYSTEM
from loyalty_pos.services.members.expiry import expire_points
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.members.projection import refresh
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.store.backup import backup
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.unit_of_work import SqlUnitOfWork
from tests.integration.conftest import Shop


def _copy_ledger(source: Callable[[], UnitOfWork], target: Callable[[], UnitOfWork], member_id: str) -> None:
    """What sync's apply does with pulled entries: insert each by its id when absent."""
    with source() as uow:
        entries = uow.ledger.for_member(member_id)
    with target() as uow:
        uow.ledger.append([entry for entry in entries if not uow.ledger.exists(entry.id)])
        refresh(uow, member_id)
        uow.commit()


def _expiries(make_uow: Callable[[], UnitOfWork], member_id: str) -> list[int]:
    with make_uow() as uow:
        return sorted(e.points for e in uow.ledger.for_member(member_id) if e.kind is EntryKind.EXPIRE)


def test_expiry_run_on_two_tills_is_seen_once(shop: Shop, tmp_path: Path) -> None:
    member = shop.enrol()  # 25 welcome points, lapsing 12 months after enrolment
    shop.clock.advance(days=10)
    adjust_points(shop.uow(), member_id=member.id, points=100, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)  # lapsing ten days after the welcome points
    engine = open_engine(backup(shop.app.config.db_path, tmp_path / "other.sqlite"))  # the other till, synced
    try:
        till_a, till_b = shop.uow, lambda: SqlUnitOfWork(engine)
        shop.clock.advance(days=360)  # the welcome lot lapsed; till A notices today...
        assert expire_points(till_a, actor=SYSTEM, clock=shop.clock) == 25
        shop.clock.advance(days=10)  # ...and the goodwill lot ten days later, when till B sees both at once
        assert expire_points(till_a, actor=SYSTEM, clock=shop.clock) == 100
        assert expire_points(till_b, actor=SYSTEM, clock=shop.clock) == 125
        _copy_ledger(till_a, till_b, member.id)
        _copy_ledger(till_b, till_a, member.id)
        for till in (till_a, till_b):
            assert _expiries(till, member.id) == [-100, -25]
            with till() as uow:
                assert refresh(uow, member.id).balance == 0
        # Re-deriving after the pull finds nothing left to expire.
        assert expire_points(till_b, actor=SYSTEM, clock=shop.clock) == 0
    finally:
        engine.dispose()


def test_the_sign_up_bonus_has_the_id_of_its_member_and_campaign(shop: Shop) -> None:
    member = shop.enrol()
    with shop.uow(readonly=True) as uow:
        bonus = [e for e in uow.ledger.for_member(member.id) if e.kind is EntryKind.BONUS]
    assert [e.id for e in bonus] == [enrolment_bonus_id(member.id, "welcome")]
