"""Qt's own warnings (fonts, printers, platform plugins) into the log file.

Qt prints them to stderr, which a till started from a desktop shortcut does not have;
routed to the ``qt`` logger they land in the log beside the program's own messages.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
log = logging.getLogger("qt")


def _to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    where = f" ({context.category})" if context.category and context.category != "default" else ""
    log.log(_LEVELS.get(kind, logging.WARNING), "%s%s", message, where)


def route_qt_messages() -> Callable[[], None]:
    """Send Qt's messages to the log; returns what puts the previous handler back."""
    previous = qInstallMessageHandler(_to_log)

    def restore() -> None:
        qInstallMessageHandler(previous)

    return restore
