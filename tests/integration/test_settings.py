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
