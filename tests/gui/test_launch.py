"""launch(): the whole till, as ``loyalty-pos`` and ``loyalty-pos demo`` start it."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from loyalty_pos.app import App
from loyalty_pos.gui.launch import APPLICATION_DISPLAY_NAME, launch
from loyalty_pos.gui.main_window import MainWindow
from loyalty_pos.gui.widgets.theme import BASE_POINT_SIZE, WINDOW
from tests.gui.keyboard import save_png


def test_launch_shows_the_sign_in_screen_and_returns_when_closed(demo: App, qtbot) -> None:  # noqa: ANN001
    seen: dict[str, object] = {}

    def on_shown(window: MainWindow) -> None:
        seen["visible"] = window.isVisible()
        seen["screen"] = window.stack.currentWidget() is window.sign_in
        app = QApplication.instance()
        seen["font"] = app.font().pointSize()
        seen["window_colour"] = app.palette().color(QPalette.ColorRole.Window).name()
        save_png(window, "launch_sign_in")
        QTimer.singleShot(50, window.close)

    code = launch(demo.uow, clock=demo.clock, key=demo.key, config=demo.config, on_shown=on_shown)
    assert code == 0
    assert seen == {"visible": True, "screen": True, "font": BASE_POINT_SIZE, "window_colour": WINDOW}
    assert BASE_POINT_SIZE >= 14


def test_loyalty_pos_demo_opens_the_till(tmp_path: Path) -> None:
    """The real command: seeds, opens the till and keeps running until closed."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "loyalty_pos", "--data-dir", str(tmp_path / "shop"), "demo", "--members", "20"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        ready = False
        while time.monotonic() < deadline and process.poll() is None:
            ready = (tmp_path / "shop" / "loyalty.sqlite").exists()
            if ready:
                break
            time.sleep(0.1)
        time.sleep(3)  # the window is built and the event loop runs
        still_running = process.poll() is None
    finally:
        process.terminate()
        out, err = process.communicate(timeout=10)
    assert ready, err
    assert still_running, f"the till exited early:\n{out}\n{err}"
    assert "Traceback" not in err, err
    assert "Sign in as cashier/1111" in out


def test_the_till_title_leaves_the_application_name_to_qt(till) -> None:  # noqa: ANN001
    # Qt appends the display name on X11 and Windows ("… — loyalty-pos").
    assert "terminal" in till.window.windowTitle()
    assert APPLICATION_DISPLAY_NAME not in till.window.windowTitle()


def test_a_missing_card_key_stops_the_till_with_a_window_saying_how_to_fix_it(
        demo: App, qtbot, monkeypatch) -> None:  # noqa: ANN001
    import pytest
    from PySide6.QtWidgets import QMessageBox

    from loyalty_pos.app import run_till
    from loyalty_pos.services.shop.card_key_ring import CardKeyProblem

    config = demo.config
    demo.close()
    config.key_path.unlink()
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        box.resize(720, 260)
        save_png(box, "launch_card_key_missing")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    with pytest.raises(CardKeyProblem):
        run_till(config)
    assert len(shown) == 1 and "cards key import FILE" in shown[0] and "backup" in shown[0]
    assert not config.key_path.exists()


def test_the_till_names_its_desktop_entry(qapp) -> None:  # noqa: ANN001
    from loyalty_pos.gui.launch import DESKTOP_FILE_NAME, till_application

    assert till_application().desktopFileName() == DESKTOP_FILE_NAME
    assert (Path(__file__).resolve().parents[2] / "installer" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").is_file()
