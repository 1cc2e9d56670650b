"""Receipt numbers: ``R<terminal>-<sequence>``, as receipts print them and scans read them.

One rule for both sides: the store numbers each sale with it and the scan
classifier recognises a scanned receipt by it, so a printed number always
finds its sale again.
"""

from __future__ import annotations

import re

from loyalty_pos.domain.errors import ValidationError

# The leading R keeps receipt numbers apart from product codes and card numbers,
# so one scan field can take all three.
RECEIPT_PATTERN = re.compile(r"R([A-Z0-9]{1,8})-([0-9]{6,12})")
_TERMINAL_PATTERN = re.compile(r"[A-Z0-9]{1,8}")
_RECEIPT_SEQUENCE_DIGITS = 6
_MAX_RECEIPT_SEQUENCE = 10**12 - 1


def format_receipt_no(terminal_id: str, seq: int) -> str:
    """``format_receipt_no("01", 123) == "R01-000123"``; what receipts print and scans match."""
    terminal = terminal_id.strip().upper()
    if not _TERMINAL_PATTERN.fullmatch(terminal):
        raise ValidationError(
            code="bad_terminal_id",
            template="A terminal id has 1-8 letters or digits, not {terminal_id!r}", terminal_id=terminal_id,
        )
    if not 1 <= seq <= _MAX_RECEIPT_SEQUENCE:
        raise ValidationError(
            code="bad_receipt_sequence",
            template="A receipt sequence number is between 1 and {maximum}, not {seq}",
            maximum=_MAX_RECEIPT_SEQUENCE, seq=seq,
        )
    return f"R{terminal}-{seq:0{_RECEIPT_SEQUENCE_DIGITS}d}"
