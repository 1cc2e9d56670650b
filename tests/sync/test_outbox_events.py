"""Outbox rows are sync events: an id and a stamp each, old rows given theirs by 0016."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from loyalty_pos.domain.events import EventType
from loyalty_pos.domain.hlc import Hlc
from loyalty_pos.store import schema
from loyalty_pos.store.engine import open_engine
from loyalty_pos.store.types import to_micros
from loyalty_pos.store.unit_of_work import SqlUnitOfWork

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _old_store(path: Path, times: list[datetime]) -> None:
    schema.migrate(path, "0014")
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("INSERT INTO settings (key, value) VALUES ('shop_id', 'shop-a') "
                           "ON CONFLICT (key) DO UPDATE SET value = 'shop-a'")
        connection.executemany("INSERT INTO outbox (kind, key, payload, at, sent_at) VALUES (?, ?, '{}', ?, NULL)",
                               [("member_enrolled", f"m{i}", to_micros(at)) for i, at in enumerate(times)])
        connection.commit()


def _rows(path: Path) -> list[tuple[int, str, str]]:
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("SELECT id, event_id, hlc FROM outbox ORDER BY id").fetchall()


def test_old_rows_get_unique_ids_and_rising_stamps_the_same_on_every_copy(tmp_path: Path) -> None:
    # The third row's clock went back a second: its stamp must still sort after the second's.
    times = [T0, T0.replace(second=5), T0.replace(second=4), T0.replace(second=5)]
    for name in ("a", "b"):
        _old_store(tmp_path / f"{name}.sqlite", times)
        schema.upgrade(tmp_path / f"{name}.sqlite", tmp_path / "backups")
    rows = _rows(tmp_path / "a.sqlite")
    assert rows == _rows(tmp_path / "b.sqlite")  # deterministic
    assert len({event_id for _, event_id, _ in rows}) == 4 and all(uuid.UUID(e) for _, e, _ in rows)
    stamps = [hlc for _, _, hlc in rows]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    assert Hlc.parse(stamps[2]) == Hlc(int(T0.replace(second=5).timestamp() * 1000), 1, "local")

    engine = open_engine(tmp_path / "a.sqlite")
    try:
        with SqlUnitOfWork(engine) as uow:
            assert uow.sync_state.get("hlc_last") == stamps[-1]
            uow.outbox.add(kind=EventType.MEMBER_ENROLLED, key="m9", payload={}, at=T0)  # the wall clock is behind
            uow.commit()
    finally:
        engine.dispose()
    assert _rows(tmp_path / "a.sqlite")[-1][2] > stamps[-1]


def test_new_rows_carry_the_terminal_id_once_the_till_has_one(tmp_path: Path) -> None:
    path = tmp_path / "loyalty.sqlite"
    schema.upgrade(path, tmp_path / "backups")
    engine = open_engine(path)
    try:
        with SqlUnitOfWork(engine) as uow:
            uow.outbox.add(kind=EventType.MEMBER_ENROLLED, key="m1", payload={}, at=T0)
            uow.sync_state.set("terminal_id", "T003", T0)
            uow.outbox.add(kind=EventType.MEMBER_UPDATED, key="m1", payload={}, at=T0)
            pending = uow.outbox.pending(10)
            uow.outbox.mark_sent([pending[0].event_id], T0)
            assert uow.outbox.waiting() == 1
            uow.commit()
    finally:
        engine.dispose()
    assert [Hlc.parse(event.hlc).node for event in pending] == ["local", "T003"]
    assert pending[0].hlc < pending[1].hlc
