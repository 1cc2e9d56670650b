"""``loyalty-pos serve ...``: the chain's sync server and its terminals.

Building the parser imports nothing of the server (cli/main.py's rule: --help answers
at once); each action imports FastAPI and SQLAlchemy when it runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

DB_HELP = ("the server's database, postgresql+psycopg://user:pass@host/db (default: an embedded SQLite "
           "file in the data folder, to try it out)")


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    serve = commands.add_parser("serve", help="run the chain's sync server (tills push and pull through it); "
                                             "serve add-terminal|revoke-terminal|list-terminals|migrate")
    serve.add_argument("--db", help=DB_HELP)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    serve.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    serve.add_argument("--workers", type=int, default=1, help="API worker processes (default 1)")
    serve.add_argument("--no-backup", action="store_true",
                       help="upgrade the schema without a backup first (PostgreSQL without pg_dump on PATH)")
    actions = serve.add_subparsers(dest="serve_command", metavar="ACTION")
    add = actions.add_parser("add-terminal", help="create a terminal and print its one-time enrolment code")
    add.add_argument("name")
    add.add_argument("--shop", help="the shop this terminal belongs to (the till's shop id; default 'main')")
    add.add_argument("--head-office", action="store_true",
                     help="may publish the program, catalog and card keys to the chain")
    revoke = actions.add_parser("revoke-terminal", help="refuse every later request of a terminal's token")
    revoke.add_argument("name")
    actions.add_parser("list-terminals", help="the terminals, their shops and whether they are enrolled")
    actions.add_parser("migrate", help="bring the database's schema to this release's (once, under a lock)")
    for action in (add, revoke, *[p for p in actions.choices.values() if p not in (add, revoke)]):
        action.add_argument("--db", default=argparse.SUPPRESS, help=DB_HELP)


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
