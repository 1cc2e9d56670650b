"""Tab titles that take two lines when one line of them is wider than the tab widget.

At 150 % text on a 1024x768 till three titles ("Statement, newest first") are wider than
the back office leaves: Qt would hide the last behind scroll arrows, which also take Tab.
Each title breaks at its space nearest the middle instead (a Chinese one, which has no
spaces, between the two characters at its middle).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget


def two_lines(title: str) -> str:
    spaces = [index for index, char in enumerate(title) if char == " "]
    if spaces:
        middle = len(title) / 2
        cut = min(spaces, key=lambda index: abs(index - middle))
        return f"{title[:cut]}\n{title[cut + 1:]}"
    if not any(ord(char) >= 0x2E80 for char in title):
        return title  # one word of a spaced language: it cannot break
    # Chinese breaks between any two characters; not inside a mnemonic's "(&T)".
    cut = len(title) // 2
    opening = title.find("(")
    if 0 < opening < cut:
        cut = opening
    if title[cut - 1] == "&":
        cut -= 1
    return f"{title[:cut]}\n{title[cut:]}"


class TitlesFitWidth(QObject):
    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._titles = [tabs.tabText(index) for index in range(tabs.count())]
        self._wrapped = False
        tabs.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._tabs and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        bar = self._tabs.tabBar()
        one_line = sum(bar.fontMetrics().size(0, title).width() for title in self._titles)
        padding = (bar.tabSizeHint(0).width() - bar.fontMetrics().size(0, bar.tabText(0)).width()) if bar.count() else 0
        wrapped = one_line + padding * len(self._titles) > self._tabs.width()
        if wrapped == self._wrapped:
            return
        self._wrapped = wrapped
        for index, title in enumerate(self._titles):
            self._tabs.setTabText(index, two_lines(title) if wrapped else title)
        # The style gives a tab one line's height whatever its text: two lines ask for two.
        lines = bar.fontMetrics().lineSpacing() * 2 + 8
        bar.setStyleSheet(f"QTabBar::tab {{ min-height: {lines}px; }}" if wrapped else "")
