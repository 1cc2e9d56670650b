"""What a use case changed, so the views showing it know to read again."""

from __future__ import annotations

import enum


class Changes(enum.Flag):
    NONE = 0
    MEMBER = enum.auto()  # a member's profile, tier or status
    BALANCE = enum.auto()  # points: the ledger and the balances folded from it
    SALES = enum.auto()
    CATALOG = enum.auto()  # products and categories
    PROGRAM = enum.auto()  # rules, rewards, tiers, campaigns (draft or published)
    STAFF = enum.auto()
    CARDS = enum.auto()
    SETTINGS = enum.auto()  # shop settings: the till applies what it can without a restart
