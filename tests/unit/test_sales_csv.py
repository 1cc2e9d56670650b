"""Reading another register's sales export: what is accepted, and where a bad row is named."""

from __future__ import annotations

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.services.sale.sales_csv import SalesRow, parse_sales_csv

_REF = st.text(alphabet="ABCDEFGHJK0123456789-/", min_size=1, max_size=12)
_REGISTER = st.text(alphabet="ABCK0123456789", max_size=4)
_CATEGORY = st.one_of(st.none(), st.sampled_from(["Deli", "Bakery", "Café au lait", "Wine; beer"]))


@st.composite
def rows(draw: st.DrawFn) -> tuple[str | None, str | None, int, date, time | None, str, str, str | None]:
    by_card = draw(st.booleans())
    card = draw(st.from_regex(r"\A[0-9]{16}\Z")) if by_card else None
    phone = None if by_card else draw(st.from_regex(r"\A\+47 ?[49][0-9]{7}\Z"))
    at_time = draw(st.one_of(st.none(), st.times().map(lambda t: t.replace(second=0, microsecond=0))))
    return (card, phone, draw(st.integers(1, 10**9)), draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))),
            at_time, draw(_REF), draw(_REGISTER), draw(_CATEGORY))


def _amount(minor: int, comma: bool) -> str:
    units, cents = divmod(minor, 100)
    return f"{units}{',' if comma else '.'}{cents:02d}"


def _quote(field: str, separator: str) -> str:
    return f'"{field}"' if separator in field or '"' in field else field


@given(st.lists(rows(), min_size=1, max_size=8), st.sampled_from([";", ","]), st.booleans(), st.booleans())
def test_valid_rows_round_trip(drawn, separator: str, bom: bool, crlf: bool) -> None:  # type: ignore[no-untyped-def]
    comma = separator == ";"  # decimal commas come with semicolons, as spreadsheets export them
    end = "\r\n" if crlf else "\n"
    lines = [separator.join(("card", "phone", "amount", "date", "time", "receipt", "register", "category"))]
    for card, phone, amount, on, at_time, ref, register, category in drawn:
        fields = (card or "", phone or "", _amount(amount, comma), on.isoformat(),
                  at_time.strftime("%H:%M") if at_time else "", ref, register, category or "")
        lines.append(separator.join(_quote(field, separator) for field in fields))
    text = ("\ufeff" if bom else "") + end.join(lines) + end
    parsed = parse_sales_csv(text.encode(), "NOK")
    assert parsed.problems == ()
    assert parsed.rows == tuple(
        SalesRow(line, card, phone, amount, on, at_time, ref, register, category)
        for line, (card, phone, amount, on, at_time, ref, register, category) in enumerate(drawn, start=2)
    )


def test_a_day_first_date_and_a_header_in_other_words() -> None:
    parsed = parse_sales_csv("Telephone;Total;Date;Receipt No;Terminal\n91234567;1 234,5;01.03.2026;9;K2\n", "NOK")
    assert parsed.problems == ()
    assert parsed.rows == (SalesRow(2, None, "91234567", 123450, date(2026, 3, 1), None, "9", "K2", None),)


def test_malformed_rows_are_refused_with_their_line_and_column() -> None:
    text = (
        "card,phone,amount,date,time,receipt\n"
        "1234567890123456,,10.00,2026-03-01,,1\n"  # fine
        ",,10.00,2026-03-01,,2\n"  # nobody
        "1234567890123456,,ten,2026-03-01,,3\n"
        "1234567890123456,,10.0001,2026-03-01,,4\n"  # more decimals than NOK has (10.001 groups thousands)
        "1234567890123456,,0.00,2026-03-01,,5\n"
        "1234567890123456,,10.00,2026-02-30,,6\n"
        "1234567890123456,,10.00,2026-03-01,25:00,7\n"
        "1234567890123456,,10.00,2026-03-01,,\n"
        "\n"  # blank lines are skipped, not refused
        "1234567890123456,,10.00,2026-03-01,,10\n"
    )
    parsed = parse_sales_csv(text, "NOK")
    assert [(p.line, p.column, p.code) for p in parsed.problems] == [
        (3, "card", "no_member"), (4, "amount", "bad_amount"), (5, "amount", "bad_amount"),
        (6, "amount", "bad_amount"), (7, "date", "bad_date"), (8, "time", "bad_time"), (9, "receipt", "no_receipt"),
    ]
    assert [row.line for row in parsed.rows] == [2, 11]


def test_a_header_without_the_needed_columns_refuses_the_file() -> None:
    parsed = parse_sales_csv("name,amount\nAda,10\n", "NOK")
    assert parsed.rows == ()
    assert {(p.line, p.column, p.code) for p in parsed.problems} == {(1, "header", "missing_column")}
    assert len(parsed.problems) == 3  # date, receipt, and card-or-phone
    assert [p.code for p in parse_sales_csv(b"", "NOK").problems] == ["empty_file"]


_GARBAGE = {
    "amount": st.sampled_from(["", "abc", "-5.00", "0", "1.2.3,4", "12.345.67,891"]),
    "date": st.sampled_from(["", "2026-13-01", "31.02.2026", "yesterday", "2026/01"]),
    "time": st.sampled_from(["25:00", "12", "noon", "12:61"]),
    "receipt": st.just(""),
}


@given(st.lists(rows(), min_size=2, max_size=6), st.data())
def test_a_malformed_row_is_refused_with_its_line_and_column_and_the_others_kept(drawn, data) -> None:  # type: ignore[no-untyped-def]
    bad_index = data.draw(st.integers(0, len(drawn) - 1))
    column = data.draw(st.sampled_from(sorted(_GARBAGE)))
    garbage = data.draw(_GARBAGE[column])
    header = ("card", "phone", "amount", "date", "time", "receipt")
    lines = [",".join(header)]
    for index, (card, phone, amount, on, at_time, ref, _register, _category) in enumerate(drawn):
        fields = {"card": card or "", "phone": phone or "", "amount": _amount(amount, False),
                  "date": on.isoformat(), "time": at_time.strftime("%H:%M") if at_time else "", "receipt": ref}
        if index == bad_index:
            fields[column] = garbage
        lines.append(",".join(_quote(fields[name], ",") for name in header))
    parsed = parse_sales_csv("\n".join(lines) + "\n", "NOK")
    assert [(p.line, p.column) for p in parsed.problems] == [(bad_index + 2, column)]
    assert [row.line for row in parsed.rows] == [line for line in range(2, len(drawn) + 2) if line != bad_index + 2]
