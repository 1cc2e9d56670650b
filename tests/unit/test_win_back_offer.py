"""A welcome back's reward in the pricing engine: free for a member away long enough, once
it fits the basket, never for a member who is not lapsed or did not say yes to offers."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import Campaign, CampaignKind
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.win_back_offer import WON_BY_PREFIX, win_back_offers
from tests.unit.test_prizes import MEMBER, NOW, PROGRAM, basket

MISSED = Campaign("missed", "We missed you", CampaignKind.ACTION, NOW - timedelta(days=30), NOW + timedelta(days=30),
                  action="win_back", lapsed_days=60, win_reward_id="coffee")
OFFERING = replace(PROGRAM, campaigns=(MISSED,))
AWAY = replace(MEMBER, marketing_consent=True, last_activity=NOW - timedelta(days=61))


def test_a_lapsed_member_gets_the_reward_free_and_earns_on_the_rest() -> None:
    sale = price_sale(basket(("COF", 3500, 1), ("BUN", 2500, 1)), AWAY, OFFERING, sale_id="s", now=NOW)
    (won,) = sale.instant_wins
    assert (won.reward_id, won.points, won.amount_minor, won.won_by) == ("coffee", 0, 3500, WON_BY_PREFIX + "missed")
    assert sale.amount_due_minor == 2500 and sale.points_redeemed == 0


def test_nobody_else_gets_it() -> None:
    coffee = basket(("COF", 3500, 1))
    for member in (replace(AWAY, last_activity=NOW - timedelta(days=59)), replace(AWAY, last_activity=None),
                   replace(AWAY, marketing_consent=False), None):
        assert price_sale(coffee, member, OFFERING, sale_id="s", now=NOW).instant_wins == ()
    assert price_sale(basket(("BUN", 2500, 1)), AWAY, OFFERING, sale_id="s", now=NOW).instant_wins == ()  # no coffee
    assert price_sale(coffee, AWAY, OFFERING, sale_id="s", now=NOW, stock_left={"coffee": 0}).instant_wins == ()


def test_a_redeemed_coffee_is_not_given_twice() -> None:
    sale = price_sale(basket(("COF", 3500, 1)), AWAY, OFFERING, redemptions=[RedemptionRequest("coffee")],
                      sale_id="s", now=NOW)
    assert len(sale.rewards) == 1 and sale.instant_wins == ()  # one coffee, already free


@given(days=st.integers(0, 400), lapse=st.integers(1, 365))
def test_it_is_offered_exactly_when_the_member_has_been_away_the_days(days: int, lapse: int) -> None:
    member = replace(AWAY, last_activity=NOW - timedelta(days=days))
    campaign = replace(MISSED, lapsed_days=lapse)
    assert bool(win_back_offers((campaign,), replace(OFFERING, campaigns=(campaign,)), member, NOW)) == (days >= lapse)


def test_a_welcome_back_needs_points_or_a_reward() -> None:
    try:
        replace(MISSED, win_reward_id=None)
    except ValidationError as error:
        assert "bonus points" in error.message
    else:
        raise AssertionError("a welcome back giving nothing was accepted")
