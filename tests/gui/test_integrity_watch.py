"""The till's integrity checks: the cheap one at start, the full one after it, both off
the GUI thread; problems are shown to whoever stands at the till."""

from __future__ import annotations

import sqlite3

from loyalty_pos.app import App
from loyalty_pos.gui.integrity_watch import IntegrityWatch
from loyalty_pos.gui.language import install_language
from loyalty_pos.gui.widgets.message_bar import Level
from tests.gui.conftest import running_till
from tests.gui.keyboard import save_png


def test_a_sound_store_starts_quietly_and_is_checked_in_full_after(qtbot, demo: App) -> None:  # noqa: ANN001
    with running_till(qtbot, demo) as till:
        watch = IntegrityWatch(till.window, demo.config.db_path, demo.uow, full_after_ms=0)
        watch.start()
        qtbot.waitUntil(lambda: len(watch.reports) == 2, timeout=30_000)
        assert [which for which, _ in watch.reports] == ["start", "full"]
        assert all(report.ok for _, report in watch.reports)
        assert till.window.messages.text() == ""


def test_the_full_check_waits_until_the_first_minutes_of_trading_are_over(qtbot, demo: App) -> None:  # noqa: ANN001
    with running_till(qtbot, demo) as till:
        watch = IntegrityWatch(till.window, demo.config.db_path, demo.uow)
        watch.start()
        qtbot.waitUntil(lambda: len(watch.reports) == 1, timeout=30_000)
        qtbot.wait(500)
        assert [which for which, _ in watch.reports] == ["start"]


def test_a_cut_off_tail_is_shown_as_soon_as_the_till_starts(qtbot, demo: App) -> None:  # noqa: ANN001
    connection = sqlite3.connect(demo.config.db_path)
    connection.execute("DELETE FROM chain WHERE n = (SELECT max(n) FROM chain)")
    connection.commit()
    connection.close()
    with running_till(qtbot, demo) as till:
        watch = IntegrityWatch(till.window, demo.config.db_path, demo.uow, full_after_ms=0)
        watch.start()
        qtbot.waitUntil(lambda: len(watch.reports) >= 1, timeout=30_000)
        which, report = watch.reports[0]
        assert which == "start" and any("cut off the end" in line for line in report.problems)
        assert till.window.messages.level is Level.ERROR
        assert "do not add up; tell a manager" in till.window.messages.text()
        save_png(till.window, "integrity_problem_at_start")
        qtbot.waitUntil(lambda: len(watch.reports) == 2, timeout=30_000)


def test_the_banner_says_the_problem_in_the_language_the_till_speaks(qtbot, demo: App) -> None:  # noqa: ANN001
    connection = sqlite3.connect(demo.config.db_path)
    connection.execute("DELETE FROM chain WHERE n = (SELECT max(n) FROM chain)")
    connection.commit()
    connection.close()
    with running_till(qtbot, demo) as till:
        install_language("nb", "nb")
        watch = IntegrityWatch(till.window, demo.config.db_path, demo.uow, full_after_ms=3_600_000)
        watch.start()
        qtbot.waitUntil(lambda: len(watch.reports) == 1, timeout=30_000)
        [(_, report)] = watch.reports
        assert any("cut off the end" in line for line in report.problems)  # the log's English
        shown = till.window.messages.text()
        assert "kuttet av slutten" in shown and "cut off the end" not in shown
        save_png(till.window, "integrity_problem_at_start_nb")
