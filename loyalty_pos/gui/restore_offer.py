"""The till's start on a database it cannot open: what is wrong, and the backup that fixes it.

Shown before the till window, so the person at the counter (often the manager, called
over) decides there and then; "Quit" is the default, because a restore brings the
shop back to the backup's moment and loses what was sold since.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def restore_box(problem: str, backup: Path, parent: QWidget | None = None) -> tuple[QMessageBox, QPushButton]:
    """The dialog, not yet shown, and its restore button (tests press it). ``problem`` is
    the refusal already in the language installed (``ask_restore`` installs it)."""
    title = QCoreApplication.translate("RestoreOffer", "loyalty-pos cannot open the shop")
    box = QMessageBox(QMessageBox.Icon.Critical, title, problem, QMessageBox.StandardButton.NoButton, parent)
    made = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    offer = QCoreApplication.translate(
        "RestoreOffer", "The newest backup that passes the check is {backup}, made {made}. Restore it now? Sales made "
                        "after it are not in it. The damaged file is kept in the backups folder.")
    box.setInformativeText(offer.format(backup=backup.name, made=made))
    restore = box.addButton(QCoreApplication.translate("RestoreOffer", "&Restore this backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    quit_ = box.addButton(QCoreApplication.translate("RestoreOffer", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(quit_)
    box.setEscapeButton(quit_)
    return box, restore


def ask_restore(problem: str, backup: Path) -> bool:
    box, restore = restore_box(problem, backup)
    box.exec()
    return box.clickedButton() is restore
