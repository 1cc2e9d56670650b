"""The member-actions report: what each action campaign gave in the range (actions keyed at
the till, birthday treats, referrals, welcome backs), the referrals made and converted, and
the welcome backs taken beside the members now away long enough to be offered one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from loyalty_pos.domain.program import CampaignKind
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program


@dataclass(frozen=True, slots=True)
class ActionResult:
    campaign_id: str
    name: str
    action: str  # domain.member_actions.ACTIONS
    members: int  # members who earned it in the range (a referral counts both friends)
    points: int
    rewards: int = 0  # a welcome back's rewards given in the range (domain/win_back_offer.py)


@dataclass(frozen=True, slots=True)
class MemberActionReport:
    actions: tuple[ActionResult, ...]  # every action campaign that ran in the range, in program order
    referrals_made: int  # members enrolled with a friend's code in the range
    referrals_converted: int  # referred members whose first purchase fell in the range
    win_back_taken: int  # members welcomed back in the range
    win_back_away: int  # members away long enough now to be welcomed back at their next visit
    win_back_days: int | None  # the running win-back's days away (None: none runs)


def member_action_report(uow: UnitOfWork, *, start: datetime, end: datetime, now: datetime) -> MemberActionReport:
    with uow:
        program = published_program(uow)
        welcomed: dict[str, int] = {}
        for campaign_id, _reward_id, count in uow.prizes.outcome_counts("win_back", start, end):
            welcomed[campaign_id] = welcomed.get(campaign_id, 0) + count
        results = []
        for campaign in program.campaigns:
            if campaign.kind is not CampaignKind.ACTION or campaign.action is None:
                continue
            since, until = max(start, campaign.starts_at), min(end, campaign.ends_at)
            if until <= since:
                continue
            reach = uow.reports.campaign_action_bonuses(f"campaign:{campaign.id}", since, until)
            rewards = welcomed.get(campaign.id, 0) if campaign.action == "win_back" else 0
            results.append(ActionResult(campaign.id, campaign.name, campaign.action, reach.members, reach.points,
                                        rewards))
        win_back = next((c for c in program.campaigns if c.action == "win_back" and c.running(now)), None)
        away = uow.reports.members_away_since(now - timedelta(days=win_back.lapsed_days)) if win_back else 0
        made, converted = uow.referrals.made_between(start, end), uow.referrals.converted_between(start, end)
    # A welcome back with both points and a reward is one visit: counted once, by the larger.
    taken = sum(max(r.members, r.rewards) for r in results if r.action == "win_back")
    return MemberActionReport(tuple(results), made, converted, taken, away,
                              win_back.lapsed_days if win_back else None)
