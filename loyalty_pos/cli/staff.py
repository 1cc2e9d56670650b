"""``loyalty-pos staff add|list|disable|reset-pin|recover``: staff accounts from a shell.

Each command but ``recover`` acts as a manager who proves it with their PIN (asked,
``--pin-file``, or LOYALTY_POS_PIN) and goes through the same staff services as the
back office, which refuse disabling yourself or the last manager and audit every
change. ``recover`` is for a shop whose only manager forgot the PIN: the recovery
code printed at setup sets a new PIN, and a new code is printed.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.cli.say import line, say

if TYPE_CHECKING:  # loaded when a command runs, not when the command line is parsed
    from loyalty_pos.app import App
    from loyalty_pos.services.actor import Actor


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    staff = commands.add_parser("staff", help=line("cli.help.staff"))
    actions = staff.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=line("cli.help.staff.list"))
    add = actions.add_parser("add", help=line("cli.help.staff.add"))
    add.add_argument("username", help=line("cli.help.staff.add.username"))
    add.add_argument("--name", required=True, metavar="FULL NAME", help=line("cli.help.staff.add.name"))
    add.add_argument("--role", choices=("cashier", "manager"), default="cashier", help=line("cli.help.staff.add.role"))
    disable = actions.add_parser("disable", help=line("cli.help.staff.disable"))
    disable.add_argument("username", help=line("cli.help.staff.username"))
    reset = actions.add_parser("reset-pin", help=line("cli.help.staff.reset_pin"))
    reset.add_argument("username", help=line("cli.help.staff.username"))
    for parser, new in ((add, True), (reset, True), (listing, False), (disable, False)):
        parser.add_argument("--manager", metavar="NAME",
                            help=line("cli.help.your_manager"))
        parser.add_argument("--pin-file", type=Path, metavar="FILE",
                            help=line("cli.help.your_pin_file"))
        if new:
            parser.add_argument("--new-pin-file", type=Path, metavar="FILE",
                                help=line("cli.help.staff.new_pin_file"))
    recover = actions.add_parser("recover", help=line("cli.help.staff.recover"))
    recover.add_argument("--manager", metavar="NAME", help=line("cli.help.staff.recover.manager"))
    recover.add_argument("--code-file", type=Path, metavar="FILE",
                         help=line("cli.help.staff.recover.code_file"))
    recover.add_argument("--pin-file", type=Path, metavar="FILE",
                         help=line("cli.help.staff.recover.pin_file"))


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.jobs.shop_setup import require_shop

    config = Config.load(args.data_dir)
    require_shop(config)
    app = open_app(config)
    try:
        if args.staff_command == "recover":
            return _recover(app, args)
        actor = _signed_in_manager(app, args)
        return {"list": _list, "add": _add, "disable": _disable, "reset-pin": _reset_pin}[args.staff_command](
            app, actor, args)
    finally:
        app.close()


def _signed_in_manager(app: App, args: argparse.Namespace) -> Actor:
    from loyalty_pos.cli.pin_input import manager_pin
    from loyalty_pos.services.shop import auth
    from loyalty_pos.services.shop.recovery import only_manager

    username = args.manager or only_manager(app.uow(readonly=True))
    pin = manager_pin(args.pin_file, manager=username)
    actor = auth.sign_in(app.uow(), username=username, pin=pin, terminal_id=app.config.terminal_id, clock=app.clock)
    actor.require_manager("Managing staff accounts")
    return actor


def _new_pin(file: Path | None, whose: str) -> str:
    from loyalty_pos.cli.pin_input import new_pin
    from loyalty_pos.domain.pins import check_new_pin

    pin, again = new_pin(file, whose=whose, option="--new-pin-file")
    check_new_pin(pin, again)
    return pin


def _list(app: App, actor: Actor, args: argparse.Namespace) -> int:
    from loyalty_pos.services.shop import auth

    rows = auth.list_staff(app.uow(readonly=True), actor=actor, clock=app.clock)
    width = max([len(row.username) for row in rows] + [9])
    user, role, state, name = (line(f"cli.staff_column_{column}") for column in ("user", "role", "status", "name"))
    print(f"{user:<{width}}  {role:<8}  {state:<22}  {name}")
    for row in rows:
        if not row.active:
            status = line("cli.staff_disabled")
        elif row.locked_until is not None:
            status = line("cli.staff_locked_until", time=f"{row.locked_until:%H:%M}")
        else:
            status = line("cli.staff_active")
        print(f"{row.username:<{width}}  {row.role.value:<8}  {status:<22}  {row.display_name}")
    return 0


def _add(app: App, actor: Actor, args: argparse.Namespace) -> int:
    from loyalty_pos.domain.usernames import clean_username
    from loyalty_pos.services.actor import Role
    from loyalty_pos.services.shop import auth

    username = clean_username(args.username)  # refused before asking for their PIN
    pin = _new_pin(args.new_pin_file, username)
    created = auth.create_staff(app.uow(), username=username, display_name=args.name, role=Role(args.role),
                                pin=pin, actor=actor, clock=app.clock)
    say("cli.staff_added", role=created.role, username=created.username, name=created.display_name)
    return 0


def _disable(app: App, actor: Actor, args: argparse.Namespace) -> int:
    from loyalty_pos.services.shop import auth

    username = args.username.strip().lower()
    auth.set_active(app.uow(), username=username, active=False, actor=actor, clock=app.clock)
    say("cli.staff_disabled_done", username=username)
    return 0


def _reset_pin(app: App, actor: Actor, args: argparse.Namespace) -> int:
    from loyalty_pos.domain.errors import NotFound
    from loyalty_pos.services.shop import auth

    username = args.username.strip().lower()
    if all(row.username != username for row in auth.list_staff(app.uow(readonly=True), actor=actor, clock=app.clock)):
        raise NotFound(template="Staff {key} was not found.", key=username)  # before asking for a PIN that would go nowhere
    pin = _new_pin(args.new_pin_file, username)
    auth.reset_pin(app.uow(), username=username, pin=pin, actor=actor, clock=app.clock)
    say("cli.pin_reset", username=username)
    return 0


def _recover(app: App, args: argparse.Namespace) -> int:
    import secrets

    from loyalty_pos.cli.pin_input import new_pin, recovery_code
    from loyalty_pos.domain.recovery_codes import normalise_recovery_code
    from loyalty_pos.services.shop.recovery import recover_access

    code = recovery_code(args.code_file)
    normalise_recovery_code(code)  # a mistyped code is refused before the new PIN is asked
    pin, again = new_pin(args.pin_file, whose=args.manager or "the manager")
    done = recover_access(app.uow(), code=code, new_pin=pin, pin_again=again, username=args.manager,
                          terminal_id=app.config.terminal_id, clock=app.clock, randbelow=secrets.randbelow)
    say("cli.recovered", manager=done.manager)
    say("cli.recovery_code_replaced")
    print()
    print(f"    {done.recovery_code}")
    print()
    return 0
