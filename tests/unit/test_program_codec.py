"""The program codec: every reward and campaign kind survives a JSON round trip."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.money import Rounding
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    NegativeBalancePolicy,
    Program,
    Reward,
    RewardKind,
    TaxBasis,
    Tier,
    TierBasis,
    TierPolicy,
)
from loyalty_pos.domain.program_codec import program_from_dict, program_to_dict

START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
END = datetime(2024, 3, 31, 21, 0, tzinfo=UTC)


def full_program() -> Program:
    """One reward of every kind, one campaign of every kind, every option set."""
    rewards = (
        Reward("r-amount", "NOK 50 off", RewardKind.AMOUNT_OFF, 500, amount_minor=5000,
               valid_from=START, valid_until=END, min_tier="gold", min_basket_minor=10000,
               per_member_limit=2, limit_period="week", stock=100,
               excluded_products=frozenset({"TOB-1", "ALC-9", "ALC-2"}), image="coffee.png"),
        Reward("r-percent", "10 % off bakery", RewardKind.PERCENT_OFF, 300, percent=10, category="bakery"),
        Reward("r-free", "Free bun", RewardKind.FREE_PRODUCT, 250, product_code="BAK-BUN", active=False),
        Reward("r-bxgy", "Buy 2 get 1", RewardKind.BUY_X_GET_Y, 400, product_code="COF-CAP",
               buy_quantity=2, free_quantity=1, description="Cappuccino deal"),
        Reward("r-pay", "Pay with points", RewardKind.PAY_WITH_POINTS, 100, point_value_minor=10,
               points_per_value=1),
        Reward("r-credit", "Store credit", RewardKind.STORE_CREDIT, 220, amount_minor=10000),
        Reward("r-partner", "Cinema night", RewardKind.PARTNER_CODE, 300, partner="Cinema 2-for-1", stock=0),
        Reward("r-giveaway", "Bike draw", RewardKind.GIVEAWAY, 50, winners=2, per_member_limit=5,
               limit_period="ever", valid_until=END),
        Reward("r-mystery", "Mystery treat", RewardKind.MYSTERY, 150, pool=(("r-free", 3), ("r-percent", 1))),
    )
    campaigns = (
        Campaign("c-mult", "Double coffee", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200,
                 categories=frozenset({"coffee", "bakery"}), min_tier="silver"),
        Campaign("c-bonus", "Big basket", CampaignKind.BONUS_ON_PURCHASE, START, END, bonus_points=50,
                 min_spend_minor=50000),
        Campaign("c-action", "Welcome", CampaignKind.ACTION, START, END, bonus_points=100, action="enrolment"),
        Campaign("c-win", "Lucky sale", CampaignKind.INSTANT_WIN, START, END, bonus_points=500,
                 one_in=50, min_spend_minor=1000),
        Campaign("c-prize", "Every 20th sale", CampaignKind.INSTANT_WIN, START, END, every_nth=20,
                 win_reward_id="r-free"),
    )
    return Program(
        currency="NOK",
        earning=EarningRules(
            points_per_step=2, step_minor=1000, rounding=Rounding.HALF_EVEN,
            category_multipliers={"coffee": 150, "deli": 120}, product_multipliers={"DEL-SAL": 300},
            excluded_categories=frozenset({"tobacco"}), excluded_products=frozenset({"GIFT-1"}),
            minimum_basket_minor=2000, tax_basis=TaxBasis.EXCLUSIVE, daily_cap=1000,
        ),
        tiers=TierPolicy(
            tiers=(Tier("basic", "Basic", 0), Tier("silver", "Silver", 500000, 125, ("free coffee",)),
                   Tier("gold", "Gold", 1500000, 150, ("free coffee", "birthday cake"))),
            basis=TierBasis.POINTS, window_months=6, review_month=7, review_day=15, grace_days=14,
        ),
        rewards=rewards,
        campaigns=campaigns,
        expiry=ExpiryPolicy(months_after_earning=24, inactivity_months=18),
        negative_balance=NegativeBalancePolicy.ALLOW_DEBT,
        offline_redeem_cap_per_day=2000,
        version=7,
    )


def test_round_trip_keeps_every_field_of_every_kind() -> None:
    program = full_program()
    assert {r.kind for r in program.rewards} == set(RewardKind)
    assert {c.kind for c in program.campaigns} == set(CampaignKind)

    document = program_to_dict(program)
    assert program_from_dict(document) == program
    # Through real JSON text too, as the store and the sync server keep it.
    assert program_from_dict(json.loads(json.dumps(document))) == program


def test_document_is_plain_json_a_person_can_read() -> None:
    document = program_to_dict(full_program())
    amount = document["rewards"][0]
    assert amount["kind"] == "amount_off"
    assert amount["valid_from"] == "2024-03-01T09:00:00+00:00"
    assert amount["excluded_products"] == ["ALC-2", "ALC-9", "TOB-1"]  # frozenset, sorted
    assert document["earning"]["rounding"] == "half_even"
    assert document["earning"]["category_multipliers"] == {"coffee": 150, "deli": 120}
    assert document["tiers"]["tiers"][2] == {
        "code": "gold", "name": "Gold", "threshold": 1500000, "multiplier_pct": 150,
        "perks": ["free coffee", "birthday cake"],
    }
    assert document["expiry"] == {"months_after_earning": 24, "inactivity_months": 18}
    assert document["negative_balance"] == "allow_debt"
    assert document["campaigns"][0]["categories"] == ["bakery", "coffee"]
    assert document["version"] == 7


def test_times_in_other_zones_are_stored_as_utc() -> None:
    oslo_summer = timezone(timedelta(hours=2))
    campaign = Campaign("c", "Evening", CampaignKind.MULTIPLIER,
                        datetime(2024, 6, 1, 18, 0, tzinfo=oslo_summer),
                        datetime(2024, 6, 1, 20, 0, tzinfo=oslo_summer), multiplier_pct=150)
    program = Program("NOK", EarningRules(), TierPolicy((Tier("basic", "Basic", 0),)), campaigns=(campaign,))
    document = program_to_dict(program)
    assert document["campaigns"][0]["starts_at"] == "2024-06-01T16:00:00+00:00"
    decoded = program_from_dict(document).campaigns[0]
    assert decoded.starts_at == campaign.starts_at and decoded.starts_at.tzinfo is UTC


def test_a_document_without_newer_fields_loads_with_their_defaults() -> None:
    document = program_to_dict(full_program())
    del document["offline_redeem_cap_per_day"]
    del document["rewards"][1]["image"]
    del document["expiry"]
    program = program_from_dict(document)
    assert program.offline_redeem_cap_per_day is None
    assert program.rewards[1].image is None
    assert program.expiry == ExpiryPolicy()


def test_unknown_field_is_refused_not_dropped() -> None:
    document = program_to_dict(full_program())
    document["rewards"][0]["surprise"] = 1
    with pytest.raises(ValidationError) as refused:
        program_from_dict(document)
    assert refused.value.code == "program_unknown_field"
    assert "program.rewards[0]" in refused.value.message and "surprise" in refused.value.message


@pytest.mark.parametrize(
    ("mutate", "where"),
    [
        (lambda d: d["earning"].__setitem__("rounding", "sideways"), "program.earning.rounding"),
        (lambda d: d["earning"].__setitem__("step_minor", "100"), "program.earning.step_minor"),
        (lambda d: d["earning"].__setitem__("step_minor", 1.5), "program.earning.step_minor"),
        (lambda d: d["campaigns"][0].__setitem__("starts_at", "2024-03-01T09:00:00"), "starts_at"),
        (lambda d: d["rewards"][0].__setitem__("active", 1), "program.rewards[0].active"),
        (lambda d: d.__setitem__("rewards", {"a": 1}), "program.rewards"),
    ],
)
def test_wrong_types_are_refused_with_the_path(mutate, where: str) -> None:  # type: ignore[no-untyped-def]
    document = program_to_dict(full_program())
    mutate(document)
    with pytest.raises(ValidationError) as refused:
        program_from_dict(document)
    assert refused.value.code == "bad_program_document"
    assert where in refused.value.message


def test_domain_validation_still_applies_when_decoding() -> None:
    document = program_to_dict(full_program())
    document["rewards"][0]["points_cost"] = 0
    with pytest.raises(ValidationError) as refused:
        program_from_dict(document)
    assert refused.value.code == "bad_reward"


def test_naive_datetime_cannot_be_stored() -> None:
    program = full_program()
    naive = Reward("n", "Naive", RewardKind.AMOUNT_OFF, 10, amount_minor=100, valid_from=datetime(2024, 1, 1))
    with pytest.raises(ValidationError) as refused:
        program_to_dict(Program(program.currency, program.earning, program.tiers, rewards=(naive,)))
    assert refused.value.code == "naive_datetime"


_names = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12).filter(str.strip)
_times = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.just(UTC))


@st.composite
def _rewards(draw: st.DrawFn) -> Reward:
    kind = draw(st.sampled_from(RewardKind))
    start = draw(_times if kind is RewardKind.GIVEAWAY else st.none() | _times)  # entries must close
    reward_id = draw(_names)
    return Reward(
        id=reward_id, name=draw(_names), kind=kind, points_cost=draw(st.integers(1, 10**6)),
        amount_minor=draw(st.integers(1, 10**7)), percent=draw(st.integers(1, 100)),
        product_code=draw(_names), buy_quantity=draw(st.integers(1, 9)), free_quantity=draw(st.integers(1, 9)),
        valid_from=start, valid_until=start + timedelta(days=draw(st.integers(1, 900))) if start else None,
        per_member_limit=draw(st.none() | st.integers(1, 50)),
        limit_period=draw(st.sampled_from(["day", "week", "month", "year", "ever"])),
        stock=draw(st.none() | st.integers(0, 1000)), excluded_products=frozenset(draw(st.lists(_names, max_size=4))),
        partner=draw(_names), winners=draw(st.integers(1, 9)),
        pool=((f"{reward_id}-pooled", draw(st.integers(1, 99))),),
    )


@settings(max_examples=60, deadline=None)
@given(rewards=st.lists(_rewards(), max_size=5), cap=st.none() | st.integers(0, 10**6),
       multipliers=st.dictionaries(_names, st.integers(0, 1000), max_size=4))
def test_round_trip_property(rewards: list[Reward], cap: int | None, multipliers: dict[str, int]) -> None:
    program = Program("EUR", EarningRules(category_multipliers=multipliers, daily_cap=cap),
                      TierPolicy((Tier("t", "T", 0),)), rewards=tuple(rewards))
    assert program_from_dict(json.loads(json.dumps(program_to_dict(program)))) == program
