"""The demo's happy hour at the till on a clock the test sets: a gold member's latte inside
the window earns triple points under the campaign's name; the same latte an hour after it
earns the ordinary points. The till reads time only through its injected clock."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App, open_app
from loyalty_pos.config import Config
from loyalty_pos.demo import shop as demo_shop
from loyalty_pos.domain.members import Consents
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from loyalty_pos.services.members.membership import EnrolMember, enrol
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import press, save_png

OSLO = ZoneInfo(demo_shop.TIMEZONE)
LATTE = "7040000000035"
GOLD = "Gina Gull"


def _next_wednesday_at(hour: int, minute: int) -> datetime:
    today = date.today()
    wednesday = today + timedelta(days=(2 - today.weekday()) % 7 or 7)
    return datetime.combine(wednesday, time(hour, minute), OSLO)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(_next_wednesday_at(15, 30))  # inside the demo's weekday 15–17 happy hour, shop time


@pytest.fixture
def timed_till(qtbot: QtBot, demo_template: Path, tmp_path: Path, clock: FixedClock) -> Iterator[Till]:
    data_dir = tmp_path / "shop"
    shutil.copytree(demo_template, data_dir)
    app: App = open_app(Config.load(data_dir), clock=clock)
    member = enrol(app.uow(), EnrolMember(GOLD, consents=Consents(data_processing=True)),
                   actor=Actor("cashier", Role.CASHIER, "01"), clock=clock)
    with app.uow() as uow:  # as the yearly review would place a big spender
        uow.members.set_tier(member.id, "gold", reviewed_at=clock.now(), if_tier=member.tier_code)
        uow.commit()
    try:
        with running_till(qtbot, app) as till:
            yield till
    finally:
        app.close()


def _gold_card(till: Till) -> str:
    gold = till.member_named(GOLD)
    assert gold.tier_code == "gold"
    return till.card_payload(gold)


def _latte_points(till: Till) -> tuple[int, list[str]]:
    # The member's price lands after the card's read: wait for the points it explains.
    till.qtbot.waitUntil(lambda: till.sale.priced is not None and bool(till.sale.state.lines)
                         and till.sale.priced.points_earned > 0 and bool(till.sale.totals.breakdown_lines()),
                         timeout=15_000)
    return till.sale.priced.points_earned, till.sale.totals.breakdown_lines()


def test_a_gold_latte_earns_triple_in_the_happy_hour_and_normal_points_after_it(
        timed_till: Till, clock: FixedClock, request) -> None:  # noqa: ANN001
    till = timed_till.signed_in()
    card = _gold_card(till)
    till.scan(card)
    till.scan(LATTE)
    inside, lines = _latte_points(till)
    assert "Happy hour 15–17: x3 on Caffè latte: +9" in lines and inside == 15, (inside, lines)
    assert till.sale.totals.points.text() == "Points this sale: +15"
    save_png(till.window, request.node.name + "_inside")

    press(till.qtbot, Qt.Key.Key_F12)  # void it (F12 twice): the same latte again an hour after the window
    press(till.qtbot, Qt.Key.Key_F12)
    till.settle()
    clock.advance(hours=2)  # 17:30 in Oslo
    till.scan(card)
    till.scan(LATTE)
    after, lines = _latte_points(till)
    assert not any("Happy hour" in line for line in lines) and after == 6, (after, lines)  # base 4 + gold 2
    save_png(till.window, request.node.name + "_after")
