"""The About box (F1) and what the till does with an error nobody caught: the
traceback goes to the log file and a dialog names that file."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, qWarning
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from loyalty_pos.version import __version__
from loyalty_pos.app import App
from loyalty_pos.cards.keys import key_fingerprint
from loyalty_pos.gui.about_box import AboutBox
from loyalty_pos.gui.crash_report import CrashReporter
from loyalty_pos.log_files import LOG_DIR_ENV, LOG_NAME, start_logging
from loyalty_pos.printing.qt_messages import route_qt_messages
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import press, save_png


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(LOG_DIR_ENV, str(tmp_path / "logs"))
    files = start_logging()
    assert files is not None
    return files.log


@pytest.fixture
def logged_till(qtbot: QtBot, demo: App, log_file: Path) -> Iterator[Till]:
    with running_till(qtbot, demo) as till:
        yield till


def _about_box() -> AboutBox | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutBox) and w.isVisible()]
    return found[0] if found else None


def _open_about(till: Till) -> AboutBox:
    press(till.qtbot, Qt.Key.Key_F1, till.window)
    till.qtbot.waitUntil(lambda: _about_box() is not None)
    box = _about_box()
    assert box is not None
    return box


def test_f1_shows_version_data_dir_log_file_and_card_key(logged_till: Till, log_file: Path) -> None:
    box = _open_about(logged_till)
    values = {key: label.text() for key, label in box.values.items()}
    assert values == {
        "version": __version__,
        "data_dir": str(logged_till.app.config.data_dir),
        "log_file": str(log_file),
        "key": key_fingerprint(logged_till.app.key.current),
    }
    box.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"loyalty-pos {__version__}" in copied and str(log_file) in copied
    box.adjustSize()
    save_png(box, "about_box")
    box.close()


def test_f1_works_at_the_sale_screen_too(logged_till: Till) -> None:
    logged_till.signed_in()
    box = _open_about(logged_till)
    assert box.values["key"].text() == key_fingerprint(logged_till.app.key.current)
    box.close()


@pytest.fixture
def reporter(qtbot: QtBot, log_file: Path) -> Iterator[CrashReporter]:
    reporter = CrashReporter(log_file)
    reporter.install()
    try:
        yield reporter
    finally:
        reporter.uninstall()
        if reporter.box is not None:
            reporter.box.close()


def _crash_dialog(reporter: CrashReporter) -> QMessageBox | None:
    return reporter.box if reporter.box is not None and reporter.box.isVisible() else None


def test_an_error_in_a_slot_is_logged_and_the_dialog_names_the_log(qtbot: QtBot, reporter: CrashReporter,
                                                                   log_file: Path) -> None:
    def broken_slot() -> None:
        raise ValueError("the printer answered nonsense")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: _crash_dialog(reporter) is not None)
    box = _crash_dialog(reporter)
    assert box is not None
    assert "ValueError: the printer answered nonsense" in box.text()
    assert str(log_file) in box.informativeText()
    assert box.windowTitle() == "Unexpected error"  # Qt appends "— loyalty-pos" itself
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled error" in text and "Traceback" in text and "broken_slot" in text
    box.adjustSize()
    save_png(box, "crash_dialog")


def test_an_error_in_a_worker_thread_is_logged_and_shown(qtbot: QtBot, reporter: CrashReporter,
                                                         log_file: Path) -> None:
    def broken_worker() -> None:
        raise OSError("the card reader vanished")

    worker = threading.Thread(target=broken_worker, name="card-reader")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: _crash_dialog(reporter) is not None)
    box = _crash_dialog(reporter)
    assert box is not None and "OSError: the card reader vanished" in box.text()
    text = log_file.read_text(encoding="utf-8")
    assert "unhandled error in thread card-reader" in text and "broken_worker" in text


def test_repeated_errors_share_one_dialog(qtbot: QtBot, reporter: CrashReporter) -> None:
    for _ in range(3):
        QTimer.singleShot(0, lambda: 1 / 0)
    qtbot.waitUntil(lambda: reporter.unseen == 2)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert dialogs == [reporter.box]
    assert "2 more error(s) since." in reporter.box.informativeText()


def test_qt_messages_go_to_the_log(qtbot: QtBot, caplog: pytest.LogCaptureFixture) -> None:
    restore = route_qt_messages()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a font is missing a glyph")
    finally:
        restore()
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("qt", logging.WARNING, "a font is missing a glyph")]


def test_uninstall_gives_back_the_previous_hooks(log_file: Path) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter(log_file)
    reporter.install()
    assert (sys.excepthook, threading.excepthook) != before
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    assert LOG_NAME == log_file.name
