"""Segments and control groups on a real store: defined in the draft, counted, applied at
the till and on the receipt, and reported (campaign vs before, A/B with its interval)."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest

from loyalty_pos.domain.errors import Conflict, FieldsInvalid
from loyalty_pos.domain.holdout import in_control
from loyalty_pos.domain.members import Consents, Member
from loyalty_pos.domain.program import CampaignKind
from loyalty_pos.domain.segments import SegmentKind, segments_of
from loyalty_pos.printing.receipt_text import receipt_lines
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.program.campaign_catalog import make_campaign, save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.programs import published_program
from loyalty_pos.services.program.segment_catalog import (
    make_segment,
    remove_segment,
    save_segment,
    segment_catalog,
)
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    checkout,
    new_sale_id,
)
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.campaign_report import (
    campaign_comparison,
    holdout_results,
)
from tests.integration.conftest import NOW, Shop

TREAT = "regulars-treat"
_SALE_ID = "00000000-0000-4000-8000-000000000001"  # the demo's Lucky receipt does not pick it


def _aim(shop: Shop, *, holdout_pct: int, segment: str | None = "came-this-month") -> None:
    if segment is not None:
        save_segment(shop.uow(), make_segment(id="", name="Came this month", kind=SegmentKind.FREQUENT, days=30,
                                              visits=1),
                     actor=shop.manager, clock=shop.clock)
    campaign = make_campaign(id="", name="Regulars' treat", kind=CampaignKind.BONUS_ON_PURCHASE,
                             starts_at=NOW - timedelta(days=1), ends_at=NOW + timedelta(days=30), bonus_points=40,
                             min_spend_minor=0, segment=segment, holdout_pct=holdout_pct)
    save_campaign(shop.uow(), campaign, actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _buy(shop: Shop, member: Member, sale_id: str | None = None):
    return checkout(shop.uow(), Checkout(sale_id or new_sale_id(), member.id, (SaleLineInput("COF-FIL", 1),)),
                    actor=shop.cashier, clock=shop.clock).receipt


def _members_split(shop: Shop, pct: int) -> tuple[Member, Member]:
    """One member in the campaign's control group and one in its treatment group."""
    held = kept = None
    for n in itertools.count():
        member = shop.enrol(f"Member {n}")
        if in_control(member.id, TREAT, pct):
            held = held or member
        else:
            kept = kept or member
        if held and kept:
            return held, kept
    raise AssertionError  # pragma: no cover


def test_a_segment_campaign_reaches_its_segment_at_the_till_and_never_its_control_group(shop: Shop) -> None:
    _aim(shop, holdout_pct=50)
    held, kept = _members_split(shop, 50)
    cmd = Checkout(_SALE_ID, kept.id, (SaleLineInput("COF-FIL", 1),))
    first = refresh_sale(shop.uow(readonly=True), cmd, clock=shop.clock)
    assert TREAT not in {line.campaign_id for line in first.priced.earning.lines}  # no visit yet: not a regular
    _buy(shop, kept), _buy(shop, held)
    shop.clock.advance(hours=1)
    view = refresh_sale(shop.uow(readonly=True), cmd, clock=shop.clock)
    assert [(line.rule, line.points) for line in view.priced.earning.lines if line.campaign_id == TREAT] == [
        (f"bonus:{TREAT}", 40)]
    assert [(c.campaign_name, c.segment_name) for c in view.member.segment_campaigns] == [
        ("Regulars' treat", "Came this month")]  # the member panel says why
    receipt = _buy(shop, kept, _SALE_ID)
    assert any("Bonus: Regulars' treat" in row.text for row in receipt_lines(receipt, width=42))

    held_view = refresh_sale(shop.uow(readonly=True), Checkout(_SALE_ID, held.id, cmd.lines), clock=shop.clock)
    assert TREAT not in {line.campaign_id for line in held_view.priced.earning.lines}
    assert held_view.member.segment_campaigns == ()
    printed = "\n".join(row.text for row in receipt_lines(_buy(shop, held), width=42)).lower()
    assert "regulars" not in printed and "came this month" not in printed and "held out" not in printed and "control" not in printed


def test_a_holdout_without_a_segment_skips_control_members_enrolment_bonus_too(shop: Shop) -> None:
    _aim(shop, holdout_pct=50, segment=None)
    held, kept = _members_split(shop, 50)
    view = refresh_sale(shop.uow(readonly=True), Checkout(_SALE_ID, kept.id, (SaleLineInput("COF-FIL", 1),)),
                        clock=shop.clock)
    assert view.member.segment_campaigns == ()  # a campaign for everyone needs no explaining
    points = {line.campaign_id: line.points for line in view.priced.earning.lines}
    assert points[TREAT] == 40
    held_view = refresh_sale(shop.uow(readonly=True), Checkout(_SALE_ID, held.id, (SaleLineInput("COF-FIL", 1),)),
                             clock=shop.clock)
    assert TREAT not in {line.campaign_id for line in held_view.priced.earning.lines}


def test_segment_counts_follow_the_tills_definition_and_a_used_segment_stays(shop: Shop) -> None:
    shop.clock.advance(days=-100)
    old = [shop.enrol(f"Old {n}") for n in range(3)]
    _buy(shop, old[0])
    shop.clock.advance(days=95)
    # Away 95 days, old[1]'s first coffee is the demo's welcome-back gift: two more are paid for.
    _buy(shop, old[1]), _buy(shop, old[1]), _buy(shop, old[1])
    shop.clock.advance(days=5)
    fresh = shop.enrol("Fresh")
    for name, kind, extra in (("Lapsed 60", SegmentKind.LAPSED, {"days": 60}),
                              ("Twice a month", SegmentKind.FREQUENT, {"days": 30, "visits": 2}),
                              ("Spent 60", SegmentKind.SPEND, {"days": 30, "spend_minor": 6_000}),
                              ("Bronze", SegmentKind.TIER, {"tier": "bronze"})):
        save_segment(shop.uow(), make_segment(id="", name=name, kind=kind, **extra), actor=shop.manager,
                     clock=shop.clock)
    catalog = segment_catalog(shop.uow(readonly=True), clock=shop.clock)
    counts = {row.segment.name: row.members for row in catalog.rows}
    segments = tuple(row.segment for row in catalog.rows)
    now = shop.clock.now()
    with shop.uow(readonly=True) as uow:
        everyone = [uow.members.get(m) for m in uow.reports.population(now + timedelta(days=1), marketing_only=False,
                                                                         tiers=None)]
        placed = {m.id: segments_of(segments, tier_code=m.tier_code, enrolled_at=m.enrolled_at, now=now,
                                    visits=uow.sales.visits_since(m.id, now - timedelta(days=60)))
                  for m in everyone if m is not None}
    # The back office's count is the till's rule applied to every active member.
    assert counts == {s.name: sum(s.id in p for p in placed.values()) for s in segments}
    # old[0] bought 100 days ago and old[2] never since joining: lapsed; old[1] came 5 days ago, fresh joined today.
    assert ["lapsed-60" in placed[m.id] for m in [*old, fresh]] == [True, False, True, False]
    assert counts["Twice a month"] == 1 and counts["Spent 60"] == 1

    with pytest.raises(FieldsInvalid) as refused:
        make_segment(id="", name="", kind=SegmentKind.FREQUENT, days=0, visits=0)
    assert set(refused.value.fields) == {"name", "days", "visits"}
    save_campaign(shop.uow(), make_campaign(id="", name="Win back", kind=CampaignKind.BONUS_ON_PURCHASE,
                                            starts_at=NOW, ends_at=NOW + timedelta(days=9), bonus_points=5,
                                            segment="lapsed-60"), actor=shop.manager, clock=shop.clock)
    with pytest.raises(Conflict):
        remove_segment(shop.uow(), "lapsed-60", actor=shop.manager, clock=shop.clock)
    assert remove_segment(shop.uow(), "bronze", actor=shop.manager, clock=shop.clock).name == "Bronze"
    with pytest.raises(FieldsInvalid) as refused:
        save_campaign(shop.uow(), make_campaign(id="", name="Nobody", kind=CampaignKind.BONUS_ON_PURCHASE,
                                                starts_at=NOW, ends_at=NOW + timedelta(days=9), bonus_points=5,
                                                segment="bronze"), actor=shop.manager, clock=shop.clock)
    assert set(refused.value.fields) == {"segment"}
    with pytest.raises(FieldsInvalid) as refused:
        make_campaign(id="", name="Most", kind=CampaignKind.BONUS_ON_PURCHASE, starts_at=NOW,
                      ends_at=NOW + timedelta(days=9), bonus_points=5, holdout_pct=60)
    assert set(refused.value.fields) == {"holdout_pct"}


def test_the_ab_report_compares_members_with_their_control_group_and_campaigns_with_before(shop: Shop) -> None:
    start = shop.clock.now() - timedelta(days=1)
    _aim(shop, holdout_pct=50, segment=None)
    members: list[Member] = []
    while min(sum(in_control(m.id, TREAT, 50) is held for m in members) for held in (True, False)) < 3:
        members.append(shop.enrol(f"Member {len(members)}"))  # ids are random: enough in each group for an interval
    for n, member in enumerate(members):
        for _visit in range(n % 3 + 1):
            _buy(shop, member)
    end = shop.clock.now() + timedelta(days=1)
    result = next(r for r in holdout_results(shop.uow(readonly=True), start=start, end=end).campaigns
                  if r.campaign_id == TREAT)
    with shop.uow(readonly=True) as uow:
        audience = uow.reports.population(result.end, marketing_only=False, tiers=None)
        activity = uow.reports.member_activity(result.start, result.end)
        program = published_program(uow)
    control = [m for m in audience if in_control(m, TREAT, 50)]
    assert result.control.visits.n == len(control) and result.treatment.visits.n == len(audience) - len(control)
    assert result.control.visits.total == sum(activity.get(m, (0, 0))[0] for m in control)
    assert result.treatment.spend.total + result.control.spend.total == sum(s for _v, s in activity.values())
    assert result.spend is not None and result.spend.low <= result.spend.difference <= result.spend.high
    assert result.visits is not None
    assert TREAT in {c.id for c in program.campaigns}

    comparison = {c.campaign_id: c for c in campaign_comparison(shop.uow(readonly=True), start=start,
                                                                 end=end).campaigns}
    treat = comparison[TREAT]
    assert treat.during.sales == sum(n % 3 + 1 for n in range(len(members))) and treat.during.members == len(members)
    # Every sale of a treatment member earned the 40-point bonus; none of a control member's did.
    assert treat.points == 40 * sum(n % 3 + 1 for n, m in enumerate(members) if not in_control(m.id, TREAT, 50))
    assert treat.before.sales == 0 and treat.change_pct("sales") is None


def test_a_segment_campaigns_ab_groups_are_its_segment_at_the_start_who_said_yes_to_offers(shop: Shop) -> None:
    save_segment(shop.uow(), make_segment(id="", name="Came this month", kind=SegmentKind.FREQUENT, days=30,
                                          visits=1), actor=shop.manager, clock=shop.clock)
    yes = [shop.enrol(f"Yes {n}") for n in range(4)]
    no = enrol(shop.uow(), EnrolMember("No offers", None, consents=Consents(marketing=False, data_processing=True)),
               actor=shop.cashier, clock=shop.clock)
    for member in (*yes, no):
        _buy(shop, member)
    start = shop.clock.now() + timedelta(hours=1)
    save_campaign(shop.uow(), make_campaign(id="", name="Regulars' treat", kind=CampaignKind.BONUS_ON_PURCHASE,
                                            starts_at=start, ends_at=start + timedelta(days=7), bonus_points=40,
                                            segment="came-this-month", holdout_pct=50),
                  actor=shop.manager, clock=shop.clock)
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    shop.clock.advance(hours=2)
    for member in (*yes, no):
        _buy(shop, member)
    later = shop.enrol("Joined after the start")
    _buy(shop, later)
    results = holdout_results(shop.uow(readonly=True), start=start - timedelta(days=1), end=start + timedelta(days=1))
    treat = next(r for r in results.campaigns if r.campaign_id == TREAT)
    assert treat.segment_name == "Came this month"
    # The four who said yes and were regulars when it started; neither "No offers" nor the newcomer.
    assert treat.treatment.visits.n + treat.control.visits.n == 4
    assert treat.treatment.visits.total + treat.control.visits.total == 4
    held = [m for m in yes if in_control(m.id, TREAT, 50)]
    assert treat.control.visits.n == len(held)
