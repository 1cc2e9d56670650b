"""The card key file as a sync round reaches it (``sync.round.ChainKeys``): head office
reads its ring to publish it; a joining till writes the ring it received, once, into
the folder it is being built in."""

from __future__ import annotations

import logging
from pathlib import Path

from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.cards.keys import read_ring, write_ring

log = logging.getLogger(__name__)


class TillKeys:
    """A running till's key file: read to publish, never replaced by a round. A ring
    that differs from head office's is logged for the manager (``cards key import``)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> tuple[bytes, ...]:
        return read_ring(self.path).keys

    def received(self, keys: tuple[bytes, ...]) -> None:
        if read_ring(self.path).fingerprints != KeyRing(keys).fingerprints:
            log.warning("head office's card key ring %s differs from this till's %s; import head office's key file "
                        "('loyalty-pos cards key import') so cards from every till scan here",
                        ", ".join(KeyRing(keys).fingerprints), ", ".join(read_ring(self.path).fingerprints))


class JoiningKeys:
    """The key file of a till being joined: it has none until head office's ring arrives."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> tuple[bytes, ...]:
        return read_ring(self.path).keys

    def received(self, keys: tuple[bytes, ...]) -> None:
        write_ring(self.path, KeyRing(keys))
