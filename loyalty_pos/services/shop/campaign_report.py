"""Campaign reports beyond what a campaign gave: the same-length period before it, and
the A/B comparison of its members with its held-out control group.

Ranges are clipped to the days each campaign ran inside the report's range, as in
``reports.campaign_results``. The control group is recomputed from the hash
(``domain.holdout``), so the report needs nothing the till did not already decide.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from loyalty_pos.domain.campaigns import is_marketing
from loyalty_pos.domain.holdout import in_control
from loyalty_pos.domain.money import Rounding, divide
from loyalty_pos.domain.program import Campaign, CampaignKind, Program
from loyalty_pos.domain.welch import Interval, Sample, welch_interval
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class Traffic:
    sales: int  # member sales (not returns)
    members: int  # distinct members who bought
    spend_minor: int


@dataclass(frozen=True, slots=True)
class CampaignComparison:
    campaign_id: str
    name: str
    kind: CampaignKind
    start: datetime  # the part of the campaign inside the range
    end: datetime
    points: int  # what the campaign gave in it
    during: Traffic  # every member sale in those days
    before: Traffic  # the same number of days just before

    def change_pct(self, what: str) -> int | None:
        """``during`` against ``before`` for ``sales``, ``members`` or ``spend_minor``, in
        whole percent rounded toward zero; None when there was nothing before to compare with."""
        then, now = getattr(self.before, what), getattr(self.during, what)
        if not then:
            return None
        return divide((now - then) * 100, then, Rounding.DOWN)


@dataclass(frozen=True, slots=True)
class CampaignComparisons:
    currency: str
    campaigns: tuple[CampaignComparison, ...]
    zone: tzinfo = UTC


def _running_in(program: Program, start: datetime, end: datetime) -> list[tuple[Campaign, datetime, datetime]]:
    spans = [(c, max(start, c.starts_at), min(end, c.ends_at)) for c in program.campaigns]
    return [(c, since, until) for c, since, until in spans if since < until]


def campaign_comparison(uow: UnitOfWork, *, start: datetime, end: datetime) -> CampaignComparisons:
    """Per campaign running in the range: its points, and the member sales, members and spend
    of its days beside the same-length period just before it (a change that hints, not proves)."""
    results = []
    with uow:
        program = published_program(uow)
        zone = shop_zone(uow)
        for campaign, since, until in _running_in(program, start, end):
            if campaign.kind is CampaignKind.ACTION:
                points = uow.reports.campaign_action_bonuses(f"campaign:{campaign.id}", since, until).points
            else:
                points = uow.reports.campaign_sales(campaign.id, since, until).points
            before_start = since - (until - since)
            results.append(CampaignComparison(
                campaign.id, campaign.name, campaign.kind, since, until, points,
                Traffic(*uow.reports.member_traffic(since, until)),
                Traffic(*uow.reports.member_traffic(before_start, since)),
            ))
    return CampaignComparisons(program.currency, tuple(results), zone)


@dataclass(frozen=True, slots=True)
class GroupFigures:
    spend: Sample  # net spend per member in minor units, members without a sale counted as 0
    visits: Sample  # visits per member


@dataclass(frozen=True, slots=True)
class HoldoutResult:
    campaign_id: str
    name: str
    holdout_pct: int
    start: datetime
    end: datetime
    segment_name: str | None  # the campaign's segment (its members at the start are compared), None: all
    treatment: GroupFigures
    control: GroupFigures
    spend: Interval | None  # treatment minus control, per member; None with fewer than 2 in a group
    visits: Interval | None


@dataclass(frozen=True, slots=True)
class HoldoutResults:
    currency: str
    campaigns: tuple[HoldoutResult, ...]
    zone: tzinfo = UTC


def _figures(member_ids: list[str], activity: dict[str, tuple[int, int]]) -> GroupFigures:
    visits = [activity.get(member_id, (0, 0))[0] for member_id in member_ids]
    spend = [activity.get(member_id, (0, 0))[1] for member_id in member_ids]
    return GroupFigures(Sample.of(spend), Sample.of(visits))


def _audience(uow: UnitOfWork, program: Program, campaign: Campaign, since: datetime, until: datetime) -> list[str]:
    """Whom the campaign was for, control included: its segment's members when it started, or
    every active member who had joined by its end; with consent for a targeted offer, in its tiers."""
    tiers = None
    if campaign.min_tier is not None:
        floor = program.tiers.rank(campaign.min_tier)
        tiers = frozenset(t.code for i, t in enumerate(program.tiers.tiers) if i >= floor)
    segment = next((s for s in program.segments if s.id == campaign.segment), None)
    if segment is None:
        return uow.reports.population(until, marketing_only=is_marketing(campaign), tiers=tiers)
    # A segment campaign is a targeted offer: only members who said yes were ever offered it.
    members = uow.reports.segment_members(segment, since, marketing_only=True)
    if tiers is None:
        return members
    in_tiers = set(uow.reports.population(until, marketing_only=True, tiers=tiers))
    return [m for m in members if m in in_tiers]


def holdout_results(uow: UnitOfWork, *, start: datetime, end: datetime) -> HoldoutResults:
    """Campaigns with a control group: spend and visits per member in their days, members
    against control, with the difference's 95 % interval (Welch, ``domain.welch``)."""
    results = []
    with uow:
        program = published_program(uow)
        zone = shop_zone(uow)
        segment_names = {s.id: s.name for s in program.segments}
        for campaign, since, until in _running_in(program, start, end):
            if campaign.holdout_pct <= 0:
                continue
            audience = _audience(uow, program, campaign, since, until)
            activity = uow.reports.member_activity(since, until)
            control = [m for m in audience if in_control(m, campaign.id, campaign.holdout_pct)]
            held = set(control)
            treatment = _figures([m for m in audience if m not in held], activity)
            controls = _figures(control, activity)
            results.append(HoldoutResult(
                campaign.id, campaign.name, campaign.holdout_pct, since, until,
                segment_names.get(campaign.segment or ""), treatment, controls,
                welch_interval(treatment.spend, controls.spend), welch_interval(treatment.visits, controls.visits),
            ))
    return HoldoutResults(program.currency, tuple(results), zone)
