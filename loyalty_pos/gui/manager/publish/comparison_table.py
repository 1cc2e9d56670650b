"""The simulator's comparison as a table: one measure a row, published | draft | change.

Points are whole numbers (shown grouped); money is formatted with its currency;
the change column carries its sign so a manager sees at a glance what the draft
gives away or saves.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.models.report_table_model import Cell, ReportTableModel
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.services.program.simulator import Comparison, Side


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def _signed(value: int, shown: Callable[[int], str]) -> str:
    if value == 0:
        return "±0"
    return ("+" if value > 0 else "−") + shown(abs(value))


def comparison_rows(result: Comparison) -> tuple[list[str], list[list[Cell]]]:
    """Headers and rows for ``result``; the numbers are exactly the comparison's."""
    currency = result.currency

    def money(minor: int) -> str:
        return money_text(Money(minor, currency))

    def points_row(label: str, old: int, new: int) -> list[Cell]:
        return [label, old, new, _signed(new - old, lambda v: f"{v:,}")]

    def money_row(label: str, old: int, new: int) -> list[Cell]:
        return [label, money(old), money(new), _signed(new - old, money)]

    published, draft = result.published, result.draft
    rows: list[list[Cell]] = [
        [_tr("Member sales replayed"), result.sales, result.sales, "±0"],
        points_row(_tr("Points issued"), published.points_issued, draft.points_issued),
        money_row(_tr("Cost of the points issued"), published.cost_minor, draft.cost_minor),
        points_row(_tr("Liability after the window (points)"), published.liability_points, draft.liability_points),
        money_row(_tr("Liability after the window (value)"), published.liability_minor, draft.liability_minor),
    ]
    for code, name, old, new in _segments(published, draft):
        members = max(old.members if old else 0, new.members if new else 0)
        label = _tr("{tier} ({members} members): points").format(tier=name, members=members)
        rows.append(points_row(label, old.points if old else 0, new.points if new else 0))
        rows.append(money_row(_tr("{tier}: cost").format(tier=name),
                              old.cost_minor if old else 0, new.cost_minor if new else 0))
    for name, cost_old, cost_new, old, new in _rewards(published, draft):
        price = str(cost_new if cost_new is not None else cost_old)
        label = _tr("Members who can redeem {reward} ({points} pts)").format(reward=name, points=price)
        rows.append(points_row(label, old, new))
    headers = [_tr("Measure"), _tr("Published v{version}").format(version=published.program_version),
               _tr("Draft v{version}").format(version=draft.program_version), _tr("Change")]
    return headers, rows


def _segments(published: Side, draft: Side) -> list[tuple[str, str, Any, Any]]:
    """Each tier in either program (draft order first), with its segment on each side."""
    old = {s.tier_code: s for s in published.segments}
    new = {s.tier_code: s for s in draft.segments}
    codes = [s.tier_code for s in draft.segments] + [c for c in old if c not in new]
    return [(code, (new.get(code) or old[code]).tier_name, old.get(code), new.get(code)) for code in codes]


def _rewards(published: Side, draft: Side) -> list[tuple[str, int | None, int | None, int, int]]:
    old = {r.reward_id: r for r in published.redeemable}
    new = {r.reward_id: r for r in draft.redeemable}
    ids = [r.reward_id for r in draft.redeemable] + [i for i in old if i not in new]
    return [
        ((new.get(i) or old[i]).name, old[i].points_cost if i in old else None,
         new[i].points_cost if i in new else None, old[i].members if i in old else 0,
         new[i].members if i in new else 0)
        for i in ids
    ]


class ComparisonModel(ReportTableModel):
    """Every figure right-aligned, money included, so the columns can be compared by eye."""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() > 0:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().data(index, role)
