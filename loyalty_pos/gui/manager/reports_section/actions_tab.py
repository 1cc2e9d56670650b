"""The member-actions report's tab: each action campaign's members and points, with the
referrals and welcome backs in its summary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from loyalty_pos.gui.manager.reports_section.charts import legend_bars
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.services.shop.action_report import MemberActionReport


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context: it cannot see a helper's.
    return QCoreApplication.translate("", text)


def action_name(action: str) -> str:
    return {
        "enrolment": _tr("Joining"), "birthday": _tr("Birthday"), "referral": _tr("Referral"),
        "win_back": _tr("Welcome back"), "review": _tr("Review"), "newsletter": _tr("Newsletter"),
        "questionnaire": _tr("Questionnaire"), "event": _tr("Event"), "social_post": _tr("Social post"),
    }.get(action, action)


class MemberActionsTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("member-actions", parent, shares=(3, 2))

    def show_report(self, report: MemberActionReport) -> None:
        summary = self.tr("Referrals: {made:,} made, {converted:,} converted by a first purchase.").format(
            made=report.referrals_made, converted=report.referrals_converted)
        if report.win_back_days is not None:
            summary += " " + self.tr("Welcome back: {taken:,} taken; {away:,} member(s) away {days:,}+ days get it at "
                                     "their next visit.").format(taken=report.win_back_taken,
                                                                 away=report.win_back_away, days=report.win_back_days)
        self.show_summary(summary)
        self.show_chart(legend_bars(self.tr("Points given per action"),
                                    [(r.name, r.points) for r in report.actions]))
        self.model.set_rows((self.tr("Campaign"), self.tr("Action"), self.tr("Members"), self.tr("Points"),
                             self.tr("Rewards given")),
                            [(r.name, action_name(r.action), r.members, r.points, r.rewards) for r in report.actions])
