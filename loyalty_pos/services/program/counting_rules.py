"""Challenges, badges and paid memberships saved into the working draft (with the rules
screen's other parts, services/program/program_rules.py), checked against the shop."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from loyalty_pos.domain.badges import Badge
from loyalty_pos.domain.challenges import Challenge
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.domain.program import Program
from loyalty_pos.services.ports import UnitOfWork

Counting = tuple[tuple[Challenge, ...], tuple[Badge, ...], tuple[PaidTier, ...]]


def _unique(ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValidationError(code="duplicate_id", template="Two rows have the id {key}; rename one",
                                  key=item_id)
        seen.add(item_id)


def _sorted_out(uow: UnitOfWork, program: Program, challenge: Challenge) -> Challenge:
    """The names a challenge counts, told apart: a category the shop has, else a product code
    it has (the back office types both in one column); a name the draft already carries may stay."""
    names = challenge.categories | challenge.products
    carried_categories = {name for c in program.challenges for name in c.categories}
    carried_products = {code for c in program.challenges for code in c.products}
    categories = {name for name in names if name in set(uow.products.categories()) | carried_categories}
    rest = sorted(names - categories)
    products = set(uow.products.get_many(rest).keys()) | (set(rest) & carried_products)
    unknown = sorted(set(rest) - products)
    if unknown:
        raise ValidationError(code="unknown_counted",
                              template="There is no category or product {unknown}; add it under Products first",
                              unknown=", ".join(unknown))
    return replace(challenge, categories=frozenset(categories), products=frozenset(products))


def with_counting(uow: UnitOfWork, program: Program, counting: Counting) -> Program:
    """``program`` with these challenges, badges and paid memberships, once each names only
    categories, products and tiers the shop has (a name the draft already carries may stay)."""
    challenges, badges, paid_tiers = counting
    for group in (challenges, badges, paid_tiers):
        _unique(item.id for item in group)
    challenges = tuple(_sorted_out(uow, program, c) for c in challenges)
    tiers = {tier.code for tier in program.tiers.tiers}
    for paid in paid_tiers:
        if paid.tier_code not in tiers:
            raise ValidationError(code="unknown_tier", template="{name} names a tier the program has not: {tier}",
                                  name=paid.name, tier=paid.tier_code)
    return replace(program, challenges=challenges, badges=badges, paid_tiers=paid_tiers)
