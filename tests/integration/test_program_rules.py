"""Editing the draft's earning rules, tiers and expiry; discarding; the draft's changes."""

from __future__ import annotations

import json
import sqlite3
import uuid
from dataclasses import replace
from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import Conflict, LoyaltyError, NotFound, PermissionDenied, ValidationError
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.program import NegativeBalancePolicy, Program, Tier
from loyalty_pos.services.program import program_rules
from loyalty_pos.services.program.catalog import publish, save_draft
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.program.simulator import SimulationCancelled, compare_draft
from tests.integration.conftest import NOW, Shop


def _versions(shop: Shop) -> dict[str, Program | None]:
    with shop.uow(readonly=True) as uow:
        return {"draft": uow.program.draft(), "published": uow.program.published()}


def _audit(shop: Shop, action: str) -> list[tuple[str, str, dict]]:
    with sqlite3.connect(shop.app.config.db_path) as db:
        rows = db.execute("SELECT actor, at, details FROM audit_log WHERE action = ? ORDER BY seq", (action,))
        return [(actor, at, json.loads(details)) for actor, at, details in rows]


def test_saving_earning_rules_changes_only_the_draft_and_keeps_other_parts(shop: Shop) -> None:
    published = _versions(shop)["published"]
    assert published is not None
    # Another editor (the reward catalog) saved a reward change into the draft first.
    cheaper = replace(published.rewards[0], points_cost=80)
    save_draft(shop.uow(), replace(published, rewards=(cheaper, *published.rewards[1:])),
               actor=shop.manager, clock=shop.clock)
    rules = replace(published.earning, points_per_step=3, category_multipliers={"dairy": 200})

    saved = program_rules.save_earning_rules(shop.uow(), rules, actor=shop.manager, clock=shop.clock)

    versions = _versions(shop)
    assert versions["draft"] == saved
    assert saved.earning == rules
    assert saved.rewards[0].points_cost == 80  # the other editor's change survived
    assert saved.version == published.version + 1
    assert versions["published"] == published
    ((actor, _at, details),) = _audit(shop, "program_earning_saved")
    assert actor == shop.manager.username
    assert details["earning"]["points_per_step"] == 3
    changes = [str(c) for c in program_rules.draft_changes(shop.uow(readonly=True))]
    assert "Earning: Base rate: 1 point per NOK 10.00 → 3 points per NOK 10.00" in changes
    assert "Reward Free coffee points cost: 100 → 80" in " ".join(changes)


def test_unknown_categories_and_products_are_refused_and_nothing_is_saved(shop: Shop) -> None:
    published = _versions(shop)["published"]
    assert published is not None
    with pytest.raises(ValidationError) as bad_category:
        program_rules.save_earning_rules(
            shop.uow(), replace(published.earning, category_multipliers={"jewellery": 200}),
            actor=shop.manager, clock=shop.clock)
    assert bad_category.value.code == "unknown_category"
    assert "jewellery" in bad_category.value.message
    with pytest.raises(NotFound) as bad_product:
        program_rules.save_earning_rules(
            shop.uow(), replace(published.earning, excluded_products=frozenset({"NOPE-1"})),
            actor=shop.manager, clock=shop.clock)
    assert bad_product.value.code == "unknown_product"
    assert _versions(shop)["draft"] is None
    assert _audit(shop, "program_earning_saved") == []


def test_tiers_are_validated_with_clear_messages(shop: Shop) -> None:
    policy = _versions(shop)["published"].tiers  # type: ignore[union-attr]
    bronze, silver, gold = policy.tiers
    with pytest.raises(LoyaltyError) as not_rising:
        replace(policy, tiers=(bronze, gold, silver))
    assert not_rising.value.code == "bad_tier_order"
    with pytest.raises(LoyaltyError) as duplicate:
        replace(policy, tiers=(bronze, replace(silver, code="bronze")))
    assert duplicate.value.code == "duplicate_tier"
    # Gold is the minimum tier of the Christmas mug reward: removing it is refused.
    with pytest.raises(ValidationError) as in_use:
        program_rules.save_tiers(shop.uow(), replace(policy, tiers=(bronze, silver)),
                                 actor=shop.manager, clock=shop.clock)
    assert in_use.value.code == "tier_in_use"
    assert "Christmas mug" in in_use.value.message
    with pytest.raises(ValidationError) as bad_code:
        program_rules.save_tiers(shop.uow(), replace(policy, tiers=(bronze, silver, replace(gold, code="Gold X"))),
                                 actor=shop.manager, clock=shop.clock)
    assert bad_code.value.code == "bad_tier_code"
    assert _versions(shop)["draft"] is None


def test_saving_tiers_and_expiry_then_discarding(shop: Shop) -> None:
    published = _versions(shop)["published"]
    assert published is not None
    bronze, silver, gold = published.tiers.tiers
    platinum = Tier("platinum", "Platinum", 3_000_000, 200, ("Free delivery",))
    policy = replace(published.tiers, tiers=(bronze, silver, gold, platinum), grace_days=14)
    program_rules.save_tiers(shop.uow(), policy, actor=shop.manager, clock=shop.clock)
    saved = program_rules.save_expiry(shop.uow(), ExpiryPolicy(24, 36), NegativeBalancePolicy.ALLOW_DEBT,
                                      actor=shop.manager, clock=shop.clock)
    assert saved.tiers == policy
    assert (saved.expiry, saved.negative_balance) == (ExpiryPolicy(24, 36), NegativeBalancePolicy.ALLOW_DEBT)
    assert len(_audit(shop, "program_tiers_saved")) == len(_audit(shop, "program_expiry_saved")) == 1

    with pytest.raises(PermissionDenied):
        program_rules.discard_draft(shop.uow(), actor=shop.cashier, clock=shop.clock)
    dropped = program_rules.discard_draft(shop.uow(), actor=shop.manager, clock=shop.clock)
    assert dropped.version == published.version + 1
    assert _versions(shop) == {"draft": None, "published": published}
    assert _audit(shop, "program_draft_discarded")[0][2]["version"] == dropped.version
    with pytest.raises(Conflict):
        program_rules.discard_draft(shop.uow(), actor=shop.manager, clock=shop.clock)
    assert program_rules.draft_changes(shop.uow(readonly=True)) == ()


def test_the_editor_lists_categories_and_the_named_products(shop: Shop) -> None:
    editor = program_rules.rules_editor(shop.uow(readonly=True))
    assert not editor.has_draft
    assert {"bakery", "deli", "dairy", "tobacco"} <= set(editor.categories)
    assert editor.product_names == {"COF-BEAN": editor.product_names["COF-BEAN"]}
    assert editor.draft.version == editor.published_version


def test_after_publishing_the_next_sale_earns_with_the_new_rules(shop: Shop) -> None:
    ada = shop.enrol()
    published = _versions(shop)["published"]
    assert published is not None
    lines = (SaleLineInput("DAI-MILK", 5),)

    def sell() -> int:
        cmd = Checkout(str(uuid.uuid4()), ada.id, lines, tender="card")
        return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt.points_earned

    before = sell()
    program_rules.save_earning_rules(shop.uow(), replace(published.earning, points_per_step=10),
                                     actor=shop.manager, clock=shop.clock)
    assert sell() == before  # a draft does not change what the till does
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    assert sell() >= before * 10 > 0


def test_the_simulator_reports_progress_and_can_be_cancelled(shop: Shop) -> None:
    ada = shop.enrol()
    for days_ago in (20, 10, 2):
        shop.clock.at = NOW - timedelta(days=days_ago)
        checkout(shop.uow(), Checkout(str(uuid.uuid4()), ada.id, (SaleLineInput("DEL-SOUP", 1),), tender="card"),
                 actor=shop.cashier, clock=shop.clock)
    shop.clock.at = NOW
    published = _versions(shop)["published"]
    assert published is not None
    program_rules.save_earning_rules(shop.uow(), replace(published.earning, points_per_step=2),
                                     actor=shop.manager, clock=shop.clock)
    seen: list[tuple[int, int]] = []
    result = compare_draft(shop.uow(readonly=True), days=30, clock=shop.clock,
                           progress=lambda sales, percent: seen.append((sales, percent)))
    assert seen and seen[-1][0] == result.sales == 3
    assert 0 < seen[-1][1] <= 100
    with pytest.raises(SimulationCancelled):
        compare_draft(shop.uow(readonly=True), days=30, clock=shop.clock, cancelled=lambda: True)
