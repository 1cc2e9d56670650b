"""The draft's rewards as a table: what each is, costs, when and for whom, and whether
the draft changes it (the till keeps the published version until it is published)."""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from loyalty_pos.domain.program import Reward, RewardKind
from loyalty_pos.gui.manager.rewards.kinds import kind_label, window_text
from loyalty_pos.gui.widgets.theme import colours
from loyalty_pos.services.program.reward_catalog import RewardCatalog

_Index = QModelIndex | QPersistentModelIndex


class RewardListColumn(enum.IntEnum):
    NAME = 0
    KIND = 1
    POINTS = 2
    VALID = 3
    STOCK = 4
    TIER = 5
    ACTIVE = 6
    DRAFT = 7


_HEADERS = {
    RewardListColumn.NAME: QT_TRANSLATE_NOOP("", "Reward"), RewardListColumn.KIND: QT_TRANSLATE_NOOP("", "Kind"), RewardListColumn.POINTS: QT_TRANSLATE_NOOP("", "Points"),
    RewardListColumn.VALID: QT_TRANSLATE_NOOP("", "Valid"), RewardListColumn.STOCK: QT_TRANSLATE_NOOP("", "Stock"), RewardListColumn.TIER: QT_TRANSLATE_NOOP("", "Tier"),
    RewardListColumn.ACTIVE: QT_TRANSLATE_NOOP("", "Till"), RewardListColumn.DRAFT: QT_TRANSLATE_NOOP("", "Draft"),
}
_DRAFT_MARKS = {"new": QT_TRANSLATE_NOOP("", "New"), "changed": QT_TRANSLATE_NOOP("", "Changed")}


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


class RewardListModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._catalog: RewardCatalog | None = None
        self._rows: tuple[Reward, ...] = ()
        # While the Till column has given way (a narrow list), a retired reward's name says
        # so itself: its muted ink alone would be the only sign left.
        self.name_says_retired = False

    def set_name_says_retired(self, says: bool) -> None:
        if says != self.name_says_retired:
            self.name_says_retired = says
            if self._rows:
                self.dataChanged.emit(self.index(0, RewardListColumn.NAME),
                                      self.index(len(self._rows) - 1, RewardListColumn.NAME))

    def set_catalog(self, catalog: RewardCatalog) -> None:
        self.beginResetModel()
        self._catalog = catalog
        # Offered rewards first, each group by name: retired ones stay listed (receipts name them).
        self._rows = tuple(sorted(catalog.rewards, key=lambda r: (not r.active, r.name.lower())))
        self.endResetModel()

    def reward(self, row: int) -> Reward:
        return self._rows[row]

    def row_of(self, reward_id: str) -> int:
        return next((row for row, reward in enumerate(self._rows) if reward.id == reward_id), -1)

    def draft_mark(self, reward: Reward) -> str:
        mark = self._catalog.changes.get(reward.id) if self._catalog is not None else None
        return _tr(_DRAFT_MARKS[mark]) if mark else ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(RewardListColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(_HEADERS[RewardListColumn(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or self._catalog is None:
            return None
        reward = self._rows[index.row()]
        column = RewardListColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(reward, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not reward.active:
                return QColor(colours().muted)
            return QColor(colours().warning) if column is RewardListColumn.DRAFT else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RewardListColumn.POINTS, RewardListColumn.STOCK):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column is RewardListColumn.NAME:
            return reward.description or None
        return None

    def _cell(self, reward: Reward, column: RewardListColumn) -> str:
        assert self._catalog is not None
        if column is RewardListColumn.NAME:
            if self.name_says_retired and not reward.active:
                return _tr("{name} (retired)").format(name=reward.name)
            return reward.name
        if column is RewardListColumn.KIND:
            return kind_label(reward.kind)
        if column is RewardListColumn.POINTS:
            prefix = _tr("from ") if reward.kind is RewardKind.PAY_WITH_POINTS else ""
            return f"{prefix}{reward.points_cost:,}"
        if column is RewardListColumn.VALID:
            return window_text(reward.valid_from, reward.valid_until, self._catalog.zone)
        if column is RewardListColumn.STOCK:
            return "∞" if reward.stock is None else f"{reward.stock:,}"
        if column is RewardListColumn.TIER:
            names = {tier.code: tier.name for tier in self._catalog.tiers}
            return _tr("Any") if reward.min_tier is None else names.get(reward.min_tier, reward.min_tier)
        if column is RewardListColumn.ACTIVE:
            return _tr("Offered") if reward.active else _tr("Retired")
        return self.draft_mark(reward)


# When the list is narrower than all its columns, these give way first, in this order: the
# form below shows them for the reward picked, and a list scrolling sideways hid the
# columns at its right edge half cut (even at 1280 px). Name and points always stay.
_GIVE_WAY = (RewardListColumn.STOCK, RewardListColumn.KIND, RewardListColumn.TIER, RewardListColumn.VALID,
             RewardListColumn.DRAFT, RewardListColumn.ACTIVE)


class RewardTable(QTableView):
    """The list view: one row picked at a time, ``rows`` rows tall, every shown cell whole."""

    def __init__(self, model: RewardListModel, parent: QWidget, *, rows: int) -> None:
        super().__init__(parent)
        self.setObjectName("rewardList")
        self.setAccessibleName(self.tr("Rewards"))
        self.setTabKeyNavigation(False)  # read-only: Tab leaves the list for the form
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        row_height = self.fontMetrics().height() + 12
        self.verticalHeader().setDefaultSectionSize(row_height)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RewardListColumn.NAME, QHeaderView.ResizeMode.Stretch)
        self.setFixedHeight(row_height * rows + header.sizeHint().height() + 2 * self.frameWidth())
        model.modelReset.connect(self.fit_columns)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Show the columns whose text fits whole beside the names, dropping as ``_GIVE_WAY`` says."""
        header = self.horizontalHeader()
        needed = {column: max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
                  for column in RewardListColumn}
        shown = list(RewardListColumn)
        for column in _GIVE_WAY:
            if sum(needed[kept] for kept in shown) <= self.viewport().width():
                break
            shown.remove(column)
        for column in RewardListColumn:
            self.setColumnHidden(column, column not in shown)
        model = self.model()
        if isinstance(model, RewardListModel):
            model.set_name_says_retired(RewardListColumn.ACTIVE not in shown)
