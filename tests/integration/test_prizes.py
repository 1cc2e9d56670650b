"""Prizes through the services on a real SQLite file (the demo shop): partner codes handed
out once and never put back, giveaway entries drawn and verified, instant wins and mystery
draws recorded, and the prizes report."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import timedelta

import pytest

from loyalty_pos.cli.main import main
from loyalty_pos.domain.errors import LoyaltyError, PermissionDenied, RewardUnavailable
from loyalty_pos.domain.program import RewardKind
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program import giveaways
from loyalty_pos.services.program.partner_codes import import_codes
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.prize_report import PrizeRow, prize_report
from tests.integration.conftest import NOW, Shop


def _sale(member_id: str | None, *rewards: str, lines: tuple[tuple[str, int], ...] = (("BAK-BUN", 1),),
          terminal_id: str | None = None) -> Checkout:
    return Checkout(str(uuid.uuid4()), member_id, tuple(SaleLineInput(c, q) for c, q in lines),
                    tuple(RedemptionRequest(r) for r in rewards), terminal_id=terminal_id)


def _member(shop: Shop, points: int = 900, name: str = "Ada Lovelace") -> str:
    member = shop.enrol(name)
    adjust_points(shop.uow(), member_id=member.id, points=points, reason="prize test", actor=shop.manager,
                  clock=shop.clock)
    return member.id


def _text(receipt) -> str:  # noqa: ANN001
    """The printed receipt as one line of words: a long line wraps at 48 columns."""
    return " ".join(" ".join(row.text for row in receipt_lines(receipt, width=48, language="en")).split())


def test_each_partner_redemption_gets_the_next_code_and_a_return_never_puts_it_back(shop: Shop) -> None:
    ada, bob = _member(shop), _member(shop, name="Bob Builder")
    first = checkout(shop.uow(), _sale(ada, "cinema"), actor=shop.cashier, clock=shop.clock).receipt
    second = checkout(shop.uow(), _sale(bob, "cinema"), actor=shop.cashier, clock=shop.clock).receipt
    codes = [r.facts.code for r in (first.rewards[0], second.rewards[0])]
    assert codes == ["FJK-04096-A", "FJK-04133-B"]  # the file's order, each once
    assert "Partner voucher: Fjord Kino 2-for-1 — code FJK-04096-A" in _text(first)
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), first.receipt_no, (ReturnLine(1, 1),)),
                   actor=shop.cashier, clock=shop.clock)
    carl = _member(shop, name="Carl Carlsen")
    third = checkout(shop.uow(), _sale(carl, "cinema"), actor=shop.cashier, clock=shop.clock).receipt
    assert third.rewards[0].facts.code == "FJK-04170-C"  # not the returned sale's code
    with shop.uow() as uow:
        assert uow.prizes.codes_left("cinema") == 57


def test_stock_is_the_codes_left_and_the_last_code_is_refused_with_its_reason(shop: Shop) -> None:
    with shop.uow() as uow:  # use up all but one of the demo's 60 codes
        for n in range(59):
            assert uow.prizes.hand_out_code("cinema", f"old-{n}", NOW)
        uow.commit()
    ada, bob = _member(shop), _member(shop, name="Bob Builder")
    view = refresh_sale(shop.uow(readonly=True), _sale(ada), clock=shop.clock)
    assert next(o for o in view.member.rewards.options if o.reward_id == "cinema").available
    checkout(shop.uow(), _sale(ada, "cinema"), actor=shop.cashier, clock=shop.clock)
    view = refresh_sale(shop.uow(readonly=True), _sale(bob), clock=shop.clock)
    option = next(o for o in view.member.rewards.options if o.reward_id == "cinema")
    assert (option.available, option.reason_code) == (False, "out_of_stock")
    with pytest.raises(RewardUnavailable):
        checkout(shop.uow(), _sale(bob, "cinema"), actor=shop.cashier, clock=shop.clock)


def test_importing_codes_keeps_each_once_and_needs_a_manager(shop: Shop) -> None:
    done = import_codes(shop.uow(), "cinema", "code\nNEW-1\nNEW-2\nNEW-1\nFJK-04096-A\n\n", actor=shop.manager,
                        clock=shop.clock)
    assert (done.added, done.duplicates, done.left) == (2, 1, 62)
    with pytest.raises(PermissionDenied):
        import_codes(shop.uow(), "cinema", "X-1", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(LoyaltyError) as refused:
        import_codes(shop.uow(), "free-coffee", "X-1", actor=shop.manager, clock=shop.clock)
    assert refused.value.code == "partner_reward_unknown"
    with pytest.raises(LoyaltyError) as empty:
        import_codes(shop.uow(), "cinema", "code\n\n", actor=shop.manager, clock=shop.clock)
    assert empty.value.code == "no_partner_codes"


def test_a_giveaway_is_drawn_after_entries_close_and_anyone_can_verify_it(shop: Shop) -> None:
    members = [_member(shop, name=f"Member {n}") for n in range(4)]
    for n, member_id in enumerate(members):
        sold = checkout(shop.uow(), _sale(member_id, *["hamper-draw"] * (n + 1)), actor=shop.cashier,
                        clock=shop.clock)
    assert _text(sold.receipt).count("1 entry in the prize draw") == 4  # a line per entry bought
    (status,) = giveaways.giveaways(shop.uow(readonly=True))
    assert (status.entries, status.members, status.published_seed) == (10, 4, None)  # seed still secret
    with pytest.raises(LoyaltyError) as early:
        giveaways.draw(shop.uow(), "hamper-draw", actor=shop.manager, clock=shop.clock)
    assert early.value.code == "giveaway_open"
    shop.clock.at = status.reward.valid_until + timedelta(hours=1)
    with pytest.raises(LoyaltyError) as late_entry:
        checkout(shop.uow(), _sale(members[0], "hamper-draw"), actor=shop.cashier, clock=shop.clock)
    assert late_entry.value.code == "expired"
    winners = giveaways.draw(shop.uow(), "hamper-draw", actor=shop.manager, clock=shop.clock)
    assert len(winners) == 3 and set(winners) <= set(members)
    verified = giveaways.verify(shop.uow(readonly=True), "hamper-draw")
    assert verified.ok and verified.recomputed == winners
    with pytest.raises(LoyaltyError) as again:
        giveaways.draw(shop.uow(), "hamper-draw", actor=shop.manager, clock=shop.clock)
    assert again.value.code == "giveaway_drawn"
    report = prize_report(shop.uow(readonly=True), start=NOW - timedelta(days=1), end=NOW + timedelta(days=60))
    winners_listed = [line for line in report if line.row is PrizeRow.WINNER]
    assert [line.count for line in winners_listed] == [1, 2, 3]
    assert next(line for line in report if line.row is PrizeRow.ENTRIES).count == 10


def test_a_tampered_entry_list_fails_verification_in_the_service_and_the_command(
        shop: Shop, capsys: pytest.CaptureFixture[str]) -> None:
    ada, bob = _member(shop), _member(shop, name="Bob Builder")
    for member_id in (ada, bob):
        checkout(shop.uow(), _sale(member_id, "hamper-draw"), actor=shop.cashier, clock=shop.clock)
    (status,) = giveaways.giveaways(shop.uow(readonly=True))
    shop.clock.at = status.reward.valid_until
    winners = giveaways.draw(shop.uow(), "hamper-draw", actor=shop.manager, clock=shop.clock)
    data_dir = str(shop.app.config.data_dir)
    assert main(["--data-dir", data_dir, "giveaway", "verify", "hamper-draw"]) == 0
    out = capsys.readouterr().out
    assert "Verified" in out and f"1. {winners[0]}" in out
    with shop.uow() as uow:  # someone deletes the first winner's entry afterwards
        uow._connection.exec_driver_sql(
            "DELETE FROM prize_outcomes WHERE kind = 'entry' AND member_id = ?", (winners[0],))
        uow.commit()
    assert not giveaways.verify(shop.uow(readonly=True), "hamper-draw").ok
    assert main(["--data-dir", data_dir, "giveaway", "verify", "hamper-draw"]) == 1
    assert "NOT verified" in capsys.readouterr().out


def test_a_seed_cannot_be_committed_twice_or_after_entries_close(shop: Shop) -> None:
    with pytest.raises(LoyaltyError) as twice:  # the demo committed it already
        giveaways.commit_seed(shop.uow(), "hamper-draw", actor=shop.manager, clock=shop.clock)
    assert twice.value.code == "giveaway_seed_committed"


def test_the_25th_receipt_of_a_till_wins_the_prize_shown_before_payment_and_printed(shop: Shop) -> None:
    ada = _member(shop)
    big = (("DEL-SOUP", 3),)  # NOK 435: over the campaign's NOK 300
    with shop.uow() as uow:  # the till has printed 23 receipts
        for _ in range(23):
            uow.sales.next_receipt_no("01")
        uow.commit()
    checkout(shop.uow(), _sale(ada, lines=big), actor=shop.cashier, clock=shop.clock)  # the 24th: no win
    view = refresh_sale(shop.uow(readonly=True), _sale(ada, lines=big, terminal_id="01"), clock=shop.clock)
    assert [w.won_by for w in view.priced.instant_wins] == ["every-25th"]  # the till sees it coming
    result = checkout(shop.uow(), _sale(ada, lines=big), actor=shop.cashier, clock=shop.clock)
    (won,) = [r for r in result.receipt.rewards if r.won_by]
    assert (won.amount, won.points, result.receipt.total) == (5000, 0, 43500 - 5000)
    text = _text(result.receipt)
    assert "Instant win: NOK 50 off" in text and "0 points used" not in text
    other_till = checkout(shop.uow(), _sale(ada, lines=big), actor=replace(shop.cashier, terminal_id="02"),
                          clock=shop.clock)
    assert not [r for r in other_till.receipt.rewards if r.won_by]  # till 02 counts its own receipts
    report = prize_report(shop.uow(readonly=True), start=NOW - timedelta(days=1), end=NOW + timedelta(days=1))
    assert [(l.subject, l.outcome, l.count) for l in report if l.row is PrizeRow.INSTANT_WIN] == [
        ("Every 25th receipt wins NOK 50", "NOK 50 off", 1)]


def test_a_mystery_draw_is_printed_recorded_and_reported_by_outcome(shop: Shop) -> None:
    ada = _member(shop)
    result = checkout(shop.uow(), _sale(ada, "mystery-treat", lines=(("BAK-BUN", 2),)), actor=shop.cashier,
                      clock=shop.clock)
    (drawn,) = result.receipt.rewards
    assert drawn.points == 130 and drawn.facts.kind == RewardKind.MYSTERY.value
    assert drawn.facts.subject in ("NOK 50 off", "20 % off bakery")  # no filter coffee: no free coffee
    assert f"Drawn: {drawn.facts.subject}" in _text(result.receipt)
    report = prize_report(shop.uow(readonly=True), start=NOW - timedelta(days=1), end=NOW + timedelta(days=1))
    assert [(l.subject, l.outcome, l.count) for l in report if l.row is PrizeRow.MYSTERY] == [
        ("Mystery treat", drawn.facts.subject, 1)]
