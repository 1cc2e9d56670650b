"""``loyalty-pos giveaway verify REWARD``: recompute a drawn giveaway's winners from its
stored entries and revealed seed, and check the seed against the fingerprint published
before entries closed. Read-only, so it asks for no PIN (as ``check``)."""

from __future__ import annotations

import argparse

from loyalty_pos.cli.say import line as said
from loyalty_pos.cli.say import say

EXIT_OK, EXIT_NOT_VERIFIED = 0, 1


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    giveaway = commands.add_parser("giveaway", help=said("cli.help.giveaway"))
    actions = giveaway.add_subparsers(dest="giveaway_command", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help=said("cli.help.giveaway.verify"))
    verify.add_argument("reward", metavar="REWARD", help=said("cli.help.giveaway.reward"))


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.app import open_app
    from loyalty_pos.config import Config
    from loyalty_pos.jobs.shop_setup import require_shop
    from loyalty_pos.services.program.giveaways import verify

    config = Config.load(args.data_dir)
    require_shop(config)
    app = open_app(config)
    try:
        result = verify(app.uow(readonly=True), args.reward)
    finally:
        app.close()
    for place, member_id in enumerate(result.recomputed, start=1):
        say("cli.giveaway.winner", place=place, member=member_id)
    say("cli.giveaway.verified" if result.ok else "cli.giveaway.not_verified")
    return EXIT_OK if result.ok else EXIT_NOT_VERIFIED
