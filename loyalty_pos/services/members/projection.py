"""Keeps the cached balance and open lots equal to the fold of the ledger.

Entries and the projection are written in the same transaction, so a crash can
never leave a balance that disagrees with its ledger (``check`` proves it).
"""

from __future__ import annotations

from collections.abc import Sequence

from loyalty_pos.domain.events import LedgerEntryPosted
from loyalty_pos.domain.ledger import LedgerEntry, PointsState, fold
from loyalty_pos.domain.limits import check_balance, check_points_entry
from loyalty_pos.services.journal import queue
from loyalty_pos.services.ports import BalanceRow, UnitOfWork


def entry_posted(entry: LedgerEntry) -> LedgerEntryPosted:
    return LedgerEntryPosted(
        entry.id, entry.member_id, entry.kind, entry.points, entry.at, entry.terminal_id, entry.actor,
        entry.sale_ref, entry.reason, entry.reward_id, entry.expires_at,
    )


def post_entries(
    uow: UnitOfWork,
    entries: Sequence[LedgerEntry],
    *,
    known: dict[str, list[LedgerEntry]] | None = None,
    folded: dict[str, PointsState] | None = None,
) -> dict[str, PointsState]:
    """Append ``entries`` to the ledger, refresh each member's projection, queue them for sync.

    ``known``: a member's ledger as the caller already read it in this transaction,
    so the new state is folded without reading it again. ``folded``: a member's state as
    the caller read it from the projection (which ``check`` proves equal to the fold), to
    apply the new entries to; only right when each of them sorts after every stored entry
    of the member (``LedgerRepository.latest_at``), as the fold replays them in time order.
    """
    if not entries:
        return {}
    for entry in entries:
        check_points_entry(entry.points)
    # Every member's new state is folded and bounded before the first row is written.
    states: dict[str, PointsState] = {}
    for member_id in dict.fromkeys(e.member_id for e in entries):
        mine = [e for e in entries if e.member_id == member_id]
        state = (folded or {}).get(member_id)
        if state is not None:
            for entry in sorted(mine, key=lambda e: (e.at, e.id)):
                state = state.apply(entry)
            states[member_id] = state
        else:
            before = (known or {}).get(member_id)
            if before is None:
                before = uow.ledger.for_member(member_id)
            states[member_id] = fold([*before, *mine])
        check_balance(states[member_id].balance)
    uow.ledger.append(entries)
    for entry in entries:
        queue(uow, entry_posted(entry), entry.at)
    for member_id, state in states.items():
        put_state(uow, member_id, state)
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
