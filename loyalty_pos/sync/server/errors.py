"""Refusals with the contract's body, ``{"error": code, "detail": sentence}``."""

from __future__ import annotations


class SyncRefused(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None, status: int | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code is not None:
            self.code = code
        if status is not None:
            self.status = status


class TokenInvalid(SyncRefused):
    status, code = 401, "token_invalid"


class CodeInvalid(SyncRefused):
    status, code = 403, "code_invalid"


class NotHeadOffice(SyncRefused):
    status, code = 403, "not_head_office"


class EventConflict(SyncRefused):
    status, code = 409, "event_conflict"


class BatchTooLarge(SyncRefused):
    status, code = 413, "batch_too_large"


class EventInvalid(SyncRefused):
    status, code = 422, "event_invalid"


class AdminRefused(Exception):
    """A ``serve`` command that cannot do what was asked (unknown terminal, name taken)."""
