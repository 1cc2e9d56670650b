"""The till explains a sale's points and rewards in its own language: the panel's lines are
written from the sale's data at show time, not the engine's English."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from loyalty_pos.gui.language import install_language
from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE
from tests.gui.conftest import App, running_till
from tests.gui.keyboard import save_png


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en", "en")


def test_an_indonesian_till_explains_the_points_in_indonesian(qtbot: QtBot, demo: App) -> None:
    with demo.uow() as uow:
        uow.settings.set(TILL_LANGUAGE, "id")
        uow.commit()
    with running_till(qtbot, demo) as till:
        till.signed_in()
        till.scan(till.card_payload(till.member_named("Mei Saputra")))
        till.scan("7040000000011")  # Espresso NOK 32.00: base 3, Silver's extra 0
        lines = till.sale.totals.breakdown_lines()
        assert lines == ["Dasar 1 poin / NOK 10.00: +3", "Tingkat Silver x1.25: +0"]
        assert not any("Base" in line or " tier " in line for line in lines)
        save_png(till.sale.totals, "points_explanation_id")
        save_png(till.window, "points_explanation_id_till")
