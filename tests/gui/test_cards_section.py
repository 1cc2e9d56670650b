"""A manager prints member cards from the back office after seeing a preview."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt

from loyalty_pos.cli.main import main
from loyalty_pos.gui.manager.back_office import BackOfficeWindow
from loyalty_pos.store.backup import backup
from tests.gui.conftest import KNOWN_MEMBERS, Till
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


def test_saving_the_sheet_over_the_card_key_is_refused_and_the_key_stays(
        till: Till, request) -> None:  # noqa: ANN001
    till.signed_in("manager", "9999")
    press(till.qtbot, Qt.Key.Key_P, modifier=CTRL_SHIFT)
    window = till.window.back_office
    till.qtbot.waitUntil(window.isVisible)
    section = window.sections["cards"]
    section.blank.setChecked(True)
    section.blank_count.setValue(2)
    key = till.app.config.key_path
    before = key.read_bytes()
    section.out.setText(str(key.parent / "cards" / ".." / key.name))  # the key, by a detour
    press(till.qtbot, Qt.Key.Key_F5, section)
    till.qtbot.waitUntil(lambda: section.sheet is not None, timeout=15_000)
    press(till.qtbot, Qt.Key.Key_F9, section)
    till.qtbot.waitUntil(lambda: "Not writing" in section.status.text() or "card key" in section.status.text(),
                         timeout=10_000)
    assert "card key" in section.status.text()
    save_png(window, request.node.name)
    assert key.read_bytes() == before
    assert getattr(section, "saved_to", None) is None


def _printed_records(db_path: Path) -> tuple[list[tuple[str, str]], list[tuple[str, str, str]], set[str]]:
    """What printing left in a shop: its audit details and outbox rows, and the cards still queued."""
    with sqlite3.connect(db_path) as db:
        audit = db.execute("SELECT action, details FROM audit_log WHERE action = 'cards_printed' ORDER BY seq").fetchall()
        outbox = db.execute("SELECT kind, key, payload FROM outbox WHERE kind = 'cards_printed' ORDER BY rowid").fetchall()
        queued = {number for (number,) in db.execute("SELECT number FROM cards WHERE printed = 0")}
    return audit, outbox, queued


def _pdf_text(path: Path) -> str:
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_the_back_office_and_the_command_line_print_the_queue_the_same_way(
    till: Till, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One workflow (jobs.card_printing): the print queue printed from the back office, and by
    ``loyalty-pos cards print`` on an identical copy of the shop, leaves the same sheet, the
    same cards printed and the same records, batch by batch."""
    monkeypatch.setattr("loyalty_pos.jobs.card_printing.MARK_BATCH", 3)  # 7 queued cards: batches of 3, 3, 1
    twin = tmp_path / "twin"
    twin.mkdir()
    backup(till.app.config.db_path, twin / "loyalty.sqlite")
    shutil.copyfile(till.app.config.key_path, twin / till.app.config.key_path.name)
    _, _, queued = _printed_records(till.app.config.db_path)
    assert len(queued) == len(KNOWN_MEMBERS)  # the generated members' cards are printed already

    till.signed_in("manager", "9999")
    press(till.qtbot, Qt.Key.Key_P, modifier=CTRL_SHIFT)
    window = till.window.back_office
    till.qtbot.waitUntil(window.isVisible)
    section = window.sections["cards"]
    office_pdf = tmp_path / "office.pdf"
    section.out.setText(str(office_pdf))
    press(till.qtbot, Qt.Key.Key_F5, section)
    till.qtbot.waitUntil(lambda: section.sheet is not None, timeout=15_000)
    press(till.qtbot, Qt.Key.Key_F9, section)
    till.qtbot.waitUntil(lambda: getattr(section, "saved_to", None) == office_pdf, timeout=15_000)
    till.settle()

    cli_pdf = tmp_path / "cli.pdf"
    assert main(["--data-dir", str(twin), "cards", "print", "--out", str(cli_pdf)]) == 0

    office, command_line = _printed_records(till.app.config.db_path), _printed_records(twin / "loyalty.sqlite")
    assert office == command_line
    audit, outbox, still_queued = office
    assert still_queued == set()
    assert [json.loads(details)["count"] for _, details in audit] == [3, 3, 1]
    assert len(outbox) == 3
    assert _pdf_text(office_pdf) == _pdf_text(cli_pdf)
    assert all(number in _pdf_text(cli_pdf).replace(" ", "") for number in queued)
