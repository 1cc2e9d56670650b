"""A receipt in the reader's language: texts from the catalogue, numbers and dates by locale."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.i18n.formatting import format_money
from loyalty_pos.i18n.languages import UI_LANGUAGES
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.receipt import ROUNDING_NOTES, Receipt, ReceiptLine, ReceiptPointsLine, ReceiptReward
from loyalty_pos.domain.reward_facts import RewardFacts
from loyalty_pos.i18n.catalogue import text
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


# --- the rounding note and every other sentence of the receipt -------------------------

READERS = ("nb", "zh_TW", "id")


def _rounded(mode: str) -> Receipt:
    return replace(nok_sale(), rounding=mode, rounding_note=ROUNDING_NOTES[mode])


@pytest.mark.parametrize("mode", sorted(ROUNDING_NOTES))
@pytest.mark.parametrize("language", READERS)
def test_the_rounding_note_prints_in_the_readers_language(language: str, mode: str) -> None:
    printed = " ".join(_texts(_rounded(mode), language, WIDTH_80MM))
    assert "rounded" not in printed and "whole point" not in printed
    assert text(f"receipt.rounding.{mode}", language) in printed


@pytest.mark.parametrize("mode", sorted(ROUNDING_NOTES))
def test_an_english_receipt_says_how_its_points_were_rounded(mode: str) -> None:
    assert ROUNDING_NOTES[mode] in " ".join(_texts(_rounded(mode), "en", WIDTH_80MM))


@pytest.mark.parametrize("stored", [
    {"rounding_note": "Points are rounded (floor) to whole points."},  # the previous release's sentence
    {},  # the first release wrote no note: the document's default
], ids=["previous", "first"])
def test_an_old_receipt_without_its_rounding_prints_the_stored_note(stored: dict[str, str]) -> None:
    document = nok_sale().to_dict()
    del document["rounding"], document["rounding_note"], document["test_print"]
    document.update(stored)
    receipt = Receipt.from_dict(document)
    expected = stored.get("rounding_note", "Points are rounded down to whole points.")
    assert receipt.rounding == "" and receipt.rounding_note == expected
    assert expected in " ".join(_texts(receipt, "nb", WIDTH_80MM))


def test_a_rounding_this_release_does_not_know_prints_the_stored_note() -> None:
    receipt = replace(nok_sale(), rounding="stochastic", rounding_note="Points are rounded by a newer till.")
    assert "Points are rounded by a newer till." in " ".join(_texts(receipt, "zh_TW", WIDTH_80MM))


def test_the_test_print_names_itself_in_the_readers_language() -> None:
    check = replace(nok_sale(), lines=(ReceiptLine("TEST PRINT - NOT A SALE", 1, 0, 0),), test_print=True)
    for language in READERS:
        printed = " ".join(_texts(check, language, WIDTH_80MM))
        assert "TEST PRINT" not in printed and text("receipt.test_print", language) in printed


# Everything a zh_TW receipt may still show in Latin letters: what the manager typed and the
# data it prints (receipt numbers, the till, the cashier's user name, currency codes) ...
TYPED = ("R01-000123", "R01-000130", "R01-000099", "Z-778", "anna", "TWD")
# ... and the multiplication sign between numbers ("2 x 45", "x2").
TIMES = re.compile(r"(?<=\d) x (?=\d)|(?<![A-Za-z])x(?=\d)")


def full_zh_receipt() -> Receipt:
    """A TWD sale with every optional part a receipt prints: a member, a redeemed reward with
    points paid, points lines of each kind, expiry soon, the next reward and tier, the rule's
    rounding, the shop's own register number, training; the shop's texts typed in Chinese."""
    return Receipt(
        kind="sale", receipt_no="R01-000123", sale_id="sale-zh", at=datetime(2026, 11, 23, 2, 0, tzinfo=UTC),
        terminal_id="01", cashier="anna", shop_name="街角麵包店", currency="TWD",
        header=("台北市中山路1號",), footer=(),
        lines=(ReceiptLine("酸種麵包", 1, 9000, 9000), ReceiptLine("燕麥奶", 2, 4500, 8000, discount=1000),
               ReceiptLine("咖啡", 1, 6000, 0, discount=6000)),
        gross=24000, discount=7000, total=17000, store_credit=2000, amount_due=15000, tender="card",
        rewards=(ReceiptReward("Free: Coffee", 300, 6000, reward_id="r1", name="免費咖啡",
                               facts=RewardFacts("free_product", subject="咖啡")),
                 ReceiptReward("200 points = TWD 20", 200, 2000, reward_id="r2", name="點數折抵",
                               facts=RewardFacts("pay_with_points"))),
        member_name="小明", card_number_masked="•••• 1239", points_earned=26,
        points_lines=(
            ReceiptPointsLine("Base 1 pt / TWD 10", 15, "base", facts=PointsFacts(step_points=1, step_minor=1000)),
            ReceiptPointsLine("Gold tier x1.5", 5, "tier:gold", facts=PointsFacts("金卡", multiplier_pct=150)),
            ReceiptPointsLine("Oat week x2", 4, "campaign:c1", "c1", facts=PointsFacts("燕麥週", multiplier_pct=200)),
            ReceiptPointsLine("Bonus: Opening", 2, "bonus:c2", "c2", facts=PointsFacts("開幕")),
        ),
        points_redeemed=500, balance=1234, expiring_points=120, expiring_at=datetime(2026, 12, 31, tzinfo=UTC),
        next_reward_name="免費蛋糕", next_reward_id="r3", next_reward_points_needed=266,
        next_tier_name="白金卡", next_tier_needed=25000, tier_basis="spend",
        rounding="floor", rounding_note=ROUNDING_NOTES["floor"], register_receipt_no="Z-778", training=True,
    )


def full_zh_return() -> Receipt:
    return replace(full_zh_receipt(), kind="return", receipt_no="R01-000130", original_receipt_no="R01-000099",
                   lines=(ReceiptLine("燕麥奶", 1, 4500, 4000, discount=500),), rewards=(), gross=4500,
                   discount=500, total=-4000, store_credit=0, amount_due=-4000, points_earned=-2,
                   points_restored=100, points_lines=(), register_receipt_no=None)


def _latin_left(rows: list[str]) -> list[str]:
    """The rows that still hold a Latin letter once the manager's and the data's are taken out."""
    left = []
    for row in rows:
        stripped = TIMES.sub(" ", row)
        for typed in TYPED:
            stripped = stripped.replace(typed, "")
        if re.search(r"[A-Za-z]", stripped):
            left.append(row)
    return left


@pytest.mark.parametrize("receipt", [full_zh_receipt(), full_zh_return()], ids=["sale", "return"])
@pytest.mark.parametrize("width", [WIDTH_58MM, WIDTH_80MM])
def test_a_full_traditional_chinese_receipt_has_no_english_left(receipt: Receipt, width: int) -> None:
    rows = [row.text for row in receipt_lines(receipt, width=width, tz=ZoneInfo("Asia/Taipei"), reprint=True,
                                              language="zh_TW")]
    assert _latin_left(rows) == []


def test_the_english_guard_sees_an_english_sentence() -> None:
    """The guard above can fail: the same receipt in English, or with one stored English note, is caught."""
    english = [row.text for row in receipt_lines(full_zh_receipt(), width=WIDTH_58MM, language="en")]
    assert len(_latin_left(english)) > 10
    old = replace(full_zh_receipt(), rounding="")
    rows = [row.text for row in receipt_lines(old, width=WIDTH_58MM, language="zh_TW")]
    assert _latin_left(rows) == ["Points are rounded down to whole", "points."]
