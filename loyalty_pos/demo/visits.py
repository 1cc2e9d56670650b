"""How often demo members shop in their year: a few regulars, many occasional.

Visits per member are ``floor(X)`` for ``X`` lognormal (``ln X ~ Normal(mu, sigma)``), capped
at one a week. With ``mu = 0.42`` and ``sigma = 1.1`` about a third of members bought
nothing this year, the median member shops once, the mean is about 2.3 visits and the
top tenth of members make over 40 % of the visits, as a loyalty shop's sales data looks
(heavy-tailed, not the uniform 0-3 the demo had).

The model is a quantile table: the history draws one of ``QUANTILES`` equally likely
slots per member from its seed and looks the count up, so SQLite needs no ``exp``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist

QUANTILES = 1_000


@dataclass(frozen=True, slots=True)
class VisitModel:
    mu: float = 0.42
    sigma: float = 1.1
    most: int = 52  # once a week

    def counts(self) -> tuple[int, ...]:
        """Visits at the middle of each of ``QUANTILES`` equally likely slots, ascending."""
        normal = NormalDist(self.mu, self.sigma)
        return tuple(
            min(self.most, math.floor(math.exp(normal.inv_cdf((slot + 0.5) / QUANTILES))))
            for slot in range(QUANTILES)
        )
