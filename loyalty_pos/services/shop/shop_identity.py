"""Which shop a database is: a random id given once (migration 0011), kept by every
backup, so a restore can tell this shop's backup from another shop's."""

from __future__ import annotations

from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.card_key_ring import RING_SETTING

SHOP_ID = "shop_id"


def shop_identity(uow: UnitOfWork) -> tuple[str | None, tuple[str, ...]]:
    """(the shop's id, its card key fingerprints oldest first); None and () for a file
    from before migration 0011."""
    with uow:
        ring = uow.settings.get(RING_SETTING) or ""
        return uow.settings.get(SHOP_ID), tuple(part for part in ring.split(",") if part)
