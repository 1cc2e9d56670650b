"""Scanner vs person: the ScannerFilter on its own, then scans routed by the till.

A scanner burst (8 ms a key, Enter at the end) is taken out of the key stream
wherever the focus is; a person typing 150 ms a key gets their text in the field.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.config import ScannerSettings
from loyalty_pos.gui.scanner import ScannerFilter
from loyalty_pos.gui.widgets.message_bar import Level
from tests.gui.conftest import Till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, scan, type_human


# -- the filter on its own -------------------------------------------------------------
@pytest.fixture
def form(qtbot: QtBot) -> Iterator[tuple[QLineEdit, ScannerFilter, list[str]]]:
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scanner = ScannerFilter(ScannerSettings(max_gap_ms=35, min_length=6))
    app = QApplication.instance()
    scanner.install(app)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    try:
        yield field, scanner, scans
    finally:
        app.removeEventFilter(scanner)


def test_filter_takes_a_burst_out_of_the_field(qtbot: QtBot, form) -> None:  # noqa: ANN001
    field, _scanner, scans = form
    scan(qtbot, field, "7040000000011")
    qtbot.wait(60)
    assert scans == ["7040000000011"]
    assert field.text() == ""


def test_filter_leaves_a_person_typing_alone(qtbot: QtBot, form) -> None:  # noqa: ANN001
    field, _scanner, scans = form
    type_human(qtbot, field, "4740015")  # 7 keys, 150 ms apart: longer than a scan's minimum
    press(qtbot, Qt.Key.Key_Return, field)
    qtbot.wait(60)
    assert scans == []
    assert field.text() == "4740015"


def test_filter_a_person_then_a_scan_then_a_person(qtbot: QtBot, form) -> None:  # noqa: ANN001
    field, _scanner, scans = form
    type_human(qtbot, field, "ab")
    scan(qtbot, field, "LP1:TEST:CODE")
    type_human(qtbot, field, "cd")
    assert scans == ["LP1:TEST:CODE"]
    assert field.text() == "abcd"  # the person's keys, in order, none of the scan's


def test_filter_a_short_fast_burst_is_typing_not_a_scan(qtbot: QtBot, form) -> None:  # noqa: ANN001
    field, _scanner, scans = form
    scan(qtbot, field, "12")  # below min_length 6: a fast typist's "12" + Enter
    qtbot.wait(60)
    assert scans == []
    assert field.text() == "12"


# -- routed by the till ------------------------------------------------------------------
def test_member_card_qr_identifies_the_member_even_in_the_quantity_editor(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    till.scan("7040000000028")  # Cappuccino
    sale = till.sale
    press(till.qtbot, Qt.Key.Key_Down)  # from the product box into the basket
    assert sale.basket.hasFocus()
    type_human(till.qtbot, None, "3")  # opens the quantity editor with "3" in it
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not sale.basket and sale.basket.isAncestorOf(editor)
    member = till.member_named("Mei Saputra")
    scan(till.qtbot, editor, till.card_payload(member))
    till.settle()
    assert sale.state.member is not None and sale.state.member.member_id == member.member_id
    assert sale.member_area.panel.name.text() == "Mei Saputra"
    assert sale.state.lines[0].quantity == 1  # the scan did not become a quantity
    assert editor.text() == "3"
    save_png(till.window, request.node.name)
    press(till.qtbot, Qt.Key.Key_Return, editor)  # the cashier finishes the edit they started
    till.settle()
    assert sale.state.lines[0].quantity == 3


def test_a_person_typing_a_phone_in_the_search_box_is_not_a_scan(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    press(till.qtbot, Qt.Key.Key_F2)
    box = till.sale.member_area.search.box
    assert box.hasFocus()
    type_human(till.qtbot, box, "4799912")  # a phone prefix, 150 ms a key
    press(till.qtbot, Qt.Key.Key_Return, box)
    till.settle()
    assert box.text() == "4799912"
    assert till.sale.state.lines == ()  # not taken for a product code
    results = till.sale.member_area.results
    assert [results.row(i).name for i in range(results.rowCount())] == ["Ayu Lin"]
    save_png(till.window, request.node.name)


def test_a_product_barcode_scan_adds_a_line_wherever_the_focus_is(till: Till) -> None:
    till.signed_in()
    press(till.qtbot, Qt.Key.Key_F2)  # focus in the member search box
    scan(till.qtbot, None, "7040000000011")
    till.settle()
    scan(till.qtbot, None, "7040000000011")
    till.settle()
    assert [(line.product.name, line.quantity) for line in till.sale.state.lines] == [("Espresso", 2)]
    assert till.sale.member_area.search.box.text() == ""


def test_refused_scans_say_why_and_land_nowhere(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    box = till.sale.product_entry.box
    member = till.member_named("Mei Saputra")
    payload = till.card_payload(member)
    forged = payload[:-4] + ("AAAA" if not payload.endswith("AAAA") else "BBBB")
    till.scan(forged)
    assert till.window.messages.level is Level.ERROR
    assert "not issued by this shop" in till.window.messages.text()
    assert till.sale.state.member is None
    till.scan("7049999999993")
    assert till.window.messages.text() == "No product has the code 7049999999993."
    assert box.text() == "" and till.sale.state.lines == ()
    save_png(till.window, request.node.name)


def test_a_second_card_replaces_the_first_member_and_their_rewards(till: Till) -> None:
    till.signed_in()
    first, second = till.member_named("Mei Saputra"), till.member_named("Ola Fjelstad")
    till.scan(till.card_payload(first))
    till.scan(till.card_payload(second))
    assert till.sale.state.member is not None and till.sale.state.member.name == "Ola Fjelstad"
    assert till.sale.member_area.panel.name.text() == "Ola Fjelstad"


def test_typing_is_unaffected_between_scans(till: Till) -> None:
    till.signed_in()
    box = till.sale.product_entry.box
    type_human(till.qtbot, box, "COF-CAP", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, box)
    till.settle()
    assert [line.product.code for line in till.sale.state.lines] == ["COF-CAP"]
