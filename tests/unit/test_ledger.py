"""The points ledger: entries, lots, FIFO by expiry, debt, expiry policies, the fold."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import InsufficientPoints, ValidationError
from loyalty_pos.domain.ledger import (
    EntryKind,
    ExpiryPolicy,
    LedgerEntry,
    PointsState,
    balance_of,
    ensure_can_spend,
    expiry_due,
    fold,
    soonest_expiry,
)
from loyalty_pos.domain.program import NegativeBalancePolicy
from loyalty_pos.domain.returns import ReturnLine, plan_return

T0 = datetime(2024, 1, 31, 10, 0, tzinfo=UTC)


def entry(kind: EntryKind, points: int, at: datetime, *, expires_at: datetime | None = None,
          reason: str | None = None, id: str | None = None) -> LedgerEntry:
    return LedgerEntry(
        id=id or f"{at.isoformat()}-{kind.value}-{points}", member_id="m1", kind=kind, points=points, at=at,
        terminal_id="till-1", actor="anna", reason=reason, expires_at=expires_at,
    )


def day(n: int) -> datetime:
    return T0 + timedelta(days=n)


# -- entries -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "points"),
    [(EntryKind.EARN, -5), (EntryKind.BONUS, -1), (EntryKind.REDEEM, 10), (EntryKind.EXPIRE, 3)],
)
def test_entries_with_a_fixed_sign_refuse_the_other_sign(kind: EntryKind, points: int) -> None:
    with pytest.raises(ValidationError):
        entry(kind, points, T0)


@pytest.mark.parametrize("kind", [EntryKind.REVERSE, EntryKind.TRANSFER])
def test_reverse_and_transfer_go_both_ways(kind: EntryKind) -> None:
    assert entry(kind, 5, T0).points == 5
    assert entry(kind, -5, T0).points == -5


def test_zero_points_and_non_integers_are_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        entry(EntryKind.EARN, 0, T0)
    assert refused.value.code == "zero_points"
    with pytest.raises(ValidationError):
        entry(EntryKind.EARN, True, T0)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        entry(EntryKind.EARN, 1.5, T0)  # type: ignore[arg-type]


def test_an_adjustment_needs_a_reason() -> None:
    for reason in (None, "", "   "):
        with pytest.raises(ValidationError) as refused:
            entry(EntryKind.ADJUST, -10, T0, reason=reason)
        assert refused.value.code == "reason_required"
    assert entry(EntryKind.ADJUST, -10, T0, reason="typo on receipt 42").points == -10


# -- lots and FIFO -------------------------------------------------------------------------


def test_spending_takes_the_points_that_expire_soonest_first() -> None:
    state = fold([
        entry(EntryKind.EARN, 100, day(0), expires_at=day(300)),
        entry(EntryKind.BONUS, 50, day(1), expires_at=day(100)),  # earned later, lapses sooner
        entry(EntryKind.ADJUST, 30, day(2), reason="goodwill"),  # never lapses: spent last
        entry(EntryKind.REDEEM, -70, day(3)),
    ])
    # 50 from the day-100 lot, then 20 of the day-300 lot; the goodwill points untouched.
    assert [(lot.expires_at, lot.remaining) for lot in state.lots] == [(day(300), 80), (None, 30)]
    assert state.balance == 110


def test_entries_are_folded_in_time_order_whatever_order_they_arrive_in() -> None:
    entries = [
        entry(EntryKind.REDEEM, -40, day(5)),
        entry(EntryKind.EARN, 100, day(1), expires_at=day(200)),
        entry(EntryKind.EARN, 10, day(3), expires_at=day(50)),
    ]
    assert fold(entries) == fold(reversed(entries))
    assert [(lot.expires_at, lot.remaining) for lot in fold(entries).lots] == [(day(200), 70)]


def test_spending_more_than_the_lots_leaves_debt_that_new_points_repay_first() -> None:
    state = fold([
        entry(EntryKind.EARN, 20, day(0), expires_at=day(100)),
        entry(EntryKind.REVERSE, -50, day(1)),  # a return took back more than was left
    ])
    assert (state.lots, state.debt, state.balance) == ((), 30, -30)
    state = state.apply(entry(EntryKind.EARN, 45, day(2), expires_at=day(400)))
    # 30 of the 45 repay the debt; only 15 open a lot.
    assert state.debt == 0
    assert [(lot.remaining, lot.expires_at) for lot in state.lots] == [(15, day(400))]
    assert state.balance == 15


def test_a_small_earn_only_reduces_debt() -> None:
    state = fold([entry(EntryKind.ADJUST, -30, day(0), reason="fraud"), entry(EntryKind.EARN, 10, day(1))])
    assert (state.lots, state.debt, state.balance) == ((), 20, -20)


def test_ensure_can_spend() -> None:
    state = fold([entry(EntryKind.EARN, 100, day(0))])
    ensure_can_spend(state, 100)
    with pytest.raises(InsufficientPoints) as refused:
        ensure_can_spend(state, 101)
    assert refused.value.params == {"needed": 101, "available": 100}
    with pytest.raises(ValidationError):
        ensure_can_spend(state, 0)
    in_debt = fold([entry(EntryKind.ADJUST, -5, day(0), reason="x")])
    with pytest.raises(InsufficientPoints) as refused:
        ensure_can_spend(in_debt, 1)
    assert refused.value.params == {"needed": 1, "available": 0}


# -- expiry --------------------------------------------------------------------------------


def test_expiry_policy_dates_and_validation() -> None:
    assert ExpiryPolicy(months_after_earning=1).expiry_for(T0) == datetime(2024, 2, 29, 10, 0, tzinfo=UTC)
    assert ExpiryPolicy(months_after_earning=12).expiry_for(T0) == datetime(2025, 1, 31, 10, 0, tzinfo=UTC)
    assert ExpiryPolicy(months_after_earning=None).expiry_for(T0) is None
    for bad in ({"months_after_earning": 0}, {"inactivity_months": -1}):
        with pytest.raises(ValidationError):
            ExpiryPolicy(**bad)  # type: ignore[arg-type]


def test_lots_lapse_on_their_expiry_moment_and_an_expire_entry_takes_exactly_them() -> None:
    policy = ExpiryPolicy(months_after_earning=12)
    state = fold([
        entry(EntryKind.EARN, 100, day(0), expires_at=day(10)),
        entry(EntryKind.EARN, 40, day(1), expires_at=day(20)),
        entry(EntryKind.REDEEM, -30, day(2)),
    ])
    assert expiry_due(state, policy, day(10) - timedelta(seconds=1)) is None
    due = expiry_due(state, policy, day(10))
    assert due is not None and (due.points, due.reason) == (70, "lots_expired")
    after = state.apply(entry(EntryKind.EXPIRE, -due.points, day(10)))
    assert [(lot.expires_at, lot.remaining) for lot in after.lots] == [(day(20), 40)]
    assert expiry_due(after, policy, day(10)) is None


def test_inactivity_lapses_everything_after_months_without_earning_or_spending() -> None:
    policy = ExpiryPolicy(months_after_earning=None, inactivity_months=6)
    state = fold([
        entry(EntryKind.EARN, 100, T0),
        entry(EntryKind.ADJUST, 50, T0 + timedelta(days=100), reason="goodwill"),  # not activity
    ])
    assert state.last_activity == T0
    assert expiry_due(state, policy, datetime(2024, 7, 30, 10, tzinfo=UTC)) is None
    due = expiry_due(state, policy, datetime(2024, 7, 31, 10, tzinfo=UTC))  # 31 Jan + 6 months
    assert due is not None and (due.points, due.reason) == (150, "inactivity")
    after = state.apply(entry(EntryKind.EXPIRE, -150, datetime(2024, 7, 31, 10, tzinfo=UTC)))
    assert after.balance == 0 and after.last_activity == T0  # expiry is not activity either


def test_spending_keeps_a_member_active() -> None:
    policy = ExpiryPolicy(months_after_earning=None, inactivity_months=6)
    state = fold([entry(EntryKind.EARN, 100, T0), entry(EntryKind.REDEEM, -10, day(150))])
    assert expiry_due(state, policy, day(200)) is None


def test_both_policies_inactivity_wins_when_due() -> None:
    policy = ExpiryPolicy(months_after_earning=12, inactivity_months=3)
    state = fold([
        entry(EntryKind.EARN, 100, T0, expires_at=day(30)),
        entry(EntryKind.EARN, 60, day(1), expires_at=day(400)),
    ])
    lots_due = expiry_due(state, policy, day(30))
    assert lots_due is not None and (lots_due.points, lots_due.reason) == (100, "lots_expired")
    everything = expiry_due(state, policy, day(120))
    assert everything is not None and (everything.points, everything.reason) == (160, "inactivity")


def test_soonest_expiry_for_the_receipt() -> None:
    state = fold([
        entry(EntryKind.EARN, 10, day(0), expires_at=day(40)),
        entry(EntryKind.EARN, 5, day(0) + timedelta(hours=1), expires_at=day(40) + timedelta(hours=2)),
        entry(EntryKind.EARN, 7, day(1), expires_at=day(60)),
    ])
    assert soonest_expiry(state, day(0), 90) == (day(40), 15)  # same calendar day counts together
    assert soonest_expiry(state, day(0), 30) is None


# -- invariants ----------------------------------------------------------------------------


@dataclass
class Replay:
    """Builds a realistic ledger the way the services would: redeem only what the balance allows,
    return what was sold with the domain's return plan, expire what expiry_due says."""

    policy: ExpiryPolicy
    now: datetime = T0
    entries: list[LedgerEntry] = field(default_factory=list)
    sales: list[tuple[PricedLine, dict[int, int]]] = field(default_factory=list)
    earned: int = 0

    def add(self, kind: EntryKind, points: int, **kwargs: object) -> None:
        if points:
            self.entries.append(entry(kind, points, self.now, id=f"e{len(self.entries):04d}", **kwargs))  # type: ignore[arg-type]

    @property
    def state(self) -> PointsState:
        return fold(self.entries)


operations = st.lists(
    st.one_of(
        st.tuples(st.just("sale"), st.integers(0, 300), st.integers(0, 300), st.integers(1, 4)),
        st.tuples(st.just("return"), st.integers(0, 20), st.integers(1, 4)),
        st.tuples(st.just("wait"), st.integers(1, 200)),
        st.tuples(st.just("adjust"), st.integers(-100, 100)),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(
    operations,
    st.sampled_from([ExpiryPolicy(1), ExpiryPolicy(6, 2), ExpiryPolicy(None, 1), ExpiryPolicy(None, None)]),
    st.sampled_from(list(NegativeBalancePolicy)),
)
def test_no_sequence_of_earn_redeem_return_expire_makes_points_from_nothing(
    ops: Sequence[tuple], policy: ExpiryPolicy, negative: NegativeBalancePolicy
) -> None:
    replay = Replay(policy)
    for op in ops:
        state = replay.state
        if op[0] == "sale":
            _, earn, spend_wish, quantity = op
            spend = min(spend_wish, max(0, state.balance))
            if spend:
                ensure_can_spend(state, spend)
                replay.add(EntryKind.REDEEM, -spend)
            replay.add(EntryKind.EARN, earn, expires_at=policy.expiry_for(replay.now))
            replay.earned += earn
            line = PricedLine(1, "P", "P", "c", quantity, 100, 0, 100 * quantity, 0,
                              points_earned=earn, points_spent=spend)
            replay.sales.append((line, {}))
        elif op[0] == "return" and replay.sales:
            _, pick, quantity = op
            line, returned = replay.sales[pick % len(replay.sales)]
            left = line.quantity - returned.get(1, 0)
            if not left:
                continue
            result = plan_return([line], already_returned=returned, request=[ReturnLine(1, min(quantity, left))],
                                 balance=state.balance, policy=negative)
            returned[1] = returned.get(1, 0) + min(quantity, left)
            change = result.points_change
            replay.add(EntryKind.REVERSE, change, expires_at=policy.expiry_for(replay.now) if change > 0 else None)
        elif op[0] == "wait":
            replay.now += timedelta(days=op[1])
            due = expiry_due(replay.state, policy, replay.now)
            if due is not None:
                replay.add(EntryKind.EXPIRE, -due.points)
        elif op[0] == "adjust":
            replay.add(EntryKind.ADJUST, op[1], reason="manager correction")
            replay.earned += max(0, op[1])
        final = replay.state
        # The balance is always exactly the fold, and the fold is the plain sum of the entries.
        assert final.balance == balance_of(replay.entries)
        assert sum(lot.remaining for lot in final.lots) - final.debt == final.balance
        assert final.debt >= 0 and all(lot.remaining > 0 for lot in final.lots)
        # Points only come from earning (or a manager): redeeming, returns and expiry never add any.
        assert final.balance <= replay.earned
        if negative is NegativeBalancePolicy.REVERSE_TO_ZERO_AND_FLAG and all(o[0] != "adjust" for o in ops):
            assert final.balance >= 0
        # Nothing past its expiry is left open once expiry has run.
        if op[0] == "wait" and policy.months_after_earning is not None:
            assert all(lot.expires_at is None or lot.expires_at > replay.now for lot in final.lots)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(-200, 200), st.integers(0, 400), st.integers(0, 500)), max_size=30))
def test_balance_is_the_fold_of_any_entries(moves: list[tuple[int, int, int]]) -> None:
    entries = []
    for index, (points, minutes, expires_in) in enumerate(moves):
        if points == 0:
            continue
        at = T0 + timedelta(minutes=minutes)
        kind = EntryKind.EARN if points > 0 else EntryKind.REDEEM
        expires_at = at + timedelta(days=expires_in) if points > 0 and expires_in else None
        entries.append(entry(kind, points, at, expires_at=expires_at, id=f"e{index:03d}"))
    state = fold(entries)
    assert state.balance == balance_of(entries)
    assert state.debt == 0 or not state.lots  # debt only while nothing is open


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(-200, 200), st.integers(0, 400), st.integers(0, 500)), max_size=30))
def test_the_cached_projection_gives_back_the_fold(moves: list[tuple[int, int, int]]) -> None:
    """What the till reads instead of the ledger (open lots, balance, last activity) is the fold."""
    entries = []
    for index, (points, minutes, expires_in) in enumerate(moves):
        if points == 0:
            continue
        at = T0 + timedelta(minutes=minutes)
        kind = EntryKind.BONUS if points > 0 else EntryKind.ADJUST
        expires_at = at + timedelta(days=expires_in) if points > 0 and expires_in else None
        entries.append(entry(kind, points, at, expires_at=expires_at, reason="x", id=f"e{index:03d}"))
    state = fold(entries)
    assert PointsState.cached(state.lots, state.balance, state.last_activity) == state


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.tuples(st.integers(1, 100), st.none() | st.integers(1, 60)), min_size=1, max_size=8),
    st.data(),
)
def test_a_redemption_consumes_lots_soonest_expiry_first(
    earns: list[tuple[int, int | None]], data: st.DataObject
) -> None:
    entries = [
        entry(EntryKind.EARN, points, day(0) + timedelta(minutes=i),
              expires_at=day(days) if days is not None else None, id=f"e{i}")
        for i, (points, days) in enumerate(earns)
    ]
    spend = data.draw(st.integers(1, sum(points for points, _ in earns)))
    state = fold([*entries, entry(EntryKind.REDEEM, -spend, day(0) + timedelta(hours=1))])
    # By hand: line the earnings up by expiry (never-expiring last, then oldest first) and
    # take ``spend`` points from the front.
    queue = sorted(entries, key=lambda e: (e.expires_at is None, e.expires_at or e.at, e.at))
    expected = []
    for earned in queue:
        taken = min(spend, earned.points)
        spend -= taken
        if earned.points - taken:
            expected.append((earned.id, earned.points - taken))
    assert [(lot.entry_id, lot.remaining) for lot in state.lots] == expected
