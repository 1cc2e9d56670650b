"""Lay a receipt out as rows of monospace text for a fixed paper width.

Pure formatting (no Qt, no printer): the PDF, the system-printer and the ESC/POS
renderers all print these rows, so every medium shows the same receipt. Each
row's ``text`` is already positioned within the width (centring and right-
aligned amounts are spaces in the text), so a renderer prints it left-aligned in
a monospace font and uses ``style`` only for weight and height:

* ``normal`` / ``center``: regular weight (``center`` marks a centred line);
* ``bold``: emphasised; ``double``: double height, same width (as ESC/POS
  ``ESC ! 0x10``), so a double row fits the same number of columns;
* ``rule``: a separator; its text is dashes, a renderer may draw a line instead.

Widths are in display columns, not code points: a combining accent takes none
and a CJK character two (as on a thermal printer in Kanji mode), so a TWD or
JPY shop's product names do not run off the paper either.

Line items print the line's gross (quantity x unit price) with the discount on
its own line under it, so the amount column adds up to the subtotal and the
discounts total a customer can check with a pencil.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Literal

from loyalty_pos.domain.errors import ValidationError
from loyalty_pos.domain.money import Money
from loyalty_pos.domain.receipt import ROUNDING_NOTES, Receipt, ReceiptLine, ReceiptPriceRule
from loyalty_pos.domain.win_back_offer import is_win_back
from loyalty_pos.i18n.catalogue import MESSAGES, text
from loyalty_pos.i18n.formatting import format_date, format_decimal, format_integer, format_money, format_time
from loyalty_pos.i18n.points_labels import cap_note, points_label
from loyalty_pos.i18n.price_rule_labels import price_rule_text
from loyalty_pos.i18n.reward_descriptions import reward_description
from loyalty_pos.printing.receipt_counting import counting_notes

RowStyle = Literal["normal", "bold", "double", "center", "rule"]

WIDTH_58MM = 32  # font A (12 dots) on 384 printable dots
WIDTH_80MM = 48  # font A on 576 printable dots
WIDTH_PDF = 42
MIN_WIDTH = 24  # below this an amount and its label no longer share a line
NAME_MAX_LINES = 2  # a third line of product name helps nobody at the till
INDENT = "  "
ELLIPSIS = "…"
# The English texts, for callers that look for them.
TRAINING_MARK = MESSAGES["receipt.training"]
DEFAULT_FOOTER = (MESSAGES["receipt.thank_you"],)


@dataclass(frozen=True, slots=True)
class ReceiptRow:
    text: str
    style: RowStyle = "normal"


def receipt_lines(receipt: Receipt, *, width: int, tz: tzinfo = UTC, reprint: bool = False,
                  language: str = "en") -> list[ReceiptRow]:
    """The receipt as rows no wider than ``width`` display columns.

    ``tz`` is the shop's time zone for the printed date, time and expiry date;
    ``reprint`` adds a "COPY" banner so a reprint cannot pass for a second sale;
    ``language`` (a stored tag) writes its texts, numbers and dates: the member's, else the till's.
    """
    if width < MIN_WIDTH:
        raise ValidationError(
            code="receipt_width_too_small",
            template="A receipt needs at least {min_width} columns, not {width}", min_width=MIN_WIDTH, width=width,
        )
    rows: list[ReceiptRow] = []
    rows += _header(receipt, width, tz, reprint, language)
    if receipt.is_slip:
        return rows + _slip(receipt, width, language) + [_rule(width)] + _footer(receipt, width, language)
    rows.append(_rule(width))
    rows += _items(receipt, width, language)
    if receipt.rewards and receipt.kind != "return":
        rows.append(_rule(width))
        rows += _rewards(receipt, width, language)
    rows.append(_rule(width))
    rows += _totals(receipt, width, language)
    loyalty = _loyalty(receipt, width, tz, language)
    if loyalty:
        rows.append(_rule(width))
        rows += loyalty
    rows.append(_rule(width))
    rows += _footer(receipt, width, language)
    if receipt.training:
        # Top and bottom: a torn-off half must still say it is not a sale.
        mark = _centered(text("receipt.training", language), width, "double")
        rows = [*mark, *rows, *mark]
    return rows


# --- sections ---------------------------------------------------------------

def _header(receipt: Receipt, width: int, tz: tzinfo, reprint: bool, language: str) -> list[ReceiptRow]:
    rows = [ReceiptRow(_center(line, width), "bold") for line in _wrap(_clean(receipt.shop_name), width)]
    rows += [ReceiptRow(_center(part, width), "center") for line in receipt.header for part in _wrap(_clean(line), width)]
    is_return = receipt.kind == "return"
    if is_return:
        rows += _centered(text("receipt.return", language), width, "double")
    if reprint:
        rows += _centered(text("receipt.copy", language), width, "bold")
    rows.append(ReceiptRow(""))
    local = receipt.at.astimezone(tz)
    rows += _pair(text("receipt.number", language, number=_clean(receipt.receipt_no)),
                  format_date(local.date(), language), width)
    rows += _pair(text("receipt.till_cashier", language, till=_clean(receipt.terminal_id),
                       cashier=_clean(receipt.cashier)),
                  format_time(local.time(), language), width)
    if is_return and receipt.original_receipt_no:
        rows += _pair(text("receipt.return_of", language, number=_clean(receipt.original_receipt_no)), "", width)
    if receipt.register_receipt_no:
        rows += _pair(text("receipt.register_receipt", language, number=_clean(receipt.register_receipt_no)),
                      "", width)
    return rows


def _items(receipt: Receipt, width: int, language: str) -> list[ReceiptRow]:
    # A return lists what comes back: its amounts go to the customer, so negative.
    sign = -1 if receipt.kind == "return" else 1
    rows: list[ReceiptRow] = []
    for index, line in enumerate(receipt.lines):
        rules = [rule for rule in receipt.price_rules if rule.line_index == index]
        rows += _item(line, receipt.currency, sign, width, language, receipt.test_print, rules)
    return rows


def _item(line: ReceiptLine, currency: str, sign: int, width: int, language: str,
          test_print: bool = False, rules: Sequence[ReceiptPriceRule] = ()) -> list[ReceiptRow]:
    name = text("receipt.test_print", language) if test_print else (_clean(line.name) or "?")
    gross = _bare(sign * line.quantity * line.unit_price, currency, language)
    if line.quantity == 1:
        rows = _pair(name, gross, width, max_left_lines=NAME_MAX_LINES)
    else:
        rows = [ReceiptRow(part) for part in _limit(_wrap(name, width), NAME_MAX_LINES, width)]
        rows += _pair(f"{INDENT}{format_integer(line.quantity, language)} x "
                      f"{_bare(line.unit_price, currency, language)}", gross, width)
    for rule in rules:  # each price rule by what it is; the rest of the discount as before
        rows += _pair(f"{INDENT}{price_rule_text(rule, language)}",
                      _bare(-sign * rule.amount, currency, language, signed=True), width)
    other = line.discount - sum(rule.amount for rule in rules)
    if other:
        rows += _pair(f"{INDENT}{text('receipt.discount', language)}",
                      _bare(-sign * other, currency, language, signed=True), width)
    return rows


def _rewards(receipt: Receipt, width: int, language: str) -> list[ReceiptRow]:
    # Not a second discount; a translation longer than the English wraps like any text.
    rows = [ReceiptRow(part, "bold") for part in _wrap(text("receipt.rewards_included", language), width)]
    for reward in receipt.rewards:
        amount = _bare(-reward.amount, receipt.currency, language, signed=True) if reward.amount else ""
        described = reward_description(reward.facts, reward.description, amount_minor=reward.amount,
                                       points=reward.points, currency=receipt.currency, language=language)
        name, description = _clean(reward.name), _clean(described)
        # The reward's own name first, as the customer chose it; what it did under it.
        if reward.won_by:
            code = "receipt.win_back_reward" if is_win_back(reward.won_by) else "receipt.instant_win"
            name = text(code, language, reward=name)
        rows += _pair(name or description or text("receipt.reward", language), amount, width)
        if name and description and description != name:
            rows += [ReceiptRow(f"{INDENT}{part}") for part in _wrap(description, width - len(INDENT))]
        if not reward.won_by:  # a prize the sale won costs no points: no "0 points used"
            rows += _pair(f"{INDENT}{text('receipt.points_used', language, points=_points(reward.points, language))}",
                          "", width)
    return rows


def _totals(receipt: Receipt, width: int, language: str) -> list[ReceiptRow]:
    currency = receipt.currency

    def bare(minor: int, *, signed: bool = False) -> str:
        return _bare(minor, currency, language, signed=signed)

    def money(minor: int) -> str:
        return format_money(Money(minor, currency), language)

    tender = tender_text(receipt.tender, language)
    if receipt.kind == "return":
        rows = _pair(text("receipt.subtotal", language), bare(-receipt.gross), width)
        if receipt.discount:
            rows += _pair(text("receipt.discounts_kept", language), bare(receipt.discount, signed=True), width)
        rows += _pair(text("receipt.refund", language), money(receipt.total), width, style="bold")
        rows += _notes(receipt, width, language)
        rows += _pair(text("receipt.refunded_by", language, tender=tender),
                      money(receipt.amount_due - receipt.gift_card_paid), width)
        return rows
    rows = _pair(text("receipt.subtotal", language), bare(receipt.gross), width)
    if receipt.discount:
        rows += _pair(text("receipt.discounts", language), bare(-receipt.discount, signed=True), width)
    rows += _pair(text("receipt.total", language), money(receipt.total), width, style="bold")
    if receipt.store_credit:
        # Only then does the amount due differ from the total.
        rows += _pair(text("receipt.paid_with_points", language), bare(-receipt.store_credit, signed=True), width)
        rows += _pair(text("receipt.amount_due", language), money(receipt.amount_due), width, style="bold")
    rows += _notes(receipt, width, language)
    rows += _pair(text("receipt.paid_by", language, tender=tender), money(receipt.amount_due - receipt.gift_card_paid),
                  width)
    return rows


def _loyalty(receipt: Receipt, width: int, tz: tzinfo, language: str) -> list[ReceiptRow]:
    if receipt.member_name is None and receipt.balance is None:
        return []  # not a member sale

    def signed(points: int) -> str:
        return _signed_points(points, language)

    rows: list[ReceiptRow] = []
    rows += _pair(text("receipt.member", language, name=_clean(receipt.member_name or "")).rstrip(),
                  _clean(receipt.card_number_masked or ""), width)
    if receipt.kind == "return":
        if receipt.points_earned:
            rows += _pair(text("receipt.points_taken_back", language), signed(receipt.points_earned), width)
        if receipt.points_restored:
            rows += _pair(text("receipt.points_restored", language), signed(receipt.points_restored), width)
    else:
        rows += _pair(text("receipt.points_earned", language), signed(receipt.points_earned), width, style="bold")
        for line in receipt.points_lines:
            label = points_label(line.rule, line.facts, line.label, currency=receipt.currency, language=language)
            rows += _pair(f"{INDENT}{_clean(label)}", format_integer(line.points, language), width)
        for line in receipt.awards:  # on top of the points earned, each with its own reason
            label = points_label(line.rule, line.facts, line.label, currency=receipt.currency, language=language)
            rows += _pair(_clean(label), signed(line.points), width, style="bold")
        if receipt.points_redeemed:
            rows += _pair(text("receipt.points_redeemed", language), signed(-receipt.points_redeemed), width)
        if receipt.points_restored:
            rows += _pair(text("receipt.points_restored", language), signed(receipt.points_restored), width)
    if receipt.balance is not None:
        rows += _pair(text("receipt.balance", language), _points(receipt.balance, language), width, style="double")
    notes: list[str] = _capped(receipt, language) if receipt.kind != "return" else []
    if receipt.expiring_points > 0 and receipt.expiring_at is not None:
        day = format_date(receipt.expiring_at.astimezone(tz).date(), language)
        code = "receipt.expires_one" if receipt.expiring_points == 1 else "receipt.expires_many"
        notes.append(text(code, language, points=_points(receipt.expiring_points, language), day=day))
    if receipt.next_reward_name and receipt.next_reward_points_needed > 0:
        notes.append(_more_points(receipt.next_reward_points_needed, _clean(receipt.next_reward_name), language))
    if receipt.next_tier_name and receipt.next_tier_needed > 0:
        needed = receipt.next_tier_needed
        if receipt.tier_basis == "points":
            notes.append(_more_points(needed, _clean(receipt.next_tier_name), language))
        else:
            notes.append(text("receipt.more_money", language, amount=format_money(Money(needed, receipt.currency),
                                                                                  language),
                              target=_clean(receipt.next_tier_name)))
    notes += counting_notes(receipt, language, _clean)
    if receipt.kind != "return":
        notes += _rounding_note(receipt, language)
    if receipt.referral_code:
        notes.append(text("receipt.invite_friend", language, code=_clean(receipt.referral_code)))
    for note in notes:
        rows += [ReceiptRow(part) for part in _wrap(note, width)]
    return rows


def _capped(receipt: Receipt, language: str) -> list[str]:
    """Why the sale earned less than its basket would: a fraud limit's cap, with the figures."""
    note = cap_note([(line.rule, line.points) for line in receipt.points_lines], receipt.points_earned,
                    language=language)
    return [note] if note else []


def _rounding_note(receipt: Receipt, language: str) -> list[str]:
    """The note in ``language`` when the receipt names its rounding; an older receipt's (or a
    newer till's unknown mode's) stored English sentence otherwise, so it still reprints."""
    if receipt.rounding in ROUNDING_NOTES:
        return [text(f"receipt.rounding.{receipt.rounding}", language)]
    return [_clean(receipt.rounding_note)] if receipt.rounding_note else []


def _footer(receipt: Receipt, width: int, language: str) -> list[ReceiptRow]:
    lines = [_clean(line) for line in receipt.footer] or [text("receipt.thank_you", language)]
    return [ReceiptRow(_center(part, width), "center") for line in lines for part in _wrap(line, width)]


# --- amounts ----------------------------------------------------------------

def _bare(minor: int, currency: str, language: str, *, signed: bool = False) -> str:
    """An amount without the currency code: the column under a header already says which.

    The sign is always ASCII: a thermal printer's code page may lack Norwegian's U+2212."""
    digits = format_decimal(abs(minor), Money(0, currency).exponent, language)
    if minor < 0:
        return f"-{digits}"
    return f"+{digits}" if signed and minor > 0 else digits


def _more_points(needed: int, target: str, language: str) -> str:
    code = "receipt.more_points_one" if needed == 1 else "receipt.more_points_many"
    return text(code, language, count=format_integer(needed, language), target=target)


def _points(points: int, language: str) -> str:
    code = "points.one" if abs(points) == 1 else "points.many"
    return text(code, language, count=format_integer(points, language))


def _signed_points(points: int, language: str) -> str:
    if not points:
        return "0"
    return f"{'-' if points < 0 else '+'}{format_integer(abs(points), language)}"


def tender_text(tender: str, language: str) -> str:
    """How a tender reads on paper and on screen: "kort" for card in nb; an unknown one as stored."""
    cleaned = _clean(tender)
    try:
        return text(f"tender.{cleaned}", language)
    except KeyError:
        return _clean(tender.replace("_", " ")) or text("tender.cash", language)


# --- gift cards and donations ---------------------------------------------

def _notes(receipt: Receipt, width: int, language: str) -> list[ReceiptRow]:
    rows: list[ReceiptRow] = []
    for note in receipt.notes:
        amount = format_money(Money(note.amount, receipt.currency), language)
        line = text(note.code, language, card=_clean(note.card), amount=amount, charity=_clean(note.name),
                    points=_points(note.points, language), tender=tender_text(note.tender or "other", language),
                    name=_clean(note.name), count=format_integer(note.count, language),
                    limit=format_integer(note.limit, language))
        right = _bare(note.amount, receipt.currency, language) if note.column else ""
        rows += _pair(line, right, width, style="bold" if note.code == "receipt.gift_card_register" else "normal")
    return rows


def _slip(receipt: Receipt, width: int, language: str) -> list[ReceiptRow]:
    """A slip's lines and, when it is about a member, who and their balance after it."""
    rows = [_rule(width), *_notes(receipt, width, language)]
    if receipt.member_name is not None or receipt.balance is not None:
        rows.append(_rule(width))
        rows += _pair(text("receipt.member", language, name=_clean(receipt.member_name or "")).rstrip(),
                      _clean(receipt.card_number_masked or ""), width)
        if receipt.points_redeemed:
            rows += _pair(text("receipt.points_redeemed", language), _signed_points(-receipt.points_redeemed,
                                                                                      language), width)
        if receipt.balance is not None:
            rows += _pair(text("receipt.balance", language), _points(receipt.balance, language), width,
                          style="double")
    return rows


# --- text layout ------------------------------------------------------------

def display_width(text: str) -> int:
    """Columns ``text`` takes on a monospace printer."""
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def _clean(text: str) -> str:
    """One line of printable text: a name typed with a tab or pasted with a line
    break must not break the layout, and invisible characters must not hide in it."""
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        category = unicodedata.category(char)
        if category in ("Cf", "Cs", "Co", "Cn"):
            continue
        out.append(" " if category in ("Cc", "Zl", "Zp", "Zs") else char)
    return " ".join("".join(out).split())


def _split_at(text: str, width: int) -> tuple[str, str]:
    """The longest head of ``text`` that fits ``width`` columns, and the rest."""
    used = 0
    for index, char in enumerate(text):
        used += _char_width(char)
        if used > width:
            cut = max(index, 1)  # always make progress, even on a character wider than the line
            return text[:cut], text[cut:]
    return text, ""


def _wrap(text: str, width: int) -> list[str]:
    """Word-wrap to ``width`` columns, breaking words longer than a line."""
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if not word:
            continue
        candidate = f"{current} {word}" if current else word
        if display_width(candidate) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while display_width(current) > width:
            head, current = _split_at(current, width)
            lines.append(head)
    if current or not lines:
        lines.append(current)
    return lines


def _limit(lines: list[str], max_lines: int | None, width: int) -> list[str]:
    if max_lines is None or len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last, _ = _split_at(kept[-1], width - display_width(ELLIPSIS))
    kept[-1] = last.rstrip() + ELLIPSIS
    return kept


def _pair(
    left: str,
    right: str,
    width: int,
    *,
    style: RowStyle = "normal",
    max_left_lines: int | None = None,
) -> list[ReceiptRow]:
    """``left`` with ``right`` right-aligned on its last line.

    ``left`` wraps when it does not fit, keeping its leading indent on every
    line; ``right`` goes on a line of its own only when even the last line of
    ``left`` leaves no room for it. An amount is never cut: if one were wider
    than the paper it would wrap rather than lose digits.
    """
    body = left.lstrip(" ")
    indent = left[: len(left) - len(body)][: width // 2]
    lines = [indent + line for line in _limit(_wrap(body, width - len(indent)), max_left_lines,
                                              width - len(indent))]
    if not body:
        lines = [""]
    right_width = display_width(right)
    if right_width > width:
        return [ReceiptRow(line, style) for line in lines + _wrap(right, width) if line]
    if right:
        room = width - display_width(lines[-1])
        if not lines[-1]:
            lines[-1] = " " * (width - right_width) + right
        elif room >= right_width + 1:
            lines[-1] += " " * (room - right_width) + right
        else:
            lines.append(" " * (width - right_width) + right)
    return [ReceiptRow(line, style) for line in lines]


def _centered(line: str, width: int, style: RowStyle) -> list[ReceiptRow]:
    return [ReceiptRow(_center(part, width), style) for part in _wrap(line, width)]


def _center(text: str, width: int) -> str:
    return " " * ((width - display_width(text)) // 2) + text


def _rule(width: int) -> ReceiptRow:
    return ReceiptRow("-" * width, "rule")
