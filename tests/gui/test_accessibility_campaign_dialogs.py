"""#22's till dialogs as a keyboard or screen-reader user meets them at a 1024x768 till in
high contrast at the largest text size: the gift card (Ctrl+G), donating points (Ctrl+D),
a member action (Ctrl+E) and a paid membership (Ctrl+M); in the back office a staff
account's own card, the segments and the partner codes and draws. The same checks as every other
screen (tests/gui/test_accessibility.py); each is saved as tests/artifacts/a11y_<name>.png."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.services.actor import Actor, Role
from tests.gui.conftest import Till, running_till
from tests.gui.keyboard import press
from tests.gui.test_accessibility import _close, _problems, high_contrast_largest

__all__ = ["high_contrast_largest"]


def _modal(till: Till, key: Qt.Key) -> QWidget:
    press(till.qtbot, key, modifier=Qt.KeyboardModifier.ControlModifier)
    till.qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    till.settle()
    dialog = QApplication.activeModalWidget()
    assert dialog is not None
    return dialog


def test_the_tills_campaign_dialogs(qtbot: QtBot, high_contrast_largest: App) -> None:
    found: list[str] = []
    with running_till(qtbot, high_contrast_largest) as till:
        till.signed_in()
        dialog = _modal(till, Qt.Key.Key_G)
        found += _problems("gift_card", dialog)
        _close(till, dialog)
        till.scan(till.card_payload(till.member_named("Mei Saputra")))
        till.settle()
        for name, key in (("donate", Qt.Key.Key_D), ("member_action", Qt.Key.Key_E), ("paid_membership", Qt.Key.Key_M)):
            dialog = _modal(till, key)
            found += _problems(name, dialog)
            _close(till, dialog)
    assert not found, "\n".join(found)


def test_the_back_offices_campaign_dialogs(qtbot: QtBot, high_contrast_largest: App) -> None:
    from loyalty_pos.gui.manager.campaigns.segments_dialog import SegmentsDialog
    from loyalty_pos.gui.manager.rewards.prizes_dialog import PrizesDialog
    from loyalty_pos.gui.manager.staff_link_dialog import StaffLinkDialog
    from loyalty_pos.services.shop.auth import list_staff

    found: list[str] = []
    with running_till(qtbot, high_contrast_largest) as till:  # the till's look: theme and text size applied
        till.signed_in()
        ctx, manager = till.sale.ctx, Actor("manager", Role.MANAGER, till.sale.ctx.terminal_id)
        staff = list_staff(till.app.uow(readonly=True), actor=manager, clock=till.app.clock)[0]
        for name, dialog in (("own_member_card", StaffLinkDialog(ctx, manager, staff, till.window)),
                             ("segments", SegmentsDialog(ctx, manager, till.window)),
                             ("codes_and_draws", PrizesDialog(ctx, manager, till.window))):
            dialog.open()
            qtbot.waitUntil(dialog.isVisible)
            till.settle()
            found += _problems(name, dialog)
            _close(till, dialog)
    assert not found, "\n".join(found)
