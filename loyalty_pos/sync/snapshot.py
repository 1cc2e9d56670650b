"""A new till starts from the chain's snapshot instead of replaying every event
(docs/SYNC_PROTOCOL.md, "Snapshot").

The whole load is one transaction on the till: a till killed or cut off half-way keeps
nothing of it and loads it again from the start at its next round, so nothing is stored
twice. It is taken only by a till with no members at all and a pull cursor of 0 (a
brand-new till joining a chain), which sells nothing while it joins; that is why holding
the till's write lock across the snapshot's requests is acceptable here when a round
otherwise never keeps a transaction open over the network.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from loyalty_pos.domain.hlc import Hlc, receive
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.chain_snapshot import apply_snapshot_page
from loyalty_pos.sync.apply import ProtocolBroken
from loyalty_pos.sync.client import SyncClient
from loyalty_pos.sync.errors import SyncError

SNAPSHOT_AS_OF = "snapshot_as_of"  # sync_state: the seq the snapshot was taken at
SNAPSHOT_PAGE = 10_000
NOT_FOUND = ("not_found", "http_404")  # a server from before snapshots: pull everything instead


def load_snapshot(make_uow: Callable[[], UnitOfWork], client: SyncClient, *, terminal_id: str,
                  now: Callable[[], datetime]) -> tuple[int, int, tuple[str, ...]] | None:
    """(the snapshot's seq, members loaded, members below zero), or None when this till
    takes no snapshot (it has members already, or the server offers none)."""
    uow = make_uow()
    with uow:
        if not uow.chain_snapshot.empty():
            return None
        try:
            answer = client.snapshot("", SNAPSHOT_PAGE)
        except SyncError as error:
            if getattr(error, "code", None) in NOT_FOUND:
                return None
            raise
        as_of = answer.get("as_of")
        if not isinstance(as_of, int) or isinstance(as_of, bool) or as_of < 0:
            raise ProtocolBroken(template="The chain server's snapshot has no as_of.")
        uow.chain_snapshot.start()
        loaded, negative, newest, asked = 0, [], None, ""
        # The next page is asked for before this one is written: the server reads and the
        # till writes at once (two cores), instead of each waiting on the other.
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="snapshot-fetch") as fetcher:
            while True:
                page = answer.get("members")
                after = answer.get("next_after")
                if not isinstance(page, list | dict) or not (after is None or isinstance(after, str)):
                    raise ProtocolBroken(template="The chain server's snapshot page has no members list.")
                # Pages go up by member id: a server going round in circles is stopped here,
                # not after filling the disk.
                if after is not None and after <= asked:
                    raise ProtocolBroken(template="The chain server's snapshot does not move on: its next page "
                                                  "starts at {after!r} after {asked!r}.", after=after, asked=asked)
                asked = after or asked
                following = fetcher.submit(client.snapshot, after, SNAPSHOT_PAGE) if after is not None else None
                try:
                    applied = apply_snapshot_page(uow, page)
                except (KeyError, TypeError, ValueError) as error:
                    raise ProtocolBroken(template="The chain server sent a snapshot member this till cannot read: "
                                                  "{problem}", problem=str(error)) from error
                loaded += applied.members
                negative.extend(applied.negative)
                if applied.newest is not None and (newest is None or applied.newest > newest):
                    newest = applied.newest
                if following is None:
                    break
                answer = following.result()
        uow.chain_snapshot.finish()
        moment = now()
        if newest is not None:
            _observe(uow, newest, terminal_id, moment)
        uow.sync_state.set(SNAPSHOT_AS_OF, str(as_of), moment)
        uow.commit()
    return as_of, loaded, tuple(negative)


def _observe(uow: UnitOfWork, newest: Hlc, terminal_id: str, now: datetime) -> None:
    """The till never issues an hlc below one it has received (docs/SYNC_PROTOCOL.md)."""
    clock = uow.outbox.clock()
    node = clock.node if clock is not None else terminal_id
    uow.outbox.observe(receive(clock, newest, int(now.timestamp() * 1000), node), now)
