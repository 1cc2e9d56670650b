"""Domain errors with stable codes.

The GUI and CLI translate a code into a message; ``params`` carry the numbers a
person needs to act ("reward needs 500 points, member has 320").
"""

from __future__ import annotations

from typing import Any


def filled(template: str, params: dict[str, Any]) -> str:
    """``template`` with ``params`` in it; the bare template when they do not fit it (a
    refusal must still say something when a value it names is missing)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class LoyaltyError(Exception):
    """A refusal the user can act on. ``code`` never changes once released."""

    code: str = "loyalty_error"
    template: str = "The operation was refused."
    # Set when pricing a sale refuses one of its redemptions: that one's index in the
    # sale's list, so the till takes exactly it off instead of guessing from the message.
    redemption: int | None = None

    def __init__(self, code: str | None = None, template: str | None = None, **params: Any) -> None:
        if code is not None:
            self.code = code
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return filled(self.template, self.params)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, {self.params!r})"


class ValidationError(LoyaltyError):
    """Input that can never be right (negative amount, empty name...)."""

    code = "invalid_input"
    template = "{detail}"

    def __init__(self, code: str | None = None, template: str | None = None, **params: Any) -> None:
        super().__init__(code, template, **params)
        # A refusal given a template (so the catalogue can translate it by its values) still
        # carries its English as ``detail``: callers and logs that read the detail keep working.
        if "detail" not in self.params:
            self.params["detail"] = self.message


class NotFound(LoyaltyError):
    code = "not_found"
    template = "{what} {key} was not found."


class CardRefused(LoyaltyError):
    """A scanned or typed card that must not identify a member."""

    code = "card_refused"
    template = "Card refused: {reason}."


class InsufficientPoints(LoyaltyError):
    code = "insufficient_points"
    template = "Needs {needed} points, member has {available}."


class RewardUnavailable(LoyaltyError):
    code = "reward_unavailable"
    template = "Reward {reward} is not available: {reason}."


class PermissionDenied(LoyaltyError):
    code = "permission_denied"
    template = "{action} needs the {role} role."


class Conflict(LoyaltyError):
    """The state changed under the caller (stale draft, already returned...)."""

    code = "conflict"
    template = "{detail}"

    def __init__(self, code: str | None = None, template: str | None = None, **params: Any) -> None:
        super().__init__(code, template, **params)
        # As ValidationError: a templated conflict still carries its English as ``detail``.
        if "detail" not in self.params:
            self.params["detail"] = self.message


class DocumentInvalid(ValidationError):
    """A stored or received document (receipt, event payload) that does not have the
    shape its type promises: a missing or unknown field, or a value of the wrong type."""

    code = "document_invalid"
    template = "{what}: {problem}"


class StoredValueInvalid(LoyaltyError):
    """A stored row holds a value this release does not know: read strictly, so a
    newer till's rows or a damaged file are reported instead of passed on as text."""

    code = "stored_value_invalid"
    template = "{table} row {row}: {column} {value!r} is not one of {allowed}"


class StoreBusy(LoyaltyError):
    """Another till or process holds the write lock longer than we wait."""

    code = "store_busy"
    template = "The database is busy; please try again."


class FieldsInvalid(ValidationError):
    """A form that cannot be saved; ``fields`` maps each input to the sentence it needs,
    so an editor can put every message under its own field at once."""

    code = "invalid_fields"
    template = "{detail}"

    def __init__(self, fields: dict[str, str], code: str | None = None) -> None:
        super().__init__(code=code, detail=" ".join(fields.values()), fields=fields)

    @property
    def fields(self) -> dict[str, str]:
        return self.params["fields"]
