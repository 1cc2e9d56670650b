"""Printing from the till: P on the paid sale's receipt, Ctrl+R for a past one.

With no printer set up, receipts are PDF files in <data dir>/receipts, named by
receipt number (a reprint adds -copy-N); their text is read back with pdfium.
With ``receipt_printer = escpos-file:<path>`` the ESC/POS bytes land in that file.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.app import App
from loyalty_pos.demo.shop import TIMEZONE
from loyalty_pos.gui.cashier.receipt_printing import ReprintDialog
from loyalty_pos.printing.receipt_text import WIDTH_PDF, receipt_lines
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.shop import RECEIPT_PRINTER
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CUT = b"\x1dV"  # GS V: the paper is cut after the receipt


def _pdf_text(path: Path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _pay_a_member_sale(till: Till) -> str:
    """Ayu Lin buys 2 x Cappuccino (NOK 90.00, 9 points at Bronze) in cash; the receipt number."""
    till.signed_in()
    till.scan(till.card_payload(till.member_named("Ayu Lin")))
    till.scan("7040000000028")
    till.scan("7040000000028")
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle()
    receipt = till.sale.receipt.receipt
    assert receipt is not None and till.sale.receipt.hasFocus()
    return receipt.receipt_no


def _open_reprint(till: Till) -> ReprintDialog:
    press(till.qtbot, Qt.Key.Key_R, None, Qt.KeyboardModifier.ControlModifier)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ReprintDialog))
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(lambda: dialog.number.hasFocus())
    return dialog


def test_p_prints_the_paid_sale_to_a_pdf_and_ctrl_r_reprints_a_copy(till: Till, request) -> None:  # noqa: ANN001
    receipts = till.app.config.data_dir / "receipts"
    assert till.window.ctx.receipts_dir == receipts
    number = _pay_a_member_sale(till)
    preview = till.sale.receipt
    assert preview.print_button.isVisible() and preview.print_button.text() == "P\nPrint receipt"
    assert clipped_widgets(preview) == []
    save_png(till.window, request.node.name + "_preview")
    press(till.qtbot, Qt.Key.Key_P)
    till.settle(15_000)
    original = receipts / f"{number}.pdf"
    assert sorted(p.name for p in receipts.iterdir()) == [original.name]
    text = _pdf_text(original)
    assert number in text and "Points earned" in text and "+9" in text
    assert "COPY" not in text
    assert till.window.messages.text() == f"Receipt {number} printed to {original}."
    assert till.sale.completed and preview.hasFocus()  # the receipt stays up for Enter

    dialog = _open_reprint(till)
    type_human(till.qtbot, dialog.number, number.lower(), FORM_GAP_MS)  # typed in lower case: still found
    save_png(dialog, request.node.name + "_reprint_dialog")
    press(till.qtbot, Qt.Key.Key_Return, dialog.number)
    till.settle(15_000)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    copy = receipts / f"{number}-copy-1.pdf"
    assert sorted(p.name for p in receipts.iterdir()) == sorted([original.name, copy.name])
    copy_text = _pdf_text(copy)
    assert "COPY" in copy_text and number in copy_text and "Points earned" in copy_text
    assert till.window.messages.text() == f"Receipt {number} printed to {copy}."


def test_a_scanned_receipt_in_the_reprint_dialog_prints_the_next_copy(till: Till) -> None:
    number = _pay_a_member_sale(till)
    press(till.qtbot, Qt.Key.Key_Return)  # next customer; the receipt comes back later
    _open_reprint(till)
    till.scan(number)  # the barcode at the bottom of the receipt
    till.settle(15_000)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    receipts = till.app.config.data_dir / "receipts"
    assert [p.name for p in receipts.iterdir()] == [f"{number}-copy-1.pdf"]
    assert "COPY" in _pdf_text(receipts / f"{number}-copy-1.pdf")


def test_an_unknown_receipt_number_is_refused_inline_and_prints_nothing(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    dialog = _open_reprint(till)
    type_human(till.qtbot, dialog.number, "R01-999999", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.number)
    till.settle()
    assert dialog.isVisible()
    assert dialog.error.isVisible() and dialog.error.text() == "Receipt R01-999999 was not found."
    save_png(dialog, request.node.name)
    assert not (till.app.config.data_dir / "receipts").exists()
    press(till.qtbot, Qt.Key.Key_Escape, dialog.number)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    till.qtbot.waitUntil(till.sale.product_entry.box.hasFocus)  # back to the till for the next scan


@pytest.fixture
def escpos_file(demo: App, tmp_path: Path) -> Path:
    """The shop's receipt printer set to an ESC/POS file by a manager, before the till opens."""
    device = tmp_path / "thermal.bin"
    change_settings(demo.uow(), {RECEIPT_PRINTER: f"escpos-file:{device}@58mm"},
                    actor=Actor("manager", Role.MANAGER, "01"), clock=demo.clock)
    return device


def test_p_prints_esc_pos_bytes_when_the_shop_has_a_thermal_printer(escpos_file: Path, till: Till) -> None:
    number = _pay_a_member_sale(till)
    press(till.qtbot, Qt.Key.Key_P)
    till.settle(15_000)
    data = escpos_file.read_bytes()
    assert number.encode() in data and b"Points earned" in data
    assert CUT in data[-4:]  # the last command: cut after the barcode
    assert till.window.messages.text() == f"Receipt {number} printed to {escpos_file} (58mm)."
    assert not (till.app.config.data_dir / "receipts").exists()  # nothing went to PDF


def test_a_missing_printer_is_reported_in_the_message_bar(demo: App, tmp_path: Path, till: Till) -> None:
    change_settings(demo.uow(), {RECEIPT_PRINTER: f"escpos-file:{tmp_path / 'no-such-dir' / 'lp0'}"},
                    actor=Actor("manager", Role.MANAGER, "01"), clock=demo.clock)
    number = _pay_a_member_sale(till)
    press(till.qtbot, Qt.Key.Key_P)
    till.settle(15_000)
    message = till.window.messages.text()
    assert message.startswith(f"Printer {tmp_path / 'no-such-dir' / 'lp0'} is not available:"), message
    assert message.endswith("then reprint.")
    assert till.sale.completed and till.sale.receipt.receipt.receipt_no == number  # the sale stands


def test_a_bad_printer_setting_is_refused_when_the_manager_saves_it(demo: App) -> None:
    from loyalty_pos.domain.errors import ValidationError
    from loyalty_pos.services.shop.shop import receipt_printer

    with pytest.raises(ValidationError) as refused:
        change_settings(demo.uow(), {RECEIPT_PRINTER: "escpos-usb:lsusb"},
                        actor=Actor("manager", Role.MANAGER, "01"), clock=demo.clock)
    assert refused.value.code == "bad_receipt_printer"
    assert receipt_printer(demo.uow(readonly=True)) is None  # nothing was saved: PDF files stay the default


def test_the_receipt_on_screen_shows_the_printed_receipts_rows(till: Till) -> None:
    """One layout: the paid sale's preview is receipt_text's rows, dated in the shop's zone as the PDF is."""
    number = _pay_a_member_sale(till)
    preview = till.sale.receipt
    assert preview.rows == receipt_lines(preview.receipt, width=WIDTH_PDF, tz=ZoneInfo(TIMEZONE))
    press(till.qtbot, Qt.Key.Key_P)
    till.settle(15_000)
    printed = [" ".join(line.split()) for line in _pdf_text(till.app.config.data_dir / "receipts" / f"{number}.pdf")
               .splitlines() if line.strip()]
    shown = [" ".join(row.text.split()) for row in preview.rows if row.style != "rule" and row.text.strip()]
    assert printed == [*shown, number]  # the PDF draws rules as lines, and the number under its barcode
