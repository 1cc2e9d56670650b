"""Rewards for the member at the till: what can be redeemed now, and why not the others."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from loyalty_pos.gui.widgets.theme import colours
from loyalty_pos.services.sale.till import RewardOption

_Index = QModelIndex | QPersistentModelIndex


class RewardColumn(enum.IntEnum):
    NAME = 0
    POINTS = 1
    STATUS = 2


_HEADERS = {RewardColumn.NAME: QT_TRANSLATE_NOOP("RewardsModel", "Reward"), RewardColumn.POINTS: QT_TRANSLATE_NOOP("RewardsModel", "Points"), RewardColumn.STATUS: QT_TRANSLATE_NOOP("RewardsModel", "Now")}


def option_status(option: RewardOption) -> str:
    if option.available:
        return QCoreApplication.translate("RewardsModel", "Available")
    return option.reason or QCoreApplication.translate("RewardsModel", "Not available")


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def sorted_options(options: Sequence[RewardOption]) -> tuple[RewardOption, ...]:
    """What can be redeemed now first: the cashier reads from the top."""
    return tuple(sorted(options, key=lambda o: (not o.available, o.points_cost, o.name)))


def options_html(options: Sequence[RewardOption]) -> str:
    """The member panel's reward list: a mark, the name and price, and under them "available
    now" or why not. A wrapped list, not a table cell: the reasons are sentences that must be
    read whole. The back office's preview shows a reward with exactly this."""
    rows = []
    c = colours()  # painted in now: a theme changed later redraws the list with its own
    for option in options:
        cost = (_tr("from {points} pts") if option.points_entered else _tr("{points} pts")).format(
            points=f"{option.points_cost:,}")
        if option.available:
            mark, name = f"<b style='color:{c.success}'>✓</b>", f"<b style='color:{c.success}'>{escape(option.name)}</b>"
            available = _tr("available now")  # outside the f-string: lupdate does not read inside it
            note = f"<span style='color:{c.success}'>{available}</span>"
        else:
            mark, name = f"<span style='color:{c.muted}'>✗</span>", f"<span style='color:{c.muted}'>{escape(option.name)}</span>"
            note = f"<span style='color:{c.muted}'>{escape(option_status(option))}</span>"
        # A cell per mark keeps a wrapped reason indented under its reward's name.
        cost = escape(cost).replace(" ", "&nbsp;")  # "220 pts" never splits over two lines
        rows.append(f"<tr><td valign='top' width='20'>{mark}</td><td style='padding-bottom:6px'>{name} "
                    f"<span style='color:{c.muted}'>· {cost}</span><br>{note}</td></tr>")
    return f"<table cellspacing='0' cellpadding='0'>{''.join(rows)}</table>"


class RewardsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[RewardOption, ...] = ()

    def set_rows(self, options: Sequence[RewardOption]) -> None:
        self.beginResetModel()
        self._rows = sorted_options(options)
        self.endResetModel()

    def row(self, index: int) -> RewardOption:
        return self._rows[index]

    def rows(self) -> tuple[RewardOption, ...]:
        return self._rows

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(RewardColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("RewardsModel", _HEADERS[RewardColumn(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        option = self._rows[index.row()]
        column = RewardColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column is RewardColumn.NAME:
                return option.name
            if column is RewardColumn.POINTS:
                prefix = QCoreApplication.translate("RewardsModel", "from ") if option.points_entered else ""
                return f"{prefix}{option.points_cost:,}"
            return option_status(option)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is RewardColumn.STATUS:
                return QColor(colours().success if option.available else colours().muted)
            return None if option.available else QColor(colours().muted)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is RewardColumn.POINTS:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return option_status(option) if column is RewardColumn.STATUS else (option.description or None)
        return None
