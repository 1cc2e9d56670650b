"""What the manager reads but does not type: points, tier, expiry, status, merges and cards."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from loyalty_pos.domain.members import CardStatus, Member, MemberStatus, group_card_number
from loyalty_pos.gui.widgets.theme import scaled_font
from loyalty_pos.services.members.profile import MemberProfile


def _link(member: Member) -> str:
    return f'<a href="{escape(member.id)}">{escape(member.name)}</a>'


class MemberHeader(QWidget):
    """The member's name and points, and one line of standing (tier, status, expiry, merges)."""

    open_member = Signal(str)  # a merged-from / merged-into link was followed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel(self.tr("Find a member, or scan their card."), self)
        self.name.setFont(scaled_font(self.font(), 140, bold=True))
        self.name.setWordWrap(True)
        self.balance = QLabel(self)
        self.balance.setFont(scaled_font(self.font(), 140, bold=True))
        self.balance.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.standing = QLabel(self)
        self.standing.setWordWrap(True)
        self.standing.setTextFormat(Qt.TextFormat.RichText)
        self.standing.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                              | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.standing.linkActivated.connect(self.open_member.emit)
        self._tab_only_to_links()
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.balance)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.standing)

    def show_profile(self, profile: MemberProfile) -> None:
        panel, zone = profile.panel, profile.zone
        member = panel.member
        self.name.setText(member.name)
        self.balance.setText(self.tr("{points:,} points").format(points=panel.balance))
        parts = [escape(panel.tier_name), escape(status_text(self, member.status))]
        if panel.expiring_at is not None:
            parts.append(self.tr("{points:,} points expire on {day}").format(
                points=panel.expiring_points, day=panel.expiring_at.astimezone(zone).strftime("%Y-%m-%d")))
        else:
            parts.append(self.tr("no points expire in the next 60 days"))
        if profile.merged_into is not None:
            parts.append(self.tr("merged into {member}").format(member=_link(profile.merged_into)))
        if profile.merged_from:
            parts.append(self.tr("merged from {members} (their sales stay on those records)").format(
                members=", ".join(_link(m) for m in profile.merged_from)))
        self.standing.setText(" · ".join(parts))
        self._tab_only_to_links()

    def _tab_only_to_links(self) -> None:
        # Tab stops on the line only when it has a merged record's link to follow: an
        # empty or plain line that took the focus was a silent, nameless stop.
        has_link = "<a " in self.standing.text()
        self.standing.setFocusPolicy(Qt.FocusPolicy.StrongFocus if has_link else Qt.FocusPolicy.NoFocus)


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context; widget.tr() it filed under "widget",
    # which no widget translates in.
    return QCoreApplication.translate("", text)


def status_text(widget: QWidget, status: MemberStatus) -> str:
    return {
        MemberStatus.ACTIVE: _tr("active"), MemberStatus.BLOCKED: _tr("blocked"),
        MemberStatus.ERASED: _tr("erased"), MemberStatus.MERGED: _tr("merged"),
    }[status]


class CardsTable(QTableWidget):
    """The member's cards, newest first: the one that works and the ones that no longer do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.setHorizontalHeaderLabels([self.tr("Card"), self.tr("Status"), self.tr("Printed"), self.tr("Issued")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setShowGrid(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        row_height = self.fontMetrics().lineSpacing() + 8
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.setFixedHeight(row_height * 2 + header.sizeHint().height() + 4)

    def show_cards(self, member: Member, profile: MemberProfile) -> None:
        cards = sorted(member.cards, key=lambda c: c.issued_at, reverse=True)
        self.setRowCount(len(cards))
        for row, card in enumerate(cards):
            cells = (group_card_number(card.number), self._status(card.status),
                     self.tr("yes") if card.printed else self.tr("not yet"),
                     card.issued_at.astimezone(profile.zone).strftime("%Y-%m-%d"))
            for column, text in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text))

    def _status(self, status: CardStatus) -> str:
        return {
            CardStatus.ACTIVE: self.tr("works"), CardStatus.BLOCKED: self.tr("blocked"),
            CardStatus.REPLACED: self.tr("replaced"),
        }[status]
