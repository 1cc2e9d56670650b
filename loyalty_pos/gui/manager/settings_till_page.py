"""Settings' till group: what the till sells (baskets or the register's amounts), the
scanner's thresholds, auto-lock, and the customer display
with the screen it goes on (listed from the screens connected now, kept by name)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.customer_display.screens import describe
from loyalty_pos.gui.manager.settings_form import SettingsPage
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.services.shop import settings as shop_settings
from loyalty_pos.services.shop.profile import TILL_MODE
from loyalty_pos.services.shop.till_preferences import (
    AUTO_LOCK_MINUTES,
    CUSTOMER_DISPLAY,
    CUSTOMER_DISPLAY_SCREEN,
    DEFAULT_AUTO_LOCK_MINUTES,
    DISPLAY_THEME,
    MAX_AUTO_LOCK_MINUTES,
    TEXT_SIZE_PCT,
    TEXT_SIZES_PCT,
)


class TillPage(SettingsPage):
    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Till"), self.tr(
            "How this till sells, tells a scanner from typing, locks itself and shows the customer display. "
            "The way of selling applies at the next sign-in with no sale parked; everything else at once. "
            "A scanner types a code within a few milliseconds per key: raise the gap if scans arrive as "
            "typing, lower it if fast typing is taken for a scan."), parent)
        self.ctx = ctx
        self.till_mode = self.choice(TILL_MODE, self.tr("Sales"), [
            (TillMode.BASKET.value, self.tr("Ring up baskets here")),
            (TillMode.AMOUNT.value, self.tr("Record the amounts of our own cash register")),
        ], default=TillMode.BASKET.value)
        defaults = ctx.scanner
        self.scanner_gap = self.number(shop_settings.SCANNER_MAX_GAP_MS, self.tr("Longest gap between keys"),
                                       5, 500, default=defaults.max_gap_ms, suffix=" ms")
        self.scanner_length = self.number(shop_settings.SCANNER_MIN_LENGTH, self.tr("Shortest scan"), 3, 64,
                                          default=defaults.min_length, suffix=self.tr(" characters"))
        self.auto_lock = self.number(AUTO_LOCK_MINUTES, self.tr("Lock the till after"), 0, MAX_AUTO_LOCK_MINUTES,
                                     default=DEFAULT_AUTO_LOCK_MINUTES, suffix=self.tr(" min idle"))
        self.auto_lock.setSpecialValueText(self.tr("never"))
        self.display_on = self.choice(CUSTOMER_DISPLAY, self.tr("Customer display"),
                                      [("off", self.tr("Off")), ("on", self.tr("On"))], default="off")
        self.display_screen = QComboBox(self)
        self.display_screen.setAccessibleName(self.tr("Customer display screen"))
        self.form.addRow(self.tr("Display on screen"), self.display_screen)
        self.display_screen_note = self.note("", "")
        self.display_screen_note.setProperty("muted", True)
        self._display_screen = ""
        self.bind(CUSTOMER_DISPLAY_SCREEN, self._chosen_screen, self.list_screens)
        self._display_group()

    def _display_group(self) -> None:
        """How this till's own screen looks: for a cashier with low vision, or a bright shop."""
        heading = QLabel(self.tr("Display"), self)
        heading.setFont(scaled_font(self.font(), 110, bold=True))
        self.form.addRow(heading)
        self.theme = self.choice(DISPLAY_THEME, self.tr("Theme"), [
            ("normal", self.tr("Normal")),
            ("high_contrast", self.tr("High contrast (white on black)")),
            ("system", self.tr("System colours (as the desktop, e.g. dark mode)")),
        ], default="normal")
        self.text_size = self.choice(TEXT_SIZE_PCT, self.tr("Text size"),
                                     [(str(pct), f"{pct} %") for pct in TEXT_SIZES_PCT], default="100")

    def _chosen_screen(self) -> str:
        # With one screen the list offers nothing to choose: what was stored stays stored.
        if not self.display_screen.isEnabled():
            return self._display_screen
        return str(self.display_screen.currentData() or "")

    def list_screens(self, stored: str) -> None:
        """The screens connected now, by name and place; the stored one kept even when it is gone."""
        self._display_screen = stored
        screens = list(self.ctx.screens())
        combo = self.display_screen
        combo.clear()
        if len(screens) < 2:
            combo.addItem(self.tr("None available: only one screen is connected"), stored)
            combo.setEnabled(False)
            self.display_screen_note.setText(self.tr(
                "With one screen the customer display opens as a window over the till. Connect a second "
                "screen to choose it here."))
            return
        combo.setEnabled(True)
        combo.addItem(self.tr("Any screen the till is not on"), "")
        for screen in screens:
            combo.addItem(describe(screen), screen.name())
        if stored and stored not in {screen.name() for screen in screens}:
            combo.addItem(self.tr("{name} — not connected now").format(name=stored), stored)
            self.display_screen_note.setText(self.tr(
                "{name} is not connected: until it is, the display uses the first screen the till is not on.")
                .format(name=stored))
        else:
            self.display_screen_note.setText(self.tr(
                "Kept by the screen's name, so it stays the same screen after a restart; if it is unplugged "
                "the display moves to another screen and the till says so."))
        combo.setCurrentIndex(max(combo.findData(stored), 0))
