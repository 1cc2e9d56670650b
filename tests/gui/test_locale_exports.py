"""Reports exported by a Norwegian shop open in a Norwegian spreadsheet; its screens write nb numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.gui.back_office_support import CTRL
from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png
from tests.gui.test_reports_section import _open_reports, _show


@pytest.fixture
def norwegian_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))  # as the launch sets it for a shop whose language is nb
    yield
    QLocale.setDefault(before)


def test_a_norwegian_report_exports_with_semicolons_and_shows_norwegian_numbers(
        till: Till, tmp_path: Path, norwegian_locale: None) -> None:
    section = _open_reports(till)
    _show(section, section.trend_tab)
    rows = section.trend_tab.model.rows()
    assert rows and all(value.startswith("NOK ") and "," in value for _month, _points, value in rows)
    out = tmp_path / "trend.csv"
    section.export_path.setText(str(out))
    press(till.qtbot, Qt.Key.Key_E, section.picker, modifier=CTRL)
    till.qtbot.waitUntil(out.is_file, timeout=5_000)
    till.settle()
    text = out.read_bytes()
    assert text.startswith(b"\xef\xbb\xbf")
    written = list(csv.reader(text.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert written[0] == list(section.trend_tab.model.headers())
    assert written[1:] == [[str(cell) for cell in row] for row in rows]
    save_png(section.window(), "reports-trend-nb")
