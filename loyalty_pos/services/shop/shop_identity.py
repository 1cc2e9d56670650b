"""Which shop a database is: a random id given once (migration 0013), kept by every
backup, so a restore can tell this shop's backup from another shop's."""

from __future__ import annotations

from dataclasses import dataclass

from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.card_key_ring import RING_SETTING
from loyalty_pos.services.shop.shop import SHOP_NAME

SHOP_ID = "shop_id"


@dataclass(frozen=True, slots=True)
class ShopIdentity:
    shop_id: str | None  # None: a file from before migration 0013
    ring: tuple[str, ...]  # card key fingerprints, oldest first
    name: str  # what people call it, to say which shop a backup is

    def __str__(self) -> str:
        short = (self.shop_id or "?")[:8]
        return f"'{self.name}' ({short})" if self.name else short


UNKNOWN = ShopIdentity(None, (), "")


def shop_identity(uow: UnitOfWork) -> ShopIdentity:
    with uow:
        ring = uow.settings.get(RING_SETTING) or ""
        return ShopIdentity(uow.settings.get(SHOP_ID), tuple(part for part in ring.split(",") if part),
                            uow.settings.get(SHOP_NAME) or "")
