"""The receipt's notes about challenges, badges and a paid tier, in the reader's language."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.formatting import format_date, format_integer


def counting_notes(receipt: Receipt, language: str, clean: Callable[[str], str]) -> list[str]:
    notes = []
    for challenge in receipt.challenges:
        name = clean(challenge.name)
        if challenge.completed:
            notes.append(text("receipt.challenge_done", language, name=name,
                              points=format_integer(challenge.points, language)))
        elif challenge.count > 0:  # a challenge not started yet is no news on every receipt
            notes.append(text("receipt.challenge", language, name=name,
                              count=format_integer(challenge.count, language),
                              target=format_integer(challenge.target, language)))
    notes += [text("receipt.new_badge", language, name=clean(name)) for name in receipt.new_badges]
    if receipt.paid_tier and receipt.paid_until:
        day = format_date(date.fromisoformat(receipt.paid_until), language)
        notes.append(text("receipt.paid_tier_until", language, name=clean(receipt.paid_tier), day=day))
    if receipt.paid_on_register:
        notes.append(text("receipt.paid_on_register", language))
    return notes
