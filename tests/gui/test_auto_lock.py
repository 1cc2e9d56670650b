"""Auto-lock: the till locks itself after the minutes set in Settings with nobody at it,
the sale waits for its cashier, and a scan never lands on the wrong person's sale.
A "minute" is shortened (IdleLock.unit_ms) so no test waits real minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from loyalty_pos.gui.cashier.amount_screen import AmountScreen
from loyalty_pos.gui.manager.settings_section import SettingsSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.till_preferences import TillPreferences
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

CAPPUCCINO = "7040000000028"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _minutes(till: Till, minutes: int, unit_ms: int) -> None:
    """As a saved setting lands on the running till, with a minute of ``unit_ms``."""
    till.window.idle_lock.unit_ms = unit_ms
    till.window.apply_preferences(TillPreferences(auto_lock_minutes=minutes))


def _locked(till: Till) -> bool:
    return till.window.stack.currentWidget() is till.window.sign_in


def test_the_setting_saved_in_settings_locks_the_till_with_the_back_office_open(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "settings")
    assert isinstance(section, SettingsSection)
    till.qtbot.waitUntil(lambda: section.view is not None)
    assert section.till.auto_lock.value() == 5  # the default
    till.window.idle_lock.unit_ms = 400
    section.page_list.setCurrentRow(section.pages.index(section.till))
    section.till.auto_lock.setValue(1)
    press(till.qtbot, Qt.Key.Key_S, section.page_list, modifier=CTRL)
    till.settle()
    assert till.window.idle_lock.minutes == 1  # applied to the running till, no restart
    # Nobody touches anything: the back office (a manager's authority) closes and the till locks.
    till.qtbot.waitUntil(lambda: _locked(till), timeout=3_000)
    assert till.window.back_office is None or not till.window.back_office.isVisible()
    screen = till.window.sign_in
    assert screen.title.text() == "Till locked"
    assert screen.subtitle.text() == "Locked after 1 min with nobody at the till. Locked by manager. Type the PIN to continue."
    assert not till.window.idle_lock.counting  # nothing counts while locked


def test_an_idle_lock_parks_the_sale_for_its_cashier_who_resumes_it(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    till.scan(CAPPUCCINO)
    sale_id = till.sale.state.sale_id
    _minutes(till, 1, 300)
    till.qtbot.waitUntil(lambda: _locked(till), timeout=3_000)
    screen = till.window.sign_in
    assert screen.subtitle.text() == ("Locked after 1 min with nobody at the till: cashier's sale is parked. "
                                      "cashier signs in to continue it; anyone else starts a new sale.")
    assert screen.username.text() == "cashier" and screen.pin.hasFocus()
    save_png(till.window, request.node.name)
    till.sign_in("cashier", "1111")
    assert [line.product.code for line in till.sale.state.lines] == ["COF-CAP"]
    assert till.sale.state.sale_id == sale_id
    assert till.window.idle_lock.counting  # counting again for the cashier back at the till


def test_keys_keep_the_till_open_and_zero_never_locks(till: Till) -> None:
    till.signed_in()
    _minutes(till, 1, 300)
    for _ in range(8):  # 8 x 100 ms of typing: longer than the idle "minute", never that long idle
        type_human(till.qtbot, till.sale.product_entry.box, "c", FORM_GAP_MS)
        till.qtbot.wait(100)
    assert not _locked(till)
    press(till.qtbot, Qt.Key.Key_Escape)
    _minutes(till, 0, 10)
    till.qtbot.wait(200)
    assert not _locked(till) and not till.window.idle_lock.counting


def test_another_cashier_is_told_whose_sale_is_parked(till: Till) -> None:
    till.signed_in()
    till.scan(CAPPUCCINO)
    _minutes(till, 1, 200)
    till.qtbot.waitUntil(lambda: _locked(till), timeout=3_000)
    till.window.sign_in.username.clear()
    till.sign_in("manager", "9999")
    assert till.window.actor is not None and till.window.actor.username == "manager"
    assert till.sale.state.lines == ()
    assert till.window.messages.text() == "A sale started by cashier is parked: it comes back when they sign in."


def test_a_scan_resolved_after_the_lock_is_not_put_on_the_next_cashiers_sale(till: Till) -> None:
    till.signed_in()
    till.window.route_scan(CAPPUCCINO)  # read off the GUI thread ...
    till.window.lock()  # ... while the till locks ...
    till.window.sign_in.signed_in.emit(Actor("manager", Role.MANAGER, "01"))  # ... and someone else signs in
    till.settle()
    assert till.window.actor is not None and till.window.actor.username == "manager"
    assert till.sale.state.lines == ()
    assert "Scan not used: the till locked before it was read" in till.window.messages.text()


def test_training_stays_with_the_cashier_who_locked_in_it(till: Till) -> None:
    till.signed_in()
    press(till.qtbot, Qt.Key.Key_T, till.window, modifier=CTRL_SHIFT)
    till.settle()
    till.scan(CAPPUCCINO)
    assert till.sale.training
    press(till.qtbot, Qt.Key.Key_L, modifier=CTRL)
    till.window.sign_in.username.clear()
    till.sign_in("manager", "9999")
    # The practice basket must never come back as a real sale, nor the next cashier sell in training.
    assert not till.sale.training and not till.sale.training_banner.isVisible()
    assert not till.window.training_action.isChecked()
    till.window.sign_out_action.trigger()
    till.window.sign_in.username.clear()
    till.sign_in("cashier", "1111")
    assert till.sale.training and till.sale.training_banner.isVisible()
    assert [line.product.code for line in till.sale.state.lines] == ["COF-CAP"]



def test_the_amount_till_keeps_the_typed_amount_through_a_lock(amount_till: Till) -> None:
    till = amount_till.signed_in()
    screen = till.sale
    assert isinstance(screen, AmountScreen)
    till.scan(till.card_payload(till.member_named("Mei Saputra")))
    type_human(till.qtbot, screen.amount, "350,00", FORM_GAP_MS)
    type_human(till.qtbot, screen.register_receipt, "K-1", FORM_GAP_MS)
    till.settle()
    sale_id = screen.state.sale_id
    _minutes(till, 1, 200)
    till.qtbot.waitUntil(lambda: _locked(till), timeout=3_000)
    assert "cashier's sale is parked" in till.window.sign_in.subtitle.text()
    till.sign_in("cashier", "1111")
    assert screen.state.sale_id == sale_id and screen.state.member is not None
    assert (screen.amount.text(), screen.register_receipt.text()) == ("350,00", "K-1")
    till.qtbot.waitUntil(lambda: screen.points.text().startswith("Earns "))
