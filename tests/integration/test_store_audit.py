"""The hash-chained audit log, staff accounts, settings and the sync outbox."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy.engine import Engine

from loyalty_pos.services.actor import Role
from loyalty_pos.services.ports import StaffRecord
from loyalty_pos.store.repositories.audit import _TIER_STEPS, GENESIS
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

T0 = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)


def write_log(engine: Engine, count: int) -> None:
    with SqlUnitOfWork(engine) as uow:
        for n in range(count):
            uow.audit.append(at=T0 + timedelta(minutes=n), actor="manager", action=f"action_{n}",
                             details={"n": n, "member": f"m-{n}", "points": [n, -n]})
        uow.commit()


def test_first_entry_hash_can_be_checked_by_hand(engine: Engine) -> None:
    oslo = timezone(timedelta(hours=2))
    with SqlUnitOfWork(engine) as uow:
        record = uow.audit.append(at=datetime(2024, 5, 1, 11, 0, tzinfo=oslo), actor="manager",
                                  action="points_adjusted", details={"points": 50, "reason": "goodwill",
                                                                     "on": date(2024, 5, 1)})
        uow.commit()
    message = '[1,"2024-05-01T09:00:00+00:00","manager","points_adjusted",' \
              '{"on":"2024-05-01","points":50,"reason":"goodwill"}]'
    assert record.seq == 1 and record.prev_hash == GENESIS == "0" * 64
    assert record.hash == hashlib.sha256((GENESIS + message).encode()).hexdigest()
    assert record.details == {"on": "2024-05-01", "points": 50, "reason": "goodwill"}


def test_an_intact_chain_verifies_and_links(engine: Engine) -> None:
    write_log(engine, 12)
    write_log(engine, 3)  # a later transaction continues the same chain
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.audit.verify() == []
        assert uow.audit.verify(batch=4) == []  # batch boundaries do not matter
        rows = uow.connection.exec_driver_sql("SELECT seq, prev_hash, hash FROM audit_log ORDER BY seq").all()
    assert [r.seq for r in rows] == list(range(1, 16))
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(rows, rows[1:]))


@pytest.mark.parametrize(
    ("tamper", "expected"),
    [
        ("UPDATE audit_log SET details = replace(details, '\"n\":4', '\"n\":40') WHERE seq = 5",
         ["entry 5 (action_4 by manager): contents do not match its hash (edited?)"]),
        ("UPDATE audit_log SET actor = 'cashier' WHERE seq = 2",
         ["entry 2 (action_1 by cashier): contents do not match its hash (edited?)"]),
        ("UPDATE audit_log SET at = at + 1 WHERE seq = 3",
         ["entry 3 (action_2 by manager): contents do not match its hash (edited?)"]),
        ("DELETE FROM audit_log WHERE seq IN (6, 7)", ["entries 6 to 7 are missing (deleted?)"]),
        ("UPDATE audit_log SET details = '{not json' WHERE seq = 8", ["entry 8: details are not valid JSON (edited?)"]),
    ],
)
def test_tampering_is_detected_and_located(engine: Engine, tamper: str, expected: list[str]) -> None:
    write_log(engine, 10)
    with SqlUnitOfWork(engine) as uow:
        uow.connection.exec_driver_sql(tamper)
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.audit.verify(batch=3) == expected


def test_rehashing_an_edited_entry_still_breaks_the_link_to_the_next(engine: Engine) -> None:
    write_log(engine, 5)
    with SqlUnitOfWork(engine) as uow:
        row = uow.connection.exec_driver_sql("SELECT prev_hash, at FROM audit_log WHERE seq = 3").one()
        at = datetime.fromtimestamp(row.at / 1_000_000, UTC).isoformat()
        forged = '{"member":"m-2","n":2,"points":[2,-999]}'
        message = json.dumps([3, at, "manager", "action_2", json.loads(forged)], separators=(",", ":"),
                             sort_keys=True)
        digest = hashlib.sha256((row.prev_hash + message).encode()).hexdigest()
        uow.connection.exec_driver_sql("UPDATE audit_log SET details = ?, hash = ? WHERE seq = 3", (forged, digest))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.audit.verify() == ["entry 4 does not follow entry 3 (chain broken)"]


def test_staff_put_get_and_list(engine: Engine) -> None:
    cashier = StaffRecord("kari", "Kari", Role.CASHIER, "scrypt$x", True, 0, None)
    manager = StaffRecord("anne", "Anne", Role.MANAGER, "scrypt$y", True, 2, T0 + timedelta(minutes=5))
    with SqlUnitOfWork(engine) as uow:
        uow.staff.put(cashier)
        uow.staff.put(manager)
        uow.staff.put(StaffRecord("kari", "Kari N.", Role.CASHIER, "scrypt$z", False, 4, None))  # an update
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.staff.get("anne") == manager
        assert uow.staff.get("anne").locked_until.tzinfo is UTC  # type: ignore[union-attr]
        assert uow.staff.all() == [manager, StaffRecord("kari", "Kari N.", Role.CASHIER, "scrypt$z", False, 4, None)]
        assert uow.staff.get("nobody") is None


def test_settings_get_set_default(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        assert uow.settings.get("shop_name") is None
        assert uow.settings.get("shop_name", "loyalty-pos") == "loyalty-pos"
        uow.settings.set("shop_name", "Fjord & Co.")
        uow.settings.set("shop_name", "Fjord & Co. Deli")
        uow.settings.set("timezone", "")
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.settings.get("shop_name") == "Fjord & Co. Deli"
        assert uow.settings.get("timezone", "UTC") == ""  # an empty value is a value


def test_outbox_keeps_changes_in_order_as_json(engine: Engine) -> None:
    with SqlUnitOfWork(engine) as uow:
        uow.outbox.add(kind="ledger_entry", key="e-1", payload={"points": 10, "at": T0}, at=T0)
        uow.outbox.add(kind="member_updated", key="m-1", payload={"name": "Ann", "tags": {"b", "a"}},
                       at=T0 + timedelta(seconds=1))
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        rows = uow.connection.exec_driver_sql("SELECT id, kind, key, payload, at, sent_at FROM outbox ORDER BY id").all()
    assert [(r.id, r.kind, r.key, json.loads(r.payload), r.sent_at) for r in rows] == [
        (1, "ledger_entry", "e-1", {"points": 10, "at": "2024-05-01T09:00:00+00:00"}, None),
        (2, "member_updated", "m-1", {"name": "Ann", "tags": ["a", "b"]}, None),
    ]


def test_a_members_tier_steps_come_oldest_first_through_their_index(engine: Engine) -> None:
    from loyalty_pos.domain.tier_history import TierStep

    with SqlUnitOfWork(engine) as uow:
        for minutes, member, source, target in ((30, "m-1", "silver", "bronze"), (10, "m-1", "bronze", "silver"),
                                                (20, "m-2", "bronze", "gold")):
            uow.audit.append(at=T0 + timedelta(minutes=minutes), actor="manager", action="tier_changed",
                             details={"member_id": member, "from": source, "to": target, "reason": "qualified"})
        # Another event naming the member is not a tier change.
        uow.audit.append(at=T0, actor="manager", action="member_updated", details={"member_id": "m-1"})
        uow.commit()
    with SqlUnitOfWork(engine, readonly=True) as uow:
        assert uow.audit.tier_steps("m-1") == [TierStep(T0 + timedelta(minutes=10), "bronze", "silver"),
                                               TierStep(T0 + timedelta(minutes=30), "silver", "bronze")]
        assert uow.audit.tier_steps("m-3") == []
        query = _TIER_STEPS.params(member_id="m-1").compile(engine, compile_kwargs={"literal_binds": True})
        plan = uow.connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {query}").all()
    assert "ix_audit_log_tier_member" in " ".join(str(row[-1]) for row in plan)
