"""A manager prints member cards from the till after seeing a preview."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from PySide6.QtCore import Qt

from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png


def test_a_manager_previews_and_saves_blank_cards(till: Till, tmp_path: Path, request) -> None:  # noqa: ANN001
    till.signed_in("manager", "9999")
    press(till.qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = till.window.card_printing
    till.qtbot.waitUntil(dialog.isVisible)
    dialog.blank.setChecked(True)
    dialog.blank_count.setValue(12)
    out = tmp_path / "sheet.pdf"
    dialog.out.setText(str(out))
    press(till.qtbot, Qt.Key.Key_F5, dialog)
    till.qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=15_000)
    assert not dialog.preview.pixmap().isNull()
    assert "12 card(s) on 2 page(s)" in dialog.status.text()
    save_png(dialog, request.node.name)
    press(till.qtbot, Qt.Key.Key_F9, dialog)
    till.qtbot.waitUntil(lambda: out.is_file(), timeout=10_000)
    page = pypdfium2.PdfDocument(str(out))[0].render(scale=300 / 72).to_pil()
    payloads = {r.text for r in zxingcpp.read_barcodes(page) if r.text.startswith("LP1:")}
    assert len(payloads) == 10  # a full A4 page of signed, decodable cards


def test_the_card_printing_action_is_for_managers_only(till: Till) -> None:
    till.signed_in()
    assert not till.window.cards_action.isEnabled()
    press(till.qtbot, Qt.Key.Key_P, modifier=Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert getattr(till.window, "card_printing", None) is None
