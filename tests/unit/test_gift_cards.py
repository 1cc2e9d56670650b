"""Gift cards as a ledger of their own: numbers, signs, folds, what a card may pay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.gift_cards import (
    GiftCardEntry, GiftCardEntryKind, GiftCardSettings, fold_card, gift_card_number, is_gift_card_number,
    masked, normal_gift_card_number, spendable,
)

T0 = datetime(2026, 3, 1, 12, tzinfo=UTC)
NUMBER = gift_card_number(1)
_SIGN = {GiftCardEntryKind.ISSUE: 1, GiftCardEntryKind.TOP_UP: 1, GiftCardEntryKind.REFUND: 1,
         GiftCardEntryKind.REDEEM: -1, GiftCardEntryKind.VOID: -1}


def entry(kind: GiftCardEntryKind, amount: int, n: int = 0) -> GiftCardEntry:
    return GiftCardEntry(f"e{n}", NUMBER, kind, amount, "NOK", T0 + timedelta(minutes=n), "T1", "cashier")


@given(st.integers(min_value=1, max_value=999_999_999))
def test_every_serial_gives_a_number_that_reads_back_and_one_wrong_digit_is_refused(serial: int) -> None:
    number = gift_card_number(serial)
    assert is_gift_card_number(number) and normal_gift_card_number(number.lower()) == number
    last = int(number[-1])
    assert not is_gift_card_number(number[:-1] + str((last + 1) % 10))


def test_a_number_as_printed_with_spaces_is_read_and_others_are_refused() -> None:
    assert normal_gift_card_number(f" {NUMBER[:6]} {NUMBER[6:]} ") == NUMBER
    for wrong in ("", "GC123", "9400123412341238", "R01-000123", NUMBER + "1"):
        with pytest.raises(ValidationError):
            normal_gift_card_number(wrong)
    assert masked(NUMBER).endswith(NUMBER[-4:]) and NUMBER[2:8] not in masked(NUMBER)


@pytest.mark.parametrize("kind", list(GiftCardEntryKind))
def test_each_kind_moves_money_one_way_only(kind: GiftCardEntryKind) -> None:
    entry(kind, 500 * _SIGN[kind])
    with pytest.raises(ValidationError):
        entry(kind, -500 * _SIGN[kind])
    with pytest.raises(ValidationError):
        entry(kind, 0)


kinds_and_amounts = st.lists(st.tuples(st.sampled_from(list(GiftCardEntryKind)),
                                       st.integers(min_value=1, max_value=100_000)), max_size=30)


@given(kinds_and_amounts, st.randoms())
def test_the_balance_is_money_in_less_money_out_in_any_order(moves: list[tuple[GiftCardEntryKind, int]],
                                                              rnd: object) -> None:
    entries = [entry(kind, amount * _SIGN[kind], n) for n, (kind, amount) in enumerate(moves)]
    state = fold_card(NUMBER, entries)
    shuffled = list(entries)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    assert fold_card(NUMBER, shuffled) == state
    assert state.balance_minor == state.loaded_minor - state.spent_minor
    assert state.overspent == (state.balance_minor < 0)


@given(st.integers(-10_000, 10_000), st.one_of(st.none(), st.integers(0, 10_000)), st.integers(0, 10_000))
def test_a_card_never_pays_more_than_its_balance_nor_past_the_offline_cap(balance: int, cap: int | None,
                                                                            spent_today: int) -> None:
    entries = [entry(GiftCardEntryKind.ISSUE, balance, 0)] if balance > 0 else []
    if balance < 0:
        entries = [entry(GiftCardEntryKind.ISSUE, 1, 0), entry(GiftCardEntryKind.REDEEM, balance - 1, 1)]
    room = spendable(fold_card(NUMBER, entries), offline_cap_minor=cap, spent_here_today_minor=spent_today)
    assert 0 <= room <= max(balance, 0)
    if cap is not None:
        assert room <= max(cap - spent_today, 0)


def test_settings_refuse_a_negative_cap_and_an_empty_load_limit() -> None:
    with pytest.raises(ValidationError):
        GiftCardSettings(offline_spend_cap_minor=-1)
    with pytest.raises(ValidationError):
        GiftCardSettings(max_load_minor=0)


def test_a_scanned_gift_card_is_read_as_one_never_as_a_product() -> None:
    from loyalty_pos.cards.scan import classify_scan

    key = b"k" * 32
    for scanned in (NUMBER + "\r\n", NUMBER.lower() + "\t", f"  {NUMBER}"):
        result = classify_scan(scanned, key)
        assert (result.kind, result.value) == ("gift_card", NUMBER)
    assert classify_scan(NUMBER[:-1] + "9", key).kind == "product"  # a wrong last digit is no card
