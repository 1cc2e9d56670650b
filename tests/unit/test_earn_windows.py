"""Ways to earn in the pricing engine (issue #22): campaign time windows and tier factors,
member prices and early access, volume deals — priced by hand, with invariants by hypothesis."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.campaigns import action_bonus
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import MemberStatus, MemberView
from loyalty_pos.domain.price_rules import EarlyAccess, MemberPrice, VolumeRule
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

OSLO = ZoneInfo("Europe/Oslo")
# Wednesday 20 Nov 2024, 15:30 in Oslo (14:30 UTC).
NOW = datetime(2024, 11, 20, 14, 30, tzinfo=UTC)
TIERS = TierPolicy((Tier("bronze", "Bronze", 0), Tier("silver", "Silver", 1000), Tier("gold", "Gold", 5000)))
BASE = Program(currency="NOK", earning=EarningRules(), tiers=TIERS)  # 1 pt per NOK 1, FLOOR
MEMBER = MemberView(member_id="m1", tier_code="bronze", balance=0)
START, END = datetime(2024, 1, 1, tzinfo=UTC), datetime(2025, 1, 1, tzinfo=UTC)


def happy_hour(**changes: object) -> Campaign:
    campaign = Campaign("hh", "Happy hour", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200,
                        categories=frozenset({"coffee"}), weekdays=frozenset({1, 2, 3, 4, 5}), hour_from=15,
                        hour_until=17)
    return replace(campaign, **changes)  # type: ignore[arg-type]


def basket(*lines: tuple[str, str, int, int]) -> Basket:
    return Basket("NOK", tuple(BasketLine(number, code, code.title(), category, price, qty)
                               for number, (code, category, price, qty) in enumerate(lines, start=1)))


COFFEE = ("LATTE", "coffee", 4000, 1)  # NOK 40.00
BUN = ("BUN", "bakery", 2500, 2)  # NOK 50.00


def price(b: Basket, program: Program, member: MemberView | None = MEMBER, now: datetime = NOW):  # type: ignore[no-untyped-def]
    return price_sale(b, member, program, sale_id="s1", now=now, zone=OSLO)


def points_by_rule(sale) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {line.rule: line.points for line in sale.breakdown}


# --- time windows ---------------------------------------------------------------------------


def test_happy_hour_doubles_coffee_in_the_shops_afternoon_and_says_so() -> None:
    sale = price(basket(COFFEE, BUN), replace(BASE, campaigns=(happy_hour(),)))
    assert points_by_rule(sale) == {"base": 90, "campaign:hh": 40}
    line = next(line for line in sale.breakdown if line.rule == "campaign:hh")
    assert line.label == "Happy hour 15–17: x2 on coffee"
    assert (line.facts.hour_from, line.facts.hour_until, line.facts.scope) == (15, 17, "coffee")


@pytest.mark.parametrize("at", [
    datetime(2024, 11, 20, 16, 0, tzinfo=UTC),  # 17:00 in Oslo: the end hour is out
    datetime(2024, 11, 20, 13, 59, tzinfo=UTC),  # 14:59 in Oslo
    datetime(2024, 11, 23, 14, 30, tzinfo=UTC),  # a Saturday
])
def test_happy_hour_is_off_outside_its_hours_and_weekdays(at: datetime) -> None:
    sale = price(basket(COFFEE), replace(BASE, campaigns=(happy_hour(),)), now=at)
    assert points_by_rule(sale) == {"base": 40}


def test_hours_are_the_shops_not_utc() -> None:
    # 16:30 UTC is 17:30 in Oslo, after the happy hour; read in UTC it would be inside it.
    late = datetime(2024, 11, 20, 16, 30, tzinfo=UTC)
    assert price(basket(COFFEE), replace(BASE, campaigns=(happy_hour(),)), now=late).points_earned == 40
    utc = price_sale(basket(COFFEE), MEMBER, replace(BASE, campaigns=(happy_hour(),)), sale_id="s", now=late)
    assert utc.points_earned == 80  # in UTC it is 16:30: the zone decides


def test_a_campaign_on_products_covers_them_by_code_and_names_them() -> None:
    campaign = happy_hour(categories=frozenset(), products=frozenset({"BUN"}), multiplier_pct=300)
    sale = price(basket(COFFEE, BUN), replace(BASE, campaigns=(campaign,)))
    assert points_by_rule(sale) == {"base": 90, "campaign:hh": 100}
    assert sale.breakdown[-1].label == "Happy hour 15–17: x3 on Bun"


def test_tier_factors_give_each_tier_its_own_multiplier() -> None:
    campaign = happy_hour(tier_factors={"gold": 300, "silver": 100})
    program = replace(BASE, campaigns=(campaign,))
    assert price(basket(COFFEE), program, replace(MEMBER, tier_code="gold")).points_earned == 120
    assert price(basket(COFFEE), program, replace(MEMBER, tier_code="bronze")).points_earned == 80
    silver = price(basket(COFFEE), program, replace(MEMBER, tier_code="silver"))
    assert points_by_rule(silver) == {"base": 40}  # a 1x tier gets no campaign line at all


def test_tier_factor_on_a_bonus_doubles_the_referral_bonus_for_the_top_tier() -> None:
    referral = Campaign("ref", "Referral", CampaignKind.ACTION, START, END, bonus_points=100, action="referral",
                        tier_factors={"gold": 200})
    gold = action_bonus((referral,), action="referral", tiers=TIERS, tier_code="gold", now=NOW,
                        marketing_consent=True)
    bronze = action_bonus((referral,), action="referral", tiers=TIERS, tier_code="bronze", now=NOW,
                          marketing_consent=True)
    assert [points for _c, points in gold] == [200]
    assert [points for _c, points in bronze] == [100]


@pytest.mark.parametrize("changes", [
    {"weekdays": frozenset({0})}, {"hour_from": 17, "hour_until": 15}, {"hour_from": 3, "hour_until": 0},
    {"hour_until": 25}, {"tier_factors": {"gold": -1}},
])
def test_a_window_that_cannot_be_meant_is_refused(changes: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        happy_hour(**changes)


# --- member prices and early access ---------------------------------------------------------

BUN_PRICE = MemberPrice("bunmp", "Member bun", product_code="BUN", price_minor=2000)
BAKERY_10 = MemberPrice("bak10", "Bakery 10 %", category="bakery", percent=10)


def test_member_price_is_taken_off_the_line_and_recorded() -> None:
    sale = price(basket(COFFEE, BUN), replace(BASE, member_prices=(BAKERY_10, BUN_PRICE)))
    assert sale.total_minor == 4000 + 4000  # two buns at NOK 20.00: the product's price wins over its category
    (given,) = sale.rule_discounts
    assert (given.rule, given.line_no, given.amount_minor, given.price_minor) == ("member_price:bunmp", 2, 1000, 2000)
    assert sale.points_earned == 80  # earning is on what the member pays
    assert sale.points_redeemed == 0  # a member price spends no points


def test_member_price_needs_an_active_member_on_the_sale() -> None:
    program = replace(BASE, member_prices=(BUN_PRICE,))
    assert price(basket(BUN), program, None).total_minor == 5000
    blocked = replace(MEMBER, status=MemberStatus.BLOCKED)
    assert price(basket(BUN), program, blocked).total_minor == 5000


def test_member_price_with_a_tier_is_for_that_tier_and_up() -> None:
    program = replace(BASE, member_prices=(replace(BAKERY_10, min_tier="silver"),))
    assert price(basket(BUN), program).total_minor == 5000
    assert price(basket(BUN), program, replace(MEMBER, tier_code="gold")).total_minor == 4500


@settings(max_examples=60, deadline=None)
@given(unit=st.integers(0, 10_000), qty=st.integers(1, 20), discount_pct=st.integers(0, 100),
       member_price=st.integers(0, 20_000), percent=st.integers(1, 100))
def test_member_prices_never_make_a_line_negative(unit: int, qty: int, discount_pct: int, member_price: int,
                                                  percent: int) -> None:
    manual = unit * qty * discount_pct // 100
    b = Basket("NOK", (BasketLine(1, "BUN", "Bun", "bakery", unit, qty, manual_discount=manual),))
    for rule in (MemberPrice("p", "P", product_code="BUN", price_minor=member_price),
                 MemberPrice("c", "C", category="bakery", percent=percent)):
        sale = price(b, replace(BASE, member_prices=(rule,)))
        assert 0 <= sale.lines[0].net_minor <= unit * qty - manual
        assert sum(d.amount_minor for d in sale.rule_discounts) == unit * qty - manual - sale.lines[0].net_minor


def test_early_access_refuses_a_lower_tier_and_names_the_tier_and_day() -> None:
    until = datetime(2024, 12, 1, tzinfo=UTC)
    program = replace(BASE, early_access=(EarlyAccess("LATTE", "gold", until),))
    with pytest.raises(ValidationError) as refused:
        price(basket(COFFEE), program)
    assert refused.value.code == "early_access"
    assert str(refused.value) == "Latte is only for Gold members and up until 2024-12-01"
    with pytest.raises(ValidationError):
        price(basket(COFFEE), program, None)
    assert price(basket(COFFEE), program, replace(MEMBER, tier_code="gold")).total_minor == 4000
    assert price(basket(COFFEE), program, now=until).total_minor == 4000  # open to all from the day


# --- volume ---------------------------------------------------------------------------------

TEN_BUNS = VolumeRule("v10", "10+ buns 5 %", product_code="BUN", min_quantity=10, percent=5)
FIFTY_BUNS = VolumeRule("v50", "50+ buns 10 %", product_code="BUN", min_quantity=50, percent=10)
BIG_BASKET = VolumeRule("b2000", "Basket NOK 2,000", min_basket_minor=200_000, bonus_points=100)


def test_volume_takes_the_highest_step_reached() -> None:
    program = replace(BASE, volume_rules=(TEN_BUNS, FIFTY_BUNS))
    assert price(basket(("BUN", "bakery", 2500, 9)), program).rule_discounts == ()
    ten = price(basket(("BUN", "bakery", 2500, 10)), program)
    assert [(d.rule, d.amount_minor) for d in ten.rule_discounts] == [("volume:v10", 1250)]
    fifty = price(basket(("BUN", "bakery", 2500, 50)), program)
    assert [(d.rule, d.amount_minor) for d in fifty.rule_discounts] == [("volume:v50", 12500)]


def test_volume_discount_applies_to_an_anonymous_sale_too() -> None:
    program = replace(BASE, volume_rules=(TEN_BUNS,))
    assert price(basket(("BUN", "bakery", 2500, 10)), program, None).total_minor == 23750


def test_basket_value_bonus_is_a_bonus_line_for_a_member() -> None:
    program = replace(BASE, volume_rules=(BIG_BASKET,))
    sale = price(basket(("TV", "electronics", 200_000, 1)), program)
    assert points_by_rule(sale) == {"base": 2000, "volume:b2000": 100}
    assert sale.earning is not None and sale.earning.bonus_points == 100
    assert price(basket(("TV", "electronics", 199_999, 1)), program).points_earned == 1999


def test_volume_is_measured_after_member_prices() -> None:
    program = replace(BASE, member_prices=(BUN_PRICE,),
                      volume_rules=(VolumeRule("b", "B", min_basket_minor=5000, percent=10),))
    # Two buns cost NOK 40.00 to a member: below the NOK 50.00 step.
    assert price(basket(BUN), program).total_minor == 4000
    assert price(basket(BUN), program, None).total_minor == 4500


@settings(max_examples=60, deadline=None)
@given(qtys=st.lists(st.integers(1, 60), min_size=1, max_size=4), percent=st.integers(1, 100))
def test_volume_discounts_add_up_and_never_go_below_zero(qtys: list[int], percent: int) -> None:
    b = Basket("NOK", tuple(BasketLine(n, "BUN", "Bun", "bakery", 1999, q) for n, q in enumerate(qtys, start=1)))
    program = replace(BASE, volume_rules=(replace(TEN_BUNS, percent=percent),),
                      member_prices=(BAKERY_10,))
    sale = price(b, program)
    assert all(line.net_minor >= 0 for line in sale.lines)
    assert sum(d.amount_minor for d in sale.rule_discounts) == sale.gross_minor - sale.total_minor


@pytest.mark.parametrize("rule", [
    dict(min_quantity=0, min_basket_minor=0, percent=5), dict(min_quantity=5, min_basket_minor=100, percent=5),
    dict(min_quantity=5), dict(min_quantity=5, percent=101), dict(min_quantity=5, percent=5, product_code="A",
                                                                  category="b"),
])
def test_a_volume_rule_that_cannot_be_meant_is_refused(rule: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        VolumeRule("v", "V", **rule)  # type: ignore[arg-type]


def test_program_with_every_new_rule_round_trips_and_an_old_one_keeps_its_document() -> None:
    program = replace(BASE, campaigns=(happy_hour(tier_factors={"gold": 300}),), member_prices=(BUN_PRICE, BAKERY_10),
                      early_access=(EarlyAccess("LATTE", "gold", END),), volume_rules=(TEN_BUNS, BIG_BASKET))
    assert program_from_dict(program_to_dict(program)) == program
    plain = replace(BASE, campaigns=(Campaign("x", "X", CampaignKind.MULTIPLIER, START, END, multiplier_pct=200),))
    document = program_to_dict(plain)
    assert not {"member_prices", "early_access", "volume_rules"} & set(document)
    assert not {"weekdays", "hour_from", "hour_until", "products", "tier_factors"} & set(document["campaigns"][0])


def test_the_publish_list_names_window_and_price_rule_changes() -> None:
    from loyalty_pos.domain.program_diff import program_changes

    before = replace(BASE, campaigns=(happy_hour(weekdays=frozenset()),))
    after = replace(BASE, campaigns=(happy_hour(),), member_prices=(BUN_PRICE,), volume_rules=(TEN_BUNS,),
                    early_access=(EarlyAccess("LATTE", "gold", END),))
    texts = [str(change) for change in program_changes(before, after)]
    assert "Campaigns: Campaign Happy hour weekdays: none → 1, 2, 3, 4, 5" in texts
    assert "Earning: New member price Member bun" in texts
    assert "Earning: Early access: none → LATTE for gold until 2025-01-01" in texts
    assert "Earning: New volume rule 10+ buns 5 %" in texts
