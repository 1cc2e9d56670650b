"""The demo shop as installed, at the till and in Reports: its season product refused to a
silver card with the tier and the day it opens to everyone. Screens go to tests/artifacts/."""

from __future__ import annotations

from loyalty_pos.demo import shop as demo
from tests.gui.conftest import Till
from tests.gui.keyboard import save_png


def test_the_demo_season_product_is_refused_to_silver_with_the_tier_and_day(till: Till) -> None:
    (stollen,) = demo.seasonal_products()

    till.signed_in()
    till.scan(till.card_payload(till.member_named("Mei Saputra")))  # Silver
    till.scan(stollen.barcode or "")
    text = till.sale.messages.text()
    assert text.startswith("Not sold: Christmas stollen is only for Gold members and up until "), text
    assert till.sale.state.lines == ()
    save_png(till.window, "demo_season_product_refused")
