"""The demo shop as installed, at the till and in Reports: its season product refused to a
silver card with the tier and the day it opens to everyone, and the points a cap held back
listed per day, till and cap. Screens go to tests/artifacts/."""

from __future__ import annotations

import csv
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.demo import shop as demo
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets, cut_cells
from tests.gui.keyboard import save_png


def test_the_demo_season_product_is_refused_to_silver_with_the_tier_and_day(till: Till) -> None:
    (stollen,) = demo.seasonal_products()

    till.signed_in()
    till.scan(till.card_payload(till.member_named("Mei Saputra")))  # Silver
    till.scan(stollen.barcode or "")
    text = till.sale.messages.text()
    assert text.startswith("Not sold: Christmas stollen is only for Gold members and up until "), text
    assert till.sale.state.lines == ()
    save_png(till.window, "demo_season_product_refused")


def test_the_caps_report_tab_lists_a_trimmed_sale_and_exports_it(till: Till, tmp_path, request) -> None:  # noqa: ANN001
    mei = till.member_named("Mei Saputra")
    sale = Checkout(str(uuid.uuid4()), mei.member_id, (SaleLineInput("DEL-SOUP", 80),))  # NOK 11,600: over 1,000 points
    receipt = checkout(till.app.uow(), sale, actor=Actor("cashier", Role.CASHIER, "01"), clock=till.app.clock).receipt
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    tab = section.caps_tab
    till.qtbot.waitUntil(lambda: tab.report is not None, timeout=15_000)
    section.picker.setCurrentIndex(section.pages.indexOf(tab))
    QApplication.processEvents()
    headers = [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())]
    assert headers == ["Day", "Till", "Cap", "Sales", "Asked", "Given", "Members"]
    (row,) = [row for row in tab.model.rows() if row[1] == "01"]
    assert row[2:4] == ("Member daily", 1) and row[5] == receipt.points_earned and row[4] > row[5]
    assert row[6] == "Mei Saputra"  # the one member it held back
    assert cut_cells(tab.table) == []  # every column whole on a till's screen
    assert "Caps held back" in tab.summary.text()
    assert clipped_widgets(section) == []
    save_png(section.window(), request.node.name)
    section.export_path.setText(str(tmp_path / "caps.csv"))
    section.export_csv()
    till.settle()
    with open(tmp_path / "caps.csv", encoding="utf-8-sig") as file:
        exported = list(csv.reader(file))
    assert exported[0] == headers and ["01", "Member daily", "1"] == [
        cell for line in exported[1:] if line[1] == "01" for cell in line[1:4]]
