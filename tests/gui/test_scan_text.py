"""A refused scan and a tender are said in the till's language: every refusal code the
scanner or the store can give has its text, and the values it names survive translation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.domain.tender import Tender
from loyalty_pos.gui import scan_text
from loyalty_pos.gui.scan_text import outcome_text, refusal_text, scanned_what
from loyalty_pos.gui.tender_names import tender_heading, tender_name
from loyalty_pos.services.members.cards import ScanOutcome

ROOT = Path(__file__).resolve().parents[2]
KEY = bytes(range(32))


def _codes(path: str, pattern: str) -> set[str]:
    return set(re.findall(pattern, (ROOT / path).read_text(encoding="utf-8")))


@pytest.fixture
def zh_tw(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "i18n" / "gui_zh_TW.qm"))
    qapp.installTranslator(translator)
    try:
        yield
    finally:
        qapp.removeTranslator(translator)


def test_every_refusal_code_has_a_text() -> None:
    scanner = _codes("loyalty_pos/cards/scan.py", r'_refused\(\s*"(\w+)"')
    cards = _codes("loyalty_pos/domain/members.py", r'CardRefused\(\s*code="(\w+)"')
    store = _codes("loyalty_pos/services/members/cards.py", r'refused_code="(\w+)"')
    assert scanner >= {"empty", "too_long", "forged"} and store >= {"card_unknown"}  # the patterns still match
    known = {key.split(":")[0] for key in scan_text._REFUSALS} | set(scan_text._OUTCOMES)
    assert sorted((scanner | cards | store) - known) == []


def test_a_refusal_keeps_its_numbers_in_another_language(zh_tw: None) -> None:
    short = classify_scan("940012341234123", KEY, typed=True)  # 15 digits: one short of a card
    assert short.code == "card_bad_length"
    assert refusal_text(short) == "卡號為 16 位數；此號碼為 15 位。"
    layout = classify_scan("çà&é\"'(-è_", KEY)
    assert layout.code == "unrecognised" and "鍵盤配置" in refusal_text(layout)
    assert refusal_text(classify_scan("", KEY)) == "沒有掃描到任何內容。"


def test_the_stores_refusals_and_what_was_scanned(zh_tw: None) -> None:
    product = classify_scan("BAK-XYZ", KEY)
    unknown = ScanOutcome(product, refused_code="product_unknown", refused_message="No product has the code BAK-XYZ.")
    assert outcome_text(unknown, "x") == "找不到代碼為 BAK-XYZ 的商品。"
    assert scanned_what(classify_scan("R01-000123", KEY)) == "收據 R01-000123"
    newer = ScanOutcome(product, refused_code="from_a_newer_till", refused_message="Something new.")
    assert outcome_text(newer, "x") == "Something new."  # shown as the service said it


def test_tenders_read_in_the_tills_language(zh_tw: None) -> None:
    assert [tender_name(tender) for tender in Tender] == ["現金", "刷卡", "行動支付", "禮券", "其他付款方式"]
    assert tender_heading("cash") == "現金"
    assert tender_name("barter") == "barter" and tender_heading("barter") == "Barter"  # a newer till's tender
