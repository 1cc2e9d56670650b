"""The status bar's sync tip and Settings > Sync give the stored sync error in the till's
language (issue #23 part 2), including an error stored in English before this release."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.domain.sync_link import SyncLink
from loyalty_pos.gui.language import install_language, remove_language
from loyalty_pos.gui.manager.settings_sync_page import describe
from loyalty_pos.gui.server_address_text import server_address_problem
from loyalty_pos.gui.sync_indicator import SyncIndicator
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.jobs.background_sync import SyncOutcome
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.shop.server_address import server_url_problem
from loyalty_pos.services.shop.sync_status import SyncStatus

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
STORED = "offline: The chain server cannot be reached (https://chain.example)."


@pytest.fixture
def indonesian(qapp: QApplication) -> Iterator[None]:
    install_language("id", "id")
    yield
    remove_language()


def _status() -> SyncStatus:
    link = SyncLink(True, "https://chain.example", "T02", "joined", NOW - timedelta(hours=1), NOW, STORED, None)
    return SyncStatus(link, 4, True, timedelta(minutes=15), 30, NOW)


@pytest.mark.usefixtures("indonesian")
def test_the_cannot_reach_error_reads_in_indonesian(qtbot: QtBot) -> None:
    indicator = SyncIndicator(FixedClock(NOW))
    qtbot.addWidget(indicator)
    indicator.show_outcome(SyncOutcome(True, STORED, _status()))
    indonesian = "Server jaringan tidak dapat dihubungi (https://chain.example)."
    assert indonesian in indicator.state.toolTip()
    assert "cannot be reached" not in indicator.state.toolTip()
    assert indonesian in describe(_status())


@pytest.mark.usefixtures("indonesian")
@pytest.mark.parametrize(("url", "code"), [("ftp://chain.example", "no_host"), ("http://chain.example", "plain_http")])
def test_a_refused_server_address_reads_in_the_tills_language(url: str, code: str) -> None:
    # Settings > Sync and setup's join page show it under their address field.
    assert server_address_problem(url) == text(f"server_address.{code}", "id")
    assert server_address_problem(url) != server_url_problem(url)
    assert server_address_problem("https://chain.example") is None
