"""Partner codes and giveaway entries are chain-wide: head office and a till through the
real server on PostgreSQL (docs/ARCHITECTURE.md "Prizes in a chain")."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from loyalty_pos.demo.prizes import CINEMA, HAMPER
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.events import PartnerCodeHandedOut
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.journal import record
from loyalty_pos.services.program import giveaways
from loyalty_pos.services.program.partner_codes import import_codes, partner_codes
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.shop.prize_report import PrizeRow, prize_report
from loyalty_pos.sync.server import tables as t
from tests.sync.conftest import ApiTill, Till, make_till, server_for
from tests.sync.real_server import RealServer

POOLED = [f"CHAIN-{n:03d}" for n in range(30)]


@pytest.fixture(params=["real"])
def server(request: pytest.FixtureRequest) -> Iterator[RealServer]:
    yield from server_for(request)  # type: ignore[misc]


@pytest.fixture
def chain(server: RealServer, tmp_path: Path, till_shops: tuple[Path, Path]) -> Iterator[tuple[Till, Till]]:
    """Head office (a till too) and a joined till, both demo shops with the demo's own local codes."""
    with ExitStack() as stack:
        yield (make_till(stack, server, tmp_path / "ho", "head-office", head_office=True, template=till_shops[0]),
               make_till(stack, server, tmp_path / "b", "till-b", template=till_shops[1]))


def _redeem(till: Till, reward_id: str, times: int = 1) -> list[str]:
    """A new member buys ``times`` of ``reward_id``; the codes the receipt prints."""
    member = till.enrol(f"Member {uuid.uuid4().hex[:6]}")
    till.give(member.id, 250 * times)
    sold = checkout(till.app.uow(), Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("BAK-BUN", 1),),
                                             tuple(RedemptionRequest(reward_id) for _ in range(times))),
                    actor=till.cashier, clock=till.app.clock)
    return [reward.facts.code for reward in sold.receipt.rewards if reward.facts is not None and reward.facts.code]


def _codes_at(till: Till) -> dict[str, str | None]:
    """Every code of the cinema reward this till holds: code -> the sale it went to."""
    uow = till.app.uow()
    with uow:
        rows = uow._connection.exec_driver_sql(
            "SELECT code, sale_id FROM partner_codes WHERE reward_id = ? AND leased", (CINEMA,)).all()
    return {row[0]: row[1] for row in rows}


def _block_of_ten(till: Till) -> None:
    """Head office sets the block a till holds: 10 codes, topped up below 5."""
    uow = till.app.uow()
    with uow:
        program = uow.program.published()
        assert program is not None
        cinema = replace(program.reward(CINEMA), codes_per_till=10)  # type: ignore[arg-type]
        rewards = tuple(cinema if reward.id == CINEMA else reward for reward in program.rewards)
        uow.program.save_draft(replace(program, rewards=rewards), actor="head-office", at=till.app.clock.now())
        uow.program.publish(actor="head-office", at=till.app.clock.now())
        uow.commit()


def _sync(*tills: Till) -> None:
    for till in tills:
        round_ = till.sync()
        assert round_.error is None, round_.error


def test_codes_pooled_at_head_office_are_leased_in_blocks_and_never_handed_out_twice(
        chain: tuple[Till, Till], server: RealServer) -> None:
    ho, b = chain
    for till in chain:  # as head office's publication brings it (these tills hold no key file to publish)
        _block_of_ten(till)
    _sync(ho, b)  # head office's own 60 demo codes went to the pool when it registered: each till leases 10
    assert [(p.left, p.pool) for p in partner_codes(b.app.uow(readonly=True))] == [(10, 40)]
    with pytest.raises(LoyaltyError) as refused:
        import_codes(b.app.uow(), CINEMA, "\n".join(POOLED), actor=b.manager, clock=b.app.clock)
    assert refused.value.code == "partner_codes_at_head_office"
    pooled = import_codes(ho.app.uow(), CINEMA, "code\n" + "\n".join(POOLED + POOLED[:2]), actor=ho.manager,
                          clock=ho.app.clock)
    assert (pooled.added, pooled.duplicates, pooled.pooled) == (30, 2, True)
    _sync(ho, b)
    assert [(p.left, p.pool) for p in partner_codes(b.app.uow(readonly=True))] == [(10, 70)]
    # Offline: both hand out codes. b holds the same 60 demo codes as head office did, imported on its own
    # before it joined: it hands out only the ones leased to it.
    handed_ho = [code for _ in range(4) for code in _redeem(ho, CINEMA)]
    handed_b = [code for _ in range(6) for code in _redeem(b, CINEMA)]
    assert not set(handed_ho) & set(handed_b)
    _sync(b, ho)  # b first: it had 4 left (< 5), so it is topped up to 10; head office has 6 left
    more_ho = [code for _ in range(1) for code in _redeem(ho, CINEMA)]
    more_b = [code for _ in range(3) for code in _redeem(b, CINEMA)]
    _sync(ho, b, ho)  # the other order; head office has 5 left, not below half: no top-up
    handed = handed_ho + handed_b + more_ho + more_b
    assert len(handed) == len(set(handed)) == 14
    with server.engine.connect() as connection:
        rows = connection.execute(sa.select(t.partner_codes.c.code, t.partner_codes.c.leased_to,
                                            t.partner_codes.c.sale_id)).all()
    leased = [row for row in rows if row.leased_to is not None]
    assert len(rows) == 90 and len(leased) == 26  # the pool ran down by the codes leased: 10 + 10 + 6
    assert sorted(row.code for row in rows if row.sale_id is not None) == sorted(handed)
    for till, mine in ((ho, handed_ho + more_ho), (b, handed_b + more_b)):
        terminal = till.cashier.terminal_id
        assert set(mine) <= {row.code for row in leased if row.leased_to == terminal}  # only its own lease
        (codes,) = partner_codes(till.app.uow(readonly=True))
        assert (codes.handed_out, codes.pool) == (14, 64)  # the chain's count; the pool's 90 less 26 leased
        assert codes.left == sum(1 for row in leased if row.leased_to == terminal and row.sale_id is None)
        assert set(mine) <= {code for code, sale in _codes_at(till).items() if sale is not None}
    report = prize_report(b.app.uow(readonly=True), start=b.app.clock.now(), end=b.app.clock.now())
    assert [(line.row, line.count) for line in report if line.subject == "Cinema night"] == [
        (PrizeRow.CODES_HANDED_OUT, 14), (PrizeRow.CODES_LEFT, 7), (PrizeRow.CODES_POOL, 64)]

    # A till cannot claim a code not leased to it: the batch is refused (4xx) and nothing stored.
    events_before = len(server.events)
    theirs = next(code for code, sale in _codes_at(ho).items() if sale is None)
    uow = b.app.uow()
    with uow:
        record(uow, b.cashier, PartnerCodeHandedOut(CINEMA, theirs, str(uuid.uuid4()), b.cashier.terminal_id,
                                                    b.app.clock.now()), b.app.clock.now())
        uow.commit()
    refused_round = b.sync()
    assert refused_round.error_code == "event_invalid" and "not leased" in (refused_round.error or "")
    assert len(server.events) == events_before


def test_entries_at_two_tills_are_drawn_at_head_office_and_verified_at_the_till(chain: tuple[Till, Till]) -> None:
    ho, b = chain
    _sync(ho, b)  # b takes head office's seed commitment (the demo's) in place of its own
    _redeem(ho, HAMPER, times=2)
    _redeem(b, HAMPER, times=3)
    _sync(b, ho)
    (status,) = giveaways.giveaways(ho.app.uow(readonly=True))
    assert (status.entries, status.members) == (5, 2)
    b.app.clock.at = ho.app.clock.at = status.reward.valid_until + timedelta(hours=1)
    with pytest.raises(LoyaltyError) as refused:
        giveaways.draw(b.app.uow(), HAMPER, actor=b.manager, clock=b.app.clock)
    assert refused.value.code == "giveaway_at_head_office"
    winners = giveaways.draw(ho.app.uow(), HAMPER, actor=ho.manager, clock=ho.app.clock)
    assert len(winners) == 2
    _sync(ho, b)
    verified = giveaways.verify(b.app.uow(readonly=True), HAMPER)
    assert verified.ok and verified.recomputed == winners
    (at_b,) = giveaways.giveaways(b.app.uow(readonly=True))
    (at_ho,) = giveaways.giveaways(ho.app.uow(readonly=True))
    assert at_b.entries == 5 and at_b.published_seed == at_ho.published_seed is not None
    assert at_b.winner_names == at_ho.winner_names
    report = prize_report(b.app.uow(readonly=True), start=b.app.clock.now(), end=b.app.clock.now())
    assert [line.count for line in report if line.row is PrizeRow.WINNER] == [1, 2]


def test_the_pool_refuses_what_a_till_may_not_do_with_a_4xx_and_a_lost_lease_answer_is_answered_again(
        api: str, engine: sa.engine.Engine) -> None:
    head = ApiTill.enrol(api, engine, "Pool HO", head_office=True)
    till = ApiTill.enrol(api, engine, "Pool till")
    try:
        pooled = head.event("partner_codes_pooled", "cinema", {"reward_id": "cinema", "codes": ["P-1", "P-2", "P-3"]})
        assert till.push([pooled]).status_code == 403  # only head office pools codes
        assert head.push([pooled]).status_code == 200
        first = till.client.post("/v1/partner-codes/lease", json={"rewards": {"cinema": 2}})
        again = till.client.post("/v1/partner-codes/lease", json={"rewards": {"cinema": 2}})  # the first answer lost
        assert first.status_code == again.status_code == 200
        assert first.json()["codes"] == again.json()["codes"] == {"cinema": ["P-1", "P-2"]}
        assert again.json()["pool"] == {"cinema": 1}
        for body in ({"rewards": {"cinema": 0}}, {"rewards": "cinema"}, {"rewards": {"x" * 81: 5}}, {}):
            refused = till.client.post("/v1/partner-codes/lease", json=body)
            assert refused.status_code == 422, body
        handout = {"reward_id": "cinema", "sale_id": str(uuid.uuid4()), "terminal_id": till.terminal_id,
                   "at": "2026-12-06T09:00:00+00:00"}
        for code, why in (("P-3", "not leased"), ("NOT-POOLED", "not leased"), ("Z" * 81, "1 to 80")):
            refused = till.push([till.event("partner_code_handed_out", "s", {**handout, "code": code})])
            assert refused.status_code == 422 and why in refused.json()["detail"], refused.text
        assert head.push([head.event("partner_code_handed_out", "s", {**handout, "code": "P-1"})]).status_code == 422
        assert till.push([till.event("partner_code_handed_out", "s", {**handout, "code": "P-1"})]).status_code == 200
        other_sale = {**handout, "code": "P-1", "sale_id": str(uuid.uuid4())}
        twice = till.push([till.event("partner_code_handed_out", "s", other_sale)])
        assert twice.status_code == 422 and "handed out already" in twice.json()["detail"]
        assert till.client.post("/v1/partner-codes/lease", json={"rewards": {"cinema": 2}}).json()["codes"] == {
            "cinema": ["P-2"]}  # 1 held is not below half of 2: no top-up
    finally:
        head.client.close()
        till.client.close()
