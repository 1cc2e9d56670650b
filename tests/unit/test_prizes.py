"""Prizes in the engine: mystery draws, instant-win rewards, partner codes and giveaway
entries when priced, and the giveaway draw anyone can recompute."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.errors import RewardUnavailable, ValidationError
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import PricedSale, price_sale
from loyalty_pos.domain.prizes import Entry, campaign_wins, draw_winners, seed_digest, weighted_pick
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    Program,
    Reward,
    RewardKind,
    Tier,
    TierPolicy,
)
from loyalty_pos.domain.rewards import RedemptionRequest

NOW = datetime(2024, 11, 20, 15, 0, tzinfo=UTC)
TIERS = TierPolicy((Tier("bronze", "Bronze", 0),))
REWARDS = (
    Reward("coffee", "Free coffee", RewardKind.FREE_PRODUCT, 100, product_code="COF"),
    Reward("nok20", "NOK 20 off", RewardKind.AMOUNT_OFF, 100, amount_minor=2000),
    Reward("mystery", "Mystery treat", RewardKind.MYSTERY, 80, pool=(("coffee", 3), ("nok20", 1))),
    Reward("cinema", "Cinema night", RewardKind.PARTNER_CODE, 300, partner="Cinema 2-for-1"),
    Reward("bike", "Bike giveaway", RewardKind.GIVEAWAY, 50, winners=1, valid_until=NOW + timedelta(days=9)),
)
LUCKY = Campaign("lucky", "Every 3rd sale", CampaignKind.INSTANT_WIN, NOW - timedelta(days=1),
                 NOW + timedelta(days=1), every_nth=3, win_reward_id="coffee")
PROGRAM = Program("NOK", EarningRules(), TIERS, rewards=REWARDS, campaigns=(LUCKY,))
MEMBER = MemberView(member_id="m1", tier_code="bronze", balance=1_000)


def basket(*lines: tuple[str, int, int]) -> Basket:
    return Basket("NOK", tuple(BasketLine(n, code, code.title(), "cafe", price, qty)
                               for n, (code, price, qty) in enumerate(lines, start=1)))


def price(b: Basket, *redeem: str, sale_id: str = "sale-1", sale_number: int | None = None,
          member: MemberView | None = MEMBER) -> PricedSale:
    return price_sale(b, member, PROGRAM, redemptions=[RedemptionRequest(r) for r in redeem],
                      sale_id=sale_id, now=NOW, sale_number=sale_number)


def test_a_mystery_draw_is_the_same_for_the_same_sale_and_costs_the_mystery_price() -> None:
    sale = price(basket(("COF", 3500, 1), ("BUN", 2500, 1)), "mystery", sale_id="s-42")
    again = price(basket(("COF", 3500, 1), ("BUN", 2500, 1)), "mystery", sale_id="s-42")
    (effect,) = sale.rewards
    assert effect == again.rewards[0]
    assert effect.kind is RewardKind.MYSTERY and effect.points == 80 and effect.reward_id == "mystery"
    assert effect.drawn_id in ("coffee", "nok20") and effect.facts is not None
    assert effect.amount_minor == (3500 if effect.drawn_id == "coffee" else 2000)
    assert sale.points_redeemed == 80


def test_a_mystery_draws_only_rewards_that_fit_the_basket() -> None:
    # No coffee: the free coffee cannot be drawn, whatever the sale id.
    for n in range(40):
        (effect,) = price(basket(("BUN", 2500, 1)), "mystery", sale_id=f"s-{n}").rewards
        assert effect.drawn_id == "nok20"


def test_a_mystery_with_nothing_that_fits_is_refused_with_the_reason() -> None:
    program = Program("NOK", EarningRules(), TIERS, rewards=(
        REWARDS[0], Reward("mystery", "Mystery", RewardKind.MYSTERY, 80, pool=(("coffee", 1),))))
    with pytest.raises(RewardUnavailable) as refused:
        price_sale(basket(("BUN", 2500, 1)), MEMBER, program, redemptions=[RedemptionRequest("mystery")],
                   sale_id="s", now=NOW)
    assert refused.value.code == "no_eligible_lines"


def test_mystery_outcomes_follow_the_weights() -> None:
    drawn = Counter(weighted_pick([3, 1], "mystery", "m", f"sale-{n}", "0") for n in range(4000))
    assert 0.71 < drawn[0] / 4000 < 0.79  # 3 in 4, within a few standard deviations (~0.7 %)


@given(st.lists(st.integers(1, 50), min_size=1, max_size=8), st.text(max_size=8))
def test_a_weighted_pick_is_always_an_index_of_the_pool(weights: list[int], key: str) -> None:
    assert 0 <= weighted_pick(weights, key) < len(weights)


def test_every_nth_sale_of_a_till_wins_a_reward_without_spending_points() -> None:
    b = basket(("COF", 3500, 1), ("BUN", 2500, 1))
    assert price(b, sale_number=2).instant_wins == ()
    won = price(b, sale_number=3)
    (effect,) = won.instant_wins
    assert effect.won_by == "lucky" and effect.points == 0 and effect.amount_minor == 3500
    assert won.points_redeemed == 0 and won.total_minor == 2500
    assert won.points_earned == 25  # earned on what is paid, not on the free coffee
    assert price(b, sale_number=6).instant_wins  # every 3rd, not only the first
    assert price(b, sale_number=None).instant_wins == ()  # no till count (training): no win


def test_an_instant_win_needs_a_member_and_a_reward_that_fits() -> None:
    assert price(basket(("COF", 3500, 1)), sale_number=3, member=None).instant_wins == ()
    assert price(basket(("BUN", 2500, 1)), sale_number=3).instant_wins == ()  # no coffee to make free


def test_a_chance_instant_win_is_decided_by_the_sale_id_alone() -> None:
    chance = Campaign("c", "1 in 4", CampaignKind.INSTANT_WIN, NOW, NOW + timedelta(days=1), one_in=4,
                      win_reward_id="coffee")
    wins = [campaign_wins(chance, sale_id=f"s-{n}", sale_number=n) for n in range(2000)]
    assert wins == [campaign_wins(chance, sale_id=f"s-{n}", sale_number=0) for n in range(2000)]
    assert 400 < sum(wins) < 600


def test_partner_codes_and_giveaway_entries_spend_points_and_leave_the_basket_alone() -> None:
    sale = price(basket(("BUN", 2500, 1)), "cinema", "bike", "bike")
    assert [e.kind for e in sale.rewards] == [RewardKind.PARTNER_CODE, RewardKind.GIVEAWAY, RewardKind.GIVEAWAY]
    assert sale.points_redeemed == 400 and sale.total_minor == 2500 and sale.discount_minor == 0
    assert sale.rewards[0].facts is not None and sale.rewards[0].facts.subject == "Cinema 2-for-1"


def test_a_giveaway_entry_after_entries_close_is_refused() -> None:
    with pytest.raises(RewardUnavailable) as refused:
        price_sale(basket(("BUN", 2500, 1)), MEMBER, PROGRAM, redemptions=[RedemptionRequest("bike")], sale_id="s",
             now=NOW + timedelta(days=10))
    assert refused.value.code == "expired"


@pytest.mark.parametrize(("fields", "problem"), [
    ({"kind": RewardKind.PARTNER_CODE}, "partner"),
    ({"kind": RewardKind.GIVEAWAY, "winners": 1}, "entries_close"),
    ({"kind": RewardKind.GIVEAWAY, "valid_until": NOW}, "winners"),
    ({"kind": RewardKind.MYSTERY}, "pool"),
    ({"kind": RewardKind.MYSTERY, "pool": (("x", 0),)}, "pool"),
    ({"kind": RewardKind.MYSTERY, "pool": (("me", 1),)}, "pool"),
])
def test_prize_rewards_say_what_they_need(fields: dict[str, object], problem: str) -> None:
    with pytest.raises(ValidationError) as bad:
        Reward(id="me", name="Prize", points_cost=10, **fields)  # type: ignore[arg-type]
    assert problem in bad.value.params["fields"]


entries_strategy = st.lists(st.tuples(st.integers(0, 999), st.sampled_from("abcdefg")), max_size=40,
                            unique_by=lambda pair: pair[0])


@settings(max_examples=60, deadline=None)
@given(entries_strategy, st.text(min_size=1, max_size=10), st.integers(1, 5), st.randoms())
def test_a_giveaway_draw_anyone_can_recompute(pairs: list[tuple[int, str]], seed: str, count: int,
                                              shuffler: object) -> None:
    entries = [Entry(f"sale-{n}:1", member) for n, member in pairs]
    winners = draw_winners(entries, seed, count)
    shuffled = list(entries)
    shuffler.shuffle(shuffled)  # type: ignore[attr-defined]
    assert draw_winners(shuffled, seed, count) == winners  # the order entries are listed in does not matter
    assert len(set(winners)) == len(winners) == min(count, len({e.member_id for e in entries}))
    assert set(winners) <= {e.member_id for e in entries}


def test_the_published_digest_binds_the_seed() -> None:
    assert seed_digest("s1") == seed_digest("s1") != seed_digest("s2")
    assert len(seed_digest("s1")) == 64


def test_a_stocked_prize_with_none_left_is_not_won() -> None:
    b = basket(("COF", 3500, 1))
    assert price_sale(b, MEMBER, PROGRAM, sale_id="s", now=NOW, sale_number=3, stock_left={"coffee": 1}).instant_wins
    assert price_sale(b, MEMBER, PROGRAM, sale_id="s", now=NOW, sale_number=3,
                      stock_left={"coffee": 0}).instant_wins == ()
    # The cashier's own free coffee took the last one: nothing left to win.
    taken = price_sale(basket(("COF", 3500, 2)), MEMBER, PROGRAM, redemptions=[RedemptionRequest("coffee")],
                       sale_id="s", now=NOW, sale_number=3, stock_left={"coffee": 1})
    assert taken.instant_wins == ()


def test_a_prize_only_chance_win_adds_no_zero_point_line_to_the_breakdown() -> None:
    chance = Campaign("c", "1 in 2", CampaignKind.INSTANT_WIN, NOW - timedelta(days=1), NOW + timedelta(days=1),
                      one_in=2, win_reward_id="nok20")
    program = Program("NOK", EarningRules(), TIERS, rewards=REWARDS, campaigns=(chance,))
    winning = next(f"s-{n}" for n in range(100) if campaign_wins(chance, sale_id=f"s-{n}", sale_number=None))
    sale = price_sale(basket(("BUN", 2500, 1)), MEMBER, program, sale_id=winning, now=NOW)
    assert [w.won_by for w in sale.instant_wins] == ["c"]
    assert all(line.points for line in sale.breakdown)  # no "Instant win +0" line
