"""The draft program's campaigns: add, edit, end.

Like rewards, campaigns are saved into the working draft one at a time (the other
editors save into the same draft) and reach the till when the draft is published.
A campaign that has started is ended, never deleted: receipts and bonus entries
name it, and the campaign-results report reads it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from loyalty_pos.domain.errors import Conflict, FieldsInvalid, NotFound
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.events import CampaignEnded, CampaignRemoved, CampaignSaved
from loyalty_pos.domain.local_names import MAX_LOCAL_NAME, names_problem
from loyalty_pos.domain.member_actions import ACTIONS, MAX_LIMIT
from loyalty_pos.domain.prizes import PRIZE_KINDS
from loyalty_pos.domain.program import Campaign, CampaignKind, Program, Tier
from loyalty_pos.domain.program_codec import part_to_dict
from loyalty_pos.domain.program_edits import place_part
from loyalty_pos.domain.segments import Segment
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring
from loyalty_pos.services.program.prize_fields import prize_reference_problems
from loyalty_pos.services.program.campaign_targets import holdout_problems, segment_problems
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.shop.shop import shop_zone

# Non-purchase actions the till awards (domain.member_actions). Others may exist in an imported
# program (they are kept and shown), but a new campaign cannot promise points nobody gives.
AWARDED_ACTIONS = ACTIONS
_BONUS_KINDS = (CampaignKind.BONUS_ON_PURCHASE, CampaignKind.ACTION, CampaignKind.INSTANT_WIN)


@dataclass(frozen=True, slots=True)
class CampaignCatalog:
    currency: str
    zone: ZoneInfo
    now: datetime
    campaigns: tuple[Campaign, ...]
    changes: dict[str, str]  # campaign id -> "new" / "changed" against the published version
    tiers: tuple[Tier, ...]
    categories: tuple[str, ...]
    prizes: tuple[tuple[str, str], ...] = ()  # (id, name) of the rewards an instant win may give
    segments: tuple[Segment, ...] = ()  # the draft's: what a campaign may aim at


def campaign_catalog(uow: UnitOfWork, *, clock: Clock) -> CampaignCatalog:
    with uow:
        draft = working_draft(uow)
        published = uow.program.published()
        categories = set(uow.products.categories())
        zone = shop_zone(uow)
    before = {campaign.id: campaign for campaign in published.campaigns} if published else {}
    changes = {c.id: ("new" if c.id not in before else "changed") for c in draft.campaigns if before.get(c.id) != c}
    return CampaignCatalog(draft.currency, zone, clock.now(), draft.campaigns, changes, draft.tiers.tiers,
                           tuple(sorted(categories | {cat for c in draft.campaigns for cat in c.categories})),
                           tuple((r.id, r.name) for r in draft.rewards if r.kind in PRIZE_KINDS), draft.segments)


def make_campaign(**values: Any) -> Campaign:
    """``Campaign(**values)`` with every problem named against its field at once."""
    kind: CampaignKind = values["kind"]
    problems: dict[str, FieldProblem] = {}
    if not str(values.get("name", "")).strip():
        problems["name"] = FieldProblem("campaign_name_empty", "Give the campaign a name.")
    if values["ends_at"] <= values["starts_at"]:
        problems["ends_at"] = FieldProblem("last_day_before_first", "The last day must be on or after the first day.")
    if kind is CampaignKind.MULTIPLIER and values.get("multiplier_pct", 100) <= 100:
        problems["multiplier_pct"] = FieldProblem("campaign_multiplier",
                                                  "A multiplier must be above 100 % (200 % is double points).")
    if kind in _BONUS_KINDS and values.get("bonus_points", 0) <= 0 and not (
            values.get("win_reward_id") and (kind is CampaignKind.INSTANT_WIN or values.get("action") == "win_back")):
        problems["bonus_points"] = FieldProblem("campaign_bonus", "The bonus must be at least 1 point.")
    if kind is CampaignKind.ACTION and not values.get("action"):
        problems["action"] = FieldProblem("campaign_action", "Choose what the member does to earn the bonus.")
    if kind is CampaignKind.INSTANT_WIN and values.get("one_in", 0) < 2 and values.get("every_nth", 0) < 2:
        problems["one_in"] = FieldProblem("campaign_odds", "The odds must be 1 in 2 or rarer.")
    if values.get("min_spend_minor", 0) < 0:
        problems["min_spend_minor"] = FieldProblem("campaign_min_spend", "The minimum spend cannot be negative.")
    limit = values.get("per_member_limit")
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        problems["per_member_limit"] = FieldProblem("campaign_limit", "A member may earn it 1 to {most} times per "
                                                    "period, or leave the limit off.", most=MAX_LIMIT)
    if kind is CampaignKind.ACTION and values.get("action") == "win_back" and values.get("lapsed_days", 0) < 1:
        problems["lapsed_days"] = FieldProblem("campaign_lapsed_days", "Say after how many days without a visit "
                                               "a member is welcomed back (1 or more).")
    if values.get("hour_until") and values.get("hour_from", 0) >= values["hour_until"]:
        problems["window"] = FieldProblem("campaign_hours", "The hours must start before they end.")
    if names_problem(values.get("names", {}), MAX_LOCAL_NAME) is not None:
        problems["names"] = FieldProblem("campaign_names",
                                         "Names in other languages are one line each, up to 80 characters.")
    problems |= holdout_problems(values)
    if problems:
        raise FieldsInvalid(problems, code="bad_campaign")
    return Campaign(**{**values, "name": str(values["name"]).strip()})


def _check_references(uow: UnitOfWork, draft: Program, campaign: Campaign, before: Campaign | None) -> None:
    """Names a campaign uses must exist, except those the saved campaign already had
    (an old campaign can still be edited or ended after a tier was renamed)."""
    problems: dict[str, FieldProblem] = {}
    tiers = {tier.code for tier in draft.tiers.tiers}
    if campaign.min_tier is not None and campaign.min_tier not in tiers and (
            before is None or before.min_tier != campaign.min_tier):
        problems["min_tier"] = FieldProblem("no_such_tier", "There is no tier {tier}; choose one of the program's tiers.",
                                            tier=campaign.min_tier)
    unknown = campaign.categories - set(uow.products.categories()) - (before.categories if before else frozenset())
    if unknown:
        problems["categories"] = FieldProblem("no_such_categories", "There is no category {categories}; choose from "
                                              "the list.", categories=", ".join(sorted(unknown)))
    missing = campaign.products - uow.products.get_many(sorted(campaign.products)).keys() - (
        before.products if before else frozenset())
    if missing:
        problems["window"] = FieldProblem("no_such_products", "There is no product {products}; type codes from the "
                                          "catalog.", products=", ".join(sorted(missing)))
    if campaign.kind is CampaignKind.ACTION and campaign.action not in AWARDED_ACTIONS and (
            before is None or before.action != campaign.action):
        problems["action"] = FieldProblem("campaign_action_not_awarded", "The till awards only these actions: "
                                          "{actions}.", actions=", ".join(AWARDED_ACTIONS))
    problems.update(prize_reference_problems(draft, campaign, before))
    problems |= segment_problems(draft, campaign, before)
    if problems:
        raise FieldsInvalid(problems, code="bad_campaign")


def _save(uow: UnitOfWork, draft: Program, campaigns: Sequence[Campaign], actor: Actor, now: datetime) -> None:
    uow.program.save_draft(replace(draft, campaigns=tuple(campaigns)), actor=actor.username, at=now)


def _as_dict(campaign: Campaign) -> dict[str, Any]:
    return part_to_dict(campaign, "campaign")


def save_campaign(uow: UnitOfWork, campaign: Campaign, *, actor: Actor, clock: Clock) -> Campaign:
    """Add ``campaign`` to the draft (an empty id makes one from its name) or replace
    the draft's campaign with its id."""
    actor.require_manager("Editing campaigns")
    now = clock.now()
    with uow:
        require_authoring(uow, "Editing campaigns")
        draft = working_draft(uow)
        edit = place_part(draft.campaigns, campaign, fallback="campaign")
        campaign = edit.part
        _check_references(uow, draft, campaign, edit.before)
        _save(uow, draft, edit.parts, actor, now)
        record(uow, actor, CampaignSaved(_as_dict(campaign)), now)
        uow.commit()
    return campaign


def end_campaign(uow: UnitOfWork, campaign_id: str, *, actor: Actor, clock: Clock) -> Campaign | None:
    """A running campaign ends now; one that has not started is taken out of the draft
    (returns None). Either way the till follows once the draft is published."""
    actor.require_manager("Ending campaigns")
    now = clock.now()
    with uow:
        require_authoring(uow, "Ending campaigns")
        draft = working_draft(uow)
        campaign = next((c for c in draft.campaigns if c.id == campaign_id), None)
        if campaign is None:
            raise NotFound(code="campaign_unknown", template="Campaign {key} was not found.", key=campaign_id)
        if campaign.ends_at <= now:
            raise Conflict(code="campaign_over", template="{name} has already ended", name=campaign.name)
        if campaign.starts_at > now:
            ended = None
            campaigns = [c for c in draft.campaigns if c.id != campaign_id]
        else:
            ended = replace(campaign, ends_at=now)
            campaigns = [ended if c.id == campaign_id else c for c in draft.campaigns]
        _save(uow, draft, campaigns, actor, now)
        record(uow, actor, CampaignEnded(_as_dict(ended)) if ended else CampaignRemoved(_as_dict(campaign)), now)
        uow.commit()
    return ended
