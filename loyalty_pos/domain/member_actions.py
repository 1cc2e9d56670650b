"""Points for what a member does besides buying: actions a cashier records with one key
(a review, the newsletter ...), and the awards a visit brings by itself (a birthday, a
referred friend's first purchase, coming back after a lapse).

Each award is a ledger entry whose id any till derives alone from the same inputs
(``derived_ids``): a per-member limit is a fixed set of ids per period, so two tills
recording the same action offline make the same entry and the synced ledger keeps one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from loyalty_pos.domain.derived_ids import (
    action_award_id,
    birthday_award_id,
    referral_award_id,
    win_back_award_id,
)

if TYPE_CHECKING:
    from loyalty_pos.domain.program import Campaign, TierPolicy

# Recorded by a cashier or manager with one key while the member is on the till.
TILL_ACTIONS = ("review", "newsletter", "questionnaire", "event", "social_post")
# Given by the till itself: at enrolment, at the first visit in the birthday month, at a
# referred member's first purchase, at the first visit after a lapse.
AUTOMATIC_ACTIONS = ("enrolment", "birthday", "referral", "win_back")
ACTIONS = AUTOMATIC_ACTIONS + TILL_ACTIONS
# "" is "ever": kept empty so a campaign without a limit stores nothing new.
LIMIT_PERIODS = ("", "day", "week", "month", "year")
MAX_LIMIT = 100  # a limit is a set of ids checked one by one; nobody writes 100 reviews a day


def action_rules_problem(campaign: Campaign) -> str | None:
    """What an action campaign's limit or lapse is missing, in English (None: nothing)."""
    limit = campaign.per_member_limit
    if limit is not None and not 1 <= limit <= MAX_LIMIT:
        return f"a per-member limit from 1 to {MAX_LIMIT} (or none)"
    if campaign.limit_period not in LIMIT_PERIODS:
        return "a limit period of day, week, month, year or ever"
    if campaign.lapsed_days < 0:
        return "days without a visit of 0 or more"
    if campaign.kind.value == "action" and campaign.action == "win_back" and campaign.lapsed_days < 1:
        return "the days without a visit after which a member is welcomed back"
    return None


def action_points(campaign: Campaign, tier_code: str) -> int:
    """The points ``campaign`` gives a member of ``tier_code``.

    The one place an action's points are decided: per-tier multipliers of action bonuses
    (a 2x referral bonus for the top tier) belong here when campaigns get them.
    """
    del tier_code  # every tier earns the campaign's points until campaigns carry tier multipliers
    return campaign.bonus_points


def period_key(period_start: datetime) -> str:
    """The limit period an award falls in, named by its start on the shop's calendar."""
    return period_start.date().isoformat()


def award_slots(campaign: Campaign, member_id: str, key: str) -> tuple[str, ...]:
    """The ids of the awards the limit allows ``member_id`` in the period named ``key``;
    empty when the campaign has no limit (each award then gets an id of its own)."""
    if campaign.per_member_limit is None:
        return ()
    return tuple(action_award_id(member_id, campaign.id, key, n) for n in range(1, campaign.per_member_limit + 1))


def free_slot(slots: Sequence[str], taken: Collection[str]) -> str | None:
    """The first id of ``slots`` not in ``taken``: None once the limit is used up."""
    return next((slot for slot in slots if slot not in taken), None)


def birthday_month(birthday: date | None, today: date) -> bool:
    """Whether ``today`` is in the member's birthday month (a Feb 29 birthday keeps February)."""
    return birthday is not None and birthday.month == today.month


def lapsed(last_visit: datetime | None, now: datetime, days: int) -> bool:
    """Whether a member who last came at ``last_visit`` has stayed away ``days`` or more.
    A member who never came has not lapsed: there is nothing to win back."""
    return days > 0 and last_visit is not None and now - last_visit >= timedelta(days=days)


# The member a code names is found by the first 40 bits of their id (ids are random UUIDs):
# no table of codes to keep or sync. Crockford's alphabet has no I, L, O or U to misread.
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CODE_LENGTH = 8
_PREFIX_HEX = 10
_MISREAD = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V", "-": None, " ": None})


def referral_code(member_id: str) -> str | None:
    """The code a member hands a friend: 8 letters and digits from their id (None: no UUID id)."""
    digits = member_id[:8] + member_id[9:11]
    if len(member_id) != 36 or member_id[8] != "-" or any(c not in "0123456789abcdef" for c in digits):
        return None
    value = int(digits, 16)
    return "".join(_ALPHABET[(value >> shift) & 31] for shift in range(35, -1, -5))


def referral_id_prefix(code: str) -> str | None:
    """The start of the member id a typed code names ("1a2b3c4d-5e"); None: not a code."""
    cleaned = code.strip().upper().translate(_MISREAD)
    if len(cleaned) != _CODE_LENGTH or any(c not in _ALPHABET for c in cleaned):
        return None
    value = 0
    for char in cleaned:
        value = value << 5 | _ALPHABET.index(char)
    digits = f"{value:0{_PREFIX_HEX}x}"
    return f"{digits[:8]}-{digits[8:]}"


@dataclass(frozen=True, slots=True)
class PendingReferral:
    """A member enrolled with a friend's code who has not bought yet."""

    referrer_id: str
    referrer_tier: str
    referrer_consent: bool
    referrer_awards: int  # referral bonuses the referrer already had in the campaign's limit period


@dataclass(frozen=True, slots=True)
class VisitAward:
    kind: str  # "birthday", "win_back", "referral" (the referred member's), "referrer" (their friend's)
    campaign_id: str
    campaign_name: str
    member_id: str  # who earns it: the member on the sale, or for "referrer" the friend who referred them
    points: int
    entry_id: str


def visit_awards(
    campaigns: Sequence[Campaign], *, tiers: TierPolicy, member_id: str, tier_code: str, marketing_consent: bool,
    birthday: date | None, last_visit: datetime | None, referral: PendingReferral | None, local_today: date,
    now: datetime,
) -> tuple[VisitAward, ...]:
    """What this visit awards by itself, before the ledger is asked which were given already.

    Birthday: once per campaign and year, at a visit in the birthday month. Win-back: once
    per lapse (the lapse is named by the visit that started it). Referral: at the referred
    member's first purchase, both earn, once; the referrer only within their limit.
    """
    from loyalty_pos.domain.campaigns import action_bonus  # campaigns imports program, which imports us

    def running(action: str, tier: str, consent: bool) -> tuple[Campaign, ...]:
        return tuple(campaign for campaign, _points in action_bonus(
            campaigns, action=action, tiers=tiers, tier_code=tier, now=now, marketing_consent=consent))

    awards: list[VisitAward] = []
    if birthday_month(birthday, local_today):
        awards += [VisitAward("birthday", c.id, c.name, member_id, action_points(c, tier_code),
                              birthday_award_id(member_id, c.id, local_today.year))
                   for c in running("birthday", tier_code, marketing_consent)]
    awards += [VisitAward("win_back", c.id, c.name, member_id, action_points(c, tier_code),
                          win_back_award_id(member_id, c.id, last_visit))
               for c in running("win_back", tier_code, marketing_consent)
               if lapsed(last_visit, now, c.lapsed_days)]
    if referral is not None and referral.referrer_id != member_id:
        for c in running("referral", tier_code, marketing_consent):
            awards.append(VisitAward("referral", c.id, c.name, member_id, action_points(c, tier_code),
                                     referral_award_id(member_id, c.id, "referred")))
            friend_may = (c.per_member_limit is None or referral.referrer_awards < c.per_member_limit) and \
                c in running("referral", referral.referrer_tier, referral.referrer_consent)
            if friend_may:
                awards.append(VisitAward("referrer", c.id, c.name, referral.referrer_id,
                                         action_points(c, referral.referrer_tier),
                                         referral_award_id(member_id, c.id, "referrer")))
    return tuple(awards)


def self_referral(referrer_id: str, referrer_name: str, referrer_birthday: date | None,
                  member_id: str, member_name: str, member_birthday: date | None) -> bool:
    """Whether a referral would pay a member for bringing themselves: the same member, or a
    second enrolment under the same name and birthday (a new phone is no new person)."""
    if referrer_id == member_id:
        return True
    same_name = referrer_name.casefold().split() == member_name.casefold().split()
    return same_name and referrer_birthday is not None and referrer_birthday == member_birthday
