"""The fonts card sheets and receipts are drawn with, shipped inside the package.

On a machine with no fonts installed (a minimal Linux, a container, a server) Qt drew
every letter as a filled box: black bars where the shop's and the member's names
should be, and the command said it had worked. The bundled DejaVu fonts are registered
with Qt before anything is drawn and are the fonts the cards and receipts ask for, so
tills print the same cards whatever they have installed. A name that neither they nor
a system font can draw is refused before a file is written, naming the character and
whose name it is: a card with a box for a letter is worse than no card.

A subset of Noto Sans CJK TC (the characters Taiwanese shops write with, see
``installer/subset_cjk_font.py``) ships beside them and is set as the fallback of each
family the till draws with: Latin text keeps its font, and a Chinese name on a card,
a receipt or the till's screen is drawn with real glyphs on a machine with no CJK font.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.printing.qt_app import ensure_gui_application
from loyalty_pos.resources import resource_bytes

SANS = "DejaVu Sans"
MONO = "DejaVu Sans Mono"
CJK = "Noto Sans CJK TC"
FONT_FILES = (
    "fonts/DejaVuSans.ttf",
    "fonts/DejaVuSans-Bold.ttf",
    "fonts/DejaVuSansMono.ttf",
    "fonts/DejaVuSansMono-Bold.ttf",
    "fonts/NotoSansCJKtc-Subset.otf",
)


class FontUnusable(LoyaltyError):
    code = "font_unusable"
    template = "The bundled font {name} could not be loaded; reinstall loyalty-pos."


class GlyphMissing(LoyaltyError):
    code = "glyph_missing"
    template = ("{whose} contains {char!r} ({codepoint} {char_name}), which no font on this computer can "
                "draw (the cards use {family}); change the name, or install a font that has it")


@dataclass(frozen=True, slots=True)
class PrintFonts:
    sans: str
    mono: str
    cjk: str


@cache
def print_fonts() -> PrintFonts:
    """Register the bundled fonts with Qt (once a process) and return their families."""
    ensure_gui_application()
    for name in FONT_FILES:
        if QFontDatabase.addApplicationFontFromData(resource_bytes(name)) < 0:
            raise FontUnusable(name=name)
    for family in (SANS, MONO):
        add_cjk_fallback(family)
    return PrintFonts(sans=SANS, mono=MONO, cjk=CJK)


def add_cjk_fallback(family: str) -> None:
    """Qt tries ``family``'s substitutes for a character it lacks before the system's fallbacks."""
    if CJK not in QFont.substitutes(family):
        QFont.insertSubstitution(family, CJK)


def check_drawable(text: str, font: QFont, *, whose: str) -> None:
    """Raise :class:`GlyphMissing` for the first character of ``text`` that Qt cannot draw with ``font``.

    Qt's fallbacks count (``inFontUcs4`` asks the font and the fonts Qt would fall back
    to): a till with a CJK system font prints a Chinese name with it; one with only the
    bundled fonts refuses the card instead of printing a box.
    """
    metrics = QFontMetrics(font)
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cf") or char.isspace():
            continue  # nothing is drawn for these
        if not metrics.inFontUcs4(ord(char)):
            raise GlyphMissing(whose=whose, char=char, codepoint=f"U+{ord(char):04X}",
                               char_name=unicodedata.name(char, "unnamed character"), family=font.family())
