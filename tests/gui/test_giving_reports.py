"""The gift-card liability and charity tabs of the reports, checked against SQL on the demo."""

from __future__ import annotations

import csv
import sqlite3

from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.charity import donate_points
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import save_png


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def test_the_liability_and_the_donations_match_the_store_and_export(till: Till, tmp_path, request) -> None:  # noqa: ANN001
    mei = till.member_named("Mei Saputra")  # the 50-member demo may have no donor of its own
    donate_points(till.app.uow(), member_id=mei.member_id, charity_id="red-cross", points=100,
                  actor=Actor("cashier", Role.CASHIER, "01"), clock=till.app.clock)
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(lambda: section.gift_cards_tab.model.columnCount() > 0
                         and section.charities_tab.model.columnCount() > 0, timeout=15_000)
    cards = section.gift_cards_tab
    section.picker.setCurrentIndex(section.pages.indexOf(cards))
    QApplication.processEvents()
    per_card = dict(_query(till, "SELECT card_number, sum(amount_minor) FROM gift_card_entries GROUP BY 1"))
    assert len(per_card) == 8 and {row[0] for row in cards.model.rows()} == set(per_card)
    owed = sum(balance for balance in per_card.values() if balance > 0)
    assert f"hold NOK {owed // 100:,}.{owed % 100:02d}" in cards.summary.text()
    assert clipped_widgets(section) == []
    save_png(section.window(), f"{request.node.name}-cards")
    section.export_path.setText(str(tmp_path / "cards.csv"))
    section.export_csv()
    till.settle()
    with open(tmp_path / "cards.csv", encoding="utf-8-sig") as file:
        exported = list(csv.reader(file))
    assert exported[0][0] == "Card" and len(exported) == 9

    charities = section.charities_tab
    section.picker.setCurrentIndex(section.pages.indexOf(charities))
    QApplication.processEvents()
    start, end = section.date_range()
    given = _query(till, "SELECT charity_name, count(*), sum(points) FROM donations WHERE at >= ? AND at < ? "
                         "GROUP BY charity_id ORDER BY charity_id",
                   int(start.timestamp() * 1_000_000), int(end.timestamp() * 1_000_000))
    assert given and [tuple(row[:3]) for row in charities.model.rows()] == given
    assert clipped_widgets(section) == []
    save_png(section.window(), f"{request.node.name}-charities")
