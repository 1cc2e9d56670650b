"""What a manager must settle after the chain's tills synced: listed, never fixed silently.

- A merged balance below zero: tills offline at the same time together let a member spend
  more than they had. The ledger keeps what each till did; the manager decides (talk to
  the member, adjust).
- One phone enrolled as two members: two offline tills each enrolled the same person.
  The manager merges them (``merge.merge_members``), which syncs as a tombstone.
- A sale line taken back more times than it was sold: it was returned at two offline
  tills. Both refunds happened at their counters; no till returns it again, and the
  manager settles the money and points by hand.

The till works this out from its own store, which after a sync holds the chain's merged
members, ledger and sales: the list is there offline too, and is the same at every till
that has pulled the same events. (The server's ``/v1/problems`` lists the first two for
head office, with audit-chain cuts.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.services.ports import OverReturned, UnitOfWork

LISTED = 200  # of each kind: a list longer than this is a chain problem, not a manager's afternoon


@dataclass(frozen=True, slots=True)
class OwingMember:
    member_id: str
    name: str
    balance: int


@dataclass(frozen=True, slots=True)
class PhoneHolder:
    member_id: str
    name: str
    enrolled_at: datetime
    balance: int


@dataclass(frozen=True, slots=True)
class SharedPhone:
    phone: str
    holders: tuple[PhoneHolder, ...]  # the first enrolled first: the one a merge keeps

    @property
    def keep(self) -> PhoneHolder:
        return self.holders[0]

    @property
    def duplicates(self) -> tuple[PhoneHolder, ...]:
        return self.holders[1:]


@dataclass(frozen=True, slots=True)
class ReturnedTwice:
    line: OverReturned
    member_name: str | None  # None: a sale to no member


@dataclass(frozen=True, slots=True)
class Attention:
    negative: tuple[OwingMember, ...]
    shared_phones: tuple[SharedPhone, ...]
    over_returned: tuple[ReturnedTwice, ...]

    @property
    def count(self) -> int:
        return len(self.negative) + len(self.shared_phones) + len(self.over_returned)


def needs_attention(uow: UnitOfWork) -> Attention:
    with uow:
        owing = []
        for row in uow.balances.negative(LISTED):
            member = uow.members.get(row.member_id)
            owing.append(OwingMember(row.member_id, member.name if member else row.member_id, row.balance))
        by_phone: dict[str, list[PhoneHolder]] = {}
        for member in uow.members.sharing_a_phone(LISTED * 2):
            balance = uow.balances.get(member.id)
            by_phone.setdefault(member.phone or "", []).append(
                PhoneHolder(member.id, member.name, member.enrolled_at, balance.balance if balance else 0))
        shared = tuple(SharedPhone(phone, tuple(sorted(holders, key=lambda h: (h.enrolled_at, h.member_id))))
                       for phone, holders in by_phone.items() if len(holders) > 1)
        over = []
        for line in uow.sales.over_returned(LISTED):
            member = uow.members.get(line.member_id) if line.member_id else None
            over.append(ReturnedTwice(line, member.name if member else None))
    return Attention(tuple(owing), shared[:LISTED], tuple(over))
