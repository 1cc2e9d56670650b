"""The till's window: sign-in and sale screens, the message bar, scan routing.

Every scan lands here (ScannerFilter.scanned), wherever the focus was: a dialog
that takes scans (enrolment's card, the returns dialog's receipt) gets it first;
otherwise it is resolved off the GUI thread and routed — member card ->
identify, product -> basket, receipt -> returns, anything else -> a message.
A scan made while the till is locked, or resolved after it locked, is refused
with a line, never applied to whoever signs in next.

The till locks itself after the minutes a manager set with no input (IdleLock),
as Ctrl+L does: open dialogs close (the back office too: it acts with a
manager's authority) and the sale is parked for the cashier who started it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from loyalty_pos.domain.members import MemberStatus
from loyalty_pos.domain.sale_draft import SaleDraft
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.gui.about_box import AboutBox, AboutFacts
from loyalty_pos.gui.cashier.amount_screen import AmountScreen
from loyalty_pos.gui.cashier.sale_screen import SaleScreen
from loyalty_pos.gui.cashier.sign_in import SignInScreen
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.customer_display.screens import Placement, place_display
from loyalty_pos.gui.idle_lock import IdleLock
from loyalty_pos.gui.scan_text import outcome_text
from loyalty_pos.gui.scanner import ScannerFilter
from loyalty_pos.gui.till_preferences_follower import TillPreferencesFollower
from loyalty_pos.gui.widgets.theme import apply_till_style
from loyalty_pos.gui.widgets.message_bar import Level, MessageBar
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.cards import ScanOutcome, resolve_scan
from loyalty_pos.services.sale.checkout import SaleResult
from loyalty_pos.services.sale.till import NextReward, TillMember
from loyalty_pos.services.shop.till_preferences import TillPreferences

if TYPE_CHECKING:  # loaded when first shown, not at every start of the till
    from loyalty_pos.gui.customer_display.display import CustomerDisplay

# Dialogs announce that they take scans by having one of these methods (-> bool: taken).
SCAN_HANDLERS = ("accept_scanned_card", "accept_scanned_receipt", "accept_scanned_gift_card")


def _aim(target: NextReward | None, *languages: str | None) -> tuple[str | None, int, int]:
    """The display's progress line: the reward (named in the first of ``languages`` the
    manager wrote it in), the points still needed and how far along."""
    if target is None:
        return None, 0, 100
    return target.name_in(*languages), target.needed, target.percent


def _member_language(member: TillMember | None) -> str | None:
    """The language the customer display speaks to ``member``: theirs if they chose one."""
    if member is None or member.panel.member.status is MemberStatus.ERASED:
        return None
    return member.panel.member.preferred_language or None


class MainWindow(QMainWindow):
    def __init__(self, ctx: TillContext, scanner: ScannerFilter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.ctx = ctx
        self.actor: Actor | None = None
        self.parked: dict[str, SaleDraft] = {}  # username -> the sale they locked the till on
        # Who locked the till in training: they come back to it; anyone else signs in to real sales.
        self.parked_training: set[str] = set()
        self._session = 0  # one per sign-in and per lock: a scan resolved later belongs to its own
        self._busy = False
        self.customer_display: CustomerDisplay | None = None
        self.display_placement: Placement | None = None  # where it went last, and why not elsewhere
        self.back_office: QWidget | None = None
        self._scan_seq = 0
        self._member_scan_seq = 0
        self.setWindowTitle(self.tr("Till — terminal {terminal}").format(terminal=ctx.terminal_id))
        self.setMinimumSize(1024, 700)

        self.messages = MessageBar(self)
        self.sign_in = SignInScreen(ctx, self)
        self.till_mode = ctx.till_mode
        self.sale = self._sale_screen(ctx.till_mode)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.sign_in)
        self.stack.addWidget(self.sale)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.terminal_label = QLabel(ctx.terminal_id if ctx.chain_terminal
                                     else self.tr("Terminal {terminal}").format(terminal=ctx.terminal_id), self)
        self.busy_label = QLabel(self)
        self.busy_label.setProperty("muted", True)
        # The message bar lives in the status bar, in a slot that is always there: a
        # message appearing must not shift the basket under the cashier's eyes.
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        status.setMinimumHeight(self.messages.sizeHint().height() + 8)
        status.addWidget(self.messages, 1)
        status.addPermanentWidget(self.busy_label)
        status.addPermanentWidget(self.user_label)
        status.addPermanentWidget(self.terminal_label)
        self._build_menus()

        self.sign_in.signed_in.connect(self._signed_in)
        ctx.ops.failed.connect(self.messages.show_error)
        ctx.ops.busy.connect(self._set_busy)
        self.idle_lock = IdleLock(self)
        self.idle_lock.idle.connect(self.lock_when_idle)
        app = QApplication.instance()
        if app is not None:
            self.idle_lock.install(app)  # type: ignore[arg-type]
            # Bound methods, not lambdas: Qt drops them with this window, the application lives on.
            app.screenAdded.connect(self._screens_changed)  # type: ignore[attr-defined]
            app.screenRemoved.connect(self._screens_changed)  # type: ignore[attr-defined]
        if scanner is not None:
            scanner.scanned.connect(self.route_scan)
            scanner.scanned.connect(lambda _text: self.idle_lock.activity())  # a scan is someone at the till
        self.preferences = TillPreferences()
        self.preferences_follower = TillPreferencesFollower(ctx, self)
        self.preferences_follower.loaded.connect(self.apply_preferences)
        self._show_sign_in(None)
        self.preferences_follower.reload()

    def _build_menus(self) -> None:
        till_menu = self.menuBar().addMenu(self.tr("&Till"))
        self.lock_action = QAction(self.tr("&Lock till"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.sign_out_action = QAction(self.tr("&Sign out"), self)
        self.sign_out_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.sign_out_action.triggered.connect(self.sign_out)
        self.reprint_action = QAction(self.tr("&Reprint a receipt…"), self)
        self.reprint_action.setShortcut(QKeySequence("Ctrl+R"))
        self.reprint_action.triggered.connect(self.reprint)
        till_menu.addAction(self.reprint_action)
        # Anyone may practise: training is for new cashiers, and it saves nothing.
        self.training_action = QAction(self.tr("&Training mode"), self)
        self.training_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.training_action.setCheckable(True)
        self.training_action.triggered.connect(self.set_training)
        till_menu.addAction(self.training_action)
        till_menu.addSeparator()
        # The back office and two of its sections straight from the till: a cashier
        # can open them too, once a manager has typed their PIN.
        self.back_office_action = QAction(self.tr("&Back office… (manager)"), self)
        self.back_office_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.back_office_action.triggered.connect(lambda: self.open_back_office(None))
        self.cards_action = QAction(self.tr("Print member &cards… (manager)"), self)
        self.cards_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.cards_action.triggered.connect(lambda: self.open_back_office("cards"))
        self.reports_action = QAction(self.tr("Re&ports… (manager)"), self)
        self.reports_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reports_action.triggered.connect(lambda: self.open_back_office("reports"))
        for action in (self.back_office_action, self.cards_action, self.reports_action):
            till_menu.addAction(action)
        till_menu.addSeparator()
        till_menu.addAction(self.lock_action)
        till_menu.addAction(self.sign_out_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.display_action = QAction(self.tr("&Customer display"), self)
        self.display_action.setShortcut(QKeySequence("F11"))
        self.display_action.setCheckable(True)
        self.display_action.toggled.connect(self.set_customer_display)
        view_menu.addAction(self.display_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        # Signed in or not: "which version, which log" is asked before anyone can sign in.
        self.about_action = QAction(self.tr("&About loyalty-pos…"), self)
        self.about_action.setShortcut(QKeySequence("F1"))
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        self.addAction(self.about_action)
        for action in self._signed_in_actions():
            self.addAction(action)  # shortcuts work with the menu closed

    def _signed_in_actions(self) -> tuple[QAction, ...]:
        return (self.reprint_action, self.back_office_action, self.cards_action, self.reports_action,
                self.lock_action, self.sign_out_action, self.display_action, self.training_action)

    def show_about(self) -> AboutBox:
        facts = AboutFacts.of(data_dir=self.ctx.data_dir, log_file=self.ctx.log_file, key=self.ctx.ring())
        box = AboutBox(facts, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- who is at the till -------------------------------------------------------------
    def _show_sign_in(self, locked_by: str | None, *, parked: bool = False, idle_minutes: int | None = None) -> None:
        self.actor = None
        self._session += 1
        self.idle_lock.disarm()
        self.user_label.setText(self.tr("Not signed in"))
        for action in self._signed_in_actions():
            action.setEnabled(False)
        self.sign_in.show_locked_by(locked_by, parked=parked, idle_minutes=idle_minutes)
        self.stack.setCurrentWidget(self.sign_in)
        self.sign_in.focus_first_field()
        if self.customer_display is not None:
            self.customer_display.clear()

    def _sale_screen(self, mode: TillMode) -> SaleScreen:
        # A shop with its own cash register records amounts; the screen answers as the basket's does.
        screen = (AmountScreen(self.ctx, self.messages, self) if mode is TillMode.AMOUNT  # type: ignore[assignment]
                  else SaleScreen(self.ctx, self.messages, self))
        screen.sale_changed.connect(self._update_customer_display)
        screen.sale_completed.connect(self._sale_completed)
        return screen

    def _follow_till_mode(self) -> None:
        """A way of selling changed in Settings takes over at a sign-in, never under a
        sale: while anyone's sale is parked the screen that holds it stays."""
        wanted = self.preferences.till_mode
        if wanted is self.till_mode or self.parked:
            return
        old = self.sale
        self.sale = self._sale_screen(wanted)
        self.stack.insertWidget(self.stack.indexOf(old), self.sale)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.till_mode = wanted

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self._follow_till_mode()
        self._session += 1
        role = self.tr("manager") if actor.is_manager else self.tr("cashier")
        self.user_label.setText(self.tr("Signed in: {user} ({role})").format(user=actor.username, role=role))
        for action in self._signed_in_actions():
            action.setEnabled(True)
        self.messages.clear()
        self.stack.setCurrentWidget(self.sale)
        if actor.username in self.parked_training:
            self.parked_training.discard(actor.username)
            self.set_training(True)
        self.sale.start(actor, self.parked.pop(actor.username, None))
        waiting = sorted(self.parked)
        if waiting:
            # Not this cashier's to finish, and not lost: say whose it is and when it comes back.
            self.messages.show_message(self.tr("A sale started by {users} is parked: it comes back when they sign in.")
                                       .format(users=", ".join(waiting)), Level.INFO)
        self.idle_lock.arm()
        if self.preferences.display_on:
            self.display_action.setChecked(True)

    def lock(self, *, idle_minutes: int | None = None) -> None:
        """Ctrl+L: away from the till; the sale waits for the same cashier."""
        if self.actor is None:
            return
        self._close_dialogs()
        parked = self.sale.park()
        if parked is not None:
            self.parked[self.actor.username] = parked
        username = self.actor.username
        self.sale.new_sale()
        if self.sale.training:
            self.parked_training.add(username)
            self.set_training(False)  # the next cashier signs in to real sales
        self.messages.clear()
        self._show_sign_in(username, parked=parked is not None, idle_minutes=idle_minutes)

    def lock_when_idle(self) -> None:
        """The auto-lock's minutes passed with no key, click or scan."""
        if self.actor is None:
            return
        if self._busy:
            self.idle_lock.activity()  # a sale being saved finishes on screen first; the count starts again
            return
        self.lock(idle_minutes=self.idle_lock.minutes)

    def _close_dialogs(self) -> None:
        # Innermost first; done() rather than reject(): the back office's reject asks
        # about unsaved changes, and nobody is there to answer.
        for _ in range(20):
            modal = QApplication.activeModalWidget()
            if not isinstance(modal, QDialog):
                return
            modal.done(QDialog.DialogCode.Rejected)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def apply_preferences(self, preferences: TillPreferences) -> None:
        """A save in Settings' till group, applied to the running till at once."""
        display_changed = (preferences.display_on, preferences.display_screen) != (
            self.preferences.display_on, self.preferences.display_screen)
        look_changed = (preferences.theme, preferences.text_size_pct) != (
            self.preferences.theme, self.preferences.text_size_pct)
        self.preferences = preferences
        self.idle_lock.set_minutes(preferences.auto_lock_minutes)
        app = QApplication.instance()
        if look_changed and isinstance(app, QApplication):
            apply_till_style(app, theme=preferences.theme, text_pct=preferences.text_size_pct)
        if not display_changed or self.actor is None:
            return
        if preferences.display_on and not self.display_action.isChecked():
            self.display_action.setChecked(True)
        elif not preferences.display_on and self.display_action.isChecked():
            self.display_action.setChecked(False)
        else:
            self._place_customer_display()

    def sign_out(self) -> None:
        if self.actor is None:
            return
        if self.sale.sale_in_progress:
            self.messages.show_message(self.tr("Finish the sale, or void it with F12, before signing out."),
                                       Level.WARNING)
            return
        self.set_training(False)  # the next cashier signs in to real sales
        self.sale.new_sale()
        self.messages.show_message(self.tr("{user} signed out.").format(user=self.actor.username), Level.INFO, 4_000)
        self._show_sign_in(None)

    def set_training(self, on: bool) -> None:
        """Ctrl+Shift+T: either till (basket or amount-only) into or out of training."""
        self.sale.set_training(on)
        self.training_action.setChecked(self.sale.training)  # still on when refused mid-sale

    def reprint(self) -> None:
        """Ctrl+R: only over the sale screen, with no other dialog open."""
        if self.actor is None or self.stack.currentWidget() is not self.sale or QApplication.activeModalWidget():
            return
        self.sale.actions.reprint()

    # -- back office ------------------------------------------------------------------
    def open_back_office(self, slug: str | None) -> None:
        """Ctrl+Shift+B (or a section's own key): the back office over the till. A
        cashier's till asks for a manager's PIN first, and the back office then acts
        as that manager: every change in it is on their name."""
        if self.actor is None or self.stack.currentWidget() is not self.sale or QApplication.activeModalWidget():
            return
        if self.actor.is_manager:
            self._show_back_office(self.actor, slug)
            return
        from loyalty_pos.gui.widgets.approval_dialog import ApprovalDialog

        self.back_office_approval = ApprovalDialog(self.ctx, self.actor, self, what=self.tr("the back office"))
        self.back_office_approval.approved.connect(lambda manager: self._show_back_office(manager, slug))
        self.back_office_approval.open()

    def _show_back_office(self, manager: Actor, slug: str | None) -> None:
        from loyalty_pos.gui.manager.back_office import BackOfficeWindow
        from loyalty_pos.gui.manager.sections import SECTIONS

        self.back_office = BackOfficeWindow(self.ctx, manager, self)
        self.back_office.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.back_office.finished.connect(self._back_office_closed)
        self.back_office.open()
        self.back_office.show_section(slug or SECTIONS[0].slug)

    def _back_office_closed(self) -> None:
        self.back_office = None
        self.sale.focus_product_entry()

    # -- scans ----------------------------------------------------------------------
    def route_scan(self, text: str) -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            for name in SCAN_HANDLERS:
                handler = getattr(modal, name, None)
                if handler is not None and handler(text):
                    return
            self.messages.show_message(self.tr("Scan not used: close the open window (Esc) first, then scan again."),
                                       Level.WARNING)
            return
        if self.actor is None or self.stack.currentWidget() is not self.sale:
            self.messages.show_message(self.tr("Please sign in before scanning."), Level.WARNING)
            return
        self._scan_seq += 1
        seq, session = self._scan_seq, self._session
        ctx = self.ctx
        # Writable: a member's card is recorded as looked up in the same unit of work (fraud limits).
        actor = self.actor
        ctx.ops.run(self, lambda: resolve_scan(ctx.make_uow(), text, key=ctx.ring(), seen_by=actor, clock=ctx.clock),
                    on_done=lambda outcome: self._scan_resolved(seq, session, outcome),
                    on_error=self.messages.show_error)

    def _scan_resolved(self, seq: int, session: int, outcome: ScanOutcome) -> None:
        if session != self._session:
            # Locked meanwhile (and maybe someone else signed in): a scan never acts for
            # nobody, nor for the next cashier.
            self.messages.show_message(self.tr("Scan not used: the till locked before it was read. Sign in and "
                                               "scan again."), Level.WARNING)
            return
        if outcome.member is not None:
            if seq < self._member_scan_seq:
                return  # a later card was scanned and already shown
            self._member_scan_seq = seq
            self.sale.identify(outcome.member)
        elif outcome.product is not None:
            self.sale.add_product(outcome.product)
        elif outcome.sale is not None:
            self.sale.actions.open_return(outcome.sale.receipt_no)
        elif outcome.scan.kind == "gift_card":
            self.sale.actions.gift_cards.open(outcome.scan.value)
        else:
            self.messages.show_message(outcome_text(outcome, self.tr("Scan refused.")), Level.ERROR)

    # -- customer display -----------------------------------------------------------------
    def set_customer_display(self, shown: bool) -> None:
        if not shown:
            if self.customer_display is not None:
                self.customer_display.close()
            return
        if self.actor is None:
            return
        if self.customer_display is None:
            from loyalty_pos.gui.customer_display.display import CustomerDisplay

            self.customer_display = CustomerDisplay(self.ctx, self.actor, None)
            self.customer_display.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._place_customer_display()
        self.activateWindow()  # the keyboard stays with the till
        self._update_customer_display()

    def _screens_changed(self, _screen: object) -> None:
        self._place_customer_display()

    def _place_customer_display(self) -> None:
        """On the screen chosen in Settings, or the fallback it names; again whenever a
        screen comes or goes."""
        display = self.customer_display
        if display is None or not self.display_action.isChecked():
            return
        till_screen = self.screen() or QGuiApplication.primaryScreen()
        placement = place_display(self.ctx.screens(), till_screen.name() if till_screen else None,
                                  self.preferences.display_screen)
        self.display_placement = placement
        display.show_on(placement.screen)
        if placement.note and self.preferences.display_screen:
            self.messages.show_message(placement.note, Level.WARNING)

    def _update_customer_display(self) -> None:
        display = self.customer_display
        if display is None or not display.isVisible():
            return
        state, view = self.sale.state, self.sale.view
        if state.member is None or self.sale.completed:
            if not self.sale.completed:
                display.clear()
            return
        priced = view.priced if view is not None else None
        balance = view.balance if view is not None else None
        target = view.next_reward if view is not None else None
        language = _member_language(view.member if view is not None else None)
        display.show_sale(state.member.name, priced.points_earned if priced else 0,
                          state.member.balance if balance is None else balance,
                          *_aim(target, language, self.preferences.shop_language), language=language)
        display.show_prizes([won.reward_name for won in priced.instant_wins] if priced else ())

    def _sale_completed(self, result: SaleResult) -> None:
        display = self.customer_display
        receipt = result.receipt
        if display is None or not display.isVisible() or receipt.balance is None:
            return
        target = result.member.rewards.next_reward if result.member is not None else None
        language = _member_language(result.member)
        display.show_sale(receipt.member_name, receipt.points_earned, receipt.balance,
                          *_aim(target, language, self.preferences.shop_language), language=language)
        display.show_prizes([reward.name for reward in receipt.rewards if reward.won_by])

    # -- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.idle_lock.disarm()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle_lock)
        if self.customer_display is not None:
            self.customer_display.close()
        super().closeEvent(event)

