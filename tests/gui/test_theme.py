"""The till's style sheet, where it styles Qt's own controls: they must still work."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox, QStyle, QStyleOptionSpinBox
from pytestqt.qtbot import QtBot

from loyalty_pos.gui.widgets.theme import apply_till_style
from tests.gui.keyboard import save_png


def _ink_rows(image: QImage, area: QRect) -> list[int]:
    """Dark pixels per row inside ``area``, for the rows that have any: an arrow's outline."""
    rows = []
    for y in range(area.top(), area.bottom() + 1):
        dark = sum(QColor(image.pixel(x, y)).lightness() < 128 for x in range(area.left(), area.right() + 1))
        if dark:
            rows.append(dark)
    return rows


def test_spin_boxes_draw_their_arrows_and_the_arrows_step(qtbot: QtBot) -> None:
    apply_till_style(QApplication.instance())
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setRange(0, 10)
    spin.setValue(5)
    spin.resize(200, spin.sizeHint().height())
    spin.show()
    qtbot.waitExposed(spin)
    image = spin.grab().toImage()
    save_png(spin, "spin_box_arrows")
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    buttons = {}
    for control, upwards in ((QStyle.SubControl.SC_SpinBoxUp, True), (QStyle.SubControl.SC_SpinBoxDown, False)):
        button = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, spin)
        buttons[upwards] = button
        # Inside the button, clear of its edges: a triangle, narrow at the tip.
        rows = _ink_rows(image, button.adjusted(2, 2, -2, -2))
        assert len(rows) >= 3, f"no arrow drawn in the {'up' if upwards else 'down'} button: {rows}"
        assert rows == sorted(rows, reverse=not upwards) and rows[0] != rows[-1], rows
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=buttons[True].center())
    assert spin.value() == 6
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=buttons[False].center())
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=buttons[False].center())
    assert spin.value() == 4


def test_a_disabled_field_looks_disabled(qtbot: QtBot) -> None:
    # Setup's stamp-card fields are disabled until the stamp card is chosen; they were
    # drawn exactly like the fields a cashier can type in.
    apply_till_style(QApplication.instance())
    fields = []
    for enabled in (True, False):
        field = QLineEdit()
        qtbot.addWidget(field)
        field.setEnabled(enabled)
        field.resize(200, field.sizeHint().height())
        field.show()
        qtbot.waitExposed(field)
        fields.append(field)
    inside = [field.grab().toImage().pixelColor(field.width() // 2, field.height() // 2) for field in fields]
    assert inside[0] != inside[1]
    assert inside[1].lightness() < inside[0].lightness()  # greyed, not brighter
