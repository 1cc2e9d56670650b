"""What a member takes home for an action keyed at the till (Ctrl+E): the action, its points
and how much of the campaign's limit they have had, as receipt notes for a slip."""

from __future__ import annotations

from loyalty_pos.domain.receipt import ReceiptNote

# The limit's line names its period: "1 of 1 this year" reads differently per language.
USED_CODES = {
    "": "receipt.action_used",
    "day": "receipt.action_used_day",
    "week": "receipt.action_used_week",
    "month": "receipt.action_used_month",
    "year": "receipt.action_used_year",
}


def action_slip_notes(*, campaign_id: str, name: str, points: int, used: int, limit: int | None,
                      period: str) -> tuple[ReceiptNote, ...]:
    """The action's line, then the limit's (none when the campaign has no limit).

    ``used`` counts this action too: the slip says where the member stands after it."""
    notes = [ReceiptNote("receipt.member_action", points=points, name=name, column=False, ref=campaign_id)]
    if limit is not None:
        notes.append(ReceiptNote(USED_CODES[period], column=False, count=used, limit=limit, ref=campaign_id))
    return tuple(notes)
