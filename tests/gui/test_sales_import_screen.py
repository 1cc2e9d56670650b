"""The back office imports a register's sales CSV: a row-by-row check first, then one commit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from loyalty_pos.gui.manager.products_section import ProductsSection
from tests.gui.back_office_support import CTRL_SHIFT, open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png


def _imported(till: Till) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as connection:
        return connection.execute("SELECT external_ref, total_minor FROM sales WHERE external_ref IS NOT NULL "
                                  "ORDER BY external_ref").fetchall()


def test_the_register_file_is_checked_row_by_row_then_imported_at_once(
        till: Till, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request) -> None:  # noqa: ANN001
    section = open_section(till, "products")
    assert isinstance(section, ProductsSection)
    till.settle()
    path = tmp_path / "register.csv"
    path.write_bytes("\ufeffcard;phone;amount;date;receipt\n"
                     ";+47 999 12 345;250,00;2026-01-15;A-1\n"
                     ";+47 999 12 345;ten;2026-01-15;A-2\n"
                     "1234 5678 9012 3456;;80,00;2026-01-15;A-3\n".encode())  # not a card number
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(path), "CSV files (*.csv)"))
    press(till.qtbot, Qt.Key.Key_I, modifier=CTRL_SHIFT)  # the real key path: the file dialog, then the check
    till.settle()
    dialog = section.register_sales.dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    shown = [[table.item(row, column).text() for column in range(5)] for row in range(table.rowCount())]
    assert [row[:3] for row in shown] == [["2", "A-1", "NOK 250.00"], ["3", "", ""], ["4", "A-3", "NOK 80.00"]]
    assert shown[0][4] == "will be imported" and shown[1][4].startswith("refused: amount")
    assert shown[2][4].startswith("refused:")
    assert _imported(till) == []  # a dry run: nothing yet
    assert not clipped_widgets(dialog), clipped_widgets(dialog)
    save_png(dialog, request.node.name)

    press(till.qtbot, Qt.Key.Key_Return, dialog)
    till.settle()
    assert _imported(till) == [("A-1", 25000)]
    report = section.register_sales.dialog
    assert report is not None and report.report.committed
    assert report.table.item(0, 4).text() == "imported"
    assert "imported from register.csv: 1; refused: 2" in section.messages.text()
    save_png(report, request.node.name + "_done")
    press(till.qtbot, Qt.Key.Key_Escape, report)
    till.settle()
    assert section.register_sales.dialog is None


def test_cancelling_the_check_imports_nothing(till: Till, tmp_path: Path) -> None:
    section = open_section(till, "products")
    assert isinstance(section, ProductsSection)
    till.settle()
    path = tmp_path / "register.csv"
    path.write_text("phone,amount,date,receipt\n+47 999 12 345,250.00,2026-01-15,A-1\n")
    section.register_sales.check_file(path)
    till.settle()
    dialog = section.register_sales.dialog
    assert dialog is not None
    press(till.qtbot, Qt.Key.Key_Escape, dialog)
    till.settle()
    assert _imported(till) == []
    assert section.messages.text() == "Nothing was imported from register.csv."
