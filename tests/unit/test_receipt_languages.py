"""A receipt in the reader's language: texts from the catalogue, numbers and dates by locale."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.i18n.formatting import format_money
from loyalty_pos.i18n.languages import UI_LANGUAGES
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.printing.receipt_text import WIDTH_58MM, WIDTH_80MM, receipt_lines
from tests.unit.test_receipt_text import _columns, idr_sale, nok_sale, receipts

OSLO = ZoneInfo("Europe/Oslo")


def _texts(receipt: Receipt, language: str, width: int = WIDTH_58MM) -> list[str]:
    return [row.text for row in receipt_lines(receipt, width=width, tz=OSLO, language=language)]


def test_a_norwegian_receipt() -> None:
    texts = _texts(nok_sale(), "nb")
    assert "Kvittering R01-000123 23.11.2026" in texts
    assert "Kasse 01, kasserer anna    11:00" in texts
    assert "  2 x 24,90                49,80" in texts
    assert "TOTALT                 NOK 89,70" in texts
    assert "Betalt med kort        NOK 89,70" in texts
    assert "266 poeng igjen til Free cake" in texts
    assert "NOK 250,00 igjen til Gold" in texts
    assert "Saldo                1\u00a0234 poeng" in texts
    assert "120 poeng utløper 01.01.2027" in texts
    assert not any("Receipt" in text or "Total" in text for text in texts)


def test_a_traditional_chinese_receipt() -> None:
    texts = [text.strip() for text in _texts(idr_sale(), "zh-Hant", WIDTH_80MM)]
    assert any(text.startswith("收據 RJKT1-000042") and text.endswith("2026/11/23") for text in texts)
    assert any(text.startswith("收銀機 JKT1，收銀員 dewi") and text.endswith("上午4:30") for text in texts)
    assert any(text.startswith("合計") and text.endswith("IDR 71,000") for text in texts)
    assert any(text.startswith("付款方式：現金") and text.endswith("IDR 66,000") for text in texts)
    assert "再 488 點即可獲得Gold" in texts
    assert "感謝您的光臨！" in texts


def test_an_indonesian_receipt_groups_rupiah_with_dots() -> None:
    texts = [text.strip() for text in _texts(idr_sale(), "id", WIDTH_80MM)]
    assert any(text.startswith("TOTAL") and text.endswith("IDR 71.000") for text in texts)
    assert "80 poin dipakai" in texts
    assert any(text.startswith("Struk RJKT1-000042") and text.endswith("23/11/26") for text in texts)


@settings(max_examples=60, deadline=None)
@given(receipt=receipts(), width=st.sampled_from([24, WIDTH_58MM, WIDTH_80MM]),
       language=st.sampled_from([language.tag for language in UI_LANGUAGES]))
def test_no_row_is_wider_than_the_paper_in_any_language(receipt: Receipt, width: int, language: str) -> None:
    rows = receipt_lines(receipt, width=width, language=language)
    assert all(_columns(row.text) <= width for row in rows)
    assert any(row.text.endswith(format_money(Money(receipt.amount_due, receipt.currency), language)) for row in rows)
