"""Shop settings: validated, audited, and what they change shows on the next receipt."""

from __future__ import annotations

import base64
import uuid

import pytest

from loyalty_pos.domain.errors import Conflict, ValidationError
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.reprint import receipt_for
from loyalty_pos.services.shop.audit_log import AuditQuery, search_audit
from loyalty_pos.services.shop.settings import change_settings, settings_fixed_by_sales
from loyalty_pos.services.shop.shop import backup_keep_days, scanner_thresholds
from loyalty_pos.services.shop.till_preferences import TillPreferences, till_preferences
from tests.integration.conftest import Shop


def _sell(shop: Shop):
    cmd = Checkout(sale_id=str(uuid.uuid4()), member_id=None, lines=(SaleLineInput("COF-CAP", 1),), redemptions=(),
                   tender="card")
    return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt


def _change(shop: Shop, **values: str) -> None:
    change_settings(shop.uow(), values, actor=shop.manager, clock=shop.clock)


def test_the_next_receipt_shows_the_address_header_and_footer_old_ones_keep_theirs(shop: Shop) -> None:
    before = _sell(shop)
    _change(shop, shop_address="Storgata 1\n0155 Oslo", receipt_header="Org. nr 123 456 789",
            receipt_footer="Open every day 8-22\n  \nSee you soon")
    after = _sell(shop)
    assert after.header == ("Storgata 1", "0155 Oslo", "Org. nr 123 456 789")
    assert after.footer == ("Open every day 8-22", "See you soon")
    assert before.header == () and receipt_for(shop.uow(readonly=True), before.receipt_no) == before


@pytest.mark.parametrize(("values", "message"), [
    ({"receipt_footer": "x" * 65}, "at most 4 lines of 64 characters"),
    ({"receipt_header": "a\nb\nc\nd\ne"}, "at most 4 lines"),
    ({"country": "XX"}, "not a country"),
    ({"language": "fr"}, "not a language"),
    ({"prices_include_tax": "maybe"}, "include tax"),
    ({"scanner_max_gap_ms": "0"}, "5 to 500 ms"),
    ({"scanner_min_length": "abc"}, "3 to 64"),
    ({"card_paper": "A3"}, "A4 or Letter"),
    ({"backup_dir": "relative/folder"}, "full path"),
    ({"backup_keep_days": "0"}, "1 to 3650"),
    ({"auto_lock_minutes": "61"}, "1 to 60 minutes idle, or 0 for never"),
    ({"auto_lock_minutes": "-1"}, "1 to 60 minutes idle"),
    ({"auto_lock_minutes": "five"}, "1 to 60 minutes idle"),
    ({"customer_display": "yes"}, "either on or off"),
    ({"shop_logo_png": base64.b64encode(b"GIF89a").decode()}, "must be a PNG"),
])
def test_bad_values_are_refused_with_a_clear_message_and_nothing_is_stored(
        shop: Shop, values: dict[str, str], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _change(shop, shop_name="Renamed", **values)
    with shop.uow(readonly=True) as uow:
        assert uow.settings.get("shop_name") != "Renamed"


def test_the_country_is_fixed_once_the_shop_has_sold(shop: Shop) -> None:
    _change(shop, country="SE")  # before any sale: a mistake at setup can be put right
    assert not settings_fixed_by_sales(shop.uow(readonly=True))
    _sell(shop)
    assert settings_fixed_by_sales(shop.uow(readonly=True))
    with pytest.raises(Conflict, match="cannot change once the shop has made a sale"):
        _change(shop, country="NO")
    _change(shop, country="SE", shop_name="Same country")  # saving the group unchanged is fine


def test_every_change_is_audited_with_its_values(shop: Shop) -> None:
    _change(shop, scanner_max_gap_ms="50", scanner_min_length="8", backup_keep_days="14")
    assert scanner_thresholds(shop.uow(readonly=True)) == (50, 8)
    with shop.uow(readonly=True) as uow:
        assert backup_keep_days(uow) == 14
    rows = search_audit(shop.uow(readonly=True), AuditQuery(action="settings_changed"), actor=shop.manager,
                        cursor=None, limit=5).rows
    assert rows and "scanner_max_gap_ms" in str(rows[0]) and "'50'" in str(rows[0])


def test_the_till_group_defaults_then_reads_back_what_a_manager_set(shop: Shop) -> None:
    # Locks after five idle minutes and shows no customer display until a manager says so.
    assert till_preferences(shop.uow(readonly=True)) == TillPreferences(5, False, "")
    _change(shop, auto_lock_minutes="0", customer_display="on", customer_display_screen="HDMI-2")
    assert till_preferences(shop.uow(readonly=True)) == TillPreferences(0, True, "HDMI-2")
    rows = search_audit(shop.uow(readonly=True), AuditQuery(action="settings_changed"), actor=shop.manager,
                        cursor=None, limit=5).rows
    assert rows and "auto_lock_minutes" in str(rows[0]) and "HDMI-2" in str(rows[0])


def _currencies(shop: Shop) -> tuple[set[str], set[str]]:
    """(every program version's currency, every product's), as stored."""
    import json
    import sqlite3

    with sqlite3.connect(shop.app.config.db_path) as db:
        versions = {json.loads(document)["currency"] for (document,) in db.execute("SELECT document FROM "
                                                                                   "program_versions")}
        products = {currency for (currency,) in db.execute("SELECT DISTINCT currency FROM products")}
    return versions, products


def _audited(shop: Shop, action: str) -> list:
    return list(search_audit(shop.uow(readonly=True), AuditQuery(action=action), actor=shop.manager,
                             cursor=None, limit=5).rows)


def test_before_the_first_sale_the_currency_changes_everywhere_and_is_audited(shop: Shop) -> None:
    from loyalty_pos.services.program.catalog import save_draft
    from loyalty_pos.services.shop.settings import read_settings

    with shop.uow(readonly=True) as uow:
        published = uow.program.published()
    assert published is not None and published.currency == "NOK"
    save_draft(shop.uow(), published, actor=shop.manager, clock=shop.clock)  # an open draft is rewritten too
    settings_before = _audited(shop, "settings_changed")
    _change(shop, currency="sek")
    assert _currencies(shop) == ({"SEK"}, {"SEK"})
    view = read_settings(shop.uow(readonly=True), actor=shop.manager)
    assert view.currency == "SEK" and view.values["currency"] == "SEK" and not view.has_sales
    (entry,) = _audited(shop, "currency_changed")
    assert (entry.details["from_currency"], entry.details["to_currency"]) == ("NOK", "SEK")
    assert entry.details["program_versions"] >= 2 and entry.details["products"] > 0
    assert _audited(shop, "settings_changed") == settings_before  # nothing else was saved
    receipt = _sell(shop)  # the till sells in the new currency at once
    assert receipt.currency == "SEK"


def test_an_imported_row_dated_before_the_change_still_prices(shop: Shop) -> None:
    from datetime import timedelta

    from loyalty_pos.services.sale.sales_import import import_sales

    shop.enrol(phone="+47 912 34 567")
    shop.clock.advance(days=3)
    _change(shop, currency="EUR")
    day = (shop.clock.now() - timedelta(days=2)).date()
    report = import_sales(shop.uow(), f"phone,amount,date,receipt\n+4791234567,10.00,{day},1\n".encode(),
                          actor=shop.manager, clock=shop.clock, commit=True)
    assert [(o.imported, o.code) for o in report.outcomes] == [(True, "")] and report.currency == "EUR"


@pytest.mark.parametrize("first", ["sale", "return", "import"])
def test_once_anything_is_sold_the_service_refuses_the_currency_and_writes_nothing(shop: Shop, first: str) -> None:
    from loyalty_pos.domain.returns import ReturnLine
    from loyalty_pos.services.sale.returns import ProcessReturn, process_return
    from loyalty_pos.services.sale.sales_import import import_sales

    if first == "import":
        shop.enrol(phone="+47 912 34 567")
        shop.clock.advance(days=1)
        import_sales(shop.uow(), b"phone,amount,date,receipt\n+4791234567,10.00,2026-11-23,1\n",
                     actor=shop.manager, clock=shop.clock, commit=True)
    else:
        receipt = _sell(shop)
        if first == "return":
            process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), receipt.receipt_no, (ReturnLine(1, 1),)),
                           actor=shop.manager, clock=shop.clock)
    before = _audited(shop, "currency_changed") + _audited(shop, "settings_changed")
    with pytest.raises(Conflict, match="currency cannot change once the shop has made a sale"):
        _change(shop, currency="SEK", shop_name="Renamed")
    assert _currencies(shop) == ({"NOK"}, {"NOK"})
    with shop.uow(readonly=True) as uow:
        assert uow.settings.get("shop_name") != "Renamed"
    assert _audited(shop, "currency_changed") + _audited(shop, "settings_changed") == before
    _change(shop, currency="NOK", shop_name="Same currency")  # saving the group unchanged is fine


@pytest.mark.parametrize(("currency", "code"), [("JPY", "currency_decimals_differ"), ("XYZ", "bad_currency")])
def test_a_currency_with_other_decimals_or_unknown_is_refused(shop: Shop, currency: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        _change(shop, currency=currency)
    assert refused.value.code == code
    assert _currencies(shop) == ({"NOK"}, {"NOK"})
