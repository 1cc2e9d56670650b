"""``loyalty-pos serve ...``: the chain's sync server and its terminals.

Building the parser imports nothing of the server (cli/main.py's rule: --help answers
at once); each action imports FastAPI and SQLAlchemy when it runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

Text = Callable[..., str]  # a catalogue code (and its values) -> the CLI's line


def add_parsers(commands: argparse._SubParsersAction, line: Text) -> None:  # type: ignore[type-arg]
    """``line`` is the CLI's (``cli.say.line``): the help speaks the computer's language, and the
    server package keeps out of the CLI's layer."""
    serve = commands.add_parser("serve", help=line("cli.help.serve"))
    serve.add_argument("--db", help=line("cli.help.serve.db"))
    serve.add_argument("--host", default="127.0.0.1", help=line("cli.help.serve.host"))
    serve.add_argument("--port", type=int, default=8765, help=line("cli.help.serve.port"))
    serve.add_argument("--workers", type=int, default=1, help=line("cli.help.serve.workers"))
    serve.add_argument("--no-backup", action="store_true",
                       help=line("cli.help.serve.no_backup"))
    actions = serve.add_subparsers(dest="serve_command", metavar="ACTION")
    add = actions.add_parser("add-terminal", help=line("cli.help.serve.add_terminal"))
    add.add_argument("name", help=line("cli.help.serve.terminal"))
    add.add_argument("--shop", help=line("cli.help.serve.add_terminal.shop"))
    add.add_argument("--head-office", action="store_true",
                     help=line("cli.help.serve.add_terminal.head_office"))
    revoke = actions.add_parser("revoke-terminal", help=line("cli.help.serve.revoke_terminal"))
    revoke.add_argument("name", help=line("cli.help.serve.terminal"))
    actions.add_parser("list-terminals", help=line("cli.help.serve.list_terminals"))
    actions.add_parser("migrate", help=line("cli.help.serve.migrate"))
    for action in (add, revoke, *[p for p in actions.choices.values() if p not in (add, revoke)]):
        action.add_argument("--db", default=argparse.SUPPRESS, help=line("cli.help.serve.db"))


def _data_dir(args: argparse.Namespace) -> Path:
    from loyalty_pos.sync.server.database import default_data_dir

    given = getattr(args, "data_dir", None)
    return Path(given).expanduser() if given else default_data_dir()


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    from loyalty_pos.sync.server.database import default_url, make_engine
    from loyalty_pos.sync.server.errors import AdminRefused

    try:
        return make_engine(args.db or default_url(_data_dir(args)))
    except (ArgumentError, NoSuchModuleError, ValueError) as error:  # ValueError: a database it does not run on
        raise AdminRefused(f"--db {args.db!r} is not a database URL this server can use "
                           "(e.g. postgresql+psycopg://user@host/loyalty, or leave --db out for a local file)") from error


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.sync.server import schema, terminals
    from loyalty_pos.sync.server.errors import AdminRefused

    action = args.serve_command
    try:
        engine = _engine(args)
        if action == "migrate":
            before, after = schema.migrate(engine)
            print(f"server schema: {before or 'empty'} -> {after}" if before != after
                  else f"server schema already at {after}")
            return 0
        if action is None:
            return _serve(args, engine)
        _require_head(engine)
        if action == "add-terminal":
            made = terminals.add_terminal(engine, args.name, shop_id=args.shop, head_office=args.head_office)
            role = " (head office)" if made.terminal.head_office else ""
            print(f"terminal {made.terminal.terminal_id} {made.terminal.name!r}{role}, shop {made.terminal.shop_id}")
            print(f"enrolment code: {made.code}  (single use, valid until {made.expires_at:%Y-%m-%d %H:%M} UTC)")
            return 0
        if action == "revoke-terminal":
            gone = terminals.revoke_terminal(engine, args.name)
            print(f"terminal {gone.terminal_id} {gone.name!r} revoked: its token is refused from now on")
            return 0
        for row in terminals.list_terminals(engine):
            state = "revoked" if row.revoked_at else ("enrolled" if row.enrolled_at else "waiting for enrolment")
            role = " head office" if row.head_office else ""
            print(f"{row.terminal_id}  {row.name:<24} shop {row.shop_id:<12}{role}  {state}"
                  f"{'  v' + row.app_version if row.app_version else ''}")
        return 0
    except AdminRefused as error:
        print(f"loyalty-pos serve: {error}", file=sys.stderr)
        return 2


def _require_head(engine) -> None:  # type: ignore[no-untyped-def]
    from loyalty_pos.sync.server import schema
    from loyalty_pos.sync.server.errors import AdminRefused

    with engine.connect() as connection:
        revision = schema.current_revision(connection)
    if revision is None:  # a brand-new database: nothing to back up, create it
        schema.migrate(engine)
    elif revision != schema.HEAD:
        raise AdminRefused(f"the database's schema is {revision}, this release needs {schema.HEAD}: "
                           "run 'loyalty-pos serve migrate' (or start 'serve') first")


def _serve(args: argparse.Namespace, engine) -> int:  # type: ignore[no-untyped-def]
    from loyalty_pos.sync.server import schema, serving

    data_dir = _data_dir(args)
    done = schema.upgrade_on_start(engine, data_dir / "backups", no_backup=args.no_backup)
    if done.before != done.after:
        kept = f"; backup {done.backup}" if done.backup else (" (no backup: --no-backup)" if done.before else "")
        print(f"server schema: {done.before or 'empty'} -> {done.after}{kept}", flush=True)
    url = engine.url.render_as_string(hide_password=False)
    shown = engine.url.render_as_string(hide_password=True)
    engine.dispose()
    print(f"sync server on http://{args.host}:{args.port} (database {shown}, {args.workers} worker(s))", flush=True)
    serving.run(url, args.host, args.port, args.workers)
    return 0
