"""The till's look: Fusion, a clean light palette, large type, big touch targets.

One place, so the running till and the tests' screenshots look the same.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

BASE_POINT_SIZE = 14  # read from arm's length by a cashier who is also talking to a customer
MIN_TARGET_PX = 44  # the smallest comfortable touch target
FKEY_TEXT_PX = 46  # an F-key button's two lines ("F9" over "Pay cash") at the base size

ACCENT = "#1f6feb"
INK = "#1b1f24"
MUTED = "#57606a"
SURFACE = "#ffffff"
WINDOW = "#f3f4f6"
BORDER = "#d0d7de"

# Message bar colours by level: (background, text, border)
LEVEL_COLOURS: dict[str, tuple[str, str, str]] = {
    "info": ("#ddf4ff", "#0a3069", "#54aeff"),
    "success": ("#dafbe1", "#116329", "#4ac26b"),
    "warning": ("#fff8c5", "#6b4a00", "#d4a72c"),
    "error": ("#ffebe9", "#82071e", "#ff8182"),
}

_STYLE_SHEET = f"""
QPushButton {{
    min-height: {MIN_TARGET_PX}px;
    padding: 4px 10px;
    border: 1px solid {BORDER};
    border-radius: 6px;
    background: {SURFACE};
}}
QPushButton[fkey="true"] {{ min-height: {FKEY_TEXT_PX}px; padding: 2px 8px; }}
QPushButton:hover {{ border-color: {ACCENT}; }}
QPushButton:pressed {{ background: #eaeef2; }}
QPushButton:disabled {{ color: #8c959f; background: #f6f8fa; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; border-color: {ACCENT}; font-weight: bold; }}
QPushButton[role="danger"] {{ color: #a40e26; }}
QLineEdit {{
    min-height: 36px;
    padding: 2px 8px;
    border: 1px solid {BORDER};
    border-radius: 6px;
    background: {SURFACE};
}}
QLineEdit:focus {{ border: 2px solid {ACCENT}; }}
QLineEdit:disabled {{ background: #eef1f4; color: #8c959f; }}
/* A border or padding here would hand the whole box to the style sheet, which then draws
   the up/down buttons with no arrows: spin boxes keep Fusion's own look, as the date
   edits and combo boxes beside them do, at a line edit's height. */
QSpinBox {{ min-height: 39px; }}
QTableView, QListView {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 6px;
    selection-background-color: #cfe3ff;
    selection-color: {INK};
}}
QTableView::item {{ padding: 0px 8px; }}
QHeaderView::section {{
    background: #eef1f4;
    padding: 4px 6px;
    border: none;
    border-bottom: 1px solid {BORDER};
    font-weight: bold;
}}
QProgressBar {{
    min-height: 24px;
    border: 1px solid {BORDER};
    border-radius: 6px;
    background: #eef1f4;
    text-align: center;
}}
QProgressBar::chunk {{ background: #7cc4fa; border-radius: 5px; }}
QFrame[panel="true"] {{
    background: {SURFACE};
    border: 1px solid {BORDER};
    border-radius: 8px;
}}
QLabel[muted="true"] {{ color: {MUTED}; }}
QStatusBar QLabel {{ padding: 0 8px; }}
"""


def till_palette() -> QPalette:
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: INK,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f6f8fa",
        QPalette.ColorRole.Text: INK,
        QPalette.ColorRole.Button: SURFACE,
        QPalette.ColorRole.ButtonText: INK,
        QPalette.ColorRole.Highlight: "#cfe3ff",
        QPalette.ColorRole.HighlightedText: INK,
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: INK,
        QPalette.ColorRole.PlaceholderText: "#8c959f",
        QPalette.ColorRole.Link: ACCENT,
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#8c959f"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#8c959f"))
    return palette


def apply_till_style(app: QApplication) -> None:
    """Idempotent: launching twice in one process (tests) gives the same look."""
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(till_palette())
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(_STYLE_SHEET)


def scaled_font(base: QFont, factor_pct: int, *, bold: bool = False) -> QFont:
    """A font ``factor_pct`` % of ``base`` (integer percent: totals are 200 %)."""
    font = QFont(base)
    font.setPointSize(max(1, base.pointSize() * factor_pct // 100))
    font.setBold(bold)
    return font
