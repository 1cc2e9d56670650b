"""Editing the draft program's earning rules, tiers and expiry; discarding the draft.

The reward editor saves into the same draft at the same time, so every save
re-reads the working draft inside its own unit of work and replaces only its
own part of it: a manager's reward edits are never overwritten by a stale copy
of the whole program held by this screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from zoneinfo import ZoneInfo

from loyalty_pos.domain.charity import Charity
from loyalty_pos.domain.errors import Conflict, NotFound, ValidationError
from loyalty_pos.domain.fraud_limits import FraudLimits
from loyalty_pos.domain.events import (
    Event,
    ProgramDraftDiscarded,
    ProgramDraftSaved,
    ProgramEarningSaved,
    ProgramExpirySaved,
    ProgramLimitsSaved,
    ProgramTiersSaved,
)
from loyalty_pos.domain.gift_cards import GiftCardSettings
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.program import EarningRules, NegativeBalancePolicy, Program, TierPolicy
from loyalty_pos.domain.program_codec import program_to_dict
from loyalty_pos.domain.program_diff import ProgramChange, program_changes
from loyalty_pos.services.actor import Actor
from loyalty_pos.services.clock import Clock
from loyalty_pos.services.journal import record
from loyalty_pos.services.ports import UnitOfWork
from loyalty_pos.services.program.authoring import require_authoring
from loyalty_pos.services.program.giving import with_giving
from loyalty_pos.services.program.counting_rules import Counting, with_counting
from loyalty_pos.services.program.price_rule_editing import (
    PriceRules,
    check_price_rules,
    named_products,
    price_rules_of,
    saved_event,
    with_price_rules,
)
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.shop.shop import shop_zone


@dataclass(frozen=True, slots=True)
class RulesEditor:
    """What the rules screen shows: the working draft and what it may refer to."""

    draft: Program
    has_draft: bool  # False: ``draft`` is still a copy of the published version
    published_version: int | None
    categories: tuple[str, ...]
    product_names: dict[str, str]  # code -> name of every product the rules name
    zone: ZoneInfo = ZoneInfo("UTC")  # the shop's time zone: early access is until a shop day
    price_rule_names: dict[str, str] = field(default_factory=dict)  # code -> name of products price rules name


def _named_products(rules: EarningRules) -> set[str]:
    return set(rules.product_multipliers) | set(rules.excluded_products)


def rules_editor(uow: UnitOfWork) -> RulesEditor:
    with uow:
        draft = uow.program.draft()
        published = uow.program.published()
        working = draft if draft is not None else working_draft(uow)
        known = uow.products.get_many(sorted(_named_products(working.earning)))
        priced = uow.products.get_many(sorted(named_products(price_rules_of(working))))
        categories = set(uow.products.categories())
        zone = shop_zone(uow)
    # A category a rule names but no product is in any more still shows, so it can be cleared.
    categories |= set(working.earning.category_multipliers) | set(working.earning.excluded_categories)
    return RulesEditor(
        draft=working,
        has_draft=draft is not None,
        published_version=published.version if published is not None else None,
        categories=tuple(sorted(categories)),
        product_names={code: product.name for code, product in known.items()},
        zone=zone,
        price_rule_names={code: product.name for code, product in priced.items()},
    )


def _check_earning(uow: UnitOfWork, before: EarningRules, rules: EarningRules) -> None:
    """Rules may name only categories and products the shop has; a name the published
    rules already carry may stay (so an old rule can still be edited or removed)."""
    known = set(uow.products.categories())
    named = set(rules.category_multipliers) | set(rules.excluded_categories)
    carried = set(before.category_multipliers) | set(before.excluded_categories)
    unknown = sorted(named - known - carried)
    if unknown:
        raise ValidationError(code="unknown_category",
                              template="There is no category {unknown}; add it under Products first",
                              unknown=', '.join(unknown))
    codes = _named_products(rules)
    found = uow.products.get_many(sorted(codes))
    missing = sorted(codes - found.keys() - _named_products(before))
    if missing:
        raise NotFound(code="unknown_product", template="Product {key} was not found.", key=", ".join(missing))


def _check_tiers(draft: Program, policy: TierPolicy) -> None:
    for tier in policy.tiers:
        if not tier.code.strip() or not tier.name.strip():
            raise ValidationError(code="tier_needs_name", template="Every tier needs a code and a name")
        if tier.code != tier.code.strip().lower() or " " in tier.code:
            raise ValidationError(code="bad_tier_code",
                                  template="Tier code {tier!r}: use lower case letters without spaces", tier=tier.code)
    codes = {tier.code for tier in policy.tiers}
    if not 1 <= policy.window_months <= 36:
        raise ValidationError(code="bad_window", template="The qualifying window is 1 to 36 months")
    if not 0 <= policy.grace_days <= 365:
        raise ValidationError(code="bad_grace", template="Grace after the review is 0 to 365 days")
    # A reward or campaign open only to a removed tier would silently open to nobody.
    users = [f"reward {r.name}" for r in draft.rewards if r.min_tier and r.min_tier not in codes]
    users += [f"campaign {c.name}" for c in draft.campaigns if c.min_tier and c.min_tier not in codes]
    users += [f"paid membership {p.name}" for p in draft.paid_tiers if p.tier_code not in codes]
    if users:
        raise ValidationError(code="tier_in_use",
                              template="A removed tier is still required by {users}; change those first",
                              users=', '.join(users))


def save_rules(
    uow: UnitOfWork,
    *,
    earning: EarningRules | None = None,
    tiers: TierPolicy | None = None,
    expiry: ExpiryPolicy | None = None,
    negative_balance: NegativeBalancePolicy | None = None,
    giving: tuple[tuple[Charity, ...], GiftCardSettings] | None = None,
    price_rules: PriceRules | None = None,
    actor: Actor,
    clock: Clock,
    limits: FraudLimits | None = None,
    counting: Counting | None = None,
) -> Program:
    """Replace the given parts of the working draft, all or nothing; returns the saved draft."""
    actor.require_manager("Editing the loyalty program")
    now = clock.now()
    with uow:
        require_authoring(uow, "Editing the loyalty program")
        program = working_draft(uow)
        published = uow.program.published()
        # The published program's names stay allowed: they exist in the rules the till uses today.
        allowed = published.earning if published is not None else program.earning
        # Each saved part's event, once the draft's version is known.
        journal: list[Callable[[int], Event]] = []
        if earning is not None:
            _check_earning(uow, allowed, earning)
            program = replace(program, earning=earning)
            encoded_earning = program_to_dict(program)["earning"]
            journal.append(lambda version: ProgramEarningSaved(version, encoded_earning))
        if tiers is not None:
            _check_tiers(program, tiers)
            program = replace(program, tiers=tiers)
            encoded_tiers = program_to_dict(program)["tiers"]
            journal.append(lambda version: ProgramTiersSaved(version, encoded_tiers))
        if expiry is not None or negative_balance is not None:
            program = replace(program, expiry=expiry or program.expiry,
                              negative_balance=negative_balance or program.negative_balance)
            encoded = program_to_dict(program)
            journal.append(lambda version: ProgramExpirySaved(version, encoded["expiry"], encoded["negative_balance"]))
        if limits is not None:
            program = replace(program, limits=limits)
            encoded_limits = program_to_dict(program)["limits"]
            journal.append(lambda version: ProgramLimitsSaved(version, encoded_limits))
        if giving is not None:
            program = with_giving(program, *giving)
            journal.append(lambda _version: ProgramDraftSaved())
        if counting is not None:
            program = with_counting(uow, program, counting)
            journal.append(lambda _version: ProgramDraftSaved())
        if price_rules is not None:
            check_price_rules(uow, program, price_rules_of(published or program), price_rules)
            program, encoded_rules = with_price_rules(program, price_rules)
            journal.append(lambda version: saved_event(version, encoded_rules))
        if not journal:
            raise ValidationError(code="nothing_to_save", template="Nothing to save")
        uow.program.save_draft(program, actor=actor.username, at=now)
        saved = uow.program.draft()
        assert saved is not None
        for event in journal:
            record(uow, actor, event(saved.version), now)
        uow.commit()
    return saved


def save_earning_rules(uow: UnitOfWork, rules: EarningRules, *, actor: Actor, clock: Clock) -> Program:
    return save_rules(uow, earning=rules, actor=actor, clock=clock)


def save_tiers(uow: UnitOfWork, policy: TierPolicy, *, actor: Actor, clock: Clock) -> Program:
    return save_rules(uow, tiers=policy, actor=actor, clock=clock)


def save_expiry(
    uow: UnitOfWork, expiry: ExpiryPolicy, negative_balance: NegativeBalancePolicy, *, actor: Actor, clock: Clock
) -> Program:
    return save_rules(uow, expiry=expiry, negative_balance=negative_balance, actor=actor, clock=clock)


def discard_draft(uow: UnitOfWork, *, actor: Actor, clock: Clock) -> Program:
    """Drop every unpublished edit (rules, tiers and rewards alike); the till keeps the
    published version. Returns the dropped draft."""
    actor.require_manager("Discarding the draft program")
    now = clock.now()
    with uow:
        require_authoring(uow, "Discarding the draft program")
        dropped = uow.program.discard_draft()
        if dropped is None:
            raise Conflict(code="no_draft", template="There is no draft to discard")
        record(uow, actor, ProgramDraftDiscarded(dropped.version), now)
        uow.commit()
    return dropped


@dataclass(frozen=True, slots=True)
class DraftStatus:
    """The publish screen's header: which versions, and what publishing would change."""

    draft_version: int | None  # None: there is no draft
    published_version: int | None
    changes: tuple[ProgramChange, ...]
    zone: ZoneInfo  # the shop's time zone, to say when a version was published


def draft_status(uow: UnitOfWork) -> DraftStatus:
    with uow:
        draft = uow.program.draft()
        published = uow.program.published()
        zone = shop_zone(uow)
    return DraftStatus(
        draft_version=draft.version if draft is not None else None,
        published_version=published.version if published is not None else None,
        changes=program_changes(published, draft) if draft is not None else (),
        zone=zone,
    )


def draft_changes(uow: UnitOfWork) -> tuple[ProgramChange, ...]:
    """The draft's differences from the published program (none when there is no draft)."""
    return draft_status(uow).changes
