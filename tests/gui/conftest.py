"""The till on a real demo shop: seeded once per session, copied per test.

Tests drive the window only through keys (keyboard.py); they may read the store
(never write it) to find a card to scan or to check what a sale saved.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App, open_app
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.config import Config
from loyalty_pos.demo.seed import seed_demo
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.gui.language import remove_language
from loyalty_pos.gui.launch import build_till
from loyalty_pos.gui.main_window import MainWindow
from loyalty_pos.gui.operations import Operations
from loyalty_pos.gui.scanner import ScannerFilter
from loyalty_pos.gui.widgets.elided_label import ElidedLabel
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, enrol, member_panel
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.ports import MemberSummary
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    checkout,
    new_sale_id,
)
from loyalty_pos.services.shop.profile import TILL_MODE
from tests.gui.keyboard import FORM_GAP_MS, press, scan, type_human

DEMO_MEMBERS = 50
DEMO_SEED = 2026


# The members the tests' worked numbers are about, made through the services on top
# of the generated population (whose names and balances may change with the seeder).
KNOWN_MEMBERS = (
    # (name, phone, tier to reach by buying, exact balance afterwards)
    ("Mei Saputra", None, "silver", 554),
    ("Ola Fjelstad", None, "silver", 581),
    ("Ayu Lin", "+47 999 12 345", "bronze", 99),
    ("Anne Fjelstad", None, "bronze", 25),
    ("Fjelstad Dahl", None, "bronze", 25),
    ("Lars Fjelstad", None, "bronze", 25),
    ("Putri Fjelstad", None, "bronze", 25),
)


def _add_known_members(config: Config) -> None:
    app = open_app(config)
    try:
        cashier, manager = Actor("cashier", Role.CASHIER, "01"), Actor("manager", Role.MANAGER, "01")
        for name, phone, tier, balance in KNOWN_MEMBERS:
            member = enrol(app.uow(), EnrolMember(name, phone, consents=Consents(data_processing=True)),
                           actor=cashier, clock=app.clock)
            if tier == "silver":  # NOK 5,800 of fish soup crosses Silver's NOK 5,000
                checkout(app.uow(), Checkout(new_sale_id(), member.id, (SaleLineInput("DEL-SOUP", 40),)),
                         actor=cashier, clock=app.clock)
            current = member_panel(app.uow(readonly=True), member.id, clock=app.clock).balance
            if current != balance:
                adjust_points(app.uow(), member_id=member.id, points=balance - current,
                              reason="test fixture", actor=manager, clock=app.clock)
    finally:
        app.close()



@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """A till built by a test installs its shop's language for the whole process; the
    next test starts from English again, as a fresh till process would."""
    yield
    remove_language()

@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data_dir = tmp_path_factory.mktemp("demo-template")
    seed_demo(Config.load(data_dir), members=DEMO_MEMBERS, seed=DEMO_SEED)
    _add_known_members(Config.load(data_dir))
    return data_dir


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[App]:
    """A private copy of the demo shop: tests that sell or enrol do not see each other."""
    data_dir = tmp_path / "shop"
    shutil.copytree(demo_template, data_dir)
    app = open_app(Config.load(data_dir))
    try:
        yield app
    finally:
        app.close()


@dataclass
class Till:
    qtbot: QtBot
    app: App
    window: MainWindow
    scanner: ScannerFilter
    ops: Operations

    @property
    def sale(self):  # noqa: ANN201 - SaleScreen
        return self.window.sale

    def settle(self, timeout_ms: int = 5_000) -> None:
        """Until keys held by the scanner filter are replayed (one gap) and every service
        call in flight has landed on the GUI thread."""
        self.qtbot.wait(self.scanner.settings.max_gap_ms + 10)
        self.qtbot.waitUntil(lambda: self.ops._running == 0, timeout=timeout_ms)  # noqa: SLF001
        self.qtbot.wait(20)
        self.qtbot.waitUntil(lambda: self.ops._running == 0, timeout=timeout_ms)  # noqa: SLF001

    def sign_in(self, username: str = "cashier", pin: str = "1111") -> None:
        screen = self.window.sign_in
        if screen.username.text() != username:
            screen.username.setFocus()
            screen.username.selectAll()  # as Shift+Tab into a locked till's name does: typing replaces it
            type_human(self.qtbot, screen.username, username, FORM_GAP_MS)
            press(self.qtbot, Qt.Key.Key_Return, screen.username)
        type_human(self.qtbot, screen.pin, pin, FORM_GAP_MS)
        press(self.qtbot, Qt.Key.Key_Return, screen.pin)
        self.settle()

    def signed_in(self, username: str = "cashier", pin: str = "1111") -> Till:
        self.sign_in(username, pin)
        assert self.window.stack.currentWidget() is self.window.sale, self.window.sign_in.error.text()
        return self

    def scan(self, text: str, widget=None) -> None:  # noqa: ANN001
        scan(self.qtbot, widget, text)
        self.settle()

    # -- reading the store (never writing) ---------------------------------------------
    def member_named(self, name: str) -> MemberSummary:
        with self.app.uow(readonly=True) as uow:
            rows = [m for m in uow.members.search(name, cursor=None, limit=50).rows if m.name == name]
        assert rows, f"no demo member named {name}"
        return rows[0]

    def member(self, member_id: str) -> Member:
        with self.app.uow(readonly=True) as uow:
            member = uow.members.get(member_id)
        assert member is not None
        return member

    def card_payload(self, summary: MemberSummary) -> str:
        assert summary.card_number is not None
        return encode_qr_payload(summary.card_number, self.app.key)


def clipped_widgets(root: QWidget) -> list[str]:
    """Visible buttons and one-line labels smaller than their text needs (cut-off text). A
    label made to elide is cut only if its tooltip does not say the whole text."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, ElidedLabel) and widget.is_elided() and widget.toolTip() == widget.text() \
                and widget.height() >= widget.sizeHint().height():
            continue
        if isinstance(widget, QPushButton) or (isinstance(widget, QLabel) and not widget.wordWrap() and widget.text()):
            hint = widget.sizeHint()
            if hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1:
                found.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.text()!r}: "
                             f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}")
    return found


def cut_cells(table: QTableView) -> list[str]:
    """Cells whose text the view cannot show whole: elided, cut by the row's height or by the
    table's right edge. Every row is measured, scrolled into view or not."""
    found = []
    model, viewport = table.model(), table.viewport().rect()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            rect = table.visualRect(index)
            if table.isColumnHidden(column):
                continue
            if rect.right() > viewport.right():
                found.append(f"row {row} column {column} {index.data()!r}: past the right edge")
            elif not _cell_fits(table, index, rect):
                found.append(f"row {row} column {column} {index.data()!r}: does not fit {rect.width()}x{rect.height()}")
    return found


def _cell_fits(table: QTableView, index: QModelIndex, rect: QRect) -> bool:
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = rect
    wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText)
    option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
    # The delegate's own measure on one line: a custom delegate (two fonts, say) knows best.
    hint = table.itemDelegateForIndex(index).sizeHint(option, index)
    if not wraps:
        return hint.width() <= rect.width() and hint.height() <= rect.height()
    # Wrapped, the text is laid out inside the cell's padding, which the one-line hint shows.
    text = str(index.data() or "")
    metrics = table.fontMetrics()

    def laid_out(width: int) -> QRect:
        return metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)

    one_line = laid_out(100_000)
    pad_x, pad_y = hint.width() - one_line.width(), hint.height() - one_line.height()
    room = rect.width() - pad_x
    needed = laid_out(room)
    return needed.width() <= room and needed.height() + pad_y <= rect.height()


def show_till(qtbot: QtBot, app: App, **wiring: Any) -> tuple[MainWindow, ScannerFilter, Operations]:
    """The till's window on the smallest screen we support, shown and active, as a cashier meets it.
    ``wiring``: build_till's sync_round / sync_register, as run_till hands them over."""
    window, scanner, ops = build_till(app.uow, clock=app.clock, key=app.key, config=app.config, **wiring)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window, scanner, ops


@contextmanager
def running_till(qtbot: QtBot, app: App, **wiring: Any) -> Iterator[Till]:
    """A shown till for one test, and afterwards nothing of it left running or on screen."""
    window, scanner, ops = show_till(qtbot, app, **wiring)
    try:
        yield Till(qtbot, app, window, scanner, ops)
    finally:
        ops.wait_idle()
        QApplication.instance().removeEventFilter(scanner)
        # A test that stopped mid-edit leaves "unsaved changes" behind; asking about them
        # here would block teardown on a message box nobody can answer.
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Discard)
            for dialog in QApplication.topLevelWidgets():
                if dialog is not window and dialog.isVisible():
                    dialog.close()


@pytest.fixture
def till(qtbot: QtBot, demo: App) -> Iterator[Till]:
    with running_till(qtbot, demo) as till:
        yield till


@pytest.fixture
def amount_till(qtbot: QtBot, demo: App) -> Iterator[Till]:
    """The demo shop's till in amount-only mode, running and signed out."""
    with demo.uow() as uow:
        uow.settings.set(TILL_MODE, "amount")
        uow.commit()
    with running_till(qtbot, demo) as till:
        yield till
