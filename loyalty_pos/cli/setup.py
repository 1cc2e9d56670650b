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

from loyalty_pos.cli.say import say


if TYPE_CHECKING:  # the command line starts fast: the shop's code loads only when a command runs
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
        "init", help="set a new shop up without a window (scripted installs); refuses a folder that holds a shop",
        description="Set a new shop up. Unset region options follow this computer's locale and time zone. "
                    "The manager's PIN is asked twice, or read from --pin-file (mode 0600).")
    init.add_argument("--shop-name", required=True, help="the shop's name as customers know it")
    init.add_argument("--address", action="append", default=[], metavar="LINE",
                      help="a line of the shop's address, kept for receipts (repeat for up to 3 lines)")
    init.add_argument("--logo", type=Path, metavar="PNG", help="the shop's logo for member cards (a PNG file)")
    init.add_argument("--country", metavar="CODE", help="two-letter country code, e.g. NO, ID, TW")
    init.add_argument("--currency", metavar="CODE", help="ISO currency of the prices (default: the country's)")
    init.add_argument("--timezone", metavar="ZONE", help="e.g. Europe/Oslo (default: this computer's)")
    init.add_argument("--language", choices=("en", "id", "zh-Hant", "nb"),
                      help="the shop's language (the till speaks English for now; the choice is kept)")
    init.add_argument("--tax-mode", choices=tuple(TAX_MODES), default="included",
                      help="shelf prices include tax (VAT/GST) or are before tax (default: included)")
    init.add_argument("--receipt-printer", metavar="SPEC",
                      help="where receipts go, e.g. escpos-network:192.168.1.50 (default: PDF files in the data "
                           "folder)")
    init.add_argument("--program", choices=STARTERS, default="simple",
                      help="starter program: simple points, points and tiers, or a stamp card (buy 9, 10th free)")
    init.add_argument("--stamp-item", metavar="NAME", help="stamp card: the item that earns a stamp, e.g. Coffee")
    init.add_argument("--stamp-price", metavar="AMOUNT", help="stamp card: that item's price, e.g. 35.00")
    init.add_argument("--till-mode", choices=("basket", "amount"), default="basket",
                      help="basket: ring products up here; amount: the shop's own cash register rings sales up "
                           "and the till records each sale's amount for points (default basket)")
    init.add_argument("--manager", required=True, metavar="NAME", help="the first manager's user name")
    init.add_argument("--manager-name", metavar="FULL NAME", help="the manager's full name (default: NAME)")
    init.add_argument("--pin-file", type=Path, metavar="FILE",
                      help="a file (mode 0600) whose first line is the manager's new PIN")


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


def _refuse(problems: dict[str, str], ignore: tuple[str, ...] = ()) -> None:
    """Every problem at once, each named by the option that sets it."""
    from loyalty_pos.domain.errors import FieldsInvalid

    named = {_FLAGS.get(field, field): text for field, text in problems.items() if field not in ignore}
    if named:
        raise FieldsInvalid({flag: f"{flag}: {text}" for flag, text in named.items()}, code="bad_new_shop")


def _new_shop(args: argparse.Namespace) -> tuple[NewShop, dict[str, str]]:
    """The shop the options describe (PIN still empty), and the options that could not be read."""
    from loyalty_pos.domain.errors import LoyaltyError
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
    unreadable: dict[str, str] = {}
    starter = Starter(args.program)
    stamp = None
    if starter is Starter.STAMPS:
        price = 0
        try:
            price = Money.parse(args.stamp_price, currency).minor if args.stamp_price else 0
        except LoyaltyError as error:
            unreadable["stamp_price"] = error.message
        stamp = StampItem(args.stamp_item or "", price)
    logo = None
    if args.logo:
        try:
            logo = read_logo(args.logo.expanduser())
        except LoyaltyError as error:
            unreadable["logo"] = error.message
    shop = NewShop(
        profile=profile, manager_name=args.manager_name or args.manager, manager_username=args.manager,
        pin="", pin_again="", starter=starter, stamp_item=stamp, logo_png=logo,
        till_mode=TillMode(args.till_mode),
    )
    return shop, unreadable
