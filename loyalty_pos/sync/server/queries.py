"""What tills and managers read: pull pages, a member's balance, problems, the chain report."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from loyalty_pos.domain.ledger import fold
from loyalty_pos.sync.server import tables as t
from loyalty_pos.sync.server.ingest import entries_of
from loyalty_pos.sync.server.snapshot import SNAPSHOT_KINDS
from loyalty_pos.sync.server.terminals import Terminal


def pull(connection: sa.engine.Connection, since: int, limit: int, snapshot: int = 0
         ) -> tuple[list[dict[str, Any]], int, bool]:
    """``snapshot``: the ``as_of`` of the snapshot the till started from; the events up to
    it that the snapshot already carried are left out (server/snapshot.py)."""
    ev = t.events.c
    columns = (ev.seq, ev.event_id, ev.kind, ev.key, ev.at, ev.hlc, ev.payload, ev.origin_terminal)
    rows: list[Any] = []
    if snapshot > since:
        rows = connection.execute(before_snapshot(since, snapshot, limit + 1)).all()
    if len(rows) <= limit:
        rows += connection.execute(sa.select(*columns).where(ev.seq > max(since, snapshot))
                                   .order_by(ev.seq).limit(limit + 1 - len(rows))).all()
    page = [row._asdict() for row in rows[:limit]]
    more = len(rows) > limit
    # Nothing left before the snapshot's seq: the cursor steps over what it carried.
    cursor = page[-1]["seq"] if page else since
    if not more and snapshot > cursor:
        cursor = snapshot
    return page, cursor, more


def before_snapshot(since: int, snapshot: int, limit: int) -> sa.Select[Any]:
    """The events up to a snapshot's seq that it did not carry, read through the partial
    index of migration s0006: a joining till's pull costs what those events are, not what
    the chain's members are. The kinds are written into the SQL (not bound): PostgreSQL
    uses a partial index only for a condition it can prove implies the index's."""
    ev = t.events.c
    outside = ev.kind.not_in([sa.literal_column(f"'{kind}'") for kind in sorted(SNAPSHOT_KINDS)])
    return (sa.select(ev.seq, ev.event_id, ev.kind, ev.key, ev.at, ev.hlc, ev.payload, ev.origin_terminal)
            .where(ev.seq > since, ev.seq <= snapshot, outside).order_by(ev.seq).limit(limit))


def balance(connection: sa.engine.Connection, member_id: str) -> tuple[int, int]:
    entries = entries_of(connection, {member_id}).get(member_id, [])
    return fold(entries).balance, len(entries)


def problems(connection: sa.engine.Connection, terminal: Terminal) -> list[dict[str, Any]]:
    """Head office sees the chain's; a shop's till sees those touching its shop."""
    mine = None if terminal.head_office else terminal.shop_id
    found: list[dict[str, Any]] = []
    negative = sa.select(t.balances.c.member_id, t.balances.c.balance).where(t.balances.c.balance < 0)
    if mine is not None:
        negative = negative.where(t.balances.c.member_id.in_(
            sa.select(t.ledger_entries.c.member_id).where(t.ledger_entries.c.shop_id == mine)))
    for row in connection.execute(negative.order_by(t.balances.c.member_id)):
        found.append({"kind": "negative_balance", "member_id": row.member_id, "balance": row.balance,
                      "detail": f"member {row.member_id}'s merged balance is {row.balance:,} points: tills "
                                "offline together spent more than the member had"})
    live = t.members.c.tombstone.is_(None)
    twice = (sa.select(t.members.c.phone).where(live, t.members.c.phone.is_not(None))
             .group_by(t.members.c.phone).having(sa.func.count() > 1))
    rows = connection.execute(sa.select(t.members.c.phone, t.members.c.member_id, t.members.c.home_shop)
                              .where(live, t.members.c.phone.in_(twice))
                              .order_by(t.members.c.phone, t.members.c.member_id)).all()
    by_phone: dict[str, list[sa.Row]] = {}
    for row in rows:
        by_phone.setdefault(row.phone, []).append(row)
    for phone, same in by_phone.items():
        if mine is None or any(row.home_shop == mine for row in same):
            ids = [row.member_id for row in same]
            found.append({"kind": "duplicate_phone", "phone": phone, "member_ids": ids,
                          "detail": f"one phone is enrolled as {len(ids)} members: merge them at a till"})
    cut = sa.select(t.problems).order_by(t.problems.c.id)
    if mine is not None:
        cut = cut.where(t.problems.c.shop_id == mine)
    for row in connection.execute(cut):
        found.append({"kind": row.kind, "terminal_id": row.terminal_id, "found_at": row.found_at.isoformat()
                      if row.found_at else None, "detail": row.detail})
    return found


def chain_report(connection: sa.engine.Connection) -> dict[str, Any]:
    """Liability and activity per shop. A shop's liability is the points its tills issued
    less those spent or taken back there (where the cost of a reward falls); the chain's
    is the sum of every member's merged balance."""
    led = t.ledger_entries.c
    positive = sa.func.coalesce(sa.func.sum(sa.case((led.points > 0, led.points), else_=0)), 0)
    negative = sa.func.coalesce(sa.func.sum(sa.case((led.points < 0, led.points), else_=0)), 0)
    shops: dict[str, dict[str, Any]] = {}

    def shop(shop_id: str) -> dict[str, Any]:
        return shops.setdefault(shop_id, {"shop_id": shop_id, "points_issued": 0, "points_removed": 0,
                                          "net_liability": 0, "ledger_entries": 0, "events": 0,
                                          "members_enrolled": 0, "last_event_at": None, "terminals": 0})

    for row in connection.execute(sa.select(led.shop_id, positive.label("plus"), negative.label("minus"),
                                            sa.func.count().label("n")).group_by(led.shop_id)):
        entry = shop(row.shop_id)
        entry.update(points_issued=int(row.plus), points_removed=int(-row.minus),
                     net_liability=int(row.plus + row.minus), ledger_entries=row.n)
    ev = t.events.c
    for row in connection.execute(sa.select(ev.shop_id, sa.func.count().label("n"), sa.func.max(ev.at).label("last"))
                                  .group_by(ev.shop_id)):
        shop(row.shop_id).update(events=row.n, last_event_at=row.last)
    for row in connection.execute(sa.select(t.members.c.home_shop, sa.func.count().label("n"))
                                  .where(t.members.c.home_shop.is_not(None)).group_by(t.members.c.home_shop)):
        shop(row.home_shop)["members_enrolled"] = row.n
    for row in connection.execute(sa.select(t.terminals.c.shop_id, sa.func.count().label("n"))
                                  .where(t.terminals.c.revoked_at.is_(None)).group_by(t.terminals.c.shop_id)):
        shop(row.shop_id)["terminals"] = row.n
    total = connection.execute(sa.select(sa.func.coalesce(sa.func.sum(t.balances.c.balance), 0))).scalar_one()
    return {"shops": sorted(shops.values(), key=lambda s: s["shop_id"]), "chain_liability": int(total)}
