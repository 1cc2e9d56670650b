"""A manager prints member cards from the back office after seeing a preview."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt

from loyalty_pos.gui.manager.back_office import BackOfficeWindow
from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_manager_previews_and_saves_blank_cards(till: Till, tmp_path: Path, request) -> None:  # noqa: ANN001
    till.signed_in("manager", "9999")
    press(till.qtbot, Qt.Key.Key_P, modifier=CTRL_SHIFT)  # the till's key straight to this section
    window = till.window.back_office
    assert isinstance(window, BackOfficeWindow)
    till.qtbot.waitUntil(window.isVisible)
    section = window.sections["cards"]
    assert window.stack.currentWidget() is section
    section.blank.setChecked(True)
    section.blank_count.setValue(12)
    out = tmp_path / "sheet.pdf"
    section.out.setText(str(out))
    press(till.qtbot, Qt.Key.Key_F5, section)
    till.qtbot.waitUntil(lambda: section.sheet is not None, timeout=15_000)
    assert not section.preview.pixmap().isNull()
    assert "12 card(s) on 2 page(s)" in section.status.text()
    save_png(window, request.node.name)
    press(till.qtbot, Qt.Key.Key_F9, section)
    till.qtbot.waitUntil(lambda: out.is_file(), timeout=10_000)
    page = pypdfium2.PdfDocument(str(out))[0].render(scale=300 / 72).to_pil()
    payloads = {r.text for r in zxingcpp.read_barcodes(page) if r.text.startswith("LP1:")}
    assert len(payloads) == 10  # a full A4 page of signed, decodable cards
