"""The left column of the sale screen: member search (F2) over the member panel.

Searches run through Operations a page at a time; the results table asks for
the next page when the cashier scrolls to its end. Picking a result hands the
member to the sale screen, which decides what identifying means.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.sale_draft import SaleMember
from loyalty_pos.gui.cashier.member_panel import MemberPanelWidget
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.models.member_results_model import MemberResultsModel
from loyalty_pos.gui.widgets.message_bar import MessageBar
from loyalty_pos.gui.widgets.search_list import SearchList
from loyalty_pos.services.members.membership import search_members
from loyalty_pos.services.ports import MemberSummary

PAGE_SIZE = 25


class MemberArea(QWidget):
    picked = Signal(object)  # MemberSummary

    def __init__(self, ctx: TillContext, messages: MessageBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.messages = messages
        self.page_size = PAGE_SIZE
        self.results = MemberResultsModel(self)
        self.search = SearchList(
            self.results, self.tr("F2  Member: phone, name or email"), self, visible_rows=None
        )
        self.search.setObjectName("memberSearch")
        self.search.box.setObjectName("memberSearchBox")
        self.search.table.setObjectName("memberResults")
        self.panel = MemberPanelWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 1)
        layout.addWidget(self.panel, 1)
        # While results are on show they take the whole column; the panel comes back
        # when a member is picked or the search is given up (Esc).
        self.search.results_shown.connect(lambda shown: self.panel.setVisible(not shown))
        self.search.results_shown.connect(self._stretch)
        self._stretch(False)
        self.search.search_requested.connect(self._search)
        self.search.picked.connect(self._picked)
        self.results.more_wanted.connect(self._more)

    def _stretch(self, results: bool) -> None:
        layout = self.layout()
        layout.setStretch(0, 1 if results else 0)
        layout.setStretch(1, 0 if results else 1)

    def focus_search(self) -> None:
        self.search.focus()

    def reset(self) -> None:
        self.search.reset()
        self.panel.show_none()

    def show_summary(self, member: MemberSummary | SaleMember) -> None:
        """A member is on the sale, however they were found. A search still open (a card
        scanned over its results, or mid-typing) is over: left up, its results would hide
        the panel and the cashier would greet the member by the status bar alone."""
        self.search.reset()
        self.panel.show_summary(member)

    def _search(self, text: str, _entered: bool) -> None:
        ctx, limit = self.ctx, self.page_size
        self.ctx.ops.run(
            self,
            lambda: search_members(ctx.make_uow(readonly=True), text, limit=limit),
            on_done=lambda page: self.search.set_page(text, page),
            on_error=self._failed,
            latest="member_search",
        )

    def _more(self, cursor: str) -> None:
        ctx, limit = self.ctx, self.page_size
        self.search.load_more(
            ctx.ops, cursor,
            lambda text, after: search_members(ctx.make_uow(readonly=True), text, cursor=after, limit=limit),
            on_error=self._more_failed, latest="member_search_more",
        )

    def _picked(self, member: MemberSummary) -> None:
        self.search.reset()
        self.picked.emit(member)

    def _failed(self, error: LoyaltyError) -> None:
        self.search.status.setText("")
        self.messages.show_error(error)

    def _more_failed(self, error: LoyaltyError) -> None:
        self.results.page_failed()
        self.messages.show_error(error)
