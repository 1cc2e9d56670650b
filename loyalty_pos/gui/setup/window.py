"""The setup window: seven pages walked with the keyboard, then the recovery code.

When the till can join a chain (``join`` is given), a first page asks whether to
create a shop or join a chain; joining asks the server's address and an enrolment
code and takes the rest from the chain (``jobs/chain_join``), all or nothing.

Enter goes to the next page (after checking this one: each field that needs
fixing says so under itself and gets the cursor), Esc goes back, Tab moves
between fields, Alt+underlined letter jumps to one. Nothing is stored until
Enter on the summary: then the shop is created off the GUI thread, in one go.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.domain.regions import Region
from loyalty_pos.gui.operations import Operations
from loyalty_pos.gui.setup.done_page import DonePage
from loyalty_pos.gui.setup.draft import SetupDraft
from loyalty_pos.gui.setup.join_page import JoinPage
from loyalty_pos.gui.setup.logo_page import LogoPage
from loyalty_pos.gui.setup.manager_page import ManagerPage
from loyalty_pos.gui.setup.page import SetupPage
from loyalty_pos.gui.setup.program_page import ProgramPage
from loyalty_pos.gui.setup.region_page import RegionPage
from loyalty_pos.gui.setup.shop_page import ShopPage
from loyalty_pos.gui.setup.start_page import StartPage
from loyalty_pos.gui.setup.summary_page import SummaryPage
from loyalty_pos.gui.setup.tax_page import TaxPage
from loyalty_pos.gui.widgets.dialog_parts import ENTER_KEYS
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.shop.setup import NewShop, ShopCreated

CARD_WIDTH = 820
# join(url, code, progress) -> what joined (jobs/chain_join.JoinOutcome), run off the GUI
# thread; progress(step) is called there with each step's name.
JoinFn = Callable[[str, str, Callable[[str], None]], object]


class SetupWindow(QWidget):
    completed = Signal(object)  # ShopCreated, once the recovery code is written down; or the chain joined
    join_step = Signal(str)  # from the joining worker: the step it is on

    def __init__(
        self,
        *,
        defaults: Region,
        known_zones: frozenset[str],
        data_dir: str,
        create: Callable[[NewShop], ShopCreated],
        ops: Operations,
        join: JoinFn | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupWindow")
        self.setWindowTitle(self.tr("Set up your shop"))
        self.setMinimumSize(1024, 700)
        self.draft = SetupDraft(defaults)
        self.known_zones = known_zones
        self.create = create
        self.ops = ops
        self.created: ShopCreated | None = None
        self._creating = False
        self.join = join
        self.joined: object | None = None
        self.start_page = StartPage(self) if join is not None else None
        self.join_page = JoinPage(self) if join is not None else None

        self.shop_page = ShopPage(self)
        self.logo_page = LogoPage(self)
        self.region_page = RegionPage(self.draft, known_zones, self)
        self.tax_page = TaxPage(self.draft, self)
        self.manager_page = ManagerPage(self)
        self.program_page = ProgramPage(self)
        self.summary_page = SummaryPage(data_dir, self)
        self.done_page = DonePage(self)
        self.pages: list[SetupPage] = [self.shop_page, self.logo_page, self.region_page, self.tax_page,
                                       self.manager_page, self.program_page, self.summary_page]
        self.stack = QStackedWidget(self)
        for page in (*self.pages, self.done_page):
            self.stack.addWidget(page)
            page.edited.connect(self._recheck_shown)
            page.field_left.connect(self._check_field)
        if self.start_page is not None and self.join_page is not None:
            self.stack.addWidget(self.start_page)
            self.stack.addWidget(self.join_page)
            self.join_step.connect(self.join_page.show_step)

        heading = QLabel(self.tr("Set up your shop"), self)
        heading.setFont(scaled_font(self.font(), 120, bold=True))
        self.step = QLabel(self)
        self.step.setObjectName("setupStep")
        self.step.setProperty("muted", True)
        self.back_button = QPushButton(self.tr("Back  (Esc)"), self)
        self.back_button.setObjectName("setupBack")
        self.next_button = QPushButton(self, objectName="setupNext")
        self.next_button.setProperty("role", "primary")
        for button in (self.back_button, self.next_button):
            # Keys drive the pages; a button taking the focus would steal Enter from a field.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            button.setMinimumWidth(180)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.hint = QLabel(self)
        self.hint.setObjectName("setupHint")
        self.hint.setProperty("muted", True)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        card = QFrame(self)
        card.setProperty("panel", True)
        card.setFixedWidth(CARD_WIDTH)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 20, 28, 20)
        inner.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.step)
        inner.addLayout(top)
        inner.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.next_button)
        inner.addLayout(bottom)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.addLayout(row)
        if self.start_page is not None:
            self._show_first(self.start_page)
        else:
            self._show(0)

    # -- moving between pages ------------------------------------------------------------
    @property
    def page(self) -> SetupPage:
        widget = self.stack.currentWidget()
        assert isinstance(widget, SetupPage)
        return widget

    def _show(self, index: int) -> None:
        page = self.pages[index] if index < len(self.pages) else self.done_page
        self.stack.setCurrentWidget(page)
        page.entered(self.draft)
        done = page is self.done_page
        self.back_button.setVisible(not done)
        self.back_button.setEnabled(index > 0 or self.start_page is not None)
        if done:
            self.step.setText(self.tr("Done"))
            self.next_button.setText(self.tr("Continue to sign in  (Enter)"))
        else:
            self.step.setText(self.tr("Step {n} of {total}").format(n=index + 1, total=len(self.pages)))
            last = page is self.summary_page
            self.next_button.setText(self.tr("Create the shop  (Enter)") if last else self.tr("Next  (Enter)"))
        self.hint.setText(self.tr("Close the window to leave; nothing is stored yet.") if index == 0 else "")
        page.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_first(self, page: SetupPage) -> None:
        """The start page or the join page: before (or instead of) the seven steps."""
        self.stack.setCurrentWidget(page)
        self.back_button.setVisible(True)
        self.back_button.setEnabled(page is self.join_page)
        if page is self.join_page:
            self.step.setText(self.tr("Join a chain"))
            self.next_button.setText(self.tr("Join the chain  (Enter)"))
        else:
            self.step.setText(self.tr("Start"))
            self.next_button.setText(self.tr("Next  (Enter)"))
        self.hint.setText(self.tr("Close the window to leave; nothing is stored yet."))
        page.first_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def next(self) -> None:
        if self._creating:
            return
        page = self.page
        if page is self.start_page and self.join_page is not None:
            if self.start_page.joining:
                self._show_first(self.join_page)
            else:
                self._show(0)
            return
        if page is self.join_page:
            self._join()
            return
        if page is self.done_page:
            problems = self.done_page.problems()
            if not self.done_page.show_problems(problems):
                self.completed.emit(self.created)
            return
        page.read_into(self.draft)
        if page is self.summary_page:
            self._create()
            return
        if not page.show_problems(self.draft.problems(self.known_zones)):
            self._show(self.pages.index(page) + 1)

    def back(self) -> None:
        if self._creating or self.page is self.done_page or self.page is self.start_page:
            return
        if self.start_page is not None and (self.page is self.join_page or self.page is self.pages[0]):
            self.page.read_into(self.draft)
            self._show_first(self.start_page)
            return
        index = self.pages.index(self.page)
        if index > 0:
            self.page.read_into(self.draft)  # kept as typed, checked again on the way forward
            self._show(index - 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # Fields pass Enter and Esc up (line edits, closed combo boxes, radio buttons, check boxes).
        if event.key() in ENTER_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.next()
        elif event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.back()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self._creating:
            event.ignore()  # the shop is being written: closing now would only hide the outcome
            return
        super().closeEvent(event)

    # -- checking as the person goes ----------------------------------------------------
    def _check_field(self, key: str) -> None:
        """A field just left: say now if it needs fixing, not only at Enter."""
        page = self.page
        if page is self.done_page or key not in page.errors:
            return
        page.read_into(self.draft)
        page.show_problems(self.draft.problems(self.known_zones), only=key)

    def _recheck_shown(self) -> None:
        """An edit clears the message it fixed, without raising new ones mid-typing."""
        page = self.page
        shown = [key for key, label in page.errors.items() if not label.isHidden()]
        if not shown:
            return
        page.read_into(self.draft)
        problems = self.done_page.problems() if page is self.done_page else self.draft.problems(self.known_zones)
        for key in shown:
            page.show_problems(problems, only=key)

    # -- creating the shop --------------------------------------------------------------
    def _create(self) -> None:
        problems = self.draft.problems(self.known_zones)
        for index, page in enumerate(self.pages):
            if any(key in page.errors for key in problems):
                self._show(index)
                page.show_problems(problems)
                return
        shop = self.draft.new_shop()
        self._set_creating(True)
        self.ops.run(self, lambda: self.create(shop), on_done=self._created, on_error=self._failed)

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.next_button.setEnabled(not creating)
        self.back_button.setEnabled(not creating)
        if creating:
            joining = self.page is self.join_page
            self.next_button.setText(self.tr("Joining the chain…") if joining else self.tr("Creating the shop…"))
        elif self.page is self.summary_page:
            self.next_button.setText(self.tr("Create the shop  (Enter)"))
        elif self.page is self.join_page:
            self.next_button.setText(self.tr("Join the chain  (Enter)"))

    # -- joining a chain ----------------------------------------------------------------
    def _join(self) -> None:
        page, join = self.join_page, self.join
        assert page is not None and join is not None
        page.show_failure(None)
        if page.show_problems(page.problems()):
            return
        url, code = page.url.text().strip(), page.code.text().strip()
        self._set_creating(True)
        self.ops.run(self, lambda: join(url, code, self.join_step.emit), on_done=self._joined,
                     on_error=self._join_failed)

    def _joined(self, outcome: object) -> None:
        self._set_creating(False)
        self.joined = outcome
        self.completed.emit(outcome)

    def _join_failed(self, error: LoyaltyError) -> None:
        self._set_creating(False)
        assert self.join_page is not None
        self.join_page.show_failure(error_text(error))
        self.join_page.code.setFocus(Qt.FocusReason.OtherFocusReason)

    def _created(self, created: ShopCreated) -> None:
        self._set_creating(False)
        self.created = created
        # The PINs typed are no longer needed anywhere in this window.
        for edit in (self.manager_page.pin, self.manager_page.pin_again):
            edit.clear()
        self.draft.pin = self.draft.pin_again = ""
        self.done_page.show_code(created.recovery_code, created.manager)
        self._show(len(self.pages))

    def _failed(self, error: LoyaltyError) -> None:
        self._set_creating(False)
        if isinstance(error, FieldsInvalid):
            for index, page in enumerate(self.pages):
                if page.show_problems(error.fields):
                    self._show(index)
                    page.show_problems(error.fields)
                    return
        self.summary_page.show_failure(error_text(error))
