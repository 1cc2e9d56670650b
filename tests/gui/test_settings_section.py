"""A manager changes the shop's settings in the back office, keys only, a group at a
time; each save is checked in the store and its effect seen on the running till."""

from __future__ import annotations

import base64
import sqlite3
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from loyalty_pos.domain.check_problems import Problem
from loyalty_pos.gui.language import install_language
from loyalty_pos.gui.manager.settings_section import SettingsSection
from loyalty_pos.printing.logo import fit_logo
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reading import basket_of
from loyalty_pos.services.shop.restore_drill import DrillResult, record_drill
from tests.gui.back_office_support import (
    CTRL,
    TILL_SCREENS,
    open_section,
    open_section_on_screen,
    section_key,
)
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png, type_human


def _open(till: Till) -> SettingsSection:
    section = open_section(till, "settings")
    assert isinstance(section, SettingsSection)
    till.settle()
    till.qtbot.waitUntil(lambda: section.view is not None)
    return section


def _group(till: Till, section: SettingsSection, index: int) -> None:
    section.page_list.setFocus()
    press(till.qtbot, Qt.Key.Key_Home, section.page_list)
    for _ in range(index):
        press(till.qtbot, Qt.Key.Key_Down, section.page_list)
    assert section.current_page() is section.pages[index]


def _save(till: Till, section: SettingsSection) -> None:
    press(till.qtbot, Qt.Key.Key_S, section.page_list, modifier=CTRL)
    till.settle()


def _setting(till: Till, key: str) -> str | None:
    with sqlite3.connect(till.app.config.db_path) as db:
        row = db.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def _audited(till: Till) -> list[str]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return [row[0] for row in db.execute("SELECT details FROM audit_log WHERE action = 'settings_changed'")]


def _sell(till: Till):
    cmd = Checkout(sale_id=str(uuid.uuid4()), member_id=None, lines=(SaleLineInput("COF-CAP", 1),), redemptions=(),
                   tender="card")
    return checkout(till.app.uow(), cmd, actor=Actor("cashier", Role.CASHIER, "01"), clock=till.app.clock).receipt


@pytest.mark.parametrize("size", TILL_SCREENS)
def test_every_group_reads_whole_on_a_till_screen(till: Till, size: tuple[int, int]) -> None:
    section = open_section_on_screen(till, "settings", size)
    till.qtbot.waitUntil(lambda: section.view is not None)
    for index, page in enumerate(section.pages):
        _group(till, section, index)
        till.settle()
        assert not clipped_widgets(section.window()), page.title
        save_png(section.window(), f"settings-{size[0]}x{size[1]}-{index + 1}-{page.title.split()[0].lower()}")


def test_profile_texts_are_saved_audited_and_on_the_next_receipt(till: Till) -> None:
    section = _open(till)
    assert section.profile.values()["shop_name"]  # loaded from the store
    footer = section.profile.form.itemAt(3, section.profile.form.ItemRole.FieldRole).widget()
    footer.setFocus()
    type_human(till.qtbot, footer, "Open every day 8-22")
    _save(till, section)
    assert _setting(till, "receipt_footer") == "Open every day 8-22"
    assert any("Open every day 8-22" in payload for payload in _audited(till))
    assert "saved" in section.messages.text()
    assert _sell(till).footer == ("Open every day 8-22",)
    assert not section.has_unsaved_changes()


def test_a_bad_value_is_refused_under_its_group_and_nothing_is_stored(till: Till) -> None:
    section = _open(till)
    header = section.profile.form.itemAt(2, section.profile.form.ItemRole.FieldRole).widget()
    header.setPlainText("\n".join(["line"] * 5))
    _save(till, section)
    assert section.profile.error.isVisible()
    assert "at most 4 lines" in section.profile.error.text()
    assert _setting(till, "receipt_header") is None


def test_the_scanner_uses_the_new_gap_at_once(till: Till) -> None:
    section = _open(till)
    _group(till, section, 3)
    assert till.scanner.settings.max_gap_ms == section.scanner_gap.value()
    section.scanner_gap.setValue(80)
    section.scanner_length.setValue(9)
    _save(till, section)
    assert _setting(till, "scanner_max_gap_ms") == "80"
    till.qtbot.waitUntil(lambda: till.scanner.settings.max_gap_ms == 80)
    assert till.scanner.settings.min_length == 9


def test_a_time_zone_change_asks_first_then_is_saved_and_audited(till: Till) -> None:
    section = _open(till)
    _group(till, section, 2)
    before = _setting(till, "timezone")
    section.timezone.setCurrentIndex(section.timezone.findData("Asia/Jakarta"))
    _save(till, section)
    till.qtbot.waitUntil(lambda: section.confirm_box is not None and section.confirm_box.isVisible())
    assert _setting(till, "timezone") == before  # nothing saved until the manager says so
    press(till.qtbot, Qt.Key.Key_Return, section.confirm_box)
    till.settle()
    assert not section.region.error.isVisible(), section.region.error.text()
    assert _setting(till, "timezone") == "Asia/Jakarta"
    assert any("Asia/Jakarta" in payload for payload in _audited(till))
    jakarta = ZoneInfo("Asia/Jakarta")  # the till under the back office follows, no new sign-in
    till.qtbot.waitUntil(lambda: till.window.sale.receipt.zone == jakarta)
    assert till.window.sale.member_area.panel.zone == jakarta


def test_the_country_is_read_only_once_the_shop_has_sold(till: Till) -> None:
    section = _open(till)
    _sell(till)
    section.refresh()
    till.settle()
    assert section.view is not None and section.view.has_sales
    assert not section.country.isEnabled()
    assert "Fixed" in section.country_note.text()
    assert section.currency.currentData() == "NOK"
    assert not section.currency.isEnabled() and "Fixed" in section.currency_note.text()


def test_tax_mode_is_saved(till: Till) -> None:
    section = _open(till)
    _group(till, section, 1)
    combo = section.money.form.itemAt(2, section.money.form.ItemRole.FieldRole).widget()  # under the currency's note
    combo.setCurrentIndex(combo.findData("no"))
    _save(till, section)
    assert _setting(till, "prices_include_tax") == "no"
    with till.app.uow(readonly=True) as uow:  # the next sale is priced before tax
        basket = basket_of(uow, published_program(uow), [SaleLineInput("COF-CAP", 1)])
    assert basket.prices_include_tax is False


def test_a_chosen_logo_is_scaled_as_setup_scales_it_and_saved(till: Till, tmp_path: Path) -> None:
    section = _open(till)
    image = QImage(1200, 600, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkGreen)
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    section.use_logo_file(path)
    assert not section.logo_preview.pixmap().isNull()
    _save(till, section)
    stored = base64.b64decode(_setting(till, "shop_logo_png") or "")
    assert stored.startswith(b"\x89PNG") and stored == fit_logo(path.read_bytes())
    assert any("PNG picture" in payload for payload in _audited(till))


def test_test_print_goes_to_the_chosen_output_and_the_printer_is_saved(till: Till, tmp_path: Path) -> None:
    section = _open(till)
    _group(till, section, 4)
    section.output_kind.setCurrentIndex(section.output_kind.findData("pdf"))
    section.output_target.setText(str(tmp_path / "receipts"))
    section.output_target.setFocus()  # Tab from the list into the group
    press(till.qtbot, Qt.Key.Key_T, section.output_target, modifier=CTRL)
    till.settle()
    printed = list((tmp_path / "receipts").glob("*.pdf"))
    assert len(printed) == 1 and "Test receipt printed" in section.messages.text()
    _save(till, section)
    assert _setting(till, "receipt_printer") == f"pdf:{tmp_path / 'receipts'}"


def test_back_up_now_then_restore_tells_the_manager_to_restart(till: Till, tmp_path: Path) -> None:
    section = _open(till)
    _group(till, section, 5)
    section.backup_dir.setText(str(tmp_path / "backups"))
    section.backup_dir.setFocus()
    press(till.qtbot, Qt.Key.Key_B, section.backup_dir, modifier=CTRL)
    till.settle()
    [made] = (tmp_path / "backups").glob("*.sqlite")
    assert str(made) in section.messages.text()
    _save(till, section)
    assert _setting(till, "backup_dir") == str(tmp_path / "backups")

    section.ask_restore(made)
    till.qtbot.waitUntil(lambda: section.confirm_box is not None and section.confirm_box.isVisible())
    assert made.name in section.confirm_box.text()
    press(till.qtbot, Qt.Key.Key_Return, section.confirm_box)
    till.settle(timeout_ms=15_000)
    assert "start it again" in section.messages.text()


def test_card_printing_offers_the_paper_chosen_in_settings(till: Till) -> None:
    section = _open(till)
    _group(till, section, 4)
    paper = section.printers.form.itemAt(3, section.printers.form.ItemRole.FieldRole).widget()
    paper.setCurrentIndex(paper.findData("Letter"))
    _save(till, section)
    assert _setting(till, "card_paper") == "Letter"
    press(till.qtbot, section_key("cards"), section.window(), modifier=CTRL)
    cards = section.window().sections["cards"]
    till.settle()
    assert cards.paper.currentText() == "Letter"


def test_the_currency_changes_until_the_first_sale_then_is_read_only_with_its_reason(
        qtbot, tmp_path: Path, request) -> None:  # noqa: ANN001
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.demo.catalog import install_demo_shop
    from tests.gui.conftest import running_till

    app = open_app(Config.load(tmp_path / "fresh"), new_shop=True)  # the demo's shop and program, no sale yet
    install_demo_shop(app.uow, app.clock)
    try:
        with running_till(qtbot, app) as till:
            section = _open(till)
            _group(till, section, 1)
            assert section.currency.isEnabled() and section.currency.currentData() == "NOK"
            assert "until the first sale" in section.currency_note.text()
            # Only what the service would take: NOK's two decimals (JPY's none would be refused).
            offered = {section.currency.itemData(i) for i in range(section.currency.count())}
            assert {"NOK", "SEK", "EUR"} <= offered and "JPY" not in offered and "IDR" not in offered
            save_png(section.window(), f"{request.node.name}-before")
            section.currency.setCurrentIndex(section.currency.findData("SEK"))
            _save(till, section)
            till.qtbot.waitUntil(lambda: section.confirm_box is not None and section.confirm_box.isVisible())
            with app.uow(readonly=True) as uow:
                assert published_program(uow).currency == "NOK"  # nothing changed until the manager says so
            press(till.qtbot, Qt.Key.Key_Return, section.confirm_box)
            till.settle()
            till.qtbot.waitUntil(lambda: section.view is not None and section.view.currency == "SEK")
            assert not section.money.error.isVisible(), section.money.error.text()
            with app.uow(readonly=True) as uow:
                assert published_program(uow).currency == "SEK"
                assert {p.currency for p in uow.products.search("", cursor=None, limit=50).rows} == {"SEK"}
            assert _sell(till).currency == "SEK"
            section.refresh()
            till.qtbot.waitUntil(lambda: section.view is not None and section.view.has_sales)
            assert not section.currency.isEnabled() and section.currency.currentData() == "SEK"
            assert section.currency_note.text() == "Fixed: the shop has made sales in SEK."
            assert clipped_widgets(section) == []
            save_png(section.window(), f"{request.node.name}-after")
    finally:
        app.close()


def test_the_restore_drill_is_shown_in_the_backups_group(till: Till, tmp_path: Path) -> None:
    section = _open(till)
    _group(till, section, 5)
    assert "Not run yet" in section.drill_note.text()
    section.backup_dir.setText(str(tmp_path / "backups"))
    _save(till, section)
    section.backup_dir.setFocus()
    press(till.qtbot, Qt.Key.Key_B, section.backup_dir, modifier=CTRL)
    till.settle()
    [made] = (tmp_path / "backups").glob("*.sqlite")
    press(till.qtbot, Qt.Key.Key_D, section.backup_dir, modifier=CTRL)
    till.settle(timeout_ms=15_000)
    assert section.drill_note.text().startswith("OK: ") and made.name in section.drill_note.text()
    save_png(section.window(), "settings_backups_drill_ok")

    made.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)  # the backup went bad since
    press(till.qtbot, Qt.Key.Key_D, section.backup_dir, modifier=CTRL)
    till.settle(timeout_ms=15_000)
    assert section.drill_note.text().startswith("FAILED")
    assert "Restore drill FAILED" in section.messages.text()
    save_png(section.window(), "settings_backups_drill_failed")

    reopened = _open(till)  # the result is stored: a manager opening the back office later sees it
    assert reopened.drill_note.text().startswith("FAILED")


def test_off_site_is_a_setting_of_the_backups_group(till: Till) -> None:
    section = _open(till)
    _group(till, section, 5)
    section.off_site.setCurrentIndex(section.off_site.findData("yes"))
    _save(till, section)
    assert _setting(till, "backup_off_site") == "yes"


def test_restoring_another_shops_backup_asks_a_second_question(till: Till, tmp_path: Path) -> None:
    import os

    section = _open(till)
    _group(till, section, 5)
    config = till.app.config
    theirs = tmp_path / "theirs.sqlite"
    with sqlite3.connect(config.db_path) as source, sqlite3.connect(theirs) as copy:
        source.backup(copy)
    with sqlite3.connect(theirs) as copy:
        copy.execute("UPDATE settings SET value = ? WHERE key = 'shop_id'", (str(uuid.uuid4()),))
        their_key = os.urandom(32)
        copy.execute("UPDATE settings SET value = ? WHERE key = 'card_key_ring'", (_fingerprint(their_key),))
    (tmp_path / "theirs.sqlite.key").write_bytes(their_key)
    ours = config.key_path.read_bytes()

    section.ask_restore(theirs)
    till.qtbot.waitUntil(lambda: section.confirm_box is not None and section.confirm_box.isVisible())
    first = section.confirm_box
    press(till.qtbot, Qt.Key.Key_Return, first)
    till.qtbot.waitUntil(lambda: section.confirm_box is not first and section.confirm_box.isVisible(),
                         timeout=15_000)
    assert "another shop's backup" in section.confirm_box.informativeText()
    assert config.key_path.read_bytes() == ours  # nothing replaced before the second answer
    save_png(section.confirm_box, "settings_restore_other_shop_question")
    press(till.qtbot, Qt.Key.Key_Return, section.confirm_box)
    till.settle(timeout_ms=15_000)
    assert "start it again" in section.messages.text() and "card key file replaced is kept" in section.messages.text()
    assert config.key_path.read_bytes() == their_key
    [kept] = config.data_dir.glob("card-signing.key.replaced-*")
    assert kept.read_bytes() == ours


def _fingerprint(key: bytes) -> str:
    from loyalty_pos.cards.key_ring import key_fingerprint

    return key_fingerprint(key)


def test_tab_from_the_group_list_lands_on_the_groups_first_field(till: Till) -> None:
    # The scroll area around each group took the focus itself: Tab went nowhere visible
    # and the arrow keys meant for a field scrolled the page instead.
    from PySide6.QtWidgets import QApplication, QScrollArea

    section = _open(till)
    for index, page in enumerate(section.pages):
        _group(till, section, index)
        press(till.qtbot, Qt.Key.Key_Tab, section.page_list)
        focused = QApplication.focusWidget()
        assert focused is not None and not isinstance(focused, QScrollArea), (page.title, focused)
        assert page.isAncestorOf(focused), (page.title, focused)


def test_the_kept_drill_result_reads_in_the_language_the_till_speaks(till: Till) -> None:
    record_drill(till.app.uow(), DrillResult(till.app.clock.now(), "/b/loyalty-manual.sqlite",
                                             (Problem("backup_without_key"),)))
    install_language("nb", "nb")
    section = _open(till)
    _group(till, section, 5)
    till.qtbot.waitUntil(lambda: "FAILED" not in section.drill_note.text() and "loyalty-manual" in section.drill_note.text())
    shown = section.drill_note.text()
    assert "ingen kortnøkkelfil" in shown and "no card key file" not in shown
    save_png(section.window(), "settings_backups_drill_failed_nb")
