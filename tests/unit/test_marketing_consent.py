"""Marketing consent governs targeted campaigns: segments and profile-based offers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.campaigns import action_bonus, is_marketing, multipliers, purchase_bonuses
from loyalty_pos.domain.program import Campaign, CampaignKind, EarningRules, Program, Tier, TierPolicy
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.money import Rounding
from loyalty_pos.domain.pricing import price_sale

NOW = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
TIERS = TierPolicy((Tier("basic", "Basic", 0), Tier("gold", "Gold", 5_000)))


def make(campaign_id: str, kind: CampaignKind, **fields: object) -> Campaign:
    return Campaign(campaign_id, campaign_id, kind, NOW - timedelta(days=1), NOW + timedelta(days=1),
                    **fields)  # type: ignore[arg-type]


EVERYONE_DOUBLE = make("double", CampaignKind.MULTIPLIER, multiplier_pct=200)
GOLD_TRIPLE = make("gold-triple", CampaignKind.MULTIPLIER, multiplier_pct=300, min_tier="gold")
GOLD_BONUS = make("gold-bonus", CampaignKind.BONUS_ON_PURCHASE, bonus_points=50, min_tier="gold")
FOR_ALL_BONUS = make("for-all", CampaignKind.BONUS_ON_PURCHASE, bonus_points=5)
BIRTHDAY = make("birthday", CampaignKind.ACTION, bonus_points=25, action="birthday")
ENROLMENT = make("welcome", CampaignKind.ACTION, bonus_points=100, action="enrolment")
LUCKY = make("lucky", CampaignKind.INSTANT_WIN, bonus_points=10, one_in=2)


@pytest.mark.parametrize(("campaign", "marketing"), [
    (EVERYONE_DOUBLE, False), (FOR_ALL_BONUS, False), (ENROLMENT, False), (LUCKY, False),
    (GOLD_TRIPLE, True), (GOLD_BONUS, True), (BIRTHDAY, True),
])
def test_a_campaign_is_marketing_when_it_targets_a_segment_or_a_profile(campaign: Campaign, marketing: bool) -> None:
    assert is_marketing(campaign) is marketing


def test_a_member_without_marketing_consent_gets_only_the_campaigns_for_everyone() -> None:
    every = [EVERYONE_DOUBLE, GOLD_TRIPLE]
    assert multipliers(every, tiers=TIERS, tier_code="gold", now=NOW, marketing_consent=False) == (EVERYONE_DOUBLE,)
    assert multipliers(every, tiers=TIERS, tier_code="gold", now=NOW,
                       marketing_consent=True) == (EVERYONE_DOUBLE, GOLD_TRIPLE)
    bonuses = purchase_bonuses([GOLD_BONUS, FOR_ALL_BONUS], tiers=TIERS, tier_code="gold", eligible_minor=100,
                               sale_id="s", now=NOW, marketing_consent=False)
    assert [b.campaign for b in bonuses] == [FOR_ALL_BONUS]
    assert action_bonus([BIRTHDAY], action="birthday", tiers=TIERS, tier_code="basic", now=NOW,
                        marketing_consent=False) == ()
    assert action_bonus([ENROLMENT], action="enrolment", tiers=TIERS, tier_code="basic", now=NOW,
                        marketing_consent=False) == ((ENROLMENT, 100),)


def _program(*campaigns: Campaign) -> Program:
    return Program("NOK", EarningRules(step_minor=100, rounding=Rounding.FLOOR), TIERS, campaigns=campaigns)


def _basket() -> Basket:
    return Basket("NOK", (BasketLine(1, "BREAD", "Bread", "bakery", 100_00, 1, 1500),))


@given(consent=st.booleans(), tier=st.sampled_from(["basic", "gold"]))
def test_pricing_gives_targeted_campaign_points_only_with_consent(consent: bool, tier: str) -> None:
    program = _program(GOLD_TRIPLE, GOLD_BONUS, FOR_ALL_BONUS)
    member = MemberView(member_id="m", tier_code=tier, balance=0, marketing_consent=consent)
    priced = price_sale(_basket(), member, program, sale_id="s", now=NOW)
    assert priced.earning is not None
    targeted = {line.campaign_id for line in priced.earning.lines} & {"gold-triple", "gold-bonus"}
    assert bool(targeted) is (consent and tier == "gold")
    assert "for-all" in {line.campaign_id for line in priced.earning.lines}


def test_a_member_view_without_a_stated_consent_is_not_marketed_to() -> None:
    member = MemberView(member_id="m", tier_code="gold", balance=0)
    priced = price_sale(_basket(), member, _program(GOLD_TRIPLE), sale_id="s", now=NOW)
    assert priced.earning is not None
    assert all(line.campaign_id is None for line in priced.earning.lines)
