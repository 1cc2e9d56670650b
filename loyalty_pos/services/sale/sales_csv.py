"""Sales kept by another register, read from its CSV export, row by row.

Registers export in the shop's locale: a byte-order mark from spreadsheet
programs, ``;`` between fields where the comma is the decimal separator, and
``12,50`` as often as ``12.50``. Every row is checked on its own so the report
names each bad line and column; nothing here touches the store.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, time

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money

# Accepted spellings of each column, lower case; the first is what an export writes.
_ALIASES: dict[str, tuple[str, ...]] = {
    "card": ("card", "card_number", "member_card"),
    "phone": ("phone", "mobile", "telephone"),
    "amount": ("amount", "total", "sum"),
    "date": ("date",),
    "time": ("time",),
    "receipt": ("receipt", "receipt_no", "receipt_number", "ref"),
    "register": ("register", "terminal", "till"),
    "category": ("category",),
}
_REQUIRED = ("amount", "date", "receipt")
HEADER = ("card", "phone", "amount", "date", "time", "receipt", "register", "category")


@dataclass(frozen=True, slots=True)
class SalesRow:
    line: int  # line number in the file, the header being line 1
    card: str | None
    phone: str | None
    amount_minor: int
    on: date
    at_time: time | None
    receipt: str
    register: str  # "" when the file names none: one register
    category: str | None


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    column: str  # a column name, or "header" / "row" / "file"
    code: str
    message: str


@dataclass(frozen=True, slots=True)
class ParsedSales:
    rows: tuple[SalesRow, ...]
    problems: tuple[RowProblem, ...]


def _dialect(text: str) -> str:
    """``;`` when the header line has more of them than commas: decimal-comma locales."""
    first = text.split("\n", 1)[0]
    return ";" if first.count(";") > first.count(",") else ","


def _columns(header: list[str]) -> tuple[dict[str, int], list[RowProblem]]:
    found: dict[str, int] = {}
    problems = []
    for index, name in enumerate(header):
        key = name.strip().lower().replace(" ", "_")
        for column, spellings in _ALIASES.items():
            if key in spellings and column not in found:
                found[column] = index
    for column in _REQUIRED:
        if column not in found:
            problems.append(RowProblem(1, "header", "missing_column", f"The header has no {column!r} column"))
    if "card" not in found and "phone" not in found:
        problems.append(RowProblem(1, "header", "missing_column", "The header needs a 'card' or a 'phone' column"))
    return found, problems


def _parse_date(text: str) -> date:
    """ISO (2026-03-01) or day first (01.03.2026, 01/03/2026), the way registers print it."""
    text = text.strip()
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for separator in ".", "/", "-":
        parts = text.split(separator)
        if len(parts) == 3 and all(_digits(part, 2) for part in parts[:2]) and _digits(parts[2], 4, exactly=True):
            return date(int(parts[2]), int(parts[1]), int(parts[0]))
    raise ValueError(text)


def _parse_time(text: str) -> time:
    parts = text.strip().split(":")
    if not 2 <= len(parts) <= 3 or not all(_digits(part, 2) for part in parts):
        raise ValueError(text)
    return time(*(int(part) for part in parts))


def _digits(text: str, most: int, *, exactly: bool = False) -> bool:
    """Plain ASCII digits of a calendar field's width: a register's export is machine text, and
    a longer run would overflow date() rather than be refused by it."""
    return text.isascii() and text.isdigit() and (len(text) == most if exactly else 1 <= len(text) <= most)


def _row(line: int, fields: list[str], columns: dict[str, int], currency: str) -> SalesRow | RowProblem:
    def cell(column: str) -> str:
        index = columns.get(column)
        return fields[index].strip() if index is not None and index < len(fields) else ""

    card, phone = cell("card") or None, cell("phone") or None
    if card is None and phone is None:
        return RowProblem(line, "card", "no_member", "The row names neither a card nor a phone")
    try:
        amount = Money.parse(cell("amount"), currency).minor
    except ValidationError as error:
        return RowProblem(line, "amount", "bad_amount", error.message)
    if amount <= 0:
        return RowProblem(line, "amount", "bad_amount", "The amount must be more than zero")
    try:
        on = _parse_date(cell("date"))
    except ValueError:
        return RowProblem(line, "date", "bad_date", f"{cell('date')!r} is not a date (use 2026-03-01 or 01.03.2026)")
    at_time = None
    if cell("time"):
        try:
            at_time = _parse_time(cell("time"))
        except ValueError:
            return RowProblem(line, "time", "bad_time", f"{cell('time')!r} is not a time (use 14:05)")
    receipt = cell("receipt")
    if not receipt:
        return RowProblem(line, "receipt", "no_receipt", "The row has no receipt number")
    if len(receipt) > 40:
        return RowProblem(line, "receipt", "bad_receipt", "A receipt number has at most 40 characters")
    return SalesRow(line, card, phone, amount, on, at_time, receipt, cell("register"), cell("category") or None)


def parse_sales_csv(data: bytes | str, currency: str) -> ParsedSales:
    """Every row of ``data``, parsed or refused with its line and column; amounts in ``currency``."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data.removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        return ParsedSales((), (RowProblem(1, "file", "not_utf8",
                                           f"The file is not UTF-8 text (byte {error.start + 1}); "
                                           "export it again as CSV UTF-8"),))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    reader = csv.reader(io.StringIO(text), delimiter=_dialect(text))
    try:
        return _parse_rows(reader, currency)
    except csv.Error as error:  # a field past the csv module's limit, a NUL in a quoted field
        return ParsedSales((), (RowProblem(reader.line_num or 1, "file", "bad_csv", f"The file is not CSV: {error}"),))


def _parse_rows(reader: Iterator[list[str]], currency: str) -> ParsedSales:
    header = next(reader, None)
    if header is None:
        return ParsedSales((), (RowProblem(1, "header", "empty_file", "The file is empty"),))
    columns, problems = _columns(header)
    if problems:
        return ParsedSales((), tuple(problems))
    rows: list[SalesRow] = []
    for fields in reader:
        line = reader.line_num  # type: ignore[attr-defined] - a csv reader
        if not any(field.strip() for field in fields):
            continue
        outcome = _row(line, fields, columns, currency)
        if isinstance(outcome, RowProblem):
            problems.append(outcome)
        else:
            rows.append(outcome)
    return ParsedSales(tuple(rows), tuple(problems))
