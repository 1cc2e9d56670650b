"""Campaigns are edited in the draft and reach the till when it is published."""

from __future__ import annotations

from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import Conflict, FieldsInvalid, PermissionDenied
from loyalty_pos.domain.program import CampaignKind
from loyalty_pos.services.program.campaign_catalog import campaign_catalog, end_campaign, make_campaign, save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, new_sale_id
from loyalty_pos.services.program.programs import published_program, working_draft
from loyalty_pos.services.sale.till import refresh_sale
from tests.integration.conftest import NOW, Shop


def _weekend_rye(**changes: object):  # noqa: ANN202
    values = dict(id="", name="Rye weekend", kind=CampaignKind.MULTIPLIER, starts_at=NOW - timedelta(hours=1),
                  ends_at=NOW + timedelta(days=2), multiplier_pct=500, categories=frozenset({"bakery"}))
    values.update(changes)
    return make_campaign(**values)


_SALE_ID = new_sale_id()  # one id throughout: the demo's instant-win campaign is decided by it


def _points_for_rye(shop: Shop, member_id: str) -> int:
    cmd = Checkout(_SALE_ID, member_id, (SaleLineInput("BAK-RYE", 2),))
    return refresh_sale(shop.uow(readonly=True), cmd, clock=shop.clock).priced.points_earned


def test_a_saved_campaign_is_in_the_draft_and_prices_sales_only_once_published(shop: Shop) -> None:
    member = shop.enrol()
    before = _points_for_rye(shop, member.id)
    saved = save_campaign(shop.uow(), _weekend_rye(), actor=shop.manager, clock=shop.clock)
    assert saved.id == "rye-weekend"
    with shop.uow(readonly=True) as uow:
        assert saved in working_draft(uow).campaigns
        assert saved not in published_program(uow).campaigns
    assert _points_for_rye(shop, member.id) == before  # the till still sells on the published version

    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    assert _points_for_rye(shop, member.id) > before
    catalog = campaign_catalog(shop.uow(readonly=True), clock=shop.clock)
    assert "rye-weekend" not in catalog.changes  # the draft and the published version agree again


def test_every_problem_is_named_against_its_field_at_once() -> None:
    with pytest.raises(FieldsInvalid) as refused:
        make_campaign(id="", name=" ", kind=CampaignKind.MULTIPLIER, starts_at=NOW, ends_at=NOW - timedelta(days=1),
                      multiplier_pct=100)
    assert set(refused.value.fields) == {"name", "ends_at", "multiplier_pct"}
    with pytest.raises(FieldsInvalid) as refused:
        make_campaign(id="", name="Lucky", kind=CampaignKind.INSTANT_WIN, starts_at=NOW,
                      ends_at=NOW + timedelta(days=1), bonus_points=0, one_in=1)
    assert set(refused.value.fields) == {"bonus_points", "one_in"}


@pytest.mark.parametrize(("changes", "field"), [
    ({"categories": frozenset({"no-such-aisle"})}, "categories"),
    ({"min_tier": "platinum"}, "min_tier"),
    ({"kind": CampaignKind.ACTION, "bonus_points": 10, "action": "app_signup", "multiplier_pct": 100}, "action"),
])
def test_names_that_do_not_exist_are_refused_and_nothing_is_saved(shop: Shop, changes: dict, field: str) -> None:
    with shop.uow(readonly=True) as uow:
        draft_before = uow.program.draft()
    with pytest.raises(FieldsInvalid) as refused:
        save_campaign(shop.uow(), _weekend_rye(**changes), actor=shop.manager, clock=shop.clock)
    assert field in refused.value.fields
    with shop.uow(readonly=True) as uow:
        assert uow.program.draft() == draft_before


def test_ending_a_running_campaign_stops_it_now_and_a_future_one_is_removed(shop: Shop) -> None:
    running = save_campaign(shop.uow(), _weekend_rye(), actor=shop.manager, clock=shop.clock)
    future = save_campaign(shop.uow(), _weekend_rye(name="Next month", starts_at=NOW + timedelta(days=30),
                                                    ends_at=NOW + timedelta(days=40)),
                           actor=shop.manager, clock=shop.clock)
    ended = end_campaign(shop.uow(), running.id, actor=shop.manager, clock=shop.clock)
    assert ended is not None and ended.ends_at == NOW and not ended.running(NOW)
    assert end_campaign(shop.uow(), future.id, actor=shop.manager, clock=shop.clock) is None
    with shop.uow(readonly=True) as uow:
        ids = {c.id for c in working_draft(uow).campaigns}
    assert running.id in ids and future.id not in ids
    with pytest.raises(Conflict):
        end_campaign(shop.uow(), running.id, actor=shop.manager, clock=shop.clock)


def test_cashiers_cannot_edit_campaigns(shop: Shop) -> None:
    with pytest.raises(PermissionDenied):
        save_campaign(shop.uow(), _weekend_rye(), actor=shop.cashier, clock=shop.clock)
