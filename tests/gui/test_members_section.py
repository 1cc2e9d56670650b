"""A manager finds members, edits them, fixes their points and cards, and merges
duplicates in the back office; what the screen shows is checked against SQL."""

from __future__ import annotations

import json
import re
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.changes import Changes
from loyalty_pos.domain.errors import PermissionDenied
from loyalty_pos.domain.members import Consents
from loyalty_pos.gui.manager.members import member_search
from loyalty_pos.gui.manager.members.adjust_dialog import AdjustDialog
from loyalty_pos.gui.manager.members.card_dialogs import BlockCardDialog, ReissueCardDialog
from loyalty_pos.gui.manager.members.merge_dialog import MergeDialog
from loyalty_pos.gui.manager.members.transfer_dialog import TransferDialog
from loyalty_pos.gui.manager.members_section import MembersSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.cards import resolve_scan
from loyalty_pos.services.members.membership import EnrolMember, enrol
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout, new_sale_id
from tests.gui.back_office_support import CTRL, CTRL_SHIFT, open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human
from tests.gui.section_support import show_section


def sql(till: Till, query: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(query, params).fetchall()


def ledger_balance(till: Till, member_id: str) -> int:
    return sql(till, "SELECT coalesce(sum(points), 0) FROM ledger WHERE member_id = ?", member_id)[0][0]


def shown_points(section: MembersSection) -> int:
    return int(re.sub(r"[^\d-]", "", section.header.balance.text()))


def members(till: Till) -> MembersSection:
    section = open_section(till, "members")
    assert isinstance(section, MembersSection)
    till.settle()
    return section


def find(till: Till, section: MembersSection, text: str) -> None:
    press(till.qtbot, Qt.Key.Key_F, modifier=CTRL)
    type_human(till.qtbot, section.search.box, text, FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, section.search.box)
    till.settle()


def open_named(till: Till, section: MembersSection, name: str) -> None:
    find(till, section, name)
    rows = [section.search.model.row(i).name for i in range(section.search.model.rowCount())]
    for _ in range(rows.index(name)):
        press(till.qtbot, Qt.Key.Key_Down, section.search.box)
    press(till.qtbot, Qt.Key.Key_Return, section.search.box)
    till.settle()
    assert section.profile is not None and section.profile.panel.member.name == name


def dialog_of(till: Till, section: MembersSection, kind: type) -> object:
    till.qtbot.waitUntil(lambda: isinstance(section.dialog, kind))
    dialog = section.dialog
    till.qtbot.waitExposed(dialog)
    return dialog


def give(till: Till, member_id: str, points: int) -> None:
    manager = Actor("manager", Role.MANAGER, till.app.config.terminal_id)
    adjust_points(till.app.uow(), member_id=member_id, points=points, reason="test setup", actor=manager,
                  clock=till.app.clock)


def test_search_pages_and_the_profile_and_statement_equal_sql(till: Till, request, monkeypatch) -> None:  # noqa: ANN001
    pages: list[tuple[str | None, int]] = []
    real_search = member_search.search_members

    def counted(uow, text, *, cursor=None, limit=50):  # noqa: ANN001, ANN202
        page = real_search(uow, text, cursor=cursor, limit=limit)
        pages.append((cursor, len(page.rows)))
        return page

    monkeypatch.setattr(member_search, "PAGE_SIZE", 2)
    monkeypatch.setattr(member_search, "search_members", counted)
    section = members(till)
    find(till, section, "Fjelstad")
    till.qtbot.waitUntil(lambda: not section.search.model.has_more, timeout=5_000)  # the list asks for more
    till.settle()
    expected = sql(till, "SELECT m.name FROM members_fts f JOIN members m ON m.row_id = f.rowid "
                         "WHERE members_fts MATCH '\"Fjelstad\"*' ORDER BY f.rowid")
    assert len(expected) == 5 and [rows for _cursor, rows in pages] == [2, 2, 1]
    assert pages[0][0] is None and all(cursor for cursor, _rows in pages[1:])
    save_png(section.window(), f"{request.node.name}-search")
    shown = [section.search.model.row(i).name for i in range(section.search.model.rowCount())]
    assert shown == [name for (name,) in expected]

    open_named(till, section, "Ola Fjelstad")
    member_id = section.profile.panel.member.id
    assert shown_points(section) == ledger_balance(till, member_id) == 581
    entries = sql(till, "SELECT kind, points, actor FROM ledger WHERE member_id = ? ORDER BY at DESC, seq DESC",
                  member_id)
    assert section.statement.rowCount() == len(entries)
    model = section.statement
    for row, (kind, points, actor) in enumerate(entries):
        assert model.row(row).entry.kind.value == kind
        assert model.index(row, 2).data() == f"{points:+,}" and model.index(row, 1).data().endswith(f"\n{actor}")
    sale_rows = [row for row in range(model.rowCount()) if model.row(row).receipt_no]
    assert sale_rows, "the fixture's purchase shows its receipt number"
    receipts = {r for (r,) in sql(till, "SELECT receipt_no FROM sales WHERE member_id = ?", member_id)}
    assert {model.index(row, 4).data().split("\n")[0] for row in sale_rows} <= receipts
    save_png(section.window(), f"{request.node.name}-profile")
    assert clipped_widgets(section) == []
    press(till.qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)
    save_png(section.window(), f"{request.node.name}-profile-page")


def test_a_scanned_card_opens_that_member(till: Till, request) -> None:  # noqa: ANN001
    section = members(till)
    ayu = till.member_named("Ayu Lin")
    till.scan(till.card_payload(ayu), section)
    till.settle()
    assert section.profile is not None and section.profile.panel.member.id == ayu.member_id
    assert shown_points(section) == ledger_balance(till, ayu.member_id)

    # The section on its own at the back office's full size, as on a larger screen.
    wide = show_section(till, MembersSection(till.window.ctx, Actor("manager", Role.MANAGER, "01")))
    # An ActionBar is one column wide until its first resize, so a top-level shown
    # before that starts too tall; the section itself fits in 1180 x 760.
    wide.resize(1180, 760)
    ola = till.member_named("Ola Fjelstad")
    assert wide.accept_scanned_card(till.card_payload(ola))
    till.settle()
    assert shown_points(wide) == ledger_balance(till, ola.member_id)
    assert not wide.accept_scanned_card("R01-000001")  # a receipt is for another section
    assert clipped_widgets(wide) == []
    assert wide.size().height() == 760
    save_png(wide, f"{request.node.name}-1180")


def test_consents_are_edited_saved_and_audited(till: Till) -> None:
    section = members(till)
    open_named(till, section, "Ayu Lin")
    member_id = section.profile.panel.member.id
    assert sql(till, "SELECT consent_marketing FROM members WHERE id = ?", member_id) == [(0,)]
    press(till.qtbot, Qt.Key.Key_F, modifier=Qt.KeyboardModifier.AltModifier)  # the "Profile & cards" page
    assert section.pages.currentIndex() == 1
    section.form.marketing.setFocus()
    press(till.qtbot, Qt.Key.Key_Space, section.form.marketing)
    till.settle()  # the scanner filter holds a typed key one gap before replaying it
    assert section.has_unsaved_changes()
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    till.settle()
    assert sql(till, "SELECT consent_marketing FROM members WHERE id = ?", member_id) == [(1,)]
    (details,), = sql(till, "SELECT details FROM audit_log WHERE action = 'member_updated' ORDER BY seq DESC LIMIT 1")
    assert json.loads(details)["consent_marketing"] is True
    assert not section.has_unsaved_changes()

    section.form.email.setFocus()
    type_human(till.qtbot, section.form.email, "not an email", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, section.form.email)  # Enter saves, as Ctrl+S does
    till.settle()
    assert section.form.errors["email"].isVisible()
    assert sql(till, "SELECT email FROM members WHERE id = ?", member_id) == [(None,)]
    section.form.email.selectAll()
    press(till.qtbot, Qt.Key.Key_Backspace, section.form.email)
    till.settle()
    assert not section.has_unsaved_changes() and not section.form.errors["email"].isVisible()


def test_reissue_stops_the_old_card_at_once_and_block_needs_a_reason(till: Till, request) -> None:  # noqa: ANN001
    section = members(till)
    open_named(till, section, "Lars Fjelstad")
    member_id = section.profile.panel.member.id
    old = section.profile.panel.member.active_card.number

    press(till.qtbot, Qt.Key.Key_I, modifier=CTRL_SHIFT)
    reissue = dialog_of(till, section, ReissueCardDialog)
    save_png(reissue, f"{request.node.name}-reissue")
    press(till.qtbot, Qt.Key.Key_Return, reissue.number)
    till.settle()
    assert section.dialog is None
    outcome = resolve_scan(till.app.uow(readonly=True), old, key=till.app.key)
    assert outcome.member is None and outcome.refused_code == "card_replaced"
    (new,), = sql(till, "SELECT number FROM cards WHERE member_id = ? AND status = 'active'", member_id)
    assert new != old
    assert resolve_scan(till.app.uow(readonly=True), new, key=till.app.key).member.member_id == member_id
    assert section.cards.rowCount() == 2

    press(till.qtbot, Qt.Key.Key_B, modifier=CTRL)
    block = dialog_of(till, section, BlockCardDialog)
    press(till.qtbot, Qt.Key.Key_Return, block.reason)
    till.settle()
    assert block.reason_error.isVisible() and "why" in block.reason_error.text()
    save_png(block, f"{request.node.name}-block")
    assert sql(till, "SELECT status FROM cards WHERE number = ?", new) == [("active",)]
    type_human(till.qtbot, block.reason, "lost", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, block.reason)
    till.settle()
    assert sql(till, "SELECT status FROM cards WHERE number = ?", new) == [("blocked",)]
    assert resolve_scan(till.app.uow(readonly=True), new, key=till.app.key).refused_code == "card_blocked"


def test_adjust_needs_a_reason_and_the_balance_shown_equals_sql(till: Till, request) -> None:  # noqa: ANN001
    section = members(till)
    open_named(till, section, "Mei Saputra")
    member_id = section.profile.panel.member.id
    before = ledger_balance(till, member_id)

    press(till.qtbot, Qt.Key.Key_A, modifier=CTRL_SHIFT)
    dialog = dialog_of(till, section, AdjustDialog)
    type_human(till.qtbot, dialog.points, "-120", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.points)
    till.settle()
    assert dialog.isVisible() and dialog.reason_error.isVisible()
    assert ledger_balance(till, member_id) == before
    save_png(dialog, f"{request.node.name}-adjust")
    press(till.qtbot, Qt.Key.Key_Tab, dialog.points)
    type_human(till.qtbot, dialog.reason, "double scan on R01-000007", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.reason)
    till.settle()
    assert section.dialog is None
    assert ledger_balance(till, member_id) == before - 120
    assert shown_points(section) == before - 120
    top = section.statement.row(0).entry
    assert (top.points, top.reason, top.actor) == (-120, "double scan on R01-000007", "manager")


def test_transfers_go_in_steps_of_1000(till: Till, request) -> None:  # noqa: ANN001
    anne, lars = till.member_named("Anne Fjelstad"), till.member_named("Lars Fjelstad")
    give(till, anne.member_id, 2_000)
    section = members(till)
    open_named(till, section, "Anne Fjelstad")
    anne_before, lars_before = ledger_balance(till, anne.member_id), ledger_balance(till, lars.member_id)

    press(till.qtbot, Qt.Key.Key_T, modifier=CTRL)
    dialog = dialog_of(till, section, TransferDialog)
    type_human(till.qtbot, dialog.receiver.search.box, "Lars Fjelstad", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.receiver.search.box)
    till.settle()
    press(till.qtbot, Qt.Key.Key_Return, dialog.receiver.search.box)  # picks the first match
    assert dialog.receiver.member is not None and dialog.receiver.member.member_id == lars.member_id
    type_human(till.qtbot, dialog.points, "1500", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.points)
    till.settle()
    assert dialog.isVisible() and "steps of 1,000" in dialog.points_error.text()
    assert ledger_balance(till, anne.member_id) == anne_before
    save_png(dialog, f"{request.node.name}-transfer")
    dialog.points.selectAll()
    type_human(till.qtbot, dialog.points, "1000", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return, dialog.points)
    till.settle()
    assert section.dialog is None
    assert ledger_balance(till, anne.member_id) == anne_before - 1_000 == shown_points(section)
    assert ledger_balance(till, lars.member_id) == lars_before + 1_000


def test_merge_adds_the_balances_and_hides_the_duplicate(till: Till, request) -> None:  # noqa: ANN001
    section = members(till)
    open_named(till, section, "Putri Fjelstad")
    keep = section.profile.panel.member.id
    duplicate = till.member_named("Fjelstad Dahl")
    keep_before, duplicate_before = ledger_balance(till, keep), ledger_balance(till, duplicate.member_id)
    old_card = duplicate.card_number

    press(till.qtbot, Qt.Key.Key_M, modifier=CTRL)
    dialog = dialog_of(till, section, MergeDialog)
    press(till.qtbot, Qt.Key.Key_Return, dialog)
    assert dialog.duplicate_error.isVisible()  # nobody chosen yet
    till.scan(till.card_payload(duplicate), dialog)  # the duplicate's card, scanned at the back office
    till.settle()
    assert dialog.duplicate.member is not None and dialog.duplicate.member.member_id == duplicate.member_id
    assert f"will have {keep_before + duplicate_before:,} after" in dialog.outcome.text()
    save_png(dialog, f"{request.node.name}-merge")
    press(till.qtbot, Qt.Key.Key_Return, dialog)
    till.settle()

    assert section.dialog is None
    assert ledger_balance(till, keep) == keep_before + duplicate_before == shown_points(section)
    assert sql(till, "SELECT status, merged_into FROM members WHERE id = ?", duplicate.member_id) == [("merged", keep)]
    assert sql(till, "SELECT member_id FROM cards WHERE number = ?", old_card) == [(keep,)]
    assert "Fjelstad Dahl" in section.header.standing.text()
    assert section.statement.index(0, 3).data() == "merged from Fjelstad Dahl"
    find(till, section, "Fjelstad Dahl")
    assert section.search.model.rowCount() == 0
    save_png(section.window(), f"{request.node.name}-after")


def test_a_cashier_cannot_build_the_section(till: Till) -> None:
    with pytest.raises(PermissionDenied):
        MembersSection(till.window.ctx, Actor("cashier", Role.CASHIER, "01"))
    assert QApplication.activeModalWidget() is None


def test_a_sale_that_upgrades_the_tier_refreshes_the_member_without_the_caller_naming_it(till: Till) -> None:
    cashier = Actor("cashier", Role.CASHIER, till.app.config.terminal_id)
    member = enrol(till.app.uow(), EnrolMember(name="Tora Oppgradert", phone="+4790011223",
                                               consents=Consents(marketing=False, data_processing=True)),
                   actor=cashier, clock=till.app.clock)
    section = members(till)
    open_named(till, section, "Tora Oppgradert")
    assert section.profile.panel.tier_name == "Bronze"
    heard: list[Changes] = []
    till.ops.changed.connect(heard.append)
    ctx = till.window.ctx
    sale = Checkout(new_sale_id(), member.id, (SaleLineInput("DEL-SOUP", 40),))  # NOK 5,800: Silver
    # As the till pays: through Operations.change, naming no change flags.
    ctx.ops.change(section, ctx.make_uow, lambda make_uow: checkout(make_uow(), sale, actor=cashier, clock=ctx.clock))
    till.qtbot.waitUntil(lambda: section.profile is not None and section.profile.panel.tier_name == "Silver",
                         timeout=10_000)
    assert heard == [Changes.SALES | Changes.BALANCE | Changes.MEMBER]
    assert "Silver" in section.header.standing.text()
