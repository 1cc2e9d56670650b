"""Enrolling a member from the keyboard: fields, consents, and the card (scanned or new)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from loyalty_pos.app import App
from loyalty_pos.cards.payload import encode_qr_payload
from loyalty_pos.domain.errors import CardRefused, ValidationError
from loyalty_pos.domain.members import CardStatus, Member, new_card_number
from loyalty_pos.gui.cashier.birthday import parse_birthday
from loyalty_pos.gui.cashier.enrol_dialog import EnrolDialog
from loyalty_pos.services.members.membership import find_by_card
from loyalty_pos.services.shop.profile import COUNTRY
from tests.gui.conftest import Till
from tests.gui.dialog_support import DialogShop, dialog_shop
from tests.gui.keyboard import FORM_GAP_MS, press, save_png, type_human

TODAY = date(2026, 11, 23)


@pytest.fixture
def shop(qtbot: QtBot, demo: App) -> Iterator[DialogShop]:
    shop = dialog_shop(qtbot, demo)
    yield shop
    shop.ops.wait_idle()


def _open(shop: DialogShop) -> tuple[EnrolDialog, list[Member]]:
    dialog = EnrolDialog(shop.ctx, shop.cashier)
    enrolled: list[Member] = []
    dialog.enrolled.connect(enrolled.append)
    shop.show(dialog)
    assert dialog.name.hasFocus()
    return dialog, enrolled


def _type(qtbot: QtBot, text: str) -> None:
    type_human(qtbot, None, text, FORM_GAP_MS)


def _tab(qtbot: QtBot, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def _unused_card_number(shop: DialogShop, seed: int) -> str:
    number = new_card_number(random.Random(seed).randrange)
    with pytest.raises(CardRefused) as unknown:
        find_by_card(shop.app.uow(readonly=True), number)
    assert unknown.value.code == "card_unknown"
    return number


# -- birthdays as cashiers type them -------------------------------------------------------

@pytest.mark.parametrize(
    ("typed", "day_first", "expected"),
    [
        ("12.03.1985", True, date(1985, 3, 12)),
        ("03/12/1985", False, date(1985, 3, 12)),
        ("1985-03-12", False, date(1985, 3, 12)),  # ISO is year-month-day whatever the locale
        ("1985-03-12", True, date(1985, 3, 12)),
        ("120385", True, date(1985, 3, 12)),
        ("12031985", True, date(1985, 3, 12)),
        ("1.2.2000", True, date(2000, 2, 1)),
        ("12.03.26", True, date(2026, 3, 12)),  # this year already passed 12 March...
        ("12.12.26", True, date(1926, 12, 12)),  # ...but not 12 December: a birthday is past
        ("  ", True, None),
    ],
)
def test_typed_birthdays(typed: str, day_first: bool, expected: date | None) -> None:
    assert parse_birthday(typed, day_first=day_first, today=TODAY) == expected


@pytest.mark.parametrize(
    ("typed", "detail"),
    [("31.02.1990", "no such day"), ("12.03.2027", "in the future"), ("soon", "not a date"),
     ("12.03.1850", "too long ago"), ("12.03.985", "not a date")],
)
def test_impossible_birthdays_are_refused(typed: str, detail: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_birthday(typed, day_first=True, today=TODAY)
    assert refused.value.code == "bad_birthday" and refused.value.params["detail"] == detail


# -- the dialog ----------------------------------------------------------------------------------

def test_enrol_from_the_keyboard_alone_with_both_consents(shop: DialogShop, request) -> None:  # noqa: ANN001
    dialog, enrolled = _open(shop)
    assert shop.members_matching("+4799001122") == []
    _type(shop.qtbot, "Ada Byron")
    _tab(shop.qtbot)
    _type(shop.qtbot, "+47 990 01 122")
    _tab(shop.qtbot)
    _type(shop.qtbot, "Ada.Byron@Example.org")
    _tab(shop.qtbot)
    _type(shop.qtbot, "1985-03-12")
    assert dialog.birthday_hint.text() == "= 12 March 1985"  # read back in words before saving
    _tab(shop.qtbot)
    assert dialog.data_processing.hasFocus()
    press(shop.qtbot, Qt.Key.Key_Space)
    _tab(shop.qtbot)
    assert dialog.marketing.hasFocus()
    press(shop.qtbot, Qt.Key.Key_Space)
    assert dialog.issue_new.isChecked()  # the default: a number to print later
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()

    assert len(enrolled) == 1 and not dialog.isVisible()
    assert dialog.result() == EnrolDialog.DialogCode.Accepted
    [member_id] = shop.members_matching("+4799001122")
    member = shop.member(member_id)
    assert member.name == "Ada Byron"
    assert member.phone == "+4799001122" and member.email == "ada.byron@example.org"
    assert member.birthday == date(1985, 3, 12)
    assert member.consents.data_processing and member.consents.marketing
    card = member.active_card
    assert card is not None and card.status is CardStatus.ACTIVE and not card.printed
    assert enrolled[0].id == member_id


def test_bad_phone_and_missing_consent_are_shown_and_nothing_saved(shop: DialogShop, request) -> None:  # noqa: ANN001
    dialog, enrolled = _open(shop)
    _type(shop.qtbot, "Nora Nope")
    _tab(shop.qtbot)
    _type(shop.qtbot, "12ab")
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert dialog.isVisible() and enrolled == []
    errors = dialog.errors
    assert errors["phone"].isVisible()
    assert errors["phone"].text() == "Not a phone number: 6 to 15 digits, may start with +."
    assert errors["consent"].isVisible()
    assert errors["consent"].text() == "Tick data processing (Space or Alt+D): it is required to join."
    assert not errors["name"].isVisible() and not errors["email"].isVisible()
    assert dialog.phone.hasFocus() and dialog.phone.selectedText() == "12ab"  # ready to retype
    save_png(dialog, request.node.name)
    shop.assert_fits_small_screen(dialog)
    assert shop.members_matching("Nora Nope") == []

    # Recovering needs no mouse either: retype over the selection, Alt+D, Enter.
    _type(shop.qtbot, "+47 990 01 133")
    assert not errors["phone"].isVisible()
    press(shop.qtbot, Qt.Key.Key_D, modifier=Qt.KeyboardModifier.AltModifier)
    shop.qtbot.waitUntil(dialog.data_processing.isChecked)
    assert not errors["consent"].isVisible()
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    [member_id] = shop.members_matching("Nora Nope")
    member = shop.member(member_id)
    assert member.consents.data_processing and not member.consents.marketing
    assert [m.id for m in enrolled] == [member_id]


def test_a_phone_already_in_use_lands_on_the_phone_field(shop: DialogShop, request) -> None:  # noqa: ANN001
    existing = shop.enrol("Olga Original", "+4799001144")
    dialog, enrolled = _open(shop)
    _type(shop.qtbot, "Olga Again")
    _tab(shop.qtbot)
    _type(shop.qtbot, "+47 990 01 144")
    dialog.data_processing.setFocus()
    press(shop.qtbot, Qt.Key.Key_Space)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert enrolled == [] and dialog.isVisible()
    assert dialog.errors["phone"].text() == "This phone number already belongs to a member: find them instead."
    assert dialog.phone.hasFocus()
    assert shop.members_matching("+4799001144") == [existing.id]
    assert shop.members_matching("Olga Again") == []
    save_png(dialog, request.node.name)


def test_typing_a_pre_printed_cards_number_into_the_card_field(shop: DialogShop, request) -> None:  # noqa: ANN001
    number = _unused_card_number(shop, seed=11)
    dialog, enrolled = _open(shop)
    _type(shop.qtbot, "Tove Typed")
    _tab(shop.qtbot, 4)  # phone, email, birthday: all optional
    assert dialog.data_processing.hasFocus()
    press(shop.qtbot, Qt.Key.Key_Space)
    _tab(shop.qtbot, 2)  # marketing stays off; into the card choice
    assert dialog.issue_new.hasFocus()
    _tab(shop.qtbot)  # an exclusive radio group is one Tab stop
    assert dialog.card.hasFocus()
    shop.qtbot.keyClicks(dialog.card, f"{number[:4]} {number[4:8]} {number[8:12]} {number[12:]}")
    assert dialog.use_scanned.isChecked()  # typing a number chooses the pre-printed card
    save_png(dialog, request.node.name)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert len(enrolled) == 1
    card = shop.member(enrolled[0].id).active_card
    assert card is not None and card.number == number and card.printed


def test_a_mistyped_card_number_is_refused_at_the_card_field(shop: DialogShop) -> None:
    number = _unused_card_number(shop, seed=12)
    wrong = number[:-1] + str((int(number[-1]) + 1) % 10)  # one digit off: the Luhn check fails
    dialog, enrolled = _open(shop)
    _type(shop.qtbot, "Mia Mistype")
    dialog.data_processing.setChecked(True)
    dialog.card.setFocus()
    shop.qtbot.keyClicks(dialog.card, wrong)
    press(shop.qtbot, Qt.Key.Key_Return)
    shop.settle()
    assert enrolled == [] and dialog.card.hasFocus()
    assert dialog.errors["card"].text() == "The card number's check digit is wrong; scan it again or retype it."
    assert shop.members_matching("Mia Mistype") == []


def test_scanning_a_pre_printed_card_while_enrolling_at_the_till(till: Till, request) -> None:  # noqa: ANN001
    till.signed_in()
    number = new_card_number(random.Random(13).randrange)
    press(till.qtbot, Qt.Key.Key_F7)
    dialog = till.sale.actions.dialog
    assert isinstance(dialog, EnrolDialog)
    till.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog and dialog.name.hasFocus())
    type_human(till.qtbot, None, "Sven Scanned", FORM_GAP_MS)

    # A forged QR (right number, wrong signature) first: refused next to the card field.
    forged = encode_qr_payload(number, b"another shop's key, not ours!!!")
    till.scan(forged)
    assert dialog.errors["card"].text() == (
        "This card's QR code was not issued by this shop (its signature does not match)."
    )
    assert dialog.issue_new.isChecked() and dialog.card.text() == ""
    # Then the real card, scanned while the cursor is still in the name field.
    till.scan(encode_qr_payload(number, till.app.key))
    assert dialog.name.text() == "Sven Scanned"  # the scan never lands in the focused field
    assert dialog.use_scanned.isChecked()
    assert dialog.card.text() == f"{number[:4]} {number[4:8]} {number[8:12]} {number[12:]}"
    assert not dialog.errors["card"].isVisible()
    assert till.window.messages.text() == ""  # the dialog took the scan: no "scan not used"
    press(till.qtbot, Qt.Key.Key_D, modifier=Qt.KeyboardModifier.AltModifier)
    till.qtbot.waitUntil(dialog.data_processing.isChecked)
    save_png(dialog, request.node.name)
    press(till.qtbot, Qt.Key.Key_Return)
    till.settle()

    assert till.sale.actions.dialog is None
    member = till.sale.state.member
    assert member is not None and member.name == "Sven Scanned"  # identified for this sale at once
    card = till.member(member.member_id).active_card
    assert card is not None and card.number == number and card.printed
    save_png(till.window, request.node.name + "_till")


def test_the_phone_example_is_a_number_of_the_shops_country(shop: DialogShop) -> None:
    # An Indonesian cashier shown "+47 912 34 567" learns nothing about what to type.
    dialog, _enrolled = _open(shop)
    shop.qtbot.waitUntil(lambda: "e.g." in dialog.phone.placeholderText())
    assert "40 61 23 45" in dialog.phone.placeholderText()  # the demo is Norwegian
    dialog.reject()
    with shop.app.uow() as uow:
        uow.settings.set(COUNTRY, "ID")
        uow.commit()
    dialog, _enrolled = _open(shop)
    shop.qtbot.waitUntil(lambda: "e.g." in dialog.phone.placeholderText())
    assert "0812-345-678" in dialog.phone.placeholderText()
    dialog.reject()
