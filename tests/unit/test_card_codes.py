"""Card identity codes: the signed QR payload, scan classification, the key file, images.

Worked example used throughout (check it with openssl):
    key  = bytes 00 01 02 ... 1f
    card = 9400 1234 1234 1239   (Luhn: body 940012341234123 -> check digit 9)
    printf 'LP1:9400123412341239' | openssl dgst -sha256 -mac HMAC \
        -macopt hexkey:000102...1f -binary | head -c 10 | base32
    -> VVJVMFBWIVSASWYF
"""

from __future__ import annotations

import os
import random
import stat
import string
from pathlib import Path

import barcode
import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_pos.cards.face import CardFace
from loyalty_pos.cards.images import code128_image, code128_modules, png_bytes, qr_image, qr_png_bytes
from loyalty_pos.cards.keys import CardKeyError, key_fingerprint, load_or_create_key
from loyalty_pos.cards.payload import TAG_LENGTH, card_tag, encode_qr_payload
from loyalty_pos.cards.scan import MAX_SCAN_LENGTH, ScanResult, classify_scan, gs1_check_digit_valid
from loyalty_pos.domain.errors import CardRefused, ValidationError
from loyalty_pos.domain.members import new_card_number
from loyalty_pos.domain.receipt_numbers import RECEIPT_PATTERN, format_receipt_no

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
CARD = "9400123412341239"
PAYLOAD = "LP1:9400123412341239:VVJVMFBWIVSASWYF"
BASE32 = set(string.ascii_uppercase + "234567")

card_numbers = st.integers(min_value=0, max_value=10**11 - 1).map(
    lambda n: new_card_number(lambda _limit: n)
)


# --- payload ---------------------------------------------------------------------------


def test_payload_matches_the_openssl_worked_example() -> None:
    assert encode_qr_payload(CARD, KEY) == PAYLOAD


def test_tag_is_sixteen_base32_characters_without_padding() -> None:
    tag = card_tag(CARD, KEY)
    assert len(tag) == TAG_LENGTH == 16
    assert set(tag) <= BASE32


def test_typed_number_with_spaces_is_signed_in_normal_form() -> None:
    assert encode_qr_payload("9400 1234 1234 1239", KEY) == PAYLOAD


def test_an_invalid_card_number_is_never_signed() -> None:
    with pytest.raises(CardRefused) as refused:
        encode_qr_payload("9400123412341238", KEY)
    assert refused.value.code == "card_bad_check_digit"


def test_a_short_key_is_a_setup_error() -> None:
    with pytest.raises(ValueError):
        encode_qr_payload(CARD, b"short")


@settings(max_examples=60)
@given(number=card_numbers, key=st.binary(min_size=32, max_size=32))
def test_payload_round_trip(number: str, key: bytes) -> None:
    payload = encode_qr_payload(number, key)
    assert payload.startswith(f"LP1:{number}:")
    assert classify_scan(payload, key) == ScanResult(
        "member_card", number, None, f"Member card {number}.", "qr"
    )


@settings(max_examples=60)
@given(number=card_numbers, position=st.integers(0, TAG_LENGTH - 1), data=st.data())
def test_changing_any_tag_character_is_refused_as_forged(number: str, position: int, data: st.DataObject) -> None:
    payload = encode_qr_payload(number, KEY)
    tag = payload[-TAG_LENGTH:]
    replacement = data.draw(st.sampled_from(sorted(BASE32 - {tag[position]})))
    forged = payload[:-TAG_LENGTH] + tag[:position] + replacement + tag[position + 1 :]
    result = classify_scan(forged, KEY)
    assert (result.kind, result.code) == ("refused", "forged")


def test_another_shops_card_is_refused_as_forged() -> None:
    theirs = encode_qr_payload(CARD, OTHER_KEY)
    result = classify_scan(theirs, KEY)
    assert (result.kind, result.code, result.value, result.via) == ("refused", "forged", "", "qr")


def test_a_qr_typed_up_by_hand_with_a_made_up_tag_is_forged() -> None:
    assert classify_scan("LP1:9400123412341239:AAAAAAAAAAAAAAAA", KEY).code == "forged"


# --- classify_scan: accepted ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value", "via"),
    [
        (PAYLOAD, "member_card", CARD, "qr"),
        (PAYLOAD + "\r", "member_card", CARD, "qr"),  # wedge scanner's Enter
        (PAYLOAD + "\r\n", "member_card", CARD, "qr"),
        (PAYLOAD + "\t", "member_card", CARD, "qr"),
        (PAYLOAD.lower(), "member_card", CARD, "qr"),  # Caps Lock inverts a wedge scanner's case
        ("  " + PAYLOAD + "  \n", "member_card", CARD, "qr"),
        (CARD, "member_card", CARD, "barcode"),  # Code 128 on the card
        (CARD + "\n", "member_card", CARD, "barcode"),
        ("9400 1234 1234 1239", "member_card", CARD, "typed"),  # as printed under the barcode
        ("9400-1234-1234-1239", "member_card", CARD, "typed"),
        ("\uff19\uff14\uff10\uff10123412341239", "member_card", CARD, "barcode"),  # full-width IME digits
        ("R01-000123", "receipt", "R01-000123", "barcode"),
        ("r01-000123", "receipt", "R01-000123", "barcode"),
        ("RSHOP2-1234567", "receipt", "RSHOP2-1234567", "barcode"),
        ("4006381333931", "product", "4006381333931", "barcode"),  # EAN-13
        ("036000291452", "product", "036000291452", "barcode"),  # UPC-A
        ("96385074", "product", "96385074", "barcode"),  # EAN-8
        ("4011", "product", "4011", "barcode"),  # fruit PLU typed at the till
        ("ABC-123", "product", "ABC-123", "barcode"),  # shop's own SKU label
        ("4006381333932", "product", "4006381333932", "barcode"),  # not GS1: the shop's own code
    ],
)
def test_accepted_scans(text: str, kind: str, value: str, via: str) -> None:
    result = classify_scan(text, KEY)
    assert (result.kind, result.value, result.code, result.via) == (kind, value, None, via)
    assert result.accepted


def test_product_message_names_the_gs1_symbology_only_when_the_check_digit_is_right() -> None:
    assert classify_scan("4006381333931", KEY).message == "EAN-13 product barcode 4006381333931."
    assert classify_scan("036000291452", KEY).message == "UPC-A product barcode 036000291452."
    assert classify_scan("4006381333932", KEY).message == "Product code 4006381333932."


def test_typed_flag_marks_every_result_as_typed() -> None:
    assert classify_scan(CARD, KEY, typed=True).via == "typed"
    assert classify_scan(PAYLOAD, KEY, typed=True).via == "typed"
    assert classify_scan("", KEY, typed=True).via == "typed"


# --- classify_scan: every refusal code ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("", "empty", "Nothing was scanned."),
        ("   \r\n", "empty", "Nothing was scanned."),
        ("1" * (MAX_SCAN_LENGTH + 1), "too_long", None),
        ("94001234\x0012341239", "control_characters", None),
        (CARD + "\n\n", "control_characters", None),  # only ONE terminator is the scanner's
        ("\x1d" + CARD, "control_characters", None),  # GS1 group separator, not whitespace here
        ("9400\u200b123412341239", "control_characters", None),  # zero-width space (format char)
        ("LP3:9400123412341239:VVJVMFBWIVSASWYF", "unknown_version", None),  # LP2 is the key ring's form
        ("LP2:9400123412341239:VVJVMFBWIVSASWYF", "bad_tag", None),  # no key id before the number
        ("LP:9400123412341239:VVJVMFBWIVSASWYF", "unknown_version", None),
        ("LP1:9400123412341239", "bad_tag", None),  # truncated scan
        ("LP1:9400123412341239:VVJVMFBWIVSASWY", "bad_tag", None),  # 15 characters
        ("LP1:9400123412341239:VVJVMFBWIVSASWY1", "bad_tag", None),  # 1 is not base32
        ("LP1:9400123412341239:VVJVMFBWIVSASWYF:X", "bad_tag", None),
        ("LP1:9400123412341239:VVJVMFBWIVSASWYA", "forged", None),
        ("LP1:9400123412341238:VVJVMFBWIVSASWYF", "card_bad_check_digit", None),
        ("9400123412341238", "card_bad_check_digit", None),  # last digit mistyped
        ("4900123412341239", "card_bad_check_digit", None),  # two digits swapped
        ("9400 1234 1234 1238", "card_bad_check_digit", None),
        ("940012341234123", "card_bad_length", "A card number has 16 digits; this one has 15."),
        ("94001234123412390", "card_bad_length", "A card number has 16 digits; this one has 17."),
        ("9400 1234 1234 12", "card_bad_length", "A card number has 16 digits; this one has 14."),
        ("LP1:94001234:VVJVMFBWIVSASWYF", "card_bad_length", "A card number has 16 digits; this one has 8."),
        ("LP1:94001234I2341239:VVJVMFBWIVSASWYF", "card_not_numeric", None),
        ("hello world", "unrecognised", "This is not a member card, product or receipt code."),
        ("<script>", "unrecognised", None),
        ("naïve", "unrecognised", None),
        ("çà&é\"'(-è_", "unrecognised", None),
    ],
)
def test_refusals(text: str, code: str, message: str | None) -> None:
    result = classify_scan(text, KEY)
    assert (result.kind, result.code, result.value) == ("refused", code, "")
    assert not result.accepted
    if message is not None:
        assert result.message == message


def test_azerty_scanner_gets_a_keyboard_layout_hint() -> None:
    # "9400123412341239" typed by a US-layout scanner into a French keyboard layout
    azerty = str.maketrans("1234567890", "&é\"'(-è_çà")
    result = classify_scan(CARD.translate(azerty), KEY)
    assert result.code == "unrecognised"
    assert "keyboard" in result.message


def test_refusal_messages_are_one_sentence() -> None:
    samples = ["", "x" * 300, "a\x00", "LP9:1:2", "LP1:1", "LP1:9400123412341239:AAAAAAAAAAAAAAAA",
               "9400123412341238", "940012341234123", "LP1:abc:AAAAAAAAAAAAAAAA", "?!"]
    codes = set()
    for text in samples:
        result = classify_scan(text, KEY)
        codes.add(result.code)
        assert result.message.endswith(".")
        assert result.message.count(". ") == 0, result.message
    assert codes == {
        "empty", "too_long", "control_characters", "unknown_version", "bad_tag", "forged",
        "card_bad_check_digit", "card_bad_length", "card_not_numeric", "unrecognised",
    }


# --- classify_scan is total -----------------------------------------------------------------


def _check_total(text: str) -> None:
    result = classify_scan(text, KEY)
    assert isinstance(result, ScanResult)
    assert result.kind in {"member_card", "product", "receipt", "refused"}
    assert result.via in {"qr", "barcode", "typed"}
    assert (result.code is None) == result.accepted
    assert result.message
    if result.kind == "member_card":
        assert len(result.value) == 16 and result.value.isdigit()


@settings(max_examples=300)
@given(st.text())
def test_never_raises_on_any_text(text: str) -> None:
    _check_total(text)


# Hypothesis' text() never yields lone surrogates, but a str from a broken
# decoder (errors="surrogateescape") can hold them.
_surrogates = st.integers(0xD800, 0xDFFF).map(chr)


@settings(max_examples=200)
@given(st.lists(st.one_of(st.characters(), _surrogates)).map("".join))
def test_never_raises_on_lone_surrogates(text: str) -> None:
    _check_total(text)


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_never_raises_on_binary_ish_input(raw: bytes) -> None:
    _check_total(raw.decode("latin-1"))
    _check_total(raw.decode("utf-8", errors="surrogateescape"))


@settings(max_examples=30)
@given(st.text(min_size=1, max_size=20), st.integers(10_000, 12_000))
def test_never_raises_on_10_kb_input(chunk: str, size: int) -> None:
    text = (chunk * (size // len(chunk) + 1))[:size]
    result = classify_scan(text, KEY)
    assert result.code in {"too_long", "empty", "control_characters"}


@settings(max_examples=100)
@given(st.text(alphabet="LP1:0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ234567 -\r\n\t", max_size=60))
def test_never_raises_on_near_miss_payloads(text: str) -> None:
    _check_total(text)


# --- receipt numbers ------------------------------------------------------------------------


def test_format_receipt_no_worked_examples() -> None:
    assert format_receipt_no("01", 123) == "R01-000123"
    assert format_receipt_no("b2", 1_234_567) == "RB2-1234567"
    assert RECEIPT_PATTERN.fullmatch(format_receipt_no("01", 1))


@settings(max_examples=50)
@given(terminal=st.text(alphabet=string.ascii_uppercase + string.digits, min_size=1, max_size=8),
       seq=st.integers(1, 10**12 - 1))
def test_formatted_receipts_scan_as_receipts(terminal: str, seq: int) -> None:
    receipt_no = format_receipt_no(terminal, seq)
    assert classify_scan(receipt_no, KEY) == ScanResult(
        "receipt", receipt_no, None, f"Receipt {receipt_no}.", "barcode"
    )


@pytest.mark.parametrize(("terminal", "seq", "code"), [
    ("", 1, "bad_terminal_id"), ("till 1", 1, "bad_terminal_id"), ("123456789", 1, "bad_terminal_id"),
    ("01", 0, "bad_receipt_sequence"), ("01", 10**12, "bad_receipt_sequence"),
])
def test_format_receipt_no_refuses_bad_input(terminal: str, seq: int, code: str) -> None:
    with pytest.raises(ValidationError) as refused:
        format_receipt_no(terminal, seq)
    assert refused.value.code == code


def test_gs1_check_digits() -> None:
    assert gs1_check_digit_valid("4006381333931")
    assert gs1_check_digit_valid("96385074")
    assert not gs1_check_digit_valid("4006381333930")
    assert not gs1_check_digit_valid("")
    assert not gs1_check_digit_valid("٤٠٠٦٣٨١٣٣٣٩٣١")  # Arabic-Indic digits are not barcode digits


# --- key file -------------------------------------------------------------------------------


def test_key_is_created_once_with_owner_only_permissions(tmp_path: Path) -> None:
    path = tmp_path / "data" / "card-signing.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert path.read_bytes() == key
    assert load_or_create_key(path) == key  # second start reads, never regenerates
    assert sorted(p.name for p in path.parent.iterdir()) == ["card-signing.key"]  # no temp files left
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_two_data_directories_get_different_keys(tmp_path: Path) -> None:
    assert load_or_create_key(tmp_path / "a.key") != load_or_create_key(tmp_path / "b.key")


@pytest.mark.parametrize("size", [0, 16, 31, 33])
def test_a_damaged_key_file_is_refused_not_replaced(tmp_path: Path, size: int) -> None:
    path = tmp_path / "card-signing.key"
    path.write_bytes(b"\x01" * size)
    with pytest.raises(CardKeyError) as refused:
        load_or_create_key(path)
    assert refused.value.code == "card_key_invalid"
    assert f"is {size} bytes, expected 32" in refused.value.message
    assert path.read_bytes() == b"\x01" * size


def test_fingerprint_is_short_stable_and_reveals_nothing() -> None:
    fingerprint = key_fingerprint(KEY)
    assert fingerprint == key_fingerprint(bytes(range(32)))
    assert fingerprint != key_fingerprint(OTHER_KEY)
    assert len(fingerprint) == 13 and fingerprint[8] == "-"
    assert fingerprint.replace("-", "") not in KEY.hex()


# --- card face --------------------------------------------------------------------------------


def test_card_face_takes_only_normalised_valid_numbers() -> None:
    assert CardFace(CARD, "Anna").card_number == CARD
    with pytest.raises(ValidationError):
        CardFace("9400 1234 1234 1239")
    with pytest.raises(CardRefused):
        CardFace("9400123412341238")


# --- images (decoded for real) --------------------------------------------------------------


def test_qr_image_decodes_to_the_payload_with_a_four_module_quiet_zone() -> None:
    image = qr_image(PAYLOAD, box_size=4)
    decoded = zxingcpp.read_barcodes(image)
    assert [(d.format, d.text) for d in decoded] == [(zxingcpp.BarcodeFormat.QRCode, PAYLOAD)]
    one_px = qr_image(PAYLOAD, box_size=1)
    assert one_px.size == (33, 33)  # version 2 (25 modules) + 2 x 4 quiet modules
    border = [one_px.getpixel((x, y)) for x in range(33) for y in range(33) if min(x, y, 32 - x, 32 - y) < 4]
    assert set(border) == {255}


def test_code128_image_is_pixel_exact_and_has_no_text() -> None:
    image = code128_image(CARD, module_px=3, height_px=40)
    modules = barcode.Code128(CARD).build()[0]
    assert len(code128_modules(CARD)) == len(modules) == 123  # charset C: 11 + 8 x 11 + 11 + 13
    expected_row = "0" * 30 + "".join(m * 3 for m in modules) + "0" * 30
    for y in (0, 20, 39):  # every row identical: bars only, no human-readable text
        row = "".join("1" if image.getpixel((x, y)) == 0 else "0" for x in range(image.width))
        assert row == expected_row
    assert set(image.tobytes()) == {0, 255}
    decoded = zxingcpp.read_barcodes(image)
    assert [(d.format, d.text) for d in decoded] == [(zxingcpp.BarcodeFormat.Code128, CARD)]


def test_png_helpers_decode() -> None:
    from io import BytesIO

    from PIL import Image

    qr = Image.open(BytesIO(qr_png_bytes(PAYLOAD)))
    bars = Image.open(BytesIO(png_bytes(code128_image(CARD))))
    assert [d.text for d in zxingcpp.read_barcodes(qr)] == [PAYLOAD]
    assert [d.text for d in zxingcpp.read_barcodes(bars)] == [CARD]


def test_random_cards_images_round_trip_through_the_classifier() -> None:
    rng = random.Random(20240501)
    for _ in range(5):
        number = new_card_number(rng.randrange)
        qr_text = zxingcpp.read_barcodes(qr_image(encode_qr_payload(number, KEY), box_size=3))[0].text
        bar_text = zxingcpp.read_barcodes(code128_image(number))[0].text
        assert classify_scan(qr_text, KEY).value == number
        assert classify_scan(bar_text, KEY).value == number
