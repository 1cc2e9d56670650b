"""``loyalty-pos cards key show|export|import``: one card key for every till of a chain.

Head office exports its key once; each till imports it, so a card printed anywhere
scans everywhere. The key travels as a file (USB stick, the IT lead's laptop); only
its fingerprint is ever printed or logged.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from loyalty_pos.cards.keys import (
    export_key,
    key_fingerprint,
    read_key_file,
    replace_key,
)
from loyalty_pos.cli.admin import add_manager_arguments, manager_from_args
from loyalty_pos.config import Config
from loyalty_pos.output_files import check_output


def add_parsers(card_actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    key = card_actions.add_parser("key", help="the card signing key: show, export, import (chains)")
    actions = key.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    actions.add_parser("show", help="print this till's key fingerprint (compare it between tills)")
    export = actions.add_parser("export", help="write this till's key to a new file for the chain's other tills")
    export.add_argument("dest", type=Path)
    take = actions.add_parser("import", help="use head office's key on this till (restart the till afterwards)")
    take.add_argument("src", type=Path)
    take.add_argument("--replace-printed", action="store_true",
                      help="swap even though cards printed here carry QR codes signed with the current key")
    add_manager_arguments(take)


def run(config: Config, args: argparse.Namespace) -> int:
    # Loaded here, not with the parser: --help never imports the store (cli/main.py).
    from loyalty_pos.app import open_app
    from loyalty_pos.services.members.card_keys import check_key_swap, record_key_swap

    if args.key_command == "export":
        check_output(args.dest, config.data_dir)  # never over the shop's own files, nor into its folder
    app = open_app(config)
    try:
        current = key_fingerprint(app.key)
        if args.key_command == "show":
            print(f"card key fingerprint {current}  ({config.key_path})")
        elif args.key_command == "export":
            export_key(app.key, args.dest)
            print(f"wrote the card key (fingerprint {current}) to {args.dest}; keep it secret, import it on "
                  "each till with: loyalty-pos cards key import FILE")
        else:
            incoming_key = read_key_file(args.src)
            incoming = key_fingerprint(incoming_key)
            if incoming == current:
                print(f"this till already uses the key {current}; nothing changed")
                return 0
            actor = manager_from_args(app, args, "Replacing the card signing key")
            check_key_swap(app.uow(readonly=True), current=current, incoming=incoming,
                           replace_printed=args.replace_printed)
            kept = replace_key(config.key_path, incoming_key, stamp=app.clock.now().strftime("%Y%m%d%H%M%S"))
            record_key_swap(app.uow(), current=current, incoming=incoming, kept_as=kept.name, actor=actor,
                            clock=app.clock)
            print(f"this till now signs and checks cards with the key {incoming} (the old key {current} is kept "
                  f"as {kept}); restart the till to use it")
    finally:
        app.close()
    return 0
