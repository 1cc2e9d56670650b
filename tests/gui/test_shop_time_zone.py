"""Days and times on the till's screens are the shop's, not UTC's."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from loyalty_pos.gui.cashier.member_panel import date_text
from tests.gui.conftest import Till

OSLO = ZoneInfo("Europe/Oslo")


def test_an_expiry_at_midnight_in_oslo_is_told_as_that_day() -> None:
    midnight_in_oslo = datetime(2027, 1, 1, 0, 0, tzinfo=OSLO).astimezone(UTC)  # 2026-12-31 23:00 UTC
    assert date_text(midnight_in_oslo, OSLO) == "01 Jan 2027"
    assert date_text(midnight_in_oslo, UTC) == "31 Dec 2026"


def test_the_member_panel_takes_the_shops_zone_at_sign_in(till: Till) -> None:
    assert till.window.sale.member_area.panel.zone == UTC  # before the till has read its settings
    till.signed_in()
    with till.app.uow(readonly=True) as uow:
        stored = uow.settings.get("timezone")
    assert stored == "Europe/Oslo"
    till.qtbot.waitUntil(lambda: till.window.sale.member_area.panel.zone == OSLO)
    assert till.window.sale.receipt.zone == OSLO
