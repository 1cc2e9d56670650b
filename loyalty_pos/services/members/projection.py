"""Keeps the cached balance and open lots equal to the fold of the ledger.

Entries and the projection are written in the same transaction, so a crash can
never leave a balance that disagrees with its ledger (``check`` proves it).
"""

from __future__ import annotations

from collections.abc import Sequence

from loyalty_pos.domain.ledger import LedgerEntry, PointsState, fold
from loyalty_pos.services.ports import BalanceRow, UnitOfWork


def entry_payload(entry: LedgerEntry) -> dict[str, object]:
    # Spelled out rather than dataclasses.asdict: this runs for every entry of every sale.
    return {
        "id": entry.id, "member_id": entry.member_id, "kind": entry.kind.value, "points": entry.points,
        "at": entry.at.isoformat(), "terminal_id": entry.terminal_id, "actor": entry.actor,
        "sale_ref": entry.sale_ref, "reason": entry.reason, "reward_id": entry.reward_id,
        "expires_at": entry.expires_at.isoformat() if entry.expires_at else None,
    }


def post_entries(
    uow: UnitOfWork,
    entries: Sequence[LedgerEntry],
    *,
    known: dict[str, list[LedgerEntry]] | None = None,
) -> dict[str, PointsState]:
    """Append ``entries`` to the ledger, refresh each member's projection, queue them for sync.

    ``known``: a member's ledger as the caller already read it in this transaction,
    so the new state is folded without reading it again.
    """
    if not entries:
        return {}
    uow.ledger.append(entries)
    for entry in entries:
        uow.outbox.add(kind="ledger_entry", key=entry.id, payload=entry_payload(entry), at=entry.at)
    states: dict[str, PointsState] = {}
    for member_id in dict.fromkeys(e.member_id for e in entries):
        before = (known or {}).get(member_id)
        if before is None:
            states[member_id] = refresh(uow, member_id)
        else:
            mine = [e for e in entries if e.member_id == member_id]
            states[member_id] = put_state(uow, member_id, fold([*before, *mine]))
    return states


def refresh(uow: UnitOfWork, member_id: str) -> PointsState:
    return put_state(uow, member_id, fold(uow.ledger.for_member(member_id)))


def put_state(uow: UnitOfWork, member_id: str, state: PointsState) -> PointsState:
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


def cached_state(uow: UnitOfWork, member_id: str) -> PointsState:
    """What ``current_state`` gives, from the projection: two small reads instead of the
    member's whole ledger. No balance row means no entry was ever posted."""
    row = uow.balances.get(member_id)
    if row is None:
        return PointsState()
    return PointsState.cached(uow.balances.lots(member_id), row.balance, row.last_activity_at)
