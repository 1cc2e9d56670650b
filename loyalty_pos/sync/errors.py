"""Why a sync request failed, in words a cashier or manager can act on."""

from __future__ import annotations

from typing import Any

from loyalty_pos.domain.errors import filled


class SyncError(Exception):
    """``code`` is stable (tests, logs, ``sync_state.last_error``); ``template`` is the English
    sentence shown, filled from ``params``: as a ``LoyaltyError``'s, so the catalogue
    (``i18n.catalogue.error_text``) shows it in the till's or the CLI's language."""

    code = "sync_failed"
    template = "The sync with the chain server failed."

    def __init__(self, template: str | None = None, *, code: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return filled(self.template, self.params)


class InsecureUrl(SyncError):
    code = "insecure_url"


class ServerUnreachable(SyncError):
    code = "offline"


class BadCertificate(SyncError):
    code = "bad_certificate"


class Disconnected(SyncError):
    """The server no longer knows this till's token: revoked, or the chain was rebuilt."""

    code = "disconnected"
    template = "This till was disconnected from the chain (its token was revoked); register it again."


class NotRegistered(SyncError):
    code = "not_registered"
    template = "This till is not registered with a chain server (loyalty-pos sync register)."


class Refused(SyncError):
    """A 4xx the till cannot fix by trying again; ``code`` is the server's error code."""
