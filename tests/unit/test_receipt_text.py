"""Receipt layout as monospace rows: worked examples to check with a pencil, and
the property that nothing ever runs off the paper."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt, ReceiptLine, ReceiptPointsLine, ReceiptReward
from loyalty_pos.printing.receipt_text import (
    DEFAULT_FOOTER,
    WIDTH_58MM,
    WIDTH_80MM,
    WIDTH_PDF,
    ReceiptRow,
    display_width,
    receipt_lines,
)

OSLO = ZoneInfo("Europe/Oslo")
JAKARTA = ZoneInfo("Asia/Jakarta")


def nok_sale() -> Receipt:
    """49.90 + 2 x 24.90 + 35.00 = 134.70; minus 10.00 member price and the free
    coffee (35.00, 350 points) = 89.70. Points: 89 base + 8 campaign = 97."""
    return Receipt(
        kind="sale", receipt_no="R01-000123", sale_id="sale-1",
        at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC), terminal_id="01", cashier="anna",
        shop_name="Corner Bakery", currency="NOK",
        lines=(
            ReceiptLine("Sourdough loaf", 1, 4990, 4990),
            ReceiptLine("Oat milk 1 l", 2, 2490, 3980, discount=1000),
            ReceiptLine("Coffee", 1, 3500, 0, discount=3500),
        ),
        gross=13470, discount=4500, total=8970, store_credit=0, amount_due=8970, tender="card",
        rewards=(ReceiptReward("Free coffee", 350, 3500),),
        member_name="Ada", card_number_masked="•••• 1239",
        points_earned=97,
        points_lines=(ReceiptPointsLine("Base 1 pt per NOK 1", 89), ReceiptPointsLine("Oat week x2", 8)),
        points_redeemed=350, balance=1234,
        expiring_points=120, expiring_at=datetime(2026, 12, 31, 23, 30, tzinfo=UTC),  # 1 Jan 00:30 in Oslo
        next_reward_name="Free cake", next_reward_points_needed=266,
        next_tier_name="Gold", next_tier_needed=25000, tier_basis="spend",
    )


def idr_sale() -> Receipt:
    """Rupiah have no decimals. 2 x 18,000 + 35,000 + 8,000 = 79,000; the free iced
    tea takes 8,000 off (80 points) and 5,000 is paid with 50 points: 66,000 due."""
    return Receipt(
        kind="sale", receipt_no="RJKT1-000042", sale_id="sale-2",
        at=datetime(2026, 11, 23, 3, 30, tzinfo=UTC), terminal_id="JKT1", cashier="dewi",
        shop_name="Warung Kopi Nusantara", currency="IDR",
        lines=(
            ReceiptLine("Kopi susu gula aren", 2, 18000, 36000),
            ReceiptLine("Nasi goreng spesial", 1, 35000, 35000),
            ReceiptLine("Es teh manis", 1, 8000, 0, discount=8000),
        ),
        gross=79000, discount=8000, total=71000, store_credit=5000, amount_due=66000, tender="cash",
        rewards=(ReceiptReward("Free iced tea", 80, 8000), ReceiptReward("Pay with points", 50, 5000)),
        member_name="Budi", card_number_masked="•••• 4321",
        points_earned=66, points_lines=(ReceiptPointsLine("Base 1 pt per IDR 1,000", 66),),
        points_redeemed=130, balance=512,
        next_tier_name="Gold", next_tier_needed=488, tier_basis="points",
    )


def nok_return() -> Receipt:
    """One oat milk back from R01-000123: 24.90 less its 5.00 discount = 19.90
    refunded; 9 earned points taken back, 100 spent points restored."""
    return Receipt(
        kind="return", receipt_no="R01-000130", sale_id="return-1",
        at=datetime(2026, 11, 24, 15, 5, tzinfo=UTC), terminal_id="01", cashier="anna",
        shop_name="Corner Bakery", currency="NOK",
        lines=(ReceiptLine("Oat milk 1 l", 1, 2490, 1990, discount=500),),
        gross=2490, discount=500, total=-1990, store_credit=0, amount_due=-1990, tender="card",
        member_name="Ada", card_number_masked="•••• 1239",
        points_earned=-9, points_restored=100, balance=1325,
        original_receipt_no="R01-000123",
    )


def _texts(rows: list[ReceiptRow]) -> list[str]:
    return [row.text for row in rows]


def _lr(left: str, right: str, width: int = WIDTH_80MM) -> str:
    """``left`` and ``right`` on one line of ``width`` columns, ``right`` flush right."""
    return left + " " * (width - len(left) - len(right)) + right


def _style_of(rows: list[ReceiptRow], starts: str) -> str:
    return next(row.style for row in rows if row.text.lstrip().startswith(starts))


def test_nok_sale_on_58mm_paper_worked_example() -> None:
    rows = receipt_lines(nok_sale(), width=WIDTH_58MM, tz=OSLO)
    assert _texts(rows) == [
        "         Corner Bakery",
        "",
        "Receipt R01-000123    23/11/2026",
        "Till 01, cashier anna      11:00",  # 10:00 UTC is 11:00 in Oslo in November
        "-" * 32,
        "Sourdough loaf             49.90",
        "Oat milk 1 l",
        "  2 x 24.90                49.80",
        "  Discount                -10.00",
        "Coffee                     35.00",
        "  Discount                -35.00",
        "-" * 32,
        "Rewards (included above)",
        "Free coffee               -35.00",
        "  350 points used",
        "-" * 32,
        "Subtotal                  134.70",  # 49.90 + 49.80 + 35.00
        "Discounts                 -45.00",  # 10.00 + 35.00
        "TOTAL                  NOK 89.70",
        "Paid by card           NOK 89.70",
        "-" * 32,
        "Member Ada             •••• 1239",
        "Points earned                +97",
        "  Base 1 pt per NOK 1         89",
        "  Oat week x2                  8",
        "Points redeemed             -350",
        "Balance             1,234 points",
        "120 points expire on 01/01/2027",
        "266 more points to Free cake",
        "NOK 250.00 more to Gold",
        "Points are rounded down to whole",
        "points.",
        "-" * 32,
        "Thank you for shopping with us!",
    ]
    assert rows[0].style == "bold"
    assert _style_of(rows, "TOTAL") == "bold"
    assert _style_of(rows, "Points earned") == "bold"
    assert _style_of(rows, "Balance") == "double"
    assert _style_of(rows, "Thank you") == "center"
    assert [row.style for row in rows if row.text == "-" * 32] == ["rule"] * 5


def test_idr_sale_has_no_decimals_and_points_based_tier_progress() -> None:
    rows = receipt_lines(idr_sale(), width=WIDTH_80MM, tz=JAKARTA)
    texts = _texts(rows)
    assert _lr("Receipt RJKT1-000042", "23/11/2026") in texts
    assert _lr("Till JKT1, cashier dewi", "10:30") in texts  # 03:30 UTC is 10:30 in Jakarta (UTC+7)
    assert texts[texts.index("Kopi susu gula aren") + 1] == _lr("  2 x 18,000", "36,000")
    assert _lr("Nasi goreng spesial", "35,000") in texts
    assert _lr("Es teh manis", "8,000") in texts
    assert _lr("  Discount", "-8,000") in texts
    assert _lr("Subtotal", "79,000") in texts  # 36,000 + 35,000 + 8,000
    assert _lr("TOTAL", "IDR 71,000") in texts
    assert _lr("Paid with points", "-5,000") in texts
    assert _lr("Amount due", "IDR 66,000") in texts
    assert _lr("Paid by cash", "IDR 66,000") in texts
    assert _lr("Pay with points", "-5,000") in texts
    assert "  50 points used" in texts
    assert _lr("Points redeemed", "-130") in texts
    assert _lr("Balance", "512 points") in texts
    assert "488 more points to Gold" in texts  # tier basis "points": no currency
    assert not any("expire" in text for text in texts)  # nothing expiring: no expiry line
    assert all(len(text) <= WIDTH_80MM for text in texts)
    assert _style_of(rows, "Amount due") == "bold"


def test_return_receipt_worked_example() -> None:
    rows = receipt_lines(nok_return(), width=WIDTH_58MM, tz=OSLO)
    assert _texts(rows) == [
        "         Corner Bakery",
        "             RETURN",
        "",
        "Receipt R01-000130    24/11/2026",
        "Till 01, cashier anna      16:05",
        "Return of receipt R01-000123",
        "-" * 32,
        "Oat milk 1 l              -24.90",
        "  Discount                 +5.00",  # the discount given at the sale is not refunded
        "-" * 32,
        "Subtotal                  -24.90",
        "Discounts kept             +5.00",
        "REFUND                -NOK 19.90",
        "Refunded by card      -NOK 19.90",
        "-" * 32,
        "Member Ada             •••• 1239",
        "Points taken back             -9",
        "Points restored             +100",
        "Balance             1,325 points",
        "-" * 32,
        "Thank you for shopping with us!",
    ]
    assert _style_of(rows, "RETURN") == "double"
    assert _style_of(rows, "REFUND") == "bold"


def test_a_sale_without_a_member_has_no_loyalty_block() -> None:
    receipt = Receipt(
        kind="sale", receipt_no="R01-000124", sale_id="sale-3", at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC),
        terminal_id="01", cashier="anna", shop_name="Corner Bakery", currency="NOK",
        lines=(ReceiptLine("Coffee", 1, 3500, 3500),), gross=3500, discount=0, total=3500,
        store_credit=0, amount_due=3500, tender="cash", footer=("Open 7-19 every day",),
    )
    texts = _texts(receipt_lines(receipt, width=WIDTH_58MM))
    assert not any("oint" in text or "Member" in text for text in texts)
    assert "Discounts" not in " ".join(texts)  # no discount: no zero line
    assert texts[-1] == "      Open 7-19 every day"


def test_long_names_wrap_to_two_lines_then_end_in_an_ellipsis() -> None:
    name = "Organic stone-baked rye sourdough with sunflower seeds and a long story"
    receipt = Receipt(
        kind="sale", receipt_no="R01-000125", sale_id="sale-4", at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC),
        terminal_id="01", cashier="anna", shop_name="Corner Bakery", currency="NOK",
        lines=(ReceiptLine(name, 1, 6490, 6490), ReceiptLine("Ølbrød\tmed\nrug", 3, 1000, 3000)),
        gross=9490, discount=0, total=9490, store_credit=0, amount_due=9490, tender="card",
    )
    texts = _texts(receipt_lines(receipt, width=WIDTH_58MM))
    start = texts.index("Organic stone-baked rye")
    assert texts[start:start + 2] == ["Organic stone-baked rye", "sourdough with sunflower seeds…"]
    assert texts[start + 2] == " " * 27 + "64.90"  # no room left on the name line: the amount gets its own
    assert "Ølbrød med rug" in texts  # a tab and a line break in a name become spaces
    assert "  3 x 10.00                30.00" in texts


def test_a_reprint_says_it_is_a_copy() -> None:
    texts = _texts(receipt_lines(nok_sale(), width=WIDTH_PDF, reprint=True))
    assert " " * 10 + "COPY - NOT A NEW SALE" in texts  # (42 - 21) // 2 = 10
    assert "COPY" not in " ".join(_texts(receipt_lines(nok_sale(), width=WIDTH_PDF)))


def test_wide_characters_count_double() -> None:
    assert display_width("台北牛肉麵") == 10
    assert display_width("e\u0301") == 1  # e + combining acute
    receipt = Receipt(
        kind="sale", receipt_no="RTPE-000001", sale_id="sale-5", at=datetime(2026, 11, 23, 10, 0, tzinfo=UTC),
        terminal_id="TPE", cashier="lin", shop_name="台北小吃店", currency="TWD",
        lines=(ReceiptLine("牛肉麵加大份量特製辣味湯頭附小菜", 1, 180, 180),),
        gross=180, discount=0, total=180, store_credit=0, amount_due=180, tender="cash",
    )
    rows = receipt_lines(receipt, width=WIDTH_58MM)
    # 16 characters = 32 columns: they and the amount cannot share a line.
    assert _texts(rows)[5:7] == ["牛肉麵加大份量特製辣味湯頭附小菜", " " * 29 + "180"]
    assert rows[0].text == "           台北小吃店"  # (32 - 10) / 2 = 11 spaces


def test_a_width_below_the_minimum_is_refused() -> None:
    with pytest.raises(ValidationError) as refused:
        receipt_lines(nok_sale(), width=20)
    assert refused.value.code == "receipt_width_too_small"


# --- nothing runs off the paper --------------------------------------------

def _columns(text: str) -> int:
    """Printer columns, counted here independently of the module under test."""
    return sum(
        0 if unicodedata.category(char) in ("Mn", "Me", "Cf")
        else 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
        for char in text
    )


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=120,
) | st.sampled_from(["", " ", "\n\t", "A" * 200, "牛" * 40, "e\u0301" * 50, "\u200b\u200d" * 10])
_minor = st.integers(min_value=0, max_value=10**11)
_currency = st.sampled_from(["NOK", "IDR", "JPY", "KWD", "EUR"])


@st.composite
def receipts(draw: st.DrawFn) -> Receipt:
    currency = draw(_currency)
    lines = tuple(
        ReceiptLine(draw(_names), draw(st.integers(1, 10**6)), draw(_minor), draw(_minor), draw(_minor))
        for _ in range(draw(st.integers(0, 4)))
    )
    member = draw(st.booleans())
    return Receipt(
        kind=draw(st.sampled_from(["sale", "return"])),
        receipt_no=draw(st.sampled_from(["R01-000001", "RABCDEFGH-123456789012"])),
        sale_id="s", at=datetime(2026, 1, 1, tzinfo=UTC), terminal_id=draw(_names), cashier=draw(_names),
        shop_name=draw(_names), currency=currency, lines=lines,
        gross=draw(_minor), discount=draw(_minor), total=draw(st.integers(-(10**11), 10**11)),
        store_credit=draw(_minor), amount_due=draw(st.integers(-(10**11), 10**11)), tender=draw(_names),
        rewards=tuple(ReceiptReward(draw(_names), draw(st.integers(0, 10**9)), draw(_minor))
                      for _ in range(draw(st.integers(0, 2)))),
        member_name=draw(_names) if member else None,
        card_number_masked="•••• 1239" if member else None,
        points_earned=draw(st.integers(-(10**9), 10**9)),
        points_lines=tuple(ReceiptPointsLine(draw(_names), draw(st.integers(0, 10**9)))
                           for _ in range(draw(st.integers(0, 3)))),
        points_redeemed=draw(st.integers(0, 10**9)),
        points_restored=draw(st.integers(0, 10**9)),
        balance=draw(st.integers(-(10**9), 10**9)) if member else None,
        expiring_points=draw(st.integers(0, 10**9)),
        expiring_at=datetime(2026, 3, 1, tzinfo=UTC),
        next_reward_name=draw(_names), next_reward_points_needed=draw(st.integers(0, 10**9)),
        next_tier_name=draw(_names), next_tier_needed=draw(st.integers(0, 10**11)),
        tier_basis=draw(st.sampled_from(["spend", "points"])),
        original_receipt_no="R01-000001",
        footer=tuple(draw(st.lists(_names, max_size=2))),
        header=tuple(draw(st.lists(_names, max_size=3))),
    )


@settings(max_examples=150, deadline=None)
@given(receipt=receipts(), width=st.sampled_from([24, WIDTH_58MM, WIDTH_PDF, WIDTH_80MM, 64]))
def test_no_row_is_wider_than_the_paper_and_no_amount_is_cut(receipt: Receipt, width: int) -> None:
    rows = receipt_lines(receipt, width=width)
    for row in rows:
        assert _columns(row.text) <= width, row
        assert not any(unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") for char in row.text), row
    # The money the customer pays or gets back is printed whole, on one row.
    assert any(row.text.endswith(Money(receipt.amount_due, receipt.currency).format()) for row in rows)
    assert sum(row.style == "rule" for row in rows) >= 3


def test_a_loyalty_slip_names_the_register_s_receipt() -> None:
    from dataclasses import replace

    slip = replace(nok_sale(), register_receipt_no="K1-4711")
    texts = _texts(receipt_lines(slip, width=WIDTH_58MM))
    assert any(text.startswith("Register receipt K1-4711") for text in texts)
    assert not any("Register receipt" in text for text in _texts(receipt_lines(nok_sale(), width=WIDTH_58MM)))
    assert Receipt.from_dict(slip.to_dict()) == slip


def test_the_header_prints_under_the_shop_name_and_the_footer_replaces_the_default() -> None:
    receipt = replace(nok_sale(), header=("Storgata 1", "0155 Oslo", "Org. nr 123 456 789"),
                      footer=("Open every day 8-22",))
    texts = [text.strip() for text in _texts(receipt_lines(receipt, width=WIDTH_58MM))]
    name = texts.index(receipt.shop_name)
    assert texts[name + 1:name + 4] == ["Storgata 1", "0155 Oslo", "Org. nr 123 456 789"]
    assert texts[-1] == "Open every day 8-22"
    assert DEFAULT_FOOTER[0] not in texts


@pytest.mark.parametrize("width", [WIDTH_58MM, WIDTH_80MM, WIDTH_PDF])
def test_a_training_receipt_says_so_at_its_top_and_bottom(width: int) -> None:
    real = receipt_lines(nok_sale(), width=width, tz=OSLO)
    rows = receipt_lines(replace(nok_sale(), training=True), width=width, tz=OSLO)
    assert rows[0].text.strip() == rows[-1].text.strip() == "TRAINING — NOT A SALE"
    assert rows[0].style == rows[-1].style == "double"
    assert rows[1:-1] == real  # everything between is the receipt a real sale prints
    assert all(display_width(row.text) <= width for row in rows)
    assert not any("TRAINING" in row.text for row in real)


def test_a_training_receipt_round_trips_and_older_receipts_are_not_training() -> None:
    training = replace(nok_sale(), training=True)
    assert Receipt.from_dict(training.to_dict()).training is True
    stored = nok_sale().to_dict()
    del stored["training"]  # as every receipt stored before training mode
    assert Receipt.from_dict(stored).training is False
