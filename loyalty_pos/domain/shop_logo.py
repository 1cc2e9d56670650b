"""The shop's logo as stored: a PNG, already scaled for printing, of a sane size."""

from __future__ import annotations

from loyalty_pos.domain.field_problems import FieldProblem

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"  # stored as PNG whatever the owner chose
MAX_LOGO_BYTES = 512 * 1024  # a logo scaled to the card's logo box is tens of KB; this stops a mistake


def is_png(data: bytes) -> bool:
    return data.startswith(PNG_SIGNATURE)


def logo_problem(data: bytes) -> FieldProblem | None:
    if not is_png(data):
        return FieldProblem("logo_not_png", "The logo must be a PNG picture.")
    if len(data) > MAX_LOGO_BYTES:
        return FieldProblem("logo_too_large", "The logo is over {kb} KB even scaled; choose a simpler picture.",
                            kb=MAX_LOGO_BYTES // 1024)
    return None
