"""The sync status read: the contract's sync_state rows and the outbox's pending count, in one read."""

from __future__ import annotations

from datetime import timedelta

from loyalty_pos.services.shop.sync_status import read_sync_status
from tests.integration.conftest import Shop


def test_an_unregistered_till_reads_as_a_single_shop(shop: Shop) -> None:
    status = read_sync_status(shop.uow(readonly=True), clock=shop.clock)
    assert not status.link.registered and status.link.chain_role == "" and not status.offline
    assert status.waiting > 0  # the demo's setup queued its events; nothing ever pushed them


def test_the_read_carries_every_field_the_window_shows(shop: Shop) -> None:
    now = shop.clock.now()
    before = read_sync_status(shop.uow(readonly=True), clock=shop.clock).waiting
    with shop.uow() as uow:
        for name, value in {"server_url": "https://chain.example", "terminal_id": "T003",
                            "terminal_token": "tok", "chain_role": "joined",
                            "last_sync_at": (now - timedelta(minutes=2)).isoformat().replace("+00:00", "Z"),
                            "last_attempt_at": now.isoformat(), "last_error": "",
                            "clock_skew_ms": "-75000"}.items():
            uow.sync_state.set(name, value, at=now)
        uow.commit()
    shop.enrol("Waiting Wanda")
    status = read_sync_status(shop.uow(readonly=True), clock=shop.clock)
    link = status.link
    assert (link.registered, link.server_url, link.terminal_id, link.chain_role) == (
        True, "https://chain.example", "T003", "joined")
    assert link.last_sync_at == now - timedelta(minutes=2) and link.last_attempt_at == now
    assert link.clock_skew_ms == -75000 and link.clock_off()
    assert status.waiting > before and not status.offline and status.every_seconds == 30
