"""The reward catalog service on a real SQLite file: drafts, journal, references, preview."""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from loyalty_pos.domain.errors import NotFound, PermissionDenied
from loyalty_pos.domain.program import Reward, RewardKind
from loyalty_pos.domain.program_codec import program_to_dict
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.program.reward_catalog import (
    IMAGE_PREFIX,
    RewardInvalid,
    SampleMember,
    make_reward,
    preview_reward,
    retire_reward,
    reward_catalog,
    save_reward,
)
from loyalty_pos.services.program.program_rules import rules_editor
from tests.integration.conftest import Shop

_PNG_1PX = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def _versions(shop: Shop) -> dict[str, dict]:
    with sqlite3.connect(shop.app.config.db_path) as db:
        rows = db.execute("SELECT status, document FROM program_versions WHERE status IN ('draft', 'published')")
        return {status: json.loads(document) for status, document in rows}


def _audit(shop: Shop, action: str) -> list[dict]:
    with sqlite3.connect(shop.app.config.db_path) as db:
        rows = db.execute("SELECT details FROM audit_log WHERE action = ? ORDER BY seq", (action,)).fetchall()
    return [json.loads(details) for (details,) in rows]


def test_a_new_reward_goes_to_the_draft_with_an_id_from_its_name(shop: Shop) -> None:
    published_before = _versions(shop)["published"]
    reward = make_reward(id="", name="Free coffee", kind=RewardKind.AMOUNT_OFF, points_cost=80, amount_minor=2500)
    saved = save_reward(shop.uow(), reward, actor=shop.manager, clock=shop.clock)

    assert saved.id == "free-coffee-2"  # the demo program already has "free-coffee"
    versions = _versions(shop)
    assert versions["published"] == published_before  # nothing reaches the till before publishing
    stored = {r["id"]: r for r in versions["draft"]["rewards"]}
    assert stored["free-coffee-2"]["amount_minor"] == 2500
    assert stored["free-coffee"]["kind"] == "free_product"  # the rest of the draft is untouched
    (entry,) = _audit(shop, "reward_saved")
    assert entry["reward"]["id"] == "free-coffee-2" and entry["reward"]["points_cost"] == 80
    catalog = reward_catalog(shop.uow(readonly=True))
    assert catalog.changes == {"free-coffee-2": "new"}


def test_editing_replaces_only_that_reward_and_keeps_the_rules_editors_changes(shop: Shop) -> None:
    with shop.uow() as uow:
        draft = working_draft(uow)
        # Another screen saved a rules change into the draft since this one read it.
        uow.program.save_draft(replace(draft, earning=replace(draft.earning, daily_cap=777)), actor="manager",
                               at=datetime(2026, 11, 23, tzinfo=UTC))
        uow.commit()
    coffee = next(r for r in draft.rewards if r.id == "free-coffee")
    save_reward(shop.uow(), replace(coffee, points_cost=90), actor=shop.manager, clock=shop.clock)

    document = _versions(shop)["draft"]
    assert document["earning"]["daily_cap"] == 777
    assert [r["points_cost"] for r in document["rewards"] if r["id"] == "free-coffee"] == [90]
    assert len(document["rewards"]) == len(draft.rewards)
    assert rules_editor(shop.uow(readonly=True)).draft.earning.daily_cap == 777
    assert reward_catalog(shop.uow(readonly=True)).changes == {"free-coffee": "changed"}


def test_retiring_keeps_the_reward_switched_off(shop: Shop) -> None:
    retired = retire_reward(shop.uow(), "nok50", actor=shop.manager, clock=shop.clock)
    assert retired.active is False
    rewards = {r["id"]: r for r in _versions(shop)["draft"]["rewards"]}
    assert rewards["nok50"]["active"] is False
    assert _audit(shop, "reward_retired")[0]["reward"]["id"] == "nok50"
    # Again: nothing to do, nothing journalled twice.
    retire_reward(shop.uow(), "nok50", actor=shop.manager, clock=shop.clock)
    assert len(_audit(shop, "reward_retired")) == 1
    with pytest.raises(NotFound):
        retire_reward(shop.uow(), "no-such", actor=shop.manager, clock=shop.clock)


def test_constructor_problems_become_one_sentence_per_field() -> None:
    with pytest.raises(RewardInvalid) as refused:
        make_reward(id="", name=" ", kind=RewardKind.BUY_X_GET_Y, points_cost=0, buy_quantity=0, free_quantity=1)
    assert dict(refused.value.fields) == {
        "name": "Give the reward a name.",
        "points_cost": "The points price must be above 0.",
        "product_code": "Choose the product.",
        "quantities": "Buy and free quantities must both be above 0.",
    }
    assert refused.value.message.startswith("Give the reward a name.")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"min_tier": "platinum"}, "min_tier"),
        ({"excluded_products": frozenset({"NOPE"})}, "excluded_products"),
        ({"image": "/home/manager/mug.png"}, "image"),
        ({"image": IMAGE_PREFIX + base64.b64encode(b"GIF89a....").decode()}, "image"),
    ],
)
def test_references_must_exist_and_nothing_is_saved_otherwise(shop: Shop, change: dict, field: str) -> None:
    before = _versions(shop)
    reward = Reward("", "Mug", RewardKind.AMOUNT_OFF, 50, amount_minor=1000, **change)
    with pytest.raises(RewardInvalid) as refused:
        save_reward(shop.uow(), reward, actor=shop.manager, clock=shop.clock)
    assert list(refused.value.fields) == [field]
    assert _versions(shop) == before
    assert _audit(shop, "reward_saved") == []


def test_an_unknown_product_and_category_are_refused(shop: Shop) -> None:
    free = Reward("", "Free thing", RewardKind.FREE_PRODUCT, 50, product_code="NOPE")
    with pytest.raises(RewardInvalid) as refused:
        save_reward(shop.uow(), free, actor=shop.manager, clock=shop.clock)
    assert "NOPE" in refused.value.fields["product_code"]
    percent = Reward("", "Toys", RewardKind.PERCENT_OFF, 50, percent=10, category="toys")
    with pytest.raises(RewardInvalid) as refused:
        save_reward(shop.uow(), percent, actor=shop.manager, clock=shop.clock)
    assert list(refused.value.fields) == ["category"]


def test_an_image_is_stored_inside_the_program(shop: Shop) -> None:
    image = IMAGE_PREFIX + base64.b64encode(_PNG_1PX).decode()
    reward = Reward("", "Mug", RewardKind.STORE_CREDIT, 50, amount_minor=1000, image=image)
    save_reward(shop.uow(), reward, actor=shop.manager, clock=shop.clock)
    stored = next(r for r in _versions(shop)["draft"]["rewards"] if r["id"] == "mug")
    assert stored["image"] == image


def test_only_a_manager_edits_rewards(shop: Shop) -> None:
    reward = Reward("", "Mug", RewardKind.AMOUNT_OFF, 50, amount_minor=1000)
    with pytest.raises(PermissionDenied):
        save_reward(shop.uow(), reward, actor=shop.cashier, clock=shop.clock)
    with pytest.raises(PermissionDenied):
        retire_reward(shop.uow(), "nok50", actor=shop.cashier, clock=shop.clock)


def test_the_preview_gives_the_tills_reason_for_the_sample_member(shop: Shop) -> None:
    with shop.uow(readonly=True) as uow:
        draft = working_draft(uow)
    mug = draft.reward("xmas-mug")
    bakery = draft.reward("bakery20")
    coffee = draft.reward("free-coffee")
    assert mug is not None and bakery is not None and coffee is not None

    bronze_poor = SampleMember("bronze", 40)
    assert preview_reward(shop.uow(readonly=True), bakery, bronze_poor, clock=shop.clock).reason == \
        "needs Silver tier"
    option = preview_reward(shop.uow(readonly=True), coffee, bronze_poor, clock=shop.clock)
    assert (option.available, option.reason) == (False, "needs 100 points, member has 40")
    option = preview_reward(shop.uow(readonly=True), coffee, SampleMember("bronze", 100), clock=shop.clock)
    assert option.available and option.reason is None
    # The basket conditions are met by the sample basket: only the member decides.
    nok50 = draft.reward("nok50")
    assert nok50 is not None and nok50.min_basket_minor == 20000
    assert preview_reward(shop.uow(readonly=True), nok50, SampleMember("bronze", 500), clock=shop.clock).available
    out = replace(mug, stock=0)
    assert preview_reward(shop.uow(readonly=True), out, SampleMember("gold", 900), clock=shop.clock).reason == \
        "out of stock"
    later = replace(coffee, valid_from=datetime(2027, 1, 1, tzinfo=UTC))
    assert preview_reward(shop.uow(readonly=True), later, SampleMember("gold", 900), clock=shop.clock).reason == \
        "valid from 2027-01-01"


def test_the_journal_holds_the_reward_as_the_program_stores_it(shop: Shop) -> None:
    reward = make_reward(id="", name="Bag", kind=RewardKind.PERCENT_OFF, points_cost=30, percent=15,
                         category="bakery", excluded_products=frozenset({"BAK-CAKE"}))
    saved = save_reward(shop.uow(), reward, actor=shop.manager, clock=shop.clock)
    (entry,) = _audit(shop, "reward_saved")
    with shop.uow(readonly=True) as uow:
        draft = working_draft(uow)
    stored = next(r for r in program_to_dict(draft)["rewards"] if r["id"] == saved.id)
    assert entry["reward"] == stored
