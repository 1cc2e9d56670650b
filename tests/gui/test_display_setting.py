"""Settings → Till → Display: high contrast and a larger text size, stored per till,
applied at once to the running till and again at its next start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.gui.manager.settings_section import SettingsSection
from loyalty_pos.gui.widgets.theme import BASE_POINT_SIZE, apply_till_style
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.till_preferences import DISPLAY_THEME, TEXT_SIZE_PCT, till_preferences
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import press, save_png


@pytest.fixture
def default_look() -> Iterator[None]:
    """The application outlives the test: leave it as every other test expects it."""
    yield
    apply_till_style(QApplication.instance())


def _save_display(till: Till, theme: str, size: str) -> None:
    section = open_section(till, "settings")
    assert isinstance(section, SettingsSection)
    till.qtbot.waitUntil(lambda: section.view is not None)
    section.page_list.setCurrentRow(section.pages.index(section.till))
    page = section.till
    page.theme.setCurrentIndex(page.theme.findData(theme))
    page.text_size.setCurrentIndex(page.text_size.findData(size))
    save_png(section, f"display_setting_{theme}_{size}")
    press(till.qtbot, Qt.Key.Key_S, section.page_list, modifier=CTRL)
    till.settle()


def test_high_contrast_and_large_text_apply_at_once_and_survive_a_restart(qtbot, demo, default_look) -> None:  # noqa: ANN001
    app = QApplication.instance()
    with running_till(qtbot, demo) as till:
        till.signed_in("manager", "9999")
        heading = till.window.findChild(QLabel)
        assert app.font().pointSize() == BASE_POINT_SIZE
        _save_display(till, "high_contrast", "150")
        with demo.uow(readonly=True) as uow:
            assert (uow.settings.get(DISPLAY_THEME), uow.settings.get(TEXT_SIZE_PCT)) == ("high_contrast", "150")
        preferences = till_preferences(demo.uow(readonly=True))
        assert (preferences.theme, preferences.text_size_pct) == ("high_contrast", 150)
        till.qtbot.waitUntil(lambda: app.font().pointSize() == BASE_POINT_SIZE * 150 // 100)
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 20
        assert app.palette().color(QPalette.ColorRole.WindowText).lightness() > 235
        assert heading is not None
    apply_till_style(app)  # as a fresh process would start
    with running_till(qtbot, demo) as restarted:
        # Applied before the first widget is built, not after the first read comes back.
        assert app.font().pointSize() == BASE_POINT_SIZE * 150 // 100
        assert app.palette().color(QPalette.ColorRole.Window).lightness() < 20
        save_png(restarted.window, "display_setting_restarted_high_contrast_150")


def test_a_text_size_the_till_does_not_offer_is_refused(demo) -> None:  # noqa: ANN001
    manager = Actor("manager", Role.MANAGER, "01")
    for values in ({TEXT_SIZE_PCT: "300"}, {DISPLAY_THEME: "neon"}):
        with pytest.raises(ValidationError):
            change_settings(demo.uow(), values, actor=manager, clock=demo.clock)
    change_settings(demo.uow(), {TEXT_SIZE_PCT: "150", DISPLAY_THEME: "high_contrast"}, actor=manager,
                    clock=demo.clock)
    assert till_preferences(demo.uow(readonly=True)).text_size_pct == 150


def test_a_stored_value_from_elsewhere_gives_the_default_look(demo) -> None:  # noqa: ANN001
    with demo.uow() as uow:
        uow.settings.set(TEXT_SIZE_PCT, "999")
        uow.settings.set(DISPLAY_THEME, "neon")
        uow.commit()
    preferences = till_preferences(demo.uow(readonly=True))
    assert (preferences.theme, preferences.text_size_pct) == ("normal", 100)


def test_system_colours_are_a_choice_stored_per_till(demo) -> None:  # noqa: ANN001
    manager = Actor("manager", Role.MANAGER, "01")
    change_settings(demo.uow(), {DISPLAY_THEME: "system"}, actor=manager, clock=demo.clock)
    assert till_preferences(demo.uow(readonly=True)).theme == "system"


def _dark_desktop() -> QPalette:
    """A desktop in dark mode, as a system theme gives it."""
    palette = QPalette()
    role = QPalette.ColorRole
    for colour_role, colour in ((role.Window, "#202124"), (role.WindowText, "#e8eaed"), (role.Base, "#2b2c2f"),
                                (role.AlternateBase, "#303134"), (role.Text, "#e8eaed"), (role.Button, "#303134"),
                                (role.ButtonText, "#e8eaed"), (role.Highlight, "#8ab4f8"),
                                (role.HighlightedText, "#202124"), (role.PlaceholderText, "#9aa0a6"),
                                (role.Mid, "#5f6368"), (role.Midlight, "#3c4043")):
        palette.setColor(colour_role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#80868b"))
    return palette


def test_system_colours_follow_a_dark_desktop(qtbot, demo, default_look, monkeypatch) -> None:  # noqa: ANN001
    """The till in the desktop's dark palette at 150 %: dark grounds, light text, and the
    banners and messages keep the dark ground instead of pale patches."""
    from loyalty_pos.gui.widgets import theme
    from loyalty_pos.gui.widgets.message_bar import Level
    from tests.gui.test_accessibility import _mean_lightness

    monkeypatch.setattr(theme, "_desktop_palette", _dark_desktop())
    with demo.uow() as uow:
        uow.settings.set(DISPLAY_THEME, "system")
        uow.settings.set(TEXT_SIZE_PCT, "150")
        uow.commit()
    with running_till(qtbot, demo) as till:
        app = QApplication.instance()
        assert app.palette().color(QPalette.ColorRole.Window).name() == "#202124"
        assert app.palette().color(QPalette.ColorRole.Text).lightness() > 200
        till.signed_in("manager", "9999")
        for slug in ("rewards", "members", "publish"):
            section = open_section(till, slug)
            till.settle()
            save_png(section.window(), f"dark_palette_bo_{slug}")
            assert _mean_lightness(section) < 120, slug
        rewards = open_section(till, "rewards")
        rewards.messages.show_message("Saved to the draft", Level.SUCCESS)
        till.settle()
        assert _mean_lightness(rewards.banner) < 120
        assert _mean_lightness(rewards.messages) < 120
