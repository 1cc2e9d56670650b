"""What the demo shop sells and how its loyalty program is set up.

A Norwegian deli (NOK, two decimals, 15/25 % VAT) so the demo exercises minor
units, tax and every reward and campaign kind of the engine.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from loyalty_pos.demo.prizes import prize_campaigns, prize_rewards
from loyalty_pos.domain.badges import Badge, BadgeKind
from loyalty_pos.demo.audiences import demo_audience_campaigns, demo_segments
from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.charity import Charity
from loyalty_pos.domain.gift_cards import GiftCardSettings
from loyalty_pos.domain.challenges import Challenge, ChallengeKind
from loyalty_pos.domain.counting import Period
from loyalty_pos.domain.ledger import ExpiryPolicy
from loyalty_pos.domain.fraud_limits import FraudLimits, Verification
from loyalty_pos.domain.paid_membership import PaidTier
from loyalty_pos.domain.price_rules import EarlyAccess, MemberPrice, VolumeRule
from loyalty_pos.domain.program import (
    Campaign,
    CampaignKind,
    EarningRules,
    NegativeBalancePolicy,
    Program,
    Reward,
    RewardKind,
    Tier,
    TierBasis,
    TierPolicy,
)

SHOP_NAME = "Fjord & Co. Deli"
CURRENCY = "NOK"
TIMEZONE = "Europe/Oslo"
CASHIER_USER, CASHIER_PIN = "cashier", "1111"
MANAGER_USER, MANAGER_PIN = "manager", "9999"
# The one who approves a large adjustment (``second_manager_above``): a second person, as in a real shop.
SECOND_MANAGER_USER, SECOND_MANAGER_PIN = "deputy", "8888"
SECOND_MANAGER_ABOVE = 5_000  # points: a month of a regular's coffees is a few hundred
# Stored in the demo's settings: its sign-in screen announces these, whichever command opened it.
SIGN_IN = (f"{CASHIER_USER} / PIN {CASHIER_PIN} or {MANAGER_USER} / PIN {MANAGER_PIN} "
           f"(second manager {SECOND_MANAGER_USER} / PIN {SECOND_MANAGER_PIN})")

_FOOD, _OTHER = 1500, 2500  # VAT in basis points

# (code, name, category, price in øre, VAT, EAN-13 barcode or None)
_CATALOG: list[tuple[str, str, str, int, int, str | None]] = [
    ("COF-ESP", "Espresso", "coffee", 3200, _FOOD, "7040000000011"),
    ("COF-CAP", "Cappuccino", "coffee", 4500, _FOOD, "7040000000028"),
    ("COF-LAT", "Caffè latte", "coffee", 4900, _FOOD, "7040000000035"),
    ("COF-FIL", "Filter coffee", "coffee", 3500, _FOOD, "7040000000042"),
    ("COF-BEAN", "Coffee beans 250 g", "coffee", 14900, _FOOD, "7040000000059"),
    ("COF-TEA", "Black tea", "coffee", 3000, _FOOD, "7040000000066"),
    ("BAK-BUN", "Cinnamon bun", "bakery", 3900, _FOOD, "7040000000073"),
    ("BAK-CRO", "Croissant", "bakery", 3200, _FOOD, "7040000000080"),
    ("BAK-SOUR", "Sourdough loaf", "bakery", 6900, _FOOD, "7040000000097"),
    ("BAK-RYE", "Rye bread", "bakery", 5900, _FOOD, "7040000000103"),
    ("BAK-CAKE", "Carrot cake slice", "bakery", 5500, _FOOD, "7040000000110"),
    ("BAK-WAF", "Waffle with jam", "bakery", 4200, _FOOD, "7040000000127"),
    ("DAI-MILK", "Milk 1 l", "dairy", 2490, _FOOD, "7040000000134"),
    ("DAI-BUT", "Butter 250 g", "dairy", 3990, _FOOD, "7040000000141"),
    ("DAI-BRUN", "Brown cheese 500 g", "dairy", 8990, _FOOD, "7040000000158"),
    ("DAI-JARL", "Jarlsberg 400 g", "dairy", 7990, _FOOD, "7040000000165"),
    ("DAI-YOG", "Greek yoghurt", "dairy", 3290, _FOOD, "7040000000172"),
    ("DAI-CRM", "Sour cream", "dairy", 2690, _FOOD, "7040000000189"),
    ("DEL-SAL", "Smoked salmon 200 g", "deli", 12900, _FOOD, "7040000000196"),
    ("DEL-HAM", "Cured ham 100 g", "deli", 6900, _FOOD, "7040000000202"),
    ("DEL-SHR", "Shrimp sandwich", "deli", 11900, _FOOD, "7040000000219"),
    ("DEL-SOUP", "Fish soup", "deli", 14500, _FOOD, "7040000000226"),
    ("DEL-SAND", "Club sandwich", "deli", 9900, _FOOD, "7040000000233"),
    ("DEL-SALAD", "Caesar salad", "deli", 10900, _FOOD, "7040000000240"),
    ("PRO-APL", "Apples 1 kg", "produce", 3490, _FOOD, "7040000000257"),
    ("PRO-BAN", "Bananas 1 kg", "produce", 2990, _FOOD, "7040000000264"),
    ("PRO-TOM", "Tomatoes 500 g", "produce", 3290, _FOOD, "7040000000271"),
    ("PRO-POT", "Potatoes 2 kg", "produce", 3990, _FOOD, "7040000000288"),
    ("PRO-BER", "Blueberries 250 g", "produce", 4990, _FOOD, "7040000000295"),
    ("PRO-CUC", "Cucumber", "produce", 1990, _FOOD, "7040000000301"),
    ("BEV-WAT", "Sparkling water", "beverages", 2500, _FOOD, "7040000000318"),
    ("BEV-JUI", "Apple juice 1 l", "beverages", 3990, _FOOD, "7040000000325"),
    ("BEV-COLA", "Cola 0.5 l", "beverages", 3200, _FOOD, "7040000000332"),
    ("BEV-KOMB", "Kombucha", "beverages", 4500, _FOOD, "7040000000349"),
    ("BEV-BEER", "Lager 0.5 l", "beverages", 4990, _OTHER, "7040000000356"),
    ("SNK-CHOC", "Milk chocolate 200 g", "snacks", 4490, _FOOD, "7040000000363"),
    ("SNK-CHIP", "Potato chips", "snacks", 3990, _FOOD, "7040000000370"),
    ("SNK-NUT", "Salted nuts", "snacks", 4990, _FOOD, "7040000000387"),
    ("SNK-LIQ", "Liquorice", "snacks", 2990, _FOOD, "7040000000394"),
    ("SNK-BAR", "Oat bar", "snacks", 2490, _FOOD, "7040000000400"),
    ("HOU-CAN", "Candles 10 pcs", "household", 8990, _OTHER, "7040000000417"),
    ("HOU-NAP", "Napkins", "household", 3990, _OTHER, "7040000000424"),
    ("HOU-SOAP", "Dish soap", "household", 3490, _OTHER, "7040000000431"),
    ("HOU-BAG", "Tote bag", "household", 4900, _OTHER, "7040000000448"),
    ("HOU-MUG", "Deli mug", "household", 12900, _OTHER, "7040000000455"),
    ("TOB-SNUS", "Snus", "tobacco", 9900, _OTHER, "7040000000462"),
    ("TOB-CIG", "Cigarettes 20", "tobacco", 16900, _OTHER, "7040000000479"),
    ("GFT-200", "Gift card NOK 200", "gift_cards", 20000, 0, "7040000000486"),
    ("GFT-500", "Gift card NOK 500", "gift_cards", 50000, 0, "7040000000493"),
    ("SVC-BAG", "Paper bag", "household", 300, _OTHER, "7040000000509"),
]

# New this season, apart from the everyday catalogue: last year's history never sold it,
# and a day's sales over the catalogue would meet its early access at every bronze card.
_SEASONAL: list[tuple[str, str, str, int, int, str | None]] = [
    ("BAK-STOL", "Christmas stollen", "bakery", 12900, _FOOD, "7040000000516"),
]
EARLY_ACCESS_DAYS = 7  # gold members buy the season's product a week before everyone else


# 20 points give NOK 1.00: a free coffee's 100 points are NOK 5.00 to the charity.
DEMO_CHARITIES = (
    Charity("red-cross", "Red Cross", points_per_value=20, value_minor=100),
    Charity("food-bank", "Oslo Food Bank", points_per_value=20, value_minor=100),
)


def demo_products() -> list[Product]:
    return [
        Product(code, name, category, price, CURRENCY, tax, barcode)
        for code, name, category, price, tax, barcode in _CATALOG
    ]


def seasonal_products() -> list[Product]:
    return [
        Product(code, name, category, price, CURRENCY, tax, barcode)
        for code, name, category, price, tax, barcode in _SEASONAL
    ]


def demo_early_access(now: datetime) -> tuple[EarlyAccess, ...]:
    """The stollen opens to everyone at the start of the shop's day a week after the demo is set up."""
    zone = ZoneInfo(TIMEZONE)
    opens = datetime.combine(now.astimezone(zone).date() + timedelta(days=EARLY_ACCESS_DAYS), time(0), tzinfo=zone)
    return tuple(EarlyAccess(code, "gold", opens.astimezone(UTC)) for code, *_ in _SEASONAL)


def action_campaigns(now: datetime) -> tuple[Campaign, ...]:
    """What a member earns besides buying: actions the cashier keys in (Ctrl+E), a friend
    brought in, and a welcome back after three months away with a free coffee (the birthday treat is above)."""
    start, end = now - timedelta(days=400), now + timedelta(days=3650)
    return (
        Campaign("review", "Review us online", CampaignKind.ACTION, start, end, bonus_points=30, action="review",
                 per_member_limit=1),
        Campaign("newsletter", "Newsletter sign-up", CampaignKind.ACTION, start, end, bonus_points=20,
                 action="newsletter", per_member_limit=1),
        Campaign("tasting", "Tasting evening", CampaignKind.ACTION, start, end, bonus_points=15, action="event",
                 per_member_limit=1, limit_period="month"),
        Campaign("friends", "Bring a friend", CampaignKind.ACTION, start, end, bonus_points=100, action="referral",
                 per_member_limit=5, limit_period="year"),
        # The demo's one welcome back: 40 points and a free filter coffee at the first visit after 90 days.
        Campaign("win-back", "We missed you", CampaignKind.ACTION, start, end, bonus_points=40, action="win_back",
                 lapsed_days=90, win_reward_id="free-coffee"),
    )


# Challenges, badges and a paid tier (domain/challenges.py, badges.py, paid_membership.py).
# Each named in the demo's other languages too (the panel, the receipt and the reports read them).
DEMO_CHALLENGES = (
    Challenge("coffee5", "Coffee challenge", ChallengeKind.COUNT, 5, Period.MONTH,
              categories=frozenset({"coffee"}), bonus_points=40,
              names={"id": "Tantangan kopi", "zh-Hant": "咖啡挑戰", "nb": "Kaffeutfordring"}),
    Challenge("weeks3", "Three weeks in a row", ChallengeKind.STREAK, 3, Period.WEEK, bonus_points=30,
              names={"id": "Tiga minggu berturut-turut", "zh-Hant": "連續三週", "nb": "Tre uker på rad"}),
)
DEMO_BADGES = (
    Badge("first", "First purchase", BadgeKind.VISITS, 1,
          names={"id": "Pembelian pertama", "zh-Hant": "首次購買", "nb": "Første kjøp"}),
    Badge("regular", "Regular", BadgeKind.VISITS, 10, names={"id": "Pelanggan tetap", "zh-Hant": "常客",
                                                             "nb": "Stamkunde"}),
    Badge("explorer", "Explorer", BadgeKind.CATEGORIES, 5, names={"id": "Penjelajah", "zh-Hant": "探索家",
                                                                 "nb": "Utforsker"}),
)
DEMO_PAID_TIERS = (PaidTier("gold-year", "Gold membership", "gold", 499_00,
                            names={"id": "Keanggotaan Gold", "zh-Hant": "金卡會員年費", "nb": "Gullmedlemskap"}),)


def demo_program(now: datetime) -> Program:
    """Every reward and campaign kind, with values a deli would really use."""
    season_start = datetime(now.year, 11, 1, tzinfo=UTC)
    season_end = datetime(now.year + 1, 1, 7, tzinfo=UTC)
    rewards = (
        Reward("free-coffee", "Free coffee", RewardKind.FREE_PRODUCT, 100,
               description="Any filter coffee on us", product_code="COF-FIL"),
        Reward("bun-2for1", "2 for 1 cinnamon buns", RewardKind.BUY_X_GET_Y, 60,
               product_code="BAK-BUN", buy_quantity=1, free_quantity=1, per_member_limit=1, limit_period="week"),
        Reward("nok50", "NOK 50 off", RewardKind.AMOUNT_OFF, 120, amount_minor=5000, min_basket_minor=20000),
        Reward("bakery20", "20 % off bakery", RewardKind.PERCENT_OFF, 150, percent=20, category="bakery",
               min_tier="silver"),
        Reward("pay-points", "Pay with points", RewardKind.PAY_WITH_POINTS, 20,
               description="1 point = NOK 0.50", point_value_minor=50, points_per_value=1),
        Reward("credit100", "NOK 100 store credit", RewardKind.STORE_CREDIT, 220, amount_minor=10000),
        Reward("xmas-mug", "Christmas mug", RewardKind.FREE_PRODUCT, 300, product_code="HOU-MUG",
               valid_from=season_start, valid_until=season_end, stock=40, min_tier="gold"),
        *prize_rewards(now),
    )
    campaigns = (
        Campaign("welcome", "Welcome bonus", CampaignKind.ACTION, now - timedelta(days=400),
                 now + timedelta(days=3650), bonus_points=25, action="enrolment"),
        Campaign("birthday", "Birthday treat", CampaignKind.ACTION, now - timedelta(days=400),
                 now + timedelta(days=3650), bonus_points=50, action="birthday"),
        Campaign("bakery-x2", "Double points on bakery", CampaignKind.MULTIPLIER, now - timedelta(days=7),
                 now + timedelta(days=21), multiplier_pct=200, categories=frozenset({"bakery"})),
        Campaign("big-basket", "Big basket bonus", CampaignKind.BONUS_ON_PURCHASE, now - timedelta(days=30),
                 now + timedelta(days=60), bonus_points=20, min_spend_minor=50000),
        Campaign("lucky", "Lucky receipt", CampaignKind.INSTANT_WIN, now - timedelta(days=30),
                 now + timedelta(days=60), bonus_points=25, one_in=50, min_spend_minor=10000),
        *action_campaigns(now),
        *prize_campaigns(now),
        *demo_audience_campaigns(now),
        *_ways_to_earn(now),
    )
    return Program(
        currency=CURRENCY,
        earning=EarningRules(
            points_per_step=1, step_minor=1000,  # 1 point per NOK 10
            category_multipliers={"deli": 150},
            product_multipliers={"COF-BEAN": 300},
            excluded_categories=frozenset({"tobacco", "gift_cards"}),
            minimum_basket_minor=2000,
            daily_cap=1000,
        ),
        tiers=TierPolicy(
            tiers=(
                Tier("bronze", "Bronze", 0, 100, ("Member prices",)),
                Tier("silver", "Silver", 500_000, 125, ("20 % off bakery reward",)),
                Tier("gold", "Gold", 1_500_000, 150, ("Christmas mug", "Priority pre-orders")),
            ),
            basis=TierBasis.SPEND, window_months=12, review_month=1, review_day=1, grace_days=30,
        ),
        rewards=rewards,
        campaigns=campaigns,
        expiry=ExpiryPolicy(months_after_earning=12, inactivity_months=None),
        negative_balance=NegativeBalancePolicy.REVERSE_TO_ZERO_AND_FLAG,
        offline_redeem_cap_per_day=500,
        limits=demo_limits(),
        charities=DEMO_CHARITIES,
        gift_cards=GiftCardSettings(offline_spend_cap_minor=100_000, max_load_minor=500_000),
        challenges=DEMO_CHALLENGES,
        badges=DEMO_BADGES,
        paid_tiers=DEMO_PAID_TIERS,
        segments=demo_segments(),
        member_prices=(MemberPrice("member-waffle", "Member waffle", product_code="BAK-WAF", price_minor=3500),),
        volume_rules=(
            VolumeRule("croissants-6", "6+ croissants: 10 % off", product_code="BAK-CRO", min_quantity=6, percent=10),
            # A catering order of bread and buns: measured on the bakery lines only.
            VolumeRule("bakery-order", "Bakery order NOK 1,000: +100 points", category="bakery",
                       min_basket_minor=100_000, bonus_points=100),
        ),
        early_access=demo_early_access(now),
    )


def demo_limits() -> FraudLimits:
    """Limits a shop would start from: far above an honest member's day (a basket earns a few
    dozen points) and a busy till's, low enough to stop a card being drained in one go."""
    return FraudLimits(
        member_redeem_per_day=1_000, terminal_earn_per_day=1_000_000, terminal_redeem_per_day=250_000,
        # An adjustment above it asks the demo's second manager (catalog.install_demo_shop adds them).
        earn_per_sale=1_000, redeem_per_sale=600, second_manager_above=SECOND_MANAGER_ABOVE,
        verify_searched=Verification.PHONE_DIGITS, phone_digits=4,
        window_minutes=60, member_redemptions=4, cashier_redemptions=15, cashier_lookups=20,
    )


def _ways_to_earn(now: datetime) -> tuple[Campaign, ...]:
    """Happy hour: double points on lattes and tea on weekday afternoons (the shop's time),
    triple for gold. On two products rather than all coffee: the till's tests sell espresso
    and cappuccino on the real clock, and must price them the same at any hour."""
    return (
        Campaign("happy-hour", "Happy hour", CampaignKind.MULTIPLIER, now - timedelta(days=400),
                 now + timedelta(days=3650), multiplier_pct=200, products=frozenset({"COF-LAT", "COF-TEA"}),
                 weekdays=frozenset({1, 2, 3, 4, 5}), hour_from=15, hour_until=17, tier_factors={"gold": 300}),
    )
