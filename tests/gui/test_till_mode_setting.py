"""The way of selling (baskets or the register's amounts) chosen in Settings' till
group: saved and audited like any setting, it takes over the till at the next
sign-in, never under a sale that is open or parked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.cashier.amount_screen import AmountScreen
from loyalty_pos.gui.cashier.sale_screen import SaleScreen
from loyalty_pos.gui.manager.settings_section import SettingsSection
from loyalty_pos.services.shop.profile import TILL_MODE
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till
from tests.gui.keyboard import press, save_png

CAPPUCCINO = "7040000000028"


def _stored_mode(till: Till) -> str | None:
    with till.app.uow(readonly=True) as uow:
        return uow.settings.get(TILL_MODE)


def _save_mode(till: Till, mode: str, png: str | None = None) -> None:
    section = open_section(till, "settings")
    assert isinstance(section, SettingsSection)
    till.qtbot.waitUntil(lambda: section.view is not None)
    section.page_list.setCurrentRow(section.pages.index(section.till))
    combo = section.till.till_mode
    combo.setCurrentIndex(combo.findData(mode))
    if png is not None:
        save_png(section, png)
    press(till.qtbot, Qt.Key.Key_S, section.page_list, modifier=CTRL)
    till.settle()
    assert _stored_mode(till) == mode
    assert "changes at the next sign-in" in section.messages.text()
    press(till.qtbot, Qt.Key.Key_Escape, section)  # back to the till
    till.settle()
    # Offscreen Qt hands the focus back to no window when a dialog closes; a desktop's
    # window manager gives it to the till.
    till.window.activateWindow()
    till.qtbot.waitUntil(lambda: QApplication.activeWindow() is till.window)


def _sign_out(till: Till) -> None:
    till.window.sign_out()
    till.settle()
    # Signed out, the till is for whoever comes next: no name left in the field.
    assert till.window.stack.currentWidget() is till.window.sign_in and till.window.sign_in.username.text() == ""


def test_switching_to_amounts_takes_over_at_the_next_sign_in(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in("manager", "9999")
    assert isinstance(till.window.sale, SaleScreen) and not isinstance(till.window.sale, AmountScreen)
    _save_mode(till, "amount", png=request.node.name + "_settings")
    assert not isinstance(till.window.sale, AmountScreen)  # nothing changes under a signed-in cashier
    _sign_out(till)
    till.sign_in("cashier", "1111")
    assert isinstance(till.window.sale, AmountScreen)
    assert till.window.stack.currentWidget() is till.window.sale
    assert till.window.sale.amount.hasFocus()
    save_png(till.window, request.node.name + "_amount_till")
    # And back: the basket till is there at the next sign-in.
    _sign_out(till)
    till.sign_in("manager", "9999")
    _save_mode(till, "basket")
    _sign_out(till)
    till.sign_in("cashier", "1111")
    assert not isinstance(till.window.sale, AmountScreen)
    till.scan(CAPPUCCINO)  # the new screen is wired: the basket takes the scan
    assert len(till.window.sale.state.lines) == 1


def test_a_parked_basket_keeps_its_screen_until_it_is_finished(till: Till) -> None:
    till.signed_in()
    till.scan(CAPPUCCINO)
    till.window.lock()
    till.settle()
    till.sign_in("manager", "9999")
    _save_mode(till, "amount")
    _sign_out(till)
    till.sign_in("cashier", "1111")
    # The cashier's basket is still a basket: a parked sale never becomes an amount.
    assert not isinstance(till.window.sale, AmountScreen)
    assert len(till.window.sale.state.lines) == 1
