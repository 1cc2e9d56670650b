"""The dialog a till start shows over a database it cannot open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from loyalty_pos.gui.restore_offer import restore_box
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
