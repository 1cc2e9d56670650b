"""``loyalty-pos report day [--date YYYY-MM-DD] [--terminal T]``: the end-of-day table a
till is reconciled with its register by. Read-only, so it asks for no PIN (as ``check``)."""

from __future__ import annotations

import argparse
from datetime import date
from collections.abc import Callable
from typing import TYPE_CHECKING

from loyalty_pos.cli.say import line as said

if TYPE_CHECKING:  # loaded when the command runs, not when the command line is parsed
    from loyalty_pos.services.shop.end_of_day import DayReport, TillDay

EXIT_OK = 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(said("cli.usage.not_a_date", text=repr(text))) from None


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help=said("cli.help.report"))
    kinds = report.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    day = kinds.add_parser("day", help=said("cli.help.report.day"))
    day.add_argument("--date", type=_day, metavar="YYYY-MM-DD", help=said("cli.help.report.day.date"))
    day.add_argument("--terminal", metavar="T", help=said("cli.help.report.day.terminal"))


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.jobs.shop_setup import require_shop
    from loyalty_pos.services.shop.end_of_day import day_report
    from loyalty_pos.services.shop.till_preferences import till_preferences

    config = Config.load(args.data_dir)
    require_shop(config)
    app = open_app(config)
    try:
        report = day_report(app.uow(readonly=True), now=app.clock.now(), day=args.date, terminal_id=args.terminal)
        language = till_preferences(app.uow(readonly=True)).shop_language
    finally:
        app.close()
    print("\n".join(day_table(report, language)))
    return EXIT_OK


def day_table(report: DayReport, language: str = "en") -> list[str]:
    """Fixed-width lines: one per terminal and cashier, then the day's total; figures as the
    shop's locale writes them (``language``), as the till's End of day tab shows them."""
    from loyalty_pos.domain.money import Money
    from loyalty_pos.i18n.formatting import format_integer, format_money

    from loyalty_pos.services.shop.end_of_day import GIFT_CARD_PART

    total = report.total()
    tenders = list(total.per_tender)
    headers = ["Terminal", "Cashier", "Sales", "Returns", "Net total",
               *("Gift card" if t == GIFT_CARD_PART else t.capitalize() for t in tenders),
               "Pts issued", "Pts redeemed", "Amount-only", "Amount-only total"]

    def money(minor: int) -> str:
        return format_money(Money(minor, report.currency), language)

    def number(value: int) -> str:
        return format_integer(value, language)

    def cells(till: TillDay, terminal: str, cashier: str) -> list[str]:
        return [terminal, cashier, number(till.sales), number(till.returns), money(till.total_minor),
                *(money(till.per_tender.get(t, 0)) for t in tenders), number(till.points_issued),
                number(till.points_redeemed), number(till.register_entries), money(till.register_total_minor)]

    rows = [cells(t, t.terminal_id, t.cashier) for t in report.tills]
    rows.append(cells(total, "All", ""))
    widths = [max(len(row[i]) for row in (headers, *rows)) for i in range(len(headers))]

    def line(row: list[str]) -> str:
        # Names to the left, figures to the right, as a till slip reads.
        return "  ".join(cell.ljust(w) if i < 2 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True)))

    title = f"End of day {report.day.isoformat()} ({report.zone})"
    if not report.tills:
        return [title, "No sales or returns."]
    rule = "-" * len(line(headers))
    return [title, line(headers), rule, *(line(r) for r in rows[:-1]), rule, line(rows[-1]),
            ("Returns are netted off. Amount-only entries (and imported sales) are in the register's own count; "
             "they are tendered 'other'. A gift card's part of a sale is under 'Gift card', the rest under its "
             "tender."), *keyed_in_lines(report, money, number)]


def keyed_in_lines(report: DayReport, money: Callable[[int], str], number: Callable[[int], str]) -> list[str]:
    """Money taken outside sales, per till and in all: the register took it, so it is keyed in
    there and never added to the sales above."""
    tills = [till for till in report.tills if till.keyed_in is not None]
    total = report.total().keyed_in
    if total is None:
        return []
    lines = []
    cards = [(t, t.keyed_in) for t in tills if t.keyed_in and (t.keyed_in.cards_sold or t.keyed_in.top_ups)]
    if cards:
        parts = [f"{t.terminal_id} {t.cashier} {money(k.loaded_minor)} ({number(k.cards_sold)} sold, "
                 f"{number(k.top_ups)} top-up{'' if k.top_ups == 1 else 's'})" for t, k in cards]
        lines.append(f"Gift cards sold and topped up, keyed into the register: {'; '.join(parts)}; "
                     f"all {money(total.loaded_minor)}")
    fees = [(t, t.keyed_in) for t in tills if t.keyed_in and t.keyed_in.memberships_sold]
    if fees:
        parts = [f"{t.terminal_id} {t.cashier} {money(k.membership_fees_minor)} ({number(k.memberships_sold)})"
                 for t, k in fees]
        lines.append(f"Paid memberships sold, keyed into the register: {'; '.join(parts)}; "
                     f"all {money(total.membership_fees_minor)}")
    return lines
