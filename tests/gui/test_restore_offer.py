"""The dialog a till start shows over a database it cannot open."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from loyalty_pos.config import Config
from loyalty_pos.gui.language import remove_language
from loyalty_pos.gui.launch import ask_restore
from loyalty_pos.gui.restore_offer import restore_box
from loyalty_pos.i18n.catalogue import error_text
from loyalty_pos.jobs.backup_offer import DamagedShop
from loyalty_pos.store.errors import CorruptDatabase
from loyalty_pos.system_region import system_language
from tests.gui.keyboard import save_png


def test_the_offer_names_the_backup_and_quits_unless_told(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    backup = tmp_path / "loyalty-daily-2026-12-05.sqlite"
    backup.write_bytes(b"SQLite format 3\x00")
    problem = (f"The database {tmp_path}/loyalty.sqlite is damaged (file is not a database); restore it from a "
               "backup with 'loyalty-pos restore'.")
    box, restore = restore_box(problem, backup)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    assert "loyalty-daily-2026-12-05.sqlite" in box.informativeText()
    assert box.defaultButton() is not restore and box.escapeButton() is not restore
    save_png(box, "restore_offer")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc (or Enter) quits: a restore is never one stray key away
    assert box.clickedButton() is not restore


def test_a_norwegian_computer_reads_the_offer_and_the_store_refusal_in_norwegian(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    backup = tmp_path / "backups" / "loyalty-daily-2026-12-05.sqlite"
    backup.parent.mkdir()
    backup.write_bytes(b"SQLite format 3\x00")
    refusal = CorruptDatabase(path=str(tmp_path / "loyalty.sqlite"), reason="file is not a database")
    damaged = DamagedShop(refusal, Config(data_dir=tmp_path), backup)
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nb_NO.UTF-8")
    assert system_language() == "nb"
    shown: list[QMessageBox] = []

    def look(problem: str, offered: Path) -> bool:
        box, _restore = restore_box(problem, offered)
        qtbot.addWidget(box)
        shown.append(box)
        return False

    monkeypatch.setattr("loyalty_pos.gui.restore_offer.ask_restore", look)
    try:
        assert ask_restore(damaged, system_language()) is False
        box = shown[0]
        box.show()
        qtbot.waitExposed(box)
        save_png(box, "restore_offer_nb")
        assert box.text() == error_text(refusal, "nb") != refusal.message
        assert box.windowTitle() != "loyalty-pos cannot open the shop"
        assert "loyalty-daily-2026-12-05.sqlite" in box.informativeText()
        assert not box.informativeText().startswith("The newest backup")
        assert [button.text() for button in box.buttons()] != ["&Restore this backup", "&Quit"]
    finally:
        remove_language()


def test_the_command_lines_damaged_shop_refusal_reads_the_store_refusal_in_its_language(tmp_path: Path) -> None:
    refusal = CorruptDatabase(path=str(tmp_path / "loyalty.sqlite"), reason="file is not a database")
    for backup in (None, tmp_path / "backups" / "b.sqlite"):
        damaged = DamagedShop(refusal, Config(data_dir=tmp_path), backup)
        assert damaged.message.startswith(refusal.message)
        norwegian = error_text(damaged, "nb")
        assert norwegian.startswith(error_text(refusal, "nb")) and refusal.message not in norwegian
