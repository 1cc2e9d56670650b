"""A member's preferred language: kept on the member, and their receipt prints in it."""

from __future__ import annotations

import uuid

import pytest
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.members import Member
from loyalty_pos.printing.receipt_text import WIDTH_58MM, receipt_lines
from loyalty_pos.services.members.erasure import erase_member
from loyalty_pos.services.members.membership import UpdateMember, update_member
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.receipt_language import receipt_language
from loyalty_pos.services.shop.profile import LANGUAGE
from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE
from tests.integration.conftest import Shop


def _language(shop: Shop, member: Member, language: str | None) -> Member:
    cmd = UpdateMember(member.id, member.name, member.phone, member.email, member.birthday, member.consents,
                       preferred_language=language)
    return update_member(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock)


def _stored(shop: Shop, member: Member) -> str | None:
    with shop.uow(readonly=True) as uow:
        found = uow.members.get(member.id)
        assert found is not None
        return found.preferred_language


def _sell(shop: Shop, member_id: str | None):
    cmd = Checkout(sale_id=str(uuid.uuid4()), member_id=member_id, lines=(SaleLineInput("COF-CAP", 1),),
                   redemptions=(), tender="card")
    return checkout(shop.uow(), cmd, actor=shop.cashier, clock=shop.clock).receipt


def _settings(shop: Shop, **values: str) -> None:
    with shop.uow() as uow:
        for key, value in values.items():
            uow.settings.set(key, value)
        uow.commit()


def test_a_cashier_sets_keeps_and_clears_a_member_s_language(shop: Shop) -> None:
    member = shop.enrol()
    assert _stored(shop, member) is None
    _language(shop, member, "zh-Hant")
    assert _stored(shop, member) == "zh-Hant"
    _language(shop, member, None)  # an edit that does not touch it
    assert _stored(shop, member) == "zh-Hant"
    _language(shop, member, "")
    assert _stored(shop, member) is None


def test_an_unknown_language_is_refused(shop: Shop) -> None:
    member = shop.enrol()
    with pytest.raises(ValidationError) as refused:
        _language(shop, member, "klingon")
    assert refused.value.code == "bad_member_language"


def test_the_receipt_speaks_the_member_s_language_else_the_till_s(shop: Shop) -> None:
    _settings(shop, **{LANGUAGE: "id", TILL_LANGUAGE: "nb"})
    member = shop.enrol()
    _language(shop, member, "zh-Hant")
    with_member = _sell(shop, member.id)
    assert receipt_language(shop.uow(readonly=True), with_member) == "zh-Hant"
    assert receipt_language(shop.uow(readonly=True), _sell(shop, None)) == "nb"
    rows = receipt_lines(with_member, width=WIDTH_58MM,
                         language=receipt_language(shop.uow(readonly=True), with_member))
    assert any(row.text.startswith("合計") for row in rows)


def test_erasure_forgets_the_language_and_the_receipt_speaks_the_till_s(shop: Shop) -> None:
    member = shop.enrol()
    _language(shop, member, "nb")
    receipt = _sell(shop, member.id)
    erase_member(shop.uow(), member.id, actor=shop.manager, clock=shop.clock)
    assert _stored(shop, member) is None
    assert receipt_language(shop.uow(readonly=True), receipt) == "en"
