"""The demo's segments and the campaigns aimed at them or measured against a control group.

"Autumn thank-you" ran for two months before the demo's today with a 20 % control group,
so the seeded history gives the A/B report (Reports > A/B holdout) its interval; it has
ended, so nothing a test rings up today depends on which group a new member falls in.
"Gold thank-you" runs now for Gold members who said yes to offers, with the same control
group. (It was a second welcome back, for members lapsed 60
days: a member away 90 days got both it and "We missed you"; the demo keeps one.)
"""

from __future__ import annotations

from datetime import datetime, timedelta

from loyalty_pos.domain.program import Campaign, CampaignKind
from loyalty_pos.domain.segments import Segment, SegmentKind

DEMO_HOLDOUT_PCT = 20


def demo_segments() -> tuple[Segment, ...]:
    return (
        Segment("lapsed-60", "Lapsed 60 days", SegmentKind.LAPSED, days=60),
        Segment("regulars", "Regulars", SegmentKind.FREQUENT, days=30, visits=4),
        Segment("big-spenders", "Big spenders", SegmentKind.SPEND, days=90, spend_minor=200_000),
        Segment("gold", "Gold members", SegmentKind.TIER, tier="gold"),
    )


def demo_audience_campaigns(now: datetime) -> tuple[Campaign, ...]:
    return (
        Campaign("autumn-thanks", "Autumn thank-you", CampaignKind.BONUS_ON_PURCHASE, now - timedelta(days=90),
                 now - timedelta(days=30), bonus_points=30, min_spend_minor=15_000, holdout_pct=DEMO_HOLDOUT_PCT),
        Campaign("gold-thanks", "Gold thank-you", CampaignKind.BONUS_ON_PURCHASE,
                 now - timedelta(days=30), now + timedelta(days=60), bonus_points=50, segment="gold",
                 holdout_pct=DEMO_HOLDOUT_PCT),
    )
