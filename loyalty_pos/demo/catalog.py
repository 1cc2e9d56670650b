"""Installs the demo shop's staff, products, settings and program through the services,
so the demo is built by exactly the code a real shop's manager would use."""

from __future__ import annotations

from collections.abc import Callable

from loyalty_pos.demo import shop
from loyalty_pos.demo.fraud_history import link_demo_manager
from loyalty_pos.demo.prizes import CINEMA, HAMPER, demo_codes
from loyalty_pos.services.shop import auth
from loyalty_pos.services.program import catalog
from loyalty_pos.services.program.giveaways import commit_seed
from loyalty_pos.services.program.partner_codes import import_codes
from loyalty_pos.services.shop import settings
from loyalty_pos.services.actor import SYSTEM, Actor, Role
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.profile import DEMO
from loyalty_pos.services.shop.shop import SHOP_NAME, TIMEZONE


def install_demo_shop(make_uow: Callable[[], UnitOfWork], clock: Clock, *, terminal_id: str = "01") -> Actor:
    """Returns the demo manager, signed in."""
    setup = Actor(SYSTEM.username, Role.MANAGER, terminal_id)
    auth.create_staff(make_uow(), username=shop.MANAGER_USER, display_name="Mona Manager",
                      role=Role.MANAGER, pin=shop.MANAGER_PIN, actor=setup, clock=clock)
    auth.create_staff(make_uow(), username=shop.CASHIER_USER, display_name="Kari Cashier",
                      role=Role.CASHIER, pin=shop.CASHIER_PIN, actor=setup, clock=clock)
    auth.create_staff(make_uow(), username=shop.SECOND_MANAGER_USER, display_name="Dag Deputy",
                      role=Role.MANAGER, pin=shop.SECOND_MANAGER_PIN, actor=setup, clock=clock)
    manager = Actor(shop.MANAGER_USER, Role.MANAGER, terminal_id)
    settings.change_settings(make_uow(), {SHOP_NAME: shop.SHOP_NAME, TIMEZONE: shop.TIMEZONE, DEMO: shop.SIGN_IN},
                             actor=manager, clock=clock)
    for product in (*shop.demo_products(), *shop.seasonal_products()):
        catalog.save_product(make_uow(), product, actor=manager, clock=clock)
    catalog.save_draft(make_uow(), shop.demo_program(clock.now()), actor=manager, clock=clock)
    catalog.publish(make_uow(), actor=manager, clock=clock)
    link_demo_manager(make_uow, manager, clock)
    # What a manager does once the program is published: import the cinema's codes, and
    # commit the hamper draw's seed before its entries close.
    import_codes(make_uow(), CINEMA, demo_codes(), actor=manager, clock=clock)
    commit_seed(make_uow(), HAMPER, actor=manager, clock=clock)
    return manager
