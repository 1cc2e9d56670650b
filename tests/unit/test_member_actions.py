"""Member actions, birthdays, referrals and win-backs as pure rules: who earns, once."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.member_actions import (
    PendingReferral,
    award_slots,
    birthday_month,
    free_slot,
    lapsed,
    referral_code,
    referral_id_prefix,
    self_referral,
    visit_awards,
)
from loyalty_pos.domain.program import Campaign, CampaignKind, Tier, TierPolicy

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
TODAY = NOW.date()
TIERS = TierPolicy((Tier("basic", "Basic", 0), Tier("gold", "Gold", 5_000)))
ADA, BOB = str(uuid.UUID(int=1, version=4)), str(uuid.UUID(int=2, version=4))


def action(campaign_id: str, what: str, points: int = 50, **fields: object) -> Campaign:
    return Campaign(campaign_id, campaign_id.title(), CampaignKind.ACTION, NOW - timedelta(days=30),
                    NOW + timedelta(days=30), bonus_points=points, action=what, **fields)  # type: ignore[arg-type]


BIRTHDAY = action("birthday", "birthday")
WIN_BACK = action("win-back", "win_back", 40, lapsed_days=60)
REFERRAL = action("friends", "referral", 100, per_member_limit=2, limit_period="year")


def awards(*campaigns: Campaign, birthday: date | None = None, last_visit: datetime | None = None,
           referral: PendingReferral | None = None, consent: bool = True, member: str = BOB) -> dict[str, int]:
    found = visit_awards(campaigns, tiers=TIERS, member_id=member, tier_code="basic", marketing_consent=consent,
                         birthday=birthday, last_visit=last_visit, referral=referral, local_today=TODAY, now=NOW)
    return {f"{award.kind}:{award.member_id[:4]}": award.points for award in found}


@given(st.uuids(version=4))
def test_a_referral_code_names_the_start_of_its_members_id(member: uuid.UUID) -> None:
    code = referral_code(str(member))
    assert code is not None and len(code) == 8 and code.isalnum() and code == code.upper()
    prefix = referral_id_prefix(code)
    assert prefix is not None and str(member).startswith(prefix)
    assert referral_id_prefix(code.lower().replace("1", "l").replace("0", "o")) == prefix  # as a friend types it


def test_a_typed_code_that_cannot_be_one_names_nobody() -> None:
    assert referral_code("m-000123") is None
    assert [referral_id_prefix(text) for text in ("", "ABC", "ABCDEFGHJ", "ABCD!FGH")] == [None] * 4


@given(st.integers(1, 20), st.sets(st.integers(0, 25)))
def test_a_limit_is_a_fixed_set_of_ids_and_a_free_one_is_never_taken(limit: int, taken_slots: set[int]) -> None:
    campaign = action("review", "review", per_member_limit=limit, limit_period="month")
    slots = award_slots(campaign, ADA, "2026-11-01")
    assert len(set(slots)) == limit and slots == award_slots(campaign, ADA, "2026-11-01")
    taken = {slots[i] for i in taken_slots if i < limit}
    chosen = free_slot(slots, taken)
    assert (chosen is None) == (len(taken) == limit)
    assert chosen not in taken
    assert not set(slots) & set(award_slots(campaign, ADA, "2026-12-01"))  # a new month, new room
    assert not set(slots) & set(award_slots(campaign, BOB, "2026-11-01"))


def test_no_limit_means_no_fixed_ids() -> None:
    assert award_slots(action("review", "review"), ADA, "0001-01-01") == ()


@pytest.mark.parametrize(("fields", "needs"), [
    ({"per_member_limit": 0}, "per-member limit"),
    ({"limit_period": "fortnight"}, "limit period"),
    ({"action": "win_back"}, "days without a visit"),
])
def test_a_campaign_with_a_broken_limit_or_lapse_is_refused(fields: dict[str, object], needs: str) -> None:
    values: dict[str, object] = {"what": "review", **fields}
    what = values.pop("action", values.pop("what"))
    with pytest.raises(ValidationError, match=needs):
        action("bad", str(what), **values)


def test_the_birthday_treat_comes_in_the_birthday_month_to_members_who_said_yes() -> None:
    assert birthday_month(date(1990, 11, 30), TODAY) and not birthday_month(date(1990, 12, 1), TODAY)
    assert not birthday_month(None, TODAY)
    assert awards(BIRTHDAY, birthday=date(1990, 11, 2)) == {"birthday:" + BOB[:4]: 50}
    assert awards(BIRTHDAY, birthday=date(1990, 10, 23)) == {}
    assert awards(BIRTHDAY, birthday=date(1990, 11, 2), consent=False) == {}  # a targeted offer is marketing


def test_the_birthday_treat_has_one_id_a_year_whatever_the_visit() -> None:
    first = visit_awards((BIRTHDAY,), tiers=TIERS, member_id=ADA, tier_code="basic", marketing_consent=True,
                         birthday=date(1990, 11, 2), last_visit=None, referral=None, local_today=TODAY, now=NOW)
    later = visit_awards((BIRTHDAY,), tiers=TIERS, member_id=ADA, tier_code="gold", marketing_consent=True,
                         birthday=date(1990, 11, 2), last_visit=NOW, referral=None,
                         local_today=TODAY + timedelta(days=5), now=NOW + timedelta(days=5))
    assert first[0].entry_id == later[0].entry_id


@given(st.integers(0, 400))
def test_win_back_comes_only_after_the_lapse_and_once_per_lapse(days_away: int) -> None:
    last = NOW - timedelta(days=days_away)
    assert lapsed(last, NOW, 60) == (days_away >= 60)
    given_ = visit_awards((WIN_BACK,), tiers=TIERS, member_id=ADA, tier_code="basic", marketing_consent=True,
                          birthday=None, last_visit=last, referral=None, local_today=TODAY, now=NOW)
    assert len(given_) == (1 if days_away >= 60 else 0)
    if given_:  # the same lapse, seen a day later, is the same award; the next lapse is another
        again = visit_awards((WIN_BACK,), tiers=TIERS, member_id=ADA, tier_code="basic", marketing_consent=True,
                             birthday=None, last_visit=last, referral=None, local_today=TODAY,
                             now=NOW + timedelta(days=1))
        assert again[0].entry_id == given_[0].entry_id
    assert not lapsed(None, NOW, 60)  # never came: nothing to win back


def test_a_referral_pays_both_within_the_referrers_limit() -> None:
    pending = PendingReferral(ADA, "basic", True, 0)
    assert awards(REFERRAL, referral=pending) == {"referral:" + BOB[:4]: 100, "referrer:" + ADA[:4]: 100}
    used_up = PendingReferral(ADA, "basic", True, 2)
    assert awards(REFERRAL, referral=used_up) == {"referral:" + BOB[:4]: 100}  # the friend's limit, not theirs
    assert awards(REFERRAL, referral=PendingReferral(BOB, "basic", True, 0)) == {}  # themselves: nothing


def test_a_second_enrolment_of_the_same_person_is_no_referral() -> None:
    born = date(1990, 5, 1)
    assert self_referral(ADA, "Ada Lovelace", born, ADA, "Ada Lovelace", born)
    assert self_referral(ADA, "Ada  Lovelace", born, BOB, "ada lovelace", born)
    assert not self_referral(ADA, "Ada Lovelace", born, BOB, "Ada Lovelace", date(1991, 5, 1))
    assert not self_referral(ADA, "Ada Lovelace", None, BOB, "Ada Lovelace", None)
