"""``loyalty-pos sync register URL CODE [--name NAME]`` and ``loyalty-pos sync``: join this
till to a chain server with an enrolment code, and run one sync round by hand.

Exit codes: 0 the round went through; 3 the server could not be reached (the till keeps
working offline and the events wait); 1 anything else the server or the till refused
(a revoked token, a used code, a certificate not trusted, not registered yet).
"""

from __future__ import annotations

import argparse
import socket
import sys

from loyalty_pos.cli.say import cli_language, line, say
from loyalty_pos.i18n.catalogue import error_text
from loyalty_pos.i18n.sync_texts import sync_error_text, sync_message_text

EXIT_OK, EXIT_REFUSED, EXIT_OFFLINE = 0, 1, 3


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sync = commands.add_parser("sync", help=line("cli.help.sync"))
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    register = actions.add_parser("register", help=line("cli.help.sync.register"))
    register.add_argument("url", help=line("cli.help.server_url"))
    register.add_argument("code", help=line("cli.help.enrolment_code"))
    register.add_argument("--name", help=line("cli.help.till_name"))


    join = commands.add_parser(
        "join", help=line("cli.help.join"))
    join.add_argument("url", help=line("cli.help.server_url"))
    join.add_argument("code", help=line("cli.help.join.code"))
    join.add_argument("--name", help=line("cli.help.till_name"))


def _say_join_step(step: str) -> None:
    # Each code written out whole: the catalogue test reads the codes from the source.
    if step == "register":
        say("cli.join_step_register", file=sys.stderr)
    elif step == "pull":
        say("cli.join_step_pull", file=sys.stderr)
    elif step == "check":
        say("cli.join_step_check", file=sys.stderr)
    else:
        say("cli.join_step_save", file=sys.stderr)


def run_join(args: argparse.Namespace) -> int:
    from functools import partial

    from loyalty_pos.config import Config
    from loyalty_pos.domain.errors import LoyaltyError
    from loyalty_pos.jobs.chain_join import join_chain
    from loyalty_pos.sync.client import check_url
    from loyalty_pos.sync.errors import SyncError
    from loyalty_pos.sync.till_link import register_till, run_sync_round

    config = Config.load(args.data_dir)
    name = args.name or socket.gethostname()
    try:
        # Refused before the first step is printed: a refusal is one line on stderr.
        check_url(args.url)
    except SyncError as error:
        say("cli.error_line", message=sync_error_text(error, cli_language()), file=sys.stderr)
        return EXIT_REFUSED
    try:
        outcome = join_chain(config, args.url, args.code, terminal_name=name,
                             register=lambda make_uow, url, code, terminal_name, *, clock: register_till(
                                 make_uow, server_url=url, code=code, clock=clock, terminal_name=terminal_name),
                             run_round=partial(run_sync_round, apply_published=True),
                             progress=_say_join_step)
    except LoyaltyError as error:
        say("cli.error_line", message=error_text(error, cli_language()), file=sys.stderr)
        return EXIT_OFFLINE if getattr(error, "sync_code", None) == "offline" else EXIT_REFUSED
    say("cli.joined", terminal=str(outcome.terminal_id), shop=outcome.shop_name, members=outcome.members,
        backup=str(outcome.first_backup))
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.jobs.shop_setup import require_shop
    from loyalty_pos.sync.errors import ServerUnreachable, SyncError
    from loyalty_pos.sync.round import register, run_sync_round

    config = Config.load(args.data_dir)
    require_shop(config)
    app = open_app(config)
    try:
        if args.sync_command == "register":
            try:
                answer = register(app.uow, args.url, args.code, args.name or socket.gethostname(), clock=app.clock)
            except SyncError as error:
                say("cli.error_line", message=sync_error_text(error, cli_language()), file=sys.stderr)
                return EXIT_OFFLINE if isinstance(error, ServerUnreachable) else EXIT_REFUSED
            say("cli.sync_registered", terminal=answer["terminal_id"], shop=answer.get("shop_id", "?"), url=args.url)
            return EXIT_OK
        result = run_sync_round(app.uow, clock=app.clock, keys=app.till_keys())
    finally:
        app.close()
    say("cli.sync_round", pushed=result.pushed, pulled=result.pulled, waiting=result.waiting)
    if result.parked:
        say("cli.sync_parked", parked=result.parked)
    if result.negative_members:
        say("cli.sync_negative", count=len(result.negative_members), members=", ".join(result.negative_members))
    if result.clock_skew_ms is not None and abs(result.clock_skew_ms) > 60_000:
        say("cli.sync_clock_skew", seconds=f"{result.clock_skew_ms / 1000:+.0f}")
    if result.error is not None:
        say("cli.error_line", message=sync_message_text(result.error, cli_language()), file=sys.stderr)
        return EXIT_OFFLINE if result.error_code == "offline" else EXIT_REFUSED
    return EXIT_OK
