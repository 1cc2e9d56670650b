"""The sync client as the till's window calls it (``TillContext.sync_register`` and
``sync_round``): the same register and round as ``loyalty-pos sync``, with a refusal
turned into a LoyaltyError so Settings > Sync shows its sentence instead of "something
went wrong"."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import httpx

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.sync.errors import SyncError
from loyalty_pos.sync.round import register, run_sync_round

__all__ = ["RegistrationRefused", "register_till", "run_sync_round"]


class RegistrationRefused(LoyaltyError):
    """The sync error's own template and values under this code: the catalogue keeps each sync
    wording also as ``error.sync_registration_refused.<variant>``, so it shows translated."""

    code = "sync_registration_refused"
    template = "{reason}"

    def __init__(self, error: SyncError) -> None:
        super().__init__(template=error.template, **{"reason": error.message, **error.params})
        self.sync_code = error.code


def register_till(make_uow: Callable[..., UnitOfWork], *, server_url: str, code: str, clock: Clock,
                  terminal_name: str | None = None, transport: httpx.BaseTransport | None = None) -> dict[str, Any]:
    """The server knows the till by its computer's name unless told otherwise."""
    try:
        return register(make_uow, server_url, code, terminal_name or socket.gethostname(), clock=clock,
                        transport=transport)
    except SyncError as error:
        raise RegistrationRefused(error) from error
