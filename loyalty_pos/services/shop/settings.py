"""Shop settings a manager changes (name, time zone, thresholds, card prefix)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.events import SettingsChanged
from loyalty_pos.domain.receipt_output import parse_output
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.shop import ISSUER_PREFIX, RECEIPT_PRINTER, RETURN_APPROVAL_MINOR, SHOP_NAME, TIMEZONE


def _validate(key: str, value: str) -> str:
    value = value.strip()
    if key == SHOP_NAME and not value:
        raise ValidationError(code="shop_name_required", detail="The shop needs a name")
    if key == TIMEZONE:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValidationError(code="bad_timezone", detail=f"{value!r} is not a time zone") from None
    if key == RETURN_APPROVAL_MINOR and not value.isdigit():
        raise ValidationError(code="bad_threshold", detail="The approval threshold is an amount in minor units")
    if key == ISSUER_PREFIX and not (value.isdigit() and 1 <= len(value) <= 6):
        raise ValidationError(code="bad_prefix", detail="A card prefix is 1 to 6 digits")
    if key == RECEIPT_PRINTER:
        parse_output(value)  # refused now, not at the first sale that needs a receipt
    return value


def change_settings(uow: UnitOfWork, values: dict[str, str], *, actor: Actor, clock: Clock) -> None:
    actor.require_manager("Changing shop settings")
    cleaned = {key: _validate(key, value) for key, value in values.items()}
    with uow:
        for key, value in cleaned.items():
            uow.settings.set(key, value)
        record(uow, actor, SettingsChanged(cleaned), clock.now())
        uow.commit()
