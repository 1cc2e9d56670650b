"""Consent history, export, erasure and retention in the back office's Members section."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt

from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.gui.manager.members.privacy_dialogs import EraseDialog, ExportDialog
from loyalty_pos.gui.manager.members.retention_dialog import RetentionDialog
from tests.gui.back_office_support import CTRL, CTRL_SHIFT
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human
from tests.gui.test_members_section import dialog_of, members, open_named, sql


def test_the_profile_page_shows_the_consent_history_and_a_change_records_who_asked(till: Till, request) -> None:  # noqa: ANN001
    section = members(till)
    open_named(till, section, "Ayu Lin")
    member_id = section.profile.panel.member.id
    press(till.qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)
    section.form.marketing.setFocus()
    press(till.qtbot, Qt.Key.Key_Space, section.form.marketing)
    till.settle()
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    till.qtbot.waitUntil(lambda: section.consents.rowCount() >= 1)
    assert sql(till, "SELECT kind, granted, source, actor FROM consent_records WHERE member_id = ? "
                     "ORDER BY seq DESC LIMIT 1", member_id) == [("marketing", 1, "member_request", "manager")]
    assert "Marketing: given" in section.consents.item(0, 1).text()
    assert section.consents.item(0, 2).text() == "asked by the member"
    save_png(section.window(), f"{request.node.name}-profile")
    press(till.qtbot, Qt.Key.Key_O, modifier=Qt.KeyboardModifier.AltModifier)
    assert section.pages.currentWidget() is section.consents
    save_png(section.window(), f"{request.node.name}-history")
    assert clipped_widgets(section) == []


def test_export_writes_the_file_and_erase_needs_the_typed_word(till: Till, request, tmp_path: Path) -> None:  # noqa: ANN001
    section = members(till)
    open_named(till, section, "Ola Fjelstad")
    member_id = section.profile.panel.member.id
    press(till.qtbot, Qt.Key.Key_E, modifier=CTRL)
    export = dialog_of(till, section, ExportDialog)
    save_png(export, f"{request.node.name}-export")
    out = tmp_path / "ola.json"
    export.path.setText(str(out))
    press(till.qtbot, Qt.Key.Key_Return, export.path)
    till.qtbot.waitUntil(lambda: section.dialog is None)
    till.settle()
    assert json.loads(out.read_text(encoding="utf-8"))["member"]["id"] == member_id
    assert sql(till, "SELECT count(*) FROM audit_log WHERE action = 'member_data_exported'") == [(1,)]

    press(till.qtbot, Qt.Key.Key_E, modifier=CTRL_SHIFT)
    erase = dialog_of(till, section, EraseDialog)
    press(till.qtbot, Qt.Key.Key_Return, erase.word)  # Enter alone never erases
    till.settle()
    assert erase.word_error.isVisible() and section.dialog is erase
    type_human(till.qtbot, erase.word, "ERASE", FORM_GAP_MS)
    save_png(erase, f"{request.node.name}-erase")
    press(till.qtbot, Qt.Key.Key_Return, erase.word)
    till.qtbot.waitUntil(lambda: section.dialog is None)
    till.settle()
    assert sql(till, "SELECT name, phone, status FROM members WHERE id = ?", member_id) == [
        ("(erased)", None, "erased")]
    assert "erased" in section.message.text() if hasattr(section.message, "text") else True
    till.qtbot.waitUntil(lambda: section.profile is not None
                         and section.profile.panel.member.status is MemberStatus.ERASED)
    assert not section.buttons["erase"].isEnabled() and not section.buttons["adjust"].isEnabled()
    save_png(section.window(), f"{request.node.name}-after")


def test_retention_lists_inactive_members_and_erases_them_with_progress(till: Till, request) -> None:  # noqa: ANN001
    section = members(till)
    press(till.qtbot, Qt.Key.Key_N, modifier=CTRL_SHIFT)
    dialog = dialog_of(till, section, RetentionDialog)
    dialog.years.setValue(1)
    press(till.qtbot, Qt.Key.Key_Return, dialog.years)  # Enter lists first
    till.qtbot.waitUntil(lambda: dialog.summary.text().startswith(("No member", "1", "2", "3", "4", "5", "6",
                                                                   "7", "8", "9")))
    listed = dialog.found
    expected = sql(till, "SELECT count(*) FROM members m LEFT JOIN balances b ON b.member_id = m.id "
                         "WHERE m.status IN ('active', 'blocked') AND m.enrolled_at < ? "
                         "AND (b.last_activity_at IS NULL OR b.last_activity_at < ?) "
                         "AND NOT EXISTS (SELECT 1 FROM sales s WHERE s.member_id = m.id AND s.at >= ?)",
                   *([_micros(dialog)] * 3))[0][0]
    assert listed == min(expected, 200)
    save_png(dialog, f"{request.node.name}-listed")
    if not listed:
        return
    dialog.word.setFocus()
    press(till.qtbot, Qt.Key.Key_Return, dialog.word)
    till.qtbot.waitUntil(lambda: bool(dialog.word_error.text()))  # nothing is erased without the word
    assert sql(till, "SELECT count(*) FROM members WHERE status = 'erased'")[0][0] == 0
    type_human(till.qtbot, dialog.word, "ERASE", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.word)
    till.qtbot.waitUntil(lambda: section.dialog is None, timeout=30_000)
    till.settle()
    assert sql(till, "SELECT count(*) FROM members WHERE status = 'erased'")[0][0] >= listed
    save_png(section.window(), f"{request.node.name}-done")


def _micros(dialog: RetentionDialog) -> int:
    from loyalty_pos.domain.privacy import retention_cutoff
    from loyalty_pos.store.types import to_micros

    return to_micros(retention_cutoff(dialog.ctx.clock.now(), dialog.years.value()))
