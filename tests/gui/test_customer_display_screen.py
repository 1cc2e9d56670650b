"""The customer display's screen: chosen by name in Settings' till group, applied live,
and falling back clearly when that screen is gone. The offscreen platform has one
screen; the others are stand-ins given through the till's screen provider."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.gui.customer_display.screens import describe, place_display
from loyalty_pos.gui.launch import build_till
from loyalty_pos.gui.manager.settings_section import SettingsSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.settings import change_settings
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import save_png


@dataclass
class FakeScreen:
    label: str
    box: QRect

    def name(self) -> str:
        return self.label

    def geometry(self) -> QRect:
        return QRect(self.box)


def _till_screen() -> FakeScreen:
    real = QGuiApplication.primaryScreen()
    return FakeScreen(real.name(), real.geometry())


def test_placement_by_name_with_its_fallbacks() -> None:
    till, hdmi, dp = FakeScreen("eDP-1", QRect(0, 0, 1280, 800)), FakeScreen("HDMI-2", QRect(1280, 0, 1024, 768)), \
        FakeScreen("DP-1", QRect(2304, 0, 800, 480))
    assert place_display([till, hdmi, dp], "eDP-1", "DP-1").screen is dp
    assert place_display([till, hdmi, dp], "eDP-1", "").screen is hdmi  # any but the till's
    gone = place_display([till, dp], "eDP-1", "HDMI-2")
    assert gone.screen is dp and gone.note == "Screen HDMI-2 is not connected: the customer display is on DP-1."
    own = place_display([till, hdmi], "eDP-1", "eDP-1")
    assert own.screen is hdmi and own.note == "eDP-1 is the till's own screen: the customer display is on HDMI-2."
    alone = place_display([till], "eDP-1", "HDMI-2")
    assert alone.screen is None and "Only one screen" in (alone.note or "")
    assert describe(hdmi) == "HDMI-2 — 1024×768 at 1280, 0"


@pytest.fixture
def screens() -> list[FakeScreen]:
    return [_till_screen(), FakeScreen("HDMI-2", QRect(1920, 0, 1024, 768)), FakeScreen("DP-1", QRect(2944, 0, 800, 600))]


@pytest.fixture
def two_screen_till(qtbot: QtBot, demo: App, screens: list[FakeScreen]) -> Iterator[Till]:
    window, scanner, ops = build_till(demo.uow, clock=demo.clock, key=demo.key, config=demo.config,
                                      screens=lambda: list(screens))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    try:
        yield Till(qtbot, demo, window, scanner, ops)
    finally:
        ops.wait_idle()
        QApplication.instance().removeEventFilter(scanner)
        if window.customer_display is not None:
            window.customer_display.close()
        if window.back_office is not None:
            window.back_office.done(0)


def _settings(till: Till) -> SettingsSection:
    section = open_section(till, "settings")
    assert isinstance(section, SettingsSection)
    till.qtbot.waitUntil(lambda: section.view is not None)
    section.page_list.setCurrentRow(section.pages.index(section.till))
    till.settle()
    return section


def _save(till: Till, **values: str) -> None:
    """As the Settings section saves: through the operations, so the till hears of it."""
    actor = Actor("manager", Role.MANAGER, "01")  # the back office's manager, over a cashier's till
    till.ops.change(till.window, till.app.uow,
                    lambda make_uow: change_settings(make_uow(), values, actor=actor, clock=till.app.clock))
    till.settle()


def test_one_screen_offers_none_and_the_choice_is_kept(till: Till, request) -> None:  # noqa: ANN001
    section = _settings(till)
    page = section.till
    assert not page.display_screen.isEnabled()
    assert page.display_screen.currentText() == "None available: only one screen is connected"
    assert page.values()["customer_display_screen"] == ""
    assert not clipped_widgets(section.window())
    save_png(section.window(), request.node.name)


def test_the_screens_are_listed_by_name_and_place_and_a_missing_one_is_named(
        two_screen_till: Till, screens: list[FakeScreen], request) -> None:  # noqa: ANN001
    till = two_screen_till
    till.signed_in("manager", "9999")
    section = _settings(till)
    page = section.till
    assert page.display_screen.isEnabled()
    listed = [page.display_screen.itemText(i) for i in range(page.display_screen.count())]
    assert listed[0] == "Any screen the till is not on"
    assert "HDMI-2 — 1024×768 at 1920, 0" in listed and "DP-1 — 800×600 at 2944, 0" in listed
    page.display_screen.setCurrentIndex(page.display_screen.findData("DP-1"))
    page.display_on.setCurrentIndex(page.display_on.findData("on"))
    assert page.values()["customer_display_screen"] == "DP-1"
    section.save()
    till.settle()
    with till.app.uow(readonly=True) as uow:
        assert (uow.settings.get("customer_display"), uow.settings.get("customer_display_screen")) == ("on", "DP-1")
    save_png(section.window(), request.node.name)
    # Unplugged: the choice stays stored and the page says what happens meanwhile.
    del screens[2]
    page.list_screens("DP-1")
    assert page.display_screen.currentText() == "DP-1 — not connected now"
    assert "DP-1 is not connected" in page.display_screen_note.text()
    assert page.values()["customer_display_screen"] == "DP-1"
    save_png(section.window(), request.node.name + "_unplugged")


def test_the_display_follows_the_setting_live_and_falls_back_when_its_screen_goes(
        two_screen_till: Till, screens: list[FakeScreen]) -> None:
    till = two_screen_till.signed_in()
    assert till.window.customer_display is None  # off by default
    _save(till, customer_display="on", customer_display_screen="DP-1")
    display = till.window.customer_display
    assert display is not None
    till.qtbot.waitUntil(display.isVisible)
    placement = till.window.display_placement
    assert placement is not None and placement.screen is screens[2] and placement.note is None
    assert display.isFullScreen()
    # DP-1 unplugged: the display moves to the other screen and the cashier is told why.
    del screens[2]
    QApplication.instance().screenRemoved.emit(QGuiApplication.primaryScreen())
    placement = till.window.display_placement
    assert placement is not None and placement.screen is screens[1]
    assert till.window.messages.text() == "Screen DP-1 is not connected: the customer display is on HDMI-2."
    assert display.isFullScreen()
    # Turned off in Settings: gone at once.
    _save(till, customer_display="off")
    till.qtbot.waitUntil(lambda: not display.isVisible())
