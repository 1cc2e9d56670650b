"""Opens the till: the Qt application, its look, the scanner filter, the main window.

Called by ``loyalty_pos.app.run_till`` with the shop's unit-of-work factory,
clock and card key; knows nothing about the store behind them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from shiboken6 import isValid

from loyalty_pos import log_files
from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.config import Config
from loyalty_pos.gui.context import RegisterFn, TillContext
from loyalty_pos.gui.crash_report import CrashReporter
from loyalty_pos.gui.customer_display.screens import ScreenProvider, system_screens
from loyalty_pos.gui.expiry_schedule import ExpirySchedule
from loyalty_pos.gui.main_window import MainWindow
from loyalty_pos.gui.integrity_watch import IntegrityWatch
from loyalty_pos.gui.language import install_language
from loyalty_pos.gui.operations import Operations
from loyalty_pos.gui.scanner import ScannerFilter
from loyalty_pos.gui.scanner_settings import ScannerSettingsFollower
from loyalty_pos.gui.sync_indicator import SyncIndicator
from loyalty_pos.gui.sync_worker import SyncWorker
from loyalty_pos.gui.widgets.theme import apply_till_style
from loyalty_pos.jobs.background_sync import SyncRoundFn
from loyalty_pos.services.shop.till_preferences import till_preferences
from loyalty_pos.printing.qt_messages import route_qt_messages
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import till_mode
from loyalty_pos.services.shop.sync_status import read_sync_status

if TYPE_CHECKING:  # setup loads only on a machine without a shop, not at every start of the till
    from loyalty_pos.jobs.backup_offer import DamagedShop
    from loyalty_pos.domain.regions import Region
    from loyalty_pos.gui.setup.window import JoinFn, SetupWindow
    from loyalty_pos.services.shop.setup import NewShop, ShopCreated

# Work a closing till waits for: a sale being committed must finish, not be cut off.
SHUTDOWN_WAIT_MS = 10_000
CHECKPOINT_EVERY_MS = 5_000


# Qt appends it to every window title on X11 and Windows, so titles do not name it.
APPLICATION_DISPLAY_NAME = "loyalty-pos"
DESKTOP_FILE_NAME = "loyalty-pos"


def till_application() -> QApplication:
    """The running QApplication (tests, the manager's window) or a new one."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APPLICATION_DISPLAY_NAME)
    app.setApplicationDisplayName(APPLICATION_DISPLAY_NAME)
    # Wayland matches the window to installer/linux/loyalty-pos.desktop (its icon, its name) by this.
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    apply_till_style(app)
    return app


def build_till(
    make_uow: Callable[..., UnitOfWork], *, clock: Clock, key: KeyRing, config: Config,
    screens: ScreenProvider = system_screens, sync_round: SyncRoundFn | None = None,
    sync_register: RegisterFn | None = None, translations: Path | None = None,
    key_now: Callable[[], KeyRing] | None = None,
) -> tuple[MainWindow, ScannerFilter, Operations]:
    """Everything :func:`launch` shows, without running the event loop (tests use this,
    with a stand-in for the screens connected).

    The till's language is installed first, as every screen translates its texts when
    built; ``translations`` is a folder of ``gui_<code>.qm`` files (default: the package's).
    """
    app = till_application()
    # The language and the Display settings before the first widget is built: headings size
    # themselves from the font, and every tr() reads the installed translators.
    preferences = till_preferences(make_uow(readonly=True))
    install_language(preferences.language, preferences.shop_language, folder=translations)
    apply_till_style(app, theme=preferences.theme, text_pct=preferences.text_size_pct)
    ops = Operations()
    logging_to = log_files.current()
    # A till in a chain is the terminal the server allocated (chain-unique, so receipt numbers
    # from two shops never collide); a shop's only till keeps its configured id.
    link = read_sync_status(make_uow(readonly=True), clock=clock).link
    terminal_id = link.terminal_id if link.registered and link.terminal_id else config.terminal_id
    ctx = TillContext(make_uow=make_uow, clock=clock, key=key, terminal_id=terminal_id,
                      scanner=config.scanner, ops=ops, receipts_dir=config.data_dir / "receipts",
                      data_dir=config.data_dir, log_file=logging_to.log if logging_to is not None else None,
                      till_mode=till_mode(make_uow(readonly=True)), screens=screens,
                      sync_round=sync_round, sync_register=sync_register,
                      chain_terminal=terminal_id != config.terminal_id, key_now=key_now)
    scanner = ScannerFilter(config.scanner)
    scanner.install(app)
    window = MainWindow(ctx, scanner)
    ops.setParent(window)
    scanner.setParent(window)
    window.expiry = ExpirySchedule(ctx, window)  # type: ignore[attr-defined]
    window.scanner_settings = ScannerSettingsFollower(ctx, scanner, window)  # type: ignore[attr-defined]
    window.sync = SyncWorker(ctx, window)  # type: ignore[attr-defined]
    window.sync.between_sales = lambda: not window.sale.sale_in_progress  # type: ignore[attr-defined]
    indicator = SyncIndicator(clock, window)
    window.statusBar().addPermanentWidget(indicator)
    window.sync.outcome.connect(indicator.show_outcome)  # type: ignore[attr-defined]
    window.sync_indicator = indicator  # type: ignore[attr-defined]
    return window, scanner, ops


def launch(
    make_uow: Callable[..., UnitOfWork],
    *,
    clock: Clock,
    key: KeyRing,
    config: Config,
    on_shown: Callable[[MainWindow], None] | None = None,
    checkpoint: Callable[[], None] | None = None,
    sync_round: SyncRoundFn | None = None,
    sync_register: RegisterFn | None = None,
    key_now: Callable[[], KeyRing] | None = None,
) -> int:
    """Run the till until its window closes; returns the exit code.

    ``on_shown`` runs once the window is on screen (a smoke test closes it from there);
    ``checkpoint`` is run in the background every few seconds so no sale pays for it.
    """
    app = till_application()
    restore_qt_messages = route_qt_messages()
    window, scanner, ops = build_till(make_uow, clock=clock, key=key, config=config, sync_round=sync_round,
                                      sync_register=sync_register, key_now=key_now)
    crashes = CrashReporter(window.ctx.log_file, window)
    crashes.install()
    window.resize(1280, 800)
    window.showMaximized()
    window.expiry.start()  # type: ignore[attr-defined]
    window.sync.start()  # type: ignore[attr-defined]
    window.integrity = IntegrityWatch(window, config.db_path, make_uow)  # type: ignore[attr-defined]
    window.integrity.start()  # type: ignore[attr-defined]
    if checkpoint is not None:
        checkpoints = QTimer(window)
        checkpoints.timeout.connect(
            lambda: ops.run(window, checkpoint, latest="checkpoint", on_error=lambda _error: None))
        checkpoints.start(CHECKPOINT_EVERY_MS)
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    try:
        code = app.exec()
    finally:
        # Let a sale being saved finish before the store is closed under it.
        ops.wait_idle(SHUTDOWN_WAIT_MS)
        crashes.uninstall()
        restore_qt_messages()
        app.removeEventFilter(scanner)
        window.deleteLater()
    return code


def start_refusal_box(message: str) -> QMessageBox:
    """Why the till did not open, on screen: started from a desktop shortcut there is no
    console to read the command line's message in."""
    till_application()
    box = QMessageBox(QMessageBox.Icon.Critical, "loyalty-pos", message)
    box.setWindowTitle("The till cannot open")  # Qt appends the application's name
    box.setText("The till cannot open.")
    box.setInformativeText(message)
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box


@dataclass
class SmokeStart:
    """``--smoke-test``: the real start (setup window or till), closed by itself as soon as
    its first screen is up, so an installed bundle can be checked on a machine with no
    one at it. Records which screen came up; the screenshot shows what a person would see."""

    screenshot: Path | None = None
    reached: str | None = None

    def till_shown(self, window: MainWindow) -> None:
        on_sign_in = window.isVisible() and window.stack.currentWidget() is window.sign_in
        self._close(window, "sign-in" if on_sign_in else type(window.stack.currentWidget()).__name__)

    def setup_shown(self, window: SetupWindow) -> None:
        self._close(window, "setup" if window.isVisible() else "setup (not visible)")

    def _close(self, window: QWidget, reached: str) -> None:
        if self.screenshot is not None:
            QApplication.processEvents()
            if not window.grab().save(str(self.screenshot)):
                reached += f" (the screenshot could not be written to {self.screenshot})"
        self.reached = reached
        # Closed from the loop, not from inside the callback that showed it.
        QTimer.singleShot(0, window.close)


def ask_restore(damaged: DamagedShop, language: str) -> bool:
    """Before the till opens: the refused database and its newest good backup, in ``language``;
    True to restore it."""
    from loyalty_pos.gui.restore_offer import ask_restore as ask

    from loyalty_pos.i18n.catalogue import error_text

    till_application()
    assert damaged.backup is not None
    # The till installs its own language when it opens, replacing this one.
    install_language(language, language)
    return ask(error_text(damaged.refusal, language), damaged.backup)


def build_setup(
    create: Callable[[NewShop], ShopCreated], *, defaults: Region, known_zones: frozenset[str], data_dir: str,
    join: JoinFn | None = None,
) -> SetupWindow:
    """The setup window, not yet shown (tests drive it; :func:`run_setup` shows it)."""
    from loyalty_pos.gui.setup.window import JoinFn, SetupWindow

    till_application()
    ops = Operations()
    window = SetupWindow(defaults=defaults, known_zones=known_zones, data_dir=data_dir, create=create, ops=ops,
                         join=join)
    ops.setParent(window)
    return window


def run_setup(
    create: Callable[[NewShop], ShopCreated],
    *,
    defaults: Region,
    known_zones: frozenset[str],
    data_dir: str,
    on_shown: Callable[[SetupWindow], None] | None = None,
    join: JoinFn | None = None,
) -> object | None:
    """Show the setup window until the shop is created and its recovery code written down
    (returns what was created), the till joined a chain (what joined), or the window is
    closed first (None: nothing was stored)."""
    app = till_application()
    window = build_setup(create, defaults=defaults, known_zones=known_zones, data_dir=data_dir, join=join)
    # Its own loop, so the application (and its last-window-closed rule) carries on into the till.
    loop = QEventLoop()
    finished: list[object] = []
    quits_on_close = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    window.completed.connect(finished.append)
    window.completed.connect(loop.quit)
    window.destroyed.connect(loop.quit)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.resize(1280, 800)
    window.showMaximized()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    try:
        loop.exec()
    finally:
        app.setQuitOnLastWindowClosed(quits_on_close)
        if isValid(window):
            window.close()
    return finished[0] if finished else None
