"""The amount field takes what amounts are written with, and nothing else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.gui.widgets.money_edit import MoneyEdit


def _typed(qtbot: QtBot, field: MoneyEdit, text: str) -> str:
    field.clear()
    field.setFocus()
    QTest.keyClicks(field, text)
    return field.text()


def test_letters_and_foreign_digits_never_reach_the_amount(qtbot: QtBot) -> None:
    # The amount-only till showed "Lestari" in its total: a name typed while the amount
    # field had the focus.
    field = MoneyEdit("NOK")
    qtbot.addWidget(field)
    field.show()
    assert _typed(qtbot, field, "Lestari") == ""
    assert _typed(qtbot, field, "1 234,50") == "1 234,50" and field.minor() == 123450
    assert _typed(qtbot, field, "12.5x") == "12.5"
    assert _typed(qtbot, field, "²") == ""  # a superscript is a digit to str.isdigit, not to an amount
    assert _typed(qtbot, field, "-5") == "5"  # no minus where an amount cannot be negative
    with pytest.raises(ValidationError):
        _typed(qtbot, field, "")
        field.minor()


def test_a_field_that_may_go_negative_takes_one_leading_minus(qtbot: QtBot) -> None:
    field = MoneyEdit("NOK", allow_negative=True)
    qtbot.addWidget(field)
    field.show()
    assert _typed(qtbot, field, "-5,00") == "-5,00" and field.minor() == -500
    assert _typed(qtbot, field, "5-") == "5"
    assert field.alignment() & Qt.AlignmentFlag.AlignRight


def test_the_field_writes_and_reads_the_shop_s_locale(qtbot: QtBot) -> None:
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    try:
        field = MoneyEdit("NOK", allow_negative=True)
        qtbot.addWidget(field)
        field.set_minor(-123450)
        assert field.text() == "-1\u00a0234,50" and field.minor() == -123450
        assert _typed(qtbot, field, "12,50") == "12,50" and field.minor() == 1250
        assert _typed(qtbot, field, "12.50") == "12.50" and field.minor() == 1250  # an English habit, still read
    finally:
        QLocale.setDefault(before)
    # Where the locale's decimal mark is a point, three decimals are decimals: 1,500 dinars.
    QLocale.setDefault(QLocale("en_GB"))
    try:
        field = MoneyEdit("KWD")
        qtbot.addWidget(field)
        assert _typed(qtbot, field, "1,500") == "1,500" and field.minor() == 1_500_000
        field.set_minor(1_500_000)
        assert field.text() == "1,500.000"
    finally:
        QLocale.setDefault(before)
