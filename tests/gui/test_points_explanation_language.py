"""The till explains a sale's points and rewards in its own language: the panel's lines are
written from the sale's data at show time, not the engine's English."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QProgressBar, QStyle, QStyleOptionProgressBar
from pytestqt.qtbot import QtBot

from loyalty_pos.gui.language import install_language
from loyalty_pos.printing.receipt_text import WIDTH_58MM, receipt_lines
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.program.campaign_catalog import save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE
from tests.gui.conftest import App, running_till
from tests.gui.keyboard import save_png
from tests.gui.test_local_names import _paint_thermal
from tests.unit.test_receipt_languages import full_zh_receipt


def _bar_option(bar: QProgressBar) -> QStyleOptionProgressBar:
    option = QStyleOptionProgressBar()
    option.initFrom(bar)
    option.minimum, option.maximum, option.progress = bar.minimum(), bar.maximum(), bar.value()
    option.text, option.textVisible = bar.text(), True
    return option


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
        # What is left to the next tier is read whole in Indonesian (it was cut to "lag" inside the bar).
        panel = till.sale.member_area.panel
        bar = panel.tier_bar
        qtbot.waitUntil(lambda: "NOK" in bar.format())
        assert panel.tier_caption.text() == "Tingkat berikutnya: Gold"
        assert bar.format().startswith("belanja NOK") and bar.format().endswith(" lagi")
        room = bar.style().subElementRect(QStyle.SubElement.SE_ProgressBarLabel, _bar_option(bar), bar).width()
        assert bar.fontMetrics().horizontalAdvance(bar.text()) <= room
        # The panel is narrower in Indonesian (its F-keys take four columns): its captions still fit.
        assert panel.reward_caption.text() and not panel.reward_caption.is_elided()
        save_png(till.sale.totals, "points_explanation_id")
        save_png(till.window, "points_explanation_id_till")


def test_a_zh_tw_till_names_a_campaign_in_its_panel_by_its_zh_tw_name(qtbot: QtBot, demo: App) -> None:
    manager = Actor("manager", Role.MANAGER, "01")
    with demo.uow(readonly=True) as uow:
        campaign = next(c for c in working_draft(uow).campaigns if c.id == "bakery-x2")
    save_campaign(demo.uow(), replace(campaign, names={"zh-Hant": "烘焙雙倍點數", "nb": "Dobbelt på bakst"}),
                  actor=manager, clock=demo.clock)
    publish(demo.uow(), actor=manager, clock=demo.clock)
    with demo.uow() as uow:
        uow.settings.set(TILL_LANGUAGE, "zh-Hant")
        uow.commit()
    with running_till(qtbot, demo) as till:
        till.signed_in()
        till.scan(till.card_payload(till.member_named("Mei Saputra")))
        till.scan("7040000000080")  # a croissant: bakery, so the double-points campaign counts
        # The panel is filled when the sale's pricing lands from its worker thread.
        qtbot.waitUntil(lambda: any(line.startswith("烘焙雙倍點數 x2") for line in till.sale.totals.breakdown_lines()),
                        timeout=10_000)
        lines = till.sale.totals.breakdown_lines()
        assert not any("Double points" in line or "Dobbelt" in line for line in lines)
        save_png(till.sale.totals, "points_explanation_zh_TW_campaign")


def test_a_full_zh_tw_receipt_on_58mm_paper_renders(qtbot: QtBot) -> None:
    """Every optional part of a receipt in zh_TW, painted as a thermal printer's columns to look at."""
    rows = receipt_lines(full_zh_receipt(), width=WIDTH_58MM, tz=ZoneInfo("Asia/Taipei"), reprint=True,
                         language="zh_TW")
    assert _paint_thermal(rows, WIDTH_58MM, "receipt-full-58mm-zh_TW").is_file()
