"""The till's look: Fusion, a clean light palette (or high contrast), large type, big touch targets.

One place, so the running till and the tests' screenshots look the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from loyalty_pos.gui.widgets.contrast import TEXT_CONTRAST, contrast_ratio
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
    # A caution's text (points about to expire), dark enough for 4.5:1 on the window's grey
    # as well as on white (#9a6700 was 4.4:1 there).
    warning: str = "#7d5400"
    # A preview of paper (the receipt, the card sheet) is paper-white in every theme, and so
    # its ink is set black with it: the theme's ink would be white on white in high contrast.
    paper: str = "#ffffff"
    paper_ink: str = "#000000"
    paper_muted: str = "#57606a"  # a receipt's rules, the setup summary's captions
    badge: str = "#fff1c2"  # the member's tier, a pill beside the name
    badge_ink: str = "#6b4a00"
    badge_border: str = "#d4a72c"
    # A report's bars: issued, redeemed, expired (and any two-set chart's first two).
    # Marks, not text: each is 3:1 or more on the chart's ground (WCAG non-text contrast).
    series: tuple[str, str, str] = ("#1f6feb", "#9a6700", "#6e7781")
    training: str = "#b35900"  # the training mode banner across the till: loud, not an error
    training_ink: str = "#ffffff"
    # The customer display: its own navy look facing the queue, not the till's.
    display_ground: str = "#0b2545"
    display_ink: str = "#ffffff"
    display_soft: str = "#b9d3f5"
    display_highlight: str = "#ffd166"
    display_track: str = "#13315c"
    display_edge: str = "#3d5a80"
    display_fill: str = "#06d6a0"


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
                        danger="#ff8080", border_px=2, success="#80ff80", warning="#ffd000",
                        badge="#000000", badge_ink="#ffd000", badge_border="#ffd000",
                        series=("#ffff00", "#00ffff", "#ffffff"), training="#000000", training_ink="#ffd000",
                        display_ground="#000000", display_ink="#ffffff", display_soft="#ffffff",
                        display_highlight="#ffff00", display_track="#000000", display_edge="#ffffff",
                        display_fill="#ffff00")
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


_current = NORMAL  # what apply_till_style last painted with


def colours() -> Colours:
    """The colours the till is painted with now: for what is painted in code (a model's
    foreground, a delegate, a chart) rather than by the style sheet."""
    return _current


def _is_dark(c: Colours) -> bool:
    return QColor(c.window).lightness() < 128


def banner_levels(c: Colours) -> dict[str, tuple[str, str, str]]:
    """(background, text, border) of each banner level in ``c``. On a dark ground (high
    contrast, a dark desktop palette) a banner keeps the ground and says its level by its
    ink and outline: a pale fill would put a light patch in a dark screen."""
    if c == NORMAL or not _is_dark(c):
        return LEVEL_COLOURS
    return {"info": (c.surface, c.ink, c.border), "success": (c.surface, c.success, c.success),
            "warning": (c.surface, c.warning, c.warning), "error": (c.surface, c.danger, c.danger)}


def _legible(ink: str, ground: str, fallback: str) -> str:
    """``ink`` if it reads on ``ground`` (WCAG 4.5:1), else ``fallback`` if that does, else
    black or white, whichever reads: a desktop palette's placeholder or highlight pair can
    be too faint to read a till's text in."""
    for candidate in (ink, fallback):
        if contrast_ratio(candidate, ground) >= TEXT_CONTRAST:
            return candidate
    return max(("#000000", "#ffffff"), key=lambda plain: contrast_ratio(plain, ground))


def system_colours(palette: QPalette) -> Colours:
    """The style sheet's colours taken from the desktop's ``palette``; what a palette has no
    role for (a danger's, a success's text) is the high-contrast ink on a dark one, else ours."""
    role = QPalette.ColorRole
    dark_ground = palette.color(role.Window).lightness() < 128
    marks = HIGH_CONTRAST if dark_ground else NORMAL

    def name(colour_role: QPalette.ColorRole, group: QPalette.ColorGroup = QPalette.ColorGroup.Active) -> str:
        return palette.color(group, colour_role).name()

    surface, window, ink = name(role.Base), name(role.Window), name(role.WindowText)
    # Text the till puts on the surface must read on the window's ground too (labels sit on
    # both); the darker or lighter of the two, whichever is nearer the ink, is the harder one.
    ground = min((surface, window), key=lambda g: contrast_ratio(ink, g))

    def on_ground(text: str) -> str:
        return _legible(text, ground, ink)

    accent = selection = name(role.Highlight)  # Qt has one role for both
    return Colours(accent=accent, ink=ink, muted=on_ground(name(role.PlaceholderText)),
                   surface=surface, window=window, border=name(role.Mid),
                   pressed=name(role.Midlight),
                   disabled_ink=name(role.Text, QPalette.ColorGroup.Disabled),
                   disabled_surface=window, header=name(role.AlternateBase),
                   selection=selection, selection_ink=_legible(name(role.HighlightedText), selection, ink),
                   on_accent=_legible(name(role.HighlightedText), accent, ink),
                   danger=on_ground(marks.danger), border_px=1,
                   success=on_ground(marks.success), warning=on_ground(marks.warning),
                   badge=marks.badge, badge_ink=marks.badge_ink, badge_border=marks.badge_border,
                   series=marks.series, training=marks.training, training_ink=marks.training_ink,
                   display_ground=marks.display_ground, display_ink=marks.display_ink,
                   display_soft=marks.display_soft, display_highlight=marks.display_highlight,
                   display_track=marks.display_track, display_edge=marks.display_edge,
                   display_fill=marks.display_fill)


def _banner_rules(c: Colours) -> str:
    """A widget with the ``banner`` property (see set_banner) painted in its level's colours
    of the theme in use (banner_levels), the labels inside it in the level's ink."""
    levels = banner_levels(c)
    return "".join(
        f"*[banner=\"{level}\"] {{ background: {background}; color: {ink}; "
        f"border: {c.border_px}px solid {border}; border-radius: 6px; }}\n"
        f"*[banner=\"{level}\"] QLabel {{ color: {ink}; background: transparent; border: none; }}\n"
        f"QLabel[banner=\"{level}\"] {{ padding: 6px 10px; }}\n"
        for level, (background, ink, border) in levels.items())


def _named_rules(c: Colours) -> str:
    """What used to carry its own colours in a widget's style sheet, painted from the theme
    so high contrast and a dark desktop palette recolour it."""
    return f"""
*[paper="true"] {{ background: {c.paper}; color: {c.paper_ink}; }}
QLabel[badge="true"] {{
    background: {c.badge}; color: {c.badge_ink}; border: {c.border_px}px solid {c.badge_border};
    border-radius: 10px; padding: 2px 10px;
}}
QLabel[training="true"] {{
    background: {c.training}; color: {c.training_ink}; border: {c.border_px}px solid {c.training_ink};
    border-radius: 6px; padding: 6px;
}}
QLabel[inlineError="true"] {{ color: {c.danger}; font-weight: bold; }}
QLineEdit#quantityEditor {{ border: 2px solid {c.accent}; }}
#customerDisplay {{ background: {c.display_ground}; }}
#customerDisplay QLabel {{ color: {c.display_ink}; background: transparent; }}
#customerDisplay QLabel[soft="true"] {{ color: {c.display_soft}; }}
#customerDisplay QLabel[highlight="true"] {{ color: {c.display_highlight}; }}
#customerDisplay QProgressBar {{
    min-height: 36px; border: 2px solid {c.display_edge}; border-radius: 10px;
    background: {c.display_track}; color: {c.display_ink};
}}
#customerDisplay QProgressBar::chunk {{ background: {c.display_fill}; border-radius: 8px; }}
"""


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
""" + _banner_rules(c) + _named_rules(c)


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
    global _desktop_palette, _current
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
    _current = colours
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
