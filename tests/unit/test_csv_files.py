"""CSV exports open as columns of numbers in a spreadsheet of the shop's locale."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from loyalty_pos.domain.money import Money
from loyalty_pos.i18n.csv_files import csv_style, sniff_delimiter, write_csv

ROWS = [("Cappuccino", 1234, Money(-123450, "NOK")), ("Bjørn 陳", 0, Money(5, "NOK"))]


@pytest.mark.parametrize(("language", "delimiter", "amount"), [
    ("nb", ";", "-1234,50"), ("id", ";", "-1234,50"), ("en", ",", "-1234.50"), ("zh-Hant", ",", "-1234.50"),
])
def test_the_separator_and_decimal_mark_follow_the_locale(
        tmp_path: Path, language: str, delimiter: str, amount: str) -> None:
    out = tmp_path / "report.csv"
    assert write_csv(out, ("name", "points", "value"), ROWS, language) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only after a BOM
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0] == delimiter.join(("name", "points", "value"))
    # Points carry no grouping: a spreadsheet reads "1 234" or "1.234" as text or a decimal.
    assert text.splitlines()[1] == delimiter.join(("Cappuccino", "1234", amount))
    assert list(csv.reader(text.splitlines(), delimiter=csv_style(language).delimiter))[2] == [
        "Bjørn 陳", "0", "0,05" if csv_style(language).decimal == "," else "0.05"]


def test_a_cell_holding_the_separator_is_quoted(tmp_path: Path) -> None:
    out = tmp_path / "names.csv"
    write_csv(out, ("name",), [("Kaffe; stor",), ("a,b",)], "nb")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows == [["name"], ["Kaffe; stor"], ["a,b"]]


def test_the_rupiah_has_no_decimals(tmp_path: Path) -> None:
    out = tmp_path / "idr.csv"
    write_csv(out, ("value",), [(Money(1500000, "IDR"),)], "id")
    assert out.read_text(encoding="utf-8-sig").splitlines()[1] == "1500000"


def test_the_separator_of_a_header_is_recognised() -> None:
    assert sniff_delimiter("code;name;unit_price\r\n") == ";"
    assert sniff_delimiter("code,name,unit_price\r\n") == ","
