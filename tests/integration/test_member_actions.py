"""Actions keyed at the till, birthdays, referrals and win-backs on a real store: once each."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from loyalty_pos.domain.errors import FieldsInvalid
from loyalty_pos.domain.derived_ids import birthday_award_id
from loyalty_pos.domain.ledger import EntryKind, LedgerEntry
from loyalty_pos.domain.member_actions import referral_code
from loyalty_pos.domain.members import Member
from loyalty_pos.domain.program import CampaignKind
from loyalty_pos.services.members.member_actions import (
    ActionLimitReached,
    ActionMonthLimitReached,
    ActionNotOffered,
    action_choices,
    record_action,
)
from loyalty_pos.services.members.erasure import erase_member
from loyalty_pos.services.members.projection import post_entries
from loyalty_pos.services.members.referrals import ReferralCodeUnknown, ReferralToSelf
from loyalty_pos.services.program.campaign_catalog import make_campaign, save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, SaleResult, checkout, new_sale_id
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.action_report import member_action_report
from tests.integration.conftest import NOW, Shop

COFFEE = (SaleLineInput("COF-FIL", 1),)


def _campaigns(shop: Shop, *specs: dict[str, object]) -> None:
    for spec in specs:
        values = {"id": "", "kind": CampaignKind.ACTION, "starts_at": NOW - timedelta(days=400),
                  "ends_at": NOW + timedelta(days=400), **spec}
        save_campaign(shop.uow(), make_campaign(**values), actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _sell(shop: Shop, member: Member) -> SaleResult:
    return checkout(shop.uow(), Checkout(new_sale_id(), member.id, COFFEE), actor=shop.cashier, clock=shop.clock)


def _balance(shop: Shop, member: Member) -> int:
    with shop.uow(readonly=True) as uow:
        row = uow.balances.get(member.id)
    return row.balance if row else 0


def _bonus_rows(shop: Shop, reason: str) -> list[tuple[str, int]]:
    with sqlite3.connect(shop.app.config.db_path) as db:
        return db.execute("SELECT member_id, points FROM ledger WHERE reason = ? ORDER BY at", (reason,)).fetchall()


def test_an_action_keyed_at_the_till_pays_within_its_limit_and_refuses_with_the_reason(shop: Shop) -> None:
    _campaigns(shop, {"id": "tasting", "name": "Tasting evening", "bonus_points": 15, "action": "event",
                      "per_member_limit": 2, "limit_period": "month"})  # the demo's, twice a month
    ada = shop.enrol()
    choices = action_choices(shop.uow(readonly=True), ada.id, clock=shop.clock).choices
    assert [(c.name, c.points, c.left) for c in choices] == [
        ("Review us online", 30, 1), ("Newsletter sign-up", 20, 1), ("Tasting evening", 15, 2)]
    before = _balance(shop, ada)
    done = record_action(shop.uow(), ada.id, "review", actor=shop.cashier, clock=shop.clock)
    assert (done.points, done.balance, done.left) == (30, before + 30, 0)
    with pytest.raises(ActionLimitReached) as refused:
        record_action(shop.uow(), ada.id, "review", actor=shop.cashier, clock=shop.clock)
    assert "Ada Lovelace already had Review us online 1 time(s)" in refused.value.message
    for _ in range(2):
        record_action(shop.uow(), ada.id, "tasting", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(ActionMonthLimitReached):
        record_action(shop.uow(), ada.id, "tasting", actor=shop.cashier, clock=shop.clock)
    shop.clock.advance(days=10)  # December: the monthly limit starts again
    record_action(shop.uow(), ada.id, "tasting", actor=shop.cashier, clock=shop.clock)
    assert _balance(shop, ada) == before + 30 + 3 * 15
    with pytest.raises(ActionNotOffered):
        record_action(shop.uow(), ada.id, "bakery-x2", actor=shop.cashier, clock=shop.clock)


def test_the_birthday_treat_comes_with_the_first_sale_in_the_month_and_only_then(shop: Shop) -> None:
    ada = shop.enrol(birthday=date(1990, 11, 30))
    panel = refresh_sale(shop.uow(readonly=True), Checkout(new_sale_id(), ada.id, COFFEE), clock=shop.clock).member
    assert panel is not None and [(a.kind, a.points) for a in panel.awards] == [("birthday", 50)]
    first = _sell(shop, ada)
    assert [(line.rule, line.points) for line in first.receipt.awards] == [("birthday:birthday", 50)]
    assert first.member is not None and first.member.awards == ()  # given: the panel says no more
    assert _sell(shop, ada).receipt.awards == ()
    assert _bonus_rows(shop, "campaign:birthday") == [(ada.id, 50)]
    per = shop.enrol("Per Hansen", birthday=date(1990, 12, 1))
    assert _sell(shop, per).receipt.awards == ()  # December's child waits for December


def test_a_lapsed_member_is_welcomed_back_once_per_lapse(shop: Shop) -> None:
    _campaigns(shop, {"id": "win-back", "name": "We missed you", "bonus_points": 40, "action": "win_back",
                      "lapsed_days": 60})  # the demo's, after 60 days away instead of 90
    shop.clock.advance(days=-90)
    ada = shop.enrol()
    _sell(shop, ada)
    shop.clock.advance(days=30)
    assert _sell(shop, ada).receipt.awards == ()  # 30 days away is no lapse
    shop.clock.advance(days=60)
    back = _sell(shop, ada)
    assert [(line.rule, line.points) for line in back.receipt.awards] == [("win_back:win-back", 40)]
    assert _sell(shop, ada).receipt.awards == ()
    assert _bonus_rows(shop, "campaign:win-back") == [(ada.id, 40)]


def test_a_referral_pays_both_at_the_first_purchase_once(shop: Shop) -> None:
    _campaigns(shop, {"id": "friends", "name": "Bring a friend", "bonus_points": 100, "action": "referral",
                      "per_member_limit": 1, "limit_period": "year"})  # the demo's, once a year
    ada = shop.enrol()
    code = referral_code(ada.id)
    assert code is not None and _sell(shop, ada).receipt.referral_code == code  # printed for her to hand out
    bob = shop.enrol("Bob Berg", referral_code=code.lower())
    assert _bonus_rows(shop, "campaign:friends") == []  # not at enrolment
    ada_before = _balance(shop, ada)
    first = _sell(shop, bob)
    assert [(line.rule, line.points) for line in first.receipt.awards] == [("referral:friends", 100)]
    assert _balance(shop, ada) == ada_before + 100
    assert _sell(shop, bob).receipt.awards == ()
    cy = shop.enrol("Cy Dahl", referral_code=code)
    _sell(shop, cy)  # Ada's one referral a year is used: Cy still earns, Ada not
    assert sorted(_bonus_rows(shop, "campaign:friends")) == sorted([(bob.id, 100), (ada.id, 100),
                                                                            (cy.id, 100)])


def test_a_code_nobody_has_or_ones_own_is_refused_and_nobody_is_enrolled(shop: Shop) -> None:
    with pytest.raises(ReferralCodeUnknown):
        shop.enrol("Bob Berg", referral_code="ZZZZZZZZ")
    ada = shop.enrol(birthday=date(1990, 5, 1))
    with pytest.raises(ReferralToSelf):
        shop.enrol("Ada Lovelace", phone="+4791234567", birthday=date(1990, 5, 1), referral_code=referral_code(ada.id))
    with shop.uow(readonly=True) as uow:
        assert uow.members.by_phone("+4791234567") is None


def test_a_win_back_needs_its_days_and_a_limit_its_range() -> None:
    with pytest.raises(FieldsInvalid) as refused:
        make_campaign(id="", name="Back", kind=CampaignKind.ACTION, starts_at=NOW, ends_at=NOW + timedelta(days=1),
                      bonus_points=10, action="win_back", per_member_limit=0)
    assert set(refused.value.fields) == {"lapsed_days", "per_member_limit"}


def test_the_report_counts_each_action_the_referrals_and_the_welcome_backs(shop: Shop) -> None:
    shop.clock.advance(days=-100)  # the demo's welcome back comes after 90 days away
    ada, per, dag = shop.enrol(), shop.enrol("Per Hansen"), shop.enrol("Dag Dahl")
    shop.clock.advance(days=100)
    record_action(shop.uow(), ada.id, "review", actor=shop.cashier, clock=shop.clock)  # points activity: not away
    bob = shop.enrol("Bob Berg", referral_code=referral_code(per.id))
    shop.enrol("Cy Dahl", referral_code=referral_code(per.id))
    _sell(shop, bob)
    report = member_action_report(shop.uow(readonly=True), start=NOW - timedelta(days=1), end=NOW + timedelta(days=1),
                                  now=shop.clock.now())
    got = {r.campaign_id: (r.members, r.points) for r in report.actions}
    assert got["review"] == (1, 30) and got["friends"] == (2, 200) and got["win-back"] == (0, 0)
    assert got["birthday"] == (0, 0) and got["newsletter"] == (0, 0)
    assert (report.referrals_made, report.referrals_converted) == (2, 1)
    assert (report.win_back_taken, report.win_back_away, report.win_back_days) == (0, 1, 90)  # Dag is away (Per's referral bonus was activity)
    _sell(shop, dag)
    after = member_action_report(shop.uow(readonly=True), start=NOW - timedelta(days=1),
                                 end=NOW + timedelta(days=1), now=shop.clock.now())
    assert (after.win_back_taken, after.win_back_away) == (1, 0)


def test_a_birthday_another_till_gave_is_not_given_again_here_nor_by_a_retried_sale(shop: Shop) -> None:
    ada = shop.enrol(birthday=date(1990, 11, 30))
    # The entry another till booked for her this year, as sync brings it: the same derived id.
    given = birthday_award_id(ada.id, "birthday", NOW.year)
    with shop.uow() as uow:
        post_entries(uow, [LedgerEntry(id=given, member_id=ada.id, kind=EntryKind.BONUS, points=50,
                                       at=NOW, terminal_id="02", actor="cashier", reason="campaign:birthday")])
        uow.commit()
    assert _sell(shop, ada).receipt.awards == ()
    per = shop.enrol("Per Hansen", birthday=date(1990, 11, 2))
    cmd = Checkout(new_sale_id(), per.id, COFFEE)
    first = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)
    again = checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)  # a double press, a retry
    assert again.replayed and [line.points for line in again.receipt.awards] == [50]  # the stored receipt
    assert first.receipt.awards == again.receipt.awards and _bonus_rows(shop, "campaign:birthday") == [
        (ada.id, 50), (per.id, 50)]


def test_an_erased_friends_code_names_nobody_and_an_automatic_action_cannot_be_keyed(shop: Shop) -> None:
    ada, bob = shop.enrol(), shop.enrol("Bob Berg")
    erase_member(shop.uow(), ada.id, actor=shop.manager, clock=shop.clock)
    with pytest.raises(ReferralCodeUnknown):
        shop.enrol("Cy Dahl", referral_code=referral_code(ada.id))
    with pytest.raises(ActionNotOffered):
        record_action(shop.uow(), bob.id, "birthday", actor=shop.cashier, clock=shop.clock)  # not a till action


def test_an_action_prints_a_slip_with_its_points_the_limit_used_and_the_balance_in_the_members_language(
        shop: Shop) -> None:
    from dataclasses import replace

    from loyalty_pos.printing.receipt_text import receipt_lines
    from loyalty_pos.services.members.membership import UpdateMember, update_member
    from loyalty_pos.services.program.programs import working_draft
    from loyalty_pos.services.sale.receipt_language import receipt_to_print

    _campaigns(shop, {"id": "tasting", "name": "Tasting evening", "bonus_points": 15, "action": "event",
                      "per_member_limit": 2, "limit_period": "month"})
    with shop.uow(readonly=True) as uow:
        tasting = next(c for c in working_draft(uow).campaigns if c.id == "tasting")
    save_campaign(shop.uow(), replace(tasting, names={"nb": "Smakekveld"}), actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    kari = shop.enrol("Kari Nordmann")
    update_member(shop.uow(), UpdateMember(kari.id, kari.name, None, None, None, kari.consents,
                                           preferred_language="nb"), actor=shop.cashier, clock=shop.clock)
    done = record_action(shop.uow(), kari.id, "tasting", actor=shop.cashier, clock=shop.clock)
    slip = done.receipt
    assert slip is not None and slip.is_slip and slip.receipt_no.startswith("A-")
    assert (slip.member_name, slip.balance, slip.total, slip.amount_due) == ("Kari", done.balance, 0, 0)
    assert [(n.code, n.name, n.points, n.count, n.limit) for n in slip.notes] == [
        ("receipt.member_action", "Tasting evening", 15, 0, 0), ("receipt.action_used_month", "", 0, 1, 2)]
    english = " ".join(row.text for row in receipt_lines(slip, width=42, language="en"))
    assert "Tasting evening: +15 points" in english and "1 of 2 used this month" in english
    printed, language = receipt_to_print(shop.uow(readonly=True), slip)
    assert language == "nb"  # the member's, though a slip is no sale to find them by
    paper = " ".join(row.text for row in receipt_lines(printed, width=42, language=language))
    assert "Smakekveld: +15 poeng" in paper and "Tasting evening" not in paper
    again = record_action(shop.uow(), kari.id, "tasting", actor=shop.cashier, clock=shop.clock).receipt
    assert again is not None and again.notes[1].count == 2 and again.receipt_no != slip.receipt_no


def test_an_action_without_a_limit_prints_no_limit_line(shop: Shop) -> None:
    _campaigns(shop, {"id": "posted", "name": "Posted a photo", "bonus_points": 5, "action": "social_post"})
    ada = shop.enrol()
    slip = record_action(shop.uow(), ada.id, "posted", actor=shop.cashier, clock=shop.clock).receipt
    assert slip is not None and [note.code for note in slip.notes] == ["receipt.member_action"]


def test_an_actions_weekdays_and_a_win_backs_are_the_shops_not_utcs(shop: Shop) -> None:
    from loyalty_pos.services.shop.shop import TIMEZONE

    with shop.uow() as uow:  # Monday 10:00 UTC is already Tuesday 00:00 on Kiritimati (UTC+14)
        uow.settings.set(TIMEZONE, "Pacific/Kiritimati")
        uow.commit()
    _campaigns(shop, {"id": "tuesday-post", "name": "Tuesday photo", "bonus_points": 5, "action": "social_post",
                      "weekdays": (2,)},
               {"id": "monday-post", "name": "Monday photo", "bonus_points": 7, "action": "social_post",
                "weekdays": (1,)},
               {"id": "tuesday-back", "name": "Tuesday welcome", "bonus_points": 9, "action": "win_back",
                "lapsed_days": 30, "weekdays": (2,)})
    assert NOW.isoweekday() == 1
    ada = shop.enrol()
    offered = [c.campaign_id for c in action_choices(shop.uow(readonly=True), ada.id, clock=shop.clock).choices]
    assert "tuesday-post" in offered and "monday-post" not in offered
    record_action(shop.uow(), ada.id, "tuesday-post", actor=shop.cashier, clock=shop.clock)
    with pytest.raises(ActionNotOffered):
        record_action(shop.uow(), ada.id, "monday-post", actor=shop.cashier, clock=shop.clock)
    shop.clock.advance(days=35)  # Monday again in UTC, Tuesday on the shop's calendar: a welcome back is due
    with shop.uow(readonly=True) as uow:
        member = uow.members.get(ada.id)
    assert member is not None
    panel = refresh_sale(shop.uow(readonly=True), Checkout(new_sale_id(), ada.id, COFFEE), clock=shop.clock)
    assert panel.member is not None and [a.campaign_id for a in panel.member.awards] == ["tuesday-back"]


def test_a_welcome_back_with_a_reward_gives_it_free_once_shows_it_first_and_is_counted(shop: Shop) -> None:
    from loyalty_pos.printing.receipt_text import receipt_lines

    from dataclasses import replace

    with shop.uow() as uow:  # this welcome back alone: the demo program's own gives points and a coffee too
        program = uow.program.published()
        assert program is not None
        uow.program.save_draft(replace(program, campaigns=tuple(c for c in program.campaigns
                                                                if c.action != "win_back")),
                               actor="manager", at=shop.clock.now())
        uow.program.publish(actor="manager", at=shop.clock.now())
        uow.commit()
    _campaigns(shop, {"id": "missed", "name": "We missed you", "bonus_points": 0, "action": "win_back",
                      "lapsed_days": 60, "win_reward_id": "free-coffee"})
    shop.clock.advance(days=-90)
    ada = shop.enrol()
    _sell(shop, ada)
    shop.clock.advance(days=90)
    panel = refresh_sale(shop.uow(readonly=True), Checkout(new_sale_id(), ada.id, ()), clock=shop.clock).member
    assert panel is not None and [(o.campaign_name, o.reward_name) for o in panel.welcome_offers] == [
        ("We missed you", "Free coffee")]  # named before any coffee is in the basket
    bread = refresh_sale(shop.uow(readonly=True), Checkout(new_sale_id(), ada.id, (SaleLineInput("BAK-SOUR", 1),)),
                         clock=shop.clock)
    assert bread.priced is not None and bread.priced.instant_wins == ()  # no coffee in it, no free coffee ...
    assert bread.member is not None and len(bread.member.welcome_offers) == 1  # ... still offered
    back = _sell(shop, ada)  # a coffee: free
    assert [(r.reward_id, r.points, r.amount, r.won_by) for r in back.receipt.rewards] == [
        ("free-coffee", 0, 3500, "win_back:missed")]
    assert back.receipt.amount_due == 0 and back.receipt.awards == ()  # no points: a reward only
    paper = " ".join(row.text for row in receipt_lines(back.receipt, width=42, language="en"))
    assert "Welcome back: Free coffee" in paper
    assert back.member is not None and back.member.welcome_offers == ()  # taken: the panel after it says no more
    shop.clock.advance(days=1)
    again = _sell(shop, ada)  # a free coffee alone earned nothing, yet the lapse is over
    assert again.receipt.rewards == () and again.receipt.amount_due == 3500
    report = member_action_report(shop.uow(readonly=True), start=shop.clock.now() - timedelta(days=5),
                                  end=shop.clock.now() + timedelta(days=1), now=shop.clock.now())
    missed = next(r for r in report.actions if r.campaign_id == "missed")
    assert (missed.members, missed.points, missed.rewards) == (0, 0, 1)
    assert report.win_back_taken == 1
