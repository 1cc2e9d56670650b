"""`loyalty-pos cards print` on a real shop file, and the scans a printed card must survive.

Every sheet is rasterised at 300 dpi and every code on it decoded with zxing-cpp,
card cell by card cell, so a code that only a forgiving decoder would read, or a
card printed in the wrong cell, fails here.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from loyalty_pos.cards.payload import card_tag, encode_qr_payload
from loyalty_pos.cards.scan import classify_scan
from loyalty_pos.cli.main import main
from loyalty_pos.demo.shop import SHOP_NAME
from loyalty_pos.domain.errors import CardRefused, ValidationError
from loyalty_pos.domain.members import group_card_number
from loyalty_pos.jobs.card_printing import CardPrintingCancelled, CardShop, print_cards
from loyalty_pos.printing.page_layout import mm, sheet_layout
from loyalty_pos.resources import ResourceMissing, resource_path
from loyalty_pos.services.members.card_printing import blank_card_numbers, cards_awaiting_print, cards_for_members
from loyalty_pos.services.members.cards import block_card, issue_card, resolve_scan
from loyalty_pos.services.members.membership import get_member
from tests.integration.conftest import Shop

RASTER_DPI = 300
DOTS_PER_PIXEL = 600 // RASTER_DPI
OTHER_SHOPS_KEY = bytes(range(100, 132))


def _print(shop: Shop, *args: str) -> int:
    return main(["--data-dir", str(shop.app.config.data_dir), "cards", "print", *args])


def _pages(pdf_path: Path) -> list[Image.Image]:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=RASTER_DPI / 72).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()


def _text(pdf_path: Path) -> str:
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def _decode_sheet(pdf_path: Path) -> list[tuple[str, str]]:
    """(QR text, Code 128 text) of every printed card, in sheet order.

    A cell holds both codes or nothing; once a cell is empty, every later cell must be too.
    """
    pad = mm(1.0)  # the Code 128 quiet zone reaches past the card edge
    found: list[tuple[str, str]] = []
    empty_seen = False
    for page in _pages(pdf_path):
        for box in sheet_layout("A4").cards:
            cell = page.crop(tuple(v // DOTS_PER_PIXEL for v in (
                box.x - pad, box.y - pad, box.right + pad, box.bottom + pad)))
            decoded = {d.format: d.text for d in zxingcpp.read_barcodes(cell)}
            if not decoded:
                empty_seen = True
                continue
            assert not empty_seen, "a card after an empty cell"
            assert set(decoded) == {zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.Code128}, decoded
            found.append((decoded[zxingcpp.BarcodeFormat.QRCode], decoded[zxingcpp.BarcodeFormat.Code128]))
    return found


def _card_of(shop: Shop, member_id: str) -> str:
    card = get_member(shop.uow(readonly=True), member_id).active_card
    assert card is not None
    return card.number


def _awaiting(shop: Shop) -> list[str]:
    return [face.card_number for face in cards_awaiting_print(shop.uow(readonly=True)).rows]


def test_print_queue_prints_each_new_members_card_once(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ada = shop.enrol("Ada Lovelace", phone="+4790000001")
    shop.clock.advance(minutes=1)
    bob = shop.enrol("Bob Okafor", phone="+4790000002")
    ada_card, bob_card = _card_of(shop, ada.id), _card_of(shop, bob.id)
    first = cards_awaiting_print(shop.uow(readonly=True), limit=1)
    assert [(f.card_number, f.member_name) for f in first.rows] == [(ada_card, "Ada Lovelace")]  # oldest first
    second = cards_awaiting_print(shop.uow(readonly=True), cursor=first.next_cursor, limit=1)
    assert [(f.card_number, f.member_name) for f in second.rows] == [(bob_card, "Bob Okafor")]

    # Pages and batches of one card, so the job's paging and batching run more than once.
    monkeypatch.setattr("loyalty_pos.jobs.card_printing.QUEUE_PAGE", 1)
    monkeypatch.setattr("loyalty_pos.jobs.card_printing.MARK_BATCH", 1)
    out = tmp_path / "cards.pdf"
    assert _print(shop, "--out", str(out)) == 0
    printed = capsys.readouterr()
    assert "wrote 2 card(s) on 1 page(s)" in printed.out and "2 member card(s) marked printed" in printed.out
    assert "card sheet pages" in printed.err and "1/1" in printed.err

    key = shop.app.key
    assert _decode_sheet(out) == [
        (encode_qr_payload(ada_card, key), ada_card), (encode_qr_payload(bob_card, key), bob_card)
    ]
    text = _text(out)
    for words in ("Ada Lovelace", "Bob Okafor", SHOP_NAME, group_card_number(ada_card)):
        assert words in text
    assert _awaiting(shop) == []

    again = tmp_path / "again.pdf"
    assert _print(shop, "--out", str(again)) == 0
    assert capsys.readouterr().out.startswith("nothing to print")
    assert not again.exists()


def test_twenty_blank_cards_fill_two_a4_pages_and_work_once_handed_out(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    waiting = shop.enrol("Ada Lovelace")
    out = tmp_path / "blank.pdf"
    assert _print(shop, "--new", "20", "--out", str(out)) == 0
    assert "wrote 20 card(s) on 2 page(s)" in capsys.readouterr().out
    assert len(pdfium.PdfDocument(str(out))) == 2

    key = shop.app.key
    decoded = _decode_sheet(out)
    numbers = [bars for _, bars in decoded]
    assert len(decoded) == 20 and len(set(numbers)) == 20
    assert decoded == [(encode_qr_payload(number, key), number) for number in numbers]
    assert all(number.startswith("9400") for number in numbers)
    assert "Ada Lovelace" not in _text(out)  # blank cards carry no name, and the queue was left alone
    assert _awaiting(shop) == [_card_of(shop, waiting.id)]
    uow = shop.uow(readonly=True)
    with uow:
        assert all(uow.cards.get(number) is None for number in numbers)  # stored only at enrolment

    # A cashier hands out the first card and scans it at enrolment: its QR now finds the member.
    cy = shop.enrol("Cy Twombly", card_number=numbers[0])
    outcome = resolve_scan(shop.uow(readonly=True), decoded[0][0], key=key)
    assert outcome.refused_code is None and outcome.member is not None
    assert outcome.member.member_id == cy.id


def test_members_option_prints_only_those_and_refuses_a_blocked_card(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ada, bob, cy = (shop.enrol(name) for name in ("Ada Lovelace", "Bob Okafor", "Cy Twombly"))
    ada_card, bob_card, cy_card = (_card_of(shop, m.id) for m in (ada, bob, cy))
    block_card(shop.uow(), card_number=bob_card, reason="lost", actor=shop.manager, clock=shop.clock)

    refused = tmp_path / "refused.pdf"
    assert _print(shop, "--members", f"{ada_card},{bob_card}", "--out", str(refused)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"loyalty-pos: Card refused: card {group_card_number(bob_card)} is blocked."]
    assert not refused.exists()
    assert sorted(_awaiting(shop)) == sorted([ada_card, cy_card])  # nothing marked printed

    out = tmp_path / "ada.pdf"
    assert _print(shop, "--members", group_card_number(ada_card), "--out", str(out), "--paper", "Letter") == 0
    assert "1 member card(s) marked printed" in capsys.readouterr().out
    assert [round(v) for v in pdfium.PdfDocument(str(out))[0].get_size()] == [612, 792]
    decoded = {d.text for d in zxingcpp.read_barcodes(_pages(out)[0])}
    assert decoded == {ada_card, encode_qr_payload(ada_card, shop.app.key)}
    assert _awaiting(shop) == [cy_card]


def test_cards_for_members_names_the_card_it_refuses(shop: Shop) -> None:
    ada = shop.enrol("Ada Lovelace")
    old = _card_of(shop, ada.id)
    issue_card(shop.uow(), member_id=ada.id, actor=shop.manager, clock=shop.clock)
    new = _card_of(shop, ada.id)
    cases = {
        old: ("card_replaced", f"card {group_card_number(old)} was replaced"),
        "9400000000000000": ("card_bad_check_digit", "'9400000000000000': the check digit is wrong"),
        "1234": ("card_bad_length", "'1234': a card number has 16 digits, this has 4"),
        "9400 0000 0000 0007": ("card_unknown", "no member has card 9400 0000 0000 0007"),
    }
    for number, (code, words) in cases.items():
        with pytest.raises(CardRefused) as refusal:
            cards_for_members(shop.uow(readonly=True), [new, number])
        assert refusal.value.code == code
        assert words in refusal.value.message
    faces = cards_for_members(shop.uow(readonly=True), [new, f" {group_card_number(new)} "])
    assert [(f.card_number, f.member_name) for f in faces] == [(new, "Ada Lovelace")]  # listed twice, printed once
    with pytest.raises(ValidationError) as nothing:
        cards_for_members(shop.uow(readonly=True), [])
    assert nothing.value.code == "no_cards"


def test_blank_numbers_skip_cards_in_use_and_repeats(shop: Shop) -> None:
    taken = _card_of(shop, shop.enrol("Ada Lovelace").id)
    # new_card_number draws the 11 digits between the 4-digit prefix and the check digit
    draws = iter([int(taken[4:15]), 5, 5, 7])
    faces = blank_card_numbers(shop.uow(readonly=True), 2, randbelow=lambda _: next(draws))
    # Luhn by hand for 9400 00000000005: the doubled digits 5 -> 1 and 9 -> 18 -> 9, plus 4: 14, so
    # the check digit is 6; for ...7: 7 -> 14 -> 5, + 9 + 4 = 18, check digit 2.
    assert [(f.card_number, f.member_name) for f in faces] == [("9400000000000056", None), ("9400000000000072", None)]
    for count in (0, 10_001):
        with pytest.raises(ValidationError) as refusal:
            blank_card_numbers(shop.uow(readonly=True), count)
        assert refusal.value.code == "bad_card_count"


def test_replaced_blocked_and_forged_cards_are_refused_at_the_scan(shop: Shop) -> None:
    key = shop.app.key
    ada = shop.enrol("Ada Lovelace")
    bob = shop.enrol("Bob Okafor")
    old_card = _card_of(shop, ada.id)
    old_qr = encode_qr_payload(old_card, key)
    before = resolve_scan(shop.uow(readonly=True), old_qr, key=key)
    assert before.member is not None and before.member.member_id == ada.id

    new_card = issue_card(shop.uow(), member_id=ada.id, actor=shop.manager, clock=shop.clock).number
    for old_scan in (old_qr, old_card):  # the QR and the barcode of the card she lost
        outcome = resolve_scan(shop.uow(readonly=True), old_scan, key=key)
        assert (outcome.member, outcome.refused_code) == (None, "card_replaced")
        assert outcome.refused_message == "Card refused: this card was replaced by a newer card."
    renewed = resolve_scan(shop.uow(readonly=True), encode_qr_payload(new_card, key), key=key)
    assert renewed.member is not None and renewed.member.member_id == ada.id

    bob_card = _card_of(shop, bob.id)
    block_card(shop.uow(), card_number=bob_card, reason="stolen", actor=shop.manager, clock=shop.clock)
    blocked = resolve_scan(shop.uow(readonly=True), encode_qr_payload(bob_card, key), key=key)
    assert (blocked.member, blocked.refused_code) == (None, "card_blocked")
    assert blocked.refused_message == "Card refused: this card is blocked."

    forgeries = [
        encode_qr_payload(new_card, OTHER_SHOPS_KEY),  # right number, another shop's key
        f"LP1:{new_card}:AAAAAAAAAAAAAAAA",  # typed up by hand
        f"LP1:{new_card}:{card_tag(bob_card, key.current)}",  # a genuine tag moved onto another number
    ]
    for forged in forgeries:
        outcome = resolve_scan(shop.uow(readonly=True), forged, key=key)
        assert (outcome.member, outcome.refused_code) == (None, "forged"), forged
        assert outcome.refused_message == (
            "This card's QR code was not issued by this shop (its signature does not match)."
        )
    assert classify_scan(encode_qr_payload(new_card, key), key).accepted  # the control: the real QR passes


def test_unusable_destination_or_missing_shop_is_one_clear_line(
    shop: Shop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shop.enrol("Ada Lovelace")
    missing_folder = tmp_path / "no-such-folder" / "cards.pdf"
    assert _print(shop, "--out", str(missing_folder)) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"loyalty-pos: Cannot write the card sheet {missing_folder}: the folder {missing_folder.parent} does not exist."
    ]
    assert len(_awaiting(shop)) == 1

    empty = tmp_path / "empty-data-dir"
    assert main(["--data-dir", str(empty), "cards", "print", "--new", "1", "--out", str(tmp_path / "c.pdf")]) == 2
    assert "There is no shop database" in capsys.readouterr().err
    assert not empty.exists() and not (tmp_path / "c.pdf").exists()  # no shop (or signing key) made by accident

    assert _print(shop, "--new", "10001", "--out", str(tmp_path / "c.pdf")) == 2
    assert "between 1 and 10,000 cards" in capsys.readouterr().err


def test_resources_are_found_next_to_the_package() -> None:
    logo = resource_path("logo.png")
    assert logo.is_file() and logo.parent.name == "resources"
    assert logo.read_bytes().startswith(b"\x89PNG")
    with pytest.raises(ResourceMissing) as missing:
        resource_path("no-such-logo.png")
    assert missing.value.code == "resource_missing" and "no-such-logo.png" in missing.value.message
    with pytest.raises(ValueError):
        resource_path("../pyproject.toml")


def test_a_sheet_cancelled_halfway_leaves_no_file_and_the_queue_as_it_was(shop: Shop, tmp_path: Path) -> None:
    for number in range(12):  # two A4 pages
        shop.enrol(f"Member {number}")
    queued = _awaiting(shop)
    job = CardShop(shop.app.uow, shop.app.key, shop.clock, shop.manager)
    seen: list[tuple[str, int, int]] = []
    out = tmp_path / "sheets" / "cards.pdf"
    out.parent.mkdir()
    with pytest.raises(CardPrintingCancelled):
        # The manager changes the choice once the first page is drawn.
        print_cards(job, out=out, progress=lambda *step: seen.append(step), cancelled=lambda: bool(seen))
    assert seen == [("card sheet pages", 1, 2)]
    assert list(out.parent.iterdir()) == []  # neither the sheet nor its half-written part
    assert _awaiting(shop) == queued

    summary = print_cards(job, out=out, progress=lambda *step: seen.append(step), cancelled=lambda: False)
    assert (summary.cards, summary.pages, summary.marked_printed) == (12, 2, 12)
    assert seen[1:] == [("card sheet pages", 1, 2), ("card sheet pages", 2, 2)]
    assert _awaiting(shop) == []
