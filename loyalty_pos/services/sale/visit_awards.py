"""What a member's visit awards by itself: a birthday treat, a welcome back after a lapse,
and a referred member's first purchase (for them and for the friend who referred them).

The till's panel shows them before payment (``due_visit_awards``); checkout books them
with the sale (``book_visit_awards``). Each has an id any till derives alike, so the ledger
says whether it was given already, here or on another till that synced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.ledger import EntryKind, LedgerEntry, PointsState
from loyalty_pos.domain.member_actions import PendingReferral, VisitAward, visit_awards
from loyalty_pos.domain.members import Member, MemberStatus
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import ReceiptPointsLine
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.members.projection import post_entries
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.shop.shop import local_period_start, shop_zone

# How each award reads in English on a receipt and in logs; ``points_labels`` writes it
# in the reader's language from the rule ("<kind>:<campaign id>") and the campaign's name.
AWARD_LABELS = {
    "birthday": "Happy birthday: {campaign}",
    "win_back": "Welcome back: {campaign}",
    "referral": "Referred by a friend: {campaign}",
    "referrer": "A friend you referred: {campaign}",
}


def _pending_referral(uow: UnitOfWork, program: Program, member: Member, now: datetime) -> PendingReferral | None:
    referrer_id = uow.referrals.pending_referrer(member.id)
    if referrer_id is None:
        return None
    referrer = uow.members.get(referrer_id)
    if referrer is None or referrer.status is not MemberStatus.ACTIVE:
        return None  # an erased or blocked friend earns nothing; the referred member still does
    periods = {c.limit_period for c in program.campaigns if c.action == "referral"} or {""}
    since = min(local_period_start(uow, now, period or "ever") for period in periods)
    return PendingReferral(referrer.id, referrer.tier_code, referrer.consents.marketing,
                           uow.referrals.converted_since(referrer.id, since))


def due_visit_awards(uow: UnitOfWork, program: Program, member: Member, state: PointsState,
                     now: datetime) -> tuple[VisitAward, ...]:
    """The awards this visit gives that no till has given yet, from the state before the sale."""
    if not any(c.action in ("birthday", "win_back", "referral") for c in program.campaigns):
        return ()  # most programs: no read at all
    referral = _pending_referral(uow, program, member, now)
    local = now.astimezone(shop_zone(uow))  # a campaign's weekdays and hours are the shop's, not UTC's
    candidates = visit_awards(
        program.campaigns, tiers=program.tiers, member_id=member.id, tier_code=member.tier_code,
        marketing_consent=member.consents.marketing, birthday=member.birthday, last_visit=state.last_activity,
        referral=referral, local_today=local.date(), now=local,
    )
    return tuple(award for award in candidates if not uow.ledger.exists(award.entry_id))


@dataclass(frozen=True, slots=True)
class BookedAwards:
    entries: tuple[LedgerEntry, ...]  # the member's own, to post with the sale's entries
    lines: tuple[ReceiptPointsLine, ...]  # the member's own, for the receipt


def award_line(award: VisitAward) -> ReceiptPointsLine:
    return ReceiptPointsLine(AWARD_LABELS[award.kind].format(campaign=award.campaign_name), award.points,
                             f"{award.kind}:{award.campaign_id}", award.campaign_id,
                             PointsFacts(name=award.campaign_name))


def book_visit_awards(uow: UnitOfWork, program: Program, member: Member, state: PointsState, sale_id: str,
                      actor: Actor, now: datetime) -> BookedAwards:
    """The awards of this sale: the referrer's posted here, the member's returned to go
    with the sale's own entries; a referral converts at this, the first purchase."""
    awards = due_visit_awards(uow, program, member, state, now)
    uow.referrals.convert(member.id, sale_id, now)  # the first purchase, whether or not a campaign pays for it

    def entry(award: VisitAward) -> LedgerEntry:
        return LedgerEntry(id=award.entry_id, member_id=award.member_id, kind=EntryKind.BONUS, points=award.points,
                           at=now, terminal_id=actor.terminal_id, actor=actor.username,
                           reason=f"campaign:{award.campaign_id}", expires_at=program.expiry.expiry_for(now))

    friends = [entry(award) for award in awards if award.member_id != member.id]
    if friends:
        post_entries(uow, friends)
    own = tuple(award for award in awards if award.member_id == member.id)
    return BookedAwards(tuple(entry(award) for award in own), tuple(award_line(award) for award in own))
