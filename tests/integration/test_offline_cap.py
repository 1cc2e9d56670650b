"""The offline redemption cap: checkout decides from the till's sync state, not from its caller."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import (
    Checkout,
    OfflineRedeemCap,
    SaleLineInput,
    checkout,
)
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.sync_status import (
    OFFLINE_AFTER_MINUTES,
    OFFLINE_REDEEM_CAP,
    read_sync_status,
)
from tests.integration.conftest import Shop


def _register(shop: Shop, *, synced_ago: timedelta | None) -> None:
    now = shop.clock.now()
    with shop.uow() as uow:
        uow.sync_state.set("server_url", "https://chain.example", at=now)
        uow.sync_state.set("terminal_token", "secret", at=now)
        uow.sync_state.set("terminal_id", "T002", at=now)
        if synced_ago is not None:
            uow.sync_state.set("last_sync_at", (now - synced_ago).isoformat(), at=now)
        uow.commit()


def _coffee(shop: Shop, member_id: str):
    cmd = Checkout(str(uuid.uuid4()), member_id, (SaleLineInput("COF-FIL", 1),),
                   redemptions=(RedemptionRequest("free-coffee"),))
    return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)


@pytest.fixture
def rich(shop: Shop) -> str:
    """A member with points for several coffees, and a cap of one coffee a day offline."""
    member = shop.enrol()
    adjust_points(shop.uow(), member_id=member.id, points=1000, reason="goodwill", actor=shop.manager,
                  clock=shop.clock)
    change_settings(shop.uow(), {OFFLINE_REDEEM_CAP: "100"}, actor=shop.manager, clock=shop.clock)
    return member.id


def test_a_till_that_has_not_synced_for_the_setting_caps_redemption(shop: Shop, rich: str) -> None:
    _register(shop, synced_ago=timedelta(minutes=16))  # default: offline after 15 minutes
    assert _coffee(shop, rich).receipt.points_redeemed == 100
    with pytest.raises(OfflineRedeemCap) as refused:
        _coffee(shop, rich)
    assert "at most 100 points a day" in str(refused.value) and "100 already used today" in str(refused.value)


def test_a_till_that_synced_recently_is_not_capped(shop: Shop, rich: str) -> None:
    _register(shop, synced_ago=timedelta(minutes=14))
    _coffee(shop, rich)
    assert _coffee(shop, rich).receipt.points_redeemed == 100


def test_the_offline_time_is_a_setting(shop: Shop, rich: str) -> None:
    _register(shop, synced_ago=timedelta(minutes=14))
    change_settings(shop.uow(), {OFFLINE_AFTER_MINUTES: "10"}, actor=shop.manager, clock=shop.clock)
    _coffee(shop, rich)
    with pytest.raises(OfflineRedeemCap):
        _coffee(shop, rich)


def test_a_registered_till_that_never_synced_is_offline(shop: Shop, rich: str) -> None:
    _register(shop, synced_ago=None)
    assert read_sync_status(shop.uow(readonly=True), clock=shop.clock).offline
    _coffee(shop, rich)
    with pytest.raises(OfflineRedeemCap):
        _coffee(shop, rich)


def test_a_single_shops_till_is_never_offline(shop: Shop, rich: str) -> None:
    assert not read_sync_status(shop.uow(readonly=True), clock=shop.clock).offline
    for _ in range(3):
        _coffee(shop, rich)


def test_without_its_own_setting_the_programs_cap_applies(shop: Shop, rich: str) -> None:
    change_settings(shop.uow(), {OFFLINE_REDEEM_CAP: ""}, actor=shop.manager, clock=shop.clock)
    _register(shop, synced_ago=timedelta(hours=2))
    for _ in range(5):  # the demo program caps offline redemption at 500 a day
        _coffee(shop, rich)
    with pytest.raises(OfflineRedeemCap):
        _coffee(shop, rich)
