"""``loyalty-pos init``: the setup window's work without a window, for scripted installs.

Same checks, same result: schema, card key, settings, first manager, published
starter program and first backup, all or nothing (``jobs/shop_setup.py``). The
manager's PIN comes from a private file or is asked twice at the terminal; the
recovery code is printed once, at the end.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from loyalty_pos.cli.say import line, say


if TYPE_CHECKING:  # the command line starts fast: the shop's code loads only when a command runs
    from collections.abc import Mapping

    from loyalty_pos.domain.field_problems import FieldProblem
    from loyalty_pos.services.shop.setup import NewShop

STARTERS = ("simple", "tiers", "stamps")
TAX_MODES = {"included": True, "excluded": False}
# Where each field of the setup's checks comes from on this command line.
_FLAGS = {
    "name": "--shop-name", "address": "--address", "country": "--country", "currency": "--currency",
    "timezone": "--timezone", "language": "--language", "receipt_printer": "--receipt-printer",
    "manager_username": "--manager", "manager_name": "--manager-name", "pin": "the PIN", "pin_again": "the PIN",
    "stamp_item": "--stamp-item", "stamp_price": "--stamp-price", "logo": "--logo",
}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    init = commands.add_parser(
        "init", help=line("cli.help.init"),
        description=line("cli.help.init.description"))
    init.add_argument("--shop-name", required=True, help=line("cli.help.init.shop_name"))
    init.add_argument("--address", action="append", default=[], metavar="LINE",
                      help=line("cli.help.init.address"))
    init.add_argument("--logo", type=Path, metavar="PNG", help=line("cli.help.init.logo"))
    init.add_argument("--country", metavar="CODE", help=line("cli.help.init.country"))
    init.add_argument("--currency", metavar="CODE", help=line("cli.help.init.currency"))
    init.add_argument("--timezone", metavar="ZONE", help=line("cli.help.init.timezone"))
    init.add_argument("--language", choices=("en", "id", "zh-Hant", "nb"),
                      help=line("cli.help.init.language"))
    init.add_argument("--tax-mode", choices=tuple(TAX_MODES), default="included",
                      help=line("cli.help.init.tax_mode"))
    init.add_argument("--receipt-printer", metavar="SPEC",
                      help=line("cli.help.init.receipt_printer"))
    init.add_argument("--program", choices=STARTERS, default="simple",
                      help=line("cli.help.init.program"))
    init.add_argument("--stamp-item", metavar="NAME", help=line("cli.help.init.stamp_item"))
    init.add_argument("--stamp-price", metavar="AMOUNT", help=line("cli.help.init.stamp_price"))
    init.add_argument("--till-mode", choices=("basket", "amount"), default="basket",
                      help=line("cli.help.init.till_mode"))
    init.add_argument("--manager", required=True, metavar="NAME", help=line("cli.help.init.manager"))
    init.add_argument("--manager-name", metavar="FULL NAME", help=line("cli.help.init.manager_name"))
    init.add_argument("--pin-file", type=Path, metavar="FILE",
                      help=line("cli.help.init.pin_file"))


def run(args: argparse.Namespace) -> int:
    from loyalty_pos.cli.pin_input import new_pin
    from loyalty_pos.config import Config
    from loyalty_pos.domain.errors import FieldsInvalid
    from loyalty_pos.domain.starter_programs import STARTER_TITLES
    from loyalty_pos.jobs.shop_setup import create_shop, shop_exists
    from loyalty_pos.services.shop.setup import ShopExists, shop_problems
    from loyalty_pos.system_region import known_zones

    config = Config.load(args.data_dir)
    # Everything that can be refused is, before asking for a PIN that would go nowhere.
    if shop_exists(config):
        raise ShopExists(where=str(config.data_dir))
    draft, unreadable = _new_shop(args)
    _refuse({**shop_problems(draft, known_zones()), **unreadable}, ignore=("pin", "pin_again"))
    pin, again = new_pin(args.pin_file, whose=args.manager)
    try:
        outcome = create_shop(config, replace(draft, pin=pin, pin_again=again))
    except FieldsInvalid as error:
        _refuse(error.fields)
        raise
    created = outcome.created
    say("cli.setup_done", name=draft.profile.name, path=outcome.data_dir)
    say("cli.setup_manager", manager=created.manager)
    say("cli.setup_program", program=STARTER_TITLES[draft.starter], version=created.program_version)
    say("cli.setup_backup", path=outcome.first_backup)
    print()
    say("cli.setup_recovery_code")
    say("cli.setup_recovery_use")
    print()
    print(f"    {created.recovery_code}")
    print()
    return 0


def _refuse(problems: Mapping[str, FieldProblem], ignore: tuple[str, ...] = ()) -> None:
    """Every problem at once, each named by the option that sets it."""
    from loyalty_pos.domain.errors import FieldsInvalid
    from loyalty_pos.domain.field_problems import FieldProblem

    named = {_FLAGS.get(field, field): problem for field, problem in problems.items() if field not in ignore}
    if named:
        raise FieldsInvalid({flag: FieldProblem("flagged", "{flag}: {problem}", flag=flag, problem=problem)
                             for flag, problem in named.items()}, code="bad_new_shop")


def _new_shop(args: argparse.Namespace) -> tuple[NewShop, dict[str, FieldProblem]]:
    """The shop the options describe (PIN still empty), and the options that could not be read."""
    from loyalty_pos.domain.errors import LoyaltyError
    from loyalty_pos.domain.field_problems import FieldProblem
    from loyalty_pos.domain.money import Money
    from loyalty_pos.domain.regions import country
    from loyalty_pos.domain.shop_profile import ShopProfile
    from loyalty_pos.domain.starter_programs import StampItem, Starter
    from loyalty_pos.domain.till_mode import TillMode
    from loyalty_pos.printing.logo import read_logo
    from loyalty_pos.services.shop.setup import NewShop
    from loyalty_pos.system_region import setup_defaults

    region = setup_defaults()
    chosen = country(args.country) if args.country else None
    code = chosen.code if chosen else (args.country or region.country).upper()
    home = chosen if chosen is not None and chosen.code != region.country else None
    currency = (args.currency or (home.currency if home else region.currency)).upper()
    profile = ShopProfile(
        name=args.shop_name, address=tuple(args.address), country=code, currency=currency,
        timezone=args.timezone or (home.timezone if home else region.timezone),
        language=args.language or (home.language if home else region.language),
        prices_include_tax=TAX_MODES[args.tax_mode], receipt_printer=args.receipt_printer,
    )
    unreadable: dict[str, FieldProblem] = {}
    starter = Starter(args.program)
    stamp = None
    if starter is Starter.STAMPS:
        price = 0
        try:
            price = Money.parse(args.stamp_price, currency).minor if args.stamp_price else 0
        except LoyaltyError as error:
            unreadable["stamp_price"] = FieldProblem.refused(error)
        stamp = StampItem(args.stamp_item or "", price)
    logo = None
    if args.logo:
        try:
            logo = read_logo(args.logo.expanduser())
        except LoyaltyError as error:
            unreadable["logo"] = FieldProblem.refused(error)
    shop = NewShop(
        profile=profile, manager_name=args.manager_name or args.manager, manager_username=args.manager,
        pin="", pin_again="", starter=starter, stamp_item=stamp, logo_png=logo,
        till_mode=TillMode(args.till_mode),
    )
    return shop, unreadable
