"""Fuzzed CSV imports (products, another register's sales): a report or a clear refusal,
never a traceback, and a refused import leaves every row of the store as it was."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from loyalty_pos.app import open_app
from loyalty_pos.config import Config
from loyalty_pos.demo.catalog import install_demo_shop
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import Consents
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.program.product_csv import HEADER, import_products
from loyalty_pos.services.sale.sales_csv import ParsedSales, parse_sales_csv
from loyalty_pos.services.sale.sales_import import import_sales
from tests.integration.conftest import NOW, Shop
from tests.store_digest import store_digest

FUZZ = settings(max_examples=120, deadline=None)
SALES_COLUMNS = ("card", "phone", "amount", "date", "time", "receipt", "register", "category", "total", "junk")
cells = st.one_of(
    st.sampled_from(["12,50", "12.50", "1.234,50", "0", "-5", "2026-11-20", "20.11.2026", "31.02.2026",
                     "01.99999999999999999999.2026", "14:05", "99999999999999999999:00", "²", "K1", "",
                     "+4791234567", "9400000000000003", "NOK", "true", "2500", "x" * 41]),
    st.text(max_size=12),
)
separators = st.sampled_from([",", ";", "\t"])


@st.composite
def csv_texts(draw: st.DrawFn, columns: tuple[str, ...]) -> str:
    sep = draw(separators)
    header = draw(st.lists(st.sampled_from(columns), min_size=0, max_size=len(columns) + 1))
    rows = draw(st.lists(st.lists(cells, max_size=len(header) + 2), max_size=4))
    newline = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    return newline.join([sep.join(header), *(sep.join(row) for row in rows)])


@st.composite
def csv_files(draw: st.DrawFn, columns: tuple[str, ...]) -> bytes:
    text = draw(csv_texts(columns))
    raw = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]))
    data = text.encode(raw, "replace")
    if draw(st.booleans()):  # a byte or two of damage: a cut-off file, a wrong encoding
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=3)) + data[at:]
    return data


def test_sales_csv_that_is_not_utf8_is_a_file_problem() -> None:
    parsed = parse_sales_csv(b"amount,date,receipt,card\n12,2026-11-20,R1,\xff\n", "NOK")
    assert [(p.line, p.column, p.code) for p in parsed.problems] == [(1, "file", "not_utf8")]


def test_a_field_past_the_csv_limit_is_a_file_problem() -> None:
    parsed = parse_sales_csv("amount,date,receipt,card\n12,2026-11-20,R1," + "9" * 200_000 + "\n", "NOK")
    assert [(p.column, p.code) for p in parsed.problems] == [("file", "bad_csv")]


@pytest.mark.parametrize(("column", "value"), [("date", "01.99999999999999999999.2026"), ("date", "²².11.2026"),
                                               ("time", "99999999999999999999:00"), ("time", "１４:05")])
def test_dates_and_times_too_large_for_a_calendar_are_refused_rows(column: str, value: str) -> None:
    row = {"amount": "12", "date": "2026-11-20", "receipt": "R1", "card": "9400000000000003", "time": "10:00"}
    row[column] = value
    parsed = parse_sales_csv(",".join(row) + "\n" + ",".join(row.values()) + "\n", "NOK")
    assert [(p.column, p.code) for p in parsed.problems] == [(column, f"bad_{column}")]


@FUZZ
@given(st.one_of(csv_files(SALES_COLUMNS), st.binary(max_size=200)), st.sampled_from(["NOK", "IDR", "KWD"]))
@example(b"amount,date,receipt,card\n1,2026-01-01,r,1\x00\n", "NOK")
def test_any_sales_file_parses_to_rows_and_problems(data: bytes, currency: str) -> None:
    parsed = parse_sales_csv(data, currency)
    assert isinstance(parsed, ParsedSales)
    assert all(problem.message for problem in parsed.problems)


@pytest.fixture(scope="module")
def fuzz_shop() -> Iterator[Shop]:
    """One shop for every example: each example proves its own refusal changed nothing."""
    with tempfile.TemporaryDirectory(prefix="csv-fuzz-") as scratch:
        clock = FixedClock(NOW)
        app = open_app(Config.load(Path(scratch) / "data"), clock=clock, new_shop=True)
        manager = install_demo_shop(app.uow, clock)
        cashier = Actor("cashier", Role.CASHIER, "01")
        enrol(app.uow(), EnrolMember("Fuzz Member", phone="+4791234567", consents=Consents(data_processing=True)),
              actor=cashier, clock=clock)
        try:
            yield Shop(app, clock, manager, cashier)
        finally:
            app.close()


@FUZZ
@given(data=st.one_of(csv_files(SALES_COLUMNS), st.binary(max_size=200)), commit=st.booleans())
def test_a_fuzzed_sales_import_reports_or_refuses_and_stores_nothing_it_refused(
        fuzz_shop: Shop, data: bytes, commit: bool) -> None:
    db_path = fuzz_shop.app.config.db_path
    before = store_digest(db_path)
    try:
        report = import_sales(fuzz_shop.uow(), data, actor=fuzz_shop.manager, clock=fuzz_shop.clock, commit=commit)
    except LoyaltyError as error:
        assert error.message
        committed = False
    else:
        committed = report.committed
        assert report.imported + report.refused == len(report.outcomes)
    if not committed:
        assert store_digest(db_path) == before


@FUZZ
@given(data=csv_files(HEADER + ("price",)), mode=st.sampled_from(["all_or_nothing", "good_rows", "bogus"]))
@example(data=(",".join(HEADER) + "\nX1,Thing,misc,12.50,NOK,²,,true\n").encode(), mode="all_or_nothing")
@example(data=(",".join(HEADER) + "\nX1,Thing,misc," + "9" * 5000 + ",NOK,0,,true\n").encode(), mode="good_rows")
def test_a_fuzzed_product_import_reports_or_refuses_and_changes_nothing_it_refused(
        fuzz_shop: Shop, data: bytes, mode: str, tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.getbasetemp() / "products.csv"
    path.write_bytes(data)
    db_path = fuzz_shop.app.config.db_path
    before = store_digest(db_path)
    try:
        report = import_products(fuzz_shop.uow(), path, mode=mode, actor=fuzz_shop.manager,  # type: ignore[arg-type]
                                 clock=fuzz_shop.clock)
    except LoyaltyError as error:
        assert error.message
        refused = True
    else:
        refused = mode == "all_or_nothing" and bool(report.errors) or report.rows == 0 and bool(report.errors)
        assert all(error.message for error in report.errors)
    if refused:
        assert store_digest(db_path) == before
