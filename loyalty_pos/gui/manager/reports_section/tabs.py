"""Each report's tab: how its service result becomes a chart, a table and a summary.

Table cells keep counts and points as ints (an export a spreadsheet can add up);
money is shown with its currency, as on every other screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from loyalty_pos.domain.money import Money
from loyalty_pos.gui.widgets.locale_text import money_text
from loyalty_pos.gui.manager.reports_section.charts import (
    EXPIRED,
    ISSUED,
    REDEEMED,
    bar_chart,
    legend_bars,
    month_labels,
    pie_chart,
)
from loyalty_pos.gui.manager.reports_section.tab import ReportTab
from loyalty_pos.gui.tender_names import tender_heading
from loyalty_pos.services.shop.end_of_day import GIFT_CARD_PART, DayReport, TillDay
from loyalty_pos.services.shop.reports import (
    CampaignResults,
    LiabilityTrend,
    ProgramReport,
    TierMovements,
    TopMember,
)

EXPIRY_DAYS = (30, 60, 90)


def _tr(text: str) -> str:
    # lupdate files _tr() texts under the empty context; tab.tr() it filed under "tab",
    # which no tab translates in.
    return QCoreApplication.translate("", text)


def _point_basis(tab: QWidget, value: int, per: int, currency: str) -> str:
    basis = _tr("per point") if per == 1 else _tr("per {per:,} points").format(per=per)
    return _tr("{value} {basis}").format(value=money_text(Money(value, currency)), basis=basis)


class LiabilityTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("liability", parent, shares=(1, 1))
        self.points_label, self.money_label = QLabel(self), QLabel(self)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        figures = QHBoxLayout()
        for label in (self.points_label, self.money_label):
            label.setFont(big)
            # A large text size leaves no room for both big figures on one line: each
            # breaks between its words rather than pushing the table out of the tab.
            label.setWordWrap(True)
            figures.addWidget(label)
            figures.addSpacing(24)
        figures.addStretch(1)
        self.body.insertLayout(0, figures)

    def show_report(self, report: ProgramReport) -> None:
        owed = report.liability
        value, per = owed.point_value
        self.points_label.setText(self.tr("{points:,} points open").format(points=owed.points))
        self.money_label.setText(self.tr("worth {money}").format(money=money_text(Money(owed.value_minor, owed.currency))))
        self.show_summary(self.tr("Valued at {basis}, what the shop pays out for them. Liability and expiry are "
                                  "as of now, whatever the date range.").format(
            basis=_point_basis(self, value, per, owed.currency)))
        labels = [self.tr("{days} days").format(days=days) for days in EXPIRY_DAYS]
        points = [owed.expiring[days] for days in EXPIRY_DAYS]
        self.show_chart(bar_chart(self.tr("Points expiring within the next …"), labels,
                                  [(self.tr("Points expiring"), REDEEMED, points)]))
        rows: list[tuple[str, int | str]] = [(self.tr("Open points"), owed.points),
                                             (self.tr("Value"), money_text(Money(owed.value_minor, owed.currency)))]
        rows += [(self.tr("Expiring within {days} days").format(days=days), owed.expiring[days])
                 for days in EXPIRY_DAYS]
        self.model.set_rows((self.tr("Measure"), self.tr("Points / value")), rows)


class LiabilityTrendTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("liability-over-time", parent)

    def show_trend(self, trend: LiabilityTrend) -> None:
        value, per = trend.point_value
        self.show_summary(self.tr("Points held at each month's end (the last: at the range's end), net of "
                                  "members' debts, valued at today's {basis}.").format(
            basis=_point_basis(self, value, per, trend.currency)))
        self.show_chart(bar_chart(self.tr("Points outstanding at month end"),
                                  month_labels([m.month for m in trend.months]),
                                  [(self.tr("Points outstanding"), ISSUED, [m.points for m in trend.months])]))
        self.model.set_rows((self.tr("Month"), self.tr("Points outstanding"), self.tr("Value")),
                            [(m.month, m.points, money_text(Money(m.value_minor, trend.currency))) for m in trend.months])


class FlowsTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("issued-vs-redeemed", parent)

    def show_report(self, report: ProgramReport) -> None:
        flows = report.flows
        self.show_chart(bar_chart(self.tr("Points per month"), month_labels([f.month for f in flows]), [
            (self.tr("Issued"), ISSUED, [f.issued for f in flows]),
            (self.tr("Redeemed"), REDEEMED, [f.redeemed for f in flows]),
            (self.tr("Expired"), EXPIRED, [f.expired for f in flows]),
        ]))
        self.model.set_rows((self.tr("Month"), self.tr("Issued"), self.tr("Redeemed"), self.tr("Expired")),
                            [(f.month, f.issued, f.redeemed, f.expired) for f in flows])


class RewardsTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("rewards", parent, shares=(3, 2))

    def show_report(self, report: ProgramReport) -> None:
        self.show_chart(legend_bars(self.tr("Points redeemed per reward"),
                                    [(r.name, r.points) for r in report.redemptions]))
        self.model.set_rows((self.tr("Reward"), self.tr("Redemptions"), self.tr("Points"), self.tr("Share %")),
                            [(r.name, r.count, r.points, r.share_pct) for r in report.redemptions])


class TiersTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tiers", parent)

    def show_report(self, report: ProgramReport) -> None:
        self.show_summary(self.tr("Active members per tier today, whatever the date range."))
        self.show_chart(pie_chart(self.tr("Active members per tier"),
                                  [(f"{name}: {count:,}", count) for name, count in report.tier_mix.items()]))
        self.model.set_rows((self.tr("Tier"), self.tr("Active members")), list(report.tier_mix.items()))


class TierMovesTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("tier-movements", parent)

    def show_moves(self, moves: TierMovements) -> None:
        ups, downs = sum(moves.per_month(True)), sum(moves.per_month(False))
        self.show_summary(self.tr("{ups:,} upgrade(s) and {downs:,} downgrade(s) in the range, as the audit log "
                                  "recorded each tier change.").format(ups=ups, downs=downs))
        self.show_chart(bar_chart(self.tr("Tier changes per month"), month_labels(list(moves.months)), [
            (self.tr("Upgrades"), ISSUED, moves.per_month(True)),
            (self.tr("Downgrades"), REDEEMED, moves.per_month(False)),
        ]))
        self.model.set_rows(
            (self.tr("Month"), self.tr("From"), self.tr("To"), self.tr("Change"), self.tr("Members")),
            [(m.month, m.from_name, m.to_name, self.tr("Upgrade") if m.upgrade else self.tr("Downgrade"), m.members)
             for m in moves.movements])


class TopMembersTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("top-members", parent, side_by_side=True, shares=(2, 3), stretch=1)

    def show_top(self, top: tuple[TopMember, ...]) -> None:
        # Bars named by rank, the names in the table beside: a name on the axis would be elided.
        ranked = list(enumerate(top, start=1))
        self.show_chart(bar_chart(self.tr("Points earned"), [str(rank) for rank, _m in reversed(ranked)],
                                  [(self.tr("Points earned"), ISSUED, [m.points for _rank, m in reversed(ranked)])],
                                  horizontal=True))
        self.model.set_rows((self.tr("Rank"), self.tr("Name"), self.tr("Points earned"), self.tr("Member id")),
                            [(rank, m.name, m.points, m.member_id) for rank, m in ranked])
        self.table.setColumnHidden(3, True)  # the id is for the export, not for reading


class CampaignsTab(ReportTab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("campaigns", parent, shares=(3, 2))

    def show_results(self, results: CampaignResults) -> None:
        def money(minor: int | None) -> str:
            return "–" if minor is None else money_text(Money(minor, results.currency))

        self.show_summary(self.tr("Over the days each ran in the range. Its sales' average basket beside the "
                                  "other member sales of those days hints at extra spend, without proving it."))
        self.show_chart(legend_bars(self.tr("Points given per campaign"),
                                    [(c.name, c.reach.points) for c in results.campaigns]))
        # The figures first and the days last: eight columns scroll sideways in the back office.
        self.model.set_rows(
            (self.tr("Campaign"), self.tr("Points"), self.tr("Sales"), self.tr("Members"), self.tr("Spend"),
             self.tr("Avg basket"), self.tr("Others' basket"), self.tr("Days")),
            [(c.name, c.reach.points, c.reach.sales, c.reach.members,
              money(c.reach.spend_minor if c.reach.sales else None), money(c.average_basket_minor),
              money(c.others_basket_minor), f"{c.start.astimezone(results.zone):%Y-%m-%d} – "
              f"{(c.end - timedelta(microseconds=1)).astimezone(results.zone):%Y-%m-%d}")
             for c in results.campaigns])


class EndOfDayTab(ReportTab):
    """The shop day a till is reconciled with its register by: the range's To date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("end-of-day", parent, shares=(2, 3), stretch=1)

    def show_day(self, report: DayReport) -> None:
        def money(minor: int) -> str:
            return money_text(Money(minor, report.currency))

        total = report.total()
        self.show_summary(self.tr("{day} in the shop's time zone ({zone}), the To date: {sales:,} sale(s) and "
                                  "{returns:,} return(s), {money} net. Amount-only entries: {entries:,} for {register}, "
                                  "in the register's own count.").format(
            day=report.day.isoformat(), zone=report.zone, sales=total.sales, returns=total.returns,
            money=money(total.total_minor), entries=total.register_entries,
            register=money(total.register_total_minor)) + self._keyed_in(total, money))
        labels = [f"{t.terminal_id} {t.cashier}" for t in report.tills]
        self.show_chart(bar_chart(self.tr("Sales and returns per till and cashier"), labels, [
            (self.tr("Sales"), ISSUED, [t.sales for t in report.tills]),
            (self.tr("Returns"), REDEEMED, [t.returns for t in report.tills]),
        ]))
        tenders = list(total.per_tender)

        def row(till: TillDay, terminal: str, cashier: str) -> tuple[int | str, ...]:
            keyed = till.keyed_in
            return (terminal, cashier, till.sales, till.returns, money(till.total_minor),
                    *(money(till.per_tender.get(t, 0)) for t in tenders), till.points_issued, till.points_redeemed,
                    till.register_entries, money(till.register_total_minor),
                    money(keyed.loaded_minor if keyed else 0), money(keyed.membership_fees_minor if keyed else 0))

        rows = [row(t, t.terminal_id, t.cashier) for t in report.tills]
        if rows:
            rows.append(row(total, self.tr("All"), ""))
        self.model.set_rows(
            (self.tr("Terminal"), self.tr("Cashier"), self.tr("Sales"), self.tr("Returns"), self.tr("Net total"),
             *(self.tr("Gift card") if t == GIFT_CARD_PART else tender_heading(t) for t in tenders),
             self.tr("Points issued"), self.tr("Points redeemed"),
             self.tr("Amount-only"), self.tr("Amount-only total"),
             self.tr("Gift card sales"), self.tr("Membership sales")), rows)

    def _keyed_in(self, total: TillDay, money: Callable[[int], str]) -> str:
        """Money taken outside sales: the register took it, so it is keyed in there, never
        counted with the sales."""
        keyed = total.keyed_in
        said = ""
        if keyed is not None and (keyed.cards_sold or keyed.top_ups):
            said += " " + self.tr("Key into the register apart from sales: {cards} for gift cards ({sold:,} sold, "
                                  "{topped:,} topped up).").format(
                cards=money(keyed.loaded_minor), sold=keyed.cards_sold, topped=keyed.top_ups)
        if keyed is not None and keyed.memberships_sold:
            said += " " + self.tr("Key into the register apart from sales: {fees} for {memberships:,} paid "
                                  "membership(s).").format(
                fees=money(keyed.membership_fees_minor), memberships=keyed.memberships_sold)
        return said
