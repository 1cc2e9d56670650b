"""The pseudo-locale run over the dialogs #22 added: at the till the gift card (Ctrl+G),
donating points (Ctrl+D), a member action (Ctrl+E), a paid membership (Ctrl+M) and the
check of a searched member; in the back office a staff account's own card, the segments
and the partner codes and draws. Each is opened as a cashier or manager opens it, shown,
and any visible text that did not come through a translation is reported.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.fraud_limits import VerifyByBirthDate, VerifyByPhone
from loyalty_pos.i18n.catalogue import error_key, error_text, translations
from loyalty_pos.i18n.languages import ENGLISH, UI_LANGUAGES
from tests.gui.conftest import running_till
from tests.gui.dialog_support import dialog_shop
from tests.gui.keyboard import press
from tests.gui.test_pseudo_locale import pseudo_locale, pseudo_qm, shop_data
from tests.gui.test_pseudo_locale_dialogs import _checked, _problems

__all__ = ["pseudo_locale", "pseudo_qm"]

CTRL = Qt.KeyboardModifier.ControlModifier
# The gift-card number field shows the shape of a card's number (its printed prefix and
# digits), the same on every card in every language.
GIFT_CARD_NUMBER_SHAPE = "GC0000000000"


def _from_the_catalogue(error: LoyaltyError) -> str:
    """A refusal shown inside a dialog comes from the catalogue, not from Qt's .qm files
    the pseudo translator replaces: it is checked there to have every language's text, and
    its English is then data for the pseudo check."""
    key = error_key(error)
    assert key is not None, error.code
    for language in UI_LANGUAGES:
        if language is not ENGLISH:
            assert translations(language.code).get(key), (key, language.code)
    return error_text(error, ENGLISH.code)


def test_the_tills_campaign_dialogs_show_only_translated_text(qtbot: QtBot, demo: App, pseudo_locale: None) -> None:
    from loyalty_pos.gui.cashier.donate_dialog import DonateDialog
    from loyalty_pos.gui.cashier.gift_card_dialog import GiftCardDialog
    from loyalty_pos.gui.cashier.member_action_dialog import MemberActionDialog
    from loyalty_pos.gui.cashier.paid_tier_dialog import PaidTierDialog
    from loyalty_pos.gui.cashier.verify_dialog import VerifyDialog

    data = shop_data(demo) | {GIFT_CARD_NUMBER_SHAPE}
    found: dict[str, list[str]] = {}
    with running_till(qtbot, demo) as till:
        till.signed_in()

        def look(name: str, key: Qt.Key, kind: type[QDialog]) -> None:
            press(qtbot, key, modifier=CTRL)
            qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
            opened = QApplication.activeModalWidget()
            till.settle()
            found[name] = _checked(opened, data)
            opened.reject()
            till.settle()

        look("gift card", Qt.Key.Key_G, GiftCardDialog)
        mei = till.member_named("Mei Saputra")  # enough points to donate, actions still open to her
        till.scan(till.card_payload(mei))
        till.settle()
        look("donate points", Qt.Key.Key_D, DonateDialog)
        look("member action", Qt.Key.Key_E, MemberActionDialog)
        look("paid membership", Qt.Key.Key_M, PaidTierDialog)
        for name, asked in (("check by phone", VerifyByPhone(name=mei.name, digits=4)),
                            ("check by birth date", VerifyByBirthDate(name=mei.name))):
            data.add(_from_the_catalogue(asked))
            dialog = VerifyDialog(till.sale.ctx, till.sale.actions.actor, member_id=mei.member_id, name=mei.name,
                                  asked=asked, parent=till.window)
            dialog.open()
            qtbot.waitUntil(dialog.isVisible)
            till.settle()
            found[name] = _checked(dialog, data)
            dialog.reject()
            till.settle()
    assert _problems(found) == [], "\n".join(_problems(found))


def test_the_back_offices_campaign_dialogs_show_only_translated_text(qtbot: QtBot, demo: App,
                                                                     pseudo_locale: None) -> None:
    from loyalty_pos.gui.manager.campaigns.segments_dialog import SegmentsDialog
    from loyalty_pos.gui.manager.rewards.prizes_dialog import PrizesDialog
    from loyalty_pos.gui.manager.staff_link_dialog import StaffLinkDialog
    from loyalty_pos.services.shop.auth import list_staff

    data = shop_data(demo)
    shop = dialog_shop(qtbot, demo)
    ctx, manager = shop.ctx, shop.manager
    staff = list_staff(demo.uow(readonly=True), actor=manager, clock=demo.clock)[0]
    dialogs: dict[str, QWidget] = {
        "own member card": StaffLinkDialog(ctx, manager, staff),
        "segments": SegmentsDialog(ctx, manager),
        "codes and draws": PrizesDialog(ctx, manager),
    }
    found: dict[str, list[str]] = {}
    for name, dialog in dialogs.items():
        shop.show(dialog)
        shop.settle()
        found[name] = _checked(dialog, data | {staff.display_name})
        dialog.close()
    shop.ops.wait_idle()
    assert _problems(found) == [], "\n".join(_problems(found))
