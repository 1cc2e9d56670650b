"""The demo's fraud limits at work: its manager is linked to their own member card, and
yesterday's lookups hold one burst the Unusual activity report lists (one cashier looking
up many different members within the hour), as a manager would meet it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from loyalty_pos.demo import shop
from loyalty_pos.domain.unusual_activity import Lookup, LookupHow
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.staff_link import link_staff_member

# The seeded members' phones (store/demo/history.py): the first one's is the manager's own.
# The manager's, not the cashier's: the benchmarks ring up a day of sales as the cashier
# over the seeded members, the first ones most often.
_PHONE_BASE, _PHONE_RANGE, _PHONE_STEP = 40_000_000, 59_999_999, 7_919
BURST = 24  # members looked up in the burst: above the demo's threshold of 20 an hour


def demo_phone(index: int) -> str:
    return f"+47{_PHONE_BASE + index * _PHONE_STEP % _PHONE_RANGE}"


def link_demo_manager(make_uow: Callable[[], UnitOfWork], manager: Actor, clock: Clock) -> None:
    """The demo manager's own card is the first seeded member's (the same phone)."""
    link_staff_member(make_uow(), username=shop.MANAGER_USER, phone=demo_phone(0), actor=manager, clock=clock)


def seed_lookup_burst(uow: UnitOfWork, now: datetime, *, terminal_id: str, members: int) -> int:
    """Yesterday afternoon, the demo cashier looked up ``BURST`` different members in 46
    minutes; returns how many lookups were written."""
    start = (now - timedelta(days=1)).replace(hour=15, minute=0, second=0, microsecond=0)
    written = 0
    with uow:
        for index in range(min(BURST, members)):
            member = uow.members.by_phone(demo_phone(index))
            if member is None:
                continue
            uow.lookups.add(Lookup(start + timedelta(minutes=2 * index), terminal_id, shop.CASHIER_USER, member.id,
                                   LookupHow.SEARCH))
            written += 1
        uow.commit()
    return written
