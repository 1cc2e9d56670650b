"""The open-priced product an amount-only sale is recorded as."""

from __future__ import annotations

from loyalty_pos.domain.amount_sale import amount_product, amount_product_code, is_amount_product


def test_one_amount_product_per_category_and_a_default_category() -> None:
    deli = amount_product("Deli", "NOK")
    assert (deli.code, deli.category, deli.unit_price, deli.tax_rate_bp) == ("AMOUNT:Deli", "Deli", 0, 0)
    assert amount_product(None, "NOK").category == amount_product("  ", "NOK").category == "Amount"
    assert is_amount_product(deli.code) and not is_amount_product("DEL-SAL")


def test_long_category_names_fit_the_code_column_and_stay_apart() -> None:
    first, second = "x" * 70 + "a", "x" * 70 + "b"
    codes = {amount_product_code(first), amount_product_code(second)}
    assert len(codes) == 2 and all(len(code) == 64 and is_amount_product(code) for code in codes)
