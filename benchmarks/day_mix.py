"""A day's sales at the till, planned before anything is timed: baskets of 1 to 30 lines
(most small, a few large), a handful of regulars who come back through the day among
many occasional buyers, and some sales that redeem points."""

from __future__ import annotations

import random
import sqlite3
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from loyalty_pos.app import App
from loyalty_pos.demo.shop import CASHIER_USER, seasonal_products
from loyalty_pos.domain.errors import InsufficientPoints, RewardUnavailable
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout

MAX_LINES = 30
MEAN_LINES = 5  # a corner shop's mean basket; the tail reaches MAX_LINES
REGULARS_SHARE = 0.4  # of the day's sales, made by the regulars
REDEEM_SHARE = 0.15  # of the sales, paying part with points
PAY_WITH_POINTS = "pay-points"


@dataclass(frozen=True, slots=True)
class SalePlan:
    sale_id: str
    member_id: str
    lines: tuple[SaleLineInput, ...]
    redeem_points: int  # 0: no redemption


def basket_size(rng: random.Random) -> int:
    """1..30 lines, geometric: about a quarter of baskets hold a single line, one in
    fifty 20 or more."""
    size = 1
    while size < MAX_LINES and rng.random() > 1 / MEAN_LINES:
        size += 1
    return size


def sellable_products(db_path: Path) -> list[str]:
    """Active products any member may buy: the demo's season product is gold's alone its first week."""
    seasonal = {product.code for product in seasonal_products()}
    with sqlite3.connect(db_path) as connection:
        return [row[0] for row in connection.execute("SELECT code FROM products WHERE active ORDER BY code")
                if row[0] not in seasonal]


def plan_day(member_ids: list[str], products: list[str], sales: int, seed: int = 7) -> list[SalePlan]:
    """``sales`` sales by ``member_ids``: a few regulars (one in twenty of them, at most
    30) take REGULARS_SHARE of the sales, the others come once."""
    if not member_ids or not products:
        raise ValueError("a day's sales need members and products")
    rng = random.Random(seed)
    regulars = member_ids[:max(1, min(30, len(member_ids) // 20))]
    occasional = iter(member_ids[len(regulars):] * (sales // max(1, len(member_ids) - len(regulars)) + 1))
    plans = []
    for _ in range(sales):
        member = rng.choice(regulars) if rng.random() < REGULARS_SHARE else next(occasional, regulars[0])
        size = basket_size(rng)
        lines = tuple(SaleLineInput(code, 1 + int(rng.random() < 0.25) + int(rng.random() < 0.05))
                      for code in rng.sample(products, min(size, len(products))))
        redeem = rng.choice((20, 40, 60, 100)) if rng.random() < REDEEM_SHARE else 0
        plans.append(SalePlan(str(uuid.uuid4()), member, lines, redeem))
    return plans


@dataclass(frozen=True, slots=True)
class Sold:
    wall_ms: float
    cpu_ms: float  # this thread's CPU time: none of the background jobs' work is in it


def seller(app: App) -> Callable[[SalePlan], Sold]:
    """Sells one planned sale through the real checkout, as the till's cashier; times
    the checkout call alone (the till has the balance on screen before the sale)."""
    actor = Actor(CASHIER_USER, Role.CASHIER, app.config.terminal_id)

    def timed(command: Checkout) -> Sold:
        wall, cpu = time.perf_counter(), time.thread_time()
        checkout(app.uow(), command, actor=actor, clock=app.clock)
        return Sold((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000)

    def sell(plan: SalePlan) -> Sold:
        redeem = (RedemptionRequest(PAY_WITH_POINTS, points=plan.redeem_points),) if plan.redeem_points else ()
        try:
            return timed(Checkout(plan.sale_id, plan.member_id, plan.lines, redeem, "card"))
        except (InsufficientPoints, RewardUnavailable):  # refused at once: the member pays in money
            return timed(Checkout(plan.sale_id, plan.member_id, plan.lines, (), "card"))

    return sell
