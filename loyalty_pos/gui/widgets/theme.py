"""The till's look: Fusion, a clean light palette (or high contrast), large type, big touch targets.

One place, so the running till and the tests' screenshots look the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from loyalty_pos.printing.fonts import add_cjk_fallback, print_fonts
from loyalty_pos.services.shop.till_preferences import TEXT_SIZES_PCT

BASE_POINT_SIZE = 14  # read from arm's length by a cashier who is also talking to a customer
MIN_TARGET_PX = 44  # the smallest comfortable touch target
FKEY_TEXT_PX = 46  # an F-key button's two lines ("F9" over "Pay cash") at the base size

@dataclass(frozen=True, slots=True)
class Colours:
    """What the style sheet and the palette are painted with."""

    accent: str
    ink: str
    muted: str
    surface: str
    window: str
    border: str
    pressed: str
    disabled_ink: str
    disabled_surface: str
    header: str
    selection: str
    selection_ink: str
    on_accent: str  # text on an accent-coloured (primary) button
    danger: str
    border_px: int
    success: str = "#116329"  # a good outcome's text (points earned)
    warning: str = "#9a6700"  # a caution's text (points about to expire)


NORMAL = Colours(accent="#1f6feb", ink="#1b1f24", muted="#57606a", surface="#ffffff", window="#f3f4f6",
                 border="#d0d7de", pressed="#eaeef2", disabled_ink="#8c959f", disabled_surface="#f6f8fa",
                 header="#eef1f4", selection="#cfe3ff", selection_ink="#1b1f24", on_accent="#ffffff",
                 danger="#a40e26", border_px=1)
# White on black with yellow for what is chosen or has the focus (the WCAG-AAA pairs a
# Windows high-contrast theme uses): every text/background pair is above 15:1, and
# borders are thick enough to find a control by its outline alone.
HIGH_CONTRAST = Colours(accent="#ffff00", ink="#ffffff", muted="#ffffff", surface="#000000", window="#000000",
                        border="#ffffff", pressed="#3a3a3a", disabled_ink="#b0b0b0", disabled_surface="#000000",
                        header="#000000", selection="#ffff00", selection_ink="#000000", on_accent="#000000",
                        danger="#ff8080", border_px=2, success="#80ff80", warning="#ffd000")
THEMES: dict[str, Colours] = {"normal": NORMAL, "high_contrast": HIGH_CONTRAST}
SYSTEM_THEME = "system"  # the desktop's palette, whatever it is: see system_colours
# Percent of BASE_POINT_SIZE (14 pt, already about 1.5 times a desktop's text): 150 % is
# 21 pt. 175 % did not fit a 1024x768 till: the sale screen's ten F-keys take four rows
# and leave the basket and the member panel too little to show (tests/gui/test_accessibility.py).
TEXT_SIZES = TEXT_SIZES_PCT

ACCENT = NORMAL.accent
INK = NORMAL.ink
MUTED = NORMAL.muted
SURFACE = NORMAL.surface
WINDOW = NORMAL.window
BORDER = NORMAL.border

# Message bar colours by level: (background, text, border)
LEVEL_COLOURS: dict[str, tuple[str, str, str]] = {
    "info": ("#ddf4ff", "#0a3069", "#54aeff"),
    "success": ("#dafbe1", "#116329", "#4ac26b"),
    "warning": ("#fff8c5", "#6b4a00", "#d4a72c"),
    "error": ("#ffebe9", "#82071e", "#ff8182"),
}


def _is_dark(c: Colours) -> bool:
    return QColor(c.window).lightness() < 128


def system_colours(palette: QPalette) -> Colours:
    """The style sheet's colours taken from the desktop's ``palette``; what a palette has no
    role for (a danger's, a success's text) is the high-contrast ink on a dark one, else ours."""
    role = QPalette.ColorRole
    dark_ground = palette.color(role.Window).lightness() < 128
    marks = HIGH_CONTRAST if dark_ground else NORMAL

    def name(colour_role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
        return palette.color(group, colour_role).name()

    return Colours(accent=name(role.Highlight), ink=name(role.WindowText), muted=name(role.PlaceholderText),
                   surface=name(role.Base), window=name(role.Window), border=name(role.Mid),
                   pressed=name(role.Midlight),
                   disabled_ink=name(role.Text, QPalette.ColorGroup.Disabled),
                   disabled_surface=name(role.Window), header=name(role.AlternateBase),
                   selection=name(role.Highlight), selection_ink=name(role.HighlightedText),
                   on_accent=name(role.HighlightedText), danger=marks.danger, border_px=1,
                   success=marks.success, warning=marks.warning)


def _banner_rules(c: Colours) -> str:
    """A widget with the ``banner`` property (see set_banner) painted in its level's colours
    of the theme in use, the labels inside it in the level's ink. On a dark ground (high
    contrast, a dark desktop palette) a banner keeps the ground and says its level by its
    ink and outline: a pale fill would put dark text on a light patch in a dark screen."""
    if c == NORMAL or not _is_dark(c):
        levels = LEVEL_COLOURS
    else:
        levels = {"info": (c.surface, c.ink, c.border), "success": (c.surface, c.success, c.success),
                  "warning": (c.surface, c.warning, c.warning), "error": (c.surface, c.danger, c.danger)}
    return "".join(
        f"*[banner=\"{level}\"] {{ background: {background}; color: {ink}; "
        f"border: {c.border_px}px solid {border}; border-radius: 6px; }}\n"
        f"*[banner=\"{level}\"] QLabel {{ color: {ink}; background: transparent; border: none; }}\n"
        f"QLabel[banner=\"{level}\"] {{ padding: 6px 10px; }}\n"
        for level, (background, ink, border) in levels.items())


def _choice_indicators(c: Colours) -> str:
    """Fusion draws a tick box's square from the palette's mid tones, which vanish on black:
    in high contrast the boxes and radio dots get an outline and a filled checked state."""
    if c is NORMAL:
        return ""
    return f"""
QCheckBox::indicator, QRadioButton::indicator {{
    width: 18px; height: 18px; border: {c.border_px}px solid {c.border}; background: {c.surface};
}}
QRadioButton::indicator {{ border-radius: 10px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.accent}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {c.disabled_ink}; }}
"""


def style_sheet(c: Colours) -> str:
    return _choice_indicators(c) + f"""
QPushButton {{
    min-height: {MIN_TARGET_PX}px;
    padding: 4px 10px;
    border: {c.border_px}px solid {c.border};
    border-radius: 6px;
    background: {c.surface};
}}
QPushButton[fkey="true"] {{ min-height: {FKEY_TEXT_PX}px; padding: 2px 8px; }}
QPushButton:hover {{ border-color: {c.accent}; }}
QPushButton:pressed {{ background: {c.pressed}; }}
QPushButton:disabled {{ color: {c.disabled_ink}; background: {c.disabled_surface}; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.on_accent}; border-color: {c.accent}; font-weight: bold; }}
QPushButton[role="danger"] {{ color: {c.danger}; }}
QPushButton[role="primary"]:disabled, QPushButton[role="danger"]:disabled {{
    background: {c.disabled_surface}; color: {c.disabled_ink}; border-color: {c.border};
}}
QLineEdit {{
    min-height: 36px;
    padding: 2px 8px;
    border: {c.border_px}px solid {c.border};
    border-radius: 6px;
    background: {c.surface};
}}
QLineEdit:focus {{ border: {c.border_px + 1}px solid {c.accent}; }}
/* Where the keyboard is must show without colour vision: a thicker outline. */
QPushButton:focus {{ border: {c.border_px + 1}px solid {c.accent}; }}
QLineEdit:disabled {{ background: {c.disabled_surface}; color: {c.disabled_ink}; }}
/* A border or padding here would hand the whole box to the style sheet, which then draws
   the up/down buttons with no arrows: spin boxes keep Fusion's own look, as the date
   edits and combo boxes beside them do, at a line edit's height. */
QSpinBox {{ min-height: 39px; }}
QTableView, QListView {{
    background: {c.surface};
    border: {c.border_px}px solid {c.border};
    border-radius: 6px;
    selection-background-color: {c.selection};
    selection-color: {c.selection_ink};
}}
QTableView::item {{ padding: 0px 8px; }}
QHeaderView::section {{
    background: {c.header};
    padding: 4px 6px;
    border: none;
    border-bottom: {c.border_px}px solid {c.border};
    font-weight: bold;
}}
QProgressBar {{
    min-height: 24px;
    border: {c.border_px}px solid {c.border};
    border-radius: 6px;
    background: {c.header};
    text-align: center;
}}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 5px; }}
QFrame[panel="true"] {{
    background: {c.surface};
    border: {c.border_px}px solid {c.border};
    border-radius: 8px;
}}
QLabel[muted="true"] {{ color: {c.muted}; }}
QLabel[tone="success"] {{ color: {c.success}; }}
QLabel[tone="warning"] {{ color: {c.warning}; }}
QLabel[tone="stale"] {{ color: {c.disabled_ink}; }}
QLabel[tone="danger"] {{ color: {c.danger}; }}
QLineEdit[shownOnly="true"]:read-only {{ background: {c.disabled_surface}; color: {c.muted}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
""" + _banner_rules(c)


def till_palette(c: Colours = NORMAL) -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.ink,
        QPalette.ColorRole.Base: c.surface,
        QPalette.ColorRole.AlternateBase: c.disabled_surface,
        QPalette.ColorRole.Text: c.ink,
        QPalette.ColorRole.Button: c.surface,
        QPalette.ColorRole.ButtonText: c.ink,
        QPalette.ColorRole.Highlight: c.selection,
        QPalette.ColorRole.HighlightedText: c.selection_ink,
        QPalette.ColorRole.ToolTipBase: c.surface,
        QPalette.ColorRole.ToolTipText: c.ink,
        QPalette.ColorRole.PlaceholderText: c.disabled_ink,
        QPalette.ColorRole.Link: c.accent,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(c.disabled_ink))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(c.disabled_ink))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor(c.disabled_ink))
    return palette


_desktop_palette: QPalette | None = None  # the palette the process started with, before ours


def apply_till_style(app: QApplication, *, theme: str = "normal", text_pct: int = 100,
                     desktop: QPalette | None = None) -> None:
    """Idempotent: launching twice in one process (tests) gives the same look.

    ``theme`` (a key of THEMES, or SYSTEM_THEME) and ``text_pct`` (one of TEXT_SIZES) are
    the till's Display settings; an unknown value gives the default rather than no till.
    ``desktop``: the system's palette for SYSTEM_THEME (default: the one the process
    started with).
    """
    global _desktop_palette
    if _desktop_palette is None:
        _desktop_palette = QPalette(app.palette())
    text_pct = text_pct if text_pct in TEXT_SIZES else 100
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    if theme == SYSTEM_THEME:
        palette = QPalette(desktop if desktop is not None else _desktop_palette)
        colours = system_colours(palette)
        app.setPalette(palette)
    else:
        colours = THEMES.get(theme, NORMAL)
        app.setPalette(till_palette(colours))
    old_size = app.font().pointSize()
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE * text_pct // 100)
    # Chinese text falls back to the bundled font; Latin text keeps the system's UI font.
    cjk = print_fonts().cjk
    # The family the system's "Sans Serif" really is: listed beside a real family, an alias
    # that is no family of Qt's own is skipped, and Latin text would take the CJK font's
    # taller lines.
    family = QFontInfo(QFont(font.families()[0] if font.families() else font.family())).family()
    if family == cjk:
        family = font.family()
    add_cjk_fallback(family)
    font.setFamilies([family, cjk])
    app.setFont(font)
    app.setStyleSheet(style_sheet(colours))
    if old_size > 0 and old_size != font.pointSize():
        _rescale_set_fonts(app, font.pointSize() / old_size)


def _rescale_set_fonts(app: QApplication, ratio: float) -> None:
    """Headings and totals set their own size (``scaled_font``) when built; a text size
    changed while the till runs scales them too, so they stay in proportion."""
    for widget in app.allWidgets():
        if widget.testAttribute(Qt.WidgetAttribute.WA_SetFont) and widget.font().pointSizeF() > 0:
            scaled = QFont(widget.font())
            scaled.setPointSizeF(max(1.0, widget.font().pointSizeF() * ratio))
            widget.setFont(scaled)


def set_tone(label: QWidget, tone: str) -> None:
    """Colour a label's text by what it means ("success", "warning", "stale", "danger"; "" for plain
    ink) through the theme, so high contrast recolours it; a widget's own style sheet would not."""
    if label.property("tone") == tone:
        return
    label.setProperty("tone", tone)
    label.style().unpolish(label)
    label.style().polish(label)


def set_banner(widget: QWidget, level: str) -> None:
    """Paint ``widget`` as a banner of ``level`` ("info", "success", "warning", "error")
    through the theme, so high contrast recolours it; a widget's own style sheet would not."""
    if widget.property("banner") == level:
        return
    widget.setProperty("banner", level)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    for child in widget.findChildren(QWidget):
        child.style().unpolish(child)
        child.style().polish(child)


def scaled_font(base: QFont, factor_pct: int, *, bold: bool = False) -> QFont:
    """A font ``factor_pct`` % of ``base`` (integer percent: totals are 200 %)."""
    font = QFont(base)
    font.setPointSize(max(1, base.pointSize() * factor_pct // 100))
    font.setBold(bold)
    return font
