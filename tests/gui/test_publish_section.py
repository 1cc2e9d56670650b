"""Simulate & publish: the draft's changes, the what-if numbers, publish and discard."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import Program
from loyalty_pos.gui.manager.publish.comparison_table import comparison_rows
from loyalty_pos.gui.manager.publish_section import PublishSection
from loyalty_pos.services.program import program_rules
from loyalty_pos.services.program import simulator
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
MANAGER = Actor("manager", Role.MANAGER, "01")


def _sql(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _published(till: Till) -> Program:
    with till.app.uow(readonly=True) as uow:
        program = uow.program.published()
    assert program is not None
    return program


def _make_draft(till: Till) -> Program:
    """Setup through the services: base rate x3, Silver from NOK 4,000."""
    published = _published(till)
    program_rules.save_earning_rules(till.app.uow(), replace(published.earning, points_per_step=3),
                                     actor=MANAGER, clock=till.app.clock)
    bronze, silver, gold = published.tiers.tiers
    tiers = replace(published.tiers, tiers=(bronze, replace(silver, threshold=400_000), gold))
    return program_rules.save_tiers(till.app.uow(), tiers, actor=MANAGER, clock=till.app.clock)


def _section(till: Till) -> PublishSection:
    """Opened the way a manager does (sign in, Ctrl+Shift+B, Ctrl+<n>), at 1180x760."""
    section = open_section(till, "publish")
    assert isinstance(section, PublishSection)
    section.window().resize(1180, 760)
    till.settle()
    return section


def _confirm(till: Till, section: PublishSection) -> QMessageBox:
    till.qtbot.waitUntil(lambda: section.confirm is not None and section.confirm.isVisible())
    assert section.confirm is not None
    return section.confirm


def test_changes_and_simulation_equal_the_services_results(till: Till) -> None:
    _make_draft(till)
    section = _section(till)
    shown = [section.changes.item(row).text() for row in range(section.changes.count())]
    direct = program_rules.draft_changes(till.app.uow(readonly=True))
    assert shown == [f"{change.area}: {change.text}" for change in direct]
    assert "Earning: Base rate: 1 point per NOK 10.00 → 3 points per NOK 10.00" in shown
    assert "Tiers: Tier Silver threshold: NOK 5,000.00 → NOK 4,000.00" in shown

    press(till.qtbot, Qt.Key.Key_F5)
    till.qtbot.waitUntil(lambda: section.comparison is not None, timeout=20_000)
    direct_result = simulator.compare_draft(till.app.uow(readonly=True), days=30, clock=till.app.clock)
    assert direct_result.sales > 0
    shown_rows = [[section.model.index(r, c).data(Qt.ItemDataRole.EditRole)
                   for c in range(section.model.columnCount())] for r in range(section.model.rowCount())]
    headers, rows = comparison_rows(direct_result)
    assert shown_rows == rows
    assert section.model.headers() == tuple(headers)
    points = next(row for row in shown_rows if row[0] == "Points issued")
    assert points[1:3] == [direct_result.published.points_issued, direct_result.draft.points_issued]
    assert points[2] > points[1]
    save_png(section.window(), "publish_section_simulation")
    assert clipped_widgets(section) == []


def test_publish_asks_with_the_version_then_the_till_earns_with_it(till: Till) -> None:
    before = _published(till)
    draft = _make_draft(till)
    section = _section(till)
    press(till.qtbot, Qt.Key.Key_Return, modifier=CTRL_SHIFT)
    box = _confirm(till, section)
    assert f"version {draft.version}" in box.text()
    save_png(box, "publish_section_confirm")
    press(till.qtbot, Qt.Key.Key_Escape, box)
    till.qtbot.waitUntil(lambda: not box.isVisible())
    till.settle()
    assert _published(till).version == before.version  # Esc published nothing
    section.window().activateWindow()
    till.qtbot.waitUntil(lambda: QApplication.activeWindow() is section.window())

    press(till.qtbot, Qt.Key.Key_Return, modifier=CTRL_SHIFT)
    box = _confirm(till, section)
    press(till.qtbot, Qt.Key.Key_Return, box)
    till.settle()
    published = _published(till)
    assert published.version == draft.version == before.version + 1
    ((document,),) = _sql(till, "SELECT document FROM program_versions WHERE status = 'published'")
    assert json.loads(document)["earning"]["points_per_step"] == 3
    assert _sql(till, "SELECT status FROM program_versions WHERE version = ?", before.version) == [("retired",)]
    ((actor, at, details),) = _sql(till, "SELECT actor, at, details FROM audit_log WHERE action = "
                                         "'program_published' ORDER BY seq DESC LIMIT 1")
    assert actor == "manager"
    published_at = datetime.fromtimestamp(at / 1_000_000, UTC)  # stored as UTC microseconds
    assert abs(published_at - till.app.clock.now()) < timedelta(minutes=1)
    assert json.loads(details)["version"] == draft.version
    assert f"Version {draft.version} published by manager" in section.messages.text()
    save_png(section.window(), "publish_section_published")

    # The till's next sale is priced with the new version: 3 points per NOK 10 instead of 1.
    member = till.member_named("Ayu Lin")
    sale_id = str(uuid.uuid4())
    sale = Checkout(sale_id, member.member_id, (SaleLineInput("DEL-SOUP", 2),), tender="card")
    earned = checkout(till.app.uow(), sale, actor=Actor("cashier", Role.CASHIER, "01"),
                      clock=till.app.clock).receipt.points_earned
    assert earned == _direct_points(till, published, member.member_id, sale_id) \
        != _direct_points(till, before, member.member_id, sale_id)


def _direct_points(till: Till, program: Program, member_id: str, sale_id: str) -> int:
    with till.app.uow(readonly=True) as uow:
        soup = uow.products.get("DEL-SOUP")
        member = uow.members.get(member_id)
    assert soup is not None and member is not None
    basket = Basket("NOK", (BasketLine.of(1, soup, 2),))
    view = MemberView(member_id, member.tier_code, balance=0)
    return price_sale(basket, view, program, sale_id=sale_id, now=till.app.clock.now()).points_earned


def test_discard_asks_then_drops_the_draft(till: Till) -> None:
    before = _published(till)
    draft = _make_draft(till)
    section = _section(till)
    press(till.qtbot, Qt.Key.Key_Delete, modifier=CTRL_SHIFT)
    box = _confirm(till, section)
    assert f"version {draft.version}" in box.text()
    press(till.qtbot, Qt.Key.Key_Return, box)
    till.settle()
    assert _sql(till, "SELECT count(*) FROM program_versions WHERE status = 'draft'") == [(0,)]
    assert _published(till) == before
    assert "There is no draft" in section.version.text()
    assert not section.publish_button.isEnabled()


def test_a_running_simulation_can_be_cancelled(till: Till, monkeypatch) -> None:  # noqa: ANN001
    _make_draft(till)
    section = _section(till)
    monkeypatch.setattr(simulator, "PAGE_SIZE", 1)  # many pages: time to cancel between them
    press(till.qtbot, Qt.Key.Key_F6)
    assert section.cancel_button.isVisible()
    press(till.qtbot, Qt.Key.Key_Escape)
    till.settle(20_000)
    assert section.comparison is None
    assert "cancelled" in section.sim_status.text()
    assert not section.cancel_button.isVisible()


def test_a_draft_saved_elsewhere_clears_a_stale_simulation(till: Till) -> None:
    draft = _make_draft(till)
    section = _section(till)
    press(till.qtbot, Qt.Key.Key_F5)
    till.qtbot.waitUntil(lambda: section.comparison is not None, timeout=20_000)
    # The rules section saves again into the same draft version (through Operations, as it does).
    ctx = till.window.ctx
    rules = replace(draft.earning, points_per_step=4)
    ctx.ops.change(section, ctx.make_uow, lambda make_uow: program_rules.save_earning_rules(
        make_uow(), rules, actor=MANAGER, clock=ctx.clock))
    till.settle()
    assert section.comparison is None
    assert section.model.rowCount() == 0
    assert "simulate again" in section.sim_status.text()
    assert any("→ 4 points per NOK 10.00" in section.changes.item(r).text() for r in range(section.changes.count()))
