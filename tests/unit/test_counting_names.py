"""Challenge, badge, paid-membership and visit-award names in the reader's language: the
receipt, the till's panel and the reports swap in the program's text while the part is still
called what was stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from loyalty_pos.demo.shop import demo_program
from loyalty_pos.domain.badges import Badge, BadgeKind
from loyalty_pos.domain.counting_names import awards_in, counting_name_in
from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.member_actions import VisitAward
from loyalty_pos.domain.points_facts import PointsFacts
from loyalty_pos.domain.receipt import ReceiptChallenge, ReceiptLine, ReceiptPointsLine
from loyalty_pos.domain.receipt_names import receipt_names_in
from loyalty_pos.printing.receipt_text import WIDTH_58MM, WIDTH_80MM, receipt_lines
from tests.unit.test_receipt_languages import _latin_left, full_zh_receipt

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
MISSED_YOU = {"zh-Hant": "好久不見", "nb": "Vi har savnet deg", "id": "Kami merindukanmu"}


def _program():  # noqa: ANN202 - a Program
    program = demo_program(NOW)
    return replace(program, campaigns=tuple(replace(c, names=MISSED_YOU) if c.id == "win-back" else c
                                            for c in program.campaigns))


def _counted_receipt():  # noqa: ANN202 - a Receipt
    return replace(
        full_zh_receipt(),
        awards=(ReceiptPointsLine("Welcome back: We missed you", 40, "win_back:win-back", "win-back",
                                  PointsFacts(name="We missed you")),),
        challenges=(ReceiptChallenge("Coffee challenge", 5, 5, completed=True, points=40),
                    ReceiptChallenge("Three weeks in a row", 1, 3)),
        new_badges=("First purchase", "Explorer"), paid_tier="Gold membership", paid_until="2027-11-23")


@pytest.mark.parametrize("width", [WIDTH_58MM, WIDTH_80MM])
def test_a_zh_tw_receipt_with_badges_challenges_a_paid_tier_and_a_welcome_back_has_no_english_left(
        width: int) -> None:
    receipt = receipt_names_in(_counted_receipt(), _program(), "zh-Hant")
    rows = [row.text for row in receipt_lines(receipt, width=width, tz=ZoneInfo("Asia/Taipei"), language="zh-Hant")]
    assert _latin_left(rows) == []
    printed = "".join(rows)
    for name in ("咖啡挑戰", "連續三週", "首次購買", "探索家", "金卡會員年費", "好久不見"):
        assert name in printed.replace(" ", "")


def test_the_guard_sees_the_names_as_typed_without_the_swap() -> None:
    rows = [row.text for row in receipt_lines(_counted_receipt(), width=WIDTH_80MM, language="zh-Hant")]
    assert any("Coffee challenge" in row for row in _latin_left(rows))
    assert any("We missed you" in row for row in _latin_left(rows))


def test_a_part_renamed_since_prints_as_it_was_and_a_language_without_a_text_keeps_the_default() -> None:
    program = _program()
    renamed = replace(program, challenges=tuple(replace(c, name="Coffee month") if c.id == "coffee5" else c
                                                for c in program.challenges))
    receipt = receipt_names_in(_counted_receipt(), renamed, "nb")
    assert [c.name for c in receipt.challenges] == ["Coffee challenge", "Tre uker på rad"]
    assert receipt.new_badges == ("Første kjøp", "Utforsker") and receipt.paid_tier == "Gullmedlemskap"
    assert receipt.awards[0].facts is not None and receipt.awards[0].facts.name == "Vi har savnet deg"
    assert receipt.awards[0].label == "Welcome back: Vi har savnet deg"
    assert counting_name_in("Explorer", program, "en", None) == "Explorer"


def test_a_paid_memberships_slip_names_its_line_in_the_readers_language() -> None:
    slip = replace(full_zh_receipt(), lines=(ReceiptLine("Gold membership", 1, 49900, 49900),),
                   paid_tier="Gold membership", paid_on_register=True)
    assert receipt_names_in(slip, _program(), "id").lines[0].name == "Keanggotaan Gold"


def test_the_panel_names_a_visit_awards_campaign_in_the_tills_language() -> None:
    award = VisitAward("win_back", "win-back", "We missed you", "m1", 40, "e1")
    assert awards_in((award,), _program(), "nb")[0].campaign_name == "Vi har savnet deg"
    assert awards_in((replace(award, campaign_name="Old name"),), _program(), "nb")[0].campaign_name == "Old name"


def test_names_in_other_languages_are_checked_as_a_campaigns() -> None:
    with pytest.raises(ValidationError) as refused:
        Badge("b", "Regular", BadgeKind.VISITS, 10, names={"nb": " Stamkunde"})
    assert refused.value.code == "bad_badge" and "spaces" in refused.value.message
