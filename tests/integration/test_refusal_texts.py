"""Refusals met at the till and the back office read in the till's language (issue #23):
raised by the real services against a real store, rendered the way the GUI and CLI do."""

from __future__ import annotations

import pytest

from loyalty_pos.domain.errors import LoyaltyError
from loyalty_pos.domain.members import Consents
from loyalty_pos.i18n.catalogue import error_text
from loyalty_pos.services.members.cards import block_card
from loyalty_pos.services.members.membership import EnrolMember, enrol, find_by_card, get_member, search_members
from loyalty_pos.services.members.points import adjust_points, transfer_points
from loyalty_pos.services.program.catalog import deactivate_product
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from tests.integration.conftest import Shop


def _refusal(call) -> LoyaltyError:  # noqa: ANN001 - any service call
    with pytest.raises(LoyaltyError) as refused:
        call()
    return refused.value


def test_till_and_back_office_refusals_render_in_norwegian(shop: Shop) -> None:
    member = shop.enrol("Kari Nordmann")
    cases = [
        (lambda: search_members(shop.uow(readonly=True), "a"),
         "Type at least 2 characters to search", "Skriv minst 2 tegn for å søke"),
        (lambda: enrol(shop.uow(), EnrolMember(name="Ola", consents=Consents(marketing=False, data_processing=False)),
                       actor=shop.cashier, clock=shop.clock),
         "The member must consent to data processing to join the program",
         "Medlemmet må samtykke til databehandling for å bli med i programmet"),
        (lambda: transfer_points(shop.uow(), from_member_id=member.id, to_member_id=member.id,
                                 points=500, actor=shop.manager, clock=shop.clock),
         "Transfers go in steps of 1,000 points", "Overføringer går i steg på 1,000 poeng"),
        (lambda: adjust_points(shop.uow(), member_id=member.id, points=0, reason="typo",
                               actor=shop.manager, clock=shop.clock),
         "An adjustment moves at least 1 point", "En justering flytter minst 1 poeng"),
        (lambda: checkout(shop.uow(), Checkout(sale_id="s-empty", member_id=None, lines=()),
                          actor=shop.cashier, clock=shop.clock),
         "The basket is empty", "Kurven er tom"),
    ]
    for call, english, norwegian in cases:
        refusal = _refusal(call)
        assert (refusal.message, error_text(refusal, "en")) == (english, english)
        assert error_text(refusal, "nb") == norwegian


def test_a_refusal_names_its_values_in_each_language(shop: Shop) -> None:
    code = _inactive_product_code(shop)
    refusal = _refusal(lambda: checkout(shop.uow(), Checkout(sale_id="s-gone", member_id=None,
                                                             lines=(SaleLineInput(code, 1),)),
                                        actor=shop.cashier, clock=shop.clock))
    name = refusal.params["product"]
    assert refusal.params["detail"] == refusal.message == f"{name} is no longer sold"
    assert error_text(refusal, "nb") == f"{name} selges ikke lenger"
    assert error_text(refusal, "id") == f"{name} tidak dijual lagi"
    assert error_text(refusal, "zh_TW") == f"{name} 已停止販售"


def _inactive_product_code(shop: Shop) -> str:
    with shop.uow(readonly=True) as uow:
        product = uow.products.search("", cursor=None, limit=1).rows[0]
    deactivate_product(shop.uow(), product.code, actor=shop.manager, clock=shop.clock)
    return product.code


def test_a_blocked_card_scanned_on_a_norwegian_till_is_refused_in_norwegian(shop: Shop) -> None:
    number = shop.enrol("Kari Nordmann").active_card.number
    block_card(shop.uow(), card_number=number, reason="lost", actor=shop.manager, clock=shop.clock)
    refusal = _refusal(lambda: find_by_card(shop.uow(readonly=True), number))
    assert (refusal.code, refusal.message) == ("card_blocked", "Card refused: this card is blocked.")
    assert error_text(refusal, "nb") == "Kortet ble avvist: dette kortet er sperret."
    assert error_text(refusal, "id") == "Kartu ditolak: kartu ini diblokir."


def test_a_member_not_found_reads_in_traditional_chinese_with_its_id(shop: Shop) -> None:
    refusal = _refusal(lambda: get_member(shop.uow(readonly=True), "m-nobody"))
    assert (refusal.code, refusal.message) == ("not_found", "Member m-nobody was not found.")
    assert error_text(refusal, "zh_TW") == "找不到會員 m-nobody。"


def test_a_cashier_refused_a_manager_action_reads_it_whole_in_each_language(shop: Shop) -> None:
    member = shop.enrol("Kari Nordmann")
    refusal = _refusal(lambda: adjust_points(shop.uow(), member_id=member.id, points=5, reason="goodwill",
                                             actor=shop.cashier, clock=shop.clock))
    assert (refusal.code, refusal.message) == ("permission_denied", "Adjusting points needs the manager role.")
    assert error_text(refusal, "nb") == "Å justere poeng krever rollen leder."
    assert error_text(refusal, "zh_TW") == "調整點數需要主管角色。"
