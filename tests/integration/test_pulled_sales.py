"""Sales pulled from the chain's other tills, applied to a real store: stored so they can
be returned here, parked until their member arrives, and a broken or old one never stops
the page it came in."""

from __future__ import annotations

import uuid
from dataclasses import replace
from typing import Any

from loyalty_pos.domain.events import (
    Event,
    MemberEnrolled,
    SaleCommitted,
    stored_payload,
)
from loyalty_pos.domain.hlc import Hlc
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.tender import Tender
from loyalty_pos.services.sale.chain_sales import sold_record
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    checkout,
    new_sale_id,
)
from loyalty_pos.services.sale.returns import (
    ProcessReturn,
    process_return,
    quote_return,
)
from loyalty_pos.services.shop.chain_pull import Applied, PulledEvent, apply_pulled
from tests.integration.conftest import Shop

OTHER = "T009"
_seq = iter(range(1, 10_000))


def pull(shop: Shop, *events: Event | tuple[Event, dict[str, Any]]) -> Applied:
    """``events`` as another till's, one page; an event with a dict is sent with that payload."""
    now = shop.clock.now()
    page = []
    for item in events:
        event, payload = item if isinstance(item, tuple) else (item, stored_payload(item))
        seq = next(_seq)
        page.append(PulledEvent(seq, str(uuid.uuid4()), str(event.type), event.key, now,
                                Hlc(int(now.timestamp() * 1000) + seq, 0, OTHER), OTHER, payload))
    uow = shop.uow()
    with uow:
        applied = apply_pulled(uow, page, terminal_id=shop.cashier.terminal_id, now=now)
        uow.commit()
    return applied


def elsewhere(shop: Shop, member_id: str, receipt_no: str) -> SaleCommitted:
    """A sale as another till would push it: rung up here, then renumbered as that till's."""
    sold = checkout(shop.uow(), Checkout(new_sale_id(), member_id, (SaleLineInput("COF-FIL", 2),), (), tender="card"),
                    actor=shop.cashier, clock=shop.clock).receipt
    uow = shop.uow()
    with uow:
        record = uow.sales.get(sold.sale_id)
    assert record is not None
    record = replace(record, sale_id=str(uuid.uuid4()), receipt_no=receipt_no, terminal_id=OTHER)
    return SaleCommitted(record.sale_id, receipt_no, member_id, record.total_minor, record.currency, Tender.CARD,
                         record.points_earned, record.points_redeemed, sold=sold_record(record))


def test_a_pulled_sale_waits_for_its_member_then_is_returned_here(shop: Shop) -> None:
    ada = shop.enrol("Ada Lovelace")
    sale = elsewhere(shop, ada.id, "RT009-000001")
    newcomer = MemberEnrolled("m-new", "Grace Hopper", None, None, None, True, True, "9400000000990002", "basic")
    moved = replace(sale, sale_id=str(uuid.uuid4()), receipt_no="RT009-000002", member_id="m-new")

    first = pull(shop, moved)  # its member is in a later page
    assert first.parked == 1
    pull(shop, newcomer, sale)

    for receipt_no in ("RT009-000001", "RT009-000002"):
        assert quote_return(shop.uow(), receipt_no).remaining == {1: 2}
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), "rt009-000002", (ReturnLine(1, 2),)),
                   actor=shop.manager, clock=shop.clock)
    assert quote_return(shop.uow(), "RT009-000002").remaining == {1: 0}


def test_an_old_or_broken_pulled_sale_is_skipped_and_the_rest_of_its_page_applies(shop: Shop) -> None:
    ada = shop.enrol("Ada Lovelace")
    good = elsewhere(shop, ada.id, "RT009-000011")
    old = elsewhere(shop, ada.id, "RT009-000012")
    old_payload = {name: value for name, value in stored_payload(old).items() if name != "sold"}
    broken = elsewhere(shop, ada.id, "RT009-000013")
    assert broken.sold is not None
    twice = replace(broken, sold=replace(broken.sold, lines=broken.sold.lines * 2))  # two lines numbered 1
    taken = elsewhere(shop, ada.id, "RT009-000014")
    clash = replace(taken, sale_id=str(uuid.uuid4()))  # a number already held here, under another sale id

    applied = pull(shop, taken, (old, old_payload), twice, clash, good)

    assert applied.applied == 2 and applied.ignored == 3
    uow = shop.uow()
    with uow:
        assert [uow.sales.by_receipt(n) is not None for n in ("RT009-000011", "RT009-000012", "RT009-000013")] == [
            True, False, False]
        assert uow.sales.by_receipt("RT009-000014").sale_id == taken.sale_id  # type: ignore[union-attr]
