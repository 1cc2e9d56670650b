"""``loyalty-pos cards key show|export|import|rotate``: the shop's card key ring.

Head office exports its ring once; each till imports it, so a card printed anywhere
scans everywhere. ``rotate`` makes a new key current (a key that may have leaked);
cards printed with earlier keys keep scanning. ``import`` also mends a missing or
wrong key file from a backup's ``.key`` file. The keys travel as a file (USB stick,
the IT lead's laptop); only fingerprints are ever printed or logged.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from loyalty_pos.cards.keys import export_key, read_key_file
from loyalty_pos.cli.admin import add_manager_arguments, manager_from_args
from loyalty_pos.cli.say import line, say
from loyalty_pos.config import Config
from loyalty_pos.output_files import check_output


def add_parsers(card_actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    key = card_actions.add_parser("key", help=line("cli.help.cards.key"))
    actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    actions.add_parser("show", help=line("cli.help.cards.key.show"))
    export = actions.add_parser("export", help=line("cli.help.cards.key.export"))
    export.add_argument("dest", type=Path, help=line("cli.help.cards.key.export.dest"))
    take = actions.add_parser("import", help=line("cli.help.cards.key.import"))
    take.add_argument("src", type=Path, help=line("cli.help.cards.key.import.source"))
    take.add_argument("--replace-printed", action="store_true",
                      help=line("cli.help.cards.key.replace_printed"))
    add_manager_arguments(take)
    rotate = actions.add_parser("rotate", help=line("cli.help.cards.key.rotate"))
    add_manager_arguments(rotate)


def run(config: Config, args: argparse.Namespace) -> int:
    # Loaded here, not with the parser: --help never imports the store (cli/main.py).
    from loyalty_pos.app import open_app
    from loyalty_pos.jobs.card_key_ring import card_key_problems, import_keys, rotate, verified_ring
    from loyalty_pos.services.shop.card_key_ring import recorded_ring

    if args.key_command == "export":
        check_output(args.dest, config.data_dir)  # never over the shop's own files, nor into its folder
    # Unchecked: import must be able to mend a missing or wrong key file.
    app = open_app(config, create=False, check_key=False)
    try:
        if args.key_command == "show":
            recorded = recorded_ring(app.uow(readonly=True))
            for fingerprint in recorded:
                say("cli.key_fingerprint_current" if fingerprint == recorded[-1] else "cli.key_fingerprint",
                    fingerprint=fingerprint)
            if not recorded:
                say("cli.key_none")
            for problem in card_key_problems(app.uow, config.key_path):
                say("cli.problem", problem=problem)
            say("cli.key_file", path=config.key_path)
        elif args.key_command == "export":
            ring = verified_ring(app.uow, config.key_path)
            export_key(ring, args.dest)
            say("cli.key_exported", fingerprints=", ".join(ring.fingerprints), path=args.dest)
        elif args.key_command == "rotate":
            actor = manager_from_args(app, args, "Rotating the card signing key")
            ring = rotate(app.uow, config.key_path, actor=actor, clock=app.clock)
            say("cli.key_rotated", current=ring.fingerprints[-1], earlier=", ".join(ring.fingerprints[:-1]))
        else:
            incoming = read_key_file(args.src)
            actor = manager_from_args(app, args, "Importing a card signing key")
            done = import_keys(app.uow, config.key_path, incoming, actor=actor, clock=app.clock,
                               stamp=app.clock.now().strftime("%Y%m%d%H%M%S"))
            kept = line("cli.key_kept", path=done.kept) if done.kept else ""
            what = line("cli.key_repaired") if done.repaired else line("cli.key_added", added=done.added)
            say("cli.key_imported", what=what, kept=kept, current=done.ring.fingerprints[-1],
                fingerprints=", ".join(done.ring.fingerprints))
    finally:
        app.close()
    return 0
