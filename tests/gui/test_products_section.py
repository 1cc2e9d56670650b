"""The back office's Products section, driven with keys on the demo shop (51 products, NOK).

What the screen shows is compared with the SQLite file read directly.
"""

from __future__ import annotations

import csv
import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from loyalty_pos.gui.manager.products_section import ProductsSection
from loyalty_pos.gui.models.catalog_products_model import CatalogColumn
from loyalty_pos.services.program.product_csv import HEADER
from loyalty_pos.services.ports import Page
from tests.gui.back_office_support import CTRL, CTRL_SHIFT, TILL_SCREENS, open_section, open_section_on_screen
from tests.gui.conftest import Till, cut_cells
from tests.gui.keyboard import FORM_GAP_MS, focused, press, save_png, type_human
from tests.gui.section_support import SECTION_SIZE

ALT = Qt.KeyboardModifier.AltModifier
_PRODUCT = "SELECT code, name, category, unit_price, currency, tax_rate_bp, barcode, active FROM products"


def _section(till: Till, size: tuple[int, int] | None = SECTION_SIZE) -> ProductsSection:
    """Opened with the real keys; the back office grown so the section gets ``size``
    (None: the till's 1024x768, the smallest screen it runs on)."""
    section = open_section(till, "products")
    assert isinstance(section, ProductsSection)
    if size is not None:
        window = section.window()
        window.resize(window.width() + size[0] - section.width(), window.height() + size[1] - section.height())
        till.qtbot.waitUntil(lambda: (section.width(), section.height()) == size)
    till.settle()
    return section


def _rows(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as connection:
        return connection.execute(sql, params).fetchall()


def _product(till: Till, code: str) -> tuple | None:
    found = _rows(till, _PRODUCT + " WHERE code = ?", code)
    return found[0] if found else None


def _type(till: Till, text: str, widget: QWidget | None = None) -> None:
    type_human(till.qtbot, widget, text, FORM_GAP_MS)


def _key(till: Till, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    press(till.qtbot, key, modifier=modifier)
    till.settle()


def _replace(till: Till, field: QWidget, text: str) -> None:
    """Into ``field`` (focused with its label's Alt key), over what it held."""
    assert focused() is field or focused().parent() is field, focused()
    press(till.qtbot, Qt.Key.Key_A, modifier=CTRL)
    _type(till, text)


def _open_product(till: Till, section: ProductsSection, search: str, name: str) -> None:
    """Ctrl+F, type, Enter searches; arrows to ``name``; Enter opens it in the form."""
    _key(till, Qt.Key.Key_F, CTRL)
    _type(till, search)
    _key(till, Qt.Key.Key_Return)
    names = [section.model.row(row).name for row in range(section.model.rowCount())]
    assert name in names, names
    for _step in range(names.index(name)):
        press(till.qtbot, Qt.Key.Key_Down)
    _key(till, Qt.Key.Key_Return)
    assert section.form.loaded is not None and section.form.loaded.name == name


def _list_all(till: Till, section: ProductsSection) -> None:
    """Scrolled to the end, as a manager does, so the next page of the list is loaded."""
    section.search.table.scrollToBottom()
    till.qtbot.waitUntil(lambda: section.model.rowCount() > 50)
    till.settle()
    assert not section.model.canFetchMore(QModelIndex())


def _shown_text(section: ProductsSection, row: int, column: CatalogColumn) -> str:
    return section.model.index(row, column).data()


def test_the_list_shows_every_product_and_opens_one_in_the_form(till: Till, request) -> None:  # noqa: ANN001
    section = _section(till)
    expected = _rows(till, _PRODUCT + " ORDER BY name, code")
    assert len(expected) == 51 and section.model.rowCount() == 50  # a page of 50: the season's 51st follows
    _list_all(till, section)
    assert section.model.rowCount() == 51
    for row, (code, name, category, price, _currency, _tax, barcode, _active) in enumerate(expected):
        second_line = code + (f" · {barcode}" if barcode else "")
        assert _shown_text(section, row, CatalogColumn.PRODUCT) == f"{name}\n{second_line}"
        assert _shown_text(section, row, CatalogColumn.CATEGORY) == category
        assert _shown_text(section, row, CatalogColumn.PRICE) == f"NOK {price // 100:,}.{price % 100:02d}"

    _open_product(till, section, "capp", "Cappuccino")
    form = section.form
    code, name, category, price, _currency, tax, barcode, active = _product(till, "COF-CAP")
    assert (form.code.text(), form.name.text(), form.category.currentText(), form.barcode.text()) == \
        (code, name, category, barcode)
    assert form.price.text() == f"{price // 100}.{price % 100:02d}" and form.tax.text() == str(tax // 100)
    assert form.active.isChecked() == bool(active) and form.code.isReadOnly()
    assert focused() is form.name  # the code is the product's identity: the first thing to edit is the name
    assert not section.has_unsaved_changes()
    save_png(section, request.node.name)


def test_a_scanned_product_barcode_opens_that_product(till: Till) -> None:
    section = _section(till)
    assert section.accept_scanned_card("7040000000035")
    till.settle()
    assert section.form.loaded is not None and section.form.loaded.code == "COF-LAT"
    assert not section.accept_scanned_card("LP1:9400123412341238:ABCDEFGHIJKLMNOP")  # a member card: not ours


def test_a_manager_creates_a_product_in_a_new_category(till: Till) -> None:
    section = _section(till)
    _key(till, Qt.Key.Key_N, CTRL)
    assert focused() is section.form.code
    for text in ("TEA-GRN", "Green tea", "7040000009991", "tea", "29,90", "15"):
        _type(till, text)
        press(till.qtbot, Qt.Key.Key_Tab)
    assert section.form.category_hint.text() == "New category: added when you save."
    assert section.form.price_hint.text() == "Reads as NOK 29.90"
    assert section.has_unsaved_changes()
    press(till.qtbot, Qt.Key.Key_Return, section.form.tax)  # Enter in any field saves
    till.settle()
    assert _product(till, "TEA-GRN") == ("TEA-GRN", "Green tea", "tea", 2990, "NOK", 1500, "7040000009991", 1)
    assert _rows(till, "SELECT name FROM categories WHERE name = 'tea'") == [("tea",)]
    assert _rows(till, "SELECT count(*) FROM audit_log WHERE action = 'product_saved' AND details LIKE ?",
                 '%"TEA-GRN"%') == [(1,)]
    assert "Saved Green tea (TEA-GRN)." in section.messages.text()
    assert not section.has_unsaved_changes() and section.form.code.isReadOnly()
    codes = [section.model.row(row).code for row in range(section.model.rowCount())]
    assert "TEA-GRN" in codes and section.model.position_of("TEA-GRN") == section.search.current_row()
    assert "tea" in [section.form.category.itemText(i) for i in range(section.form.category.count())]


def test_a_manager_edits_a_price_and_is_asked_before_losing_an_edit(till: Till) -> None:
    section = _section(till)
    _open_product(till, section, "capp", "Cappuccino")
    press(till.qtbot, Qt.Key.Key_P, modifier=ALT)
    _replace(till, section.form.price, "52")
    assert section.has_unsaved_changes()
    _key(till, Qt.Key.Key_N, CTRL)  # a new product would drop the edit: asked first
    assert section.confirmation is not None and section.confirmation.isVisible()
    press(till.qtbot, Qt.Key.Key_Escape, section.confirmation)
    till.settle()
    assert section.confirmation is None and section.form.price.text() == "52"
    _key(till, Qt.Key.Key_S, CTRL)
    before = ("COF-CAP", "Cappuccino", "coffee", 5200, "NOK", 1500, "7040000000028", 1)
    assert _product(till, "COF-CAP") == before
    row = section.model.position_of("COF-CAP")
    assert _shown_text(section, row, CatalogColumn.PRICE) == "NOK 52.00"

    press(till.qtbot, Qt.Key.Key_N, modifier=ALT)
    _replace(till, section.form.name, "Cappuccino XL")
    _key(till, Qt.Key.Key_N, CTRL)
    assert section.confirmation is not None
    press(till.qtbot, Qt.Key.Key_Return, section.confirmation)  # discard
    till.settle()
    assert section.form.loaded is None and section.form.name.text() == ""
    assert _product(till, "COF-CAP") == before


def test_what_cannot_be_saved_is_said_under_its_field(till: Till, request) -> None:  # noqa: ANN001
    section = _section(till)
    form = section.form
    count = _rows(till, "SELECT count(*) FROM products")
    _key(till, Qt.Key.Key_N, CTRL)
    for text in ("NEW-1", "", "", "coffee", "abc1,2,3", "250"):  # the price field drops the letters
        _type(till, text)
        press(till.qtbot, Qt.Key.Key_Tab)
    assert form.price.text() == "1,2,3"
    _key(till, Qt.Key.Key_S, CTRL)
    assert form.errors["price"].isVisible() and "'1,2,3' has misplaced thousands separators" in form.errors["price"].text()
    assert "more than 100 %" in form.errors["tax"].text()
    assert focused() is form.price
    save_png(section, request.node.name)

    _replace(till, form.price, "12,345")  # grouped thousands: twelve thousand kroner, and said so
    assert form.price_hint.text() == "Reads as NOK 12,345.00" and not form.errors["price"].isVisible()
    press(till.qtbot, Qt.Key.Key_X, modifier=ALT)
    _replace(till, form.tax, "25")
    _key(till, Qt.Key.Key_S, CTRL)
    assert form.errors["name"].text() == "A product needs a name"  # the service's refusal
    assert focused() is form.name
    _type(till, "Filter coffee")
    press(till.qtbot, Qt.Key.Key_B, modifier=ALT)
    _type(till, "7040000000028")  # Cappuccino's
    _key(till, Qt.Key.Key_S, CTRL)
    assert "Barcode 7040000000028 is on Cappuccino" in form.errors["barcode"].text()
    press(till.qtbot, Qt.Key.Key_C, modifier=ALT)
    _replace(till, form.code, "COF-CAP")
    press(till.qtbot, Qt.Key.Key_B, modifier=ALT)
    _replace(till, form.barcode, "")
    press(till.qtbot, Qt.Key.Key_Backspace)
    _key(till, Qt.Key.Key_S, CTRL)
    assert form.errors["code"].text() == "Code COF-CAP is already Cappuccino"
    assert _rows(till, "SELECT count(*) FROM products") == count
    assert _product(till, "COF-CAP")[1] == "Cappuccino"

    press(till.qtbot, Qt.Key.Key_C, modifier=ALT)
    _replace(till, form.code, "COF-FLT")
    _key(till, Qt.Key.Key_S, CTRL)
    assert _product(till, "COF-FLT") == ("COF-FLT", "Filter coffee", "coffee", 1_234_500, "NOK", 2500, None, 1)
    assert not any(label.isVisible() for label in form.errors.values())


def test_deactivating_asks_first_and_the_product_stays_listed_to_be_sold_again(
        till: Till, request) -> None:  # noqa: ANN001
    section = _section(till)
    _open_product(till, section, "capp", "Cappuccino")
    _key(till, Qt.Key.Key_D, CTRL)
    assert section.confirmation is not None and section.confirmation.text() == "Deactivate Cappuccino?"
    save_png(section.confirmation, request.node.name + "_confirm")
    press(till.qtbot, Qt.Key.Key_Escape, section.confirmation)
    till.settle()
    assert _product(till, "COF-CAP")[-1] == 1
    press(till.qtbot, Qt.Key.Key_X, modifier=ALT)
    press(till.qtbot, Qt.Key.Key_Tab)
    assert focused() is section.form.active
    _key(till, Qt.Key.Key_Delete)  # Del does it too, where it deletes no text
    assert section.confirmation is not None
    press(till.qtbot, Qt.Key.Key_Return, section.confirmation)
    till.settle()
    assert _product(till, "COF-CAP")[-1] == 0
    row = section.model.position_of("COF-CAP")
    assert _shown_text(section, row, CatalogColumn.PRODUCT).startswith("Cappuccino\nInactive · COF-CAP")
    assert not section.form.active.isChecked() and not section.deactivate_button.isEnabled()
    assert "Inactive" in section.form.note.text()
    save_png(section, request.node.name)

    press(till.qtbot, Qt.Key.Key_A, modifier=ALT)  # the Active box's mnemonic ticks it (an animated click)
    till.qtbot.waitUntil(section.form.active.isChecked)
    _key(till, Qt.Key.Key_S, CTRL)
    assert _product(till, "COF-CAP")[-1] == 1
    assert "Inactive" not in _shown_text(section, section.model.position_of("COF-CAP"), CatalogColumn.PRODUCT)


def _csv(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "products.csv"
    path.write_text("\n".join([",".join(HEADER), *lines]) + "\n", encoding="utf-8")
    return path


BAD_ROW_FILE = (
    "NEW-1,Rhubarb juice,beverages,39.90,NOK,1500,7040000001001,true",
    "NEW-2,Lefse,bakery,12.345,NOK,1500,,true",  # three decimals: NOK has two
    "NEW-3,Flatbread,bakery,24.00,NOK,1500,,maybe",
)


def test_an_import_with_bad_rows_imports_nothing_when_cancelled(
        till: Till, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request) -> None:  # noqa: ANN001
    section = _section(till)
    path = _csv(tmp_path, *BAD_ROW_FILE)
    asked: list[str] = []

    def chosen(*args: object) -> tuple[str, str]:
        asked.append(str(args[1]))
        return str(path), "CSV files (*.csv)"

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chosen)
    before = _rows(till, _PRODUCT + " ORDER BY code")
    _key(till, Qt.Key.Key_I, CTRL)  # the real key path opens the file dialog
    assert asked == ["Import products from CSV"]
    dialog = section.csv.report_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    shown = [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]
    assert [(line, column) for line, column, _message in shown] == [("3", "unit_price"), ("4", "active")]
    assert "NOK has 2 decimals" in shown[0][2] and "'maybe' is not true or false" in shown[1][2]
    assert dialog.import_button.text() == "Enter\nImport the 1 good row"
    save_png(dialog, request.node.name)
    press(till.qtbot, Qt.Key.Key_Escape, dialog)
    till.settle()
    assert section.csv.report_dialog is None
    assert _rows(till, _PRODUCT + " ORDER BY code") == before
    assert "nothing was imported" in section.messages.text()


def test_an_import_with_bad_rows_can_import_the_good_ones(till: Till, tmp_path: Path) -> None:
    section = _section(till)
    heard: list[tuple[str, int, int]] = []
    section.csv.progress_heard.connect(lambda *report: heard.append(report))
    section.csv.import_file(_csv(tmp_path, *BAD_ROW_FILE))
    till.settle()
    dialog = section.csv.report_dialog
    assert dialog is not None
    press(till.qtbot, Qt.Key.Key_Return, dialog)
    till.settle()
    assert _product(till, "NEW-1") == ("NEW-1", "Rhubarb juice", "beverages", 3990, "NOK", 1500, "7040000001001", 1)
    assert _product(till, "NEW-2") is None and _product(till, "NEW-3") is None
    assert section.messages.text() == "Products imported from products.csv: 1. Rows left out, with problems: 2."
    assert section.model.position_of("NEW-1") >= 0  # the list follows
    assert heard[-1] == ("saving", 1, 1) and not section.csv.bar.isVisible()


def test_a_long_import_shows_progress_and_a_clean_file_is_imported_at_once(
        till: Till, tmp_path: Path, request) -> None:  # noqa: ANN001
    section = _section(till)
    rows = [f"BULK-{n:04d},Bulk item {n},bulk,{n}.50,NOK,2500,,true" for n in range(1, 451)]
    heard: list[tuple[str, int, int]] = []
    section.csv.progress_heard.connect(lambda *report: heard.append(report))
    section.csv.import_file(_csv(tmp_path, *rows))
    assert section.csv.bar.isVisible() and not section.csv.import_button.isEnabled()  # while it works
    save_png(section, request.node.name)
    till.settle()
    assert heard[:4] == [("checking", 100, 450), ("checking", 200, 450), ("checking", 300, 450),
                         ("checking", 400, 450)]
    assert heard[-1] == ("saving", 450, 450)
    assert section.csv.report_dialog is None
    assert section.messages.text() == "Products imported from products.csv: 450."
    assert _rows(till, "SELECT count(*), sum(unit_price) FROM products WHERE category = 'bulk'") == \
        [(450, sum(n * 100 + 50 for n in range(1, 451)))]
    assert not section.csv.bar.isVisible() and section.csv.import_button.isEnabled()


def test_export_writes_every_product_and_reads_back(
        till: Till, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = _section(till)
    target = tmp_path / "out" / "catalog"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), "CSV files (*.csv)"))
    _key(till, Qt.Key.Key_E, CTRL)
    written = target.with_suffix(".csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER
    stored = _rows(till, _PRODUCT + " ORDER BY name, code")
    assert [row[0] for row in rows[1:]] == [product[0] for product in stored]
    for row, (code, name, category, price, currency, tax, barcode, active) in zip(rows[1:], stored, strict=True):
        assert row == [code, name, category, f"{price // 100}.{price % 100:02d}", currency, str(tax), barcode or "",
                       "true" if active else "false"]
    assert section.messages.text() == f"Products exported to {written}: 51."


def test_export_onto_a_link_to_the_database_is_refused_and_the_database_stays(
        till: Till, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = _section(till)
    database = till.app.config.db_path
    link = tmp_path / "catalog.csv"
    os.link(database, link)  # a hard link: another name for the very same file
    before = database.read_bytes()[:100]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(link), "CSV files (*.csv)"))
    _key(till, Qt.Key.Key_E, CTRL)
    till.settle()
    assert "Not writing" in section.messages.text() and "the shop's database" in section.messages.text()
    assert database.read_bytes()[:100] == before and link.stat().st_ino == database.stat().st_ino


def test_categories_are_added_and_only_unused_ones_removed(till: Till, request) -> None:  # noqa: ANN001
    section = _section(till)
    panel = section.categories
    counts = dict(_rows(till, "SELECT category, count(*) FROM products GROUP BY category"))
    assert [panel.list.item(row).text() for row in range(panel.list.count())] == \
        [f"{name}  ({counts.get(name, 0)} product{'' if counts.get(name, 0) == 1 else 's'})"
         for (name,) in _rows(till, "SELECT name FROM categories ORDER BY name")]
    _key(till, Qt.Key.Key_K, CTRL)
    assert focused() is panel.new_name and section.tabs.currentIndex() == 1
    _type(till, "garden")
    _key(till, Qt.Key.Key_Return)
    assert _rows(till, "SELECT name FROM categories WHERE name = 'garden'") == [("garden",)]
    assert panel.current_name() == "garden" and "garden  (0 products)" in [
        panel.list.item(row).text() for row in range(panel.list.count())]
    _type(till, "garden", panel.new_name)
    _key(till, Qt.Key.Key_Return)
    assert panel.error.text() == "Category garden already exists"

    panel.list.setFocus()
    _type(till, "cof")  # the list's own type-to-find
    assert panel.current_name() == "coffee"
    _key(till, Qt.Key.Key_D, CTRL_SHIFT)
    assert panel.error.isVisible() and f"still has {counts['coffee']} products" in panel.error.text()
    save_png(section, request.node.name)
    assert _rows(till, "SELECT count(*) FROM categories WHERE name = 'coffee'") == [(1,)]

    till.qtbot.wait(QApplication.keyboardInputInterval() + 50)  # a new type-to-find, not "cofgar"
    _type(till, "gar")
    assert panel.current_name() == "garden"
    _key(till, Qt.Key.Key_Delete)  # Del in the list removes the chosen category
    assert _rows(till, "SELECT count(*) FROM categories WHERE name = 'garden'") == [(0,)]
    assert "garden" not in [panel.list.item(row).text() for row in range(panel.list.count())]
    assert "Category garden removed." in section.messages.text()


def test_the_section_fits_the_smallest_till_screen(till: Till, request) -> None:  # noqa: ANN001
    section = _section(till, None)
    assert section.search.table.isColumnHidden(CatalogColumn.CATEGORY)  # the names get the room
    save_png(section.window(), request.node.name)


@pytest.mark.parametrize("size", TILL_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_code_and_barcode_shows_whole_on_a_till_screen(
        till: Till, size: tuple[int, int], request) -> None:  # noqa: ANN001
    section = open_section_on_screen(till, "products", size)
    assert isinstance(section, ProductsSection)
    _list_all(till, section)
    assert section.model.rowCount() == 51
    save_png(section.window(), request.node.name)
    assert cut_cells(section.search.table) == []


def test_an_empty_product_list_says_how_to_fill_it(till: Till) -> None:
    # A new shop opened the section on "No matches for “”."
    section = _section(till)
    section._found("", False, Page(rows=(), next_cursor=None))  # noqa: SLF001 - what a new shop's search returns
    assert section.search.status.text() == "No products yet: Ctrl+N adds one, Ctrl+I imports a CSV file."
    section.search.box.setText("zzz")  # a search that finds nothing still says so
    section._found("zzz", False, Page(rows=(), next_cursor=None))  # noqa: SLF001
    assert section.search.status.text() == "No matches for “zzz”."
