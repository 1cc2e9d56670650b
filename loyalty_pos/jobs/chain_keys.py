"""The card key file as a sync round reaches it (``sync.round.ChainKeys``): head office
reads its ring to publish it; a joining till writes the ring it received, once, into
the folder it is being built in; a joined till takes a ring that grew by rotation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.cards.keys import read_ring, write_ring
from loyalty_pos.jobs.card_key_ring import MakeUow, take_head_office_ring
from loyalty_pos.services.clock import Clock

log = logging.getLogger(__name__)


class TillKeys:
    """A running till's key file: read to publish (head office), grown by head office's
    published ring (a joined till; head office never receives one, ``sync.round`` only
    asks it to publish). ``taken`` hears the grown ring, so the open till checks and
    signs with it without a restart."""

    def __init__(self, path: Path, make_uow: MakeUow, clock: Clock,
                 taken: Callable[[KeyRing], None] | None = None) -> None:
        self.path, self.make_uow, self.clock, self.taken = path, make_uow, clock, taken

    def read(self) -> tuple[bytes, ...]:
        return read_ring(self.path).keys

    def received(self, keys: tuple[bytes, ...]) -> None:
        published = KeyRing(keys)
        grown = take_head_office_ring(self.make_uow, self.path, published, clock=self.clock)
        if grown is not None:
            log.info("card key ring updated from head office: current key %s, %d keys",
                     grown.fingerprints[-1], len(grown.keys))
            if self.taken is not None:
                self.taken(grown)
            return
        own = read_ring(self.path)
        if own != published:
            log.warning("head office's card key ring %s would drop or reorder this till's %s: refused (audited); "
                        "ask head office, or import its key file ('loyalty-pos cards key import')",
                        ", ".join(published.fingerprints), ", ".join(own.fingerprints))


class JoiningKeys:
    """The key file of a till being joined: it has none until head office's ring arrives."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> tuple[bytes, ...]:
        return read_ring(self.path).keys

    def received(self, keys: tuple[bytes, ...]) -> None:
        write_ring(self.path, KeyRing(keys))
