"""The reward catalog of the draft program: add, edit and retire rewards; preview one.

The rules editor saves into the same draft at the same time, so every save
re-reads the working draft inside its own unit of work and replaces only the one
reward it is about. Rewards are retired, never deleted: old receipts and ledger
entries name them.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any
from zoneinfo import ZoneInfo

from loyalty_pos.domain.basket import PricedLine
from loyalty_pos.domain.errors import FieldsInvalid, NotFound, ValidationError
from loyalty_pos.domain.field_problems import FieldProblem
from loyalty_pos.domain.events import RewardRetired, RewardSaved
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.program import Program, Reward, RewardKind, Tier
from loyalty_pos.domain.program_codec import part_to_dict
from loyalty_pos.domain.program_edits import place_part
from loyalty_pos.domain.rewards import unavailable_reasons
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.program.prize_fields import PRIZE_FIELD_MESSAGES
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.sale.till import RewardOption, reward_option
from loyalty_pos.services.shop.shop import shop_zone

IMAGE_PREFIX = "data:image/png;base64,"
# The image travels inside every program version, audit entry and sync payload:
# a thumbnail, not a photo.
MAX_IMAGE_CHARS = 120_000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_UNREADABLE_IMAGE = FieldProblem("image_unreadable", "The image could not be read; choose it again.")
_SAMPLE_BASKET_MINOR = 10_000  # a basket a discount is worth something on, when the reward asks for none

# What each field needs, as one sentence a manager can act on.
_FIELD_MESSAGES = {
    "name": FieldProblem("reward_name_empty", "Give the reward a name."),
    "points_cost": FieldProblem("reward_points_cost", "The points price must be above 0."),
    "amount_minor": FieldProblem("reward_amount", "The amount must be above 0."),
    "percent": FieldProblem("reward_percent", "The percent must be between 1 and 100."),
    "product_code": FieldProblem("reward_product", "Choose the product."),
    "quantities": FieldProblem("reward_quantities", "Buy and free quantities must both be above 0."),
    "point_value": FieldProblem("reward_point_value", "The value of the points must be above 0."),
    "valid_until": FieldProblem("last_day_before_first", "The last day must be on or after the first day."),
    "per_member_limit": FieldProblem("reward_per_member_limit", "The per-member limit must be above 0, or none."),
    "limit_period": FieldProblem("reward_limit_period", "Choose a limit period: day, week, month, year or ever."),
    "stock": FieldProblem("reward_stock", "Stock must be 0 or more, or unlimited."),
    "names": FieldProblem("reward_names", "Names in other languages are one line each, up to 80 characters "
                                          "(a description up to 200)."),
}

_FIELD_MESSAGES.update(PRIZE_FIELD_MESSAGES)


class RewardInvalid(FieldsInvalid):
    """A reward that cannot be saved; ``fields`` maps each input to what it needs."""

    code = "bad_reward"


def _invalid(fields: dict[str, FieldProblem]) -> RewardInvalid:
    return RewardInvalid(fields)


def make_reward(**values: Any) -> Reward:
    """``Reward(**values)``, its refusal turned into a sentence per field."""
    try:
        return Reward(**values)
    except ValidationError as error:
        names = error.params.get("fields") or ("name",)
        raise _invalid({name: _FIELD_MESSAGES.get(name, FieldProblem.refused(error)) for name in names}) from None


@dataclass(frozen=True, slots=True)
class RewardCatalog:
    """What the reward editor shows: the draft's rewards and what they may refer to."""

    currency: str
    zone: ZoneInfo  # the shop's: validity days are the shop's days
    rewards: tuple[Reward, ...]
    changes: Mapping[str, str]  # reward id -> "new" or "changed" against the published version
    tiers: tuple[Tier, ...]
    categories: tuple[str, ...]
    product_names: Mapping[str, str]  # code -> name of every product a reward names


def _named_products(rewards: tuple[Reward, ...]) -> set[str]:
    codes = {reward.product_code for reward in rewards if reward.product_code}
    for reward in rewards:
        codes |= reward.excluded_products
    return codes


def _changes(published: Program | None, draft: Program) -> dict[str, str]:
    before = {reward.id: reward for reward in published.rewards} if published is not None else {}
    changes = {}
    for reward in draft.rewards:
        was = before.get(reward.id)
        if was is None:
            changes[reward.id] = "new"
        elif was != reward:
            changes[reward.id] = "changed"
    return changes


def reward_catalog(uow: UnitOfWork) -> RewardCatalog:
    with uow:
        draft = working_draft(uow)
        published = uow.program.published()
        known = uow.products.get_many(sorted(_named_products(draft.rewards)))
        categories = set(uow.products.categories())
        zone = shop_zone(uow)
    categories |= {reward.category for reward in draft.rewards if reward.category}
    return RewardCatalog(
        currency=draft.currency,
        zone=zone,
        rewards=draft.rewards,
        changes=_changes(published, draft),
        tiers=draft.tiers.tiers,
        categories=tuple(sorted(categories)),
        product_names={code: product.name for code, product in known.items()},
    )


def _image_problem(image: str) -> FieldProblem | None:
    if not image.startswith(IMAGE_PREFIX):
        return FieldProblem("image_not_png", "The image must be a PNG picture chosen with the image button.")
    if len(image) > MAX_IMAGE_CHARS:
        return FieldProblem("image_too_large", "The image is too large; choose a smaller picture.")
    try:
        data = base64.b64decode(image[len(IMAGE_PREFIX):], validate=True)
    except (binascii.Error, ValueError):
        return _UNREADABLE_IMAGE
    return None if data.startswith(_PNG_SIGNATURE) else _UNREADABLE_IMAGE


def _check_references(uow: UnitOfWork, draft: Program, reward: Reward, before: Reward | None) -> None:
    """Tiers, products and categories a reward names must exist; one the saved reward
    already names may stay, so an old reward can still be edited or retired."""
    problems: dict[str, FieldProblem] = {}
    if reward.min_tier is not None and reward.min_tier not in {tier.code for tier in draft.tiers.tiers}:
        if before is None or before.min_tier != reward.min_tier:
            problems["min_tier"] = FieldProblem("no_such_tier", "There is no tier {tier}; choose one of the program's tiers.",
                                                tier=reward.min_tier)
    carried = _named_products((before,)) if before is not None else set()
    if reward.product_code and reward.product_code not in carried and uow.products.get(reward.product_code) is None:
        problems["product_code"] = FieldProblem("no_such_product", "There is no product {product}; choose one from the "
                                                "catalog.", product=reward.product_code)
    found = uow.products.get_many(sorted(reward.excluded_products))
    missing = sorted(reward.excluded_products - found.keys() - carried)
    if missing:
        problems["excluded_products"] = FieldProblem("no_excluded_product", "There is no product {products}; remove it "
                                                     "from the list.", products=", ".join(missing))
    if reward.category is not None and reward.kind is RewardKind.PERCENT_OFF:
        known = set(uow.products.categories())
        if reward.category not in known and (before is None or before.category != reward.category):
            problems["category"] = FieldProblem("no_such_category", "There is no category {category}; choose one from "
                                                "the list.", category=reward.category)
    if reward.image is not None and (problem := _image_problem(reward.image)):
        problems["image"] = problem
    if problems:
        raise _invalid(problems)


def save_reward(uow: UnitOfWork, reward: Reward, *, actor: Actor, clock: Clock) -> Reward:
    """Add ``reward`` to the draft, or replace the draft's reward with its id.
    An empty id means a new reward: it gets one made from its name."""
    actor.require_manager("Editing the reward catalog")
    now = clock.now()
    with uow:
        require_authoring(uow, "Editing the reward catalog")
        draft = working_draft(uow)
        edit = place_part(draft.rewards, reward, fallback="reward")
        reward = edit.part
        _check_references(uow, draft, reward, edit.before)
        uow.program.save_draft(replace(draft, rewards=edit.parts), actor=actor.username, at=now)
        record(uow, actor, RewardSaved(part_to_dict(reward, "reward")), now)
        uow.commit()
    return reward


def retire_reward(uow: UnitOfWork, reward_id: str, *, actor: Actor, clock: Clock) -> Reward:
    """The till stops offering it once the draft is published; it stays in the program."""
    actor.require_manager("Retiring rewards")
    now = clock.now()
    with uow:
        require_authoring(uow, "Retiring rewards")
        draft = working_draft(uow)
        reward = draft.reward(reward_id)
        if reward is None:
            raise NotFound(code="reward_unknown", template="Reward {key} was not found.", key=reward_id)
        if not reward.active:
            return reward
        reward = replace(reward, active=False)
        rewards = tuple(reward if r.id == reward_id else r for r in draft.rewards)
        uow.program.save_draft(replace(draft, rewards=rewards), actor=actor.username, at=now)
        record(uow, actor, RewardRetired(part_to_dict(reward, "reward")), now)
        uow.commit()
    return reward


@dataclass(frozen=True, slots=True)
class SampleMember:
    """Who the preview pretends is at the till."""

    tier_code: str
    balance: int


def _sample_lines(uow: UnitOfWork, reward: Reward) -> tuple[PricedLine, ...]:
    """A basket the reward's own basket conditions are met by, so the preview shows the
    reasons that depend on the member (tier, points, dates, limits, stock)."""
    lines: list[PricedLine] = []
    if reward.kind in (RewardKind.FREE_PRODUCT, RewardKind.BUY_X_GET_Y) and reward.product_code:
        product = uow.products.get(reward.product_code)
        if product is not None:
            quantity = 1 if reward.kind is RewardKind.FREE_PRODUCT else reward.buy_quantity + reward.free_quantity
            lines.append(PricedLine(1, product.code, product.name, product.category, quantity, product.unit_price,
                                    product.tax_rate_bp, product.unit_price * quantity, 0))
    have = sum(line.gross_minor for line in lines)
    filler = max(reward.min_basket_minor - have, 0 if lines else _SAMPLE_BASKET_MINOR)
    if filler:
        category = reward.category if reward.kind is RewardKind.PERCENT_OFF and reward.category else ""
        lines.append(PricedLine(len(lines) + 1, "", "Sample basket", category, 1, filler, 0, filler, 0))
    return tuple(lines)


def preview_reward(uow: UnitOfWork, reward: Reward, sample: SampleMember, *, clock: Clock) -> RewardOption:
    """``reward`` as the till's reward lists would show it to ``sample`` under the draft's tiers."""
    with uow:
        draft = working_draft(uow)
        member = MemberView(member_id="sample", tier_code=sample.tier_code, balance=max(0, sample.balance))
        reasons = unavailable_reasons(
            reward, member=member, lines=_sample_lines(uow, reward), tiers=draft.tiers, now=clock.now(),
            stock_left=reward.stock, currency=draft.currency,
        )
        return reward_option(uow, reward, reasons)
