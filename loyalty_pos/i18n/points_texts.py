"""The English of the points lines that explain a sale's points (receipts, the till's panel),
written from a line's rule and ``PointsFacts`` by ``points_labels``, and of what a redeemed
reward did, written from its ``RewardFacts`` by ``reward_descriptions``.
``catalogue.MESSAGES`` takes them in; the other languages live in the catalogue .ts files.

Each English text matches what ``domain.earning`` (``domain.rewards``) writes in its English
label (description), so an English reader sees the same words whether a receipt kept the
facts or only the text.
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
    "points.terminal_cap": "Till's daily cap {cap}",
    "points.sale_cap": "Cap per sale {cap}",
    # The note under a sale's points when a cap trimmed them (domain.fraud_limits.cap_trim).
    "receipt.cap.daily_cap": "Daily points cap reached: {earned} of {uncapped} points earned",
    "receipt.cap.terminal_cap": "This till's daily points cap reached: {earned} of {uncapped} points earned",
    "receipt.cap.sale_cap": "Points cap per sale reached: {earned} of {uncapped} points earned",
    "points.campaign_hours": "{campaign} {hours}: x{multiplier}",
    "points.campaign_hours_on": "{campaign} {hours}: x{multiplier} on {scope}",
    "points.volume_bonus": "Volume: {rule}",
}

REWARD_TEXTS: dict[str, str] = {
    "reward_effect.amount_off": "{amount} off",
    "reward_effect.percent_off": "{percent} % off",
    "reward_effect.percent_off_category": "{percent} % off {category}",
    "reward_effect.free_product": "Free: {product}",
    "reward_effect.buy_x_get_y": "{total} for {paid}: {product}",
    "reward_effect.pay_with_points": "{points} points = {amount}",
    "reward_effect.store_credit": "Store credit {amount}",
    "reward_effect.partner_code": "Partner voucher: {partner} — code {code}",
    "reward_effect.partner_offer": "Partner voucher: {partner}",
    "reward_effect.giveaway": "1 entry in the prize draw",
    "reward_effect.mystery": "Drawn: {reward}",
}
