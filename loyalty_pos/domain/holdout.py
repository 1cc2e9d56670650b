"""A campaign's control group: members held out of it so its effect can be measured.

Membership is a hash of the campaign and the member, never a random draw: every till
(online or not), the receipt reprinted next year and the report all put a member in
the same group without sharing any state, and repricing a sale cannot move them.
"""

from __future__ import annotations

import hashlib

# Buckets of 0.01 %: a whole-percent holdout takes exactly ``pct * 100`` of them.
BUCKETS = 10_000
# Above half the members would be "the campaign's control" for most of the shop: a
# manager who wants that should not run the campaign at all.
MAX_HOLDOUT_PCT = 50


def bucket(member_id: str, campaign_id: str) -> int:
    """The member's bucket (0 .. BUCKETS-1) for this campaign; another campaign reshuffles."""
    digest = hashlib.sha256(f"holdout:{campaign_id}:{member_id}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % BUCKETS


def in_control(member_id: str, campaign_id: str, holdout_pct: int) -> bool:
    """Whether the member is held out of the campaign (its control group)."""
    if holdout_pct <= 0:
        return False
    return bucket(member_id, campaign_id) < holdout_pct * (BUCKETS // 100)
