"""Sales from another register, imported from its CSV export, on a real SQLite file."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.services.sale import sales_import
from loyalty_pos.services.sale.sales_import import import_sales
from tests.integration.conftest import NOW, Shop

OSLO = ZoneInfo("Europe/Oslo")


def _rows(shop: Shop, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute(sql, params).fetchall()


def _card(shop: Shop, member_id: str) -> str:
    return _rows(shop, "SELECT number FROM cards WHERE member_id = ?", member_id)[0][0]


def _imported(shop: Shop) -> list[tuple]:
    return _rows(shop, "SELECT external_register, external_date, external_ref, total_minor FROM sales "
                       "WHERE external_ref IS NOT NULL ORDER BY external_ref")


def _without_instant_wins(shop: Shop, **earning: int) -> None:
    """The demo's lucky receipt adds points one sale in 50: a test that counts points publishes without it."""
    with shop.uow() as uow:
        program = uow.program.published()
        assert program is not None
        uow.program.save_draft(replace(program, campaigns=tuple(c for c in program.campaigns if c.id != "lucky"),
                                       earning=replace(program.earning, **earning)),
                               actor="manager", at=shop.clock.now())
        uow.program.publish(actor="manager", at=shop.clock.now())
        uow.commit()


def test_a_dry_run_reports_every_row_and_stores_nothing(shop: Shop) -> None:
    _without_instant_wins(shop)
    member = shop.enrol(phone="+47 912 34 567")
    data = ("\ufeffphone;amount;date;receipt;register\n"
            "+47 912 34 567;250,00;2026-11-20;1001;K1\n"
            "+47 999 99 999;10,00;2026-11-20;1002;K1\n"
            ";5,00;2026-11-20;1003;K1\n").encode()
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=False)
    assert [(o.line, o.imported, o.code) for o in report.outcomes] == [
        (2, True, ""), (3, False, "phone_unknown"), (4, False, "no_member")]
    assert report.outcomes[0].points_earned == 25  # the demo program: 1 point per NOK 10.00, floor
    assert not report.committed
    assert _imported(shop) == []
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE member_id = ? AND kind = 'earn'", member.id) == [(0,)]


def test_confirming_stores_the_accepted_rows_and_a_receipt_is_never_counted_twice(shop: Shop) -> None:
    member = shop.enrol(phone="+47 912 34 567")
    card = _card(shop, member.id)
    data = (f"card,amount,date,time,receipt,register,category\n"
            f"{card},120.50,2026-11-20,14:05,77,K1,Deli\n"
            f"{card},80.00,2026-11-20,,77,K1,\n"  # same register, date and number: a duplicate
            f"{card},80.00,2026-11-20,,77,K2,\n"  # another register's 77
            f"{card},30.00,2026-11-21,,77,K1,\n").encode()  # registers restart numbering each day
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    assert [(o.line, o.imported, o.code) for o in report.outcomes] == [
        (2, True, ""), (3, False, "receipt_already_recorded"), (4, True, ""), (5, True, "")]
    assert report.committed and (report.imported, report.refused) == (3, 1)
    assert _imported(shop) == [("K1", "2026-11-20", "77", 12050), ("K2", "2026-11-20", "77", 8000),
                               ("K1", "2026-11-21", "77", 3000)]
    at = _rows(shop, "SELECT at FROM sales WHERE external_register = 'K1' AND external_date = '2026-11-20'")[0][0]
    assert at == int(datetime(2026, 11, 20, 14, 5, tzinfo=OSLO).timestamp() * 1_000_000)
    lines = _rows(shop, "SELECT product_code, category, gross_minor FROM sale_lines l JOIN sales s USING (sale_id) "
                        "WHERE s.external_ref IS NOT NULL ORDER BY gross_minor")
    assert lines == [("AMOUNT:Amount", "Amount", 3000), ("AMOUNT:Amount", "Amount", 8000),
                     ("AMOUNT:Deli", "Deli", 12050)]

    again = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    assert {o.code for o in again.outcomes} == {"receipt_already_recorded"}
    assert not again.committed
    assert len(_imported(shop)) == 3
    assert check_file(shop.app.config.db_path).ok


def test_a_past_row_earns_under_the_program_then_and_expires_from_its_date(shop: Shop) -> None:
    _without_instant_wins(shop)
    member = shop.enrol(phone="+47 912 34 567")
    shop.clock.advance(days=30)
    _without_instant_wins(shop, points_per_step=3)
    with shop.uow(readonly=True) as uow:
        program = uow.program.in_force_at(NOW)
        assert program is not None and program.earning.points_per_step == 1
    before, after = NOW + timedelta(days=2), NOW + timedelta(days=30, hours=1)
    shop.clock.advance(days=2)
    data = ("phone,amount,date,time,receipt\n"
            f"+4791234567,100.00,{before.astimezone(OSLO).date()},{before.astimezone(OSLO):%H:%M},A\n"
            f"+4791234567,100.00,{after.astimezone(OSLO).date()},{after.astimezone(OSLO):%H:%M},B\n").encode()
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    assert [o.points_earned for o in report.outcomes] == [10, 30]
    earned = _rows(shop, "SELECT points, at, expires_at FROM ledger WHERE member_id = ? AND kind = ? ORDER BY at",
                   member.id, EntryKind.EARN.value)
    assert [row[0] for row in earned] == [10, 30]
    expiry = program.expiry.expiry_for(before)
    assert expiry is not None
    assert earned[0][1] == int(before.timestamp() * 1_000_000)
    assert earned[0][2] == int(expiry.timestamp() * 1_000_000)


def test_a_failure_mid_import_leaves_nothing(shop: Shop, monkeypatch: pytest.MonkeyPatch) -> None:
    shop.enrol(phone="+47 912 34 567")
    real = sales_import.record_sale
    calls = []

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(sales_import, "record_sale", failing)
    data = b"phone,amount,date,receipt\n+4791234567,10.00,2026-11-20,1\n+4791234567,20.00,2026-11-20,2\n"
    with pytest.raises(OSError):
        import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    assert _imported(shop) == []
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE kind = 'earn'") == [(0,)]


def test_a_cashier_cannot_import(shop: Shop) -> None:
    from loyalty_pos.domain.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        import_sales(shop.uow(), b"phone,amount,date,receipt\n", actor=shop.cashier, clock=shop.clock, commit=True)


def test_a_row_finds_the_member_by_any_spelling_of_the_phone_in_the_shops_country(shop: Shop) -> None:
    # Registers export numbers as the cashier typed them: local, spaced, dashed or with
    # the country code. The till's search reads them all as the stored E.164 number.
    _without_instant_wins(shop)
    shop.enrol(phone="91234567")
    data = ("phone;amount;date;receipt\n"
            "912 34 567;10,00;2026-11-20;1\n"
            "91234567;10,00;2026-11-20;2\n"
            "+47 912-34-567;10,00;2026-11-20;3\n"
            "0047 91234567;10,00;2026-11-20;4\n"
            "not a phone;10,00;2026-11-20;5\n").encode()
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=False)
    assert [(o.line, o.imported, o.code) for o in report.outcomes] == [
        (2, True, ""), (3, True, ""), (4, True, ""), (5, True, ""), (6, False, "bad_phone")]


def _promote_to_silver(shop: Shop, member_id: str) -> None:
    """A sale at the till crossing the demo's silver threshold (NOK 5 000) upgrades at once, audited."""
    from loyalty_pos.services.sale.amount_till import AmountEntry, open_amount_till, record_amount_sale
    from loyalty_pos.services.sale.checkout import new_sale_id

    till = open_amount_till(shop.uow())
    record_amount_sale(shop.uow(), AmountEntry(new_sale_id(), member_id, 500_000), till, actor=shop.cashier,
                       clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        member = uow.members.get(member_id)
        assert member is not None and member.tier_code == "silver"


def test_a_row_earns_at_the_tier_held_on_its_date(shop: Shop) -> None:
    _without_instant_wins(shop)
    member = shop.enrol(phone="+47 912 34 567")
    shop.clock.advance(days=7)
    _promote_to_silver(shop, member.id)  # "yesterday", seen from the import
    shop.clock.advance(days=1)
    last_week = (NOW + timedelta(days=2)).astimezone(OSLO)
    today = shop.clock.now().astimezone(OSLO) - timedelta(hours=1)
    data = ("phone,amount,date,time,receipt\n"
            f"+4791234567,100.00,{last_week.date()},{last_week:%H:%M},A\n"
            f"+4791234567,100.00,{today.date()},{today:%H:%M},B\n").encode()
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    # Bronze earns 100 %, silver 125 %: 1 point per NOK 10.00 on NOK 100.00, floor.
    assert [o.points_earned for o in report.outcomes] == [10, 12]
    with shop.uow(readonly=True) as uow:
        after = uow.members.get(member.id)
        assert after is not None and after.tier_code == "silver"  # a row priced at bronze does not demote


def test_a_row_dated_before_enrolment_earns_at_the_tier_the_member_started_with(shop: Shop) -> None:
    _without_instant_wins(shop)
    shop.clock.advance(days=7)
    member = shop.enrol(phone="+47 912 34 567")
    _promote_to_silver(shop, member.id)
    before = (NOW + timedelta(days=1)).astimezone(OSLO)
    data = f"phone,amount,date,time,receipt\n+4791234567,100.00,{before.date()},{before:%H:%M},A\n".encode()
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    assert [o.points_earned for o in report.outcomes] == [10]


def test_a_receipt_seen_before_is_named_with_its_register_only_when_there_is_one(shop: Shop) -> None:
    _without_instant_wins(shop)
    shop.enrol(phone="+47 912 34 567")
    data = ("phone;amount;date;receipt;register\n"
            "+47 912 34 567;10,00;2026-11-20;A1;\n"
            "+47 912 34 567;10,00;2026-11-20;B1;K2\n").encode()
    import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=True)
    report = import_sales(shop.uow(), data, actor=shop.manager, clock=shop.clock, commit=False)
    assert [o.message for o in report.outcomes] == [
        "Receipt A1, dated 2026-11-20, is already recorded.",
        "Receipt B1 of register K2, dated 2026-11-20, is already recorded."]
