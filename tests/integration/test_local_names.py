"""Reward and campaign names per language: saved with the draft, published, offered at the
till in its language and printed on a member's receipt in theirs (else the shop's)."""

from __future__ import annotations

import uuid
from dataclasses import replace

from loyalty_pos.domain.members import Member
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.printing.receipt_text import display_width, receipt_lines
from loyalty_pos.services.members.membership import UpdateMember, update_member
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program.campaign_catalog import save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.program.reward_catalog import reward_catalog, save_reward
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.sale.receipt_language import receipt_to_print
from loyalty_pos.services.sale.till import refresh_sale
from loyalty_pos.services.shop.profile import LANGUAGE
from loyalty_pos.services.shop.settings import change_settings
from loyalty_pos.services.shop.till_preferences import TILL_LANGUAGE
from tests.integration.conftest import Shop

BUNS_ZH = "肉桂捲買一送一"
BAKERY_ZH = "烘焙雙倍點數"


def _name_reward(shop: Shop, reward_id: str, **values: dict[str, str]) -> None:
    with shop.uow(readonly=True) as uow:
        reward = working_draft(uow).reward(reward_id)
    assert reward is not None
    save_reward(shop.uow(), replace(reward, **values), actor=shop.manager, clock=shop.clock)  # type: ignore[arg-type]


def _name_campaign(shop: Shop, campaign_id: str, names: dict[str, str]) -> None:
    with shop.uow(readonly=True) as uow:
        campaign = next(c for c in working_draft(uow).campaigns if c.id == campaign_id)
    save_campaign(shop.uow(), replace(campaign, names=names), actor=shop.manager, clock=shop.clock)


def _speaking(shop: Shop, member: Member, language: str) -> None:
    update_member(shop.uow(), UpdateMember(member.id, member.name, None, None, None, member.consents,
                                           preferred_language=language), actor=shop.cashier, clock=shop.clock)


def _named_shop(shop: Shop) -> None:
    with shop.uow(readonly=True) as uow:
        ids = [reward.id for reward in working_draft(uow).rewards]
    for reward_id in ids:  # every reward, so whichever the receipt aims at next is named too
        _name_reward(shop, reward_id, names={"zh-Hant": f"獎勵 {reward_id}", "nb": f"Belønning {reward_id}"})
    _name_reward(shop, "bun-2for1", names={"zh-Hant": BUNS_ZH, "nb": "2 for 1 kanelboller"},
                 descriptions={"nb": "Kjøp én, få én"})
    _name_campaign(shop, "bakery-x2", {"zh-Hant": BAKERY_ZH})
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)


def _bun_sale(member: Member, *, redeem: bool = True) -> Checkout:
    return Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("BAK-BUN", 2),),
                    (RedemptionRequest("bun-2for1"),) if redeem else (), tender="card")


def test_names_are_saved_with_the_draft_and_published_with_the_program(shop: Shop) -> None:
    _name_reward(shop, "free-coffee", names={"nb": "Gratis kaffe", "zh-Hant": "免費咖啡"},
                 descriptions={"nb": "All filterkaffe"})
    _name_campaign(shop, "bakery-x2", {"id": "Poin ganda roti"})
    saved = next(r for r in reward_catalog(shop.uow()).rewards if r.id == "free-coffee")
    assert saved.names == {"nb": "Gratis kaffe", "zh-Hant": "免費咖啡"} and saved.descriptions == {"nb": "All filterkaffe"}
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    with shop.uow(readonly=True) as uow:
        program = uow.program.published()
    assert program is not None
    assert program.reward("free-coffee").names == saved.names  # type: ignore[union-attr]
    assert next(c for c in program.campaigns if c.id == "bakery-x2").names == {"id": "Poin ganda roti"}


def test_the_till_offers_rewards_in_its_own_language(shop: Shop) -> None:
    _named_shop(shop)
    member = shop.enrol("Kari Nordmann")
    _speaking(shop, member, "zh-Hant")  # the member's language is for the receipt, not the till
    change_settings(shop.uow(), {TILL_LANGUAGE: "nb"}, actor=shop.manager, clock=shop.clock)
    view = refresh_sale(shop.uow(readonly=True), _bun_sale(member, redeem=False), clock=shop.clock)
    assert view.member is not None
    buns = next(option for option in view.member.rewards.options if option.reward_id == "bun-2for1")
    assert (buns.name, buns.description) == ("2 for 1 kanelboller", "Kjøp én, få én")
    change_settings(shop.uow(), {TILL_LANGUAGE: "id"}, actor=shop.manager, clock=shop.clock)
    view = refresh_sale(shop.uow(readonly=True), _bun_sale(member, redeem=False), clock=shop.clock)
    assert view.member is not None
    buns = next(option for option in view.member.rewards.options if option.reward_id == "bun-2for1")
    assert buns.name == "2 for 1 cinnamon buns"  # no Indonesian name: the default, not the shop's


def test_a_member_s_receipt_names_rewards_and_campaigns_in_their_language(shop: Shop) -> None:
    _named_shop(shop)
    member = shop.enrol("Mei Lin")
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    _speaking(shop, member, "zh-Hant")
    sold = checkout(shop.uow(), _bun_sale(member), actor=shop.cashier, clock=shop.clock).receipt
    assert sold.rewards[0].name == "2 for 1 cinnamon buns"  # stored as it was called at the sale
    printed, language = receipt_to_print(shop.uow(readonly=True), sold)
    assert language == "zh-Hant"
    assert printed.rewards[0].name == BUNS_ZH
    assert any(line.label.startswith(BAKERY_ZH) for line in printed.points_lines)
    assert sold.next_reward_id is not None and printed.next_reward_name == f"獎勵 {sold.next_reward_id}"
    rows = [row.text for row in receipt_lines(printed, width=32, language=language)]
    assert any(BUNS_ZH in row for row in rows) and all(display_width(row) <= 32 for row in rows)


def test_a_member_without_a_name_in_their_language_reads_the_shop_s(shop: Shop) -> None:
    _named_shop(shop)
    change_settings(shop.uow(), {LANGUAGE: "nb"}, actor=shop.manager, clock=shop.clock)
    member = shop.enrol("Budi Santoso")
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    _speaking(shop, member, "id")
    sold = checkout(shop.uow(), _bun_sale(member), actor=shop.cashier, clock=shop.clock).receipt
    printed, language = receipt_to_print(shop.uow(readonly=True), sold)
    assert language == "id" and printed.rewards[0].name == "2 for 1 kanelboller"


def test_a_reward_renamed_since_the_sale_reprints_as_it_was(shop: Shop) -> None:
    _named_shop(shop)
    member = shop.enrol("Mei Lin")
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    _speaking(shop, member, "zh-Hant")
    sold = checkout(shop.uow(), _bun_sale(member), actor=shop.cashier, clock=shop.clock).receipt
    _name_reward(shop, "bun-2for1", name="Bun deal")
    publish(shop.uow(), actor=shop.manager, clock=shop.clock)
    assert receipt_to_print(shop.uow(readonly=True), sold)[0].rewards == sold.rewards
