"""Why a sync request failed, in words a cashier or manager can act on."""

from __future__ import annotations


class SyncError(Exception):
    """``code`` is stable (tests, logs, ``sync_state.last_error``); the message is the sentence shown."""

    code = "sync_failed"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code


class InsecureUrl(SyncError):
    code = "insecure_url"


class ServerUnreachable(SyncError):
    code = "offline"


class BadCertificate(SyncError):
    code = "bad_certificate"


class Disconnected(SyncError):
    """The server no longer knows this till's token: revoked, or the chain was rebuilt."""

    code = "disconnected"


class NotRegistered(SyncError):
    code = "not_registered"


class Refused(SyncError):
    """A 4xx the till cannot fix by trying again; ``code`` is the server's error code."""
