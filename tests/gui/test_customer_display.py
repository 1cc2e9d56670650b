"""The customer display: first name, points this sale, progress; nothing else about anyone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.gui.customer_display.display import CustomerDisplay, customer_screen, first_name_only
from loyalty_pos.gui.widgets.theme import BASE_POINT_SIZE
from tests.gui.conftest import Till
from tests.gui.dialog_support import DialogShop, assert_nothing_clipped, dialog_shop
from tests.gui.keyboard import press, save_png


@pytest.fixture
def shop(qtbot: QtBot, demo: App) -> Iterator[DialogShop]:
    shop = dialog_shop(qtbot, demo)
    yield shop
    shop.ops.wait_idle()


@pytest.fixture
def display(shop: DialogShop) -> CustomerDisplay:
    display = CustomerDisplay(shop.ctx, shop.cashier)
    shop.qtbot.addWidget(display)
    display.resize(1024, 768)
    display.show()
    shop.qtbot.waitExposed(display)
    shop.qtbot.waitUntil(lambda: display.shop.text() == "Fjord & Co. Deli")  # read from the shop's settings
    return display


def test_first_name_only() -> None:
    assert first_name_only("Ada Lovelace") == "Ada"
    assert first_name_only("  Ada   King Lovelace ") == "Ada"
    assert first_name_only("") is None and first_name_only("   ") is None and first_name_only(None) is None
    # A display line, not a record: a very long first name is cut at 24 characters.
    assert first_name_only("Wolfeschlegelsteinhausenbergerdorff Sr") == "Wolfeschlegelsteinhausen"


def test_the_customers_screen_is_the_one_the_till_is_not_on() -> None:
    assert customer_screen(["till"], "till") is None  # one screen: no second window to place
    assert customer_screen(["till", "facing"], "till") == "facing"
    assert customer_screen(["facing", "till"], "till") == "facing"
    assert customer_screen(["till", "facing", "third"], "till") == "facing"


def test_a_sale_shows_first_name_points_and_progress_only(display: CustomerDisplay, request) -> None:  # noqa: ANN001
    display.show_sale("Ada Lovelace", 37, 412, "Free coffee", 120, 45)
    shown = display.visible_text()
    assert "Hello, Ada!" in shown and "+37" in shown
    assert "Your balance: 412 points" in shown and "120 points to Free coffee" in shown
    assert not any("Lovelace" in text for text in shown)
    assert display.progress.isVisible() and display.progress.value() == 45
    base = BASE_POINT_SIZE  # the till's 14 pt: the display reads from further away
    assert display.greeting.font().pointSize() >= 3 * base and display.points.font().pointSize() >= 4 * base
    save_png(display, request.node.name + "_1024x768")
    assert_nothing_clipped(display)
    display.resize(1920, 1080)
    save_png(display, request.node.name + "_1920x1080")
    assert_nothing_clipped(display)
    assert display.greeting.font().pointSize() > 3 * base  # bigger screen, bigger type

    display.clear()  # the next customer sees nothing of Ada
    shown = display.visible_text()
    assert "Welcome!" in shown
    assert not any("Ada" in text or "412" in text or "37" in text for text in shown)
    assert not display.progress.isVisible()
    save_png(display, request.node.name + "_welcome")


def test_a_reward_in_reach_and_a_sale_without_a_member(display: CustomerDisplay, request) -> None:  # noqa: ANN001
    display.show_sale("Bo", 12, 130, "Free coffee", 0, 100)
    assert "You can have a Free coffee now!" in display.visible_text()
    display.show_sale(None, 12, 0, None, 0, 0)
    shown = display.visible_text()
    assert "Not a member yet?" in shown and "+12" in shown
    assert not display.balance.isVisible() and not display.progress.isVisible()
    assert not any("Bo" in text or "130" in text for text in shown)
    save_png(display, request.node.name)


def test_the_till_shows_a_scanned_members_first_name_and_nothing_private(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    shop = dialog_shop(till.qtbot, till.app)
    member = shop.enrol("Petra Private-Person", "+4799003311")
    press(till.qtbot, Qt.Key.Key_F11)  # the customer display, from the till's keyboard
    display = till.window.customer_display
    assert isinstance(display, CustomerDisplay)
    till.qtbot.waitUntil(display.isVisible)
    till.qtbot.waitUntil(lambda: display.shop.text() != "")
    till.scan(encode_qr_payload(member.cards[0].number, till.app.key))
    till.qtbot.waitUntil(lambda: "Hello, Petra!" in display.visible_text())
    shown = " ".join(display.visible_text())
    card = member.cards[0].number
    for private in ("Private-Person", "+4799003311", "99003311", card, card[-4:]):
        assert private not in shown
    save_png(display, request.node.name)
    assert_nothing_clipped(display)
    press(till.qtbot, Qt.Key.Key_F12)  # void the sale (asks once)...
    press(till.qtbot, Qt.Key.Key_F12)  # ...and the member is gone from the display too
    till.settle()
    till.qtbot.waitUntil(lambda: "Welcome!" in display.visible_text())
    assert "Petra" not in " ".join(display.visible_text())



def test_the_display_shows_the_progress_the_sale_was_priced_with(till: Till, request) -> None:  # noqa: ANN001
    """Ayu Lin (Bronze, 99 points): the cheapest reward out of reach is the 100-point free
    coffee (99 %); after 2 cappuccinos (+9 = 108) it is NOK 50 off at 120: 12 to go, 90 %."""
    till.signed_in()
    press(till.qtbot, Qt.Key.Key_F11)
    display = till.window.customer_display
    assert isinstance(display, CustomerDisplay)
    till.qtbot.waitUntil(display.isVisible)
    till.scan(till.card_payload(till.member_named("Ayu Lin")))
    till.qtbot.waitUntil(lambda: "1 points to Free coffee" in display.visible_text())
    assert display.progress.value() == 99
    till.scan("7040000000028")
    till.scan("7040000000028")
    till.qtbot.waitUntil(lambda: "12 points to NOK 50 off" in display.visible_text())
    priced = till.sale.priced
    assert priced is not None and priced.reward_progress is not None
    assert display.progress.value() == priced.reward_progress.percent == 90
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle()
    assert till.sale.completed
    shown = display.visible_text()
    assert "Your balance: 108 points" in shown and "12 points to NOK 50 off" in shown
    assert display.progress.value() == 90
    save_png(display, request.node.name)
