"""A sale recorded by its amount alone, for shops whose own cash register rings it up.

It goes through the same pricing as a basket: one line of an open-priced
"amount" product per category, so earning rules by category, campaigns, the
ledger, reports and the tier metric see an ordinary sale. The product's shelf
price is never used: each line brings its amount. Its tax rate is 0 because the
register, not this till, accounts for tax; with it, pricing adds nothing on top.
"""

from __future__ import annotations

import hashlib

from loyalty_pos.domain.basket import Product

AMOUNT_PREFIX = "AMOUNT:"
DEFAULT_CATEGORY = "Amount"
_CODE_LENGTH = 64  # the products table's code column


def amount_product_code(category: str) -> str:
    code = AMOUNT_PREFIX + category
    if len(code) <= _CODE_LENGTH:
        return code
    # A long category name is cut, and a digest keeps two such names apart.
    digest = hashlib.sha256(category.encode()).hexdigest()[:8]
    return f"{code[: _CODE_LENGTH - 9]}~{digest}"


def is_amount_product(code: str) -> bool:
    return code.startswith(AMOUNT_PREFIX)


def amount_product(category: str | None, currency: str) -> Product:
    category = (category or "").strip() or DEFAULT_CATEGORY
    return Product(code=amount_product_code(category), name=f"Amount – {category}", category=category,
                   unit_price=0, currency=currency, tax_rate_bp=0)
