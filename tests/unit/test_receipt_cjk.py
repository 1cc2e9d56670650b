"""Thermal receipts with Traditional Chinese names: a CJK character takes two printer
columns (East Asian Width W or F), so mixed Latin and CJK names still leave every
amount right-aligned on the paper's edge and no row runs off it."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt, ReceiptLine, ReceiptPointsLine, ReceiptReward
from loyalty_pos.i18n.formatting import format_decimal, format_money
from loyalty_pos.printing.receipt_text import WIDTH_58MM, WIDTH_80MM, WIDTH_PDF, receipt_lines


def _columns(text: str) -> int:
    """Printer columns, counted here independently of the module under test."""
    return sum(0 if unicodedata.category(char) in ("Mn", "Me", "Cf")
               else 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in text)


# Words a Taiwanese shop's products and rewards are called, mixed with Latin ones.
_words = st.sampled_from(["拿鐵", "珍珠奶茶", "肉桂捲", "免費", "咖啡", "買一送一", "Latte", "Oat", "XL", "500ml", "２"])
_mixed = st.lists(_words, min_size=1, max_size=12).map(lambda words: " ".join(words)) | st.text(
    alphabet=st.sampled_from("拿鐵咖啡ab1 ２"), min_size=1, max_size=60)


@st.composite
def cjk_receipts(draw: st.DrawFn) -> Receipt:
    currency = draw(st.sampled_from(["TWD", "NOK", "IDR"]))
    lines = tuple(ReceiptLine(draw(_mixed), draw(st.integers(1, 12)), draw(st.integers(0, 10**8)), 0)
                  for _ in range(draw(st.integers(1, 4))))
    gross = sum(line.quantity * line.unit_price for line in lines)
    return Receipt(
        kind="sale", receipt_no="R01-000001", sale_id="s", at=datetime(2026, 1, 1, tzinfo=UTC),
        terminal_id="01", cashier="美玲", shop_name=draw(_mixed), currency=currency, lines=lines,
        gross=gross, discount=0, total=gross, store_credit=0, amount_due=gross, tender="card",
        rewards=tuple(ReceiptReward("Free", 60, draw(st.integers(1, 10**6)), reward_id="r", name=draw(_mixed))
                      for _ in range(draw(st.integers(0, 2)))),
        member_name="美玲", card_number_masked="•••• 1239", points_earned=12,
        points_lines=(ReceiptPointsLine(draw(_mixed), 12),), balance=345,
        next_reward_name=draw(_mixed), next_reward_points_needed=20,
    )


@settings(max_examples=60, deadline=None)
@given(receipt=cjk_receipts(), width=st.sampled_from([24, WIDTH_58MM, WIDTH_PDF, WIDTH_80MM]),
       language=st.sampled_from(["zh-Hant", "en", "id", "nb"]))
def test_mixed_latin_and_cjk_names_never_run_off_the_paper_and_totals_stay_right_aligned(
        receipt: Receipt, width: int, language: str) -> None:
    rows = receipt_lines(receipt, width=width, language=language)
    for row in rows:
        assert _columns(row.text) <= width, row
    total = format_money(Money(receipt.total, receipt.currency), language)
    money_rows = [row.text for row in rows if row.text.endswith(total) and row.style == "bold"]
    assert money_rows, "the total is printed whole"
    for text in money_rows:
        assert _columns(text) == width, text  # its last digit on the paper's right edge
    # Each item's amount ends on the same column as the total, however wide its name.
    exponent = Money(0, receipt.currency).exponent
    for line in receipt.lines:
        gross = format_decimal(line.quantity * line.unit_price, exponent, language)
        assert any(row.text.endswith(f" {gross}") and _columns(row.text) == width for row in rows), (line, gross)
    for reward in receipt.rewards:
        off = "-" + format_decimal(reward.amount, exponent, language)
        assert any(row.text.endswith(f" {off}") and _columns(row.text) == width for row in rows), (reward, off)
