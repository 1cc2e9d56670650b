"""Which expiry restored points get back, and the ledger entries a return writes (no database)."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.ledger import (
    EntryKind,
    LedgerEntry,
    SpentPoints,
    fold,
    spent_by,
)
from loyalty_pos.domain.returns import restored_lots, return_entries, rewards_put_back

T0 = datetime(2026, 1, 1, tzinfo=UTC)
FRESH = T0 + timedelta(days=365 * 2)

expiries = st.one_of(st.none(), st.integers(min_value=0, max_value=400).map(lambda d: T0 + timedelta(days=d)))
spent_pieces = st.lists(st.builds(SpentPoints, expiries, st.integers(min_value=1, max_value=500), st.booleans()),
                        max_size=6)


def _entry(points: int, expires_at: datetime | None = None, *, day: int = 0, kind: EntryKind = EntryKind.ADJUST,
           sale_ref: str | None = None) -> LedgerEntry:
    return LedgerEntry(str(uuid.uuid4()), "m", kind, points, T0 + timedelta(days=day), "01", "t",
                       sale_ref=sale_ref, reason="r", expires_at=expires_at)


def test_spent_by_names_the_lots_a_redemption_took() -> None:
    soon, late = T0 + timedelta(days=30), T0 + timedelta(days=300)
    redeem = _entry(-150, kind=EntryKind.REDEEM, day=2)
    entries = [_entry(100, late, day=0), _entry(80, soon, day=1), redeem, _entry(10, late, day=3)]
    assert spent_by(entries, [redeem.id]) == (SpentPoints(soon, 80), SpentPoints(late, 70))
    debt = _entry(-300, kind=EntryKind.REDEEM, day=4)
    assert spent_by([*entries, debt], [debt.id])[-1] == SpentPoints(None, 300 - 40, covered=False)


@given(spent_pieces, st.integers(min_value=0, max_value=3000), st.integers(min_value=0, max_value=3000))
def test_partial_returns_restore_what_one_return_would(spent: list[SpentPoints], first: int, second: int) -> None:
    whole = restored_lots(spent, restored_before=0, restoring=first + second, fresh_expiry=FRESH)
    parts = Counter[datetime | None]()
    for before, amount in ((0, first), (first, second)):
        for expiry, points in restored_lots(spent, restored_before=before, restoring=amount, fresh_expiry=FRESH):
            parts[expiry] += points
    assert dict(whole) == dict(parts)
    assert sum(points for _expiry, points in whole) == first + second
    covered = {piece.expires_at for piece in spent if piece.covered}
    assert all(expiry in covered or expiry == FRESH for expiry, _points in whole)


@given(spent_pieces, st.integers(min_value=0, max_value=3000), st.integers(min_value=0, max_value=3000),
       st.integers(min_value=0, max_value=3000))
def test_a_returns_entries_keep_the_balance_whole_and_never_negative(
    spent: list[SpentPoints], restoring: int, to_take: int, balance: int
) -> None:
    to_take = min(to_take, balance + restoring)  # the plan never takes more than it can (or flags it)
    restored = restored_lots(spent, restored_before=0, restoring=restoring, fresh_expiry=FRESH)
    entries = return_entries(restored, to_take)
    assert sum(points for points, _expiry in entries) == restoring - to_take
    assert all(points > 0 for points, _ in entries) or all(points < 0 for points, _ in entries)
    state = fold([_entry(balance, T0 + timedelta(days=100))] if balance else [])
    for points, expiry in entries:
        state = state.apply(_entry(points, expiry if points > 0 else None, day=1, kind=EntryKind.REVERSE))
    assert state.balance == balance + restoring - to_take >= 0
    assert state.debt == 0 and sum(lot.remaining for lot in state.lots) == state.balance


@given(st.lists(st.tuples(st.sampled_from(["a", "b"]), st.integers(min_value=1, max_value=300)), max_size=5),
       st.integers(min_value=0, max_value=1500), st.integers(min_value=0, max_value=1500))
def test_rewards_go_back_once_each_however_the_return_is_split(
    redemptions: list[tuple[str, int]], first: int, second: int
) -> None:
    whole = Counter(rewards_put_back(redemptions, restored_before=0, restoring=first + second))
    split = Counter(rewards_put_back(redemptions, restored_before=0, restoring=first))
    split.update(rewards_put_back(redemptions, restored_before=first, restoring=second))
    assert whole == split
    assert sum(whole.values()) <= len(redemptions)

