"""Editing products and categories from the back office, on the demo shop (51 products, NOK)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from loyalty_pos.domain.basket import Product
from loyalty_pos.domain.errors import Conflict, NotFound, PermissionDenied, ValidationError
from loyalty_pos.services.program.catalog import save_product
from loyalty_pos.services.program.categories import CategoryUse, add_category, list_categories, remove_category
from loyalty_pos.services.program.product_csv import HEADER, import_products
from tests.integration.conftest import Shop


def _audit(shop: Shop, action: str) -> list[str]:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        rows = connection.execute("SELECT details FROM audit_log WHERE action = ? ORDER BY seq", (action,))
        return [row[0] for row in rows]


def _direct_counts(shop: Shop) -> list[tuple[str, int]]:
    with sqlite3.connect(shop.app.config.db_path) as connection:
        return connection.execute(
            "SELECT c.name, (SELECT count(*) FROM products p WHERE p.category = c.name)"
            " FROM categories c ORDER BY c.name"
        ).fetchall()


def test_a_new_product_may_not_take_an_existing_code(shop: Shop) -> None:
    clash = Product("COF-CAP", "Another cappuccino", "coffee", 100, "NOK")
    with pytest.raises(Conflict) as refused:
        save_product(shop.uow(), clash, actor=shop.manager, clock=shop.clock, new=True)
    assert refused.value.code == "product_code_in_use" and "Cappuccino" in refused.value.message
    with shop.uow(readonly=True) as uow:
        kept = uow.products.get("COF-CAP")
    assert kept is not None and kept.name == "Cappuccino"
    fresh = Product("NEW-TEA", "Green tea", "tea", 2900, "NOK", 1500, "7040000009999")
    assert save_product(shop.uow(), fresh, actor=shop.manager, clock=shop.clock, new=True) == fresh
    with shop.uow(readonly=True) as uow:
        assert uow.products.get("NEW-TEA") == fresh
        assert "tea" in uow.products.categories()  # a typed-in category exists from then on


@pytest.mark.parametrize(("name", "category", "code"), [
    ("  ", "coffee", "product_name_required"), ("Tea", " ", "product_category_required"),
])
def test_a_product_needs_a_name_and_a_category(shop: Shop, name: str, category: str, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        save_product(shop.uow(), Product("X-1", name, category, 100, "NOK"), actor=shop.manager, clock=shop.clock)
    assert refused.value.code == code
    with shop.uow(readonly=True) as uow:
        assert uow.products.get("X-1") is None


def test_categories_are_listed_with_how_many_products_name_them(shop: Shop) -> None:
    listed = list_categories(shop.uow(readonly=True))
    assert [(use.name, use.products) for use in listed] == _direct_counts(shop)
    assert sum(use.products for use in listed) == 51  # the 50 everyday products and the season's stollen


def test_a_category_is_added_once_and_audited(shop: Shop) -> None:
    assert add_category(shop.uow(), "  garden   tools ", actor=shop.manager, clock=shop.clock) == "garden tools"
    assert CategoryUse("garden tools", 0) in list_categories(shop.uow(readonly=True))
    with pytest.raises(Conflict) as twice:
        add_category(shop.uow(), "garden tools", actor=shop.manager, clock=shop.clock)
    assert twice.value.code == "category_exists"
    with pytest.raises(ValidationError):
        add_category(shop.uow(), "   ", actor=shop.manager, clock=shop.clock)
    with pytest.raises(ValidationError):
        add_category(shop.uow(), "x" * 81, actor=shop.manager, clock=shop.clock)
    with pytest.raises(PermissionDenied):
        add_category(shop.uow(), "toys", actor=shop.cashier, clock=shop.clock)
    assert len(_audit(shop, "category_added")) == 1


def test_only_an_unused_category_can_be_removed(shop: Shop) -> None:
    with pytest.raises(Conflict) as used:
        remove_category(shop.uow(), "coffee", actor=shop.manager, clock=shop.clock)
    counts = dict(_direct_counts(shop))
    assert used.value.code == "category_in_use" and f"{counts['coffee']} products" in used.value.message
    add_category(shop.uow(), "bakery goods", actor=shop.manager, clock=shop.clock)
    remove_category(shop.uow(), "bakery goods", actor=shop.manager, clock=shop.clock)
    assert "bakery goods" not in dict(_direct_counts(shop))
    assert len(_audit(shop, "category_removed")) == 1
    with pytest.raises(NotFound):
        remove_category(shop.uow(), "bakery goods", actor=shop.manager, clock=shop.clock)


def test_a_category_the_program_names_is_not_removed_even_without_products(shop: Shop, tmp_path: Path) -> None:
    """Tobacco is excluded from earning: with its products moved away the exclusion still names it."""
    with shop.uow(readonly=True) as uow:
        tobacco = [p for p in uow.products.search("", cursor=None, limit=200).rows if p.category == "tobacco"]
    assert tobacco
    for product in tobacco:
        save_product(shop.uow(), Product(product.code, product.name, "misc", product.unit_price, "NOK"),
                     actor=shop.manager, clock=shop.clock)
    with pytest.raises(Conflict) as named:
        remove_category(shop.uow(), "tobacco", actor=shop.manager, clock=shop.clock)
    assert named.value.code == "category_in_program" and "earning exclusions" in named.value.message
    assert "tobacco" in dict(_direct_counts(shop))


def test_import_reports_progress_through_both_stages(shop: Shop, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    lines = [",".join(HEADER)] + [f"M-{n:04d},Item {n},bulk,1.00,NOK,1500,,true" for n in range(250)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    heard: list[tuple[str, int, int]] = []
    report = import_products(shop.uow(), path, mode="all_or_nothing", actor=shop.manager, clock=shop.clock,
                             progress=lambda stage, done, total: heard.append((stage, done, total)))
    assert report.saved == 250
    assert heard == [("checking", 100, 250), ("checking", 200, 250), ("checking", 250, 250),
                     ("saving", 100, 250), ("saving", 200, 250), ("saving", 250, 250)]
