"""Products CSV export/import and deactivation on the demo shop (51 products, NOK)."""

from __future__ import annotations

import csv
import sqlite3
import uuid
from pathlib import Path

import pytest

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import NotFound, PermissionDenied, ValidationError
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.program.catalog import deactivate_product, save_product
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.program.product_csv import HEADER, export_products, format_price, import_products
from tests.integration.conftest import Shop

HEAD = ",".join(HEADER)


def _products(shop: Shop) -> dict[str, Product]:
    found: dict[str, Product] = {}
    cursor = None
    with shop.uow(readonly=True) as uow:
        while True:
            page = uow.products.search("", cursor=cursor, limit=7)
            found.update({p.code: p for p in page.rows})
            if (cursor := page.next_cursor) is None:
                return found


def _audit_count(shop: Shop, action: str) -> int:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]


def _write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / f"{uuid.uuid4().hex}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_prices_are_written_in_major_units_with_the_currency_decimals() -> None:
    assert format_price(4500, "NOK") == "45.00"
    assert format_price(5, "NOK") == "0.05"
    assert format_price(15000, "IDR") == "15000"
    assert format_price(1234, "KWD") == "1.234"


def test_round_trip_export_import_export(shop: Shop, tmp_path: Path) -> None:
    deactivate_product(shop.uow(), "TOB-CIG", actor=shop.manager, clock=shop.clock)
    before = _products(shop)
    first = tmp_path / "products.csv"
    assert export_products(shop.uow(readonly=True), first) == len(before) == 51
    with first.open(encoding="utf-8-sig", newline="") as handle:  # the BOM spreadsheets read UTF-8 by
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER
    cap = next(row for row in rows if row[0] == "COF-CAP")
    assert cap == ["COF-CAP", "Cappuccino", "coffee", "45.00", "NOK", "1500", "7040000000028", "true"]
    assert next(row for row in rows if row[0] == "TOB-CIG")[-1] == "false"

    report = import_products(shop.uow(), first, mode="all_or_nothing", actor=shop.manager, clock=shop.clock)
    assert report.ok and (report.rows, report.saved) == (51, 51)
    assert _products(shop) == before
    second = tmp_path / "again.csv"
    export_products(shop.uow(readonly=True), second)
    assert second.read_bytes() == first.read_bytes()
    assert _audit_count(shop, "product_saved") == 51 + 51  # the demo install, then the import
    assert check_file(shop.app.config.db_path).ok  # the audit chain still verifies


def _one_bad_price(tmp_path: Path) -> Path:
    return _write(
        tmp_path, HEAD,
        "NEW-1,Rhubarb juice,beverages,39.90,NOK,1500,7040000001001,true",
        "NEW-2,Lefse,bakery,12.345,NOK,1500,,true",  # three decimals: NOK has two
        "COF-CAP,Cappuccino large,coffee,52.00,nok,1500,7040000000028,",
    )


def test_one_bad_price_keeps_the_whole_file_out_in_all_or_nothing(shop: Shop, tmp_path: Path) -> None:
    before = _products(shop)
    report = import_products(shop.uow(), _one_bad_price(tmp_path), mode="all_or_nothing",
                             actor=shop.manager, clock=shop.clock)
    assert (report.rows, report.saved) == (3, 0)
    assert [(e.line, e.column, e.code) for e in report.errors] == [(3, "unit_price", "bad_price")]
    assert "NOK has 2 decimals" in report.errors[0].message
    assert _products(shop) == before
    assert _audit_count(shop, "products_imported") == 0


def test_good_rows_are_saved_and_the_bad_one_reported(shop: Shop, tmp_path: Path) -> None:
    report = import_products(shop.uow(), _one_bad_price(tmp_path), mode="good_rows",
                             actor=shop.manager, clock=shop.clock)
    assert (report.rows, report.saved) == (3, 2)
    assert [(e.line, e.column) for e in report.errors] == [(3, "unit_price")]
    products = _products(shop)
    assert products["NEW-1"] == Product("NEW-1", "Rhubarb juice", "beverages", 3990, "NOK", 1500, "7040000001001")
    assert (products["COF-CAP"].name, products["COF-CAP"].unit_price) == ("Cappuccino large", 5200)
    assert "NEW-2" not in products
    assert _audit_count(shop, "products_imported") == 1
    # The imported product sells at once.
    member = shop.enrol()
    sale = Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("NEW-1", 1),))
    assert checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock).receipt.total == 3990


def test_every_problem_is_reported_with_its_line_and_column(shop: Shop, tmp_path: Path) -> None:
    path = _write(
        tmp_path, HEAD,
        "A-1,Apple,produce,10.00,NOK,1500,111,true",
        '"A-2","Multi',
        'line name",produce,1O.00,NOK,1500,222,yes',  # letter O in the price; the row spans lines 3-4
        "A-1,Apple again,produce,11.00,NOK,1500,333,true",  # duplicate code
        "",
        "A-3,Pear,produce,9.00,XXX,1500,111,maybe",  # unknown currency, bad flag
        "A-4,Plum,produce,9.00,NOK,1500,111,true",  # barcode already on line 2
        "A-5,,produce,-1.00,NOK,20000,7040000000028,true",  # no name, negative price, barcode of Cappuccino
        "A-6,Fig,produce,9.00,NOK",
    )
    report = import_products(shop.uow(), path, mode="good_rows", actor=shop.manager, clock=shop.clock)
    assert [(e.line, e.column, e.code) for e in report.errors] == [
        (4, "unit_price", "bad_price"),
        (5, "code", "duplicate_code"),
        (7, "currency", "bad_currency"),
        (7, "active", "bad_flag"),
        (8, "barcode", "duplicate_barcode"),
        (9, "name", "required"),
        (9, "unit_price", "bad_price"),
        (9, "tax_rate_bp", "bad_tax_rate"),
        (10, "row", "bad_column_count"),
    ]
    assert "also on line 2" in report.errors[1].message
    assert (report.rows, report.saved) == (7, 1)  # the blank line 6 is not a row
    assert {code for code in _products(shop) if code.startswith("A-")} == {"A-1"}


def test_negative_price_and_a_barcode_on_another_product_are_refused(shop: Shop, tmp_path: Path) -> None:
    path = _write(tmp_path, HEAD, "B-1,Bread,bakery,-1.00,NOK,1500,,true",
                  "B-2,Bread,bakery,1.00,NOK,1500,7040000000028,true")
    report = import_products(shop.uow(), path, mode="good_rows", actor=shop.manager, clock=shop.clock)
    assert [(e.line, e.column, e.code) for e in report.errors] == [
        (2, "unit_price", "bad_price"), (3, "barcode", "barcode_in_use"),
    ]
    assert "Cappuccino" in report.errors[1].message and report.saved == 0


def test_a_wrong_header_keeps_everything_out(shop: Shop, tmp_path: Path) -> None:
    path = _write(tmp_path, "code,name,price", "X,Y,1.00")
    report = import_products(shop.uow(), path, mode="good_rows", actor=shop.manager, clock=shop.clock)
    assert report.saved == 0 and [(e.line, e.column, e.code) for e in report.errors] == [(1, "header", "bad_header")]
    assert "missing: category, unit_price" in report.errors[0].message and "unknown: price" in report.errors[0].message


def test_import_and_deactivation_are_for_managers_only(shop: Shop, tmp_path: Path) -> None:
    before = _products(shop)
    with pytest.raises(PermissionDenied):
        import_products(shop.uow(), _one_bad_price(tmp_path), mode="good_rows", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(PermissionDenied):
        deactivate_product(shop.uow(), "COF-CAP", actor=shop.cashier, clock=shop.clock)
    assert _products(shop) == before
    with pytest.raises(ValidationError) as bad_mode:
        import_products(shop.uow(), _one_bad_price(tmp_path), mode="some", actor=shop.manager,  # type: ignore[arg-type]
                        clock=shop.clock)
    assert bad_mode.value.code == "bad_import_mode"
    with pytest.raises(ValidationError) as missing:
        import_products(shop.uow(), tmp_path / "nope.csv", mode="good_rows", actor=shop.manager, clock=shop.clock)
    assert missing.value.code == "csv_unreadable"


def test_a_deactivated_product_stays_listed_but_is_no_longer_sold(shop: Shop) -> None:
    product = deactivate_product(shop.uow(), "COF-CAP", actor=shop.manager, clock=shop.clock)
    assert not product.active and not _products(shop)["COF-CAP"].active
    again = deactivate_product(shop.uow(), "COF-CAP", actor=shop.manager, clock=shop.clock)
    assert again == product and _audit_count(shop, "product_deactivated") == 1
    with pytest.raises(ValidationError) as refused:
        checkout(shop.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-CAP", 1),)),
                 actor=shop.cashier, clock=shop.clock)
    assert refused.value.code == "product_inactive"
    with pytest.raises(NotFound):
        deactivate_product(shop.uow(), "NOPE", actor=shop.manager, clock=shop.clock)
    save_product(shop.uow(), Product("COF-CAP", "Cappuccino", "coffee", 4500, "NOK", 1500, "7040000000028"),
                 actor=shop.manager, clock=shop.clock)
    assert _products(shop)["COF-CAP"].active


def test_a_norwegian_export_opens_in_a_norwegian_spreadsheet_and_reads_back(shop: Shop, tmp_path: Path) -> None:
    before = _products(shop)
    out = tmp_path / "produkter.csv"
    export_products(shop.uow(readonly=True), out, language="nb")
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == ";".join(HEADER)
    cap = next(line for line in text.splitlines() if line.startswith("COF-CAP;"))
    assert cap == "COF-CAP;Cappuccino;coffee;45,00;NOK;1500;7040000000028;true"
    report = import_products(shop.uow(), out, mode="all_or_nothing", actor=shop.manager, clock=shop.clock)
    assert report.ok and report.rows == len(before)
    assert _products(shop) == before
