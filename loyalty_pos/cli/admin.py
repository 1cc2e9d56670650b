"""Member and points commands for the shell: ``loyalty-pos member ...`` / ``points ...``.

For a manager at a back-office terminal or a script; every change is signed with a
manager's PIN — from ``--pin-file`` (mode 0600), the LOYALTY_POS_PIN environment variable,
or a prompt when a person is at a terminal, never from the command line — and audited
like the same change made in the GUI.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.cli import privacy as privacy_commands
from loyalty_pos.cli.pin_input import PIN_ENV
from loyalty_pos.cli.say import line, say, signed
from loyalty_pos.config import Config
from loyalty_pos.domain.members import group_card_number
from loyalty_pos.domain.money import Money


if TYPE_CHECKING:
    from loyalty_pos.app import App
    from loyalty_pos.services.actor import Actor

# The store and the services load when a command runs, not when the parser is built
# (see cli/main.py: --help never imports SQLAlchemy).


def add_parsers(commands: argparse._SubParsersAction, integer: type) -> None:  # type: ignore[type-arg]
    member = commands.add_parser(
        "member", help=line("cli.help.member"))
    member.add_argument("what", metavar="CARD|export|erase|retention",
                        help=line("cli.help.member.what"))
    privacy_commands.add_arguments(member, integer)
    add_manager_arguments(member)

    points = commands.add_parser("points", help=line("cli.help.points"))
    actions = points.add_subparsers(dest="points_command", metavar="ACTION", required=True)
    adjust = actions.add_parser("adjust", help=line("cli.help.points.adjust"))
    adjust.add_argument("card", help=line("cli.help.points.card"))
    adjust.add_argument("points", type=integer, help=line("cli.help.points.points"))
    adjust.add_argument("--reason", required=True, help=line("cli.help.points.reason"))
    transfer = actions.add_parser("transfer", help=line("cli.help.points.transfer"))
    transfer.add_argument("from_card", help=line("cli.help.points.from_card"))
    transfer.add_argument("to_card", help=line("cli.help.points.to_card"))
    transfer.add_argument("points", type=integer, help=line("cli.help.points.points"))
    for action in (adjust, transfer):
        add_manager_arguments(action)


class PinOnCommandLine(argparse.Action):
    """``--pin 1234`` is refused with what to do instead: anyone on the machine can read a
    command line (the process list, the shell's history)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: object,
                 option_string: str | None = None) -> None:
        parser.error(line("cli.usage.no_pin_argument", env=PIN_ENV))


def add_manager_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--manager", default="manager", help=line("cli.help.manager"))
    parser.add_argument("--pin-file", type=Path, metavar="F",
                        help=line("cli.help.manager_pin_file"))
    parser.add_argument("--pin", action=PinOnCommandLine, help=argparse.SUPPRESS)


def manager_from_args(app: App, args: argparse.Namespace, action: str = "Changing points") -> Actor:
    from loyalty_pos.cli.pin_input import manager_pin
    from loyalty_pos.services.shop import auth

    pin = manager_pin(args.pin_file, manager=args.manager)
    actor = auth.sign_in(app.uow(), username=args.manager, pin=pin, terminal_id=app.config.terminal_id,
                         clock=app.clock)
    actor.require_manager(action)
    return actor


def run_member(config: Config, args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.services.members.membership import find_by_card, member_panel
    from loyalty_pos.services.program.programs import published_program

    app = open_app(config)
    try:
        if args.what in privacy_commands.ACTIONS:
            return privacy_commands.run(app, args)
        summary = find_by_card(app.uow(readonly=True), args.what)
        panel = member_panel(app.uow(readonly=True), summary.member_id, clock=app.clock)
        with app.uow(readonly=True) as uow:
            currency = published_program(uow).currency
    finally:
        app.close()
    member = panel.member
    print(f"{member.name}  ({group_card_number(summary.card_number or '')})")
    say("cli.member_tier", tier=panel.tier_name)
    say("cli.member_balance", points=panel.balance)
    if panel.expiring_points:
        say("cli.member_expiring", points=panel.expiring_points, day=panel.expiring_at)
    progress = panel.tier_progress
    if progress.next is not None:
        say("cli.member_next_tier", tier=progress.next.name, amount=Money(progress.needed, currency))
    return 0


def run_points(config: Config, args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.services.members.membership import find_by_card
    from loyalty_pos.services.members.points import adjust_points, transfer_points

    app = open_app(config)
    try:
        actor = manager_from_args(app, args)
        if args.points_command == "adjust":
            member = find_by_card(app.uow(readonly=True), args.card)
            balance = adjust_points(app.uow(), member_id=member.member_id, points=args.points,
                                    reason=args.reason, actor=actor, clock=app.clock)
            say("cli.points_adjusted", name=member.name, points=signed(args.points), reason=args.reason.strip(),
                balance=balance)
            return 0
        giver = find_by_card(app.uow(readonly=True), args.from_card)
        receiver = find_by_card(app.uow(readonly=True), args.to_card)
        given, received = transfer_points(app.uow(), from_member_id=giver.member_id,
                                          to_member_id=receiver.member_id, points=args.points,
                                          actor=actor, clock=app.clock)
        say("cli.points_moved", points=args.points, giver=giver.name, given=given, receiver=receiver.name,
            received=received)
        return 0
    finally:
        app.close()
