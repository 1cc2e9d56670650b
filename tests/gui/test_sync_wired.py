"""The till's window with the real sync client wired as run_till wires it (register_till,
run_sync_round), against the in-process contract server: Settings > Sync registers, the
background worker's rounds push, and the status bar follows Online, Offline, Disconnected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.gui.manager.settings_section import SettingsSection
from loyalty_pos.sync.till_link import register_till, run_sync_round
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human
from tests.sync.contract_server import ContractServer


@pytest.fixture
def chain(monkeypatch: pytest.MonkeyPatch) -> ContractServer:
    server = ContractServer()
    monkeypatch.setattr("loyalty_pos.sync.client.default_transport", server.transport())
    monkeypatch.setattr("loyalty_pos.sync.client.pause", lambda _seconds: None)
    return server


@pytest.fixture
def wired_till(qtbot: QtBot, demo: App, chain: ContractServer) -> Iterator[Till]:
    with running_till(qtbot, demo, sync_round=run_sync_round, sync_register=register_till) as till:
        yield till
        till.window.sync.stop()
        till.window.sync.wait_idle(10_000)


def _type(till: Till, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    type_human(till.qtbot, edit, text, FORM_GAP_MS)


def _round(till: Till) -> None:
    worker = till.window.sync
    worker.run_now()
    till.qtbot.waitUntil(lambda: not worker.running, timeout=10_000)


def test_registering_in_settings_and_background_rounds_use_the_real_client(
        wired_till: Till, chain: ContractServer, request: pytest.FixtureRequest) -> None:
    till = wired_till
    section = open_section(till, "settings")
    assert isinstance(section, SettingsSection)
    till.qtbot.waitUntil(lambda: section.view is not None and section.sync.status is not None)
    section.page_list.setCurrentRow(section.pages.index(section.sync))
    page = section.sync
    _type(till, page.server_url, "https://chain.example")
    _type(till, page.code, "ABCD-EFGH-JKLM")  # twelve characters, but no code the server made
    press(till.qtbot, Qt.Key.Key_Return, page.code)
    till.qtbot.waitUntil(lambda: page.error.isVisible() and bool(page.error.text()), timeout=10_000)
    assert "unknown, used or expired" in page.error.text()

    _type(till, page.code, chain.add_terminal("till-gui"))
    press(till.qtbot, Qt.Key.Key_Return, page.code)
    till.qtbot.waitUntil(lambda: page.result_note.text() == "Synced.", timeout=10_000)
    assert chain.events  # the demo shop's members and staff went to the chain
    assert not any(event["kind"] == "product_saved" for event in chain.events)  # its catalog did not

    indicator = till.window.sync_indicator
    _round(till)
    assert indicator.state.text().startswith("Online"), indicator.state.text()
    chain.down = True
    _round(till)
    assert indicator.state.text().startswith("Offline"), indicator.state.text()
    chain.down = False
    chain.revoke("till-gui")
    _round(till)
    assert indicator.state.text() == "Disconnected from the chain"
    save_png(till.window, request.node.name)


def test_a_till_in_a_chain_signs_sales_with_the_terminal_id_the_server_gave(qtbot: QtBot, demo: App,
                                                                            chain: ContractServer) -> None:
    register_till(demo.uow, server_url="https://chain.example", code=chain.add_terminal("till-a"), clock=demo.clock)
    register_till(demo.uow, server_url="https://chain.example", code=chain.add_terminal("till-b"), clock=demo.clock)
    with running_till(qtbot, demo, sync_round=run_sync_round, sync_register=register_till) as till:
        assert till.window.ctx.terminal_id == "T002" != demo.config.terminal_id
        assert till.window.terminal_label.text() == "T002"
        till.window.sync.stop()
