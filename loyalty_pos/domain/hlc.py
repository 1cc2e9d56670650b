"""A hybrid logical clock (docs/SYNC_PROTOCOL.md): wall-clock milliseconds, a counter and
the terminal id, spelled so that comparing two as strings orders them.

The wall part follows the real clock while it moves forward; the counter orders events
inside one millisecond and events after the clock went back (a till's clock corrected
by NTP, or a pulled event stamped by a till whose clock runs ahead). So a till never
issues a stamp lower than one it issued or received, whatever its clock does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WALL_DIGITS = 16
COUNTER_DIGITS = 4
_COUNTER_LIMIT = 10 ** COUNTER_DIGITS
_WALL_LIMIT = 10 ** WALL_DIGITS
_SPELLING = re.compile(r"(\d{16})-(\d{4})-([A-Za-z0-9_.:-]{1,40})")


@dataclass(frozen=True, slots=True, order=True)
class Hlc:
    """Ordered by (wall, counter, node): the same order as their spellings compared as strings."""

    wall_ms: int
    counter: int
    node: str

    def __post_init__(self) -> None:
        if not 0 <= self.wall_ms < _WALL_LIMIT or not 0 <= self.counter < _COUNTER_LIMIT:
            raise ValueError(f"an hlc out of range: {self.wall_ms}, {self.counter}")
        if not self.node or "-" in self.node[:1]:
            raise ValueError("an hlc names its terminal")

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        match = _SPELLING.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            raise ValueError(f"not an hlc: {text!r}")
        return cls(int(match[1]), int(match[2]), match[3])

    @staticmethod
    def wall_of(text: str) -> int:
        """The wall milliseconds of a spelled hlc, refused as :meth:`parse` refuses it but
        without building one: a new till reads a million members' stamps."""
        match = _SPELLING.fullmatch(text) if isinstance(text, str) else None
        # The spelling's digit counts keep wall and counter in range; only the node's
        # leading "-" is left for __post_init__ to refuse.
        if match is None or match[3][0] == "-":
            raise ValueError(f"not an hlc: {text!r}")
        return int(match[1])


def _after(wall: int, counter: int, node: str) -> Hlc:
    # A full counter moves the wall part on by a millisecond rather than wrapping: the
    # stamp still sorts after every earlier one (at worst a millisecond ahead of the clock).
    if counter >= _COUNTER_LIMIT:
        return Hlc(wall + 1, 0, node)
    return Hlc(wall, counter, node)


def tick(last: Hlc | None, now_ms: int, node: str) -> Hlc:
    """The stamp of a new local event at wall time ``now_ms``."""
    if last is None or now_ms > last.wall_ms:
        return Hlc(max(now_ms, 0), 0, node)
    return _after(last.wall_ms, last.counter + 1, node)


def receive(last: Hlc | None, remote: Hlc, now_ms: int, node: str) -> Hlc:
    """The clock after an event stamped ``remote`` arrived: past both it and ``last``."""
    wall = max(now_ms, remote.wall_ms, last.wall_ms if last else 0)
    counters = [-1]
    if last is not None and last.wall_ms == wall:
        counters.append(last.counter)
    if remote.wall_ms == wall:
        counters.append(remote.counter)
    return _after(wall, max(counters) + 1 if len(counters) > 1 else 0, node)
