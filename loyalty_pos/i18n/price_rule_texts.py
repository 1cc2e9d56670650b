"""The English of what a price rule did to an item line (``price_rule_labels`` writes it);
``catalogue.MESSAGES`` takes them in, the other languages live in the catalogue .ts files."""

from __future__ import annotations

PRICE_RULE_TEXTS: dict[str, str] = {
    "receipt.member_price": "Member price",
    "receipt.volume_discount": "Volume discount {percent} %",
}
