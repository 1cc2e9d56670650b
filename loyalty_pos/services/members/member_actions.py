"""A member's non-purchase action (a review, the newsletter ...) recorded at the till.

The cashier presses one key with the member on the till, picks the action and the
points go on the ledger as a bonus entry. A per-member limit is a fixed set of entry ids
per period (``domain.member_actions``), so the limit holds across tills after sync.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from loyalty_pos.domain.action_slip import action_slip_notes
from loyalty_pos.domain.campaigns import action_bonus
from loyalty_pos.domain.errors import LoyaltyError, NotFound
from loyalty_pos.domain.events import MemberActionRecorded
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.member_actions import TILL_ACTIONS, action_points, award_slots, free_slot, period_key
from loyalty_pos.domain.members import Member
from loyalty_pos.domain.program import Campaign, Program
from loyalty_pos.domain.receipt import Receipt, mask_card_number, paper_name
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.members.projection import post_entries
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.slips import slip
from loyalty_pos.services.shop.shop import local_period_start, shop_zone


class ActionLimitReached(LoyaltyError):
    code = "action_limit_reached"
    template = "{member} already had {campaign} {limit} time(s): that is the most it gives one member."


class ActionDayLimitReached(ActionLimitReached):
    code = "action_day_limit_reached"
    template = "{member} already had {campaign} {limit} time(s) today: it gives points again tomorrow."


class ActionWeekLimitReached(ActionLimitReached):
    code = "action_week_limit_reached"
    template = "{member} already had {campaign} {limit} time(s) this week: it gives points again next week."


class ActionMonthLimitReached(ActionLimitReached):
    code = "action_month_limit_reached"
    template = "{member} already had {campaign} {limit} time(s) this month: it gives points again next month."


class ActionYearLimitReached(ActionLimitReached):
    code = "action_year_limit_reached"
    template = "{member} already had {campaign} {limit} time(s) this year: it gives points again next year."


class ActionNotOffered(LoyaltyError):
    code = "action_not_offered"
    template = "{campaign} is not running for this member now, so it gives no points."


# Each period's refusal names when the member may earn again.
LIMIT_REFUSALS: dict[str, type[ActionLimitReached]] = {
    "": ActionLimitReached, "day": ActionDayLimitReached, "week": ActionWeekLimitReached,
    "month": ActionMonthLimitReached, "year": ActionYearLimitReached,
}


@dataclass(frozen=True, slots=True)
class ActionChoice:
    campaign_id: str
    action: str  # one of domain.member_actions.TILL_ACTIONS
    name: str
    points: int
    limit: int | None  # per member per ``period``; None: no limit
    period: str  # "" (ever), "day", "week", "month", "year"
    used: int  # of the limit, in the current period

    @property
    def left(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.used)


@dataclass(frozen=True, slots=True)
class ActionChoices:
    member_id: str
    member_name: str
    choices: tuple[ActionChoice, ...]  # the running till actions this member may earn, in program order


@dataclass(frozen=True, slots=True)
class ActionRecorded:
    member_id: str
    campaign_name: str
    points: int
    balance: int
    left: int | None  # of the limit in this period, after this one
    receipt: Receipt | None = None  # the member's slip: the action, its points, the limit used, the balance


def _active_member(uow: UnitOfWork, member_id: str) -> Member:
    member = uow.members.get(member_id)
    if member is None:
        raise NotFound(code="not_found", template="Member {key} was not found.", key=member_id)
    member.ensure_active()
    return member


def _offered(uow: UnitOfWork, program: Program, member: Member, now: datetime) -> tuple[Campaign, ...]:
    now = now.astimezone(shop_zone(uow))  # a campaign's weekdays and hours are the shop's, not UTC's
    return tuple(
        campaign for action in TILL_ACTIONS
        for campaign, _points in action_bonus(program.campaigns, action=action, tiers=program.tiers,
                                              tier_code=member.tier_code, now=now,
                                              marketing_consent=member.consents.marketing)
    )


def _slots(uow: UnitOfWork, campaign: Campaign, member_id: str, now: datetime) -> tuple[tuple[str, ...], set[str]]:
    start = local_period_start(uow, now, campaign.limit_period or "ever")
    slots = award_slots(campaign, member_id, period_key(start))
    return slots, {slot for slot in slots if uow.ledger.exists(slot)}


def _choice(uow: UnitOfWork, campaign: Campaign, member: Member, now: datetime) -> ActionChoice:
    _slots_, taken = _slots(uow, campaign, member.id, now)
    assert campaign.action is not None
    return ActionChoice(campaign.id, campaign.action, campaign.name, action_points(campaign, member.tier_code),
                        campaign.per_member_limit, campaign.limit_period, len(taken))


def action_choices(uow: UnitOfWork, member_id: str, *, clock: Clock) -> ActionChoices:
    """What the action picker lists for the member on the till, with how much of each limit is used."""
    now = clock.now()
    with uow:
        member = _active_member(uow, member_id)
        program = published_program(uow)
        offered = sorted(_offered(uow, program, member, now), key=program.campaigns.index)
        choices = tuple(_choice(uow, campaign, member, now) for campaign in offered)
    return ActionChoices(member.id, member.name, choices)


def record_action(uow: UnitOfWork, member_id: str, campaign_id: str, *, actor: Actor, clock: Clock) -> ActionRecorded:
    """The action's points as one bonus entry; refused when the campaign does not reach the
    member now or the member's limit for the period is used up."""
    now = clock.now()
    with uow:
        member = _active_member(uow, member_id)
        program = published_program(uow)
        campaign = next((c for c in _offered(uow, program, member, now) if c.id == campaign_id), None)
        if campaign is None:
            named = next((c.name for c in program.campaigns if c.id == campaign_id), campaign_id)
            raise ActionNotOffered(campaign=named)
        slots, taken = _slots(uow, campaign, member.id, now)
        entry_id = free_slot(slots, taken) if slots else str(uuid.uuid4())
        if entry_id is None:
            raise LIMIT_REFUSALS[campaign.limit_period](member=member.name, campaign=campaign.name,
                                                        limit=campaign.per_member_limit)
        points = action_points(campaign, member.tier_code)
        entry = LedgerEntry(id=entry_id, member_id=member.id, kind=EntryKind.BONUS, points=points, at=now,
                            terminal_id=actor.terminal_id, actor=actor.username, reason=f"campaign:{campaign.id}",
                            expires_at=program.expiry.expiry_for(now))
        balance = post_entries(uow, [entry])[member.id].balance
        assert campaign.action is not None
        record(uow, actor, MemberActionRecorded(entry.id, member.id, campaign.id, campaign.action, points), now)
        card = member.active_card
        receipt = slip(uow, actor, now, program.currency, f"A-{entry.id[:8].upper()}", entry.id,
                       action_slip_notes(campaign_id=campaign.id, name=campaign.name, points=points,
                                         used=len(taken) + 1, limit=campaign.per_member_limit,
                                         period=campaign.limit_period),
                       member_name=paper_name(member.name),
                       card_number_masked=mask_card_number(card.number) if card else None, balance=balance,
                       slip_language=member.preferred_language or "")
        uow.commit()
    left = None if campaign.per_member_limit is None else campaign.per_member_limit - len(taken) - 1
    return ActionRecorded(member.id, campaign.name, points, balance, left, receipt)
