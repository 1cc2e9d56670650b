"""Member actions at the till and in the back office: Ctrl+E for an action, the birthday
treat on the panel and the receipt, a friend's code at enrolment, the campaign form's
limits and the member-actions report."""

from __future__ import annotations

import json
import sqlite3
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from loyalty_pos.domain.member_actions import referral_code
from loyalty_pos.domain.members import Consents
from loyalty_pos.gui.cashier.enrol_dialog import EnrolDialog
from loyalty_pos.gui.cashier.member_action_dialog import MemberActionDialog
from loyalty_pos.gui.manager.reports_section import ReportsSection
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, enrol
from tests.gui.back_office_support import CTRL, open_section
from tests.gui.conftest import Till
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human


def _query(till: Till, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(till.app.config.db_path) as db:
        return db.execute(sql, params).fetchall()


def _open_actions(till: Till) -> MemberActionDialog:
    press(till.qtbot, Qt.Key.Key_E, modifier=CTRL)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MemberActionDialog))
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_ctrl_e_gives_an_action_points_once_and_then_says_it_is_used(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    mei = till.member_named("Mei Saputra")
    till.scan(till.card_payload(mei))
    panel = till.sale.member_area.panel
    before = int(panel.balance.text().replace(",", ""))
    dialog = _open_actions(till)
    assert dialog.list.item(0).text() == "Review us online — +30 points (1 of 1 left)"
    save_png(dialog, request.node.name + "_picker")
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert "Review us online: +30 points" in till.sale.messages.text()  # once: no second award refused
    assert panel.balance.text() == f"{before + 30:,}"
    assert _query(till, "SELECT count(*) FROM audit_log WHERE action = 'member_action_recorded' "
                        "AND json_extract(details, '$.key') = ?", mei.member_id) == [(1,)]
    again = _open_actions(till)
    assert again.list.item(0).text().endswith("(0 of 1 left)")
    assert not again.list.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # used up: not pickable
    assert again.list.currentRow() == 1  # the cursor starts on the first one that still pays
    save_png(again, request.node.name + "_used")
    press(till.qtbot, Qt.Key.Key_Escape)
    till.settle()
    assert panel.balance.text() == f"{before + 30:,}"


def test_the_birthday_treat_shows_on_the_panel_and_prints_on_the_receipt(till: Till, request) -> None:  # noqa: ANN001
    today = till.app.clock.now().date()
    member = enrol(till.app.uow(), EnrolMember("Bea Birthday", birthday=date(1990, today.month, 1),
                                               consents=Consents(marketing=True, data_processing=True)),
                   actor=Actor("cashier", Role.CASHIER, "01"), clock=till.app.clock)
    till.signed_in()
    with till.app.uow(readonly=True) as uow:
        summary = next(m for m in uow.members.search("Bea Birthday", cursor=None, limit=5).rows)
    till.scan(till.card_payload(summary))
    awards = till.sale.member_area.panel.awards
    assert awards.isVisible() and "Happy birthday! +50 points with this sale (Birthday treat)" in awards.text()
    save_png(till.window, request.node.name + "_panel")
    till.scan("7040000000042")  # a filter coffee
    press(till.qtbot, Qt.Key.Key_F9)
    till.settle()
    receipt = till.sale.receipt.receipt
    assert receipt is not None and [(line.label, line.points) for line in receipt.awards] == [
        ("Happy birthday: Birthday treat", 50)]
    assert receipt.referral_code == referral_code(member.id)
    assert not awards.isVisible()  # given: the panel after the sale has no more to promise
    save_png(till.window, request.node.name + "_receipt")


def test_a_friends_code_at_enrolment_links_them_and_a_wrong_one_is_said_under_its_field(
        till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    mei = till.member_named("Mei Saputra")
    press(till.qtbot, Qt.Key.Key_F7)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EnrolDialog))
    dialog = QApplication.activeModalWidget()
    type_human(till.qtbot, dialog.name, "Rita Referred", FORM_GAP_MS)
    dialog.data_processing.setChecked(True)
    press(till.qtbot, Qt.Key.Key_R, dialog, modifier=Qt.KeyboardModifier.AltModifier)  # Alt+R: the code
    assert dialog.referral.hasFocus()
    type_human(till.qtbot, dialog.referral, "ZZZZZZZZ", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert dialog.isVisible() and dialog.errors["referral"].isVisible()
    assert "ZZZZZZZZ" in dialog.errors["referral"].text() and dialog.referral.hasFocus()
    save_png(dialog, request.node.name + "_wrong")
    code = referral_code(mei.member_id)
    assert code is not None
    type_human(till.qtbot, dialog.referral, code.lower(), FORM_GAP_MS)  # typed over the selected wrong one
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()
    assert not isinstance(QApplication.activeModalWidget(), EnrolDialog)  # enrolled and closed
    [(referrer,)] = _query(till, "SELECT r.referrer_id FROM referrals r JOIN members m ON m.id = r.referred_id "
                                 "WHERE m.name = 'Rita Referred'")
    assert referrer == mei.member_id


def test_an_action_campaign_is_set_up_with_its_limit_and_a_win_back_with_its_days(
        till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    press(till.qtbot, Qt.Key.Key_N, section, modifier=CTRL)
    form = section.form
    type_human(till.qtbot, form.name, "Fill in our survey", FORM_GAP_MS)
    form.kind.setCurrentIndex(form.kind.findData(form.kind.itemData(3)))  # Bonus for an action
    form.action.setCurrentIndex(form.action.findData("questionnaire"))
    form.bonus_points.setValue(25)
    limits = form.action_limits
    assert limits.per_member_limit.isVisible() and not limits.lapsed_days.isVisible()
    assert not limits.limit_period.isEnabled()  # no limit: no period to choose
    limits.per_member_limit.setValue(2)
    limits.limit_period.setCurrentIndex(limits.limit_period.findData("year"))
    save_png(till.window.back_office, request.node.name + "_questionnaire")
    press(till.qtbot, Qt.Key.Key_S, form.name, modifier=CTRL)
    till.settle()
    with sqlite3.connect(till.app.config.db_path) as db:
        draft = json.loads(db.execute("SELECT document FROM program_versions WHERE status = 'draft'").fetchone()[0])
    saved = next(c for c in draft["campaigns"] if c["name"] == "Fill in our survey")
    assert (saved["action"], saved["bonus_points"], saved["per_member_limit"], saved["limit_period"]) == (
        "questionnaire", 25, 2, "year")
    form.action.setCurrentIndex(form.action.findData("win_back"))
    assert limits.lapsed_days.isVisible()  # only a welcome back asks for the days away
    assert not limits.per_member_limit.isVisible()  # once per lapse by its nature: no limit to set
    save_png(till.window.back_office, request.node.name + "_win_back")


def test_the_member_actions_report_matches_the_ledger(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "reports")
    assert isinstance(section, ReportsSection)
    till.qtbot.waitUntil(lambda: section.actions_tab.model.rowCount() > 0, timeout=15_000)
    section.picker.setCurrentIndex(section.pages.indexOf(section.actions_tab))
    start, end = section.date_range()
    rows = {row[0]: (row[2], row[3]) for row in section.actions_tab.model.rows()}
    micros = int(start.timestamp()) * 1_000_000, int(end.timestamp()) * 1_000_000
    given = 0
    for campaign_id, name in (("birthday", "Birthday treat"), ("review", "Review us online"),
                              ("newsletter", "Newsletter sign-up"), ("friends", "Bring a friend"),
                              ("win-back", "We missed you")):
        [(members, points)] = _query(till, "SELECT count(DISTINCT member_id), coalesce(sum(points), 0) FROM ledger "
                                     "WHERE kind = 'bonus' AND reason = ? AND at >= ? AND at < ?",
                                     f"campaign:{campaign_id}", *micros)
        assert rows[name] == (members, points), name
        given += points
    assert given > 0  # the seeded year shows them at work (tests/integration/test_demo_seed.py: each kind)
    assert "Referrals:" in section.actions_tab.summary.text()
    save_png(section.window(), request.node.name)


def _open_actions_slowly(till: Till) -> MemberActionDialog:
    """As _open_actions, patient on a loaded machine: the list is read off the GUI thread."""
    press(till.qtbot, Qt.Key.Key_E, modifier=CTRL)
    till.qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MemberActionDialog), timeout=15_000)
    dialog = QApplication.activeModalWidget()
    till.qtbot.waitUntil(dialog.isActiveWindow, timeout=15_000)
    return dialog


def test_an_action_prints_a_slip_between_sales_and_to_the_printer_during_one(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    mei = till.member_named("Mei Saputra")
    till.scan(till.card_payload(mei))
    before = till.member_named("Mei Saputra").balance
    _open_actions_slowly(till)
    press(till.qtbot, Qt.Key.Key_Return)  # Review us online, 30 points, once
    till.settle(15_000)
    slip = till.sale.receipt.receipt
    assert slip is not None and slip.is_slip and till.sale.right.currentWidget() is till.sale.receipt
    assert till.sale.receipt.headline.text() == f"Action slip {slip.receipt_no}: no money to take"
    paper = " ".join(" ".join(row.text for row in till.sale.receipt.rows).split())
    assert "Review us online: +30 points" in paper and "1 of 1 used" in paper
    assert f"Balance {before + 30:,} points" in paper
    save_png(till.window, request.node.name + "_slip")

    press(till.qtbot, Qt.Key.Key_Return)  # next sale
    till.scan(till.card_payload(mei))
    till.scan("7040000000042")  # a filter coffee: a sale under way
    assert _open_actions_slowly(till).list.currentRow() == 1  # the review is used up: the newsletter is next
    press(till.qtbot, Qt.Key.Key_Return)
    till.qtbot.waitUntil(lambda: "printed to" in till.sale.messages.text(), timeout=15_000)
    assert "Newsletter sign-up: +20 points" in till.sale.messages.text()
    assert not till.sale.completed and len(till.sale.state.lines) == 1  # the sale on screen stays
    assert (till.app.config.data_dir / "receipts" / f"{till.sale.messages.text().split('Slip ')[1].split()[0]}.pdf"
            ).exists()
    save_png(till.window, request.node.name + "_during_sale")
