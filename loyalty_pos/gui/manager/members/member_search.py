"""Member search wired to the service: a SearchList that runs its own look-ups.

Used by the section (to open a member) and by the transfer and merge dialogs (to
pick the other member), so the paging and stale-result rules live in one place.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.models.member_results_model import MemberResultsModel
from loyalty_pos.gui.widgets.message_bar import error_text
from loyalty_pos.gui.widgets.search_list import SearchList
from loyalty_pos.services.members.membership import search_members
from loyalty_pos.services.ports import Page

PAGE_SIZE = 50


class MemberSearch(SearchList):
    """Emits ``picked(MemberSummary)``; errors land in the list's own status line."""

    def __init__(self, ctx: TillContext, parent: QWidget | None = None, *, visible_rows: int | None = 6) -> None:
        placeholder = QCoreApplication.translate("MemberSearch", "Name, phone, email or card number")
        super().__init__(MemberResultsModel(), placeholder, parent, visible_rows=visible_rows)
        self.ctx = ctx
        self._latest = f"member-search-{id(self)}"
        self.search_requested.connect(self._search)
        self.model.more_wanted.connect(self._more)

    def _search(self, text: str, _entered: bool) -> None:
        make_uow = self.ctx.make_uow
        self.ctx.ops.run(
            self, lambda: search_members(make_uow(readonly=True), text, limit=PAGE_SIZE),
            on_done=lambda page: self.set_page(text, page), on_error=self._failed, latest=self._latest,
        )

    def _more(self, cursor: str) -> None:
        make_uow = self.ctx.make_uow

        def fetch(text: str, after: str) -> Page:
            return search_members(make_uow(readonly=True), text, cursor=after, limit=PAGE_SIZE)

        self.load_more(self.ctx.ops, cursor, fetch, on_error=self._failed, latest=self._latest + "-more")

    def _failed(self, error: LoyaltyError) -> None:
        self.model.page_failed()
        self.status.setText(error_text(error))
        self.status.setVisible(True)
