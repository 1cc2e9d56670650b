"""The loyalty program as data: earning rules, rewards, tiers, campaigns.

Everything a manager edits is a frozen value here, so a whole program can be
versioned, published, replayed by the simulator and explained on a receipt.
Multipliers are integer percent (100 = 1x, 150 = 1.5x) so no float ever enters.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime

from loyalty_pos.domain.charity import Charity, check_charities
from loyalty_pos.domain.badges import Badge
from loyalty_pos.domain.challenges import Challenge
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.fraud_limits import FraudLimits
from loyalty_pos.domain.gift_cards import GiftCardSettings
from loyalty_pos.domain.holdout import MAX_HOLDOUT_PCT
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.local_names import MAX_LOCAL_DESCRIPTION, MAX_LOCAL_NAME, names_problem
from loyalty_pos.domain.member_actions import action_rules_problem
from loyalty_pos.domain.money import Rounding
from loyalty_pos.domain.prize_rules import prize_problems
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.domain.segments import Segment
from loyalty_pos.domain.price_rules import EarlyAccess, MemberPrice, VolumeRule, check_window

# A field whose empty value the program document leaves out: a program that uses no
# translations stays readable by a release from before the field existed (the codec
# refuses keys it does not know), and its stored versions keep their digests. Such maps
# stay out of the hash (a reward is hashed as a set member; equality still compares them).
OMIT_EMPTY = {"omit_empty": True}


class TaxBasis(enum.Enum):
    INCLUSIVE = "inclusive"  # earn on what the customer pays, VAT included
    EXCLUSIVE = "exclusive"  # earn on the net-of-VAT amount


@dataclass(frozen=True, slots=True)
class EarningRules:
    """Base rate: ``points_per_step`` points for every ``step_minor`` of spend."""

    points_per_step: int = 1
    step_minor: int = 100  # e.g. 1 point per NOK 1.00
    rounding: Rounding = Rounding.FLOOR
    category_multipliers: dict[str, int] = field(default_factory=dict)  # pct
    product_multipliers: dict[str, int] = field(default_factory=dict)  # pct; wins over category
    excluded_categories: frozenset[str] = frozenset()
    excluded_products: frozenset[str] = frozenset()
    minimum_basket_minor: int = 0
    tax_basis: TaxBasis = TaxBasis.INCLUSIVE
    daily_cap: int | None = None  # points per member per day from purchases

    def __post_init__(self) -> None:
        if self.points_per_step < 0 or self.step_minor <= 0:
            raise ValidationError(code="bad_base_rate", template="Base rate must be >= 0 points per > 0 amount")
        for name, pct in {**self.category_multipliers, **self.product_multipliers}.items():
            if pct < 0:
                raise ValidationError(code="bad_multiplier", template="Multiplier for {name} is negative", name=name)
        if self.minimum_basket_minor < 0:
            raise ValidationError(code="bad_minimum", template="Minimum basket cannot be negative")
        if self.daily_cap is not None and self.daily_cap < 0:
            raise ValidationError(code="bad_cap", template="Daily cap cannot be negative")


class TierBasis(enum.Enum):
    SPEND = "spend"  # rolling-window net spend in minor units
    POINTS = "points"  # rolling-window points earned


@dataclass(frozen=True, slots=True)
class Tier:
    code: str
    name: str
    threshold: int  # in the program's tier basis; the entry tier has 0
    multiplier_pct: int = 100
    perks: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.threshold < 0 or self.multiplier_pct < 0:
            raise ValidationError(code="bad_tier", template="Tier {tier}: negative value", tier=self.code)


@dataclass(frozen=True, slots=True)
class TierPolicy:
    tiers: tuple[Tier, ...]  # ascending by threshold; first has threshold 0
    basis: TierBasis = TierBasis.SPEND
    window_months: int = 12
    review_month: int = 1  # downgrades are decided once a year in this month ...
    review_day: int = 1  # ... on this day
    grace_days: int = 30  # ... and take effect this many days after the review

    def __post_init__(self) -> None:
        if not self.tiers:
            raise ValidationError(code="no_tiers", template="A program needs at least one tier")
        thresholds = [t.threshold for t in self.tiers]
        if thresholds[0] != 0 or thresholds != sorted(set(thresholds)):
            raise ValidationError(
                code="bad_tier_order",
                template="Tiers need strictly rising thresholds starting at 0",
            )
        codes = [t.code for t in self.tiers]
        if len(set(codes)) != len(codes):
            raise ValidationError(code="duplicate_tier", template="Tier codes must be unique")

    def by_code(self, code: str) -> Tier:
        for tier in self.tiers:
            if tier.code == code:
                return tier
        return self.tiers[0]

    def rank(self, code: str) -> int:
        for index, tier in enumerate(self.tiers):
            if tier.code == code:
                return index
        return 0


class RewardKind(enum.Enum):
    AMOUNT_OFF = "amount_off"  # fixed money off the basket
    PERCENT_OFF = "percent_off"  # % off the basket or one category
    FREE_PRODUCT = "free_product"  # one unit of a product in the basket, free
    BUY_X_GET_Y = "buy_x_get_y"  # buy X of a product, Y of them free
    PAY_WITH_POINTS = "pay_with_points"  # cashier-entered points at a value per point
    STORE_CREDIT = "store_credit"  # points become a tender (payment), not a discount
    PARTNER_CODE = "partner_code"  # hands out the next code of a partner's imported voucher list
    GIVEAWAY = "giveaway"  # one entry in a draw the manager holds when entries close
    MYSTERY = "mystery"  # one of a weighted pool of rewards, drawn from the sale id


@dataclass(frozen=True, slots=True)
class Reward:
    id: str
    name: str
    kind: RewardKind
    points_cost: int  # per redemption; for PAY_WITH_POINTS the minimum points
    description: str = ""
    amount_minor: int = 0  # AMOUNT_OFF, STORE_CREDIT
    percent: int = 0  # PERCENT_OFF, whole percent
    category: str | None = None  # PERCENT_OFF limited to a category
    product_code: str | None = None  # FREE_PRODUCT, BUY_X_GET_Y
    buy_quantity: int = 0  # BUY_X_GET_Y
    free_quantity: int = 0  # BUY_X_GET_Y
    point_value_minor: int = 1  # PAY_WITH_POINTS: ``point_value_minor`` ...
    points_per_value: int = 1  # ... of money for every ``points_per_value`` points
    valid_from: datetime | None = None
    valid_until: datetime | None = None
    min_tier: str | None = None
    min_basket_minor: int = 0
    per_member_limit: int | None = None
    limit_period: str = "month"  # day, week, month, year, ever
    stock: int | None = None  # None = unlimited; the store tracks what is left
    excluded_products: frozenset[str] = frozenset()
    active: bool = True
    image: str | None = None
    # Language tag -> the name (description) in it; a language left out shows the default.
    names: dict[str, str] = field(default_factory=dict, hash=False, metadata=OMIT_EMPTY)
    descriptions: dict[str, str] = field(default_factory=dict, hash=False, metadata=OMIT_EMPTY)
    partner: str = ""  # PARTNER_CODE: the partner's offer as printed ("Cinema 2-for-1")
    pool: tuple[tuple[str, int], ...] = ()  # MYSTERY: (reward id, weight) to draw from
    winners: int = 0  # GIVEAWAY: members drawn when entries close (valid_until)
    codes_per_till: int = 0  # PARTNER_CODE in a chain: the block a till leases; 0: the chain's default

    def __post_init__(self) -> None:
        # (field, what it needs): the field lets an editor put each problem under its own input.
        problems: list[tuple[str, str]] = []
        if not self.name.strip():
            problems.append(("name", "a name"))
        for key, limit in (("names", MAX_LOCAL_NAME), ("descriptions", MAX_LOCAL_DESCRIPTION)):
            problem = names_problem(getattr(self, key), limit)
            if problem is not None:  # one part of the editor holds both
                problems.append(("names", f"{key} in other languages with {problem}"))
        if self.points_cost <= 0:
            problems.append(("points_cost", "a points price above 0"))
        if self.kind in (RewardKind.AMOUNT_OFF, RewardKind.STORE_CREDIT) and self.amount_minor <= 0:
            problems.append(("amount_minor", "an amount above 0"))
        if self.kind is RewardKind.PERCENT_OFF and not 0 < self.percent <= 100:
            problems.append(("percent", "a percent between 1 and 100"))
        if self.kind in (RewardKind.FREE_PRODUCT, RewardKind.BUY_X_GET_Y) and not self.product_code:
            problems.append(("product_code", "a product"))
        if self.kind is RewardKind.BUY_X_GET_Y and (self.buy_quantity <= 0 or self.free_quantity <= 0):
            problems.append(("quantities", "buy and free quantities above 0"))
        if self.kind is RewardKind.PAY_WITH_POINTS and (
            self.point_value_minor <= 0 or self.points_per_value <= 0
        ):
            problems.append(("point_value", "a value per point above 0"))
        if self.valid_from and self.valid_until and self.valid_until <= self.valid_from:
            problems.append(("valid_until", "a validity window that ends after it starts"))
        if self.per_member_limit is not None and self.per_member_limit <= 0:
            problems.append(("per_member_limit", "a per-member limit above 0 (or none)"))
        if self.limit_period not in ("day", "week", "month", "year", "ever"):
            problems.append(("limit_period", "a limit period of day, week, month, year or ever"))
        if self.stock is not None and self.stock < 0:
            problems.append(("stock", "stock of 0 or more"))
        problems += prize_problems(self)
        if problems:
            raise ValidationError(
                code="bad_reward",
                detail=f"Reward {self.name or self.id!r} needs " + ", ".join(text for _field, text in problems),
                fields=tuple(name for name, _text in problems),
            )


class CampaignKind(enum.Enum):
    MULTIPLIER = "multiplier"  # extra multiplier on purchases in a window
    BONUS_ON_PURCHASE = "bonus_on_purchase"  # fixed bonus when a sale reaches a minimum
    ACTION = "action"  # points for a non-purchase action (enrolment, birthday, referral...)
    INSTANT_WIN = "instant_win"  # 1 in N sales (or every Nth) wins bonus points and/or a reward


@dataclass(frozen=True, slots=True)
class Campaign:
    id: str
    name: str
    kind: CampaignKind
    starts_at: datetime
    ends_at: datetime
    multiplier_pct: int = 100  # MULTIPLIER
    categories: frozenset[str] = frozenset()  # empty = whole basket
    bonus_points: int = 0  # BONUS_ON_PURCHASE, ACTION, INSTANT_WIN
    min_spend_minor: int = 0  # BONUS_ON_PURCHASE, INSTANT_WIN
    action: str | None = None  # ACTION: "enrolment", "birthday", "referral", "app_signup", "review"
    one_in: int = 0  # INSTANT_WIN odds
    min_tier: str | None = None
    names: dict[str, str] = field(default_factory=dict, hash=False, metadata=OMIT_EMPTY)  # as Reward.names
    # ACTION: how often one member may earn it (None: no limit) per ``limit_period`` ("" = ever);
    # for "referral" it limits the referrer's bonuses. Empty values stay out of the document.
    per_member_limit: int | None = field(default=None, metadata=OMIT_EMPTY)
    limit_period: str = field(default="", metadata=OMIT_EMPTY)
    lapsed_days: int = field(default=0, metadata=OMIT_EMPTY)  # ACTION "win_back": days without a visit
    # INSTANT_WIN: a reward the winning sale gets for free; a "win_back" ACTION: the reward the
    # welcome-back visit gets for free (domain/win_back_offer.py), with or without bonus points.
    win_reward_id: str | None = None
    every_nth: int = 0  # INSTANT_WIN: every Nth sale of a till wins, instead of 1 in ``one_in``
    # A/B: this % of members (by a hash of member and campaign, domain.holdout) never get it.
    holdout_pct: int = field(default=0, metadata=OMIT_EMPTY)
    segment: str | None = field(default=None, metadata=OMIT_EMPTY)  # a Program.segments id: only its members
    # A time window inside the dates, in the shop's local time (domain/time_windows.py):
    # ISO weekdays (1 = Monday; none = every day) and hours from..until (until 0 = all day).
    weekdays: frozenset[int] = field(default=frozenset(), metadata=OMIT_EMPTY)
    hour_from: int = field(default=0, metadata=OMIT_EMPTY)
    hour_until: int = field(default=0, metadata=OMIT_EMPTY)
    products: frozenset[str] = field(default=frozenset(), metadata=OMIT_EMPTY)  # with categories: either covers a line
    # Tier code -> percent: a MULTIPLIER's multiplier for that tier, a bonus's share of its points (200 = 2x).
    tier_factors: dict[str, int] = field(default_factory=dict, hash=False, metadata=OMIT_EMPTY)

    def __post_init__(self) -> None:
        action_problem = action_rules_problem(self)
        if action_problem is not None:
            raise ValidationError(code="bad_campaign", template="Campaign {name!r} needs {problem}",
                                  name=self.name, problem=action_problem)
        if not 0 <= self.holdout_pct <= MAX_HOLDOUT_PCT:
            raise ValidationError(code="bad_campaign", template="A campaign holds out 0 to {most} % of members",
                                  most=MAX_HOLDOUT_PCT)
        check_window(self.name, self.weekdays, self.hour_from, self.hour_until, self.tier_factors)
        problem = names_problem(self.names, MAX_LOCAL_NAME)
        if problem is not None:
            raise ValidationError(code="bad_campaign", template="Campaign {name!r} needs names in other languages "
                                  "with {problem}", name=self.name, problem=problem)
        if self.ends_at <= self.starts_at:
            raise ValidationError(code="bad_campaign", template="Campaign {name!r} ends before it starts",
                                  name=self.name)
        if self.kind is CampaignKind.MULTIPLIER and self.multiplier_pct <= 100:
            raise ValidationError(code="bad_campaign", template="A multiplier campaign needs more than 100 %")
        if self.kind in (CampaignKind.BONUS_ON_PURCHASE, CampaignKind.ACTION, CampaignKind.INSTANT_WIN) and self.bonus_points <= 0 \
                and not (self.win_reward_id and (self.kind is CampaignKind.INSTANT_WIN or self.action == "win_back")):
            raise ValidationError(code="bad_campaign", template="A bonus campaign needs bonus points above 0")
        if self.kind is CampaignKind.ACTION and not self.action:
            raise ValidationError(code="bad_campaign", template="An action campaign needs an action")
        if self.kind is CampaignKind.INSTANT_WIN and self.one_in < 2 and self.every_nth < 2:
            raise ValidationError(code="bad_campaign", template="Instant-win odds must be 1 in 2 or rarer")

    def running(self, now: datetime) -> bool:
        return self.starts_at <= now < self.ends_at


class NegativeBalancePolicy(enum.Enum):
    """What a return does when taking back earned points would go below zero."""

    REVERSE_TO_ZERO_AND_FLAG = "reverse_to_zero_and_flag"
    ALLOW_DEBT = "allow_debt"


@dataclass(frozen=True, slots=True)
class Program:
    """One published (or draft) version of a shop's loyalty program."""

    currency: str
    earning: EarningRules
    tiers: TierPolicy
    rewards: tuple[Reward, ...] = ()
    campaigns: tuple[Campaign, ...] = ()
    expiry: ExpiryPolicy = ExpiryPolicy()
    negative_balance: NegativeBalancePolicy = NegativeBalancePolicy.REVERSE_TO_ZERO_AND_FLAG
    offline_redeem_cap_per_day: int | None = None  # enforced when the till is offline (sync)
    version: int = 0
    limits: FraudLimits = FraudLimits()  # caps, second manager, verification, unusual patterns
    # Left out of the document when unused, so older programs keep their digests.
    charities: tuple[Charity, ...] = field(default=(), metadata=OMIT_EMPTY)
    gift_cards: GiftCardSettings | None = field(default=None, metadata=OMIT_EMPTY)  # None: the defaults

    def __post_init__(self) -> None:
        check_charities(self.charities)

    @property
    def gift_card_rules(self) -> GiftCardSettings:
        return self.gift_cards or GiftCardSettings()
    # Left out of the document when empty, like OMIT_EMPTY maps: older programs keep their digests.
    challenges: tuple[Challenge, ...] = field(default=(), metadata=OMIT_EMPTY)
    badges: tuple[Badge, ...] = field(default=(), metadata=OMIT_EMPTY)
    paid_tiers: tuple[PaidTier, ...] = field(default=(), metadata=OMIT_EMPTY)
    segments: tuple[Segment, ...] = field(default=(), metadata=OMIT_EMPTY)  # campaign targets (domain.segments)
    # Price rules (domain/member_pricing.py, domain/volume_pricing.py), priced before rewards.
    member_prices: tuple[MemberPrice, ...] = field(default=(), metadata=OMIT_EMPTY)
    early_access: tuple[EarlyAccess, ...] = field(default=(), metadata=OMIT_EMPTY)
    volume_rules: tuple[VolumeRule, ...] = field(default=(), metadata=OMIT_EMPTY)

    def reward(self, reward_id: str) -> Reward | None:
        return next((r for r in self.rewards if r.id == reward_id), None)
