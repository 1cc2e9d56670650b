"""The audit viewer's queries: filters combine, pages cover every entry once, tampering shows."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from loyalty_pos.domain.errors import PermissionDenied, ValidationError
from loyalty_pos.services.shop import auth
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.audit_log import AuditQuery, audit_choices, search_audit, verify_chain
from loyalty_pos.services.ports import AuditRecord
from loyalty_pos.services.shop.shop import TIMEZONE
from tests.integration.conftest import Shop


def _write(shop: Shop, actor: Actor, action: str, key: str, *, hours_later: int = 0) -> None:
    """An entry as ``journal.record`` spells one (free-form, like those of earlier releases)."""
    with shop.uow() as uow:
        uow.audit.append(at=shop.clock.now() + timedelta(hours=hours_later), actor=actor.username, action=action,
                         details={"terminal": actor.terminal_id, "key": key, "n": 1})
        uow.commit()


def _all(shop: Shop, query: AuditQuery, limit: int = 7) -> list[AuditRecord]:
    rows: list[AuditRecord] = []
    cursor = None
    while True:
        page = search_audit(shop.uow(readonly=True), query, actor=shop.manager, cursor=cursor, limit=limit)
        rows += page.rows
        if page.next_cursor is None:
            return rows
        cursor = page.next_cursor


def _raw(shop: Shop, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(shop.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def test_pages_return_every_entry_exactly_once_newest_first(shop: Shop) -> None:
    for n in range(23):
        _write(shop, shop.cashier, "note", f"member-{n}")
    expected = [seq for (seq,) in _raw(shop, "SELECT seq FROM audit_log ORDER BY seq DESC")]
    assert len(expected) > 23
    for limit in (1, 5, len(expected), len(expected) + 3):
        assert [row.seq for row in _all(shop, AuditQuery(), limit)] == expected


def test_filters_combine(shop: Shop) -> None:
    with shop.uow() as uow:  # a shop whose calendar day differs from UTC's
        uow.settings.set(TIMEZONE, "Pacific/Auckland")
        uow.commit()
    # NOW is 2026-11-23 10:00 UTC = 23:00 in Auckland (UTC+13); +2 h is the 24th there.
    _write(shop, shop.cashier, "member_enrolled", "M-ABC-1")
    _write(shop, shop.cashier, "member_enrolled", "m-xyz-2", hours_later=2)
    _write(shop, shop.manager, "member_enrolled", "M-ABC-3", hours_later=2)
    _write(shop, shop.cashier, "points_adjusted", "M-ABC-4", hours_later=2)

    def keys(**filters: object) -> list[str]:
        return [row.details["key"] for row in _all(shop, AuditQuery(**filters))]

    assert keys(actor="cashier", action="member_enrolled") == ["m-xyz-2", "M-ABC-1"]
    assert keys(actor="cashier", key_text="abc") == ["M-ABC-4", "M-ABC-1"]  # any case
    assert keys(action="member_enrolled", first_day=date(2026, 11, 24)) == ["M-ABC-3", "m-xyz-2"]
    assert keys(action="member_enrolled", last_day=date(2026, 11, 23), key_text="M-") == ["M-ABC-1"]
    assert keys(actor="cashier", action="points_adjusted", first_day=date(2026, 11, 24),
                last_day=date(2026, 11, 24), key_text="abc-4") == ["M-ABC-4"]
    assert keys(key_text="%") == []  # a wildcard is a character, not a pattern
    rows = _all(shop, AuditQuery(key_text="m-xyz-2"))
    assert rows[0].at.utcoffset() == timedelta(hours=13)  # shown in the shop's zone
    with pytest.raises(ValidationError, match="first day is after the last day"):
        _all(shop, AuditQuery(first_day=date(2026, 11, 24), last_day=date(2026, 11, 23)))


def test_choices_list_staff_system_and_every_action(shop: Shop) -> None:
    auth.create_staff(shop.uow(), username="newbie", display_name="New", role=Role.CASHIER, pin="1234",
                      actor=shop.manager, clock=shop.clock)
    choices = audit_choices(shop.uow(readonly=True), actor=shop.manager, clock=shop.clock)
    assert {"cashier", "manager", "newbie", "system"} <= set(choices.actors)
    assert list(choices.actions) == sorted(a for (a,) in _raw(shop, "SELECT DISTINCT action FROM audit_log"))
    assert "staff_created" in choices.actions
    assert choices.today == date(2026, 11, 23)
    with pytest.raises(PermissionDenied):
        audit_choices(shop.uow(readonly=True), actor=shop.cashier, clock=shop.clock)


def test_verify_counts_the_entries_and_names_an_edited_one(shop: Shop) -> None:
    seen: list[tuple[int, int]] = []
    check = verify_chain(shop.uow(readonly=True), actor=shop.manager, progress=lambda *p: seen.append(p))
    (count,), = _raw(shop, "SELECT count(*) FROM audit_log")
    assert check.intact and check.entries == count > 0
    assert seen[-1] == (count, count)
    _raw(shop, "UPDATE audit_log SET details = ? WHERE seq = 2", '{"key":"forged"}')
    check = verify_chain(shop.uow(readonly=True), actor=shop.manager)
    assert not check.intact
    assert check.problems[0].startswith("entry 2 ")
    forged = _all(shop, AuditQuery(key_text="forged"))
    assert [row.seq for row in forged] == [2]  # an edited entry still lists, so it can be read


@pytest.mark.parametrize(("column", "index"), [("actor", "ix_audit_log_actor"), ("action", "ix_audit_log_action")])
def test_a_filtered_page_walks_an_index_newest_first_not_the_whole_log(shop: Shop, column: str, index: str) -> None:
    with sqlite3.connect(shop.app.config.db_path) as db:
        plan = " ".join(str(row[-1]) for row in db.execute(
            f"EXPLAIN QUERY PLAN SELECT seq FROM audit_log WHERE {column} = ? ORDER BY seq DESC LIMIT 51", ("x",)))
    assert index in plan and "TEMP B-TREE" not in plan, plan
