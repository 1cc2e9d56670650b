"""A manager reads the audit log: newest first, paged, filtered by keys, the hash chain
verified on open. What the screen shows is compared with the SQLite file itself."""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.gui.manager.audit_section import AuditSection
from loyalty_pos.services.shop import auth
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.clock import FixedClock
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human
from tests.gui.section_support import SECTION_SIZE, show_section


def _open(till: Till, page_size: int | None = None) -> AuditSection:
    section = AuditSection(till.window.ctx, Actor("manager", Role.MANAGER, till.window.ctx.terminal_id))
    if page_size is not None:
        section.page_size = page_size
    show_section(till, section)
    till.qtbot.waitUntil(lambda: section.banner.check is not None, timeout=10_000)
    till.settle()
    return section


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _seqs(section: AuditSection) -> list[int]:
    return [section.model.row(n).seq for n in range(section.model.rowCount())]


def _load_everything(till: Till, section: AuditSection) -> None:
    while section.more_button.isEnabled():
        press(till.qtbot, Qt.Key.Key_L, modifier=CTRL)
        till.settle()


def _micros(day: date, zone: ZoneInfo) -> int:
    return int(datetime.combine(day, time.min, tzinfo=zone).timestamp()) * 1_000_000


def _pick(till: Till, combo, value: str) -> None:  # noqa: ANN001 - a QComboBox
    """Down through the list from the keyboard until ``value`` is chosen."""
    combo.setFocus()
    press(till.qtbot, Qt.Key.Key_Home, combo)
    while combo.currentData() != value:
        index = combo.currentIndex()
        press(till.qtbot, Qt.Key.Key_Down, combo)
        assert combo.currentIndex() != index, f"{value} is not offered"
    till.qtbot.wait(400)  # the filters' typing pause
    till.settle()


def test_newest_first_with_the_chain_verified(till: Till, request: pytest.FixtureRequest) -> None:
    section = _open(till, page_size=25)
    ((count, newest),) = _query(till, "SELECT count(*), max(seq) FROM audit_log")
    assert count > 25
    assert section.banner.check.intact
    assert section.banner.headline.text() == f"✔ Chain intact: {count:,} entries verified"
    assert _seqs(section)[0] == newest and _seqs(section) == sorted(_seqs(section), reverse=True)
    assert section.model.rowCount() == section.page_size
    ((actor, action, details),) = _query(till, "SELECT actor, action, details FROM audit_log WHERE seq = ?", newest)
    shown = section.entry.toPlainText()
    assert f"Entry {newest} · " in shown and f"Person: {actor}" in shown
    assert json.dumps(json.loads(details), indent=2, ensure_ascii=False, sort_keys=True) in shown
    assert section.filters.person.hasFocus()
    assert not clipped_widgets(section)
    save_png(section, request.node.name)


def test_load_more_pages_through_every_entry_exactly_once(till: Till) -> None:
    section = _open(till, page_size=10)
    assert section.model.has_more and section.model.rowCount() % 10 == 0  # the view fills its height
    _load_everything(till, section)
    expected = [seq for (seq,) in _query(till, "SELECT seq FROM audit_log ORDER BY seq DESC")]
    assert _seqs(section) == expected
    assert section.shown.text() == f"All {len(expected):,} matching entries shown."


def test_filters_by_person_action_day_and_key(till: Till, request: pytest.FixtureRequest) -> None:
    ((zone_name,),) = _query(till, "SELECT value FROM settings WHERE key = 'timezone'")
    zone = ZoneInfo(zone_name)
    today = till.app.clock.now().astimezone(zone).date()
    two_days_ago = today - timedelta(days=2)
    for moment in (datetime.combine(two_days_ago, time(0, 30), tzinfo=zone) - timedelta(hours=1),
                   datetime.combine(two_days_ago, time(0, 30), tzinfo=zone)):
        # Set up through the service, at a past time: a sign-in is audited when it happened.
        auth.sign_in(till.app.uow(), username="manager", pin="9999", terminal_id="02", clock=FixedClock(moment))
    ((late_seq,),) = _query(till, "SELECT max(seq) FROM audit_log")
    section = _open(till)
    _pick(till, section.filters.person, "cashier")
    _load_everything(till, section)
    assert _seqs(section) == [s for (s,) in _query(
        till, "SELECT seq FROM audit_log WHERE actor = 'cashier' ORDER BY seq DESC")]
    _pick(till, section.filters.action, "member_enrolled")
    expected = _query(till, "SELECT seq, json_extract(details, '$.key') FROM audit_log "
                            "WHERE actor = 'cashier' AND action = 'member_enrolled' ORDER BY seq DESC")
    assert len(expected) >= 7  # the test fixture's known members
    _load_everything(till, section)
    assert _seqs(section) == [seq for seq, _key in expected]

    # Part of one member's key, typed after Ctrl+F, narrows to that member.
    target_seq, target_key = expected[2]
    press(till.qtbot, Qt.Key.Key_F, modifier=CTRL)
    assert section.filters.key.hasFocus()
    type_human(till.qtbot, None, target_key[-6:].upper(), FORM_GAP_MS)  # any case
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert _seqs(section) == [target_seq]

    # One shop day: ↑ on "Any" starts at today, ↓↓ goes back two days. The two sign-ins an
    # hour apart are on one UTC day but on two days in Oslo; only the later one is in range.
    press(till.qtbot, Qt.Key.Key_E, modifier=CTRL)
    for day in (section.filters.first_day, section.filters.last_day):
        day.setFocus()
        for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Down):
            press(till.qtbot, key, day)
    till.qtbot.wait(400)
    till.settle()
    assert section.filters.first_day.day() == section.filters.last_day.day() == two_days_ago
    # The manager's entries only: the demo's seeded history (its cashier's sales, the nightly
    # jobs) may have a sale on that day, whichever day the demo was seeded on.
    _pick(till, section.filters.person, "manager")
    in_range = _query(till, "SELECT seq FROM audit_log WHERE actor = 'manager' AND at >= ? AND at < ?",
                      _micros(two_days_ago, zone), _micros(two_days_ago + timedelta(days=1), zone))
    assert in_range == [(late_seq,)]
    assert _seqs(section) == [late_seq]
    save_png(section, request.node.name)


def test_an_edited_row_shows_the_red_banner_naming_it(till: Till, request: pytest.FixtureRequest) -> None:
    ((count,),) = _query(till, "SELECT count(*) FROM audit_log")
    tampered = count // 2
    _query(till, "UPDATE audit_log SET details = ? WHERE seq = ?", '{"key":"forged","points":1000000}', tampered)
    section = _open(till)
    check = section.banner.check
    assert not check.intact
    assert "BROKEN" in section.banner.headline.text()
    assert section.banner.details.isVisible()
    assert section.banner.details.text().splitlines()[0].startswith(f"• entry {tampered} ")
    assert "#ff8182" in section.banner.styleSheet()  # the error level's red border
    # The forged entry is still listed, to be read: Ctrl+F, its key.
    press(till.qtbot, Qt.Key.Key_F, modifier=CTRL)
    type_human(till.qtbot, None, "forged", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert _seqs(section) == [tampered]
    assert '"points": 1000000' in section.entry.toPlainText()
    assert not clipped_widgets(section)
    save_png(section, request.node.name)


def test_the_log_reads_while_the_chain_is_being_verified(till: Till, request: pytest.FixtureRequest) -> None:
    """Hold every store call until the 'verifying' state is on screen, then let it finish."""
    gate = threading.Event()
    ctx = till.window.ctx

    def held_uow(*args: object, **kwargs: object):  # noqa: ANN202 - the port type
        assert gate.wait(10), "the test never opened the gate"
        return ctx.make_uow(*args, **kwargs)

    section = AuditSection(replace(ctx, make_uow=held_uow), Actor("manager", Role.MANAGER, ctx.terminal_id))
    progress: list[tuple[int, int]] = []
    section.banner._relay.progressed.connect(lambda *p: progress.append(p))  # noqa: SLF001
    till.qtbot.addWidget(section)
    section.resize(*SECTION_SIZE)
    section.show()
    section.activated()
    till.qtbot.waitExposed(section)
    assert section.banner.verifying and section.banner.progress.isVisible()
    assert section.banner.headline.text() == "Verifying the audit chain…"
    assert not section.banner.again_button.isEnabled()
    save_png(section, request.node.name)
    gate.set()
    till.qtbot.waitUntil(lambda: section.banner.check is not None, timeout=10_000)
    till.settle()
    ((count,),) = _query(till, "SELECT count(*) FROM audit_log")
    assert progress and progress[-1] == (count, count)
    assert not section.banner.progress.isVisible() and section.banner.again_button.isEnabled()
    progress.clear()
    section.activateWindow()
    till.qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    press(till.qtbot, Qt.Key.Key_R, section, modifier=CTRL)  # verify again: same verdict
    till.qtbot.waitUntil(lambda: not section.banner.verifying and bool(progress), timeout=10_000)
    assert section.banner.check.intact and section.banner.check.entries == count


def test_the_back_office_opens_the_audit_log_with_its_key(till: Till, request: pytest.FixtureRequest) -> None:
    section = open_section(till, "audit")
    assert isinstance(section, AuditSection)
    till.qtbot.waitUntil(lambda: section.banner.check is not None, timeout=10_000)
    till.settle()
    ((count, newest),) = _query(till, "SELECT count(*), max(seq) FROM audit_log")
    assert section.banner.check.intact and section.banner.check.entries == count
    assert _seqs(section)[0] == newest
    assert section.filters.person.hasFocus()
    assert not clipped_widgets(section.window())
    save_png(section.window(), request.node.name)
