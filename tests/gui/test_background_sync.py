"""Background sync in the till: rounds off the GUI thread that never hold up a sale, backoff
while offline, and the status bar's words for each state."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.domain.sync_backoff import MAX_BACKOFF_S, next_round_in_s
from loyalty_pos.gui.sync_indicator import ago
from tests.gui.conftest import Till, clipped_widgets, running_till
from tests.gui.keyboard import press, save_png


@dataclass
class FakeRound:
    """Stands in for the sync client's run_sync_round: counts calls, may hang or fail."""

    error: str = ""
    hang: threading.Event | None = None
    calls: int = 0
    skew_ms: int = 0

    def __call__(self, make_uow, *, clock, transport=None):
        self.calls += 1
        if self.hang is not None:
            self.hang.wait(10)  # "hangs for 10 s" (released at the test's end)
        now = clock.now()
        with make_uow() as uow:
            uow.sync_state.set("last_attempt_at", now.isoformat(), at=now)
            uow.sync_state.set("last_error", self.error, at=now)
            uow.sync_state.set("clock_skew_ms", str(self.skew_ms), at=now)
            if not self.error:
                uow.sync_state.set("last_sync_at", now.isoformat(), at=now)
            uow.commit()
        return type("SyncRound", (), {"error": self.error or None})()


def _register(app: App, **extra: str) -> None:
    now = app.clock.now()
    with app.uow() as uow:
        for name, value in {"server_url": "https://chain.example", "terminal_id": "T002",
                            "terminal_token": "tok", "chain_role": "joined", **extra}.items():
            uow.sync_state.set(name, value, at=now)
        uow.commit()


@pytest.fixture
def fake_round() -> FakeRound:
    return FakeRound()


@pytest.fixture
def synced_till(qtbot: QtBot, demo: App, fake_round: FakeRound) -> Iterator[Till]:
    _register(demo)
    with running_till(qtbot, demo) as till:
        till.window.sync.ctx = replace(till.window.sync.ctx, sync_round=fake_round)
        till.window.sync.start(first_delay_ms=60_000)  # the tests start rounds themselves
        yield till
        till.window.sync.stop()
        if fake_round.hang is not None:
            fake_round.hang.set()
        till.window.sync.wait_idle(10_000)


def _round(till: Till) -> None:
    worker = till.window.sync
    worker.run_now()
    till.qtbot.waitUntil(lambda: not worker.running, timeout=5_000)


def test_a_hanging_round_does_not_delay_a_checkout(synced_till: Till, fake_round: FakeRound) -> None:
    fake_round.hang = threading.Event()
    till = synced_till.signed_in()
    till.window.sync.run_now()
    till.qtbot.waitUntil(lambda: fake_round.calls == 1)
    started = time.monotonic()
    till.scan("7040000000011")  # Espresso
    press(till.qtbot, Qt.Key.Key_F10)
    till.settle()
    assert till.sale.completed, till.window.messages.text()
    assert time.monotonic() - started < 5  # the round still hangs; the sale did not wait for it
    assert till.window.sync.running


def test_a_committed_sale_asks_for_a_round_soon(synced_till: Till, fake_round: FakeRound) -> None:
    till = synced_till.signed_in()
    till.scan("7040000000011")
    press(till.qtbot, Qt.Key.Key_F10)
    till.settle()
    till.qtbot.waitUntil(lambda: fake_round.calls == 1, timeout=5_000)


def test_status_bar_online_offline_disconnected_and_clock(synced_till: Till, fake_round: FakeRound,
                                                          request: pytest.FixtureRequest) -> None:
    till = synced_till.signed_in()
    indicator = till.window.sync_indicator
    _round(till)
    assert indicator.isVisible() and indicator.state.text().startswith("Online")
    assert "synced just now" in indicator.state.text() and not indicator.clock_warning.isVisible()
    fake_round.error, fake_round.skew_ms = "connection refused", 185_000
    _round(till)
    assert indicator.state.text().startswith("Offline · ") and "unsent" in indicator.state.text()
    assert indicator.clock_warning.text() == "Clock 3 min slow"
    assert till.window.sync.failures == 1 and till.window.sync.next_in_s >= 30  # backed off
    assert not clipped_widgets(till.window.statusBar())
    save_png(till.window, request.node.name + "_offline")
    fake_round.error = "token_invalid: the chain revoked this till"
    _round(till)
    assert indicator.state.text() == "Disconnected from the chain"
    assert "registers it again in Settings > Sync" in indicator.state.toolTip()
    calls = fake_round.calls
    _round(till)  # a revoked till does not knock again by itself...
    assert fake_round.calls == calls
    till.window.sync.sync_now()  # ...only when a manager asks
    till.qtbot.waitUntil(lambda: fake_round.calls == calls + 1)
    till.qtbot.waitUntil(lambda: not till.window.sync.running)
    assert not clipped_widgets(till.window.statusBar())
    save_png(till.window, request.node.name + "_disconnected")


def test_a_single_shops_till_shows_no_sync_status(till: Till) -> None:
    till.window.sync.run_now()
    till.qtbot.waitUntil(lambda: till.window.sync.last is not None)
    assert not till.window.sync_indicator.isVisible() and not till.window.sync.last.ran


def test_backoff_doubles_with_jitter_up_to_a_cap() -> None:
    assert next_round_in_s(30, 0, 0.7) == 30
    assert [next_round_in_s(30, n, 1.0) for n in (1, 2, 3)] == [60, 120, 240]
    assert next_round_in_s(30, 1, 0.0) == 30  # the jitter spreads over the upper half
    assert next_round_in_s(30, 10_000, 1.0) == MAX_BACKOFF_S


def test_ago_in_words() -> None:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    assert [ago(now - delta, now) for delta in (timedelta(seconds=5), timedelta(minutes=2), timedelta(hours=3),
                                                  timedelta(days=4))] == ["just now", "2 min ago", "3 h ago",
                                                                          "4 days ago"]
    assert ago(None, now) == "never"


def test_head_offices_program_waits_for_the_open_sale_and_applies_after_it(synced_till: Till,
                                                                           fake_round: FakeRound) -> None:
    from loyalty_pos.services.shop.head_office import keep_pending, publication_of

    till = synced_till.signed_in()
    app = till.app
    document = publication_of(app.uow())
    document["program"]["earning"]["points_per_step"] += 4

    def points_per_step() -> int:
        with app.uow() as uow:
            return uow.program.published().earning.points_per_step

    before = points_per_step()
    till.scan("7040000000011")  # a sale is open when the round brings the publication
    keep_pending(app.uow(), 1, document, clock=app.clock)
    _round(till)
    till.settle()
    assert till.window.sync.publication_waits and points_per_step() == before
    press(till.qtbot, Qt.Key.Key_F10)
    till.settle()
    assert till.sale.completed
    till.qtbot.waitUntil(lambda: points_per_step() == before + 4, timeout=5_000)
    assert not till.window.sync.publication_waits


def test_a_card_key_head_office_added_scans_at_the_till_window_already_open(qtbot: QtBot, demo: App) -> None:
    from loyalty_pos.cards.payload import encode_qr_payload
    from loyalty_pos.domain.members import Consents
    from loyalty_pos.services.actor import Actor, Role
    from loyalty_pos.services.members.membership import EnrolMember, enrol

    _register(demo)
    member = enrol(demo.uow(), EnrolMember(name="Rota Tion", phone="+4799004411",
                                           consents=Consents(marketing=False, data_processing=True)),
                   actor=Actor("cashier", Role.CASHIER, "01"), clock=demo.clock)
    with running_till(qtbot, demo, key_now=lambda: demo.key) as till:
        till.signed_in()
        grown = demo.key.with_current(bytes(range(32)))  # head office rotated
        demo.till_keys().received(grown.keys)  # as the window's round does, off the GUI thread
        till.scan(encode_qr_payload(member.cards[0].number, grown))
        till.settle()
        assert till.sale.state.member is not None and till.sale.state.member.member_id == member.id
