"""Keeps the cached balance and open lots equal to the fold of the ledger.

Entries and the projection are written in the same transaction, so a crash can
never leave a balance that disagrees with its ledger (``check`` proves it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime

from loyalty_pos.domain.ledger import LedgerEntry, PointsState, fold
from loyalty_pos.services.ports import BalanceRow, UnitOfWork


def entry_payload(entry: LedgerEntry) -> dict[str, object]:
    payload = asdict(entry)
    payload["kind"] = entry.kind.value
    for name in ("at", "expires_at"):
        value = payload[name]
        payload[name] = value.isoformat() if isinstance(value, datetime) else None
    return payload


def post_entries(uow: UnitOfWork, entries: Sequence[LedgerEntry]) -> dict[str, PointsState]:
    """Append ``entries`` to the ledger, refresh each member's projection, queue them for sync."""
    if not entries:
        return {}
    uow.ledger.append(entries)
    for entry in entries:
        uow.outbox.add(kind="ledger_entry", key=entry.id, payload=entry_payload(entry), at=entry.at)
    states: dict[str, PointsState] = {}
    for member_id in dict.fromkeys(e.member_id for e in entries):
        states[member_id] = refresh(uow, member_id)
    return states


def refresh(uow: UnitOfWork, member_id: str) -> PointsState:
    state = fold(uow.ledger.for_member(member_id))
    open_lots = [lot for lot in state.lots if lot.remaining]
    expiries = [lot.expires_at for lot in open_lots if lot.expires_at is not None]
    uow.balances.put(
        BalanceRow(
            member_id=member_id,
            balance=state.balance,
            next_expiry_at=min(expiries) if expiries else None,
            last_activity_at=state.last_activity,
        ),
        open_lots,
    )
    return state


def current_state(uow: UnitOfWork, member_id: str) -> PointsState:
    return fold(uow.ledger.for_member(member_id))
