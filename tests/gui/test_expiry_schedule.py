"""The till sweeps lapsed points in the background without blocking the window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.config import ScannerSettings
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.expiry_schedule import ExpirySchedule
from loyalty_pos.gui.operations import Operations
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import EnrolMember, enrol, member_panel
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.domain.members import Consents


def test_expiry_runs_on_a_worker_and_reports(qtbot: QtBot, demo: App) -> None:
    app = demo
    clock = FixedClock(app.clock.now())
    cashier = Actor("cashier", Role.CASHIER, "01")
    member = enrol(app.uow(), EnrolMember("Lapse Larsen", consents=Consents(data_processing=True)),
                   actor=cashier, clock=clock)
    clock.advance(days=400)  # the 25 welcome points lapsed 12 months after enrolment
    ops = Operations()
    ctx = TillContext(make_uow=app.uow, clock=clock, key=app.key, terminal_id="01",
                      scanner=ScannerSettings(), ops=ops)
    schedule = ExpirySchedule(ctx)
    schedule.start(first_delay_ms=0)
    qtbot.waitUntil(lambda: schedule.last_expired is not None, timeout=20_000)
    assert schedule.last_expired >= 25
    assert member_panel(app.uow(readonly=True), member.id, clock=clock).balance == 0
    # Then the yearly tier review, on the same worker: 400 days on, a review has passed.
    qtbot.waitUntil(lambda: schedule.last_review is not None, timeout=20_000)
    assert schedule.last_review.reviewed > 0  # the demo has Silver and Gold members to look at
    ops.wait_idle()
