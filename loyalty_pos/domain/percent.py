"""Percentages as integer basis points (2500 = 25 %), read and written exactly.

A manager types "25", "12.5" or "12,5 %"; floats never hold the value, so
"12.5" is 1250 basis points, not 1249.9999.
"""

from __future__ import annotations

import re

from loyalty_pos.domain.errors import ValidationError

_PERCENT = re.compile(r"(\d{1,3})(?:[.,](\d{1,2}))?")


def parse_percent_bp(text: str, *, maximum_bp: int = 10_000) -> int:
    """``"12.5 %"`` -> 1250; at most two decimals (a basis point), 0 to ``maximum_bp``."""
    cleaned = text.strip().removesuffix("%").strip()
    found = _PERCENT.fullmatch(cleaned)
    if found is None:
        raise ValidationError(code="bad_percent", template="{text!r} is not a percentage like 25 or 12.5",
                              text=text.strip())
    whole, fraction = found.group(1), found.group(2) or ""
    value = int(whole) * 100 + int(fraction.ljust(2, "0") or "0")
    if value > maximum_bp:
        raise ValidationError(code="bad_percent",
                              template="{text} % is more than {maximum} %", text=text.strip(),
                              maximum=format_percent_bp(maximum_bp))
    return value


def format_percent_bp(value_bp: int) -> str:
    """1250 -> ``"12.5"``, 2500 -> ``"25"``: what :func:`parse_percent_bp` reads back."""
    whole, fraction = divmod(value_bp, 100)
    return f"{whole}.{fraction:02d}".rstrip("0").rstrip(".") if fraction else str(whole)
