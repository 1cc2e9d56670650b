"""Price rules and campaign windows on paper: the member price and volume step under their
lines, the happy hour's line with its hours, in the reader's language; and a receipt
stored before price rules existed still reads and reprints."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.receipt import Receipt, ReceiptLine, ReceiptPointsLine, ReceiptPriceRule
from loyalty_pos.i18n.points_labels import points_label
from loyalty_pos.printing.receipt_text import WIDTH_58MM, receipt_lines

OSLO = ZoneInfo("Europe/Oslo")


def member_sale() -> Receipt:
    """2 buns at 25.00 with a member price of 20.00 (-10.00) and a manual 5.00 off;
    12 rolls at 10.00 with a 5 % volume step (-6.00). 170.00 - 21.00 = 149.00."""
    return Receipt(
        kind="sale", receipt_no="R01-000200", sale_id="sale-200", at=datetime(2026, 11, 23, 14, 30, tzinfo=UTC),
        terminal_id="01", cashier="anna", shop_name="Corner Bakery", currency="NOK",
        lines=(ReceiptLine("Cinnamon bun", 2, 2500, 3500, discount=1500), ReceiptLine("Roll", 12, 1000, 11400,
                                                                                     discount=600)),
        gross=17000, discount=2100, total=14900, store_credit=0, amount_due=14900, tender="card",
        member_name="Ada", card_number_masked="•••• 1239", points_earned=189,
        points_lines=(
            ReceiptPointsLine("Base 1 pt / NOK 1.00", 149, "base", facts=PointsFacts(step_points=1, step_minor=100)),
            ReceiptPointsLine("Happy hour 15–17: x2 on coffee", 40, "campaign:hh", "hh",
                              PointsFacts(name="Happy hour", multiplier_pct=200, hour_from=15, hour_until=17,
                                          scope="coffee")),
        ),
        balance=500,
        price_rules=(ReceiptPriceRule(0, "member_price:bun", "Member bun", 1000),
                     ReceiptPriceRule(1, "volume:roll12", "12+ rolls", 600, 5)),
    )


def test_price_rules_print_under_their_lines_and_the_rest_stays_a_discount() -> None:
    texts = [row.text for row in receipt_lines(member_sale(), width=WIDTH_58MM, tz=OSLO)]
    start = texts.index("Cinnamon bun")
    assert texts[start:start + 8] == [
        "Cinnamon bun",
        "  2 x 25.00                50.00",
        "  Member price            -10.00",
        "  Discount                 -5.00",
        "Roll",
        "  12 x 10.00              120.00",
        "  Volume discount 5 %      -6.00",
        "-" * 32,
    ]
    assert "  Happy hour 15–17: x2 on coffee" in [text[:32].rstrip(" 0123456789") for text in texts]


def test_happy_hour_label_without_a_scope_and_in_norwegian_numbers() -> None:
    facts = PointsFacts(name="Lunsj", multiplier_pct=150, hour_from=11, hour_until=13)
    assert points_label("campaign:l", facts, "", currency="NOK", language="en") == "Lunsj 11–13: x1.5"
    assert "1,5" in points_label("campaign:l", facts, "", currency="NOK", language="nb")
    volume = PointsFacts(name="Big basket")
    assert points_label("volume:b", volume, "", currency="NOK", language="en") == "Volume: Big basket"


def test_price_rules_survive_storage_and_an_older_receipt_still_reads() -> None:
    receipt = member_sale()
    assert Receipt.from_dict(receipt.to_dict()) == receipt
    older = receipt.to_dict()
    del older["price_rules"]
    for line in older["points_lines"]:
        for name in ("hour_from", "hour_until", "scope"):
            line["facts"].pop(name)
    read = Receipt.from_dict(older)
    assert read.price_rules == ()
    texts = [row.text for row in receipt_lines(read, width=WIDTH_58MM, tz=OSLO)]
    assert "  Discount                -15.00" in texts  # the whole line's discount, as it always printed
