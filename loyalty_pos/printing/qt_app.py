"""The Qt application object that font and PDF rendering need.

Qt refuses to lay out text without a QGuiApplication. The GUI creates one at
start-up; the CLI (``loyalty-pos cards print``) and tests have none, so the
printing code creates one on first use. On a Linux machine without a display
(a server, an SSH session) the offscreen platform is selected, because Qt's
default (xcb) would abort the whole process there.

The instance created is a QApplication (a QGuiApplication that also allows
widgets), so a process that prints first and opens windows later — the test
suite, a future "print then preview" flow — keeps working: Qt allows only one
application object per process and it cannot be upgraded afterwards.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from loyalty_pos.printing.qt_messages import route_qt_messages

_created: list[QApplication] = []  # keeps our instance alive for the process lifetime


def ensure_gui_application() -> QGuiApplication:
    """Return the running QGuiApplication, creating an (offscreen if headless) one if none exists."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError(
            "Printing cards needs a QGuiApplication, but a plain QCoreApplication is running; "
            "create a QGuiApplication (or QApplication) instead."
        )
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication(["loyalty-pos"])
    _created.append(app)
    # Only for an application made here (the CLI's card printing): the till and the
    # tests' pytest-qt own the message handler of theirs.
    route_qt_messages()
    return app
