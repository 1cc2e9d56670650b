"""Products to and from CSV, with a row-by-row error report a manager can fix the file from.

The file format is the export's: a header naming the columns (any order on
import), prices in major units with the currency's decimals (``45.00`` NOK,
``15000`` IDR), ``active`` as true/false. The export writes as a spreadsheet of the
shop's locale reads (``i18n.csv_files``: ``;`` and ``45,00`` in nb); the import reads
either separator and either decimal mark. Import checks every row before saving
any: in ``all_or_nothing`` one bad row keeps the whole file out; in ``good_rows``
the good rows are saved (in one transaction) and the bad ones reported.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.events import ProductSaved, ProductsImported
from loyalty_pos.domain.money import Money, currency_exponent
from loyalty_pos.i18n.csv_files import BOM_ENCODING, amount_text, sniff_delimiter, write_rows
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring

HEADER = ("code", "name", "category", "unit_price", "currency", "tax_rate_bp", "barcode", "active")
ImportMode = Literal["all_or_nothing", "good_rows"]
ImportStage = Literal["checking", "saving"]
Progress = Callable[[ImportStage, int, int], None]  # stage, rows done, rows in the stage
PROGRESS_EVERY = 100
MODES: tuple[ImportMode, ...] = ("all_or_nothing", "good_rows")
_PAGE = 200
_TRUE, _FALSE = ("true", "yes", "1"), ("false", "no", "0")
# Which column a Product validation error belongs to, by its code.
_COLUMN_OF_CODE = {"product_code_required": "code", "bad_price": "unit_price", "bad_tax_rate": "tax_rate_bp"}


@dataclass(frozen=True, slots=True)
class RowError:
    line: int  # line number in the file, the header being line 1
    column: str  # a column name, or "row" / "header" for the whole line
    code: str  # stable, for translation
    message: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    mode: ImportMode
    rows: int  # data rows read
    saved: int
    errors: tuple[RowError, ...]  # by line, then column order

    @property
    def ok(self) -> bool:
        return not self.errors


def format_price(minor: int, currency: str) -> str:
    """Major units with exactly the currency's decimals and no grouping: what ``Money.parse`` reads back."""
    exponent = currency_exponent(currency)
    units, fraction = divmod(minor, 10**exponent)
    return f"{units}.{fraction:0{exponent}d}" if exponent else str(units)


def _iter_products(uow: UnitOfWork) -> Iterator[Product]:
    cursor: str | None = None
    while True:
        page = uow.products.search("", cursor=cursor, limit=_PAGE)
        yield from page.rows
        cursor = page.next_cursor
        if cursor is None:
            return


def export_products(uow: UnitOfWork, out_path: Path, *, language: str = "en") -> int:
    """Every product, active or not, by name, as ``language``'s spreadsheets read CSV;
    returns how many were written."""
    out_path = Path(out_path)
    partial = out_path.with_name(out_path.name + ".part")
    try:
        with uow, partial.open("w", encoding=BOM_ENCODING, newline="") as handle:
            count = write_rows(handle, HEADER, (
                (product.code, product.name, product.category,
                 amount_text(product.unit_price, currency_exponent(product.currency), language), product.currency,
                 product.tax_rate_bp, product.barcode or "", "true" if product.active else "false")
                for product in _iter_products(uow)), language)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise ValidationError(code="csv_unwritable", template="Cannot write {out_path}: {reason}",
                              out_path=out_path, reason=error.strerror) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(out_path)  # a crash mid-export never leaves a half file under the real name
    return count


@dataclass(frozen=True, slots=True)
class _Row:
    line: int
    product: Product | None
    errors: tuple[RowError, ...]


def _price(text: str, currency: str, problem: Callable[[str, str, str], None]) -> int | None:
    """A file is not a person typing: ``12.345`` kroner is a mistake here, not 12,345 kroner
    with a thousands point, so only plain digits and the currency's decimals are read."""
    exponent = currency_exponent(currency)
    if text.startswith("-"):
        problem("unit_price", "bad_price", "a price cannot be negative")
        return None
    pattern = rf"\d+([.,]\d{{1,{exponent}}})?" if exponent else r"\d+"
    if not re.fullmatch(pattern, text):
        example = format_price(4500 * 10**exponent // 100, currency)
        problem("unit_price", "bad_price",
                f"{text!r} is not a price like {example}: {currency} has {exponent} decimals, no thousands separators")
        return None
    try:
        return Money.parse(text, currency).minor
    except ValidationError as error:  # digits past what the store can hold
        problem("unit_price", "bad_price", error.message)
        return None


def _parse_row(line: int, values: dict[str, str]) -> _Row:
    errors: list[RowError] = []

    def problem(column: str, code: str, message: str) -> None:
        errors.append(RowError(line, column, code, message))

    text = {name: (values.get(name) or "").strip() for name in HEADER}
    for column in ("code", "name", "category"):
        if not text[column]:
            problem(column, "required", f"{column} is empty")
    currency = text["currency"].upper()
    price: int | None = None
    try:
        currency_exponent(currency)
    except ValidationError:
        problem("currency", "bad_currency", f"unknown currency {text['currency']!r}")
    else:
        price = _price(text["unit_price"], currency, problem)
    tax_rate = 0
    if text["tax_rate_bp"]:
        rate = text["tax_rate_bp"]
        # ASCII and short: "²" is a digit to isdigit() but not to int(), and 10000 has five.
        tax_rate = int(rate) if rate.isascii() and rate.isdigit() and len(rate) <= 5 else -1
        if not 0 <= tax_rate <= 10_000:
            problem("tax_rate_bp", "bad_tax_rate",
                    f"{text['tax_rate_bp']!r} is not a tax rate in basis points from 0 to 10000 (2500 = 25 %)")
    active = True
    if text["active"]:
        flag = text["active"].lower()
        if flag not in _TRUE + _FALSE:
            problem("active", "bad_flag", f"{text['active']!r} is not true or false")
        active = flag in _TRUE
    if errors or price is None:
        return _Row(line, None, tuple(errors))
    try:
        product = Product(text["code"], text["name"], text["category"], price, currency, tax_rate,
                          text["barcode"] or None, active)
    except ValidationError as error:
        problem(_COLUMN_OF_CODE.get(error.code, "row"), error.code, error.message)
        return _Row(line, None, tuple(errors))
    return _Row(line, product, ())


def _read(path: Path) -> tuple[list[_Row], list[RowError]]:
    """The parsed rows, and file-level problems (header) that keep every row out."""
    try:
        handle = Path(path).open(encoding="utf-8-sig", newline="")  # utf-8-sig: spreadsheets add a BOM
    except OSError as error:
        raise ValidationError(code="csv_unreadable", template="Cannot open {path}: {reason}",
                              path=path, reason=error.strerror) from None
    rows: list[_Row] = []
    with handle:
        try:
            delimiter = sniff_delimiter(handle.readline())
            handle.seek(0)
            reader = csv.reader(handle, delimiter=delimiter)
            header = [name.strip().lower() for name in next(reader, [])]
            missing = [name for name in HEADER if name not in header]
            unknown = [name for name in header if name not in HEADER]
            if missing or unknown or len(set(header)) != len(header):
                message = "the header must name the columns " + ",".join(HEADER)
                if missing:
                    message += f"; missing: {', '.join(missing)}"
                if unknown:
                    message += f"; unknown: {', '.join(unknown)}"
                return [], [RowError(1, "header", "bad_header", message)]
            for values in reader:
                line = reader.line_num
                if not any(value.strip() for value in values):
                    continue  # blank lines are not rows
                if len(values) != len(header):
                    rows.append(_Row(line, None, (RowError(
                        line, "row", "bad_column_count", f"{len(values)} values for {len(header)} columns"),)))
                    continue
                rows.append(_parse_row(line, dict(zip(header, values, strict=True))))
        except UnicodeDecodeError:
            raise ValidationError(code="csv_unreadable", template="{path} is not UTF-8 text", path=path) from None
        except csv.Error as error:
            raise ValidationError(code="csv_unreadable", template="{path}: {error}", path=path, error=error) from None
    return rows, []


def _duplicates(rows: list[_Row]) -> dict[int, list[RowError]]:
    """Within the file, a code or barcode may appear once; later lines are the errors."""
    found: dict[int, list[RowError]] = {}
    first_code: dict[str, int] = {}
    first_barcode: dict[str, int] = {}
    for row in rows:
        if row.product is None:
            continue
        product = row.product
        if product.code in first_code:
            found.setdefault(row.line, []).append(RowError(
                row.line, "code", "duplicate_code", f"code {product.code} is also on line {first_code[product.code]}"))
        else:
            first_code[product.code] = row.line
        if product.barcode:
            if product.barcode in first_barcode:
                found.setdefault(row.line, []).append(RowError(
                    row.line, "barcode", "duplicate_barcode",
                    f"barcode {product.barcode} is also on line {first_barcode[product.barcode]}"))
            else:
                first_barcode[product.barcode] = row.line
    return found


def _barcode_taken(uow: UnitOfWork, row: _Row) -> RowError | None:
    product = row.product
    if product is None or not product.barcode:
        return None
    holder = uow.products.by_barcode(product.barcode)
    if holder is None or holder.code == product.code:
        return None
    return RowError(row.line, "barcode", "barcode_in_use", f"barcode {product.barcode} is on {holder.name}")


def import_products(
    uow: UnitOfWork, path: Path, *, mode: ImportMode, actor: Actor, clock: Clock,
    progress: Progress | None = None,
) -> ImportReport:
    """Create or update products from a CSV file; each saved product is audited like ``save_product``.

    ``progress(stage, done, total)`` hears how far checking the rows, then saving
    the good ones, has come (every ``PROGRESS_EVERY`` rows and at each stage's end),
    so a screen can show a long file moving."""
    tell = progress or (lambda _stage, _done, _total: None)
    actor.require_manager("Importing products")
    if mode not in MODES:
        raise ValidationError(code="bad_import_mode", template="Import mode must be one of {modes}",
                              modes=', '.join(MODES))
    rows, file_errors = _read(path)
    if file_errors:
        return ImportReport(mode, 0, 0, tuple(file_errors))
    duplicates = _duplicates(rows)
    now: datetime = clock.now()
    with uow:
        require_authoring(uow, "Importing products")
        errors: list[RowError] = []
        good: list[Product] = []
        for done, row in enumerate(rows, start=1):
            if done % PROGRESS_EVERY == 0:
                tell("checking", done, len(rows))
            problems = list(row.errors) + duplicates.get(row.line, [])
            taken = _barcode_taken(uow, row) if not problems else None
            if taken is not None:
                problems.append(taken)
            if problems:
                errors += problems
            elif row.product is not None:
                good.append(row.product)
        tell("checking", len(rows), len(rows))
        if errors and mode == "all_or_nothing":
            return ImportReport(mode, len(rows), 0, tuple(errors))
        for done, product in enumerate(good, start=1):
            if done % PROGRESS_EVERY == 0:
                tell("saving", done, len(good))
            uow.products.upsert(product)
            record(uow, actor, ProductSaved(product), now)
        record(uow, actor, ProductsImported(Path(path).name, mode, len(rows), len(good), len(errors)), now)
        uow.commit()
        tell("saving", len(good), len(good))
    return ImportReport(mode, len(rows), len(good), tuple(errors))
