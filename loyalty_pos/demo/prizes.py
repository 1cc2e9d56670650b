"""The demo shop's prizes: a partner voucher with its imported codes, a giveaway whose
seed is committed, a mystery treat and an every-Nth-receipt instant win."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from loyalty_pos.domain.program import Campaign, CampaignKind, Reward, RewardKind

CINEMA, HAMPER, MYSTERY = "cinema", "hamper-draw", "mystery-treat"
# Switched off: only the mystery pool and the instant win hand them out, never the till's list.
_POOL_ONLY = (
    Reward("treat-nok20", "NOK 20 treat", RewardKind.AMOUNT_OFF, 1, amount_minor=2000, active=False),
    Reward("treat-15pct", "15 % off treat", RewardKind.PERCENT_OFF, 1, percent=15, active=False),
)


def prize_rewards(now: datetime) -> tuple[Reward, ...]:
    closes = datetime(now.year, 12, 24, tzinfo=UTC)
    if closes <= now:
        closes = datetime(now.year + 1, 12, 24, tzinfo=UTC)
    return (
        Reward(CINEMA, "Cinema night", RewardKind.PARTNER_CODE, 250, description="Two tickets for one",
               partner="Fjord Kino 2-for-1", per_member_limit=1, limit_period="month"),
        Reward(HAMPER, "Christmas hamper draw", RewardKind.GIVEAWAY, 80, description="1 entry = 80 points",
               winners=3, per_member_limit=10, limit_period="ever", valid_until=closes),
        Reward(MYSTERY, "Mystery treat", RewardKind.MYSTERY, 90, description="A free coffee, NOK 20 or 15 % off",
               pool=(("free-coffee", 2), ("treat-nok20", 5), ("treat-15pct", 3)), per_member_limit=1,
               limit_period="week"),
        *_POOL_ONLY,
    )


def prize_campaigns(now: datetime) -> tuple[Campaign, ...]:
    # Every 25th receipt of a till with NOK 300 or more: rare enough to be a treat.
    return (Campaign("every-25th", "Every 25th receipt wins NOK 20", CampaignKind.INSTANT_WIN,
                     now - timedelta(days=30), now + timedelta(days=90), every_nth=25, min_spend_minor=30000,
                     win_reward_id="treat-nok20"),)


def demo_codes(count: int = 60) -> str:
    """A partner's export: a header, then one code a line (made up, the same every time)."""
    return "code\n" + "\n".join(f"FJK-{4096 + 37 * n:05d}-{chr(65 + n % 26)}" for n in range(count)) + "\n"
