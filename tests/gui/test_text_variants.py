"""A manager writes the receipt footer per language; a member's receipt prints theirs."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QPushButton

from loyalty_pos.services.members.membership import EnrolMember, UpdateMember, enrol, update_member
from loyalty_pos.domain.members import Consents
from loyalty_pos.services.actor import Actor, Role
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.receipt_language import receipt_to_print
from loyalty_pos.services.shop import settings as shop_settings
from tests.gui.conftest import Till, clipped_widgets
from tests.gui.keyboard import save_png
from tests.gui.test_settings_section import _group, _open, _save, _setting


def test_the_footer_is_translated_in_settings_and_printed_in_the_member_s_language(till: Till) -> None:
    section = _open(till)
    _group(till, section, section.pages.index(section.profile))
    button = section.profile.findChild(QPushButton, f"translations-{shop_settings.RECEIPT_FOOTER_VARIANTS}")
    button.click()
    dialog = section.variants_dialog
    till.qtbot.waitUntil(dialog.isVisible)
    dialog.edits["nb"].setPlainText("Takk for besøket!\nVelkommen tilbake")
    save_png(dialog, "receipt-footer-translations")
    assert not clipped_widgets(dialog)
    dialog.accept()
    assert section.profile.changed()
    section.window().activateWindow()  # as the window manager does when a dialog closes
    till.qtbot.waitUntil(lambda: section.window().isActiveWindow())
    _save(till, section)
    assert _setting(till, shop_settings.RECEIPT_FOOTER_VARIANTS) == '{"nb": "Takk for besøket!\\nVelkommen tilbake"}'

    cashier = Actor("cashier", Role.CASHIER, "01")
    member = enrol(till.app.uow(), EnrolMember("Kari Nordmann", consents=Consents(True, True)), actor=cashier,
                   clock=till.app.clock)
    update_member(till.app.uow(), UpdateMember(member.id, member.name, None, None, None, member.consents,
                                               preferred_language="nb"), actor=cashier, clock=till.app.clock)
    sold = checkout(till.app.uow(), Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("COF-CAP", 1),), (),
                                             tender="card"), actor=cashier, clock=till.app.clock).receipt
    printed, language = receipt_to_print(till.app.uow(readonly=True), sold)
    assert language == "nb" and printed.footer == ("Takk for besøket!", "Velkommen tilbake")
    anonymous = checkout(till.app.uow(), Checkout(str(uuid.uuid4()), None, (SaleLineInput("COF-CAP", 1),), (),
                                                  tender="card"), actor=cashier, clock=till.app.clock).receipt
    assert receipt_to_print(till.app.uow(readonly=True), anonymous)[0].footer == anonymous.footer
