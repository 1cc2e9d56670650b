"""The till speaks the language chosen for it (else the shop's) from its next start, and
writes numbers in the shop's locale."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.language import install_language
from loyalty_pos.gui.launch import build_till
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.i18n.catalogue_ts import qt_tool
from loyalty_pos.services.shop.profile import LANGUAGE
from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE, till_preferences
from tests.gui.conftest import App, Till
from tests.gui.keyboard import save_png
from tests.gui.test_settings_section import _group, _open, _save, _setting

TITLE_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{code}">
<context>
    <name>MainWindow</name>
    <message>
        <source>Till — terminal {{terminal}}</source>
        <translation>{title}</translation>
    </message>
</context>
</TS>
"""


def _qm(folder: Path, code: str, title: str) -> Path:
    lrelease = qt_tool("pyside6-lrelease")
    assert lrelease is not None, "pyside6-lrelease comes with PySide6"
    source = folder / f"gui_{code}.ts"
    source.write_text(TITLE_TS.format(code=code, title=title), encoding="utf-8")
    subprocess.run([lrelease, str(source), "-qm", str(folder / f"gui_{code}.qm")], check=True, capture_output=True)
    return folder / f"gui_{code}.qm"


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install_language("en", "en")


def _set(demo: App, **values: str) -> None:
    with demo.uow() as uow:
        for key, value in values.items():
            uow.settings.set(key, value)
        uow.commit()


def _window_title(qtbot: QtBot, demo: App, translations: Path) -> str:
    window, scanner, _ops = build_till(demo.uow, clock=demo.clock, key=demo.key, config=demo.config,
                                       translations=translations)
    qtbot.addWidget(window)
    QApplication.instance().removeEventFilter(scanner)
    return window.windowTitle()


def test_the_till_speaks_its_own_language(qtbot: QtBot, demo: App, tmp_path: Path) -> None:
    _qm(tmp_path, "nb", "Kasse — terminal {terminal}")
    _set(demo, **{LANGUAGE: "en", TILL_LANGUAGE: "nb"})
    assert _window_title(qtbot, demo, tmp_path).startswith("Kasse — terminal ")


def test_a_till_without_its_own_choice_speaks_the_shop_s_language(qtbot: QtBot, demo: App, tmp_path: Path) -> None:
    _qm(tmp_path, "zh_TW", "收銀機 — 終端 {terminal}")
    _set(demo, **{LANGUAGE: "zh-Hant"})
    assert _window_title(qtbot, demo, tmp_path).startswith("收銀機 — 終端 ")
    # Numbers follow the shop's locale, whatever the till speaks.
    assert QLocale().name() == "zh_TW"


def test_numbers_follow_the_shop_while_the_till_speaks_english(qtbot: QtBot, demo: App, tmp_path: Path) -> None:
    _set(demo, **{LANGUAGE: "nb", TILL_LANGUAGE: "en"})
    assert _window_title(qtbot, demo, tmp_path).startswith("Till — terminal ")
    assert money_text(Money(123450, "NOK")) == "NOK 1\u00a0234,50"


def test_a_missing_translation_file_leaves_english_and_is_logged(
    qtbot: QtBot, demo: App, tmp_path: Path, caplog: pytest.LogCaptureFixture,
) -> None:
    _set(demo, **{TILL_LANGUAGE: "id"})
    with caplog.at_level(logging.WARNING):
        assert _window_title(qtbot, demo, tmp_path).startswith("Till — terminal ")
    assert "gui_id.qm" in caplog.text


def test_an_unknown_stored_language_reads_as_the_shop_s(demo: App) -> None:
    _set(demo, **{LANGUAGE: "nb", TILL_LANGUAGE: "xx"})
    preferences = till_preferences(demo.uow(readonly=True))
    assert (preferences.language, preferences.shop_language) == ("nb", "nb")


@pytest.mark.parametrize("language", ["nb", "zh-Hant"])
def test_settings_choose_the_till_s_language_and_say_when_it_shows(till: Till, language: str) -> None:
    section = _open(till)
    region = section.pages.index(section.region)
    _group(till, section, region)
    assert section.till_language.currentData() == ""  # the shop's, until chosen
    section.till_language.setCurrentIndex(section.till_language.findData(language))
    _save(till, section)
    assert _setting(till, TILL_LANGUAGE) == language
    assert section.language_note.isVisible() and "next time the till starts" in section.language_note.text()
    save_png(section.window(), f"settings-language-{language}")


@pytest.mark.parametrize("language", ["nb", "zh-Hant"])
def test_the_receipt_preview_speaks_the_till_s_language(qtbot: QtBot, language: str) -> None:
    from zoneinfo import ZoneInfo

    from loyalty_pos.gui.cashier.receipt_preview import ReceiptPreview
    from tests.gui.keyboard import save_png
    from tests.unit.test_receipt_text import nok_sale

    install_language(language, language)
    preview = ReceiptPreview()
    qtbot.addWidget(preview)
    preview.zone = ZoneInfo("Europe/Oslo")
    preview.resize(520, 900)
    preview.show_receipt(nok_sale())
    texts = [row.text for row in preview.rows]
    label, amount = {"nb": ("TOTALT", "NOK 89,70"), "zh-Hant": ("合計", "NOK 89.70")}[language]
    assert any(text.startswith(label) and text.endswith(amount) for text in texts)
    # The headline's amount is the shop's locale's: the till's QLocale.
    assert ("NOK 89,70" if language == "nb" else "NOK 89.70") in preview.headline.text()
    save_png(preview, f"receipt-preview-{language}")
