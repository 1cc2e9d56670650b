"""A joined till's program and catalog come from head office: its services refuse to author them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from loyalty_pos.services.program import (
    campaign_catalog,
    catalog,
    categories,
    product_csv,
    program_rules,
    reward_catalog,
)
from loyalty_pos.services.program.authoring import (
    AuthoredAtHeadOffice,
    authored_elsewhere,
)
from loyalty_pos.services.program.programs import published_program
from tests.integration.conftest import Shop

Write = Callable[[Shop, Path], Any]


def _program(shop: Shop):
    with shop.uow(readonly=True) as uow:
        return published_program(uow)


def _product(shop: Shop):
    with shop.uow(readonly=True) as uow:
        return uow.products.get("BAK-SOUR")


WRITES: dict[str, Write] = {
    "save a product": lambda s, _: catalog.save_product(s.uow(), replace(_product(s), name="Rye"),
                                                        actor=s.manager, clock=s.clock),
    "deactivate a product": lambda s, _: catalog.deactivate_product(s.uow(), "BAK-SOUR", actor=s.manager,
                                                                    clock=s.clock),
    "import products": lambda s, p: product_csv.import_products(s.uow(), p, mode="all_or_nothing",
                                                                actor=s.manager, clock=s.clock),
    "add a category": lambda s, _: categories.add_category(s.uow(), "Cheese", actor=s.manager, clock=s.clock),
    "save a draft": lambda s, _: catalog.save_draft(s.uow(), _program(s), actor=s.manager, clock=s.clock),
    "publish": lambda s, _: catalog.publish(s.uow(), actor=s.manager, clock=s.clock),
    "save earning rules": lambda s, _: program_rules.save_earning_rules(s.uow(), _program(s).earning,
                                                                       actor=s.manager, clock=s.clock),
    "save tiers": lambda s, _: program_rules.save_tiers(s.uow(), _program(s).tiers, actor=s.manager, clock=s.clock),
    "save a reward": lambda s, _: reward_catalog.save_reward(s.uow(), replace(_program(s).rewards[0], name="Tea"),
                                                             actor=s.manager, clock=s.clock),
    "retire a reward": lambda s, _: reward_catalog.retire_reward(s.uow(), "free-coffee", actor=s.manager,
                                                                 clock=s.clock),
    "save a campaign": lambda s, _: campaign_catalog.save_campaign(
        s.uow(), replace(_program(s).campaigns[0], name="Hello"), actor=s.manager, clock=s.clock),
    "end a campaign": lambda s, _: campaign_catalog.end_campaign(s.uow(), "welcome", actor=s.manager,
                                                                 clock=s.clock),
}


def _role(shop: Shop, role: str) -> None:
    with shop.uow() as uow:
        uow.sync_state.set("chain_role", role, at=shop.clock.now())
        uow.commit()


@pytest.fixture
def csv_file(tmp_path: Path) -> Path:
    path = tmp_path / "products.csv"
    path.write_text("code,name,category,unit_price,currency,tax_rate_bp,barcode,active\n"
                    "CHE-BRIE,Brie,cheese,89.00,NOK,1500,,yes\n", encoding="utf-8")
    return path


def _state(shop: Shop) -> tuple[object, ...]:
    with shop.uow(readonly=True) as uow:
        return uow.program.published(), uow.program.draft(), uow.products.get("BAK-SOUR"), uow.outbox.waiting()


def test_a_joined_till_refuses_every_program_and_catalog_write(shop: Shop, csv_file: Path) -> None:
    _role(shop, "joined")
    assert authored_elsewhere(shop.uow(readonly=True))
    before = _state(shop)
    for what, write in WRITES.items():
        with pytest.raises(AuthoredAtHeadOffice, match="Authored at head office"):
            write(shop, csv_file)
            pytest.fail(f"{what} was allowed")
    assert _state(shop) == before


def test_head_office_and_a_single_shop_author_as_before(shop: Shop, csv_file: Path) -> None:
    _role(shop, "head_office")
    assert not authored_elsewhere(shop.uow(readonly=True))
    for write in WRITES.values():
        write(shop, csv_file)
    _role(shop, "")
    assert not authored_elsewhere(shop.uow(readonly=True))
    WRITES["save a draft"](shop, csv_file)
