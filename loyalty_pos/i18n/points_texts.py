"""The English of the points lines that explain a sale's points (receipts, the till's panel,
the customer display), written from a line's rule and ``PointsFacts`` by ``points_labels``.
``catalogue.MESSAGES`` takes them in; the other languages live in the catalogue .ts files.

Each English text matches what ``domain.earning`` writes in its English label, so an
English reader sees the same words whether a receipt kept the facts or only the label.
"""

from __future__ import annotations

POINTS_TEXTS: dict[str, str] = {
    "points.base_one": "Base {points} pt / {amount}",
    "points.base_many": "Base {points} pts / {amount}",
    "points.category_multiplier": "{category} x{multiplier}",
    "points.product_multiplier": "{product} x{multiplier}",
    "points.tier_multiplier": "{tier} tier x{multiplier}",
    "points.campaign_multiplier": "{campaign} x{multiplier}",
    "points.campaign_bonus": "Bonus: {campaign}",
    "points.instant_win": "Instant win: {campaign}",
    "points.minimum_basket": "Below minimum basket {amount}",
    "points.no_negative": "Purchase points not below 0",
    "points.daily_cap": "Daily cap {cap}",
}
