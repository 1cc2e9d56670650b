"""CSV files a spreadsheet of the shop's locale opens as columns of numbers.

Excel and LibreOffice split a CSV on the locale's list separator, which is ``;`` where the
decimal mark is a comma (Norway, Indonesia): a comma-separated file opens there as one
column, and ``12.50`` reads as text or a date. So the separator and the decimal mark
follow the language; numbers carry no grouping (a spreadsheet reads ``1 234`` as text);
the UTF-8 byte order mark makes Excel read ``Bjørn`` and ``陳`` as written. Every export
writes through here.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from loyalty_pos.domain.money import Money, currency_exponent
from loyalty_pos.i18n.formatting import marks

CsvCell = str | int | Money | None
BOM_ENCODING = "utf-8-sig"


@dataclass(frozen=True, slots=True)
class CsvStyle:
    delimiter: str
    decimal: str


def csv_style(language: str) -> CsvStyle:
    decimal = marks(language).decimal
    return CsvStyle(";" if decimal == "," else ",", decimal)


def amount_text(minor: int, exponent: int, language: str) -> str:
    """``-1234,50`` in nb: the locale's decimal mark, an ASCII minus, no grouping."""
    if exponent == 0:
        return str(minor)
    units, fraction = divmod(abs(minor), 10**exponent)
    return f"{'-' if minor < 0 else ''}{units}{csv_style(language).decimal}{fraction:0{exponent}d}"


def csv_text(cell: CsvCell, language: str) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Money):
        return amount_text(cell.minor, currency_exponent(cell.currency), language)
    return str(cell)


def write_rows(handle: TextIO, headers: Sequence[str], rows: Iterable[Sequence[CsvCell]], language: str) -> int:
    """Into an open text file (opened with ``newline=""``); returns the data rows written."""
    writer = csv.writer(handle, delimiter=csv_style(language).delimiter)
    writer.writerow(headers)
    count = 0
    for row in rows:
        writer.writerow([csv_text(cell, language) for cell in row])
        count += 1
    return count


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[CsvCell]], language: str) -> int:
    """The whole file at ``path``, BOM first; returns the data rows written."""
    with Path(path).open("w", encoding=BOM_ENCODING, newline="") as handle:
        return write_rows(handle, headers, rows, language)


def sniff_delimiter(first_line: str) -> str:
    """The separator of a file made here or by a spreadsheet of any of our locales: ``;`` when
    the header has one, else ``,`` (header names never contain either)."""
    return ";" if ";" in first_line else ","


