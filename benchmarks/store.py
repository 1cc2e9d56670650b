"""Store and services at shop scale: seeding, card look-up, search, durable checkout,
its ratio to the same rows written by plain sqlite3, and resident memory."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable

from loyalty_pos.bench.background import every
from loyalty_pos.bench.figures import Figure, percentile, time_ms
from loyalty_pos.bench.raw_floor import WriteRecorder, replay_floor
from loyalty_pos.bench.rss import resident_mb
from loyalty_pos.bench.samples import draw
from loyalty_pos.bench.seeded import SeededStore
from loyalty_pos.app import App, open_app
from loyalty_pos.demo.shop import CASHIER_USER
from loyalty_pos.domain.errors import InsufficientPoints, RewardUnavailable
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.members.membership import find_by_card, search_members
from loyalty_pos.store.backup import backup

_BASKET = (SaleLineInput("COF-CAP", 2), SaleLineInput("BAK-BUN", 1), SaleLineInput("DAI-MILK", 1))


def _seller(app: App, member_ids: list[str], rng: random.Random) -> Callable[[], None]:
    actor = Actor(CASHIER_USER, Role.CASHIER, app.config.terminal_id)
    buyers = iter(member_ids * 10)

    def sell() -> None:
        member_id = next(buyers)
        redeem = (RedemptionRequest("pay-points", points=20),) if rng.random() < 0.3 else ()
        try:
            checkout(app.uow(), Checkout(str(uuid.uuid4()), member_id, _BASKET, redeem, "card"),
                     actor=actor, clock=app.clock)
        except (InsufficientPoints, RewardUnavailable):  # a member short of points pays in money
            checkout(app.uow(), Checkout(str(uuid.uuid4()), member_id, _BASKET, (), "card"),
                     actor=actor, clock=app.clock)

    return sell


def run(store: SeededStore, *, log: Callable[[str], None]) -> list[Figure]:
    config = store.ensure()
    figures = []
    seed = store.seed_figure()  # None for a reused store (--data-dir): this run did not seed it
    if seed is not None:
        figures.append(seed)
    app = open_app(config)
    try:
        drawn = draw(config.db_path, 400)
        log("card look-ups ...")
        cards = iter(drawn.cards * 10)
        samples = time_ms(lambda: find_by_card(app.uow(readonly=True), next(cards)), 2000)
        figures.append(Figure.measured("card_lookup_p99", percentile(samples, 99), "ms", "<= 2"))

        log("member search ...")
        queries = iter([q for pair in zip(drawn.phones, drawn.names) for q in pair] * 3)
        samples = time_ms(lambda: search_members(app.uow(readonly=True), next(queries), limit=20), 600)
        figures.append(Figure.measured("member_search_p95", percentile(samples, 95), "ms", "<= 30"))

        log("checkouts ...")
        sell = _seller(app, drawn.member_ids, random.Random(7))
        for _ in range(5):  # warm caches before the copy, so both runs start alike
            sell()
        floor_copy = config.data_dir.parent / "floor.sqlite"
        backup(config.db_path, floor_copy)
        recorder = WriteRecorder()
        checkout_samples: list[float] = []
        with recorder.listening(app.database.engine), every(1.0, app.checkpoint):  # as the till does
            for _ in range(300):
                with recorder.transaction():
                    checkout_samples.extend(time_ms(sell, 1, warmup=0))
        checkout_p95 = percentile(checkout_samples, 95)
        figures.append(Figure.measured("checkout_commit_p95", checkout_p95, "ms", "<= 10"))
        floor_p95 = percentile(replay_floor(floor_copy, recorder.transactions), 95)
        figures.append(Figure.measured("checkout_raw_sqlite_floor_p95", floor_p95, "ms", "<= 10"))
        figures.append(Figure.measured("checkout_to_floor_ratio", checkout_p95 / floor_p95, "x", "<= 3"))
        figures.append(Figure.measured("rss_services_mb", resident_mb(), "MB", "<= 300"))
    finally:
        app.close()
    return figures
