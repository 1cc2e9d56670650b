"""What a staff account may do at the till."""

from __future__ import annotations

import enum


class Role(enum.StrEnum):
    # A StrEnum: the staff table keeps the same words, so accounts made before still sign in.
    CASHIER = "cashier"
    MANAGER = "manager"
