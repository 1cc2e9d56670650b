"""What a price rule did to an item line, on the receipt, in the reader's language:
"Member price", "Volume discount 5 %". The manager's own name for the rule is not printed:
it has one language, and the customer needs to read why the line costs less.
"""

from __future__ import annotations

from loyalty_pos.domain.receipt import ReceiptPriceRule
from loyalty_pos.i18n.catalogue import text
from loyalty_pos.i18n.formatting import format_integer


def price_rule_text(rule: ReceiptPriceRule, language: str) -> str:
    if rule.rule.startswith("volume:"):
        return text("receipt.volume_discount", language, percent=format_integer(rule.percent, language))
    return text("receipt.member_price", language)
