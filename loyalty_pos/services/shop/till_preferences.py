"""How the till behaves at the counter, as a manager set it in Settings' till group:
whether it rings up baskets or records the register's amounts, when it locks itself,
whether and where the customer display shows, and the language it speaks.

Read by the running till at start and after every settings change, so a save
applies at once; unset keys give the defaults below.
"""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.domain.regions import DEFAULT_LANGUAGE, LANGUAGES
from loyalty_pos.domain.till_mode import TillMode, parse_till_mode
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import LANGUAGE, TILL_MODE

AUTO_LOCK_MINUTES = "auto_lock_minutes"  # "0": never
CUSTOMER_DISPLAY = "customer_display"  # "on" or "off"
CUSTOMER_DISPLAY_SCREEN = "customer_display_screen"  # a screen's name as the system gives it; "": any but the till's
# The language this till's screens speak (a LANGUAGES tag); "": the shop's. Each till keeps
# its own database, so a Norwegian shop's second till may speak English to a new colleague
# while numbers and dates stay in the shop's locale (profile.LANGUAGE).
TILL_LANGUAGE = "till_language"
DISPLAY_THEME = "display_theme"  # one of DISPLAY_THEMES
TEXT_SIZE_PCT = "text_size_pct"  # "100", "125", "150" or "175"

# Five minutes: a cashier serving, fetching a parcel or helping at a shelf nearby is back
# well within it, while a till left open at closing or during a break locks before a
# passer-by finds it. Nothing is lost by a lock: the sale waits for its cashier.
DEFAULT_AUTO_LOCK_MINUTES = 5
# An hour at most: past that "auto-lock" means nothing; 0 says "never" outright.
MAX_AUTO_LOCK_MINUTES = 60
DISPLAY_STATES = ("on", "off")
# "system": the desktop's own palette (a dark mode, a high-contrast scheme of the system's).
DISPLAY_THEMES = ("normal", "high_contrast", "system")
# Percent of the till's 14 pt (gui.widgets.theme.TEXT_SIZES): 150 % is 21 pt, the largest
# at which the till's screens still fit 1024x768 (tests/gui/test_accessibility.py).
TEXT_SIZES_PCT = (100, 125, 150)


@dataclass(frozen=True, slots=True)
class TillPreferences:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES  # 0: never
    # Off unless chosen: on a one-screen till the display window would cover the till.
    display_on: bool = False
    display_screen: str = ""  # "": the first screen the till is not on
    till_mode: TillMode = TillMode.BASKET
    language: str = DEFAULT_LANGUAGE  # what the screens speak: this till's choice, else the shop's
    shop_language: str = DEFAULT_LANGUAGE  # whose locale numbers and dates are written in
    theme: str = "normal"  # one of DISPLAY_THEMES
    text_size_pct: int = 100  # one of TEXT_SIZES_PCT


def till_preferences(uow: UnitOfWork) -> TillPreferences:
    with uow:
        minutes = uow.settings.get(AUTO_LOCK_MINUTES)
        return TillPreferences(
            auto_lock_minutes=int(minutes) if minutes and minutes.isdigit() else DEFAULT_AUTO_LOCK_MINUTES,
            display_on=uow.settings.get(CUSTOMER_DISPLAY) == "on",
            display_screen=uow.settings.get(CUSTOMER_DISPLAY_SCREEN) or "",
            till_mode=parse_till_mode(uow.settings.get(TILL_MODE)),
            language=spoken_language(uow),
            shop_language=_known(uow.settings.get(LANGUAGE)) or DEFAULT_LANGUAGE,
            theme=_one_of(uow.settings.get(DISPLAY_THEME), DISPLAY_THEMES, "normal"),
            text_size_pct=int(_one_of(uow.settings.get(TEXT_SIZE_PCT), tuple(map(str, TEXT_SIZES_PCT)), "100")),
        )


def spoken_language(uow: UnitOfWork) -> str:
    """Inside the caller's unit of work: the language this till speaks (its own, else the shop's)."""
    return _known(uow.settings.get(TILL_LANGUAGE)) or _known(uow.settings.get(LANGUAGE)) or DEFAULT_LANGUAGE


def _known(tag: str | None) -> str | None:
    # A tag a newer release stored, or a damaged row, reads as unset rather than failing the start.
    return tag if tag in {language.tag for language in LANGUAGES} else None


def _one_of(stored: str | None, allowed: tuple[str, ...], default: str) -> str:
    # A value from a newer release (or a hand-edited store) gives the default, not a till that will not start.
    return stored if stored in allowed else default
