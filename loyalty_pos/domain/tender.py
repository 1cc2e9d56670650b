"""How a sale is paid (or a return refunded)."""

from __future__ import annotations

import enum

from loyalty_pos.domain.errors import ValidationError


class Tender(enum.StrEnum):
    # A StrEnum: sales and receipts keep the same words they always stored.
    CASH = "cash"
    CARD = "card"
    MOBILE = "mobile"
    VOUCHER = "voucher"
    OTHER = "other"


def parse_tender(value: str) -> Tender:
    """A tender named by a caller (a button, the CLI, a sync peer), or a refusal naming the known ones."""
    try:
        return Tender(value)
    except ValueError:
        known = ", ".join(tender.value for tender in Tender)
        raise ValidationError(code="bad_tender", template="Tender must be one of {known}", known=known) from None
