"""Holdout control groups, segments and Welch's interval: the pure rules of campaign reporting."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.campaign_audience import (
    campaigns_for,
    campaigns_for_new_member,
    reaches_member,
)
from loyalty_pos.domain.campaigns import is_marketing
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.holdout import BUCKETS, MAX_HOLDOUT_PCT, bucket, in_control
from loyalty_pos.domain.members import Consents, Member, MemberStatus, MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    Program,
    Tier,
    TierPolicy,
)
from loyalty_pos.domain.program_codec import program_from_dict, program_to_dict
from loyalty_pos.domain.program_diff import program_changes
from loyalty_pos.domain.segments import (
    Segment,
    SegmentKind,
    Visit,
    history_days,
    member_in,
    segments_of,
)
from loyalty_pos.domain.welch import (
    Sample,
    incomplete_beta,
    t_cdf,
    t_quantile,
    welch_interval,
)

NOW = datetime(2025, 6, 2, 12, 0, tzinfo=UTC)
TIERS = TierPolicy((Tier("bronze", "Bronze", 0), Tier("gold", "Gold", 100_000)))
LAPSED = Segment("lapsed-60", "Lapsed 60 days", SegmentKind.LAPSED, days=60)
REGULARS = Segment("regulars", "Regulars", SegmentKind.FREQUENT, days=30, visits=3)
BIG = Segment("big", "Big spenders", SegmentKind.SPEND, days=90, spend_minor=100_000)
GOLD = Segment("gold", "Gold members", SegmentKind.TIER, tier="gold")


def _bonus(**fields: object) -> Campaign:
    return Campaign("comeback", "Come back", CampaignKind.BONUS_ON_PURCHASE, NOW - timedelta(days=1),
                    NOW + timedelta(days=1), bonus_points=50, **fields)  # type: ignore[arg-type]


def _visits(*days_ago: int, total: int = 10_000) -> list[Visit]:
    return [Visit(NOW - timedelta(days=days), total) for days in days_ago]


# -- holdout -------------------------------------------------------------------------------
def test_control_is_a_hash_of_member_and_campaign_and_takes_its_share() -> None:
    members = [f"member-{n}" for n in range(5_000)]
    held = [m for m in members if in_control(m, "comeback", 20)]
    assert 0.18 < len(held) / len(members) < 0.22
    assert held == [m for m in members if in_control(m, "comeback", 20)]  # the same on every till
    other = {m for m in members if in_control(m, "other", 20)}
    assert set(held) != other  # another campaign draws another control group
    assert not any(in_control(m, "comeback", 0) for m in members)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=20), st.text(min_size=1, max_size=20),
       st.integers(0, MAX_HOLDOUT_PCT), st.integers(0, MAX_HOLDOUT_PCT))
def test_a_larger_holdout_keeps_everyone_a_smaller_one_held(member: str, campaign: str, low: int, high: int) -> None:
    low, high = min(low, high), max(low, high)
    assert 0 <= bucket(member, campaign) < BUCKETS
    assert not in_control(member, campaign, low) or in_control(member, campaign, high)


def test_a_holdout_above_half_is_refused() -> None:
    with pytest.raises(ValidationError):
        _bonus(holdout_pct=MAX_HOLDOUT_PCT + 1)


# -- segments ------------------------------------------------------------------------------
def test_each_kind_of_segment_places_a_member_from_their_own_sales() -> None:
    old = NOW - timedelta(days=400)
    assert member_in(GOLD, tier_code="gold", enrolled_at=old, visits=[], now=NOW)
    assert not member_in(GOLD, tier_code="bronze", enrolled_at=old, visits=[], now=NOW)
    assert member_in(REGULARS, tier_code="bronze", enrolled_at=old, visits=_visits(1, 10, 29), now=NOW)
    assert not member_in(REGULARS, tier_code="bronze", enrolled_at=old, visits=_visits(1, 10, 31), now=NOW)
    returned = [*_visits(1, 10), Visit(NOW - timedelta(days=5), -10_000, is_return=True)]
    assert not member_in(REGULARS, tier_code="bronze", enrolled_at=old, visits=returned, now=NOW)  # a return is no visit
    assert member_in(BIG, tier_code="bronze", enrolled_at=old, visits=_visits(1, 89, total=50_000), now=NOW)
    assert not member_in(BIG, tier_code="bronze", enrolled_at=old,
                         visits=[*_visits(1, 89, total=50_000), Visit(NOW - timedelta(days=2), -1, True)], now=NOW)
    assert member_in(LAPSED, tier_code="bronze", enrolled_at=old, visits=_visits(61, 200), now=NOW)
    assert not member_in(LAPSED, tier_code="bronze", enrolled_at=old, visits=_visits(59), now=NOW)
    # Joined within the window: new, not lapsed.
    assert not member_in(LAPSED, tier_code="bronze", enrolled_at=NOW - timedelta(days=20), visits=[], now=NOW)


def test_a_visit_exactly_a_window_ago_still_counts() -> None:
    at_edge = [Visit(NOW - timedelta(days=60), 100)]
    assert not member_in(LAPSED, tier_code="bronze", enrolled_at=NOW - timedelta(days=400), visits=at_edge, now=NOW)


def test_the_till_reads_back_as_far_as_the_longest_segment() -> None:
    assert history_days([GOLD]) == 0
    assert history_days([GOLD, LAPSED, BIG, REGULARS]) == 90


@pytest.mark.parametrize("fields", [{"kind": SegmentKind.TIER}, {"kind": SegmentKind.LAPSED, "days": 0},
                                    {"kind": SegmentKind.FREQUENT, "days": 30, "visits": 0},
                                    {"kind": SegmentKind.SPEND, "days": 30}, {"name": " "}])
def test_an_incomplete_segment_is_refused_naming_its_field(fields: dict[str, object]) -> None:
    values: dict[str, object] = {"id": "s", "name": "S", "kind": SegmentKind.TIER} | fields
    with pytest.raises(ValidationError) as refused:
        Segment(**values)  # type: ignore[arg-type]
    assert refused.value.params["fields"]


# -- who a campaign reaches ------------------------------------------------------------------
def _member_in_control(campaign_id: str, pct: int) -> tuple[str, str]:
    ids = (f"m{n}" for n in range(1_000))
    held = next(m for m in ids if in_control(m, campaign_id, pct))
    kept = next(m for m in (f"m{n}" for n in range(1_000)) if not in_control(m, campaign_id, pct))
    return held, kept


def test_a_segment_campaign_reaches_only_its_segment_and_never_its_control_group() -> None:
    campaign = _bonus(segment="lapsed-60", holdout_pct=20)
    held, kept = _member_in_control(campaign.id, 20)
    assert reaches_member(campaign, kept, frozenset({"lapsed-60"}))
    assert not reaches_member(campaign, kept, frozenset({"regulars"}))
    assert not reaches_member(campaign, held, frozenset({"lapsed-60"}))
    assert campaigns_for([campaign, _bonus()], held, frozenset()) == (_bonus(),)
    assert is_marketing(campaign)  # aimed at a segment: a targeted offer, consent needed


def _sale(member: MemberView, program: Program) -> int:
    basket = Basket("NOK", (BasketLine(1, "P1", "Bread", "bakery", 10_000, 1),))
    return price_sale(basket, member, program, sale_id="s1", now=NOW).points_earned


def test_pricing_gives_the_bonus_to_the_treatment_group_and_the_segment_only() -> None:
    campaign = _bonus(segment="lapsed-60", holdout_pct=20)
    program = Program("NOK", EarningRules(), TIERS, campaigns=(campaign,), segments=(LAPSED,))
    held, kept = _member_in_control(campaign.id, 20)
    view = MemberView(kept, "bronze", 0, marketing_consent=True, segments=frozenset({"lapsed-60"}))
    assert _sale(view, program) == 100 + 50
    assert _sale(replace(view, segments=frozenset()), program) == 100  # not lapsed: no bonus
    assert _sale(replace(view, member_id=held), program) == 100  # held out: the plain sale
    assert _sale(replace(view, marketing_consent=False), program) == 100


def test_an_enrolment_bonus_with_a_holdout_skips_new_members_in_control() -> None:
    welcome = Campaign("welcome", "Welcome", CampaignKind.ACTION, NOW - timedelta(days=1), NOW + timedelta(days=1),
                       bonus_points=20, action="enrolment", holdout_pct=50)
    program = Program("NOK", EarningRules(), TIERS, campaigns=(welcome,))
    held, kept = _member_in_control("welcome", 50)

    def joined(member_id: str) -> Member:
        return Member(member_id, "N", None, None, None, Consents(), "bronze", MemberStatus.ACTIVE, NOW)

    assert campaigns_for_new_member(program, joined(kept)) == (welcome,)
    assert campaigns_for_new_member(program, joined(held)) == ()


def test_segments_and_holdouts_are_stored_with_the_program_and_left_out_when_unused() -> None:
    plain = Program("NOK", EarningRules(), TIERS, campaigns=(_bonus(),))
    document = program_to_dict(plain)
    assert "segments" not in document and {"holdout_pct", "segment"}.isdisjoint(document["campaigns"][0])
    aimed = replace(plain, campaigns=(_bonus(segment="gold", holdout_pct=10),), segments=(GOLD, LAPSED))
    assert program_from_dict(program_to_dict(aimed)) == aimed
    assert segments_of(aimed.segments, tier_code="gold", enrolled_at=NOW, visits=[], now=NOW) == {"gold"}


# -- Welch's interval ------------------------------------------------------------------------
@pytest.mark.parametrize(("p", "df", "table"), [
    (0.975, 1, 12.706), (0.975, 2, 4.303), (0.975, 5, 2.571), (0.975, 10, 2.228), (0.975, 30, 2.042),
    (0.975, 120, 1.980), (0.95, 20, 1.725), (0.995, 10, 3.169), (0.975, 10**9, 1.960),
])
def test_t_quantiles_match_the_printed_table(p: float, df: float, table: float) -> None:
    assert t_quantile(p, df) == pytest.approx(table, abs=5e-4)


def test_incomplete_beta_at_known_points() -> None:
    assert incomplete_beta(1, 1, 0.3) == pytest.approx(0.3)  # the uniform distribution
    assert incomplete_beta(2, 3, 0.4) == pytest.approx(0.5248)  # 1 - sum of the binomial terms
    assert t_cdf(0.0, 7) == pytest.approx(0.5)


def test_welch_interval_of_a_worked_example() -> None:
    # Means 30 and 23.2, variances 5 and 3.7 over five each: se = sqrt(1.74),
    # df = 1.74^2 / (1^2/4 + 0.74^2/4) = 7.8253 (Welch-Satterthwaite, worked by hand).
    interval = welch_interval(Sample.of([27, 31, 29, 33, 30]), Sample.of([21, 24, 22, 26, 23]))
    assert interval is not None
    assert interval.difference == pytest.approx(6.8)
    assert interval.df == pytest.approx(7.8253, abs=1e-4)
    margin = interval.high - interval.difference
    assert 2.306 * math.sqrt(1.74) < margin < 2.365 * math.sqrt(1.74)  # between the 8 and 7 df t values
    assert t_cdf(margin / math.sqrt(1.74), interval.df) == pytest.approx(0.975)
    assert interval.significant


def test_no_interval_without_two_members_in_each_group() -> None:
    assert welch_interval(Sample.of([5]), Sample.of([1, 2, 3])) is None
    flat = welch_interval(Sample.of([4, 4]), Sample.of([1, 1, 1]))
    assert flat is not None and flat.low == flat.high == 3


_groups = st.lists(st.integers(0, 500_000), min_size=2, max_size=40)


@settings(max_examples=60, deadline=None)
@given(_groups, _groups)
def test_the_interval_holds_the_difference_and_mirrors_when_the_groups_swap(a: list[int], b: list[int]) -> None:
    forward, backward = welch_interval(Sample.of(a), Sample.of(b)), welch_interval(Sample.of(b), Sample.of(a))
    assert forward is not None and backward is not None
    assert forward.low <= forward.difference <= forward.high
    assert forward.difference == pytest.approx(sum(a) / len(a) - sum(b) / len(b))
    assert backward.low == pytest.approx(-forward.high, abs=1e-6) and backward.high == pytest.approx(-forward.low, abs=1e-6)
    wider = welch_interval(Sample.of(a), Sample.of(b), confidence=0.99)
    assert wider is not None and wider.high - wider.low >= forward.high - forward.low - 1e-9


def test_publishing_shows_a_segment_added_changed_or_removed() -> None:
    before = Program("NOK", EarningRules(), TIERS, campaigns=(_bonus(),), segments=(LAPSED, GOLD))
    after = replace(before, campaigns=(_bonus(segment="regulars", holdout_pct=20),),
                    segments=(replace(LAPSED, days=90), REGULARS))
    texts = [change.text for change in program_changes(before, after)]
    assert "Campaign Come back holdout pct: 0 → 20" in texts
    assert "Segment Lapsed 60 days days: 60 → 90" in texts
    assert "New segment Regulars" in texts and "Segment Gold members removed" in texts
