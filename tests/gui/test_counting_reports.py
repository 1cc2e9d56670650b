"""The challenges, badges and paid-membership reports in the back office, checked against
SQL on the demo shop's database; the CSV export writes what the table shows."""

from __future__ import annotations

import csv
import sqlite3

from loyalty_pos.gui.manager.reports_section import ReportsSection
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import save_png


def _query(till: Till, sql: str) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql).fetchall()


def test_the_three_reports_show_the_seeded_badges_paid_years_and_challenge_progress(till: Till) -> None:
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(lambda: section.counting_tabs.report is not None, timeout=15_000)
    tabs = section.counting_tabs
    holders = dict(_query(till, "SELECT badge_id, count(*) FROM member_badges GROUP BY badge_id"))
    badge_rows = tabs.badges.model.rows()
    assert [row[0] for row in badge_rows] == ["First purchase", "Regular", "Explorer"]
    assert [row[1] for row in badge_rows] == [holders.get("first", 0), holders.get("regular", 0),
                                              holders.get("explorer", 0)]
    [paid] = tabs.paid.model.rows()
    sold = _query(till, "SELECT count(*) FROM paid_memberships")[0][0]
    assert paid[0] == "Gold membership" and paid[3] + paid[4] == sold  # active + lapsed: each member once
    assert [row[0] for row in tabs.challenges.model.rows()] == ["Coffee challenge", "Three weeks in a row"]
    for tab in (tabs.challenges, tabs.badges, tabs.paid):
        section.picker.setCurrentIndex(section.pages.indexOf(tab))
        till.settle()
        assert clipped_widgets(tab) == []
        save_png(section.window(), f"counting_report_{tab.slug}")
    section.picker.setCurrentIndex(section.pages.indexOf(tabs.badges))
    section.export_csv()
    till.settle()
    written = section.exported_to
    assert written is not None
    with open(written, newline="", encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Badge", "Holders", "Awarded in the range"] and len(rows) == 4
