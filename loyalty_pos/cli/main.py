"""Command line: ``loyalty-pos <command>``. Bad input is one clear line and exit 2.

``--help`` and ``--version`` must answer at once, on a machine where Qt or the
database might not even load: building the parser imports neither PySide6 nor
SQLAlchemy; each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from loyalty_pos import whole_numbers
from loyalty_pos.cli import giveaway as giveaway_commands
from loyalty_pos.cli import report as report_commands
from loyalty_pos.cli import sales as sales_commands
from loyalty_pos.cli import setup as setup_commands
from loyalty_pos.cli import chain_sync as sync_commands
from loyalty_pos.cli import staff as staff_commands
from loyalty_pos.cli.argparse_words import speak_argparse
from loyalty_pos.cli.display import require_display
from loyalty_pos.cli.progress import progress_printer
from loyalty_pos.cli.say import cli_language, line, say
from loyalty_pos.cli.smoke_deadline import DEFAULT_SECONDS, SmokeDeadline
from loyalty_pos.config import Config
from loyalty_pos.data_dir_lock import hold_data_dir
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.i18n.catalogue import error_text
from loyalty_pos.i18n.check_texts import problem_text
from loyalty_pos.log_files import start_logging
from loyalty_pos.version import __version__

# 3 (another process holds the data directory) and 4 (no display) come with their errors.
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
EXIT_OS = 5  # the system refused a file operation (name too long, disk full, no permission)
# The first screens a healthy start can show, as --smoke-test names them.
# ``user:pin`` of the demo account --bench-start signs in with; set only by ``loyalty-pos bench``.
BENCH_SIGN_IN_ENV = "LOYALTY_POS_BENCH_SIGN_IN"
SMOKE_SCREENS = {"sign-in": "its sign-in screen", "setup": "the first-run setup (no shop in this folder yet)"}

log = logging.getLogger("loyalty_pos.cli")


def _card_list(text: str) -> list[str]:
    # Spaces inside a number are allowed ("9400 1234 ..."); the service validates each one.
    return [part.strip() for part in text.split(",") if part.strip()]


class _Parser(argparse.ArgumentParser):
    """Bad arguments are one line, like every other refusal (no usage dump), in the CLI's
    language; so is ``-h``'s own help line (argparse's default is English)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, add_help=False, **kwargs)
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help=line("cli.help.help"))

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, line("cli.usage.error", prog=self.prog, message=one_line(message)) + "\n")


def one_line(text: str) -> str:
    """A typed value echoed in a message stays on its line: a carriage return or a record
    separator in an argument would otherwise split (or overwrite) the refusal."""
    return "".join(repr(ch)[1:-1] if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = 0.0
    # nan and inf are floats too: neither is a deadline.
    if not 0 < seconds < 86_400:
        raise argparse.ArgumentTypeError(line("cli.usage.not_seconds", text=one_line(text)))
    return seconds


def build_parser() -> argparse.ArgumentParser:
    speak_argparse()
    counts = whole_numbers.read_with(line)  # refusals of a typed count in the CLI's language too
    parser = _Parser(prog="loyalty-pos", description=line("cli.help.program"))
    parser.add_argument("--version", action="version", version=f"loyalty-pos {__version__}",
                        help=line("cli.help.version"))
    parser.add_argument("--data-dir", help=line("cli.help.data_dir"))
    parser.add_argument("--smoke-test", action="store_true",
                        help=line("cli.help.smoke_test"))
    parser.add_argument("--smoke-screenshot", type=Path, metavar="PNG",
                        help=line("cli.help.smoke_screenshot"))
    parser.add_argument("--smoke-timeout", type=_positive_seconds, metavar="SECONDS",
                        help=line("cli.help.smoke_timeout", seconds=round(DEFAULT_SECONDS)))
    # Hidden: `loyalty-pos bench --gui` starts the till with it to time the start.
    parser.add_argument("--bench-start", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help=line("cli.help.demo"))
    demo.add_argument("--members", type=counts.non_negative, default=1_000, help=line("cli.help.demo.members"))
    demo.add_argument("--no-gui", action="store_true", help=line("cli.help.demo.no_gui"))
    demo.add_argument("--seed", type=int, default=2026, help=line("cli.help.demo.seed"))

    commands.add_parser("check", help=line("cli.help.check"))

    backup = commands.add_parser("backup", help=line("cli.help.backup"))
    backup.add_argument("dest", type=Path, help=line("cli.help.backup.dest"))
    backup.add_argument("--off-site", action="store_true",
                        help=line("cli.help.backup.off_site"))
    backup.add_argument("--passphrase-file", type=Path, metavar="F",
                        help=line("cli.help.backup.passphrase_file"))

    restore = commands.add_parser("restore", help=line("cli.help.restore"))
    restore.add_argument("src", type=Path, help=line("cli.help.restore.source"))
    restore.add_argument("--passphrase-file", type=Path, metavar="F", help=line("cli.help.restore.passphrase_file"))
    restore.add_argument("--other-shop", action="store_true",
                         help=line("cli.help.restore.other_shop"))
    restore.add_argument("--replace-printed", action="store_true",
                         help=line("cli.help.restore.replace_printed"))

    commands.add_parser("expire", help=line("cli.help.expire"))

    from loyalty_pos.cli.admin import add_parsers

    add_parsers(commands, counts.non_zero)

    cards = commands.add_parser("cards", help=line("cli.help.cards"))
    card_actions = cards.add_subparsers(dest="cards_command", metavar="ACTION", required=True)
    card_print = card_actions.add_parser(
        "print", help=line("cli.help.cards.print"))
    card_print.add_argument("--out", type=Path, required=True, help=line("cli.help.cards.print.out"))
    card_print.add_argument("--members", type=_card_list, metavar="NUMBER,NUMBER...",
                            help=line("cli.help.cards.print.members"))
    card_print.add_argument("--new", type=counts.positive, metavar="N",
                            help=line("cli.help.cards.print.new"))
    card_print.add_argument("--paper", choices=("A4", "Letter"), default="A4", help=line("cli.help.cards.print.paper"))
    card_print.add_argument("--shop-name", help=line("cli.help.cards.print.shop_name"))
    from loyalty_pos.cli.card_key import add_parsers as add_key_parsers

    add_key_parsers(card_actions)

    setup_commands.add_parsers(commands)
    staff_commands.add_parsers(commands)
    sales_commands.add_parsers(commands)
    report_commands.add_parsers(commands)
    giveaway_commands.add_parsers(commands)
    sync_commands.add_parsers(commands)

    from loyalty_pos.sync.server.commands import add_parsers as add_serve_parsers

    add_serve_parsers(commands, line)

    bench = commands.add_parser("bench", help=line("cli.help.bench"))
    from loyalty_pos.bench.runner import add_arguments

    add_arguments(bench, line)
    _data_dir_anywhere(parser)
    return parser


def _data_dir_anywhere(parser: argparse.ArgumentParser) -> None:
    """``--data-dir`` after any command too (``loyalty-pos cards print --data-dir D``).

    SUPPRESS keeps a command's copy from overwriting the one given before the command
    with None when it is not repeated after it.
    """
    for action in parser._actions:  # argparse has no public walk over sub-commands
        if isinstance(action, argparse._SubParsersAction):
            for command in {id(p): p for p in action.choices.values()}.values():
                command.add_argument("--data-dir", default=argparse.SUPPRESS, help=line("cli.help.data_dir"))
                _data_dir_anywhere(command)


def _config(args: argparse.Namespace) -> Config:
    return Config.load(args.data_dir)


def _shop_config(args: argparse.Namespace, *, file_first: bool = False) -> Config:
    """The config of a folder that holds a shop database: a mistyped --data-dir is refused
    with where a shop might be, instead of an empty shop (and a new card key) being made
    there. ``file_first``: the refusal is "no shop database" (as these commands always said)."""
    from loyalty_pos.jobs.backup_offer import offering_restore
    from loyalty_pos.jobs.shop_setup import require_database_file

    config = _config(args)
    with offering_restore(config):
        require_database_file(config, as_no_shop=not file_first)
    return config


def _run_demo(args: argparse.Namespace) -> int:
    from loyalty_pos.demo.seed import seed_demo

    config = Config.load(args.data_dir, demo=True)
    if not args.no_gui:
        require_display()  # before seeding, not after a minute of it
    with hold_data_dir(config.data_dir, "loyalty-pos demo" if args.no_gui else "the till"):
        summary = seed_demo(config, members=args.members, seed=args.seed, progress=progress_printer())
        say("cli.demo_already" if summary.already_seeded else "cli.demo_ready", shop=summary.shop_name,
            path=summary.data_dir, members=summary.members, cashier=summary.cashier, manager=summary.manager)
        if args.no_gui:
            return EXIT_OK
        from loyalty_pos.app import run_till

        return run_till(config)


def _run_check(args: argparse.Namespace) -> int:
    from loyalty_pos.jobs.card_key_ring import key_file_problems
    from loyalty_pos.jobs.integrity import check_file
    from loyalty_pos.jobs.shop_setup import require_database_file

    config = _config(args)
    if not config.db_path.exists():  # a damaged, empty or foreign file is checked and reported, not refused
        require_database_file(config)
    report = check_file(config.db_path)
    if not any(problem.startswith("sqlite:") for problem in report.problems):  # a damaged file names no key
        report.problems.extend(key_file_problems(config.db_path, config.key_path))
    for problem in report.problems:
        say("cli.problem", problem=problem_text(problem, cli_language()))
    for note in report.notes:
        say("cli.note", note=problem_text(note, cli_language()))
    say("cli.check_ok" if report.ok else "cli.check_problems", members=report.members_checked,
        entries=report.entries_checked, problems=len(report.problems))
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _passphrase(args: argparse.Namespace, config: Config, *, new: bool) -> Callable[[], str]:
    """Asked for only when a backup is sealed or opened."""
    def ask() -> str:
        from loyalty_pos.cli.pin_input import backup_passphrase
        from loyalty_pos.jobs.backup_passphrase import PASSPHRASE_ENV, stored_passphrase

        return backup_passphrase(args.passphrase_file, env=PASSPHRASE_ENV, new=new,
                                 stored=stored_passphrase(config.data_dir))
    return ask


def _run_backup(args: argparse.Namespace) -> int:
    if str(args.dest) == "drill":
        return _run_drill(args)
    from loyalty_pos.jobs.backups import back_up, back_up_into

    config = _shop_config(args, file_first=True)
    passphrase = _passphrase(args, config, new=True)
    if Path(args.dest).expanduser().resolve() == config.backup_dir.resolve():
        # The shop's own backups folder: a new dated file there, never over one it holds.
        dest = back_up_into(config.db_path, config.key_path, config.backup_dir, off_site=args.off_site,
                            passphrase=passphrase)
    else:
        dest = back_up(config.db_path, config.key_path, args.dest, off_site=args.off_site,
                       passphrase=passphrase, data_dir=config.data_dir)
    say("cli.backup_written", path=dest)
    return EXIT_OK


def _run_drill(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.jobs.daily_backup import BackupPlace
    from loyalty_pos.jobs.restore_drill import run_drill

    config = _config(args)
    app = open_app(config, create=False, check_key=False)  # the drill checks the backup's key, not this one
    try:
        result = run_drill(app.uow, BackupPlace(config.db_path, config.key_path, config.backup_dir),
                           clock=app.clock, passphrase=_passphrase(args, config, new=False))
    finally:
        app.close()
    for problem in result.problems:
        say("cli.problem", problem=problem_text(problem, cli_language()))
    say("cli.drill_ok" if result.ok else "cli.drill_problems", backup=result.backup or line("cli.no_backup"),
        problems=len(result.problems))
    return EXIT_OK if result.ok else EXIT_PROBLEMS


def _run_restore(args: argparse.Namespace) -> int:
    from loyalty_pos.jobs.backups import restore

    config = _config(args)
    with hold_data_dir(config.data_dir, "loyalty-pos restore"):
        done = restore(config.db_path, config.key_path, config.backup_dir, args.src,
                       passphrase=_passphrase(args, config, new=False), other_shop=args.other_shop,
                       replace_printed=args.replace_printed)
    say("cli.restored", source=args.src, kept=done.kept_db)
    if done.kept_key is not None:
        say("cli.card_key_kept", path=done.kept_key)
    return EXIT_OK


def _run_expire(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.jobs.daily import run_daily_jobs
    from loyalty_pos.jobs.daily_backup import BackupPlace

    config = _shop_config(args)
    app = open_app(config)
    try:
        run = run_daily_jobs(app.uow, terminal_id=config.terminal_id, clock=app.clock,
                             backups=BackupPlace(config.db_path, config.key_path, config.backup_dir))
    finally:
        app.close()
    say("cli.expired", points=run.expired, moved_down=run.review.moved_down, reviewed=run.review.reviewed)
    if run.backup is not None and run.backup.made is not None:
        say("cli.daily_backup", path=run.backup.made)
    return EXIT_OK


def _run_cards(args: argparse.Namespace) -> int:
    if args.cards_command == "key":
        from loyalty_pos.cli.card_key import run

        return run(_shop_config(args), args)
    from loyalty_pos.app import open_app
    from loyalty_pos.jobs.card_printing import CardShop, check_destination, print_cards
    from loyalty_pos.services.actor import system_actor

    out = check_destination(args.out, _config(args).data_dir)  # refused before the shop is even opened
    config = _shop_config(args, file_first=True)
    # create=False: printing must not make an empty shop (and a new card key) in a mistyped --data-dir.
    app = open_app(config, create=False)
    try:
        shop = CardShop(app.uow, app.key, app.clock, system_actor(config.terminal_id), data_dir=config.data_dir)
        summary = print_cards(shop, out=out, members=args.members, new=args.new, paper=args.paper,
                              shop_name=args.shop_name, progress=progress_printer())
    finally:
        app.close()
    if summary.nothing_to_print:
        say("cli.cards_nothing")
        return EXIT_OK
    say("cli.cards_written", cards=summary.cards, pages=summary.pages, path=summary.out,
        marked=summary.marked_printed, blank=summary.blank)
    return EXIT_OK


def _run_member(args: argparse.Namespace) -> int:
    from loyalty_pos.cli.admin import run_member

    return run_member(_shop_config(args), args)


def _run_points(args: argparse.Namespace) -> int:
    from loyalty_pos.cli.admin import run_points

    return run_points(_shop_config(args), args)


def _run_bench(args: argparse.Namespace) -> int:
    from loyalty_pos.bench.runner import run_from_cli

    return run_from_cli(args)


# What `pip install loyalty-pos` leaves out: a till does not carry a web server it never runs.
_SERVER_PACKAGES = frozenset({"fastapi", "uvicorn", "starlette", "pydantic", "psycopg"})


def _run_serve(args: argparse.Namespace) -> int:
    from loyalty_pos.sync.server.commands import run

    try:
        return run(args)
    except ModuleNotFoundError as missing:
        if (missing.name or "").split(".")[0] not in _SERVER_PACKAGES:
            raise
        say("cli.serve_missing", package=missing.name, file=sys.stderr)
        return 2


def _run_gui(args: argparse.Namespace) -> int:
    from loyalty_pos.app import run_till, smoke_test_till

    config = _config(args)
    require_display()
    if not args.smoke_test:
        with hold_data_dir(config.data_dir, "the till"):
            if args.bench_start:
                return _bench_start(config)
            return run_till(config)
    deadline = SmokeDeadline(args.smoke_timeout or DEFAULT_SECONDS, lambda: say(
        "cli.smoke_failed", code=str(EXIT_PROBLEMS), screen=line("cli.none"), file=sys.stderr), code=EXIT_PROBLEMS)
    with deadline, hold_data_dir(config.data_dir, "the till"):
        code, reached = smoke_test_till(config, args.smoke_screenshot)
    if code == EXIT_OK and reached in SMOKE_SCREENS:
        say("cli.smoke_passed", screen=SMOKE_SCREENS[reached])
        return EXIT_OK
    say("cli.smoke_failed", code=str(code), screen=reached or line("cli.none"), file=sys.stderr)
    return code or EXIT_PROBLEMS


def _bench_start(config: Config) -> int:
    from loyalty_pos.app import bench_start_till

    username, _sep, pin = os.environ[BENCH_SIGN_IN_ENV].partition(":")
    code, reached = bench_start_till(config, username, pin)
    return code if reached == "ready" else code or EXIT_PROBLEMS


_COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: _run_gui,
    "demo": _run_demo,
    "check": _run_check,
    "backup": _run_backup,
    "restore": _run_restore,
    "expire": _run_expire,
    "cards": _run_cards,
    "bench": _run_bench,
    "serve": _run_serve,
    "member": _run_member,
    "points": _run_points,
    "init": setup_commands.run,
    "staff": staff_commands.run,
    "sales": sales_commands.run,
    "report": report_commands.run,
    "giveaway": giveaway_commands.run,
    "sync": sync_commands.run,
    "join": sync_commands.run_join,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is not None and (args.smoke_test or args.smoke_screenshot):
        parser.error(line("cli.usage.smoke_alone"))
    if args.smoke_screenshot and not args.smoke_test:
        parser.error(line("cli.usage.screenshot_needs_smoke"))
    if args.smoke_timeout is not None and not args.smoke_test:
        parser.error(line("cli.usage.timeout_needs_smoke"))
    if args.bench_start and (args.command is not None or args.smoke_test):
        parser.error(line("cli.usage.bench_start_alone"))
    if args.bench_start and ":" not in os.environ.get(BENCH_SIGN_IN_ENV, ""):
        parser.error(line("cli.usage.bench_start_bench_only"))
    start_logging()
    # The command's name only: arguments may hold a manager's PIN.
    command = " ".join(part for part in (args.command, getattr(args, "cards_command", None),
                                         getattr(args, "key_command", None),
                                         getattr(args, "points_command", None),
                                         getattr(args, "sales_command", None),
                                         getattr(args, "report_command", None),
                                         getattr(args, "giveaway_command", None),
                                         getattr(args, "serve_command", None),
                                         getattr(args, "sync_command", None)) if part) or "till"
    log.info("loyalty-pos %s: %s (data dir %s)", __version__, command, args.data_dir or "default")
    try:
        code = _COMMANDS[args.command](args)
    except LoyaltyError as error:
        log.warning("%s refused: %s", command, error.message)
        say("cli.error_line", message=one_line(error_text(error, cli_language())), file=sys.stderr)
        return getattr(error, "exit_code", EXIT_USAGE)
    except OSError as error:
        # A path the user gave that the system will not take: their problem to fix, not a
        # crash to report; the traceback still goes to the log.
        log.exception("%s failed on a file", command)
        where = f": {error.filename}" if error.filename else ""
        say("cli.error_line", message=one_line((error.strerror or str(error)) + where), file=sys.stderr)
        return EXIT_OS
    except KeyboardInterrupt:
        log.info("%s interrupted", command)
        say("cli.error_line", message=line("cli.interrupted"), file=sys.stderr)
        return 130
    except Exception:
        log.exception("%s failed", command)
        raise
    log.info("%s finished with exit code %s", command, code)
    return code


def till_main() -> int:
    """``loyalty-pos-till [--data-dir DIR]``: the till from a desktop shortcut.

    Installed as a GUI script, so Windows opens no console for it; ``sys.stdout`` and
    ``sys.stderr`` are then None, and a print would crash the till before the log
    file could say why.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - for the process's life
    return main(sys.argv[1:])
