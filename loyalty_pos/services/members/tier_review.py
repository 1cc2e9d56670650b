"""The yearly tier review: members whose qualifying spend (or points) fell below
their tier move down, once per review, after the grace days.

Upgrades happen at the till on the sale that qualifies (``checkout``); only a
downgrade waits for the review date, so a member is never demoted mid-year for
a quiet month. A member whose paid membership holds is not reviewed until it lapses
(services/members/paid_tier.py). The job runs with the expiry job (at start and daily) and does
nothing until a review date plus its grace days has passed; each member is then
looked at once, in short transactions, and marked reviewed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from loyalty_pos.domain import tiers as tier_rules
from loyalty_pos.domain.events import TierChanged
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.membership import tier_metric
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class TierReview:
    reviewed: int  # members looked at
    moved_down: int


def review_tiers(
    make_uow: Callable[..., UnitOfWork],
    *,
    actor: Actor,
    clock: Clock,
    batch: int = 100,
    progress: Callable[[int], None] | None = None,
) -> TierReview:
    """Each batch is read without the write lock (the metrics are most of the work)
    and then written in one short transaction, so a sale at the till never waits
    behind the review. A member whose tier changed in between (an upgrade at the
    till) is left for the next run."""
    with make_uow(readonly=True) as uow:
        program = published_program(uow)
        now = clock.now().astimezone(shop_zone(uow))  # the review date is the shop's calendar day
    policy = program.tiers
    checkpoint = tier_rules.downgrade_checkpoint(policy, now)
    reviewed = moved = 0
    cursor: str | None = None
    while True:
        with make_uow(readonly=True) as uow:
            page = uow.members.due_for_tier_review(policy.tiers[0].code, checkpoint, cursor=cursor, limit=batch)
            decisions = []
            # A paid tier holds until it lapses: its member stays due and is reviewed on the run after.
            paid = uow.counting.paid_members_until(now.date()) if program.paid_tiers else set()
            for row in page.rows:
                if row.member_id in paid:
                    continue
                metric = tier_metric(uow, program, row.member_id, now)
                change = tier_rules.review(policy, tier_code=row.tier_code, metric=metric, now=now,
                                           last_reviewed_at=row.reviewed_at)
                # An upgrade found here is the till's to make, at the member's next sale.
                down = change if change is not None and change.direction == tier_rules.DOWN else None
                decisions.append((row, metric, down))
        with make_uow() as uow:
            for row, metric, down in decisions:
                target = down.to_code if down is not None else row.tier_code
                if not uow.members.set_tier(row.member_id, target, reviewed_at=now, if_tier=row.tier_code):
                    continue
                reviewed += 1
                if down is not None:
                    moved += 1
                    record(uow, actor, TierChanged(row.member_id, row.tier_code, target, down.reason, metric), now)
            uow.commit()
        if progress is not None:
            progress(reviewed)
        if page.next_cursor is None:
            return TierReview(reviewed, moved)
        cursor = page.next_cursor
