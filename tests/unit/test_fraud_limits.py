"""Fraud limits in the engine: caps trim points or refuse redemptions with their figures,
own cards and searched members are recognised, unusual patterns are found."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.fraud_limits import (
    FraudLimits,
    MemberRedeemCap,
    SaleRedeemCap,
    TerminalRedeemCap,
    TodayUsage,
    Verification,
    answer_matches,
    cap_trim,
    is_own_card,
    needs_second_manager,
)
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import price_sale
from loyalty_pos.domain.program import EarningRules, Program, Reward, RewardKind, Tier, TierPolicy
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.unusual_activity import (
    Finding,
    Lookup,
    LookupHow,
    Pattern,
    Redemption,
    busiest,
    find_unusual,
)
from loyalty_pos.i18n.points_labels import cap_note

NOW = datetime(2026, 11, 20, 15, 0, tzinfo=UTC)
PROGRAM = Program("NOK", EarningRules(), TierPolicy((Tier("basic", "Basic", 0),)), rewards=(
    Reward("nok50", "NOK 50 off", RewardKind.AMOUNT_OFF, 120, amount_minor=5000),
    Reward("pay", "Pay with points", RewardKind.PAY_WITH_POINTS, 20, point_value_minor=50),
))
MEMBER = MemberView(member_id="m1", tier_code="basic", balance=1_000)


def sale(amount: int, *, limits: FraudLimits, member: MemberView = MEMBER, usage: TodayUsage | None = None,
         daily_cap: int | None = None, redeem: tuple[RedemptionRequest, ...] = ()):  # noqa: ANN202
    program = replace(PROGRAM, limits=limits, earning=EarningRules(daily_cap=daily_cap))
    basket = Basket("NOK", (BasketLine(1, "P1", "Thing", "grocery", amount, 1),))
    return price_sale(basket, member, program, redemptions=redeem, sale_id="s1", now=NOW, usage=usage)


def test_a_sale_cap_trims_the_points_and_says_which_cap_and_how_many() -> None:
    priced = sale(65_00, limits=FraudLimits(earn_per_sale=40))
    assert priced.points_earned == 40
    assert [(line.rule, line.points) for line in priced.breakdown] == [("base", 65), ("sale_cap", -25)]
    assert cap_note([(line.rule, line.points) for line in priced.breakdown], priced.points_earned,
                    language="en") == "Points cap per sale reached: 40 of 65 points earned"


def test_the_till_cap_counts_what_the_till_earned_today_after_the_members_cap() -> None:
    priced = sale(100_00, limits=FraudLimits(terminal_earn_per_day=500), daily_cap=80,
                  usage=TodayUsage(terminal_earned=470))
    assert [(line.rule, line.points) for line in priced.breakdown] == [
        ("base", 100), ("daily_cap", -20), ("terminal_cap", -50)]
    assert priced.points_earned == 30
    assert cap_trim([(line.rule, line.points) for line in priced.breakdown], 30).rule == "terminal_cap"


def test_the_till_cap_is_not_applied_without_the_tills_usage() -> None:
    assert sale(100_00, limits=FraudLimits(terminal_earn_per_day=10)).points_earned == 100


def test_the_members_daily_cap_note_on_the_receipt() -> None:
    priced = sale(65_00, limits=FraudLimits(), daily_cap=100, member=replace(MEMBER, points_earned_today=60))
    note = cap_note([(line.rule, line.points) for line in priced.breakdown], priced.points_earned, language="en")
    assert note == "Daily points cap reached: 40 of 65 points earned"


def test_no_cap_no_note() -> None:
    priced = sale(65_00, limits=FraudLimits(earn_per_sale=100))
    assert cap_note([(line.rule, line.points) for line in priced.breakdown], priced.points_earned,
                    language="en") is None


@pytest.mark.parametrize(("limits", "member", "usage", "error", "params"), [
    (FraudLimits(redeem_per_sale=100), MEMBER, None, SaleRedeemCap, {"cap": 100, "points": 140}),
    (FraudLimits(member_redeem_per_day=200), replace(MEMBER, points_redeemed_today=150), None, MemberRedeemCap,
     {"cap": 200, "used": 150, "left": 50}),
    (FraudLimits(terminal_redeem_per_day=1000), MEMBER, TodayUsage(terminal_redeemed=900), TerminalRedeemCap,
     {"cap": 1000, "used": 900, "left": 100}),
])
def test_a_redemption_over_a_cap_is_refused_with_the_figures(limits, member, usage, error, params) -> None:  # noqa: ANN001
    with pytest.raises(error) as refused:
        sale(100_00, limits=limits, member=member, usage=usage,
             redeem=(RedemptionRequest("pay", 20), RedemptionRequest("nok50")))
    for name, value in params.items():
        assert refused.value.params[name] == value
    assert refused.value.redemption == 1  # the till takes off the newest one and keeps the rest
    assert str(params["cap"]) in refused.value.message


def test_a_redemption_within_every_cap_goes_through() -> None:
    limits = FraudLimits(redeem_per_sale=120, member_redeem_per_day=500, terminal_redeem_per_day=500)
    priced = sale(100_00, limits=limits, usage=TodayUsage(terminal_redeemed=380),
                  member=replace(MEMBER, points_redeemed_today=380), redeem=(RedemptionRequest("nok50"),))
    assert priced.points_redeemed == 120


@settings(max_examples=60, deadline=None)
@given(amount=st.integers(0, 500_00), sale_cap=st.none() | st.integers(0, 600),
       till_cap=st.none() | st.integers(0, 600), till_earned=st.integers(0, 700),
       daily=st.none() | st.integers(0, 600), member_earned=st.integers(0, 700))
def test_caps_never_give_more_than_any_cap_leaves_nor_more_than_uncapped(
        amount: int, sale_cap: int | None, till_cap: int | None, till_earned: int, daily: int | None,
        member_earned: int) -> None:
    limits = FraudLimits(earn_per_sale=sale_cap, terminal_earn_per_day=till_cap)
    uncapped = sale(amount, limits=FraudLimits()).points_earned
    priced = sale(amount, limits=limits, usage=TodayUsage(terminal_earned=till_earned), daily_cap=daily,
                  member=replace(MEMBER, points_earned_today=member_earned))
    earned = priced.points_earned
    assert 0 <= earned <= uncapped
    assert sale_cap is None or earned <= sale_cap
    assert till_cap is None or earned <= max(0, till_cap - till_earned)
    assert daily is None or earned <= max(0, daily - member_earned)
    assert sum(points for _line, points in priced.earning.per_line) == earned
    trim = cap_trim([(line.rule, line.points) for line in priced.breakdown], earned)
    assert (trim is None) == (earned == uncapped)
    assert trim is None or trim.uncapped == uncapped


def test_limits_refuse_nonsense() -> None:
    for bad in ({"earn_per_sale": -1}, {"cashier_lookups": 1}, {"phone_digits": 1}, {"window_minutes": 0}):
        with pytest.raises(ValidationError):
            FraudLimits(**bad)


def test_second_manager_above_the_threshold_either_way() -> None:
    limits = FraudLimits(second_manager_above=500)
    assert not needs_second_manager(limits, 500)
    assert needs_second_manager(limits, 501) and needs_second_manager(limits, -501)
    assert not needs_second_manager(FraudLimits(), 10**6)


def test_own_card_by_link_or_by_phone() -> None:
    assert is_own_card(staff_member_id="m1", staff_phone=None, member_id="m1", member_phone=None)
    assert is_own_card(staff_member_id=None, staff_phone="912 34 567", member_id="m1", member_phone="+4791234567")
    assert not is_own_card(staff_member_id="m2", staff_phone="91234568", member_id="m1", member_phone="+4791234567")
    assert not is_own_card(staff_member_id=None, staff_phone="", member_id="m1", member_phone=None)


def test_verification_answers() -> None:
    phone = FraudLimits(verify_searched=Verification.PHONE_DIGITS, phone_digits=4)
    assert answer_matches(phone, " 4567", phone="+4791234567", birthday=None)
    assert not answer_matches(phone, "4568", phone="+4791234567", birthday=None)
    assert not answer_matches(phone, "", phone="+4791234567", birthday=None)
    assert not answer_matches(phone, "4567", phone=None, birthday=None)
    born = FraudLimits(verify_searched=Verification.BIRTH_DATE)
    assert answer_matches(born, "1990-01-31", phone=None, birthday="1990-01-31")
    assert not answer_matches(born, "1990-01-30", phone=None, birthday="1990-01-31")


def _at(minute: int) -> datetime:
    return NOW + timedelta(minutes=minute)


def test_many_redemptions_by_one_member_and_by_one_cashier_are_listed() -> None:
    limits = FraudLimits(window_minutes=30, member_redemptions=3, cashier_redemptions=4)
    redemptions = [Redemption(f"e{i}", "m1", "cashier", _at(i * 5)) for i in range(3)]  # 3 in 10 minutes
    redemptions += [Redemption("e9", "m2", "cashier", _at(12))]
    redemptions += [Redemption(f"f{i}", "m3", "other", _at(i * 60)) for i in range(5)]  # spread out: not listed
    found = find_unusual(limits, redemptions, [])
    assert found == [
        Finding(Pattern.CASHIER_REDEMPTIONS, "cashier", 4, 4, _at(0), _at(12)),
        Finding(Pattern.MEMBER_REDEMPTIONS, "m1", 3, 3, _at(0), _at(10)),
    ]


def test_many_different_members_looked_up_by_one_cashier_are_listed_once() -> None:
    limits = FraudLimits(window_minutes=10, cashier_lookups=3)
    lookups = [Lookup(_at(i), "01", "cashier", f"m{i}", LookupHow.SEARCH) for i in range(4)]
    lookups += [Lookup(_at(i), "01", "honest", "m1", LookupHow.CARD) for i in range(6)]  # one member, often
    assert find_unusual(limits, [], lookups) == [Finding(Pattern.CASHIER_LOOKUPS, "cashier", 4, 3, _at(0), _at(3))]
    assert find_unusual(replace(limits, cashier_lookups=None), [], lookups) == []


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 120), st.sampled_from("abcde")), max_size=25), st.integers(1, 30))
def test_the_busiest_window_is_the_brute_force_one(events: list[tuple[int, str]], minutes: int) -> None:
    timed = [(_at(minute), item) for minute, item in events]
    window = timedelta(minutes=minutes)
    best = max((len({item for at, item in timed if start <= at <= start + window}) for start, _ in timed),
               default=None)
    found = busiest(timed, window)
    assert (found.count if found else None) == best
