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
        results = []
        for campaign in program.campaigns:
            if campaign.kind is not CampaignKind.ACTION or campaign.action is None:
                continue
            since, until = max(start, campaign.starts_at), min(end, campaign.ends_at)
            if until <= since:
                continue
            reach = uow.reports.campaign_action_bonuses(f"campaign:{campaign.id}", since, until)
            results.append(ActionResult(campaign.id, campaign.name, campaign.action, reach.members, reach.points))
        win_back = next((c for c in program.campaigns if c.action == "win_back" and c.running(now)), None)
        away = uow.reports.members_away_since(now - timedelta(days=win_back.lapsed_days)) if win_back else 0
        made, converted = uow.referrals.made_between(start, end), uow.referrals.converted_between(start, end)
    taken = sum(r.members for r in results if r.action == "win_back")
    return MemberActionReport(tuple(results), made, converted, taken, away,
                              win_back.lapsed_days if win_back else None)
