"""Classify what a scanner (or a cashier) produced: member card, product, receipt.

``classify_scan`` is total: whatever string arrives from a keyboard-wedge
scanner — garbage, a 10 kB paste, NULs, a QR code from another system — it
returns a ``ScanResult`` and never raises, because an exception in the scan path
would lose the scan at the till. Refusals carry a stable ``code`` the GUI can
translate and an English ``message`` a cashier can act on.

Classification only: whether a card is blocked or replaced, or whether a product
exists, is for the services to decide with the store.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from loyalty_pos.cards.key_ring import KeyRing
from loyalty_pos.cards.payload import PAYLOAD_VERSION, RING_PAYLOAD_VERSION, TAG_LENGTH, ring_tag_matches
from loyalty_pos.domain.errors import CardRefused
from loyalty_pos.domain.gift_cards import is_gift_card_number
from loyalty_pos.domain.gs1 import gs1_check_digit
from loyalty_pos.domain.members import CARD_NUMBER_LENGTH, validate_card_number
from loyalty_pos.domain.receipt_numbers import RECEIPT_PATTERN

ScanKind = Literal["member_card", "product", "receipt", "refused", "gift_card"]
ScanVia = Literal["qr", "barcode", "typed"]

MAX_SCAN_LENGTH = 256
MAX_PRODUCT_CODE_LENGTH = 64
_MAX_RAW_LENGTH = 4 * MAX_SCAN_LENGTH  # before stripping padding
_TOO_LONG = "The scan is too long to be a card, product or receipt code."

_QR_PREFIX = re.compile(r"LP([0-9]*):", re.IGNORECASE)
_BASE32_TAG = re.compile(rf"[A-Z2-7]{{{TAG_LENGTH}}}")
_BASE32_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_GROUPED_DIGITS = re.compile(r"[0-9]+(?:[ -][0-9]+)+")
_PRODUCT_CODE = re.compile(rf"[A-Za-z0-9][A-Za-z0-9._/+#$%-]{{0,{MAX_PRODUCT_CODE_LENGTH - 1}}}")
# Digits 1-0 as a scanner configured for US keyboards types them into an AZERTY
# (French/Belgian) layout: the commonest "my scanner types rubbish" support call.
_AZERTY_DIGIT_ROW = frozenset("&é\"'(-è_çà§!")
_AZERTY_ACCENTED = frozenset("éèçà§")
# A scanner typing through a CJK input method in full-width mode sends
# "９４００…"; these are the same keys, so read them as ASCII.
_FULLWIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_GS1_NAMES = {8: "EAN-8", 12: "UPC-A", 13: "EAN-13", 14: "GTIN-14"}
# Invisible or structural characters: a scan containing them is corrupt or an
# attempt to smuggle something into logs and screens.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})


@dataclass(frozen=True, slots=True)
class ScanResult:
    kind: ScanKind
    value: str  # normalised card number / product code / receipt number; "" when refused
    code: str | None  # stable refusal code; None when accepted
    message: str  # one English sentence for the cashier
    via: ScanVia
    # What the message names ({"count": "15"}), so a screen can say it in its own language.
    params: Mapping[str, str] = field(default_factory=dict, compare=False)

    @property
    def accepted(self) -> bool:
        return self.kind != "refused"


def gs1_check_digit_valid(digits: str) -> bool:
    """GS1 mod-10 check (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3,1,3,... from the right."""
    if len(digits) < 2 or not (digits.isascii() and digits.isdigit()):
        return False
    return gs1_check_digit(digits[:-1]) == int(digits[-1])


def classify_scan(text: str, key: bytes | KeyRing, *, typed: bool = False) -> ScanResult:
    """Classify one scan. ``typed=True`` when the text came from a person at the keyboard.

    ``key`` is the shop's card key ring (``keys.read_ring``), or one key; a key
    shorter than 16 bytes is a setup error and raises ``ValueError`` — the only
    way this function raises. Codes shaped like receipt numbers (``R01-000123``)
    are always read as receipts, never as product codes.

    Order: clean up (one trailing CR/LF/Tab from the scanner, surrounding spaces),
    refuse empty / too long / control characters, then ``LP<n>:`` QR payloads,
    receipt numbers, card numbers, product codes.
    """
    if len(text) > _MAX_RAW_LENGTH:
        # Decided before looking at the characters: a pasted megabyte costs nothing.
        via: ScanVia = "typed" if typed else "barcode"
        return _refused("too_long", _TOO_LONG, via)
    cleaned = _strip_scanner_noise(text)
    guess: ScanVia = "typed" if typed else ("qr" if cleaned[:2].upper() == "LP" else "barcode")
    if not cleaned:
        return _refused("empty", "Nothing was scanned.", guess)
    if len(cleaned) > MAX_SCAN_LENGTH:
        return _refused("too_long", _TOO_LONG, guess)
    if any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in cleaned):
        return _refused(
            "control_characters",
            "The scan contains control characters; check the scanner's settings and scan again.",
            guess,
        )

    cleaned = cleaned.translate(_FULLWIDTH_TO_ASCII)
    qr = _QR_PREFIX.match(cleaned)
    if qr is not None:
        return _classify_qr(cleaned[qr.end() :], qr.group(1), key, "typed" if typed else "qr")

    via = "typed" if typed else "barcode"
    upper = cleaned.upper()
    if RECEIPT_PATTERN.fullmatch(upper):
        return ScanResult("receipt", upper, None, f"Receipt {upper}.", via)

    if cleaned.isascii() and cleaned.isdigit():
        return _classify_digits(cleaned, via)

    if _GROUPED_DIGITS.fullmatch(cleaned):
        digit_count = sum(ch.isdigit() for ch in cleaned)
        if abs(digit_count - CARD_NUMBER_LENGTH) <= 1 or " " in cleaned:
            # "9400 1234 1234 1238" as printed on the card: a person typed it.
            return _card_number(cleaned, "typed")

    if is_gift_card_number(upper):
        return ScanResult("gift_card", upper, None, f"Gift card {upper}.", via)

    if _PRODUCT_CODE.fullmatch(cleaned):
        return ScanResult("product", cleaned, None, f"Product code {cleaned}.", via)

    if any(ch in _AZERTY_ACCENTED for ch in cleaned) and all(
        ch in _AZERTY_DIGIT_ROW or ch.isdigit() for ch in cleaned
    ):
        return _refused(
            "unrecognised",
            "The scanner seems to use a different keyboard layout than this computer; "
            "set the scanner's keyboard language to match.",
            via,
            cause="keyboard_layout",
        )
    return _refused("unrecognised", "This is not a member card, product or receipt code.", via)


def _strip_scanner_noise(text: str) -> str:
    # Wedge scanners end a scan with Enter, LF or Tab; exactly one is expected.
    for terminator in ("\r\n", "\r", "\n", "\t"):
        if text.endswith(terminator):
            text = text[: -len(terminator)]
            break
    # Only real spaces: str.strip() would also eat \x1c-\x1f (GS1 separators),
    # which must be refused, not silently dropped.
    start, end = 0, len(text)
    while start < end and _is_space(text[start]):
        start += 1
    while end > start and _is_space(text[end - 1]):
        end -= 1
    return text[start:end]


def _is_space(ch: str) -> bool:
    return ch == " " or unicodedata.category(ch) == "Zs"


def _classify_qr(rest: str, version: str, key: bytes | KeyRing, via: ScanVia) -> ScanResult:
    kid: str | None = None
    if version == str(RING_PAYLOAD_VERSION):
        if rest[:1].upper() not in _BASE32_CHARACTERS:
            return _refused("bad_tag", _DAMAGED_QR, via)
        kid, rest = rest[0].upper(), rest[1:]  # Caps Lock: see the tag below
    elif version != str(PAYLOAD_VERSION):
        shown = f"LP{version[:6]}"
        return _refused(
            "unknown_version",
            f"This QR code uses an unknown card format ({shown}); scan the barcode or type the card number.",
            via,
            format=shown,
        )
    number, separator, tag = rest.partition(":")
    if not separator:
        return _refused("bad_tag", _DAMAGED_QR, via)
    if number and not (number.isascii() and number.isdigit()):
        return _refused(
            "card_not_numeric",
            "The card number in this QR code contains characters other than digits.",
            via,
            cause="qr",
        )
    card = _card_number(number, via)
    if not card.accepted:
        return card
    # Caps Lock on a keyboard-wedge scanner inverts letter case; base32 has one
    # case only, so upper-casing loses nothing.
    tag = tag.upper()
    if not _BASE32_TAG.fullmatch(tag):
        return _refused("bad_tag", _DAMAGED_QR, via)
    if not ring_tag_matches(card.value, tag, key, kid):
        return _refused(
            "forged",
            "This card's QR code was not issued by this shop (its signature does not match).",
            via,
        )
    return card


_DAMAGED_QR = "This card's QR code is damaged or incomplete; scan the barcode or type the card number."


def _classify_digits(digits: str, via: ScanVia) -> ScanResult:
    if len(digits) == CARD_NUMBER_LENGTH or abs(len(digits) - CARD_NUMBER_LENGTH) == 1:
        # One digit off a card number is far likelier a slip than a 15/17-digit product code.
        return _card_number(digits, via)
    name = _GS1_NAMES.get(len(digits)) if gs1_check_digit_valid(digits) else None
    what = f"{name} product barcode" if name else "Product code"
    return ScanResult("product", digits, None, f"{what} {digits}.", via)


def _card_number(text: str, via: ScanVia) -> ScanResult:
    try:
        number = validate_card_number(text)
    except CardRefused as refusal:
        count = str(sum(ch.isdigit() for ch in text))
        return _refused(refusal.code, _card_refusal_message(refusal.code, text), via,
                        count=count, length=str(CARD_NUMBER_LENGTH))
    return ScanResult("member_card", number, None, f"Member card {number}.", via)


def _card_refusal_message(code: str, text: str) -> str:
    if code == "card_bad_length":
        count = sum(ch.isdigit() for ch in text)
        return f"A card number has {CARD_NUMBER_LENGTH} digits; this one has {count}."
    if code == "card_bad_check_digit":
        return "The card number's check digit is wrong; scan it again or retype it."
    return "A card number has digits only."


def _refused(code: str, message: str, via: ScanVia, **params: str) -> ScanResult:
    return ScanResult("refused", "", code, message, via, params)
