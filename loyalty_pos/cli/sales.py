"""``loyalty-pos sales import FILE.csv``: sales rung up on another register, imported for their points.

A manager authorises it (``--pin-file`` or LOYALTY_POS_PIN, else asked). ``--dry-run``
prints what each row would do and stores nothing; without it the accepted rows are
stored in one transaction. Either way every row is printed with its outcome, and the
exit code is 1 when any row was refused, so a script notices a partial file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.cli.say import line, say


if TYPE_CHECKING:  # loaded when the command runs, not when the command line is parsed
    from loyalty_pos.services.sale.sales_import import SalesImportReport

EXIT_OK, EXIT_REFUSED_ROWS = 0, 1


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sales = commands.add_parser("sales", help=line("cli.help.sales"))
    actions = sales.add_subparsers(dest="sales_command", metavar="ACTION", required=True)
    imports = actions.add_parser(
        "import", help=line("cli.help.sales.import"))
    imports.add_argument("file", type=Path, metavar="FILE.csv", help=line("cli.help.sales.import.file"))
    imports.add_argument("--dry-run", action="store_true", help=line("cli.help.sales.import.dry_run"))
    imports.add_argument("--manager", metavar="NAME", help=line("cli.help.your_manager"))
    imports.add_argument("--pin-file", type=Path, metavar="FILE",
                         help=line("cli.help.your_pin_file"))


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.cli.pin_input import manager_pin
    from loyalty_pos.config import Config
    from loyalty_pos.domain.errors import ValidationError
    from loyalty_pos.jobs.shop_setup import require_shop
    from loyalty_pos.services.sale.sales_import import import_sales
    from loyalty_pos.services.shop import auth
    from loyalty_pos.services.shop.recovery import only_manager

    try:
        data = args.file.read_bytes()
    except OSError as error:
        raise ValidationError(code="file_unreadable", template="{path}: {reason}", path=args.file,
                              reason=error.strerror or error) from None
    config = Config.load(args.data_dir)
    require_shop(config)
    app = open_app(config)
    try:
        username = args.manager or only_manager(app.uow(readonly=True))
        pin = manager_pin(args.pin_file, manager=username)
        actor = auth.sign_in(app.uow(), username=username, pin=pin, terminal_id=config.terminal_id,
                             clock=app.clock)
        actor.require_manager("Importing sales")
        report = import_sales(app.uow(), data, actor=actor, clock=app.clock, commit=not args.dry_run)
    finally:
        app.close()
    _print(report, dry_run=args.dry_run)
    return EXIT_REFUSED_ROWS if report.refused else EXIT_OK


def _print(report: SalesImportReport, *, dry_run: bool) -> None:
    from loyalty_pos.domain.money import Money

    accepted = line("cli.import_would" if dry_run else "cli.import_done")
    columns = [line(f"cli.import_column_{name}") for name in ("line", "receipt", "amount", "points", "outcome")]
    print(f"{columns[0]:>5}  {columns[1]:<14} {columns[2]:>14} {columns[3]:>7}  {columns[4]}")
    for row in report.outcomes:
        amount = line("cli.value", value=Money(row.amount_minor, report.currency)) if row.amount_minor else ""
        outcome = accepted if row.imported else line("cli.import_refused", reason=row.message)
        points = line("cli.value", value=row.points_earned) if row.imported else ""
        print(f"{row.line:>5}  {row.receipt[:14]:<14} {amount:>14} {points:>7}  {outcome}")
    say("cli.import_summary_dry" if dry_run else "cli.import_summary", imported=report.imported, refused=report.refused)
