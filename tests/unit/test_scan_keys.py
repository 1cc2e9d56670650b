"""Physical key positions and which reading of a scan wins (gui.scan_keys, no Qt needed)."""

from __future__ import annotations

from loyalty_pos.gui.scan_keys import KeyScheme, ReadingChooser, scheme_for_platform, us_character


def test_each_window_system_names_the_colon_key_by_its_own_number() -> None:
    # Shift + the key right of L: evdev 39 (+8 on X11), set-1 0x27 on Windows, kVK 41 on macOS.
    assert us_character(KeyScheme.XKB, 39 + 8, 0, True) == ":"
    assert us_character(KeyScheme.WINDOWS, 0x27, 0, True) == ":"
    assert us_character(KeyScheme.MAC, 0, 41, True) == ":"
    assert us_character(KeyScheme.XKB, 12 + 8, 0, False) == "-"
    assert us_character(KeyScheme.XKB, 74 + 8, 0, False) == "-"  # the keypad's minus
    assert us_character(KeyScheme.XKB, 38 + 8, 0, True) == "L"
    assert us_character(KeyScheme.XKB, 1 + 8, 0, False) is None  # Escape: not a code key


def test_platforms() -> None:
    assert scheme_for_platform("xcb") is KeyScheme.XKB
    assert scheme_for_platform("windows") is KeyScheme.WINDOWS
    assert scheme_for_platform("offscreen") is None


def test_the_reading_with_fewer_strangers_wins_and_is_remembered_for_ties() -> None:
    chooser = ReadingChooser()
    assert chooser.choose("R01+000123", "R01-000123") == "R01-000123"  # tie: the factory US setting
    assert chooser.choose("LP1:123", "LP1>123") == "LP1:123"  # a scanner set to the layout
    assert chooser.choose("R01-000123", "R01/000123") == "R01-000123"  # remembered
    assert chooser.choose("LP1Ø123", "LP1:123") == "LP1:123"  # and un-learned by the next clear burst
    assert chooser.choose("R01+000123", "R01-000123") == "R01-000123"
    assert chooser.choose("ABC", None) == "ABC"
