"""Badges, paid memberships and referral links a till made before they travelled with
the chain (migration 0025 marks a store that holds any): queued once, at the till's next
sync round, each at the time it was made, so the chain and every till that joins it
learn them. Applying them is idempotent on every till (``chain_counting``): a badge two
tills both awarded keeps the earlier award, a membership and a link are stored once.
"""

from __future__ import annotations

from loyalty_pos.domain.events import BadgeEarned, MemberReferred, PaidMembershipSold
from loyalty_pos.services.journal import queue
from loyalty_pos.services.ports import UnitOfWork

UNANNOUNCED = "counting_unannounced"  # sync_state, written by migration 0025


def queue_unannounced(uow: UnitOfWork) -> int:
    """In the caller's unit of work; how many events it queued (0: nothing was waiting)."""
    if uow.sync_state.get(UNANNOUNCED) is None:
        return 0
    queued = 0
    for member_id, badge_id, earned_at, sale_id in uow.counting.all_badges():
        queue(uow, BadgeEarned(member_id, badge_id, sale_id), earned_at)
        queued += 1
    for row in uow.counting.paid_memberships():
        queue(uow, PaidMembershipSold(row.id, row.member_id, row.paid_tier_id, row.tier_code, row.fee_minor,
                                      row.currency, row.until, row.receipt_no, row.name, row.actor), row.sold_at)
        queued += 1
    for referred_id, referrer_id, code, at in uow.referrals.links():
        queue(uow, MemberReferred(referred_id, referrer_id, code), at)
        queued += 1
    uow.sync_state.clear(UNANNOUNCED)
    return queued


def announce_unannounced(uow: UnitOfWork) -> int:
    """Its own short transaction, before a round pushes; a till with nothing waiting only reads."""
    with uow:
        if uow.sync_state.get(UNANNOUNCED) is None:
            return 0
        queued = queue_unannounced(uow)
        uow.commit()
    return queued
