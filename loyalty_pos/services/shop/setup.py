"""Setting a new shop up: its profile, first manager, starter program and recovery code.

One unit of work: either all of it is stored or none. Opening a fresh database
file and putting it in place is the caller's part (``jobs/shop_setup.py``).
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass

from loyalty_pos.domain.errors import FieldsInvalid, LoyaltyError
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.pins import pin_problem
from loyalty_pos.domain.recovery_codes import new_recovery_code, normalise_recovery_code
from loyalty_pos.domain.shop_logo import logo_problem
from loyalty_pos.domain.shop_profile import ShopProfile
from loyalty_pos.domain.starter_programs import STARTER_TITLES, StampItem, Starter, starter_shop
from loyalty_pos.domain.till_mode import TillMode
from loyalty_pos.domain.usernames import clean_username
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import Clock
from loyalty_pos.domain import events
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import StaffRecord, UnitOfWork
from loyalty_pos.services.shop import auth, profile
from loyalty_pos.services.shop.shop import RECEIPT_PRINTER, SHOP_NAME, TIMEZONE

MAX_DISPLAY_NAME = 120  # the staff table's column


class ShopExists(LoyaltyError):
    code = "shop_exists"
    template = "{where} already holds a shop; setup changes nothing there."


@dataclass(frozen=True, slots=True)
class NewShop:
    """Everything the owner chose, not yet checked."""

    profile: ShopProfile
    manager_name: str  # as the person is called ("Siti Rahayu")
    manager_username: str  # what they type at sign-in
    pin: str
    pin_again: str
    starter: Starter
    stamp_item: StampItem | None = None
    logo_png: bytes | None = None  # already scaled (printing.logo.fit_logo)
    till_mode: TillMode = TillMode.BASKET


@dataclass(frozen=True, slots=True)
class ShopCreated:
    manager: str  # the user name to sign in with
    recovery_code: str  # shown once, never stored in clear
    program_version: int


def shop_problems(shop: NewShop, known_zones: frozenset[str]) -> dict[str, FieldProblem]:
    """Field name -> what to fix; empty when :func:`set_up_shop` will accept ``shop``."""
    found = shop.profile.problems(known_zones)
    try:
        clean_username(shop.manager_username)
    except LoyaltyError as error:
        found["manager_username"] = FieldProblem.refused(error)
    if not shop.manager_name.strip():
        found["manager_name"] = FieldProblem("manager_name_empty", "Type the manager's name.")
    elif len(shop.manager_name.strip()) > MAX_DISPLAY_NAME:
        found["manager_name"] = FieldProblem("too_long", "At most {limit} characters.", limit=MAX_DISPLAY_NAME)
    weak = pin_problem(shop.pin)
    if weak is not None:
        found["pin"] = weak
    elif shop.pin_again != shop.pin:
        found["pin_again"] = FieldProblem("pins_differ", "The two PINs differ; type the same PIN twice.")
    if shop.starter is Starter.STAMPS:
        found.update((shop.stamp_item or StampItem("", 0)).problems())
    logo = logo_problem(shop.logo_png) if shop.logo_png is not None else None
    if logo is not None:
        found["logo"] = logo
    return found


def recovery_code_and_hash(randbelow: Callable[[int], int]) -> tuple[str, str]:
    """A new code to show once, and the only form of it that is ever stored."""
    code = new_recovery_code(randbelow)
    return code, auth.hash_secret(normalise_recovery_code(code))


def set_up_shop(
    uow: UnitOfWork,
    shop: NewShop,
    *,
    known_zones: frozenset[str],
    terminal_id: str,
    clock: Clock,
    randbelow: Callable[[int], int],
) -> ShopCreated:
    """Store the shop, its first manager and its published starter program; refuses a
    database that is a shop already (``ShopExists``) and any field that needs fixing
    (``FieldsInvalid``, every field at once)."""
    problems = shop_problems(shop, known_zones)
    if problems:
        raise FieldsInvalid(problems, code="bad_new_shop")
    details = shop.profile.cleaned(known_zones)
    username = clean_username(shop.manager_username)
    starter = starter_shop(shop.starter, currency=details.currency, prices_include_tax=details.prices_include_tax,
                           stamp_item=shop.stamp_item)
    # scrypt is slow on purpose: both hashes before the transaction takes the write lock.
    pin_hash = auth.hash_pin(shop.pin)
    code, code_hash = recovery_code_and_hash(randbelow)
    values = {
        SHOP_NAME: details.name,
        TIMEZONE: details.timezone,
        profile.SHOP_ADDRESS: "\n".join(details.address),
        profile.COUNTRY: details.country,
        profile.LANGUAGE: details.language,
        profile.PRICES_INCLUDE_TAX: "yes" if details.prices_include_tax else "no",
        profile.RECOVERY_CODE: code_hash,
        profile.TILL_MODE: TillMode(shop.till_mode).value,
    }
    if details.receipt_printer:
        values[RECEIPT_PRINTER] = details.receipt_printer
    if shop.logo_png is not None:
        values[profile.SHOP_LOGO] = base64.b64encode(shop.logo_png).decode("ascii")
    manager = Actor(username, Role.MANAGER, terminal_id)
    now = clock.now()
    with uow:
        if uow.staff.all() or uow.program.published() is not None:
            raise ShopExists(template="This database already holds a shop; setup changes nothing there.")
        uow.staff.put(StaffRecord(username, " ".join(shop.manager_name.split()), Role.MANAGER, pin_hash,
                                  True, 0, None))
        for key, value in values.items():
            uow.settings.set(key, value)
        for category in starter.categories:
            uow.products.add_category(category)
        for product in starter.products:
            uow.products.upsert(product)
        uow.program.save_draft(starter.program, actor=username, at=now)
        program = uow.program.publish(actor=username, at=now)
        record(uow, manager, events.ShopCreated(
            shop_name=details.name, country=details.country, currency=details.currency,
            timezone=details.timezone, language=details.language,
            prices_include_tax=details.prices_include_tax, starter=shop.starter.value,
            starter_title=STARTER_TITLES[shop.starter], manager=username,
            program_version=program.version, products=tuple(p.code for p in starter.products),
        ), now)
        uow.commit()
    return ShopCreated(manager=username, recovery_code=code, program_version=program.version)
