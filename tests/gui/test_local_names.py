"""Names in other languages from the back office to the customer: the reward and campaign
editors take a Norwegian name, the customer display speaks a zh_TW member's language
(its texts and the reward's name) and the till's again after the sale, and a receipt
prints in its member's language, columns in place on 58 mm paper."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from loyalty_pos.domain.members import Consents
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.gui.cashier.receipt_printing import print_receipt_now
from loyalty_pos.gui.customer_display.display import CustomerDisplay
from loyalty_pos.printing.fonts import print_fonts
from loyalty_pos.printing.receipt_text import WIDTH_58MM, ReceiptRow, receipt_lines
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.members.membership import EnrolMember, UpdateMember, enrol, update_member
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program.campaign_catalog import save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.program.reward_catalog import save_reward
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.receipt_language import receipt_to_print
from loyalty_pos.services.shop.shop import RECEIPT_PRINTER
from tests.gui.back_office_support import open_section
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import ARTIFACTS, FORM_GAP_MS, press, save_png, type_human
from tests.gui.test_rewards_section import _documents, _section, _settle, _stored

CTRL = Qt.KeyboardModifier.ControlModifier
MANAGER = Actor("manager", Role.MANAGER, "01")
CASHIER = Actor("cashier", Role.CASHIER, "01")


def _name_rewards(till: Till, names: dict[str, dict[str, str]]) -> None:
    with till.app.uow(readonly=True) as uow:
        draft = working_draft(uow)
    for reward_id, texts in names.items():
        reward = draft.reward(reward_id)
        assert reward is not None
        save_reward(till.app.uow(), replace(reward, names=texts), actor=MANAGER, clock=till.app.clock)


def _speaking(till: Till, member_id: str, language: str) -> None:
    with till.app.uow(readonly=True) as uow:
        member = uow.members.get(member_id)
    assert member is not None
    update_member(till.app.uow(), UpdateMember(member.id, member.name, member.phone, member.email, member.birthday,
                                               member.consents, preferred_language=language),
                  actor=CASHIER, clock=till.app.clock)


def test_the_reward_editor_takes_a_norwegian_name_from_the_keyboard(till: Till) -> None:
    section = _section(till)
    form = section.form
    row = section.model.row_of("free-coffee")
    section.table.setFocus()
    while section.table.currentIndex().row() != row:
        press(till.qtbot, Qt.Key.Key_Down, section.table)
    _settle(till)
    assert form.name.text() == "Free coffee"
    names = form.local_names
    assert not names.lines.isVisible()  # folded: a shop that never translates sees one button
    form.description.setFocus(Qt.FocusReason.TabFocusReason)
    press(till.qtbot, Qt.Key.Key_Tab, form.description)
    assert names.toggle.hasFocus()
    press(till.qtbot, Qt.Key.Key_Space, names.toggle)
    till.settle()  # past the scanner's hold on typed keys
    assert names.lines.isVisible()
    press(till.qtbot, Qt.Key.Key_Tab, names.toggle)
    assert names.names["en"].hasFocus()  # the lines follow their button, each name then its description
    assert names.names["nb"].placeholderText() == "Free coffee"  # an empty line shows the default
    names.names["nb"].setFocus(Qt.FocusReason.TabFocusReason)
    type_human(till.qtbot, names.names["nb"], "Gratis  kaffe ", FORM_GAP_MS)
    press(till.qtbot, Qt.Key.Key_Tab, names.names["nb"])
    assert names.descriptions["nb"].hasFocus()
    type_human(till.qtbot, names.descriptions["nb"], "All filterkaffe", FORM_GAP_MS)
    assert section.has_unsaved_changes() and "(1)" in names.toggle.text()
    save_png(section, "local-names-reward-editor")
    assert not clipped_widgets(names)
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    _settle(till)
    stored = _stored(till, "Free coffee")
    assert stored["names"] == {"nb": "Gratis kaffe"} and stored["descriptions"] == {"nb": "All filterkaffe"}
    assert "names" not in _stored(till, "Free coffee", "published")
    assert not section.has_unsaved_changes()
    # Another reward shows its own (no) names, folded again.
    section.table.setFocus()
    press(till.qtbot, Qt.Key.Key_Down, section.table)
    _settle(till)
    assert names.value() == {} and not names.lines.isVisible()


def test_a_name_too_long_to_show_is_not_typed_and_a_pasted_control_character_is_refused(till: Till) -> None:
    section = _section(till)
    form = section.form
    _settle(till)
    form.local_names.toggle.setChecked(True)
    form.local_names.names["id"].setText("K" * 200)
    assert len(form.local_names.names["id"].text()) == 80  # as long as the till shows
    form.local_names.names["id"].setText("Kopi\x07gratis")
    form.local_names.names["id"].textEdited.emit("Kopi\x07gratis")
    press(till.qtbot, Qt.Key.Key_S, modifier=CTRL)
    _settle(till)
    assert "one line each" in form.error_text("names")
    draft = _documents(till).get("draft")  # nothing was saved, not even a draft
    assert draft is None or not any("names" in reward for reward in draft["rewards"])


def test_the_campaign_editor_takes_a_norwegian_name(till: Till, request) -> None:  # noqa: ANN001
    section = open_section(till, "campaigns")
    till.qtbot.waitUntil(lambda: section.catalog is not None)
    form = section.form
    names = form.local_names
    form.load(next(c for c in section.catalog.campaigns if c.id == "bakery-x2"))
    names.toggle.setFocus()
    press(till.qtbot, Qt.Key.Key_Space, names.toggle)
    till.settle()
    assert names.lines.isVisible()
    names.names["nb"].setFocus(Qt.FocusReason.TabFocusReason)
    type_human(till.qtbot, names.names["nb"], "Dobbel bakst", FORM_GAP_MS)
    assert form.is_dirty()
    save_png(till.window.back_office, "local-names-campaign-editor")
    press(till.qtbot, Qt.Key.Key_S, names.names["nb"], modifier=CTRL)
    till.settle()
    with till.app.uow(readonly=True) as uow:
        saved = next(c for c in working_draft(uow).campaigns if c.id == "bakery-x2")
    assert saved.names == {"nb": "Dobbel bakst"}


def test_the_customer_display_speaks_a_zh_tw_member_s_language_then_the_till_s(till: Till) -> None:
    ayu = till.member_named("Ayu Lin")  # 99 points: 1 to the free coffee
    _speaking(till, ayu.member_id, "zh-Hant")
    _name_rewards(till, {"free-coffee": {"zh-Hant": "免費咖啡", "nb": "Gratis kaffe"}})
    publish(till.app.uow(), actor=MANAGER, clock=till.app.clock)
    till.signed_in()
    press(till.qtbot, Qt.Key.Key_F11)
    display = till.window.customer_display
    assert isinstance(display, CustomerDisplay)
    till.qtbot.waitUntil(display.isVisible)
    display.resize(1024, 768)
    till.scan(till.card_payload(ayu))
    till.qtbot.waitUntil(lambda: "Ayu，您好！" in display.visible_text())
    shown = display.visible_text()
    assert "再 1 點即可兌換免費咖啡" in shown and "您的點數餘額：99 點" in shown and "本次消費點數" in shown
    # The till itself still speaks its own language and names the reward in it.
    assert "Next reward: Free coffee" in till.sale.member_area.panel.reward_caption.text()
    save_png(display, "local-names-customer-display-zh_TW")
    press(till.qtbot, Qt.Key.Key_F12)  # void the sale (asks once)...
    press(till.qtbot, Qt.Key.Key_F12)
    till.settle()
    till.qtbot.waitUntil(lambda: "Welcome!" in display.visible_text())
    assert not any("歡迎" in text or "Ayu" in text for text in display.visible_text())


def test_a_receipt_printed_for_an_indonesian_member_speaks_indonesian(till: Till, tmp_path: Path) -> None:
    out = tmp_path / "receipt.bin"
    with till.app.uow() as uow:
        uow.settings.set(RECEIPT_PRINTER, f"escpos-file:{out}@58mm")
        uow.commit()
    budi = enrol(till.app.uow(), EnrolMember("Budi Santoso", consents=Consents(True, True)), actor=CASHIER,
                 clock=till.app.clock)
    _speaking(till, budi.id, "id")
    sold = checkout(till.app.uow(), Checkout(str(uuid.uuid4()), budi.id, (SaleLineInput("COF-CAP", 1),), (),
                                             tender="card"), actor=CASHIER, clock=till.app.clock).receipt
    print_receipt_now(till.window.ctx, sold)
    printed = out.read_bytes().decode("cp437", errors="replace")
    assert "Terima kasih" in printed and "Poin diperoleh" in printed and "Dibayar dengan kartu" in printed
    assert "Points earned" not in printed and "Thank you" not in printed


def _paint_thermal(rows: list[ReceiptRow], width: int, name: str) -> Path:
    """The rows as a thermal printer lays them: one cell per column, two for a CJK character."""
    family = print_fonts().mono
    font = QFont(family)
    font.setPixelSize(22)
    metrics = QFontMetrics(font)
    cell, line = metrics.horizontalAdvance("M"), metrics.height() + 2
    image = QImage(cell * width + 24, line * len(rows) + 24, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for index, row in enumerate(rows):
        font.setBold(row.style in ("bold", "double"))
        painter.setFont(font)
        column = 0
        for char in row.text:
            span = 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
            painter.drawText(QRect(12 + column * cell, 12 + index * line, span * cell, line),
                             int(Qt.AlignmentFlag.AlignCenter), char)
            column += span
    painter.setPen(QColor("#d0d0d0"))
    painter.drawLine(12 + width * cell, 0, 12 + width * cell, image.height())  # the paper's right edge
    painter.end()
    path = ARTIFACTS / f"{name}.png"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path))
    return path


def test_a_zh_tw_member_s_thermal_receipt_names_rewards_in_chinese_in_straight_columns(till: Till) -> None:
    _name_rewards(till, {"bun-2for1": {"zh-Hant": "肉桂捲買一送一"}})
    with till.app.uow(readonly=True) as uow:
        campaign = next(c for c in working_draft(uow).campaigns if c.id == "bakery-x2")
    save_campaign(till.app.uow(), replace(campaign, names={"zh-Hant": "烘焙雙倍點數"}), actor=MANAGER,
                  clock=till.app.clock)
    publish(till.app.uow(), actor=MANAGER, clock=till.app.clock)
    mei = enrol(till.app.uow(), EnrolMember("美玲 陳", consents=Consents(True, True)), actor=CASHIER,
                clock=till.app.clock)
    _speaking(till, mei.id, "zh-Hant")
    adjust_points(till.app.uow(), member_id=mei.id, points=200, reason="test", actor=MANAGER, clock=till.app.clock)
    sold = checkout(till.app.uow(), Checkout(str(uuid.uuid4()), mei.id, (SaleLineInput("BAK-BUN", 2),),
                                             (RedemptionRequest("bun-2for1"),), tender="card"),
                    actor=CASHIER, clock=till.app.clock).receipt
    printed, language = receipt_to_print(till.app.uow(readonly=True), sold)
    rows = receipt_lines(printed, width=WIDTH_58MM, language=language)
    texts = [row.text for row in rows]
    assert any(text.startswith("肉桂捲買一送一") for text in texts)
    assert any(text.strip().startswith("烘焙雙倍點數") for text in texts)
    assert any(text.startswith("合計") for text in texts)
    _paint_thermal(rows, WIDTH_58MM, "local-names-receipt-58mm-zh_TW")
