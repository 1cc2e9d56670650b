"""Member prices, early access and volume rules as the rules screen saves them into the draft.

They are program rules (draft -> publish, like earning rules): ``program_rules.save_rules``
takes them as one part and checks them here against the shop's products, categories and
tiers. A name the published program already carries may stay, so an old rule can still
be edited or removed after its product left the catalog.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from loyalty_pos.domain.errors import NotFound, ValidationError
from loyalty_pos.domain.events import ProgramPriceRulesSaved
from loyalty_pos.domain.price_rules import EarlyAccess, MemberPrice, VolumeRule
from loyalty_pos.domain.program import Program
from loyalty_pos.domain.program_codec import program_to_dict
from loyalty_pos.services.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class PriceRules:
    member_prices: tuple[MemberPrice, ...] = ()
    early_access: tuple[EarlyAccess, ...] = ()
    volume_rules: tuple[VolumeRule, ...] = ()


def price_rules_of(program: Program) -> PriceRules:
    return PriceRules(program.member_prices, program.early_access, program.volume_rules)


def named_products(rules: PriceRules) -> set[str]:
    return ({p.product_code for p in rules.member_prices if p.product_code}
            | {a.product_code for a in rules.early_access}
            | {v.product_code for v in rules.volume_rules if v.product_code})


def _named_categories(rules: PriceRules) -> set[str]:
    return ({p.category for p in rules.member_prices if p.category}
            | {v.category for v in rules.volume_rules if v.category})


def _named_tiers(rules: PriceRules) -> set[str]:
    return {p.min_tier for p in rules.member_prices if p.min_tier} | {a.min_tier for a in rules.early_access}


def check_price_rules(uow: UnitOfWork, program: Program, before: PriceRules, rules: PriceRules) -> None:
    ids = [p.id for p in rules.member_prices] + [v.id for v in rules.volume_rules]
    if len(set(ids)) != len(ids):
        raise ValidationError(code="duplicate_price_rule", template="Two price rules have the same id")
    unknown = sorted(_named_categories(rules) - set(uow.products.categories()) - _named_categories(before))
    if unknown:
        raise ValidationError(code="unknown_category",
                              template="There is no category {unknown}; add it under Products first",
                              unknown=", ".join(unknown))
    codes = named_products(rules)
    missing = sorted(codes - uow.products.get_many(sorted(codes)).keys() - named_products(before))
    if missing:
        raise NotFound(code="unknown_product", template="Product {key} was not found.", key=", ".join(missing))
    tiers = sorted(_named_tiers(rules) - {tier.code for tier in program.tiers.tiers})
    if tiers:
        raise ValidationError(code="no_such_tier", template="There is no tier {tier}; choose one of the program's "
                              "tiers.", tier=", ".join(tiers))


def with_price_rules(program: Program, rules: PriceRules) -> tuple[Program, dict[str, Any]]:
    """The program with ``rules`` in it, and their part of its document for the journal."""
    program = replace(program, member_prices=rules.member_prices, early_access=rules.early_access,
                      volume_rules=rules.volume_rules)
    document = program_to_dict(program)
    return program, {key: document.get(key, []) for key in ("member_prices", "early_access", "volume_rules")}


def saved_event(version: int, encoded: dict[str, Any]) -> ProgramPriceRulesSaved:
    return ProgramPriceRulesSaved(version, encoded)
