"""Choosing the other member of a transfer or merge: search, or scan their card."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.gui.context import TillContext
from loyalty_pos.gui.manager.members.member_search import MemberSearch
from loyalty_pos.gui.scan_text import outcome_text
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.members.cards import ScanOutcome, resolve_scan
from loyalty_pos.services.ports import MemberSummary


def describe(member: MemberSummary) -> str:
    card = f" · card …{member.card_number[-4:]}" if member.card_number else ""
    return f"{member.name} · {member.balance:,} points{card}"


class OtherMember(QWidget):
    """Emits ``chosen(MemberSummary)``; shows who is chosen under the search."""

    chosen = Signal(object)

    def __init__(self, ctx: TillContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member: MemberSummary | None = None
        self.search = MemberSearch(ctx, self, visible_rows=4)
        self.choice = QLabel(self.tr("Nobody chosen yet: search, or scan their card."), self)
        self.choice.setFont(scaled_font(self.font(), 100, bold=True))
        self.choice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)
        self.search.picked.connect(self._choose)

    def accept_scanned_card(self, text: str) -> bool:
        if classify_scan(text, self.ctx.ring()).kind not in ("member_card", "refused"):
            return False
        ctx = self.ctx
        ctx.ops.run(self, lambda: resolve_scan(ctx.make_uow(readonly=True), text, key=ctx.ring()),
                    on_done=self._scanned, latest=f"other-member-{id(self)}")
        return True

    def _scanned(self, outcome: ScanOutcome) -> None:
        if outcome.member is not None:
            self._choose(outcome.member)
        else:
            self.choice.setText(outcome_text(outcome, self.tr("This scan is not a member card.")))

    def _choose(self, member: MemberSummary) -> None:
        self.member = member
        self.search.reset()
        self.choice.setText(describe(member))
        self.chosen.emit(member)
