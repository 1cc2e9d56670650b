"""A new shop as the setup window or ``loyalty-pos init`` describes it, for the setup tests."""

from __future__ import annotations

import random
from dataclasses import replace

from loyalty_pos.domain.shop_profile import ShopProfile
from loyalty_pos.domain.starter_programs import StampItem, Starter
from loyalty_pos.services.shop.setup import NewShop

MANAGER_PIN = "2580"


def new_shop(starter: Starter = Starter.SIMPLE, **changes: object) -> NewShop:
    shop = NewShop(
        profile=ShopProfile("Kopi Kita", ("Jl. Sudirman 1", "Jakarta"), "ID", "IDR", "Asia/Jakarta", "id", True),
        manager_name="Siti Rahayu", manager_username="siti", pin=MANAGER_PIN, pin_again=MANAGER_PIN,
        starter=starter, stamp_item=StampItem("Kopi susu", 25_000) if starter is Starter.STAMPS else None,
    )
    return replace(shop, **changes)


def fixed_random(seed: int = 3):  # noqa: ANN201 - a randbelow
    return random.Random(seed).randrange
