"""What a scanner or a paste can put into the till's boxes is refused on the message bar,
never as a traceback."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png


def test_a_nul_in_the_member_search_is_refused_on_the_message_bar(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    area = till.sale.member_area
    press(till.qtbot, Qt.Key.Key_F2)
    area.search.box.setText("Ada\x00")  # a paste or a misconfigured scanner: no key types a NUL
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert "control character" in till.window.messages.text()
    assert area.results.rowCount() == 0
    save_png(till.window, request.node.name)
