"""A manager adds, corrects and ends campaigns; they land in the draft, not at the till."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


def _program(till: Till, status: str) -> dict | None:
    with sqlite3.connect(till.app.config.db_path) as db:
        row = db.execute("SELECT document FROM program_versions WHERE status = ?", (status,)).fetchone()
    return json.loads(row[0]) if row else None


def _campaign(document: dict | None, name: str) -> dict | None:
    return next((c for c in (document or {}).get("campaigns", []) if c["name"] == name), None)


def test_a_new_multiplier_campaign_goes_to_the_draft_only(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    assert form.name.hasFocus()
    type_human(till.qtbot, form.name, "Rye weekend", FORM_GAP_MS)
    form.multiplier_pct.setFocus()
    form.multiplier_pct.selectAll()
    type_human(till.qtbot, form.multiplier_pct, "300", FORM_GAP_MS)
    bakery = form.categories.findItems("bakery", Qt.MatchFlag.MatchExactly)[0]
    bakery.setCheckState(Qt.CheckState.Checked)
    assert section.has_unsaved_changes()
    save_png(till.window.back_office, request.node.name + "-form")
    press(till.qtbot, Qt.Key.Key_S, form.name, modifier=CTRL)
    till.settle()

    saved = _campaign(_program(till, "draft"), "Rye weekend")
    assert saved is not None
    assert saved["kind"] == "multiplier" and saved["multiplier_pct"] == 300 and saved["categories"] == ["bakery"]
    assert _campaign(_program(till, "published"), "Rye weekend") is None  # the till sells as before
    assert not section.has_unsaved_changes()
    names = [section.list.topLevelItem(row).text(0) for row in range(section.list.topLevelItemCount())]
    assert "Rye weekend" in names
    status = section.list.currentItem().text(2)
    assert "new in draft" in status
    save_png(till.window.back_office, request.node.name)


def test_problems_are_shown_under_their_fields_and_nothing_is_saved(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    form.kind.setCurrentIndex(form.kind.findText("Instant win (1 in N sales)"))
    form.last_day.setDate(form.first_day.date().addDays(-3))
    before = _program(till, "draft")
    press(till.qtbot, Qt.Key.Key_Return, form.name)
    till.settle()
    assert form.errors["name"].isVisible() and "name" in form.errors["name"].text()
    assert form.errors["ends_at"].isVisible()
    assert form.errors["bonus_points"].isVisible()
    assert not form.errors["multiplier_pct"].isVisible()  # not a field of this kind
    assert _program(till, "draft") == before
    save_png(till.window.back_office, request.node.name)


def test_ending_a_running_campaign_ends_it_now_in_the_draft(till: Till, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    running = next(c for c in section.catalog.campaigns if c.running(section.catalog.now))
    row = next(r for r in range(section.list.topLevelItemCount())
               if section.list.topLevelItem(r).text(0) == running.name)
    section.list.setFocus()
    section.list.setCurrentItem(section.list.topLevelItem(row))
    assert section.form.loaded == running
    press(till.qtbot, Qt.Key.Key_Delete, section.list)
    till.settle()
    ended = _campaign(_program(till, "draft"), running.name)
    assert ended is not None
    assert datetime.fromisoformat(ended["ends_at"]) <= till.app.clock.now()
    published = _campaign(_program(till, "published"), running.name)
    assert published is not None and datetime.fromisoformat(published["ends_at"]) > till.app.clock.now()
