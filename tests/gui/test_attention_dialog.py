"""Members → Needs attention: what offline tills did twice, pulled from the chain, listed
for a manager who opens the member (Enter) or merges a phone enrolled twice (Ctrl+M),
all from the keyboard."""

from __future__ import annotations

import sqlite3
import uuid
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt

from loyalty_pos.domain.events import (
    LedgerEntryPosted,
    MemberEnrolled,
    ReturnProcessed,
    stored_payload,
)
from loyalty_pos.domain.hlc import Hlc
from loyalty_pos.domain.ledger import EntryKind
from loyalty_pos.domain.returns import ReturnLine
from loyalty_pos.gui.manager.members.attention_dialog import AttentionDialog
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.chain_sales import sold_record
from loyalty_pos.services.sale.checkout import (
    Checkout,
    SaleLineInput,
    checkout,
    new_sale_id,
)
from loyalty_pos.services.sale.returns import ProcessReturn, process_return
from loyalty_pos.services.shop.chain_pull import PulledEvent, apply_pulled
from tests.gui.back_office_support import CTRL, CTRL_SHIFT
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import press, save_png
from tests.gui.test_members_section import dialog_of, members

OTHER_TILL = "T009"


def pull(till: Till, *events: object) -> None:
    """As a sync round applies events another till of the chain recorded."""
    now = till.app.clock.now()
    pulled = [PulledEvent(seq, str(uuid.uuid4()), str(event.type), event.key, now,  # type: ignore[attr-defined]
                          Hlc(int(now.timestamp() * 1000) + seq, 0, OTHER_TILL), OTHER_TILL,
                          stored_payload(event))  # type: ignore[arg-type]
              for seq, event in enumerate(events, start=1)]
    uow = till.app.uow()
    with uow:
        apply_pulled(uow, pulled, terminal_id=till.app.config.terminal_id, now=now)
        uow.commit()


def test_the_list_shows_each_problem_opens_its_member_and_merges_a_phone_enrolled_twice(
        till: Till, request) -> None:
    manager = Actor("manager", Role.MANAGER, till.app.config.terminal_id)
    owing = till.member_named("Putri Fjelstad")
    twin = till.member(till.member_named("Ayu Lin").member_id)  # the known member with a phone
    sold = checkout(till.app.uow(), Checkout(new_sale_id(), owing.member_id, (SaleLineInput("COF-FIL", 1),), (),
                                             tender="card"), actor=manager, clock=till.app.clock).receipt
    process_return(till.app.uow(), ProcessReturn(str(uuid.uuid4()), sold.receipt_no, (ReturnLine(1, 1),)),
                   actor=manager, clock=till.app.clock)
    uow = till.app.uow()
    with uow:
        here = uow.sales.returns_of(sold.sale_id)[0]
    elsewhere = replace(here, sale_id=str(uuid.uuid4()), receipt_no=f"{OTHER_TILL}-000001", terminal_id=OTHER_TILL)
    now = till.app.clock.now()
    pull(till,
         MemberEnrolled("m-twin", "Ayu L.", twin.phone, None, None, True, True, "9400000000990001", "basic"),
         LedgerEntryPosted(str(uuid.uuid4()), owing.member_id, EntryKind.REDEEM, -(owing.balance + 250),
                           now - timedelta(minutes=1), OTHER_TILL, "kari"),
         ReturnProcessed(elsewhere.sale_id, sold.sale_id, elsewhere.receipt_no, 0, 0, 0, 0, False, None, None,
                         sold_record(elsewhere)))

    section = members(till)
    press(till.qtbot, Qt.Key.Key_K, modifier=CTRL_SHIFT)
    dialog = dialog_of(till, section, AttentionDialog)
    till.settle()
    shown = [[dialog.table.item(row, column).text() for column in range(3)] for row in range(dialog.table.rowCount())]
    assert [row[:2] for row in shown] == [["Balance below zero", "Putri Fjelstad"],
                                          ["Enrolled twice", "Ayu Lin"],
                                          ["Returned twice", "Putri Fjelstad"]]
    assert "-250 points" in shown[0][2] and "Ayu L." in shown[1][2]
    assert f"receipt {sold.receipt_no}: 2 of 1 taken back" in shown[2][2]
    assert clipped_widgets(dialog) == []
    assert all(dialog.table.rowHeight(row) >= dialog.table.sizeHintForRow(row) for row in range(3))
    save_png(dialog, f"{request.node.name}-list")

    press(till.qtbot, Qt.Key.Key_Down, dialog.table)
    assert dialog.merge_button.isEnabled()
    press(till.qtbot, Qt.Key.Key_M, dialog.table, modifier=CTRL)
    till.settle()
    assert [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())] == [
        "Balance below zero", "Returned twice"]
    assert dialog.summary.text().startswith("Merged 1 record(s)")
    assert clipped_widgets(dialog) == []
    assert dialog.table.geometry().bottom() < dialog.cancel_button.geometry().top()
    with sqlite3.connect(till.app.config.db_path) as db:
        assert db.execute("SELECT status, merged_into FROM members WHERE id = 'm-twin'").fetchall() == [
            ("merged", twin.id)]
    save_png(dialog, f"{request.node.name}-merged")

    press(till.qtbot, Qt.Key.Key_Up, dialog.table)
    press(till.qtbot, Qt.Key.Key_Return, dialog.table)
    till.settle()
    assert section.dialog is None
    assert section.profile is not None and section.profile.panel.member.id == owing.member_id
    assert section.profile.panel.balance == -250
