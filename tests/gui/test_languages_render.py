"""The till, the back office and a receipt in each language, rendered to
``tests/artifacts/lang_<lang>_*.png`` at the smallest screen we support (1024x768),
with the shipped ``.qm`` installed as the start-up hook will install it.

Looked at by a person; the test fails on what a cashier or a manager would see at once:
a button, label or tab title of the sale screen, the back office or the setup pages cut
off in a language that runs long (one check, ``cut_off``, for every screen).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.config import Config
from loyalty_pos.domain.regions import Region
from loyalty_pos.gui.launch import build_setup
from loyalty_pos.gui.manager.sections import SECTIONS
from loyalty_pos.system_region import known_zones
from loyalty_pos.i18n import regenerate
from tests.gui.back_office_support import open_section
from tests.gui.conftest import clipped_widgets, running_till
from tests.gui.keyboard import press, save_png

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def cut_off(root: QWidget) -> list[str]:
    """Buttons and labels smaller than their text, tab titles elided, and lists that need a
    sideways scroll bar to show their own entries."""
    found = clipped_widgets(root)
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QTabBar):
            found += [f"tab {widget.tabText(i)!r}: {widget.tabRect(i).width()} < {widget.tabSizeHint(i).width()}"
                      for i in range(widget.count())
                      if widget.tabRect(i).width() < widget.tabSizeHint(i).width() and not widget.usesScrollButtons()]
        elif isinstance(widget, QAbstractScrollArea) and widget.objectName() == "backOfficeNav" \
                and widget.horizontalScrollBar().isVisible():
            found.append(f"{widget.objectName()}: its entries need a horizontal scroll bar")
    return found


@pytest.fixture(params=regenerate.GUI_LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    translator = QTranslator()
    assert translator.load(str(I18N / f"gui_{request.param}.qm"))
    qapp.installTranslator(translator)
    try:
        yield request.param
    finally:
        qapp.removeTranslator(translator)


def test_till_back_office_and_receipt_in_each_language(qtbot: QtBot, demo: App, language: str) -> None:
    with running_till(qtbot, demo) as till:
        save_png(till.window, f"lang_{language}_sign_in")
        till.signed_in()
        ayu = till.member_named("Ayu Lin")
        till.scan(till.card_payload(ayu))
        till.scan("7040000000028")
        save_png(till.window, f"lang_{language}_till")
        cut_on_till = clipped_widgets(till.window)
        press(till.qtbot, Qt.Key.Key_F9)
        till.settle()
        assert till.sale.right.currentWidget() is till.sale.receipt
        save_png(till.window, f"lang_{language}_receipt")
        press(till.qtbot, Qt.Key.Key_Escape, till.sale.receipt)
        till.settle()
        till.window.sign_out()  # the back office is the manager's
        till.settle()
        cut_in_back_office = []
        for spec in SECTIONS:
            section = open_section(till, spec.slug)
            till.settle()
            save_png(till.window.back_office, f"lang_{language}_back_office_{spec.slug}")
            cut_in_back_office += [f"{spec.slug}: {cut}" for cut in cut_off(till.window.back_office)]
            del section
    assert cut_on_till == []
    assert cut_in_back_office == [], "\n".join(cut_in_back_office)


_LANGUAGE_REGION = {"id": Region("ID", "IDR", "Asia/Jakarta", "id"), "zh_TW": Region("TW", "TWD", "Asia/Taipei", "zh_TW"),
                    "nb": Region("NO", "NOK", "Europe/Oslo", "nb")}


def test_setup_pages_in_each_language(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    config = Config.load(tmp_path / "shop")
    window = build_setup(lambda shop: None, defaults=_LANGUAGE_REGION[language], known_zones=known_zones(),
                         data_dir=str(config.data_dir))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    cut: list[str] = []

    def look(name: str) -> None:
        qtbot.wait(20)
        save_png(window, f"lang_{language}_setup_{name}")
        cut.extend(f"{name}: {problem}" for problem in cut_off(window))

    window.shop_page.name.setText("Toko Kopi 咖啡 Kaffe")
    for name in ("shop", "logo", "region", "tax"):
        look(name)
        window.next()
    page = window.manager_page
    page.full_name.setText("Ayu Lin")
    page.username.setText("ayu")
    page.pin.setText("2580")
    page.pin_again.setText("2580")
    look("manager")
    window.next()
    look("program")
    window.next()
    look("summary")
    assert window.page is window.summary_page
    assert cut == []
