"""When the till tries the chain's server again.

A till that cannot reach the server backs off exponentially, so a chain's tills coming
back after an outage do not all knock at once; the jitter (a number in [0, 1) the caller
draws) spreads them. Rounds that succeed follow the shop's interval.
"""

from __future__ import annotations

MAX_BACKOFF_S = 15 * 60  # an outage never leaves a till more than this behind its return
_MAX_DOUBLINGS = 16  # 2**16 x any interval is past the cap already: no huge numbers


def next_round_in_s(every_s: int, failures: int, jitter: float) -> float:
    """Seconds until the next round after ``failures`` failed rounds in a row (0: the
    last one worked): the interval doubled per failure, capped, then somewhere in its
    upper half so tills that failed together retry apart."""
    if failures <= 0:
        return float(every_s)
    delay = min(every_s * 2 ** min(failures, _MAX_DOUBLINGS), MAX_BACKOFF_S)
    return delay * (0.5 + 0.5 * min(max(jitter, 0.0), 1.0))
