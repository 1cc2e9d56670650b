"""Welch's t interval: the difference of two groups' means with its 95 % uncertainty.

A/B results (a campaign's members against its held-out control) are estimates, so this
is the one corner of the domain that computes in floats: the inputs are exact integer
sums, the answers are shown rounded. The groups may differ in size and spread, hence
Welch (unequal variances, Welch-Satterthwaite degrees of freedom), not Student's pooled t.
The t quantile is computed here from the regularised incomplete beta function (no SciPy
in the domain); tests check it against printed tables.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

CONFIDENCE = 0.95
MAX_DF = 100_000.0


@dataclass(frozen=True, slots=True)
class Sample:
    """A group's values given by their count, sum and sum of squares (what SQL adds up)."""

    n: int
    total: int
    squares: int

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else 0.0

    @property
    def variance(self) -> float:
        """The unbiased sample variance (n - 1); 0 for fewer than two values."""
        if self.n < 2:
            return 0.0
        # From integers first: subtracting two large floats would lose the small difference.
        return (self.squares * self.n - self.total * self.total) / (self.n * (self.n - 1))

    @classmethod
    def of(cls, values: list[int]) -> Sample:
        return cls(len(values), sum(values), sum(value * value for value in values))


@dataclass(frozen=True, slots=True)
class Interval:
    difference: float  # treatment mean minus control mean
    low: float
    high: float
    df: float  # Welch-Satterthwaite degrees of freedom (inf when both groups have no spread)

    @property
    def significant(self) -> bool:
        """Whether the interval leaves out 0: the groups differ at this confidence."""
        return self.low > 0 or self.high < 0


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    tiny, qab, qap, qam = 1e-300, a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 5000):
        m2 = 2 * m
        for numerator in (m * (b - m) * x / ((qam + m2) * (a + m2)),
                          -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            result *= d * c
        if abs(d * c - 1.0) < 1e-15:
            break
    return result


def incomplete_beta(a: float, b: float, x: float) -> float:
    """The regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_fraction(a, b, x) / a
    return 1.0 - front * _beta_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    tail = 0.5 * incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, df: float) -> float:
    """The t value with P(T <= t) = p (0.5 < p < 1), by bisection. Beyond ``MAX_DF`` the
    distribution is the normal's to five decimals, and the fraction would need thousands of steps."""
    df = min(df, MAX_DF)
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        high *= 2.0
    for _ in range(200):
        middle = (low + high) / 2.0
        low, high = (middle, high) if t_cdf(middle, df) < p else (low, middle)
        if high - low < 1e-12:
            break
    return (low + high) / 2.0


def welch_interval(treatment: Sample, control: Sample, confidence: float = CONFIDENCE) -> Interval | None:
    """The difference of means (treatment - control) and its two-sided interval; None when
    a group has fewer than two members (no spread to measure the uncertainty by)."""
    if treatment.n < 2 or control.n < 2:
        return None
    share_t, share_c = treatment.variance / treatment.n, control.variance / control.n
    difference = treatment.mean - control.mean
    error = math.sqrt(share_t + share_c)
    if error == 0.0:
        return Interval(difference, difference, difference, math.inf)
    df = (share_t + share_c) ** 2 / (share_t**2 / (treatment.n - 1) + share_c**2 / (control.n - 1))
    margin = t_quantile(1.0 - (1.0 - confidence) / 2.0, df) * error
    return Interval(difference, difference - margin, difference + margin, df)
