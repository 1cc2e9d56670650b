"""Unhandled errors in the till: logged with their traceback, and told to the person at it.

Without this an exception in a Qt slot or a worker thread is printed to a console that a
till started from a desktop shortcut does not have: the button does nothing and nobody
can find out why. The dialog names the log file so support can be sent the details.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("loyalty_pos.gui")


class CrashReporter(QObject):
    """Installs ``sys.excepthook`` and ``threading.excepthook`` until :meth:`uninstall`."""

    # Carries the one-line summary to the GUI thread from whichever thread failed.
    _report = Signal(str)

    def __init__(self, log_file: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_file = log_file
        self.box: QMessageBox | None = None
        self.unseen = 0  # errors after the one the open dialog shows
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        self._report.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook

    def _excepthook(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        log.critical("unhandled error", exc_info=(kind, error, trace))
        self._report.emit(_summary(kind, error))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "?"
        log.critical("unhandled error in thread %s", name, exc_info=(args.exc_type, args.exc_value, args.exc_traceback))
        self._report.emit(_summary(args.exc_type, args.exc_value))

    def _show(self, summary: str) -> None:
        if self.box is not None and self.box.isVisible():
            # One dialog at a time: an error repeating on every timer tick must not bury the till.
            self.unseen += 1
            self.box.setInformativeText(self._where() + "\n\n" + self.tr("{count} more error(s) since.").format(
                count=self.unseen))
            return
        self.unseen = 0
        parent: QWidget | None = QApplication.activeWindow()
        box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Unexpected error"),
                          self.tr("Something went wrong: {summary}\n\nThe till is still running; if it "
                                  "misbehaves, restart it.").format(summary=summary),
                          QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("crashDialog")
        box.setInformativeText(self._where())
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.box = box
        box.open()

    def _where(self) -> str:
        if self.log_file is None:
            return self.tr("No log file could be written; note what you were doing and tell your support.")
        return self.tr("The details are in the log file\n{path}\nSend it to your support.").format(path=self.log_file)


def _summary(kind: type[BaseException] | None, error: BaseException | None) -> str:
    name = kind.__name__ if kind is not None else "error"
    text = str(error) if error is not None else ""
    return f"{name}: {text}" if text else name
