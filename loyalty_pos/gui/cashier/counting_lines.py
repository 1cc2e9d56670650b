"""The member panel's lines about challenges, badges and a paid tier, with this sale counted.

"Coffee challenge 3/5", "Coffee challenge complete: +40 with this sale", "New badge:
Explorer", "Gold membership until 6.12.2027": what the cashier reads out. They head the
rewards list inside its scroll area: they arrive with the details, and a part of their
own above the list would push everything under it down when they land.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject

from loyalty_pos.gui.widgets.locale_text import date_text, points_text
from loyalty_pos.gui.widgets.theme import colours
from loyalty_pos.services.sale.counting import CountingPanel


class CountingLines(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panel: CountingPanel | None = None

    def lines(self) -> list[str]:
        panel = self.panel
        if panel is None:
            return []
        out = []
        for status in panel.challenges:
            name = status.challenge.name
            if status.completed:
                out.append(self.tr("{name} complete: +{points} with this sale").format(
                    name=name, points=points_text(status.challenge.bonus_points)))
            else:
                out.append(self.tr("{name} {count}/{target}").format(
                    name=name, count=status.progress.count, target=status.progress.target))
        out += [self.tr("New badge: {name}").format(name=badge.name) for badge in panel.new_badges]
        if panel.badges:
            out.append(self.tr("Badges: {names}").format(names=", ".join(badge.name for badge in panel.badges)))
        if panel.paid_name and panel.paid_until is not None:
            out.append(self.tr("{name} until {day}").format(name=panel.paid_name, day=date_text(panel.paid_until)))
        return out

    def html(self) -> str:
        lines = self.lines()
        if not lines:
            return ""
        accent = colours().success
        return f"<p style='color:{accent}'>{'<br>'.join(escape(line) for line in lines)}</p>"
