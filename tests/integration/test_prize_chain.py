"""A chain till's prizes on a real SQLite file: it hands out only codes leased to it, each
handout queued for the chain; the pulled side stores codes, entries and draws once
(docs/ARCHITECTURE.md "Prizes in a chain")."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from loyalty_pos.demo.prizes import CINEMA, HAMPER
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import GiveawayDrawn, GiveawayEntered, GiveawaySeedCommitted, PartnerCodeHandedOut
from loyalty_pos.domain.prizes import Entry, draw_winners, seed_digest
from loyalty_pos.domain.basket import Basket, BasketLine
from loyalty_pos.domain.members import MemberView
from loyalty_pos.domain.pricing import PricedSale, price_sale
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.domain.sync_link import CHAIN_ROLE, JOINED
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program import giveaways
from loyalty_pos.services.program.code_leases import take_lease
from loyalty_pos.services.program.partner_codes import partner_codes
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale import prizes
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.shop.chain_prizes import take_pulled_prizes
from tests.integration.conftest import Shop


def _joined(shop: Shop) -> None:
    with shop.uow() as uow:
        uow.sync_state.set(CHAIN_ROLE, JOINED, shop.clock.now())
        uow.commit()


def _buy(shop: Shop, reward_id: str) -> str:
    member = shop.enrol(f"Member {uuid.uuid4().hex[:6]}")
    adjust_points(shop.uow(), member_id=member.id, points=300, reason="prize test", actor=shop.manager,
                  clock=shop.clock)
    sale_id = str(uuid.uuid4())
    checkout(shop.uow(), Checkout(sale_id, member.id, (SaleLineInput("BAK-BUN", 1),), (RedemptionRequest(reward_id),)),
             actor=shop.cashier, clock=shop.clock)
    return sale_id


def _priced_cinema(shop: Shop) -> PricedSale:
    """The sale as the till priced it while a code was still left."""
    with shop.uow(readonly=True) as uow:
        program = published_program(uow)
    basket = Basket("NOK", (BasketLine(1, "BAK-BUN", "Cinnamon bun", "bakery", 3500, 1),))
    return price_sale(basket, MemberView(member_id="m", tier_code="bronze", balance=300), program,
                      redemptions=(RedemptionRequest(CINEMA),), stock_left={CINEMA: 1}, sale_id=str(uuid.uuid4()),
                      now=shop.clock.now())


def test_a_joined_till_hands_out_only_leased_codes_and_queues_each_for_the_chain(shop: Shop) -> None:
    _joined(shop)
    assert [(p.left, p.pool) for p in partner_codes(shop.uow(readonly=True))] == [(0, 0)]  # the demo's 60 are not its
    with pytest.raises(LoyaltyError) as none_yet:
        _buy(shop, CINEMA)
    assert none_yet.value.code == "out_of_stock"  # the stock the till prices with is its leased codes: none
    take_lease(shop.uow(), {CINEMA: ["L-1"]}, {CINEMA: 9}, terminal_id="01", now=shop.clock.now())
    take_lease(shop.uow(), {CINEMA: ["L-1"]}, {CINEMA: 9}, terminal_id="01", now=shop.clock.now())  # answered again
    sale_id = _buy(shop, CINEMA)
    with shop.uow(readonly=True) as uow:
        queued = [row.payload for row in uow.outbox.pending(10_000) if row.kind == "partner_code_handed_out"]
    assert [(p["code"], p["sale_id"]) for p in queued] == [("L-1", sale_id)]
    assert [(p.handed_out, p.left, p.pool) for p in partner_codes(shop.uow(readonly=True))] == [(1, 0, 9)]
    with shop.uow() as uow:  # a race at commit (the stock was read before another sale took the last code)
        with pytest.raises(LoyaltyError) as used_up:
            prizes.settle_prizes(uow, _priced_cinema(shop), None, shop.cashier, shop.clock.now())
    assert used_up.value.code == "partner_codes_used_up_here" and "next sync" in used_up.value.message


def test_a_standalone_till_queues_no_handout_of_its_own_codes(shop: Shop) -> None:
    _buy(shop, CINEMA)
    with shop.uow(readonly=True) as uow:
        assert not [row for row in uow.outbox.pending(10_000) if row.kind == "partner_code_handed_out"]


def test_pulled_codes_entries_and_draws_are_stored_once_and_verify(shop: Shop) -> None:
    _joined(shop)
    at = shop.clock.now()
    seed = "5eed" * 8
    entries = (Entry("s-1:1", "m-1"), Entry("s-1:2", "m-1"), Entry("s-2:1", "m-2"))
    winners = draw_winners(entries, seed, 2)
    pulled = [
        PartnerCodeHandedOut(CINEMA, "OTHER-1", "s-9", "T003", at),
        GiveawayEntered(HAMPER, "s-1", "m-1", ("s-1:1", "s-1:2"), "T003", at),
        GiveawayEntered(HAMPER, "s-2", "m-2", ("s-2:1",), "T004", at),
        GiveawaySeedCommitted(HAMPER, seed_digest(seed), at + timedelta(days=30)),  # replaces the demo's own seed
        GiveawayDrawn(HAMPER, seed, seed_digest(seed), 3, winners),
    ]
    with shop.uow() as uow:
        assert [take_pulled_prizes(uow, event, at, "T001") for event in pulled] == [True] * 5
        assert [take_pulled_prizes(uow, event, at, "T001") for event in pulled] == [False] * 5  # a page again
        uow.commit()
    (codes,) = partner_codes(shop.uow(readonly=True))
    assert (codes.handed_out, codes.left) == (1, 0)  # another till's, never this one's to hand out
    (status,) = giveaways.giveaways(shop.uow(readonly=True))
    assert (status.entries, status.members, status.published_seed) == (3, 2, seed)
    verified = giveaways.verify(shop.uow(readonly=True), HAMPER)
    assert verified.ok and verified.recomputed == winners
    with pytest.raises(LoyaltyError) as refused:
        giveaways.commit_seed(shop.uow(), HAMPER, actor=shop.manager, clock=shop.clock)
    assert refused.value.code == "giveaway_at_head_office"
