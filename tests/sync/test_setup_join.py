"""First-run setup's "Join a chain", from the keyboard, against the real server on
PostgreSQL and the window's real wiring (``app.joining``): a bad address is refused
before anything is sent, a wrong code leaves no shop, the right one makes the till."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.app import joining
from loyalty_pos.config import Config
from loyalty_pos.domain.regions import Region
from loyalty_pos.gui.launch import build_setup
from loyalty_pos.jobs.shop_setup import create_shop, shop_exists
from loyalty_pos.sync.round import register, run_sync_round
from loyalty_pos.system_region import known_zones
from tests.gui.conftest import clipped_widgets
from tests.gui.keyboard import focused, press, save_png
from tests.integration.conftest import demo_shop_at
from tests.sync.conftest import CHAIN_URL
from tests.sync.real_server import RealServer

ENTER, TAB = Qt.Key.Key_Return, Qt.Key.Key_Tab
ALT = Qt.KeyboardModifier.AltModifier


def test_join_a_chain_from_the_setup_window(qtbot: QtBot, tmp_path: Path, api: str,
                                            engine: sa.engine.Engine) -> None:
    server = RealServer(api, engine)
    try:
        with demo_shop_at(tmp_path / "office") as office:  # head office has synced once
            register(office.uow, CHAIN_URL, server.add_terminal("office", head_office=True), "office",
                     clock=office.clock, transport=server.transport())
            assert run_sync_round(office.uow, clock=office.clock, transport=server.transport(),
                                  keys=office.till_keys()).error is None
    finally:
        server.close()
    config = Config.load(tmp_path / "till")
    window = build_setup(lambda shop: create_shop(config, shop).created, defaults=Region("NO", "NOK", "Europe/Oslo",
                         "nb"), known_zones=known_zones(), data_dir=str(config.data_dir), join=joining(config))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def snap(name: str) -> None:
        qtbot.wait(20)
        assert not clipped_widgets(window), clipped_widgets(window)
        save_png(window, name)

    def typed(text: str) -> None:
        qtbot.keyClicks(focused(), text, delay=1)

    assert window.page is window.start_page
    snap("setup_join_0_start")
    press(qtbot, Qt.Key.Key_J, modifier=ALT)
    qtbot.waitUntil(window.start_page.join.isChecked)  # a mnemonic clicks after Qt's short animation
    press(qtbot, ENTER)
    page = window.join_page
    assert window.page is page and focused() is page.url

    typed("http://chain.example.com")  # plain http off this machine: refused before anything is sent
    press(qtbot, TAB)
    typed("WRONG-CODE-12")
    press(qtbot, ENTER)
    assert "https://" in page.error_text("url") and focused() is page.url
    snap("setup_join_1_bad_address")

    page.url.selectAll()
    typed(api)
    press(qtbot, ENTER)  # the wrong code, to the real server
    qtbot.waitUntil(lambda: page.failure.isVisible(), timeout=30_000)
    assert "enrolment code" in page.failure.text()
    assert not shop_exists(config) and not config.key_path.exists()
    assert list(config.data_dir.glob(".setup-*")) == []
    snap("setup_join_2_wrong_code")

    page.code.setFocus()
    page.code.selectAll()
    typed(RealServer(api, engine).add_terminal("till"))
    press(qtbot, ENTER)
    qtbot.waitUntil(lambda: window.joined is not None or page.failure.isVisible(), timeout=60_000)
    assert window.joined is not None, page.failure.text()
    assert shop_exists(config)
    window.ops.wait_idle()
