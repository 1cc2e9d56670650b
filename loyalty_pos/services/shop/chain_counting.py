"""Badges, paid memberships and referral links pulled from the chain, in the caller's
transaction (docs/ARCHITECTURE.md, "What a chain shares of #22").

Each is applied by its key, so a page pulled twice, or an event the snapshot's join
pulls again, changes nothing:
- a badge is held once per member: another till's award adds it, or moves the holding
  to the earlier award, so two tills that awarded it offline keep the same row;
- a paid membership by its id: the till honours it as if sold here (the panel, the
  receipt, the tier review's exemption) and puts the member in its tier, never down;
- a referral link by the referred member (one link each, the first to arrive stays); the
  friend's first purchase pays both under ids every till derives alike
  (``domain.derived_ids.referral_award_id``), so two tills paying it offline store it once.
  A pulled sale of a referred member converts their link here too, so the referral
  report and the friend's limit count it wherever the purchase was made.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from loyalty_pos.domain.events import (
    BadgeEarned,
    Event,
    MemberReferred,
    PaidMembershipSold,
    SaleCommitted,
)
from loyalty_pos.domain.paid_membership import tier_after_paid
from loyalty_pos.services.ports import PaidMembershipRow, UnitOfWork


def members_of_counting(event: Event) -> tuple[str, ...]:
    """The members such an event needs here before it is applied (else it is parked)."""
    if isinstance(event, MemberReferred):
        return (event.referred_id, event.referrer_id)
    if isinstance(event, BadgeEarned | PaidMembershipSold):
        return (event.member_id,)
    return ()


def take_pulled_counting(uow: UnitOfWork, event: Event, at: datetime, origin: str) -> bool | None:
    """True when applied, False when already here, None when ``event`` is none of these."""
    if isinstance(event, BadgeEarned):
        return uow.counting.hold_badge(event.member_id, event.badge_id, at, event.sale_id)
    if isinstance(event, PaidMembershipSold):
        return _paid(uow, event, at, origin)
    if isinstance(event, MemberReferred):
        return uow.referrals.add_pulled(event.referred_id, event.referrer_id, event.code, at)
    return None


def convert_pulled_sale(uow: UnitOfWork, event: SaleCommitted, at: datetime) -> None:
    if event.member_id is not None:
        uow.referrals.convert(event.member_id, event.sale_id, at)


def _paid(uow: UnitOfWork, event: PaidMembershipSold, at: datetime, origin: str) -> bool:
    program = uow.program.published()
    offered = {paid.id: paid.name for paid in program.paid_tiers} if program is not None else {}
    name = event.paid_name or offered.get(event.paid_tier_id, event.paid_tier_id)
    row = PaidMembershipRow(event.membership_id, event.member_id, event.paid_tier_id, name, event.tier_code,
                            event.fee_minor, event.currency, at, event.until, event.sold_by or origin, origin,
                            event.receipt_no)
    if not uow.counting.add_pulled_paid_membership(row):
        return False
    member = uow.members.get(event.member_id)
    if member is not None and program is not None:
        tier = tier_after_paid([tier.code for tier in program.tiers.tiers], member.tier_code, event.tier_code)
        if tier != member.tier_code:
            # The till that sold it recorded the change; its TierChanged is that till's record.
            uow.members.update(replace(member, tier_code=tier))
    return True
