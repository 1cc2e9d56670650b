"""A pseudo-locale run: every text of the code gets a pseudo translation (wrapped in
⟦…⟧, its letters accented), the till is shown in it, and any visible text that did
not come through a translation is reported.

What may show untranslated is data: a text with no letters (amounts, counts, dates,
times), and names the shop typed in (products, members, staff, the shop's own name),
which are read from the screen's own data fields, never from a fixed list of words.
"""

from __future__ import annotations

import json
import re
import sqlite3
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.i18n import regenerate

OPEN, CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")
# Placeholders, accelerators and markup pass through untouched: code reads them.
_KEEP = re.compile(r"(\{[^{}]*\}|%\d+|%n|&&|&\w|<[^>]*>|\\n|\n)")


def pseudo(text: str) -> str:
    parts = _KEEP.split(text)
    return OPEN + "".join(part if _KEEP.fullmatch(part) else part.translate(_ACCENTS) for part in parts) + CLOSE


def build_pseudo_qm(folder: Path) -> Path:
    ts = folder / "gui_pseudo.ts"
    regenerate.update_ts([ts])
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.text = pseudo(message.findtext("source") or "")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "gui_pseudo.qm"
    regenerate.compile_qm(ts, qm)
    return qm


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo_locale(qapp: QApplication, pseudo_qm: Path) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(pseudo_qm))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def _texts(widget: QWidget) -> list[tuple[str, str]]:
    """What a person reads on ``widget`` itself: (what, text)."""
    found: list[tuple[str, str]] = []
    if widget.isWindow() and widget.windowTitle():
        found.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel) and widget.text():
        found.append(("label", widget.text()))
    elif isinstance(widget, QAbstractButton) and widget.text():
        found.append(("button", widget.text()))
    elif isinstance(widget, QLineEdit) and widget.placeholderText() and not widget.text():
        found.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QGroupBox) and widget.title():
        found.append(("group", widget.title()))
    elif isinstance(widget, QTabBar):
        found += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QMenuBar):
        found += [("menu", action.text()) for action in widget.actions() if action.text()]
    elif isinstance(widget, (QTableView, QTreeView)) and widget.model() is not None:
        model, header = widget.model(), widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
        if header.isVisible():
            found += [("column header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                      for c in range(model.columnCount(QModelIndex())) if not header.isSectionHidden(c)]
    return found


_LETTER = re.compile(r"[^\W\d_]")


def untranslated(root: QWidget, data: set[str]) -> list[str]:
    """Visible texts under ``root`` that came through no translation and are not data."""
    wrong = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        for what, text in _texts(widget):
            plain = re.sub(r"<[^>]*>", "", text)
            if OPEN in plain or not _LETTER.search(plain):
                continue
            for name in sorted(data, key=len, reverse=True):
                if len(name) > 1 and name in plain:
                    plain = plain.replace(name, "")
            if not _LETTER.search(plain):
                continue
            wrong.append(f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}")
    return wrong


def shop_data(app: App) -> set[str]:
    """Every text stored in the shop's database (names, codes, the program's documents):
    what the shop typed in is shown as typed, in any language."""
    texts: set[str] = set()

    def walk(value: object) -> None:
        if isinstance(value, str):
            try:
                walk(json.loads(value)) if value[:1] in "[{" else texts.add(value)
            except ValueError:
                texts.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    with sqlite3.connect(f"file:{app.config.db_path}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}" LIMIT 2000'):  # noqa: S608 - our own table names
                for value in row:
                    walk(value)
    return {text.strip() for text in texts if text.strip()}


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(50)
    QCoreApplication.processEvents()


def test_every_screen_shows_only_translated_text(qtbot: QtBot, demo: App, pseudo_locale: None) -> None:
    from loyalty_pos.gui.manager.sections import SECTIONS
    from tests.gui.back_office_support import open_section
    from tests.gui.conftest import running_till

    data = shop_data(demo)
    found: dict[str, list[str]] = {}
    with running_till(qtbot, demo) as till:
        found["sign in"] = untranslated(till.window, data)
        till.signed_in("manager", "9999")
        till.settle()
        found["sale screen"] = untranslated(till.window, data)
        for spec in SECTIONS:
            section = open_section(till, spec.slug)
            till.settle()
            found[f"back office: {spec.slug}"] = untranslated(till.window.back_office, data)
            del section
    problems = [f"{where}: {text}" for where, texts in found.items() for text in texts]
    assert problems == [], "\n".join(problems)
