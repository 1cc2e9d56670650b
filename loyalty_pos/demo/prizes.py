"""The demo shop's prizes: a partner voucher with its imported codes, a giveaway whose
seed is committed, a mystery treat and an every-Nth-receipt instant win."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from loyalty_pos.domain.program import Campaign, CampaignKind, Reward, RewardKind

CINEMA, HAMPER, MYSTERY = "cinema", "hamper-draw", "mystery-treat"


def prize_rewards(now: datetime) -> tuple[Reward, ...]:
    # Entries close at the end of Christmas Eve in Oslo (the shop's time zone).
    closes = datetime(now.year, 12, 24, 23, tzinfo=UTC)
    if closes <= now:
        closes = datetime(now.year + 1, 12, 24, 23, tzinfo=UTC)
    return (
        Reward(CINEMA, "Cinema night", RewardKind.PARTNER_CODE, 250, description="Two tickets for one",
               partner="Fjord Kino 2-for-1", per_member_limit=1, limit_period="month",
               codes_per_till=25),  # registered as a chain's head office, its 60 codes are the pool
        Reward(HAMPER, "Christmas hamper draw", RewardKind.GIVEAWAY, 150, description="1 entry = 150 points",
               winners=3, per_member_limit=10, limit_period="ever", valid_until=closes),
        # The pool names what the prize does; the mystery's own price, limit and days apply.
        Reward(MYSTERY, "Mystery treat", RewardKind.MYSTERY, 130, description="Free coffee, 20 % off bakery or NOK 50",
               pool=(("free-coffee", 5), ("bakery20", 3), ("nok50", 1)), per_member_limit=1, limit_period="week"),
    )


def prize_campaigns(now: datetime) -> tuple[Campaign, ...]:
    # Every 25th receipt of a till with NOK 300 or more: rare enough to be a treat.
    return (Campaign("every-25th", "Every 25th receipt wins NOK 50", CampaignKind.INSTANT_WIN,
                     now - timedelta(days=30), now + timedelta(days=90), every_nth=25, min_spend_minor=30000,
                     win_reward_id="nok50"),)


def demo_codes(count: int = 60) -> str:
    """A partner's export: a header, then one code a line (made up, the same every time)."""
    return "code\n" + "\n".join(f"FJK-{4096 + 37 * n:05d}-{chr(65 + n % 26)}" for n in range(count)) + "\n"
