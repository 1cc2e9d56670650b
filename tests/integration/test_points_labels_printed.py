"""A member's receipt explains its points and rewards in the language it prints in: the
points lines and what each reward did come from the data the sale stored, not its English.

Renders the receipt on 58 mm and 80 mm paper in zh_TW and nb to tests/artifacts/ for a
person to look at.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from loyalty_pos.domain.program import Program
from loyalty_pos.domain.receipt import Receipt
from loyalty_pos.domain.receipt_names import receipt_names_in
from loyalty_pos.domain.rewards import RedemptionRequest
from loyalty_pos.printing.fonts import print_fonts
from loyalty_pos.printing.qt_app import ensure_gui_application
from loyalty_pos.printing.receipt_text import WIDTH_58MM, WIDTH_80MM, ReceiptRow, display_width, receipt_lines
from loyalty_pos.services.members.points import adjust_points
from loyalty_pos.services.program.campaign_catalog import save_campaign
from loyalty_pos.services.program.catalog import publish
from loyalty_pos.services.program.programs import working_draft
from loyalty_pos.services.sale.checkout import Checkout, SaleLineInput, checkout
from loyalty_pos.services.actor import Actor, Role
from tests.integration.conftest import Shop, ShopTemplate, demo_shop_copy_at

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
LANGUAGES = ("nb", "zh-Hant", "id")
CAMPAIGN_NAMES = {"nb": "Dobbel poeng på bakervarer", "zh-Hant": "烘焙雙倍點數", "id": "Poin ganda roti"}
DOTS_PER_COLUMN = 12  # font A on a thermal printer: 384 dots for 32 columns, 576 for 48


@pytest.fixture(scope="module")
def sold(shop_template: ShopTemplate, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Receipt, Program]]:
    """One sale for the module (it is only read): four buns, which the bakery campaign
    doubles, with the 2-for-1 buns redeemed."""
    with demo_shop_copy_at(shop_template.data_dir, tmp_path_factory.mktemp("labels") / "data") as app:
        shop = Shop(app, app.clock, shop_template.manager, Actor("cashier", Role.CASHIER, "01"))
        # The manager named the campaign in each language (its name is the shop's, not ours).
        with shop.uow(readonly=True) as uow:
            campaign = next(c for c in working_draft(uow).campaigns if c.id == "bakery-x2")
        save_campaign(shop.uow(), replace(campaign, names=CAMPAIGN_NAMES), actor=shop.manager, clock=shop.clock)
        publish(shop.uow(), actor=shop.manager, clock=shop.clock)
        receipt = _sell(shop)
        with shop.uow(readonly=True) as uow:
            program = uow.program.published()
        assert program is not None
        yield receipt, program


def _sell(shop: Shop) -> Receipt:
    member = shop.enrol("Mei Lin")
    adjust_points(shop.uow(), member_id=member.id, points=200, reason="test", actor=shop.manager, clock=shop.clock)
    sale = Checkout(str(uuid.uuid4()), member.id, (SaleLineInput("BAK-BUN", 4),),
                    (RedemptionRequest("bun-2for1"),), tender="card")
    return checkout(shop.uow(), sale, actor=shop.cashier, clock=shop.clock).receipt


def _english(receipt: Receipt, language: str = "en") -> list[str]:
    # Norwegian shops word their own "2 for 1" offers as English does.
    same = ("buy_x_get_y",) if language == "nb" else ()
    texts = [line.label for line in receipt.points_lines] + [
        reward.description for reward in receipt.rewards if reward.facts is None or reward.facts.kind not in same]
    assert texts and all(texts)
    return texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_receipt_in_another_language_prints_no_english_points_line(
    sold: tuple[Receipt, Program], language: str,
) -> None:
    receipt, program = sold
    assert {line.rule.partition(":")[0] for line in receipt.points_lines} >= {"base", "campaign"}
    assert receipt.rewards and all(reward.facts is not None for reward in receipt.rewards)
    printing = receipt_names_in(receipt, program, language)
    for width in (WIDTH_58MM, WIDTH_80MM):
        rows = [row.text for row in receipt_lines(printing, width=width, language=language)]
        assert all(display_width(row) <= width for row in rows)
        printed = " ".join(" ".join(rows).split())
        for english in _english(receipt, language):
            assert english not in printed, (language, width, english)
        assert CAMPAIGN_NAMES[language] in printed


def test_an_english_receipt_prints_the_labels_the_engine_wrote(sold: tuple[Receipt, Program]) -> None:
    receipt, _program = sold
    printed = " ".join(row.text for row in receipt_lines(receipt, width=WIDTH_80MM, language="en"))
    assert all(english in printed for english in _english(receipt))


def _paint(rows: list[ReceiptRow], width: int, out: Path) -> None:
    """The rows as a thermal printer lays them: font A columns, double rows twice as tall."""
    ensure_gui_application()
    font = QFont(print_fonts().mono)
    font.setPixelSize(20)
    font.setPixelSize(max(1, int(20 * width * DOTS_PER_COLUMN / QFontMetricsF(font).horizontalAdvance("0" * width))))
    line = int(QFontMetricsF(font).height()) + 2
    height = sum(2 * line if row.style == "double" else line for row in rows) + 2 * line
    image = QImage(width * DOTS_PER_COLUMN + 32, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    y = line
    for row in rows:
        font.setBold(row.style in ("bold", "double"))
        painter.setFont(font)
        if row.style == "double":
            painter.save()
            painter.translate(16, y)
            painter.scale(1.0, 2.0)
            painter.drawText(QPointF(0, QFontMetricsF(font).ascent()), row.text)
            painter.restore()
            y += 2 * line
            continue
        painter.drawText(QPointF(16, y + QFontMetricsF(font).ascent()), row.text)
        y += line
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(out))


@pytest.mark.parametrize("language", ["zh-Hant", "nb"])
def test_the_receipt_renders_on_58_and_80_mm_paper(sold: tuple[Receipt, Program], language: str) -> None:
    receipt, program = sold
    printing = receipt_names_in(receipt, program, language)
    for width, paper in ((WIDTH_58MM, "58mm"), (WIDTH_80MM, "80mm")):
        out = ARTIFACTS / f"points_labels_{language}_{paper}.png"
        _paint(receipt_lines(printing, width=width, language=language), width, out)
        assert out.stat().st_size > 0
