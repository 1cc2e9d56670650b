"""Challenges, badges and the paid tier through checkout and the till's read, on a real SQLite file."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import timedelta

from loyalty_pos.domain.badges import Badge, BadgeKind
from loyalty_pos.domain.challenges import Challenge, ChallengeKind
from loyalty_pos.domain.counting import Period
from loyalty_pos.domain.derived_ids import challenge_completion_id
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.jobs.integrity import check_file
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.program import catalog
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.counting_reports import counting_report
from tests.integration.conftest import Shop

COFFEES = Challenge("coffee5", "Coffee challenge", ChallengeKind.COUNT, 5, Period.MONTH,
                    categories=frozenset({"coffee"}), bonus_points=40)
WEEKS = Challenge("weeks3", "Three weeks in a row", ChallengeKind.STREAK, 3, Period.WEEK, bonus_points=30)
FIRST = Badge("first", "First purchase", BadgeKind.VISITS, 1)
EXPLORER = Badge("explorer", "Explorer", BadgeKind.CATEGORIES, 2)


def _publish(shop: Shop, **parts: object) -> None:
    with shop.uow(readonly=True) as uow:
        program = published_program(uow)
    catalog.save_draft(shop.uow(), replace(program, **parts), actor=shop.manager, clock=shop.clock)
    catalog.publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _sale(member_id: str, *lines: tuple[str, int]) -> Checkout:
    return Checkout(str(uuid.uuid4()), member_id, tuple(SaleLineInput(code, qty) for code, qty in lines),
                    tender="card")


def receipt_text(receipt, language: str) -> str:  # noqa: ANN001
    return "\n".join(row.text for row in receipt_lines(receipt, width=48, language=language))


def _rows(shop: Shop, sql: str) -> list[tuple]:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute(sql).fetchall()


def test_a_count_challenge_pays_once_through_the_ledger_and_prints_its_progress(shop: Shop) -> None:
    _publish(shop, challenges=(COFFEES,))
    member = shop.enrol()
    first = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 3)), actor=shop.cashier, clock=shop.clock)
    assert [(c.name, c.count, c.target, c.completed) for c in first.receipt.challenges] == [
        ("Coffee challenge", 3, 5, False)]
    assert "Coffee challenge: 3 of 5" in receipt_text(first.receipt, language="en")
    assert first.member is not None and first.member.counting is not None
    assert first.member.counting.challenges[0].progress.count == 3  # the panel after paying
    # The till shows what this basket would make of it before paying.
    view = refresh_sale(shop.uow(readonly=True), _sale(member.id, ("COF-CAP", 2)), clock=shop.clock)
    assert view.member is not None and view.member.counting is not None
    status = view.member.counting.challenges[0]
    assert (status.progress.count, status.completed) == (5, True)
    shop.clock.advance(minutes=5)
    done = checkout(shop.uow(), _sale(member.id, ("COF-CAP", 2)), actor=shop.cashier, clock=shop.clock)
    assert [(c.completed, c.points) for c in done.receipt.challenges] == [(True, 40)]
    assert "Coffee challenge complete: +40" in receipt_text(done.receipt, language="en")
    entry_id = challenge_completion_id(member.id, "coffee5", "2026-11-01")
    assert _rows(shop, f"SELECT points, reason FROM ledger WHERE id = '{entry_id}'") == [(40, "challenge:coffee5")]
    assert done.receipt.balance == first.receipt.balance + done.receipt.points_earned + 40
    shop.clock.advance(minutes=5)
    again = checkout(shop.uow(), _sale(member.id, ("COF-CAP", 1)), actor=shop.cashier, clock=shop.clock)
    assert [(c.count, c.completed) for c in again.receipt.challenges] == [(5, False)]
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE reason = 'challenge:coffee5'") == [(1,)]
    assert check_file(shop.app.config.db_path).ok


def test_a_completion_another_till_already_paid_is_not_paid_again(shop: Shop) -> None:
    _publish(shop, challenges=(COFFEES,))
    member = shop.enrol()
    checkout(shop.uow(), _sale(member.id, ("COF-ESP", 4)), actor=shop.cashier, clock=shop.clock)
    # The sale that completed it elsewhere has not synced yet; its completion entry has.
    entry_id = challenge_completion_id(member.id, "coffee5", "2026-11-01")
    with sqlite3.connect(shop.app.config.db_path) as connection:
        connection.execute("INSERT INTO ledger (id, member_id, kind, points, at, terminal_id, actor, reason) "
                           "VALUES (?, ?, 'bonus', 40, 0, '02', 'x', 'challenge:coffee5')", (entry_id, member.id))
    shop.clock.advance(minutes=5)
    result = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 1)), actor=shop.cashier, clock=shop.clock)
    assert [(c.count, c.completed, c.points) for c in result.receipt.challenges] == [(5, False, 0)]
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE reason = 'challenge:coffee5'") == [(1,)]


def test_returned_coffees_count_back_so_a_return_and_rebuy_cannot_pay_twice_in_a_month(shop: Shop) -> None:
    _publish(shop, challenges=(COFFEES,))
    member = shop.enrol()
    sale = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 5)), actor=shop.cashier, clock=shop.clock)
    assert sale.receipt.challenges[0].completed
    shop.clock.advance(minutes=5)
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), sale.receipt.receipt_no, (ReturnLine(1, 5),)),
                   actor=shop.manager, clock=shop.clock)
    view = refresh_sale(shop.uow(readonly=True), _sale(member.id, ("COF-ESP", 5)), clock=shop.clock)
    assert view.member is not None and view.member.counting is not None
    status = view.member.counting.challenges[0]
    assert status.progress.count == 5 and status.completed  # counted again from 0 ...
    shop.clock.advance(minutes=5)
    checkout(shop.uow(), _sale(member.id, ("COF-ESP", 5)), actor=shop.cashier, clock=shop.clock)
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE reason = 'challenge:coffee5'") == [(1,)]  # ... paid once


def test_a_streak_completes_in_the_third_week_in_a_row(shop: Shop) -> None:
    _publish(shop, challenges=(WEEKS,))
    member = shop.enrol()
    for _week in range(2):
        result = checkout(shop.uow(), _sale(member.id, ("BAK-BUN", 1)), actor=shop.cashier, clock=shop.clock)
        assert not result.receipt.challenges[0].completed
        shop.clock.advance(days=7)
    result = checkout(shop.uow(), _sale(member.id, ("BAK-BUN", 1)), actor=shop.cashier, clock=shop.clock)
    assert [(c.count, c.completed, c.points) for c in result.receipt.challenges] == [(3, True, 30)]


def test_badges_are_awarded_once_on_the_sale_that_earns_them(shop: Shop) -> None:
    _publish(shop, badges=(FIRST, EXPLORER))
    member = shop.enrol()
    first = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 1)), actor=shop.cashier, clock=shop.clock)
    assert first.receipt.new_badges == ("First purchase",)
    assert "New badge: First purchase" in receipt_text(first.receipt, language="en")
    shop.clock.advance(minutes=5)
    second = checkout(shop.uow(), _sale(member.id, ("BAK-BUN", 1), ("COF-ESP", 1)), actor=shop.cashier,
                      clock=shop.clock)
    assert second.receipt.new_badges == ("Explorer",)
    shop.clock.advance(minutes=5)
    third = checkout(shop.uow(), _sale(member.id, ("BAK-BUN", 1)), actor=shop.cashier, clock=shop.clock)
    assert third.receipt.new_badges == ()
    assert _rows(shop, f"SELECT badge_id FROM member_badges WHERE member_id = '{member.id}' ORDER BY badge_id") == [
        ("explorer",), ("first",)]
    assert _rows(shop, "SELECT count(*) FROM audit_log WHERE action = 'badge_earned'") == [(2,)]


def test_a_program_without_challenges_reads_nothing_more(shop: Shop) -> None:
    _publish(shop, challenges=(), badges=(), paid_tiers=())  # the demo has all three
    member = shop.enrol()
    result = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 1)), actor=shop.cashier, clock=shop.clock)
    assert result.receipt.challenges == () and result.member is not None and result.member.counting is None
    assert result.receipt == type(result.receipt).from_dict(result.receipt.to_dict())


def test_the_report_counts_completions_in_the_range_where_members_stand_and_badges_held(shop: Shop) -> None:
    _publish(shop, challenges=(COFFEES,), badges=(FIRST,))
    done, halfway, started = shop.enrol("Ada Done"), shop.enrol("Bo Halfway"), shop.enrol("Cy Started")
    for member, coffees in ((done, 5), (halfway, 3), (started, 1)):
        checkout(shop.uow(), _sale(member.id, ("COF-ESP", coffees)), actor=shop.cashier, clock=shop.clock)
    now = shop.clock.now()
    report = counting_report(shop.uow(readonly=True), start=now - timedelta(days=30), end=now + timedelta(days=1),
                             now=now)
    [row] = report.challenges
    assert (row.completions, row.points, row.members, row.progress) == (1, 40, 1, (1, 0, 1, 0))
    assert [(b.name, b.holders, b.awarded) for b in report.badges] == [("First purchase", 3, 3)]
    earlier = counting_report(shop.uow(readonly=True), start=now - timedelta(days=30), end=now - timedelta(days=1),
                              now=now)
    assert (earlier.challenges[0].completions, earlier.badges[0].awarded) == (0, 0)


def test_returning_the_sale_that_completed_a_challenge_takes_its_bonus_back(shop: Shop) -> None:
    _publish(shop, challenges=(COFFEES,))
    member = shop.enrol()
    checkout(shop.uow(), _sale(member.id, ("COF-ESP", 2)), actor=shop.cashier, clock=shop.clock)
    completing = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 3), ("BAK-BUN", 1)), actor=shop.cashier,
                          clock=shop.clock)
    assert completing.receipt.challenges[0].completed
    shop.clock.advance(minutes=5)
    bun_back = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), completing.receipt.receipt_no,
                                                        (ReturnLine(2, 1),)), actor=shop.manager, clock=shop.clock)
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE reason LIKE 'challenge-back:%'") == [(0,)]  # 5 coffees kept
    before = bun_back.balance
    assert before is not None
    shop.clock.advance(minutes=5)
    coffee_back = process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), completing.receipt.receipt_no,
                                                           (ReturnLine(1, 1),)), actor=shop.manager, clock=shop.clock)
    assert _rows(shop, "SELECT points, sale_ref FROM ledger WHERE reason = 'challenge-back:coffee5'") == [
        (-40, completing.receipt.sale_id)]
    earned_back = -coffee_back.points_earned
    assert earned_back > 40 and coffee_back.balance == before - earned_back  # the line's points and the bonus
    shop.clock.advance(minutes=5)
    process_return(shop.uow(), ProcessReturn(str(uuid.uuid4()), completing.receipt.receipt_no, (ReturnLine(1, 2),)),
                   actor=shop.manager, clock=shop.clock)
    assert _rows(shop, "SELECT count(*) FROM ledger WHERE reason = 'challenge-back:coffee5'") == [(1,)]  # once


def test_the_panel_names_challenges_and_badges_in_the_tills_language_and_the_receipt_in_the_members(
        shop: Shop) -> None:
    from loyalty_pos.services.members.membership import UpdateMember, update_member
    from loyalty_pos.services.sale.receipt_language import receipt_to_print
    from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE

    _publish(shop, challenges=(replace(COFFEES, names={"nb": "Kaffeutfordring", "zh-Hant": "咖啡挑戰"}),),
             badges=(replace(FIRST, names={"nb": "Første kjøp", "zh-Hant": "首次購買"}),))
    with shop.uow() as uow:
        uow.settings.set(TILL_LANGUAGE, "nb")
        uow.commit()
    member = shop.enrol()
    update_member(shop.uow(), UpdateMember(member.id, member.name, None, None, None, member.consents,
                                           preferred_language="zh-Hant"), actor=shop.cashier, clock=shop.clock)
    view = refresh_sale(shop.uow(readonly=True), _sale(member.id, ("COF-ESP", 5)), clock=shop.clock)
    assert view.member is not None and view.member.counting is not None
    assert [s.challenge.name for s in view.member.counting.challenges] == ["Kaffeutfordring"]
    assert [b.name for b in view.member.counting.new_badges] == ["Første kjøp"]
    sold = checkout(shop.uow(), _sale(member.id, ("COF-ESP", 5)), actor=shop.cashier, clock=shop.clock)
    assert [c.name for c in sold.receipt.challenges] == ["Coffee challenge"]  # stored as typed ...
    printed, language = receipt_to_print(shop.uow(readonly=True), sold.receipt)
    paper = receipt_text(printed, language)
    assert language == "zh-Hant" and "咖啡挑戰" in paper and "首次購買" in paper  # ... printed in the member's
    assert "Coffee challenge" not in paper and "First purchase" not in paper
    report = counting_report(shop.uow(readonly=True), start=shop.clock.now() - timedelta(days=1),
                             end=shop.clock.now() + timedelta(days=1), now=shop.clock.now())
    assert [row.challenge.name for row in report.challenges] == ["Kaffeutfordring"]
    assert [row.name for row in report.badges] == ["Første kjøp"]
