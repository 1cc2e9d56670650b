"""The top of a back-office section: its name in large type, then a muted paragraph
saying what it is for and which keys drive it. One look, so sections read alike."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from loyalty_pos.gui.widgets.theme import scaled_font


def section_heading(title: str, parent: QWidget) -> QLabel:
    heading = QLabel(title, parent)
    heading.setFont(scaled_font(parent.font(), 140, bold=True))
    return heading


def section_intro(text: str, parent: QWidget) -> QLabel:
    intro = QLabel(text, parent)
    intro.setProperty("muted", True)
    intro.setWordWrap(True)
    return intro
