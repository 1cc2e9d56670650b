"""What a wedge scanner meant, read from the physical keys it pressed rather than the text.

A scanner sends key positions as if on a US keyboard; the operating system turns them
into whatever the active layout puts on those keys. Letters and digits stay put on the
layouts our shops use (Norwegian, Indonesian = US, Traditional Chinese = US under its
input method), but the punctuation of our codes moves: the card QR's ``:`` (Shift + the
key right of L) arrives as ``Ø`` on a Norwegian layout, a receipt number's ``-`` as ``+``,
a product code's ``/`` as ``-``, and ``+`` becomes a dead key with no text at all. The
scan code of each key names its position whatever the layout, so the burst is read a
second time as a US keyboard would have typed it.

Which reading wins: a scanner set to the computer's own layout (a manager may have done
that, as the AZERTY refusal in ``cards.scan`` advises) types correct text, and its physical
reading is the wrong one. So the reading with fewer characters no code contains wins (a
QR's ``Ø`` or a Norwegian-set scanner's ``>``), and the winner is remembered for the bursts
that cannot tell (a receipt number read ``R01+000123`` or ``R01-000123`` are both plausible).
Until a burst has told, the US reading wins: it is every scanner's factory setting.
"""

from __future__ import annotations

from enum import Enum

# US key positions by Linux evdev code, which is also the PC set-1 scan code Windows reports
# for these keys (both descend from the IBM PC's): (unshifted, shifted).
_PC_POSITIONS: dict[int, tuple[str, str]] = {
    **{2 + index: (digit, shifted) for index, (digit, shifted) in enumerate(zip("1234567890", "!@#$%^&*()"))},
    12: ("-", "_"), 13: ("=", "+"),
    **{16 + index: (letter, letter.upper()) for index, letter in enumerate("qwertyuiop")},
    26: ("[", "{"), 27: ("]", "}"),
    **{30 + index: (letter, letter.upper()) for index, letter in enumerate("asdfghjkl")},
    39: (";", ":"), 40: ("'", '"'), 41: ("`", "~"), 43: ("\\", "|"),
    **{44 + index: (letter, letter.upper()) for index, letter in enumerate("zxcvbnm")},
    51: (",", "<"), 52: (".", ">"), 53: ("/", "?"), 57: (" ", " "),
}
# The keypad: scanners set to "keypad digits" use it; its keys are the same on every layout
# but Windows reports several as extended (0xE0-prefixed) codes, so only Linux lists them.
_KEYPAD_POSITIONS: dict[int, tuple[str, str]] = {
    71: ("7", "7"), 72: ("8", "8"), 73: ("9", "9"), 74: ("-", "-"), 75: ("4", "4"), 76: ("5", "5"),
    77: ("6", "6"), 78: ("+", "+"), 79: ("1", "1"), 80: ("2", "2"), 81: ("3", "3"), 82: ("0", "0"),
    83: (".", "."), 55: ("*", "*"), 98: ("/", "/"),
}
# macOS gives no scan code; its virtual key codes (kVK_ANSI_*) are positions too.
_MAC_POSITIONS: dict[int, tuple[str, str]] = {
    0: ("a", "A"), 1: ("s", "S"), 2: ("d", "D"), 3: ("f", "F"), 4: ("h", "H"), 5: ("g", "G"), 6: ("z", "Z"),
    7: ("x", "X"), 8: ("c", "C"), 9: ("v", "V"), 11: ("b", "B"), 12: ("q", "Q"), 13: ("w", "W"), 14: ("e", "E"),
    15: ("r", "R"), 16: ("y", "Y"), 17: ("t", "T"), 18: ("1", "!"), 19: ("2", "@"), 20: ("3", "#"),
    21: ("4", "$"), 22: ("6", "^"), 23: ("5", "%"), 24: ("=", "+"), 25: ("9", "("), 26: ("7", "&"),
    27: ("-", "_"), 28: ("8", "*"), 29: ("0", ")"), 30: ("]", "}"), 31: ("o", "O"), 32: ("u", "U"),
    33: ("[", "{"), 34: ("i", "I"), 35: ("p", "P"), 37: ("l", "L"), 38: ("j", "J"), 39: ("'", '"'),
    40: ("k", "K"), 41: (";", ":"), 42: ("\\", "|"), 43: (",", "<"), 44: ("/", "?"), 45: ("n", "N"),
    46: ("m", "M"), 47: (".", ">"), 49: (" ", " "), 50: ("`", "~"),
}


class KeyScheme(Enum):
    """How the window system numbers physical keys."""

    XKB = "xkb"  # X11 and Wayland: evdev code + 8, in nativeScanCode
    WINDOWS = "windows"  # PC set-1 scan code, in nativeScanCode
    MAC = "mac"  # kVK code, in nativeVirtualKey


_SCHEME_BY_PLATFORM = {"xcb": KeyScheme.XKB, "wayland": KeyScheme.XKB, "windows": KeyScheme.WINDOWS,
                       "cocoa": KeyScheme.MAC}
_XKB_OFFSET = 8


def scheme_for_platform(platform_name: str) -> KeyScheme | None:
    """The scheme of Qt's platform plugin; None (read the text only) for one we do not know."""
    return _SCHEME_BY_PLATFORM.get(platform_name)


def us_character(scheme: KeyScheme, scan_code: int, virtual_key: int, shifted: bool) -> str | None:
    """What a US keyboard types at this physical key; None for a key not in our table."""
    if scheme is KeyScheme.MAC:
        pair = _MAC_POSITIONS.get(virtual_key)
    elif scheme is KeyScheme.XKB:
        code = scan_code - _XKB_OFFSET
        pair = _PC_POSITIONS.get(code) or _KEYPAD_POSITIONS.get(code)
    else:
        pair = _PC_POSITIONS.get(scan_code)
    if pair is None:
        return None
    return pair[1] if shifted else pair[0]


# Every character a card payload (``LP1:`` digits ``:`` base32), receipt number or product
# code (``cards.scan._PRODUCT_CODE``) is made of.
CODE_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.:/+#$%_- ")


def _strangers(text: str) -> int:
    return sum(ch not in CODE_CHARACTERS for ch in text)


class Reading(Enum):
    US_KEYS = "us_keys"  # the physical keys read as a US keyboard
    TEXT = "text"  # the text the active layout produced


class ReadingChooser:
    """Picks the reading of each burst and remembers which one the scanner turned out to need."""

    def __init__(self) -> None:
        self.preferred = Reading.US_KEYS

    def choose(self, text: str, us_keys: str | None) -> str:
        """``us_keys`` None: some key of the burst has no known position, so only the text is known."""
        if us_keys is None or us_keys == text:
            return text
        text_strangers, key_strangers = _strangers(text), _strangers(us_keys)
        if text_strangers != key_strangers:
            self.preferred = Reading.TEXT if text_strangers < key_strangers else Reading.US_KEYS
        return text if self.preferred is Reading.TEXT else us_keys
